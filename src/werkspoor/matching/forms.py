# SPDX-License-Identifier: EUPL-1.2
"""Forms for a pipeline step, the werkcoach's opinion and a resident's work wishes."""

from __future__ import annotations

from django import forms

from werkspoor.employers.models import PlaatsingSoort, Werkgever
from werkspoor.web.forms import DateInput, UtrechtFormMixin

from .models import Oordeel, VoordrachtStatus


class StapForm(UtrechtFormMixin, forms.Form):
    """The fields a step needs: a date always; the kind of placement or a rejection reason."""

    datum = forms.DateField(label="Datum", widget=DateInput())
    soort = forms.ChoiceField(label="Soort plaatsing", choices=PlaatsingSoort.choices)
    reden = forms.CharField(
        label="Reden van de afwijzing",
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": "Geef de reden van de afwijzing."},
    )

    def __init__(self, *args, naar: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["datum"].label = {
            VoordrachtStatus.GESPREK: "Datum van het gesprek (de ontmoeting)",
            VoordrachtStatus.GEPLAATST: "Eerste werkdag",
            VoordrachtStatus.AFGEWEZEN: "Datum van de afwijzing",
        }[naar]
        if naar != VoordrachtStatus.GEPLAATST:
            del self.fields["soort"]
        if naar != VoordrachtStatus.AFGEWEZEN:
            del self.fields["reden"]


class OordeelForm(UtrechtFormMixin, forms.Form):
    oordeel = forms.ChoiceField(
        label="Uw oordeel",
        choices=[(Oordeel.AKKOORD, "Akkoord"), (Oordeel.BEZWAAR, "Bezwaar")],
        widget=forms.RadioSelect,
    )
    toelichting = forms.CharField(
        label="Toelichting",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Verplicht bij bezwaar. De bedrijfsadviseur leest dit.",
    )


def sector_choices() -> list[tuple[str, str]]:
    sectors = (
        Werkgever.objects.exclude(sector="").order_by("sector").values_list("sector", flat=True)
    )
    return [(s, s) for s in dict.fromkeys(sectors)]


class WerkwensForm(UtrechtFormMixin, forms.Form):
    uren_min = forms.IntegerField(label="Minimaal uren per week", min_value=1, max_value=40)
    uren_max = forms.IntegerField(label="Maximaal uren per week", min_value=1, max_value=40)
    sectoren = forms.MultipleChoiceField(
        label="Gewenste sectoren",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Leeg = geen voorkeur.",
    )
    toelichting = forms.CharField(
        label="Toelichting", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sectoren"].choices = sector_choices()
