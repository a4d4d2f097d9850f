"""Access designs (toegang): how a request finds its way from the door to help.

Each design is a small class with the fixed signature of :class:`~sim.access.base.AccessDesign`;
``design.access`` in a scenario names it. The baseline is :class:`~sim.access.sectoral.Sectoral`.
"""

from sim.access.base import AccessDesign
from sim.access.direct import DirectService
from sim.access.sectoral import Sectoral

DESIGNS: dict[str, type[AccessDesign]] = {
    Sectoral.name: Sectoral,
}
"""Designs selectable with ``design.access`` in a scenario file."""


def make_design(model) -> AccessDesign:
    """The access design the model's scenario asks for."""
    if model.params["simulation.mode"] == "mmc":
        return DirectService(model)
    return DESIGNS[model.params["design.access"]](model)
