# SPDX-License-Identifier: EUPL-1.2
"""Forms of the inburgering workspace; the rules live in services.py."""

from django import forms

from werkspoor.web.forms import UtrechtFormMixin, _date
from werkspoor.web.inwoner_forms import InwonerKeuzeForm

from .choices import InburgeringDoelgroep, InburgeringResultaat, Leerroute


class StartForm(InwonerKeuzeForm):
    startdatum = _date(
        "Startdatum", help_text="De dag waarop de gemeente de inburgering gaat begeleiden."
    )
    doelgroep = forms.ChoiceField(label="Doelgroep", choices=InburgeringDoelgroep.choices)
    field_order = ["startdatum", "doelgroep", "bsn"]


class PipForm(UtrechtFormMixin, forms.Form):
    datum = _date(
        "Dagtekening van het PIP",
        help_text="De inburgeringstermijn van drie jaar begint de dag erna. Bij een andere "
        "leerroute (schakelen) blijft de eerste dagtekening staan.",
    )
    route = forms.ChoiceField(label="Leerroute", choices=Leerroute.choices)


class EindeForm(UtrechtFormMixin, forms.Form):
    einddatum = _date("Beëindigd per", help_text="De eerste dag zonder inburgering.")
    resultaat = forms.ChoiceField(label="Resultaat", choices=InburgeringResultaat.choices)
