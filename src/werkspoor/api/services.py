# SPDX-License-Identifier: EUPL-1.2
"""Issuing, changing and revoking API clients (functioneel beheer). The secret is shown
once, at issue or renewal; the database keeps only its hash."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from oauth2_provider.generators import generate_client_secret
from oauth2_provider.models import AccessToken, Application

from werkspoor.core import audit
from werkspoor.core.models import AuditActie

from .models import ApiClient
from .scopes import all_scopes


@dataclass(frozen=True)
class Credential:
    client: ApiClient
    client_id: str
    client_secret: str


def _check_scopes(scopes: list[str]) -> list[str]:
    unknown = sorted(set(scopes) - set(all_scopes()))
    if unknown:
        raise ValidationError({"scopes": f"Onbekende scopes: {', '.join(unknown)}."})
    return sorted(set(scopes))


def system_username(naam: str) -> str:
    return f"api-{slugify(naam)}"[:150]


@transaction.atomic
def issue_client(
    naam: str, scopes: list[str], by, omschrijving: str = "", per_minuut: int = 600
) -> Credential:
    scopes = _check_scopes(scopes)
    if ApiClient.objects.filter(naam=naam).exists():
        raise ValidationError({"naam": "Er is al een client met deze naam."})
    username = system_username(naam)
    user_model = get_user_model()
    if user_model.objects.filter(username=username).exists():
        raise ValidationError({"naam": f"Het systeemaccount {username} bestaat al."})
    user = user_model(username=username, is_active=True)
    user.set_unusable_password()
    user.save()
    secret = generate_client_secret()
    application = Application.objects.create(
        name=naam,
        user=user,
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_CLIENT_CREDENTIALS,
        client_secret=secret,
    )
    client = ApiClient.objects.create(
        naam=naam,
        omschrijving=omschrijving,
        application=application,
        user=user,
        scopes=scopes,
        verzoeken_per_minuut=per_minuut,
        aangemaakt_door=by.get_username() if by is not None else "",
    )
    audit.log(
        by,
        AuditActie.API_CLIENT_UITGEGEVEN,
        object_id=client.pk,
        detail={"client": naam, "scopes": scopes},
    )
    return Credential(client, application.client_id, secret)


@transaction.atomic
def change_client(client: ApiClient, scopes: list[str], per_minuut: int, by) -> ApiClient:
    client.scopes = _check_scopes(scopes)
    client.verzoeken_per_minuut = per_minuut
    client.save(update_fields=["scopes", "verzoeken_per_minuut"])
    audit.log(
        by,
        AuditActie.API_CLIENT_GEWIJZIGD,
        object_id=client.pk,
        detail={"client": client.naam, "scopes": client.scopes, "per_minuut": per_minuut},
    )
    return client


@transaction.atomic
def renew_secret(client: ApiClient, by) -> Credential:
    """A new secret; the old one and every token issued with it stop working at once."""
    application = client.application
    secret = generate_client_secret()
    application.client_secret = secret
    application.save()
    AccessToken.objects.filter(application=application).delete()
    audit.log(
        by,
        AuditActie.API_CLIENT_GEWIJZIGD,
        object_id=client.pk,
        detail={"client": client.naam, "geheim": "vernieuwd"},
    )
    return Credential(client, application.client_id, secret)


@transaction.atomic
def revoke_client(client: ApiClient, by) -> None:
    """Tokens and credential are deleted; the record and its system account stay, inactive,
    because the audit log names them."""
    if client.application is not None:
        client.application.delete()  # cascades to its tokens
    client.application = None
    client.ingetrokken_op = timezone.now()
    client.save(update_fields=["application", "ingetrokken_op"])
    client.user.is_active = False
    client.user.save(update_fields=["is_active"])
    audit.log(
        by, AuditActie.API_CLIENT_INGETROKKEN, object_id=client.pk, detail={"client": client.naam}
    )
