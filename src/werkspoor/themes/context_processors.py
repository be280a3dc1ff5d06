# SPDX-License-Identifier: EUPL-1.2
"""The theme's stylesheet and icons for the base template."""

from .views import page_theme


def thema(request):
    return {"thema": page_theme()}
