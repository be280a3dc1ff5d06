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


# The workspace entries: (label, url, who may open it). Each entry asks the same rule as its
# view. A new screen adds one row.
WORKSPACE_ENTRIES = [
    ("Mijn caseload", "/caseload/", access.may_use_caseload),
    ("Mijn vervangingen", "/vervangingen/", access.may_use_caseload),
    ("Agenda", "/agenda/", access.may_use_caseload),
    ("Voordrachten", "/voordrachten/", access.may_use_caseload),
    ("Teamoverzicht", "/team/", access.may_view_team),
    ("Vervangingen", "/team/vervangingen/", access.may_view_team),
    (
        "Werkvoorraad aanvragen",
        "/aanvragen/",
        lambda user: user.has_perm("applications.use_werkvoorraad"),
    ),
    ("Werkgevers", "/werkgevers/", lambda user: user.has_perm("employers.view_werkgever")),
    ("Vacatures", "/vacatures/", lambda user: user.has_perm("employers.view_vacature")),
    ("Zoeken", "/zoeken/", access.may_search),
    ("Duiding", "/duiding/", lambda user: user.has_perm("duidingen.schrijf_duiding")),
    (
        "Referenties",
        "/referenties/",
        lambda user: user.has_perm("referenties.importeer_referenties"),
    ),
    ("Schuldhulp", "/schulden/", lambda user: user.has_perm("debt.use_werklijst")),
    ("Inburgering", "/inburgering/", lambda user: user.has_perm("inburgering.use_werklijst")),
    ("Beheer", "/beheer/", access.may_view_audit),
    ("Auditlog", "/beheer/audit/", access.may_view_audit),
    (
        "Controle betalingen",
        "/beheer/controle/",
        lambda user: user.has_perm("payments.view_controle"),
    ),
]


def _entries(user) -> list[tuple[str, str]]:
    entries = [("Dashboard", "/dashboard/"), ("Rekenhulp", "/rekenhulp/")]
    if not user.is_authenticated:
        return entries
    return entries + [(label, url) for label, url, allowed in WORKSPACE_ENTRIES if allowed(user)]


def workspace_entries(user) -> list[tuple[str, str]]:
    """The screens of the user's own work (for the start page's list)."""
    if not user.is_authenticated:
        return []
    return [(label, url) for label, url, allowed in WORKSPACE_ENTRIES if allowed(user)]


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
