"""``manifest.json``: what produced a results folder, so that anyone can tell and redo it.

It names the experiment file and its sha256, the git commit of the code, the versions of Python
and of the packages that shape the numbers, the root seed, when the sweep started and ended,
how many runs it planned and finished, and the sha256 of every result file, so that
``integraal reproduce`` notices a committed number that was edited by hand.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import platform
import subprocess
from importlib import metadata
from pathlib import Path

from sim import PROJECT_DIR
from sim.output.results_folder import write_json
from sim.params.errors import InputError

PACKAGES = ("integraal", "mesa", "numpy", "scipy", "pandas", "networkx", "SALib", "dask", "distributed", "matplotlib")
REPO = PROJECT_DIR
HASHED = ("runs.csv", "indices.csv", "experiment.toml", "robustness.csv", "boxes.csv", "sobol.csv")
"""The result files whose hashes the manifest keeps (those present).

Not ``summary.csv`` and ``differences.csv``: they follow from ``runs.csv`` (``integraal summarize``
writes them again), and for a sensitivity design or a Latin hypercube of hundreds of points they
run to tens of megabytes, so those results folders do not commit them (results/.gitignore)."""


def sha256(path: Path) -> str:
    """The sha256 of the file at ``path``, in hex."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def now() -> str:
    """The current time in UTC, to the second, ISO 8601."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def package_versions() -> dict[str, str]:
    """The installed version of each package that can change results."""
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def environment() -> dict[str, object]:
    """Python and package versions: when these match, a rerun must give identical numbers."""
    return {"python": platform.python_version(), "packages": package_versions()}


def git_commit() -> dict[str, object]:
    """The commit of the code and whether the working tree differs from it.

    The commit of the code, and whether tracked files other than results differ from it (a
    ``make results`` that rewrites one committed results folder after another is still clean).
    """
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], check=False, cwd=REPO, capture_output=True, text=True,  # noqa: S607 - git from PATH
                              timeout=30)
        return done.stdout.strip() if done.returncode == 0 else ""
    commit = git("rev-parse", "HEAD")
    changed = git("status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)results")
    return {"commit": commit or "unknown", "dirty": bool(changed)}


def new_manifest(experiment, study: dict, runs_planned: int, executor: str, workers: int) -> dict:
    """The manifest of a new sweep: experiment, kind of study, code, versions, machine and start time.

    ``study`` says what kind of study made the folder (``{"kind": "sweep", "sampling": "lhs"}`` or
    ``{"kind": "sensitivity", "method": "morris"}``); it is stored under the key ``plan``, the name
    committed results folders already use.
    """
    return {
        "experiment": {"name": experiment.name, "file": experiment.path, "sha256": sha256(Path(experiment.path))},
        "plan": study, "root_seed": experiment.seed, "replications": experiment.replications,
        "git": git_commit(), **environment(), "platform": platform.platform(),
        "executor": executor, "workers": workers, "started": now(), "finished": None,
        "runs_planned": runs_planned, "runs_done": 0, "runs_failed": 0, "sessions": 1, "files": {},
    }


def read_manifest(folder: Path) -> dict | None:
    """The manifest of ``folder``, or None when it has none."""
    path = Path(folder) / "manifest.json"
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(str(path), "-", f"malformed JSON ({exc}); expected the manifest a sweep writes") from None
    if not isinstance(manifest, dict):
        raise InputError(str(path), "-", "expected a JSON object, the manifest a sweep writes")
    return manifest


def write_manifest(folder: Path, manifest: dict) -> None:
    """Write ``manifest`` to ``folder``/manifest.json atomically."""
    write_json(Path(folder) / "manifest.json", manifest)


def refresh_file_hashes(folder: Path) -> None:
    """Record in ``folder``'s manifest the hashes of the result files written after the runs (indices, robustness)."""
    manifest = read_manifest(folder)
    manifest["files"] = file_hashes(folder)
    write_manifest(folder, manifest)


def file_hashes(folder: Path) -> dict[str, str]:
    """The sha256 of each result file of ``folder`` that the manifest vouches for."""
    return {name: sha256(Path(folder) / name) for name in HASHED if (Path(folder) / name).is_file()}
