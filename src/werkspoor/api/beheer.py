# SPDX-License-Identifier: EUPL-1.2
"""Functioneel beheer issues, changes and revokes API clients. A secret is shown once."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from . import services
from .forms import ClientChangeForm, ClientForm
from .models import ApiClient
from .scopes import all_scopes

PERMISSION = "api.beheer_apiclient"


def _require_beheer(user):
    if not user.has_perm(PERMISSION):
        raise PermissionDenied("Alleen functioneel beheer geeft API-clients uit.")


def _show_secret(request, credential, titel):
    response = render(
        request,
        "api/geheim.html",
        {"credential": credential, "titel": titel},
    )
    response["Cache-Control"] = "no-store"
    return response


@login_required
def client_list(request):
    _require_beheer(request.user)
    clients = ApiClient.objects.select_related("application").order_by("ingetrokken_op", "naam")
    return render(request, "api/clients.html", {"clients": clients, "scopes": all_scopes()})


@login_required
@require_http_methods(["GET", "POST"])
def client_new(request):
    _require_beheer(request.user)
    form = ClientForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            credential = services.issue_client(
                data["naam"],
                data["scopes"],
                request.user,
                data["omschrijving"],
                data["verzoeken_per_minuut"],
            )
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                form.add_error(field if field in form.fields else None, messages)
        else:
            return _show_secret(request, credential, "API-client uitgegeven")
    form.mark_errors()
    return render(
        request, "api/client_form.html", {"form": form}, status=400 if form.errors else 200
    )


@login_required
@require_http_methods(["GET", "POST"])
def client_detail(request, client_id: int):
    _require_beheer(request.user)
    client = get_object_or_404(ApiClient, pk=client_id)
    initial = {"scopes": client.scopes, "verzoeken_per_minuut": client.verzoeken_per_minuut}
    form = ClientChangeForm(request.POST or None, initial=initial)
    if request.method == "POST" and client.actief and form.is_valid():
        services.change_client(
            client,
            form.cleaned_data["scopes"],
            form.cleaned_data["verzoeken_per_minuut"],
            request.user,
        )
        return redirect("api-beheer:client", client_id=client.pk)
    form.mark_errors()
    return render(
        request,
        "api/client.html",
        {"client": client, "form": form, "scopes": all_scopes()},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def client_renew(request, client_id: int):
    _require_beheer(request.user)
    client = get_object_or_404(ApiClient, pk=client_id, ingetrokken_op__isnull=True)
    return _show_secret(request, services.renew_secret(client, request.user), "Nieuw geheim")


@login_required
@require_POST
def client_revoke(request, client_id: int):
    _require_beheer(request.user)
    client = get_object_or_404(ApiClient, pk=client_id, ingetrokken_op__isnull=True)
    services.revoke_client(client, request.user)
    return redirect("api-beheer:clients")
