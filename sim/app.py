"""The live model page: the chosen access design beside sectoral access, week by week, offline.

Start it with ``integraal live`` (or ``make live``): it serves the page on http://127.0.0.1:8765
with Solara's front-end from this machine and without telemetry (sim/live/offline.py), so it works
in a council chamber without internet. ``solara run sim/app.py`` works too; this module switches
Solara to the same offline settings when it is imported. The page itself is sim/live/page.py.
"""

from __future__ import annotations

from sim.live.offline import go_offline

go_offline()

from sim.live.page import Page  # noqa: E402  (Solara's settings are offline before the page loads)

__all__ = ["Page"]
