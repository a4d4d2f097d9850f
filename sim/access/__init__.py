"""Access designs (toegang): how a request finds its way from the door to help.

Each design is a small class with the fixed signature of :class:`~sim.access.base.AccessDesign`;
``design.access`` in a scenario names it, and the module is named after it (``vinkje`` is
``sim/access/vinkje.py``, ``no-wrong-door`` is ``sim/access/no_wrong_door.py``). The baseline is
:class:`~sim.access.sectoral.Sectoral`; docs/designs.md describes every design.
"""

from sim.access.avg_strikt import AvgStrikt
from sim.access.base import AccessDesign
from sim.access.buurtteams import Buurtteams
from sim.access.direct import DirectService
from sim.access.een_loket import EenLoket
from sim.access.generalisten import Generalisten
from sim.access.integraal_team import IntegraalTeam
from sim.access.integrale_toegang import IntegraleToegang
from sim.access.netwerk import Netwerk
from sim.access.no_wrong_door import NoWrongDoor
from sim.access.opdrachtgeverschap import Opdrachtgeverschap
from sim.access.regelvrij_budget import RegelvrijBudget
from sim.access.sectoral import Sectoral
from sim.access.vinkje import Vinkje
from sim.access.volwassen_integraal import VolwassenIntegraal

DESIGNS: dict[str, type[AccessDesign]] = {
    design.name: design
    for design in (Sectoral, IntegraleToegang, Vinkje, IntegraalTeam, EenLoket, NoWrongDoor, Buurtteams,
                   RegelvrijBudget, Opdrachtgeverschap, Generalisten, AvgStrikt, Netwerk, VolwassenIntegraal)
}
"""Designs selectable with ``design.access`` in a scenario file."""


def make_design(model) -> AccessDesign:
    """The access design the model's scenario asks for."""
    if model.params["simulation.mode"] == "mmc":
        return DirectService(model)
    return DESIGNS[model.params["design.access"]](model)
