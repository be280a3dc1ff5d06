#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Set up and run the whole test suite on the embedded SQLite database.
# Installs Debian's chromium for the browser tests when it is missing (needs root or sudo).
# Extra arguments go to pytest. WERKSPOOR_DATABASE_URL selects another database.
# The tests run in parallel (pytest-xdist), one worker per CPU, each with its own test
# database; WERKSPOOR_TEST_WORKERS=1 (or passing -n 0) runs them in one process. A module
# stays on one worker (--dist loadfile): the demo city's module fixture lives outside the
# test transactions, and handing its neighbours' tests out one by one let them see it.
# (--dist loadgroup with units per test of the long modules once left both workers idle
# with 47 tests unrun: a hang in xdist's scheduler; loadfile has never hung here.)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev

if ! command -v chromium >/dev/null 2>&1; then
    echo "Werkspoor: Debian's chromium installeren voor de browsertests ..."
    sudo_cmd=""; [ "$(id -u)" = "0" ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

# Spectral with the Logius API Design Rules ruleset lints the API's OpenAPI document
# (tests/api/test_openapi.py). Installed from the npm registry with its lock file, once.
spectral=tests/api/spectral
spectral_stamp="$spectral/node_modules/.installed-$(sha256sum "$spectral/package-lock.json" | cut -c1-16)"
if [ ! -f "$spectral_stamp" ]; then
    if ! command -v npm >/dev/null 2>&1; then
        echo "Werkspoor: Debians nodejs en npm installeren voor de API-linter ..."
        sudo_cmd=""; [ "$(id -u)" = "0" ] || sudo_cmd="sudo"
        $sudo_cmd apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq nodejs npm >/dev/null
    fi
    echo "Werkspoor: Spectral (API Design Rules-linter) installeren ..."
    npm ci --prefix "$spectral" --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null
    touch "$spectral_stamp"
fi

# Python's byte-code cache on, also where the environment turned it off: a run starts three
# Python processes and dozens of subprocesses (the CLI, the demo, child readers), and each
# would otherwise compile Django, Werkspoor and the test modules from source again (pytest's
# rewritten test modules are cached the same way). The caches are ignored by git.
unset PYTHONDONTWRITEBYTECODE

workers="${WERKSPOOR_TEST_WORKERS:-$(nproc 2>/dev/null || echo 1)}"
parallel=()
case " $* " in
    *" -n"* | *" --numprocesses"* | *" -p no:xdist "*) ;;  # the caller chose
    *) if [ "$workers" -gt 1 ] 2>/dev/null; then parallel=(-n "$workers" --dist loadfile); else parallel=(-n 0); fi ;;
esac
exec .venv/bin/python -m pytest "${parallel[@]}" "$@"
