"""Access designs (toegang): how a request finds its way from the door to help.

Each design is one module here with a class that has the fixed signature of
:class:`~sim.access.base.AccessDesign` and a ``DESIGN`` record that :mod:`sim.access.registry`
reads (``design.access`` in a scenario names it). The base is the sectoral baseline; designs
compose the shared steps of :mod:`sim.access.steps`. docs/designs.md describes every design.
This package imports no design module itself: the registry finds them lazily.
"""

from __future__ import annotations

from sim.access.registry import design


def make_design(model):
    """The access design the model's scenario asks for (direct service in the M/M/c mode)."""
    if model.params["simulation.mode"] == "mmc":
        from sim.access.direct import DirectService

        return DirectService(model)
    return design(model.params["design.access"]).load()(model)
