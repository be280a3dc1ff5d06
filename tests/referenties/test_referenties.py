# SPDX-License-Identifier: EUPL-1.2
"""Reference series: a file is read row by row (a bad row is rejected with line, column and
reason and kept), a series in the file replaces the stored one, and the Dashboard shows the
series' change against a year earlier next to the gemeente's."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.core.periods import Quarter
from werkspoor.referenties import services
from werkspoor.referenties.models import Referentiewaarde
from werkspoor.web import roles

HEADER = "reeks,gebied,periode,waarde,eenheid,bron\n"
SHIPPED = Path(__file__).parents[2] / "definitions" / "referenties"


def test_good_rows_are_read_and_bad_rows_rejected_with_line_column_and_reason(db):
    content = (
        HEADER
        + "bijstand.bestand,Nederland,2020Q4,428020,personen,CBS\n"
        + "bijstand.bestand,Nederland,2020Q9,1,personen,CBS\n"
        + "bijstand.bestand,Nederland,2019Q4,414.610.0,personen,CBS\n"
        + "onbekend.cijfer,Nederland,2019Q4,1,personen,CBS\n"
        + "bijstand.bestand,Nederland,2019Q4,414610,personen,\n"
        + "bijstand.bestand,Nederland,2020Q4,1,personen,CBS\n"
    ).encode()
    result = services.read(content, "reeks.csv", {"bijstand.bestand"})
    assert len(result.goed) == 1
    rejected = [(a.regel, a.kolom) for a in result.afgewezen]
    assert rejected == [(3, "periode"), (4, "waarde"), (5, "reeks"), (6, "bron"), (7, "periode")]
    assert "regel,kolom,reden" in result.rejects_csv() and "2020Q9" in result.rejects_csv()


def test_a_file_that_is_not_utf8_or_lacks_a_column_is_refused_whole(db):
    with pytest.raises(services.OnbruikbaarBestand, match="geen UTF-8"):
        services.read(HEADER.encode() + "x,\xe9\n".encode("latin-1"), "oud.csv")
    with pytest.raises(services.OnbruikbaarBestand, match="mist de kolom"):
        services.read(b"reeks;gebied;periode;waarde\n", "half.csv")


def test_semicolons_and_decimal_commas_are_read(db):
    content = (
        "reeks;gebied;periode;waarde;eenheid;bron\nbijstand.groei_jaar;G4;2020;3,2;procent;X\n"
    )
    result = services.read(content.encode(), "g4.csv", {"bijstand.groei_jaar"})
    assert result.goed and not result.afgewezen


def test_a_series_in_the_file_replaces_the_stored_one_and_is_audited(db):
    first = (
        HEADER
        + "bijstand.bestand,Nederland,2020Q4,1,personen,A\n"
        + ("bijstand.bestand,Nederland,2020Q3,2,personen,A\n")
    )
    services.store(services.read(first.encode(), "a.csv"))
    second = HEADER + "bijstand.bestand,Nederland,2020Q4,3,personen,B\n"
    services.store(services.read(second.encode(), "b.csv"))
    assert list(Referentiewaarde.objects.values_list("periode", "waarde")) == [("2020Q4", 3)]
    assert AuditRecord.objects.filter(actie=AuditActie.REFERENTIES_INGELEZEN).count() == 2


def test_the_shipped_cbs_series_is_published_data_with_its_source(db):
    path = SHIPPED / "cbs-personen-met-bijstand-nederland.csv"
    result = services.read(path.read_bytes(), path.name, {"bijstand.bestand"})
    assert len(result.goed) == 16 and not result.afgewezen
    assert all("85585NED" in row["bron"] for row in result.goed)
    services.store(result)
    (change,) = services.comparisons("bijstand.bestand", Quarter(2020, 4))
    # CBS: 428.020 at the end of 2020 against 414.610 a year earlier: +3,2%.
    assert change.gebied == "Nederland" and round(change.verandering, 1) == 3.2


def test_command_exit_codes(db, tmp_path):
    good = tmp_path / "goed.csv"
    good.write_text(HEADER + "bijstand.bestand,Nederland,2020Q4,1,personen,CBS\n", "utf-8")
    out = io.StringIO()
    call_command("referenties", str(good), stdout=out)
    assert "1 waarde(n) ingelezen" in out.getvalue()
    bad = tmp_path / "fout.csv"
    bad.write_text(HEADER + "bijstand.bestand,Nederland,2020Q9,1,personen,CBS\n", "utf-8")
    with pytest.raises(CommandError) as raised:
        call_command("referenties", str(bad), stdout=io.StringIO())
    assert raised.value.returncode == 1
    assert (tmp_path / "fout.csv.afgewezen.csv").exists()
    with pytest.raises(CommandError) as missing:
        call_command("referenties", str(tmp_path / "weg.csv"))
    assert missing.value.returncode == 2


def test_the_dashboard_shows_the_reference_change_next_to_the_tile(client, published):
    path = SHIPPED / "cbs-personen-met-bijstand-nederland.csv"
    services.store(services.read(path.read_bytes(), path.name))
    html = client.get("/dashboard/2020Q4/").content.decode()
    assert "Nederland: +3,2% ten opzichte van een jaar eerder" in html


def test_beleid_uploads_a_file_in_the_web_app_and_others_may_not(client, build):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(build.user(roles.WERKCOACH, "coach"))
    assert client.get("/referenties/").status_code == 403
    client.force_login(build.user(roles.BELEID, "beleid"))
    upload = SimpleUploadedFile(
        "r.csv",
        (HEADER + "bijstand.bestand,Nederland,2020Q4,1,personen,CBS\nx,y,2020Q4,1,z,w\n").encode(),
    )
    html = client.post("/referenties/", {"bestand": upload}).content.decode()
    assert "1 waarde(n) ingelezen; 1 rij(en) afgewezen" in html
    assert "geen indicator van de catalogus" in html
