# SPDX-License-Identifier: EUPL-1.2
"""The caseload filters' QuickSelect writes exactly the HTML of Django's Select (its
templates), in every state: nothing chosen, chosen, invalid, characters to escape."""

import pytest
from django import forms

from werkspoor.web.forms import CaseloadFilterForm

SIGNALS = [("a&b", 'Signaal <x> & "y"'), ("geen_contact", "Geen contact > 90 dagen")]


@pytest.mark.parametrize(
    "data",
    [
        None,
        {"wijk": "Overvecht", "arrangement": "2", "signaal": "a&b", "sort": "leeftijd"},
        {"arrangement": "x", "per_pagina": "7", "wijk": "<b>"},
    ],
)
def test_quick_select_is_djangos_select(data):
    form = CaseloadFilterForm(data, signal_choices=SIGNALS)
    form.is_valid()
    for field in form:
        quick = str(field)
        field.field.widget.__class__ = forms.Select
        assert quick == str(field), field.name
