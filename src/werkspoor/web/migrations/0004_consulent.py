# SPDX-License-Identifier: EUPL-1.2
"""Data migration: the role consulent, and the payments check for functioneel beheer.

The permissions of the new apps are made first; the groups are then synced exactly as in
migration 0002 (from web/roles.py)."""

import importlib

from django.db import migrations

NEW_APPS = ("applications", "payments")


def create_roles(apps, schema_editor):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    for label in NEW_APPS:
        create_permissions(global_apps.get_app_config(label), apps=apps, verbosity=0)
    importlib.import_module("werkspoor.web.migrations.0002_roles").create_roles(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("web", "0003_teamleiding_team_without_db_constraint"),
        ("applications", "0001_initial"),
        ("payments", "0001_initial"),
        ("registry", "0003_uitkering_aanvraag"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
