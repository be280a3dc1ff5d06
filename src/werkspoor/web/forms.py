# SPDX-License-Identifier: EUPL-1.2
"""Forms of the workspace: input and its Dutch messages; the rules live in services.py."""

from django import forms

from werkspoor.core.gemeente import current_gemeente
from werkspoor.registry.choices import (
    Arrangement,
    DoelSoort,
    Instrument,
    Kanaal,
    TrajectResultaat,
    Werkdienstverlening,
)
from werkspoor.registry.models import Werkcoach

from .caseload import SORT_KEYS


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


def _date(label, required=True, help_text=""):
    return forms.DateField(
        label=label,
        required=required,
        widget=DateInput(),
        help_text=help_text,
        error_messages={
            "required": "Vul een datum in.",
            "invalid": "Vul een geldige datum in (dd-mm-jjjj).",
        },
    )


class UtrechtFormMixin:
    """Adds the NL Design System (Utrecht) classes to every widget."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            widget = field.widget
            css = {
                forms.Select: "utrecht-select utrecht-select--html-select",
                forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
            }.get(type(widget), "utrecht-textbox utrecht-textbox--html-input")
            widget.attrs["class"] = css
            if field.help_text:
                widget.attrs["aria-describedby"] = f"id_{name}_uitleg"

    def mark_errors(self):
        """Point assistive technology at each field's error message (after validation)."""
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["aria-invalid"] = "true"
                attrs["class"] += " utrecht-textbox--invalid"
                described = [f"id_{name}_fout"] + (
                    [f"id_{name}_uitleg"] if self.fields[name].help_text else []
                )
                attrs["aria-describedby"] = " ".join(described)


class ContactForm(UtrechtFormMixin, forms.Form):
    datum = _date("Datum van het contact")
    kanaal = forms.ChoiceField(label="Kanaal", choices=Kanaal.choices)
    notitie = forms.CharField(
        label="Notitie (optioneel)", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class DoelForm(UtrechtFormMixin, forms.Form):
    soort = forms.ChoiceField(label="Soort doel", choices=DoelSoort.choices)
    omschrijving = forms.CharField(
        label="Omschrijving (optioneel)", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    startdatum = _date("Startdatum")


class DoelAfsluitenForm(UtrechtFormMixin, forms.Form):
    status = forms.ChoiceField(
        label="Uitkomst", choices=[("behaald", "Behaald"), ("gestopt", "Gestopt")]
    )
    statusdatum = _date("Datum")


class TrajectForm(UtrechtFormMixin, forms.Form):
    instrument = forms.ChoiceField(label="Instrument", choices=Instrument.choices)
    startdatum = _date("Startdatum")
    einddatum = _date(
        "Geplande einddatum",
        required=False,
        help_text="Beëindigd per: de eerste dag zonder. "
        "Verplicht bij werken met behoud van uitkering.",
    )
    loonwaarde = forms.IntegerField(
        label="Loonwaarde (%)",
        required=False,
        min_value=0,
        max_value=100,
        help_text="0 tot en met 100; verplicht bij loonkostensubsidie.",
        error_messages={
            "min_value": "De loonwaarde ligt tussen 0 en 100 procent.",
            "max_value": "De loonwaarde ligt tussen 0 en 100 procent.",
            "invalid": "Vul de loonwaarde in als heel getal (0-100).",
        },
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("startdatum"), cleaned.get("einddatum")
        if start and end and end <= start:
            self.add_error("einddatum", "De einddatum moet na de startdatum liggen.")
        return cleaned


class TrajectStoppenForm(UtrechtFormMixin, forms.Form):
    einddatum = _date("Beëindigd per", help_text="De eerste dag zonder dit traject.")
    resultaat = forms.ChoiceField(label="Resultaat", choices=TrajectResultaat.choices)


class ArrangementForm(UtrechtFormMixin, forms.Form):
    arrangement = forms.TypedChoiceField(
        label="Nieuw arrangement", choices=Arrangement.choices, coerce=int
    )
    ingangsdatum = _date("Ingangsdatum")
    reden = forms.CharField(
        label="Reden",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Geef de reden voor het nieuwe arrangement."},
    )


class InzageForm(UtrechtFormMixin, forms.Form):
    reden = forms.CharField(
        label="Reden voor inzage",
        widget=forms.Textarea(attrs={"rows": 3}),
        min_length=10,
        error_messages={
            "required": "Geef een reden: deze inwoner staat niet in uw caseload.",
            "min_length": "Beschrijf de reden in minstens 10 tekens.",
        },
        help_text="Bijvoorbeeld: de inwoner staat aan de balie en de eigen werkcoach is er "
        "niet. De reden wordt vastgelegd in het auditlog.",
    )


class HertoewijzenForm(UtrechtFormMixin, forms.Form):
    werkcoach = forms.ModelChoiceField(
        label="Nieuwe werkcoach",
        queryset=Werkcoach.objects.none(),
        error_messages={
            "required": "Kies een werkcoach.",
            "invalid_choice": "Kies een werkcoach uit uw team.",
        },
    )
    ingangsdatum = _date("Ingangsdatum")

    def __init__(self, *args, team_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["werkcoach"].queryset = Werkcoach.objects.filter(team_id__in=team_ids).order_by(
            "naam"
        )


class CaseloadFilterForm(forms.Form):
    wijk = forms.ChoiceField(label="Wijk", required=False)
    arrangement = forms.TypedChoiceField(
        label="Arrangement",
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", "Alle")] + list(Arrangement.choices),
    )
    werkdienstverlening = forms.ChoiceField(
        label="Werkdienstverlening",
        required=False,
        choices=[("", "Alle")] + list(Werkdienstverlening.choices),
    )
    signaal = forms.ChoiceField(label="Signaal", required=False)
    sort = forms.ChoiceField(
        label="Sorteer op",
        required=False,
        choices=[(key, key.capitalize()) for key in SORT_KEYS],
    )

    def __init__(self, *args, signal_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].choices = [("", "Alle")] + [(w, w) for w in current_gemeente().wijken]
        self.fields["signaal"].choices = [("", "Alle")] + list(signal_choices)
        self.fields["sort"].choices = [
            ("naam", "Naam"),
            ("leeftijd", "Leeftijd"),
            ("wijk", "Wijk"),
            ("arrangement", "Arrangement"),
            ("contact", "Dagen sinds contact"),
            ("doelen", "Actieve doelen"),
        ]
        for field in self.fields.values():
            field.widget.attrs["class"] = "utrecht-select utrecht-select--html-select"


class AuditFilterForm(UtrechtFormMixin, forms.Form):
    gebruiker = forms.CharField(label="Gebruiker", required=False)
    inwoner = forms.IntegerField(label="Inwoner (intern nummer)", required=False, min_value=1)
    van = _date("Vanaf", required=False)
    tot = _date("Tot (niet meegerekend)", required=False)
    trace = forms.RegexField(
        label="Trace-id",
        required=False,
        regex=r"^\s*[0-9a-fA-F]{32}\s*$",
        error_messages={"invalid": "Een trace-id is 32 tekens 0-9 en a-f."},
    )

    def apply(self, records):
        data = self.cleaned_data
        if data["trace"]:
            records = records.filter(trace_id=data["trace"].strip().lower())
        if data["gebruiker"]:
            records = records.filter(gebruiker=data["gebruiker"].strip())
        if data["inwoner"]:
            records = records.filter(inwoner_id=data["inwoner"])
        if data["van"]:
            records = records.filter(tijdstip__date__gte=data["van"])
        if data["tot"]:
            records = records.filter(tijdstip__date__lt=data["tot"])
        return records
