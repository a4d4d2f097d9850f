"""``integraal validate-patterns``: the baseline against the observed patterns, pass or fail.

Story: after a change to how debt needs worsen, a modeller runs ``integraal validate-patterns
--replications 5`` and sees that the share of households combining sectors left its band (it
rose from 15% to 19%, above the 17% the SCP figures allow). The command exits 1, so the same
line in CI stops the change. Replication k has seed ``SeedSequence(seed).spawn(R)[k]``, as in
``integraal compare``.
"""

from __future__ import annotations

import math

import pandas as pd

from sim.commands.shared_options import add_replication_options, executor_choice, horizon_of, parse_settings
from sim.output.patterns import PatternResult, Role, counted, judge
from sim.study.executors import open_pool
from sim.study.experiment import adhoc_experiment
from sim.study.progress import ProgressBar
from sim.study.run_plan import build_plan
from sim.study.runner import execute

EXIT_FAIL = 1


def register(parser) -> None:
    """Add the options of ``integraal validate-patterns``."""
    add_pattern_options(parser)
    parser.set_defaults(func=main)


def add_pattern_options(parser) -> None:
    """Options shared with ``integraal calibration-table``."""
    parser.add_argument("--scenario", default="sectoraal", help="scenario to check (default sectoraal)")
    parser.add_argument("--inhabitants", type=int, help="inhabitants (default: the scenario's, 100,000)")
    add_replication_options(parser, scenarios="the scenario's")


def main(args) -> int:
    """Print the observed patterns' table with a verdict each; exit 1 if one fails."""
    results = pattern_results(args)
    print(f"{args.scenario}: {args.replications} replications, root seed {args.seed}; pass = mean inside "
          "the tolerance band\n")
    print(format_results(results))
    print("\n" + verdict_line(results))
    return EXIT_FAIL if any(not r.passed for r in results) else 0


def verdict_line(results: list[PatternResult]) -> str:
    """How many patterns count and pass (held out among them), and which fail.

    A pattern that holds by construction is never counted; a failing one still fails the check
    (it guards the bookkeeping).
    """
    evidence = counted(results)
    held_out = [r for r in evidence if r.pattern.role is Role.HELD_OUT]
    failed = [r.pattern.name for r in results if not r.passed]
    return (f"{sum(r.passed for r in evidence)} of {len(evidence)} patterns that do not hold by construction "
            f"inside tolerance ({sum(r.passed for r in held_out)} of {len(held_out)} held out)"
            + (f"; FAIL: {', '.join(failed)}" if failed else ""))


def pattern_results(args) -> list[PatternResult]:
    """Run the replications the options ask for and judge every pattern."""
    return judge(pattern_runs(args))


def pattern_runs(args) -> pd.DataFrame:
    """One row of KPIs per replication of ``args.scenario``."""
    horizon = horizon_of(args)
    base = parse_settings(args.set)
    if args.inhabitants is not None:
        base["population.inhabitants"] = args.inhabitants
    experiment = adhoc_experiment([args.scenario], replications=args.replications, seed=args.seed,
                                  horizon=horizon, base=base)
    specs = build_plan(experiment, [{}])
    rows: list[dict] = []
    bar = ProgressBar(f"validate-patterns: {len(specs)} runs")
    try:
        with open_pool(executor_choice(args), args.workers, args.scheduler) as pool:
            execute(specs, pool, lambda result: rows.append(result["row"]), len(specs), bar)
    finally:
        bar.close()
    return pd.DataFrame(rows).sort_values("replication")


def format_results(results: list[PatternResult]) -> str:
    """One line per pattern: simulated mean [95% CI], band, observed, PASS or FAIL."""
    width = max(len(r.pattern.name) for r in results)
    header = f"{'pattern':<{width}}  {'simulated [95% CI]':<28} {'tolerance':<17} {'result':<6} {'role':<16} observed"
    lines = [header]
    for r in results:
        simulated = f"{_num(r.mean)} [{_num(r.ci_low)}, {_num(r.ci_high)}]"
        band = f"{_num(r.pattern.low)}-{_num(r.pattern.high)}"
        verdict = "PASS" if r.passed else "FAIL"
        lines.append(f"{r.pattern.name:<{width}}  {simulated:<28} {band:<17} {verdict:<6} {r.pattern.role:<16} "
                     f"{r.pattern.observed}")
    return "\n".join(lines)


def _num(value: float) -> str:
    if value is None or math.isnan(value):
        return "n/a"
    return f"{value:.1f}" if abs(value) >= 2 else f"{value:.4f}"

