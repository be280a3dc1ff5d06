# SPDX-License-Identifier: EUPL-1.2
from django import forms

from .services import MAX_TEKST


class DuidingForm(forms.Form):
    tekst = forms.CharField(
        label="Toelichting",
        help_text=(
            "Gewone tekst; een witregel begint een nieuwe alinea. Na opslaan keurt een collega "
            "van beleid de tekst goed; pas dan verschijnt hij op het Dashboard, in de PDF en in "
            "de raadsbrief."
        ),
        max_length=MAX_TEKST,
        widget=forms.Textarea(
            attrs={"rows": 10, "class": "utrecht-textarea utrecht-textarea--html-textarea"}
        ),
    )
