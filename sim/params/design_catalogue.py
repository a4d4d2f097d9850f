"""Parameters of the access designs (docs/designs.md), part of the catalogue.

``DESIGN_NAMES`` are the values ``design.access`` accepts: the names in the design registry
(sim/access/registry.py), read without importing a design.
Figures that no source gives (coordination minutes, detection accuracy, handover times) are
documented guesses with a plausible range, status "assumption", as DOMAIN.md section 3 asks.
"""

from __future__ import annotations

from sim.access.registry import DESIGN_NAMES
from sim.params.definitions import Param

P = Param
UNIT = (0.0, 1.0)
A = "assumption"

ACCESS = [
    P("design.access", "sectoraal", "-", "Access design (see docs/designs.md)", choices=DESIGN_NAMES,
      status="design"),
]

# Integraal kijken: a broad intake (all life domains) and a short broad look at the door.
LOOKING = [
    P("broad_intake.extra_hours", 3.0, "hours", "Extra professional hours of a broad (integral) intake "
      "on top of the sectoral intake", (0, 100), (1.5, 6.0), "seeds 000, 004 (ZRM across all domains)", A),
    P("broad_intake.extra_days", 7.0, "days", "Extra calendar days of a broad intake", (0, 365), (3, 21),
      "seed 000 (wheelchair example)", A),
    P("broad_intake.detection_probability", 0.7, "probability", "Chance that a broad intake finds one "
      "latent need of the household", UNIT, (0.5, 0.9), "seed 004 (integrale intake, brede uitvraag)", A),
    P("look.hours", 0.5, "hours", "Professional hours of a short broad look at the door (integraal "
      "kijken, no wrong door)", (0, 20), (0.25, 1.5), "seed 004 (integraal kijken)", A),
    P("look.detection_probability", 0.4, "probability", "Chance that a short broad look finds one latent "
      "need", UNIT, (0.2, 0.6), "seed 004", A),
]

# Integraal werken: case meetings, diffusion of responsibility, maturity, pseudo-cooperation.
MEETINGS = [
    P("meeting.hours", 3.0, "hours", "Hours each participating organisation spends on one case meeting "
      "(preparation, meeting, report)", (0, 100), (1.5, 6.0), "seeds 000, 002 (coordinatielast)", A),
    P("meeting.days", 14.0, "days", "Days to organise a case meeting with one organisation", (0, 365),
      (7, 28), "seeds 000, 004 (eerst interne afstemming)", A),
    P("meeting.days_per_extra_actor", 3.5, "days", "Extra days to organise a meeting per additional "
      "organisation (agendas to align)", (0, 100), (0, 7), "seed 000", A),
    P("meeting.with_household", True, "-", "The household takes part in the case meeting (one plan made "
      "at the kitchen table), so it meets every participant", status="design", source="seed 003"),
    P("diffusion.per_actor_probability", 0.25, "probability", "Per additional actor, the chance that "
      "nobody acts after a meeting when no lead is named (handelingsverlegenheid, wachtgedrag)", UNIT,
      (0.1, 0.4), "seed 000", A),
    P("diffusion.without_meeting_scale", 1.0, "-", "Multiplies diffusion.per_actor_probability where "
      "organisations serve one household side by side without a joint plan or lead (sectoral help, "
      "referrals): before its help starts, each may wait for the others; 0 turns it off", (0, 10), (0, 1.5),
      "seed 000 (wachtgedrag grows with the actors unless one lead is named); size an assumption", A),
    P("diffusion.idle_days", 30.0, "days", "Mean days without action when nobody feels responsible",
      (0, 3650), (10, 60), "seed 000", A),
    P("plan.conflict_success_multiplier", 0.85, "-", "Help success is multiplied by this while another "
      "helper works in the same household without a shared, effective plan (conflicting advice, work "
      "done twice); 1 turns the mechanism off", UNIT, (0.7, 1.0), "seed 001; the range reaches 1 (no effect), "
      "as DOMAIN.md 3b asks of every benefit of integral work", A),
    P("spillover.stabilised_in_help", True, "-", "While debt help runs the debts are stabilised "
      "(Wgs stabilisation: creditors paused, income secured), so the debt no longer spills over into "
      "other domains; False keeps the spillover until the debt is resolved", status="assumption",
      source="seed 001 (take away the cause: poverty and debt stress); Wgs stabilisatiefase"),
    P("plan.root_cause_first", True, "-", "An effective plan treats debt (the root cause) first: its "
      "help goes to the front of the debt queue, so the debt is stabilised sooner; how much that helps the "
      "other needs is spillover.root_cause_success_multiplier and spillover.debt_worsening_multiplier (1 "
      "turns the benefit off); False turns the priority off", status="design", source="seed 001"),
    P("pseudo.queue_per_professional", 1.0, "tasks/professional", "Time pressure: waiting tasks per "
      "professional in a participating organisation above which meetings may be pseudo-cooperation",
      (0, 1000), (0.5, 3.0), "seed 002", A),
    P("pseudo.probability", 0.5, "probability", "Chance that a meeting under time pressure ends without "
      "an effective plan (the hours are spent, the plan does not bind); 0 turns it off", UNIT, (0.2, 0.8),
      "seed 002", A),
    P("maturity.start_years", 0.0, "years", "Years of integral practice at the start of the run",
      (0, 100), (0, 15), "seed 002", "design"),
    P("maturity.years", 10.0, "years", "Years of practice until cooperation is mature", (0.1, 100), (5, 15),
      "seed 002 (about ten years)", "seed"),
    P("maturity.max_saving", 0.6, "share", "Share of meeting hours and organising days saved once "
      "cooperation is mature (0 turns maturity off)", UNIT, (0.3, 0.8), "seed 002", A),
]

# Handovers and strict information sharing (AVG).
HANDOVERS = [
    P("handover.days", 7.0, "days", "Days a formal handover to another organisation takes", (0, 365),
      (2, 21), "seeds 002, 004", A),
    P("handover.hours", 0.5, "hours", "Coordination hours of a handover, at the sending and the "
      "receiving organisation each", (0, 20), (0.25, 2.0), "seed 000 (overdrachtsmomenten)", A),
    P("handover.info_loss_probability", 0.15, "probability", "Chance that a handover loses information, "
      "so the receiving organisation repeats (part of) the intake", UNIT, (0.05, 0.3), "seed 002", A),
    P("handover.repeat_intake_share", 0.5, "share", "Share of the sectoral intake hours and days a "
      "repeated intake takes", UNIT, (0.3, 1.0), A, A),
    P("avg.consent_probability", 0.6, "probability", "Design avg-strikt: chance that the household "
      "consents to sharing (or a legal basis exists); without it a handover repeats the intake and a "
      "broad look may not ask about other domains; 1 turns strictness off", UNIT, (0.4, 0.9),
      "seed 004 (AVG, AP on the ZRM)", A),
    P("avg.no_consent_delay_days", 14.0, "days", "Design avg-strikt: extra days a handover without "
      "consent takes (asking, explaining, a new appointment)", (0, 365), (7, 28), "seed 004", A),
]

# Wrong doors: a household asks an organisation that does not help with its need.
WRONG_DOORS = [
    P("wrong_door.probability", 0.1, "probability", "Chance that a household asks at the door of another "
      "domain than its need's, where every domain has its own door", UNIT, (0.0, 0.25),
      "seed 004 (no wrong door presumes wrong doors); BZK, 'Van lokettenjungle naar één overheid' "
      "(Publiek Denken 60); no Dutch figure found", A),
    P("wrong_door.hours", 0.5, "hours", "Professional hours the wrong door spends finding out the request "
      "is not its own (triage)", (0, 10), (0.25, 1.0), A, A),
    P("wrong_door.days", 7.0, "days", "Calendar days of that triage", (0, 365), (2, 14), A, A),
    P("wrong_door.reask_days", 30.0, "days", "Sectoral ('not here'): mean days until the household asks "
      "again at the right door", (0, 3650), (7, 90), "seed 004 (van het kastje naar de muur); size an "
      "assumption", A),
]

# The multiprobleem vinkje and proactive outreach.
FLAGS = [
    P("vinkje.source", "data", "-", "Where the flag comes from: data (observable markers, before the "
      "intake) or judgement (the professional, after the intake)", choices=("data", "judgement"),
      status="design", source="seed 000 (data-analyse of empirie, Top400)"),
    P("vinkje.target_domains", 3, "domains", "A household is truly multi-problem with needs in this many "
      "domains or more", (2, 5), (2, 3), "DOMAIN.md 1 (multiprobleem), sim/agents/population.py", A),
    P("vinkje.sensitivity", 0.7, "probability", "Data flag: chance that a truly multi-problem household "
      "is flagged", UNIT, (0.4, 0.9), "assumption: no published accuracy of a municipal risk model", A),
    P("vinkje.specificity", 0.95, "probability", "Data flag: chance that another household is not "
      "flagged", UNIT, (0.8, 0.99), "assumption", A),
    P("vinkje.judgement_sensitivity", 0.6, "probability", "Judgement flag: chance that the intake "
      "professional flags a truly multi-problem household", UNIT, (0.4, 0.9), A, A),
    P("vinkje.judgement_specificity", 0.97, "probability", "Judgement flag: chance that the intake "
      "professional does not flag another household", UNIT, (0.85, 0.99), A, A),
    P("vinkje.review_days", 182.5, "days", "Data flag: days between two runs of the data analysis that "
      "sets every household's flag (kept until the next run)", (1, None), (91, 365), "assumption: "
      "municipalities refresh risk lists such as Amsterdam's Top400/Top600 periodically", A),
    P("vinkje.judgement_keep_days", 365.0, "days", "Judgement flag: days the professional's flag stays on "
      "the file; a request within them reuses it, a later one is judged again", (0, None), (91, 730), A, A),
    P("outreach.signal_probability", 0.0, "probability", "Proactive variant: chance that a debt need "
      "produces a payment-arrears signal (energy, rent) that leads to an outreach visit; 0 is off",
      UNIT, (0.3, 0.8), "seed 004 (afspraken met energieleveranciers)", A),
    P("outreach.signal_days", 60.0, "days", "Mean days from the onset of a debt need to the arrears "
      "signal and visit", (0, 3650), (30, 120), "seed 004", A),
]

# Design-specific organisation and mechanism parameters.
TEAMS = [
    P("integraal_team.professionals", 3, "persons", "Gouda pilot: professionals of the separate integral "
      "team per 100,000 inhabitants (added to the sectoral staff)", (0, 1000), (2, 6), "seed 004", A),
    P("integraal_team.notice_probability", 0.5, "probability", "Chance that a sectoral intake notices "
      "one other need (enough to refer)", UNIT, (0.3, 0.7), "seed 004", A),
    P("integraal_team.min_domains", 2, "domains", "Referral criterion: several life domains involved",
      (2, 5), (2, 3), "seed 004 (Gouda criteria)", "design"),
    P("integraal_team.stuck_days", 90.0, "days", "Referral criterion: the case is stuck (no help) this "
      "long after the decision", (1, 3650), (60, 180), "seed 004 (de casus loopt vast)", "design"),
    P("integrale_toegang.lead_share", 0.0, "share", "Integral access for all: share of cases whose case "
      "meeting names a regisseur (lead), as 'een gezin, een plan, een regie' intends; 0 is the critics' "
      "reading (nobody directs, everybody waits for the other)", UNIT, (0.0, 0.5), "seed 000; DOMAIN.md", A),
    P("integraal_team.conflict_probability", 0.3, "probability", "Referral criterion: chance that laws "
      "conflict when income and debt needs meet (Participatiewet vs Wgs)", UNIT, (0.1, 0.5), "seed 004", A),
    P("een_loket.desk_share", 0.15, "share", "One-stop-shop: share of each organisation's staff moved "
      "to the central desk", UNIT, (0.1, 0.25), A, A),
    P("een_loket.intake_hours", 4.0, "hours", "Hours of the generalist intake at the desk", (0, 100),
      (2, 6), "seed 004", A),
    P("een_loket.intake_days", 14.0, "days", "Days of the generalist intake at the desk", (0, 365),
      (7, 21), "seed 004", A),
    P("buurtteams.team_size", 12, "persons", "Professionals per neighbourhood team", (1, 100_000),
      (8, 50), "seeds 000, 002", "design"),
    P("buurtteams.overview_size", 50.0, "persons", "Team size at which half the team no longer sees what "
      "the others do (visibility 1/2); a huge value turns the size effect off", (1, 1e12), (30, 80),
      "seed 000 (10 to 50 people see each other)", A),
    P("buurtteams.visibility_steepness", 3.0, "-", "How sharply visibility falls beyond the overview "
      "size", (0, 20), (2, 5), A, A),
    P("buurtteams.meeting_hours", 1.0, "hours", "Hours per involved team member of an informal team "
      "consultation at full visibility", (0, 100), (0.5, 2.0), "seed 000", A),
    P("buurtteams.meeting_overhead", 4.0, "-", "Extra meeting hours (as a multiple) when nobody sees "
      "the others' work: formal meetings replace the corridor", (0, 100), (2, 8), "seeds 000, 002", A),
    P("buurtteams.meeting_days", 3.0, "days", "Days to organise a team consultation at full visibility "
      "(x (1 + overhead x (1 - visibility)) otherwise)", (0, 365), (1, 7), A, A),
    P("regelvrij.budget_eur_per_100k", 250_000.0, "EUR/year", "Free budget per year per 100,000 "
      "inhabitants (scaled with the population)", (0, 1e9), (100_000, 400_000),
      "Zaanstad EUR 400k a year for about 160k inhabitants [V]", "V"),
    P("regelvrij.cost_eur", 400.0, "EUR", "Average cost of one out-of-mandate solution (a bed, a "
      "bridging loan)", (0, 1e6), (150, 1000), "seed 000 (een bedje kopen)", A),
    P("regelvrij.small_effort", 0.7, "-", "A noticed need counts as small when it is at ZRM 3 and its "
      "effort (standard exponential) is below this; 0 means no need is small", (0, 100), (0.3, 1.2), A, A),
    P("regelvrij.notice_probability", 0.4, "probability", "Chance that a professional notices one other "
      "need of the household at the intake or home visit", UNIT, (0.2, 0.6), "seed 000", A),
    P("regelvrij.hours", 2.0, "hours", "Professional hours to arrange a solution from the free budget",
      (0, 40), (1, 4), A, A),
    P("regelvrij.success_probability", 0.8, "probability", "Chance that a budget solution resolves the "
      "small need", UNIT, (0.6, 0.95), A, A),
    P("generalisten.share", 0.7, "share", "Share of each organisation's staff that works as generalist "
      "in the social team", UNIT, (0.3, 0.8), "Movisie 2017: broad teams 46% [S]", A),
    P("generalisten.severe_success_multiplier", 0.75, "-", "Help success of a generalist on a severe "
      "(ZRM 1-2) need in a specialist domain (youth, debt) is multiplied by this; 1 turns it off",
      UNIT, (0.6, 0.95), "seeds 002, 004", A),
    P("generalisten.refer_severe_probability", 0.5, "probability", "Chance that a generalist refers a "
      "severe specialist need to the specialists (a handover) instead of keeping it", UNIT, (0.2, 0.8), A, A),
    P("netwerk.notice_probability", 0.4, "probability", "Chance that a professional notices one other "
      "need of the household and asks the network", UNIT, (0.2, 0.6), "seed 000", A),
    P("netwerk.consult_hours", 0.5, "hours", "Hours of a quick consultation in the informal network "
      "(app group), for each of the two professionals", (0, 20), (0.25, 1.0), "seed 000 (Alkmaar)", A),
    P("netwerk.consult_days", 2.0, "days", "Days until the colleague in the network picks it up",
      (0, 365), (1, 5), "seed 000", A),
    P("netwerk.alignment_probability", 0.6, "probability", "Chance that the consultation aligns the two "
      "helpers (no conflicting advice)", UNIT, (0.3, 0.9), "seed 000", A),
]

DESIGN_PARAMS: list[Param] = ACCESS + LOOKING + MEETINGS + HANDOVERS + WRONG_DOORS + FLAGS + TEAMS
