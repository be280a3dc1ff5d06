# SPDX-License-Identifier: EUPL-1.2
"""Example accounts per role for the demo city (DEMO ONLY: the passwords are public).

Connected to `demo_city_built`: the werkcoach account takes over the werkcoach with the
largest caseload, the teamleider leads that coach's team.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Count

from werkspoor.core.gemeente import current_gemeente
from werkspoor.registry.models import Team, Toewijzing, Werkcoach
from werkspoor.registry.services import latest_registered_day, running_on

from . import roles
from .models import Teamleiding, Werkgebied

# Published in README.md; never use these outside a demo with synthetic people.
DEMO_ACCOUNTS = {
    "demo-werkcoach": (roles.WERKCOACH, "demo-werkcoach-wachtwoord"),
    "demo-werkcoach2": (roles.WERKCOACH, "demo-werkcoach-wachtwoord"),
    "demo-teamleider": (roles.TEAMLEIDER, "demo-teamleider-wachtwoord"),
    "demo-bedrijfsadviseur": (roles.BEDRIJFSADVISEUR, "demo-bedrijfsadviseur-wachtwoord"),
    "demo-beleid": (roles.BELEID, "demo-beleid-wachtwoord"),
    # A second beleid account: duiding is approved by another than its author.
    "demo-beleid2": (roles.BELEID, "demo-beleid-wachtwoord"),
    "demo-beheer": (roles.FUNCTIONEEL_BEHEER, "demo-beheer-wachtwoord"),
    "demo-schuldhulp": (roles.SCHULDHULPVERLENER, "demo-schuldhulp-wachtwoord"),
    "demo-inburgering": (roles.INBURGERINGSCONSULENT, "demo-inburgering-wachtwoord"),
    "demo-consulent": (roles.CONSULENT, "demo-consulent-wachtwoord"),
}


def _coaches_by_caseload(day) -> list[Werkcoach]:
    sizes = (
        Toewijzing.objects.filter(running_on(day), running_on(day, "inwoner__uitkeringen__"))
        .values("werkcoach")
        .annotate(n=Count("inwoner", distinct=True))
        .order_by("-n", "werkcoach")
    )
    ids = [row["werkcoach"] for row in sizes]
    coaches = Werkcoach.objects.in_bulk(ids)
    return [coaches[i] for i in ids]


@transaction.atomic
def create_demo_accounts(sender=None, **kwargs) -> dict[str, object]:
    User = get_user_model()
    users = {}
    for username, (role, password) in DEMO_ACCOUNTS.items():
        user, _ = User.objects.get_or_create(username=username)
        user.set_password(password)
        user.first_name = role.capitalize()
        user.is_staff = role == roles.FUNCTIONEEL_BEHEER
        user.save()
        user.groups.set([Group.objects.get(name=role)])
        users[username] = user
    day = latest_registered_day()
    coaches = _coaches_by_caseload(day) if day else []
    Werkcoach.objects.filter(user__in=users.values()).update(user=None)
    for username, coach in zip(("demo-werkcoach", "demo-werkcoach2"), coaches, strict=False):
        coach.user = users[username]
        coach.save(update_fields=["user"])
    Teamleiding.objects.filter(user=users["demo-teamleider"]).delete()
    if coaches:
        Teamleiding.objects.create(user=users["demo-teamleider"], team=coaches[0].team)
    create_werkgebieden()
    return users


def create_werkgebieden() -> int:
    """The demo city has one team per wijk, named 'Team <wijk>': that wijk is its werkgebied."""
    Werkgebied.objects.all().delete()
    wijken = set(current_gemeente().wijken)
    made = [
        Werkgebied(team=team, wijk=team.naam.removeprefix("Team "))
        for team in Team.objects.all()
        if team.naam.removeprefix("Team ") in wijken
    ]
    return len(Werkgebied.objects.bulk_create(made))
