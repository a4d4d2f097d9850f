"""English: the report's words for readers outside the Netherlands.

Dutch terms that are the real names (toegang, wijkteam, regie, vinkje, Wmo, Jeugdwet,
Participatiewet, schuldhulpverlening) are kept; the statements are quoted in Dutch with a
translation. Labels are in ``en_labels``, statements, glossary and sources in ``en_reference``.
"""

from sim.report.en_labels import DOMAINS, FACTOR_LABELS, KPI_LABELS, MONTHS
from sim.report.en_reference import GLOSSARY, SOURCES, STATEMENT_WORDS

__all__ = ["DOMAINS", "FACTOR_LABELS", "GLOSSARY", "KPI_LABELS", "MONTHS", "SOURCES", "WORDS"]

_NUMBERS = {
    "unknown": "unknown", "not_measured": "not measured", "date": "{day} {month} {year}",
    "list_grows": "overloaded: the waiting list grows (about {growth} a year) in {k} of {n} runs; no steady wait",
    "list_held": "overloaded: the waiting list stays level only because people give up, in {k} of {n} runs",
    "list_grows_short": "overloaded: the list grows, no steady wait", "list_held_short": "overloaded",
    "constant": "the same in every run", "about": "about", "longer": "longer", "shorter": "shorter",
    "higher": "higher", "lower": "lower", "no_clear_change": "not demonstrably different",
    "unit_days": "days", "unit_weeks": "weeks", "unit_months": "months", "unit_million": "M",
    "unit_points": " percentage points",
    "judge_better": "clearly better", "judge_worse": "clearly worse", "judge_unclear": "no demonstrable difference",
    "judge_higher": "clearly higher", "judge_lower": "clearly lower",
    "word_better": "better", "word_worse": "worse", "word_unclear": "no demonstrable difference",
    "word_lower_less_help": "lower, but by giving less help", "word_higher": "higher",
    "word_lower": "lower", "basis": "baseline",
}

_COVER = {
    "title": "Integral access for everyone, or only for multiple problems?",
    "subtitle": "A simulation of access to social support in {municipality}",
    "cover": "Municipality {municipality} \u00b7 computed on {date} \u00b7 integraal {version} (version {commit})",
    "page_label": "page {n} of {total}",
    "h_contents": "Contents",
}

_PAGE_ONE = {
    "h_summary": "Summary for the board",
    "compared": "{n} ways to organise access, simulated for {municipality} ({inhabitants} inhabitants): each with "
                "the same households and requests, {replications} times over, for {years} years. The baseline is "
                "{reference}.",
    "h_messages": "Key messages",
    "msg_wheelchair": "Under {integral} a resident with a single Wmo request, such as a wheelchair, waits {change} for "
                      "help than under {reference}.",
    "msg_wheelchair_targeted": "Under {targeted} the wait is {change}.",
    "msg_all_designs": "all {n} designs",
    "msg_overload": "Under {who} Wmo access is overloaded: more requests come in than staff can handle, and the list "
                    "stays level only because people give up. The waits are a sign of too few staff, not a forecast.",
    "msg_fte_part": "{design} about {fte} FTE",
    "msg_capacity": "To wait as briefly as under {reference}, extra staff is needed: {parts}.",
    "msg_multi_targeted": "Multi-problem households gain {word} self-reliance under {targeted} than under {integral}.",
    "msg_multi_integral": "Under {integral} they gain {word} than under {reference}.",
    "progress_better": "more", "progress_worse": "less", "progress_unclear": "not demonstrably different",
    "progress_higher": "more", "progress_lower": "less",
    "msg_cost_same": "{integral} costs not demonstrably more or less than {reference}.",
    "msg_cost_cheaper_less_help": "{integral} looks {amount} a year cheaper, but only because less help is given while "
                                  "people wait: about {unmet} more need-days without help per 1,000 households a year.",
    "msg_cost_cheaper": "{integral} is about {amount} a year cheaper than {reference}.",
    "msg_cost_dearer": "{integral} costs about {amount} a year more than {reference}.",
    "h_decision": "Decision table", "col_criterion": "criterion",
    "criterion_wait_median_days_wmo_single_need": "Wait until help, single Wmo request",
    "criterion_within_norm_share_wmo": "Wmo decisions within the legal term of 8 weeks",
    "criterion_coordination_share": "Coordination load: working time spent on coordination",
    "criterion_zrm_change_follow_up_mean_multiproblem": "Gain in self-reliance, multi-problem households (12 months)",
    "criterion_zrm_change_follow_up_mean_single_problem": "Gain in self-reliance, single-problem households (12 "
                                                          "months)",
    "criterion_cost_eur_per_year": "Cost per year",
    "criterion_extra_fte": "Extra staff needed to wait as briefly as the baseline",
    "capacity_reference": "baseline", "capacity_not_searched": "not computed",
    "capacity_fte": "about {fte} FTE", "capacity_unreached": "(not reachable at: {organisations})",
    "decision_note": "Blue: better than the baseline; orange: worse; grey: no demonstrable difference. The word in "
                     "each "
                     "cell says what the colour says. Brackets: the margin (95% interval). An overloaded list is "
                     "told in words: it has no steady wait.",
    "h_meaning": "What this means",
    "meaning_wait": "waits {change} than the baseline",
    "meaning_multi": "outcome for multiple problems {word}", "meaning_cost": "cost {word}",
    "cost_better": "lower", "cost_worse": "higher", "cost_unclear": "not demonstrably different",
    "h_robust_all": "How robust each comparison is", "h_robust": "How sure is this",
    "no_robustness": "No exploration of the assumptions came with this report (make discover, then report "
                     "--robustness).",
    "robust_note": "Computed for a town of 50,000 with the same staff per inhabitant, over 200 sets of assumptions "
                   "within their plausible ranges.",
    "robust_criterion_waits": "waits", "robust_criterion_multi-problem-outcomes": "multi-problem outcomes",
    "robust_criterion_cost": "cost",
    "robust_line": "{winner} better than {loser} on {criterion}: in {share}% [{low} \u2013 {high}] of the plausible "
                   "assumptions.",
    "robust_tie": "{a} and {b} on {criterion}: no clear difference in {share}% [{low} \u2013 {high}] of the plausible "
                  "assumptions.",
}

_READING = {
    "h_caveats": "Keep in mind",
    "rule_clear": "Brackets: the margin (95% interval). \u2018Clearly\u2019 means the whole margin of the difference "
                  "lies on one side of zero; otherwise there is no demonstrable difference.",
    "caveat_failed": "{failed} of the {total} runs failed and are not counted.",
    "caveat_few_replications": "Each design ran only {n} times: margins are wide, small differences are not "
                               "demonstrable. For a decision: run more.",
    "caveat_no_groups": "These results do not split outcomes into multi-problem and single-problem households.",
    "caveat_dirty": "The code differed from version {commit} when it ran; the results cannot be reproduced exactly.",
    "caveat_cost": "Cost is the paid staff plus delivered provisions and the free budget. Help that starts late or not "
                   "at all costs nothing: a design with longer waits looks cheaper than it is. Look at the need-days "
                   "without help too.",
    "caveat_assumptions_top": "The model rests on assumptions, each with a documented range. The sensitivity analysis "
                              "names \u2018{factor}\u2019 as the one that matters most.",
    "caveat_assumptions": "The model rests on assumptions, each with a documented range; no sensitivity analysis came "
                          "with these results.",
}

_MUNICIPALITY = {
    "h_municipality": "What this means for {municipality}",
    "municipality_example": "These results are about {municipality}, an example town with figures from national "
                            "sources. For your own municipality: enter your figures with \u2018integraal gemeente "
                            "init\u2019 and run the comparison on that scenario (see the manual).",
    "municipality_own": "These results are about {municipality}, with its own figures. Below they stand beside what "
                        "the "
                        "model shows under {reference}: the closer, the more the simulated {municipality} resembles "
                        "the real one.",
    "municipality_fit": "Where the figures differ much, read the conclusions with more caution.",
    "col_figure": "figure", "col_observed": "municipality", "col_simulated": "model ({reference})",
    "observed_waits-wmo_days": "Wmo wait until decision", "observed_waits-youth_days": "youth-care wait until decision",
    "observed_waits-debt_days": "debt help, wait until first conversation",
    "observed_waits-wmo_within_norm": "Wmo decisions within the term",
    "observed_waits-youth_within_norm": "youth-care decisions within the term",
    "observed_waits-debt_within_norm": "debt help: first conversation within the term",
    "observed_clients-debt_requests": "debt-help requests a year",
}

_WAITS = {
    "h_waits": "Waits and legal terms",
    "waits_definition": "Two waits, the same throughout this report. Wait until decision: days from the request to the "
                        "decision, or to the first conversation in debt help; the legal term tests this. Wait until "
                        "help: days from the request until help starts. Both as medians.",
    "waits_terms": "Terms: {terms}.",
    "waits_unstable": "When a list grows, or stays level only because people give up, there is no steady wait: it "
                      "depends on how long one simulates and on who gives up. Such waits are rounded and in words.",
    "wait_kind_0": "until decision", "wait_kind_1": "until help", "wait_kind_2": "within the term",
    "col_wait": "wait", "axis_days_to_decision": "days until decision (median)", "legend_norm": "legal term",
    "cap_waits": "Wait until decision per domain and design (median, with margin); dashed: the legal term.",
    "wheelchair": "The wheelchair under integral access for all: the share of Wmo decisions within the legal term, "
                  "{design} against {reference}: {diff} ({judgement}).",
    "h_capacity": "Staffing: are there enough people?",
    "capacity_intro": "Per domain whether the waiting list is stable. Overloaded: more requests come in than staff "
                      "can handle.",
    "col_domain": "domain", "state_stable": "stable", "state_held": "overloaded, held by people giving up ({k} of {n})",
    "state_growing": "grows ({k} of {n})",
    "capacity_missing": "No staffing search came with this report (make capacity, then report --capacity).",
    "capacity_search": "How many extra staff each design needs to wait as briefly as under {reference} (until help), "
                       "per organisation; brackets: the answers of the separate replications.",
    "col_organisation": "organisation", "col_extra_fte": "extra FTE", "col_cost_year": "cost per year",
    "capacity_total": "together", "capacity_not_reached": "not reachable within three times today's staff",
}

_SECTIONS = {
    "col_kpi": "indicator", "col_design": "design", "col_mean": "mean [margin]",
    "col_diff": "difference from {reference} [margin]",
    "h_tradeoff": "The trade-off: waiting, coordinating and outcome",
    "tradeoff_intro": "Each design is one point: working time spent on coordination against the Wmo wait, and what it "
                      "brings households. Bars are margins.",
    "cap_tradeoff": "Left: coordination load and Wmo wait until help. Right: coordination load and gain in "
                    "self-reliance (ZRM) 12 months after a request.",
    "fig_tradeoff_left": "Waiting and coordinating", "fig_tradeoff_right": "Coordinating and outcome",
    "axis_coordination_share": "coordination load (% of working time)",
    "axis_wait_median_days_wmo": "Wmo wait until help, median (days)",
    "axis_zrm_change_follow_up_mean": "ZRM change after 12 months (points)",
    "axis_resolved_share": "resolved help episodes (%)",
    "axis_crises_per_1000_households_per_year": "crises per 1,000 households per year",
    "axis_cost_eur_per_year": "cost per year (\u20ac M)",
    "axis_professionals_per_helped_household": "professionals per helped household",
    "axis_difference": "{kpi}: difference from {reference}",
    "h_coordination": "Coordination load over time",
    "no_weekly": "These results hold no weekly series, so the course over time cannot be shown.",
    "coordination_intro": "Per week the share of all working time spent on coordination, averaged over replications, "
                          "with its margin as a band.",
    "cap_coordination": "Coordination load per week; the dotted line marks the end of the warm-up.",
    "coordination_moving": "Under {design} the coordination load still {way} in the measured years: not settled.",
    "rises": "rises", "falls": "falls",
    "coordination_settled": "In the measured years the coordination load is settled under every design (less than 10% "
                            "between the first and the last year).",
    "fig_warmup_end": " end of warm-up", "fig_week": "week",
    "h_outcomes": "Outcomes for households",
    "groups_intro": "Outcomes for multi-problem and single-problem households separately.",
    "no_groups": "These results hold no outcomes per household group.",
    "outcomes_intro": "Outcomes over all households and help episodes.",
    "cap_outcomes": "Resolved help episodes, gain in self-reliance and crises (with margins).",
    "h_professionals": "Professionals per household",
    "professionals_intro": "The mean number of different professionals a helped household sees.",
    "h_cost": "Cost",
    "cost_intro": "Paid staff at the hourly rate, plus provisions and the free budget, per year. The figure shows the "
                  "difference from the baseline, which is what you weigh.",
    "cap_difference": "{kpi}: difference from {reference}, with margin (95% interval).",
    "missing_kpi": "The indicator \u2018{kpi}\u2019 is missing from these results.",
}

_STATEMENTS = {
    "h_statements": "Fifteen statements tested",
    "statements_intro": "The fifteen statements of Bijlage 1 of the Sociale Dienst Drechtsteden note (2018). Per "
                        "statement: can the model test it (tested), in part (partly testable), or not, because it is a "
                        "value choice or outside the model (normative). A comparison supports a statement when the "
                        "margin of the difference lies on the predicted side of zero, contradicts it on the other "
                        "side, "
                        "and says nothing when it holds zero.",
    "statements_source": "Tested on a run of its own with every design the statements need: {designs} "
                         "({municipality}, {replications} replications, the same households per replication).",
    "col_number": "no.", "col_statement": "statement", "col_kind": "kind", "col_verdict": "verdict",
    "kind_tested": "tested", "kind_partly": "partly testable", "kind_normative": "normative or outside the model",
    "verdict_normative": "not testable", "verdict_short_not_run": "not in these results",
    "statement_heading": "Statement {n}", "label_kind": "Kind", "label_why": "Why it cannot be tested",
    "verdict_not_tested": "Not tested in these results: it needs {roles}. The experiment {experiment} runs those "
                          "designs; a report of it tests this statement.",
    "label_verdict": "Verdict by the rules", "label_shows": "What the simulation shows", "label_sure": "How sure",
    "label_cannot": "What the model cannot say",
    "verdict_supported": "supported", "verdict_contradicted": "contradicted",
    "verdict_mixed": "mixed: some clear differences support the statement, others contradict it",
    "verdict_undecided": "undecided (no demonstrable differences)",
    "role_sectoral": "sectoral access", "role_integral_all": "integral access for all",
    "role_targeted": "a targeted integral route (vinkje or integral team)", "role_one_desk": "one desk",
    "role_no_wrong_door": "no wrong door or sectoral access", "role_strict_avg": "strict GDPR (AVG)",
    "role_free_budget": "a free budget", "role_one_owner": "opdrachtgeverschap (one responsible party)",
    "comparison": "{kpi}: {a} against {b}: {diff} \u2013 {agreement}",
    "agreement_agrees": "supports the statement", "agreement_disagrees": "contradicts the statement",
    "agreement_silent": "says nothing about the statement",
    "certainty": "{clear} of the {total} comparisons show a clear difference ({agree} support the statement, "
                 "{disagree} contradict it), over {n} replications. That certainty holds within the model and its "
                 "assumptions.",
    "certainty_sensitivity": "The assumption with the most influence is \u2018{factor}\u2019 (see sensitivity).",
    "certainty_no_sensitivity": "Without a sensitivity analysis it is unknown how much this depends on assumptions.",
    "missing_kpis": "Not in these results: {kpis}.",
}

_STUDIES = {
    "h_sensitivity": "Sensitivity: which assumptions matter most",
    "no_sensitivity": "No sensitivity analysis came with these results.",
    "sensitivity_intro": "Each uncertain assumption was moved across its whole plausible range, one at a time from "
                         "ever other starting points (Morris screening). Per comparison and outcome, the three "
                         "assumptions that change the difference between two designs most: the mean effect of such "
                         "a move, with its margin. {design}",
    "sensitivity_design": "Computed for a town of {inhabitants} with the same staff per inhabitant, {years} years "
                          "measured after {warmup} years of warm-up; {factors} assumptions, {trajectories} starting "
                          "points, each point run {replications} times.",
    "sensitivity_design_unknown": "On which town and over which period the analysis ran is not known.",
    "col_comparison": "comparison", "col_outcome": "outcome", "col_top_factors": "most influential assumptions",
    "contrast": "{a} minus {b}",
    "cap_sensitivity": "Relative influence per assumption (1 = the largest), averaged over comparisons and outcomes.",
    "fig_sensitivity_x": "relative influence (0 to 1)",
    "h_designs_all": "The ways to organise access",
    "designs_intro": "Every design the model knows (descriptions in Dutch, from the design registry); the compared "
                     "ones first.",
    "col_compared": "compared", "compared_yes": "yes", "col_description": "what happens",
    "h_glossary": "Glossary", "col_term": "term", "col_meaning": "meaning",
    "h_sources": "Sources",
    "h_colophon": "Colophon",
    "colophon": "Made with integraal {version} (version {commit}), an open simulation model of access in the Dutch "
                "social domain. The runs date from {date}. The model uses a synthetic population only, no data of "
                "real residents, and sends nothing anywhere. Every result can be recomputed with the same start "
                "numbers (see the appendix).",
}

_APPENDIX = {
    "h_appendix": "Appendix: how these results were made",
    "appendix_intro": "For whoever wants to redo the runs. The full record is in the results folder.",
    "h_scenarios": "Designs and scenarios", "col_scenario": "scenario", "col_access": "access",
    "h_parameters": "Settings that differ",
    "parameters_intro": "Values from the scenario files as they are now, with the experiment's settings.",
    "scenario_note": "The scenarios could not be loaded; their settings are missing.",
    "col_parameter": "setting",
    "h_runs": "Runs and start numbers", "col_runs": "runs", "col_ok": "succeeded", "col_seeds": "start numbers",
    "seeds": "start number {roots}, replications {first} to {last}",
    "h_versions": "Versions", "col_item": "item", "col_value": "value",
    "version_commit": "code version", "version_dirty": " (with uncommitted changes)", "version_python": "Python",
    "version_system": "operating system", "version_period": "computed",
}

WORDS = {**_NUMBERS, **_COVER, **_PAGE_ONE, **_READING, **_MUNICIPALITY, **_WAITS, **_SECTIONS, **_STATEMENTS,
         **STATEMENT_WORDS, **_STUDIES, **_APPENDIX}
