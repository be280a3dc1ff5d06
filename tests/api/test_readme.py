# SPDX-License-Identifier: EUPL-1.2
"""The README's API example runs as written: the `werkspoor api-client` line issues a client,
and its curl lines (against a live server) get a token, a page of residents and a search."""

from __future__ import annotations

import io
import json
import re
import shlex
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command

README = Path(__file__).parents[2] / "README.md"
DEMO_URL = "http://127.0.0.1:8000"


def readme_example() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## De API voor andere systemen", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line and not line.startswith("#")]


@pytest.mark.django_db(transaction=True)
def test_the_readme_api_example_works(live_app, build, settings):
    live_server = live_app
    build.inwoner(bsn="999990019", wijk="Overvecht", voornaam="Fatma")
    issue_line, token_line, list_line, search_line = readme_example()

    out = io.StringIO()
    call_command(*shlex.split(issue_line)[1:], stdout=out)
    values = dict(re.findall(r"^(client-id|geheim):\s+(\S+)$", out.getvalue(), re.M))

    def run(line: str, **placeholders) -> dict:
        for name, value in placeholders.items():
            line = line.replace(f"<{name}>", value)
        line = line.replace(DEMO_URL, live_server.url)
        result = subprocess.run(shlex.split(line), capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    token = run(token_line, CLIENT_ID=values["client-id"], GEHEIM=values["geheim"])
    assert token["token_type"] == "Bearer"
    page = run(list_line, TOKEN=token["access_token"])
    assert page["totaal"] == 1 and page["resultaten"][0]["voornaam"] == "Fatma"
    found = run(search_line, TOKEN=token["access_token"])
    assert [r["bsn"] for r in found["resultaten"]] == ["999990019"]
