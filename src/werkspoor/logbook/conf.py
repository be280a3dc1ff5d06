# SPDX-License-Identifier: EUPL-1.2
"""Settings of the logbook, added by conf/settings.py.

WERKSPOOR_LOGBOEK_SLEUTEL   key for pseudonymising data subjects (default: derived from
                            WERKSPOOR_SECRET_KEY); keep it stable, or old lines cannot be found
WERKSPOOR_OTLP_ENDPOINT     OTLP/HTTP endpoint (e.g. http://collector:4318) to export every log
                            line to as well; empty = nothing leaves the machine
WERKSPOOR_OTLP_HEADERS      extra headers for the collector, "naam=waarde,naam2=waarde2"
"""

APPS = ["werkspoor.logbook"]
MIDDLEWARE = "werkspoor.logbook.services.LogboekMiddleware"


def logbook_settings(env) -> dict:
    headers = {}
    for pair in env.get("WERKSPOOR_OTLP_HEADERS", "").split(","):
        if "=" in pair:
            name, value = pair.split("=", 1)
            headers[name.strip()] = value.strip()
    return {
        "WERKSPOOR_LOGBOEK_SLEUTEL": env.get("WERKSPOOR_LOGBOEK_SLEUTEL", ""),
        "WERKSPOOR_OTLP_ENDPOINT": env.get("WERKSPOOR_OTLP_ENDPOINT", "").rstrip("/"),
        "WERKSPOOR_OTLP_HEADERS": headers,
    }
