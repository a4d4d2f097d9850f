"""Solara without internet: the front-end from this machine, no usage telemetry.

Solara's page loads its JavaScript and fonts through the server's "CDN proxy": the browser asks
the server (``/_solara/cdn/...``) and the server fetches each file from cdn.jsdelivr.net once.
The proxy here reads the folder sim/live/assets.py prepares (the ``solara-assets`` package plus
what it lacks), so it has every file before the first visit. Pointing the proxy's CDN at a closed port on this
machine makes a file missing from that package fail here, on a laptop with internet too, instead
of being fetched quietly and failing later in a council chamber without it. Solara also reports
usage to Mixpanel by default; a municipal tool must not phone home, so that is switched off.

``OFFLINE_ENV`` is what ``integraal live`` (and ``make live``) puts in the environment before
Solara reads its settings; :func:`go_offline` sets the same on settings already read (``solara run
sim/app.py`` reads them before it imports the page).
"""

from __future__ import annotations

import os

from sim.live.assets import CACHE

CLOSED_CDN = "http://127.0.0.1:9/npm/"
"""The discard port on this machine: nothing listens there, so nothing is fetched from anywhere."""
OFFLINE_ENV = {
    "SOLARA_ASSETS_PROXY": "True",
    "SOLARA_ASSETS_PROXY_CACHE_DIR": str(CACHE),
    "SOLARA_ASSETS_CDN": CLOSED_CDN,
    "SOLARA_TELEMETRY_MIXPANEL_ENABLE": "False",
}
"""Solara's settings for a page that needs no network (the ``solara_assets_`` and ``solara_telemetry_`` settings)."""


def offline_environment(base: dict[str, str] | None = None) -> dict[str, str]:
    """``base`` (default: this process's environment) with :data:`OFFLINE_ENV` on top."""
    return {**(os.environ if base is None else base), **OFFLINE_ENV}


def go_offline() -> None:
    """Set :data:`OFFLINE_ENV` here and on Solara's settings objects, whether or not they were read yet."""
    os.environ.update(OFFLINE_ENV)
    import solara.server.settings as server_settings
    import solara.settings

    solara.settings.assets.proxy = True
    server_settings.assets.proxy_cache_dir = CACHE
    solara.settings.assets.cdn = CLOSED_CDN
    server_settings.telemetry.mixpanel_enable = False
