# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor dashboard`: the PDF has the expected pages (Dashboard, Monitor, definitions
annex), published figures only, Dutch formats; the web pages show the same specs."""

import io
import json

import pytest
from django.core.management import call_command
from pypdf import PdfReader

from werkspoor.reports import charts, formatting
from werkspoor.reports.services import clear_cache, figures_for


@pytest.fixture(autouse=True)
def fresh_cache():
    clear_cache()
    yield
    clear_cache()


def test_dutch_number_formats():
    assert formatting.number(1038) == "1.038"
    assert formatting.percent(4.7) == "4,7%"
    assert formatting.percent(0.225, is_fraction=True) == "22,5%"
    assert formatting.signed(-0.9, 1, "%") == "−0,9%"
    assert formatting.value_for("uitkeringen", None) == formatting.ONDERDRUKT


def test_every_chart_spec_carries_the_dutch_number_locale(kleine_stad):
    from werkspoor.core.periods import Quarter

    specs = charts.monitor_specs(figures_for(Quarter(2020, 4)))
    assert set(specs) == {
        "bestand",
        "stromen",
        "per_wijk",
        "arrangementen",
        "doorstroom",
        "werkbeweging",
    }
    for spec in specs.values():
        assert spec["config"]["locale"]["number"]["decimal"] == ","
        assert spec["config"]["locale"]["number"]["thousands"] == "."


def test_dashboard_writes_html_pdf_and_published_figures_with_the_expected_pages(
    kleine_stad, tmp_path
):
    out = io.StringIO()
    call_command("dashboard", "2020Q4", "--uit", str(tmp_path), stdout=out)
    pdf = PdfReader(tmp_path / "dashboard-2020Q4.pdf")
    pages = [page.extract_text() for page in pdf.pages]
    assert pdf.pages[0].mediabox.width == pytest.approx(595.3, abs=1)  # A4 portrait, in points
    assert "Dashboard Werk en Inkomen — 2020Q4" in pages[0]
    assert "Lopende bijstandsuitkeringen" in pages[0]
    assert any("Monitor Werk en Inkomen — 2020Q4" in p for p in pages[1:3])
    annex = [n for n, p in enumerate(pages) if "Bijlage: definities" in p]
    assert annex and annex[0] >= 3
    assert "bijstand.uitstroom_werk" in "".join(pages[annex[0] :])
    published = json.loads((tmp_path / "indicatoren-2020Q4.json").read_text(encoding="utf-8"))
    assert published and all(r["onderdrukt"] for r in published)  # nine residents: all under 10
    assert (
        (tmp_path / "dashboard-2020Q4.html")
        .read_text(encoding="utf-8")
        .startswith("<!DOCTYPE html>")
    )


def test_bad_quarter_is_one_dutch_sentence(db):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="geen kwartaal"):
        call_command("dashboard", "2021Q9")


def test_public_dashboard_page_shows_only_controlled_figures_and_links_definitions(
    client, kleine_stad
):
    response = client.get("/dashboard/2020Q4/?uitsplitsing=regeling")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="/dashboard/indicatoren/#bijstand.bestand"' in html
    assert "vendor/vega-embed.min.js" in html and "cdn" not in html.lower()
    assert ">3<" not in html  # the bestand of 3 is under the threshold
    assert "Toon zonder onthullingscontrole" not in html


def test_latest_dashboard_redirects_to_the_last_complete_quarter(client, kleine_stad):
    """The registry's last date is 2020-12-15 (G's benefit ends), so 2020Q4 is not complete."""
    response = client.get("/dashboard/")
    assert response.status_code == 302
    assert response["Location"] == "/dashboard/2020Q3/"


def test_the_quarter_navigation_stops_at_the_last_complete_quarter(client, kleine_stad):
    latest = client.get("/dashboard/2020Q3/").content.decode()
    assert 'href="/dashboard/2020Q2/"' in latest
    assert 'href="/dashboard/2020Q4/"' not in latest
    earlier = client.get("/dashboard/2020Q2/").content.decode()
    assert 'href="/dashboard/2020Q3/"' in earlier


def test_user_with_permission_may_switch_disclosure_control_off(
    client, kleine_stad, django_user_model
):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("analist", password="x" * 12)
    user.user_permissions.add(Permission.objects.get(codename="view_unsuppressed"))
    client.force_login(user)
    html = client.get(
        "/dashboard/2020Q4/?uitsplitsing=regeling&onthullingscontrole=uit"
    ).content.decode()
    assert "zonder onthullingscontrole" in html
    assert "<td>3</td>" in html  # PW bestand of the kleine stad


def test_catalogue_page_has_an_anchor_per_indicator(client, db):
    from werkspoor.indicators.catalogue import catalogue

    html = client.get("/dashboard/indicatoren/").content.decode()
    assert all(f'id="{i.id}"' in html for i in catalogue())


def test_only_the_chart_page_allows_script_eval_for_vega(client, kleine_stad):
    dashboard = client.get("/dashboard/2020Q3/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-eval'" in dashboard
    assert "object-src 'none'" in dashboard
    assert "unsafe-eval" not in client.get("/dashboard/indicatoren/")["Content-Security-Policy"]
