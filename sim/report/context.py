"""What every section of the report needs: the data, the words, the designs and their roles."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from sim.access.registry import designs as registered
from sim.report.compared_scenarios import DesignInfo, design_infos, shared_value
from sim.report.data import ResultsData
from sim.report.roles import assign_roles
from sim.report.text import Text


@dataclass(frozen=True)
class Context:
    """What every section reads: the results, the words of the language and the compared designs.

    ``capacity`` is the table of ``integraal capacity --out`` and ``robustness`` the
    ``robustness.csv`` of ``integraal discover``, when the report was given them.
    """
    data: ResultsData
    text: Text
    designs: list[str]
    infos: dict[str, DesignInfo]
    roles: dict[str, str]
    scenario_note: str
    capacity: pd.DataFrame | None = None
    robustness: pd.DataFrame | None = None

    @property
    def runs(self):
        """The runs that ended well."""
        return self.data.ok_runs

    def shared(self, key: str):
        """The value of ``key`` shared by all compared designs, or None when they differ."""
        return shared_value(self.infos, key)

    def replications(self) -> int:
        """The fewest replications any design has."""
        return int(self.runs.groupby("design")["replication"].nunique().min()) if len(self.runs) else 0

    def title(self, design: str) -> str:
        """The reader's name of a design: the registry's Dutch label, or the scenario's own name.

        ``integrale-toegang`` is "Integrale toegang voor iedereen"; a design the experiment gave a
        label of its own (a scenario file of a user) keeps the name in that file.
        """
        info = self.infos.get(design)
        if info is None:
            return design
        record = registered().get(info.access)
        if record is not None and design == info.access:
            return record.label
        return info.name or design

    def town(self) -> dict:
        """What the manifest records of the user's own town (``integraal sweep --gemeente``), or {}."""
        return self.data.manifest.get("plan", {}).get("gemeente") or {}

    def municipality(self) -> str:
        """The municipality the designs ran on: the user's town, else their shared root scenario, or 'unknown'."""
        if self.town().get("name"):
            return str(self.town()["name"])
        names = sorted({i.municipality for i in self.infos.values() if i.municipality})
        return ", ".join(names) or self.text("unknown")


def make_context(data: ResultsData, lang: str, capacity: pd.DataFrame | None = None,
                 robustness: pd.DataFrame | None = None) -> Context:
    """The context of ``data`` for a report in ``lang``."""
    designs = list(dict.fromkeys(data.runs["design"]))
    infos, note = design_infos(data.folder, data.manifest, designs)
    return Context(data, Text(lang), designs, infos, assign_roles(infos), note, capacity, robustness)
