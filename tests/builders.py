# SPDX-License-Identifier: EUPL-1.2
"""The one fixture builder: small registry records with sensible defaults, saved validated."""

from __future__ import annotations

import itertools
from datetime import date

from werkspoor.employers.models import Ontmoeting, Plaatsing, Vacature, Werkgever
from werkspoor.registry.models import (
    ArrangementPeriode,
    Contactmoment,
    Deeltijdwerk,
    Doel,
    Inwoner,
    Kind,
    KtoRespons,
    Team,
    Toewijzing,
    Traject,
    Uitkering,
    Werkcoach,
)

_counter = itertools.count(1)


def _code(prefix: str) -> str:
    return f"{prefix}{next(_counter):06d}"


def _save(instance):
    instance.full_clean()
    instance.save()
    return instance


class RegistryBuilder:
    def team(self, naam="Team Noord"):
        return Team.objects.get_or_create(naam=naam)[0]

    def werkcoach(self, naam="Coach", team=None, **fields):
        return _save(
            Werkcoach(external_id=_code("W"), naam=naam, team=team or self.team(), **fields)
        )

    def inwoner(self, geboortedatum=date(1980, 1, 1), wijk="Overvecht", **fields):
        fields.setdefault("huishoudtype", "alleenstaande")
        return _save(
            Inwoner(external_id=_code("I"), geboortedatum=geboortedatum, wijk=wijk, **fields)
        )

    def kind(self, inwoner, geboortedatum):
        return _save(Kind(inwoner=inwoner, geboortedatum=geboortedatum))

    def uitkering(self, inwoner, startdatum, einddatum=None, reden="", regeling="PW"):
        if einddatum and not reden:
            reden = "overig"
        return _save(
            Uitkering(
                external_id=_code("U"),
                inwoner=inwoner,
                regeling=regeling,
                startdatum=startdatum,
                einddatum=einddatum,
                reden_beeindiging=reden,
            )
        )

    def arrangement(self, inwoner, arrangement, startdatum, einddatum=None):
        return _save(
            ArrangementPeriode(
                inwoner=inwoner, arrangement=arrangement, startdatum=startdatum, einddatum=einddatum
            )
        )

    def toewijzing(self, inwoner, werkcoach, startdatum, einddatum=None):
        return _save(
            Toewijzing(
                inwoner=inwoner, werkcoach=werkcoach, startdatum=startdatum, einddatum=einddatum
            )
        )

    def traject(self, inwoner, instrument, startdatum, einddatum=None, **fields):
        return _save(
            Traject(
                external_id=_code("T"),
                inwoner=inwoner,
                instrument=instrument,
                startdatum=startdatum,
                einddatum=einddatum,
                **fields,
            )
        )

    def deeltijdwerk(self, inwoner, startdatum, einddatum=None, **fields):
        return _save(
            Deeltijdwerk(inwoner=inwoner, startdatum=startdatum, einddatum=einddatum, **fields)
        )

    def doel(self, inwoner, soort, startdatum, status="actief", statusdatum=None):
        return _save(
            Doel(
                external_id=_code("D"),
                inwoner=inwoner,
                soort=soort,
                startdatum=startdatum,
                status=status,
                statusdatum=statusdatum or startdatum,
            )
        )

    def contact(self, inwoner, datum, kanaal="persoonlijk", werkcoach=None, notitie=""):
        return _save(
            Contactmoment(
                external_id=_code("C"),
                inwoner=inwoner,
                werkcoach=werkcoach,
                datum=datum,
                kanaal=kanaal,
                notitie=notitie,
            )
        )

    def werkgever(self, naam="Fietsenwinkel Ahmet", sector="detailhandel"):
        return _save(Werkgever(external_id=_code("G"), naam=naam, sector=sector))

    def ontmoeting(self, werkgever, inwoner, datum):
        return _save(
            Ontmoeting(external_id=_code("O"), werkgever=werkgever, inwoner=inwoner, datum=datum)
        )

    def plaatsing(self, werkgever, inwoner, datum, soort="regulier"):
        return _save(
            Plaatsing(
                external_id=_code("P"),
                werkgever=werkgever,
                inwoner=inwoner,
                datum=datum,
                soort=soort,
            )
        )

    def vacature(
        self, werkgever, titel="Magazijnmedewerker", startdatum=date(2024, 1, 1), **fields
    ):

        return _save(
            Vacature(
                external_id=_code("V"),
                werkgever=werkgever,
                titel=titel,
                startdatum=startdatum,
                **fields,
            )
        )

    def afspraak(self, inwoner, datum, tijd="10:00", soort="kantoor", met="werkcoach", **fields):
        from datetime import time

        from werkspoor.planning.models import Afspraak

        hour, minute = (int(part) for part in tijd.split(":"))
        return _save(
            Afspraak(
                inwoner=inwoner,
                datum=datum,
                tijd=time(hour, minute),
                soort=soort,
                met=met,
                **fields,
            )
        )

    def taak(self, inwoner, omschrijving, vervaldatum, aangemaakt_op=date(2024, 5, 1), **fields):
        from werkspoor.planning.models import Taak

        return _save(
            Taak(
                inwoner=inwoner,
                omschrijving=omschrijving,
                vervaldatum=vervaldatum,
                aangemaakt_op=aangemaakt_op,
                **fields,
            )
        )

    def werkwens(
        self, inwoner, uren_min=20, uren_max=32, sectoren=(), bijgewerkt_op=date(2024, 5, 1)
    ):
        from werkspoor.matching.models import Werkwens

        return _save(
            Werkwens(
                inwoner=inwoner,
                uren_min=uren_min,
                uren_max=uren_max,
                sectoren=list(sectoren),
                bijgewerkt_op=bijgewerkt_op,
            )
        )

    def kto(self, datum, thema, cijfer):
        return _save(KtoRespons(external_id=_code("K"), datum=datum, thema=thema, cijfer=cijfer))

    def uitkeringsreeks(self, inwoner, perioden, regeling="PW", reden="overig"):
        """Consecutive benefits of one resident from (startdatum, einddatum or None) pairs,
        saved in one query (the caller guarantees they do not overlap)."""
        return Uitkering.objects.bulk_create(
            Uitkering(
                external_id=_code("U"),
                inwoner=inwoner,
                regeling=regeling,
                startdatum=start,
                einddatum=end,
                reden_beeindiging=reden if end else "",
            )
            for start, end in perioden
        )

    def vrijwilligersvergoeding(self, inwoner, maand, bedrag, kosten_aangetoond="0"):
        from decimal import Decimal

        from werkspoor.rules.models import VrijwilligersvergoedingRegistratie

        return _save(
            VrijwilligersvergoedingRegistratie(
                inwoner=inwoner,
                maand=maand.replace(day=1),
                bedrag=Decimal(bedrag),
                kosten_aangetoond=Decimal(kosten_aangetoond),
            )
        )

    # --- applications and payments --------------------------------------------------------
    def aanvraag(self, inwoner, regeling="PW", aanvraagdatum=date(2024, 1, 8), **fields):
        from werkspoor.applications.models import Aanvraag

        return _save(
            Aanvraag(
                external_id=_code("A"),
                inwoner=inwoner,
                regeling=regeling,
                aanvraagdatum=aanvraagdatum,
                **fields,
            )
        )

    def betaling(self, inwoner, maand, bedrag, regeling="PW"):
        from decimal import Decimal

        from werkspoor.payments.models import Betaling

        return _save(
            Betaling(
                external_id=_code("B"),
                inwoner=inwoner,
                regeling=regeling,
                maand=maand.replace(day=1),
                bedrag=Decimal(str(bedrag)),
            )
        )

    # --- themes: schuldhulp, vroegsignalering, inburgering, U-pas -------------------------
    def schuldhulp(self, inwoner, aanmelddatum, **fields):
        from werkspoor.debt.models import Schuldhulptraject

        return _save(
            Schuldhulptraject(
                external_id=_code("S"), inwoner=inwoner, aanmelddatum=aanmelddatum, **fields
            )
        )

    def vroegsignaal(self, inwoner, datum, bron="woningcorporatie", **fields):
        from werkspoor.debt.models import Vroegsignaal

        return _save(
            Vroegsignaal(external_id=_code("V"), inwoner=inwoner, datum=datum, bron=bron, **fields)
        )

    def inburgering(self, inwoner, startdatum, doelgroep="asiel", **fields):
        from werkspoor.inburgering.models import Inburgering

        return _save(
            Inburgering(
                external_id=_code("B"),
                inwoner=inwoner,
                startdatum=startdatum,
                doelgroep=doelgroep,
                **fields,
            )
        )

    def upas(self, inwoner, pasjaar, tegoed="100.00", besteed="0.00"):
        from decimal import Decimal

        from werkspoor.poverty.models import UPas

        return _save(
            UPas(
                external_id=_code("P"),
                inwoner=inwoner,
                pasjaar=pasjaar,
                tegoed=Decimal(tegoed),
                besteed=Decimal(besteed),
            )
        )

    # --- accounts and roles (web) ---------------------------------------------------------
    def user(
        self, role=None, username=None, werkcoach=None, teams=(), password="Geheim-wachtwoord-42"
    ):
        """A user in the role's group; `werkcoach` links the account, `teams` makes a teamleider."""
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        from werkspoor.web.models import Teamleiding

        user = get_user_model().objects.create_user(
            username=username or _code("user"), password=password
        )
        if role:
            user.groups.add(Group.objects.get(name=role))
        if werkcoach is not None:
            werkcoach.user = user
            werkcoach.save(update_fields=["user"])
        for team in teams:
            Teamleiding.objects.create(user=user, team=team)
        return user

    def caseload_inwoner(self, werkcoach, startdatum=date(2020, 1, 1), arrangement=3, **fields):
        """A resident with a running benefit and arrangement, assigned to `werkcoach`."""
        inwoner = self.inwoner(**fields)
        self.uitkering(inwoner, startdatum)
        self.arrangement(inwoner, arrangement, startdatum)
        self.toewijzing(inwoner, werkcoach, startdatum)
        return inwoner
