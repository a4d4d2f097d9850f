"""Nederlands: de vijftien stellingen van Bijlage 1, waarom het model ze wel of niet kan toetsen, begrippen en bronnen.

The statements are quoted verbatim from Bijlage 1 ("Stellingen t.b.v. discussie raad en
stakeholders") of the Drechtsteden note (shared/seeds/004); each has a reason: what the model
can say about it, or why it is a value choice or lies outside the model.
"""

QUOTES = {
    1: "Een integrale aanpak loont enkel bij multiprobleem gezinnen",
    2: "Een integrale dienstverlening is een meerwaarde voor iedere klant",
    3: "Integrale dienstverlening betreft alle levensdomeinen waarop burgers problemen ondervinden (en is bijgevolg "
       "breder dan het sociaal domein)",
    4: "Integrale samenwerking kun je alleen eenvoudig organiseren binnen het sociaal domein (domeinoverstijgend is "
       "niet mogelijk)",
    5: "Bij regieverlies / verlies van (zelf)redzaamheid dient de overheid altijd de regie over het leven van de "
       "burger over te nemen.",
    6: "Regievoering op integrale dienstverlening is per definitie geen primaire taak van de Sociale Dienst "
       "Drechtsteden",
    7: "Toegang tot (en regie op) integrale dienstverlening dient via één loket (one-stop-shop) te gebeuren.",
    8: "Integraal werken begint bij een integrale intake",
    9: "Integraal werken vraagt om volledige ontschotting van budgetten en verantwoordelijkheden.",
    10: "Integraal werken vraagt om volledige ontschotting van verantwoordelijkheden.",
    11: "Gezamenlijke financiële verantwoordelijkheid is een cruciale randvoorwaarde voor integraal werken.",
    12: "De kosten voor voorzieningen die bij integrale dienstverlening worden ingezet, komen ten laste van de partij "
        "waar de grootste maatschappelijke besparing wordt gerealiseerd.",
    13: "Institutionele belangen van samenwerkende organisaties staan altijd het succes van integrale dienstverlening "
        "in de weg.",
    14: "Zolang het rijk niet zelf integraal gaat werken en betere voorwaarden schept (afstemming materiewetten, "
        "ontschotting, ruimte voor gegevensuitwisseling), is het beter om af te wachten met het inrichten van een "
        "integrale dienstverlening.",
    15: "Het belang van de klant prevaleert boven de regels van de AVG.",
}

_REASONS = {
    1: "\u2018Lonen\u2019 omvat ook legitimiteit en betrokkenheid; het model meet wachttijd, afstemming, "
       "zelfredzaamheid, crises en kosten. Of het vinkje de juiste gezinnen vindt, hangt af van de aangenomen "
       "trefkans.",
    2: "Klanttevredenheid is niet gemeten; bemoeienis telt alleen als gebeurtenis (een brede intake bij één vraag).",
    3: "Het model kan laten zien wat een brede intake op de vijf leefgebieden van het model vindt en hoe snel. Of "
       "integrale dienstverlening ook wonen, zorg of onderwijs moet omvatten, is een keuze; die domeinen zitten niet "
       "in het model.",
    4: "Het model kent alleen organisaties binnen het sociaal domein en meet niet hoe moeilijk samenwerking te "
       "organiseren is. De stelling is daarom met dit model niet te toetsen.",
    5: "\u2018Dient ... altijd\u2019 is een waardekeuze over de rol van de overheid. Het model kan wel laten zien wat "
       "een regisseur doet met verergering van problemen (een aanname met een bereik), niet of de overheid die rol "
       "moet nemen.",
    6: "Wie welke taak heeft, is een bestuurlijke keuze over taakverdeling; het model rekent met inrichtingen, "
       "niet met de taken van één organisatie.",
    7: "Regie tijdens de hulp (de uren van de regisseur) is niet apart gemodelleerd; één loket is hier een balie met "
       "brede intake en overdracht naar de organisaties.",
    8: "Of een integrale intake het vertrouwen of de eigen regie van het huishouden versterkt, zit niet in het model; "
       "alleen ontdekte problemen, uitkomsten en kosten.",
    9: "Het model kan een vrij budget voor de consulent (regelvrij budget) vergelijken met de sectorale toegang. Of "
       "integraal werken zonder volledige ontschotting kan, is breder dan dat ene ontwerp.",
    10: "Het model kan één verantwoordelijke organisatie (opdrachtgeverschap) vergelijken met gedeelde "
        "verantwoordelijkheid (integrale toegang). \u2018Volledige\u2019 ontschotting zelf is niet gemodelleerd.",
    11: "Het model kent geen aparte budgetten per financier en geen afspraken over wie betaalt; de stelling gaat over "
        "financiële afspraken tussen partijen en is met dit model niet te toetsen.",
    12: "Wie de kosten draagt, is een keuze over verdeling en rechtvaardigheid. Het model telt kosten en "
        "maatschappelijke kosten van crises, maar niet per partij.",
    13: "Organisaties in het model hebben geen eigen belangen; \u2018altijd\u2019 maakt er bovendien een algemene "
        "uitspraak van die geen simulatie kan bewijzen.",
    14: "Afwachten of beginnen is een strategische en politieke keuze; het rijk en de wetgeving zitten niet in het "
        "model.",
    15: "Het model kan privacy niet tegen klantbelang afwegen: het laat alleen de prijs van de regel zien in tijd en "
        "herhaalde intakes.",
}

STATEMENT_WORDS = {**{f"statement_{n}": f"\u201c{q}\u201d" for n, q in QUOTES.items()},
                   **{f"reason_{n}": r for n, r in _REASONS.items()}}

GLOSSARY = {
    "brede intake": "Een gesprek bij een aanvraag waarin de consulent naar alle leefgebieden vraagt, niet alleen "
                    "naar de vraag waarmee iemand komt.",
    "casusoverleg": "Overleg van de betrokken organisaties om samen één plan voor een huishouden te maken.",
    "coördinatielast": "Het deel van de werktijd van professionals dat naar afstemming gaat: overleg, casusoverleg "
                       "en overdrachten, in plaats van hulp.",
    "formatie": "Het aantal professionals (in fte) dat een organisatie heeft.",
    "fte": "Voltijdbaan; in dit rapport 36 uur per week.",
    "betrouwbaarheidsinterval": "De marge tussen haken: met 95% zekerheid ligt de uitkomst van het model daarbinnen, "
                                "gegeven de aannames.",
    "gevoeligheidsanalyse": "Nagaan hoeveel een uitkomst verandert als een onzekere aanname over haar hele "
                            "plausibele bereik schuift.",
    "mediaan": "De middelste waarde: de helft wacht korter, de helft langer.",
    "meervoudige problemen": "Problemen op drie of meer leefgebieden tegelijk (ongeveer 1% van de huishoudens).",
    "multiprobleemvinkje": "Een markering in het dossier voor huishoudens met meervoudige problemen; alleen zij "
                           "krijgen de integrale route.",
    "overbelast": "Er komen meer vragen binnen dan het team kan afhandelen; de wachtlijst groeit, of blijft alleen "
                  "gelijk doordat mensen afhaken.",
    "plausibele aannames": "Alle combinaties van onzekere aannames binnen hun onderbouwde bereik; het rapport zegt "
                           "in welk deel daarvan een conclusie standhoudt.",
    "regisseur": "Eén professional die namens alle organisaties het plan van een huishouden bewaakt.",
    "replicatie": "Een herhaling van de simulatie met andere toevallige gebeurtenissen; elke inrichting krijgt in "
                  "replicatie 1 dezelfde huishoudens en vragen, in replicatie 2 weer andere, enzovoort.",
    "sectorale toegang": "Elk domein heeft een eigen loket; het vertrekpunt (basis) van de vergelijking.",
    "toegang": "De manier waarop inwoners bij de gemeente om ondersteuning vragen en hoe die vraag wordt beoordeeld.",
    "wachttijd tot besluit": "Dagen van de aanvraag tot de beschikking, of tot het eerste gesprek bij "
                             "schuldhulpverlening; dit toetst de wettelijke termijn.",
    "wachttijd tot hulp": "Dagen van de aanvraag tot de hulp echt begint.",
    "wettelijke termijn": "De tijd die de wet geeft voor een besluit: 8 weken voor de Wmo; bij schuldhulpverlening "
                          "een eerste gesprek binnen 4 weken.",
    "wijkteam": "Een team van professionals uit verschillende organisaties dat in een wijk werkt.",
    "ZRM": "Zelfredzaamheid-Matrix: een score van 1 (acute problemen) tot 5 (volledig zelfredzaam) per leefgebied.",
}

SOURCES = (
    ("Sociale Dienst Drechtsteden, \u2018Beleidsplan Sociaal Domein, uitwerking thema integraal werken\u2019, "
     "tussenrapportage, 19 november 2018 (met Bijlage 1: stellingen t.b.v. discussie raad en stakeholders)."),
    "Movisie, \u2018Integraal werken: er is volop ruimte voor verbetering\u2019, artikel, 15 mei 2017.",
    "rīnconsult, \u2018De nieuwe horizon van het sociaal domein\u2019 (\u2018De heilige integraal\u2019), artikel.",
    "\u2018Maak de toegang tot keerpunt!\u2019, artikel over de toegang in het sociaal domein.",
    "\u2018Zo kunnen gemeenten integrale dienstverlening laten bloeien\u2019, artikel.",
    "CBS, Gebruik van voorzieningen in het sociaal domein per gemeente (tabel 85637NED).",
    ("Wet maatschappelijke ondersteuning 2015, artikel 2.3.2: onderzoek binnen zes weken na de melding, besluit "
     "binnen twee weken na de aanvraag (samen ongeveer acht weken)."),
    "Wet gemeentelijke schuldhulpverlening, artikel 4: een eerste gesprek binnen vier weken na de hulpvraag.",
)
