# SYNTHETIC test round unseen-2024-06 (writer w14, blind).
# Builds text.jsonl from dev.txt (real general descriptions of dev actions, copied verbatim,
# whitespace-normalised) and the invented June 2024 entry texts below.
# Everything in ITEMS (parties, entry texts, budgets, dates, amounts) is invented,
# except the names of real organisations.
import json, re, os

HERE = os.path.dirname(os.path.abspath(__file__))


def load_descriptions(path):
    L = open(path, encoding='utf-8').read().split('\n')
    blocks, cur = {}, None
    for l in L:
        m = re.match(r'^===== (\S+)', l)
        if m:
            cur = m.group(1)
            blocks[cur] = []
            continue
        if cur is not None:
            blocks[cur].append(l)
    desc = {}
    for aid, b in blocks.items():
        out, on = [], False
        for l in b:
            if re.match(r'^\s*Actie\s*' + re.escape(aid) + r'\b', l):
                on = True
                l = re.sub(r'^\s*Actie\s*' + re.escape(aid), '', l)
            elif l.startswith('Status actie'):
                break
            if on and not re.match(r'^\s*-{3,}\s*-*\s*$', l):
                out.append(l)
        desc[aid] = ' '.join(' '.join(out).split())
    return desc


def E(comp, paras, budget):
    return {"competences": comp, "paras": paras, "budget_text": budget}


ITEMS = [
# ---------------------------------------------------------------- P01
("P01", "1.1", "VVSG, VGC, OCAD, FOD Justitie, FOD Binnenlandse Zaken, Vlaams Centrum voor Polarisatiekunde", [
E(["Binnenlands Bestuur"], [
"De structuren die binnen de Vlaamse overheid werden opgezet om tot een gecoördineerd beleid te komen, bleven ook in deze rapporteringsperiode behouden. Het Vlaams Platform Radicalisering kwam vijf keer samen, namelijk op 14 december 2023, 25/01/2024, 22.02.2024, 21 maart 2024 en 16 mei 2024. De vergadering die voor 18 april gepland stond, werd geannuleerd omdat ze samenviel met de paasvakantie.",
"Voor de bijeenkomst van 21 maart werden naast de vaste aanspreekpunten van de beleidsdomeinen ook het agentschap Opgroeien en het Vlaams Centrum voor Polarisatiekunde (VCPK) uitgenodigd om hun lopende trajecten toe te lichten. Het VCPK, een samenwerkingsverband van drie hogescholen, werkt sinds het najaar van 2023 aan een kader voor het meten van polarisering op wijkniveau. Ook het kenniscentrum Vindplaats, dat de databank met lokale praktijkvoorbeelden beheert, schoof aan.",
"Binnen het Platform werd in januari 2024 een tijdelijke werkgroep 'Online polarisering' opgericht, bestaande uit vertegenwoordigers van ABB, het departement Onderwijs en Vorming, het Kenniscentrum Mediawijs en het VCPK. Deze werkgroep kwam twee keer samen (op 8 februari en op 11 april) en legt tegen het najaar van 2024 een verkennende nota voor aan het Platform.",
"Het interfederale platform over radicalisering en terrorisme, waarin de kabinetten van de federale overheid en de deelstaten overleggen, vergaderde op 30 januari 2024. Een tweede bijeenkomst, oorspronkelijk gepland midden juni 2024, werd verschoven naar na de verkiezingen van 9 juni 2024. Daarnaast is er wekelijks informeel contact tussen het centraal aanspreekpunt binnen ABB en het OCAD.",
], "Reguliere middelen"),
]),
# ---------------------------------------------------------------- P02
("P02", "2.1", "OCAD, FOD Justitie, VVSG, Brussel Preventie & Veiligheid, College van Procureurs-generaal", [
E(["Binnenlands Bestuur"], [
"Het centraal aanspreekpunt nam deel aan de maandelijkse bijeenkomsten van de Nationale Task Force (NTF). In de periode december 2023 – mei 2024 vonden zes bijeenkomsten plaats; de vergadering van 7 maart 2024 werd op vraag van het OCAD vervroegd naar 29 februari. Via het Vlaams Platform Radicalisering werd de Vlaamse input voorbereid voor de evaluatie van de Strategie TER.",
"De werkgroep Preventie van de NTF werd in het najaar van 2023 heropgestart onder gezamenlijk voorzitterschap van de FOD Binnenlandse Zaken en het OCAD. De werkgroep kwam samen op 17 januari en 24 april 2024. De werkgroep Strategische Communicatie, die sinds 2022 niet meer vergaderde, werd formeel opgeheven; de opvolging gebeurt voortaan via de cel communicatie van het Nationaal Crisiscentrum.",
"In Brussel werd deelgenomen aan de thematische werkgroep 'radicalisering en polarisering' van het Globaal Veiligheids- en Preventieplan, die door Brussel Preventie & Veiligheid (BPV) tweemaandelijks wordt samengeroepen. Op 19 maart 2024 organiseerde BPV in dat kader een rondetafel met de zes Brusselse politiezones, de VGC en het Brussels Kenniscentrum Samenleven en Veiligheid (KSV). Het KSV werd gevraagd om tegen eind 2024 een overzicht op te maken van de lopende preventieprojecten in de negentien gemeenten.",
], "Geen specifieke middelen"),
E(["Justitie en Handhaving"], [
"Het Agentschap Justitie en Handhaving neemt deel aan de permanente werkgroep tussen het College van Procureurs-generaal en de justitiehuizen. Deze werkgroep kwam in de rapporteringsperiode drie keer samen, telkens in Brussel. Op de bijeenkomst van 13/02/2024 werd de geactualiseerde omzendbrief over de informatie-uitwisseling in terroristische en extremistische dossiers besproken.",
"Daarnaast werd op 6 mei 2024 overlegd met de directies van de gevangenissen van Hasselt en Brugge en met het expertisenetwerk terrorisme van het College over de doorstroming van gegevens bij invrijheidstelling. Een opvolgoverleg is voorzien in oktober 2024.",
], "Reguliere middelen (personeelsinzet ca. 0,3 VTE)"),
]),
# ---------------------------------------------------------------- P03
("P03", "3.1", "Europese Commissie, RAN Practitioners, OCAD, Fédération Wallonie-Bruxelles, Stichting Weerklank", [
E(["Binnenlands Bestuur"], [
"Het 'Network of Prevent Policy Makers' van de Europese Commissie kwam tijdens de rapporteringsperiode twee keer samen: op 6 en 7 december 2023 in Brussel en van 16 tot 17 april 2024 in Stockholm. Conform de afspraak binnen de NTF werd de Belgische delegatie samengesteld uit het OCAD en, roterend, een vertegenwoordiger van de gewesten en gemeenschappen; voor de bijeenkomst in Stockholm nam ABB die rol op.",
"In aanloop naar het Belgisch voorzitterschap van de Raad van de Europese Unie (eerste jaarhelft van 2024) werd in januari 2024 een ad-hocoverleg opgezet tussen ABB, de FOD Binnenlandse Zaken en de Fédération Wallonie-Bruxelles. Dit overleg kwam vier keer samen, doorgaans tweewekelijks, ter voorbereiding van een informele conferentie rond lokale preventie die op 22 april 2024 doorging in Leuven. Aan de conferentie namen 140 beleidsmakers en praktijkwerkers uit 21 lidstaten deel.",
], "Reguliere middelen"),
E(["Onderwijs"], [
"De referentiepersoon radicalisering van het GO! blijft co-voorzitter van de RAN-werkgroep 'Youth and Education' (RAN Y&E). De werkgroep organiseerde op 28 en 29 februari 2024 in Lissabon een meeting rond polarisering in de klas na de gebeurtenissen van 7 oktober 2023; een volgende meeting is voorzien in het najaar van 2024 in Tallinn.",
"De resultaten van deze meetings worden netoverschrijdend gedeeld in de interne werkgroep radicalisering van het departement Onderwijs en Vorming, die in maart 2024 plaatsvond. Ook het Lerend Netwerk Schoolklimaat en Polarisering, dat wordt gecoördineerd door Kantelpunt vzw, werd op de hoogte gebracht tijdens zijn bijeenkomst van 15 mei.",
], "Reguliere middelen"),
E(["Jeugd"], [
"De afdeling Jeugd nam van 11 tot 13 maart 2024 deel aan een Europese peer learning activiteit over jeugdwerk en democratische weerbaarheid, georganiseerd door JUGEND für Europa in Bonn.",
"In samenwerking met de Nederlandse Stichting Weerklank en het Antwerpse jeugdwerknetwerk Grenzeloos vzw werd een uitwisseling tussen jeugdwerkers opgezet. Een eerste online kennismaking vond plaats op 23 januari; het fysieke uitwisselingsbezoek in Rotterdam, voorzien voor mei 2024, werd uitgesteld tot september 2024. Stichting Weerklank ontvangt de Vlaamse jeugdwerkers in haar wijkhuis in Rotterdam-Delfshaven.",
], "8.500 euro (reis- en verblijfskosten uitwisseling)"),
]),
# ---------------------------------------------------------------- P04
("P04", "4.1", "Aalst, Antwerpen, Gent, Genk, Kortrijk, Mechelen, Menen, Oostende, Ronse, Sint-Niklaas, Temse, Vilvoorde", [
E(["Binnenlands Bestuur"], [
"In het kader van de projectoproep 'Lokale weerbaarheid en verbinding 2024-2025' kregen 11 lokale besturen eind oktober 2023 een subsidie toegekend, namelijk: Antwerpen (96.000 euro), Gent (88.500 euro), stad Aalst (61.250 euro), Genk (72.000 euro), Kortrijk (49.800 euro), Mechelen (58.000 euro), Menen (41.500 euro), Oostende (47.250 euro), Ronse (39.900 euro), Sint-Niklaas i.s.m. Temse (54.300 euro) en Vilvoorde (66.000 euro).",
"De projecten gingen van start op 1 januari 2024 en lopen tot 31 december 2025. Op 20 februari 2024 vond een startbijeenkomst plaats met alle projectverantwoordelijken in het Herman Teirlinckgebouw te Brussel. Sindsdien komen de projectcoördinatoren tweemaandelijks samen in een lerend netwerk dat wordt begeleid door het onderzoeks- en adviesbureau Koerswijzer cvba; de tweede en derde sessie gingen door in Genk (16 april) en online (28 mei).",
"Stad Ronse zet de middelen in voor de uitbouw van het buurtteam 'Tussenruimte', in samenwerking met de vzw Kleurrijk Ronse en het lokale OCMW. In Kortrijk werd de Dienst Wijkverbinding versterkt met een halftijdse brugfiguur. De stad Menen richtte een stuurgroep op met de politiezone Grensleie, het CAW Zuid-West-Vlaanderen en de moskeevereniging Ar-Rahma; deze stuurgroep is nog niet samengekomen, een eerste vergadering is gepland begin juli 2024.",
"De inhoudelijke tussentijdse rapportering over het werkingsjaar 2024 moet tegen 31 januari 2025 bij ABB worden ingediend. Op basis daarvan wordt de tweede schijf van 50% uitbetaald.",
], "674.500 euro (2024-2025), waarvan 337.250 euro op begroting 2024"),
]),
# ---------------------------------------------------------------- P05
("P05", "4.3", "VVSG, Agentschap Integratie en Inburgering, provincie Vlaams-Brabant, Vlaams Vredesinstituut", [
E(["Binnenlands Bestuur"], [
"De VVSG zette haar ondersteuning van lokale besturen inzake de preventie van gewelddadige radicalisering en polarisering verder. De helpdesk ontving tussen 1 december 2023 en 15 mei 2024 in totaal 74 vragen, waarvan 52 van 31 verschillende lokale besturen. Het merendeel van de vragen ging over de werking van de LIVC-R, het beroepsgeheim en polarisering naar aanleiding van de gebeurtenissen in het Midden-Oosten.",
"Het lerend netwerk van LIVC-R-coördinatoren kwam drie keer samen: op 12 december 2023 in Mechelen, op 5 maart in Leuven en op 14 mei 2024 in Brugge. Gemiddeld waren er 34 deelnemers uit 27 gemeenten; het aanspreekpunt van ABB en een vertegenwoordiger van het OCAD namen telkens deel. De intervisie voor casemanagers werd maandelijks georganiseerd, met uitzondering van januari. Sinds februari 2024 worden deze sessies begeleid door het Centrum voor Ethiek en Conflicthantering (CEC) van de Odisee hogeschool; het CEC werkt daarvoor een reeks casusfiches uit.",
"De provinciale overlegplatformen liepen verder. In Oost-Vlaanderen werd op 18/01/2024 overlegd met de gouverneur, de provinciale veiligheidscel en 14 lokale besturen. In Limburg nam de VVSG deel aan het provinciaal overleg van de lokale integratiediensten, georganiseerd door het Agentschap Integratie en Inburgering op 7 maart. Voor Vlaams-Brabant werd samen met de provincie Vlaams-Brabant en het Regionaal Welzijnshuis Hageland een nieuw platform opgericht; dit platform heeft nog niet vergaderd.",
"Op 26 april 2024 organiseerde de VVSG in samenwerking met het Vlaams Vredesinstituut en de vzw Touwladder een studiedag 'Polarisering in de gemeenteraad' in het Provinciehuis te Antwerpen, met 180 deelnemers. Daarnaast werden vormingen gegeven in Dendermonde (13 februari), in Lommel (20.03.2024) en voor het intergemeentelijk samenwerkingsverband Kempen Veilig (IKV) op 2 mei. IKV vroeg om een vervolgsessie in het najaar.",
], "344.000 euro (1 januari 2023 – 31 december 2025), waarvan 118.600 euro in 2024"),
]),
# ---------------------------------------------------------------- P06
("P06", "4.7", "VVSG, De Ambrassade, Uit de Marge, Formaat, VVJ, JES, Netwerk Islamexperten, Onderwijscentrum Brussel", [
E(["Onderwijs"], [
"Het aanspreekpunt radicalisering van het departement Onderwijs en Vorming overlegt maandelijks met de referentiepersonen radicalisering van de onderwijsverstrekkers (GO!, Katholiek Onderwijs Vlaanderen, OVSG, POV en het Overleg Kleine Onderwijsverstrekkers) en met de CLB-netten. In januari 2024 vond dat overleg niet plaats.",
"De verschillende hulplijnen (het Netwerk Islamexperten, de Opvoedingslijn, het aanspreekpunt onderwijs en het meldpunt 'Stil Alarm' van de stad Mechelen) stemmen halfjaarlijks af met het oog op een correcte doorverwijzing. De jongste afstemming vond plaats op 27 februari 2024.",
"Er werden vormingsmomenten georganiseerd voor LOP-deskundigen en onderwijsinspecteurs: op 18 december 2023 in Antwerpen en van 4 tot 6 maart 2024 in Brussel, het laatste in samenwerking met het Onderwijscentrum Brussel en de vzw Schoolbrug Anderlecht. Er werd ook overlegd met de preventiedienst van stad Gent en met het Brusselse Huis voor Gezin en School over een gezamenlijke vorming voor brugfiguren, die in het voorjaar van 2025 zal plaatsvinden.",
], "Reguliere middelen"),
E(["Jeugd"], [
"De afdeling Jeugd organiseert een structureel sectoroverleg met de koepelorganisaties die werken rond positieve identiteitsontwikkeling, waaronder De Ambrassade, Uit de Marge, Formaat, VVJ en JES. Het overleg kwam samen op 11 januari en op 25 april 2024. Nieuw aan tafel sinds dit voorjaar is de Federatie van Zelforganisaties van Jonge Nieuwkomers (FZJN).",
"Op vraag van Uit de Marge werd een werkgroep 'jongeren in kwetsbare wijken en online radicalisering' opgericht, samengesteld uit Uit de Marge, Formaat, de FZJN en de afdeling Jeugd. Deze werkgroep kwam in het voorjaar van 2024 twee keer samen. De FZJN bracht daarbij signalen in vanuit haar lidorganisaties in Borgerhout en Sint-Jans-Molenbeek.",
], "Geen specifieke middelen"),
]),
# ---------------------------------------------------------------- P07
("P07", "5.1", "Opgroeien, VVSG, Gezinsbond, VBJK, Ouderkracht Brussel vzw", [
E(["Welzijn"], [
"Op 1 januari 2024 waren er 116 Huizen van het Kind erkend door het agentschap Opgroeien, met een werkingsgebied over 285 Vlaamse gemeenten en het Brussels Hoofdstedelijk Gewest. Met het oog op de gemeentelijke fusies van 1 januari 2025 wordt een herschikking van de werkingsgebieden voorbereid.",
"Opgroeien werkte in de rapporteringsperiode samen met het Huis van het Kind Lokeren en het samenwerkingsverband Gezinsnest Waasland aan een handreiking voor medewerkers die gezinnen begeleiden in een polariserende context. De klankbordgroep, met onder meer de Gezinsbond, het VBJK en de vzw Ouderkracht Brussel, kwam samen op 9 januari en op 19 maart 2024. Een derde bijeenkomst is gepland in september 2024.",
"De handreiking wordt tegen eind 2024 verspreid via de regionale ondersteuners van Opgroeien en voorgesteld op het netwerkmoment van de Huizen van het Kind in het voorjaar van 2025.",
], "35.000 euro (2024)"),
]),
# ---------------------------------------------------------------- P08
("P08", "5.5", "Arktos, GO!, Katholiek Onderwijs Vlaanderen, OVSG, POV", [
E(["Onderwijs"], [
"Arktos ontvangt voor het schooljaar 2023-2024 (1/09/2023 tot 31/08/2024) middelen voor de verderzetting van het project CONNECT. Tussen september 2023 en april 2024 werden 41 scholen en 2 scholengroepen ondersteund vanuit de verschillende onderwijsverstrekkers. Daarnaast werden 14 korte interventies uitgevoerd in scholen waar in het najaar van 2023 spanningen ontstonden.",
"De stuurgroep van CONNECT, waarin het departement Onderwijs en Vorming, Arktos en de pedagogische begeleidingsdiensten zetelen, kwam samen op 5 december 2023 en op 23 april 2024. In maart 2024 werd bovendien een intervisie georganiseerd voor de CONNECT-coaches, begeleid door de Nederlandse Stichting Schoolveer.",
"Vanaf 1 september 2024 wordt het project ingebed in het ruimere ondersteuningsaanbod rond schoolklimaat. Een evaluatiegesprek met Arktos is gepland in juni 2024.",
], "2023-2024: 210.000 euro (waarvan 25.000 euro voor de korte interventies)"),
]),
# ---------------------------------------------------------------- P09
("P09", "5.7", "Katholiek Onderwijs Vlaanderen, GO!, OVSG, POV, Universiteit Antwerpen, Kantelpunt vzw", [
E(["Onderwijs"], [
"Op 15 januari 2024 werd de projectoproep 'Verbindend schoolklimaat en polarisatiemanagement' gelanceerd. Scholen en organisaties konden tot 15 maart 2024 een aanvraag indienen. Er werden 37 aanvragen ontvangen, waarvan 22 door scholen of scholengemeenschappen en 15 door organisaties. Voorafgaand aan de lancering werd op 11 december 2023 een consultatie georganiseerd met de onderwijsverstrekkers, de VSK, de Vlaamse Onderwijsraad en Kantelpunt vzw.",
"Een beoordelingscommissie, samengesteld uit medewerkers van het departement, de onderwijsinspectie en twee externe experts van de Universiteit Antwerpen, kwam samen op 9 en 10 april 2024. Op voorstel van de commissie werden 9 projecten geselecteerd, waaronder die van Kantelpunt vzw (Leuven), het Atheneum De Pijler (Vilvoorde), Campus Lindenhof (Heusden-Zolder), de Scholengemeenschap Leienland (Deinze) en het herstelgerichte project 'Tafel van Drie' van de vzw Bemiddelingshuis Oost.",
"De geselecteerde projecten starten bij de aanvang van het schooljaar 2024-2025 en lopen tot 30 juni 2026. Een kick-off met de projectdragers is voorzien op 12 september 2024; daarna volgen per semester lerende netwerkmomenten.",
], "450.000 euro (2024-2026), waarvan 150.000 euro op begroting 2024"),
]),
# ---------------------------------------------------------------- P10
("P10", "5.9", "VDAB, De Werkvloer cvba, Kompasroos vzw", [
E(["Werk"], [
"VDAB zet haar maatgerichte aanpak voor kwetsbare jongeren verder. In de rapporteringsperiode volgden 46 nieuwe VDAB-bemiddelaars de module 'Alert voor radicalisering', die wordt verzorgd door het vormingscentrum Kompasroos vzw. De module werd in februari 2024 geactualiseerd met aandacht voor online radicalisering.",
"In Antwerpen en Vilvoorde loopt sinds januari 2024 een pilootproject met het maatwerkbedrijf De Werkvloer cvba, waarbij jongeren die begeleid worden via een LIVC-R een werkervaringstraject kunnen volgen. Er werd een casusoverleg opgezet tussen VDAB, het maatwerkbedrijf en de LIVC-R-coördinatoren van beide steden; dit overleg vindt tweewekelijks plaats. Tegen eind mei waren 9 jongeren in het traject gestapt. Partners in het pilootproject zijn o.a. De Werkvloer cvba, het OCMW Vilvoorde, Jobkracht Noord vzw en de Antwerpse buurtwerking Buurtnest.",
"Omwille van de privacy registreert VDAB geen klanten die mogelijk geradicaliseerd zijn. Specifiek cijfermateriaal inzake aantallen begeleide geradicaliseerden is dan ook niet voorhanden.",
], "Reguliere middelen VDAB; pilootproject: 62 k euro (2024)"),
]),
# ---------------------------------------------------------------- P11
("P11", "6.1", "VVSG, OCAD, FOD Binnenlandse Zaken, Violence Prevention Network, Exitpunt vzw", [
E(["Binnenlands Bestuur"], [
"Volgens de meest recente inventaris van de FOD Binnenlandse Zaken (stand van zaken op 31 maart 2024) zijn er in het Vlaams Gewest 196 LIVC-R's actief, waarbij 279 gemeenten betrokken zijn; in Brussel hebben 19 gemeenten een LIVC-R. Een actualisatie van de handleiding LIVC-R is in voorbereiding.",
"ABB organiseerde samen met de VVSG en het OCAD drie regionale sessies rond de rol van socio-preventieve actoren in de LIVC-R: op 8 december 2023 in Gent, op 19 januari 2024 in Hasselt en op 1 maart 2024 in Brussel. In totaal namen 210 lokale medewerkers deel. Op 6 februari 2024 zaten ABB, de VVSG en het OCAD samen om de eerste twee sessies te evalueren.",
"Het expertenpanel disengagement, dat ABB in november 2023 oprichtte met deskundigen van de KU Leuven, Exitpunt vzw en de Duitse organisatie Violence Prevention Network, kwam tot nu toe één keer samen, op 17 april 2024. Exitpunt vzw ondersteunt sinds begin 2024 ook individuele trajecten in Limburg.",
], "120.000 euro (2024), waarvan 40.000 euro voor de regionale sessies"),
E(["Welzijn"], [
"De consulenten extremisme van het departement Welzijn, Volksgezondheid en Gezin volgden op 30 april 2024 in totaal 58 lopende trajecten op, waarvan 11 nieuwe aanmeldingen sinds december 2023.",
"Met de CAW's werd tweemaandelijks een thematisch overleg georganiseerd. Daarnaast werd op 14 maart 2024 overlegd met het Centrum Geestelijke Gezondheidszorg De Meander en het Traumacentrum Oostkust over een versnelde toeleiding van jongvolwassenen met traumagerelateerde problematiek. Er werd afgesproken dit overleg halfjaarlijks te herhalen.",
], "Zie actie 6.3"),
]),
# ---------------------------------------------------------------- P12
("P12", "6.3", "DG EPI, FOD Justitie, Agentschap Justitie en Handhaving, De Overbrugging vzw", [
E(["Welzijn", "Justitie en Handhaving"], [
"Het structureel bovenlokaal overleg met het Directoraat-Generaal Penitentiaire Inrichtingen (DG EPI) kwam tijdens de rapporteringsperiode vier keer samen. Naast de vaste leden namen ook vertegenwoordigers van het agentschap Opgroeien deel aan de vergadering van 12 maart 2024, waarop de overgang van jongeren uit de gemeenschapsinstellingen naar het volwassenencircuit werd besproken.",
"Binnen het Agentschap Justitie en Handhaving werd in februari 2024 een ambtelijke werkgroep 'nazorg na detentie' opgericht die tweemaal samenkwam. De werkgroep werkt een gezamenlijk draaiboek uit met de gevangenissen van Antwerpen, Haren en Hasselt en met De Overbrugging vzw, een organisatie die ex-gedetineerden begeleidt bij huisvesting en werk.",
"Het gezamenlijk draaiboek zal worden afgerond tegen het einde van het derde kwartaal van 2024 en vervolgens worden voorgelegd aan het bovenlokaal overleg.",
], "Reguliere middelen"),
]),
# ---------------------------------------------------------------- P13
("P13", "7.1", "Vlaams Vredesinstituut, BELSPO, UGent, KU Leuven, Universiteit Antwerpen, HOGENT", [
E(["Binnenlands Bestuur"], [
"In opdracht van ABB voert het Kenniscentrum Polarisatie en Weerbaarheid (KPW) van de Hogeschool Gent een bevraging uit bij de lokale besturen naar percepties van polarisering. Het veldwerk, uitgevoerd door het onderzoeksbureau Reflecta Consult bv, liep van 15 januari tot 29 februari 2024; 212 van de 300 aangeschreven gemeenten en OCMW's antwoordden. Het eindrapport wordt verwacht tegen december 2024.",
"De begeleidingsgroep van het onderzoek, met vertegenwoordigers van ABB, de VVSG, het Vlaams Vredesinstituut en het KPW, kwam samen op 23 januari en op 14 mei 2024. Een derde bijeenkomst, voorzien voor maart, werd geannuleerd en vervangen door een schriftelijke consultatie.",
"Daarnaast zetelt ABB in het opvolgingscomité van het BELSPO-project RESILIO, dat wordt gecoördineerd door de Onderzoeksgroep Sociale Cohesie en Conflict van de UGent, in samenwerking met het Centre de Recherche sur les Radicalités (CRR) van de Université de Namur. Het opvolgingscomité kwam samen op 30.04.2024.",
], "2024: 98.000 euro (bevraging KPW)"),
E(["Onderwijs"], [
"Het departement Onderwijs en Vorming financiert het onderzoek 'Leraren en polarisering' door het Centrum voor Onderwijs en Samenleving (COS) van de Universiteit Antwerpen. Het COS voerde tussen november 2023 en februari 2024 focusgroepen uit met 96 leraren in 12 scholen.",
"De eerste resultaten werden op 21 mei 2024 voorgesteld aan de stuurgroep van het onderzoek, waarin ook de onderwijsinspectie en de Vlaamse Scholierenkoepel zetelen. Het eindrapport wordt verwacht in het najaar van 2024.",
], "74.500 euro (2023-2024)"),
]),
# ---------------------------------------------------------------- P14
("P14", "11.1", "Agentschap Integratie en Inburgering, Atlas, Executief van de Moslims van België, CVO Taalkruispunt Mechelen", [
E(["Integratie en Inburgering"], [
"Het Agentschap Integratie en Inburgering organiseerde in het voorjaar van 2024 een derde editie van het traject 'Bedienaar in Vlaanderen' voor imams en bedienaars van andere erkende erediensten. Het traject startte op 6 februari 2024 in Mechelen met 19 deelnemers, onder wie 11 imams van erkende moskeegemeenschappen, twee voorgangers van de Evangelische Gemeente Nieuw Leven uit Genk en een priester van de Roemeens-orthodoxe parochie Sint-Nicolaas te Leuven.",
"Het luik Nederlands tweede taal wordt verzorgd door CVO Taalkruispunt Mechelen. Er werd overlegd met het Executief van de Moslims van België (EMB) over de erkenning van het traject als bijscholing; dat overleg vond plaats op 4 april 2024. Het EMB zal een standpunt innemen na zijn algemene vergadering in het najaar van 2024.",
"In Antwerpen zette Atlas het lerend netwerk voor moskeebesturen verder, waaraan onder meer de vzw Masjid An-Nour (Deurne) en het Islamitisch Cultureel Centrum Kiel vzw deelnemen. Dit netwerk kwam in de rapporteringsperiode drie keer samen, telkens op zaterdagvoormiddag.",
], "2024: 85.000 euro (waarvan 22.000 euro voor het NT2-luik)"),
]),
# ---------------------------------------------------------------- P15
("P15", "12.1", "Kazerne Dossin, Vlaams Vredesinstituut, Studio Globo, Vormen vzw, Arteveldehogeschool, UCLL, VIVES, Hogeschool PXL", [
E(["Onderwijs"], [
"Het departement Onderwijs en Vorming ondersteunt in het kader van herinneringseducatie Kazerne Dossin en het Vlaams Vredesinstituut. In het schooljaar 2023-2024 namen tot eind april 412 klassen deel aan de educatieve trajecten van Kazerne Dossin.",
"Daarnaast werden middelen toegekend aan Studio Globo, Vormen vzw en het nieuwe netwerk Burgerschap in de Klas (BIK), een samenwerking van vier lerarenopleidingen (Arteveldehogeschool, UCLL, VIVES en Hogeschool PXL). BIK kwam sinds de oprichting op 1 december 2023 maandelijks samen en publiceerde in mei 2024 een eerste reeks lesmaterialen rond democratisch burgerschap.",
"Op 17 april 2024 vond in het Lamot te Mechelen een inspiratiedag voor leerkrachten plaats, georganiseerd door BIK in samenwerking met het Huis voor Democratie en Dialoog (HDD). Er waren 230 deelnemers. Het HDD en BIK plannen een tweede editie in het voorjaar van 2025.",
], "Kazerne Dossin: 95.000 euro (schooljaar 2023-2024); BIK: 60.000 euro; Vormen vzw: 0,5 VTE; Studio Globo: 1 VTE"),
]),
# ---------------------------------------------------------------- P16
("P16", "12.3", "Mediawijs, VRT, DPG Media, Mediahuis, EDMO BELUX, Datakompas vzw", [
E(["Onderwijs"], [
"De structurele samenwerking met het Kenniscentrum Mediawijs werd verdergezet. Mediawijs ontwikkelde het lespakket 'Scroll en twijfel' over desinformatie en extremistische beeldtaal voor de tweede en derde graad secundair onderwijs; het pakket staat sinds 12.02.2024 op KlasCement en werd tot eind mei ruim 3.100 keer gedownload.",
"Op 21 maart 2024 organiseerde Mediawijs in samenwerking met het departement en Datakompas vzw een studiemoment 'Algoritmes en extremisme' voor leerkrachten secundair onderwijs in Gent, met 140 deelnemers. In voorbereiding daarvan werd twee keer overlegd met Datakompas vzw en de pedagogische begeleidingsdiensten.",
], "Reguliere middelen (overeenkomst Mediawijs)"),
E(["Media"], [
"Het departement Cultuur, Jeugd en Media overlegde op 8 januari 2024 met de VRT, DPG Media en Mediahuis over de aanpak van haatreacties onder online nieuwsberichten. Dit overleg wordt driemaandelijks voortgezet; de volgende vergadering vond plaats op 8 april 2024.",
"Daarnaast startte Mediawijs samen met het EDMO BELUX-netwerk een monitoring van polariserende desinformatie in aanloop naar de verkiezingen van juni 2024. De resultaten worden na de zomer gebundeld in een publieke rapportage.",
], "45.000 euro"),
]),
# ---------------------------------------------------------------- P17
("P17", "13.3", "VCOV, KOOGO, GO! ouders, Steunpunt voor Ouderparticipatie en Diversiteit", [
E(["Onderwijs"], [
"De beheersovereenkomsten 2023-2028 tussen de Vlaamse Regering en de ouderkoepelverenigingen zijn in uitvoering. Het departement Onderwijs en Vorming volgt de uitvoering op via een stuurgroep die minimaal drie keer per jaar samenkomt. De stuurgroep kwam sinds 1 december 2023 twee keer samen, nl. op 19 december 2023 en op 26 maart 2024. De vergadering van juni 2024 werd verplaatst naar 3 juli 2024.",
"Tijdens de stuurgroep van 26 maart 2024 lichtte het Steunpunt voor Ouderparticipatie en Diversiteit (SOD) de resultaten toe van zijn bevraging bij 1.200 ouders over schoolcommunicatie in tijden van maatschappelijke spanningen. In opvolging daarvan organiseerden de ouderkoepelverenigingen samen met het SOD en de vzw Ouderkracht Brussel in mei 2024 vier focusgroepen met ouders in Molenbeek, Genk, Oostende en Ronse.",
"Er werd eveneens informeel afgestemd met het aanspreekpunt radicalisering over de doorverwijzing van ouders naar de Opvoedingslijn.",
], "Binnen de werkingsmiddelen van de ouderkoepelverenigingen"),
]),
# ---------------------------------------------------------------- P18
("P18", "13.5", "VSK, Vlaamse Jeugdraad, Arktos", [
E(["Onderwijs"], [
"VSK zette in het schooljaar 2023-2024 de ondersteuning van scholen bij peer support verder via het project 'de Conflixers'. Tussen september 2023 en mei 2024 werden 23 scholen begeleid, waarvan 8 met een volledige trajectbegeleiding rond vertrouwensleerlingen.",
"In oktober 2023 richtte VSK een jongerenklankbord 'Polarisatie' op met 15 leerlingen uit 9 scholen. Dit klankbord kwam tot eind mei vijf keer samen, telkens op woensdagnamiddag, en formuleerde tien aanbevelingen voor scholen.",
"Op 13 februari 2024 werd overlegd tussen VSK, het departement Onderwijs en Vorming en de Vlaamse Jeugdraad over de verspreiding van deze aanbevelingen. Een gezamenlijke presentatie op de Dag van de Leerlingenraad is gepland op 16 oktober 2024.",
], "55.000 euro (schooljaar 2023-2024)"),
]),
# ---------------------------------------------------------------- P19
("P19", "14.1", "Jeugdwerking Ritmiek vzw, Horizonnet vzw, Brugwerk vzw, Oeverloos vzw, Lantaarnhuis Oostende vzw, asbl Passerelles", [
E(["Integratie en Inburgering"], [
"In het kader van de projectoproep 'Sterk in je eigen verhaal' kregen in juli 2023 zes projecten een subsidie toegekend, namelijk: Jeugdwerking Ritmiek vzw – Sint-Niklaas (58.000 euro); Horizonnet vzw – Brussel (71.200 euro); Brugwerk vzw – Genk (49.650 euro); Oeverloos vzw – Leuven (62.300 euro); Lantaarnhuis Oostende vzw (44.000 euro); asbl Passerelles – Brussel/Vilvoorde (38.850 euro).",
"De projecten gingen van start op 1 september 2023 en lopen tot 31 augustus 2024. Met de projecten werden intervisiemomenten georganiseerd op 7 december 2023 en op 14 maart 2024, begeleid door het Agentschap Integratie en Inburgering.",
"Op 24 mei 2024 vond in Viernulvier te Gent een toonmoment plaats met een voorstelling van alle projecten en verdiepende workshops. Er waren 160 aanwezigen, voornamelijk eerstelijnswerkers. Een tweede toonmoment te Brussel, dat gepland stond op 14 juni 2024, werd afgelast.",
], "198.500 euro (integratie)"),
E(["Jeugd"], [
"De afdeling Jeugd volgde in het bijzonder de projecten van Jeugdwerking Ritmiek en Brugwerk op, die met jongeren werken rond muziek, spoken word en het eigen levensverhaal.",
"Het overleg met de begeleidingsgroep van Brugwerk, waarin ook stad Genk, jeugdhuis De Kreuk en het Limburgse jongerenplatform SAMsam zetelen, vond plaats op 27/02/2024. Ritmiek organiseerde in samenwerking met de Sint-Niklase jeugddienst en de Academie voor Muziek en Woord Waasland maandelijks een open podium, waarvan het laatste op 29 mei 2024.",
], "125.500 euro (jeugd)"),
]),
# ---------------------------------------------------------------- P20
("P20", "14.5", "Mediawijs, Stampmedia, Vlaamse Vereniging van Journalisten, Fonds Pascal Decroos, Radio Kwartier vzw", [
E(["Media"], [
"In opvolging van rePresent lanceerde Stampmedia in januari 2024 het traject 'rePresent 2.0' rond de beeldvorming van jongeren met een migratieachtergrond in de berichtgeving over het conflict in het Midden-Oosten. Stampmedia werkt daarvoor samen met het jongerenmediacollectief Plakband en de Brusselse radiowerking Radio Kwartier vzw.",
"De redactieraad van rePresent 2.0, met zes jongeren, twee journalisten van De Standaard en VRT NWS en een onderzoeker van de Vrije Universiteit Brussel, komt sinds februari 2024 elke maand samen. Op 30 april 2024 vond een rondetafel plaats met hoofdredacteurs, op uitnodiging van de Vlaamse Vereniging van Journalisten.",
"Een training voor mediaredacties, in samenwerking met het Fonds Pascal Decroos, is gepland in oktober 2024. Plakband maakt daarvoor een reeks van vijf korte video's.",
], "2024: 68.000 euro (waarvan 12.000 euro voor de training voor redacties)"),
]),
]


def main():
    desc = load_descriptions(os.path.join(HERE, 'dev.txt'))
    with open(os.path.join(HERE, 'text.jsonl'), 'w', encoding='utf-8') as f:
        for item, aid, parties, entries in ITEMS:
            ents = []
            for i, e in enumerate(entries, 1):
                ents.append({
                    "entry_no": i,
                    "competences": e["competences"],
                    "description": ' '.join('<p>' + ' '.join(p.split()) + '</p>' for p in e["paras"]),
                    "budget_text": e["budget_text"],
                })
            rec = {"item": item, "action_id": aid, "description": desc[aid],
                   "other_parties_text": parties, "entries": ents}
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
