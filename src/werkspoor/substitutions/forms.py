# SPDX-License-Identifier: EUPL-1.2
"""The teamleider's form for a vervanging; the rules are in services.py."""

from django import forms

from werkspoor.registry.models import Werkcoach
from werkspoor.web.forms import UtrechtFormMixin, _date


def _coach(label: str, required: str) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        label=label,
        queryset=Werkcoach.objects.none(),
        error_messages={"required": required, "invalid_choice": "Kies een werkcoach uit uw team."},
    )


class VervangingForm(UtrechtFormMixin, forms.Form):
    afwezige = _coach("Afwezige werkcoach", "Kies de werkcoach die afwezig is.")
    vervanger = _coach("Vervangen door", "Kies de werkcoach die vervangt.")
    startdatum = _date("Startdatum")
    einddatum = _date("Einddatum", help_text="De eerste dag zonder vervanging.")
    reden = forms.CharField(
        label="Reden",
        max_length=200,
        error_messages={"required": "Geef de reden, bijvoorbeeld verlof of ziekte."},
        help_text="Komt in het auditlog, bijvoorbeeld: zwangerschapsverlof.",
    )

    def __init__(self, *args, team_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        coaches = Werkcoach.objects.filter(team_id__in=team_ids).order_by("naam")
        self.fields["afwezige"].queryset = coaches
        self.fields["vervanger"].queryset = coaches
