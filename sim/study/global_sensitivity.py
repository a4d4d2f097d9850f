"""Global sensitivity analysis with SALib: Morris screening and Sobol indices.

A story: nobody measured how fast an unmet debt need escalates, or how often debt help
succeeds; the catalogue gives each a plausible range. ``experiments/gevoeligheid.toml`` varies
them together. Morris (a few one-at-a-time trajectories through the ranges) ranks them by
mu* (the mean absolute effect of moving a factor across its range on, say, crises per 1,000
households); Sobol splits the variance of that KPI into first-order (S1) and total (ST) shares.

Every factor is sampled on [0, 1] and mapped onto its range or levels by
:meth:`sim.study.factors.Factor.value_at`, so effects are per full range of each factor.
The experiment file's ``[sensitivity]`` table sets the sizes (see ``docs/experiments.md``).

A headline is a contrast, not a level: "the vinkje waits 150 days less than integral access".
``contrasts = ["vinkje - integrale-toegang"]`` computes the indices of that difference per point
(both designs ran on the same households, common random numbers), so the factor that moves the
conclusion is ranked, not the one that moves both designs alike.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from sim.output.summary import HEADLINE
from sim.study.sampling import unit_points

METHODS = ("morris", "sobol")
DEFAULTS = {"method": "morris", "trajectories": 4, "levels": 4, "samples": 8, "resamples": 200,
            "outputs": list(HEADLINE), "contrasts": []}
CONTRAST_SIGN = " - "
"""A contrast is written ``"design - other"``: the first design's KPI minus the other's, per point."""
INDICES = {"morris": (("mu_star", "mu_star_conf"), ("mu", None), ("sigma", None)),
           "sobol": (("S1", "S1_conf"), ("ST", "ST_conf"))}


def settings(experiment) -> dict:
    """The ``[sensitivity]`` table with defaults filled in, checked."""
    table = {**DEFAULTS, **experiment.sensitivity}
    extra = sorted(set(table) - set(DEFAULTS))
    if extra:
        raise experiment.error(f"sensitivity.{extra[0]}", f"unknown key (known: {', '.join(DEFAULTS)})")
    if table["method"] not in METHODS:
        raise experiment.error("sensitivity.method", f"{table['method']!r} is not one of {', '.join(METHODS)}")
    for key in ("trajectories", "levels", "samples", "resamples"):
        if not isinstance(table[key], int) or isinstance(table[key], bool) or table[key] < 2:
            raise experiment.error(f"sensitivity.{key}", f"expected a whole number >= 2, got {table[key]!r}")
    if table["samples"] & (table["samples"] - 1):
        raise experiment.error("sensitivity.samples", f"Sobol needs a power of two, got {table['samples']}")
    if not isinstance(table["outputs"], list) or not all(isinstance(k, str) for k in table["outputs"]):
        raise experiment.error("sensitivity.outputs", "expected a list of KPI names")
    if not experiment.factors:
        raise experiment.error("factors", "sensitivity analysis needs at least one factor")
    _check_contrasts(experiment, table["contrasts"])
    return table


def _check_contrasts(experiment, contrasts) -> None:
    """Every contrast names two designs of the experiment, as ``"design - other"``."""
    labels = [d.label for d in experiment.designs if d.vary]
    if not isinstance(contrasts, list) or not all(isinstance(c, str) for c in contrasts):
        raise experiment.error("sensitivity.contrasts", 'expected a list like ["vinkje - integrale-toegang"]')
    for contrast in contrasts:
        pair = contrast.split(CONTRAST_SIGN)
        if len(pair) != 2 or pair[0] == pair[1] or not set(pair) <= set(labels):
            raise experiment.error("sensitivity.contrasts", f"{contrast!r} is not 'design - other' with two "
                                   f"different varied designs of this experiment ({', '.join(labels)})")


def problem(experiment) -> dict:
    """The SALib problem: every factor on the unit interval."""
    names = [f.key for f in experiment.factors]
    return {"num_vars": len(names), "names": names, "bounds": [[0.0, 1.0]] * len(names)}


def unit_sample(experiment, method: str) -> np.ndarray:
    """SALib's sample on [0, 1] per factor: Morris trajectories or Saltelli's Sobol design."""
    from SALib.sample import morris, sobol

    s = settings(experiment)
    if method == "morris":
        return morris.sample(problem(experiment), s["trajectories"], num_levels=s["levels"], seed=experiment.seed)
    return sobol.sample(problem(experiment), s["samples"], calc_second_order=False, seed=experiment.seed)


def sensitivity_points(experiment, method: str) -> list[dict]:
    """The design points of ``method``'s sample, as factor values."""
    return unit_points(experiment.factors, unit_sample(experiment, method))


def analyze(experiment, method: str, table: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Tidy indices (design, kpi, factor, index, value, conf) and notes on KPIs left out."""
    rows, notes = [], []
    s = settings(experiment)
    ok = table[table["status"] == "ok"]
    for design, means in _responses(experiment, s, ok):
        for kpi in s["outputs"]:
            y = means[kpi].reindex(range(len(unit_sample(experiment, method)))) if kpi in means else None
            if y is None or y.isna().any():
                notes.append(f"{design}: {kpi} left out (missing in some runs, or no such KPI)")
                continue
            rows += _indices(experiment, method, s, design, kpi, y.to_numpy())
    return pd.DataFrame(rows, columns=["design", "kpi", "factor", "index", "value", "conf"]), notes


def _responses(experiment, s: dict, ok: pd.DataFrame):
    """(label, per-point mean KPIs) of each contrast, or of each varied design when there are none.

    Replications are averaged per point; a contrast is the difference of the two averages.
    """
    def means(label: str) -> pd.DataFrame:
        return ok[ok["design"] == label].groupby("point").mean(numeric_only=True)

    if not s["contrasts"]:
        return [(d.label, means(d.label)) for d in experiment.designs if d.vary]
    pairs = [c.split(CONTRAST_SIGN) for c in s["contrasts"]]
    return [(CONTRAST_SIGN.join(pair), means(pair[0]) - means(pair[1])) for pair in pairs]


def _indices(experiment, method: str, s: dict, design: str, kpi: str, y: np.ndarray) -> list[dict]:
    from SALib.analyze import morris, sobol

    if method == "morris":
        result = morris.analyze(problem(experiment), unit_sample(experiment, method), y, num_resamples=s["resamples"],
                                num_levels=s["levels"], seed=experiment.seed)
    else:
        result = sobol.analyze(problem(experiment), y, calc_second_order=False, num_resamples=s["resamples"],
                               seed=experiment.seed)
    names = problem(experiment)["names"]
    return [{"design": design, "kpi": kpi, "factor": name, "index": index, "value": float(result[index][i]),
             "conf": float(result[conf][i]) if conf else np.nan}
            for index, conf in INDICES[method] for i, name in enumerate(names)]


def plot_indices(indices: pd.DataFrame, method: str, path: Path) -> Path:
    """One panel per KPI: the main index per factor with its confidence interval."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    main = INDICES[method][0][0] if method == "morris" else None
    shown = indices[indices["index"] == main] if main else indices[indices["index"].isin(["S1", "ST"])]
    panels = list(dict.fromkeys(zip(shown["design"], shown["kpi"])))
    fig, axes = plt.subplots(len(panels) or 1, 1, figsize=(7, 1.0 + 0.45 * len(shown) / max(len(panels), 1) + 1.2),
                             squeeze=False)
    for ax, (design, kpi) in zip(axes[:, 0], panels):
        _panel(ax, shown[(shown["design"] == design) & (shown["kpi"] == kpi)], f"{design}: {kpi}")
    fig.set_figheight(2.2 * max(len(panels), 1))
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return Path(path)


def _panel(ax, rows: pd.DataFrame, title: str) -> None:
    for offset, (index, part) in enumerate(rows.groupby("index", sort=False)):
        y = np.arange(len(part)) + 0.35 * offset
        ax.barh(y, part["value"], height=0.35, xerr=part["conf"].fillna(0), capsize=3, label=index)
        ax.set_yticks(np.arange(len(part)), part["factor"], fontsize=7)
    ax.set_title(title, fontsize=9)
    ax.legend(fontsize=7)
