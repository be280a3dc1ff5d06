# SPDX-License-Identifier: EUPL-1.2
"""The permission check of every page: one query, Django's answer, a role change counts."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.contrib.auth.models import Group, Permission

from tests.web.test_navigation import menu
from werkspoor.web import roles
from werkspoor.web.auth_backends import ModelBackend, permission_names

pytestmark = pytest.mark.django_db


def fresh(user):
    return get_user_model().objects.get(pk=user.pk)  # a new request's user: nothing cached


def test_every_role_gets_the_same_permissions_as_from_django(office):
    extra = Permission.objects.get(codename="view_werkgever")
    office.users[roles.WERKCOACH].user_permissions.add(extra)  # a permission of one's own
    for user in office.users.values():
        assert permission_names(user) == DjangoModelBackend().get_all_permissions(fresh(user))
    assert "employers.view_werkgever" in permission_names(office.users[roles.WERKCOACH])


def test_one_query_then_kept_for_the_request(office, django_assert_num_queries):
    user = fresh(office.users[roles.BEDRIJFSADVISEUR])
    with django_assert_num_queries(1):
        assert user.has_perm("employers.view_vacature")
        assert not user.has_perm("payments.view_controle")
        assert user.get_all_permissions() == ModelBackend().get_all_permissions(user)


def test_inactive_user_and_object_permissions_as_django(office):
    user = fresh(office.users[roles.BEDRIJFSADVISEUR])
    assert ModelBackend().get_all_permissions(user, obj=object()) == set()
    user.is_active = False
    assert ModelBackend().get_all_permissions(user) == set()
    assert not user.has_perm("employers.view_vacature")


def test_a_role_change_counts_from_the_next_request(office, login):
    user = office.users[roles.BELEID]
    client = login(user)
    assert "Vacatures" not in [label for label, _ in menu(client.get("/zoeken/").content.decode())]
    user.groups.add(Group.objects.get(name=roles.BEDRIJFSADVISEUR))
    assert "Vacatures" in [label for label, _ in menu(client.get("/zoeken/").content.decode())]
    user.groups.remove(Group.objects.get(name=roles.BEDRIJFSADVISEUR))
    assert "Vacatures" not in [label for label, _ in menu(client.get("/zoeken/").content.decode())]


def test_the_signed_in_user_comes_with_their_werkcoach(office, django_assert_num_queries):
    backend = ModelBackend()
    with django_assert_num_queries(1):
        coach = backend.get_user(office.users[roles.WERKCOACH].pk)
        assert coach.werkcoach == office.coach
    with django_assert_num_queries(1):
        adviser = backend.get_user(office.users[roles.BEDRIJFSADVISEUR].pk)
    with (
        django_assert_num_queries(0),
        pytest.raises(get_user_model().werkcoach.RelatedObjectDoesNotExist),
    ):
        adviser.werkcoach  # noqa: B018
    assert backend.get_user(0) is None
    inactive = office.users[roles.BELEID]
    inactive.is_active = False
    inactive.save()
    assert backend.get_user(inactive.pk) is None
