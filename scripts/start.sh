#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The main job on embedded defaults: install, build the demo city into SQLite (once) with its
# figures computed ahead, write the latest quarter's dashboard, and serve the web app on
# http://127.0.0.1:8000. Set WERKSPOOR_REBUILD=1 to rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
# The demo city ends on 2025-12-31; the workspace looks at it from that day.
export WERKSPOOR_VANDAAG="${WERKSPOOR_VANDAAG:-2025-12-31}"

mkdir -p data
marker="data/.demo-built"
if [ ! -f "$marker" ] || [ "${WERKSPOOR_REBUILD:-0}" = "1" ]; then
    # Builds the city and computes the published figures of every quarter and year ahead.
    werkspoor demo
    # Published national figures to compare with (CBS StatLine), with their source.
    werkspoor referenties definitions/referenties/cbs-personen-met-bijstand-nederland.csv
    # The latest complete quarter's Dashboard and Monitor (HTML + PDF) in data/rapporten/.
    werkspoor dashboard
    touch "$marker"
fi
# The web app's PDFs (newest quarter first) while the app already serves the pages; serve
# itself brings the figures up to date when the registry moved on.
werkspoor voorbereken --als-nodig > data/voorbereken.log 2>&1 &
exec werkspoor serve --port "${WERKSPOOR_PORT:-8000}"
