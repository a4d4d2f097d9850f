"""What every section of the report needs: the data, the words, the designs and their roles."""

from __future__ import annotations

from dataclasses import dataclass

from sim.report.compared_scenarios import DesignInfo, design_infos, shared_value
from sim.report.data import ResultsData
from sim.report.roles import assign_roles
from sim.report.text import Text


@dataclass(frozen=True)
class Context:
    """What every section reads: the results, the words of the language and the compared designs."""
    data: ResultsData
    text: Text
    designs: list[str]
    infos: dict[str, DesignInfo]
    roles: dict[str, str]
    scenario_note: str

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


def make_context(data: ResultsData, lang: str) -> Context:
    """The context of ``data`` for a report in ``lang``."""
    designs = list(dict.fromkeys(data.runs["design"]))
    infos, note = design_infos(data.folder, data.manifest, designs)
    return Context(data, Text(lang), designs, infos, assign_roles(infos), note)
