# SPDX-License-Identifier: EUPL-1.2
"""Choosing the resident of a new registration (debt help, inburgering) by BSN; a BSN the
registry does not know asks for the facts of a new resident instead of failing."""

from __future__ import annotations

from django import forms

from werkspoor.core.bsn import validate_bsn
from werkspoor.core.gemeente import current_gemeente
from werkspoor.registry.choices import Huishoudtype
from werkspoor.registry.registration import NieuweInwoner, find_by_bsn

from .forms import UtrechtFormMixin, _date

NEW_RESIDENT_FIELDS = ("voornaam", "achternaam", "geboortedatum", "wijk", "huishoudtype")


class InwonerKeuzeForm(UtrechtFormMixin, forms.Form):
    """The BSN first; the other fields only for a resident not yet in the registry."""

    bsn = forms.CharField(
        label="BSN",
        max_length=9,
        min_length=9,
        validators=[validate_bsn],
        help_text="Negen cijfers. Staat de inwoner nog niet in de registratie, vul dan ook "
        "de gegevens hieronder in.",
        error_messages={
            "required": "Vul het BSN in.",
            "min_length": "Een BSN heeft negen cijfers.",
            "max_length": "Een BSN heeft negen cijfers.",
        },
    )
    voornaam = forms.CharField(label="Voornaam (nieuwe inwoner)", required=False, max_length=100)
    achternaam = forms.CharField(
        label="Achternaam (nieuwe inwoner)", required=False, max_length=200
    )
    geboortedatum = _date("Geboortedatum (nieuwe inwoner)", required=False)
    wijk = forms.ChoiceField(label="Wijk (nieuwe inwoner)", required=False)
    huishoudtype = forms.ChoiceField(
        label="Huishouden (nieuwe inwoner)",
        required=False,
        choices=[("", "—")] + list(Huishoudtype.choices),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].choices = [("", "—")] + [(w, w) for w in current_gemeente().wijken]
        self.inwoner = None

    def clean(self):
        cleaned = super().clean()
        bsn = cleaned.get("bsn")
        if not bsn:
            return cleaned
        self.inwoner = find_by_bsn(bsn)
        if self.inwoner is None:
            for name in NEW_RESIDENT_FIELDS:
                if not cleaned.get(name):
                    self.add_error(
                        name,
                        "Dit BSN staat niet in de registratie: vul dit gegeven van de nieuwe "
                        "inwoner in.",
                    )
        return cleaned

    def nieuwe_inwoner(self) -> NieuweInwoner:
        data = self.cleaned_data
        return NieuweInwoner(**{name: data[name] for name in NEW_RESIDENT_FIELDS})
