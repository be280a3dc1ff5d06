# SPDX-License-Identifier: EUPL-1.2
"""The append-only guard on PostgreSQL (see werkspoor/logbook/guard.py)."""

from django.db import migrations


def install(apps, schema_editor):
    from werkspoor.logbook import guard

    guard.install(schema_editor.connection)


def uninstall(apps, schema_editor):
    from werkspoor.logbook import guard

    guard.uninstall(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("logbook", "0001_initial")]
    operations = [migrations.RunPython(install, uninstall)]
