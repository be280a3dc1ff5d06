# SPDX-License-Identifier: EUPL-1.2
"""Forms of the workspace: input and its Dutch messages; the rules live in services.py."""

from django import forms
from django.utils.html import conditional_escape as escape
from django.utils.safestring import mark_safe

from werkspoor.core.gemeente import current_gemeente
from werkspoor.core.widgets import IsoDateInput as DateInput
from werkspoor.registry.choices import (
    Arrangement,
    DoelSoort,
    Instrument,
    Kanaal,
    TrajectResultaat,
    Werkdienstverlening,
)
from werkspoor.registry.models import Werkcoach

from .caseload import PAGE_SIZES, SORT_KEYS
from .services import duplicate_goal_warning


def _attrs(attrs: dict) -> str:
    """What django/forms/widgets/attrs.html renders."""
    return "".join(
        f" {escape(name)}" if value is True else f' {escape(name)}="{escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


class QuickSelect(forms.Select):
    """A select whose HTML is exactly Django's (select.html with select_option.html and
    attrs.html), written without the template engine: the caseload's six filters took a
    fifth of the page's time through the widget templates."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [f'<select name="{escape(widget["name"])}"{_attrs(widget["attrs"])}>']
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(f'\n  <optgroup label="{escape(group_name)}">')
            for option in options:
                parts.append(
                    f'\n  <option value="{escape(option["value"])}"{_attrs(option["attrs"])}>'
                    f"{escape(option['label'])}</option>\n"
                )
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))


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
        self.style_fields()

    def style_fields(self):
        """(Again) after a form replaced or added a field."""
        for name, field in self.fields.items():
            widget = field.widget
            css = {
                forms.Select: "utrecht-select utrecht-select--html-select",
                forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
                forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
                forms.CheckboxSelectMultiple: "utrecht-checkbox utrecht-checkbox--html-input",
                forms.RadioSelect: "utrecht-radio-button utrecht-radio-button--html-input",
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
    toch_toevoegen = forms.BooleanField(
        label="Toch toevoegen: het is echt een tweede doel van deze soort", required=False
    )

    def __init__(self, *args, inwoner_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        soort = self.data.get("soort") if self.is_bound else None
        # The confirmation appears only after the warning about an active goal of this kind.
        if not (soort and inwoner_id and duplicate_goal_warning(inwoner_id, soort)):
            del self.fields["toch_toevoegen"]


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


class WerkcoachKeuzeMixin:
    """A werkcoach to move residents to: labels with caseload size and guideline band, never
    the coach they leave; above the guideline a 'Toch toewijzen' confirmation appears."""

    def setup_werkcoach(self, team_ids, day, exclude=None, adding=1):
        from .team import coach_choices, guideline_warning

        choices = coach_choices(team_ids, day, exclude)
        self.fields["werkcoach"].choices = [("", "Kies een werkcoach")] + choices
        self._allowed = {pk for pk, _ in choices}
        self._day, self._adding = day, adding
        chosen = self.data.get("werkcoach") if self.is_bound else None
        coach = None
        if chosen and str(chosen).isdigit() and int(chosen) in self._allowed:
            coach = Werkcoach.objects.get(pk=int(chosen))
        self._warning = guideline_warning(coach, adding, day) if coach else ""
        if not self._warning:
            del self.fields["toch_toewijzen"]

    def clean_werkcoach(self):
        value = self.cleaned_data["werkcoach"]
        if int(value) not in self._allowed:
            raise forms.ValidationError("Kies een andere werkcoach uit uw team.")
        coach = Werkcoach.objects.get(pk=int(value))
        if self._warning and not self.data.get("toch_toewijzen"):
            raise forms.ValidationError(self._warning)
        return coach


def _werkcoach_field():
    return forms.TypedChoiceField(
        label="Nieuwe werkcoach",
        coerce=int,
        error_messages={
            "required": "Kies een werkcoach.",
            "invalid_choice": "Kies een werkcoach uit uw team.",
        },
    )


def _toch_field():
    return forms.BooleanField(label="Toch toewijzen, ook boven de richtlijn", required=False)


class HertoewijzenForm(WerkcoachKeuzeMixin, UtrechtFormMixin, forms.Form):
    werkcoach = _werkcoach_field()
    toch_toewijzen = _toch_field()
    ingangsdatum = _date("Ingangsdatum")

    def __init__(self, *args, team_ids=(), day=None, huidige_werkcoach=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_werkcoach(team_ids, day, exclude=huidige_werkcoach)
        self.style_fields()


class BulkHerverdelenForm(WerkcoachKeuzeMixin, UtrechtFormMixin, forms.Form):
    inwoners = forms.TypedMultipleChoiceField(
        label="Inwoners",
        coerce=int,
        widget=forms.MultipleHiddenInput,
        error_messages={"required": "Vink minstens één inwoner aan."},
    )
    werkcoach = _werkcoach_field()
    toch_toewijzen = _toch_field()
    ingangsdatum = _date("Ingangsdatum")

    def __init__(self, *args, team_ids=(), day=None, van=None, kandidaten=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inwoners"].choices = [(pk, pk) for pk in kandidaten]
        adding = len(self.data.getlist("inwoners")) if self.is_bound else 1
        self.setup_werkcoach(team_ids, day, exclude=van, adding=max(1, adding))
        self.style_fields()


class CaseloadFilterForm(forms.Form):
    wijk = forms.ChoiceField(label="Wijk", required=False, widget=QuickSelect)
    arrangement = forms.TypedChoiceField(
        label="Arrangement",
        required=False,
        widget=QuickSelect,
        coerce=int,
        empty_value=None,
        choices=[("", "Alle")] + list(Arrangement.choices),
    )
    werkdienstverlening = forms.ChoiceField(
        label="Werkdienstverlening",
        required=False,
        widget=QuickSelect,
        choices=[("", "Alle")] + list(Werkdienstverlening.choices),
    )
    signaal = forms.ChoiceField(label="Signaal", required=False, widget=QuickSelect)
    sort = forms.ChoiceField(
        label="Sorteer op",
        required=False,
        widget=QuickSelect,
        choices=[(key, key.capitalize()) for key in SORT_KEYS],
    )
    per_pagina = forms.TypedChoiceField(
        label="Per pagina",
        required=False,
        widget=QuickSelect,
        coerce=int,
        empty_value=None,
        choices=[(n, str(n)) for n in PAGE_SIZES],
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
            ("afspraak", "Volgende afspraak"),
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
