# SPDX-License-Identifier: EUPL-1.2
"""The theme stylesheet (made from thema.yaml), the files the theme names, and the icons.

Public and without personal data, so browsers may keep them: the stylesheet's address carries
a hash of its content, which makes a changed theme a new address.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from django.http import FileResponse, Http404, HttpResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET

from werkspoor.core.security import same_for_everyone

from . import icons
from .services import FILE_TYPES, Thema, current_thema, thema_css, thema_folder, version

KEEP_A_YEAR = "public, max-age=31536000, immutable"
KEEP_A_DAY = "public, max-age=86400"


def _file_url(url_key: tuple[str, str]) -> str:
    kind, path = url_key
    return static(path) if kind == "static" else reverse("themes:bestand", args=[path])


@cache
def _built(thema: Thema) -> tuple[str, str]:
    css = thema_css(thema, _file_url)
    return css, version(css)


def _icon_colours(thema: Thema) -> tuple[str, str]:
    return thema.kleur("action-1", "inverse-bg-default"), thema.kleur(
        "action-1", "inverse-color-default"
    )


def page_theme() -> dict:
    """What the base template links: the stylesheet, a municipality's own tokens, the icons."""
    thema = current_thema()
    _, digest = _built(thema)
    eigen = reverse("themes:bestand", args=[thema.eigen_bestand]) if thema.eigen_bestand else None
    return {
        "css_url": f"{reverse('themes:css')}?v={digest}",
        "eigen_css_url": eigen,
        "klasse": thema.eigen_klasse or "",
        "kleur": _icon_colours(thema)[0],
        "favicon_svg": reverse("themes:favicon-svg"),
        "favicon_ico": reverse("themes:favicon-ico"),
        "touch_icon": reverse("themes:touch-icon"),
    }


def _response(content, content_type: str, request, cache_control: str = KEEP_A_DAY):
    response = HttpResponse(content, content_type=content_type)
    response["Cache-Control"] = cache_control
    return same_for_everyone(response)


@require_GET
def stylesheet(request):
    css, digest = _built(current_thema())
    keep = KEEP_A_YEAR if request.GET.get("v") == digest else KEEP_A_DAY
    return _response(css, "text/css; charset=utf-8", request, keep)


@require_GET
def thema_file(request, naam: str):
    """A file from the gemeente's `thema/` folder: fonts or its own token CSS, nothing else."""
    folder = thema_folder()
    path = folder / naam
    if Path(naam).name != naam or path.suffix not in FILE_TYPES or not path.is_file():
        raise Http404("Dit bestand hoort niet bij het thema.")
    response = FileResponse(path.open("rb"), content_type=FILE_TYPES[path.suffix])
    response["Cache-Control"] = KEEP_A_DAY
    return same_for_everyone(response)


@cache
def _icons(fill: str, ink: str) -> dict[str, bytes | str]:
    return {
        "svg": icons.icon_svg(fill, ink),
        "ico": icons.icon_ico(fill, ink),
        "png": icons.icon_png(fill, ink, 180),
    }


@require_GET
def favicon_svg(request):
    return _response(_icons(*_icon_colours(current_thema()))["svg"], "image/svg+xml", request)


@require_GET
def favicon_ico(request):
    return _response(_icons(*_icon_colours(current_thema()))["ico"], "image/x-icon", request)


@require_GET
def touch_icon(request):
    return _response(_icons(*_icon_colours(current_thema()))["png"], "image/png", request)
