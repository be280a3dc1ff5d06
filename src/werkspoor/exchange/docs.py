# SPDX-License-Identifier: EUPL-1.2
"""docs/uitwisselformaat.md, generated from the format's declaration in spec.py.

The prose lives in doc_template.md; the tables per file are rendered from FILES, so the
documentation cannot drift from what the importer and exporter do (a test checks it).
"""

from __future__ import annotations

from pathlib import Path

from .columns import Code, Reference
from .declaration import BoundColumn, ExchangeFile
from .spec import FILES

TEMPLATE = Path(__file__).with_name("doc_template.md")
MARKER = "<!-- BESTANDEN -->"


def _kind_text(column: BoundColumn) -> str:
    text = column.kind.describe()
    max_length = getattr(column.model_field, "max_length", None)
    if max_length and not isinstance(column.kind, Code | Reference):
        text += f", hoogstens {max_length} tekens"
    if column.model_field.unique and not isinstance(column.kind, Reference):
        text += "; uniek"
    return text


def _column_row(column: BoundColumn) -> str:
    required = "ja" if column.required else "nee"
    empty = column.empty_meaning() or "nee"
    cells = [f"`{column.name}`", required, empty, _kind_text(column), column.column.meaning]
    return "| " + " | ".join(cells) + " |"


def _file_section(exchange_file: ExchangeFile) -> str:
    key = f"Sleutel: `{exchange_file.key}`. " if exchange_file.key else "Geen eigen sleutel. "
    order = ", ".join(f"`{name}`" for name in exchange_file.sort) or "alle kolommen"
    lines = [
        f"### {exchange_file.name}",
        "",
        f"{exchange_file.meaning} {key}Volgorde bij export: {order}.",
        "",
        "| kolom | verplichte kolom | leeg | soort en waarden | betekenis |",
        "|---|---|---|---|---|",
        *[_column_row(column) for column in exchange_file.columns],
    ]
    return "\n".join(lines)


def render_format_doc() -> str:
    sections = "\n\n".join(_file_section(exchange_file) for exchange_file in FILES)
    template = TEMPLATE.read_text(encoding="utf-8")
    return template.replace(MARKER, sections)
