"""Nederlands: de woorden van het rapport voor bestuurders (wethouders, directeuren) en adviseurs.

Plain Dutch (B1) on page 1; sentences hold no numbers of their own: every number is filled in
from the results. Labels are in ``nl_labels``, the statements, glossary and sources in
``nl_reference``.
"""

from sim.report.nl_labels import DOMAINS, FACTOR_LABELS, KPI_LABELS, MONTHS
from sim.report.nl_reference import GLOSSARY, SOURCES, STATEMENT_WORDS

__all__ = ["DOMAINS", "FACTOR_LABELS", "GLOSSARY", "KPI_LABELS", "MONTHS", "SOURCES", "WORDS"]

_NUMBERS = {
    "unknown": "onbekend", "not_measured": "niet gemeten", "date": "{day} {month} {year}",
    "list_grows": "overbelast: de wachtlijst groeit (ongeveer {growth} per jaar) in {k} van de {n} simulaties; "
                  "geen vaste wachttijd",
    "list_held": "overbelast: de wachtlijst blijft alleen gelijk doordat mensen afhaken, in {k} van de {n} simulaties",
    "list_grows_short": "overbelast: de wachtlijst groeit, geen vaste wachttijd", "list_held_short": "overbelast",
    "constant": "in alle simulaties gelijk", "about": "ongeveer", "longer": "langer", "shorter": "korter",
    "higher": "hoger", "lower": "lager", "no_clear_change": "niet aantoonbaar anders",
    "unit_days": "dagen", "unit_weeks": "weken", "unit_months": "maanden", "unit_million": "mln",
    "unit_points": " procentpunt",
    "judge_better": "duidelijk beter", "judge_worse": "duidelijk slechter", "judge_unclear": "geen aantoonbaar "
                                                                                             "verschil",
    "judge_higher": "duidelijk hoger", "judge_lower": "duidelijk lager",
    "word_better": "beter", "word_worse": "slechter", "word_unclear": "geen aantoonbaar verschil",
    "word_lower_less_help": "lager, maar door minder hulp", "word_higher": "hoger",
    "word_lower": "lager", "basis": "basis",
}

_COVER = {
    "title": "Integraal voor iedereen, of alleen bij meervoudige problemen?",
    "subtitle": "Simulatie van de toegang tot ondersteuning in {municipality}",
    "cover": "Gemeente {municipality} \u00b7 berekend op {date} \u00b7 integraal {version} (versie {commit})",
    "page_label": "pagina {n} van {total}",
    "h_contents": "Inhoud",
}

_PAGE_ONE = {
    "h_summary": "Samenvatting voor het bestuur",
    "compared": "{n} manieren om de toegang in te richten, nagebootst voor {municipality} ({inhabitants} inwoners): "
                "elke manier met dezelfde huishoudens en dezelfde vragen, {replications} keer herhaald, over {years} "
                "jaar. De basis is {reference}.",
    "h_messages": "Kernboodschappen",
    "msg_wheelchair": "Bij {integral} wacht een inwoner met één Wmo-vraag, bijvoorbeeld voor een rolstoel, {change} "
                      "op hulp dan bij {reference}.",
    "msg_wheelchair_targeted": "Bij {targeted} is dat {change}.",
    "msg_all_designs": "alle {n} manieren",
    "msg_overload": "Bij {who} is de Wmo-toegang overbelast: er komen meer vragen binnen dan de medewerkers "
                    "aankunnen; de wachtlijst blijft alleen gelijk doordat mensen afhaken. De wachttijden zijn dus "
                    "geen voorspelling, maar een teken van te weinig menskracht.",
    "msg_fte_part": "{design} ongeveer {fte} fte",
    "msg_capacity": "Om even kort te wachten als bij {reference} is extra formatie nodig: {parts}.",
    "msg_multi_targeted": "Huishoudens met problemen op meerdere leefgebieden gaan bij {targeted} {word} vooruit dan "
                          "bij {integral}.",
    "msg_multi_integral": "Bij {integral} gaan zij {word} vooruit dan bij {reference}.",
    "progress_better": "meer", "progress_worse": "minder", "progress_unclear": "niet aantoonbaar anders",
    "progress_higher": "meer", "progress_lower": "minder",
    "msg_cost_same": "{integral} kost niet aantoonbaar meer of minder dan {reference}.",
    "msg_cost_cheaper_less_help": "{integral} lijkt {amount} per jaar goedkoper, maar alleen doordat er minder hulp "
                                  "wordt gegeven terwijl mensen wachten: per 1.000 huishoudens zijn er ongeveer "
                                  "{unmet} dagen per jaar meer met een probleem zonder hulp.",
    "msg_cost_cheaper": "{integral} is ongeveer {amount} per jaar goedkoper dan {reference}.",
    "msg_cost_dearer": "{integral} kost ongeveer {amount} per jaar meer dan {reference}.",
    "h_decision": "Beslistabel", "col_criterion": "waar het om gaat",
    "criterion_wait_median_days_wmo_single_need": "Wachttijd tot hulp, één Wmo-vraag",
    "criterion_within_norm_share_wmo": "Wmo-besluit binnen 8 weken",
    "criterion_coordination_share": "Coördinatielast (werktijd voor afstemming)",
    "criterion_zrm_change_follow_up_mean_multiproblem": "Zelfredzaamheid na 12 maanden, meervoudige problemen",
    "criterion_zrm_change_follow_up_mean_single_problem": "Zelfredzaamheid na 12 maanden, één probleem",
    "criterion_cost_eur_per_year": "Kosten per jaar",
    "criterion_extra_fte": "Extra formatie voor dezelfde wachttijd als de basis",
    "capacity_reference": "basis", "capacity_not_searched": "niet berekend",
    "capacity_fte": "ongeveer {fte} fte", "capacity_unreached": "(niet haalbaar bij: {organisations})",
    "decision_note": "Blauw: beter dan de basis; oranje: slechter; grijs: geen aantoonbaar verschil. Tussen haken: "
                     "de marge (95%). Overbelast: geen vaste wachttijd, dus afgerond.",
    "h_meaning": "Wat betekent dit",
    "meaning_wait": "wacht {change} dan de basis",
    "meaning_multi": "uitkomst bij meervoudige problemen {word}", "meaning_cost": "kosten {word}",
    "cost_better": "lager", "cost_worse": "hoger", "cost_unclear": "niet aantoonbaar anders",
    "h_robust_all": "Hoe robuust elke vergelijking is", "h_robust": "Hoe zeker is dit",
    "no_robustness": "Bij dit rapport is geen verkenning van de aannames gevoegd (make discover, daarna report met "
                     "--robustness); hoe sterk de conclusies van de aannames afhangen, staat daarom niet op deze "
                     "pagina.",
    "robust_note": "Over 200 combinaties van onzekere aannames binnen hun onderbouwde bereik (stad van 50.000 "
                   "inwoners, zelfde bezetting per inwoner).",
    "robust_criterion_waits": "wachttijd", "robust_criterion_multi-problem-outcomes": "uitkomst meervoudige problemen",
    "robust_criterion_cost": "kosten",
    "robust_line": "{winner} beter dan {loser} op {criterion}: in {share}% [{low} \u2013 {high}] van de "
                   "plausibele aannames.",
    "robust_tie": "{a} en {b} op {criterion}: geen duidelijk verschil in {share}% [{low} \u2013 {high}] van de "
                  "plausibele aannames.",
}

_READING = {
    "h_caveats": "Let op bij het lezen",
    "rule_clear": "Tussen haken de marge (95%-interval). \u2018Duidelijk\u2019 betekent: de hele marge van het "
                  "verschil "
                  "ligt aan één kant van nul. Anders: geen aantoonbaar verschil.",
    "caveat_failed": "{failed} van de {total} simulaties zijn mislukt en tellen niet mee.",
    "caveat_few_replications": "Elke manier is maar {n} keer nagebootst: de marges zijn breed en kleine verschillen "
                               "zijn niet aantoonbaar. Voor een besluit: vaker herhalen.",
    "caveat_no_groups": "Deze resultaten splitsen de uitkomsten niet naar huishoudens met meervoudige problemen en "
                        "huishoudens met één probleem.",
    "caveat_dirty": "De programmacode week bij het rekenen af van versie {commit}; de uitkomst is niet precies na te "
                    "rekenen.",
    "caveat_cost": "Kosten zijn de betaalde formatie plus de geleverde voorzieningen en het vrije budget. Hulp die "
                   "later of niet start, kost niets: een manier met langere wachttijden lijkt daardoor goedkoper dan "
                   "ze is. Kijk daarom ook naar de dagen dat problemen zonder hulp bleven.",
    "caveat_assumptions_top": "Het model rekent met aannames, elk met een onderbouwd bereik. Uit de "
                              "gevoeligheidsanalyse komt \u2018{factor}\u2019 als de aanname die het meest uitmaakt.",
    "caveat_assumptions": "Het model rekent met aannames, elk met een onderbouwd bereik; bij deze resultaten is geen "
                          "gevoeligheidsanalyse gevoegd.",
}

_MUNICIPALITY = {
    "h_municipality": "Wat betekent dit voor {municipality}",
    "municipality_example": "Deze resultaten gaan over {municipality}, een voorbeeldgemeente met cijfers uit "
                            "landelijke bronnen. Voor uw eigen gemeente: vul uw cijfers in met \u2018integraal "
                            "gemeente init\u2019 en reken de vergelijking door op dat scenario (zie de handleiding).",
    "municipality_own": "Deze resultaten gaan over {municipality}, met de eigen cijfers van de gemeente. Hieronder "
                        "staan die cijfers naast wat het model bij {reference} laat zien: hoe dichter bij elkaar, hoe "
                        "meer het nagebootste {municipality} op het echte lijkt.",
    "municipality_fit": "Wijken de cijfers ver af, lees de conclusies dan met meer voorbehoud.",
    "col_figure": "cijfer", "col_observed": "gemeente", "col_simulated": "model ({reference})",
    "observed_waits-wmo_days": "wachttijd Wmo tot besluit", "observed_waits-youth_days": "wachttijd jeugdhulp tot "
                                                                                         "besluit",
    "observed_waits-debt_days": "wachttijd schuldhulp tot eerste gesprek",
    "observed_waits-wmo_within_norm": "Wmo-besluiten binnen de termijn",
    "observed_waits-youth_within_norm": "jeugdhulpbesluiten binnen de termijn",
    "observed_waits-debt_within_norm": "schuldhulp: eerste gesprek binnen de termijn",
    "observed_clients-debt_requests": "aanvragen schuldhulp per jaar",
}

_WAITS = {
    "h_waits": "Wachttijden en wettelijke termijnen",
    "waits_definition": "Twee wachttijden, overal in dit rapport hetzelfde. Wachttijd tot besluit: dagen van de "
                        "aanvraag tot de beschikking, of tot het eerste gesprek bij schuldhulpverlening; dat toetst de "
                        "wettelijke termijn. Wachttijd tot hulp: dagen van de aanvraag tot de hulp echt begint. Beide "
                        "als mediaan: de helft wacht korter, de helft langer.",
    "waits_terms": "Termijnen: {terms}.",
    "waits_unstable": "Groeit een wachtlijst, of blijft ze alleen gelijk doordat mensen afhaken, dan is er geen vaste "
                      "wachttijd: die hangt dan af van hoe lang je rekent en van wie opgeeft. Zulke wachttijden staan "
                      "afgerond en in woorden.",
    "wait_kind_0": "tot besluit", "wait_kind_1": "tot hulp", "wait_kind_2": "binnen de termijn",
    "col_wait": "wachttijd", "axis_days_to_decision": "dagen tot besluit (mediaan)", "legend_norm": "wettelijke "
                                                                                                    "termijn",
    "cap_waits": "Wachttijd tot besluit per domein en manier (mediaan, met marge); stippellijn: de wettelijke termijn.",
    "wheelchair": "De rolstoel bij integrale toegang voor iedereen: het aandeel Wmo-besluiten binnen de wettelijke "
                  "termijn, {design} tegenover {reference}: {diff} ({judgement}).",
    "h_capacity": "Formatie: is er genoeg menskracht?",
    "capacity_intro": "Per domein of de wachtlijst stabiel is. Overbelast betekent: er komen meer vragen binnen dan de "
                      "medewerkers kunnen behandelen.",
    "col_domain": "domein", "state_stable": "stabiel",
    "state_held": "overbelast, gelijk gehouden door afhakers ({k} van {n})", "state_growing": "groeit ({k} van {n})",
    "capacity_missing": "Bij dit rapport is geen berekening van de benodigde formatie gevoegd (make capacity, daarna "
                        "report met --capacity).",
    "capacity_search": "Hoeveel extra medewerkers elke manier nodig heeft om even kort te wachten als bij {reference} "
                       "(tot de hulp start), per organisatie; tussen haken de uitkomsten van de afzonderlijke "
                       "herhalingen.",
    "col_organisation": "organisatie", "col_extra_fte": "extra fte", "col_cost_year": "kosten per jaar",
    "capacity_total": "samen", "capacity_not_reached": "niet haalbaar binnen drie keer de huidige bezetting",
}

_SECTIONS = {
    "col_kpi": "indicator", "col_design": "manier", "col_mean": "gemiddelde [marge]",
    "col_diff": "verschil met {reference} [marge]",
    "h_tradeoff": "De afweging: wachten, afstemmen en uitkomst",
    "tradeoff_intro": "Elke manier is één punt: hoeveel werktijd naar afstemming gaat tegenover de wachttijd voor "
                      "Wmo-hulp, en wat het huishoudens oplevert. De strepen zijn de marges.",
    "cap_tradeoff": "Links: coördinatielast en wachttijd Wmo tot hulp. Rechts: coördinatielast en vooruitgang in "
                    "zelfredzaamheid (ZRM) 12 maanden na een aanvraag.",
    "fig_tradeoff_left": "Wachten en afstemmen", "fig_tradeoff_right": "Afstemmen en uitkomst",
    "axis_coordination_share": "coördinatielast (% van de werktijd)",
    "axis_wait_median_days_wmo": "wachttijd Wmo tot hulp, mediaan (dagen)",
    "axis_zrm_change_follow_up_mean": "verandering ZRM na 12 maanden (punten)",
    "axis_resolved_share": "opgeloste hulptrajecten (%)", "axis_crises_per_1000_households_per_year":
        "crises per 1.000 huishoudens per jaar",
    "axis_cost_eur_per_year": "kosten per jaar (\u20ac mln)",
    "axis_professionals_per_helped_household": "professionals per geholpen huishouden",
    "axis_difference": "{kpi}: verschil met {reference}",
    "h_coordination": "Coördinatielast in de tijd",
    "no_weekly": "Deze resultaten bevatten geen weekcijfers, dus het verloop in de tijd kan niet worden getoond.",
    "coordination_intro": "Per week het deel van alle werktijd dat naar afstemming gaat, gemiddeld over de "
                          "herhalingen, "
                          "met de marge als band.",
    "cap_coordination": "Coördinatielast per week; de stippellijn markeert het einde van de inloopperiode.",
    "coordination_moving": "Bij {design} {way} de coördinatielast in de gemeten jaren nog: niet in evenwicht.",
    "rises": "stijgt", "falls": "daalt",
    "coordination_settled": "In de gemeten jaren is de coördinatielast bij elke manier stabiel (minder dan 10% "
                            "verschil "
                            "tussen het eerste en het laatste jaar).",
    "fig_warmup_end": " einde inloop", "fig_week": "week",
    "h_outcomes": "Uitkomsten voor huishoudens",
    "groups_intro": "Uitkomsten apart voor huishoudens met meervoudige problemen en huishoudens met één probleem.",
    "no_groups": "Deze resultaten bevatten geen uitkomsten per groep huishoudens.",
    "outcomes_intro": "Uitkomsten over alle huishoudens en hulptrajecten.",
    "cap_outcomes": "Opgeloste hulptrajecten, vooruitgang in zelfredzaamheid en crises (met marges).",
    "h_professionals": "Aantal professionals per huishouden",
    "professionals_intro": "\u2018Tig mensen over de vloer\u2019: het gemiddelde aantal verschillende professionals "
                           "dat "
                           "een geholpen huishouden ziet.",
    "h_cost": "Kosten",
    "cost_intro": "Betaalde formatie tegen het uurtarief, plus voorzieningen en het regelvrije budget, per jaar. De "
                  "figuur toont het verschil met de basis, want dat verschil is wat u afweegt.",
    "cap_difference": "{kpi}: verschil met {reference}, met marge (95%-interval).",
    "missing_kpi": "De indicator \u2018{kpi}\u2019 ontbreekt in deze resultaten.",
}

_STATEMENTS = {
    "h_statements": "Vijftien stellingen getoetst",
    "statements_intro": "De vijftien stellingen uit Bijlage 1 van de notitie van de Sociale Dienst Drechtsteden "
                        "(2018). "
                        "Per stelling: kan het model haar toetsen (getoetst), deels (deels toetsbaar) of niet, omdat "
                        "ze een waardekeuze is of buiten het model valt (normatief). Een getoetste stelling doet een "
                        "bewering over twee manieren; een vergelijking steunt haar als de marge van het verschil aan "
                        "de voorspelde kant van nul ligt, spreekt haar tegen als die aan de andere kant ligt, en zegt "
                        "niets als ze nul bevat.",
    "statements_source": "Getoetst op een eigen reeks berekeningen met alle manieren die de stellingen nodig "
                         "hebben: {designs} ({municipality}, {replications} herhalingen, dezelfde huishoudens per "
                         "herhaling).",
    "col_number": "nr.", "col_statement": "stelling", "col_kind": "soort", "col_verdict": "oordeel",
    "kind_tested": "getoetst", "kind_partly": "deels toetsbaar", "kind_normative": "normatief of buiten het model",
    "verdict_normative": "niet te toetsen", "verdict_short_not_run": "niet in deze resultaten",
    "statement_heading": "Stelling {n}", "label_kind": "Soort", "label_why": "Waarom niet te toetsen",
    "verdict_not_tested": "Niet getoetst in deze resultaten: daarvoor is {roles} nodig. Het experiment {experiment} "
                          "rekent die manieren door; een rapport daarvan toetst deze stelling.",
    "label_verdict": "Oordeel volgens de regels", "label_shows": "Wat de simulatie laat zien",
    "label_sure": "Hoe zeker", "label_cannot": "Wat het model niet kan zeggen",
    "verdict_supported": "ondersteund", "verdict_contradicted": "weersproken",
    "verdict_mixed": "gemengd: sommige duidelijke verschillen steunen de stelling, andere spreken haar tegen",
    "verdict_undecided": "niet beslist (geen aantoonbare verschillen)",
    "role_sectoral": "de sectorale toegang", "role_integral_all": "integrale toegang voor iedereen",
    "role_targeted": "een gerichte integrale route (vinkje of integraal team)", "role_one_desk": "één loket",
    "role_no_wrong_door": "no wrong door of de sectorale toegang", "role_strict_avg": "strikte AVG",
    "role_free_budget": "een regelvrij budget", "role_one_owner": "opdrachtgeverschap (één verantwoordelijke)",
    "comparison": "{kpi}: {a} tegenover {b}: {diff} \u2013 {agreement}",
    "agreement_agrees": "steunt de stelling", "agreement_disagrees": "spreekt de stelling tegen",
    "agreement_silent": "zegt niets over de stelling",
    "certainty": "{clear} van de {total} vergelijkingen tonen een duidelijk verschil ({agree} steunen de stelling, "
                 "{disagree} spreken haar tegen), na {n} herhalingen. Die zekerheid geldt binnen het model en zijn "
                 "aannames.",
    "certainty_sensitivity": "De aanname met de meeste invloed is \u2018{factor}\u2019 (zie gevoeligheid).",
    "certainty_no_sensitivity": "Zonder gevoeligheidsanalyse is onbekend hoe sterk dit van de aannames afhangt.",
    "missing_kpis": "Niet in deze resultaten: {kpis}.",
}

_STUDIES = {
    "h_sensitivity": "Gevoeligheid: welke aannames het meest uitmaken",
    "no_sensitivity": "Bij deze resultaten is geen gevoeligheidsanalyse gevoegd; de invloed van de aannames is daarom "
                      "niet getoond.",
    "sensitivity_intro": "Elke onzekere aanname is over haar hele onderbouwde bereik verschoven, steeds één tegelijk "
                         "vanuit steeds een ander startpunt. Per vergelijking en uitkomst staan hieronder de drie "
                         "aannames die het verschil tussen twee manieren het meest veranderen: het gemiddelde effect "
                         "van zo'n verschuiving, met de marge. {design}",
    "sensitivity_design": "Berekend voor een stad van {inhabitants} inwoners met dezelfde bezetting per inwoner, "
                          "{years} jaar gemeten na {warmup} jaar inloop; {factors} aannames, {trajectories} "
                          "startpunten, elk punt {replications} keer herhaald.",
    "sensitivity_design_unknown": "Op welke stad en over welke periode de analyse liep, is niet bekend.",
    "col_comparison": "vergelijking", "col_outcome": "uitkomst", "col_top_factors": "aannames met de meeste invloed",
    "contrast": "{a} min {b}",
    "cap_sensitivity": "Relatieve invloed per aanname (1 = de grootste), gemiddeld over vergelijkingen en uitkomsten.",
    "fig_sensitivity_x": "relatieve invloed (0 tot 1)",
    "h_designs_all": "De manieren om de toegang in te richten",
    "designs_intro": "Alle manieren die het model kent, in gewone woorden; de vergeleken manieren staan bovenaan.",
    "col_compared": "vergeleken", "compared_yes": "ja", "col_description": "wat er gebeurt",
    "h_glossary": "Begrippen", "col_term": "begrip", "col_meaning": "betekenis",
    "h_sources": "Bronnen",
    "h_colophon": "Colofon",
    "colophon": "Dit rapport is gemaakt met integraal {version} (versie {commit}), een open simulatiemodel van de "
                "toegang in het sociaal domein. De berekeningen zijn van {date}. Het model gebruikt alleen een "
                "nagebootste bevolking, geen gegevens van echte inwoners, en stuurt niets naar buiten. Alle "
                "uitkomsten zijn na te rekenen met dezelfde startgetallen (zie de bijlage).",
}

_APPENDIX = {
    "h_appendix": "Bijlage: verantwoording",
    "appendix_intro": "Voor wie de berekeningen wil overdoen. Het volledige verslag staat in de resultatenmap.",
    "h_scenarios": "Manieren en scenario\u2019s", "col_scenario": "scenario", "col_access": "toegang",
    "h_parameters": "Instellingen die verschillen",
    "parameters_intro": "Waarden uit de scenariobestanden zoals die nu zijn, met de instellingen van het experiment.",
    "scenario_note": "De scenario\u2019s konden niet worden geladen; de instellingen ontbreken daarom.",
    "col_parameter": "instelling",
    "h_runs": "Simulaties en startgetallen", "col_runs": "simulaties", "col_ok": "gelukt",
    "col_seeds": "startgetallen", "seeds": "startgetal {roots}, herhalingen {first} tot en met {last}",
    "h_versions": "Versies", "col_item": "onderdeel", "col_value": "waarde",
    "version_commit": "programmaversie", "version_dirty": " (met niet-vastgelegde wijzigingen)",
    "version_python": "Python", "version_system": "besturingssysteem", "version_period": "gerekend",
}

WORDS = {**_NUMBERS, **_COVER, **_PAGE_ONE, **_READING, **_MUNICIPALITY, **_WAITS, **_SECTIONS, **_STATEMENTS,
         **STATEMENT_WORDS, **_STUDIES, **_APPENDIX}
