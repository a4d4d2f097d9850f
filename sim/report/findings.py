"""The key findings and the caveats of the management summary, chosen by fixed rules.

Findings: for each headline KPI that the results hold (the Wmo wait of single-need households,
the share of Wmo requests within the legal norm, the coordination share, the change in
self-reliance 12 months after a request, the cost), the reference design's mean with its interval and
every other design's paired difference with its interval and judgement. At most five.

Caveats: three. First the one problem of these results that weighs most, if any, in a fixed
order of priority: failed runs, few replications, outcomes not split by household type, code that
differed from its commit. Then always: cost counts delivered help only (a design that delays help
looks cheaper), and behavioural parameters are assumptions (naming the one that matters most in
the Morris table, when there is one).
"""

from __future__ import annotations

from dataclasses import dataclass

from sim.report.numbers import Estimate, design_estimate, judgement, paired

FINDING_KPIS = (("wait_median_days_wmo_single_need", "wait_median_days_wmo"), ("within_norm_share_wmo",),
                ("coordination_share",), ("zrm_change_follow_up_mean",), ("cost_eur_per_year",))
"""Per finding, the KPIs to use in order of preference."""
GROUP_SUFFIXES = ("_multiproblem", "_single_problem")
GROUP_KPIS = ("zrm_change_follow_up_mean", "resolved_share", "professionals_per_helped_household")
"""Outcomes split by household type would be ``<kpi>_multiproblem`` and ``<kpi>_single_problem``."""
FEW_REPLICATIONS = 10


@dataclass(frozen=True)
class Finding:
    """One key finding: a KPI's estimate for the reference and each other design."""
    kpi: str
    reference: str
    reference_estimate: Estimate
    others: tuple[tuple[str, Estimate, str], ...]
    """(design, paired difference against the reference, judgement)"""


@dataclass(frozen=True)
class Caveat:
    """A caveat to print under the findings, with the values its text needs."""
    key: str
    values: dict


def key_findings(runs, designs: list[str], reference: str, kpis: tuple[str, ...]) -> list[Finding]:
    """The key findings of the first-page summary: one per KPI group present in the runs."""
    findings = []
    for options in FINDING_KPIS:
        kpi = next((k for k in options if k in kpis and design_estimate(runs, reference, k).known), None)
        if kpi is None:
            continue
        others = tuple((d, diff, judgement(diff, kpi)) for d in designs if d != reference
                       for diff in [paired(runs, d, reference, kpi)])
        findings.append(Finding(kpi, reference, design_estimate(runs, reference, kpi), others))
    return findings


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
    return [*found[:1], Caveat("caveat_cost", {}), assumption]
