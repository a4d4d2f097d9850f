"""Unit: a municipality's figures, one rule at a time (sim/params/figures.py, figure_rules.py, observed.py).

Each rule gets figures that break it and figures that keep it: an adviser's typo must be
named, a consistent set must pass untouched.
"""

import pytest

from sim.commands.gemeente_terminal import ask_figures, parse
from sim.params import figure_rules as rules
from sim.params.catalogue import DEFAULTS
from sim.params.errors import InputError
from sim.params.figures import FIGURE_BY_KEY
from sim.params.observed import check_observed, validate_observed

TOWN = {"inhabitants": 58_000, "households.total": 26_500}


def keys(found):
    return [key for key, _ in found]


def test_more_households_than_inhabitants_is_named():
    assert keys(rules.households_within_inhabitants({"inhabitants": 100, "households.total": 101})) == [
        "households.total"]
    assert keys(rules.households_within_inhabitants(TOWN)) == []


def test_household_types_larger_than_the_total_name_the_last_type_given():
    found = list(rules.types_add_up(TOWN | {"households.single": 20_000, "households.couple": 9_000}))
    assert keys(found) == ["households.couple"] and "expected at most 6,500" in found[0][1]


def test_five_household_types_must_reach_the_total_within_one_percent():
    five = {f"households.{t}": 5_000 for t in ("single", "couple", "couple_children", "single_parent", "elderly")}
    assert keys(rules.types_add_up(TOWN | five)) == ["households.elderly"]
    assert keys(rules.types_add_up(TOWN | five | {"households.elderly": 6_400})) == []  # 26,400: rounding


def test_more_clients_than_households_is_named():
    found = list(rules.clients_within_households(TOWN | {"clients.wmo": 31_000}))
    assert keys(found) == ["clients.wmo"] and "households, not persons" in found[0][1]


def test_a_pair_larger_than_a_law_in_it_is_named():
    found = list(rules.combinations_within_parts({"clients.youth": 4_100, "clients.wmo_youth": 5_200}))
    assert keys(found) == ["clients.wmo_youth"] and "larger than its parts" in found[0][1]


def test_all_three_larger_than_a_pair_is_named():
    assert keys(rules.combinations_within_parts({"clients.wmo_youth": 100, "clients.all_three": 150})) == [
        "clients.all_three"]


def test_a_law_smaller_than_its_combinations_is_named():
    pairs = {"clients.wmo_youth": 300, "clients.wmo_work_income": 400, "clients.youth_work_income": 0,
             "clients.all_three": 0}
    assert keys(rules.combinations_within_parts(pairs | {"clients.wmo": 600})) == ["clients.wmo"]
    assert keys(rules.combinations_within_parts(pairs | {"clients.wmo": 700})) == []


def test_a_wait_below_the_intake_lead_time_is_named_with_its_parameters():
    lead, _ = rules.lead_time("wmo", DEFAULTS)
    found = list(rules.waits_above_lead_time({"waits.wmo_days": lead - 1}, DEFAULTS))
    assert keys(found) == ["waits.wmo_days"] and "intake.wmo.first_contact_days" in found[0][1]
    assert keys(rules.waits_above_lead_time({"waits.wmo_days": lead}, DEFAULTS)) == []
    assert rules.lead_time("debt", DEFAULTS)[0] == DEFAULTS["intake.debt.first_contact_days"]


@pytest.mark.parametrize("fte", [0, -3, 0.0])
def test_zero_or_negative_fte_is_refused(fte):
    assert "not above 0" in FIGURE_BY_KEY["staff.wmo"].problem(fte)


def test_a_percentage_for_a_share_is_refused_with_the_share_it_meant():
    assert "(89% is 0.89)" in FIGURE_BY_KEY["waits.wmo_within_norm"].problem(89)


def test_an_empty_name_is_refused():
    assert FIGURE_BY_KEY["name"].problem("  ").startswith("is empty")


def test_a_wrong_type_is_refused():
    assert "expected a whole number" in FIGURE_BY_KEY["inhabitants"].problem("many")
    assert "expected one of: sectoraal" in FIGURE_BY_KEY["team_model"].problem("wijkteam")


def test_an_unknown_observed_figure_is_refused_with_the_nearest_one():
    with pytest.raises(InputError, match=r"observed\.clients\.wmoo: unknown figure \(did you mean clients\.wmo\?\)"):
        validate_observed({"clients.wmoo": 3}, "x.toml")


def test_observed_figures_are_checked_against_the_scenario():
    with pytest.raises(InputError, match=r"observed\.households\.total"):
        check_observed({"households.total": 200_000}, DEFAULTS, "x.toml")


@pytest.mark.parametrize(("key", "text", "value"), [("inhabitants", "58.000", 58_000),
                                                    ("inhabitants", "58_000", 58_000), ("staff.wmo", "12,5", 12.5),
                                                    ("waits.wmo_days", "62", 62.0)])
def test_typed_numbers_are_read_the_dutch_way_too(key, text, value):
    assert parse(FIGURE_BY_KEY[key], text) == (value, None)


def test_a_typed_decimal_is_no_whole_number():
    assert parse(FIGURE_BY_KEY["inhabitants"], "58.5")[1].startswith("'58.5' is not a number")


def test_a_wrong_answer_is_asked_again_with_the_reason():
    typed = iter(["Proefstad", "", "40000", "50000", "18000"])
    said = []
    answers, given = ask_figures(ask=lambda prompt: next(typed, ""), say=said.append)
    assert answers["households.total"] == 18_000 and given == {"name", "inhabitants", "households.total"}
    assert any("households.total: 50,000 households is more than the 40,000 inhabitants" in s for s in said)
