"""``integraal sweep EXPERIMENT``: run every design, design point and replication of an experiment.

The experiment file is read and checked before the model, pandas and the executors are imported,
so a bad file (an absurd replication count, a typo) is refused in a fraction of a second.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sim.commands.shared_options import add_executor_options, executor_choice
from sim.params.errors import InputError
from sim.study.experiment import load_experiment
from sim.study.plan_size import check_size

if TYPE_CHECKING:
    from sim.study.runner import SweepOutcome


def register(parser) -> None:
    """Add the options of ``integraal sweep``."""
    parser.add_argument("experiment", help="an experiment file, or the name of a bundled one")
    parser.add_argument("--gemeente", metavar="SCENARIO",
                        help="run every design on the town of this scenario (yours, e.g. a calibrated one) "
                             "instead of Middelstad; its name goes into the manifest")
    add_folder_options(parser)
    parser.set_defaults(func=main)


def add_folder_options(parser) -> None:
    """Add the executor options and those of the results folder (``--out``, ``--force``, ``--resume``)."""
    add_executor_options(parser)
    parser.add_argument("--out", type=Path, help="results folder (default results/<experiment name>)")
    parser.add_argument("--resume", action="store_true", help="continue a stopped sweep: skip stored runs")
    parser.add_argument("--force", action="store_true", help="replace an existing results folder")


def run_options(args) -> dict:
    """Keyword arguments for :func:`sim.study.runner.sweep` from the shared options."""
    if args.resume and args.force:
        raise InputError("command line", "--resume", "choose --resume or --force, not both")
    return {"executor": executor_choice(args), "workers": args.workers, "scheduler": args.scheduler,
            "resume": args.resume, "force": args.force}


def main(args) -> int:
    """Run every design point and replication of an experiment into a results folder."""
    experiment = check_size(load_experiment(args.experiment))
    options = run_options(args)
    study = {"kind": "sweep", "sampling": experiment.sampling["method"]}
    if args.gemeente:
        from sim.study.town import on_town

        experiment, study["gemeente"] = on_town(experiment, args.gemeente)
    from sim.output.summary import format_summary, summarize_runs
    from sim.study.run_plan import build_plan
    from sim.study.runner import sweep
    from sim.study.sampling import design_points

    plan = build_plan(experiment, design_points(experiment))
    outcome = sweep(experiment, plan, study, args.out or default_folder(experiment.name, study), **options)
    print(format_summary(*summarize_runs(outcome.table, experiment.reference)))
    return report(outcome)


def default_folder(name: str, study: dict) -> Path:
    """``results/headline``, or on a town ``results/headline-voorbeeldstad`` (never Middelstad's folder)."""
    if "gemeente" not in study:
        return Path("results") / name
    from sim.commands.gemeente import default_output

    return Path("results") / f"{name}-{default_output(study['gemeente']['name']).stem}"


def report(outcome: SweepOutcome) -> int:
    """Print the tally; exit 1 when runs were lost (the sweep must be resumed)."""
    t = outcome.tally
    print(f"\n{outcome.planned} runs planned: {outcome.skipped} already stored, {t.ok} ok, {t.failed} failed, "
          f"{len(t.lost)} lost; results in {outcome.folder}/")
    if t.failed:
        print(f"integraal: {t.failed} runs failed; their errors are in the 'error' column of runs.csv",
              file=sys.stderr)
    return 1 if t.lost else 0
