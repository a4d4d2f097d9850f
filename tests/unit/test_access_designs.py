"""Unit: the access designs on a small town: the base is the sectoral route; designs compose steps.

Story: a household with a Wmo need and latent debts asks at the door. Sectoral: help at the
Wmo-loket and the debts stay unseen. Integrale toegang: a broad intake. No wrong door: the Wmo
need is helped and the debts are handed over. Een loket: the desk hands both over.
"""

from __future__ import annotations

import pytest

from sim.access.integrale_toegang import IntegraleToegang
from sim.access.registry import designs
from sim.access.steps.intake import broad_intake, intake_with_look, sectoral_intake
from sim.domains import DAYS_PER_WEEK
from stand_ins import household_with, small_model

FINDS_ALL = {"broad_intake.detection_probability": 1.0, "look.detection_probability": 1.0,
             "handover.info_loss_probability": 0.0}


def intake_rate(model, case, intake) -> float:
    """Client hours a week the intake books: its hours spread over its mean length (lead plus term)."""
    hours, days = intake(model, case)
    lead = 0.0 if case.presented.crisis else case.presented.params.first_contact_days
    return hours * DAYS_PER_WEEK / (lead + days)


def ask(model, asked: str = "wmo", *latent: str):
    """A household asks about ``asked`` with ``latent`` needs unseen; returns its case."""
    household = household_with(model, asked, *latent)
    return model.access.receive(household, household.needs[asked])


@pytest.mark.parametrize("name", list(designs()))
def test_every_design_builds_a_small_town_with_its_registered_class(name):
    """Each registered design's scenario builds a town whose design is the class the registry names."""
    record = designs()[name]
    model = small_model(record.scenario)
    assert type(model.access) is record.load()


def test_the_base_is_the_sectoral_route_door_intake_and_help_of_the_asked_domain():
    """Under sectoraal the Wmo-loket is the door, holds the Wmo intake and then helps; the debts stay unseen."""
    model = small_model("sectoraal", FINDS_ALL)
    case = ask(model, "wmo", "debt")
    assert case.door is model.organisations["wmo"]
    assert case.presented.task.category == "intake"
    assert case.presented.task.hours_per_week == pytest.approx(intake_rate(model, case, sectoral_intake))
    model.run_until(60)
    assert case.presented.task.category == "direct_help" and case.presented.task.organisation is case.door
    assert len(case.episodes) == 1


def test_integrale_toegang_holds_a_broad_intake_and_volwassen_integraal_is_its_scenario():
    """Integrale toegang books a broad intake; volwassen-integraal is the same class, matured."""
    model = small_model("integrale-toegang", FINDS_ALL)
    case = ask(model, "wmo", "debt")
    assert case.presented.task.hours_per_week == pytest.approx(intake_rate(model, case, broad_intake))
    mature = small_model("volwassen-integraal")
    assert type(mature.access) is IntegraleToegang and mature.params["maturity.start_years"] == 10.0


def test_no_wrong_door_helps_the_asked_need_and_hands_the_found_one_over():
    """No wrong door: a short look at the door, help for the Wmo need there, the debts handed over."""
    model = small_model("no-wrong-door", FINDS_ALL)
    case = ask(model, "wmo", "debt")
    assert case.presented.task.hours_per_week == pytest.approx(intake_rate(model, case, intake_with_look))
    model.run_until(60)
    presented, debt = case.episodes
    assert presented.handovers == 0 and presented.task.organisation is model.organisations["wmo"]
    assert debt.handovers == 1 and debt.task.organisation is model.organisations["debt"]


def test_avg_strikt_without_consent_repeats_the_intake_after_the_handover():
    """AVG strikt: without consent the debt consultant asks everything again."""
    model = small_model("avg-strikt", {**FINDS_ALL, "avg.consent_probability": 0.0})
    case = ask(model, "wmo", "debt")
    model.run_until(200)
    assert case.episodes[1].repeated_intakes == 1 and case.presented.repeated_intakes == 0


def test_een_loket_is_the_only_door_and_hands_every_need_over():
    """Een loket: the Sociaal loket is the door and hands the asked need and the found one over."""
    model = small_model("een-loket", {**FINDS_ALL, "population.inhabitants": 20_000})  # staff for the desk
    case = ask(model, "wmo", "debt")
    assert case.door.name == "Sociaal loket"
    model.run_until(120)
    assert [e.handovers for e in case.episodes] == [1, 1]
    assert case.presented.organisation == model.organisations["wmo"].name


def test_vinkje_sends_a_household_flagged_at_the_review_integral_and_a_single_need_sectoral():
    """Vinkje with a perfect data flag: after the review, three needs go integral with a broad intake, one sectoral."""
    model = small_model("vinkje", {"vinkje.sensitivity": 1.0, "vinkje.specificity": 1.0, "vinkje.target_domains": 3})
    single, multi = household_with(model, "wmo"), household_with(model, "wmo", "debt", "youth")
    model.access.flag.review()
    single, multi = (model.access.receive(h, h.needs["wmo"]) for h in (single, multi))
    assert single.route == "sectoral" and multi.route == "integral"
    assert multi.presented.task.hours_per_week == pytest.approx(intake_rate(model, multi, broad_intake))


def test_vinkje_from_data_reads_the_record_of_the_last_review():
    """Needs in three domains that arose after the last review do not open the integral route."""
    model = small_model("vinkje", {"vinkje.sensitivity": 1.0, "vinkje.specificity": 1.0, "vinkje.target_domains": 3})
    model.run_until(1)
    assert ask(model, "wmo", "debt", "youth").route == "sectoral"

