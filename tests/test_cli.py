# SPDX-License-Identifier: EUPL-1.2
"""The `werkspoor` entry point: usage, unknown commands and errors as one line, all in Dutch,
without Django's internal options, and the list of commands without starting Django."""

import os
import subprocess
import sys

import pytest

from werkspoor import cli


def _run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "werkspoor.cli", *args], capture_output=True, text=True, env=env
    )


def test_help_lists_the_commands_in_dutch():
    result = _run("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("gebruik: werkspoor <opdracht>")
    assert "serve" in result.stdout and "raadsbrief" in result.stdout


def test_the_command_list_needs_neither_django_nor_the_commands_modules():
    """Read from the sources: `werkspoor --help` starts fast."""
    code = (
        "import sys; from werkspoor import cli; text = cli.usage(); "
        "assert 'indicatoren' in text; "
        "assert 'django.apps' not in sys.modules or not __import__('django.apps').apps.ready; "
        "assert not [m for m in sys.modules if m.startswith(('duckdb', 'numpy', 'openfisca'))]"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


@pytest.mark.parametrize("command", sorted(cli.command_files()))
def test_every_command_has_dutch_help_without_djangos_options(command):
    result = _run(command, "--help")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith("gebruik: werkspoor " + command)
    assert "toon deze hulptekst en stop" in text
    for english in (
        "usage:",
        "show this help",
        "--settings",
        "--pythonpath",
        "--verbosity",
        "--traceback",
        "--no-color",
        "--skip-checks",
        "positional arguments",
    ):
        assert english not in text, (command, english)


def test_a_usage_error_is_dutch_and_exit_2():
    result = _run("indicatoren", "--van", "2020")
    assert result.returncode == 2
    assert "fout: deze argumenten zijn verplicht: --tot" in result.stderr
    wrong = _run("indicatoren", "--van", "2020", "--tot", "2021", "--formaat", "xml")
    assert "ongeldige keuze: 'xml'" in wrong.stderr
    number = _run("demo", "--scale", "veel")
    assert "ongeldige waarde: 'veel' (verwacht: een getal)" in number.stderr


def test_unknown_command_is_one_line_and_exit_2():
    result = _run("vliegen")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "onbekende opdracht" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_gemeente_is_one_clear_line(tmp_path):
    env = {**os.environ, "WERKSPOOR_GEMEENTE": "atlantis", "WERKSPOOR_DATA_DIR": str(tmp_path)}
    result = _run("serve", "--port", "0", env=env)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
