# SPDX-License-Identifier: EUPL-1.2
"""The OpenFisca entities: a persoon and the huishouden that applies for bijstand.

The rules speak of the household as one unit (one norm, one benefit), so the household's
situation is kept as variables of the huishouden; persons exist because OpenFisca needs them.
"""

from openfisca_core.entities import build_entity

Persoon = build_entity(
    key="persoon",
    plural="personen",
    label="Persoon",
    doc="Een persoon in een huishouden.",
    is_person=True,
)

Huishouden = build_entity(
    key="huishouden",
    plural="huishoudens",
    label="Huishouden",
    doc="Het huishouden waarvoor de bijstandsnorm en de uitkering worden bepaald.",
    roles=[
        {"key": "aanvrager", "plural": "aanvragers", "label": "Aanvrager", "max": 1},
        {"key": "partner", "plural": "partners", "label": "Partner", "max": 1},
        {"key": "lid", "plural": "leden", "label": "Ander lid (kind, medebewoner)"},
    ],
)

entities = [Persoon, Huishouden]
