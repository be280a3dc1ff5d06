# SPDX-License-Identifier: EUPL-1.2
"""The forms for an appointment and a to-do; the rules are in services.py."""

from datetime import timedelta

from django import forms

from werkspoor.core.today import vandaag
from werkspoor.web.correction_views import TimeInput
from werkspoor.web.forms import DateInput, UtrechtFormMixin

from .models import AfspraakSoort


class AfspraakForm(UtrechtFormMixin, forms.Form):
    datum = forms.DateField(
        label="Datum", widget=DateInput(), error_messages={"required": "Vul een datum in."}
    )
    tijd = forms.TimeField(
        label="Tijd",
        widget=TimeInput(),
        error_messages={"required": "Vul een tijd in.", "invalid": "Vul een tijd in als 09:30."},
    )
    duur_minuten = forms.IntegerField(
        label="Duur (minuten)",
        min_value=5,
        max_value=480,
        initial=45,
        error_messages={
            "min_value": "Een afspraak duurt minstens 5 minuten.",
            "max_value": "Een afspraak duurt hoogstens 8 uur (480 minuten).",
        },
    )
    soort = forms.ChoiceField(label="Soort afspraak", choices=AfspraakSoort.choices)
    met = forms.CharField(
        label="Met wie",
        max_length=200,
        help_text="Wie er naast de inwoner bij zijn, bijvoorbeeld 'werkcoach en jobcoach'.",
        error_messages={"required": "Vul in met wie de afspraak is."},
    )
    locatie = forms.CharField(label="Locatie", required=False, max_length=200)
    onderwerp = forms.CharField(
        label="Onderwerp", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class TaakForm(UtrechtFormMixin, forms.Form):
    omschrijving = forms.CharField(
        label="Wat moet er gebeuren",
        max_length=300,
        error_messages={"required": "Beschrijf de taak."},
    )
    vervaldatum = forms.DateField(
        label="Uiterlijk op",
        widget=DateInput(),
        help_text="Vanaf deze dag staat de taak als signaal op de caseload.",
        error_messages={"required": "Vul een datum in."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["vervaldatum"].initial = vandaag() + timedelta(days=7)
