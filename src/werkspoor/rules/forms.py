# SPDX-License-Identifier: EUPL-1.2
"""The calculator's form: the same fields for the page (GET) and the JSON API (query string)."""

from __future__ import annotations

from datetime import date

from django import forms

from werkspoor.core.widgets import IsoDateInput

from .calculate import Situatie
from .calculator import Aanvraag, maanden_tussen, plus_maanden

HUISHOUDENS = [
    ("alleenstaande", "Ik woon alleen of met huisgenoten, zonder partner en zonder kinderen"),
    ("alleenstaande_ouder", "Ik woon zonder partner, met kinderen"),
    ("gehuwden", "Ik ben getrouwd of woon samen met een partner"),
]


class RekenhulpForm(forms.Form):
    huishouden = forms.ChoiceField(
        label="Uw situatie", choices=HUISHOUDENS, widget=forms.RadioSelect
    )
    leeftijd = forms.IntegerField(label="Hoe oud bent u?", min_value=18, max_value=120)
    leeftijd_partner = forms.IntegerField(
        label="Hoe oud is uw partner?",
        required=False,
        min_value=18,
        max_value=120,
        help_text="Alleen invullen als u een partner heeft.",
    )
    kinderen = forms.BooleanField(label="Er wonen kinderen jonger dan 18 bij mij", required=False)
    kind_onder_12 = forms.BooleanField(
        label="Een van mijn kinderen is jonger dan 12", required=False
    )
    huisgenoten = forms.IntegerField(
        label="Hoeveel volwassen huisgenoten van 27 jaar of ouder wonen bij u?",
        min_value=0,
        max_value=20,
        initial=0,
        help_text="Tel uw partner niet mee. Tel ook niet mee: studenten met studiefinanciering en "
        "mensen die een kamer van u huren voor een gewone prijs.",
    )
    netto_loon = forms.DecimalField(
        label="Hoeveel verdient u netto per maand met het werk?",
        min_value=0,
        max_digits=8,
        decimal_places=2,
        help_text="In euro. Het bedrag dat u op uw rekening krijgt.",
    )
    uren_per_week = forms.DecimalField(
        label="Hoeveel uur per week gaat u werken?",
        required=False,
        min_value=0,
        max_value=168,
        max_digits=5,
        decimal_places=1,
    )
    startmaand = forms.DateField(
        label="Wanneer begint u met werken?",
        help_text="Weet u de dag nog niet? Kies dan de eerste dag van de maand.",
        widget=IsoDateInput(),
    )
    laag_inkomen_sinds = forms.DateField(
        label="Sinds wanneer heeft u een laag inkomen?",
        required=False,
        help_text="Bijvoorbeeld de dag dat uw uitkering begon. Weet u de dag niet precies? "
        "Kies dan de eerste dag van de maand. Dit is voor de individuele inkomenstoeslag. "
        "U mag dit leeg laten.",
        widget=IsoDateInput(),
    )
    medisch = forms.BooleanField(
        label="Een arts heeft gezegd dat ik door ziekte of een beperking minder kan werken",
        required=False,
    )
    student = forms.BooleanField(label="Ik studeer met studiefinanciering", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            kind = field.widget.input_type
            # Radio buttons get no class: Django would put it on their wrapper too.
            if kind == "checkbox":
                field.widget.attrs["class"] = "utrecht-checkbox utrecht-checkbox--html-input"
            elif kind != "radio":
                field.widget.attrs["class"] = "utrecht-textbox utrecht-textbox--html-input"
            field.error_messages["required"] = "Vul dit in. Dan kunnen we rekenen."

    def clean(self):
        data = super().clean()
        if data.get("huishouden") == "gehuwden" and not data.get("leeftijd_partner"):
            self.add_error("leeftijd_partner", "Vul de leeftijd van uw partner in.")
        sinds, start = data.get("laag_inkomen_sinds"), data.get("startmaand")
        if sinds and start and sinds > start:
            self.add_error(
                "laag_inkomen_sinds", "Deze datum ligt na de dag dat u begint met werken."
            )
        return data

    def aanvraag(self) -> Aanvraag:
        d = self.cleaned_data
        gehuwd = d["huishouden"] == "gehuwden"
        kostendelers = 1 + d["huisgenoten"] + (1 if gehuwd else 0)
        situatie = Situatie(
            huishoudtype=d["huishouden"],
            leeftijd=d["leeftijd"],
            leeftijd_partner=d["leeftijd_partner"] if gehuwd else None,
            kostendelers=kostendelers,
            heeft_kinderen=d["kinderen"] or d["huishouden"] == "alleenstaande_ouder",
            heeft_kind_onder_12=d["kind_onder_12"],
            medisch_urenbeperkt=d["medisch"],
        )
        return Aanvraag(
            situatie=situatie,
            startmaand=d["startmaand"].replace(day=1),
            netto_loon=float(d["netto_loon"]),
            uren_per_week=float(d["uren_per_week"] or 0),
            student=d["student"],
            maanden_laag_inkomen=(
                maanden_tussen(d["laag_inkomen_sinds"], d["startmaand"])
                if d["laag_inkomen_sinds"]
                else None
            ),
        )


def default_startmaand(today: date, bereik) -> date:
    """This month, kept inside the months the parameters cover."""
    return min(max(today.replace(day=1), bereik.start), plus_maanden(bereik.end, -1))
