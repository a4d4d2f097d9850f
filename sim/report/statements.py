"""Stellingen getoetst: the fifteen statements of the Drechtsteden note (Bijlage 1) against the runs.

Every statement has a kind: *tested* (the model has the designs and outcomes it speaks of),
*partly* testable (the model can test one part, the rest is a value choice or lies outside it),
or *normative* (a choice of values or of who does what, or a matter the model does not hold; the
report says why). A tested or partly testable statement is tested by a few paired comparisons
between two designs on one KPI, with the
claim the statement makes about them. A comparison *agrees* with the statement when its 95%
interval excludes 0 on the claimed side, *disagrees* when it excludes 0 on the other side, and
says nothing when the interval holds 0. The verdict then follows one rule:

- no clear comparison: *undecided*;
- clear ones all agree: *supported*; all disagree: *contradicted*; both: *mixed*;
- a statement about *every* client (statement 2) is contradicted by one clear counter-example.

A story: statement 2 ("integral service is added value for every client") meets a single-need
Wmo request that waits 20 days longer [12 - 28] under integral access for all: one client group
is worse off, so the verdict is *contradicted*, whatever the outcomes of the others.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from sim.report.numbers import Estimate, judgement, paired

CLAIMS = {"better": {"better": True, "worse": False}, "worse": {"worse": True, "better": False},
          "not_better": {"worse": True, "better": False}}
"""Claim: judgement of A against B -> agrees (True) or disagrees (False); anything else: silent."""


@dataclass(frozen=True)
class Check:
    """One comparison that tests a statement: design a against design b on a KPI, with the claim."""
    a: str
    b: str
    kpi: str
    claim: str


@dataclass(frozen=True)
class Statement:
    """A statement of seed 004: its kind and the checks that test it (none for a normative one)."""
    number: int
    kind: str
    checks: tuple[Check, ...] = ()
    fallback_b: str | None = None
    every_client: bool = False


@dataclass(frozen=True)
class Outcome:
    """What one check found: the compared designs and the difference with its interval."""
    check: Check
    a: str
    b: str
    diff: Estimate
    judgement: str
    agrees: bool | None


@dataclass(frozen=True)
class Tested:
    """A statement with its verdict and the outcome of each check."""
    statement: Statement
    verdict: str
    outcomes: tuple[Outcome, ...]
    missing_roles: tuple[str, ...]
    missing_kpis: tuple[str, ...]


def _checks(a: str, b: str, *pairs: tuple[str, str]) -> tuple[Check, ...]:
    return tuple(Check(a, b, kpi, claim) for kpi, claim in pairs)


KINDS = ("tested", "partly", "normative")
STATEMENTS = (
    Statement(1, "tested", _checks("integral_all", "targeted", ("cost_eur_per_year", "worse"),
                                   ("coordination_share", "worse"),
                         ("wait_median_days_wmo_single_need", "worse"), ("zrm_change_follow_up_mean", "not_better"),
                         ("crises_per_1000_households_per_year", "not_better"))),
    Statement(2, "tested", _checks("integral_all", "sectoral", ("wait_median_days_wmo_single_need", "better"),
                         ("within_norm_share_wmo", "better"), ("intrusions_per_1000_requests", "better"),
                         ("resolved_share", "better"), ("zrm_change_follow_up_mean", "better")), every_client=True),
    Statement(3, "partly", _checks("integral_all", "sectoral", ("found_needs_per_1000_requests", "better"),
                                   ("onset_to_known_mean_days", "better"))),
    Statement(4, "normative"),
    Statement(5, "normative"),
    Statement(6, "normative"),
    Statement(7, "tested", _checks("one_desk", "no_wrong_door", ("wait_median_days_wmo", "better"),
                         ("professionals_per_helped_household", "better"), ("handovers_per_1000_requests", "better"),
                         ("zrm_change_follow_up_mean", "better")), fallback_b="sectoral"),
    Statement(8, "tested", _checks("integral_all", "targeted", ("zrm_change_follow_up_mean", "better"),
                         ("crises_per_1000_households_per_year", "better"), ("resolved_share", "better"),
                         ("found_needs_per_1000_requests", "better"))),
    Statement(9, "partly", _checks("free_budget", "sectoral", ("zrm_change_follow_up_mean", "better"),
                                   ("resolved_share", "better"), ("handovers_per_1000_requests", "better"))),
    Statement(10, "partly", _checks("one_owner", "integral_all", ("zrm_change_follow_up_mean", "not_better"),
                                    ("resolved_share", "not_better"))),
    Statement(11, "normative"),
    Statement(12, "normative"),
    Statement(13, "normative"),
    Statement(14, "normative"),
    Statement(15, "tested", _checks("strict_avg", "no_wrong_door", ("repeated_intakes_per_1000_requests", "worse"),
                                    ("handover_days_mean", "worse"), ("wait_median_days_wmo", "worse"))),
)
"""All fifteen statements of Bijlage 1, in its order."""


def test_statements(runs: pd.DataFrame, roles: dict[str, str], kpis: tuple[str, ...]) -> list[Tested]:
    """All fifteen statements, each with its verdict (``normative`` for those the model cannot test)."""
    return [_test(s, runs, roles, kpis) for s in STATEMENTS]


def _test(statement: Statement, runs: pd.DataFrame, roles: dict[str, str], kpis: tuple[str, ...]) -> Tested:
    if statement.kind == "normative":
        return Tested(statement, "normative", (), (), ())
    roles = dict(roles)
    if statement.fallback_b and statement.checks[0].b not in roles and statement.fallback_b in roles:
        roles[statement.checks[0].b] = roles[statement.fallback_b]
    needed = dict.fromkeys(r for c in statement.checks for r in (c.a, c.b))
    missing = tuple(r for r in needed if r not in roles)
    if missing:
        return Tested(statement, "not_tested", (), missing, ())
    outcomes = tuple(_outcome(c, runs, roles) for c in statement.checks if c.kpi in kpis)
    absent = tuple(c.kpi for c in statement.checks if c.kpi not in kpis)
    return Tested(statement, verdict(outcomes, statement.every_client), outcomes, (), absent)


def _outcome(check: Check, runs: pd.DataFrame, roles: dict[str, str]) -> Outcome:
    a, b = roles[check.a], roles[check.b]
    diff = paired(runs, a, b, check.kpi)
    said = judgement(diff, check.kpi)
    return Outcome(check, a, b, diff, said, CLAIMS[check.claim].get(said))


def verdict(outcomes: tuple[Outcome, ...], every_client: bool = False) -> str:
    """supported, contradicted, mixed or undecided, by the rule in the module docstring."""
    agree = sum(o.agrees is True for o in outcomes)
    disagree = sum(o.agrees is False for o in outcomes)
    if every_client and disagree:
        return "contradicted"
    if not agree and not disagree:
        return "undecided"
    if not disagree:
        return "supported"
    return "contradicted" if not agree else "mixed"
