"""Stochastic design of Middelstad: the warm-up length (Welch's method) and the replications needed.

Not a test: an analysis whose figures go into docs/stochastic.md. Two parts:

``warmup``: R replications of the sectoral baseline from t = 0 over Y years with no warm-up. The
weekly series (total queue length, hours by category) are averaged over the replications and
smoothed with Welch's moving average; the warm-up is the first week from which the smoothed
series stays within a band around its level in the second half of the run. The same runs give
the yearly stock of needs per domain and the yearly requests, to look at the slow drift in Wmo
demand.

``replications``: R pilot replications of each headline design at the default horizon; for each
headline KPI the number of replications that gives a 95% confidence half-width below a target
(relative to the mean, with an absolute floor), both for the design's own mean and for the paired
difference against the baseline (common random numbers).

    .venv/bin/python benchmarks/warmup_replications.py warmup --replications 5 --years 10 --workers 2
    .venv/bin/python benchmarks/warmup_replications.py replications --replications 8 --workers 2
    .venv/bin/python benchmarks/warmup_replications.py replications --results results/headline
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from mesa.time import Schedule
from scipy import stats

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sim.agents.need import NeedStatus  # noqa: E402
from sim.commands.shared_options import parse_settings  # noqa: E402
from sim.domains import DOMAINS  # noqa: E402
from sim.model import MunicipalityModel  # noqa: E402
from sim.output.calibration_doc import markdown_table  # noqa: E402
from sim.output.tables import episodes_table, weekly_table  # noqa: E402
from sim.params.scenario import load_scenario  # noqa: E402
from sim.study.executors import open_pool  # noqa: E402
from sim.study.simulate import simulate  # noqa: E402

SERIES = ("queue_length", "intake_hours", "direct_help_hours", "coordination_hours", "administration_hours")
DESIGNS = ("sectoraal", "integrale-toegang", "vinkje")
TARGETS = {  # KPI: (relative half-width, absolute floor)
    "wait_median_days_wmo": (0.05, 1.0),
    "wait_median_days_debt": (0.05, 1.0),
    "coordination_share": (0.05, 0.002),
    "crises_per_1000_households_per_year": (0.05, 0.5),
    "within_norm_share_wmo": (0.02, 0.01),
    "cost_eur_per_year": (0.02, 0.0),
}
OUT = ROOT / "out" / "stochastic"


# --- warm-up ---------------------------------------------------------------------------------
class NeedProbe:
    """Every 4 weeks: how many households have a need in each domain, by status."""

    def __init__(self, model):
        """Count need states of ``model``'s households, one row per recorded week."""
        self.model, self.rows = model, []

    def record(self) -> None:
        """Append this week's count of needs per domain and state."""
        counts = {f"{d}_{s.value}": 0 for d in DOMAINS for s in NeedStatus}
        for household in self.model.population.households:
            for need in household.needs.values():
                counts[f"{need.domain}_{need.status.value}"] += 1
        self.rows.append({"time": self.model.time, **counts})


def warmup_run(args: tuple[int, float, dict]) -> dict:
    """One run from t = 0 without warm-up: weekly table, yearly requests, need stocks."""
    replication, years, settings = args
    scenario = load_scenario("sectoraal").with_overrides(
        {**settings, "simulation.warmup_years": 0.0, "simulation.years": years}, "warm-up analysis")
    model = MunicipalityModel(scenario, np.random.SeedSequence(20261122, spawn_key=(replication,)))
    probe = NeedProbe(model)
    model.schedule_recurring(probe.record, Schedule(interval=28.0, start=0.0, end=model.horizon))
    model.run()
    episodes = episodes_table(model)
    asked = episodes[(episodes["origin"] != "found") & (episodes["route"] != "existing")]
    requests = asked.groupby([(asked["request_time"] // 365).astype(int), "domain"]).size().unstack(fill_value=0)
    return {"replication": replication, "weekly": weekly_table(model), "requests": requests,
            "needs": pd.DataFrame(probe.rows)}


def welch(series: pd.DataFrame, window: int) -> pd.Series:
    """Welch's moving average of the replication mean (Law and Kelton).

    Welch's moving average of the replication mean (Law and Kelton): a centred window of
    ``2 window + 1`` weeks, shrinking symmetrically near the start.
    """
    mean = series.mean(axis=1).to_numpy()
    smoothed = np.empty(len(mean) - window)
    for i in range(len(smoothed)):
        half = min(i, window)
        smoothed[i] = mean[i - half:i + half + 1].mean()
    return pd.Series(smoothed, index=series.index[:len(smoothed)])


def settled_week(smoothed: pd.Series, band: float) -> tuple[int, float]:
    """The week after which the smoothed series settles, and the level it settles at.

    First week after which the smoothed series stays within ``band`` (relative) of its level
    over the second half of the run; the level is returned too.
    """
    level = float(smoothed.iloc[len(smoothed) // 2:].mean())
    outside = np.flatnonzero(np.abs(smoothed.to_numpy() - level) > band * abs(level))
    if not len(outside):
        return int(smoothed.index[0]), level
    if outside[-1] + 1 >= len(smoothed):
        return -1, level  # never settles within the run
    return int(smoothed.index[outside[-1] + 1]), level


def warmup(args) -> None:
    """Print the week after which each weekly series settles (Welch's method), for the warm-up length."""
    settings = parse_settings(args.set)
    runs = _map(warmup_run, [(k, args.years, settings) for k in range(args.replications)], args.workers)
    weekly = pd.concat([r["weekly"].assign(replication=r["replication"]) for r in runs])
    totals = weekly.groupby(["replication", "week"])[list(SERIES)].sum()
    print(f"Welch: {args.replications} replications x {args.years:g} years from t=0, window "
          f"{args.window} weeks, band +-{args.band:.0%} of the level in the second half\n")
    rows = []
    for name in SERIES:
        wide = totals[name].unstack("replication")
        if not wide.to_numpy().any():
            continue
        smoothed = welch(wide, args.window)
        week, level = settled_week(smoothed, args.band)
        rows.append(
            {
                "series": name,
                "level": level,
                "settled_week": week,
                "settled_years": week / 52.18 if week >= 0 else float("nan"),
                "first_year_mean": float(smoothed.iloc[:52].mean()),
                "third_year_mean": float(smoothed.iloc[104:156].mean()),
            }
        )
        _yearly(smoothed, name)
    print(_md(pd.DataFrame(rows)))
    _per_organisation(weekly)
    _drift(runs)
    _save("warmup", {"welch": rows})


def _yearly(smoothed: pd.Series, name: str) -> None:
    years = smoothed.groupby((smoothed.index - 1) // 52).mean()
    print(f"{name} by year (smoothed mean): " + ", ".join(f"{v:.1f}" for v in years.to_numpy()[:15]))


def _per_organisation(weekly: pd.DataFrame) -> None:
    """Per organisation and year: mean queue length and utilisation (worked / capacity hours)."""
    weekly = weekly.assign(year=(weekly["week"] - 1) // 52)
    worked = weekly[[f"{c}_hours" for c in ("intake", "direct_help", "coordination", "administration")]].sum(axis=1)
    weekly = weekly.assign(worked=worked, capacity=worked + weekly["idle_hours"])
    yearly = weekly.groupby(["organisation", "year"]).agg(queue=("queue_length", "mean"), worked=("worked", "sum"),
                                                          capacity=("capacity", "sum"))
    yearly["utilisation"] = yearly["worked"] / yearly["capacity"]
    for column in ("queue", "utilisation"):
        print(f"\n{column} per organisation and year (mean over weeks and replications):")
        print(_md(yearly[column].unstack("year").reset_index()))


def _drift(runs: list[dict]) -> None:
    """Requests per year and need stocks per year, mean over replications, with the trend."""
    requests = sum(r["requests"] for r in runs) / len(runs)
    requests = requests.iloc[:-1] if len(requests) > 1 else requests  # the last year may be partial
    needs = pd.concat([r["needs"] for r in runs]).assign(year=lambda f: (f["time"] // 365).astype(int))
    stocks = needs.drop(columns="time").groupby("year").mean()
    print("\nrequests per year (mean over replications):")
    print(_md(requests.reset_index().rename(columns={"request_time": "year"})))
    print("\nneed stocks (households with a need, by status; mean over the year and replications):")
    cols = [c for c in stocks.columns if c.startswith(("wmo", "debt"))]
    print(_md(stocks[cols].reset_index()))
    for domain in requests.columns:
        y = requests[domain].to_numpy()[3:]
        if len(y) > 2:
            slope = stats.linregress(np.arange(len(y)), y)
            print(f"trend {domain} requests from year 3: {slope.slope / y.mean():+.2%} per year "
                  f"(p = {slope.pvalue:.3f})")


# --- replications ----------------------------------------------------------------------------
def replication_run(args: tuple[str, int]) -> dict:
    """One measured run of ``design`` with replication ``replication``'s seed, reduced to its KPIs."""
    design, replication = args
    result = simulate(load_scenario(design), np.random.SeedSequence(20261122, spawn_key=(replication,)))
    return {"design": design, "replication": replication, **{k: result.kpis[k] for k in TARGETS}}


def needed(values: np.ndarray, target: float) -> int:
    """Smallest n with t(0.975, n-1) sd / sqrt(n) <= target, given the pilot's sd."""
    sd = float(np.std(values, ddof=1))
    if sd == 0:
        return 2
    if target <= 0:
        return 10**6
    n = 2
    while stats.t.ppf(0.975, n - 1) * sd / np.sqrt(n) > target and n < 10**6:
        n += 1
    return n


def pilot_runs(args) -> pd.DataFrame:
    """The pilot: ``--replications`` new runs of each design, or the runs of a results folder (``--results``)."""
    if args.results:
        table = pd.read_csv(Path(args.results) / "runs.csv")
        return table[table["design"].isin(DESIGNS)][["design", "replication", *TARGETS]]
    tasks = [(d, k) for k in range(args.replications) for d in DESIGNS]
    return pd.DataFrame(_map(replication_run, tasks, args.workers))


def replications(args) -> None:
    """Print how many replications each design needs for the KPIs' target interval widths."""
    table = pilot_runs(args)
    rows = []
    base = table[table["design"] == DESIGNS[0]].set_index("replication")
    for design, rows_of_design in table.groupby("design", sort=False):
        group = rows_of_design.set_index("replication")
        for kpi, (relative, floor) in TARGETS.items():
            values = group[kpi].dropna().to_numpy()
            target = max(relative * abs(values.mean()), floor)
            diff = (group[kpi] - base[kpi]).dropna().to_numpy()
            half = stats.t.ppf(0.975, len(values) - 1) * values.std(ddof=1) / np.sqrt(len(values))
            rows.append({"design": design, "kpi": kpi, "mean": values.mean(), "sd": values.std(ddof=1),
                         "half_width": half, "target": target, "n_needed": needed(values, target),
                         "n_needed_paired": needed(diff, target) if design != DESIGNS[0] else None})
    source = args.results or "new runs, root seed 20261122"
    print(f"pilot: {table.groupby('design').size().min()} replications per design ({source})\n")
    print(_md(pd.DataFrame(rows)))
    _save("replications", {"rows": rows, "runs": table.to_dict("records")})


# --- plumbing --------------------------------------------------------------------------------
def _md(frame: pd.DataFrame) -> str:
    def show(v):
        return f"{v:.4g}" if isinstance(v, float) else v

    return markdown_table(
        [str(c) for c in frame.columns], [[show(v) for v in row] for row in frame.itertuples(index=False)]
    )


def _map(function, tasks: list, workers: int) -> list:
    started = time.perf_counter()
    with open_pool("process" if workers > 1 else "serial", workers) as pool:
        results = [f.result() for f in [pool.executor.submit(function, t) for t in tasks]]
    print(f"{len(tasks)} runs in {time.perf_counter() - started:.0f} s on {workers} worker(s)\n")
    return results


def _save(name: str, payload: dict) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(payload, indent=1, default=float))
    tmp.replace(path)
    print(f"\nwritten {path.relative_to(ROOT)}")


def main() -> None:
    """Run the warm-up or the replications analysis named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", choices=("warmup", "replications"))
    parser.add_argument("--replications", type=int, default=5)
    parser.add_argument("--years", type=float, default=10.0, help="warmup: years from t = 0")
    parser.add_argument("--window", type=int, default=26, help="warmup: Welch window half-width in weeks")
    parser.add_argument("--band", type=float, default=0.02, help="warmup: relative band around the level")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--results", help="replications: use the runs of this results folder as the pilot")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="warmup: override a catalogue value, e.g. organisations.debt.professionals=28")
    args = parser.parse_args()
    warmup(args) if args.part == "warmup" else replications(args)


if __name__ == "__main__":
    main()
