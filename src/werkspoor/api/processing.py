# SPDX-License-Identifier: EUPL-1.2
"""What the API records when it processes residents' data: the audit record (who, which
residents, which path), one per request."""

from __future__ import annotations

from collections.abc import Iterable

from werkspoor.core import audit
from werkspoor.core.models import AuditActie


def record_read(request, inwoner_ids: Iterable[int | None]) -> None:
    ids = sorted({i for i in inwoner_ids if i is not None})
    if not ids:
        return
    audit.log(
        request.user,
        AuditActie.API_GELEZEN,
        ids[0] if len(ids) == 1 else None,
        detail={"pad": request.path, "inwoners": ids},
    )
