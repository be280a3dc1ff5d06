# SPDX-License-Identifier: EUPL-1.2
"""The indicator catalogue: definitions as data (YAML + SQL in definitions/indicatoren/),
loaded and checked once, with a clear Dutch message naming the file and field at fault."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from django.conf import settings

THEMAS = ("Werk", "Inkomen", "Armoede", "Schuldhulpverlening", "Inburgering")
SOORTEN = ("effect", "prestatie")
BEREKENINGEN = ("aantal", "aandeel", "gemiddelde", "mediaan", "som", "afgeleid")
# The code list of the breakdown `regeling`: that of benefits, or of applications and payments.
REGELINGEN = ("uitkeringen", "aanvragen")
UITSPLITSINGEN = ("wijk", "arrangement", "doelgroep", "leeftijdsklasse", "huishoudtype", "regeling")
VERPLICHT = (
    "id",
    "naam",
    "definitie",
    "eenheid",
    "periode",
    "peildatum",
    "thema",
    "soort",
    "berekening",
    "uitsplitsingen",
    "bron",
)


class CatalogueError(ValueError):
    """A definition file that cannot be used; the message names file and field."""


@dataclass(frozen=True)
class Indicator:
    id: str
    naam: str
    definitie: str
    eenheid: str
    periode: str
    peildatum: str
    thema: str
    soort: str
    berekening: str
    uitsplitsingen: tuple[str, ...]
    bron: str
    sql: str
    dimensies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # True: each dimension is a breakdown of its own (route, doelgroep) instead of all of them
    # crossed in one cell (van x naar).
    dimensies_apart: bool = False
    totaal: bool = True
    som_is: str | None = None
    uitsluiten_gelijk: tuple[str, ...] = ()
    extra_maten: dict[str, str] = field(default_factory=dict)
    afgeleid_van: tuple[str, ...] = ()
    prestatie_indicatoren: tuple[str, ...] = ()
    parameters: dict[str, str] = field(default_factory=dict)
    streefwaarden: tuple[dict, ...] = ()
    regelingen: str = "uitkeringen"
    # Provisional ("voorlopig") while fewer days than this lie between the period's last day
    # and the registry's stand: the definition looks that far ahead of the period.
    voorlopig_dagen: int | None = None

    @property
    def heeft_regeling(self) -> bool:
        return "regeling" in self.uitsplitsingen


@dataclass(frozen=True)
class Catalogue:
    indicators: tuple[Indicator, ...]
    uitsplitsingen: dict
    koppeling: str

    def __iter__(self):
        return iter(self.indicators)

    def get(self, indicator_id: str) -> Indicator:
        for indicator in self.indicators:
            if indicator.id == indicator_id:
                return indicator
        raise KeyError(indicator_id)

    def effect_van(self, indicator_id: str) -> Indicator | None:
        for indicator in self.indicators:
            if indicator_id in indicator.prestatie_indicatoren:
                return indicator
        return None


def definitions_dir() -> Path:
    return Path(settings.DEFINITIONS_DIR) / "indicatoren"


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise CatalogueError(f"{path.name}: geen geldige YAML ({error}).") from error
    if not isinstance(data, dict):
        raise CatalogueError(
            f"{path.name}: verwacht sleutels en waarden, niet {type(data).__name__}."
        )
    return data


def _check_choice(path: Path, name: str, value, allowed) -> None:
    if value not in allowed:
        raise CatalogueError(
            f"{path.name}, veld '{name}': '{value}' is niet toegestaan; "
            f"kies uit {', '.join(allowed)}."
        )


def _indicator_from(path: Path) -> Indicator:
    data = _read_yaml(path)
    for name in VERPLICHT:
        if name not in data:
            raise CatalogueError(f"{path.name}: het veld '{name}' ontbreekt.")
    if data["id"] != path.stem:
        raise CatalogueError(
            f"{path.name}, veld 'id': '{data['id']}' moet gelijk zijn aan de bestandsnaam."
        )
    _check_choice(path, "thema", data["thema"], THEMAS)
    _check_choice(path, "soort", data["soort"], SOORTEN)
    _check_choice(path, "berekening", data["berekening"], BEREKENINGEN)
    for name in data["uitsplitsingen"]:
        _check_choice(path, "uitsplitsingen", name, UITSPLITSINGEN)
    if data.get("extra_maten") and data["berekening"] not in ("aantal", "gemiddelde"):
        raise CatalogueError(
            f"{path.name}, veld 'extra_maten': alleen bij berekening aantal of gemiddelde."
        )
    _check_choice(path, "regelingen", data.get("regelingen", "uitkeringen"), REGELINGEN)
    sql_path = path.with_suffix(".sql")
    if not sql_path.exists():
        raise CatalogueError(f"{path.name}: de berekening {sql_path.name} ontbreekt ernaast.")
    if data["soort"] == "effect" and len(data.get("prestatie_indicatoren") or []) != 3:
        raise CatalogueError(
            f"{path.name}, veld 'prestatie_indicatoren': een effectindicator heeft er precies drie."
        )
    return Indicator(
        id=data["id"],
        naam=data["naam"],
        definitie=" ".join(str(data["definitie"]).split()),
        eenheid=str(data["eenheid"]),
        periode=str(data["periode"]),
        peildatum=str(data["peildatum"]),
        thema=data["thema"],
        soort=data["soort"],
        berekening=data["berekening"],
        uitsplitsingen=tuple(data["uitsplitsingen"]),
        bron=str(data["bron"]),
        sql=sql_path.read_text(encoding="utf-8"),
        dimensies={
            k: tuple(str(v) for v in (vals or []))
            for k, vals in (data.get("dimensies") or {}).items()
        },
        dimensies_apart=bool(data.get("dimensies_apart", False)),
        totaal=bool(data.get("totaal", True)),
        som_is=data.get("som_is"),
        uitsluiten_gelijk=tuple(data.get("uitsluiten_gelijk") or ()),
        extra_maten=dict(data.get("extra_maten") or {}),
        afgeleid_van=tuple(data.get("afgeleid_van") or ()),
        prestatie_indicatoren=tuple(data.get("prestatie_indicatoren") or ()),
        parameters={k: str(v) for k, v in (data.get("parameters") or {}).items()},
        streefwaarden=tuple(data.get("streefwaarden") or ()),
        regelingen=data.get("regelingen", "uitkeringen"),
        voorlopig_dagen=int(data["voorlopig_dagen"]) if data.get("voorlopig_dagen") else None,
    )


def _check_references(catalogue: Catalogue) -> None:
    known = {indicator.id for indicator in catalogue}
    for indicator in catalogue:
        for name, targets in (
            ("prestatie_indicatoren", indicator.prestatie_indicatoren),
            ("afgeleid_van", indicator.afgeleid_van),
            ("som_is", (indicator.som_is,) if indicator.som_is else ()),
        ):
            for target in targets:
                if target not in known:
                    raise CatalogueError(
                        f"{indicator.id}.yaml, veld '{name}': onbekende indicator '{target}'."
                    )


def load_catalogue(directory: Path | None = None) -> Catalogue:
    directory = directory or definitions_dir()
    index = _read_yaml(directory / "_catalogus.yaml")
    order = list(index.get("volgorde") or [])
    files = {path.stem: path for path in directory.glob("*.yaml") if not path.stem.startswith("_")}
    missing = [name for name in order if name not in files]
    if missing:
        raise CatalogueError(
            f"_catalogus.yaml, veld 'volgorde': geen definitie voor {', '.join(missing)}."
        )
    unlisted = sorted(set(files) - set(order))
    if unlisted:
        raise CatalogueError(f"_catalogus.yaml, veld 'volgorde': {', '.join(unlisted)} ontbreekt.")
    catalogue = Catalogue(
        indicators=tuple(_indicator_from(files[name]) for name in order),
        uitsplitsingen=_read_yaml(directory / "_uitsplitsingen.yaml"),
        koppeling=str(index.get("koppeling", "")).strip(),
    )
    _check_references(catalogue)
    return catalogue


@cache
def catalogue() -> Catalogue:
    """The configured catalogue, read once per process."""
    return load_catalogue()
