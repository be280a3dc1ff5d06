# SPDX-License-Identifier: EUPL-1.2
"""Data migration: the five roles as groups with their permissions (see web/roles.py)."""

from django.db import migrations

GRANTING_APPS = ("auth", "contenttypes", "core", "registry", "employers", "web")


def create_roles(apps, schema_editor):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    from werkspoor.web.roles import sync_roles

    # Permissions are normally made after all migrations; make those we grant now.
    for label in GRANTING_APPS:
        create_permissions(global_apps.get_app_config(label), apps=apps, verbosity=0)
    sync_roles(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


class Migration(migrations.Migration):
    dependencies = [
        ("web", "0001_teamleiding"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0001_audit_log"),
        ("registry", "0002_no_overlapping_periods"),
        ("employers", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
