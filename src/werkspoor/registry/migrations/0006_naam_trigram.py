# SPDX-License-Identifier: EUPL-1.2
"""A trigram index on residents' names for the search by part of a name (name_index.py)."""

from django.db import migrations


def create(apps, schema_editor):
    from werkspoor.registry import name_index

    name_index.ensure(schema_editor.connection)


def drop(apps, schema_editor):
    from werkspoor.registry import name_index

    name_index.drop(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("registry", "0005_inwoner_naam_index")]
    operations = [migrations.RunPython(create, drop)]
