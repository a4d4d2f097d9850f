"""Which assumptions matter most: the Morris screening that came with the results, in plain words.

Per comparison and outcome the three assumptions with the largest effect, with their 95%
interval, so a reader sees which assumption decides the headline difference itself rather than
an average over every outcome; then the overall ranking as a figure. The section says what the
screening ran on (town size, years, number of trajectories), read from its experiment file,
and never prints a file path.
"""

from __future__ import annotations

import tomllib

from sim.report import figures
from sim.report.context import Context
from sim.report.document import Bullets, Figure, Heading, Paragraph, Table
from sim.report.factor_ranking import mu_star, ranking
from sim.report.numbers import kind_of
from sim.report.robustness_lines import robustness_rows
from sim.report.summary_page import robust_line
from sim.study.global_sensitivity import CONTRAST_SIGN

TOP = 3


def sensitivity_blocks(ctx: Context) -> list:
    """The sensitivity section: the top assumptions per comparison, or a note when there is no screening."""
    t = ctx.text
    blocks = [Heading(t("h_sensitivity"))]
    ranked = ranking(ctx.data.indices)
    if ranked.empty:
        blocks.append(Paragraph(t("no_sensitivity"), "note"))
    else:
        blocks += [Paragraph(t("sensitivity_intro", design=_design(ctx))),
                   Table((t("col_comparison"), t("col_outcome"), t("col_top_factors")),
                         _top_rows(ctx, mu_star(ctx.data.indices))),
                   Figure(figures.sensitivity(ctx, ranked), t("cap_sensitivity"))]
    lines = [robust_line(ctx, row) for row in robustness_rows(ctx.robustness, ctx.designs)]
    if lines:
        blocks += [Heading(t("h_robust_all"), 3), Paragraph(t("robust_note")), Bullets(tuple(lines))]
    return blocks


def _label(ctx: Context, label: str) -> str:
    """``vinkje - integrale-toegang`` as "Multiprobleemvinkje min Integrale toegang voor iedereen"."""
    if CONTRAST_SIGN in label:
        a, b = (part.strip() for part in label.split(CONTRAST_SIGN.strip(), 1))
        return ctx.text("contrast", a=ctx.title(a), b=ctx.title(b))
    return ctx.title(label)


def _top_rows(ctx: Context, rows) -> tuple:
    t = ctx.text
    out = []
    for (label, kpi), group in rows.groupby(["design", "kpi"], sort=False):
        best = group.sort_values("value", ascending=False).head(TOP)
        factors = "; ".join(f"{t.factor(r.factor)} ({t.value(r.value, kpi, digits=_digits(kpi, r.value))} \u00b1 "
                            f"{t.value(r.conf, kpi, digits=_digits(kpi, r.value))})" for r in best.itertuples())
        out.append((_label(ctx, label), t.kpi(kpi), factors))
    return tuple(out)


def _digits(kpi: str, value: float) -> int:
    """Decimals for a mu*: euros in millions with two, large days or counts with none."""
    kind = kind_of(kpi)
    if kind in ("eur", "share"):
        return 2 if kind == "eur" else 1
    return 0 if abs(value) >= 10 else 2


def _design(ctx: Context) -> str:
    """What the screening ran on, from the experiment file beside its indices."""
    t = ctx.text
    source = ctx.data.indices_source
    path = source / "experiment.toml" if source is not None else None
    if path is None or not path.is_file():
        return t("sensitivity_design_unknown")
    spec = tomllib.loads(path.read_text(encoding="utf-8"))
    horizon, settings = spec.get("horizon", {}), spec.get("sensitivity", {})
    base = spec.get("base", {})
    inhabitants = base.get("population", {}).get("inhabitants", base.get("population.inhabitants"))
    return t("sensitivity_design", inhabitants=t.number(inhabitants, 0) if inhabitants else t("unknown"),
             warmup=t.number(horizon.get("warmup_years", 0), 0), years=t.number(horizon.get("years", 0), 0),
             trajectories=settings.get("trajectories", "?"), factors=len(spec.get("factors", {})),
             replications=spec.get("replications", "?"))
