# SPDX-License-Identifier: EUPL-1.2
"""Who may see figures without disclosure control. The roles (issue 4) grant the Django
permission `indicators.view_unsuppressed`; everyone else sees published figures only."""

PERMISSION = "indicators.view_unsuppressed"


def may_see_unsuppressed(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(PERMISSION))
