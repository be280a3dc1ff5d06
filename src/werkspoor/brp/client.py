# SPDX-License-Identifier: EUPL-1.2
"""A client for BRP Personen Bevragen v2 (Haal Centraal): one person by BSN, with the fields
Werkspoor keeps (name, date of birth, address, partner, children) and nothing more.

Errors reach the caller as BrpFout with a Dutch sentence; the BRP's problem details are
read for it. No configuration means BrpUit: the feature is off and says so."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import requests
from django.conf import settings

from werkspoor.core import trace

FIELDS = [
    "burgerservicenummer",
    "naam.voornamen",
    "naam.voorvoegsel",
    "naam.geslachtsnaam",
    "geboorte.datum",
    "verblijfplaats",
    "partners.burgerservicenummer",
    "kinderen.burgerservicenummer",
    "kinderen.geboorte.datum",
]
BRON = "BRP Personen Bevragen"


class BrpUit(Exception):
    """The link is not configured."""

    def __init__(self):
        super().__init__("De BRP-koppeling staat uit: stel WERKSPOOR_BRP_URL in (zie docs/brp.md).")


class BrpFout(Exception):
    """The BRP could not be asked or answered with an error; str() is a Dutch sentence."""


@dataclass(frozen=True)
class Datum:
    """A BRP date: complete (`datum`) or partly unknown (only `tekst`)."""

    tekst: str
    datum: date | None = None


@dataclass(frozen=True)
class Adres:
    straat: str
    huisnummer: str  # with letter and addition, e.g. "12A-2"
    postcode: str
    woonplaats: str

    def __str__(self) -> str:
        return f"{self.straat} {self.huisnummer}, {self.postcode} {self.woonplaats}".strip(", ")


@dataclass(frozen=True)
class Persoon:
    bsn: str
    voornamen: str = ""
    voorvoegsel: str = ""
    geslachtsnaam: str = ""
    geboortedatum: Datum | None = None
    adres: Adres | None = None
    partner_bsns: tuple[str, ...] = ()
    kinderen: tuple[Datum | None, ...] = field(default_factory=tuple)

    @property
    def achternaam(self) -> str:
        return f"{self.voorvoegsel} {self.geslachtsnaam}".strip()


def configured() -> bool:
    return bool(settings.WERKSPOOR_BRP_URL)


def _datum(value: dict | None) -> Datum | None:
    if not value:
        return None
    if value.get("type") == "Datum" and value.get("datum"):
        return Datum(value.get("langFormaat", value["datum"]), date.fromisoformat(value["datum"]))
    return Datum(value.get("langFormaat", "onbekend"))


def _adres(verblijfplaats: dict | None) -> Adres | None:
    if not verblijfplaats or verblijfplaats.get("type") != "Adres":
        return None
    adres = verblijfplaats.get("verblijfadres", {})
    nummer = f"{adres.get('huisnummer', '')}{adres.get('huisletter', '')}"
    if adres.get("huisnummertoevoeging"):
        nummer += f"-{adres['huisnummertoevoeging']}"
    postcode = adres.get("postcode", "").replace(" ", "")
    if len(postcode) == 6:
        postcode = f"{postcode[:4]} {postcode[4:]}"
    return Adres(
        adres.get("officieleStraatnaam") or adres.get("korteStraatnaam", ""),
        nummer,
        postcode.upper(),
        adres.get("woonplaats", ""),
    )


def parse_persoon(data: dict) -> Persoon:
    naam = data.get("naam", {})
    return Persoon(
        bsn=data.get("burgerservicenummer", ""),
        voornamen=naam.get("voornamen", ""),
        voorvoegsel=naam.get("voorvoegsel", ""),
        geslachtsnaam=naam.get("geslachtsnaam", ""),
        geboortedatum=_datum(data.get("geboorte", {}).get("datum")),
        adres=_adres(data.get("verblijfplaats")),
        partner_bsns=tuple(
            p["burgerservicenummer"] for p in data.get("partners", []) if "burgerservicenummer" in p
        ),
        kinderen=tuple(
            _datum(k.get("geboorte", {}).get("datum")) for k in data.get("kinderen", [])
        ),
    )


def _session_options() -> dict:
    options = {"timeout": settings.WERKSPOOR_BRP_TIMEOUT}
    if settings.WERKSPOOR_BRP_CERT:
        options["cert"] = (settings.WERKSPOOR_BRP_CERT, settings.WERKSPOOR_BRP_KEY or None)
    if settings.WERKSPOOR_BRP_CA:
        options["verify"] = settings.WERKSPOOR_BRP_CA
    return options


def request_headers() -> dict:
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "Accept": "application/json",
    }
    if settings.WERKSPOOR_BRP_API_KEY:
        headers["X-API-KEY"] = settings.WERKSPOOR_BRP_API_KEY
    # W3C Trace Context: the BRP's log lines of this call join our trace, under our span.
    context = trace.current()
    if context is not None:
        headers["traceparent"] = context.traceparent
        if context.tracestate:
            headers["tracestate"] = context.tracestate
    return headers


def _problem_text(response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    parts = [body.get("title", ""), body.get("detail", "")]
    parts += [f"{p.get('name')}: {p.get('reason')}" for p in body.get("invalidParams", [])]
    return " ".join(p for p in parts if p)


def raadpleeg(bsn: str) -> Persoon | None:
    """The person with this BSN, or None when the BRP does not know it."""
    if not configured():
        raise BrpUit()
    body = {
        "type": "RaadpleegMetBurgerservicenummer",
        "burgerservicenummer": [bsn],
        "fields": FIELDS,
    }
    try:
        response = requests.post(
            f"{settings.WERKSPOOR_BRP_URL}/personen",
            json=body,
            headers=request_headers(),
            **_session_options(),
        )
    except requests.RequestException as error:
        raise BrpFout(f"De BRP is niet bereikbaar ({error.__class__.__name__}).") from error
    if response.status_code in (401, 403):
        raise BrpFout(
            f"De BRP weigert de toegang ({response.status_code}); controleer de sleutel of het "
            "certificaat van de koppeling."
        )
    if response.status_code != 200:
        detail = _problem_text(response)
        raise BrpFout(f"De BRP antwoordde met {response.status_code}. {detail}".strip())
    try:
        personen = response.json().get("personen", [])
    except ValueError as error:
        raise BrpFout("Het antwoord van de BRP is geen geldige JSON.") from error
    return parse_persoon(personen[0]) if personen else None
