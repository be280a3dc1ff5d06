# SPDX-License-Identifier: EUPL-1.2
"""Export of log lines as OpenTelemetry spans over OTLP/HTTP (the protocol the standard
recommends between application and logbook), only when WERKSPOOR_OTLP_ENDPOINT is set.

Lines are always written to the database first; the export is a copy, batched in the
background by OpenTelemetry's own processor, so a slow collector never slows a request.
The span carries the standard's attributes: dpl.core.processing_activity_id (the register
URI) and dpl.core.data_subject_id (the pseudonym)."""

from __future__ import annotations

import atexit
import threading
from importlib.metadata import version

from django.conf import settings
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.sdk.util.instrumentation import InstrumentationScope
from opentelemetry.trace import Link, SpanContext, SpanKind, Status, StatusCode, TraceFlags

from .models import StatusCode as LineStatus
from .register import register

_lock = threading.Lock()
_processor: BatchSpanProcessor | None = None
_endpoint: str | None = None
SCOPE = InstrumentationScope("werkspoor.logbook", version("werkspoor"))


def processor() -> BatchSpanProcessor | None:
    """The batch processor for the configured endpoint; None when none is configured."""
    global _processor, _endpoint
    endpoint = settings.WERKSPOOR_OTLP_ENDPOINT
    if not endpoint:
        return None
    with _lock:
        if _processor is None or _endpoint != endpoint:
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

            if _processor is not None:
                _processor.shutdown()
            exporter = OTLPSpanExporter(
                endpoint=f"{endpoint}/v1/traces", headers=settings.WERKSPOOR_OTLP_HEADERS
            )
            _processor, _endpoint = BatchSpanProcessor(exporter), endpoint
    return _processor


def _resource() -> Resource:
    return Resource.create(
        {
            "service.name": "werkspoor",
            "service.version": version("werkspoor"),
            "dpl.core.controller": register().verantwoordelijke,
        }
    )


def _context(trace_id: str, span_id: str, remote: bool = False) -> SpanContext:
    return SpanContext(int(trace_id, 16), int(span_id, 16), remote, TraceFlags(TraceFlags.SAMPLED))


def as_span(line, resource: Resource | None = None) -> ReadableSpan:
    activiteit = register().get(line.activiteit, line.versie)
    attributes = {"dpl.core.processing_activity_id": activiteit.uri}
    if line.betrokkene:
        attributes["dpl.core.data_subject_id"] = line.betrokkene
        attributes["dpl.core.data_subject_id_type"] = line.betrokkene_soort
    links = []
    if line.extern_span_id:
        links.append(
            Link(
                _context(line.extern_trace_id, line.extern_span_id, remote=True),
                {"dpl.core.foreign_operation.entity": line.extern_entiteit},
            )
        )
    status = {
        LineStatus.OK: Status(StatusCode.OK),
        LineStatus.FOUT: Status(StatusCode.ERROR),
    }.get(line.status, Status(StatusCode.UNSET))
    return ReadableSpan(
        name=line.naam,
        context=_context(line.trace_id, line.span_id),
        parent=_context(line.trace_id, line.parent_span_id, remote=True)
        if line.parent_span_id
        else None,
        resource=resource or _resource(),
        attributes=attributes,
        links=links,
        kind=SpanKind.INTERNAL,
        start_time=int(line.start.timestamp() * 1e9),
        end_time=int(line.eind.timestamp() * 1e9),
        status=status,
        instrumentation_scope=SCOPE,
    )


def send(lines) -> None:
    batch = processor()
    if batch is None:
        return
    resource = _resource()
    for line in lines:
        batch.on_end(as_span(line, resource))


def flush(timeout_millis: int = 10_000) -> bool:
    return _processor.force_flush(timeout_millis) if _processor is not None else True


@atexit.register
def _shutdown() -> None:
    if _processor is not None:
        _processor.shutdown()
