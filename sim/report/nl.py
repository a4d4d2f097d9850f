"""Nederlands: de woorden van het rapport voor bestuurders (wethouders, directeuren) en adviseurs.

The statements are quoted verbatim from seed 004 (Bijlage 1, "Stellingen t.b.v. discussie raad en
stakeholders"). Sentences hold no numbers of their own: every number is filled in from the results.
"""

DOMAINS = {"wmo": "Wmo (ondersteuning thuis)", "youth": "Jeugdwet (jeugdhulp)",
           "work_income": "Participatiewet (werk en inkomen)", "debt": "schuldhulpverlening",
           "social": "welzijn (sociaal netwerk)"}

KPI_LABELS = {
    "wait_median_days_wmo": "wachttijd Wmo (mediaan)",
    "wait_median_days_wmo_single_need": "wachttijd Wmo bij een enkelvoudige vraag (mediaan)",
    "within_norm_share_wmo": "Wmo-aanvragen binnen de wettelijke termijn",
    "coordination_share": "coördinatielast (aandeel van de capaciteit)",
    "direct_help_share": "tijd voor directe hulp (aandeel van de capaciteit)",
    "zrm_change_follow_up_mean": "verandering zelfredzaamheid (ZRM) 12 maanden na een aanvraag",
    "zrm_change_follow_up_mean_multiproblem": "verandering zelfredzaamheid (ZRM) 12 maanden na een aanvraag, "
                                              "huishoudens met problemen op drie of meer levensgebieden",
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
    **{f"within_norm_share_{d}": f"binnen de termijn: {n}" for d, n in (
        ("youth", "Jeugdwet"), ("work_income", "Participatiewet"), ("debt", "schuldhulpverlening"),
        ("social", "welzijn"))},
}

WORDS = {
    "title": "Toegang in het sociaal domein: resultaten van de simulatie \u2018{name}\u2019",
    "unknown": "onbekend", "not_measured": "niet gemeten",
    "list_grows": "wachtlijst groeit (ca. {growth} per jaar) in {k} van {n} runs: geen stabiele wachttijd",
    "list_held": "wachtlijst alleen begrensd door wie afhaakt, in {k} van {n} runs",
    "unit_days": "dagen", "unit_million": "mln", "unit_points": " procentpunt",
    "h_summary": "Managementsamenvatting", "h_findings": "Belangrijkste bevindingen", "h_caveats": "Let op",
    "compared": "Vergeleken zijn {n} inrichtingen van de toegang: {designs}. Gemeente: {municipality} "
                "({inhabitants} inwoners). Per inrichting {replications} replicaties met dezelfde huishoudens en "
                "dezelfde hulpvragen (gemeenschappelijke toevalsgetallen); gemeten over {years} jaar na {warmup} jaar "
                "inloop. Verschillen zijn berekend ten opzichte van {reference}, replicatie voor replicatie.",
    "finding_diff": "{design} {diff} ({judgement})",
    "judge_better": "duidelijk beter", "judge_worse": "duidelijk slechter",
    "judge_unclear": "geen aantoonbaar verschil",
    "judge_higher": "duidelijk hoger", "judge_lower": "duidelijk lager",
    "rule_clear": "Tussen haken het 95%-betrouwbaarheidsinterval. \u2018Duidelijk\u2019 betekent: het hele "
                  "95%-interval van het verschil ligt aan één kant van nul. Anders: geen aantoonbaar verschil.",
    "caveat_failed": "{failed} van de {total} simulaties zijn mislukt en tellen niet mee.",
    "caveat_few_replications": "Slechts {n} replicaties per inrichting: de intervallen zijn breed, kleine verschillen "
                               "zijn niet aantoonbaar. Voor een besluit: meer replicaties draaien.",
    "caveat_no_groups": "Deze resultaten splitsen uitkomsten niet uit naar multiprobleem- en enkelvoudige "
                        "huishoudens; wat een inrichting voor elk van beide groepen doet, is hier niet te zien.",
    "caveat_cost": "Kosten zijn de betaalde formatie (contracturen, ook als er niets te doen is) plus geleverde "
                   "voorzieningen en vrij budget. Voorzieningen die later of niet starten, kosten niets: een "
                   "inrichting met langere wachttijden lijkt daardoor goedkoper dan ze is. Kijk ook naar de kosten "
                   "per geholpen huishouden en naar de dagen dat hulpvragen wachtten.",
    "caveat_dirty": "De code week bij het draaien af van commit {commit}; het resultaat is niet exact reproduceerbaar.",
    "caveat_assumptions_top": "Het model rekent met aannames (coördinatietijd, verspreiding van "
                              "verantwoordelijkheid, trefkans van het vinkje). De gevoeligheidsanalyse wijst "
                              "{factor} aan als de aanname die het meest uitmaakt.",
    "caveat_assumptions": "Het model rekent met aannames (coördinatietijd, verspreiding van verantwoordelijkheid, "
                          "trefkans van het vinkje); bij deze resultaten is geen gevoeligheidsanalyse gevoegd.",
    "col_kpi": "indicator", "col_design": "inrichting", "col_mean": "gemiddelde [95%-interval]",
    "col_diff": "verschil met {reference} [95%-interval]", "col_scenario": "scenario",
    "col_description": "omschrijving",
    "col_parameter": "parameter", "col_runs": "simulaties", "col_ok": "gelukt", "col_seeds": "zaad/replicatie",
    "col_item": "onderdeel", "col_value": "waarde", "col_rank": "rang", "col_factor": "aanname (parameter)",
    "col_score": "relatieve invloed (0-1)",
    "h_tradeoff": "De afweging: wachttijd tegenover coördinatielast",
    "tradeoff_intro": "Elke inrichting is één punt: hoeveel van de tijd van professionals naar afstemming gaat "
                      "(overleg, casusoverleg, overdrachten) tegenover de wachttijd voor Wmo-ondersteuning, en wat "
                      "het huishoudens oplevert (verandering in zelfredzaamheid). De strepen zijn 95%-intervallen.",
    "cap_tradeoff": "Links: coördinatielast en wachttijd Wmo. Rechts: coördinatielast en verandering in "
                    "zelfredzaamheid (ZRM) van een aanvraag tot 12 maanden later. Gemiddelde en 95%-interval per "
                    "inrichting.",
    "fig_tradeoff_left": "Wachten en afstemmen", "fig_tradeoff_right": "Afstemmen en uitkomst",
    "h_waits": "Wachttijden per domein en de wettelijke termijnen",
    "waits_intro": "Per domein de mediane tijd tot het moment waarop de termijn toetst (beschikking of eerste "
                   "gesprek), met de termijn als stippellijn. Termijnen in deze scenario\u2019s: {norms}.",
    "cap_waits": "Mediane dagen tot de getoetste gebeurtenis per domein en inrichting (95%-interval); stippellijn: "
                 "de wettelijke of afgesproken termijn.",
    "legend_norm": "termijn",
    "wheelchair": "De rolstoel bij integrale toegang voor iedereen: onder {design} verandert het aandeel "
                  "Wmo-aanvragen binnen de wettelijke termijn met {diff} ten opzichte van {reference} ({judgement}).",
    "h_coordination": "Coördinatielast in de tijd",
    "no_weekly": "Deze resultatenmap bevat geen weekreeksen ([record] weekly = true in het experimentbestand), dus "
                 "het verloop in de tijd kan niet worden getoond.",
    "coordination_intro": "Per week het aandeel van alle uren van professionals dat naar afstemming gaat, gemiddeld "
                          "over de replicaties met 95%-band.",
    "cap_coordination": "Coördinatielast per week; de stippellijn markeert het einde van de inloopperiode.",
    "fig_warmup_end": " einde inloop", "fig_week": "week",
    "h_outcomes": "Uitkomsten: multiprobleemhuishoudens en enkelvoudige vragen",
    "groups_intro": "Uitkomsten apart voor multiprobleemhuishoudens en huishoudens met één probleem.",
    "no_groups": "Deze resultaten bevatten geen uitkomsten per groep (indicatoren met de achtervoegsels "
                 "_multiproblem en _single_problem); het verschil tussen beide groepen kan hier niet worden getoond. "
                 "Wel beschikbaar is de wachttijd Wmo bij een enkelvoudige vraag (zie bevindingen) en hieronder de "
                 "uitkomsten over alle geholpen huishoudens.",
    "outcomes_intro": "Uitkomsten over alle huishoudens en hulptrajecten, per inrichting.",
    "cap_outcomes": "Opgeloste hulptrajecten, verandering in zelfredzaamheid en crises (95%-intervallen).",
    "h_professionals": "Aantal professionals per huishouden",
    "professionals_intro": "\u2018Tig mensen over de vloer\u2019 (seed 003): het gemiddelde aantal verschillende "
                           "professionals dat een geholpen huishouden ziet.",
    "h_cost": "Kosten per inrichting",
    "cost_intro": "Gewerkte uren van professionals tegen het uurtarief, plus voorzieningen en het regelvrije budget, "
                  "per jaar.",
    "missing_kpi": "De indicator {kpi} ontbreekt in deze resultaten.",
    "h_statements": "Stellingen getoetst",
    "statements_intro": "Stellingen uit de notitie van de Sociale Dienst Drechtsteden (seed 004, Bijlage 1), getoetst "
                        "met vaste regels: elke stelling doet een bewering over twee inrichtingen; een vergelijking "
                        "steunt de stelling als het 95%-interval van het verschil aan de voorspelde kant van nul ligt, "
                        "spreekt haar tegen als het aan de andere kant ligt, en zegt niets als het nul bevat.",
    "statement_heading": "Stelling {n}",
    "statement_1": "\u201cEen integrale aanpak loont enkel bij multiprobleem gezinnen\u201d",
    "statement_2": "\u201cEen integrale dienstverlening is een meerwaarde voor iedere klant\u201d",
    "statement_7": "\u201cToegang tot (en regie op) integrale dienstverlening dient via één loket (one-stop-shop) te "
                   "gebeuren.\u201d",
    "statement_8": "\u201cIntegraal werken begint bij een integrale intake\u201d",
    "statement_15": "\u201cHet belang van de klant prevaleert boven de regels van de AVG.\u201d",
    "label_verdict": "Oordeel volgens de regels", "label_shows": "Wat de simulatie laat zien",
    "label_sure": "Hoe zeker", "label_cannot": "Wat het model niet kan zeggen",
    "verdict_supported": "ondersteund", "verdict_contradicted": "weersproken", "verdict_mixed": "gemengd beeld",
    "verdict_undecided": "niet beslist (geen aantoonbare verschillen)",
    "verdict_not_tested": "Niet getoetst: deze resultaten bevatten geen inrichting voor {roles}.",
    "role_sectoral": "de sectorale toegang (sectoraal)", "role_integral_all": "integrale toegang voor iedereen",
    "role_targeted": "een gerichte integrale route (vinkje of integraal team)",
    "role_one_desk": "één loket (een-loket)",
    "role_no_wrong_door": "no wrong door of sectorale toegang", "role_strict_avg": "strikte AVG (avg-strikt)",
    "comparison": "{kpi}: {a} ten opzichte van {b} {diff} ({judgement}) \u2013 {agreement}",
    "agreement_agrees": "steunt de stelling", "agreement_disagrees": "spreekt de stelling tegen",
    "agreement_silent": "zegt niets over de stelling",
    "certainty": "{clear} van de {total} vergelijkingen zijn duidelijk (95%-interval zonder nul), op basis van {n} "
                 "replicaties. Zekerheid geldt binnen het model en zijn aannames.",
    "certainty_sensitivity": "De aanname met de meeste invloed is {factor} (zie gevoeligheid).",
    "certainty_no_sensitivity": "Zonder gevoeligheidsanalyse is onbekend hoe sterk dit van de aannames afhangt.",
    "missing_kpis": "Niet in deze resultaten: {kpis}.",
    "cannot_1": "\u2018Lonen\u2019 omvat ook legitimiteit en betrokkenheid (publieke waarden, seed 004); het "
                "model meet wachttijd, afstemming, zelfredzaamheid, crises en kosten. Of het vinkje de juiste "
                "gezinnen vindt, hangt af van de aangenomen trefkans.",
    "cannot_2": "Klanttevredenheid en het gevoel van bemoeienis zijn niet gemeten; bemoeienis telt alleen als "
                "gebeurtenis (een brede intake bij één vraag).",
    "cannot_7": "Regie tijdens de hulp (de uren van de regisseur) is niet gemodelleerd; één loket is hier een "
                "balie met generalistische intake en overdracht naar de organisaties.",
    "cannot_8": "Of een integrale intake het vertrouwen of de eigen regie van het huishouden versterkt, zit niet "
                "in het model; alleen ontdekte problemen, uitkomsten en kosten.",
    "cannot_15": "Het model kan privacy niet tegen klantbelang afwegen: het laat alleen de prijs van de regel in "
                 "tijd en herhaalde intakes zien.",
    "h_sensitivity": "Gevoeligheid: welke aannames het meest uitmaken",
    "no_sensitivity": "Bij deze resultaten is geen Morris-tabel gevonden (indices.csv in <map>/morris of via "
                      "--sensitivity); de invloed van de aannames is daarom niet getoond.",
    "sensitivity_intro": "Morris-screening uit {source}: per aanname het gemiddelde absolute effect (mu*) van het "
                         "doorlopen van haar plausibele bereik, gedeeld door het grootste effect per indicator en "
                         "inrichting of vergelijking en gemiddeld. Indicatoren: {outputs}. {designs}.",
    "cap_sensitivity": "Relatieve invloed per aanname (1 = de grootste), gemiddeld over indicatoren en inrichtingen "
                       "of vergelijkingen.",
    "sensitivity_designs": "Inrichtingen: {labels}",
    "sensitivity_contrasts": "Vergelijkingen (verschil tussen twee inrichtingen op dezelfde huishoudens): {labels}",
    "fig_sensitivity_x": "relatieve invloed (mu*, 0-1)",
    "h_appendix": "Technische bijlage", "h_designs": "Inrichtingen en scenario\u2019s",
    "h_parameters": "Parameters die verschillen",
    "parameters_intro": "Waarden uit de scenariobestanden zoals die nu zijn, met de instellingen van het "
                        "experimentbestand; de commit waarmee de resultaten zijn gemaakt staat hieronder.",
    "scenario_note": "Scenario\u2019s konden niet worden geladen: {note}",
    "h_runs": "Simulaties, replicaties en zaden", "h_versions": "Versies", "h_manifest": "Manifest (manifest.json)",
}
