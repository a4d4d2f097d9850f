"""Unit: the multiprobleem vinkje (sim/access/steps/flag.py) is a record, set with its accuracy.

A household is truly multi-problem with needs in ``vinkje.target_domains`` domains. From data, a
review every ``vinkje.review_days`` flags such a household with chance ``sensitivity`` and another
one with chance 1 - ``specificity``, and a request between reviews reads that record. By judgement
the professional flags with the ``judgement_*`` accuracy and the flag is kept for
``vinkje.judgement_keep_days``.
"""

from __future__ import annotations

from types import SimpleNamespace

from sim.access.steps.flag import MultiproblemFlag
from sim.engine.streams import Draws, Streams
from sim.params.scenario import load_scenario
from stand_ins import household_with, small_model

PERFECT = {"vinkje.sensitivity": 1.0, "vinkje.specificity": 1.0}


class StubTown:
    """All the flag uses of a model: parameters, the clock, the ``flags`` stream and the households.

    ``households`` are stand-ins with an id and needs; ``booked`` collects the calls the flag
    puts on the calendar, which the test runs itself.
    """

    def __init__(self, values: dict, needs: list[int], seed: int = 1):
        self.params = load_scenario("vinkje", {"vinkje.target_domains": 3, **values})
        self.streams = Streams(seed)
        self.draws = Draws(self.streams)
        self.time = 0.0
        self.booked: list[tuple[float, object]] = []
        people = [SimpleNamespace(unique_id=i, needs=dict.fromkeys(range(n))) for i, n in enumerate(needs)]
        self.population = SimpleNamespace(everyone=lambda: iter(people))
        self.households = people

    def later(self, days: float, function):
        """Note the call instead of running it."""
        self.booked.append((self.time + days, function))


def reviewed(values: dict, needs: list[int], seed: int = 1) -> tuple[MultiproblemFlag, StubTown]:
    """A data flag on a stub town after its first review."""
    town = StubTown(values, needs, seed)
    flag = MultiproblemFlag(town)
    flag.review()
    return flag, town


def share_flagged(flag: MultiproblemFlag, households) -> float:
    """Share of ``households`` the record flags."""
    return sum(flag.flagged(h) for h in households) / len(households)


def test_a_perfect_review_flags_exactly_the_multiproblem_households():
    """Sensitivity and specificity 1: three or four needs flagged, none, one or two not."""
    flag, town = reviewed(PERFECT, [0, 1, 2, 3, 4] * 10)
    assert [flag.flagged(h) for h in town.households[:5]] == [False, False, False, True, True]
    assert flag.flagged_ids == {h.unique_id for h in town.households if len(h.needs) >= 3}


def test_the_shares_flagged_at_a_review_follow_the_sensitivity_and_the_specificity():
    """Sensitivity 0.7: 70% of 4,000 multi-problem households flagged; specificity 0.9: 10% of 4,000 others."""
    flag, town = reviewed({"vinkje.sensitivity": 0.7, "vinkje.specificity": 0.9}, [4] * 4000 + [1] * 4000)
    assert abs(share_flagged(flag, town.households[:4000]) - 0.7) < 0.03
    assert abs(share_flagged(flag, town.households[4000:]) - 0.1) < 0.02


def test_a_review_is_reproducible_with_the_seed():
    """The same seed flags the same households; another seed other ones."""
    values, needs = {"vinkje.sensitivity": 0.5, "vinkje.specificity": 0.5}, [1, 3] * 500
    first, again, other = (reviewed(values, needs, seed)[0].flagged_ids for seed in (7, 7, 8))
    assert first == again and first != other


def test_between_reviews_the_record_holds_whatever_the_needs_do():
    """A household flagged at the review keeps the flag after its needs are gone, until the next review."""
    flag, town = reviewed(PERFECT, [3, 0])
    multi, single = town.households
    multi.needs.clear()
    single.needs.update(dict.fromkeys(range(3)))
    assert flag.flagged(multi) and not flag.flagged(single)
    flag.review()
    assert not flag.flagged(multi) and flag.flagged(single)


def test_reviews_run_from_time_0_every_review_days():
    """The first review is booked at time 0 and each review books the next one ``review_days`` later."""
    town = StubTown({**PERFECT, "vinkje.review_days": 91.0}, [3])
    MultiproblemFlag(town)
    (when, review), = town.booked
    assert when == 0.0
    town.time = 91.0
    review()
    assert town.booked[-1][0] == 182.0


def test_a_household_that_becomes_multiproblem_after_a_review_waits_for_the_next():
    """Review every 30 days: needs in three domains on day 1 are not flagged on day 20, but on day 31."""
    model = small_model("vinkje", {**PERFECT, "vinkje.review_days": 30.0})
    model.run_until(1)
    household = household_with(model, "wmo", "debt", "youth")
    model.run_until(20)
    assert not model.access.flag.flagged(household)
    model.run_until(31)
    assert model.access.flag.flagged(household)


def test_a_judgement_is_kept_for_the_keep_days_and_made_again_after():
    """Judged multi-problem on day 0, the flag holds on day 364 after the needs went; on day 366 it is gone."""
    town = StubTown({"vinkje.source": "judgement", "vinkje.judgement_sensitivity": 1.0,
                     "vinkje.judgement_specificity": 1.0, "vinkje.judgement_keep_days": 365.0}, [3])
    flag = MultiproblemFlag(town)
    household, = town.households
    assert flag.flagged(household) and not town.booked  # judgement books no reviews
    household.needs.clear()
    town.time = 364.0
    assert flag.flagged(household)
    town.time = 366.0
    assert not flag.flagged(household)


def test_a_judged_flag_uses_the_judgement_accuracy():
    """With ``source = judgement`` the judgement accuracy counts, not the data accuracy."""
    town = StubTown({"vinkje.source": "judgement", **PERFECT, "vinkje.judgement_sensitivity": 0.0,
                     "vinkje.judgement_specificity": 0.0}, [3] * 200 + [1] * 200)
    flag = MultiproblemFlag(town)
    assert share_flagged(flag, town.households[:200]) == 0.0
    assert share_flagged(flag, town.households[200:]) == 1.0
