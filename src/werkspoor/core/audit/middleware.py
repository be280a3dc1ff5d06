# SPDX-License-Identifier: EUPL-1.2
"""Every page about one resident leaves an audit record, including pages whose view forgot.

A URL that carries `inwoner_id` shows (or refuses) one resident's data. Views log what they
do (dossier bekeken, contact geregistreerd, ...); when a signed-in user got such a page and
no record about that resident was written during the request, this middleware writes one:
`pagina_bekeken` for a shown page (forms with errors included), `toegang_geweigerd` for a
refusal. Redirects, 404 and server errors show nothing and are left alone.
"""

from __future__ import annotations

from werkspoor.core.models import AuditActie

from .records import audited_residents, log

RESIDENT_KWARG = "inwoner_id"
_SHOWS_NOTHING = {401, 404, 405, 410}


class ResidentPageAuditMiddleware:
    """Place it after AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = audited_residents.set(set())
        try:
            response = self.get_response(request)
            self._audit(request, response)
        finally:
            audited_residents.reset(token)
        return response

    @staticmethod
    def _audit(request, response) -> None:
        match = getattr(request, "resolver_match", None)
        user = getattr(request, "user", None)
        if match is None or RESIDENT_KWARG not in match.kwargs or not user:
            return
        if not user.is_authenticated:
            return
        inwoner_id = int(match.kwargs[RESIDENT_KWARG])
        status = response.status_code
        if inwoner_id in audited_residents.get() or 300 <= status < 400 or status >= 500:
            return
        if status in _SHOWS_NOTHING:
            return
        detail = {"pad": request.path, "weergave": match.view_name, "methode": request.method}
        actie = AuditActie.TOEGANG_GEWEIGERD if status == 403 else AuditActie.PAGINA_BEKEKEN
        log(user, actie, inwoner_id, detail=detail)
