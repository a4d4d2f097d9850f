"""Observed patterns the baseline must reproduce (pattern-oriented modelling, Grimm et al. 2005).

Each pattern names a KPI of the sectoral baseline on Middelstad, the observed value with its
source (DOMAIN.md section 3), and the tolerance band the simulated value must fall in. Bands are
wide where the observation is a national average or a single municipality's figure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from sim.output.stats import interval


@dataclass(frozen=True)
class Pattern:
    """An observed pattern: the KPI that shows it and the range the model must hit."""
    name: str
    kpi: str
    observed: str
    low: float
    high: float
    source: str

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
            "legal 56 days; 120 days average in one municipality (2024)", 28.0, 90.0,
            "Wmo 2015 art. 2.3.2 [V]; local news [S]"),
    Pattern("debt help: median days to first conversation", "norm_event_median_days_debt",
            "NVVK members: 11 days average (2022); legal 28 days", 4.0, 28.0, "NVVK 2022 [V]; Wgs art. 4 [V]"),
    Pattern("youth: median days from request to help", "wait_median_days_youth",
            "13-14 weeks average for ambulatory care (Rijnmond 2022-23)", 40.0, 120.0,
            "GR Jeugdhulp Rijnmond [V]"),
    Pattern("administration share of worked time", "admin_share_of_worked", "30% care and welfare",
            0.25, 0.38, "CBS werknemersenquete [S]"),
    Pattern("Wmo share of users by law", "law_mix_wmo", "about 3/6 (2017)", 0.38, 0.62, "SCP 2017 [S]"),
    Pattern("Participatiewet share of users by law", "law_mix_work_income", "about 2/6 (2017)",
            0.22, 0.44, "SCP 2017 [S]"),
    Pattern("Jeugdwet share of users by law", "law_mix_youth", "about 1/6 (2017)", 0.09, 0.25, "SCP 2017 [S]"),
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


def judge(runs: pd.DataFrame, patterns: tuple[Pattern, ...] = PATTERNS) -> list[PatternResult]:
    """Each pattern against ``runs`` (one row per replication, one column per KPI)."""
    results = []
    for pattern in patterns:
        values = runs[pattern.kpi] if pattern.kpi in runs.columns else pd.Series(dtype=float)
        summary = interval(values)
        results.append(PatternResult(pattern, summary["n"], summary["mean"], summary["ci_low"], summary["ci_high"]))
    return results
