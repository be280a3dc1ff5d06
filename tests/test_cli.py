# SPDX-License-Identifier: EUPL-1.2
"""The `werkspoor` entry point: usage, unknown commands and errors as one line."""

import subprocess
import sys


def _run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "werkspoor.cli", *args], capture_output=True, text=True, env=env
    )


def test_help_lists_the_commands():
    result = _run("--help")
    assert result.returncode == 0
    assert "serve" in result.stdout


def test_unknown_command_is_one_line_and_exit_2():
    result = _run("vliegen")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "onbekende opdracht" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_gemeente_is_one_clear_line(tmp_path):
    import os

    env = {**os.environ, "WERKSPOOR_GEMEENTE": "atlantis", "WERKSPOOR_DATA_DIR": str(tmp_path)}
    result = _run("serve", "--port", "0", env=env)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
