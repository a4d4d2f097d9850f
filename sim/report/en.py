"""English: the report's words for readers outside the Netherlands.

Dutch terms that are the real names (toegang, wijkteam, regie, vinkje, Wmo, Jeugdwet, Participatiewet,
schuldhulpverlening) are kept; the statements of seed 004 are quoted in Dutch with a translation.
"""

DOMAINS = {"wmo": "Wmo (support at home)", "youth": "Jeugdwet (youth care)",
           "work_income": "Participatiewet (work and income)", "debt": "schuldhulpverlening (debt help)",
           "social": "welzijn (social network)"}

KPI_LABELS = {
    "wait_median_days_wmo": "Wmo waiting time (median)",
    "wait_median_days_wmo_single_need": "Wmo waiting time, single-need request (median)",
    "within_norm_share_wmo": "Wmo requests within the legal deadline",
    "coordination_share": "coordination load (share of capacity)",
    "direct_help_share": "time for direct help (share of capacity)",
    "zrm_change_follow_up_mean": "change in self-reliance (ZRM) 12 months after a request",
    "zrm_change_follow_up_mean_multiproblem": "change in self-reliance (ZRM) 12 months after a request, "
                                              "households with problems in three or more domains",
    "zrm_change_resolved_mean": "change in self-reliance (ZRM) from request to end, resolved help",
    "zrm_change_ended_mean": "change in self-reliance (ZRM) from request to end, all ended requests",
    "unmet_need_days_per_1000_households_per_year": "need-days without help per 1,000 households per year",
    "crisis_cost_eur_per_1000_households_per_year": "cost of crises to society per 1,000 households per year",
    "resolved_share": "help episodes that resolved the problem",
    "crises_per_1000_households_per_year": "crises per 1,000 households per year",
    "evictions_per_1000_households_per_year": "evictions per 1,000 households per year",
    "professionals_per_helped_household": "professionals per helped household",
    "cost_eur_per_year": "cost per year",
    "intrusions_per_1000_requests": "broad intakes felt as intrusion per 1,000 requests",
    "handovers_per_1000_requests": "handovers per 1,000 requests",
    "handover_days_mean": "days per handover (mean)",
    "repeated_intakes_per_1000_requests": "repeated intakes per 1,000 requests",
    "found_needs_per_1000_requests": "needs found per 1,000 requests",
    **{f"within_norm_share_{d}": f"within the deadline: {n}" for d, n in (
        ("youth", "Jeugdwet"), ("work_income", "Participatiewet"), ("debt", "schuldhulpverlening"),
        ("social", "welzijn"))},
}

WORDS = {
    "title": "Access (toegang) in the Dutch social domain: simulation results \u2018{name}\u2019",
    "unknown": "unknown", "not_measured": "not measured",
    "list_grows": "waiting list grows (about {growth} a year) in {k} of {n} runs: no steady wait",
    "list_held": "waiting list held only by withdrawals in {k} of {n} runs",
    "unit_days": "days", "unit_million": "M", "unit_points": " percentage points",
    "h_summary": "Management summary", "h_findings": "Key findings", "h_caveats": "Caveats",
    "compared": "Compared: {n} designs of access (toegang): {designs}. Municipality: {municipality} ({inhabitants} "
                "inhabitants). {replications} replications per design with the same households and requests "
                "(common random numbers); measured over {years} years after {warmup} years of warm-up. Differences "
                "are against {reference}, replication by replication.",
    "finding_diff": "{design} {diff} ({judgement})",
    "judge_better": "clearly better", "judge_worse": "clearly worse", "judge_unclear": "no demonstrable difference",
    "judge_higher": "clearly higher", "judge_lower": "clearly lower",
    "rule_clear": "In brackets the 95% confidence interval. \u2018Clearly\u2019 means: the whole 95% interval of the "
                  "difference lies on one side of zero. Otherwise: no demonstrable difference.",
    "caveat_failed": "{failed} of the {total} runs failed and are left out.",
    "caveat_few_replications": "Only {n} replications per design: intervals are wide and small differences cannot be "
                               "shown. Before a decision: run more replications.",
    "caveat_no_groups": "These results do not split outcomes into multi-problem and single-problem households; what a "
                        "design does for each group cannot be seen here.",
    "caveat_cost": "Cost is paid staff (contract hours, worked or not) plus provisions delivered and free budget. "
                   "Provisions that start later, or not at all, cost nothing: a design with longer waits therefore "
                   "looks cheaper than it is. Look at the cost per helped household and the days requests waited too.",
    "caveat_dirty": "The code differed from commit {commit} when the runs were made; not exactly reproducible.",
    "caveat_assumptions_top": "The model rests on assumptions (coordination time, diffusion of responsibility, the "
                              "vinkje's hit rate). The sensitivity analysis names {factor} as the assumption that "
                              "matters most.",
    "caveat_assumptions": "The model rests on assumptions (coordination time, diffusion of responsibility, the "
                          "vinkje's hit rate); no sensitivity analysis came with these results.",
    "col_kpi": "indicator", "col_design": "design", "col_mean": "mean [95% interval]",
    "col_diff": "difference from {reference} [95% interval]", "col_scenario": "scenario",
    "col_description": "description",
    "col_parameter": "parameter", "col_runs": "runs", "col_ok": "ok", "col_seeds": "seed/replication",
    "col_item": "item", "col_value": "value", "col_rank": "rank", "col_factor": "assumption (parameter)",
    "col_score": "relative influence (0-1)",
    "h_tradeoff": "The trade-off: waiting time against coordination load",
    "tradeoff_intro": "Each design is one point: how much professional time goes to coordination (meetings, case "
                      "conferences, handovers) against the waiting time for Wmo support, and what households gain "
                      "(change in self-reliance). Bars are 95% intervals.",
    "cap_tradeoff": "Left: coordination load and Wmo waiting time. Right: coordination load and change in "
                    "self-reliance (ZRM) from a request to 12 months later. Mean and 95% interval per design.",
    "fig_tradeoff_left": "Waiting and coordinating", "fig_tradeoff_right": "Coordinating and outcome",
    "h_waits": "Waiting times per domain against the legal deadlines",
    "waits_intro": "Per domain the median time to the event the deadline measures (decision or first "
                   "conversation), the deadline as a dashed line. Deadlines in these scenarios: {norms}.",
    "cap_waits": "Median days to the measured event per domain and design (95% interval); dashed: the legal or "
                 "agreed deadline.",
    "legend_norm": "deadline",
    "wheelchair": "The wheelchair under integral access for all: under {design} the share of Wmo requests within the "
                  "legal deadline changes by {diff} against {reference} ({judgement}).",
    "h_coordination": "Coordination load over time",
    "no_weekly": "This results folder holds no weekly series ([record] weekly = true in the experiment file), so "
                 "the course over time cannot be shown.",
    "coordination_intro": "Per week the share of all professional hours that goes to coordination, averaged over "
                          "replications with a 95% band.",
    "cap_coordination": "Coordination load per week; the dotted line marks the end of the warm-up.",
    "fig_warmup_end": " end of warm-up", "fig_week": "week",
    "h_outcomes": "Outcomes: multi-problem households and single-need requests",
    "groups_intro": "Outcomes separately for multi-problem households and households with one problem.",
    "no_groups": "These results hold no outcomes per group (indicators ending in _multiproblem and "
                 "_single_problem); the difference between the groups cannot be shown here. Available are the Wmo "
                 "wait of single-need requests (see findings) and, below, outcomes over all helped households.",
    "outcomes_intro": "Outcomes over all households and help episodes, per design.",
    "cap_outcomes": "Resolved help episodes, change in self-reliance and crises (95% intervals).",
    "h_professionals": "Professionals per household",
    "professionals_intro": "\u2018Tig mensen over de vloer\u2019 (seed 003): the mean number of different "
                           "professionals a helped household deals with.",
    "h_cost": "Cost per design",
    "cost_intro": "Worked professional hours at the hourly cost, plus provisions and the free budget, per year.",
    "missing_kpi": "The indicator {kpi} is missing from these results.",
    "h_statements": "Statements tested (Stellingen getoetst)",
    "statements_intro": "Statements from the note of the Sociale Dienst Drechtsteden (seed 004, Bijlage 1), tested by "
                        "fixed rules: each statement makes a claim about two designs; a comparison supports it when "
                        "the 95% interval of the difference lies on the predicted side of zero, contradicts it when "
                        "it lies on the other side, and says nothing when it holds zero.",
    "statement_heading": "Statement {n}",
    "statement_1": "\u201cEen integrale aanpak loont enkel bij multiprobleem gezinnen\u201d (an integral approach "
                   "only pays off for multi-problem families)",
    "statement_2": "\u201cEen integrale dienstverlening is een meerwaarde voor iedere klant\u201d (integral service "
                   "adds value for every client)",
    "statement_7": "\u201cToegang tot (en regie op) integrale dienstverlening dient via één loket (one-stop-shop) te "
                   "gebeuren.\u201d (access to, and direction of, integral service should go through one desk)",
    "statement_8": "\u201cIntegraal werken begint bij een integrale intake\u201d (integral work begins with an "
                   "integral intake)",
    "statement_15": "\u201cHet belang van de klant prevaleert boven de regels van de AVG.\u201d (the client's "
                    "interest prevails over the rules of the GDPR)",
    "label_verdict": "Verdict by the rules", "label_shows": "What the simulation shows",
    "label_sure": "How sure", "label_cannot": "What the model cannot say",
    "verdict_supported": "supported", "verdict_contradicted": "contradicted", "verdict_mixed": "mixed",
    "verdict_undecided": "undecided (no demonstrable differences)",
    "verdict_not_tested": "Not tested: these results hold no design for {roles}.",
    "role_sectoral": "sectoral access (sectoraal)", "role_integral_all": "integral access for all",
    "role_targeted": "a targeted integral route (vinkje or integral team)", "role_one_desk": "one desk (een-loket)",
    "role_no_wrong_door": "no wrong door or sectoral access", "role_strict_avg": "strict AVG (avg-strikt)",
    "comparison": "{kpi}: {a} against {b} {diff} ({judgement}) \u2013 {agreement}",
    "agreement_agrees": "supports the statement", "agreement_disagrees": "contradicts the statement",
    "agreement_silent": "says nothing about the statement",
    "certainty": "{clear} of the {total} comparisons are clear (95% interval without zero), from {n} replications. "
                 "Certainty holds within the model and its assumptions.",
    "certainty_sensitivity": "The most influential assumption is {factor} (see sensitivity).",
    "certainty_no_sensitivity": "Without a sensitivity analysis it is unknown how much this depends on assumptions.",
    "missing_kpis": "Not in these results: {kpis}.",
    "cannot_1": "\u2018Pays off\u2019 also covers legitimacy and support (public values, seed 004); the model measures "
                "waiting, coordination, self-reliance, crises and cost. Whether the vinkje finds the right families "
                "depends on its assumed hit rate.",
    "cannot_2": "Client satisfaction and the feeling of being meddled with are not measured; intrusion only counts "
                "as an event (a broad intake for a single request).",
    "cannot_7": "Direction (regie) during help (the regisseur's hours) is not modelled; one desk here is a counter "
                "with a generalist intake and handovers to the organisations.",
    "cannot_8": "Whether an integral intake builds trust or the household's own direction is not in the model; "
                "only found needs, outcomes and cost.",
    "cannot_15": "The model cannot weigh privacy against the client's interest: it only shows the price of the rule "
                 "in time and repeated intakes.",
    "h_sensitivity": "Sensitivity: which assumptions matter most",
    "no_sensitivity": "No Morris table came with these results (indices.csv in <folder>/morris or via "
                      "--sensitivity); the influence of the assumptions is therefore not shown.",
    "sensitivity_intro": "Morris screening from {source}: per assumption the mean absolute effect (mu*) of moving it "
                         "across its plausible range, divided by the largest effect per indicator and design, and "
                         "averaged. Indicators: {outputs}. {designs}.",
    "cap_sensitivity": "Relative influence per assumption (1 = the largest), averaged over indicators and designs "
                       "or contrasts.",
    "sensitivity_designs": "Designs: {labels}",
    "sensitivity_contrasts": "Contrasts (difference between two designs on the same households): {labels}",
    "fig_sensitivity_x": "relative influence (mu*, 0-1)",
    "h_appendix": "Technical appendix", "h_designs": "Designs and scenarios", "h_parameters": "Parameters that differ",
    "parameters_intro": "Values from the scenario files as they are now, with the experiment file's settings; the "
                        "commit that produced the results is listed below.",
    "scenario_note": "Scenarios could not be loaded: {note}",
    "h_runs": "Runs, replications and seeds", "h_versions": "Versions", "h_manifest": "Manifest (manifest.json)",
}
