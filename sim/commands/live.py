"""``integraal live``: serve the live page on this machine, without internet and without telemetry.

``integraal live --prepare`` (once, online; ``make live`` and ``make test`` run it) fills the
front-end folder of sim/live/assets.py. ``integraal live`` then runs ``solara run sim/app.py
--production`` with the offline settings of sim/live/offline.py in the environment, so Solara
reads them before anything starts: the front-end comes from that folder, nothing is fetched from
a CDN, nothing is reported to Mixpanel. The page listens on 127.0.0.1 (this computer only)
unless ``--host`` says otherwise. Stop it with Ctrl+C.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import sim
from sim.live import assets
from sim.live.offline import offline_environment

APP = Path(sim.__file__).parent / "app.py"
DEFAULT_PORT = 8765
"""Solara's own default port: http://127.0.0.1:8765."""


def register(parser) -> None:
    """Add the options of ``integraal live``."""
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this computer only)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    parser.add_argument("--prepare", action="store_true",
                        help="only put Solara's front-end files on this machine (needs internet once), then stop")
    parser.set_defaults(func=main)


def command(host: str, port: int) -> list[str]:
    """The Solara command that serves the page."""
    return [sys.executable, "-m", "solara", "run", str(APP), "--host", host, "--port", str(port), "--production",
            "--no-open"]


def main(args) -> int:
    """Prepare the front-end files (``--prepare``), or become the Solara server (this process, replaced).

    The process turns into Solara's (``os.execve``) rather than starting it as a child, so that
    Ctrl+C or a stop signal reaches the server itself and no server outlives its command.
    Serving without the files would give a blank page offline: it stops with exit code 1 and
    says how to get them.
    """
    if args.prepare:
        fetched = assets.prepare()
        print(f"integraal live: front-end files in {assets.CACHE}; fetched with npm: {', '.join(fetched) or 'none'}")
        return 0
    if lacking := assets.missing():
        print(f"integraal live: Solara's front-end lacks {', '.join(lacking)}; run `integraal live --prepare` "
              "once while online (make live does)", file=sys.stderr)
        return 1
    print(f"integraal live: http://{args.host}:{args.port} (offline, no telemetry; Ctrl+C stops)", flush=True)
    os.execve(sys.executable, command(args.host, args.port), offline_environment())  # noqa: S606 (our own arguments)
