# SPDX-License-Identifier: EUPL-1.2
"""Forms of the debt-help workspace; the rules live in services.py."""

from django import forms

from werkspoor.web.forms import UtrechtFormMixin, _date
from werkspoor.web.inwoner_forms import InwonerKeuzeForm

from .choices import SchuldhulpResultaat, SchuldhulpSoort

NEE_JA = [("nee", "Nee"), ("ja", "Ja")]


def _ja_nee(label: str, help_text: str = "") -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label, choices=NEE_JA, coerce=lambda value: value == "ja", help_text=help_text
    )


def _spoed() -> forms.TypedChoiceField:
    return _ja_nee(
        "Spoed",
        "Ja bij een dreigende ontruiming, afsluiting van energie of water of opzegging van de "
        "zorgverzekering: dan is het eerste gesprek binnen drie werkdagen.",
    )


class AanmeldForm(InwonerKeuzeForm):
    aanmelddatum = _date("Aanmelddatum", help_text="De dag van de melding van de hulpvraag.")
    spoed = _spoed()
    field_order = ["aanmelddatum", "spoed", "bsn"]


class GesprekForm(UtrechtFormMixin, forms.Form):
    datum = _date("Datum van het eerste gesprek")


class PlanForm(UtrechtFormMixin, forms.Form):
    datum = _date(
        "Datum van het plan van aanpak",
        help_text="Bij een later gewijzigde soort hulp blijft de eerste plandatum staan.",
    )
    soort = forms.ChoiceField(label="Soort hulp", choices=SchuldhulpSoort.choices)


class AfsluitenForm(UtrechtFormMixin, forms.Form):
    einddatum = _date("Beëindigd per", help_text="De eerste dag zonder schuldhulp.")
    resultaat = forms.ChoiceField(label="Resultaat", choices=SchuldhulpResultaat.choices)


class SignaalForm(UtrechtFormMixin, forms.Form):
    contactdatum = _date("Datum van het contact")
    aanmelding = _ja_nee(
        "Aanmelding voor schuldhulp", "Ja als de inwoner zich na het contact aanmeldt."
    )
    spoed = _spoed()
