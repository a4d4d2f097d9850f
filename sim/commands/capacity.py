"""``integraal capacity SCENARIO...``: the extra professionals each design needs to hold a target wait.

Story: a wethouder weighs integrale toegang. ``integraal capacity integrale-toegang`` reruns the
design with more Wmo consultants, more youth workers and so on, one organisation at a time, until
each domain's wait is back at the sectoral baseline's (common random numbers: the same seeds at
every staffing level and in the baseline), and prints per organisation the extra professionals,
FTE and euros a year, with the range of the answers found on each replication alone. The search
is :mod:`sim.study.capacity`; its runs are :mod:`sim.study.capacity_runs`.

Targets: ``--target baseline`` (default) holds the baseline's Kaplan-Meier median wait from
request to start of help, replication by replication; ``--target norm`` requires that at least
``--norm-share`` of the requests meet the legal norm (``norms.<domain>.days``, measured at the
decision or first contact as ``norms.<domain>.measure`` says); an M/M/c scenario takes
``--max-wait DAYS``, a mean wait in queue.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from sim.commands.shared_options import add_replication_options, executor_choice, horizon_of, parse_settings
from sim.output.results_folder import write_atomic
from sim.params.errors import InputError
from sim.study.capacity import CEILING_FACTOR, fte, yearly_cost_eur
from sim.study.capacity_runs import MEASURES, StaffingRuns, searched_domains, staff_need, staffing_key
from sim.study.executors import open_pool
from sim.study.experiment import adhoc_experiment
from sim.study.run_plan import Plan, RunSpec, build_plan


@dataclass(frozen=True)
class Goal:
    """What the search holds: a measure (lower is better) and its limit (None: the baseline's, per replication)."""

    measure: str
    limit: float | None
    text: str


def register(parser) -> None:
    """Add the options of ``integraal capacity``."""
    parser.add_argument("scenarios", nargs="+", metavar="SCENARIO", help="designs: scenario files or bundled names")
    parser.add_argument("--target", choices=("baseline", "norm"),
                        help="hold the baseline's wait per domain (default) or the legal norm")
    parser.add_argument("--baseline", default="sectoraal", help="the baseline scenario (default sectoraal)")
    parser.add_argument("--norm-share", type=float, default=0.95,
                        help="with --target norm: share of requests that must meet the norm (default 0.95)")
    parser.add_argument("--max-wait", type=float, metavar="DAYS",
                        help="M/M/c scenarios: the mean wait in queue to hold, in days")
    parser.add_argument("--out", type=Path, metavar="FILE.csv",
                        help="also write the table as CSV (for `integraal summarize --capacity`)")
    add_replication_options(parser)
    parser.set_defaults(func=main)


def goal_of(args) -> Goal:
    """The target the options ask for, checked."""
    if args.max_wait is not None and args.target is not None:
        raise InputError("command line", "--max-wait", "is for M/M/c scenarios and --target for towns; "
                         "expected one of them, not both")
    if args.max_wait is not None:
        if not args.max_wait > 0 or math.isinf(args.max_wait):
            raise InputError("command line", "--max-wait", f"expected a number of days > 0, got {args.max_wait}")
        return Goal("mean_days", args.max_wait, f"mean wait in queue at most {args.max_wait:g} days")
    if args.target == "norm":
        if not 0 < args.norm_share <= 1:
            raise InputError("command line", "--norm-share", f"expected a share in (0, 1], got {args.norm_share}")
        return Goal("outside_norm_share", 1.0 - args.norm_share,
                    f"at least {args.norm_share:.0%} of requests within the legal norm")
    return Goal("censored_median_days", None, f"the {args.baseline} baseline's median wait")


def main(args) -> int:
    """Search and print the staff each design needs per organisation."""
    goal = goal_of(args)
    executor = executor_choice(args)
    names = list(dict.fromkeys(args.scenarios + ([args.baseline] if goal.limit is None else [])))
    horizon = horizon_of(args)
    experiment = adhoc_experiment(names, replications=args.replications, seed=args.seed, horizon=horizon,
                                  base=parse_settings(args.set))
    specs = specs_by_design(build_plan(experiment, [{}]))
    labels = [d.label for d in experiment.designs]
    designs = labels[:len(dict.fromkeys(args.scenarios))]
    baseline = labels[names.index(args.baseline)] if args.baseline in names else None
    for label in designs:
        _check_mode(specs[label][0].build_scenario(), goal, label)
    with open_pool(executor, args.workers, args.scheduler) as pool:
        runs = StaffingRuns(pool)
        rows = [design_row(runs, specs, label, domain, goal, baseline)
                for label in designs for domain in searched_domains(specs[label][0].build_scenario())]
    print(f"capacity: the staff that holds {goal.text}\nmeasure: {MEASURES[goal.measure]}\n{args.replications} "
          f"replications per level, root seed {args.seed}, common random numbers; [range]: lowest and highest "
          "extra found on each replication alone\n")
    print(format_rows(rows))
    if args.out is not None:
        write_atomic(args.out, capacity_table(rows, baseline).to_csv(index=False))
        print(f"\nwritten: {args.out}")
    return 0


def specs_by_design(plan: Plan) -> dict[str, list[RunSpec]]:
    """Each design's replications as a list: the search reruns them at every staffing level it tries."""
    specs: dict[str, list[RunSpec]] = {d.label: [] for d in plan.designs}
    for spec in plan:
        specs[spec.design].append(spec)
    return specs


def capacity_table(rows: list[dict], baseline: str | None) -> pd.DataFrame:
    """The rows as a table: per design and organisation the extra people and FTE (with the replications' range).

    An organisation without a target (no norm, no requests) needs 0; one out of reach has NaN.
    """
    records = []
    for r in rows:
        need, hours = r["need"], r.get("hours", math.nan)
        reached = [] if need is None else [x for x in r["each"] if x is not None]
        full = need is not None and len(reached) == len(r["each"])
        records.append({
            "design": r["design"], "baseline": baseline or "", "organisation": r["organisation"],
            "now": math.nan if need is None else need.now, "needed": math.nan if need is None else need.needed,
            "extra": 0.0 if need is None else r["extra"], "fte": 0.0 if need is None else r["fte"],
            "fte_low": 0.0 if need is None else fte(min(reached), hours) if full else math.nan,
            "fte_high": 0.0 if need is None else fte(max(reached), hours) if full else math.nan,
            "eur_per_year": 0.0 if need is None else r["eur"], "note": r.get("note", "")})
    return pd.DataFrame(records)


def _check_mode(scenario, goal: Goal, label: str) -> None:
    if scenario["simulation.mode"] == "mmc" and goal.measure != "mean_days":
        raise InputError(label, "--max-wait", "an M/M/c scenario has no baseline or norm; give the mean wait in "
                         "queue to hold, e.g. --max-wait 0.5")
    if scenario["simulation.mode"] != "mmc" and goal.measure == "mean_days":
        raise InputError(label, "--max-wait", 'is for M/M/c scenarios (simulation.mode = "mmc"); for a town use '
                         "--target baseline or --target norm")


def design_row(runs: StaffingRuns, specs: dict, label: str, domain: str, goal: Goal, baseline: str | None) -> dict:
    """The search for one organisation of one design, as a row for :func:`format_rows`.

    Staff levels are the scenario's parameter (FTE per 100,000 inhabitants, or M/M/c servers); the
    extra people, FTE and euros are counted in the runs' own town from its professionals' hours.
    """
    design = specs[label]
    scenario = design[0].build_scenario()
    mmc = scenario["simulation.mode"] == "mmc"
    row = {"design": label, "organisation": "M/M/c desk" if mmc else scenario[f"organisations.{domain}.name"],
           "unit": "servers" if mmc else "/100k", "goal": goal, "need": None}
    limits = _limits(runs, specs, baseline, scenario, domain, goal)
    if any(math.isnan(x) for x in limits):
        return row | {"note": "no legal norm" if goal.measure == "outside_norm_share" else "no requests measured"}
    if math.isinf(sum(limits)):
        return row | {"note": f"the {baseline} baseline's median wait is unbounded (under half were helped)"}
    need = staff_need(runs, design, domain, goal.measure, limits)
    key = staffing_key(scenario, domain)

    def mean_at(level: int, name: str) -> float:
        return sum(runs.measure(design, {key: level}, name)) / len(design)

    hours = 1.0 if mmc else scenario[f"organisations.{domain}.weekly_hours"]

    def people(level: float | None) -> float | None:
        """Extra professionals of ``hours`` a week (a fraction is a part-timer) at ``level``."""
        return None if level is None else (mean_at(level, "staff_hours") - mean_at(need.now, "staff_hours")) / hours

    level = need.ceiling if need.needed is None else need.needed
    extra = people(need.needed)
    costed = not mmc and extra is not None
    return row | {"need": need, "extra": extra, "each": [people(n) for n in need.per_replication], "hours": hours,
                  "fte": fte(extra, hours) if costed else math.nan,
                  "eur": yearly_cost_eur(extra, hours, scenario["work.hourly_cost_eur"]) if costed else math.nan,
                  "now_value": mean_at(need.now, f"{goal.measure}_{domain}"),
                  "level_value": mean_at(level, f"{goal.measure}_{domain}"), "target": sum(limits) / len(limits)}


def _limits(runs: StaffingRuns, specs: dict, baseline: str | None, scenario, domain: str, goal: Goal) -> list[float]:
    """The target per replication: the baseline's own measure in that replication, or the fixed limit."""
    if goal.limit is None:
        return runs.measure(specs[baseline], {}, f"{goal.measure}_{domain}")
    if goal.measure == "outside_norm_share" and (scenario[f"norms.{domain}.days"] <= 0
                                                 or scenario[f"norms.{domain}.measure"] == "none"):
        return [math.nan]
    return [goal.limit] * len(next(iter(specs.values())))


def format_rows(rows: list[dict]) -> str:
    """One line per design and organisation, and a sentence for each target out of reach."""
    head = (f"{'design':<20} {'organisation':<20} {'staff now':>12} {'needed':>6} {'extra people [range]':>20} "
            f"{'FTE':>6} {'EUR/year':>11}  {'now':>8} {'at need':>8} {'target':>8}")
    lines, notes = [head], []
    for r in rows:
        start = f"{r['design']:<20} {r['organisation']:<20}"
        need = r["need"]
        if need is None:
            lines.append(f"{start} {r['note']}")
            continue
        show = _shown(r["goal"].measure)
        lines.append(f"{start} {need.now:>6} {r['unit']:<5} {_n(need.needed):>6} {_extra(r):>20} "
                     f"{_n(r['fte'], 1):>6} {_n(r['eur'], 0, ','):>11}  "
                     f"{show(r['now_value']):>8} {show(r['level_value']):>8} {show(r['target']):>8}")
        if need.needed is None:
            notes.append(f"{r['design']} {r['organisation']}: target not reached with up to {need.ceiling} "
                         f"{r['unit']} ({CEILING_FACTOR} times the current staff, at least 10 people more): there "
                         f"the measure is {show(r['level_value'])} against {show(r['target'])}")
    return "\n".join(lines + (["", *notes] if notes else []))


def _extra(row: dict) -> str:
    """``6 [5, 7]``: extra people on the mean over replications, and the lowest and highest of the replications.

    ``none`` where the target was not reached within the search's ceiling.
    """
    reached = [x for x in row["each"] if x is not None]
    if not reached:
        return "none"
    high = _n(max(reached)) if len(reached) == len(row["each"]) else "none"
    return f"{_n(row['extra']) if row['extra'] is not None else 'none'} [{_n(min(reached))}, {high}]"


def _shown(measure: str):
    """How a measure is printed: days, or the share within the norm."""
    if measure == "outside_norm_share":
        return lambda v: "n/a" if math.isnan(v) else f"{1 - v:.0%} in"
    return lambda v: "n/a" if math.isnan(v) else ("never" if math.isinf(v) else f"{v:.3g} d")


def _n(value, digits: int = 0, sep: str = "") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return f"{value:{sep}.{digits}f}"
