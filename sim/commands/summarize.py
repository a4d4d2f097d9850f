"""``integraal summarize RESULTS_DIR``: means, intervals and paired differences of a sweep."""

from __future__ import annotations

from pathlib import Path

from sim.output.design_table import design_table, read_capacity
from sim.output.quintiles import summary_quintile_tables
from sim.output.results_folder import ResultsStore
from sim.output.robustness import robustness_text
from sim.output.summary import HEADLINE, format_summary, kpi_columns, write_summaries
from sim.output.trade_off_figure import plot_tradeoff
from sim.params.errors import InputError
from sim.study.manifest import read_manifest


def register(parser) -> None:
    """Add the options of ``integraal summarize``."""
    parser.add_argument("results", type=Path, help="a results folder written by sweep or sensitivity")
    parser.add_argument("--kpi", action="append", help="KPI to print (repeatable; default: the headline KPIs)")
    parser.add_argument("--all", action="store_true", help="print every KPI")
    parser.add_argument("--figure", type=Path, help="write the waiting-vs-coordination figure here (.png)")
    parser.add_argument("--capacity", type=Path, metavar="FILE.csv",
                        help="extra staff per design (`integraal capacity ... --out FILE.csv`) for the design table")
    parser.set_defaults(func=main)


def main(args) -> int:
    """Print a results folder's KPIs per design with intervals, and the figure if asked."""
    manifest = read_manifest(args.results)
    if manifest is None:
        raise InputError(str(args.results), "manifest.json", "not found; is this a results folder?")
    capacity = read_capacity(args.capacity) if args.capacity else None
    table = ResultsStore(args.results).load()
    kpis = kpi_columns(table) if args.all else args.kpi or HEADLINE
    unknown = sorted(set(kpis) - set(kpi_columns(table)))
    if unknown:
        raise InputError(str(args.results), "--kpi", f"no KPI named {unknown[0]!r}")
    summary, differences = write_summaries(args.results, table, manifest)
    print(format_summary(summary, differences, kpis))
    print("\nPer design (mean [95% CI] over replications; waits in days)\n" + design_table(summary, capacity))
    if quintiles := summary_quintile_tables(summary):
        print("\n" + quintiles)
    if robustness := robustness_text(args.results):
        print("\n" + robustness)
    if capacity is not None:
        print(f"extra FTE (36 hours) from {args.capacity}: `integraal capacity` with its own replications and seed")
    print(f"\nwritten: {args.results / 'summary.csv'}, {args.results / 'differences.csv'}")
    if args.figure:
        print(f"figure written to {plot_tradeoff(summary, args.figure)}")
    return 0
