"""Nederlands: de namen van domeinen, indicatoren, aannames en maanden in het rapport.

Every label a Dutch reader sees in place of an identifier: no ``zrm_change_follow_up_mean`` in
a table, but "verandering zelfredzaamheid (ZRM) 12 maanden na een aanvraag".
"""

DOMAINS = {"wmo": "Wmo (ondersteuning thuis)", "youth": "Jeugdwet (jeugdhulp)",
           "work_income": "Participatiewet (werk en inkomen)", "debt": "schuldhulpverlening",
           "social": "welzijn (sociaal netwerk)"}

_GROUPS = {"multiproblem": "huishoudens met meervoudige problemen", "single_problem": "huishoudens met één probleem"}

KPI_LABELS = {
    "wait_median_days_wmo": "wachttijd Wmo tot hulp (mediaan)",
    "wait_median_days_wmo_single_need": "wachttijd tot hulp bij één Wmo-vraag (mediaan)",
    "within_norm_share_wmo": "Wmo-aanvragen binnen de wettelijke termijn",
    "coordination_share": "coördinatielast (aandeel van de werktijd)",
    "direct_help_share": "tijd voor directe hulp (aandeel van de werktijd)",
    "zrm_change_follow_up_mean": "verandering zelfredzaamheid (ZRM) 12 maanden na een aanvraag",
    "zrm_change_resolved_mean": "verandering zelfredzaamheid (ZRM) van aanvraag tot einde, opgeloste hulp",
    "zrm_change_ended_mean": "verandering zelfredzaamheid (ZRM) van aanvraag tot einde, alle afgesloten aanvragen",
    "unmet_need_days_per_1000_households_per_year": "dagen met een probleem zonder hulp per 1.000 huishoudens per jaar",
    "crisis_cost_eur_per_1000_households_per_year": "maatschappelijke kosten van crises per 1.000 huishoudens per jaar",
    "resolved_share": "hulptrajecten met opgelost probleem",
    "crises_per_1000_households_per_year": "crises per 1.000 huishoudens per jaar",
    "evictions_per_1000_households_per_year": "huisuitzettingen per 1.000 huishoudens per jaar",
    "professionals_per_helped_household": "professionals per geholpen huishouden",
    "cost_eur_per_year": "kosten per jaar",
    "intrusions_per_1000_requests": "als bemoeienis ervaren brede intakes per 1.000 vragen",
    "handovers_per_1000_requests": "overdrachten per 1.000 vragen",
    "handover_days_mean": "dagen per overdracht (gemiddeld)",
    "repeated_intakes_per_1000_requests": "herhaalde intakes per 1.000 vragen",
    "found_needs_per_1000_requests": "ontdekte problemen per 1.000 vragen",
    "onset_to_known_mean_days": "dagen van het ontstaan van een probleem tot het bekend is (gemiddeld)",
    **{f"{kpi}_{group}": f"{label}, {who}" for group, who in _GROUPS.items() for kpi, label in (
        ("zrm_change_follow_up_mean", "verandering zelfredzaamheid (ZRM) 12 maanden na een aanvraag"),
        ("resolved_share", "hulptrajecten met opgelost probleem"),
        ("professionals_per_helped_household", "professionals per geholpen huishouden"))},
    **{f"within_norm_share_{d}": f"binnen de termijn: {n}" for d, n in (
        ("youth", "Jeugdwet"), ("work_income", "Participatiewet"), ("debt", "schuldhulpverlening"),
        ("social", "welzijn"))},
    **{f"norm_event_median_days_{d}": f"wachttijd tot besluit: {n}" for d, n in DOMAINS.items()},
}

FACTOR_LABELS = {
    "work.staffing_scale": "formatie (factor op de huidige bezetting)",
    "intake.wmo.hours": "uren voor een Wmo-intake",
    "broad_intake.extra_hours": "extra uren voor een brede intake",
    "broad_intake.extra_days": "extra dagen voor een brede intake",
    "meeting.hours": "uren per organisatie voor een casusoverleg",
    "meeting.days": "dagen tot het casusoverleg",
    "diffusion.per_actor_probability": "verspreiding van verantwoordelijkheid per extra betrokkene",
    "diffusion.without_meeting_scale": "verspreiding van verantwoordelijkheid zonder overleg",
    "needs.wmo.remission_per_year": "kans per jaar dat een Wmo-probleem vanzelf overgaat",
    "needs.debt.remission_per_year": "kans per jaar dat een schuldprobleem vanzelf overgaat",
    "benefit.severity_success_gain": "winst van vroege hulp bij lichte problemen",
    "benefit.wait_success_loss_per_year": "verlies aan slagingskans per jaar wachten",
    "benefit.regie_worsening_reduction": "minder verergering met een regisseur",
    "plan.conflict_success_multiplier": "slagingskans bij tegenstrijdige adviezen",
    "vinkje.sensitivity": "trefkans van het vinkje (aandeel meervoudige problemen dat een vinkje krijgt)",
    "vinkje.specificity": "zuiverheid van het vinkje (aandeel zonder meervoudige problemen dat er geen krijgt)",
    "wrong_door.probability": "kans op het verkeerde loket",
    "integrale_toegang.lead_share": "aandeel casusoverleggen met een regisseur",
    "design.access": "inrichting van de toegang",
    "population.inhabitants": "inwoners",
}

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
