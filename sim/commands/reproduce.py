"""``integraal reproduce EXPERIMENT``: rerun and compare with the committed ``results/<name>/``."""

from __future__ import annotations

from pathlib import Path

from sim.calibration.rerun import is_calibration, reproduce_calibration
from sim.commands.shared_options import add_executor_options, executor_choice
from sim.params.errors import InputError
from sim.study.experiment import load_experiment
from sim.study.global_sensitivity import sensitivity_points
from sim.study.manifest import read_manifest
from sim.study.rerun_check import check
from sim.study.run_plan import build_plan
from sim.study.runner import run_rows
from sim.study.sampling import design_points


def register(parser) -> None:
    """Add the options of ``integraal reproduce``."""
    parser.add_argument("experiment", help="an experiment file, the name of a bundled one, or the folder of a "
                        "calibration (`integraal calibrate`: it holds calibration.json)")
    parser.add_argument("--results", type=Path, help="results folder (default results/<experiment name>; "
                        "every folder with a manifest.json there or one level below)")
    parser.add_argument("--full", action="store_true", help="rerun every run, not just the reproduction subset")
    add_executor_options(parser)
    parser.set_defaults(func=main)


def result_folders(root: Path) -> list[Path]:
    """The results folder ``root``, or the results folders (with a manifest) just below it."""
    if (root / "manifest.json").is_file():
        return [root]
    found = sorted(p.parent for p in root.glob("*/manifest.json"))
    if not found:
        raise InputError(str(root), "manifest.json", "no results here; make them with `integraal sweep` "
                                                     "or `make results`")
    return found


def study_points(experiment, study: dict) -> list[dict]:
    """The design points of the study (the manifest's ``plan``) that made a results folder."""
    if study.get("kind") == "sensitivity":
        return sensitivity_points(experiment, study["method"])
    return design_points(experiment)


def on_its_town(experiment, study: dict, folder: Path):
    """The experiment as the folder's sweep ran it: on the town of ``integraal sweep --gemeente``, if it was.

    Raises:
        InputError: when that town's scenario is missing (named by the loader) or no longer the file the sweep
            ran on.
    """
    town = study.get("gemeente")
    if not town:
        return experiment
    from sim.study.town import on_town  # only a town's sweep needs the scenario loader

    made_on, record = on_town(experiment, town["scenario"])
    if record["sha256"] != town["sha256"]:
        raise InputError(str(folder / "manifest.json"), "plan.gemeente.scenario",
                         f"{town['scenario']} differs from the file the sweep ran on (sha256 {town['sha256'][:12]}...)")
    return made_on


def main(args) -> int:
    """Rerun each results folder's reproduction subset and compare it with the stored runs."""
    if is_calibration(Path(args.experiment)):
        folder = Path(args.experiment)
        compared, problems, mode = reproduce_calibration(folder, executor_choice(args), args.workers, args.scheduler)
        return int(print_outcome(folder, compared, mode, problems))
    experiment = load_experiment(args.experiment)
    executor = executor_choice(args)
    failures = 0
    for folder in result_folders(args.results or Path("results") / experiment.name):
        manifest = read_manifest(folder)
        subset = None if args.full else experiment.reproduce
        made_on = on_its_town(experiment, manifest["plan"], folder)
        specs = build_plan(made_on, study_points(made_on, manifest["plan"]), subset)
        rows = run_rows(specs, f"reproduce {folder}", executor, args.workers, args.scheduler)
        problems, mode = check(experiment, folder, manifest, rows)
        failures += print_outcome(folder, len(specs), mode, problems)
    return 1 if failures else 0


def print_outcome(folder: Path, compared: int, mode: str, problems: list[str]) -> bool:
    """Print whether the rerun of ``folder`` matched, with every problem; True when it did not."""
    print(f"{folder}: {compared} runs compared, {mode}: " + ("OK" if not problems else "DIFFERENT"))
    for line in problems:
        print(f"  {line}")
    return bool(problems)
