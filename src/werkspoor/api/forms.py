# SPDX-License-Identifier: EUPL-1.2
"""Forms of the beheer pages for API clients."""

from django import forms

from werkspoor.web.forms import UtrechtFormMixin

from .scopes import all_scopes


def _scope_field():
    return forms.MultipleChoiceField(
        label="Scopes",
        choices=sorted(all_scopes().items()),
        widget=forms.CheckboxSelectMultiple,
        help_text="Geef alleen wat het systeem nodig heeft; schrijven vraagt een aparte scope.",
        error_messages={"required": "Kies minstens één scope."},
    )


def _rate_field():
    return forms.IntegerField(
        label="Verzoeken per minuut",
        min_value=1,
        max_value=100_000,
        initial=600,
        help_text="Daarboven antwoordt de API 429 (te veel verzoeken) tot de minuut om is.",
    )


class ScopesMixin(UtrechtFormMixin):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["scopes"].widget.attrs = {"class": "ws-checkbox"}


class ClientForm(ScopesMixin, forms.Form):
    naam = forms.CharField(
        label="Naam van het systeem",
        max_length=100,
        help_text="Bijvoorbeeld 'Suite4 uitkeringen' of 'Datawarehouse'.",
        error_messages={"required": "Geef de client een naam."},
    )
    omschrijving = forms.CharField(
        label="Waarvoor", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    scopes = _scope_field()
    verzoeken_per_minuut = _rate_field()


class ClientChangeForm(ScopesMixin, forms.Form):
    scopes = _scope_field()
    verzoeken_per_minuut = _rate_field()
