"""Wat betekent dit voor onze gemeente: the municipality the results are about, and its own figures.

When the designs ran on a scenario of the user's own municipality (written by ``integraal
gemeente init``, with an ``[observed]`` table of its figures), the section names it and sets its
observed waits, within-term shares and debt-help requests beside what the simulated baseline
shows. A story: Voorbeeldstad's adviser sees that its observed Wmo wait of 62 days sits beside
a simulated 58 days [54 - 61], so the model's town resembles hers before she reads its verdict.
When the results are of Middelstad, the example town, the section says so and how to run one's own.
"""

from __future__ import annotations

from pathlib import Path

from sim.params.scenario import load_scenario
from sim.report.context import Context
from sim.report.document import Heading, Paragraph, Table
from sim.report.numbers import design_estimate

MATCHES = (("waits.wmo_days", "norm_event_{measure}_days_wmo"), ("waits.youth_days", "norm_event_{measure}_days_youth"),
           ("waits.debt_days", "norm_event_{measure}_days_debt"), ("waits.wmo_within_norm", "within_norm_share_wmo"),
           ("waits.youth_within_norm", "within_norm_share_youth"), ("waits.debt_within_norm", "within_norm_share_debt"),
           ("clients.debt_requests", "requests_per_year_debt"))
"""Observed figure -> the KPI of the run table that measures the same thing."""


def municipality_blocks(ctx: Context) -> list:
    """The section on the municipality: its own figures beside the simulation, or how to run one's own."""
    t, ref = ctx.text, ctx.data.reference
    name = ctx.municipality()
    observed = _observed(ctx)
    heading = Heading(t("h_municipality", municipality=name))
    if not observed:
        return [heading, Paragraph(t("municipality_example", municipality=name))]
    measure = "mean" if observed.get("waits.measure") == "mean" else "median"
    rows = []
    for figure, pattern in MATCHES:
        kpi = pattern.format(measure=measure)
        if figure in observed and kpi in ctx.data.kpis:
            value = observed[figure]
            shown = t.value(value, kpi) if not kpi.startswith("requests") else t.number(value, 0)
            rows.append((t(f"observed_{figure.replace('.', '-')}"), shown,
                         t.estimate(design_estimate(ctx.runs, ref, kpi), kpi)))
    blocks = [heading, Paragraph(t("municipality_own", municipality=name, reference=ctx.title(ref)))]
    if rows:
        blocks.append(Table((t("col_figure"), t("col_observed"), t("col_simulated", reference=ctx.title(ref))),
                            tuple(rows)))
    return [*blocks, Paragraph(t("municipality_fit"), "note")]


def _observed(ctx: Context) -> dict:
    """The town's own figures: of the scenario ``integraal sweep --gemeente`` ran on, else of the reference's."""
    scenario = ctx.town().get("scenario")
    if scenario and Path(scenario).is_file():
        return dict(load_scenario(scenario).observed)
    info = ctx.infos.get(ctx.data.reference)
    return info.observed if info else {}
