# SPDX-License-Identifier: EUPL-1.2
"""The main menu: the public pages for everyone, the workspace screens a user may open.

Each entry asks the same access rule as its view, so the menu never offers a page that
answers 403. The entry for the page (or section) being shown carries aria-current.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import access


@dataclass(frozen=True)
class MenuItem:
    label: str
    url: str
    current: str = ""  # "page", "true" (inside its section) or "" for aria-current


def _entries(user) -> list[tuple[str, str]]:
    entries = [("Dashboard", "/dashboard/"), ("Rekenhulp", "/rekenhulp/")]
    if not user.is_authenticated:
        return entries
    if access.may_use_caseload(user):
        entries += [("Mijn caseload", "/caseload/"), ("Mijn vervangingen", "/vervangingen/")]
    if access.may_view_team(user):
        entries += [("Teamoverzicht", "/team/"), ("Vervangingen", "/team/vervangingen/")]
    if user.has_perm("applications.use_werkvoorraad"):
        entries.append(("Werkvoorraad aanvragen", "/aanvragen/"))
    if user.has_perm("duidingen.schrijf_duiding"):
        entries.append(("Duiding", "/duiding/"))
    if user.has_perm("referenties.importeer_referenties"):
        entries.append(("Referenties", "/referenties/"))
    if user.has_perm("debt.use_werklijst"):
        entries.append(("Schuldhulp", "/schulden/"))
    if user.has_perm("inburgering.use_werklijst"):
        entries.append(("Inburgering", "/inburgering/"))
    if access.may_view_audit(user):
        entries += [("Beheer", "/beheer/"), ("Auditlog", "/beheer/audit/")]
    if user.has_perm("payments.view_controle"):
        entries.append(("Controle betalingen", "/beheer/controle/"))
    return entries


def _current(url: str, path: str, best: str) -> str:
    if url != best:
        return ""
    return "page" if url == path else "true"


def main_menu(user, path: str) -> list[MenuItem]:
    """The menu for `user` on `path`; the longest matching url marks the current entry."""
    entries = _entries(user)
    matching = [url for _, url in entries if path.startswith(url)]
    best = max(matching, key=len, default="")
    return [MenuItem(label, url, _current(url, path, best)) for label, url in entries]
