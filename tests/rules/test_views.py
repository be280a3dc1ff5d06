# SPDX-License-Identifier: EUPL-1.2
"""The calculator page without JavaScript (plain GET and POST), its JSON API and the schema."""

import re

import pytest
from django.urls import reverse

QUERY = {
    "huishouden": "alleenstaande",
    "leeftijd": "35",
    "huisgenoten": "0",
    "netto_loon": "800",
    "uren_per_week": "16",
    "startmaand": "2024-07-01",
}


def test_page_is_public_and_asks_plain_questions(client):
    response = client.get(reverse("rules:rekenhulp"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hoeveel verdient u netto per maand" in html
    # The page needs no script of its own: the form submits and the server renders the result
    # (the shared layout's htmx is progressive enhancement; see test_browser for JS off).
    assert "<script>" not in html and 'action="/rekenhulp/"' in html


@pytest.mark.parametrize("method", ["get", "post"])
def test_calculation_works_without_javascript(client, method):
    response = getattr(client, method)(reverse("rules:rekenhulp"), QUERY)
    html = response.content.decode()
    assert response.status_code == 200
    # juli 2024: norm 1308,45; 25% van 800 = 200 vrij; 1308,45 - 600 = 708,45
    assert "708,45" in html
    assert "tot en met <strong>december 2024</strong>" in html
    assert "<svg" in html and "<table" in html


def _amount(cell: str) -> float:
    return float(re.sub(r"<[^>]+>|\(.*?\)", "", cell).strip().replace(".", "").replace(",", "."))


def test_every_table_row_adds_up_to_its_total_in_cents(client):
    html = client.get(reverse("rules:rekenhulp"), QUERY).content.decode()
    body = html.split('<tbody class="utrecht-table__body">', 1)[1].split("</tbody>", 1)[0]
    rows = re.findall(r"<tr.*?</tr>", body, re.S)
    assert rows
    for row in rows:
        loon, _, uitkering, totaal = (_amount(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row))
        # Werk en Inkomen pays 708,45 in juli 2024 (see above), never a truncated 708,00.
        assert round(loon + uitkering, 2) == totaal, row
    assert ">708,45</td>" in rows[0]


def test_missing_answers_are_named_at_the_question(client):
    response = client.get(reverse("rules:rekenhulp"), {**QUERY, "huishouden": "gehuwden"})
    assert "Vul de leeftijd van uw partner in." in response.content.decode()


def test_api_returns_the_same_calculation_as_json(client):
    data = client.get(reverse("rules:rekenhulp-api"), QUERY).json()
    first = data["maanden"][0]
    assert (first["norm"], first["vrijlating"], first["uitkering"]) == (1308.45, 200.0, 708.45)
    assert data["vrijlating_tot"] == "2024-12-01"
    assert {r["sleutel"] for r in data["regelingen"]} >= {"upas", "kwijtschelding", "studietoeslag"}


def test_api_rejects_bad_input_with_dutch_messages(client):
    response = client.get(reverse("rules:rekenhulp-api"), {**QUERY, "startmaand": "2019-01-01"})
    assert response.status_code == 400
    assert "geen normen" in response.json()["fouten"]["__all__"][0]


def test_schema_documents_the_api(client):
    schema = client.get(reverse("rules:api-schema")).json()
    assert schema["openapi"].startswith("3.")
    assert "/api/rekenhulp/" in schema["paths"]


def _toeslag(regelingen):
    return next(r for r in regelingen if r["sleutel"] == "individuele_inkomenstoeslag")


def test_no_internal_note_reaches_the_page_but_the_api_keeps_every_source(client):
    query = {**QUERY, "laag_inkomen_sinds": "2019-01-01"}
    html = client.get(reverse("rules:rekenhulp"), query).content.decode()
    for note in ("ONBEVESTIGD", "seed 0", "geen Utrechtse publicatie", "controleren met"):
        assert note not in html
    assert "De regels staan in de Participatiewet, artikel 36." in html
    assert "de gemeente moet de grens bij deze regeling nog bevestigen" in html
    toeslag = _toeslag(client.get(reverse("rules:rekenhulp-api"), query).json()["regelingen"])
    assert "[ONBEVESTIGD:" in toeslag["bron"] and "(seed 002)" not in toeslag["regels"]
    assert toeslag["zeker"] is False


def test_individuele_inkomenstoeslag_can_be_for_you_after_years_of_low_income(client):
    """July 2024, since January 2019: 5 years and 6 months, the scheme asks 36 months."""
    api = reverse("rules:rekenhulp-api")
    lang = _toeslag(
        client.get(api, {**QUERY, "laag_inkomen_sinds": "2019-01-01"}).json()["regelingen"]
    )
    assert lang["recht"] is True and lang["onvolledig"] is False
    assert "U heeft 5 jaar en 6 maanden een laag inkomen." in lang["redenen"][-1]
    kort = _toeslag(
        client.get(api, {**QUERY, "laag_inkomen_sinds": "2023-01-01"}).json()["regelingen"]
    )
    assert kort["recht"] is False and "1 jaar en 6 maanden" in kort["redenen"][-1]
    onbekend = _toeslag(client.get(api, QUERY).json()["regelingen"])
    assert onbekend["recht"] is False and onbekend["onvolledig"] is True
    html = client.get(reverse("rules:rekenhulp"), QUERY).content.decode()
    assert "Dat weten we nog niet" in html


def test_low_income_cannot_start_after_the_work(client):
    response = client.get(reverse("rules:rekenhulp"), {**QUERY, "laag_inkomen_sinds": "2024-09-01"})
    assert "Deze datum ligt na de dag dat u begint met werken." in response.content.decode()


def test_date_fields_are_filled_in_iso_so_browsers_keep_them(client):
    html = client.get(reverse("rules:rekenhulp"), {**QUERY, "laag_inkomen_sinds": "2019-01-01"})
    text = html.content.decode()
    assert 'type="date" name="startmaand" value="2024-07-01"' in text
    assert 'name="laag_inkomen_sinds" value="2019-01-01"' in text
