# SPDX-License-Identifier: EUPL-1.2
"""The `werkspoor` command: one entry point for every task of the project.

Each subcommand is a Django management command in one of Werkspoor's own apps
(`<app>/management/commands/<name>.py`), so every app owns its commands. The list of
commands is read from those files without importing them (a quick `werkspoor --help`);
Django starts only for the command that runs, and a command imports what it needs when it
runs. Help and usage errors are in Dutch, without Django's internal options. Errors reach the
user as one sentence on stderr, never as a traceback (pass --traceback to see one).
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# Django's own options, accepted but not shown in `werkspoor <opdracht> --help`.
DJANGO_OPTIONS = {
    "--version",
    "--verbosity",
    "--settings",
    "--pythonpath",
    "--traceback",
    "--no-color",
    "--force-color",
    "--skip-checks",
}

# argparse's messages (Python 3.11), in Dutch.
DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "toon deze hulptekst en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r (verwacht: %(type)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn"
    ),
    "not allowed with argument %s": "niet toegestaan samen met argument %s",
    "ignored explicit argument %r": "waarde %r genegeerd",
    "one of the arguments %s is required": "een van de argumenten %s is verplicht",
    "unexpected option string: %s": "onverwachte optie: %s",
    "%r is not callable": "%r is geen functie",
    "cannot merge actions - two groups are named %r": "twee groepen heten %r",
}
DUTCH_PLURAL = {"expected %s argument": "verwacht %s waarde(n)"}
TYPE_NAMES = {"int": "een geheel getal", "float": "een getal", "Path": "een pad"}


def _dutch(message: str) -> str:
    return DUTCH.get(message, message)


def _dutch_plural(singular: str, plural: str, n: int) -> str:
    return DUTCH_PLURAL.get(singular, singular if n == 1 else plural)


def speak_dutch() -> None:
    """Make argparse (usage, help headings, errors) speak Dutch in this process."""
    argparse._ = _dutch
    argparse.ngettext = _dutch_plural


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or error.__class__.__name__


# --- the list of commands, without importing them ---------------------------------------


def command_files() -> dict[str, Path]:
    """Every Werkspoor command: name -> its module file."""
    return {
        path.stem: path
        for path in sorted(PACKAGE.glob("*/management/commands/*.py"))
        if not path.stem.startswith("_")
    }


def _constant_text(node) -> str:
    """The text of a string constant, also when split over parenthesised lines."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _constant_text(node.left) + _constant_text(node.right)
    return ""


def help_line(path: Path) -> str:
    """The first line of the command's `help`, read from its source."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == "Command":
            for item in node.body:
                targets = getattr(item, "targets", [])
                if any(getattr(t, "id", None) == "help" for t in targets):
                    text = " ".join(_constant_text(item.value).split())
                    return text.split(". ")[0].rstrip(".") + "." if text else ""
    return ""


def usage() -> str:
    lines = ["gebruik: werkspoor <opdracht> [opties]   (werkspoor <opdracht> --help)", ""]
    for name, path in command_files().items():
        lines.append(f"  {name:<26}{help_line(path)}")
    lines.append(f"  {'manage':<26}Django-beheeropdrachten (migrate, createsuperuser, ...)")
    return "\n".join(lines)


# --- running one command ---------------------------------------------------------------


class ConfigurationError(Exception):
    """Django could not start with this configuration (one Dutch line for the user)."""


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkspoor.conf.settings")
    import django

    try:
        django.setup()
    except Exception as error:  # configuration errors happen before any command runs
        raise ConfigurationError(_one_line(error)) from error


def _app_of(path: Path) -> str:
    return f"werkspoor.{path.relative_to(PACKAGE).parts[0]}"


def _parser(command, name: str):
    command.suppressed_base_arguments = DJANGO_OPTIONS
    command._called_from_command_line = True
    parser = command.create_parser("werkspoor", name)
    for action in parser._actions:
        if DJANGO_OPTIONS & set(action.option_strings):
            action.help = argparse.SUPPRESS  # --skip-checks is added outside the suppression
        # "ongeldige waarde: 'x' (verwacht: een geheel getal)" instead of "int".
        type_name = getattr(action.type, "__name__", None)
        if type_name in TYPE_NAMES:
            action.type = _named(action.type, TYPE_NAMES[type_name])
    return parser


def _named(convert, dutch_name: str):
    def converted(text):
        return convert(text)

    converted.__name__ = dutch_name
    return converted


def _load(name: str, path: Path):
    """The command, imported before Django starts where its module allows (a command imports
    what it needs when it runs): help and usage errors then come without Django's start."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkspoor.conf.settings")
    from django.core.exceptions import AppRegistryNotReady
    from django.core.management import load_command_class

    try:
        return load_command_class(_app_of(path), name), False
    except AppRegistryNotReady:
        _setup_django()
        return load_command_class(_app_of(path), name), True


def run(name: str, path: Path, rest: list[str]) -> int:
    command, started = _load(name, path)
    options = vars(_parser(command, name).parse_args(rest))
    args = options.pop("args", ())
    # Django's system checks import every URL module (two seconds) before each command; they
    # run in the test suite and with `werkspoor check`, not on every command a user gives.
    options["skip_checks"] = True
    if not started:
        _setup_django()
    from django.core.management import CommandError

    from werkspoor.core.trace import cli_trace

    try:
        with cli_trace():  # one trace per command: its audit records share the trace id
            command.execute(*args, **options)
    except CommandError as error:
        if options.get("traceback"):
            raise
        print(f"werkspoor {name}: {_one_line(error)}", file=sys.stderr)
        return error.returncode
    except KeyboardInterrupt:
        print(f"werkspoor {name}: afgebroken.", file=sys.stderr)
        return 130
    except Exception as error:
        from django.db import DatabaseError

        if options.get("traceback") or not isinstance(error, DatabaseError):
            raise
        print(f"werkspoor {name}: databasefout: {_one_line(error)}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    speak_dutch()
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(usage())
        return 0
    name, rest = argv[0], argv[1:]
    commands = command_files()
    if name != "manage" and name not in commands:
        print(f"werkspoor: onbekende opdracht '{name}'. Zie: werkspoor --help", file=sys.stderr)
        return 2
    try:
        if name == "manage":
            _setup_django()
            from django.core.management import execute_from_command_line

            from werkspoor.core.trace import cli_trace

            with cli_trace():
                execute_from_command_line(["werkspoor manage", *rest])
            return 0
        return run(name, commands[name], rest)
    except ConfigurationError as error:
        print(f"werkspoor: configuratiefout: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
