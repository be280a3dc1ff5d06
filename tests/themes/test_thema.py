# SPDX-License-Identifier: EUPL-1.2
"""The theme as municipality configuration: thema.yaml -> /thema.css, contrast, fonts, icons."""

import io
import re
import shutil
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from PIL import Image

from werkspoor.themes.services import (
    GROUPS,
    ThemaConfigError,
    _load,
    contrast_ratio,
    load_thema,
    thema_css,
)

pytestmark = pytest.mark.django_db

TOKENS_CSS = Path(finders.find("themes/vendor/nlds-component-tokens.css"))
GEMEENTEN = sorted(
    p.parent.name for p in (settings.DEFINITIONS_DIR / "gemeenten").glob("*/thema.yaml")
)


def _css(thema) -> str:
    return thema_css(thema, lambda key: f"/{key[0]}/{key[1]}")


def _defined(css: str) -> set[str]:
    return set(re.findall(r"^\s*(--[a-z0-9-]+):", css, flags=re.M))


@pytest.fixture
def other_gemeente(tmp_path, settings):
    """A copy of the definitions with a second municipality whose theme is green."""
    definitions = tmp_path / "definitions"
    shutil.copytree(settings.DEFINITIONS_DIR / "gemeenten", definitions / "gemeenten")
    folder = definitions / "gemeenten" / "groenstad"
    shutil.copytree(definitions / "gemeenten" / "utrecht", folder)
    data = yaml.safe_load((folder / "thema.yaml").read_text(encoding="utf-8"))
    data["naam"] = "Groenstad"
    data["kleurgroepen"]["accent-1"] = data["kleurgroepen"]["action-1"] = "groen"
    (folder / "thema.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    settings.DEFINITIONS_DIR = definitions
    return folder


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_every_token_the_components_read_is_defined(gemeente):
    vendored = TOKENS_CSS.read_text(encoding="utf-8")
    defined = _defined(vendored) | _defined(_css(load_thema(gemeente)))
    used = set(re.findall(r"var\((--[a-z0-9-]+)", vendored))
    assert used - defined == set()


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_text_and_controls_meet_wcag_aa_contrast(gemeente):
    """Text 4.5:1 (WCAG 1.4.3) on every background of its group; borders of controls 3:1
    (WCAG 1.4.11); white text on the filled (inverse) backgrounds of buttons 4.5:1."""
    thema = load_thema(gemeente)
    low = []
    for group in GROUPS:
        kleur = lambda slot, g=group: thema.kleur(g, slot)  # noqa: E731
        pairs = [
            (fg, bg, 4.5)
            for fg in ("color-default", "color-hover", "color-document")
            for bg in ("bg-document", "bg-subtle", "bg-default", "bg-hover")
        ]
        pairs += [
            ("inverse-color-default", bg, 4.5)
            for bg in ("inverse-bg-default", "inverse-bg-hover", "inverse-bg-document")
        ]
        pairs.append(("border-default", "bg-document", 3.0))
        low += [
            f"{group} {fg} on {bg}: {contrast_ratio(kleur(fg), kleur(bg)):.2f}"
            for fg, bg, minimum in pairs
            if contrast_ratio(kleur(fg), kleur(bg)) < minimum
        ]
    assert low == []


def test_fonts_are_shipped_and_headings_never_fall_back_to_a_serif():
    thema = load_thema("utrecht")
    for font in (thema.tekst, thema.koppen):
        assert font.terugval[-1] == "sans-serif" and "serif" not in font.terugval
    css = _css(thema)
    for path in re.findall(r'url\("/static/([^"]+)"\)', css):
        assert finders.find(path), f"{path} is not a static file"
    assert css.count("@font-face") == 4
    assert '--basis-heading-font-family: "Noto Sans", "Arial"' in css
    licence = TOKENS_CSS.parent / "LICENSE-noto-sans-OFL.txt"
    assert "SIL Open Font License" in licence.read_text(encoding="utf-8")


def test_another_municipality_swaps_tokens_not_templates(client, other_gemeente, settings):
    settings.WERKSPOOR_GEMEENTE = "utrecht"
    utrecht = client.get("/thema.css").content.decode()
    settings.WERKSPOOR_GEMEENTE = "groenstad"
    groen = client.get("/thema.css").content.decode()
    green = load_thema("groenstad").palet["groen"][500]
    assert f"--basis-color-action-1-inverse-bg-default: {green};" in groen
    assert green not in utrecht.split(".ws-thema {")[1].split("--basis-color-positive")[0]
    page = client.get("/accounts/login/").content.decode()
    assert re.search(r'href="/thema\.css\?v=[0-9a-f]{12}"', page)
    assert f'<meta name="theme-color" content="{green}">' in page


def test_a_municipality_can_add_its_own_licensed_token_file(client, other_gemeente, settings):
    (other_gemeente / "thema").mkdir()
    (other_gemeente / "thema" / "eigen.css").write_text(".groen-theme { --x: 1px; }")
    data = yaml.safe_load((other_gemeente / "thema.yaml").read_text(encoding="utf-8"))
    data["eigen_tokens"] = {"bestand": "eigen.css", "klasse": "groen-theme"}
    (other_gemeente / "thema.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    settings.WERKSPOOR_GEMEENTE = "groenstad"
    page = client.get("/accounts/login/").content.decode()
    assert 'class="utrecht-html ws-thema groen-theme"' in page
    assert '<link rel="stylesheet" href="/thema/bestanden/eigen.css">' in page
    response = client.get("/thema/bestanden/eigen.css")
    assert response["Content-Type"] == "text/css"
    assert b"".join(response.streaming_content) == b".groen-theme { --x: 1px; }"
    assert client.get("/thema/bestanden/thema.yaml").status_code == 404
    assert client.get("/thema/bestanden/..%2Fthema.yaml").status_code == 404


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["palet"]["rood"].pop(50), "palet.rood: geef precies de stappen 50, 100"),
        (
            lambda d: d["palet"]["rood"].update({500: "rood"}),
            "palet.rood.500: 'rood' is geen kleur",
        ),
        (lambda d: d["kleurgroepen"].pop("info"), "kleurgroepen.info ontbreekt"),
        (lambda d: d["kleurgroepen"].update(info="paars"), "noemt 'paars', dat niet in palet"),
        (
            lambda d: d["tokens"].update({"--basis-x": "red; } body { display: none"}),
            "tokens.--basis-x: de waarde",
        ),
        (
            lambda d: d["lettertypen"]["koppen"].update(terugval=["Georgia"]),
            "lettertypen.koppen.terugval: eindig met een algemene familie",
        ),
        (lambda d: d.pop("wit"), "het veld 'wit' ontbreekt"),
    ],
)
def test_a_wrong_theme_is_refused_naming_file_and_field(other_gemeente, change, message):
    path = other_gemeente / "thema.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ThemaConfigError) as error:
        load_thema("groenstad")
    assert str(path) in str(error.value) and message in str(error.value)


def test_stylesheet_is_cached_by_content_and_icons_are_real_images(client):
    page = client.get("/accounts/login/").content.decode()
    versioned = re.search(r'href="(/thema\.css\?v=[0-9a-f]{12})"', page)[1]
    assert "immutable" in client.get(versioned)["Cache-Control"]
    assert "immutable" not in client.get("/thema.css")["Cache-Control"]
    # The same bytes for a signed-in user: the no-store for pages does not apply to the theme.
    client.force_login(get_user_model().objects.create_user("thema-lezer"))
    assert "immutable" in client.get(versioned)["Cache-Control"]
    assert "no-store" in client.get("/accounts/login/")["Cache-Control"]
    svg = client.get("/favicon.svg")
    assert svg["Content-Type"] == "image/svg+xml" and b"<svg" in svg.content
    ico = Image.open(io.BytesIO(client.get("/favicon.ico").content))
    assert ico.format == "ICO" and (48, 48) in ico.info["sizes"]
    touch = Image.open(io.BytesIO(client.get("/apple-touch-icon.png").content))
    assert touch.format == "PNG" and touch.size == (180, 180)
    assert 'rel="icon" href="/favicon.svg"' in page


def test_a_broken_theme_is_reported_by_the_system_check(other_gemeente, settings):
    from werkspoor.themes.apps import check_thema

    settings.WERKSPOOR_GEMEENTE = "groenstad"
    assert check_thema() == []
    (other_gemeente / "thema.yaml").unlink()
    _load.cache_clear()  # the theme is read once per process, like all configuration
    (errors,) = check_thema()
    assert errors.id == "themes.E001" and "thema.yaml ontbreekt" in errors.msg
