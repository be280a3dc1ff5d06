# SPDX-License-Identifier: EUPL-1.2
"""The register of processing activities (AVG art. 30), read from definitions/verwerkingen/:
purpose, legal basis and retention per activity, each version its own entry so that a log
line keeps pointing at the version that applied when it was written."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import yaml
from django.conf import settings

REQUIRED = ("id", "versie", "naam", "doel", "grondslag", "bewaartermijn_maanden")


class RegisterError(ValueError):
    """A register file that cannot be used; the message names the file and field."""


@dataclass(frozen=True)
class Activiteit:
    id: str
    versie: int
    naam: str
    doel: str
    grondslag_avg: str
    grondslag_wet: str
    bewaartermijn_maanden: int
    categorieen: tuple[str, ...]
    uri: str
    # Audit actions (core.models.AuditActie) that are this processing: each such audit record
    # about residents writes this activity's lines too (logbook/hooks.py).
    auditacties: tuple[str, ...] = ()

    @property
    def grondslag_delen(self) -> dict[str, str]:
        return {"avg": self.grondslag_avg, "wet": self.grondslag_wet}

    @property
    def grondslag(self) -> str:
        return (
            f"{self.grondslag_avg}; {self.grondslag_wet}"
            if self.grondslag_wet
            else self.grondslag_avg
        )


@dataclass(frozen=True)
class Register:
    verantwoordelijke: str
    uri_basis: str
    activiteiten: dict[tuple[str, int], Activiteit]

    def get(self, activiteit_id: str, versie: int | None = None) -> Activiteit:
        """The given version, or the newest when `versie` is None."""
        if versie is None:
            newest = self._newest.get(activiteit_id)
            if newest is None:
                raise KeyError(
                    f"Verwerkingsactiviteit '{activiteit_id}' staat niet in het register."
                )
            return newest
        try:
            return self.activiteiten[(activiteit_id, versie)]
        except KeyError:
            raise KeyError(
                f"Activiteit '{activiteit_id}' versie {versie} ontbreekt in het register."
            ) from None

    def for_audit_action(self, actie: str) -> Activiteit | None:
        """The newest activity whose register entry names this audit action."""
        return self._by_audit_action.get(actie)

    def current(self) -> list[Activiteit]:
        return sorted(self._newest.values(), key=lambda a: a.id)

    # Worked out once per register (it is loaded once): every audited resident page asks.
    @cached_property
    def _newest(self) -> dict[str, Activiteit]:
        newest: dict[str, Activiteit] = {}
        for activiteit in self.activiteiten.values():
            if activiteit.id not in newest or activiteit.versie > newest[activiteit.id].versie:
                newest[activiteit.id] = activiteit
        return newest

    @cached_property
    def _by_audit_action(self) -> dict[str, Activiteit]:
        found: dict[str, Activiteit] = {}
        for activiteit in self.current():
            for actie in activiteit.auditacties:
                found.setdefault(actie, activiteit)
        return found


def register_dir() -> Path:
    return Path(settings.DEFINITIONS_DIR) / "verwerkingen"


def _activity(path: Path, data, uri_basis: str) -> Activiteit:
    if not isinstance(data, dict):
        raise RegisterError(f"{path}: verwacht de velden van één verwerkingsactiviteit.")
    missing = [name for name in REQUIRED if name not in data]
    if missing:
        raise RegisterError(f"{path}: veld(en) ontbreken: {', '.join(missing)}.")
    grondslag = data["grondslag"]
    if not isinstance(grondslag, dict) or not grondslag.get("avg"):
        raise RegisterError(f"{path}: 'grondslag' vraagt 'avg' (het artikel 6-lid) en 'wet'.")
    try:
        versie, maanden = int(data["versie"]), int(data["bewaartermijn_maanden"])
    except (TypeError, ValueError):
        raise RegisterError(
            f"{path}: 'versie' en 'bewaartermijn_maanden' zijn gehele getallen."
        ) from None
    if versie < 1 or maanden < 1:
        raise RegisterError(f"{path}: 'versie' en 'bewaartermijn_maanden' zijn minstens 1.")
    return Activiteit(
        id=str(data["id"]),
        versie=versie,
        naam=str(data["naam"]),
        doel=" ".join(str(data["doel"]).split()),
        grondslag_avg=str(grondslag["avg"]),
        grondslag_wet=str(grondslag.get("wet", "")),
        bewaartermijn_maanden=maanden,
        categorieen=tuple(data.get("categorieen", [])),
        uri=f"{uri_basis}:{data['id']}:{versie}",
        auditacties=tuple(str(a) for a in data.get("auditacties", [])),
    )


def _check_audit_actions(activiteiten) -> None:
    """Each audit action belongs to at most one current activity, and exists."""
    from werkspoor.core.models import AuditActie

    newest: dict[str, Activiteit] = {}
    for activiteit in activiteiten:
        if activiteit.id not in newest or activiteit.versie > newest[activiteit.id].versie:
            newest[activiteit.id] = activiteit
    owner: dict[str, str] = {}
    for activiteit in newest.values():
        for actie in activiteit.auditacties:
            if actie not in AuditActie.values:
                raise RegisterError(
                    f"verwerkingsactiviteit '{activiteit.id}': auditactie '{actie}' bestaat niet."
                )
            if actie in owner:
                raise RegisterError(
                    f"auditactie '{actie}' staat bij '{owner[actie]}' en bij '{activiteit.id}'."
                )
            owner[actie] = activiteit.id


@cache
def load_register(folder: str | None = None) -> Register:
    base = Path(folder) if folder else register_dir()
    meta_path = base / "_register.yaml"
    if not meta_path.exists():
        raise RegisterError(f"{meta_path} ontbreekt: het register van verwerkingsactiviteiten.")
    meta = yaml.safe_load(meta_path.read_text(encoding="utf-8")) or {}
    uri_basis = str(meta.get("uri_basis", "urn:nl:werkspoor:verwerkingsactiviteit"))
    activiteiten: dict[tuple[str, int], Activiteit] = {}
    for path in sorted(base.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        activiteit = _activity(path, yaml.safe_load(path.read_text(encoding="utf-8")), uri_basis)
        key = (activiteit.id, activiteit.versie)
        if key in activiteiten:
            raise RegisterError(
                f"{path}: '{activiteit.id}' versie {activiteit.versie} staat er al."
            )
        activiteiten[key] = activiteit
    _check_audit_actions(activiteiten.values())
    return Register(str(meta.get("verantwoordelijke", "")), uri_basis, activiteiten)


def register() -> Register:
    return load_register(None)
