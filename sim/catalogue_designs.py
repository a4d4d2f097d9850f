"""Parameters of the access designs (docs/designs.md), part of the catalogue.

``DESIGN_NAMES`` are the values ``design.access`` accepts; each names a class in ``sim.access``.
"""

from __future__ import annotations

from sim.parameters import Param

P = Param

DESIGN_NAMES = ("sectoraal",)

DESIGN_PARAMS: list[Param] = [
    P("design.access", "sectoraal", "-", "Access design (see docs/designs.md)",
      choices=DESIGN_NAMES, status="design"),
]
