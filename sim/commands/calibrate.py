"""``integraal calibrate SCENARIO``: fit uncertain parameters until the town shows its observed figures.

Story: Voorbeeldstad's scenario (written by ``integraal gemeente init``) has its inhabitants,
staff and team model, Middelstad's behaviour, and under ``[observed]`` its clients per law,
debt-help requests and waits. ``integraal calibrate voorbeeldstad.toml --workers 2`` fits the
onset rates of the needs and the administration ratio by history matching (sim/calibration),
prints the fitted values with their 90% intervals and the fit table, and writes the folder of
:mod:`sim.calibration.study` with ``calibrated.toml`` in it. A figure not matched is named with
the reason, and the command exits 1.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from sim.calibration.parameters import chosen_factors
from sim.calibration.study import calibrate, describe, open_folder, write_scenario
from sim.calibration.targets import scaled_counts, targets_of
from sim.calibration.waves import Settings
from sim.commands.shared_options import add_replication_options, executor_choice, horizon_of, parse_settings
from sim.params.errors import InputError
from sim.params.scenario import load_scenario
from sim.study.executors import open_pool
from sim.study.plan_size import MAX_RUNS

EXIT_POOR_FIT = 1
"""Exit code of a calibration that ended without a fit: a figure missed, or a run that failed."""
SIZES = {"points": (10, "--points"), "waves": (1, "--waves"), "replications": (1, "--replications")}
"""The smallest value of each size option (an emulator of five parameters needs ten candidates at least)."""


def register(parser) -> None:
    """Add the options of ``integraal calibrate``."""
    parser.add_argument("scenario", metavar="SCENARIO", help="a scenario file with an [observed] table")
    parser.add_argument("--param", action="append", default=[], metavar="KEY[=LOW,HIGH]",
                        help="a parameter to fit, over its plausible range or LOW..HIGH (repeatable; default: the "
                             "onset rates and work.admin_ratio the observed figures inform)")
    parser.add_argument("--tolerance", action="append", default=[], metavar="FIGURE=VALUE",
                        help="tolerance of an observed figure, e.g. clients.wmo=0.05 (relative; absolute for shares)")
    parser.add_argument("--points", type=int, default=60, help="candidates per wave (default 60)")
    parser.add_argument("--waves", type=int, default=2, help="waves of history matching (default 2)")
    parser.add_argument("--out", type=Path, metavar="FOLDER", help="output folder (default calibration/<stem>)")
    parser.add_argument("--resume", action="store_true", help="continue an interrupted calibration in --out")
    parser.add_argument("--force", action="store_true", help="replace --out")
    parser.add_argument("--progress", action="store_true", default=None, help="show progress even off a terminal")
    add_replication_options(parser, "the scenario's", default_replications=2)
    parser.set_defaults(func=main)


def settings_of(args) -> Settings:
    """The size options, checked: each at least its minimum, all runs together at most ``MAX_RUNS``."""
    for name, (least, option) in SIZES.items():
        if getattr(args, name) < least:
            raise InputError("command line", option, f"expected at least {least}, got {getattr(args, name)}")
    if args.seed < 0:
        raise InputError("command line", "--seed", f"expected a whole number >= 0, got {args.seed}")
    settings = Settings(args.points, args.waves, args.replications, args.seed)
    if settings.runs() > MAX_RUNS:
        raise InputError("command line", "--points", f"the calibration plans {settings.runs():,} runs (points x waves "
                         f"x replications); expected at most {MAX_RUNS:,}")
    return settings


def tolerances_of(items: list[str]) -> dict[str, float]:
    """``["clients.wmo=0.05"]`` to ``{"clients.wmo": 0.05}``."""
    out = {}
    for item in items:
        key, sep, text = item.partition("=")
        try:
            out[key.strip()] = float(text) if sep else math.nan
        except ValueError:
            out[key.strip()] = math.nan
        if math.isnan(out[key.strip()]):
            raise InputError("command line", "--tolerance", f"{item!r}: expected FIGURE=VALUE, e.g. clients.wmo=0.05")
    return out


def main(args) -> int:
    """Calibrate, print the fitted values and the fit table, write the folder; exit 1 on a poor fit."""
    if args.resume and args.force:
        raise InputError("command line", "--resume", "and --force contradict each other; expected one of them")
    settings, executor = settings_of(args), executor_choice(args)
    overrides = parse_settings(args.set)
    horizon = {f"simulation.{k}": v for k, v in horizon_of(args).items()}
    own = load_scenario(args.scenario)
    scenario = own.with_overrides({**overrides, **horizon}, "overrides")
    if scenario["simulation.mode"] == "mmc":
        raise InputError(args.scenario, "simulation.mode", 'an M/M/c queue has no municipality to calibrate; '
                         'expected a town (simulation.mode = "municipality")')
    if not scenario.observed:
        raise InputError(args.scenario, "observed", "the scenario has no [observed] table of the municipality's "
                         "figures to calibrate to; expected one (`integraal gemeente init` writes it)")
    factor = scenario["population.inhabitants"] / own["population.inhabitants"]
    if factor != 1:
        print(f"integraal calibrate: population.inhabitants is {scenario['population.inhabitants']:,}, not the "
              f"town's own; its counts are scaled by {factor:.4g} (waits and shares are not)", file=sys.stderr)
    targets = targets_of(scaled_counts(scenario.observed, factor), tolerances_of(args.tolerance), args.scenario)
    factors = chosen_factors(args.param, scenario.observed)
    out = args.out or Path("calibration") / Path(scenario.path).stem
    open_folder(out, describe(scenario, factors, targets, settings, {**overrides, **horizon}), args.resume, args.force)
    try:
        with open_pool(executor, args.workers, args.scheduler) as pool:
            outcome = calibrate(scenario, factors, targets, settings, out, pool, args.progress)
    except RuntimeError as exc:  # a run failed: the model's error, not the input's
        print(f"integraal calibrate: {exc}; the finished runs are kept in {out}/ (--resume continues)",
              file=sys.stderr)
        return EXIT_POOR_FIT
    written = write_scenario(out, scenario, outcome, overrides)
    print(report(outcome, settings, out, written))
    return EXIT_POOR_FIT if outcome.reasons else 0


def report(outcome, settings: Settings, out: Path, written: Path) -> str:
    """The fitted values, the fit table and, on a poor fit, why; then the files written."""
    from sim.calibration.fit import format_fit

    head = (f"calibrate: history matching, {settings.waves} waves of {settings.points} candidates x "
            f"{settings.replications} replications (common random numbers, root seed {settings.seed})")
    lines = [head, "",
             f"{'parameter':<36} {'calibrated':>11} {'90% interval':>24} {'searched':>20}"]
    for r in outcome.fitted.itertuples():
        interval = "-" if math.isnan(r.interval_low) else f"[{r.interval_low:.4g}, {r.interval_high:.4g}]"
        lines.append(f"{r.parameter:<36} {r.calibrated:>11.4g} {interval:>24} "
                     f"{f'{r.searched_low:.4g}-{r.searched_high:.4g}':>20}")
    lines += ["", format_fit(outcome.table), ""]
    if outcome.ruled_out_everything:
        lines.append("POOR FIT: every value was ruled out: no value of the fitted parameters matches all figures "
                     "within tolerance at once; the calibrated values are the closest candidate's")
    if outcome.reasons:
        lines += ["POOR FIT: not every figure is matched:"] + [f"  - {reason}" for reason in outcome.reasons]
    else:
        lines.append(f"Every figure within its tolerance at the calibrated values ({settings.replications} runs).")
    return "\n".join([*lines, "", f"written: {out}/ (fit.csv, parameters.csv, candidates.csv, runs/), {written}"])
