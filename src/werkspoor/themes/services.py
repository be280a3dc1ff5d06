# SPDX-License-Identifier: EUPL-1.2
"""The municipality's house style as design tokens: `thema.yaml` in the gemeente's folder
becomes one stylesheet of NL Design System tokens (colours, fonts, overrides)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from django.conf import settings

from werkspoor.core.gemeente import gemeente_dir

STEPS = (50, 100, 200, 300, 400, 500, 600, 700)
WHITE = "wit"
# NL Design System basis colour slots of one colour group and the palette step each takes:
# light backgrounds, middle borders, dark text; the inverse set for text on a dark fill.
SLOTS: dict[str, int | str] = {
    "bg-document": WHITE,
    "bg-subtle": 50,
    "bg-default": 100,
    "bg-hover": 200,
    "bg-active": 200,
    "border-subtle": 300,
    "border-default": 400,
    "border-hover": 500,
    "border-active": 500,
    "color-subtle": 400,
    "color-default": 500,
    "color-hover": 600,
    "color-active": 600,
    "color-document": 700,
    "inverse-bg-document": 600,
    "inverse-bg-subtle": 700,
    "inverse-bg-default": 500,
    "inverse-bg-hover": 600,
    "inverse-bg-active": 600,
    "inverse-border-subtle": 400,
    "inverse-border-default": 300,
    "inverse-border-hover": 200,
    "inverse-border-active": 200,
    "inverse-color-subtle": 300,
    "inverse-color-default": WHITE,
    "inverse-color-hover": WHITE,
    "inverse-color-active": WHITE,
    "inverse-color-document": WHITE,
}
# The colour groups the vendored component tokens read (scripts/vendor_nlds.py drops the
# example theme's values for exactly these).
GROUPS = (
    "default",
    "accent-1",
    "action-1",
    "action-2",
    "info",
    "positive",
    "negative",
    "warning",
    "highlight",
)
FILE_TYPES = {
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}
GENERIC_FAMILIES = ("sans-serif", "serif", "monospace", "system-ui")
_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_TOKEN_NAME = re.compile(r"^--[a-z0-9-]+$")
_UNSAFE_VALUE = re.compile(r"[;{}<>\\]|/\*")
_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_UNICODE_RANGE = re.compile(
    r"^(U\+[0-9A-Fa-f?]+(-[0-9A-Fa-f]+)?)(,\s*U\+[0-9A-Fa-f?]+(-[0-9A-Fa-f]+)?)*$"
)


class ThemaConfigError(Exception):
    pass


@dataclass(frozen=True)
class FontFile:
    url_key: tuple[str, str]  # ("static", path) or ("bestand", name in the thema folder)
    stijl: str
    gewicht: str
    bereik: str | None


@dataclass(frozen=True)
class Lettertype:
    familie: str
    terugval: tuple[str, ...]
    bestanden: tuple[FontFile, ...]

    @property
    def stack(self) -> str:
        return ", ".join(_font_name(f) for f in (self.familie, *self.terugval))


@dataclass(frozen=True, eq=False)  # one object per thema.yaml: hashed by identity
class Thema:
    gemeente: str
    naam: str
    wit: str
    palet: dict[str, dict[int, str]]
    kleurgroepen: dict[str, str]
    tekst: Lettertype
    koppen: Lettertype
    tokens: dict[str, str]
    eigen_bestand: str | None
    eigen_klasse: str | None

    def kleur(self, group: str, slot: str) -> str:
        step = SLOTS[slot]
        return self.wit if step == WHITE else self.palet[self.kleurgroepen[group]][step]

    def colour_tokens(self) -> dict[str, str]:
        return {
            f"--basis-color-{group}-{slot}": self.kleur(group, slot)
            for group in GROUPS
            for slot in SLOTS
        }


def thema_path(key: str | None = None) -> Path:
    return gemeente_dir(key) / "thema.yaml"


def thema_folder(key: str | None = None) -> Path:
    """Files the theme names (fonts, a municipality's own token CSS) besides thema.yaml."""
    return gemeente_dir(key) / "thema"


def current_thema() -> Thema:
    return load_thema(settings.WERKSPOOR_GEMEENTE.lower())


def load_thema(key: str) -> Thema:
    return _load(thema_path(key), key)


@cache
def _load(path: Path, key: str) -> Thema:
    if not path.exists():
        raise ThemaConfigError(f"Geen thema voor gemeente '{key}': {path} ontbreekt.")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    where = f"{path}"
    try:
        return _parse(key, data, where)
    except KeyError as missing:
        raise ThemaConfigError(f"{where}: het veld {missing} ontbreekt.") from None


def _parse(key: str, data: dict, where: str) -> Thema:
    wit = _colour(data["wit"], f"{where}: wit")
    palet = {name: _scale(scale, f"{where}: palet.{name}") for name, scale in data["palet"].items()}
    groups = data["kleurgroepen"]
    for group in GROUPS:
        if group not in groups:
            raise ThemaConfigError(f"{where}: kleurgroepen.{group} ontbreekt.")
        if groups[group] not in palet:
            raise ThemaConfigError(
                f"{where}: kleurgroepen.{group} noemt '{groups[group]}', dat niet in palet staat."
            )
    fonts = data["lettertypen"]
    eigen = data.get("eigen_tokens") or {}
    eigen_bestand = eigen.get("bestand")
    if eigen_bestand is not None:
        _file_name(eigen_bestand, f"{where}: eigen_tokens.bestand")
        if not (thema_folder(key) / eigen_bestand).is_file():
            raise ThemaConfigError(
                f"{where}: eigen_tokens.bestand '{eigen_bestand}' "
                f"staat niet in {thema_folder(key)}."
            )
    klasse = eigen.get("klasse")
    if klasse is not None and not re.fullmatch(r"[a-z][a-z0-9-]*", klasse):
        raise ThemaConfigError(f"{where}: eigen_tokens.klasse '{klasse}' is geen CSS-klassenaam.")
    return Thema(
        gemeente=key,
        naam=str(data["naam"]),
        wit=wit,
        palet=palet,
        kleurgroepen={g: groups[g] for g in GROUPS},
        tekst=_lettertype(key, fonts["tekst"], f"{where}: lettertypen.tekst"),
        koppen=_lettertype(key, fonts["koppen"], f"{where}: lettertypen.koppen"),
        tokens=_tokens(data.get("tokens") or {}, f"{where}: tokens"),
        eigen_bestand=eigen_bestand,
        eigen_klasse=klasse,
    )


def _colour(value, where: str) -> str:
    if not isinstance(value, str) or not _COLOUR.match(value):
        raise ThemaConfigError(f"{where}: '{value}' is geen kleur; schrijf bijvoorbeeld #c40000.")
    return value.lower()


def _scale(scale: dict, where: str) -> dict[int, str]:
    if not isinstance(scale, dict) or sorted(scale) != list(STEPS):
        raise ThemaConfigError(
            f"{where}: geef precies de stappen {', '.join(map(str, STEPS))} (licht naar donker)."
        )
    return {step: _colour(scale[step], f"{where}.{step}") for step in STEPS}


def _font_name(name: str) -> str:
    if any(c in name for c in "\"';{}<>\\"):
        raise ThemaConfigError(f"Lettertypenaam '{name}' bevat een teken dat niet mag.")
    return name if name in GENERIC_FAMILIES else f'"{name}"'


def _file_name(name: str, where: str) -> str:
    if not isinstance(name, str) or not _FILE_NAME.match(name) or ".." in name:
        raise ThemaConfigError(f"{where}: '{name}' is geen bestandsnaam.")
    if Path(name).suffix not in FILE_TYPES:
        raise ThemaConfigError(
            f"{where}: '{name}': alleen {', '.join(sorted(FILE_TYPES))}-bestanden."
        )
    return name


def _lettertype(key: str, data: dict, where: str) -> Lettertype:
    files = []
    for i, item in enumerate(data.get("bestanden") or []):
        here = f"{where}.bestanden[{i}]"
        if "static" in item:
            url_key = ("static", str(item["static"]))
        elif "bestand" in item:
            name = _file_name(item["bestand"], f"{here}.bestand")
            if not (thema_folder(key) / name).is_file():
                raise ThemaConfigError(f"{here}: '{name}' staat niet in {thema_folder(key)}.")
            url_key = ("bestand", name)
        else:
            raise ThemaConfigError(f"{here}: geef 'static' (meegeleverd) of 'bestand'.")
        stijl = item.get("stijl", "normal")
        if stijl not in ("normal", "italic"):
            raise ThemaConfigError(f"{here}.stijl: 'normal' of 'italic', niet '{stijl}'.")
        gewicht = str(item.get("gewicht", "400"))
        if not re.fullmatch(r"\d{3}( \d{3})?", gewicht):
            raise ThemaConfigError(f"{here}.gewicht: bijvoorbeeld 400 of '100 900'.")
        bereik = item.get("bereik")
        if bereik is not None and not _UNICODE_RANGE.match(bereik):
            raise ThemaConfigError(f"{here}.bereik: een unicode-range, bijvoorbeeld U+0000-00FF.")
        files.append(FontFile(url_key, stijl, gewicht, bereik))
    terugval = tuple(data.get("terugval") or ())
    if not terugval or terugval[-1] not in GENERIC_FAMILIES:
        raise ThemaConfigError(
            f"{where}.terugval: eindig met een algemene familie, bijvoorbeeld sans-serif."
        )
    font = Lettertype(familie=str(data["familie"]), terugval=terugval, bestanden=tuple(files))
    _ = font.stack  # raises on a name that would break the stylesheet
    return font


def _tokens(tokens: dict, where: str) -> dict[str, str]:
    checked = {}
    for name, value in tokens.items():
        if not _TOKEN_NAME.match(str(name)):
            raise ThemaConfigError(f"{where}: '{name}' is geen tokennaam (--iets-zoals-dit).")
        if _UNSAFE_VALUE.search(str(value)):
            raise ThemaConfigError(f"{where}.{name}: de waarde '{value}' bevat ; {{ }} < > of \\.")
        checked[name] = str(value)
    return checked


def _font_faces(font: Lettertype, url_for) -> list[str]:
    faces = []
    for f in font.bestanden:
        fmt = "woff2" if f.url_key[1].endswith(".woff2") else "woff"
        lines = [
            "@font-face {",
            f'  font-family: "{font.familie}";',
            f"  font-style: {f.stijl};",
            f"  font-weight: {f.gewicht};",
            "  font-display: swap;",
            f'  src: url("{url_for(f.url_key)}") format("{fmt}");',
        ]
        if f.bereik:
            lines.append(f"  unicode-range: {f.bereik};")
        faces.append("\n".join([*lines, "}"]))
    return faces


def thema_css(thema: Thema, url_for) -> str:
    """The stylesheet: font faces, then every colour and font token on `.ws-thema`, then the
    thema's own overrides. `url_for(("static"|"bestand", path))` makes a file's URL."""
    tokens = {
        **thema.colour_tokens(),
        "--basis-text-font-family-default": thema.tekst.stack,
        "--basis-heading-font-family": thema.koppen.stack,
        **thema.tokens,
    }
    body = "\n".join(f"  {name}: {value};" for name, value in tokens.items())
    faces = _font_faces(thema.tekst, url_for)
    if thema.koppen.familie != thema.tekst.familie:
        faces += _font_faces(thema.koppen, url_for)
    header = f"/* {thema.naam}: gemaakt uit {thema_path(thema.gemeente).name} */"
    return "\n".join([header, *faces, ".ws-thema {", body, "}", ""])


def version(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def relative_luminance(colour: str) -> float:
    hex_ = colour.lstrip("#")
    if len(hex_) == 3:
        hex_ = "".join(c * 2 for c in hex_)
    channels = [int(hex_[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 to 21)."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
