# SPDX-License-Identifier: EUPL-1.2
"""Duiding: beleid writes a version per tile per quarter (author and time kept), a second
beleid user approves it, only approved text is published (dashboard, PDF, letter), and every
step is in the audit log."""

import pytest
from django.db import IntegrityError

from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.core.periods import Quarter
from werkspoor.duidingen import services
from werkspoor.web import roles

Q = Quarter(2020, 4)


@pytest.fixture
def beleid(build):
    return build.user(roles.BELEID, "beleid-een"), build.user(roles.BELEID, "beleid-twee")


def test_every_save_is_a_new_version_with_author_and_time(beleid):
    een, _ = beleid
    first = services.write(een, Q, "bestand", "Het bestand steeg.\n\nDoor corona.")
    second = services.write(een, Q, "bestand", "Het bestand steeg licht.")
    assert (first.nummer, second.nummer) == (1, 2)
    assert first.auteur == een and first.geschreven_op is not None
    assert first.paragraphs() == ["Het bestand steeg.", "Door corona."]
    assert services.published(Q) == {}


def test_a_second_beleid_user_approves_and_then_it_is_published(beleid):
    een, twee = beleid
    versie = services.write(een, Q, "bestand", "Het bestand steeg.")
    with pytest.raises(services.DuidingError, match="eigen duiding"):
        services.approve(een, versie)
    services.approve(twee, versie)
    assert services.published(Q)["bestand"].tekst == "Het bestand steeg."
    superseded = services.write(twee, Q, "bestand", "Tussentekst.")
    newer = services.write(twee, Q, "bestand", "Nieuwe tekst.")
    assert services.published(Q)["bestand"].nummer == 1  # until a newer one is approved
    with pytest.raises(services.DuidingError, match="nieuwere versie"):
        services.approve(een, superseded)
    services.approve(een, newer)
    assert services.published(Q)["bestand"].tekst == "Nieuwe tekst."


def test_the_database_refuses_approval_by_the_author(beleid):
    from django.utils import timezone

    een, _ = beleid
    versie = services.write(een, Q, "instroom", "Tekst.")
    versie.goedgekeurd_door, versie.goedgekeurd_op = een, timezone.now()
    with pytest.raises(IntegrityError):
        versie.save()


def test_every_step_is_audited_without_the_text(beleid):
    een, twee = beleid
    versie = services.write(een, Q, "bestand", "Geheime formulering.")
    services.approve(twee, versie)
    records = list(AuditRecord.objects.order_by("volgnummer"))
    assert [r.actie for r in records] == [
        AuditActie.DUIDING_GESCHREVEN,
        AuditActie.DUIDING_GOEDGEKEURD,
    ]
    assert [r.gebruiker for r in records] == ["beleid-een", "beleid-twee"]
    assert records[0].detail["tegel"] == "bestand" and records[0].detail["versie"] == 1
    assert "Geheime" not in str(records[0].detail)


def test_an_empty_text_or_an_unknown_tile_is_refused(beleid):
    een, _ = beleid
    with pytest.raises(services.DuidingError, match="lege duiding"):
        services.write(een, Q, "bestand", "   ")
    with pytest.raises(services.DuidingError, match="Onbekende tegel"):
        services.write(een, Q, "bestaat-niet", "Tekst")


def test_web_flow_write_approve_and_see_it_on_the_public_dashboard(client, published, beleid):
    een, twee = beleid
    client.force_login(een)
    response = client.post("/duiding/2020Q4/bestand/", {"tekst": "De stijging komt door corona."})
    assert response.status_code == 302
    page = client.get("/duiding/2020Q4/bestand/").content.decode()
    assert "wacht op goedkeuring" in page and "goedkeuren en publiceren" not in page
    client.logout()
    assert "De stijging komt door corona." not in client.get("/dashboard/2020Q4/").content.decode()
    client.force_login(twee)
    versie = services.history(Q, "bestand")[0]
    client.post(f"/duiding/2020Q4/bestand/versies/{versie.pk}/goedkeuren/")
    client.logout()
    assert "De stijging komt door corona." in client.get("/dashboard/2020Q4/").content.decode()


def test_only_beleid_opens_the_duiding_screens(client, published, build):
    client.force_login(build.user(roles.WERKCOACH, "coach"))
    assert client.get("/duiding/2020Q4/").status_code == 403
    client.force_login(build.user(roles.BELEID, "beleid"))
    assert client.get("/duiding/2020Q4/").status_code == 200
    assert client.get("/duiding/2030Q1/").status_code == 404
    assert client.get("/duiding/").status_code == 302


def test_approval_remakes_the_quarters_pdf(client, published, beleid, settings, tmp_path):
    from werkspoor.reports.services import pdf_path
    from werkspoor.reports.store import current

    settings.DATA_DIR = tmp_path
    settings.WERKSPOOR_PDF_NA_GOEDKEURING = "direct"
    een, twee = beleid
    services.approve(twee, services.write(een, Q, "algemeen", "Een bijzonder kwartaal."))
    assert pdf_path(current(), Q).exists()
    assert client.get("/dashboard/2020Q4/dashboard.pdf").status_code == 200


def test_the_overview_steps_to_the_quarters_around_the_one_shown():
    from werkspoor.core.periods import quarters_between
    from werkspoor.duidingen.views import _around

    quarters = quarters_between(Quarter(2017, 1), Quarter(2025, 4))
    around = [str(q) for q in _around(quarters, Quarter(2021, 4))]
    assert around == [
        "2022Q4", "2022Q3", "2022Q2", "2022Q1", "2021Q4", "2021Q3", "2021Q2", "2021Q1", "2020Q4"
    ]  # fmt: skip
    first = _around(quarters, Quarter(2017, 2), 1)
    assert [str(q) for q in first] == ["2017Q3", "2017Q2", "2017Q1"]
