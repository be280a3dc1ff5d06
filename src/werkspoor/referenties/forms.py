# SPDX-License-Identifier: EUPL-1.2
from django import forms

MAX_BYTES = 2 * 1024 * 1024


class ReferentieForm(forms.Form):
    bestand = forms.FileField(
        label="Bestand met referentiereeksen (CSV)",
        help_text=(
            "Kolommen: reeks, gebied, periode, waarde, eenheid, bron. Een reeks in het bestand "
            "vervangt de opgeslagen reeks met dezelfde reeks en hetzelfde gebied."
        ),
    )

    def clean_bestand(self):
        upload = self.cleaned_data["bestand"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError("Het bestand is groter dan 2 MB; is dit wel een reeks?")
        return upload
