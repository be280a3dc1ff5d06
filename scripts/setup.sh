#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Create .venv and install Werkspoor from the lock file. Idempotent: a second run only
# checks. Usage: bash scripts/setup.sh [--dev]
set -euo pipefail
cd "$(dirname "$0")/.."

lock=requirements.lock
[ "${1:-}" = "--dev" ] && lock=requirements-dev.lock
stamp=".venv/.installed-$(sha256sum "$lock" pyproject.toml | sha256sum | cut -c1-16)"

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
if [ ! -f "$stamp" ]; then
    echo "Werkspoor: afhankelijkheden installeren uit $lock ..."
    .venv/bin/python -m pip --version >/dev/null 2>&1 || .venv/bin/python -m ensurepip >/dev/null
    .venv/bin/python -m pip install -q --disable-pip-version-check uv
    .venv/bin/python -m uv pip install -q -p .venv/bin/python -r "$lock"
    .venv/bin/python -m uv pip install -q -p .venv/bin/python --no-deps -e .
    rm -f .venv/.installed-*
    touch "$stamp"
fi
