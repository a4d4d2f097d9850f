"""Observed patterns the baseline must reproduce (pattern-oriented modelling, Grimm et al. 2005).

Each pattern names a KPI of the sectoral baseline on Middelstad, the observed value with its
source (DOMAIN.md section 3), the tolerance band the simulated value must fall in, and its role:
*fitted* (a parameter was tuned to it, so passing shows only that the tuning worked), *held out*
(no parameter was tuned to it: passing is evidence) or *by construction* (it holds whatever the
model does, e.g. the administration share is ``work.admin_ratio`` / (1 + it); reported, never
counted). Bands are wide where the observation is a national average or a single municipality's
figure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd

from sim.output.stats import interval


class Role(StrEnum):
    """How a pattern was used: fitted to, held out of the fitting, or true whatever the model does.

    Only fitted and held-out patterns count as evidence; a pattern that holds by construction is
    reported (it checks the bookkeeping) but never counted as validation.
    """

    FITTED = "fitted"
    HELD_OUT = "held out"
    BY_CONSTRUCTION = "by construction"


@dataclass(frozen=True)
class Pattern:
    """An observed pattern: the KPI that shows it, the range the model must hit, and its role."""
    name: str
    kpi: str
    observed: str
    low: float
    high: float
    source: str
    role: Role = Role.FITTED

    def holds(self, value: float) -> bool:
        """Whether ``value`` is known and within the pattern's range."""
        return not math.isnan(value) and self.low <= value <= self.high


PATTERNS = (
    Pattern("households using a provision in a year", "users_share", "14% (2015); 23% broad (2017)",
            0.10, 0.23, "SCP Overall rapportage sociaal domein 2016 (in seed 004); SCP 2017 [seed]/[S]"),
    Pattern("users combining sectors", "multi_sector_share", "11% (2015); 13% (2018)", 0.08, 0.17,
            "SCP 2016 (seed 004); SCP Voorzieningen in 3D [V]"),
    Pattern("multi-problem households (point prevalence)", "multiproblem_prevalence",
            "0.37-0.55% strict; about 0.9% broad; about 1% (seed 000)", 0.003, 0.015,
            "NJi 2016-17 [V]; RVZ 2012 [V]; seed 000"),
    Pattern("Wmo: median days from request to decision", "norm_event_median_days_wmo",
            "legal at most 56 days; 3 of 4 municipalities keep the term (2023); 120 days average in "
            "one overloaded municipality (2024)", 14.0, 56.0,
            "Wmo 2015 art. 2.3.2 [V]; Kassa survey Jan 2023 [S]; Flakkee Nieuws 2024 [S]"),
    Pattern("debt help: mean days to first conversation", "norm_event_mean_days_debt",
            "NVVK members: 11 days average (2022); legal 28 days, 3 working days when debts threaten",
            5.0, 28.0, "NVVK jaarverslag 2022 [V]; Wgs art. 4 [V]"),
    Pattern("youth: median days from request to help", "wait_median_days_youth",
            "13-14 weeks average for ambulatory care (Rijnmond 2022-23), a skewed distribution", 40.0, 120.0,
            "GR Jeugdhulp Rijnmond 2023 [V]"),
    Pattern("administration share of worked time", "admin_share_of_worked", "30% care and welfare",
            0.25, 0.38, "CBS werknemersenquete [S]", Role.BY_CONSTRUCTION),
    Pattern("Wmo share of users by law", "law_mix_wmo", "about 3/6 (2017)", 0.38, 0.62, "SCP 2017 [S]"),
    Pattern("Participatiewet share of users by law", "law_mix_work_income", "about 2/6 (2017)",
            0.22, 0.44, "SCP 2017 [S]"),
    Pattern("Jeugdwet share of users by law", "law_mix_youth", "about 1/6 (2017)", 0.09, 0.25, "SCP 2017 [S]"),
    Pattern("Wmo: share of decisions within the 8-week term", "within_norm_share_wmo",
            "about 1 in 4 municipalities miss the term; over 3,500 people waited longer (2023)", 0.75, 1.0,
            "Kassa survey Jan 2023 (half of 342 municipalities) [S]", Role.HELD_OUT),
    Pattern("debt help requests per 100,000 inhabitants a year", "debt_requests_per_100k",
            "75,531 requests (2022) to 89,152 (2019): about 430-520 per 100,000", 350.0, 650.0,
            "NVVK jaarverslagen 2019-2022 [V], per 100,000 computed", Role.HELD_OUT),
    Pattern("bijstand: share decided within 8 weeks", "within_norm_share_work_income",
            "one city: 89% / 50% / 86% (2014-16), target 95%", 0.5, 0.95, "Tilburg jaarstukken 2014-16 [V]",
            Role.HELD_OUT),
)


@dataclass(frozen=True)
class PatternResult:
    """A pattern judged on replications: the mean over replications must lie inside the band."""

    pattern: Pattern
    n: int
    mean: float
    ci_low: float
    ci_high: float

    @property
    def passed(self) -> bool:
        """Whether the mean over replications lies within the pattern's range."""
        return self.pattern.holds(self.mean)


def counted(results: list[PatternResult]) -> list[PatternResult]:
    """The results that count as evidence: every pattern that does not hold by construction."""
    return [r for r in results if r.pattern.role is not Role.BY_CONSTRUCTION]


def judge(runs: pd.DataFrame, patterns: tuple[Pattern, ...] = PATTERNS) -> list[PatternResult]:
    """Each pattern against ``runs`` (one row per replication, one column per KPI)."""
    results = []
    for pattern in patterns:
        values = runs[pattern.kpi] if pattern.kpi in runs.columns else pd.Series(dtype=float)
        summary = interval(values)
        results.append(PatternResult(pattern, summary["n"], summary["mean"], summary["ci_low"], summary["ci_high"]))
    return results
