# SPDX-License-Identifier: EUPL-1.2
"""Template context shared by every page."""

from .gemeente import current_gemeente


def gemeente(request):
    return {"gemeente": current_gemeente()}
