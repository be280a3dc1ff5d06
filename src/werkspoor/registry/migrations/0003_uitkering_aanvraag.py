# SPDX-License-Identifier: EUPL-1.2
"""An uitkering names the aanvraag that granted it.

SQLite adds a unique column by rebuilding the table, which drops the overlap triggers of
migration 0002; they are made again for registry_uitkering afterwards.
"""

import importlib

import django.db.models.deletion
from django.db import migrations, models

TABLE = "registry_uitkering"


def _overlap_migration():
    return importlib.import_module("werkspoor.registry.migrations.0002_no_overlapping_periods")


def restore_sqlite_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    from werkspoor.registry.integrity import overlap_constraint_name

    name = overlap_constraint_name(TABLE)
    for event in ("INSERT", "UPDATE"):
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}_{event.lower()}")
        schema_editor.execute(_overlap_migration()._sqlite_trigger(TABLE, event))


class Migration(migrations.Migration):
    dependencies = [
        ("applications", "0001_initial"),
        ("registry", "0002_no_overlapping_periods"),
    ]

    operations = [
        migrations.AddField(
            model_name="uitkering",
            name="aanvraag",
            field=models.OneToOneField(
                blank=True,
                help_text="De aanvraag waarop de uitkering is toegekend (leeg = niet geregistreerd).",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="uitkering",
                to="applications.aanvraag",
            ),
        ),
        migrations.RunPython(restore_sqlite_triggers, migrations.RunPython.noop),
    ]
