# SPDX-License-Identifier: EUPL-1.2
"""Django's system checks, which the werkspoor command skips on every run (cli.py)."""

from django.core.management import call_command


def test_the_system_checks_find_no_errors():
    call_command("check", fail_level="ERROR")
