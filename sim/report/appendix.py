"""The technical appendix of the report.

The technical appendix: designs and their scenarios, the parameters that differ, replications and
seeds, versions, and the manifest as it is.
"""

from __future__ import annotations

import json

from sim.report.compared_scenarios import differing
from sim.report.context import Context
from sim.report.document import Heading, PageBreak, Paragraph, Table

MAX_DIFFERING = 40


def appendix_blocks(ctx: Context) -> list:
    """The technical appendix: designs and scenarios, differing parameters, runs and versions."""
    t, m = ctx.text, ctx.data.manifest
    blocks = [PageBreak(), Heading(t("h_appendix")), Heading(t("h_designs"), 3),
              Table((t("col_design"), t("col_scenario"), t("col_description")),
                    tuple((d, ctx.infos[d].name, ctx.infos[d].description) for d in ctx.designs)),
              *_parameters(ctx), Heading(t("h_runs"), 3), _runs_table(ctx),
              Heading(t("h_versions"), 3), _versions(ctx),
              Heading(t("h_manifest"), 3), Paragraph(json.dumps(m, indent=1, ensure_ascii=False), "code")]
    return blocks


def _parameters(ctx: Context) -> list:
    t = ctx.text
    blocks = [Heading(t("h_parameters"), 3), Paragraph(t("parameters_intro"), "note")]
    if ctx.scenario_note:
        blocks.append(Paragraph(t("scenario_note", note=ctx.scenario_note), "note"))
    diff = differing(ctx.infos)
    rows = tuple(
        (key, *(str(values.get(d, "")) for d in ctx.designs)) for key, values in list(diff.items())[:MAX_DIFFERING]
    )
    return [*blocks, Table((t("col_parameter"), *ctx.designs), rows)] if rows else blocks


def _runs_table(ctx: Context) -> Table:
    t, runs = ctx.text, ctx.data.runs
    rows = []
    for design, group in runs.groupby("design", sort=False):
        seeds = sorted({f"{r}/{k}" for r, k in zip(group["seed_root"], group["seed_spawn_key"])})
        rows.append((design, str(len(group)), str(int((group["status"] == "ok").sum())), ", ".join(seeds)))
    return Table((t("col_design"), t("col_runs"), t("col_ok"), t("col_seeds")), tuple(rows))


def _versions(ctx: Context) -> Table:
    m = ctx.data.manifest
    git = m.get("git", {})
    rows = [("git commit", f"{git.get('commit', '')}{' (dirty)' if git.get('dirty') else ''}"),
            ("python", str(m.get("python", ""))), ("platform", str(m.get("platform", ""))),
            ("started / finished", f"{m.get('started', '')} / {m.get('finished', '')}")]
    rows += [(name, str(v)) for name, v in m.get("packages", {}).items()]
    return Table((ctx.text("col_item"), ctx.text("col_value")), tuple(rows))
