# SPDX-License-Identifier: EUPL-1.2
"""W3C Trace Context: a valid traceparent is continued, anything else starts a new trace;
the response names our span in traceresponse; CLI commands get a trace too."""

import re

import pytest

from werkspoor.core import trace
from werkspoor.core.models import AuditRecord

VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
HEADER = re.compile(r"00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (VALID, (TRACE_ID, "00f067aa0ba902b7", "01")),
        (VALID.replace("-01", "-00"), (TRACE_ID, "00f067aa0ba902b7", "00")),
        (" " + VALID + " ", (TRACE_ID, "00f067aa0ba902b7", "01")),
        # A later version: read the first four fields, keep only the sampled flag.
        ("cc-" + VALID[3:-2] + "09-what-the-future-holds", (TRACE_ID, "00f067aa0ba902b7", "01")),
        (None, None),
        ("", None),
        ("ff-" + VALID[3:], None),  # version ff is forbidden
        (VALID.upper(), None),  # upper-case hex is invalid
        ("00-" + "0" * 32 + "-00f067aa0ba902b7-01", None),  # all-zero trace id
        ("00-" + TRACE_ID + "-" + "0" * 16 + "-01", None),  # all-zero parent id
        (VALID + "-extra", None),  # version 00 has exactly four fields
        ("00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01", None),  # short id
        ("garbage", None),
    ],
)
def test_traceparent_is_parsed_by_the_spec(value, expected):
    assert trace.parse_traceparent(value) == expected


def test_a_request_continues_a_valid_trace_and_answers_with_its_own_span(client, db):
    response = client.get("/rekenhulp/", headers={"traceparent": VALID, "tracestate": "a=1"})
    answered = response["traceresponse"]
    assert HEADER.fullmatch(answered)
    version, trace_id, span_id, flags = answered.split("-")
    assert (trace_id, flags) == (TRACE_ID, "01") and span_id != "00f067aa0ba902b7"
    assert "traceparent" not in response  # a request header only


def test_a_request_without_or_with_a_bad_traceparent_starts_a_new_trace(client, db):
    ids = {
        client.get("/rekenhulp/", headers=headers)["traceresponse"].split("-")[1]
        for headers in ({}, {"traceparent": "00-xyz"}, {})
    }
    assert len(ids) == 3 and TRACE_ID not in ids


def test_a_cli_command_continues_traceparent_from_the_environment():
    with trace.cli_trace({"TRACEPARENT": VALID}) as context:
        assert trace.current() is context and context.trace_id == TRACE_ID
        assert context.parent_id == "00f067aa0ba902b7"
    with trace.cli_trace({}) as fresh:
        assert fresh.trace_id != TRACE_ID and fresh.parent_id is None


def test_an_outgoing_call_gets_a_child_span_of_the_current_one():
    with trace.activated(trace.continue_or_start(VALID)) as context:
        child = trace.child()
    assert child.trace_id == TRACE_ID and child.parent_id == context.span_id
    assert HEADER.fullmatch(child.traceparent) and child.span_id != context.span_id


def test_audit_records_written_by_one_cli_command_share_its_trace(build, monkeypatch):
    from werkspoor.cli import main
    from werkspoor.core import audit
    from werkspoor.core.models import AuditActie

    audit.log(build.user(username="coach"), AuditActie.DOSSIER_BEKEKEN, inwoner_id=1)
    monkeypatch.setenv("TRACEPARENT", VALID)
    assert main(["audit-checkpoint"]) == 0
    assert AuditRecord.objects.get(actie="checkpoint_geschreven").trace_id == TRACE_ID
