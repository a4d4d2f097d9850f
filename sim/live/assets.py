"""The files of Solara's front-end on this machine: the ``solara-assets`` package, plus what it lacks.

Solara's page template names the npm packages its browser side loads, each at an exact version
(``@widgetti/solara-vuetify3-app@5.2.0``, ``requirejs@2.3.6``, ...), through the server's CDN
proxy. The ``solara-assets`` package ships such packages in ``share/solara/cdn`` of the Python
environment, but its releases lag Solara's: solara-assets 1.58 carries solara-vuetify3-app 5.1.1
while Solara 1.64 asks for 5.2.0. Online that goes unnoticed (the proxy fetches the file from
jsdelivr); offline the page stays blank.

So the live page's proxy reads a folder of its own, ``CACHE``: :func:`prepare` links every
package of solara-assets into it and fetches each package the installed template names that is
still missing, once, with npm (``npm pack``), while the machine is online (``make live`` and
``make test`` do this first). After that the page needs no network; :func:`missing` says what a
page would still have to fetch.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from sim import PROJECT_DIR

CACHE = PROJECT_DIR / ".solara-cdn"
"""The live page's CDN-proxy folder (not in git; ``make clean`` removes it)."""
PACKAGE = r"((?:@[\w.-]+/)?[\w.-]+@\d[\w.+-]*)/"
PACKAGE_IN_TEMPLATE = re.compile(r"\{\{\s*cdn\s*\}\}/" + PACKAGE)
"""``{{cdn}}/@widgetti/solara-vuetify-app@10.1.1/dist/...`` in Solara's template: the package at its version."""


def bundled_folder() -> Path:
    """Where ``solara-assets`` installed its packages (the default proxy folder of Solara)."""
    import solara.server.settings

    return Path(solara.server.settings.prefix) / "share" / "solara" / "cdn"


def template_packages() -> set[str]:
    """The npm packages (``name@version``) Solara's installed page template loads, Font Awesome included.

    The template names Font Awesome through a setting (``{{cdn}}{{assets.fontawesome_path}}``).
    """
    import solara.server.settings

    template = Path(solara.server.settings.__file__).parent / "templates" / "solara.html.j2"
    packages = set(PACKAGE_IN_TEMPLATE.findall(template.read_text(encoding="utf-8")))
    font = re.match("/" + PACKAGE, solara.server.settings.assets.fontawesome_path)
    return packages | ({font.group(1)} if font and solara.server.settings.assets.fontawesome_enabled else set())


def packages_in(folder: Path) -> list[str]:
    """The ``name@version`` folders in ``folder``, scoped ones as ``@scope/name@version``."""
    if not folder.is_dir():
        return []
    found = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("@") and entry.is_dir():
            found += [f"{entry.name}/{sub.name}" for sub in sorted(entry.iterdir()) if "@" in sub.name]
        elif "@" in entry.name:
            found.append(entry.name)
    return found


def missing(cache: Path = CACHE) -> list[str]:
    """Packages the template loads that ``cache`` does not hold (empty: the page works offline)."""
    return sorted(p for p in template_packages() if not (cache / p).is_dir())


def prepare(cache: Path = CACHE, bundled: Path | None = None) -> list[str]:
    """Fill ``cache``: links to solara-assets' packages, then npm for the rest; returns what npm fetched."""
    bundled = bundled_folder() if bundled is None else bundled
    for package in packages_in(bundled):
        link = cache / package
        if not link.exists():
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(bundled / package, target_is_directory=True)
    fetched = missing(cache)
    for package in fetched:
        fetch(package, cache / package)
    return fetched


def fetch(package: str, target: Path) -> None:
    """Unpack npm's tarball of ``package`` (``name@version``) into ``target`` (needs the network once)."""
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError(f"{package} is missing and npm is not installed to fetch it (apt-get install npm)")
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run([npm, "pack", package, "--pack-destination", folder, "--silent"],
                              check=True, capture_output=True, text=True, timeout=300)
        tarball = Path(folder) / done.stdout.strip().splitlines()[-1]
        unpacked = Path(folder) / "unpacked"
        with tarfile.open(tarball) as archive:
            archive.extractall(unpacked, filter="data")
        target.parent.mkdir(parents=True, exist_ok=True)
        (unpacked / "package").rename(target)
