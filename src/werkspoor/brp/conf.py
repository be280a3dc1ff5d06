# SPDX-License-Identifier: EUPL-1.2
"""Settings of the BRP link, added by conf/settings.py. Without WERKSPOOR_BRP_URL the link is
off and every screen says so.

WERKSPOOR_BRP_URL        base URL of BRP Personen Bevragen v2 (the path /personen is added)
WERKSPOOR_BRP_API_KEY    API key, sent as X-API-KEY (as the RvIG proefomgeving asks)
WERKSPOOR_BRP_CERT       client certificate (PEM) for mutual TLS, with WERKSPOOR_BRP_KEY
WERKSPOOR_BRP_CA         CA bundle to trust instead of the system's
WERKSPOOR_BRP_TIMEOUT    seconds before a request is given up (default 10)
"""


def brp_settings(env) -> dict:
    return {
        "WERKSPOOR_BRP_URL": env.get("WERKSPOOR_BRP_URL", "").rstrip("/"),
        "WERKSPOOR_BRP_API_KEY": env.get("WERKSPOOR_BRP_API_KEY", ""),
        "WERKSPOOR_BRP_CERT": env.get("WERKSPOOR_BRP_CERT", ""),
        "WERKSPOOR_BRP_KEY": env.get("WERKSPOOR_BRP_KEY", ""),
        "WERKSPOOR_BRP_CA": env.get("WERKSPOOR_BRP_CA", ""),
        "WERKSPOOR_BRP_TIMEOUT": float(env.get("WERKSPOOR_BRP_TIMEOUT", "10")),
    }
