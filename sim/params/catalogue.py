"""The catalogue of every model parameter, with its default (the calibrated Middelstad value).

Sources are named as in ``shared/DOMAIN.md`` section 3 and by seed file (``000``..``004`` stand
for the files in ``shared/seeds/``). Per-domain parameters are built from small tables below, one
row per life domain, so that each value keeps its own source and status.
"""

from __future__ import annotations

from sim.domains import DOMAINS, HOUSEHOLD_TYPES
from sim.params.benefit_catalogue import BENEFIT_PARAMS
from sim.params.definitions import Param
from sim.params.design_catalogue import DESIGN_PARAMS
from sim.params.outcome_catalogue import OUTCOME_PARAMS

P = Param
UNIT_INTERVAL = (0.0, 1.0)

SIMULATION = [
    P("simulation.warmup_years", 8.0, "years", "Warm-up before measurement starts", (0, 50),
      status="setting", source="Welch analysis in docs/stochastic.md: the waiting lists fill until about year 8"),
    P("simulation.years", 5.0, "years", "Measured years after the warm-up", (0.01, 200), status="setting"),
    P("simulation.mode", "municipality", "-", "municipality: the full model; mmc: the degenerate "
      "M/M/c queue used for verification", choices=("municipality", "mmc"), status="setting"),
]

POPULATION = [
    P("population.inhabitants", 100_000, "persons", "Inhabitants of the municipality", (0, 5_000_000),
      status="setting", source="Middelstad, issue 2"),
    P("population.vulnerability_shape", 0.7, "-", "Shape of the gamma-distributed latent vulnerability "
      "(mean 1); smaller means more clustering of problems in few households", (0.01, 100),
      (0.3, 2.0), "DOMAIN.md 3: 1% multi-problem households", "calibrated", "multiproblem_share"),
    P("population.avoider_share", 0.10, "share", "Households that avoid help (zorgmijders) and only "
      "come in through a crisis", UNIT_INTERVAL, (0.05, 0.2), "DOMAIN.md 5 (zorgmijder)", "assumption"),
]
SHARES = {"single": 0.25, "couple": 0.22, "couple_children": 0.25, "single_parent": 0.07, "elderly": 0.21}
SIZES = {"single": 1.0, "couple": 2.0, "couple_children": 4.0, "single_parent": 2.6, "elderly": 1.5}
POPULATION += [P(f"population.share_{t}", SHARES[t], "share", f"Share of households of type {t}",
                 UNIT_INTERVAL, source="CBS household statistics, rounded", status="?")
               for t in HOUSEHOLD_TYPES]
POPULATION += [P(f"population.size_{t}", SIZES[t], "persons", f"Mean size of a {t} household",
                 (1.0, 12.0), source="CBS: 2.1 persons per household on average", status="?")
               for t in HOUSEHOLD_TYPES]

# Per domain: onset per household-year for a household of multiplier 1, unmet-need worsening
# and remission rates per year, probability of asking for help at ZRM 3, mean days before asking.
NEED_ROWS = {
    #              onset  worsen remit present seek  recur  recur_days severe_onset initial in_help
    "wmo":         (0.034, 0.5, 0.50, 0.85, 30.0, 0.25, 365.0, 0.25, 0.012, 0.040),
    "youth":       (0.070, 0.6, 0.90, 0.70, 45.0, 0.30, 365.0, 0.25, 0.010, 0.018),
    "work_income": (0.030, 0.5, 1.00, 0.80, 30.0, 0.30, 540.0, 0.20, 0.010, 0.034),
    "debt":        (0.035, 0.4, 0.90, 0.15, 60.0, 0.35, 540.0, 0.25, 0.024, 0.019),
    "social":      (0.020, 0.3, 1.20, 0.20, 60.0, 0.30, 365.0, 0.15, 0.015, 0.003),
}
MULTIPLIERS = {  # onset multiplier by household type, same order as HOUSEHOLD_TYPES
    "wmo":         (0.6, 0.5, 0.3, 0.6, 3.5),
    "youth":       (0.0, 0.0, 1.0, 2.0, 0.0),
    "work_income": (1.5, 0.7, 0.7, 3.0, 0.2),
    "debt":        (1.3, 0.6, 0.9, 2.5, 0.4),
    "social":      (1.2, 0.4, 0.3, 1.2, 2.5),
}
NEED_SOURCE = {
    "wmo": "CBS: >1.1 M Wmo clients (2019); SCP 2017 mix 3/6 Wmo",
    "youth": "CBS: 10.5% of under-23s in youth care (2022)",
    "work_income": "CBS: 401k in bijstand (2023); SCP 2017 mix 2/6 participation",
    "debt": "CBS: 7.6% problematic debts (2020), 1 in 6 known to debt help; NVVK: 75k requests (2022)",
    "social": "assumption: welzijn requests for loneliness",
}


def _need_params(d: str) -> list[Param]:
    onset, worsen, remit, present, seek, recur, recur_days, severe, initial, initial_help = NEED_ROWS[d]
    src = NEED_SOURCE[d]
    out = [
        P(f"needs.{d}.onset_per_year", onset, "1/household/year", f"Base onset rate of a {d} need",
          (0, 10), (onset * 0.5, onset * 1.5), src, "calibrated", "users_share"),
        P(f"needs.{d}.worsening_per_year", worsen, "1/year", "Rate at which an unmet need drops one "
          "ZRM point (escalation)", (0, 50), (worsen * 0.5, worsen * 2), "seed 001 (needs worsen "
          "while unmet)", "assumption", "crises_per_1000"),
        P(f"needs.{d}.remission_per_year", remit, "1/year", "Rate at which an unmet need resolves by "
          "itself (also withdraws a waiting request)", (0, 50), (remit * 0.5, remit * 2), "", "assumption"),
        P(f"needs.{d}.present_probability", present, "probability", "Chance that a household asks "
          "for help when the need arises at ZRM 3 (doubles at ZRM 2, certain at 1)", UNIT_INTERVAL,
          (present * 0.5, min(1.0, present * 1.5)), src, "calibrated", "users_share"),
        P(f"needs.{d}.seek_days", seek, "days", "Mean delay before a household asks for help",
          (0, 3650), (seek * 0.5, seek * 2), "", "assumption"),
        P(f"needs.{d}.recurrence_probability", recur, "probability", "Chance that a resolved need "
          "comes back", UNIT_INTERVAL, (recur * 0.5, min(1.0, recur * 1.5)), "seed 001", "assumption"),
        P(f"needs.{d}.recurrence_days", recur_days, "days", "Mean time until a resolved need comes back",
          (1, 36500), (recur_days * 0.5, recur_days * 2), "", "assumption"),
        P(f"needs.{d}.initial_share", initial, "share", "Share of households with an unspoken "
          "(latent) need at time 0, the steady-state level, so the warm-up can be short", UNIT_INTERVAL,
          (initial * 0.5, initial * 1.5), "steady state of the model (docs/stochastic.md)", "calibrated"),
        P(f"needs.{d}.initial_help_share", initial_help, "share", "Share of households already in "
          "help at time 0 (existing clients), the steady-state level", UNIT_INTERVAL,
          (initial_help * 0.5, initial_help * 1.5), "steady state of the model (docs/stochastic.md)",
          "calibrated"),
        P(f"needs.{d}.severe_onset_share", severe, "probability", "Share of new needs that start at "
          "ZRM 2 instead of 3", UNIT_INTERVAL, (severe * 0.5, min(1.0, severe * 1.5)), "", "assumption"),
    ]
    for t, m in zip(HOUSEHOLD_TYPES, MULTIPLIERS[d]):
        out.append(P(f"needs.{d}.multiplier_{t}", m, "-", f"Onset multiplier for {t} households",
                     (0, 100), status="assumption", source=src))
    return out


# Per domain: intake hours and calendar days; help hours per week, mean duration and success
# chance; yearly cost of provisions bought from providers; norm days and what the norm measures.
SERVICE_ROWS = {
    #              in_h in_days h/wk  dur    succ  provision  norm  measure
    "wmo":         (6.0, 10.0, 0.15, 300.0, 0.75, 4000.0, 56.0, "decision"),
    "youth":       (8.0, 14.0, 1.00, 180.0, 0.60, 9000.0, 56.0, "decision"),
    "work_income": (6.0, 10.0, 0.75, 300.0, 0.55, 0.0, 56.0, "decision"),
    "debt":        (4.0, 7.0, 0.60, 365.0, 0.60, 3500.0, 28.0, "first_contact"),
    "social":      (2.0, 7.0, 1.00, 120.0, 0.65, 0.0, 0.0, "none"),
}
FIRST_CONTACT_DAYS = {"wmo": 5.0, "youth": 7.0, "work_income": 5.0, "debt": 3.0, "social": 3.0}
NORM_SOURCE = {
    "wmo": "Wmo 2015 art. 2.3.2: 6 weeks investigation + 2 weeks decision",
    "youth": "Awb decision term of 8 weeks; no national waiting norm (Jeugdautoriteit)",
    "work_income": "Participatiewet art. 44 / Awb: 8 weeks",
    "debt": "Wgs art. 4: first conversation within 4 weeks",
    "social": "no legal norm for welzijn",
}
COST_SOURCE = {
    "wmo": "assumption: average yearly Wmo provision",
    "youth": "assumption: average yearly youth-care trajectory",
    "work_income": "benefit payments are not counted as cost of access",
    "debt": "Divosa via NVVK: about EUR 8,100 per client incl. professional time [S]",
    "social": "welfare help is professional time only",
}


def _service_params(d: str) -> list[Param]:
    in_h, in_days, hours, dur, succ, provision, norm, measure = SERVICE_ROWS[d]
    first = FIRST_CONTACT_DAYS[d]
    return [
        P(f"intake.{d}.hours", in_h, "hours", "Professional hours of a sectoral intake",
          (0, 200), (in_h * 0.5, in_h * 1.5), "assumption (keukentafelgesprek + report)", "assumption"),
        P(f"intake.{d}.first_contact_days", first, "days", "Mean days from the moment a professional "
          "takes up a request to the first conversation (appointment lead, a process time drawn per "
          "request, Erlang-2); 0 in a crisis. Waiting before take-up is the organisation's queue",
          (0, 365), (first * 0.5, first * 1.5), "assumption: an appointment within about a week", "assumption"),
        P(f"intake.{d}.days", in_days, "days", "Mean calendar days of the intake from first contact "
          "to decision (report and beschikking; drawn per request, Erlang-2)", (0, 365),
          (in_days * 0.5, in_days * 1.5), f"assumption; the legal term is a maximum ({NORM_SOURCE[d]})",
          "assumption"),
        P(f"help.{d}.hours_per_week", hours, "hours/week", "Professional hours per week a case in "
          "help takes from its organisation", (0, 40), (hours * 0.5, hours * 1.5), "", "assumption"),
        P(f"help.{d}.duration_days", dur, "days", "Mean duration of help at ZRM 3 (x1.5 at ZRM 2, "
          "x2 at ZRM 1)", (0, 7300), (dur * 0.5, dur * 1.5), "", "assumption"),
        P(f"help.{d}.success_probability", succ, "probability", "Chance that help resolves the need "
          "(help effectiveness)", UNIT_INTERVAL, (succ * 0.7, min(1.0, succ * 1.3)), "", "assumption"),
        P(f"help.{d}.provision_eur_per_year", provision, "EUR/year", "Cost of provisions bought "
          "from providers while help runs", (0, 1e7), (provision * 0.5, provision * 1.5),
          COST_SOURCE[d], "assumption"),
        P(f"norms.{d}.days", norm, "days", "Legal or reference deadline (0: none)", (0, 3650),
          source=NORM_SOURCE[d], status="V" if d in ("wmo", "debt") else "assumption"),
        P(f"norms.{d}.measure", measure, "-", "What the deadline measures: decision (end of intake), "
          "first_contact (start of intake) or none", choices=("decision", "first_contact", "none"),
          source=NORM_SOURCE[d], status="V" if d in ("wmo", "debt") else "assumption"),
    ]


# Per domain: organisation name, professionals, weekly hours, cost per hour.
ORG_ROWS = {
    "wmo": ("Wmo-loket", 23.5, 32.0),
    "youth": ("Jeugdteam", 45.5, 32.0),
    "work_income": ("Werk en Inkomen", 62.0, 32.0),
    "debt": ("Schuldhulpverlening", 29.0, 32.0),
    "social": ("Welzijn", 7.0, 32.0),
}


def _org_params(d: str) -> list[Param]:
    name, staff, hours = ORG_ROWS[d]
    return [
        P(f"organisations.{d}.name", name, "-", "Name of the organisation that serves this domain",
          status="setting"),
        P(f"organisations.{d}.professionals", float(staff), "FTE", "Professionals in full-time equivalents "
          "of weekly_hours (per 100,000 inhabitants; scaled with the population; a fraction is one "
          "part-timer)", (0, 100_000), (staff * 0.8, staff * 1.2),
          "fitted to the baseline's waits (docs/calibration.md); Goeree-Overflakkee: 13 Wmo-consulenten "
          "for about 50,000 inhabitants (2024) [S]" if d == "wmo" else
          "fitted to the baseline's waits (docs/calibration.md)", "calibrated", "wait_median_days"),
        P(f"organisations.{d}.weekly_hours", hours, "hours/week", "Contract hours per professional",
          (0, 60), (28, 36), "CAO sociaal werk: 36 h full time; part-time common", "assumption"),
    ]


MECHANISMS = [
    P("help.duration_shape", 2.0, "-", "Gamma shape of the relative size of a need, which scales "
      "its help duration (1: exponential; larger: less spread)", (0.05, 100), (1.0, 4.0),
      "assumption", "assumption"),
    P("norms.debt.crisis_days", 5.0, "days", "Deadline for the first conversation when debts "
      "threaten (eviction, cut-off): 3 working days", (0, 365), source="Wgs art. 4", status="V"),
    P("work.admin_ratio", 0.43, "hours/hour", "Administration hours per hour of client work "
      "(0.43 makes administration 30% of worked time)", (0, 10), (0.25, 0.6),
      "CBS werknemersenquete: 30% administration in care and welfare [S]", "S", "admin_share"),
    P("work.staffing_scale", 1.0, "-", "Multiplies every organisation's professionals (one factor for the "
      "staffing a municipality has against the calibrated one; 1.2 is 20% more people in every team)",
      (0.01, 100), (0.8, 1.3), "docs/calibration.md: staff fitted to the baseline's waits; how much slack a real "
      "municipality has is unknown (issue 15)", "assumption"),
    P("work.hourly_cost_eur", 75.0, "EUR/hour", "Full cost of one professional hour", (0, 1000),
      (60, 95), "assumption: municipal tariff for a social professional", "assumption"),
    P("spillover.debt_onset_multiplier", 1.4, "-", "Onset rates of other needs while a debt need is "
      "unresolved (poverty and debt stress spill over)", (1, 10), (1.2, 3.0), "seed 001", "assumption",
      "multi_sector_share"),
    P("spillover.debt_worsening_multiplier", 1.5, "-", "Worsening rates of other needs while a debt "
      "need is unresolved", (1, 10), (1.0, 2.5), "seed 001", "assumption"),
    P("spillover.root_cause_success_multiplier", 0.6, "-", "Help success in another domain is "
      "multiplied by this while debt stays unresolved (root causes elsewhere); the size of the benefit of "
      "treating debt (found, root cause first, stabilised in help); 1 turns it off", UNIT_INTERVAL,
      (0.4, 1.0), "seed 001; the range reaches 1 (no effect) as DOMAIN.md 3b asks of every benefit", "assumption"),
    P("crisis.eviction_probability", 0.05, "probability", "Chance that a debt crisis ends in an "
      "eviction", UNIT_INTERVAL, (0.02, 0.1), "assumption: about 0.4 evictions per 1,000 "
      "households a year nationally", "calibrated", "evictions_per_1000_households_per_year"),
]

# Capacity varies: leave (most of it in the summer) and sick leave take professionals away from
# new requests (sim/agents/absence.py).
STAFF = [
    P("staff.leave_weeks", 5.5, "weeks/year", "Weeks of leave a professional takes a year", (0, 52), (4.0, 7.0),
      "assumption: 4 statutory weeks (BW 7:634) plus CAO and ADV days", "assumption"),
    P("staff.summer_leave_share", 0.7, "share", "Share of the leave taken as one block in July and August",
      UNIT_INTERVAL, (0.4, 0.8), "assumption: school summer holidays (about half the team away in August)",
      "assumption"),
    P("staff.sick_leave_share", 0.065, "share", "Share of working days lost to sick leave", (0, 0.9),
      (0.05, 0.08), "CBS ziekteverzuim naar bedrijfstak, Q2 2023: gezondheids- en welzijnszorg 7.0%, "
      "openbaar bestuur 5.6% (cbs.nl nieuws 2023/37) [V]", "V"),
    P("staff.sick_spell_days", 14.0, "days", "Mean length of a sick spell (exponential)", (0, 3650), (5.0, 40.0),
      "assumption: many short spells, a few long ones", "assumption"),
]

MMC = [
    P("mmc.arrival_rate_per_day", 1.0, "1/day", "Mode mmc: Poisson arrival rate lambda", (0, 1e6),
      status="setting"),
    P("mmc.service_mean_days", 1.0, "days", "Mode mmc: mean exponential service time 1/mu",
      (1e-9, 1e6), status="setting"),
    P("mmc.servers", 1, "servers", "Mode mmc: number of professionals c", (0, 100_000), status="setting"),
]


def all_params() -> list[Param]:
    """Every parameter of the model, in the order of the calibration table."""
    per_domain = [p for d in DOMAINS for p in _need_params(d) + _service_params(d) + _org_params(d)]
    return (SIMULATION + POPULATION + per_domain + MECHANISMS + STAFF + OUTCOME_PARAMS + DESIGN_PARAMS
            + BENEFIT_PARAMS + MMC)


CATALOGUE: dict[str, Param] = {p.key: p for p in all_params()}
DEFAULTS: dict[str, object] = {k: p.default for k, p in CATALOGUE.items()}
