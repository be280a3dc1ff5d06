# SPDX-License-Identifier: EUPL-1.2
"""The registry's data model. Every dated fact is a half-open period (see periods.py).

Identifiers: each entity that the exchange format names (inwoner_id, uitkering_id, ...)
keeps that code in `external_id`; the integer primary key is internal and is the only
identifier that appears in URLs.
"""

import uuid
from collections.abc import Iterable
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q

from werkspoor.core.bsn import validate_bsn
from werkspoor.core.gemeente import current_gemeente
from werkspoor.core.periods import age_on

from .choices import (
    Arrangement,
    DoelSoort,
    DoelStatus,
    Huishoudtype,
    Instrument,
    Kanaal,
    RedenBeeindiging,
    Regeling,
    TrajectResultaat,
    Werkdienstverlening,
)
from .periods import HalfOpenPeriod, end_after_start_constraint

JONGERE_MAX_LEEFTIJD = 27  # jongeren: younger than 27 on the peildatum (doelgroep Plus)
KIND_MAX_LEEFTIJD = 18  # gezin met kinderen: at least one child younger than 18


def new_external_id() -> str:
    """Code for records made in the app rather than imported."""
    return uuid.uuid4().hex[:16]


class ExternalIdMixin(models.Model):
    external_id = models.CharField(
        "code",
        max_length=64,
        unique=True,
        default=new_external_id,
        help_text="Code in het uitwisselformaat en het bronsysteem.",
    )

    class Meta:
        abstract = True


class Team(models.Model):
    naam = models.CharField(max_length=100, unique=True)

    class Meta:
        ordering = ["naam"]

    def __str__(self):
        return self.naam


class Werkcoach(ExternalIdMixin):
    naam = models.CharField(max_length=200)
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="werkcoaches")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="werkcoach",
    )

    class Meta:
        verbose_name_plural = "werkcoaches"
        ordering = ["naam"]

    def __str__(self):
        return self.naam


POSTCODE = RegexValidator(
    r"^[1-9][0-9]{3} ?[A-Z]{2}$",
    "Een postcode is vier cijfers en twee hoofdletters, bijvoorbeeld 3511 AB.",
)
TELEFOON = RegexValidator(
    r"^\+?[0-9][0-9 -]{7,18}[0-9]$",
    "Een telefoonnummer bestaat uit cijfers (eventueel met +, spaties of streepjes), "
    "bijvoorbeeld 06-12345678.",
)


class Inwoner(ExternalIdMixin):
    bsn = models.CharField(
        "BSN", max_length=9, null=True, blank=True, unique=True, validators=[validate_bsn]
    )
    voornaam = models.CharField(max_length=100, blank=True)
    achternaam = models.CharField(max_length=200, blank=True)
    geboortedatum = models.DateField()
    wijk = models.CharField(max_length=100, db_index=True)
    huishoudtype = models.CharField(max_length=32, choices=Huishoudtype.choices)
    aantal_kostendelers = models.PositiveSmallIntegerField(
        default=1,
        help_text="Aantal personen in de woning dat als kostendeler telt, de inwoner meegeteld.",
    )
    structurele_arbeidsbeperking = models.BooleanField(default=False)
    inburgeraar = models.BooleanField(default=False)
    statushouder = models.BooleanField(default=False)
    werkdienstverlening_override = models.CharField(
        "werkdienstverlening (afwijkend)",
        max_length=8,
        choices=Werkdienstverlening.choices,
        blank=True,
        default="",
    )
    werkdienstverlening_reden = models.TextField(blank=True, default="")
    # Contact details: the address as the registry (BRP) knows it, phone and e-mail as the
    # resident gave them.
    straat = models.CharField(max_length=200, blank=True, default="")
    huisnummer = models.CharField(
        max_length=16, blank=True, default="", help_text="Met toevoeging, bijvoorbeeld 12a."
    )
    postcode = models.CharField(max_length=7, blank=True, default="", validators=[POSTCODE])
    woonplaats = models.CharField(max_length=100, blank=True, default="")
    telefoon = models.CharField(max_length=20, blank=True, default="", validators=[TELEFOON])
    email = models.EmailField("e-mail", max_length=254, blank=True, default="")

    class Meta:
        verbose_name_plural = "inwoners"
        # The search by name (werkspoor.search) reads this index in the order it shows, not
        # the table: about half the work on SQLite, and it stops at the first page of hits.
        indexes = [models.Index(fields=["achternaam", "voornaam"], name="registry_inw_naam_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(aantal_kostendelers__gte=1),
                name="registry_inwoner_kostendelers_min_1",
                violation_error_message="Het aantal kostendelers is minstens 1 (de inwoner zelf).",
            ),
            models.CheckConstraint(
                condition=Q(werkdienstverlening_override="") | ~Q(werkdienstverlening_reden=""),
                name="registry_inwoner_override_met_reden",
                violation_error_message=(
                    "Een afwijkende werkdienstverlening (Basis/Plus) vraagt om een reden."
                ),
            ),
        ]

    def __str__(self):
        return f"Inwoner {self.external_id}"

    @property
    def naam(self) -> str:
        return f"{self.voornaam} {self.achternaam}".strip() or str(self)

    @property
    def adres(self) -> str:
        """The address on one line, or '' when the registry has none."""
        street = f"{self.straat} {self.huisnummer}".strip()
        place = f"{self.postcode} {self.woonplaats}".strip()
        return ", ".join(part for part in (street, place) if part)

    def clean(self):
        super().clean()
        wijken = current_gemeente().wijken
        if self.wijk and self.wijk not in wijken:
            raise ValidationError(
                {"wijk": f"Onbekende wijk '{self.wijk}'; kies uit: {', '.join(wijken)}."}
            )

    def leeftijd_op(self, day: date) -> int:
        return age_on(self.geboortedatum, day)

    def is_jongere_op(self, day: date) -> bool:
        return self.leeftijd_op(day) < JONGERE_MAX_LEEFTIJD

    def heeft_kinderen_op(self, day: date, kind_geboortedata: Iterable[date] | None = None) -> bool:
        """A child under 18 on `day`; `kind_geboortedata` saves the query when the caller
        already has the children's birth dates."""
        if kind_geboortedata is None:
            kind_geboortedata = (kind.geboortedatum for kind in self.kinderen.all())
        return any(
            born <= day and age_on(born, day) < KIND_MAX_LEEFTIJD for born in kind_geboortedata
        )

    def doelgroepen_op(
        self, day: date, kind_geboortedata: Iterable[date] | None = None
    ) -> list[str]:
        """Target groups for werkdienstverlening-Plus on `day` (derived, never stored)."""
        groups = []
        if self.is_jongere_op(day):
            groups.append("jongere")
        if self.heeft_kinderen_op(day, kind_geboortedata):
            groups.append("gezin_met_kinderen")
        if self.structurele_arbeidsbeperking:
            groups.append("structurele_arbeidsbeperking")
        if self.inburgeraar or self.statushouder:
            groups.append("inburgeraar_statushouder")
        return groups

    def werkdienstverlening_op(self, day: date, doelgroepen: list[str] | None = None) -> str:
        """Plus for anyone in a target group unless overridden; pass `doelgroepen` when they
        are known already."""
        if self.werkdienstverlening_override:
            return self.werkdienstverlening_override
        if doelgroepen is None:
            doelgroepen = self.doelgroepen_op(day)
        return Werkdienstverlening.PLUS if doelgroepen else Werkdienstverlening.BASIS


class Kind(models.Model):
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="kinderen")
    geboortedatum = models.DateField()

    class Meta:
        verbose_name_plural = "kinderen"


class Uitkering(ExternalIdMixin, HalfOpenPeriod):
    inwoner = models.ForeignKey(Inwoner, on_delete=models.PROTECT, related_name="uitkeringen")
    regeling = models.CharField(max_length=8, choices=Regeling.choices, default=Regeling.PW)
    reden_beeindiging = models.CharField(
        max_length=32, choices=RedenBeeindiging.choices, blank=True, default=""
    )
    aanvraag = models.OneToOneField(
        "applications.Aanvraag",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="uitkering",
        help_text="De aanvraag waarop de uitkering is toegekend (leeg = niet geregistreerd).",
    )

    overlap_scope = "inwoner"
    overlap_message = "Deze inwoner heeft in deze periode al een uitkering."

    class Meta:
        verbose_name_plural = "uitkeringen"
        indexes = [models.Index(fields=["inwoner", "startdatum"])]
        constraints = [
            end_after_start_constraint(),
            models.CheckConstraint(
                condition=(Q(einddatum__isnull=True) & Q(reden_beeindiging=""))
                | (Q(einddatum__isnull=False) & ~Q(reden_beeindiging="")),
                name="registry_uitkering_reden_bij_einde",
                violation_error_message=(
                    "Een beëindigde uitkering heeft een reden van beëindiging, "
                    "een lopende uitkering niet."
                ),
            ),
        ]

    def clean(self):
        super().clean()
        if self.aanvraag_id is not None:
            from werkspoor.applications.services import granting_problem

            problem = granting_problem(self.aanvraag, self.inwoner_id, self.regeling)
            if problem:
                raise ValidationError({"aanvraag": problem})


class ArrangementPeriode(HalfOpenPeriod):
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="arrangementen")
    arrangement = models.PositiveSmallIntegerField(choices=Arrangement.choices)
    reden = models.TextField(blank=True, default="", help_text="Waarom dit arrangement.")

    overlap_scope = "inwoner"
    overlap_message = "Deze inwoner heeft in deze periode al een arrangement."

    class Meta:
        verbose_name = "arrangementperiode"
        verbose_name_plural = "arrangementperiodes"
        indexes = [models.Index(fields=["inwoner", "startdatum"])]
        constraints = [
            end_after_start_constraint(),
            models.CheckConstraint(
                condition=Q(arrangement__gte=1) & Q(arrangement__lte=4),
                name="registry_arrangementperiode_1_tot_4",
                violation_error_message="Het arrangement is 1, 2, 3 of 4.",
            ),
        ]


class Toewijzing(HalfOpenPeriod):
    """The werkcoach who is the resident's vaste contactpersoon during a period."""

    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="toewijzingen")
    werkcoach = models.ForeignKey(Werkcoach, on_delete=models.PROTECT, related_name="toewijzingen")

    overlap_scope = "inwoner"
    overlap_message = "Deze inwoner heeft in deze periode al een vaste werkcoach."

    class Meta:
        verbose_name_plural = "toewijzingen"
        indexes = [
            models.Index(fields=["inwoner", "startdatum"]),
            models.Index(fields=["werkcoach", "einddatum"]),
        ]
        constraints = [end_after_start_constraint()]


class Doel(ExternalIdMixin):
    """A goal of the inwonerplan. It is actief from startdatum until statusdatum, on which it
    took its final status (behaald or gestopt); an actief goal has statusdatum = startdatum.
    Goals never reopen, so (startdatum, status, statusdatum) is the whole status history."""

    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="doelen")
    soort = models.CharField(max_length=32, choices=DoelSoort.choices)
    omschrijving = models.TextField(blank=True, default="")
    startdatum = models.DateField()
    status = models.CharField(max_length=16, choices=DoelStatus.choices, default=DoelStatus.ACTIEF)
    statusdatum = models.DateField()

    class Meta:
        verbose_name_plural = "doelen"
        constraints = [
            models.CheckConstraint(
                condition=(Q(status="actief") & Q(statusdatum=models.F("startdatum")))
                | (~Q(status="actief") & Q(statusdatum__gt=models.F("startdatum"))),
                name="registry_doel_statusdatum",
                violation_error_message=(
                    "Een behaald of gestopt doel heeft een statusdatum na de startdatum; "
                    "bij een actief doel is de statusdatum de startdatum."
                ),
            ),
        ]

    def is_actief_op(self, day: date) -> bool:
        ended = self.status != DoelStatus.ACTIEF and self.statusdatum <= day
        return self.startdatum <= day and not ended


class Traject(ExternalIdMixin, HalfOpenPeriod):
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="trajecten")
    instrument = models.CharField(max_length=32, choices=Instrument.choices)
    resultaat = models.CharField(
        max_length=32, choices=TrajectResultaat.choices, blank=True, default=""
    )
    loonwaarde = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text="Loonwaarde in procenten (0-100); verplicht bij loonkostensubsidie.",
    )

    class Meta:
        verbose_name_plural = "trajecten"
        indexes = [models.Index(fields=["inwoner", "startdatum"])]
        constraints = [
            end_after_start_constraint(),
            models.CheckConstraint(
                condition=Q(loonwaarde__isnull=True) | Q(loonwaarde__gte=0, loonwaarde__lte=100),
                name="registry_traject_loonwaarde_0_100",
                violation_error_message="De loonwaarde ligt tussen 0 en 100 procent.",
            ),
            models.CheckConstraint(
                condition=~Q(instrument="loonkostensubsidie") | Q(loonwaarde__isnull=False),
                name="registry_traject_lks_heeft_loonwaarde",
                violation_error_message="Loonkostensubsidie vraagt om een vastgestelde loonwaarde.",
            ),
        ]


class Deeltijdwerk(HalfOpenPeriod):
    """Part-time work with income alongside the benefit."""

    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="deeltijdwerk")
    netto_inkomsten_per_maand = models.DecimalField(
        max_digits=9, decimal_places=2, null=True, blank=True
    )

    class Meta:
        verbose_name_plural = "deeltijdwerk"
        indexes = [models.Index(fields=["inwoner", "startdatum"])]
        constraints = [
            end_after_start_constraint(),
            models.CheckConstraint(
                condition=Q(netto_inkomsten_per_maand__isnull=True)
                | Q(netto_inkomsten_per_maand__gte=0),
                name="registry_deeltijdwerk_inkomsten_niet_negatief",
                violation_error_message="De inkomsten kunnen niet negatief zijn.",
            ),
        ]


class Contactmoment(ExternalIdMixin):
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="contactmomenten")
    werkcoach = models.ForeignKey(
        Werkcoach, null=True, blank=True, on_delete=models.SET_NULL, related_name="contactmomenten"
    )
    datum = models.DateField(db_index=True)
    kanaal = models.CharField(max_length=16, choices=Kanaal.choices)
    notitie = models.TextField(blank=True, default="")

    class Meta:
        verbose_name_plural = "contactmomenten"
        indexes = [models.Index(fields=["inwoner", "datum"])]


class MedischAdvies(models.Model):
    """A request for medical advice about a resident's capacity for work."""

    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="medische_adviezen")
    aanvraagdatum = models.DateField()
    adviesdatum = models.DateField(null=True, blank=True)
    vraag = models.TextField(blank=True, default="")
    advies = models.TextField(blank=True, default="")

    class Meta:
        verbose_name = "medisch advies"
        verbose_name_plural = "medische adviezen"
        constraints = [
            models.CheckConstraint(
                condition=Q(adviesdatum__isnull=True)
                | Q(adviesdatum__gte=models.F("aanvraagdatum")),
                name="registry_medischadvies_advies_na_aanvraag",
                violation_error_message="Het advies kan niet vóór de aanvraag liggen.",
            ),
        ]


class KtoRespons(ExternalIdMixin):
    """One answer to the klanttevredenheidsonderzoek; anonymous by design."""

    datum = models.DateField(db_index=True)
    thema = models.CharField(max_length=64)
    cijfer = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(10)]
    )

    class Meta:
        verbose_name = "KTO-respons"
        verbose_name_plural = "KTO-responsen"
        constraints = [
            models.CheckConstraint(
                condition=Q(cijfer__gte=1) & Q(cijfer__lte=10),
                name="registry_ktorespons_cijfer_1_10",
                violation_error_message="Een KTO-cijfer ligt tussen 1 en 10.",
            ),
        ]
