"""Parameters of the outcome measures, part of the catalogue: ZRM after help, and what a crisis costs.

Story: a debt crisis in Middelstad ends in an eviction. The municipality's books show the hours of
its own staff only; the society pays the bailiff, the housing corporation's lost rent and clearance,
and months in a shelter (maatschappelijke opvang). These costs are per event (an out-of-home
placement valued at one year of placement), in euros of their source year, with wide ranges where the source is
secondary (DOMAIN.md section 3b). They value crises in the KPI
``crisis_cost_eur_per_1000_households_per_year`` and change nothing in the model's course.
"""

from __future__ import annotations

from sim.domains import CRISIS_COUNTS
from sim.params.definitions import Param

P = Param
EUR = (0, 10_000_000)

ZRM = [
    P("outcome.thriving_share", 0.3, "share", "Share of needs resolved by help that end at ZRM 5 (fully "
      "self-reliant) rather than 4; changes only the recorded ZRM, not the course of needs", (0.0, 1.0),
      (0.0, 0.6), "assumption: no Dutch figure for the share of helped households reaching ZRM 5 was found; "
      "0 makes help's resolution no better than remission", "assumption"),
]

CRISIS_COSTS = {
    "eviction": (15_000.0, (5_000.0, 100_000.0), "S",
                 ("direct cost of an eviction EUR 5-10k (Eropaf quickscan preventie huisuitzettingen, 2014) plus "
                 "about half a year of shelter at EUR 10-23k a year (Cebeon 2011, in Stichting Zwerfjongeren "
                 "Nederland 'Van kosten naar investering', 2018); 'about EUR 100k societal' (Stadlander, 2017) "
                 "has no solid source (DOMAIN.md 3b)")),
    "out_of_home_placement": (40_000.0, (20_000.0, 120_000.0), "S",
                              ("about EUR 40k per child per year of placement (Stade Advies 2012; NRC factcheck "
                              "2015: EUR 40k a year), one year counted; residential care costs more (DOMAIN.md 3b)")),
    "debt_crisis": (2_500.0, (0.0, 8_100.0), "assumption",
                    ("assumption: bailiff and collection costs and a crisis stabilisation; one municipality's "
                    "stabilisation product EUR 2,494, a whole debt-help trajectory about EUR 8,100 (DOMAIN.md 3b)")),
    "acute_care": (5_000.0, (1_000.0, 20_000.0), "assumption",
                   "assumption: an emergency Wmo arrangement or a short crisis stay (no source found)"),
    "income_loss": (1_500.0, (0.0, 10_000.0), "assumption",
                    "assumption: emergency income support and arrears after a lost income (no source found)"),
    "isolation_crisis": (1_000.0, (0.0, 10_000.0), "assumption",
                         "assumption: an OGGZ or GGD intervention for a person in crisis (no source found)"),
}
"""Per crisis kind (sim/domains.py ``CRISIS_COUNTS``): (default EUR per event, plausible range, status, source)."""

COSTS = [P(f"crisis.cost_eur_{kind}", value, "EUR/event", f"Cost to society of one crisis counted as crises_{kind}",
           EUR, plausible, source, status)
         for kind in CRISIS_COUNTS for value, plausible, status, source in [CRISIS_COSTS[kind]]]

OUTCOME_PARAMS: list[Param] = ZRM + COSTS
