# SPDX-License-Identifier: EUPL-1.2
"""Demo columns for the werkplek (definitions/demo/werkplek.yaml): residents' contact details,
contact notes, employers' KvK numbers and wijk, vacancies' requirements and place.

Each part draws from its own random stream (`stream(seed, part)`), never from the city's, so
adding them leaves every calibrated figure of the demo city where it was.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import numpy as np
import yaml

from .params import demo_definitions_dir

CONTACTGEGEVENS, NOTITIES, WERKGEVERS, VACATURES, PLANNING, MATCHING, CONTACTPERSONEN = range(1, 8)
_POSTCODE_LETTERS = [
    a + b
    for a in "ABCDEGHJKLMNPRTVWXZ"
    for b in "ABCDEGHJKLMNPRTVWXZ"
    if a + b not in ("SA", "SD", "SS")
]


def stream(seed: int, part: int) -> np.random.Generator:
    """The random stream of one werkplek part of the demo (15 = the issue that added them)."""
    return np.random.default_rng([seed, 15, part])


def draw(rng: np.random.Generator, shares: dict, n: int) -> np.ndarray:
    """`n` keys of `shares` drawn with their shares as chances."""
    keys = np.array(list(shares), dtype=object)
    probs = np.array(list(shares.values()), dtype=float)
    return keys[rng.choice(len(keys), n, p=probs / probs.sum())]


@cache
def werkplek_params() -> dict:
    path = demo_definitions_dir() / "werkplek.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum() or c == ".")


def contact_details(seed: int, wijken, voornamen, achternamen) -> dict[str, list]:
    spec = werkplek_params()["contactgegevens"]
    rng = stream(seed, CONTACTGEGEVENS)
    n = len(wijken)
    number = rng.integers(1, 180, n)
    suffix = np.where(rng.random(n) < 0.12, rng.choice(list("abc"), n), "")
    letters = rng.integers(0, len(_POSTCODE_LETTERS), n)
    pick, code_draw = rng.random(n), rng.random(n)
    phone = rng.integers(10_000_000, 100_000_000, n)
    has_phone, has_mail = (
        rng.random(n) < spec["telefoon_bekend"],
        rng.random(n) < spec["email_bekend"],
    )
    domain = rng.integers(0, len(spec["email_domeinen"]), n)
    mail_number = rng.integers(1, 99, n)
    columns: dict[str, list] = {k: [] for k in ("straat", "huisnummer", "postcode", "woonplaats")}
    columns |= {"telefoon": [], "email": []}
    for i, wijk in enumerate(wijken):
        area = spec["wijken"].get(wijk, {"postcode": [1000, 9999], "straten": ["Dorpsstraat"]})
        streets, (low, high) = area["straten"], area["postcode"]
        columns["straat"].append(streets[int(pick[i] * len(streets))])
        columns["huisnummer"].append(f"{number[i]}{suffix[i]}")
        digits = low + int(code_draw[i] * (high - low + 1))
        columns["postcode"].append(f"{digits} {_POSTCODE_LETTERS[letters[i]]}")
        columns["woonplaats"].append(spec["woonplaats_per_wijk"].get(wijk, spec["woonplaats"]))
        columns["telefoon"].append(f"06-{phone[i]}" if has_phone[i] else "")
        local = _ascii(f"{voornamen[i]}.{achternamen[i]}") + str(mail_number[i])
        address = f"{local}@{spec['email_domeinen'][domain[i]]}"
        columns["email"].append(address if has_mail[i] else "")
    return columns


def contact_notes(seed: int, kanalen) -> np.ndarray:
    """A note per contact from the templates of its channel; a share stays empty."""
    spec = werkplek_params()["contactnotities"]
    rng = stream(seed, NOTITIES)
    kanalen = np.asarray(kanalen, dtype=object)
    notes = np.full(kanalen.size, "", dtype=object)
    draw = rng.random(kanalen.size)
    for kanaal in np.unique(kanalen):
        where = np.flatnonzero(kanalen == kanaal)
        templates = np.array(spec[kanaal], dtype=object)
        notes[where] = templates[(draw[where] * len(templates)).astype(int)]
    notes[rng.random(kanalen.size) < spec["leeg"]] = ""
    return notes


def employer_details(seed: int, n: int, wijken) -> dict[str, list]:
    spec = werkplek_params()["werkgevers"]
    rng = stream(seed, WERKGEVERS)
    kvk = 30_000_000 + rng.choice(70_000_000, n, replace=False)
    known = rng.random(n) < spec["kvk_bekend"]
    wijk = np.array(wijken, dtype=object)[rng.integers(0, len(wijken), n)]
    outside = rng.random(n) < 0.15
    return {
        "kvk_nummer": [f"{k:08d}" if ok else "" for k, ok in zip(kvk, known, strict=True)],
        "wijk": ["" if out else w for w, out in zip(wijk, outside, strict=True)],
    }


def vacancy_details(seed: int, m: int, wijken, plaats: str) -> dict[str, list]:
    spec = werkplek_params()["vacatures"]
    rng = stream(seed, VACATURES)
    eisen = np.array(spec["eisen"], dtype=object)
    first, second = rng.integers(0, len(eisen), m), rng.integers(0, len(eisen), m)
    wijk = np.array(wijken, dtype=object)[rng.integers(0, len(wijken), m)]
    known = rng.random(m) < spec["wijk_bekend"]
    return {
        "eisen": [
            eisen[a] if a == b else f"{eisen[a]} {eisen[b]}"
            for a, b in zip(first, second, strict=True)
        ],
        "wijk": [w if ok else "" for w, ok in zip(wijk, known, strict=True)],
        "werkplek": [
            f"{plaats}, {w}" if ok else "wisselend" for w, ok in zip(wijk, known, strict=True)
        ],
        "loonkostensubsidie_mogelijk": rng.random(m) < spec["loonkostensubsidie_kans"],
    }
