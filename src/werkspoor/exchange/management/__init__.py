# SPDX-License-Identifier: EUPL-1.2
"""Management commands of the exchange app."""
