# SPDX-License-Identifier: EUPL-1.2
"""Forms of the consulent's werkplek: input and Dutch messages; the rules are in services.py."""

from __future__ import annotations

from django import forms

from werkspoor.core.gemeente import current_gemeente
from werkspoor.registry.choices import Huishoudtype
from werkspoor.registry.models import Inwoner
from werkspoor.web.forms import UtrechtFormMixin, _date

from .choices import AanvraagRegeling, Besluit, RedenAfwijzing

SIGNAAL_KEUZES = [
    ("", "Alle"),
    ("te_laat", "Termijn verstreken"),
    ("bijna", "Nog 7 dagen of minder"),
]
NIEUWE_AANVRAGER = ("voornaam", "achternaam", "geboortedatum", "wijk", "huishoudtype")


class WerkvoorraadFilterForm(UtrechtFormMixin, forms.Form):
    regeling = forms.ChoiceField(
        label="Regeling", required=False, choices=[("", "Alle"), *AanvraagRegeling.choices]
    )
    signaal = forms.ChoiceField(label="Signaal", required=False, choices=SIGNAAL_KEUZES)


class AanvraagForm(UtrechtFormMixin, forms.Form):
    """A new application; the applicant is found by BSN, or registered from the fields below."""

    bsn = forms.CharField(
        label="BSN van de aanvrager",
        max_length=12,  # 9 digits, spaces allowed
        help_text="9 cijfers. Staat de aanvrager nog niet in de registratie, vul dan ook de "
        "gegevens hieronder in.",
    )
    regeling = forms.ChoiceField(label="Regeling", choices=AanvraagRegeling.choices)
    meldingsdatum = _date(
        "Datum van de melding",
        required=False,
        help_text="De dag dat de inwoner zich meldde; de bijstand gaat dan in. Leeg = de "
        "aanvraagdatum.",
    )
    aanvraagdatum = _date("Datum van ontvangst van de aanvraag")
    voornaam = forms.CharField(label="Voornaam (nieuwe aanvrager)", required=False, max_length=100)
    achternaam = forms.CharField(
        label="Achternaam (nieuwe aanvrager)", required=False, max_length=200
    )
    geboortedatum = _date("Geboortedatum (nieuwe aanvrager)", required=False)
    wijk = forms.ChoiceField(label="Wijk (nieuwe aanvrager)", required=False)
    huishoudtype = forms.ChoiceField(
        label="Huishouden (nieuwe aanvrager)",
        required=False,
        choices=[("", "—"), *Huishoudtype.choices],
    )
    aantal_kostendelers = forms.IntegerField(
        label="Aantal kostendelers (nieuwe aanvrager)",
        required=False,
        min_value=1,
        initial=1,
        help_text="Personen in de woning die als kostendeler tellen, de aanvrager meegeteld.",
        error_messages={"min_value": "Minstens 1: de aanvrager zelf telt mee."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].choices = [("", "—")] + [(w, w) for w in current_gemeente().wijken]
        self.inwoner: Inwoner | None = None

    def clean_bsn(self) -> str:
        bsn = self.cleaned_data["bsn"].strip().replace(" ", "")
        if not (bsn.isdigit() and len(bsn) == 9):
            raise forms.ValidationError("Een BSN heeft 9 cijfers.")
        return bsn

    def clean(self):
        cleaned = super().clean()
        bsn = cleaned.get("bsn")
        if bsn:
            self.inwoner = Inwoner.objects.filter(bsn=bsn).first()
        if bsn and self.inwoner is None:
            for name in NIEUWE_AANVRAGER:
                if not cleaned.get(name):
                    self.add_error(
                        name,
                        "Deze aanvrager staat nog niet in de registratie: vul dit ook in.",
                    )
        melding, aanvraag = cleaned.get("meldingsdatum"), cleaned.get("aanvraagdatum")
        if melding and aanvraag and melding > aanvraag:
            self.add_error("meldingsdatum", "De melding ligt niet na de aanvraag.")
        return cleaned

    def new_applicant(self) -> dict:
        data = self.cleaned_data
        return {
            "bsn": data["bsn"],
            "voornaam": data["voornaam"],
            "achternaam": data["achternaam"],
            "geboortedatum": data["geboortedatum"],
            "wijk": data["wijk"],
            "huishoudtype": data["huishoudtype"],
            "aantal_kostendelers": data["aantal_kostendelers"] or 1,
        }


class OpschortingForm(UtrechtFormMixin, forms.Form):
    vanaf = _date(
        "Opgeschort vanaf",
        help_text="De dag na het verzoek om de aanvraag aan te vullen (Awb art. 4:15).",
    )
    tot = _date(
        "Aangevuld op",
        required=False,
        help_text="De dag dat de gegevens binnenkwamen. Leeg = er wordt nog gewacht.",
    )
    reden = forms.CharField(
        label="Welke gegevens",
        required=False,
        max_length=200,
        help_text="Bijvoorbeeld: bankafschriften.",
    )

    def clean(self):
        cleaned = super().clean()
        vanaf, tot = cleaned.get("vanaf"), cleaned.get("tot")
        if vanaf and tot and tot <= vanaf:
            self.add_error("tot", "Het einde van de opschorting ligt na het begin.")
        return cleaned


class EindeOpschortingForm(UtrechtFormMixin, forms.Form):
    tot = _date("Aangevuld op", help_text="De dag dat de gegevens binnenkwamen.")


class BesluitForm(UtrechtFormMixin, forms.Form):
    besluit = forms.ChoiceField(label="Besluit", choices=Besluit.choices)
    besluitdatum = _date("Datum van het besluit")
    reden_afwijzing = forms.ChoiceField(
        label="Reden van afwijzing",
        required=False,
        choices=[("", "—"), *RedenAfwijzing.choices],
        help_text="Verplicht bij een afwijzing.",
    )
    startdatum = _date(
        "Uitkering gaat in op",
        required=False,
        help_text="Alleen bij toekenning van een uitkering. Leeg = de dag van de melding.",
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("besluit") == Besluit.AFWIJZING and not cleaned.get("reden_afwijzing"):
            self.add_error("reden_afwijzing", "Kies de reden van de afwijzing.")
        return cleaned
