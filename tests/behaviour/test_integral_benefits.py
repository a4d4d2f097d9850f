"""Behaviour: the benefits of integral work (issue 15), paired with common random numbers.

Story: a fair test of the claim gives integral work its costs (longer intakes, meetings,
waiting for each other) and its benefits (help that starts early works better, one plan, root
cause first, a regisseur who follows the household), each with a range from zero (no effect) to
the optimistic end, and lets the runs decide. With every benefit at the top of its range and half
again as many professionals, integral access for all beats the sectoral baseline for multi-problem
households; with the defaults a single-need Wmo request still waits longer under it; each
benefit's turn-off removes its effect.

Arms run once per replication k with seed k (tests/design_arms.py), in two worker processes;
run with ``-s`` to see the measured figures. Sizes and replications (why):

- ``STAFFED`` arms: ``LARGE`` (60,000 inhabitants, 0.5 + 3 years) with every organisation's
  professionals x 1.5, 6 replications: about 250 households a run ask for help while multi-problem,
  and integral access's advantage for them had t 6.1 with 8 replications while exploring.
- ``SMALL`` arms (15,000 inhabitants, 0.5 + 1.5 years, default staff) for effects on every request:
  the wait of single-need Wmo requests (t above 40) and the early-help gaps (t 8 to 17 with 6).
- Turn-offs that make two arms run identically use 2 replications and ask for a zero difference.
- The regisseur's effect is shown by a trace (one run in this process): it touches few needs, since
  needs in help neither worsen nor remit anyway (11 of 978 worsenings in a vinkje town of 15,000,
  Wmo and youth needs worsening at 2 a year, happen while a regisseur follows the household), so
  its effect on crises is within the noise of these runs.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from design_arms import LARGE, T_CRITICAL, Arm, paired, prefetch, results
from sim.agents.household import Household
from sim.domains import DOMAINS
from sim.model import MunicipalityModel
from sim.params.catalogue import CATALOGUE, DEFAULTS
from sim.params.scenario import load_scenario

STAFFED_REPS, REPS, FEW, TWO = 6, 6, 4, 2
T_STAFFED, T6, T4 = T_CRITICAL[STAFFED_REPS - 1], T_CRITICAL[REPS - 1], T_CRITICAL[FEW - 1]

STAFF = {f"organisations.{d}.professionals": DEFAULTS[f"organisations.{d}.professionals"] * 1.5 for d in DOMAINS}
"""Enough staff: every organisation's professionals x 1.5, so that integral work's costs hardly queue."""
BENEFITS = ("benefit.severity_success_gain", "benefit.wait_success_loss_per_year", "benefit.regie_worsening_reduction")
TOP = {**{key: CATALOGUE[key].plausible[1] for key in BENEFITS},
       "plan.conflict_success_multiplier": CATALOGUE["plan.conflict_success_multiplier"].plausible[0]}
"""Every benefit at the optimistic end of its plausible range (conflicting advice at its strongest, 0.7)."""
NONE = {**dict.fromkeys(BENEFITS, 0.0), "plan.conflict_success_multiplier": 1.0}
"""Every benefit at zero: no early-help effect, no regie effect, no conflicting advice."""
EARLY_TOP = {key: CATALOGUE[key].plausible[1] for key in BENEFITS[:2]}
EARLY_OFF = dict.fromkeys(BENEFITS[:2], 0.0)
MOVED_REFERENCES = {key: value for d in DOMAINS
                    for key, value in ((f"benefit.{d}.reference_zrm", 1.0), (f"benefit.{d}.reference_wait_days", 0.0))}
NO_ROOT_CAUSE_FIRST = {"plan.root_cause_first": False}
NO_REGIE = {"benefit.regie_worsening_reduction": 0.0}

SECTORAAL_TOP = Arm("sectoraal", {**STAFF, **TOP}, LARGE)
INTEGRAAL_TOP = Arm("integrale-toegang", {**STAFF, **TOP}, LARGE)
VINKJE_TOP = Arm("vinkje", {**STAFF, **TOP}, LARGE)
SECTORAAL_NONE = Arm("sectoraal", {**STAFF, **NONE}, LARGE)
INTEGRAAL_NONE = Arm("integrale-toegang", {**STAFF, **NONE}, LARGE)
SECTORAAL = Arm("sectoraal")
INTEGRAAL = Arm("integrale-toegang")
SECTORAAL_EARLY_TOP = Arm("sectoraal", EARLY_TOP)
SECTORAAL_EARLY_OFF = Arm("sectoraal", EARLY_OFF)
SECTORAAL_EARLY_OFF_MOVED = Arm("sectoraal", {**EARLY_OFF, **MOVED_REFERENCES})
INTEGRAAL_NO_ROOT_CAUSE_FIRST = Arm("integrale-toegang", NO_ROOT_CAUSE_FIRST)
SECTORAAL_NO_ROOT_CAUSE_FIRST = Arm("sectoraal", NO_ROOT_CAUSE_FIRST)
SECTORAAL_NO_REGIE = Arm("sectoraal", NO_REGIE)
INTEGRAAL_NO_REGIE = Arm("integrale-toegang", NO_REGIE)

PLAN = [
    (STAFFED_REPS, [INTEGRAAL_TOP, INTEGRAAL_NONE, VINKJE_TOP, SECTORAAL_TOP, SECTORAAL_NONE]),
    (REPS, [SECTORAAL_EARLY_TOP, SECTORAAL_EARLY_OFF]),
    (FEW, [SECTORAAL, INTEGRAAL, INTEGRAAL_NO_ROOT_CAUSE_FIRST]),
    (TWO, [SECTORAAL_EARLY_OFF_MOVED, SECTORAAL_NO_ROOT_CAUSE_FIRST, SECTORAAL_NO_REGIE, INTEGRAAL_NO_REGIE]),
]
"""Replications per arm (large, staffed runs first so both workers stay busy)."""


@pytest.fixture(scope="module", autouse=True)
def shared_runs():
    """Run every arm of the module once, in one batch."""
    prefetch(PLAN)


def assert_identical(a: Arm, b: Arm, metrics=("resolved_share", "crises_per_1000_households_per_year",
                                              "wait_median_days_wmo")) -> None:
    """The two arms ran identically: every metric the same in every replication."""
    for metric in metrics:
        mean, _, _ = paired(metric, a, b, TWO)
        assert mean == 0.0, metric
    ra, rb = results([a, b], TWO)
    for x, y in zip(ra, rb):
        assert x.keys() == y.keys()
        assert [k for k in x if not (x[k] == y[k] or (math.isnan(x[k]) and math.isnan(y[k])))] == []


# --- (a) the benefits at the top of their ranges, with enough staff ------------------------------
def test_with_benefits_at_the_top_and_enough_staff_integral_access_beats_the_baseline_for_multi_problem_households():
    """Integral access for all resolves more of multi-problem households' requests, with fewer crises.

    Benefits at the optimistic end of their ranges and half again as many professionals:
    integral access for all resolves more of the episodes that multi-problem households'
    requests lead to, and those households have fewer unmet need-days, than under the baseline.
    The vinkje (integral route with a regisseur for flagged households) is printed alongside.
    """
    resolved, _, t_resolved = paired("multiproblem_request_resolved", SECTORAAL_TOP, INTEGRAAL_TOP, STAFFED_REPS)
    assert resolved > 0 and t_resolved > T_STAFFED
    unmet, _, t_unmet = paired("multiproblem_unmet_need_days", SECTORAAL_TOP, INTEGRAAL_TOP, STAFFED_REPS)
    assert unmet < 0 and t_unmet < -T_STAFFED
    for metric in ("multiproblem_crises", "multiproblem_zrm_end", "resolved_share_multiproblem", "resolved_share",
                   "crises_per_1000_households_per_year"):
        paired(metric, SECTORAAL_TOP, INTEGRAAL_TOP, STAFFED_REPS)
    for metric in ("multiproblem_request_resolved", "multiproblem_unmet_need_days", "multiproblem_crises",
                   "multiproblem_zrm_end", "resolved_share", "crises_per_1000_households_per_year"):
        paired(metric, SECTORAAL_TOP, VINKJE_TOP, STAFFED_REPS)


def test_without_any_benefit_integral_access_still_finds_and_helps_multiproblem_needs():
    """What the benefits add to integral access's advantage: the same comparison with every benefit at zero.

    Without any benefit (and the same staff) integral access for all still cuts the days that
    multi-problem households' needs go without help: its broad intake finds needs the baseline
    never helps. What the benefits add on top is printed (the difference in differences, benefits
    at the top minus at zero); its sign is not fixed by construction: since a broad intake that finds
    nothing calls no meeting (issue 15 item 2), early help's gain can favour either design.
    """
    top = results([SECTORAAL_TOP, INTEGRAAL_TOP], STAFFED_REPS)
    none = results([SECTORAAL_NONE, INTEGRAAL_NONE], STAFFED_REPS)
    for metric in ("multiproblem_request_resolved", "multiproblem_unmet_need_days", "multiproblem_crises",
                   "resolved_share"):
        paired(metric, SECTORAAL_NONE, INTEGRAAL_NONE, STAFFED_REPS)
        mean, t = difference_in_differences(metric, top, none)
        print(f"{metric}: (integral - sectoral) with benefits at the top minus at zero = {mean:.4g} (t {t:.1f})")
    fewer, _, t_fewer = paired("multiproblem_unmet_need_days", SECTORAAL_NONE, INTEGRAAL_NONE, STAFFED_REPS)
    assert fewer < 0 and t_fewer < -T_STAFFED


def difference_in_differences(metric: str, top, none) -> tuple[float, float]:
    """Mean and t statistic over replications of (integral - sectoral) at the top minus the same at zero."""
    diffs = np.array([(i[metric] - s[metric]) - (i0[metric] - s0[metric]) for s, i, s0, i0 in zip(*top, *none)])
    return float(diffs.mean()), float(diffs.mean() / (diffs.std(ddof=1) / np.sqrt(len(diffs))))


# --- (b) with the defaults, the wheelchair still waits ------------------------------------------
def test_with_the_defaults_single_need_wmo_requests_still_wait_longer_under_integral_access():
    """The benefits do not change the cost: a single-need Wmo request waits longer under integral access."""
    wait, _, t_wait = paired("single_need_wmo_wait", SECTORAAL, INTEGRAAL, FEW)
    assert wait > 0 and t_wait > T4


# --- (c) each benefit, and its turn-off ----------------------------------------------------------
def test_early_help_pays_and_its_turn_off_removes_it():
    """Help that starts at a less severe level, and soon after the need began, resolves more often.

    At the top of their ranges, the resolved share of needs asked about at ZRM 3 rises against
    those at ZRM 1-2, and of needs helped soon after onset against those helped late. With both
    parameters 0 the reference points no longer matter: moving them changes no run.
    """
    severity, _, t_severity = paired("early_help_severity_gap", SECTORAAL_EARLY_OFF, SECTORAAL_EARLY_TOP, REPS)
    assert severity > 0 and t_severity > T6
    wait, _, t_wait = paired("early_help_wait_gap", SECTORAAL_EARLY_OFF, SECTORAAL_EARLY_TOP, REPS)
    assert wait > 0 and t_wait > T6
    paired("resolved_share", SECTORAAL_EARLY_OFF, SECTORAAL_EARLY_TOP, REPS)
    assert_identical(SECTORAAL_EARLY_OFF, SECTORAAL_EARLY_OFF_MOVED,
                     ("resolved_share", "early_help_severity_gap", "early_help_wait_gap"))


def test_root_cause_first_does_nothing_without_a_plan():
    """Root cause first orders the debt help of a joint plan; the baseline has no plans, so it runs as without it.

    Its effect where plans exist is small by construction: the calibrated debt-help queue is short
    (a first conversation in about 8 days), the meeting dominates the days before plan help, and
    under integral access for all every debt episode has a plan, so the priority reorders little
    (a unit test shows the priority: tests/unit/test_step_integral_work.py). Printed: the days from
    decision to help of plan debt episodes with and without it under integral access for all.
    """
    paired("plan_debt_time_to_help", INTEGRAAL_NO_ROOT_CAUSE_FIRST, INTEGRAAL, FEW)
    assert_identical(SECTORAAL, SECTORAAL_NO_ROOT_CAUSE_FIRST)


def test_regie_acts_only_where_a_regisseur_follows_the_household():
    """No lead, no regie: the baseline and integral access for all (no lead named) run as without it."""
    assert_identical(SECTORAAL, SECTORAAL_NO_REGIE)
    assert_identical(INTEGRAAL, INTEGRAAL_NO_REGIE)


def worsenings_under_regie(reduction: float, monkeypatch) -> tuple[int, int, int]:
    """Worsenings while a regisseur follows the household, all worsenings, and lead-plan households (vinkje)."""
    counts = {"under_regie": 0, "all": 0}
    households = set()
    worsen = Household.worsen

    def counting(self, need):
        counts["all"] += 1
        if self.regie:
            counts["under_regie"] += 1
            households.add(self.unique_id)
        worsen(self, need)

    monkeypatch.setattr(Household, "worsen", counting)
    values = {"population.inhabitants": 15_000, "simulation.warmup_years": 0.5, "simulation.years": 1.5,
              "benefit.regie_worsening_reduction": reduction, "needs.wmo.worsening_per_year": 2.0,
              "needs.youth.worsening_per_year": 2.0}
    model = MunicipalityModel(load_scenario("vinkje", values), 1).run()
    assert model.episodes.records
    return counts["under_regie"], counts["all"], len(households)


def test_a_regisseur_who_stops_all_worsening_stops_it_in_her_households_only(monkeypatch):
    """Trace: with the reduction at 1 no need worsens while its household has a regisseur; at 0 some do."""
    under, total, _ = worsenings_under_regie(1.0, monkeypatch)
    assert under == 0 and total > 0
    under_off, total_off, households = worsenings_under_regie(0.0, monkeypatch)
    print(f"vinkje, 15,000 inhabitants: worsenings while a regisseur follows the household: {under_off} of "
          f"{total_off} ({households} households) without the benefit, 0 of {total} with the reduction at 1")
    assert under_off > 0
