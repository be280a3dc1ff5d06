# SPDX-License-Identifier: EUPL-1.2
"""The exchange format, declared once: its files and columns, in the order they are imported.

The importer, the exporter and docs/uitwisselformaat.md are all driven by FILES; each
column names the model field it fills, from which its kind, code list and rules follow.
"""

from __future__ import annotations

from types import SimpleNamespace

from werkspoor.applications.models import Aanvraag
from werkspoor.applications.services import granting_problem
from werkspoor.debt.models import Schuldhulptraject, Vroegsignaal
from werkspoor.employers.models import Ontmoeting, Plaatsing, Vacature, Werkgever
from werkspoor.inburgering.models import Inburgering
from werkspoor.payments.models import Betaling
from werkspoor.poverty.models import UPas
from werkspoor.registry.models import (
    ArrangementPeriode,
    Contactmoment,
    Deeltijdwerk,
    Doel,
    Inwoner,
    KtoRespons,
    MedischAdvies,
    Team,
    Toewijzing,
    Traject,
    Uitkering,
    Werkcoach,
)
from werkspoor.registry.models import (
    Kind as KindModel,
)

from .columns import Account, Month, Reference
from .declaration import Column, ExchangeFile


def _opt(name, field_name, meaning, **kwargs) -> Column:
    return Column(name, field_name, meaning, required=False, **kwargs)


def _ref(name, target, meaning, field_name=None, required=True, **kwargs) -> Column:
    field_name = field_name or name.removesuffix("_id")
    return Column(name, field_name, meaning, required, Reference(target, **kwargs))


_INWONER = _ref("inwoner_id", "inwoners.csv", "De inwoner (`inwoner_id` uit inwoners.csv).")
_START = Column("startdatum", "startdatum", "Eerste dag van de periode.")
_EINDE = Column("einddatum", "einddatum", "Beëindigd per: de eerste dag zonder. Leeg = nog lopend.")
_RESULTAAT = Column(
    "resultaat", "resultaat", "Resultaat: ingevuld als er een einddatum is, anders leeg."
)


def _granted_by_its_aanvraag(uitkering, cache: dict) -> list[tuple[str, str]]:
    """An uitkering that names an aanvraag names a toekenning of its own resident and
    regeling (the applications are read once, after aanvragen.csv is in)."""
    if uitkering.aanvraag_id is None:
        return []
    if "aanvragen" not in cache:
        rows = Aanvraag.objects.values_list("pk", "inwoner_id", "regeling", "besluit")
        cache["aanvragen"] = {
            pk: SimpleNamespace(inwoner_id=inwoner_id, regeling=regeling, besluit=besluit)
            for pk, inwoner_id, regeling, besluit in rows.iterator(chunk_size=20_000)
        }
    aanvraag = cache["aanvragen"][uitkering.aanvraag_id]
    problem = granting_problem(aanvraag, uitkering.inwoner_id, uitkering.regeling)
    return [("aanvraag_id", problem)] if problem else []


FILES: tuple[ExchangeFile, ...] = (
    ExchangeFile(
        "teams.csv",
        Team,
        "De teams van werkcoaches. Optioneel: een team dat in "
        "werkcoaches.csv genoemd wordt maar hier ontbreekt, wordt aangemaakt.",
        (Column("team", "naam", "Naam van het team; uniek."),),
        key="team",
    ),
    ExchangeFile(
        "werkcoaches.csv",
        Werkcoach,
        "Werkcoaches en werkmatchers.",
        (
            Column("werkcoach_id", "external_id", "Code van de werkcoach in het bronsysteem."),
            Column("naam", "naam", "Naam van de werkcoach."),
            _ref("team", "teams.csv", "Naam van het team.", creates_missing=True),
            _opt(
                "gebruikersnaam",
                "user",
                "Gebruikersnaam van het account van de werkcoach in "
                "Werkspoor; het account moet al bestaan. Leeg = geen account gekoppeld.",
                reference=Account(),
            ),
        ),
        key="werkcoach_id",
    ),
    ExchangeFile(
        "inwoners.csv",
        Inwoner,
        "Inwoners: de personen in het dossier.",
        (
            Column("inwoner_id", "external_id", "Code van de inwoner in het bronsysteem."),
            Column("geboortedatum", "geboortedatum", "Geboortedatum."),
            Column(
                "wijk",
                "wijk",
                "Een van de wijken uit de gemeenteconfiguratie "
                "(`definitions/gemeenten/`), precies zo geschreven.",
            ),
            Column("huishoudtype", "huishoudtype", "Type huishouden."),
            Column(
                "structurele_arbeidsbeperking",
                "structurele_arbeidsbeperking",
                "Heeft een structurele arbeidsbeperking (doelgroep Plus).",
            ),
            Column("inburgeraar", "inburgeraar", "Is inburgeraar (doelgroep Plus)."),
            Column("statushouder", "statushouder", "Is statushouder (doelgroep Plus)."),
            _opt(
                "bsn",
                "bsn",
                "Burgerservicenummer: 9 cijfers die de elfproef doorstaan; "
                "uniek. Alleen zichtbaar in het dossier voor wie het mag zien.",
            ),
            _opt("voornaam", "voornaam", "Voornaam."),
            _opt("achternaam", "achternaam", "Achternaam."),
            _opt(
                "aantal_kostendelers",
                "aantal_kostendelers",
                "Aantal kostendelers in de woning, de inwoner meegeteld (minstens 1).",
            ),
            _opt(
                "werkdienstverlening_override",
                "werkdienstverlening_override",
                "Afwijkende werkdienstverlening; leeg = afgeleid uit de doelgroepen.",
            ),
            _opt(
                "werkdienstverlening_reden",
                "werkdienstverlening_reden",
                "Reden van de afwijkende werkdienstverlening; verplicht als die is ingevuld.",
            ),
            _opt("straat", "straat", "Straat van het woonadres (zoals in de BRP)."),
            _opt("huisnummer", "huisnummer", "Huisnummer met toevoeging, bijvoorbeeld `12a`."),
            _opt("postcode", "postcode", "Postcode: vier cijfers en twee hoofdletters."),
            _opt("woonplaats", "woonplaats", "Woonplaats."),
            _opt("telefoon", "telefoon", "Telefoonnummer dat de inwoner opgaf."),
            _opt("email", "email", "E-mailadres dat de inwoner opgaf."),
        ),
        key="inwoner_id",
    ),
    ExchangeFile(
        "kinderen.csv",
        KindModel,
        "Kinderen in het huishouden van de inwoner.",
        (_INWONER, Column("geboortedatum", "geboortedatum", "Geboortedatum van het kind.")),
        sort=("inwoner_id", "geboortedatum"),
    ),
    ExchangeFile(
        "aanvragen.csv",
        Aanvraag,
        "Aanvragen om een uitkering of een minimaregeling en het besluit erop. Een aanvraag "
        "zonder besluit (besluit en besluitdatum leeg) is nog in behandeling. Het besluit is "
        "op tijd als besluitdatum min aanvraagdatum min opschorting_dagen niet meer is dan de "
        "beslistermijn van de regeling (`definitions/gemeenten/<gemeente>/beslistermijnen.yaml`).",
        (
            Column("aanvraag_id", "external_id", "Code van de aanvraag in het bronsysteem."),
            _INWONER,
            Column("regeling", "regeling", "De regeling waarvoor de aanvraag is."),
            Column(
                "aanvraagdatum",
                "aanvraagdatum",
                "Dag van ontvangst van de aanvraag; de beslistermijn loopt vanaf hier.",
            ),
            Column(
                "besluitdatum",
                "besluitdatum",
                "Dag van het besluit; niet vóór de aanvraagdatum. Leeg = nog geen besluit.",
            ),
            Column(
                "besluit",
                "besluit",
                "Het besluit; leeg (met een lege besluitdatum) zolang de aanvraag loopt.",
            ),
            _opt(
                "opschorting_dagen",
                "opschorting_dagen",
                "Dagen waarin de beslistermijn was opgeschort omdat op gegevens van de "
                "aanvrager werd gewacht (Awb art. 4:15).",
            ),
            _opt(
                "meldingsdatum",
                "meldingsdatum",
                "Dag waarop de inwoner zich meldde (Participatiewet art. 44: daar gaat de "
                "bijstand in); niet na de aanvraagdatum.",
            ),
            _opt(
                "reden_afwijzing",
                "reden_afwijzing",
                "Reden van een afwijzing; bij een ander besluit leeg.",
            ),
        ),
        key="aanvraag_id",
    ),
    ExchangeFile(
        "uitkeringen.csv",
        Uitkering,
        "Uitkeringen. Eén inwoner heeft nooit twee uitkeringen tegelijk.",
        (
            Column("uitkering_id", "external_id", "Code van de uitkering in het bronsysteem."),
            _INWONER,
            Column("regeling", "regeling", "De regeling: PW = Participatiewet."),
            _START,
            _EINDE,
            Column(
                "reden_beeindiging",
                "reden_beeindiging",
                "Reden van beëindiging: ingevuld als er een einddatum is, anders leeg.",
            ),
            _ref(
                "aanvraag_id",
                "aanvragen.csv",
                "De aanvraag (uit aanvragen.csv) waarop de uitkering is toegekend: een "
                "toekenning van dezelfde inwoner en regeling; elke aanvraag hoort bij ten "
                "hoogste één uitkering. Leeg = niet bekend.",
                required=False,
            ),
        ),
        key="uitkering_id",
        row_checks=(_granted_by_its_aanvraag,),
    ),
    ExchangeFile(
        "arrangementen.csv",
        ArrangementPeriode,
        "Arrangementperiodes van het ondersteuningsmodel; per inwoner niet overlappend.",
        (
            _INWONER,
            Column(
                "arrangement",
                "arrangement",
                "1 Direct naar werk, 2 Werk staat voorop, "
                "3 Werken als opstap, 4 Meedoen naar vermogen.",
            ),
            _START,
            _EINDE,
            _opt("reden", "reden", "Waarom dit arrangement."),
        ),
        sort=("inwoner_id", "startdatum"),
    ),
    ExchangeFile(
        "toewijzingen.csv",
        Toewijzing,
        "De vaste werkcoach van een inwoner per periode; per inwoner niet overlappend.",
        (
            _INWONER,
            _ref("werkcoach_id", "werkcoaches.csv", "De werkcoach (uit werkcoaches.csv)."),
            _START,
            _EINDE,
        ),
        sort=("inwoner_id", "startdatum"),
    ),
    ExchangeFile(
        "trajecten.csv",
        Traject,
        "Trajecten en instrumenten.",
        (
            Column("traject_id", "external_id", "Code van het traject in het bronsysteem."),
            _INWONER,
            Column("instrument", "instrument", "Het instrument."),
            _START,
            _EINDE,
            Column("resultaat", "resultaat", "Resultaat van het traject; leeg = (nog) geen."),
            Column(
                "loonwaarde",
                "loonwaarde",
                "Loonwaarde in procenten (0-100); verplicht bij "
                "loonkostensubsidie, anders mag het leeg.",
            ),
        ),
        key="traject_id",
    ),
    ExchangeFile(
        "deeltijdwerk.csv",
        Deeltijdwerk,
        "Perioden van deeltijdwerk met inkomsten naast de uitkering.",
        (
            _INWONER,
            _START,
            _EINDE,
            _opt(
                "netto_inkomsten_per_maand",
                "netto_inkomsten_per_maand",
                "Netto inkomsten per maand in euro (niet negatief); leeg = onbekend.",
            ),
        ),
        sort=("inwoner_id", "startdatum"),
    ),
    ExchangeFile(
        "doelen.csv",
        Doel,
        "Doelen van het inwonerplan. Een doel is actief van startdatum "
        "tot statusdatum als het behaald of gestopt is; bij een actief doel is de statusdatum "
        "de startdatum.",
        (
            Column("doel_id", "external_id", "Code van het doel in het bronsysteem."),
            _INWONER,
            Column("soort", "soort", "Soort doel."),
            Column("startdatum", "startdatum", "Dag waarop het doel is afgesproken."),
            Column("status", "status", "Huidige status."),
            Column("statusdatum", "statusdatum", "Dag waarop het doel deze status kreeg."),
            _opt("omschrijving", "omschrijving", "Omschrijving van het doel."),
        ),
        key="doel_id",
    ),
    ExchangeFile(
        "contactmomenten.csv",
        Contactmoment,
        "Contactmomenten met de inwoner.",
        (
            Column("contact_id", "external_id", "Code van het contact in het bronsysteem."),
            _INWONER,
            _ref(
                "werkcoach_id",
                "werkcoaches.csv",
                "De werkcoach (uit werkcoaches.csv); leeg = onbekend.",
            ),
            Column("datum", "datum", "Datum van het contact."),
            Column("kanaal", "kanaal", "Kanaal van het contact."),
            _opt("notitie", "notitie", "Notitie bij het contact."),
        ),
        key="contact_id",
    ),
    ExchangeFile(
        "medische_adviezen.csv",
        MedischAdvies,
        "Aanvragen van medisch advies over de belastbaarheid van een inwoner.",
        (
            _INWONER,
            Column("aanvraagdatum", "aanvraagdatum", "Dag van de aanvraag."),
            Column(
                "adviesdatum",
                "adviesdatum",
                "Dag van het advies; niet vóór de aanvraag. Leeg = nog geen advies.",
            ),
            _opt("vraag", "vraag", "De vraag aan de adviseur."),
            _opt("advies", "advies", "Het advies."),
        ),
        sort=("inwoner_id", "aanvraagdatum"),
    ),
    ExchangeFile(
        "werkgevers.csv",
        Werkgever,
        "Werkgevers (werkgeversdienstverlening).",
        (
            Column("werkgever_id", "external_id", "Code van de werkgever in het bronsysteem."),
            Column("naam", "naam", "Naam van de werkgever."),
            Column("sector", "sector", "Sector; leeg = onbekend."),
            _opt("kvk_nummer", "kvk_nummer", "KvK-nummer (8 cijfers); uniek."),
            _opt("wijk", "wijk", "Wijk van de vestiging; leeg = buiten de gemeente of onbekend."),
        ),
        key="werkgever_id",
    ),
    ExchangeFile(
        "vacatures.csv",
        Vacature,
        "Vacatures van werkgevers.",
        (
            Column("vacature_id", "external_id", "Code van de vacature in het bronsysteem."),
            _ref("werkgever_id", "werkgevers.csv", "De werkgever (uit werkgevers.csv)."),
            Column("titel", "titel", "Titel van de vacature."),
            Column("startdatum", "startdatum", "Eerste dag dat de vacature openstaat."),
            Column(
                "einddatum",
                "einddatum",
                "Eerste dag dat de vacature niet meer openstaat. Leeg = staat nog open.",
            ),
            _opt("aantal", "aantal", "Aantal plaatsen (minstens 1)."),
            _opt("uren_per_week", "uren_per_week", "Uren per week; leeg = onbekend."),
            _opt("eisen", "eisen", "Eisen: opleiding, ervaring, rijbewijs, taal."),
            _opt("wijk", "wijk", "Wijk van de werkplek; leeg = buiten de gemeente of wisselend."),
            _opt("werkplek", "werkplek", "Adres of plaats van het werk."),
            _opt(
                "loonkostensubsidie_mogelijk",
                "loonkostensubsidie_mogelijk",
                "De werkgever staat open voor iemand met loonkostensubsidie.",
            ),
        ),
        key="vacature_id",
    ),
    ExchangeFile(
        "ontmoetingen.csv",
        Ontmoeting,
        "Ontmoetingen tussen een werkgever en een werkzoekende.",
        (
            Column("ontmoeting_id", "external_id", "Code van de ontmoeting in het bronsysteem."),
            _ref("werkgever_id", "werkgevers.csv", "De werkgever (uit werkgevers.csv)."),
            _INWONER,
            Column("datum", "datum", "Datum van de ontmoeting."),
        ),
        key="ontmoeting_id",
    ),
    ExchangeFile(
        "plaatsingen.csv",
        Plaatsing,
        "Plaatsingen: een inwoner begint bij een werkgever.",
        (
            Column("plaatsing_id", "external_id", "Code van de plaatsing in het bronsysteem."),
            _ref("werkgever_id", "werkgevers.csv", "De werkgever (uit werkgevers.csv)."),
            _INWONER,
            Column("datum", "datum", "Eerste werkdag."),
            Column("soort", "soort", "Soort plaatsing."),
            _ref(
                "vacature_id",
                "vacatures.csv",
                "De vacature (uit vacatures.csv) waarop de inwoner is geplaatst; leeg = geen.",
                required=False,
            ),
        ),
        key="plaatsing_id",
    ),
    ExchangeFile(
        "kto.csv",
        KtoRespons,
        "Antwoorden op het klanttevredenheidsonderzoek (anoniem).",
        (
            Column("respons_id", "external_id", "Code van het antwoord."),
            Column("datum", "datum", "Datum van het antwoord."),
            Column("thema", "thema", "Thema van de vraag (vrije tekst, bijvoorbeeld `werk`)."),
            Column("cijfer", "cijfer", "Cijfer van 1 tot en met 10."),
        ),
        key="respons_id",
    ),
    # Armoede, Schuldhulpverlening, Inburgering: a resident here need not have a benefit.
    ExchangeFile(
        "schuldhulp.csv",
        Schuldhulptraject,
        "Schulddienstverlening: van de aanmelding tot het einde, met het resultaat.",
        (
            Column("schuldhulp_id", "external_id", "Code van het traject in het bronsysteem."),
            _INWONER,
            Column("aanmelddatum", "aanmelddatum", "Dag van de melding van de hulpvraag."),
            Column(
                "spoed",
                "spoed",
                "Dreigende ontruiming, afsluiting van energie of water of opzegging van de "
                "zorgverzekering: het eerste gesprek binnen drie werkdagen (Wgs art. 4 lid 2).",
            ),
            Column(
                "eerste_gesprek",
                "eerste_gesprek",
                "Dag van het eerste gesprek; niet vóór de aanmelding. Leeg = nog niet.",
            ),
            Column(
                "plan_datum",
                "plan_datum",
                "Dag van het plan van aanpak; niet vóór de aanmelding. Leeg = nog niet.",
            ),
            Column(
                "soort",
                "soort",
                "De huidige soort hulp (kan tijdens het traject wisselen); leeg = nog niet "
                "bepaald.",
            ),
            Column(
                "einddatum",
                "einddatum",
                "Beëindigd per: de eerste dag zonder; na de aanmelddatum. Leeg = lopend.",
            ),
            _RESULTAAT,
        ),
        key="schuldhulp_id",
    ),
    ExchangeFile(
        "vroegsignalen.csv",
        Vroegsignaal,
        "Vroegsignalen van betalingsachterstanden (Wgs art. 3a) en het contact dat volgde.",
        (
            Column("signaal_id", "external_id", "Code van het signaal in het bronsysteem."),
            _INWONER,
            Column("datum", "datum", "Dag waarop het signaal binnenkwam."),
            Column("bron", "bron", "Van wie het signaal komt."),
            Column(
                "contactdatum",
                "contactdatum",
                "Dag van het contact met de inwoner; niet vóór het signaal. Leeg = geen contact.",
            ),
            Column(
                "aanmelding",
                "aanmelding",
                "Het contact leidde tot een aanmelding voor schuldhulp; `ja` vraagt een "
                "contactdatum.",
            ),
        ),
        key="signaal_id",
    ),
    ExchangeFile(
        "inburgering.csv",
        Inburgering,
        "Inburgering onder de Wet inburgering 2021: start, PIP met leerroute, einde.",
        (
            Column("inburgering_id", "external_id", "Code van de inburgering in het bronsysteem."),
            _INWONER,
            Column("startdatum", "startdatum", "Dag waarop de gemeente de inburgering begeleidt."),
            Column("doelgroep", "doelgroep", "Asielstatushouder, gezinsmigrant of overig."),
            Column(
                "pip_datum",
                "pip_datum",
                "Dagtekening van het persoonlijk plan inburgering en participatie; niet vóór de "
                "start. Leeg = nog geen PIP.",
            ),
            Column("route", "route", "De leerroute uit het PIP: ingevuld als er een PIP is."),
            Column(
                "einddatum",
                "einddatum",
                "Beëindigd per: de eerste dag zonder; na de startdatum. Leeg = lopend.",
            ),
            _RESULTAAT,
        ),
        key="inburgering_id",
    ),
    ExchangeFile(
        "upas.csv",
        UPas,
        "U-passen: één per inwoner per pasjaar. Pasjaar 2022 loopt van 2022-07-01 tot 2023-07-01.",
        (
            Column("upas_id", "external_id", "Code van de pas in het bronsysteem."),
            _INWONER,
            Column("pasjaar", "pasjaar", "Het jaar waarin het pasjaar op 1 juli begint."),
            Column("tegoed", "tegoed", "Tegoed op de pas in euro (niet negatief)."),
            Column("besteed", "besteed", "Besteed van het tegoed in euro; hoogstens het tegoed."),
        ),
        key="upas_id",
    ),
    ExchangeFile(
        "betalingen.csv",
        Betaling,
        "Betalingen aan inwoners per regeling en maand (uit het financiële systeem). Een "
        "maand kan meer betalingen hebben (een correctie, een terugvordering); de lasten "
        "zijn de som.",
        (
            Column("betaling_id", "external_id", "Code van de betaling in het bronsysteem."),
            _INWONER,
            Column("regeling", "regeling", "De regeling waaruit is betaald."),
            Column("maand", "maand", "De maand waarover is betaald.", reference=Month()),
            Column(
                "bedrag",
                "bedrag",
                "Het bedrag in euro; negatief bij een terugvordering.",
            ),
        ),
        key="betaling_id",
        sort=("maand", "inwoner_id", "betaling_id"),
    ),
)

FILES_BY_NAME = {exchange_file.name: exchange_file for exchange_file in FILES}
REJECTS_NAME = "afgewezen.csv"
