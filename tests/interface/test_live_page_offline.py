"""Acceptance (issue 17): the live page shows its Dutch content with every network but 127.0.0.1 blocked.

``integraal live`` serves the page on a free port of 127.0.0.1; headless Chromium, which cannot
reach anything else (tests/browser_helpers.py), opens it and waits until the explanation is
there. The page must show its Dutch text and charts (a screenshot with real content), every URL
it asked for must be on 127.0.0.1, and the server must not have tried to fetch a front-end file
(its CDN is a closed local port, so such a try is logged as "Could not load URL"). Served with
the assets proxied to a CDN, or with a Solara front-end file missing, this test fails.
"""

from __future__ import annotations

import io
import subprocess
import sys

import matplotlib.image as mpimg
import numpy as np
import pytest

from browser_helpers import LOCAL, free_port, outside, visit, wait_for
from sim import PROJECT_DIR
from sim.live import assets

DUTCH = ("Wat ziet u?", "proefstad", "Wachtlijst Wmo", "8 weken (56 dagen)", "Week 0 na het opwarmen",
         "Manier van werken (ontwerp)", "Personeel in het ontwerp", "Inwoners: 10.000", "1 week verder")
ENGLISH = ("Model Parameters", "Step", "Reset", "Play Interval")
"""SolaraViz's English controls, which the page no longer has."""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``integraal live`` on a free port; yields its address and its log file.

    Stopping the command stops the server: nothing answers on the port afterwards.
    """
    if lacking := assets.missing():
        pytest.fail(f"the live page's front-end lacks {lacking}; `make live-assets` fetches it once")
    log = tmp_path_factory.mktemp("live") / "server.log"
    port = free_port()
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "-m", "sim", "live", "--port", str(port)], cwd=PROJECT_DIR,
                                   stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for(f"http://{LOCAL}:{port}/", 60)
        yield f"http://{LOCAL}:{port}/", log
    finally:
        process.terminate()
        process.wait(timeout=20)
    with pytest.raises(OSError):
        wait_for(f"http://{LOCAL}:{port}/", 0)


def test_the_page_shows_its_dutch_content_without_any_network(server, tmp_path):
    """Acceptance: Dutch text and charts in blocked Chromium; no request leaves 127.0.0.1, nothing fetched."""
    url, log = server
    seen = visit(url, tmp_path / "profile", shows=DUTCH)
    (tmp_path / "page.png").write_bytes(seen.screenshot)
    missing = [text for text in DUTCH if text.lower() not in seen.text.lower()]
    assert missing == [], f"not on the page: {missing}; it shows: {seen.text[:500]!r}"
    assert [word for word in ENGLISH if word in seen.text.split()] == []
    image = np.asarray(mpimg.imread(io.BytesIO(seen.screenshot)))
    assert image.shape[0] > 1000 and float(image.std()) > 0.05  # text and three charts, not a blank page
    assert any("/_solara/cdn/" in u for u in seen.urls) and any(u.startswith("ws://") for u in seen.urls)
    assert outside(seen.urls) == []
    assert "Could not load URL" not in log.read_text()


def test_the_check_sees_a_request_outside():
    """The URL check can fail: a CDN address, a bare IP elsewhere and localhost's other name are outside."""
    urls = ["http://127.0.0.1:8765/_solara/cdn/x.js", "data:image/png;base64,AA", "https://cdn.jsdelivr.net/npm/x",
            "ws://10.0.0.1/socket", "http://localhost:8765/"]
    assert outside(urls) == urls[2:]
