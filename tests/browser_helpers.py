"""Headless Chromium with every network outside 127.0.0.1 blocked, driven over its DevTools protocol.

Story: the live page must show its Dutch content in a council chamber without internet. The test
starts Chromium with a host resolver that finds no name but 127.0.0.1 and a proxy on a closed
port (so even a literal IP address outside goes nowhere), opens the page, waits in real time
until its text appears (a Solara page fills itself over a websocket after the load event, which
``--dump-dom`` does not wait for), and keeps every URL the page asked for (the DevTools
``Network`` events, websockets included), its visible text and a screenshot.
"""

from __future__ import annotations

import base64
import itertools
import json
import shutil
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from websockets.sync.client import connect

LOCAL = "127.0.0.1"
BLOCKING_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions",
    f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {LOCAL}",
    "--proxy-server=http://127.0.0.1:9", f"--proxy-bypass-list={LOCAL}",
]
"""Chromium without any route out: names other than 127.0.0.1 do not resolve, other traffic goes to a closed port."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind((LOCAL, 0))
        return probe.getsockname()[1]


def wait_for(url: str, seconds: float) -> bytes:
    """The body of ``url`` once it answers (it is polled every half second for ``seconds``)."""
    deadline = time.monotonic() + seconds
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never through a proxy of the environment
    while True:
        try:
            with direct.open(url, timeout=5) as answer:
                return answer.read()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def outside(urls: list[str]) -> list[str]:
    """The URLs among ``urls`` that go to a host other than 127.0.0.1 (``data:`` and ``blob:`` stay in the page)."""
    return [u for u in urls if urlsplit(u).scheme not in ("data", "blob", "about") and urlsplit(u).hostname != LOCAL]


@dataclass
class Visit:
    """What the page showed: every URL it asked for, its visible text, a PNG screenshot."""

    urls: list[str] = field(default_factory=list)
    text: str = ""
    screenshot: bytes = b""


class DevTools:
    """One DevTools websocket: commands with ids, events kept as they come."""

    def __init__(self, socket):
        self.socket = socket
        self.ids = itertools.count(1)
        self.events: list[dict] = []

    def send(self, method: str, session: str | None = None, **params) -> dict:
        """Send ``method`` and wait for its answer, keeping the events that arrive meanwhile."""
        number = next(self.ids)
        message = {"id": number, "method": method, "params": params} | ({"sessionId": session} if session else {})
        self.socket.send(json.dumps(message))
        while True:
            answer = json.loads(self.socket.recv(timeout=30))
            if answer.get("id") == number:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def requested_urls(self) -> list[str]:
        """Every URL the page requested so far (HTTP requests and websockets)."""
        urls = [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]
        return urls + [e["params"]["url"] for e in self.events if e.get("method") == "Network.webSocketCreated"]


def chromium() -> str:
    """Chromium's path; a missing one fails the test (``make tools`` installs it)."""
    path = shutil.which("chromium")
    if path is None:
        pytest.fail("chromium is not installed; `make tools` installs it")
    return path


def shown(text: str, wanted: tuple[str, ...]) -> bool:
    """Whether every one of ``wanted`` is in ``text``, ignoring case (buttons show in capitals)."""
    return all(w.lower() in text.lower() for w in wanted)


def visit(url: str, profile: Path, shows: tuple[str, ...], seconds: float = 40.0) -> Visit:
    """Open ``url`` in blocked headless Chromium and wait until its text holds all of ``shows`` (or ``seconds``)."""
    port = free_port()
    browser = subprocess.Popen([chromium(), *BLOCKING_FLAGS, f"--user-data-dir={profile}",
                                f"--remote-debugging-port={port}", "--window-size=1400,1600", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        version = json.loads(wait_for(f"http://{LOCAL}:{port}/json/version", 20))
        with connect(version["webSocketDebuggerUrl"], max_size=None, open_timeout=10) as socket:
            return _look(DevTools(socket), url, shows, seconds)
    finally:
        browser.kill()
        browser.wait(timeout=10)


def _look(tools: DevTools, url: str, shows: tuple[str, ...], seconds: float) -> Visit:
    """Open ``url`` in a new tab and wait for ``shows``; then the text, a screenshot and the URLs."""
    target = tools.send("Target.createTarget", url="about:blank")["targetId"]
    session = tools.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
    tools.send("Network.enable", session)
    tools.send("Page.navigate", session, url=url)
    result, deadline = Visit(), time.monotonic() + seconds
    while not shown(result.text, shows) and time.monotonic() < deadline:
        time.sleep(0.5)
        result.text = tools.send("Runtime.evaluate", session, expression="document.body.innerText",
                                 returnByValue=True)["result"].get("value", "")
    time.sleep(1.0)  # the chart images arrive just after the text
    shot = tools.send("Page.captureScreenshot", session, format="png", captureBeyondViewport=True)
    result.screenshot = base64.b64decode(shot["data"])
    tools.send("Runtime.evaluate", session, expression="1")  # collect the last network events
    result.urls = tools.requested_urls()
    return result

