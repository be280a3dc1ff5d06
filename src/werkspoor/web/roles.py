# SPDX-License-Identifier: EUPL-1.2
"""The roles as Django groups and the permissions each one gets.

Kept as data so that the data migration and the post-migrate sync grant the same thing.
Permissions another app adds later (e.g. `indicators.view_unsuppressed`) are granted by
the post-migrate sync as soon as they exist; until then they are skipped.
"""

from __future__ import annotations

WERKCOACH = "werkcoach"
TEAMLEIDER = "teamleider"
BEDRIJFSADVISEUR = "bedrijfsadviseur"
BELEID = "beleid"
FUNCTIONEEL_BEHEER = "functioneel beheer"
PRIVACYFUNCTIONARIS = "privacyfunctionaris"
CONSULENT = "consulent"  # klantmanager inkomen: handles applications and decides on them
SCHULDHULPVERLENER = "schuldhulpverlener"
INBURGERINGSCONSULENT = "inburgeringsconsulent"
ROLES = (
    WERKCOACH,
    TEAMLEIDER,
    BEDRIJFSADVISEUR,
    BELEID,
    FUNCTIONEEL_BEHEER,
    CONSULENT,
    PRIVACYFUNCTIONARIS,
    SCHULDHULPVERLENER,
    INBURGERINGSCONSULENT,
)

_REGISTRY_WORK = [
    "web.use_caseload",
    "registry.view_inwoner",
    "registry.add_contactmoment",
    "registry.add_doel",
    "registry.change_doel",
    "registry.add_traject",
    "registry.change_traject",
    "registry.add_arrangementperiode",
    "registry.change_arrangementperiode",
    "planning.add_afspraak",
    "planning.change_afspraak",
    "planning.add_taak",
    "planning.change_taak",
    "matching.view_voordracht",
    "matching.add_werkwens",
    "matching.change_werkwens",
]

# Werkcoach and teamleider read the theme sections of a file they may open (debt help,
# inburgering, U-pas): integrated help needs to know them. Vroegsignalen stay with debt help.
_THEME_SECTIONS = [
    "debt.view_schuldhulptraject",
    "inburgering.view_inburgering",
    "poverty.view_upas",
]

# Unsuppressed indicator figures can single out a person in a small group. Teamleiders see
# their team's residents anyway and steer on the detail; beleid works with aggregates only
# and so sees the published, disclosure-controlled figures like the council does.
UNSUPPRESSED_FIGURES = "indicators.view_unsuppressed"

ROLE_PERMISSIONS: dict[str, list[str]] = {
    WERKCOACH: [*_REGISTRY_WORK, *_THEME_SECTIONS],
    TEAMLEIDER: [
        *_REGISTRY_WORK,
        *_THEME_SECTIONS,
        "web.view_teamoverzicht",
        "web.herverdelen",
        "registry.add_toewijzing",
        "registry.change_toewijzing",
        "substitutions.view_vervanging",
        "substitutions.add_vervanging",
        "substitutions.change_vervanging",
        UNSUPPRESSED_FIGURES,
    ],
    BEDRIJFSADVISEUR: [
        "employers.view_werkgever",
        "employers.add_werkgever",
        "employers.change_werkgever",
        "employers.view_vacature",
        "employers.add_vacature",
        "employers.change_vacature",
        "employers.view_ontmoeting",
        "employers.add_ontmoeting",
        "employers.view_plaatsing",
        "employers.add_plaatsing",
        "employers.view_contactpersoon",
        "employers.add_contactpersoon",
        "employers.view_sroiverplichting",
        "employers.add_sroiverplichting",
        "matching.view_voordracht",
        "matching.add_voordracht",
        "matching.change_voordracht",
    ],
    BELEID: [
        "duidingen.view_duiding",
        "duidingen.schrijf_duiding",
        "duidingen.keur_duiding_goed",
        "referenties.importeer_referenties",
    ],
    FUNCTIONEEL_BEHEER: [
        "core.view_auditrecord",
        "auth.view_user",
        "auth.add_user",
        "auth.change_user",
        "auth.view_group",
        "web.view_teamleiding",
        "web.add_teamleiding",
        "web.change_teamleiding",
        "web.delete_teamleiding",
        "registry.view_werkcoach",
        "registry.change_werkcoach",
        "registry.view_team",
        "api.beheer_apiclient",
        "logbook.inzage_verwerkingen",
        "payments.view_controle",
    ],
    CONSULENT: [
        "applications.use_werkvoorraad",
        "applications.view_aanvraag",
        "applications.add_aanvraag",
        "applications.change_aanvraag",
        "applications.add_opschorting",
        "applications.change_opschorting",
        "registry.view_inwoner",
        "registry.add_inwoner",
        "registry.add_uitkering",
    ],
    # Answers access requests (AVG art. 15) from the Logboek Dataverwerkingen.
    PRIVACYFUNCTIONARIS: ["logbook.inzage_verwerkingen"],
    SCHULDHULPVERLENER: [
        "debt.use_werklijst",
        "debt.view_schuldhulptraject",
        "debt.add_schuldhulptraject",
        "debt.change_schuldhulptraject",
        "debt.view_vroegsignaal",
        "debt.change_vroegsignaal",
        "registry.add_inwoner",
        "poverty.view_upas",
    ],
    INBURGERINGSCONSULENT: [
        "inburgering.use_werklijst",
        "inburgering.view_inburgering",
        "inburgering.add_inburgering",
        "inburgering.change_inburgering",
        "registry.add_inwoner",
    ],
}


def sync_roles(group_model, permission_model) -> list[str]:
    """Create the groups and grant every listed permission that exists; return the missing."""
    missing = []
    for role, names in ROLE_PERMISSIONS.items():
        group, _ = group_model.objects.get_or_create(name=role)
        for name in names:
            app_label, codename = name.split(".")
            permission = permission_model.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is None:
                missing.append(name)
            else:
                group.permissions.add(permission)
    return missing
