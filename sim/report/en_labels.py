"""English: the names of domains, indicators, assumptions and months in the report."""

DOMAINS = {"wmo": "Wmo (support at home)", "youth": "Jeugdwet (youth care)",
           "work_income": "Participatiewet (work and income)", "debt": "schuldhulpverlening (debt help)",
           "social": "welzijn (social network)"}

_GROUPS = {"multiproblem": "multi-problem households", "single_problem": "single-problem households"}

KPI_LABELS = {
    "wait_median_days_wmo": "Wmo wait until help (median)",
    "wait_median_days_wmo_single_need": "wait until help, single Wmo request (median)",
    "within_norm_share_wmo": "Wmo requests decided within the legal term",
    "coordination_share": "coordination load (share of working time)",
    "direct_help_share": "time for direct help (share of working time)",
    "zrm_change_follow_up_mean": "change in self-reliance (ZRM) 12 months after a request",
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
    "onset_to_known_mean_days": "days from a problem's onset until it is known (mean)",
    **{f"{kpi}_{group}": f"{label}, {who}" for group, who in _GROUPS.items() for kpi, label in (
        ("zrm_change_follow_up_mean", "change in self-reliance (ZRM) 12 months after a request"),
        ("resolved_share", "help episodes that resolved the problem"),
        ("professionals_per_helped_household", "professionals per helped household"))},
    **{f"within_norm_share_{d}": f"within the term: {n}" for d, n in (
        ("youth", "Jeugdwet"), ("work_income", "Participatiewet"), ("debt", "debt help"), ("social", "welzijn"))},
    **{f"norm_event_median_days_{d}": f"wait until decision: {n}" for d, n in DOMAINS.items()},
}

FACTOR_LABELS = {
    "work.staffing_scale": "staffing (factor on today's staff)",
    "intake.wmo.hours": "hours of a Wmo intake",
    "broad_intake.extra_hours": "extra hours of a broad intake",
    "broad_intake.extra_days": "extra days of a broad intake",
    "meeting.hours": "hours per organisation for a case meeting",
    "meeting.days": "days until the case meeting",
    "diffusion.per_actor_probability": "diffusion of responsibility per extra actor",
    "diffusion.without_meeting_scale": "diffusion of responsibility without a meeting",
    "needs.wmo.remission_per_year": "chance a year that a Wmo need passes by itself",
    "needs.debt.remission_per_year": "chance a year that a debt problem passes by itself",
    "benefit.severity_success_gain": "gain of early help for mild problems",
    "benefit.wait_success_loss_per_year": "loss of success chance per year of waiting",
    "benefit.regie_worsening_reduction": "less worsening with a regisseur",
    "plan.conflict_success_multiplier": "success chance under conflicting advice",
    "vinkje.sensitivity": "vinkje sensitivity (share of multi-problem households flagged)",
    "vinkje.specificity": "vinkje specificity (share of other households not flagged)",
    "wrong_door.probability": "chance of the wrong door",
    "integrale_toegang.lead_share": "share of case meetings with a regisseur",
    "design.access": "access design",
    "population.inhabitants": "inhabitants",
}

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
