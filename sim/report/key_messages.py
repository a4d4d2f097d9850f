"""The key messages of page 1: three to five sentences in plain Dutch, chosen by fixed rules.

Each message speaks of one question a bestuurder asks and is written only when the results
hold what it needs:

1. the wheelchair: how much longer (or shorter) a single Wmo request waits for help under
   integral access for all, and under a targeted route, than under the baseline;
2. capacity: which designs' Wmo lists are overloaded (held only because people give up, or
   growing), and the extra staff the capacity search says each needs;
3. multi-problem households: whether they gain more self-reliance under the targeted route than
   under integral access for all;
4. cost: what integral access for all costs against the baseline, and, when it is cheaper while
   more need goes unmet, that it is cheaper because less help is given.

How robust these are (the share of the plausible space of assumptions in which each holds) is
said right under them, on the same page (``sim.report.summary_page``).

Sizes are said roughly ("ongeveer 8 maanden langer"), never with decimals: the decision table
and the sections below give the numbers and their intervals.
"""

from __future__ import annotations

from sim.report.capacity_needed import extra_fte
from sim.report.context import Context
from sim.report.numbers import Estimate, design_estimate, judgement, paired

WHEELCHAIR = "wait_median_days_wmo_single_need"
MULTI = "zrm_change_follow_up_mean_multiproblem"
COST = "cost_eur_per_year"
UNMET = "unmet_need_days_per_1000_households_per_year"


def key_messages(ctx: Context) -> list[str]:
    """The messages whose data the results hold, in the order of the module docstring."""
    found = [_wheelchair(ctx), _overload(ctx), _multi_problem(ctx), _cost(ctx)]
    return [m for m in found if m]


def change(ctx: Context, diff: Estimate, kpi: str) -> str:
    """A paired difference in rough words: "ongeveer 8 maanden langer", "niet aantoonbaar anders"."""
    t = ctx.text
    said = judgement(diff, kpi)
    if said == "unclear" or not diff.known:
        return t("no_clear_change")
    return f"{t('about')} {t.change(diff.mean, kpi)}"


def _wheelchair(ctx: Context) -> str | None:
    integral, ref = ctx.roles.get("integral_all"), ctx.data.reference
    if not integral or integral == ref or WHEELCHAIR not in ctx.data.kpis:
        return None
    t = ctx.text
    text = t("msg_wheelchair", integral=ctx.title(integral), reference=ctx.title(ref),
             change=change(ctx, paired(ctx.runs, integral, ref, WHEELCHAIR), WHEELCHAIR))
    targeted = ctx.roles.get("targeted")
    if targeted:
        text += " " + t("msg_wheelchair_targeted", targeted=ctx.title(targeted),
                        change=change(ctx, paired(ctx.runs, targeted, ref, WHEELCHAIR), WHEELCHAIR))
    return text


def _overload(ctx: Context) -> str | None:
    t = ctx.text
    kpi = "wait_median_days_wmo"
    if kpi not in ctx.data.kpis:
        return None
    overloaded = [d for d in ctx.designs if _mostly_unstable(design_estimate(ctx.runs, d, kpi))]
    if not overloaded:
        return None
    who = t("msg_all_designs", n=len(ctx.designs)) if len(overloaded) == len(ctx.designs) else ", ".join(
        ctx.title(d) for d in overloaded)
    text = t("msg_overload", who=who)
    needs = [(d, extra_fte(ctx.capacity, d)) for d in ctx.designs] if ctx.capacity is not None else []
    parts = [t("msg_fte_part", design=ctx.title(d), fte=t.number(n.fte, 0)) for d, n in needs if n and n.fte >= 0.5]
    if parts:
        text += " " + t("msg_capacity", reference=ctx.title(ctx.data.reference), parts="; ".join(parts))
    return text


def _mostly_unstable(est: Estimate) -> bool:
    return est.known and max(est.growing, est.held) * 2 > est.n


def _multi_problem(ctx: Context) -> str | None:
    integral, targeted, ref = ctx.roles.get("integral_all"), ctx.roles.get("targeted"), ctx.data.reference
    if MULTI not in ctx.data.kpis or not integral:
        return None
    t = ctx.text
    against_ref = judgement(paired(ctx.runs, integral, ref, MULTI), MULTI)
    text = t("msg_multi_integral", integral=ctx.title(integral), reference=ctx.title(ref),
             word=t(f"progress_{against_ref}"))
    if targeted:
        text = t("msg_multi_targeted", targeted=ctx.title(targeted), integral=ctx.title(integral),
                 word=t(f"progress_{judgement(paired(ctx.runs, targeted, integral, MULTI), MULTI)}")) + " " + text
    return text


def _cost(ctx: Context) -> str | None:
    integral, ref = ctx.roles.get("integral_all"), ctx.data.reference
    if COST not in ctx.data.kpis or not integral or integral == ref:
        return None
    t = ctx.text
    diff = paired(ctx.runs, integral, ref, COST)
    said = judgement(diff, COST)
    if said == "unclear":
        return t("msg_cost_same", integral=ctx.title(integral), reference=ctx.title(ref))
    amount = t.value(abs(diff.mean), COST, digits=1)
    unmet = paired(ctx.runs, integral, ref, UNMET) if UNMET in ctx.data.kpis else None
    if said == "better" and unmet is not None and judgement(unmet, UNMET) == "worse":
        return t("msg_cost_cheaper_less_help", integral=ctx.title(integral), amount=amount,
                 unmet=t.number(round(unmet.mean, -2 if unmet.mean >= 1000 else 0), 0))
    key = "msg_cost_cheaper" if said == "better" else "msg_cost_dearer"
    return t(key, integral=ctx.title(integral), reference=ctx.title(ref), amount=amount)
