# SPDX-License-Identifier: EUPL-1.2
"""Registering employers, contact persons, SROI obligations, vacancies, meetings and
placements from the bedrijfsadviseur's screens; and the SROI progress per employer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.today import vandaag
from werkspoor.registry.choices import Regeling
from werkspoor.registry.models import ArrangementPeriode, Inwoner, Uitkering
from werkspoor.registry.services import running_on

from .models import (
    ContactPersoon,
    Ontmoeting,
    Plaatsing,
    PlaatsingSoort,
    SroiVerplichting,
    Vacature,
    Werkgever,
)


def werkzoekenden(day: date):
    """The job seekers of employer services: running arrangement periods 1 and 2 of residents
    with a running benefit (Bbz excluded: self-employed). Matching ranks this pool; a
    bedrijfsadviseur registers meetings and placements for it."""
    benefit = Uitkering.objects.filter(running_on(day), inwoner=OuterRef("inwoner")).exclude(
        regeling=Regeling.BBZ
    )
    return ArrangementPeriode.objects.filter(
        running_on(day), Exists(benefit), arrangement__in=(1, 2)
    )


def known_at(werkgever: Werkgever):
    """Residents this employer has met or placed."""
    return Inwoner.objects.filter(
        Q(ontmoetingen__werkgever=werkgever) | Q(plaatsingen__werkgever=werkgever)
    )


def may_register_for(werkgever: Werkgever, inwoner: Inwoner, day: date) -> bool:
    return (
        werkzoekenden(day).filter(inwoner=inwoner).exists()
        or known_at(werkgever).filter(pk=inwoner.pk).exists()
    )


def _save(instance):
    instance.full_clean()
    instance.save()
    return instance


def _not_in_future(day: date, field: str = "datum") -> None:
    if day > vandaag():
        raise ValidationError({field: "Deze datum ligt in de toekomst; registreer wat gebeurd is."})


def _saved_and_logged(user, instance, actie: AuditActie, object_id: int | None, detail: dict):
    """Validate and save `instance`, then write the audit record about `object_id` (the
    instance itself when None), within the caller's transaction."""
    _save(instance)
    audit.log(user, actie, object_id=object_id or instance.pk, detail=detail)
    return instance


def _with_fields(instance, fields: dict):
    for name, value in fields.items():
        setattr(instance, name, value)
    return instance


@transaction.atomic
def save_werkgever(user, werkgever: Werkgever, **fields) -> Werkgever:
    detail = {"nieuw": werkgever.pk is None, "velden": sorted(fields)}
    _saved_and_logged(
        user, _with_fields(werkgever, fields), AuditActie.WERKGEVER_GEREGISTREERD, None, detail
    )
    return werkgever


@transaction.atomic
def add_contactpersoon(user, werkgever: Werkgever, **fields) -> ContactPersoon:
    persoon = ContactPersoon(werkgever=werkgever, **fields)
    return _saved_and_logged(
        user, persoon, AuditActie.WERKGEVER_GEREGISTREERD, werkgever.pk, {"contactpersoon": True}
    )


@transaction.atomic
def add_sroi(user, werkgever: Werkgever, **fields) -> SroiVerplichting:
    verplichting = SroiVerplichting(werkgever=werkgever, **fields)
    return _saved_and_logged(
        user, verplichting, AuditActie.WERKGEVER_GEREGISTREERD, werkgever.pk, {"sroi": True}
    )


@transaction.atomic
def save_vacature(user, vacature: Vacature, **fields) -> Vacature:
    detail = {"nieuw": vacature.pk is None, "werkgever": vacature.werkgever_id}
    return _saved_and_logged(
        user, _with_fields(vacature, fields), AuditActie.VACATURE_GEREGISTREERD, None, detail
    )


@transaction.atomic
def register_ontmoeting(user, werkgever: Werkgever, inwoner: Inwoner, datum: date) -> Ontmoeting:
    _not_in_future(datum)
    ontmoeting = _save(Ontmoeting(werkgever=werkgever, inwoner=inwoner, datum=datum))
    audit.log(
        user,
        AuditActie.ONTMOETING_GEREGISTREERD,
        inwoner.pk,
        ontmoeting.pk,
        {"werkgever": werkgever.pk},
    )
    return ontmoeting


@transaction.atomic
def register_plaatsing(
    user,
    werkgever: Werkgever,
    inwoner: Inwoner,
    datum: date,
    soort: str,
    vacature: Vacature | None = None,
) -> Plaatsing:
    if vacature is not None and vacature.werkgever_id != werkgever.pk:
        raise ValidationError({"vacature": "Deze vacature is van een andere werkgever."})
    if datum > vandaag():
        raise ValidationError({"datum": "Registreer een plaatsing vanaf de eerste werkdag."})
    plaatsing = _save(
        Plaatsing(werkgever=werkgever, inwoner=inwoner, datum=datum, soort=soort, vacature=vacature)
    )
    audit.log(
        user,
        AuditActie.PLAATSING_GEREGISTREERD,
        inwoner.pk,
        plaatsing.pk,
        {"werkgever": werkgever.pk, "soort": soort},
    )
    return plaatsing


@dataclass(frozen=True)
class SroiVoortgang:
    verplichting: SroiVerplichting
    gerealiseerd: int

    @property
    def behaald(self) -> bool:
        return self.gerealiseerd >= self.verplichting.aantal_plaatsingen

    @property
    def tekst(self) -> str:
        v = self.verplichting
        return f"{self.gerealiseerd} van {v.aantal_plaatsingen} SROI-plaatsingen"


def sroi_voortgang(werkgever: Werkgever) -> list[SroiVoortgang]:
    """Each obligation with the SROI placements at this employer within its period."""
    result = []
    verplichtingen = werkgever.sroi_verplichtingen.order_by("-startdatum")
    sroi = werkgever.plaatsingen.filter(soort=PlaatsingSoort.SROI)
    for verplichting in verplichtingen:
        within = sroi.filter(datum__gte=verplichting.startdatum)
        if verplichting.einddatum:
            within = within.filter(datum__lt=verplichting.einddatum)
        result.append(SroiVoortgang(verplichting, within.count()))
    return result


def _count_per_werkgever(queryset):
    counted = (
        queryset.filter(werkgever=OuterRef("pk"))
        .order_by()
        .values("werkgever")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def werkgevers_overzicht(day: date, zoek: str = "", sector: str = ""):
    """Employers with their open vacancies and this year's meetings and placements (a count
    per kind as a subquery: joining all three would multiply the rows)."""
    year_start = day.replace(month=1, day=1)
    werkgevers = Werkgever.objects.all()
    if zoek:
        werkgevers = werkgevers.filter(Q(naam__icontains=zoek) | Q(kvk_nummer=zoek.strip()))
    if sector:
        werkgevers = werkgevers.filter(sector=sector)
    return werkgevers.annotate(
        open_vacatures=_count_per_werkgever(Vacature.objects.filter(running_on(day))),
        ontmoetingen_jaar=_count_per_werkgever(Ontmoeting.objects.filter(datum__gte=year_start)),
        plaatsingen_jaar=_count_per_werkgever(Plaatsing.objects.filter(datum__gte=year_start)),
        sroi=_count_per_werkgever(SroiVerplichting.objects.filter(running_on(day))),
    ).order_by("naam")
