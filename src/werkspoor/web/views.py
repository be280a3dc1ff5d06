# SPDX-License-Identifier: EUPL-1.2
"""The start page: the municipality's key figures at the latest date in the registry."""

from django.shortcuts import render

from werkspoor.registry.services import key_figures


def start(request):
    return render(request, "web/start.html", {"figures": key_figures()})
