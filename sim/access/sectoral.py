"""The sectoral baseline (verkokerd): every domain has its own door, intake and help.

Story: a father with debts asks Schuldhulpverlening for help. The debt consultant looks at the
debts only; that his son skips school stays unseen, and the youth problem keeps worsening until
it reaches the Jeugdteam through another door, if it ever does.

The baseline is the base class itself (:class:`~sim.access.base.AccessDesign`: door of the
presented domain, intake of that domain only, help by the same organisation), so this module
only names it and holds its record.
"""

from __future__ import annotations

from sim.access.base import AccessDesign as Sectoral
from sim.access.registry import Design

__all__ = ["DESIGN", "Sectoral"]

DESIGN = Design(
    name="sectoraal", cls="Sectoral", label="Sectorale toegang (verkokerd)",
    description="Elk domein heeft een eigen loket, een eigen intake en eigen hulp: de Wmo kijkt naar de Wmo, "
                "schuldhulp naar de schulden. Snel en eenvoudig bij één vraag, maar andere problemen in het "
                "huishouden blijven buiten beeld tot ze zich via een ander loket melden.",
)
