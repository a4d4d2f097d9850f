"""The caveats of these results, chosen by fixed rules, and the outcome KPIs split by household group.

Caveats: the problems of these results that weigh most, in a fixed order of priority: failed
runs, few replications, outcomes not split by household type, code that differed from its
commit. Then always: cost counts delivered help only (a design that delays help looks cheaper),
and behavioural parameters are assumptions (naming the one that matters most in the Morris
table, when there is one).
"""

from __future__ import annotations

from dataclasses import dataclass

GROUP_SUFFIXES = ("_multiproblem", "_single_problem")
GROUP_KPIS = ("zrm_change_follow_up_mean", "resolved_share", "professionals_per_helped_household")
"""Outcomes split by household type would be ``<kpi>_multiproblem`` and ``<kpi>_single_problem``."""
FEW_REPLICATIONS = 10


@dataclass(frozen=True)
class Caveat:
    """A caveat to print, with the values its text needs."""
    key: str
    values: dict


def group_kpis(kpis: tuple[str, ...]) -> list[str]:
    """The outcome KPIs split by multi-problem and single-problem households that are present."""
    return [f"{k}{s}" for k in GROUP_KPIS for s in GROUP_SUFFIXES if f"{k}{s}" in kpis]


def caveats(data, top_factor: str | None) -> list[Caveat]:
    """The caveats that apply to these results: failed runs, few replications, uncommitted code, ..."""
    runs, manifest = data.runs, data.manifest
    replications = int(data.ok_runs.groupby("design")["replication"].nunique().min())
    failed = int((runs["status"] != "ok").sum())
    found = []
    if failed:
        found.append(Caveat("caveat_failed", {"failed": failed, "total": len(runs)}))
    if replications < FEW_REPLICATIONS:
        found.append(Caveat("caveat_few_replications", {"n": replications}))
    if not group_kpis(data.kpis):
        found.append(Caveat("caveat_no_groups", {}))
    if manifest.get("git", {}).get("dirty"):
        found.append(Caveat("caveat_dirty", {"commit": str(manifest["git"].get("commit", ""))[:10]}))
    assumption = Caveat("caveat_assumptions_top", {"factor": top_factor}) if top_factor else Caveat(
        "caveat_assumptions", {})
    return [*found, Caveat("caveat_cost", {}), assumption]
