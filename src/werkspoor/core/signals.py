# SPDX-License-Identifier: EUPL-1.2
"""Signals between apps, so that data keeps flowing one way without import cycles."""

from django.dispatch import Signal

# Sent by `werkspoor demo` after the demo city is in the database (kwargs: seed, scale).
# Apps that add demo material of their own (example accounts, ...) connect to it.
demo_city_built = Signal()
# Sent after the registry changed in bulk (an import, the demo city): caches that depend on
# its contents (the stand, precomputed figures) are refreshed.
registry_changed = Signal()
# Sent when a duiding version is approved (kwargs: kwartaal): published files of that quarter
# (the PDF) are made again.
duiding_published = Signal()
