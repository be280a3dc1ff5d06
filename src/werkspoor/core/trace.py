# SPDX-License-Identifier: EUPL-1.2
"""W3C Trace Context for every request and every CLI command, so that an audit record (who
did what) and a processing-log entry (Logboek Dataverwerkingen) of the same act share an id.

The context lives in a contextvar: `current()` is the trace of the request or command now
running. `TraceContextMiddleware` continues a valid incoming `traceparent` or starts a new
trace, and answers with `traceresponse` (Trace Context Level 2). A CLI command continues
the `TRACEPARENT` environment variable (OpenTelemetry's carrier for processes) or starts a
new trace; see `cli_trace()`. For a call to another service, send `child().traceparent`.

Spec: https://www.w3.org/TR/trace-context/ (header format, version 00).
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

VERSION = "00"
SAMPLED = "01"
_INVALID_TRACE_ID = "0" * 32
_INVALID_SPAN_ID = "0" * 16
# version-traceid-parentid-flags, lower-case hex; a later version may append fields after "-".
_TRACEPARENT = re.compile(
    r"(?P<version>[0-9a-f]{2})-(?P<trace_id>[0-9a-f]{32})-(?P<parent_id>[0-9a-f]{16})"
    r"-(?P<flags>[0-9a-f]{2})(?P<rest>-.*)?"
)


@dataclass(frozen=True)
class TraceContext:
    """One unit of work: `span_id` is ours, `parent_id` the caller's span (None when the
    trace started here). `tracestate` is kept verbatim for whoever propagates it further."""

    trace_id: str
    span_id: str
    parent_id: str | None = None
    flags: str = SAMPLED
    tracestate: str = ""

    @property
    def traceparent(self) -> str:
        """This span as a `traceparent` value (what a callee of ours receives)."""
        return f"{VERSION}-{self.trace_id}-{self.span_id}-{self.flags}"

    @property
    def traceresponse(self) -> str:
        return self.traceparent


def new_trace_id() -> str:
    return secrets.token_hex(16)


def new_span_id() -> str:
    return secrets.token_hex(8)


def parse_traceparent(value: str | None) -> tuple[str, str, str] | None:
    """(trace_id, parent_id, flags) of a valid header value, else None.

    Invalid per the spec: version ff, an all-zero id, upper-case hex, version 00 with extra
    fields. A higher version is read by its first four fields (forward compatibility)."""
    if not value:
        return None
    match = _TRACEPARENT.fullmatch(value.strip())
    if match is None:
        return None
    version = match["version"]
    if version == "ff" or (version == VERSION and match["rest"]):
        return None
    if match["trace_id"] == _INVALID_TRACE_ID or match["parent_id"] == _INVALID_SPAN_ID:
        return None
    flags = match["flags"] if version == VERSION else f"{int(match['flags'], 16) & 1:02x}"
    return match["trace_id"], match["parent_id"], flags


def continue_or_start(traceparent: str | None, tracestate: str = "") -> TraceContext:
    """Our span in the caller's trace when `traceparent` is valid, else a new trace."""
    parsed = parse_traceparent(traceparent)
    if parsed is None:
        return TraceContext(new_trace_id(), new_span_id())
    trace_id, parent_id, flags = parsed
    return TraceContext(trace_id, new_span_id(), parent_id, flags, tracestate.strip())


_current: ContextVar[TraceContext | None] = ContextVar("werkspoor_trace", default=None)


def current() -> TraceContext | None:
    return _current.get()


def ensure() -> TraceContext:
    """The running trace; code running outside any request or command starts one here and
    keeps it for the rest of this context (a worker thread, a test)."""
    context = _current.get()
    if context is None:
        context = TraceContext(new_trace_id(), new_span_id())
        _current.set(context)
    return context


def child() -> TraceContext:
    """A new span under the current one, for an outgoing call: send its `traceparent`."""
    parent = ensure()
    return replace(parent, span_id=new_span_id(), parent_id=parent.span_id)


@contextmanager
def activated(context: TraceContext) -> Iterator[TraceContext]:
    token = _current.set(context)
    try:
        yield context
    finally:
        _current.reset(token)


@contextmanager
def cli_trace(environ=os.environ) -> Iterator[TraceContext]:
    """The trace of one CLI command: continues TRACEPARENT/TRACESTATE when a scheduler or
    another process passes them, else starts a new trace."""
    context = continue_or_start(environ.get("TRACEPARENT"), environ.get("TRACESTATE", ""))
    with activated(context):
        yield context


class TraceContextMiddleware:
    """Put the request in a trace (continued or new) and name our span in `traceresponse`.

    Place it first, so that everything after it (authentication, views, the audit log) runs
    inside the trace."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        context = continue_or_start(
            request.headers.get("traceparent"), request.headers.get("tracestate", "")
        )
        request.trace = context
        with activated(context):
            response = self.get_response(request)
        response.headers["traceresponse"] = context.traceresponse
        return response
