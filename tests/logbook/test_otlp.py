# SPDX-License-Identifier: EUPL-1.2
"""OTLP export: with an endpoint configured every log line also goes to the collector as a
span with the standard's attributes; without one, nothing leaves the machine."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

from werkspoor.core import trace
from werkspoor.logbook import export, services

pytestmark = pytest.mark.django_db
SPAN = trace.TraceContext("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7")


class Collector:
    """An OTLP/HTTP receiver on loopback that keeps what it was sent."""

    def __init__(self):
        self.requests: list[ExportTraceServiceRequest] = []
        received = self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                message = ExportTraceServiceRequest()
                message.ParseFromString(body)
                received.append((self.path, message))
                self.send_response(200)
                self.send_header("Content-Type", "application/x-protobuf")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def collector(settings):
    collector = Collector()
    settings.WERKSPOOR_OTLP_ENDPOINT = collector.url
    yield collector
    export.flush()
    collector.server.shutdown()


def test_without_an_endpoint_nothing_is_exported(settings, build):
    settings.WERKSPOOR_OTLP_ENDPOINT = ""
    assert export.processor() is None
    with trace.activated(SPAN):
        services.record("dossier-inzien", [build.inwoner(bsn="999990019")], "Dossier bekeken")
    assert export.processor() is None


def test_every_line_reaches_the_collector_as_a_span(collector, build):
    with trace.activated(SPAN):
        lines = services.record(
            "caseload-inzien", [build.inwoner(bsn="999990019"), build.inwoner()], "Caseload"
        )
    assert export.flush()
    spans = [
        span
        for path, message in collector.requests
        for resource_spans in message.resource_spans
        for scope_spans in resource_spans.scope_spans
        for span in scope_spans.spans
    ]
    assert {path for path, _ in collector.requests} == {"/v1/traces"}
    assert len(spans) == 2
    for span, line in zip(spans, lines, strict=True):
        assert span.trace_id.hex() == SPAN.trace_id and span.span_id.hex() == SPAN.span_id
        attributes = {a.key: a.value.string_value for a in span.attributes}
        assert attributes["dpl.core.processing_activity_id"].endswith(":caseload-inzien:1")
        assert attributes["dpl.core.data_subject_id"] == line.betrokkene
