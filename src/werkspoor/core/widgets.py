# SPDX-License-Identifier: EUPL-1.2
"""Form widgets every app needs."""

from django import forms


class IsoDateInput(forms.DateInput):
    """A browser date field. Its value must be ISO 8601 (2025-09-01): a value in the Dutch
    format (01-09-2025) is thrown away by the browser, and the field looks empty."""

    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)
