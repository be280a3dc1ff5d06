#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The main job on embedded defaults: install, build the demo city into SQLite (once),
# write the latest quarter's dashboard, and serve the web app on http://127.0.0.1:8000.
# Set WERKSPOOR_REBUILD=1 to rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"

marker="data/.demo-built"
if [ ! -f "$marker" ] || [ "${WERKSPOOR_REBUILD:-0}" = "1" ]; then
    werkspoor demo
    # The latest complete quarter's Dashboard and Monitor (HTML + PDF) in data/rapporten/.
    werkspoor dashboard
    mkdir -p data && touch "$marker"
fi
# The demo city ends on 2025-12-31; the workspace looks at it from that day.
export WERKSPOOR_VANDAAG="${WERKSPOOR_VANDAAG:-2025-12-31}"
exec werkspoor serve --port "${WERKSPOOR_PORT:-8000}"
