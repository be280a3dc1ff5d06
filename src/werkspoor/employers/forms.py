# SPDX-License-Identifier: EUPL-1.2
"""Forms of the bedrijfsadviseur's screens; the rules are in the models and services.py."""

from __future__ import annotations

from django import forms

from werkspoor.core.bsn import is_valid_bsn
from werkspoor.core.gemeente import current_gemeente
from werkspoor.registry.models import Inwoner
from werkspoor.web.forms import DateInput, UtrechtFormMixin

from .models import ContactPersoon, PlaatsingSoort, SroiVerplichting, Vacature, Werkgever


def _wijk_choices(empty_label: str) -> list[tuple[str, str]]:
    return [("", empty_label)] + [(w, w) for w in current_gemeente().wijken]


def _dates_as_iso(form):
    for field in form.fields.values():
        if isinstance(field, forms.DateField):
            field.widget = DateInput()
            field.error_messages["invalid"] = "Vul een geldige datum in."


class WerkgeverForm(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Werkgever
        fields = ["naam", "kvk_nummer", "sector", "wijk"]
        error_messages = {"naam": {"required": "Vul de naam van de werkgever in."}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"] = forms.ChoiceField(
            label="Wijk van de vestiging",
            required=False,
            choices=_wijk_choices("Buiten de gemeente of onbekend"),
        )
        self.fields["sector"].help_text = "Bijvoorbeeld zorg, logistiek, detailhandel."
        self.style_fields()


class ContactPersoonForm(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = ContactPersoon
        fields = ["naam", "functie", "telefoon", "email"]
        error_messages = {"naam": {"required": "Vul de naam in."}}


class SroiForm(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = SroiVerplichting
        fields = ["omschrijving", "aantal_plaatsingen", "startdatum", "einddatum"]
        error_messages = {"omschrijving": {"required": "Beschrijf het contract."}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _dates_as_iso(self)


class VacatureForm(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Vacature
        fields = [
            "titel",
            "uren_per_week",
            "aantal",
            "eisen",
            "wijk",
            "werkplek",
            "startdatum",
            "einddatum",
            "loonkostensubsidie_mogelijk",
        ]
        labels = {"startdatum": "Open vanaf", "einddatum": "Gesloten per"}
        widgets = {"eisen": forms.Textarea(attrs={"rows": 3})}
        error_messages = {"titel": {"required": "Vul de functie in."}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"] = forms.ChoiceField(
            label="Wijk van de werkplek",
            required=False,
            choices=_wijk_choices("Buiten de gemeente of wisselend"),
        )
        self.fields["einddatum"].help_text = "De eerste dag dat de vacature dicht is. Leeg = open."
        _dates_as_iso(self)
        self.style_fields()


class InwonerField(forms.CharField):
    """A resident by BSN (elfproef) or resident code; the view checks who may be chosen."""

    def __init__(self, **kwargs):
        super().__init__(
            label="Inwoner",
            help_text="BSN of inwonercode (bijvoorbeeld I0001234).",
            error_messages={"required": "Vul het BSN of de inwonercode in."},
            **kwargs,
        )

    def clean(self, value):
        text = super().clean(value).strip()
        if text.isdigit() and len(text) == 9:
            if not is_valid_bsn(text):
                raise forms.ValidationError("Dit BSN klopt niet (elfproef); controleer het nummer.")
            found = Inwoner.objects.filter(bsn=text).first()
        else:
            found = Inwoner.objects.filter(external_id__iexact=text).first()
        if found is None:
            raise forms.ValidationError("Geen inwoner gevonden met dit BSN of deze inwonercode.")
        return found


class OntmoetingForm(UtrechtFormMixin, forms.Form):
    inwoner = InwonerField()
    datum = forms.DateField(label="Datum van de ontmoeting", widget=DateInput())


class PlaatsingForm(UtrechtFormMixin, forms.Form):
    inwoner = InwonerField()
    datum = forms.DateField(label="Eerste werkdag", widget=DateInput())
    soort = forms.ChoiceField(label="Soort plaatsing", choices=PlaatsingSoort.choices)
    vacature = forms.ModelChoiceField(
        label="Vacature", required=False, queryset=Vacature.objects.none(), empty_label="Geen"
    )

    def __init__(self, *args, werkgever=None, **kwargs):
        super().__init__(*args, **kwargs)
        if werkgever is not None:
            self.fields["vacature"].queryset = werkgever.vacatures.order_by("-startdatum")
