# SPDX-License-Identifier: EUPL-1.2
"""Data migration: the roles schuldhulpverlener and inburgeringsconsulent, and the theme
sections for werkcoach and teamleider (see web/roles.py)."""

from django.db import migrations

GRANTING_APPS = ("registry", "debt", "inburgering", "poverty", "web")


def create_roles(apps, schema_editor):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    from werkspoor.web.roles import sync_roles

    for label in GRANTING_APPS:
        create_permissions(global_apps.get_app_config(label), apps=apps, verbosity=0)
    sync_roles(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


class Migration(migrations.Migration):
    dependencies = [
        ("web", "0004_consulent"),
        ("debt", "0001_initial"),
        ("inburgering", "0001_initial"),
        ("poverty", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
