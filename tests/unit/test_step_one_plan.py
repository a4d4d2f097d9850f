"""Unit: one plan avoids repeated assessments (issue 15, item 2), and what ``repeated_intakes`` counts.

Story (seed 000): under integral work the broad intake of a Wmo request finds the debts; the
debt help starts by the plan agreed at the case meeting, without an intake of its own at
Schuldhulpverlening and without a handover that could lose the file. In the baseline the same
debts get a full debt intake when the household asks about them later. ``repeated_intakes``
counts only intakes repeated after a handover (a lost file, no consent: sim/access/steps/handover.py);
under the joint plan a found need has none, and no intake hours of its own. The joint plan
already gives this benefit; issue 15 adds no second mechanism for it.
"""

from __future__ import annotations

from sim.access.steps.integral_work import work_integrally
from sim.domains import HourCategory
from stand_ins import open_case, small_model

FINDS_ALL = {"broad_intake.detection_probability": 1.0, "pseudo.probability": 0.0}


def test_a_need_found_under_the_joint_plan_gets_help_without_an_intake_of_its_own():
    """The found debts share the presented need's assessment: no intake hours, no repeated intake."""
    model = small_model("sectoraal", FINDS_ALL)
    case = open_case(model, "wmo", "debt")
    case.presented.intake_start = case.presented.first_contact = model.time
    work_integrally(case, model.access.help_org, lead=False)
    model.run_until(90)
    debt = case.episodes[1]
    assert debt.domain == "debt" and debt.plan is case.presented.plan and debt.plan.effective
    assert debt.help_start <= 90 and debt.task.category == HourCategory.DIRECT_HELP
    assert debt.hours[HourCategory.INTAKE] == 0.0
    assert debt.repeated_intakes == 0 and debt.handovers == 0
    assert debt.intake_start == case.presented.intake_start
