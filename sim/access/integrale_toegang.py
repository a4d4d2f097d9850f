"""Integrale toegang: every request gets a broad intake and a joint plan before help starts.

Story (seed 000): a municipality of over 100,000 inhabitants assessed, for every Wmo request,
youth care, special assistance, loneliness and debt help too. An elderly woman asks for a
wheelchair. The keukentafelgesprek (the Wmo intake at the kitchen table) now covers all life
domains (longer, and it finds the debts her son-in-law left her with); the wheelchair waits
until Wmo-loket and Schuldhulpverlening have met and agreed one plan; and with nobody named as
lead, each waits for the other for a while.

Volwassen integraal (seed 002) is this design after about ten years of practice: the scenario
``scenarios/volwassen-integraal.toml`` sets ``maturity.start_years`` = 10, so meetings are
shorter and quicker to plan (sim/access/steps/case_meeting.py ``maturity_factor``), while under
time pressure a meeting may still bind nobody (pseudo-cooperation, ``pseudo.*``).
"""

from __future__ import annotations

from typing import override

from sim.access.base import AccessDesign
from sim.access.registry import Design
from sim.access.steps.intake import broad_intake
from sim.access.steps.integral_work import work_integrally

DESIGN = Design(
    name="integrale-toegang", cls="IntegraleToegang", label="Integrale toegang voor iedereen",
    description="Bij elke aanvraag vraagt de consulent naar alle leefgebieden, en alle betrokken organisaties "
                "maken samen één plan voordat de hulp begint. Verborgen problemen komen eerder boven, maar ook "
                "een enkelvoudige vraag wacht op het overleg, en zonder regisseur wacht men op elkaar.",
    params=("broad_intake.", "meeting.", "diffusion.", "maturity.", "pseudo.", "plan.root_cause_first",
            "integrale_toegang."),
)


class IntegraleToegang(AccessDesign):
    """Broad intake, a case meeting of all involved organisations, help by the plan; a lead only sometimes.

    The door is the one of the presented domain, as in the base. By default no meeting names a
    regisseur; with ``integrale_toegang.lead_share`` above 0 that share of cases gets one (drawn
    from the ``leads`` stream, so other draws do not shift), with what a lead brings: nobody waits
    for the others after the meeting, and the regie benefit of the plan.
    """

    route = "integral"

    @override
    def intake(self, case) -> tuple[float, float]:
        return broad_intake(self.model, case)

    @override
    def after_intake(self, case) -> None:
        share = self.model.params["integrale_toegang.lead_share"]
        work_integrally(case, self.help_org, lead=share > 0 and self.model.streams.leads.random() < share)
