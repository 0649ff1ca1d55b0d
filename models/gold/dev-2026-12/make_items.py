#!/usr/bin/env python3
"""SYNTHETIC dev-2026-12 round (writer w21, blind) -- tuning set.

Invented December 2026 round (report date 2026-12-01, reporting period June 2026 -
November 2026) of the progress report on the Flemish 'Actieplan ter preventie van
gewelddadige radicalisering en polarisering', written as a tuning set for the
extractors (mainly the meeting extractor; also organisations, dates and amounts).

Builds text.jsonl from dev.txt (output of ../split_dev_actions.py: only the real general
descriptions of the dev actions are taken from it) and the invented texts below.
Every entry text, party list, budget, date, amount, count and meeting below is
invented (SYNTHETIC); real organisation names are used in invented contexts.

    python3 ../split_dev_actions.py > dev.txt && python3 make_items.py && rm dev.txt
"""
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIN_WORDS, MAX_WORDS = 80, 350


def load_descriptions(path):
    """Map action id -> general description (verbatim, whitespace-normalised)."""
    desc = {}
    cur, buf, active = None, [], False
    for line in Path(path).read_text(encoding="utf-8").split("\n"):
        m = re.match(r"^===== (\d+\.\d+)$", line)
        if m:
            if cur and buf:
                desc[cur] = " ".join(buf)
            cur, buf, active = m.group(1), [], False
            continue
        if cur is None:
            continue
        m = re.match(r"^\s*Actie\s*(\d+\.\d+)\b(.*)$", line)
        if m and m.group(1) == cur and not buf and not active:
            active = True
            rest = m.group(2).strip()
            if rest:
                buf.append(rest)
            continue
        if active:
            if re.match(r"^\s*Status actie\b", line):
                active = False
                continue
            if re.match(r"^\s*-{3,}\s*-*\s*$", line):  # table rule in the source
                continue
            if line.strip():
                buf.append(line.strip())
    if cur and buf:
        desc[cur] = " ".join(buf)
    return {k: re.sub(r"\s+", " ", v).strip() for k, v in desc.items()}


# (item, action_id, other_parties_text, [(competences, [paragraphs], budget_text), ...])
# A paragraph starting with "<" is taken as is (lists); any other is wrapped in <p>...</p>.
ITEMS = [
    ("Y01", "1.1", "VVSG, VGC, OCAD, FOD Justitie, Kenniscentrum Samenleven en Veiligheid (KSV)", [
        (["Binnenlands Bestuur"], [
            "Het Vlaams Platform Radicalisering kwam in de rapporteringsperiode zesmaal samen, nl. op 9 juni, "
            "7 juli, 8 september, 6 oktober, 3 november en 24 november 2026. Omwille van de zomerperiode werd de "
            "vergadering van augustus geschrapt.",
            "Op de vergadering van 6 oktober stelde het Kenniscentrum Samenleven en Veiligheid (KSV) de eerste "
            "resultaten voor van zijn bevraging bij 118 lokale besturen. Het KSV voert die bevraging uit samen met "
            "de onderzoeksgroep Veerkracht en Samenleving van de Universiteit Gent; de procesbegeleiding van de "
            "bevraging werd toevertrouwd aan Adviesbureau Meerstem cv. Op de vergadering van 3 november lichtte het "
            "Praktijkcentrum Polarisatiemanagement (PPM) zijn aanbod voor lokale besturen toe; het PPM en het KSV "
            "stemden nadien, op 17 november, af over een gezamenlijke vormingskalender voor het schooljaar "
            "2026-2027.",
            "Ter voorbereiding van de plenaire vergaderingen zat het bureau van het Platform, waarin ABB, het "
            "departement Onderwijs en Vorming en het departement WVG zetelen, telkens een week vooraf samen. Het "
            "netwerk van aanspreekpunten binnen de beleidsdomeinen overlegt daarnaast tweewekelijks digitaal. Dit "
            "netwerk werd in september 2026 uitgebreid met een aanspreekpunt vanuit het beleidsdomein Omgeving.",
            "Het centraal aanspreekpunt binnen ABB had bilateraal overleg met:",
            "<ul><li>de VGC (16/6/2026 en 22/9/2026);</li><li>het OCAD, over de actualisering van de "
            "dreigingsbeelden (1 juli 2026);</li><li>de VVSG, over de opvolging van de LIVC-werking (10 en 24 "
            "september 2026).</li></ul>",
        ], "Reguliere werking"),
        (["Binnenlands Bestuur", "Onderwijs", "Welzijn"], [
            "Het interfederaal platform over radicalisering en terrorisme, dat overleg mogelijk maakt tussen de "
            "kabinetten van de federale overheid en de deelstaten, werd op 30 juni 2026 bijeengeroepen. Een tweede "
            "zitting, gepland op 17 november, werd op vraag van de federale partners uitgesteld naar 19 januari 2027.",
            "Binnen het Platform werd in juli een tijdelijke schrijfgroep opgericht voor de actualisering van het "
            "actieplan na 2027. Zij kwam sindsdien viermaal bijeen (21/7, 25/8, 29/9 en 27/10/2026) en legt haar "
            "ontwerp voor op de vergadering van het Platform van 15 december 2026. De Stichting Dialoogfonds "
            "Vlaanderen bezorgde de schrijfgroep schriftelijke input vanuit het middenveld.",
            "In overleg met het KSV werd beslist om de jaarlijkse inspiratiedag voor de aanspreekpunten te "
            "verschuiven naar het voorjaar van 2027. Verschillende aanspreekpunten troffen elkaar wel informeel op "
            "13 oktober in Mechelen, in de marge van het congres van de VVSG.",
        ], "/"),
    ]),
    ("Y02", "1.3", "Evaluatiebureau Meetpunt cv, Instituut voor Beleidsevaluatie Gent (IBG)", [
        (["Binnenlands Bestuur"], [
            "De eindevaluatie van het actieplan werd op 1 juni 2026 gegund aan de tijdelijke vereniging van "
            "Evaluatiebureau Meetpunt cv en het Instituut voor Beleidsevaluatie Gent (IBG). De opdracht loopt tot "
            "en met 31 mei 2027; de vormgeving van het eindrapport wordt uitbesteed aan bv Klaarlicht Communicatie.",
            "De stuurgroep evaluatie, samengesteld uit vertegenwoordigers van de vijf beleidsdomeinen en de VVSG, "
            "vergaderde op 18 juni (startvergadering), 10 september en 19 november 2026. Ze komt opnieuw samen in "
            "februari 2027 om het tussentijds rapport te bespreken. Het consortium overlegde daarnaast maandelijks "
            "met het centraal aanspreekpunt over de voortgang van het veldwerk.",
            "Tussen 7 en 25 september 2026 organiseerde het IBG zes focusgroepen met lokale ambtenaren, "
            "jeugdwerkers en leerkrachten in Brugge, Gent, Hasselt, Leuven, Antwerpen en Brussel. Daarnaast werden "
            "in oktober 38 interviews afgenomen. Het Provinciaal Steunpunt Preventie Limburg hielp bij de "
            "rekrutering van de Limburgse deelnemers.",
            "Een klankbordgroep met academici werd in oktober samengesteld; zij is nog niet bijeengekomen. Een "
            "eerste zitting wordt voorzien in januari 2027.",
        ], "148.830 euro (2026-2027)"),
    ]),
    ("Y03", "2.1", "OCAD, FOD Justitie, VVSG, safe.brussels", [
        (["Binnenlands Bestuur"], [
            "Het centraal aanspreekpunt nam deel aan de maandelijkse bijeenkomsten van de Nationale Task Force "
            "(NTF). De NTF vergaderde in de rapporteringsperiode op 11/6, 9/7, 10/9, 8/10 en 12/11/2026; in "
            "augustus werd geen vergadering gehouden.",
            "De werkgroep Preventie van de NTF, heropgestart in mei 2026, kwam na de zomer tweemaal samen (24 "
            "september en 5 november 2026). Op haar vergadering van 5 november werd een gezamenlijke nota over "
            "online polarisering afgerond. Die werkgroep zal vanaf januari 2027 om de zes weken bijeenkomen.",
            "De werkgroep Communicatie ging in september niet door wegens een beperkte agenda; het OCAD bezorgde "
            "de partners een schriftelijke stand van zaken.",
            "Daarnaast vond op 2 oktober 2026 overleg plaats tussen het OCAD, de FOD Justitie en ABB over de "
            "informatiedoorstroming naar de LIVC's en de rol van de Vlaamse socio-preventieve actoren daarin.",
        ], ""),
        (["Welzijn", "Binnenlands Bestuur"], [
            "De permanente werkgroep van het College van procureurs-generaal en de justitiehuizen hield zitting op "
            "23 juni en 29 september 2026. De afdeling Justitiehuizen was telkens vertegenwoordigd. Het "
            "expertisenetwerk Terrorisme van het College werd op 14 oktober bijeengeroepen in een uitgebreide "
            "samenstelling, met deelname van de Vlaamse en de Franse Gemeenschap.",
            "In Brussel kwam de werkgroep radicalisering en polarisering van het Globaal Veiligheids- en "
            "Preventieplan samen op 16/06/2026, 13/10/2026 en 01/12/2026. safe.brussels, dat de werkgroep trekt, "
            "richtte in september binnen die werkgroep een subgroep 'Online weerbaarheid' op. De subgroep "
            "vergaderde voor het eerst op 3 november; een tweede bijeenkomst volgt begin februari 2027.",
            "Een gepland overleg tussen de Brusselse gemeentelijke preventiediensten en de VGC op 20 oktober werd "
            "geannuleerd.",
        ], "/"),
    ]),
    ("Y04", "2.3", "Brusselse politiezones, GO!, Katholiek Onderwijs Vlaanderen, OVSG, POV, Schoolnetwerk Kanaalzone", [
        (["Onderwijs"], [
            "Het netoverschrijdend overleg tussen de zes Brusselse politiezones, de onderwijskoepels en het GO! "
            "werd op 26 juni 2026 in het Herman Teirlinckgebouw opnieuw samengeroepen, voor het eerst sinds maart "
            "2025. Het departement Onderwijs en Vorming had voordien, in april en mei 2026, afzonderlijk overleg met "
            "de politiezones Brussel-West en Brussel-Zuid.",
            "Op het overleg van 26 juni werd afgesproken om een kleinere werkgroep 'Schoolveiligheid Brussel' op te "
            "richten met de preventiediensten van de politiezones, het Onderwijscentrum Brussel en het "
            "Schoolnetwerk Kanaalzone. Die werkgroep zat op 15 september en 10 november 2026 samen en werkte een "
            "sjabloon voor lokale werkafspraken uit. Ze plant een volgende vergadering op 9 februari 2027. Ook "
            "vzw Leerlingenstem werd uitgenodigd om de leerlingenbevraging toe te lichten. Het Steunpunt "
            "Leerlingenbegeleiding Brussel (SLB) schuift vanaf de vergadering van februari aan; het SLB had op 1 "
            "oktober al een verkennend gesprek met het Onderwijscentrum Brussel.",
            "Tussendoor stemden de directeurs van de scholen in de kanaalzone maandelijks af met de wijkagenten van "
            "hun buurt. Op 17 november 2026 volgden 42 schooldirecteurs en preventiemedewerkers een vormingsnamiddag "
            "rond crisiscommunicatie na incidenten.",
        ], "Reguliere werking"),
    ]),
    ("Y05", "3.1", "Europese Commissie, OCAD, Resilient Neighbourhoods Network (RNN), Nederlands Netwerk Lokale Preventieprofessionals (NNLP)", [
        (["Binnenlands Bestuur"], [
            "Het Network of Prevent Policy Makers (NPPM) van de Europese Commissie kwam op 18 juni 2026 in Brussel "
            "en op 21-22 oktober 2026 in Vilnius samen. Op de bijeenkomst in Vilnius nam het centraal aanspreekpunt "
            "de Belgische vertegenwoordiging waar, in rotatie met het OCAD.",
            "Binnen de EU Knowledge Hub on Prevention of Radicalisation werd het centraal aanspreekpunt opgenomen in "
            "de thematische werkgroep 'Local Prevention Structures'. Die groep vergaderde online op 8 juli en 30 "
            "september, en fysiek in Lissabon van 25 tot 26 november 2026.",
            "Het Resilient Neighbourhoods Network (RNN), een netwerk van Europese steden dat in 2025 werd opgericht, "
            "hield zijn algemene vergadering op 4 november 2026 in Kopenhagen. ABB en de stad Mechelen woonden de "
            "vergadering bij als waarnemer. Een Peer Learning Activity van het RNN in Aarhus, voorzien voor "
            "september, werd naar het voorjaar van 2027 verschoven. Het Nordic-Baltic Prevention Forum nodigde het "
            "RNN uit om die activiteit samen te organiseren. Ook het Nederlandse Landelijk Expertiseteam Verbinding "
            "(LEV) en de stad Mechelen hadden op 12 oktober 2026 een online overleg over de deelname van Vlaamse "
            "steden aan het netwerk.",
        ], ""),
        (["Jeugd"], [
            "Het bilaterale overleg tussen de afdeling Jeugd en het Nederlands Netwerk Lokale "
            "Preventieprofessionals (NNLP) ging door op 9 september 2026 in Breda. Het NNLP en de afdeling Jeugd "
            "spraken af om elkaar voortaan twee keer per jaar te treffen, afwisselend in Vlaanderen en Nederland; "
            "de eerstvolgende ontmoeting is gepland in april 2027. Ook het Präventionsnetz Rhein-Maas, een Duits "
            "netwerk van jeugddiensten, toonde interesse om aan te sluiten.",
            "Op het Europese Jeugdforum in Straatsburg van 12 tot 14 oktober stelde de afdeling de vertaalde "
            "toolbox voor aan een tachtigtal deelnemers uit 19 lidstaten. De vertaling werd verzorgd door bv "
            "Vertaalhuis Babel.",
            "De Europese expertengroep rond jeugdwerk en radicalisering werd door de Europese Commissie niet meer "
            "samengeroepen; haar mandaat liep af op 30 juni 2026.",
        ], "12.500 euro (vertaling en opmaak)"),
    ]),
    ("Y06", "3.3", "Europese Commissie, Steunpunt Onderwijs en Diversiteit (SOD)", [
        (["Onderwijs"], [
            "Als opvolger van de ET2020-werkgroep zet de werkgroep 'Equality and Values in Education' binnen de "
            "European Education Area de opvolging van de Paris Declaration verder. Vlaanderen wordt er "
            "vertegenwoordigd door het aanspreekpunt radicalisering van het departement OV.",
            "De werkgroep kwam plenair samen in Brussel op 1 en 2 juli 2026 en op 26 november 2026 (online). "
            "Tussendoor vergaderde een subgroep rond burgerschapseducatie driemaal via videoconferentie: op 15 "
            "september, 6 oktober en 3 november. Het aanspreekpunt nam van 23 tot 25 september deel aan een Peer "
            "Learning Activity in Tallinn rond de aanpak van desinformatie op school.",
            "Ter voorbereiding van de plenaire vergadering van november pleegde het departement OV overleg met het "
            "Steunpunt Onderwijs en Diversiteit (SOD) en met de pedagogische begeleidingsdiensten van de drie netten. "
            "Dat overleg vond plaats op 12 november in Brussel, met ook de onderzoeksgroep Onderwijs en "
            "Samenleving van de Arteveldehogeschool als gast. Het SOD bezorgde nadien een nota met Vlaamse "
            "praktijkvoorbeelden, die samen met een bijdrage van de Nederlandse Stichting Burgerschap op School aan "
            "de werkgroep werd voorgelegd.",
            "Een geplande werkbijeenkomst met Nederlandse beleidsmedewerkers in Den Haag, voorzien op 8 oktober, "
            "werd om logistieke redenen afgelast.",
        ], "/"),
    ]),
    ("Y07", "4.1", "Aalst, Genk, As, Kortrijk, Lokeren, Roeselare, Vilvoorde, Dilbeek", [
        (["Binnenlands Bestuur"], [
            "In het kader van de projectoproep 'Lokale veerkracht 2026-2028' kregen zeven gemeenten met ingang van "
            "1 juli 2026 een subsidie toegekend, namelijk:",
            "<ul><li>Aalst (72.500 euro);</li><li>Genk i.s.m. As (64.000 euro);</li><li>Kortrijk (58.250 "
            "euro);</li><li>Lokeren (41.800 euro);</li><li>Roeselare (49.900 euro);</li><li>Vilvoorde (75.000 "
            "euro);</li><li>Dilbeek (38.550 euro).</li></ul>",
            "De projectcoördinatoren van de zeven gemeenten kwamen op 8 september 2026 een eerste keer samen in het "
            "Boudewijngebouw; zij treffen elkaar voortaan per kwartaal in een lerend netwerk dat ABB begeleidt met "
            "ondersteuning van studiebureau Kompasnaald bv.",
            "Lokaal werden stuurgroepen opgezet. De stuurgroep van het project in Roeselare, getrokken door de "
            "preventiedienst van de stad Roeselare, vergaderde op 14/7 en 6/10/2026; in Aalst, waar de dienst "
            "Samenleven van de stad Aalst het project trekt, en in Lokeren kwamen de lokale stuurgroepen elk "
            "tweemaal samen. In Kortrijk werd de stuurgroep pas eind november "
            "samengesteld en is ze nog niet samengekomen. De LIVC's van Genk, As en Vilvoorde bespraken hun "
            "projectplan tijdens hun reguliere zittingen van september en oktober.",
            "In de aanloop naar de oproep zaten ABB en de VVSG in maart 2026 al samen met de centrumsteden. Op 24 "
            "november 2026 organiseerde ABB een infonamiddag voor de gemeenten die niet werden geselecteerd.",
        ], "400.000 euro (2026-2028)"),
    ]),
    ("Y08", "4.3", "VVSG, Vlaamse Vereniging van Preventiewerkers (VVPW)", [
        (["Binnenlands Bestuur"], [
            "De VVSG zette haar helpdeskfunctie verder. Tussen 1 juni en 15 november 2026 kwamen 112 vragen binnen "
            "van 41 lokale besturen, vooral over informatiedeling binnen de LIVC en over online polarisering.",
            "De werkgroep radicalisering van de VVSG kwam samen op 16 juni, 22 september en 17 november 2026, "
            "telkens met een 25-tal deelnemers uit 17 gemeenten. De werkgroep wordt in 2027 omgevormd tot een "
            "werkgroep 'Polarisering en veerkracht', die om de twee maanden zal vergaderen; de eerste bijeenkomst "
            "in de nieuwe vorm staat gepland op 19 januari 2027.",
            "Het intervisienetwerk van de casemanagers, door de VVSG in 2019 opgericht, overlegde in deze periode "
            "viermaal: 30/6, 1/9, 13/10 en 24/11/2026.",
            "De VVSG nam deel aan de provinciale overlegplatformen. Het provinciaal overlegplatform in "
            "West-Vlaanderen vergaderde op 2 juli in Brugge. In Limburg kwam het platform onder voorzitterschap van "
            "de gouverneur op 29 september samen in Hasselt. In Vlaams-Brabant is een platform opgericht, maar "
            "werd nog geen eerste datum vastgelegd.",
        ], "352.000 euro (2025-2027)"),
        (["Binnenlands Bestuur"], [
            "De VVSG organiseerde samen met de Vlaamse Vereniging van Preventiewerkers (VVPW) op 8 oktober 2026 een "
            "studiedag 'Polarisering in de wijk' in Gent, met 185 deelnemers. Het bestuur van de VVPW en de "
            "stafmedewerkers veiligheid van de VVSG zaten op 3 juli en 18 september 2026 samen om het gezamenlijke "
            "vormingsaanbod voor 2027 uit te tekenen.",
            "Binnen de VVPW werd in augustus een netwerk van preventiewerkers uit de centrumsteden opgericht. Dat "
            "netwerk kwam op 11 september en 20 november bijeen, telkens in een andere centrumstad.",
            "Daarnaast werd op 27 oktober een webinar over beroepsgeheim en informatiedeling georganiseerd (310 "
            "kijkers). Op 5 november 2026 bracht de VVSG een werkbezoek aan SALAR in Stockholm. In het "
            "Benelux-overleg lokale preventie, waarin de VVSG, de VNG en het Luxemburgse Syvicol zetelen, werd de "
            "voorzittersrol voor 2027 aan de VVSG toegewezen.",
        ], "/"),
    ]),
    ("Y09", "4.5", "Vlaams Steunpunt Wijkwerking (VSW), Datalab Perspectief nv", [
        (["Stedenbeleid"], [
            "De databank 'Samenleven in de wijk' werd op 15 september 2026 gelanceerd en bevat momenteel 146 "
            "projectfiches. De technische ontwikkeling gebeurde door Datalab Perspectief nv, na een "
            "onderhandelingsprocedure die in februari 2026 werd afgerond.",
            "Het Vlaams Steunpunt Wijkwerking (VSW) beheert de inhoud. Het VSW richtte hiervoor een redactieraad op "
            "met vertegenwoordigers van de centrumsteden. De redactieraad vergaderde op 23 juni, 1 september en 10 "
            "november; zij komt in 2027 elk kwartaal samen.",
            "In een regionaal overleg in de Westhoek, op 21 oktober in Ieper, zaten de wijkwerkers van Ieper, "
            "Poperinge en Heuvelland samen met het VSW en vzw Buurtwerf Ieper. In de marge van de lancering van de "
            "databank kwam ook de begeleidingsgroep van het VSW samen, met onder meer Sportnetwerk Buurtsport Plus "
            "en vzw Middengrond. In Antwerpen en Gent gingen de "
            "buurtregietafels in oktober telkens tweemaal door. Het VSW overlegde in november met de dienst "
            "Samenleven van de gemeente Dilbeek en met de preventiedienst van de stad Roeselare over de opname van "
            "hun praktijken.",
            "Een gepland inspiratiemoment voor lokale besturen op 26 november werd verschoven naar 4 maart 2027.",
        ], "96.800 euro (ontwikkeling databank) 18.000 €/jaar (beheer)"),
    ]),
    ("Y10", "4.7", "VVSG, De Ambrassade, Formaat, JES, Uit De Marge, Netwerk Jeugdwerk Stedelijke Rand (NJSR), Expertisecentrum Weerbaar Online (EWO)", [
        (["Binnenlands Bestuur", "Onderwijs", "Welzijn"], [
            "Het hulplijnenoverleg, waarin het Netwerk Islamexperten, de Opvoedingslijn, 1712, het aanspreekpunt "
            "onderwijs en het Expertisecentrum Weerbaar Online (EWO) zetelen, kwam op 25 juni 2026 samen; het "
            "volgende overleg is vastgelegd op 10 december 2026.",
            "Het EWO werd op 1 september 2026 operationeel als opvolger van de infolijn rond online haatspraak. Het "
            "EWO en de Opvoedingslijn stemden in september en oktober driemaal af over een gezamenlijk "
            "doorverwijsprotocol. Binnen het EWO kwam in oktober een werkgroep 'Meldingen' samen met medewerkers "
            "van Child Focus en Unia; die werkgroep komt voortaan maandelijks bijeen. Een rondetafel met de sociale "
            "mediaplatformen werd uitgesteld tot het voorjaar van 2027.",
            "Verder werd overlegd met:",
            "<ul><li>het meldpunt radicalisering van de stad Antwerpen (7/7/2026);</li><li>de preventiedienst van de "
            "stad Gent (2/9 en 18/11/2026);</li><li>de Expertisecel Lokale Integrale Veiligheid (ELIV) van de "
            "provincie Limburg (14/10/2026);</li><li>de Koepel Brusselse Buurtwerkingen (KBB) (22-10-2026).</li></ul>",
        ], ""),
        (["Onderwijs"], [
            "Er is maandelijks overleg tussen het aanspreekpunt radicalisering en de referentiepersonen binnen de "
            "koepels, het GO! en de CLB-netten. In de rapporteringsperiode ging dit overleg door op 10 juni, 8 juli, "
            "9 september, 14 oktober en 18 november 2026. Het overleg van 8 juli was een gezamenlijke zitting met de "
            "onderwijsinspectie.",
            "De LOP-deskundigen van Brussel, Gent en Antwerpen kwamen op 6 oktober 2026 samen met het aanspreekpunt "
            "om signalen uit de lokale overlegplatformen te bundelen. Een afstemmingsmoment met de LOP-deskundigen "
            "van Limburg op 24 november kon niet doorgaan en wordt hernomen in januari 2027.",
            "Op 20 oktober werd in Asse een vormingsmoment CoPPRa light georganiseerd voor onderwijsinspecteurs en "
            "referentiepersonen. In Gent zitten de CLB-medewerkers en de preventiedienst sinds dit schooljaar om "
            "de zes weken samen in het stedelijk overleg schoolverzuim en radicalisering.",
        ], "/"),
        (["Jeugd"], [
            "Het sectoroverleg jeugd, gefaciliteerd door de afdeling Jeugd, kwam samen op 17 juni en 23 september "
            "2026. In dat overleg zijn De Ambrassade, Formaat, JES, Uit De Marge en het Netwerk Jeugdwerk "
            "Stedelijke Rand (NJSR) vertegenwoordigd.",
            "Het NJSR bracht daarnaast zijn leden samen in een regionaal overleg jeugdwerk in de Vlaamse Rand, dat "
            "op 30 september in Vilvoorde en op 12 november in Dilbeek vergaderde. Uit De Marge en JES hadden op 7 "
            "oktober overleg met de afdeling Jeugd over de opvolging van het traject rond deontologie. Die drie "
            "partners zitten begin 2027 opnieuw samen.",
            "Het jeugdwerkcongres 'Ruimte voor Tegenspraak' van 19 november in Antwerpen bracht ruim 300 "
            "jeugdwerkers samen.",
        ], "Reguliere werking"),
    ]),
    ("Y11", "5.1", "Gezinsbond, VVSG, Netwerk Gezinsondersteuning Vlaanderen (NGV)", [
        (["Welzijn"], [
            "Op 1 oktober 2026 zijn 152 Huizen van het Kind erkend. Het Agentschap Opgroeien zette samen met het "
            "Netwerk Gezinsondersteuning Vlaanderen (NGV) de ondersteuning van de Huizen verder, met bijzondere "
            "aandacht voor gezinnen die met polarisering in hun omgeving worden geconfronteerd.",
            "Het NGV installeerde in juni een werkgroep 'Gezinnen onder druk' met coördinatoren uit tien Huizen van "
            "het Kind, waaronder het Huis van het Kind Noorderkempen. De werkgroep kwam op 29 juni, 14 september en "
            "26 oktober samen. Tussen de tweede en de derde bijeenkomst overlegde het NGV afzonderlijk met de "
            "Gezinsbond. De werkgroep bereidt een handreiking voor die begin 2027 verschijnt.",
            "Het provinciaal coördinatorenoverleg van de Huizen van het Kind in Limburg kwam om de acht weken samen: "
            "op 7 juli, 8 september en 10 november 2026.",
            "De jaarlijkse netwerkdag van de Huizen van het Kind op 13 oktober in Mechelen stond in het teken van "
            "polarisering in gezinnen. De geplande bijeenkomst van het NGV met het Agentschap Opgroeien op 18 "
            "november werd verplaatst naar 15 januari 2027.",
        ], "Reguliere werking"),
    ]),
    ("Y12", "5.3", "Platform van Vlaamse Imams en Moslimdeskundigen, EMB, Vlaams Centrum voor Imamvorming (VCI)", [
        (["Welzijn"], [
            "Het project 'Theologische aanpak islamitische radicalisering' loopt in zijn derde werkingsjaar (1 "
            "september 2026 – 31 augustus 2027). Het Platform van Vlaamse Imams en Moslimdeskundigen begeleidde in "
            "de rapporteringsperiode 19 trajecten op vraag van de justitiehuizen.",
            "De opvolgingsgroep van het project, samengesteld uit de afdeling Justitiehuizen, het Platform en het "
            "EMB, vergaderde op 1 juli en 7 oktober 2026. Op de vergadering van 7 oktober werd het jaarverslag "
            "2025-2026 goedgekeurd.",
            "De gescreende islamdeskundigen kwamen daarnaast maandelijks samen in een intervisiegroep onder "
            "begeleiding van het Vlaams Centrum voor Imamvorming (VCI). Een gezamenlijke opleidingsdag voor "
            "justitieassistenten en islamdeskundigen vond plaats op 17 september in Brussel.",
        ], "118.000 euro (werkingsjaar 2026-2027)"),
        (["Welzijn"], [
            "Met het EMB werd overlegd over de erkenning van bijkomende deskundigen. Het EMB en de afdeling "
            "Justitiehuizen zaten hiervoor op 2 september en 4 november 2026 rond de tafel.",
            "Het VCI richtte in oktober een adviesraad op waarin imams, theologen en hulpverleners zetelen. De "
            "adviesraad is nog niet samengekomen; de installatievergadering is voorzien op 20 januari 2027.",
            "Eerder, in maart 2026, had het Platform al een werkbezoek gebracht aan het Centre de Théologie et "
            "Dialogue (CTD) in Luik. In overleg met het EMB werd beslist om de trajecten vanaf 2027 ook open te "
            "stellen voor de gemeenschapsinstellingen. Opgericht in januari 2026 en sinds juni driemaal "
            "samengekomen (3/6, 9/9 en 25/11/2026), buigt de juridische werkgroep van het EMB zich over het statuut "
            "van de deskundigen.",
        ], "/"),
    ]),
    ("Y13", "5.9", "VDAB, Trajectbureau Werkkracht vzw, Atelier Kruispunt cv", [
        (["Werk"], [
            "VDAB zette de maatgerichte trajecten voor kwetsbare jongeren verder. In de rapporteringsperiode werden "
            "64 jongeren toegeleid via de partnerwerking met Trajectbureau Werkkracht vzw; 23 van hen vonden "
            "intussen werk of startten een opleiding bij Opleidingscentrum Vakwerk Gent.",
            "De VDAB-bemiddelaars met een referentierol rond radicalisering kwamen op 22 juni en 19 oktober 2026 "
            "samen in Gent voor casusbespreking. Het regionaal partneroverleg van VDAB Oost-Vlaanderen, waarin ook "
            "Trajectbureau Werkkracht en de sociale werkplaats Atelier Kruispunt cv vertegenwoordigd zijn, "
            "vergaderde op 24 juni en 23 september; het volgende overleg is gepland op 16 december 2026.",
            "Voor de provincie Antwerpen werd een gelijkaardig partneroverleg opgestart; het kwam op 5 november een "
            "eerste keer bijeen in Mechelen. Ook werd afgestemd met de lokale besturen van Vilvoorde en Machelen: "
            "de jobcoaches van VDAB en de trajectbegeleiders van de stad Vilvoorde zaten in juli en oktober samen. "
            "In Gent en Aalst overleggen de VDAB-teams en de trajectbegeleiders van de OCMW's om de zes weken. "
            "Met vzw Talentbrug en het rekruteringskantoor bv Gelijkwerk HR werden afspraken gemaakt over "
            "werkplekleren.",
            "De bemiddelaars volgden op 10 en 11 september een tweedaagse vorming 'Signalen herkennen, verbinding "
            "behouden'.",
        ], "Reguliere werking (VDAB) 45.000 euro (partnerwerking 2026)"),
    ]),
    ("Y14", "6.1", "VVSG, OCAD, FOD Binnenlandse Zaken, Expertisecel Lokale Integrale Veiligheid (ELIV)", [
        (["Binnenlands Bestuur"], [
            "Volgens de inventaris van de FOD Binnenlandse Zaken van 30 september 2026 zijn in het Vlaams Gewest 251 "
            "gemeenten betrokken bij een LIVC.",
            "De LIVC's van Maaseik, Dilsen-Stokkem en Kinrooi kwamen in de rapporteringsperiode maandelijks samen, "
            "met uitzondering van augustus. In Tienen en Landen vergaderden de lokale cellen op 9 juli, 10 september "
            "en 5 november 2026.",
            "De LIVC-R Meetjesland, die in juni 2026 door de gemeenten Eeklo, Maldegem en Kaprijke werd opgericht, "
            "hield haar eerste zitting op 16 september en kwam daarna nog op 18 november samen.",
            "ELIV ondersteunt de Limburgse LIVC's. De coördinatoren van ELIV kwamen in oktober samen met de "
            "LIVC-coördinatoren van Hasselt, Genk en Beringen; zij plannen een volgend overleg in maart 2027. Voor "
            "het psychosociale luik van de trajecten wordt samengewerkt met het Centrum Geestelijke Gezondheidszorg "
            "Ankerpunt en het Transcultureel Zorgnetwerk Antwerpen (TZA).",
            "Op 3 en 4 november organiseerde de FOD Binnenlandse Zaken samen met de VVSG een tweedaagse opleiding "
            "voor nieuwe LIVC-coördinatoren in Brussel.",
        ], ""),
        (["Welzijn", "Jeugd"], [
            "Het draaiboek 'Radicalisering in de jeugdhulp' van het Agentschap Opgroeien werd in september 2026 "
            "geactualiseerd en digitaal verspreid naar alle partners binnen het jeugdhulpaanbod.",
            "Het regionaal overleg jeugdhulp in West-Vlaanderen heeft polarisering als vast agendapunt opgenomen. "
            "Op zijn vergadering van 13 oktober lichtte de referentieconsulent de nieuwe versie van het draaiboek "
            "toe. Het overleg in Oost-Vlaanderen volgt dit voorbeeld vanaf januari 2027.",
            "De Ambrassade bracht op 22 september een tiental jeugdwerkorganisaties samen in een focusgroep over "
            "het omgaan met extreemrechtse signalen. Het overleg tussen Opgroeien, De Ambrassade en Uit De Marge "
            "over een gezamenlijke vormingsreeks vond plaats op 8 oktober 2026. In Oostende kwam het Platform "
            "Welzijn en Veiligheid Oostende, dat de stad in juli 2026 oprichtte, tweemaal samen (9/9 en 4/11); vzw "
            "Kustverbinding neemt er het jongerenluik op.",
        ], "/"),
    ]),
    ("Y15", "6.3", "DG EPI, Centrum Detentie en Re-integratie (CDR), Herstelbemiddeling Brabant vzw", [
        (["Welzijn"], [
            "Het bovenlokaal overleg met DG EPI over de disengagementstrajecten in de gevangenissen kwam in de "
            "rapporteringsperiode op 6 juli, 5 oktober en 30 november 2026 samen. Dit overleg komt in principe om de "
            "acht weken bijeen, maar de vergadering van augustus werd geschrapt. In het overleg zetelen DG EPI, de "
            "afdeling Justitiehuizen, het Agentschap Opgroeien en de consultants.",
            "De ambtelijke werkgroep disengagement van het departement WVG vergaderde op 15 juni, 7 september en 16 "
            "november 2026. Zij werkte een gezamenlijk draaiboek uit, dat op de vergadering van 16 november werd "
            "goedgekeurd.",
            "Het lokaal trajectoverleg in de gevangenissen van Hasselt, Brugge en Beveren kwam maandelijks samen; "
            "in Haren gebeurde dit tweewekelijks. Herstelbemiddeling Brabant vzw schoof in Haren aan voor de "
            "trajecten waarin bemiddeling met slachtoffers wordt overwogen.",
            "Het Centrum Detentie en Re-integratie (CDR) stelde zijn evaluatieonderzoek voor op een studienamiddag "
            "op 26 oktober. De Academie voor Herstelrecht (AHR) gaf op 1 en 8 oktober een opleiding aan de "
            "trajectbegeleiders. In overleg met DG EPI werd beslist de aanbevelingen in 2027 gefaseerd te implementeren.",
        ], "Reguliere werking"),
    ]),
    ("Y16", "7.1", "VVI, onderzoeksgroep Digitale Cultuur en Extremisme (DICE), Observatorium Maatschappelijke Spanning (OMS)", [
        (["Welzijn"], [
            "Het BRAIN-be-onderzoek 'KOMPAS-R' (2025-2028), gecoördineerd door de onderzoeksgroep Digitale Cultuur "
            "en Extremisme (DICE) van de Universiteit Antwerpen, ging in zijn tweede jaar. Het veldwerk in Brussel "
            "en Charleroi wordt uitgevoerd door datastudio Cijferwerk bv.",
            "Het opvolgingscomité van het project, waarin de afdeling Justitiehuizen zetelt, kwam op 25 juni 2026 "
            "samen in Antwerpen. Het comité vergadert halfjaarlijks; de volgende zitting is gepland op 14 januari "
            "2027. Het consortium van project KOMPAS-R, dat naast DICE ook de onderzoeksgroep Jeugd, Recht en "
            "Samenleving (JuReS) van de Universiteit Hasselt omvat, zat op 9 september en 2 november samen.",
            "Op 19 oktober werd in Leuven een wetenschappelijk colloquium over online radicalisering georganiseerd.",
        ], "/"),
        (["Binnenlands Bestuur"], [
            "Het Observatorium Maatschappelijke Spanning (OMS), een samenwerking tussen Statistiek Vlaanderen en het "
            "Vlaams Vredesinstituut, publiceerde op 30 oktober 2026 zijn tweede meting. Het wetenschappelijk comité "
            "van het OMS vergaderde op 7 juli en 6 oktober; daartussen overlegde de projectgroep tweewekelijks.",
            "Voor de derde meting werd in september een begeleidingscomité samengesteld met vertegenwoordigers van "
            "het Platform. Het begeleidingscomité is nog niet bijeengekomen. In de marge van de studiedag 'Meten is "
            "weten?' van 16 september in Brussel kwam de redactieraad van het OMS samen om de vragenlijst voor de "
            "derde meting af te ronden. Het veldwerk werd gegund aan cv Denkwerf Sociaal voor EUR 36.300; het "
            "Instituut voor Conflicthantering Leuven (ICL) valideert de vragenlijst.",
            "Op 25 november stelde het OMS de resultaten voor op een hoorzitting in het Vlaams Parlement. Het "
            "jaarverslag 2026 van het OMS verschijnt in maart 2027.",
        ], "210.000 euro (2026), waarvan 140.000 euro Vlaamse middelen en 70.000 euro cofinanciering VVI"),
    ]),
    ("Y17", "10.1", "CAW's, Agentschap Opgroeien, Centrum Trauma en Veerkracht (CTV)", [
        (["Welzijn"], [
            "Het netwerk van referentieconsulenten van het Agentschap Opgroeien telt momenteel 26 consulenten. De "
            "referentieconsulenten van de regio's Antwerpen en Limburg kwamen samen op 30 juni en 29 september 2026; "
            "die van Oost- en West-Vlaanderen op 7 juli en 6 oktober in Gent.",
            "In de regio Vlaams-Brabant en Brussel ging de geplande intervisie van september niet door wegens "
            "ziekte; zij wordt ingehaald op 9 december 2026. Het teamoverleg van de consultteams, waarop ook de "
            "referentieconsulenten worden uitgenodigd, vindt zesmaandelijks plaats; het laatste ging door op 17 "
            "november 2026. Het Centrum Trauma en Veerkracht (CTV) verzorgde daar een toelichting. Het "
            "Expertisepunt Jeugdhulp en Extremisme (EJE) en de consultteams van Gent en Brugge kwamen op maandag 26 "
            "oktober samen; het EJE had op 12/10/26 al overleg met de referentieconsulenten van Antwerpen.",
        ], ""),
        (["Welzijn"], [
            "In elk justitiehuis is een effectieve en een plaatsvervangende referentie-justitieassistent actief. De "
            "referentie-justitieassistenten van de vijf Vlaamse provincies ontmoetten elkaar op 15 september op een "
            "uitwisselingsdag in Brussel.",
            "De CAW-referentiepersonen vormen sinds 2025 een lerend netwerk. Dat netwerk kwam in de "
            "rapporteringsperiode tweemaal bijeen: op 24 juni bij CAW Oost-Vlaanderen (Gent) en op 21 oktober bij "
            "CAW Limburg (Hasselt). Tussen beide bijeenkomsten stemde het netwerk af met de Opvoedingslijn.",
            "Een werkgroep 'Vroegsignalering' binnen het lerend netwerk werd op 21 oktober opgericht; zij komt voor "
            "het eerst samen in februari 2027. Het CTV organiseerde daarnaast op 3 november een webinar over "
            "traumasensitief werken voor de referentiepersonen.",
        ], "Reguliere werking"),
    ]),
    ("Y18", "11.1", "Atlas, Agentschap Integratie en Inburgering, Vlaams Centrum voor Imamvorming (VCI), Forum Levensbeschouwingen Vlaanderen (FLV)", [
        (["Integratie"], [
            "Het structureel vormingsaanbod voor bedienaars van erkende erediensten liep in het najaar van 2026 in "
            "Antwerpen, Gent en Brussel. Sinds 1 september 2026 namen 47 bedienaars deel, onder wie 12 imams die "
            "via de Vereniging Moskeebesturen Kempen werden toegeleid.",
            "De stuurgroep van het vormingsaanbod, waarin Atlas, het Agentschap Integratie en Inburgering en het VCI "
            "zetelen, kwam op 2 juli en 20 oktober 2026 samen. Op vraag van de stuurgroep pleegde het Agentschap "
            "overleg met het Forum Levensbeschouwingen Vlaanderen (FLV). Het FLV en het Agentschap overlegden op 11 "
            "september en 4 november over de uitbreiding naar bedienaars van de orthodoxe en de protestantse "
            "eredienst.",
            "Het lesgeversteam van Atlas overlegt om de vier weken. Een infosessie voor moskeebesturen vond plaats "
            "op 28 september in Mechelen; de logistiek werd verzorgd door nv Zilverlijn Events. Het totale budget "
            "voor het vormingsaanbod bedraagt 1,15 miljoen euro over de periode 2024-2027.",
        ], "85.000 euro (2026)"),
    ]),
    ("Y19", "12.5", "Inspectie LBV, Interlevensbeschouwelijk Netwerk Leuven, Vereniging Leerkrachten Levensbeschouwing (VLL)", [
        (["Onderwijs"], [
            "De commissie levensbeschouwelijke vakken vergaderde op 17 juni, 23 september en 25 november 2026. Op "
            "haar zitting van 23 september werd de verzameling goede praktijken rond interlevensbeschouwelijke "
            "competenties (ILC) voorgesteld, die intussen 64 praktijkvoorbeelden bevat.",
            "De inspecteurs LBV kwamen op 14 oktober samen voor hun jaarlijkse gemeenschappelijke studiedag "
            "interlevensbeschouwelijke dialoog, dit jaar in Leuven.",
            "De Vereniging Leerkrachten Levensbeschouwing (VLL) en het Interlevensbeschouwelijk Netwerk Leuven "
            "hadden op 4 november overleg met de inspectie LBV over een gezamenlijk nascholingsaanbod. De VLL komt "
            "daarvoor met haar bestuur op 12 januari 2027 samen. De Stichting Erfgoed en Dialoog stelt voor dat "
            "aanbod haar educatieve koffers ter beschikking. Een uitwisseling met de Stichting Dialoog over Grenzen "
            "en vzw Schoolpoort, voorzien in november, werd verschoven naar het tweede trimester van het schooljaar "
            "2026-2027.",
        ], "7.500,00 euro (nascholing)"),
    ]),
    ("Y20", "13.1", "Koning Boudewijnstichting, Opvoedingslijn, vzw Achterland, Ouderplatform Brugkracht", [
        (["Welzijn"], [
            "Het werkmodel voor de inbedding van de lotgenotengroepen binnen de Huizen van het Kind wordt sinds "
            "januari 2026 uitgerold in vier regio's.",
            "De lotgenotengroep van vzw Achterland in Vilvoorde kwam tweewekelijks samen, de groep in Antwerpen "
            "maandelijks. In Mechelen kwam de groep pas op 21 oktober een eerste keer bijeen, na een opstartfase "
            "van drie maanden. Het Vrijwilligersnetwerk Lotgenoten Limburg ondersteunt de groep in Genk.",
            "Ouderplatform Brugkracht, opgericht door moeders van vertrokken jongeren, zette zijn werking voort. "
            "Zijn kerngroep vergaderde op 1/7, 2/9 en 4/11/2026. De begeleiders van de lotgenotengroepen troffen "
            "elkaar op een intervisiedag op 29 september. In de Westhoek richtten de Welzijnsregio Westhoek-Leie en "
            "het Huis van het Kind Ieper in oktober een lotgenotengroep op, die nog niet is samengekomen.",
        ], "€ 62.000 (2026)"),
        (["Welzijn"], [
            "De stuurgroep lotgenotenwerking van de Koning Boudewijnstichting zat op 8 juli en 30 september 2026 "
            "samen met de Opvoedingslijn en het Agentschap Opgroeien. Op 18 november vond er een overleg plaats "
            "tussen vzw Achterland, Ouderplatform Brugkracht en de back-office van de Opvoedingslijn over een "
            "gezamenlijke doorverwijsprocedure. Het Regionaal Zorgplatform Waas en Dender en het Huis van het Kind "
            "Sint-Niklaas zaten op 16/10/26 samen om een groep in het Waasland op te starten.",
            "De focusgroep met ouders die voor eind juni 2026 gepland was, werd geannuleerd. In het voorjaar van "
            "2026 waren er al verkennende gesprekken met de Huizen van het Kind in Vilvoorde en Mechelen. Na "
            "overleg met de Koning Boudewijnstichting werd de looptijd van de projectsubsidie verlengd tot 30 juni "
            "2027.",
        ], "/"),
    ]),
    ("Y21", "14.1", "vzw Brugfiguur, vzw Tussenruimte, Jongerenplatform Stemrecht vzw, Limburgse Jeugdhuizenkoepel (LJK), Redactiehuis Jong Geluid vzw", [
        (["Integratie", "Jeugd"], [
            "In het kader van de oproep 'Verbindend opgroeien' gingen op 1 juni 2026 vijf projecten van start voor "
            "een periode van 24 maanden, namelijk:",
            "<ul><li>vzw Brugfiguur – Kortrijk (€ 58.000);</li><li>vzw Tussenruimte – Brussel (€ 61.500);</li>"
            "<li>Jongerenplatform Stemrecht vzw – Lokeren (€ 44.750);</li><li>Limburgse Jeugdhuizenkoepel (LJK) – "
            "Genk (€ 70.000);</li><li>Redactiehuis Jong Geluid vzw – Oostende (€ 39.900).</li></ul>",
            "De vijf projecten komen om de drie maanden samen in een intervisiegroep die de afdeling Jeugd "
            "begeleidt; in de rapporteringsperiode gebeurde dat op 23 juni en 22 september 2026. De derde "
            "intervisie, gepland op dinsdag 15 december 2026, vindt plaats bij vzw Jongerenhaven Genk. Het "
            "startmoment met alle projectpromotoren vond plaats op 2 juni in het Boudewijngebouw.",
        ], "274.150 euro (integratie en jeugd, 2026-2028)"),
        (["Jeugd"], [
            "Elk project werkt met een lokale begeleidingsgroep. Die van vzw Brugfiguur kwam op 15 juli en 14 "
            "oktober samen in Kortrijk. Het begeleidingscomité van de LJK vergaderde in september; in oktober kwam "
            "die groep een tweede keer bijeen, samen met de jeugdhuizen van Genk en Maasmechelen.",
            "Het consortium van het project van vzw Tussenruimte, waarin ook Fondation Passerelle en de stad "
            "Brussel participeren, zat op 8 september en 10 november rond de tafel.",
            "Het toonmoment van de eerste projectresultaten op 27 november 2026 in Gent bracht 140 "
            "eerstelijnswerkers samen. Filmcollectief Spiegelbeeld en vzw Verhalenwerf verzorgden er de "
            "workshops. Het netwerk van jeugdwerkers van de LJK overlegt tweemaandelijks.",
        ], "2.500 euro (toonmoment)"),
    ]),
    ("Y22", "14.5", "Mediawijs, Stampmedia, Beroepsvereniging Mediamakers Divers (BMD), Omroepcollectief Mozaïek", [
        (["Media"], [
            "Mediawijs zette in 2026 het traject 'rePresent 2.0' op, samen met Stampmedia en de Beroepsvereniging "
            "Mediamakers Divers (BMD). Tussen juni en oktober 2026 gingen 126 jongeren uit Antwerpen, Brussel en "
            "Gent in dialoog met 18 journalisten.",
            "De redactiegroep van het traject, met jongeren en mediamakers, zat op 10 juni, 2 september en 28 "
            "oktober 2026 samen in de redactie van Stampmedia in Antwerpen. Mediawijs en de BMD overlegden "
            "daarnaast op 16 september met de VRT en met Omroepcollectief Mozaïek over de opname van de adviezen in "
            "hun redactionele richtlijnen. Zij spraken af om in maart 2027 opnieuw samen te komen.",
            "Een workshop voor eindredacteurs op 14 oktober werd wegens te weinig inschrijvingen geannuleerd. Het "
            "BMD-bestuur vergaderde op 5 november. Mediawijs' klankbordgroep onderwijs kwam op 03.11.2026 samen; "
            "Redactieplatform Nieuwsnest en de Stichting Mediadialoog zetelen er sinds dit najaar in.",
        ], "EUR 48.000 (2026)"),
    ]),
]


class _Checker(HTMLParser):
    ALLOWED = {"p", "ul", "li"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.ALLOWED:
            self.errors.append(f"tag <{tag}> not allowed")
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}>")
        else:
            self.stack.pop()


def check_html(html):
    c = _Checker()
    c.feed(html)
    c.close()
    if c.stack:
        c.errors.append(f"unclosed {c.stack}")
    return c.errors


def to_html(paragraphs):
    return "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paragraphs)


def words(html):
    return len(re.sub(r"<[^>]+>", " ", html).split())


def main():
    desc = load_descriptions(HERE / "dev.txt")
    out, errors, total = [], [], 0
    for item, aid, parties, entries in ITEMS:
        if aid not in desc:
            errors.append(f"{item}: no description for action {aid}")
            continue
        rows = []
        for no, (comps, paras, budget) in enumerate(entries, 1):
            html = to_html(paras)
            for e in check_html(html):
                errors.append(f"{item}/{no}: {e}")
            n = words(html)
            total += n
            if not MIN_WORDS <= n <= MAX_WORDS:
                errors.append(f"{item}/{no}: {n} words")
            rows.append({"entry_no": no, "competences": comps, "description": html, "budget_text": budget})
        if [r["entry_no"] for r in rows] != list(range(1, len(rows) + 1)):
            errors.append(f"{item}: entry_no does not run 1..n")
        out.append({"item": item, "action_id": aid, "description": desc[aid],
                    "other_parties_text": parties, "entries": rows})
    if errors:
        sys.exit("\n".join(errors))
    with open(HERE / "text.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{len(out)} items, {sum(len(o['entries']) for o in out)} entries, {total} words -> text.jsonl")


if __name__ == "__main__":
    main()
