"""The Dutch words of the live page: control labels with their units and values, series, explanation.

Every label a control shows carries its current value, so a photograph of the screen says what
was set (``Inwoners: 10.000``, ``Personeel in het ontwerp: 110% van nu``). Numbers use the
report's Dutch format (decimal comma, thousands dot: sim/report/text.py). The explanation is B1
Dutch: short sentences, no jargon, and it says plainly that the town is made up.
"""

from __future__ import annotations

from sim.domains import DAYS_PER_WEEK
from sim.report.text import Text

NL = Text("nl")
DESIGN_SERIES = "ontwerp"
BASELINE_SERIES = "sectoraal"
"""How the two towns are named beside each other: 'wachtlijst Wmo — ontwerp' and '— sectoraal'."""
TITLE = "Toegang tot hulp: twee keer dezelfde stad, live"


def number(value: float, digits: int = 0) -> str:
    """``value`` in Dutch notation (``10.000``, ``0,35``); ``-`` when unknown; never ``-0``."""
    return NL.number(value if value != value else round(value, digits) + 0.0, digits)


def percent(share: float) -> str:
    """A share as a whole percentage (``0.934`` is ``93%``); ``-`` when unknown."""
    return f"{number(100 * share)}%" if share == share else "-"


def term(norm_days: float) -> str:
    """A legal term in weeks and days: ``8 weken (56 dagen)``."""
    return f"{number(norm_days / DAYS_PER_WEEK)} weken ({number(norm_days)} dagen)"


CONTROLS = {
    "design": lambda v: "Manier van werken (ontwerp)",
    "inhabitants": lambda v: f"Inwoners: {number(v)}",
    "staffing": lambda v: f"Personeel in het ontwerp: {percent(v)} van nu (sectoraal blijft 100%)",
    "meeting_hours": lambda v: f"Casusoverleg: {number(v, 1)} uur per organisatie per overleg",
    "diffusion": lambda v: f"Kans dat niemand iets doet, per extra organisatie: {percent(v)}",
    "vinkje_sensitivity": lambda v: f"Vinkje: {percent(v)} van de huishoudens met veel problemen wordt gevonden",
    "warmup_years": lambda v: f"Opwarmen vooraf: {number(v)} jaar",
    "seed": lambda v: f"Nummer van de proefstad: {v} (zelfde nummer, zelfde huishoudens)",
}
"""The label of each control (a field of :class:`~sim.live.towns.LiveSettings`) at value ``v``."""

CHARTS = {
    "waiting": ("wachtlijst Wmo", "Wachtlijst Wmo: huishoudens die wachten op hulp", "huishoudens"),
    "decision_days": ("tijd tot besluit", "Tijd tot een Wmo-besluit (gemiddelde van de laatste 13 weken)", "dagen"),
    "coordination": ("tijd voor overleg", "Tijd voor overleg (deze week)", "% van de gewerkte uren"),
}
"""Per :class:`~sim.live.measures.WeekFigures` field the page draws: the series' name in the legend
('wachtlijst Wmo — ontwerp'), the chart's title and the unit of its y-axis."""
WEEKS_AXIS = "weken na het opwarmen"


def norm_line(norm_days: float) -> str:
    """The legend of the legal-norm line."""
    return f"wettelijke termijn: {term(norm_days)}"


def explanation(norm_days: float, warmup_years: float, middelstad: int) -> list[str]:
    """The page's explanation, one paragraph per item (``middelstad``: its inhabitants)."""
    return [
        ("Dit is een proefstad. De stad en de huishoudens zijn verzonnen door het model: er wonen geen "
         "echte mensen in. Het gaat om de vraag hoe een manier van werken uitpakt, niet om een voorspelling."),
        (f"U ziet twee keer dezelfde stad, met dezelfde huishoudens en dezelfde hulpvragen. De doorgetrokken "
         f"lijn is de manier van werken die u kiest ({DESIGN_SERIES}). De gestreepte lijn is dezelfde stad met "
         f"sectorale toegang ({BASELINE_SERIES}): een loket per wet. Zo ziet u alleen het verschil dat de "
         "manier van werken maakt."),
        (f"De stad heeft eerst {number(warmup_years)} jaar gedraaid, zodat er al wachtlijsten zijn als u "
         "begint. Daarna gaat er per klik een week voorbij. Met 'Afspelen' lopen de weken vanzelf door."),
        (f"De stippellijn is de wettelijke termijn: een Wmo-aanvraag moet binnen {term(norm_days)} een "
         "besluit hebben. Wie langer wacht, krijgt het besluit te laat."),
        ("Wilt u iets anders proberen? Verander de instellingen links en klik op 'Nieuwe stad'. Met 'Personeel "
         "in het ontwerp' krijgt de gekozen manier van werken meer of minder mensen; de sectorale stad houdt "
         "het personeel van nu. Een kleine "
         f"stad is binnen een paar seconden klaar. Een stad zo groot als Middelstad ({number(middelstad)} "
         "inwoners) duurt langer: vijf tot tien seconden, meer als u meer jaren laat opwarmen. Elke week rekenen "
         "duurt dan ook langer."),
    ]
