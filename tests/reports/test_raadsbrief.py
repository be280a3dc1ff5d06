# SPDX-License-Identifier: EUPL-1.2
"""The raadsbrief: `werkspoor raadsbrief 2021Q4` writes a Word document from the template in
definitions/rapporten/ with the key figures in Dutch number format, the approved duiding
(and not the rest) and the names of the attachments; beleid gets the same from the web."""

import io

import pytest
from django.core.management import CommandError, call_command
from docx import Document

from werkspoor.core.periods import Quarter
from werkspoor.duidingen import services as duiding
from werkspoor.reports.figures import Figures
from werkspoor.reports.raadsbrief import sentences
from werkspoor.web import roles


def _text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_the_letter_has_the_figures_the_approved_duiding_and_the_attachments(
    published, build, tmp_path
):
    een, twee = build.user(roles.BELEID, "b1"), build.user(roles.BELEID, "b2")
    duiding.approve(twee, duiding.write(een, Quarter(2020, 4), "algemeen", "Een zwaar jaar."))
    duiding.approve(een, duiding.write(twee, Quarter(2020, 4), "uitstroom_werk", "Minder werk."))
    duiding.write(een, Quarter(2020, 4), "instroom", "Nog niet goedgekeurd.")
    out = io.StringIO()
    call_command("raadsbrief", "2020Q4", "--uit", str(tmp_path), stdout=out)
    path = tmp_path / "raadsbrief-2020Q4.docx"
    assert out.getvalue().strip() == str(path)
    text = _text(Document(path))
    assert "Dashboardbrief Werk en Inkomen 2020Q4" in text
    assert "Geachte leden van de raad," in text
    assert "het vierde kwartaal van 2020" in text
    assert "Een zwaar jaar." in text and "Minder werk." in text
    assert "Nog niet goedgekeurd." not in text
    assert "Dashboard Werk en Inkomen 2020Q4 (dashboard-2020Q4.pdf)" in text
    assert "Lopende bijstandsuitkeringen" in text  # the key figures table
    assert "Hoogachtend," in text


def test_sentences_use_dutch_numbers_and_the_direction_of_the_change():
    cells = {
        "2020Q4": {
            ("bijstand.bestand", ""): (9805, False),
            ("bijstand.groei_kwartaal", ""): (0.9, False),
            ("bijstand.groei_jaar", ""): (4.7, False),
        },
        "2020": {("bijstand.uitstroom_werk", ""): (1038, False)},
        "2019": {("bijstand.uitstroom_werk", ""): (1150, False)},
    }
    figures = Figures(Quarter(2020, 4), lambda p: cells.get(p, {}))
    text = sentences(figures)
    assert text["bestand_kwartaal_zin"] == (
        "In het vierde kwartaal van 2020 steeg het aantal bijstandsuitkeringen met 0,9%, "
        "naar 9.805 op 31 december 2020."
    )
    assert (
        text["bestand_jaar_zin"]
        == "Hiermee is het aantal bijstandsuitkeringen in 2020 opgelopen met 4,7%."
    )
    assert "1.038 bijstandsuitkeringen beëindigd" in text["uitstroom_werk_zin"]
    assert "vergeleken met 1.150 in 2019" in text["uitstroom_werk_zin"]


def test_a_quarter_outside_the_horizon_is_refused_with_exit_2(published):
    with pytest.raises(CommandError, match="Voor 2030Q1 zijn er nog geen cijfers") as raised:
        call_command("raadsbrief", "2030Q1")
    assert raised.value.returncode == 2


def test_beleid_downloads_the_letter_from_the_web_and_others_may_not(client, published, build):
    assert client.get("/dashboard/2020Q4/raadsbrief.docx").status_code == 302  # log in first
    client.force_login(build.user(roles.WERKCOACH, "coach"))
    assert client.get("/dashboard/2020Q4/raadsbrief.docx").status_code == 403
    client.force_login(build.user(roles.BELEID, "beleid"))
    response = client.get("/dashboard/2020Q4/raadsbrief.docx")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="raadsbrief-2020Q4.docx"'
    assert "Geachte leden van de raad," in _text(Document(io.BytesIO(response.content)))
