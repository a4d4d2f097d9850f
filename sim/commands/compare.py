"""``integraal compare SCENARIO...``: run designs side by side with common random numbers.

Replication k of every scenario gets ``SeedSequence(seed).spawn(R)[k]``, so all designs see the
same households and the same arrivals; the table shows each KPI per design with its 95%
interval and the paired difference against the first scenario.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from sim.commands.shared_options import add_replication_options, executor_choice, horizon_of, parse_settings
from sim.output.quintiles import summary_quintile_tables
from sim.output.results_folder import run_table
from sim.output.summary import HEADLINE, format_summary, kpi_columns, summarize_runs
from sim.output.trade_off_figure import plot_tradeoff
from sim.study.experiment import adhoc_experiment
from sim.study.run_plan import build_plan
from sim.study.runner import run_rows


def register(parser) -> None:
    """Add the options of ``integraal compare``."""
    parser.add_argument("scenarios", nargs="+", metavar="SCENARIO", help="scenario files or bundled names; "
                        "the first is the reference")
    add_replication_options(parser)
    parser.add_argument("--kpi", action="append", help="KPI to print (repeatable; default: the headline KPIs)")
    parser.add_argument("--json", action="store_true", help="print summary and differences as JSON")
    parser.add_argument("--figure", type=Path, help="write the waiting-vs-coordination figure here (.png)")
    parser.set_defaults(func=main)


def main(args) -> int:
    """Run the scenarios with common random numbers and report the first against the others."""
    horizon = horizon_of(args)
    experiment = adhoc_experiment(args.scenarios, replications=args.replications, seed=args.seed,
                                  horizon=horizon, base=parse_settings(args.set))
    executor = executor_choice(args)
    specs = build_plan(experiment, [{}])
    rows = run_rows(specs, "compare", executor, args.workers, args.scheduler)
    return report(experiment, run_table(_in_plan_order(rows, specs)), args)


def _in_plan_order(rows: list[dict], plan) -> list[dict]:
    rank = {run_id: i for i, run_id in enumerate(plan.run_ids())}
    return sorted(rows, key=lambda row: rank[row["run_id"]])


def report(experiment, table, args) -> int:
    """Print the comparison (table or JSON), write the figure if asked; exit 1 if a run failed."""
    failed = table[table["status"] != "ok"]
    summary, differences = summarize_runs(table, experiment.reference)
    if args.json:
        print(json.dumps({"reference": experiment.reference, "replications": experiment.replications,
                          "seed": experiment.seed, "summary": _records(summary),
                          "differences": _records(differences), "failed": _records(failed[["run_id", "error"]])},
                         indent=1))
    else:
        print(f"{len(experiment.designs)} designs, {experiment.replications} replications each, root seed "
              f"{experiment.seed}; common random numbers\n")
        print(format_summary(summary, differences, args.kpi or HEADLINE))
        if quintiles := summary_quintile_tables(summary):
            print("\n" + quintiles)
        for row in failed.itertuples():
            print(f"FAILED {row.run_id}: {row.error}")
    if args.figure and kpi_columns(table):
        print(f"\nfigure written to {plot_tradeoff(summary, args.figure)}")
    return 1 if len(failed) else 0


def _records(frame) -> list[dict]:
    return [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _plain(value):
    """A JSON-ready scalar: None for NaN and NA, plain Python numbers."""
    if pd.api.types.is_scalar(value) and pd.isna(value):
        return None
    return value.item() if hasattr(value, "item") else value
