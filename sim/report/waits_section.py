"""The waits against the legal terms, the state of each waiting list, and the staff needed to hold waits.

One definition of each wait, used everywhere in the report: *wachttijd tot besluit* runs from the
request to the event the legal term tests (the decision, or the first conversation in debt
help); *wachttijd tot hulp* runs on to the day help starts. A story: in Middelstad a single Wmo
request is decided within the 8 weeks, but the stairlift comes weeks later; the report shows both,
side by side, and says in words when the list behind them is overloaded.
"""

from __future__ import annotations

from sim.domains import DOMAINS
from sim.report import figures
from sim.report.capacity_needed import extra_fte
from sim.report.context import Context
from sim.report.document import Figure, Heading, Paragraph, Table
from sim.report.numbers import design_estimate, judgement, paired

WAITS = ("norm_event_median_days_{d}", "wait_median_days_{d}", "within_norm_share_{d}")
"""Per domain: the wait to the decision, the wait to help, the share within the legal term."""


def norms(ctx: Context) -> dict[str, float]:
    """The legal norm in days per domain, where all compared designs share it."""
    out = {}
    for d in DOMAINS:
        days, measure = ctx.shared(f"norms.{d}.days"), ctx.shared(f"norms.{d}.measure")
        if days and measure not in (None, "none"):
            out[d] = float(days)
    return out


def measured_domains(ctx: Context) -> list[str]:
    """The domains with a legal term and a measured wait to the decision."""
    return [d for d in norms(ctx) if f"norm_event_median_days_{d}" in ctx.data.kpis
            and ctx.runs[f"norm_event_median_days_{d}"].notna().any()]


def wait_blocks(ctx: Context) -> list:
    """The waits section: definitions, the table per domain, the figure, the wheelchair."""
    t = ctx.text
    found = norms(ctx)
    terms = "; ".join(f"{t.domains[d]}: {t.duration(days)}" for d, days in found.items()) or t("unknown")
    rows = tuple((f"{t.domains[d]}: {t(f'wait_kind_{i}')}",
                  *(t.estimate(design_estimate(ctx.runs, x, kpi.format(d=d)), kpi.format(d=d), short=True)
                    for x in ctx.designs))
                 for d in measured_domains(ctx) for i, kpi in enumerate(WAITS) if kpi.format(d=d) in ctx.data.kpis)
    blocks = [Heading(t("h_waits")), Paragraph(t("waits_definition")), Paragraph(t("waits_terms", terms=terms)),
              Paragraph(t("waits_unstable"), "note"), Table((t("col_wait"), *map(ctx.title, ctx.designs)), rows)]
    if measured_domains(ctx):
        blocks.append(Figure(figures.waits_against_norms(ctx.runs, ctx.designs, measured_domains(ctx), found, ctx),
                             t("cap_waits")))
    return blocks + _wheelchair(ctx)


def _wheelchair(ctx: Context) -> list:
    t, ref = ctx.text, ctx.data.reference
    integral = ctx.roles.get("integral_all")
    kpi = "within_norm_share_wmo"
    if not integral or integral == ref or kpi not in ctx.data.kpis:
        return []
    diff = paired(ctx.runs, integral, ref, kpi)
    return [Paragraph(t("wheelchair", design=ctx.title(integral), reference=ctx.title(ref),
                        diff=t.estimate(diff, kpi, sign=True, short=True),
                        judgement=t(f"judge_{judgement(diff, kpi)}")))]


def capacity_blocks(ctx: Context) -> list:
    """The state of every waiting list per design, and the extra staff each design needs."""
    t = ctx.text
    blocks = [Heading(t("h_capacity")), Paragraph(t("capacity_intro")),
              Table((t("col_domain"), *map(ctx.title, ctx.designs)),
                    tuple((t.domains[d], *(_list_state(ctx, x, d) for x in ctx.designs)) for d in DOMAINS
                          if f"waiting_list_growing_{d}" in ctx.data.kpis))]
    if ctx.capacity is None:
        return [*blocks, Paragraph(t("capacity_missing"), "note")]
    rows = []
    for design in ctx.designs:
        part = ctx.capacity[ctx.capacity["design"] == design]
        for _, row in part.iterrows():
            rows.append((ctx.title(design), str(row["organisation"]), _fte(ctx, row),
                         t.value(row["eur_per_year"], "cost_eur_per_year", digits=2) if row["fte"] == row["fte"]
                         else "\u2013"))
        need = extra_fte(ctx.capacity, design)
        if need is not None:
            rows.append((ctx.title(design), t("capacity_total"), t.number(need.fte, 0),
                         t.value(need.eur_per_year, "cost_eur_per_year", digits=1)))
    return [*blocks, Paragraph(t("capacity_search", reference=ctx.title(ctx.data.reference))),
            Table((t("col_design"), t("col_organisation"), t("col_extra_fte"), t("col_cost_year")), tuple(rows))]


def _fte(ctx: Context, row) -> str:
    t = ctx.text
    if row["fte"] != row["fte"]:
        return t("capacity_not_reached")
    text = t.number(row["fte"], 1)
    if row["fte_low"] == row["fte_low"] and row["fte_high"] == row["fte_high"]:
        text += f" [{t.number(row['fte_low'], 1)} \u2013 {t.number(row['fte_high'], 1)}]"
    return text


def _list_state(ctx: Context, design: str, domain: str) -> str:
    """Stable, held only by withdrawals in k of n runs, or growing in k of n runs."""
    t = ctx.text
    runs = ctx.runs[ctx.runs["design"] == design]
    growing = int((runs[f"waiting_list_growing_{domain}"] > 0).sum())
    held = int((runs[f"waiting_list_held_{domain}"] > 0).sum()) if f"waiting_list_held_{domain}" in runs else 0
    if growing:
        return t("state_growing", k=growing, n=len(runs))
    if held:
        return t("state_held", k=held, n=len(runs))
    return t("state_stable")
