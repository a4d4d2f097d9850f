"""The technical appendix: the designs and their scenarios, the runs and their start numbers, the versions.

Readable tables only, no raw JSON: a colleague who wants to redo the runs finds the scenario of
every design, how many runs each had and with which start numbers (seeds), and the versions of
the code and the libraries. The full manifest stays in the results folder (manifest.json).
"""

from __future__ import annotations

from sim.report.compared_scenarios import differing
from sim.report.context import Context
from sim.report.document import Heading, PageBreak, Paragraph, Table

MAX_DIFFERING = 40


def appendix_blocks(ctx: Context) -> list:
    """The technical appendix: designs and scenarios, differing parameters, runs and versions."""
    t = ctx.text
    return [PageBreak(), Heading(t("h_appendix")), Paragraph(t("appendix_intro"), "note"),
            Heading(t("h_scenarios"), 3),
            Table((t("col_design"), t("col_scenario"), t("col_access")),
                  tuple((ctx.title(d), ctx.infos[d].name, ctx.title(d) if d == ctx.infos[d].access else
                         ctx.infos[d].access) for d in ctx.designs)),
            *_parameters(ctx), Heading(t("h_runs"), 3), _runs_table(ctx),
            Heading(t("h_versions"), 3), _versions(ctx)]


def _parameters(ctx: Context) -> list:
    """The settings that differ between the designs, by their reader's names."""
    t = ctx.text
    blocks = [Heading(t("h_parameters"), 3), Paragraph(t("parameters_intro"), "note")]
    if ctx.scenario_note:
        blocks.append(Paragraph(t("scenario_note"), "note"))
    diff = differing(ctx.infos)
    rows = tuple((t.factor(key), *(_value(ctx, key, values.get(d)) for d in ctx.designs))
                 for key, values in list(diff.items())[:MAX_DIFFERING])
    return [*blocks, Table((t("col_parameter"), *map(ctx.title, ctx.designs)), rows)] if rows else blocks


def _value(ctx: Context, key: str, value) -> str:
    if key == "design.access":
        return next((ctx.title(d) for d in ctx.designs if ctx.infos[d].access == value), str(value))
    if isinstance(value, float):
        return ctx.text.number(value, 2)
    return "" if value is None else str(value)


def _runs_table(ctx: Context) -> Table:
    t, runs = ctx.text, ctx.data.runs
    rows = []
    for design, group in runs.groupby("design", sort=False):
        roots = sorted({str(r) for r in group["seed_root"]})
        rows.append((ctx.title(design), str(len(group)), str(int((group["status"] == "ok").sum())),
                     t("seeds", roots=", ".join(roots), first=int(group["replication"].min()),
                       last=int(group["replication"].max()))))
    return Table((t("col_design"), t("col_runs"), t("col_ok"), t("col_seeds")), tuple(rows))


def _versions(ctx: Context) -> Table:
    t, m = ctx.text, ctx.data.manifest
    git = m.get("git", {})
    rows = [(t("version_commit"), f"{git.get('commit', '')}{t('version_dirty') if git.get('dirty') else ''}"),
            (t("version_python"), str(m.get("python", "")).split(" ")[0]),
            (t("version_system"), str(m.get("platform", "")).split("-")[0]),
            (t("version_period"), _period(ctx))]
    rows += [(name, str(v)) for name, v in m.get("packages", {}).items()]
    return Table((t("col_item"), t("col_value")), tuple(rows))


def _period(ctx: Context) -> str:
    """From the day the runs started to the day they finished."""
    m, t = ctx.data.manifest, ctx.text
    return " \u2013 ".join(t.date(str(m.get(k, ""))[:10]) for k in ("started", "finished"))
