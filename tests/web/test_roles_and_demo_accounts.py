# SPDX-License-Identifier: EUPL-1.2
"""Roles come from a data migration; the demo gets example accounts per role."""

from django.contrib.auth.models import Group

from werkspoor.core.signals import demo_city_built
from werkspoor.web import roles
from werkspoor.web.demo_accounts import DEMO_ACCOUNTS
from werkspoor.web.models import Teamleiding


def test_the_five_roles_exist_with_their_permissions(db):
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ROLES)
    beleid = Group.objects.get(name=roles.BELEID)
    assert not beleid.permissions.filter(content_type__app_label="registry").exists()
    coach = Group.objects.get(name=roles.WERKCOACH)
    assert coach.permissions.filter(codename="add_contactmoment").exists()
    beheer = Group.objects.get(name=roles.FUNCTIONEEL_BEHEER)
    assert beheer.permissions.filter(codename="view_auditrecord").exists()
    assert not beheer.permissions.filter(codename="view_inwoner").exists()


def test_no_role_may_change_or_delete_audit_records(db):
    from django.contrib.auth.models import Permission

    assert not Permission.objects.filter(
        content_type__app_label="core",
        codename__in=["change_auditrecord", "delete_auditrecord", "add_auditrecord"],
    ).exists()


def test_demo_accounts_follow_the_demo_city(build, client):
    team = build.team("Team Zuid")
    big, small = (
        build.werkcoach("Grote caseload", team=team),
        build.werkcoach("Kleine caseload", team=team),
    )
    for _ in range(3):
        build.caseload_inwoner(big)
    build.caseload_inwoner(small)
    demo_city_built.send(sender=None, seed=1, scale=1)
    big.refresh_from_db()
    assert big.user.username == "demo-werkcoach"
    assert Teamleiding.objects.get(user__username="demo-teamleider").team == team
    for username, (_role, password) in DEMO_ACCOUNTS.items():
        response = client.post("/accounts/login/", {"username": username, "password": password})
        assert response.status_code == 302, username
        client.post("/accounts/logout/")
    demo_city_built.send(sender=None, seed=1, scale=1)  # running it twice is fine
    assert Teamleiding.objects.filter(user__username="demo-teamleider").count() == 1


def test_the_demo_can_empty_the_registry_while_a_teamleider_leads_a_team(build):
    from werkspoor.demo.writer import empty_registry as clear_city

    team = build.team("Team Oost")
    build.user(roles.TEAMLEIDER, "tl", teams=[team])
    clear_city()  # TRUNCATE on PostgreSQL: must not trip over web_teamleiding
    assert not Teamleiding.objects.exists()
