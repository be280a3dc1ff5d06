# SPDX-License-Identifier: EUPL-1.2
"""Short-hands for documenting operations (operationId, summary, tag, bodies) in one line."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view

ID = OpenApiParameter("id", int, OpenApiParameter.PATH, description="Id van de resource.")
INWONER_ID = OpenApiParameter(
    "inwonerId", int, OpenApiParameter.PATH, description="Id van de inwoner (nooit een BSN)."
)


def collection(
    tag,
    read,
    write=None,
    *,
    list_id,
    list_summary,
    create_id=None,
    create_summary=None,
    parameters=(),
):
    operations = {
        "get": extend_schema(
            operation_id=list_id,
            summary=list_summary,
            tags=[tag],
            responses={200: read(many=True)},
            parameters=list(parameters),
        )
    }
    if write is not None:
        operations["post"] = extend_schema(
            operation_id=create_id,
            summary=create_summary,
            tags=[tag],
            request=write,
            responses={201: read},
            parameters=list(parameters),
        )
    return extend_schema_view(**operations)


def item(
    tag,
    read,
    write=None,
    *,
    get_id,
    get_summary,
    patch_id=None,
    patch_summary=None,
    parameters=(ID,),
):
    operations = {
        "get": extend_schema(
            operation_id=get_id,
            summary=get_summary,
            tags=[tag],
            responses={200: read},
            parameters=list(parameters),
        )
    }
    if write is not None:
        operations["patch"] = extend_schema(
            operation_id=patch_id,
            summary=patch_summary,
            tags=[tag],
            request=write,
            responses={200: read},
            parameters=list(parameters),
        )
    return extend_schema_view(**operations)
