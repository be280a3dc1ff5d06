# SPDX-License-Identifier: EUPL-1.2
"""The raadsbrief (Dashboardbrief) as a Word document, from the text template beleid edits
(`definitions/rapporten/raadsbrief.txt`): the key figures with their changes in Dutch
number format, the approved duiding and the names of the attachments. Officials finish the
letter in Word; the figures in it are the published ones."""

from __future__ import annotations

import io
import re
from pathlib import Path

from django.conf import settings
from django.template import Context, Engine
from django.utils.formats import date_format

from werkspoor.core.gemeente import current_gemeente
from werkspoor.core.periods import Quarter
from werkspoor.core.today import vandaag

from . import formatting
from .figures import Figures, tile_definitions, to_date_label
from .services import report_names

ORDINALS = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde"}
TEMPLATE_ENGINE = Engine(autoescape=False)
BLUE = (0x1F, 0x4E, 0x79)
COLUMN_WIDTHS_CM = (6.0, 2.3, 2.6, 2.6, 3.0)


def template_path() -> Path:
    return Path(settings.DEFINITIONS_DIR) / "rapporten" / "raadsbrief.txt"


def quarter_text(quarter: Quarter) -> str:
    return f"het {ORDINALS[quarter.number]} kwartaal van {quarter.year}"


def _direction(change, up="steeg", down="daalde", same="bleef gelijk") -> str:
    return up if change > 0 else (down if change < 0 else same)


def sentences(figures: Figures) -> dict[str, str]:
    """The sentences about the bestand and the outflow to work, from the published figures."""
    q = figures.kwartaal
    now = figures.value("bijstand.bestand", q)
    growth_q = figures.value("bijstand.groei_kwartaal", q)
    growth_y = figures.value("bijstand.groei_jaar", q)
    to_date = q.year_to_date
    work = figures.value("bijstand.uitstroom_werk", to_date)
    work_before = figures.value("bijstand.uitstroom_werk", to_date.year_earlier())
    result = {"bestand": formatting.number(now)}
    if now is None or growth_q is None:
        result["bestand_kwartaal_zin"] = (
            f"Het aantal bijstandsuitkeringen in {quarter_text(q)} is niet gepubliceerd "
            f"(onthullingscontrole)."
        )
    else:
        amount = "" if growth_q == 0 else f" met {formatting.percent(abs(growth_q))}"
        result["bestand_kwartaal_zin"] = (
            f"In {quarter_text(q)} {_direction(growth_q)} het aantal bijstandsuitkeringen"
            f"{amount}, naar {formatting.number(now)} op {date_format(q.last_day, 'j F Y')}."
        )
    if growth_y is None:
        result["bestand_jaar_zin"] = ""
    elif q.number == 4:
        verb = _direction(growth_y, "opgelopen", "gedaald", "gelijk gebleven")
        amount = "" if growth_y == 0 else f" met {formatting.percent(abs(growth_y))}"
        result["bestand_jaar_zin"] = (
            f"Hiermee is het aantal bijstandsuitkeringen in {q.year} {verb}{amount}."
        )
    else:
        verb = _direction(growth_y, "hoger", "lager", "even hoog")
        amount = "" if growth_y == 0 else f"{formatting.percent(abs(growth_y))} "
        result["bestand_jaar_zin"] = f"Dat is {amount}{verb} dan een jaar eerder."
    if work is None:
        result["uitstroom_werk_zin"] = ""
    else:
        before = (
            f", vergeleken met {formatting.number(work_before)} in "
            + (str(q.year - 1) if q.number == 4 else "dezelfde periode van " + str(q.year - 1))
            if work_before is not None
            else ""
        )
        when = (
            str(q.year)
            if q.number == 4
            else f"{q.year} tot en met het {ORDINALS[q.number]} kwartaal"
        )
        result["uitstroom_werk_zin"] = (
            f"In {when} zijn {formatting.number(work)} bijstandsuitkeringen beëindigd omdat de "
            f"inwoner aan het werk ging{before}."
        )
    return result


def letter_context(figures: Figures, duiding: dict) -> dict:
    q = figures.kwartaal
    names = report_names(q)
    algemeen = duiding.get("algemeen")
    return {
        "gemeente": current_gemeente(),
        "kwartaal": q,
        "kwartaal_tekst": quarter_text(q),
        "jaar": q.year,
        "tot_nu": to_date_label(q),
        "datum": date_format(vandaag(), "j F Y"),
        "cijfers": sentences(figures),
        "algemeen": algemeen.paragraphs() if algemeen else [],
        "bijlagen": [
            f"Dashboard Werk en Inkomen {q} ({names['pdf']})",
            f"Monitor Werk en Inkomen {q} (in hetzelfde bestand, na het Dashboard)",
        ],
    }


def render_text(figures: Figures, duiding: dict) -> str:
    template = TEMPLATE_ENGINE.from_string(template_path().read_text(encoding="utf-8"))
    return template.render(Context(letter_context(figures, duiding)))


def _blocks(text: str) -> list[list[str]]:
    """Blocks separated by blank lines; a heading, bullet or marker line is a block alone."""
    blocks, current = [], []
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            if current:
                blocks.append(current)
            current = []
        elif re.match(r"^(#{1,2} |- |\[\[)", line):
            if current:
                blocks.append(current)
            blocks.append([line])
            current = []
        else:
            current.append(line.strip())
    if current:
        blocks.append(current)
    return blocks


def _styles(document) -> None:
    from docx.shared import Pt, RGBColor

    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    for name, size in (("Title", 16), ("Heading 2", 12)):
        style = document.styles[name]
        style.font.name = "Arial"
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(*BLUE)


def _page_number_footer(document) -> None:
    """'pagina N' in the footer, as a Word field (updated by Word itself)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.add_run("pagina ")
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)
        else:
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)


def _key_figures_table(document, figures: Figures) -> None:
    from docx.shared import Cm, Pt

    tiles = figures.tiles()
    table = document.add_table(rows=1, cols=5)
    table.style = "Light List Accent 1"
    header = [
        "Kerncijfer",
        str(figures.kwartaal),
        "t.o.v. vorig kwartaal",
        "t.o.v. jaar eerder",
        to_date_label(figures.kwartaal),
    ]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for tile in tiles:
        row = table.add_row().cells
        row[0].text = tile.label
        row[1].text = tile.text
        row[2].text = tile.vs_previous
        row[3].text = tile.vs_year
        row[4].text = f"{tile.to_date_text} ({tile.to_date_vs_year})" if tile.flow else ""
    table.autofit = False
    for column, width in zip(table.columns, COLUMN_WIDTHS_CM, strict=True):
        column.width = Cm(width)  # the grid (LibreOffice) and each cell (Word)
    for row in table.rows:
        for cell, width in zip(row.cells, COLUMN_WIDTHS_CM, strict=True):
            cell.width = Cm(width)
    note = document.add_paragraph(
        "– = niet gepubliceerd: de groep is kleiner dan de drempel van de onthullingscontrole, "
        "of er is geen vergelijkingscijfer. Tussen haakjes bij het jaar tot en met het kwartaal: "
        "de verandering ten opzichte van dezelfde periode een jaar eerder."
    )
    note.runs[0].font.size = Pt(8)
    for target in (t for tile in tiles for t in tile.targets):
        document.add_paragraph(target.text, style="List Bullet")


def _duiding(document, duiding: dict) -> None:
    labels = {t["id"]: t["label"] for t in tile_definitions()}
    for tile_id, label in labels.items():
        versie = duiding.get(tile_id)
        if versie is None:
            continue
        document.add_heading(label, level=2)
        for paragraph in versie.paragraphs():
            document.add_paragraph(paragraph)


def build_docx(figures: Figures, duiding: dict) -> bytes:
    """The letter as .docx bytes."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    _styles(document)
    header = document.sections[0].header.paragraphs[0]
    header.text = f"Gemeente {current_gemeente().naam} · Werk en Inkomen"
    _page_number_footer(document)
    for block in _blocks(render_text(figures, duiding)):
        first = block[0]
        if first.startswith("# "):
            document.add_heading(first[2:], level=0)
        elif first.startswith("## "):
            document.add_heading(first[3:], level=2)
        elif first.startswith("- "):
            document.add_paragraph(first[2:], style="List Bullet")
        elif first == "[[kerncijfers]]":
            _key_figures_table(document, figures)
        elif first == "[[duiding]]":
            _duiding(document, duiding)
        else:
            paragraph = document.add_paragraph()
            for n, line in enumerate(block):
                run = paragraph.add_run(line)
                if n < len(block) - 1:
                    run.add_break()
            paragraph.paragraph_format.space_after = Pt(8)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def file_name(quarter: Quarter) -> str:
    return f"raadsbrief-{quarter}.docx"
