# SPDX-License-Identifier: EUPL-1.2
"""The inburgeringsconsulent's work: the work list's order, deadlines and duaal status, the
PIP with its route (and a later change of route), the end, and the audit trail. Today is
2024-06-03 (tests/web/conftest)."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.inburgering import services
from werkspoor.web import roles

TODAY = date(2024, 6, 3)


def test_no_pip_first_by_its_due_date_then_by_the_end_of_the_term(build):
    """Without a PIP: started 2024-01-10 (due 2024-03-20, late) before 2024-04-01 (due
    06-10). With a PIP: dated 2022-05-01 (term until 2025-05-01) before 2023-01-01."""
    a = build.inburgering(build.inwoner(), date(2024, 4, 1))
    b = build.inburgering(build.inwoner(), date(2024, 1, 10))
    c = build.inburgering(build.inwoner(), date(2022, 11, 1), pip_datum=date(2023, 1, 1), route="z")
    d = build.inburgering(build.inwoner(), date(2022, 3, 1), pip_datum=date(2022, 5, 1), route="b1")
    build.traject(d.inwoner, "werkervaringsplek", date(2024, 5, 1))
    build.inburgering(
        build.inwoner(), date(2022, 2, 1), pip_datum=date(2022, 3, 1), route="b1",
        einddatum=date(2024, 5, 1), resultaat="voldaan",
    )  # fmt: skip
    running = services.lopend(TODAY)
    rows = services.werklijst(running, TODAY)
    assert [row.inburgering for row in rows] == [b, a, d, c]
    assert rows[0].pip.uiterste_dag == date(2024, 3, 20) and rows[0].pip.verlopen
    assert rows[1].pip.label == "nog 7 dagen" and rows[1].termijn is None
    assert rows[2].termijn.uiterste_dag == date(2025, 5, 1) and rows[2].duaal_label == "traject"
    assert services.samenvatting(running, TODAY) == {"totaal": 4, "pip_te_laat": 1, "duaal": 1}
    assert [r.inburgering for r in services.werklijst(services.lopend(TODAY, True), TODAY)] == [
        b,
        a,
    ]


def test_pip_route_change_and_end_are_checked_and_audited(build):
    user = build.user(roles.INBURGERINGSCONSULENT, "ic")
    person = build.inwoner()
    inburgering = services.starten(user, person, date(2024, 3, 1), "gezin")
    with pytest.raises(ValidationError, match="al in inburgering"):
        services.starten(user, person, date(2024, 3, 2), "gezin")
    with pytest.raises(ValidationError) as error:
        services.pip(user, inburgering, date(2024, 2, 1), "b1")
    assert "vóór de start van de inburgering (01-03-2024)" in str(error.value)
    services.pip(user, inburgering, date(2024, 5, 10), "b1")  # day 70: on time
    with pytest.raises(ValidationError, match="al de leerroute"):
        services.pip(user, inburgering, date(2024, 5, 20), "b1")
    services.pip(user, inburgering, date(2024, 5, 20), "z")  # schakelen keeps the PIP's date
    inburgering.refresh_from_db()
    assert (inburgering.pip_datum, inburgering.route) == (date(2024, 5, 10), "z")
    services.beeindigen(user, inburgering, date(2024, 6, 1), "verhuisd")
    with pytest.raises(ValidationError, match="beëindigd"):
        services.pip(user, inburgering, date(2024, 6, 2), "b1")
    steps = [
        (r.detail["stap"], r.detail.get("op_tijd"))
        for r in AuditRecord.objects.filter(actie=AuditActie.INBURGERING_GEWIJZIGD).order_by(
            "volgnummer"
        )
    ]
    assert steps == [("start", None), ("pip", True), ("schakelen", None), ("einde", None)]


def test_the_work_list_view_counts_and_is_audited(client, themes):
    client.force_login(themes.users[roles.INBURGERINGSCONSULENT])
    html = client.get("/inburgering/").content.decode()
    assert "Dilan Yilmaz" in html and "1 inwoner in inburgering" in html
    record = AuditRecord.objects.get(actie=AuditActie.WERKLIJST_BEKEKEN)
    assert record.detail == {"werklijst": "inburgering", "aantal": 1}
