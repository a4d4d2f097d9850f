"""``integraal sensitivity EXPERIMENT --method morris|sobol``: SALib indices for the KPIs."""

from __future__ import annotations

from pathlib import Path

from sim.commands.sweep import add_folder_options, report, run_options
from sim.output.results_folder import write_atomic
from sim.study import manifest as mf
from sim.study.experiment import load_experiment
from sim.study.global_sensitivity import METHODS, analyze, plot_indices, sensitivity_points, settings
from sim.study.run_plan import build_plan
from sim.study.runner import sweep


def register(parser) -> None:
    """Add the options of ``integraal sensitivity``."""
    parser.add_argument("experiment", help="an experiment file, or the name of a bundled one")
    parser.add_argument("--method", choices=METHODS, help="default: the file's [sensitivity] method")
    add_folder_options(parser)
    parser.set_defaults(func=main)


def main(args) -> int:
    """Run the experiment's Morris or Sobol design and write the sensitivity indices."""
    experiment = load_experiment(args.experiment)
    method = args.method or settings(experiment)["method"]
    options = run_options(args)
    plan = build_plan(experiment, sensitivity_points(experiment, method))
    out = args.out or Path("results") / experiment.name / method
    outcome = sweep(experiment, plan, {"kind": "sensitivity", "method": method}, out, **options)
    indices, notes = analyze(experiment, method, outcome.table)
    write_atomic(out / "indices.csv", indices.to_csv(index=False))
    if len(indices):
        plot_indices(indices, method, out / "indices.png")
    mf.refresh_file_hashes(out)
    print(format_indices(indices, method))
    for note in notes:
        print(f"note: {note}")
    return report(outcome)


def format_indices(indices, method: str) -> str:
    """Per design and KPI, the factors ranked by their main index, with 95% intervals."""
    main = "mu_star" if method == "morris" else "ST"
    lines = [f"{method}: {main} per factor (+- 95% confidence half-width), largest first"]
    shown = indices[indices["index"] == main]
    for (design, kpi), rows in shown.groupby(["design", "kpi"], sort=False):
        lines += ["", f"{design}: {kpi}"]
        for r in rows.sort_values("value", ascending=False).itertuples():
            lines.append(f"  {r.factor:45s} {r.value:12.4g} +- {r.conf:.3g}")
    return "\n".join(lines)
