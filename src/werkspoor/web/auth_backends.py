# SPDX-License-Identifier: EUPL-1.2
"""Django's ModelBackend, reading a user's permissions in one query instead of two.

Every signed-in page asks `has_perm` (the main menu, the views' own checks); the first ask
of a request reads the user's permissions, which Django does with two ORM queries (own
permissions, then the groups'), about 2 ms of CPU, mostly compiling SQL. Here both come
from one fixed statement. The answer is the same set, kept on the user object for the
request exactly as Django keeps it (`_perm_cache`), so a role change counts from the next
request on. Superusers, inactive and anonymous users take Django's own path.

The user's group names (their roles, asked on every page) come in the same query as their
permissions when the roles are asked first (`web.access.user_roles`).

The signed-in user of each request is read with their werkcoach (if any) in the same
query: the menu and most workspace views ask for it, which was a query of its own.
"""

from __future__ import annotations

from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connections, router


@cache
def _permissions_sql() -> str:
    user_perms = get_user_model().user_permissions.through._meta
    user_groups = get_user_model().groups.through._meta
    group_perms = Group.permissions.through._meta
    return (
        f"SELECT ct.app_label, p.codename FROM {Permission._meta.db_table} p"
        f" INNER JOIN {ContentType._meta.db_table} ct ON ct.id = p.content_type_id"
        f" WHERE p.id IN (SELECT up.permission_id FROM {user_perms.db_table} up"
        " WHERE up.user_id = %s)"
        f" OR p.id IN (SELECT gp.permission_id FROM {group_perms.db_table} gp"
        f" INNER JOIN {user_groups.db_table} ug ON ug.group_id = gp.group_id"
        " WHERE ug.user_id = %s)"
    )


@cache
def _groups_and_permissions_sql() -> str:
    user_groups = get_user_model().groups.through._meta
    return (
        f"SELECT '', g.name FROM {Group._meta.db_table} g"
        f" INNER JOIN {user_groups.db_table} ug ON ug.group_id = g.id WHERE ug.user_id = %s"
        f" UNION ALL {_permissions_sql()}"
    )


def permission_names(user) -> set[str]:
    """'app_label.codename' of the user's own permissions and their groups'."""
    connection = connections[router.db_for_read(Permission)]
    with connection.cursor() as cursor:
        cursor.execute(_permissions_sql(), [user.pk, user.pk])
        return {f"{app_label}.{codename}" for app_label, codename in cursor.fetchall()}


def group_and_permission_names(user) -> tuple[frozenset[str], set[str]]:
    """The user's group names and permission_names(user), in one query: every signed-in
    page asks for both (the menu, the views' checks)."""
    connection = connections[router.db_for_read(Permission)]
    groups, permissions = [], set()
    with connection.cursor() as cursor:
        cursor.execute(_groups_and_permissions_sql(), [user.pk, user.pk, user.pk])
        for app_label, name in cursor.fetchall():
            if app_label:
                permissions.add(f"{app_label}.{name}")
            else:
                groups.append(name)
    return frozenset(groups), permissions


def uses_own_permissions(user_obj) -> bool:
    """Whether this backend reads the user's permissions itself (else Django's path)."""
    return user_obj.is_active and not user_obj.is_anonymous and not user_obj.is_superuser


class ModelBackend(DjangoModelBackend):
    def get_user(self, user_id):
        user_model = get_user_model()
        try:
            user = user_model._default_manager.select_related("werkcoach").get(pk=user_id)
        except user_model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        if uses_own_permissions(user_obj) and obj is None and not hasattr(user_obj, "_perm_cache"):
            user_obj._perm_cache = permission_names(user_obj)
        return super().get_all_permissions(user_obj, obj)
