# SPDX-License-Identifier: EUPL-1.2
"""One resident never has two overlapping benefits, arrangements or vaste werkcoaches.

PostgreSQL: an exclusion constraint over daterange(startdatum, einddatum, '[)').
SQLite: BEFORE INSERT/UPDATE triggers that abort with the constraint's name.
"""

from django.db import migrations

from werkspoor.registry.integrity import OVERLAP_TABLES, overlap_constraint_name


def _sqlite_trigger(table: str, event: str) -> str:
    name = overlap_constraint_name(table)
    same_row = " AND o.id <> NEW.id" if event == "UPDATE" else ""
    return f"""
        CREATE TRIGGER {name}_{event.lower()} BEFORE {event} ON {table}
        WHEN EXISTS (
            SELECT 1 FROM {table} o
            WHERE o.inwoner_id = NEW.inwoner_id{same_row}
              AND (o.einddatum IS NULL OR o.einddatum > NEW.startdatum)
              AND (NEW.einddatum IS NULL OR o.startdatum < NEW.einddatum)
        )
        BEGIN SELECT RAISE(ABORT, '{name}'); END;
    """


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    for table in OVERLAP_TABLES:
        name = overlap_constraint_name(table)
        if vendor == "postgresql":
            schema_editor.execute(
                f"ALTER TABLE {table} ADD CONSTRAINT {name} EXCLUDE USING gist "
                f"(inwoner_id WITH =, daterange(startdatum, einddatum, '[)') WITH &&)"
            )
        elif vendor == "sqlite":
            schema_editor.execute(_sqlite_trigger(table, "INSERT"))
            schema_editor.execute(_sqlite_trigger(table, "UPDATE"))
        else:
            raise NotImplementedError(f"Werkspoor ondersteunt database '{vendor}' niet.")


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table in OVERLAP_TABLES:
        name = overlap_constraint_name(table)
        if vendor == "postgresql":
            schema_editor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
        else:
            schema_editor.execute(f"DROP TRIGGER {name}_insert")
            schema_editor.execute(f"DROP TRIGGER {name}_update")


class Migration(migrations.Migration):
    dependencies = [("registry", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
