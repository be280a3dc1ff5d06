# SPDX-License-Identifier: EUPL-1.2
"""A to-do whose due date has come is a signal on the caseload and in the dossier."""

from __future__ import annotations

from werkspoor.web.caseload_signals import Signaal

from .services import due_tasks_of


def taken_op_vervaldatum(rows, day):
    due = due_tasks_of([row.inwoner for row in rows], day)
    for row in rows:
        for taak in due.get(row.inwoner.pk, ()):
            if taak.vervaldatum < day:
                row.signalen.append(
                    Signaal(
                        "taak_verlopen",
                        f"Taak verlopen: {taak.omschrijving} "
                        f"(uiterlijk {taak.vervaldatum:%d-%m-%Y})",
                    )
                )
            else:
                row.signalen.append(Signaal("taak_vandaag", f"Taak vandaag: {taak.omschrijving}"))
