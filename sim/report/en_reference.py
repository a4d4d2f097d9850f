"""English: the fifteen statements of Bijlage 1 (quoted in Dutch, translated), their reasons, glossary, sources."""

from sim.report.nl_reference import QUOTES

_TRANSLATIONS = {
    1: "an integral approach only pays off for multi-problem families",
    2: "integral service adds value for every client",
    3: "integral service covers every life domain in which citizens meet problems (and so is wider than the "
       "social domain)",
    4: "integral cooperation is only easy to organise within the social domain",
    5: "when citizens lose control of their lives, the government should always take over the direction",
    6: "directing integral service is by definition not a primary task of the Sociale Dienst Drechtsteden",
    7: "access to (and direction of) integral service should go through one desk (one-stop shop)",
    8: "integral work begins with an integral intake",
    9: "integral work requires budgets and responsibilities to be fully pooled",
    10: "integral work requires responsibilities to be fully pooled",
    11: "shared financial responsibility is a crucial condition for integral work",
    12: "provisions used in integral service are paid by the party that saves society the most",
    13: "institutional interests of cooperating organisations always stand in the way of integral service",
    14: "as long as the national government does not work integrally itself, it is better to wait",
    15: "the client's interest prevails over the rules of the GDPR (AVG)",
}

_REASONS = {
    1: "\u2018Pays off\u2019 also covers legitimacy and support; the model measures waits, coordination, "
       "self-reliance, crises and cost. Whether the vinkje finds the right families depends on its assumed "
       "sensitivity.",
    2: "Client satisfaction is not measured; intrusion only counts as an event (a broad intake for a single request).",
    3: "The model shows what a broad intake finds on its five domains and how fast; whether integral service should "
       "also cover housing, health or school is a choice, and those domains are not in the model.",
    4: "The model only holds organisations of the social domain and does not measure how hard cooperation is to "
       "organise, so the statement cannot be tested with it.",
    5: "\u2018Should always\u2019 is a value choice about the role of government. The model shows what a regisseur "
       "does "
       "to worsening (an assumption with a range), not whether government should take that role.",
    6: "Who does which task is an administrative choice; the model compares designs, not one organisation's tasks.",
    7: "Direction during help (the regisseur's hours) is not modelled separately; one desk here is a counter with a "
       "broad intake and a handover to the organisations.",
    8: "Whether an integral intake builds trust or the household's own direction is not in the model; only found "
       "needs, outcomes and cost.",
    9: "The model compares a free budget for the consultant (regelvrij budget) with sectoral access; whether integral "
       "work is possible without full pooling is wider than that one design.",
    10: "The model compares one responsible organisation (opdrachtgeverschap) with shared responsibility (integral "
        "access); \u2018full\u2019 pooling itself is not modelled.",
    11: "The model has no separate budgets per funder and no agreements on who pays; it cannot test this.",
    12: "Who pays is a choice about distribution and fairness; the model counts cost, not per party.",
    13: "Organisations in the model have no interests of their own, and \u2018always\u2019 makes it a general claim "
        "no simulation can prove.",
    14: "Waiting or starting is a strategic and political choice; the national government is not in the model.",
    15: "The model cannot weigh privacy against the client's interest: it only shows the price of the rule in time "
        "and repeated intakes.",
}

STATEMENT_WORDS = {**{f"statement_{n}": f"\u201c{q}\u201d ({_TRANSLATIONS[n]})" for n, q in QUOTES.items()},
                   **{f"reason_{n}": r for n, r in _REASONS.items()}}

GLOSSARY = {
    "broad intake": "An intake that asks about every life domain, not only the request a household comes with.",
    "case meeting": "A meeting of the organisations involved to agree one plan for a household.",
    "coordination load": "The share of professionals' working time that goes to meetings, case meetings and "
                         "handovers instead of help.",
    "FTE": "A full-time job; 36 hours a week in this report.",
    "confidence interval": "The margin in brackets: with 95% confidence the model's outcome lies within it, given "
                           "its assumptions.",
    "median": "The middle value: half wait less, half wait longer.",
    "multi-problem household": "A household with problems in three or more domains at once (about 1%).",
    "overloaded": "More requests come in than the team can handle; the list grows, or stays level only because "
                  "people give up.",
    "regisseur": "One professional who keeps a household's plan on behalf of all organisations.",
    "replication": "A repetition of the simulation with other chance events; every design gets the same households "
                   "in the same replication.",
    "toegang": "Access: how residents ask the municipality for support and how the request is assessed.",
    "vinkje": "A flag in the file for multi-problem households; only they get the integral route.",
    "ZRM": "Zelfredzaamheid-Matrix (self-reliance matrix): a score from 1 (acute problems) to 5 (fully self-reliant).",
}

SOURCES = (
    ("Sociale Dienst Drechtsteden, \u2018Beleidsplan Sociaal Domein, uitwerking thema integraal werken\u2019, interim "
     "report, 19 November 2018 (with Bijlage 1: statements for the council and stakeholders)."),
    "Movisie, \u2018Integraal werken: er is volop ruimte voor verbetering\u2019, article, 15 May 2017.",
    "rīnconsult, \u2018De nieuwe horizon van het sociaal domein\u2019 (\u2018De heilige integraal\u2019), article.",
    "\u2018Maak de toegang tot keerpunt!\u2019, article on access in the social domain.",
    "\u2018Zo kunnen gemeenten integrale dienstverlening laten bloeien\u2019, article.",
    "CBS, use of social-domain provisions per municipality (table 85637NED).",
    ("Wmo 2015, article 2.3.2: investigation within six weeks of the request, decision within two weeks (about "
     "eight weeks in all)."),
    "Wet gemeentelijke schuldhulpverlening, article 4: a first conversation within four weeks of the request.",
)
