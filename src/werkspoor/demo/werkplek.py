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
AANVRAGERS = 8  # contact details of the applicants the applications part adds (demo/geld.py)
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


def _per_wijk(wijken: np.ndarray, values: dict, default) -> np.ndarray:
    """The value of each resident's wijk (one lookup per distinct wijk)."""
    distinct, inverse = np.unique(wijken.astype(str), return_inverse=True)
    return np.array([values.get(w, default) for w in distinct], dtype=object)[inverse]


def contact_details(
    seed: int, wijken, voornamen, achternamen, part: int = CONTACTGEGEVENS
) -> dict[str, np.ndarray]:
    """Address, phone and e-mail per resident, column by column (no loop over people)."""
    spec = werkplek_params()["contactgegevens"]
    rng = stream(seed, part)
    wijken = np.asarray(wijken, dtype=object)
    n = wijken.size
    number = rng.integers(1, 180, n).astype(str)
    suffix = np.where(rng.random(n) < 0.12, rng.choice(list("abc"), n), "")
    letters = np.array(_POSTCODE_LETTERS, dtype=object)[rng.integers(0, len(_POSTCODE_LETTERS), n)]
    pick, code_draw = rng.random(n), rng.random(n)
    phone = rng.integers(10_000_000, 100_000_000, n).astype(str)
    has_phone = rng.random(n) < spec["telefoon_bekend"]
    has_mail = rng.random(n) < spec["email_bekend"]
    domain = np.array(spec["email_domeinen"], dtype=object)[
        rng.integers(0, len(spec["email_domeinen"]), n)
    ]
    mail_number = rng.integers(1, 99, n).astype(str)
    unknown = {"postcode": [1000, 9999], "straten": ["Dorpsstraat"]}
    streets = np.empty(n, dtype=object)
    digits = np.empty(n, dtype=np.int64)
    distinct, inverse = np.unique(wijken.astype(str), return_inverse=True)
    for k, wijk in enumerate(distinct):  # one pass per wijk, not per resident
        area = spec["wijken"].get(wijk, unknown)
        where = inverse == k
        names = np.array(area["straten"], dtype=object)
        streets[where] = names[(pick[where] * names.size).astype(int)]
        low, high = area["postcode"]
        digits[where] = low + (code_draw[where] * (high - low + 1)).astype(int)
    local = np.char.add(
        np.char.add(_ascii_names(voornamen), "."), _ascii_names(achternamen)
    ).astype(object)
    mail = local + mail_number.astype(object) + "@" + domain
    return {
        "straat": streets,
        "huisnummer": np.char.add(number, suffix.astype(str)).astype(object),
        "postcode": (digits.astype(str).astype(object) + " " + letters),
        "woonplaats": _per_wijk(wijken, spec["woonplaats_per_wijk"], spec["woonplaats"]),
        "telefoon": np.where(has_phone, "06-" + phone.astype(object), ""),
        "email": np.where(has_mail, mail, ""),
    }


def complete_contact_details(seed: int, inwoner: dict) -> None:
    """Contact details for the residents appended to the table after they were drawn (the
    applicants of demo/geld.py and the minima of demo/minima.py), from a stream of their
    own."""
    have, total = len(inwoner["postcode"]), len(inwoner["id"])
    if have == total:
        return
    tail = slice(have, total)
    details = contact_details(
        seed,
        np.asarray(inwoner["wijk"], dtype=object)[tail],
        np.asarray(inwoner["voornaam"], dtype=object)[tail],
        np.asarray(inwoner["achternaam"], dtype=object)[tail],
        part=AANVRAGERS,
    )
    for key, values in details.items():
        inwoner[key] = np.concatenate(
            [np.asarray(inwoner[key], dtype=object), np.asarray(values, dtype=object)]
        )


def _ascii_names(names) -> np.ndarray:
    distinct, inverse = np.unique(np.asarray(names, dtype=str), return_inverse=True)
    return np.array([_ascii(name) for name in distinct], dtype=str)[inverse]


def contact_notes(seed: int, kanaal_index, kanalen) -> np.ndarray:
    """A note per contact from the templates of its channel (`kanaal_index` into
    `kanalen`); a share stays empty."""
    spec = werkplek_params()["contactnotities"]
    rng = stream(seed, NOTITIES)
    kanaal_index = np.asarray(kanaal_index)
    notes = np.full(kanaal_index.size, "", dtype=object)
    draw_ = rng.random(kanaal_index.size)
    for index, kanaal in enumerate(kanalen):
        where = np.flatnonzero(kanaal_index == index)
        templates = np.array(spec[kanaal], dtype=object)
        notes[where] = templates[(draw_[where] * len(templates)).astype(int)]
    notes[rng.random(kanaal_index.size) < spec["leeg"]] = ""
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
