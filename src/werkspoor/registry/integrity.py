# SPDX-License-Identifier: EUPL-1.2
"""Turning a database constraint violation into the model layer's Dutch message.

The model layer validates first (`full_clean`), but bulk paths (import, demo) rely on the
database; this maps the constraint name in the database's error back to its message.
"""

from __future__ import annotations

from django.apps import apps
from django.db import IntegrityError

OVERLAP_TABLES = ("registry_uitkering", "registry_arrangementperiode", "registry_toewijzing")


def overlap_constraint_name(table: str) -> str:
    return f"{table}_geen_overlap"


def _known_messages() -> dict[str, str]:
    messages = {}
    for model in apps.get_models():
        for constraint in model._meta.constraints:
            messages[constraint.name] = str(constraint.violation_error_message) % {
                "name": constraint.name
            }
        if getattr(model, "overlap_scope", None):
            messages[overlap_constraint_name(model._meta.db_table)] = model.overlap_message
    return messages


def explain_integrity_error(error: IntegrityError) -> str:
    text = str(error)
    for name, message in sorted(_known_messages().items(), key=lambda item: -len(item[0])):
        if name in text:
            return message
    if "UNIQUE" in text.upper() or "unique" in text or "duplicate key" in text:
        return "Deze code bestaat al (dubbele sleutel)."
    if "FOREIGN KEY" in text.upper() or "foreign key" in text:
        return "Dit verwijst naar iets dat niet bestaat."
    return "De gegevens voldoen niet aan de regels van de registratie."
