"""Outcomes for households: ZRM change per help episode, unmet need, crises valued in euros, groups.

Story. A single mother asks for debt help at ZRM 2. Seven months later help ends and her debts
are under control: the episode's ZRM went from 2 to 4 (``zrm_at_end``), a change of +2. A year
after her request her debt domain is still at 4 (``zrm_at_follow_up``): +2 at follow-up. Her
son's school problems (a youth need at ZRM 3) were never asked about; the 200 days that need
lasted in the measured years are unmet need-days, as are the 60 days her debt request waited
before help began. When her neighbour is evicted, the society pays about EUR 15,000
(``crisis.cost_eur_eviction``).

Each measure reads the output tables only (episodes, households), over the measured period.

Groups (one definition, :func:`sim.domains.is_multiproblem`: needs in three or more domains at
once, the calibration's point prevalence):

- an *episode* belongs to the multi-problem group when its household was multi-problem at the
  request (``household_needs``, counted at the request, latent needs included): the moment an
  access design decides on the route;
- a *household* belongs to it when it was multi-problem at the start of measurement (the
  households table's ``multiproblem``), so that the group's share of all households is a point
  prevalence, the figure the calibration pattern ``multiproblem_prevalence`` is fitted to.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from sim.domains import CRISIS_COUNTS, DOMAINS, is_multiproblem

ENDED = ("resolved", "not_resolved", "withdrawn")
"""Outcomes of an episode that ended before the horizon (``open`` is still running)."""


def multiproblem_episodes(episodes: pd.DataFrame) -> pd.Series:
    """Per episode: whether its household was multi-problem when the request came."""
    return is_multiproblem(episodes["household_needs"])


def zrm_changes(episodes: pd.DataFrame) -> dict[str, float]:
    """Mean ZRM change per episode: of resolved ones and of all ended ones (request to end of help), and at follow-up.

    At follow-up the change runs from the request to the domain's ZRM 12 months after it, whatever
    happened meanwhile (help, waiting, worsening, a return of the need); episodes whose follow-up
    falls after the horizon are left out.
    """
    change = episodes["zrm_at_end"] - episodes["zrm_at_request"]
    ended = episodes["outcome"].isin(ENDED)
    follow_up = (episodes["zrm_at_follow_up"] - episodes["zrm_at_request"]).dropna()
    return {
        "zrm_change_resolved_mean": _mean(change[episodes["outcome"] == "resolved"]),
        "zrm_change_ended_mean": _mean(change[ended]),
        "zrm_change_follow_up_mean": _mean(follow_up),
    }


def help_days(episodes: pd.DataFrame, measure_from: float, horizon: float) -> pd.Series:
    """Days in help inside the measured period, per household and domain (help start to end, or the horizon)."""
    started = episodes.dropna(subset=["help_start"])
    until = started["end_time"].fillna(horizon).clip(upper=horizon)
    days = (until - started["help_start"].clip(lower=measure_from)).clip(lower=0)
    return days.groupby([started["household"], started["domain"]]).sum()


def unmet_need_days(households: pd.DataFrame, episodes: pd.DataFrame, measure_from: float,
                    horizon: float) -> pd.DataFrame:
    """Need-days without help inside the measured period: one row per household, one column per domain.

    A need's days run from its onset (or the start of measurement) to its resolution (or the
    horizon), latent, waiting or in help (the households table's ``need_days_<d>``); the days in
    help are taken off, so what is left is need nobody was helping with.
    """
    need = households.set_index("household")[[f"need_days_{d}" for d in DOMAINS]]
    need.columns = list(DOMAINS)
    helped = help_days(episodes, measure_from, horizon).unstack("domain").reindex(
        index=need.index, columns=list(DOMAINS)).fillna(0.0)
    return need - helped


def unmet_need_kpis(unmet: pd.DataFrame, years: float) -> dict[str, float]:
    """Unmet need-days per 1,000 households a year, in all and per domain."""
    n = len(unmet)
    out = {"unmet_need_days_per_1000_households_per_year": per_1000_households_year(unmet.to_numpy().sum(), n, years)}
    out.update({f"unmet_need_days_per_1000_households_per_year_{d}": per_1000_households_year(unmet[d].sum(), n, years)
                for d in DOMAINS})
    return out


def crisis_cost_eur(households: pd.DataFrame, params) -> pd.Series:
    """Per household: the crises of the measured period valued at ``crisis.cost_eur_<kind>`` each."""
    prices = np.array([params[f"crisis.cost_eur_{kind}"] for kind in CRISIS_COUNTS])
    counts = households[[f"crises_{kind}" for kind in CRISIS_COUNTS]].to_numpy(dtype=float)
    return pd.Series(counts @ prices, index=households.index)


def _mean(values: pd.Series) -> float:
    return float(values.mean()) if len(values) else np.nan


def per_1000_households_year(total: float, households: int, years: float) -> float:
    """``total`` over the measured ``years`` per 1,000 of ``households`` a year."""
    return float(total) / max(households, 1) * 1000.0 / years if years > 0 else np.nan

