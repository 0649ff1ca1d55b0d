"""Meeting statements of the shapes a report writes, each with the record the guidelines give it (models/gold/
GUIDELINES.md: Meetings, gold5, gold7, G8-*, G9-*, G10, G11). Sentences written for these tests, names invented;
every expected record hand-checked against the guideline it names. Not a gold set: a regression net for the rules."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.meetings import body_key, find_meetings

D = date(2017, 12, 1)

# (statement, the bodies of its records in order)
BODIES = [
    # the owner as the organisation gold names it: the gazetteer's canonical (gold7, G8-1)
    (
        "De expertengroep binnen het Agentschap Integratie en Inburgering kwam samen op 3 mei 2017.",
        ["expertengroep AgII"],
    ),
    # presenting to a named body on a day is at that host's meeting (gold5: host body)
    ("De minister stelde het actieplan op 3 mei 2017 voor aan de Vlaamse Jeugdraad.", ["Vlaamse Jeugdraad"]),
    ("Het lokaal netwerk van de stad Lier kwam drie keer samen.", ["lokaal netwerk stad Lier"]),
    (
        "Het project Brugfiguren startte in 2017. De stuurgroep van het project vergaderde op 3 mei 2017.",
        ["stuurgroep Brugfiguren"],
    ),
    ("De werkgroep 'Onderwijs' van de VVSG kwam samen op 3 mei 2017.", ["werkgroep Onderwijs"]),
    ("Het provinciaal overleg in Limburg kwam op 3 mei 2017 samen.", ["provinciaal overleg Limburg"]),
    (
        "In West-Vlaanderen kwam het provinciaal platform radicalisering tweemaal samen.",
        ["provinciaal platform radicalisering West-Vlaanderen"],
    ),
    ("De klankbordgroep, samengesteld uit jongeren en ouders, kwam op 3 mei 2017 samen.", ["klankbordgroep"]),
    (
        "Het Vlaams Netwerk Preventie (VNP) vergaderde op 3 mei 2017. Het VNP komt tweemaandelijks samen.",
        ["Vlaams Netwerk Preventie", "Vlaams Netwerk Preventie"],
    ),
    ("Het overleg tussen de VVSG en de VGC vond plaats op 3 mei 2017.", ["VVSG", "VGC"]),
    ("Op 3 mei 2017 vergaderde de adviesraad van het Huis van de Vrede.", ["adviesraad Huis van de Vrede"]),
    (
        "Er werd een taskforce opgericht. De taskforce kwam op 3 mei 2017 voor het eerst samen. Deze "
        "taskforce vergadert voortaan maandelijks.",
        ["taskforce", "taskforce"],
    ),
    ("De stad Mechelen organiseert maandelijks een casusoverleg.", ["stad Mechelen"]),
    (
        "De gemeente Boom installeerde een lokale stuurgroep, die op 3 mei 2017 samenkwam.",
        ["lokale stuurgroep gemeente Boom"],
    ),
    ("Het LIVC van Vilvoorde kwam maandelijks samen.", ["LIVC stad Vilvoorde"]),
    ("Het Vilvoordse LIVC kwam maandelijks samen.", ["LIVC stad Vilvoorde"]),
    ("De raad van bestuur van vzw Touwladder vergaderde op 3 mei 2017.", ["raad van bestuur Touwladder"]),
    (
        "De algemene vergadering van de Federatie Buurtwerk keurde het plan goed in haar vergadering van 3 mei 2017.",
        ["algemene vergadering Federatie Buurtwerk"],
    ),
    ("De imams komen maandelijks samen in een intervisiegroep.", ["intervisiegroep imams"]),
    (
        "Het Steunpunt Buurtwerk bracht de buurtwerkers vier keer samen in regionale intervisiegroepen.",
        ["regionale intervisiegroepen Steunpunt Buurtwerk"],
    ),
    ("De jongerenadviesraad van de stad Genk kwam op 3 mei 2017 samen.", ["jongerenadviesraad stad Genk"]),
    ("De stuurgroep Preventie van het Agentschap Jongerenwelzijn kwam samen op 3 mei 2017.", ["stuurgroep Preventie"]),
    (
        "Binnen de VVSG werd een werkgroep radicalisering opgericht. De werkgroep kwam drie keer samen.",
        ["werkgroep radicalisering VVSG"],
    ),
    (
        "Het Platform Samenleven kwam samen op 3 mei 2017. Op de volgende vergadering, op 7 juni 2017, werd "
        "het plan besproken.",
        ["Platform Samenleven", "Platform Samenleven"],
    ),
    (
        "De werkgroep Jeugd en de werkgroep Onderwijs kwamen elk drie keer samen.",
        ["werkgroep Jeugd", "werkgroep Onderwijs"],
    ),
    ("Het begeleidingscomité van het onderzoek kwam op 3 mei 2017 samen.", ["begeleidingscomité onderzoek"]),
    (
        "Er was op 3 mei 2017 overleg met de Vlaamse Jeugdraad en met Uit De Marge.",
        ["Vlaamse Jeugdraad", "Uit De Marge"],
    ),
    ("Met de VDAB werd op 3 mei 2017 overlegd over de trajecten.", ["VDAB"]),
    (
        "De denktank onderwijs en polarisering van de stad Antwerpen komt zesmaal per jaar samen.",
        ["denktank onderwijs en polarisering stad Antwerpen"],
    ),
    ("Het intern overleg van de afdeling Jeugd vond plaats op 3 mei 2017.", ["afdeling Jeugd"]),
    (
        "De lokale stuurgroep in de gevangenis van Brugge vergaderde tweemaandelijks.",
        ["lokale stuurgroep gevangenis Brugge"],
    ),
    (
        "Het kernteam van het Vlaams Platform Radicalisering kwam wekelijks samen.",
        ["kernteam Vlaams Platform Radicalisering"],
    ),
    (
        "Het bestuur van de Moskee Al Amal en de stad Gent zaten op 3 mei 2017 samen.",
        ["bestuur Moskee Al Amal", "stad Gent"],
    ),
    ("Op 3 mei 2017 kwamen de schepenen van de vijf gemeenten samen.", []),
    ("De partners van het project Wijkkracht kwamen op 3 mei 2017 samen.", []),
    ("Het consortium van het project Wijkkracht kwam op 3 mei 2017 samen.", ["consortium Wijkkracht"]),
    (
        "Het aanspreekpunt nam op 3 mei 2017 deel aan de vergadering van de werkgroep Preventie.",
        ["werkgroep Preventie"],
    ),
    (
        "Het project Kompas startte in 2017. Het departement was op 3 mei 2017 aanwezig op de stuurgroep van "
        "het project.",
        ["stuurgroep Kompas"],
    ),
    (
        "De VVSG lichtte het plan toe op het overleg van de LIVC-coördinatoren op 3 mei 2017.",
        ["overleg LIVC-coördinatoren"],
    ),
    (
        "Het OCAD gaf op 3 mei 2017 een toelichting in de Commissie voor Binnenlandse Zaken van het Vlaams Parlement.",
        ["Commissie voor Binnenlandse Zaken Vlaams Parlement"],
    ),
    (
        "Op uitnodiging van de VVSG nam het aanspreekpunt op 3 mei 2017 deel aan het provinciaal overleg in Limburg.",
        ["provinciaal overleg Limburg"],
    ),
    ("Het aanspreekpunt neemt deel aan de stuurgroep.", []),
    ("Het aanspreekpunt nam op 3 mei 2017 deel aan een studiedag van de VVSG.", []),
    (
        "Het aanspreekpunt was op 3 mei 2017 te gast op de algemene vergadering van de Vlaamse Jeugdraad.",
        ["Vlaamse Jeugdraad"],
    ),
    ("Het aanspreekpunt neemt deel aan de maandelijkse vergaderingen van de NTF.", ["NTF"]),
    (
        "Het aanspreekpunt werd op 3 mei 2017 gehoord door de Commissie voor Onderwijs van het Vlaams Parlement.",
        ["Commissie voor Onderwijs Vlaams Parlement"],
    ),
    ("De stuurgroep werd op 3 mei 2017 geannuleerd.", []),
    ("De vergadering van de stuurgroep Kompas van 3 mei 2017 werd uitgesteld naar juni.", []),
    ("De werkgroep Preventie is nog niet samengekomen.", []),
    ("In overleg met de VVSG werd beslist om het project te verlengen.", []),
    ("De werkgroep Preventie, waarin de VVSG en het OCAD zetelen, werd in mei 2017 opgericht.", []),
    ("Op 3 mei 2017 vond een infosessie plaats voor de lokale besturen.", []),
    ("De klankbordgroep kwam op 3 mei 2017 samen op een studiedag in Gent.", []),
    ("De werkgroep Preventie zou op 3 mei 2017 samenkomen, maar de vergadering werd afgelast.", []),
    ("De eerste vergadering van de werkgroep Preventie is gepland voor januari 2018.", ["werkgroep Preventie"]),
    ("Een volgende bijeenkomst van het netwerk Buurtwerk volgt in het voorjaar van 2018.", ["netwerk Buurtwerk"]),
    ("Het netwerk Buurtwerk kwam in de vorige rapporteringsperiode drie keer samen.", []),
    # fourteenth session (dev-2026-12 shapes, sentences written for these tests):
    # a body named in what the meeting was about is no party to it (G9-2: each party the overleg was between)
    (
        "Op 4 mei 2017 vond overleg plaats tussen de VVSG, Unia en het OCAD over de rol van de LIVC's daarin.",
        ["VVSG", "Unia", "OCAD"],
    ),
    # an owner's proper name after the topic, the subject inverted after the verb (gold7: the owner kept)
    (
        "In Gent kwam de werkgroep preventie van het Stedelijk Veiligheids- en Preventieplan samen op 3 mei 2017.",
        ["werkgroep preventie Stedelijk Veiligheids- en Preventieplan"],
    ),
    # how often is no part of a body's name
    (
        "Daarnaast vergaderde een subgroep rond mediawijsheid driemaal: op 3 mei, 7 juni en 5 juli 2017.",
        ["subgroep rond mediawijsheid"],
    ),
    ("De lokale werkgroepen kwamen elk twee keer samen.", ["lokale werkgroepen"]),
    # a number of members says how many, "om de drie maanden" how often (G10-1: named after who meets in it)
    ("De zes scholen komen om de drie maanden samen in een intervisiegroep.", ["intervisiegroep scholen"]),
    # a possessive opening the sentence refers to the subject of the one before (G8-1: owner in context)
    (
        "Het Minderhedenforum zette zijn werking voort. Zijn kerngroep vergaderde op 3 mei en 7 juni 2017.",
        ["kerngroep Minderhedenforum"],
    ),
    # a list of parties consulted, each with its days (gold5: overleg met ORGANISATIE, one record per body)
    (
        "Verder werd overlegd met:\n- de preventiedienst van de stad Leuven (3/5/2017);\n- Unia (7/6 en 5/7/2017);\n"
        "- enkele scholen (8/9/2017).",
        ["preventiedienst stad Leuven", "Unia"],
    ),
    # two parties coordinating a number of times each met (G9-2); an overleg about a training is no training
    ("De VDAB en Unia stemden in mei en juni driemaal af over een gezamenlijke aanpak.", ["VDAB", "Unia"]),
    (
        "Het overleg tussen de VVSG, Unia en de VDAB over een gezamenlijke vormingsreeks vond plaats op 3 mei 2017.",
        ["VVSG", "Unia", "VDAB"],
    ),
    # a definite set of bodies without a name, placed by the places the sentence opens with: one record (G9-6, G9-5)
    ("In Hasselt en Genk vergaderden de lokale cellen op 3 mei en 7 juni 2017.", ["lokale cellen Hasselt en Genk"]),
    ("In Leuven en Mechelen gingen de wijktafels in oktober telkens tweemaal door.", ["wijktafels Leuven en Mechelen"]),
    # two named parties coordinating on a day, the clause opening in lower case after a ";"
    (
        "Het KSV gaf een toelichting; het OCAD en de VVSG stemden nadien, op 17 november 2017, af over de kalender.",
        ["OCAD", "VVSG"],
    ),
    # a listed party with what it was consulted about
    ("Er werd overlegd met:\n- het OCAD, over de dreigingsbeelden (1/7/2017);\n- Unia (3/8/2017).", ["OCAD", "Unia"]),
    # a manner is no classifying adjective: a bare overleg held by two parties is each one's (G12-5); a country
    # describes a named body
    (
        "Ook het Deense Kenniscentrum Samenleving en de stad Lier hadden op 3 mei 2017 een online overleg.",
        ["Kenniscentrum Samenleving", "stad Lier"],
    ),
    # a participial phrase before the main clause says it of the main clause's subject
    (
        "Opgericht in januari en sindsdien tweemaal samengekomen (3/5 en 7/6/2017), buigt de werkgroep statuut van "
        "het EMB zich over de deskundigen.",
        ["werkgroep statuut EMB"],
    ),
    # a long relative clause between "zat" and "samen"
    (
        "Ter voorbereiding zat de stuurgroep van de VVSG, waarin ABB, het departement Onderwijs en Vorming en het "
        "departement WVG zetelen, op 3 mei 2017 een week vooraf samen.",
        ["stuurgroep VVSG"],
    ),
    # the subject after the verb of consultation, a fronted adverbial before it
    ("Tussen de twee bijeenkomsten overlegde de VVSG afzonderlijk met Unia.", ["VVSG"]),
    # project anaphora: "het traject" named before (G8-2); a dotted day between verb and particle; an owner in the
    # genitive stands after the name (gold7)
    (
        "De VVSG zette het traject 'Samen Sterk' op. De redactiegroep van het traject zat op 3 mei 2017 samen.",
        ["redactiegroep Samen Sterk"],
    ),
    ("De klankbordgroep onderwijs van Unia kwam op 03.05.2017 samen.", ["klankbordgroep onderwijs Unia"]),
    ("Mediawijs' klankbordgroep ouders kwam op 3 mei 2017 samen.", ["klankbordgroep ouders Mediawijs"]),
    # a region (models/regions.csv) is a territory: it places a body without a name, before a comma too (G9-5)
    (
        "In een regionaal overleg in de Kempen, op 3 mei 2017 in Geel, zaten de preventiewerkers samen.",
        ["regionaal overleg Kempen"],
    ),
    (
        "De VVSG bracht zijn leden samen in een regionaal overleg jeugdwerk in het Waasland, dat op 3 mei 2017 "
        "plaatsvond.",
        ["regionaal overleg jeugdwerk Waasland"],
    ),
    # who asked for a consultation is no party to it; the subject after the verb, named by its kind
    (
        "Het Agentschap Opgroeien richtte een stuurgroep op. Op vraag van de stuurgroep pleegde het Agentschap op "
        "3 mei 2017 overleg met Unia.",
        ["Agentschap Opgroeien"],
    ),
    # a body as the subject after a fronted adverbial's verb of coordination
    (
        "Het lerend netwerk Veerkracht kwam tweemaal bijeen. Tussen beide bijeenkomsten stemde het netwerk af met "
        "Unia.",
        ["lerend netwerk Veerkracht", "lerend netwerk Veerkracht"],
    ),
    # members named by who they are, not by what was done to them (G10-1)
    ("De geselecteerde coaches kwamen maandelijks samen in een intervisiegroep.", ["intervisiegroep coaches"]),
    # a party of a between-list that is the body first chosen; an organisation's unit named with it (gold7)
    (
        "Op 3 mei 2017 vond er een overleg plaats tussen vzw Horizon, Ouderplatform Samen en de back-office van de "
        "VDAB over de doorverwijzing.",
        ["Horizon", "Ouderplatform Samen", "back-office VDAB"],
    ),
    # the people a bare head gathers before their organisation name it too (gold7)
    ("Het netwerk van jeugdwerkers van de VVSG overlegt tweemaandelijks.", ["netwerk jeugdwerkers VVSG"]),
    # a pronoun for the head just named, with another owner
    (
        "De lokale begeleidingsgroep van vzw Horizon kwam op 3 juli 2017 samen. Die van vzw Kompas kwam op 15 juli "
        "2017 samen.",
        ["lokale begeleidingsgroep Horizon", "lokale begeleidingsgroep Kompas"],
    ),
    # the place of a local body after its owner, right before the verb (G9-5)
    (
        "Het provinciaal coördinatorenoverleg van de Huizen van het Kind in Limburg kwam op 3 mei 2017 samen.",
        ["provinciaal coördinatorenoverleg Huizen van het Kind Limburg"],
    ),
    # a plural without article keeps its adjectives after an adverb; placed by the places the sentence opens with
    (
        "In Limburg en Antwerpen werden daarnaast regionale leergroepen van scholen gevormd, die elk tweemaal "
        "samenkwamen.",
        ["regionale leergroepen scholen Limburg en Antwerpen"],
    ),
    # a policy domain a body lies within is its owner (gold7: "binnen ABB een kernteam" -> "kernteam ABB")
    (
        "De ambtelijke werkgroep rond vorming binnen het beleidsdomein WVG, met de afdeling Jeugd, vergaderde op "
        "3 mei 2017.",
        ["ambtelijke werkgroep rond vorming beleidsdomein WVG"],
    ),
    # a pronoun opening the sentence after one that set up a body stands for that body, with the owner it lies within
    (
        "De VVSG vergaderde op 3 mei 2017. Binnen de VVSG werd in juni een tijdelijke schrijfgroep opgericht. Zij kwam "
        "sindsdien tweemaal bijeen.",
        ["VVSG", "tijdelijke schrijfgroep VVSG"],
    ),
    # a frequency and the day of the last meeting in a ";"-clause, its neuter noun left out: one record
    ("Het teamoverleg van de VVSG vindt zesmaandelijks plaats; het laatste ging door op 17 november 2017.", ["VVSG"]),
    # people of one named organisation meeting in no group of their own are its meeting (G11-1, G9-7)
    ("De trajectbegeleiders van Unia zitten tweewekelijks samen in een teamoverleg.", ["Unia"]),
    ("De VDAB-bemiddelaars kwamen op 22 juni 2017 samen in Gent voor casusbespreking.", ["VDAB"]),
    # parties agreeing to meet at a rate from now on (a standing meeting, planned)
    ("De VVSG en de VDAB spraken af om elkaar voortaan twee keer per jaar te treffen.", ["VVSG", "VDAB"]),
]

# (statement, count, days, planned) of its one record
ATTRIBUTES = [
    ("De stuurgroep kwam in de rapporteringsperiode vijf keer samen.", 5, [], False),
    ("De stuurgroep kwam minstens drie keer samen.", 3, [], False),
    ("De stuurgroep kwam een viertal keer samen.", None, [], False),
    ("De stuurgroep komt in principe vier keer per jaar samen.", None, [], False),
    ("De stuurgroep vergaderde op 3 en 17 oktober 2017.", None, ["2017-10-03", "2017-10-17"], False),
    (
        "De stuurgroep vergaderde op 3/10/2017, 17/10/2017 en 7/11/2017.",
        None,
        ["2017-10-03", "2017-10-17", "2017-11-07"],
        False,
    ),
    ("De stuurgroep vergaderde op 3.10.2017.", None, ["2017-10-03"], False),
    ("De stuurgroep vergaderde van 3 tot 5 oktober 2017.", None, ["2017-10-03", "2017-10-04", "2017-10-05"], False),
    ("De stuurgroep vergaderde in oktober 2017.", None, [], False),
    ("De stuurgroep komt op 12 januari 2018 opnieuw samen.", None, ["2018-01-12"], True),
    (
        "De stuurgroep vergadert tweemaandelijks; de volgende vergadering is op 12 januari 2018.",
        None,
        ["2018-01-12"],
        True,
    ),
    ("De stuurgroep kwam tweemaal samen, op 3 oktober en 7 november 2017.", 2, ["2017-10-03", "2017-11-07"], False),
    ("De stuurgroep vergaderde om de zes weken.", None, [], False),
    ("De stuurgroep vergaderde driewekelijks.", None, [], False),
    ("De stuurgroep komt jaarlijks samen.", None, [], False),
    ("De stuurgroep komt twee keer per schooljaar samen.", None, [], False),
    ("De stuurgroep kwam in het najaar van 2017 drie keer samen.", 3, [], False),
    ("De stuurgroep zal in het voorjaar van 2018 samenkomen.", None, [], True),
    ("De stuurgroep kwam op dinsdag 3 oktober 2017 samen.", None, ["2017-10-03"], False),
    ("De stuurgroep kwam voor de derde keer samen op 3 oktober 2017.", None, ["2017-10-03"], False),
    ("De stuurgroep kwam zes keer samen sinds de start in 2016.", 6, [], False),
    ("De stuurgroep kwam per kwartaal samen.", None, [], False),
    ("De stuurgroep kwam elke maand samen.", None, [], False),
    ("De stuurgroep kwam maandelijks samen, behalve in juli en augustus.", None, [], False),
    ("De stuurgroep hield drie vergaderingen.", 3, [], False),
    (
        "Er vonden twee vergaderingen van de stuurgroep plaats (3/10/2017 en 7/11/2017).",
        2,
        ["2017-10-03", "2017-11-07"],
        False,
    ),
]

# statements that name their body through the text before them (gold7 fullest mention, G8-1, G9-5, gold5 follow-ups;
# a bare head after a project is no project's: G8-2 needs "van het project")
IN_CONTEXT = [
    (
        "Het lerend netwerk Wijkwerking werd in 2016 opgericht. In de rapporteringsperiode werd driemaal samengekomen.",
        ["lerend netwerk Wijkwerking"],
    ),
    (
        "Het lerend netwerk Wijkwerking werd in 2016 opgericht. De leden kwamen drie keer samen.",
        ["lerend netwerk Wijkwerking"],
    ),
    (
        "De stuurgroep Kompas werd in 2016 opgericht. Ze kwam in de rapporteringsperiode drie keer samen.",
        ["stuurgroep Kompas"],
    ),
    ("De stuurgroep Kompas werd in 2016 opgericht. Zij vergaderde op 3 mei 2017.", ["stuurgroep Kompas"]),
    (
        "Het Comité van Toezicht Wijkkracht volgt het project op. Het comité kwam op 3 mei 2017 samen.",
        ["Comité van Toezicht Wijkkracht"],
    ),
    (
        "De VVSG richtte een werkgroep Polarisering op. Deze werkgroep kwam sindsdien vier keer samen.",
        ["werkgroep Polarisering"],
    ),
    (
        "De VVSG richtte een werkgroep Polarisering op.\nDe werkgroep kwam sindsdien vier keer samen.",
        ["werkgroep Polarisering"],
    ),
    (
        "De VVSG richtte een werkgroep op die zich buigt over polarisering. De werkgroep kwam sindsdien vier "
        "keer samen.",
        ["werkgroep VVSG"],
    ),
    ("Binnen de VVSG werd een werkgroep opgericht. Die kwam sindsdien vier keer samen.", ["werkgroep VVSG"]),
    (
        "Het Netwerk Ouderschap (NOS) werd opgericht in 2016. Het NOS vergaderde op 3 mei en 7 juni 2017.",
        ["Netwerk Ouderschap"],
    ),
    (
        "Er werd een klankbordgroep samengesteld met jongeren en ouders. De klankbordgroep kwam op 3 mei "
        "2017 een eerste keer samen.",
        ["klankbordgroep"],
    ),
    ("De stad Gent zette een lokaal netwerk op. Het netwerk vergaderde maandelijks.", ["lokaal netwerk stad Gent"]),
    (
        "In Limburg werd een provinciaal platform opgericht. Het platform kwam twee keer samen.",
        ["provinciaal platform Limburg"],
    ),
    (
        "De werkgroep Preventie kwam op 3 mei 2017 samen. Tijdens die vergadering werd het plan besproken.",
        ["werkgroep Preventie"],
    ),
    (
        "De werkgroep Preventie kwam op 3 mei 2017 samen. Op de vergadering van 7 juni 2017 werd het plan besproken.",
        ["werkgroep Preventie", "werkgroep Preventie"],
    ),
    (
        "De werkgroep Preventie kwam op 3 mei 2017 samen. Een tweede vergadering volgde op 7 juni 2017.",
        ["werkgroep Preventie", "werkgroep Preventie"],
    ),
    (
        "De werkgroep Preventie kwam op 3 mei 2017 samen. Een volgende vergadering is gepland in januari 2018.",
        ["werkgroep Preventie", "werkgroep Preventie"],
    ),
    (
        "Het project Brugfiguren loopt sinds 2016. De stuurgroep kwam in de rapporteringsperiode twee keer samen.",
        ["stuurgroep"],
    ),
]


@pytest.mark.parametrize("statement, bodies", BODIES + IN_CONTEXT)
def test_the_bodies_a_statement_names(statement: str, bodies: list[str]) -> None:
    assert [m.body_key for m in find_meetings(statement, D)] == [body_key(b) for b in bodies]


@pytest.mark.parametrize("statement, count, days, planned", ATTRIBUTES)
def test_the_count_days_and_planned_of_a_statement(
    statement: str, count: int | None, days: list[str], planned: bool
) -> None:
    found = [(m.count, [d.isoformat() for d in m.dates], m.planned) for m in find_meetings(statement, D)]
    assert found == [(count, days, planned)]
