# SPDX-License-Identifier: EUPL-1.2
"""The `werkspoor` command: one entry point for every task of the project.

Each subcommand is a Django management command in one of Werkspoor's own apps
(`<app>/management/commands/<name>.py`), so every app owns its commands. Errors reach the
user as one sentence on stderr, never as a traceback (pass --traceback to see one).
"""

from __future__ import annotations

import os
import sys


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkspoor.conf.settings")
    import django

    django.setup()


def _werkspoor_commands() -> dict[str, str]:
    from django.core.management import get_commands

    return {name: app for name, app in get_commands().items() if app.startswith("werkspoor.")}


def _usage(commands: dict[str, str]) -> str:
    from django.core.management import load_command_class

    lines = ["gebruik: werkspoor <opdracht> [opties]   (werkspoor <opdracht> --help)", ""]
    for name in sorted(commands):
        help_text = load_command_class(commands[name], name).help.strip().splitlines()[0]
        lines.append(f"  {name:<26}{help_text}")
    lines.append(f"  {'manage':<26}Django-beheeropdrachten (migrate, createsuperuser, ...)")
    return "\n".join(lines)


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or error.__class__.__name__


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        _setup_django()
    except Exception as error:  # configuration errors happen before any command runs
        print(f"werkspoor: configuratiefout: {_one_line(error)}", file=sys.stderr)
        return 2

    from django.core.management import CommandError, execute_from_command_line, load_command_class
    from django.db import DatabaseError

    from werkspoor.core.trace import cli_trace

    commands = _werkspoor_commands()
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(_usage(commands))
        return 0
    name, rest = argv[0], argv[1:]
    if name == "manage":
        with cli_trace():
            execute_from_command_line(["werkspoor manage", *rest])
        return 0
    if name not in commands:
        print(f"werkspoor: onbekende opdracht '{name}'. Zie: werkspoor --help", file=sys.stderr)
        return 2

    command = load_command_class(commands[name], name)
    command._called_from_command_line = True
    parser = command.create_parser("werkspoor", name)
    options = vars(parser.parse_args(rest))
    args = options.pop("args", ())
    try:
        with cli_trace():  # one trace per command: its audit records share the trace id
            command.execute(*args, **options)
    except CommandError as error:
        if options.get("traceback"):
            raise
        print(f"werkspoor {name}: {_one_line(error)}", file=sys.stderr)
        return error.returncode
    except DatabaseError as error:
        if options.get("traceback"):
            raise
        print(f"werkspoor {name}: databasefout: {_one_line(error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"werkspoor {name}: afgebroken.", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
