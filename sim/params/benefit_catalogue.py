"""Parameters of the benefits of integral work (issue 15), part of the catalogue.

Story: a youth worker who finds a boy's school problems at his mother's debt intake helps at
ZRM 3, two months after the problems began; the same boy asked about a year later, when the
school has sent him home (ZRM 2), takes longer to help and is helped less often. A regisseur who
follows a family notices a need worsening and acts before it becomes a crisis. Each benefit is a
mechanism with a range that starts at zero (no effect, as several Dutch evaluations with a
comparison group found), so a run can let integral work win or lose (DOMAIN.md section 3b:
"a fair model lets the benefit parameters span from zero to the optimistic end").

The early-help factor of a help episode (:meth:`sim.agents.episode.Episode.early_help_factor`)
is ``(1 + severity_success_gain x (ZRM at help start - reference_zrm)) x exp(-wait_success_loss_per_year
x (days without help - reference_wait_days) / 365)``; the reference points are, per domain, the
sectoral baseline's mean ZRM and mean days without help at the start of help (Middelstad), so the
baseline keeps about the mean help success it was calibrated with and each domain's
``help.<d>.success_probability`` is the chance at that domain's typical level and wait (one
reference for all domains made debt help, started at ZRM 1.9 after 193 days, fail so much more
often that the debt-help list overflowed: 42 days to a first conversation against 12).
"""

from __future__ import annotations

from sim.params.definitions import Param

P = Param
A = "assumption"
EVIDENCE = ("DOMAIN.md 3b: case management meta-analysis SMD 0.07 [0.00, 0.14] on self-rated health (Stokes et al. "
            "2015); integrated care review: better access, inconsistent effects on outcomes (Baxter et al. 2018); "
            "Dutch evaluations with a comparison group find no effect")
BASELINE = ("mean over the domain's help episodes that ended in the measured years of the sectoral baseline with "
            "the benefits off (Middelstad, 8 + 3 years, seeds 0 and 1; 21,777 episodes in all); docs/calibration.md, "
            "'Benefits of integral work'")
REFERENCES = {  # domain: (mean ZRM, mean days without help) at the start of help in that baseline
    "wmo": (2.54, 89.0),
    "youth": (2.24, 125.0),
    "work_income": (2.47, 88.0),
    "debt": (1.77, 198.0),
    "social": (2.01, 170.0),
}


def _references(domain: str) -> list[Param]:
    zrm, days = REFERENCES[domain]
    return [
        P(f"benefit.{domain}.reference_zrm", zrm, "ZRM", "ZRM at the start of help at which the severity factor "
          "is 1: the sectoral baseline's mean in this domain, so the baseline keeps the domain's mean help success",
          (1.0, 3.0), None, BASELINE, "calibrated"),
        P(f"benefit.{domain}.reference_wait_days", days, "days", "Days without help at the start of help at which "
          "the wait factor is 1: the sectoral baseline's mean in this domain, so the baseline keeps the domain's "
          "mean help success", (0.0, 36500.0), None, BASELINE, "calibrated"),
    ]


EARLY_HELP = [
    P("benefit.severity_success_gain", 0.15, "1/ZRM point", "Help success is multiplied by (1 + this x (ZRM at "
      "the start of help - benefit.<d>.reference_zrm)): help that starts at a less severe level succeeds more "
      "often; 0 turns it off", (0.0, 1.0), (0.0, 0.3), EVIDENCE + "; size an assumption", A),
    P("benefit.wait_success_loss_per_year", 0.25, "1/year", "Help success is multiplied by exp(-this x (days "
      "the need went without help - benefit.<d>.reference_wait_days) / 365), counted from the need's onset (or the "
      "end of its last help that did not resolve it) to the start of help: a need found early is helped "
      "better; 0 turns it off", (0.0, 10.0), (0.0, 0.5), EVIDENCE + "; size an assumption", A),
]

REGIE = [
    P("benefit.regie_worsening_reduction", 0.25, "share", "While an effective plan with a named lead "
      "(regisseur) is open in a household, its needs that are not in help worsen (and reach crisis) at "
      "(1 - this) of their rate: the regisseur notices and acts before a need escalates; 0 turns it off",
      (0.0, 1.0), (0.0, 0.5), "assumption; UK Troubled Families phase 2 fewer children in care (MHCLG 2019) "
      "against phase 1 no significant impact (NIESR 2016); Top600 Amsterdam no reduction (WODC 2023) "
      "(DOMAIN.md 3b)", A),
]

BENEFIT_PARAMS: list[Param] = EARLY_HELP + [p for d in REFERENCES for p in _references(d)] + REGIE
