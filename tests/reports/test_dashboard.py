# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor dashboard` and the public pages: the PDF has the expected pages, published
figures only, Dutch formats; the pages read precomputed figures, never compute, answer 404
with an explanation outside the horizon and 503 before the first precomputation."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from pypdf import PdfReader

from werkspoor.core.periods import Quarter
from werkspoor.reports import formatting, monitor
from werkspoor.reports.services import figures_for


def test_dutch_number_formats():
    assert formatting.number(1038) == "1.038"
    assert formatting.percent(4.7) == "4,7%"
    assert formatting.percent(0.225, is_fraction=True) == "22,5%"
    assert formatting.signed(-0.9, 1, "%") == "−0,9%"
    assert formatting.signed(-0.04, 1) == "±0,0"  # rounds to zero: no sign
    assert formatting.signed(0.05, 0, "%") == "±0%"
    assert formatting.value_for("uitkeringen", None) == formatting.ONDERDRUKT


def test_every_monitor_chart_has_the_dutch_locale_a_table_and_a_description(published):
    figures = figures_for(published, Quarter(2020, 4), drempel=0)
    built = [c for page in monitor.PAGES for c in page.build(figures)]
    built += monitor.years_charts(figures)
    assert {c.id for c in built} >= {
        "bestand",
        "stromen",
        "uitstroom_reden",
        "duur",
        "jaren_bestand",
    }
    for chart in built:
        assert chart.spec["config"]["locale"]["number"]["decimal"] == ","
        assert chart.rows and chart.columns and chart.description.endswith(".")
    bestand = next(c for c in built if c.id == "bestand")
    assert ["2020Q4", "3"] in bestand.rows
    assert "naar 3 in 2020Q4" in bestand.description


def test_dashboard_writes_html_pdf_and_published_figures_with_the_expected_pages(
    published, tmp_path
):
    out = io.StringIO()
    call_command("dashboard", "2020Q4", "--uit", str(tmp_path), stdout=out)
    pdf = PdfReader(tmp_path / "dashboard-2020Q4.pdf")
    pages = [page.extract_text() for page in pdf.pages]
    assert pdf.pages[0].mediabox.width == pytest.approx(595.3, abs=1)  # A4 portrait, in points
    assert "Dashboard Werk en Inkomen — 2020Q4" in pages[0]
    assert "Lopende bijstandsuitkeringen" in pages[0]
    assert any("Monitor Werk en Inkomen — 2020Q4" in p for p in pages[1:3])
    assert any("Monitor: uitstroom naar reden" in p for p in pages)
    annex = [n for n, p in enumerate(pages) if "Bijlage: definities" in p]
    assert annex and annex[0] >= 3
    assert "bijstand.uitstroom_werk" in "".join(pages[annex[0] :])
    published_cells = json.loads((tmp_path / "indicatoren-2020Q4.json").read_text("utf-8"))
    shown = [r for r in published_cells if not r["onderdrukt"]]
    assert published_cells and all(
        r["waarde"] == 0 or r["indicator"] in ("caseload.per_werkcoach", "werkgevers.werkgevers")
        for r in shown
    )  # nine residents: every count of residents under 10 is hidden, zeros are published


def test_bad_or_unknown_quarter_is_one_dutch_sentence_with_exit_2(published):
    with pytest.raises(CommandError, match="geen kwartaal") as bad:
        call_command("dashboard", "2021Q9")
    with pytest.raises(CommandError, match="Voor 2030Q1 zijn er nog geen cijfers") as later:
        call_command("dashboard", "2030Q1")
    assert bad.value.returncode == later.value.returncode == 2


def test_public_dashboard_page_shows_only_controlled_figures_and_links_definitions(
    client, published
):
    response = client.get("/dashboard/2020Q4/?uitsplitsing=regeling")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="/dashboard/indicatoren/#bijstand.bestand"' in html
    assert "vendor/vega-embed.min.js" in html and "cdn" not in html.lower()
    assert ">3<" not in html  # the bestand of 3 is under the threshold
    assert "Toon zonder onthullingscontrole" not in html


def test_flow_tiles_show_the_year_to_date_next_to_a_year_earlier(client, published):
    html = client.get("/dashboard/2020Q3/").content.decode()
    assert "2020 t/m Q3:" in html
    assert "2020:" in client.get("/dashboard/2020Q4/").content.decode()


def test_pages_never_compute(client, published, monkeypatch):
    from werkspoor.indicators import engine

    def refuse(*args, **kwargs):
        raise AssertionError("a page started a computation")

    monkeypatch.setattr(engine.Engine, "__init__", refuse)
    for url in (
        "/dashboard/2020Q4/",
        "/dashboard/2020Q4/monitor/",
        "/dashboard/2020Q4/monitor/uitstroom/",
        "/dashboard/jaren/",
        "/dashboard/2020Q4/cijfers.csv",
        "/dashboard/2099Q4/",
    ):
        assert client.get(url).status_code in (200, 404), url


@pytest.mark.parametrize(
    "url, message",
    [
        ("/dashboard/2030Q1/", "Voor 2030Q1 zijn er nog geen cijfers"),
        ("/dashboard/9999Q4/", "Voor 9999Q4 zijn er nog geen cijfers"),
        ("/dashboard/2099Q4/monitor/", "Voor 2099Q4 zijn er nog geen cijfers"),
        ("/dashboard/1990Q1/", "Voor 1990Q1 zijn er geen cijfers"),
        ("/dashboard/2030Q1/cijfers.xlsx", "Voor 2030Q1"),
        ("/dashboard/kies/?kwartaal=2022Q1", "Voor 2022Q1"),
    ],
)
def test_a_period_without_data_is_a_404_with_an_explanation_and_a_link(
    client, published, url, message
):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 404
    assert message in html
    assert 'href="/dashboard/2021Q4/"' in html


def test_before_the_first_precomputation_pages_answer_503(client, db):
    response = client.get("/dashboard/2020Q4/")
    assert response.status_code == 503 and response["Retry-After"]
    assert "worden berekend" in response.content.decode()


def test_latest_dashboard_redirects_to_the_last_precomputed_quarter(client, published):
    response = client.get("/dashboard/")
    assert response.status_code == 302
    assert response["Location"] == "/dashboard/2021Q4/"


def test_the_quarter_picker_and_navigation_stay_within_the_horizon(client, published):
    latest = client.get("/dashboard/2021Q4/").content.decode()
    assert 'href="/dashboard/2021Q3/"' in latest and "/dashboard/2022Q1/" not in latest
    assert '<option value="2019Q1">' in latest and '<option value="2021Q4" selected>' in latest
    first = client.get("/dashboard/2019Q1/").content.decode()
    assert "/dashboard/2018Q4/" not in first
    picked = client.get("/dashboard/kies/?kwartaal=2020Q2&pagina=uitstroom")
    assert picked["Location"] == "/dashboard/2020Q2/monitor/uitstroom/"


def test_user_with_permission_may_switch_disclosure_control_off(
    client, published, django_user_model
):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("analist", password="x" * 12)
    user.user_permissions.add(Permission.objects.get(codename="view_unsuppressed"))
    client.force_login(user)
    html = client.get(
        "/dashboard/2020Q4/?uitsplitsing=regeling&onthullingscontrole=uit"
    ).content.decode()
    assert "zonder onthullingscontrole" in html
    assert '<td class="utrecht-table__cell utrecht-table__cell--numeric">3</td>' in html


def test_downloads_hold_every_published_figure_of_the_quarter_without_formulas(
    client, published, build
):
    import openpyxl

    csv_text = client.get("/dashboard/2020Q4/cijfers.csv").content.decode()
    assert csv_text.startswith("indicator,periode,uitsplitsing,waarde,onderdrukt")
    assert "bijstand.bestand,2020Q4,,,ja" in csv_text  # 3 residents: suppressed
    assert "bijstand.instroom,2020,,,ja" in csv_text  # the year to date (Q4: the year)
    response = client.get("/dashboard/2020Q4/cijfers.xlsx")
    assert response["Content-Disposition"] == 'attachment; filename="cijfers-2020Q4.xlsx"'
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    rows = list(book["Cijfers"].values)
    assert rows[0] == (
        "indicator",
        "naam",
        "periode",
        "uitsplitsing",
        "waarde",
        "eenheid",
        "onderdrukt",
    )
    assert (
        "bijstand.bestand",
        "Bijstandsbestand",
        "2020Q4",
        None,
        None,
        "uitkeringen",
        "ja",
    ) in rows
    assert "onthullingscontrole" in " ".join(str(r[0]) for r in book["Toelichting"].values)


def test_a_formula_in_a_sector_name_is_neutralised_in_both_downloads(client, kleine_stad, settings):
    from datetime import date

    import openpyxl

    from werkspoor.employers.models import Plaatsing, Werkgever
    from werkspoor.registry.models import Inwoner
    from werkspoor.reports import store

    evil = Werkgever.objects.create(external_id="G-EVIL", naam="X", sector='=HYPERLINK("x")')
    Plaatsing.objects.create(
        external_id="P-EVIL",
        werkgever=evil,
        inwoner=Inwoner.objects.first(),
        datum=date(2020, 11, 2),
        soort="regulier",
    )
    settings.WERKSPOOR_EERSTE_DATUM, settings.WERKSPOOR_STAND = "2020-01-01", "2020-12-31"
    store.precompute()
    csv_text = client.get("/dashboard/2020Q4/cijfers.csv").content.decode()
    assert "'sector==HYPERLINK" not in csv_text  # the pair starts with the name, not '='
    assert 'sector==HYPERLINK(""x"")' in csv_text
    book = openpyxl.load_workbook(io.BytesIO(client.get("/dashboard/2020Q4/cijfers.xlsx").content))
    texts = [c for row in book["Cijfers"].values for c in row if isinstance(c, str)]
    assert not any(t.startswith("=") for t in texts)


def test_werkbeweging_leaves_the_dashboard_after_the_programme_and_the_monitor_shows_the_end(
    client, published, settings
):
    """The programme runs 2019Q3-2022Q2 (doelen.yaml); 2021Q4 is within it."""
    from werkspoor.indicators import doelen as doelen_module
    from werkspoor.reports.figures import Figures

    during = client.get("/dashboard/2021Q4/").content.decode()
    assert "tegel-werkbeweging_personen" in during
    assert "Werkbeweging: 2.000 Utrechters zetten extra een stap richting werk" in during
    figures = Figures(Quarter(2022, 3), lambda periode: {})
    assert "werkbeweging_personen" not in [t.id for t in figures.tiles()]
    series, target, ended = figures.werkbeweging()
    assert ended and series[-1][0] == "2022Q2" and target.waarde == 2000
    assert doelen_module.doelen().programmas["werkbeweging"].tot == Quarter(2022, 2)


def test_only_the_chart_pages_allow_script_eval_for_vega(client, published):
    dashboard = client.get("/dashboard/2020Q3/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-eval'" in dashboard
    assert "object-src 'none'" in dashboard
    assert "unsafe-eval" not in client.get("/dashboard/indicatoren/")["Content-Security-Policy"]


def test_catalogue_page_has_an_anchor_per_indicator(client, db):
    from werkspoor.indicators.catalogue import catalogue

    html = client.get("/dashboard/indicatoren/").content.decode()
    assert all(f'id="{i.id}"' in html for i in catalogue())


def test_years_page_shows_whole_years_as_periods(client, published):
    html = client.get("/dashboard/jaren/").content.decode()
    assert "Kerncijfers per jaar" in html
    assert '<th class="utrecht-table__header-cell" scope="row">2021</th>' in html
    assert "2022" not in html.split("Kerncijfers per jaar")[1].split("</table>")[0]
