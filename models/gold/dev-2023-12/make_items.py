#!/usr/bin/env python3
"""SYNTHETIC dev-2023-12 round (writer w15, blind).

Builds text.jsonl from dev.txt (output of split_dev_actions.py: only the real general
descriptions of the dev actions are taken from it) and the invented texts below.
Every entry text, party list, budget, date and amount below is invented (SYNTHETIC).
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


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
ITEMS = [
("Q01", "1.1",
 "VVSG, VGC, OCAD, FOD Justitie, Agentschap Justitie en Handhaving, Netwerk Weerbare Gemeenten, safe.brussels",
 [
  (["Binnenlands Bestuur"], [
   "Het Vlaams Platform Radicalisering kwam tijdens de rapporteringsperiode vijf keer samen, met name op 15 juni, 6 juli, 21 september, 19 oktober en 16 november 2023. Zoals gebruikelijk werd in augustus geen vergadering gehouden. Naast de aanspreekpunten uit de verschillende beleidsdomeinen namen ook het OCAD, de VGC en de VVSG telkens deel. Voor de bijeenkomst van 19 oktober werd ook het Netwerk Weerbare Gemeenten (NWG) uitgenodigd om zijn werking toe te lichten.",
   "Het NWG is een informeel netwerk van elf centrumsteden dat in het voorjaar van 2023 werd opgestart op initiatief van stad Mechelen en het Huis voor Lokale Veerkracht. Het NWG kwam sinds zijn oprichting drie keer samen, telkens in het stadhuis van Mechelen. De coördinator van het NWG zal vanaf januari 2024 als waarnemer deelnemen aan het Platform.",
   "Binnen het Platform werd op 21 september 2023 een tijdelijke werkgroep 'Online polarisering' opgericht. Deze werkgroep komt tweewekelijks samen onder voorzitterschap van het centraal aanspreekpunt van ABB en bereidt tegen 31 januari 2024 een beleidsnota voor. Daarnaast was er informeel contact tussen het centraal aanspreekpunt en safe.brussels over de afstemming met het Globaal Veiligheids- en Preventieplan.",
   "Het platform over radicalisering en terrorisme, dat overleg mogelijk maakt tussen de betrokken kabinetten van de federale overheid en de deelstaten, kwam samen op 27/06/2023. Een tweede bijeenkomst, gepland op 14 november 2023, werd uitgesteld naar begin 2024 omwille van de begrotingsbesprekingen.",
  ], "Reguliere middelen"),
  (["Onderwijs", "Welzijn", "Jeugd"], [
   "De aanspreekpunten van de beleidsdomeinen Onderwijs, Welzijn en Jeugd komen voorafgaand aan elk Platform samen in een voorbereidend overleg. In de rapporteringsperiode gebeurde dat vier keer. Sinds de oprichting van het Agentschap Justitie en Handhaving neemt ook een aanspreekpunt van dat agentschap hieraan deel.",
   "Op 9 oktober 2023 organiseerde het Platform een studievoormiddag voor nieuwe aanspreekpunten en hun back-ups in het Herman Teirlinckgebouw te Brussel. Er namen 34 medewerkers deel. Een tweede editie is voorzien in het najaar van 2024.",
   "Het departement Cultuur, Jeugd en Media stemde daarnaast op 4 september en 6 november 2023 af met De Ambrassade over de signalen uit het jeugdwerk, die vervolgens op het Platform werden geagendeerd.",
  ], "Geen specifieke middelen"),
 ]),

("Q02", "1.3",
 "Onderzoeksbureau Meridiaan cvba, Stichting Kennislab Weerbaarheid, VVSG, Vlaams Vredesinstituut",
 [
  (["Binnenlands Bestuur"], [
   "Na een open oproep werd de opdracht voor de evaluatie van het actieplan op 2 juni 2023 gegund aan een consortium van Onderzoeksbureau Meridiaan cvba (Gent) en de Stichting Kennislab Weerbaarheid (Utrecht). Een startvergadering met het consortium vond plaats op 22.06.2023 in de kantoren van ABB. Sindsdien is er een tweewekelijks (online) opvolgingsoverleg tussen ABB en Meridiaan.",
   "Het begeleidingscomité, samengesteld uit vertegenwoordigers van de beleidsdomeinen, de VVSG en het Vlaams Vredesinstituut, kwam samen op 4 juli en 10 oktober 2023. Op de vergadering van oktober werd het tussentijds methodologisch rapport goedgekeurd. Het comité komt voortaan elk kwartaal samen; de volgende bijeenkomst is gepland op 16 januari 2024.",
   "In september en oktober hield Meridiaan drie focusgroepen met lokale ambtenaren in Gent, Hasselt en Kortrijk, en werden 27 diepte-interviews afgenomen. Een klankbordgroep van ervaringsdeskundigen werd samengesteld maar kwam nog niet samen; de eerste bijeenkomst wordt verwacht in februari 2024.",
   "Het eindrapport wordt tegen eind juni 2024 opgeleverd, zodat de resultaten kunnen worden meegenomen in de voorbereiding van de beleidsnota's van de volgende Vlaamse Regering.",
  ], "148.500 euro (2023-2024), waarvan 38.000 euro voor de veldbevraging"),
 ]),

("Q03", "2.1",
 "OCAD, FOD Justitie, FOD Binnenlandse Zaken, College van procureurs-generaal, DG EPI, safe.brussels",
 [
  (["Binnenlands Bestuur"], [
   "Het centraal aanspreekpunt nam deel aan de maandelijkse bijeenkomsten van de Nationale Task Force (NTF) en zorgt via het Vlaams Platform Radicalisering voor de wisselwerking tussen het federale en het Vlaamse beleid. In het kader van de Strategie T.E.R. (Terrorisme, Extremisme, Radicalisering) kwam de werkgroep Preventie samen op 13 september 2023; de Vlaamse overheid bezorgde voorafgaand schriftelijke input over de rol van de gemeenschappen.",
   "De werkgroep Communicatie werd sinds het voorjaar van 2023 niet meer bijeengeroepen. Het OCAD onderzoekt of de werking kan worden geïntegreerd in de werkgroep Preventie. Op 26 oktober volgde het centraal aanspreekpunt een webinar van het OCAD over de herziene methodiek van de dreigingsanalyse.",
   "De werkgroep radicalisering en polarisering van het Globaal Veiligheids- en Preventieplan van het Brussels Hoofdstedelijk Gewest kwam samen op 7/9/2023 en 30/11/2023. Daarnaast werd overlegd met de FOD Binnenlandse Zaken over de actualisering van de omzendbrief over de LIVC's. Het OCAD, de VVSG en het centraal aanspreekpunt van ABB zaten op 17 oktober 2023 samen om de Vlaamse input hiervoor voor te bereiden.",
  ], "Reguliere middelen"),
  (["Justitie en Handhaving"], [
   "De afdeling Justitiehuizen van het Agentschap Justitie en Handhaving neemt deel aan de permanente werkgroep van het College van procureurs-generaal en de justitiehuizen. Deze werkgroep kwam in de rapporteringsperiode twee keer samen (20 juni en 5 oktober 2023). Er werd onder meer gesproken over de opvolging van veroordeelden in het kader van terroristische misdrijven na strafeinde.",
   "Er werd overlegd met DG EPI over de informatiedoorstroming bij de vrijlating van gedetineerden die in de gemeenschappelijke gegevensbank zijn opgenomen. Een casusbespreking die op vraag van het expertisenetwerk Terrorisme was voorbereid voor 23 november 2023, werd geannuleerd en wordt niet opnieuw gepland.",
  ], "Reguliere middelen"),
 ]),

("Q04", "2.3",
 "GO!, Katholiek Onderwijs Vlaanderen, OVSG, VGC, Politiezone Brussel-Noord, Politiezone Brussel Hoofdstad Elsene, Brede School Kanaalzone",
 [
  (["Onderwijs"], [
   "Het netoverschrijdend overleg tussen de zes Brusselse politiezones en de onderwijskoepels vond plaats op 28 september 2023 in het Huis van het Nederlands Brussel. Naast het GO!, Katholiek Onderwijs Vlaanderen en OVSG was ook de onderwijsdienst van de VGC vertegenwoordigd. Er werden afspraken gemaakt over een vast contactpunt per politiezone voor de Nederlandstalige scholen.",
   "Ter voorbereiding van dit overleg werd een kleine schrijfgroep samengesteld, bestaande uit de referentiepersoon radicalisering van de Politiezone Brussel-Noord, twee directeurs van het scholennetwerk Brede School Kanaalzone en een medewerker van de VGC. Deze groep kwam tussen juni en september drie keer samen en werkte een ontwerp van werkafspraken uit.",
   "Het overleg wordt herhaald in het voorjaar van 2024, dan uitgebreid met de CLB's die in Brussel actief zijn. De geplande infosessie over de werkafspraken voor schoolteams van 16 november 2023 werd wegens een stakingsdag verplaatst naar 18 januari 2024.",
  ], "Geen specifieke middelen"),
 ]),

("Q05", "3.1",
 "Europese Commissie, RAN Practitioners, NCTV, Jugendbrücke Oberhausen e.V., Nuorten Foorumi, vzw Uitwijk",
 [
  (["Binnenlands Bestuur"], [
   "Het Network of Prevent Policy Makers van de Europese Commissie kwam samen op 8 juni 2023 in Stockholm en op 24 en 25 oktober 2023 in Brussel. Overeenkomstig de afspraken binnen de NTF nam het centraal aanspreekpunt de vertegenwoordiging vanuit de regio's waar tijdens de bijeenkomst van oktober. Op de agenda stonden de opvolging van minderjarige terugkeerders en de nieuwe EU Knowledge Hub on Prevention of Radicalisation.",
   "De eerste vergadering van de stuurgroep van de EU Knowledge Hub is voorzien in het tweede kwartaal van 2024. Op 14 november 2023 vond in Den Haag een bilateraal werkoverleg plaats met de Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) en de gemeente Rotterdam over de lokale aanpak van online radicalisering.",
  ], "Reguliere middelen"),
  (["Onderwijs"], [
   "De referentiepersoon radicalisering van het GO! blijft actief binnen RAN Practitioners. De werkgroep 'Youth and Education' kwam samen in Lissabon op 16 en 17 november 2023, met als thema de rol van schoolleiders bij polariserende incidenten. De resultaten worden netoverschrijdend gedeeld op het maandelijks overleg van het departement Onderwijs en Vorming met de koepels.",
   "Op 5 oktober gaf het aanspreekpunt onderwijs een lezing op de conferentie 'Schools as Safe Spaces' van de Fondation Horizons Partagés in Lyon. De Fondation Horizons Partagés en het GO! verkennen een gezamenlijke aanvraag binnen Erasmus+ KA2; hierover was er een eerste online overleg op 22 november 2023.",
  ], "Geen specifieke middelen"),
  (["Jeugd"], [
   "Binnen Erasmus+ werd het project 'Bridges not Walls' goedgekeurd, met als partners Jugendbrücke Oberhausen e.V., Nuorten Foorumi (Helsinki) en vzw Uitwijk uit Gent. Het project loopt van 1 juni 2023 tot 31 mei 2025 en ontwikkelt een toolkit voor jeugdwerkers rond online haatspraak.",
   "De eerste transnationale partnervergadering vond plaats in Oberhausen van 11 tot 13 september 2023. Een tweede partnermeeting in Gent, voorzien in december, werd verschoven naar maart 2024. In oktober volgden 24 jeugdwerkers de training 'Youth work against hate' in Helsinki.",
   "Uitwijk koppelt de resultaten terug naar de Vlaamse jeugdwerksector via de sectorale werkgroep van De Ambrassade.",
  ], "Erasmus+: 186.400 euro (waarvan 41.200 euro voor vzw Uitwijk)"),
 ]),

("Q06", "3.3",
 "Europese Commissie, Departement Onderwijs en Vorming, Vlor",
 [
  (["Onderwijs"], [
   "De opvolging van de Paris Declaration gebeurt sinds 2021 binnen de werkgroep 'Equality and Values in Education and Training' van de European Education Area. Vlaanderen wordt binnen deze werkgroep vertegenwoordigd door het aanspreekpunt radicalisering van het departement Onderwijs en Vorming.",
   "De werkgroep kwam in de rapporteringsperiode twee keer plenair samen: op 29 en 30 juni 2023 en op 23 november 2023. Daarnaast werd deelgenomen aan een Peer Learning Activity (PLA) in Tallinn van 3 tot 5 oktober 2023 rond burgerschapseducatie in het beroepsonderwijs. Op 12 september 2023 vergaderde het aanspreekpunt met de collega's van de Fédération Wallonie-Bruxelles en de Duitstalige Gemeenschap om een gezamenlijk Belgisch standpunt voor te bereiden.",
   "Ter voorbereiding van de plenaire vergadering van november werd overlegd met de Vlaamse Onderwijsraad (Vlor). De 'key policy messages' van de werkgroep worden verwacht tegen midden 2024.",
  ], "Reguliere middelen"),
 ]),

("Q07", "4.1",
 "Dendermonde, Ninove, Geraardsbergen, Lommel, Ronse, Temse, Halle, Tienen, asbl Pont-Levant",
 [
  (["Binnenlands Bestuur"], [
   "<p>In het kader van de projectoproep 2023 ter ondersteuning van lokale besturen bij de preventie van polarisering en gewelddadige radicalisering kregen zeven lokale besturen op 30 juni 2023 een subsidie toegekend, namelijk:</p> <ul style=\"list-style-type: none\">- Dendermonde (64.000 euro);- Ninove i.s.m. Geraardsbergen (58.250 euro);- Lommel (47.500 euro);- Ronse (52.000 euro);- Temse (39.800 euro);- Halle (61.300 euro);- Tienen (44.150 euro).</ul>",
   "De projecten gingen van start op 1 september 2023 en lopen tot 31 augustus 2025. Ronse werkt voor zijn project samen met de asbl Pont-Levant uit Doornik, die ervaring heeft met buurtbemiddeling in grensgemeenten. De gemeente Temse zet de middelen in voor een halftijdse preventiewerker die vanuit de jeugddienst werkt.",
   "Op 12/09/2023 kwamen de projectcoördinatoren van de zeven lokale besturen samen in een eerste lerend netwerk. Het lerend netwerk komt vervolgens om de twee maanden samen; de tweede bijeenkomst vond plaats op 14 november 2023 in Halle. Daarnaast werd met elk lokaal bestuur in oktober een opvolgingsgesprek gevoerd.",
  ], "367.000 euro (2023-2025)"),
  (["Integratie en Inburgering"], [
   "Het Agentschap Integratie en Inburgering ondersteunt de gesubsidieerde besturen inhoudelijk, in het bijzonder bij de analyse van de lokale sociale kaart. Het Agentschap organiseerde op 7 november 2023 een intervisiemoment voor de integratieambtenaren van de betrokken gemeenten, waaraan 11 ambtenaren deelnamen.",
   "Met de regioteams van het Agentschap in Oost-Vlaanderen en Vlaams-Brabant werd op 19 oktober overlegd over de afstemming met het bestaande aanbod rond samenleven in diversiteit. Tegen het einde van het schooljaar 2023-2024 wordt per gemeente een korte stand van zaken opgemaakt.",
  ], "Reguliere middelen"),
 ]),

("Q08", "4.3",
 "VVSG, VNG, provincie Limburg, provincie Oost-Vlaanderen, Huis voor Lokale Veerkracht",
 [
  (["Binnenlands Bestuur"], [
   "<p>De helpdeskfunctie bij de VVSG werd verdergezet. Sinds de vorige rapportage (1 juni 2023 tot 15 november 2023) kwamen 74 vragen binnen van 31 verschillende lokale besturen, waarvan 18 over de werking van de LIVC, 12 over online polarisering en 9 over beroepsgeheim.</p>",
   "<p>De werkgroep radicalisering komt elke drie maanden samen en kwam in de rapporteringsperiode bijeen op 22/06/2023, 28/09/2023 en 30/11/2023. Gemiddeld waren er 23 aanwezigen uit 15 gemeenten. Ook de intervisie voor casemanagers werd driemaandelijks verdergezet (6 juli en 12 oktober 2023); een volgende sessie zal doorgaan op 18 januari 2024.</p>",
   "<p>De provinciale overlegplatformen werden verdergezet. In de provincie Limburg kwam het provinciaal overleg, georganiseerd samen met het provinciebestuur Limburg, samen op 21 september 2023. Het Oost-Vlaamse platform kwam niet meer samen sinds juni; de provincie Oost-Vlaanderen bekijkt samen met de VVSG een nieuwe formule. Met de Vereniging van Nederlandse Gemeenten (VNG) was er op 9 november 2023 een uitwisseling te Breda over de aanpak van complotdenken.</p>",
   "<p>De VVSG organiseerde op 17 oktober 2023 te Mechelen de studiedag 'Polarisatie in de gemeenteraad', in samenwerking met het Huis voor Lokale Veerkracht. In november startte een vormingsreeks voor nieuwe LIVC-coördinatoren (vier sessies, tot maart 2024).</p>",
  ], "2023: 118.000 euro; 2024: 121.500 euro (geïndexeerd)"),
 ]),

("Q09", "4.5",
 "VVSG, Kenniscentrum Vlaamse Steden, het kenniscentrum Stad en Samenhang, Huis van Verbinding Mortsel, buurtcoöperatie De Kolonie",
 [
  (["Stedenbeleid"], [
   "De databank 'Samenleven in de wijk' werd op 3 juli 2023 gelanceerd en bevat intussen 112 projectfiches. De fiches worden aangeleverd door lokale besturen en organisaties, onder meer door het Huis van Verbinding in Mortsel en de buurtcoöperatie De Kolonie in Genk.",
   "De redactieraad van de databank, samengesteld uit vertegenwoordigers van de VVSG, het Kenniscentrum Vlaamse Steden en het kenniscentrum Stad en Samenhang (KSS), kwam samen op 3 juli en 13 november 2023. Het KSS staat in voor de inhoudelijke kwaliteitscontrole van nieuwe fiches.",
   "Op 23 november 2023 vond in De Studio in Antwerpen de inspiratiedag 'Wijken die verbinden' plaats, met 160 deelnemers. Een tweede oproep voor praktijkvoorbeelden loopt tot 15 maart 2024.",
  ], "Stedenfonds: 250.000 euro (2023-2024)"),
  (["Integratie en Inburgering"], [
   "Het Agentschap Integratie en Inburgering begeleidt buurtgerichte netwerken in Lokeren en Sint-Niklaas. Het netwerk 'Samen in de Wijk' in Sint-Niklaas, met onder meer de stedelijke dienst Samenleven, het OCMW en drie buurtverenigingen, kwam maandelijks samen.",
   "In Lokeren werd in september een kernteam opgericht, dat nog niet samenkwam omdat de aanstelling van een buurtwerker nog loopt. De buurtwerker wordt tegen 1 februari 2024 aangesteld door stad Lokeren, met cofinanciering van het Agentschap.",
  ], "Reguliere middelen"),
 ]),

("Q10", "4.7",
 "VVSG, Netwerk Islamexperten, De Ambrassade, Formaat, Uit De Marge, Chirojeugd Vlaanderen, Jeugdwerknet Oost, Tegenstroom vzw",
 [
  (["Binnenlands Bestuur", "Onderwijs", "Welzijn"], [
   "De verschillende hulplijnen (Netwerk Islamexperten, opvoedingslijn, Infolijn Samenleven, aanspreekpunt onderwijs) stemmen zesmaandelijks onderling af zodat er correct kan worden doorverwezen. Het laatste overleg vond plaats op 14/09/2023; het volgende staat gepland voor maart 2024.",
   "Sinds oktober 2023 neemt ook de Infolijn Samenleven van het Agentschap Integratie en Inburgering deel aan dit overleg. Er werd een gemeenschappelijke doorverwijsfiche opgemaakt die tegen eind januari 2024 wordt verspreid.",
  ], "Reguliere middelen"),
  (["Onderwijs"], [
   "<p>Er is maandelijks overleg tussen het aanspreekpunt en de referentiepersonen radicalisering binnen de koepels, het GO! en de CLB-netten. Tussen het aanspreekpunt en een aantal lokale partners wordt op regelmatige basis afgestemd: zo werd overlegd met de preventiedienst van stad Kortrijk (12/07/2023) en met de Dienst Samenleven van de stad Vilvoorde (5/10/2023).</p>",
   "<p>Op 30 oktober 2023 gaven het aanspreekpunt en de coördinator van het Netwerk Islamexperten een vorming aan 41 LOP-deskundigen in Brussel. In het voorjaar van 2024 volgt een gelijkaardige vorming voor de onderwijsinspectie.</p>",
  ], "Reguliere middelen"),
  (["Jeugd"], [
   "Het sectoroverleg jeugdwerk en polarisering, gefaciliteerd door De Ambrassade, kwam twee keer samen, op 20 juni en 7 november 2023. Partners zijn o.a. Formaat, Uit De Marge, Chirojeugd Vlaanderen en Jeugdwerknet Oost.",
   "Daarnaast startte een lerend netwerk 'Jeugdwerk en polarisatie' voor lokale jeugdconsulenten, begeleid door Tegenstroom vzw. Het lerend netwerk kwam drie keer samen (september, oktober en november 2023) in Gent, Leuven en Hasselt. Er nemen 19 jeugdconsulenten uit 16 gemeenten deel.",
   "Tegenstroom vzw gaf bovendien op 25 oktober 2023 een vorming 'Omgaan met extreme uitspraken' aan de jeugdwerkers van de stedelijke jeugddienst van Lier.",
  ], "42.000 euro (projectsubsidie Tegenstroom vzw, 2023-2024)"),
 ]),

("Q11", "5.1",
 "Opgroeien, Expoo, Gezinsbond, VCOK, Huis van het Kind Dender-Oost",
 [
  (["Welzijn"], [
   "Op 1 oktober 2023 waren er 141 Huizen van het Kind erkend met een werkingsgebied over 292 gemeenten en het Brussels Hoofdstedelijk Gewest. Het ondersteuningstraject werd verder vormgegeven onder coördinatie van Expoo, in opdracht van Opgroeien.",
   "Het regionaal overleg van de coördinatoren van de Huizen van het Kind in Oost-Vlaanderen kwam samen op 19 september 2023. Op vraag van het Huis van het Kind Dender-Oost werd daar een casus besproken over een gezin met een polariserende voorgeschiedenis. Opgroeien overlegde ook met de Gezinsbond en het VCOK over de opname van het thema in het vormingsaanbod.",
   "Binnen het Huis van het Kind Dender-Oost werd een stuurgroep 'Samen opvoeden in diversiteit' opgericht, die sinds juni drie keer vergaderde. Partners zijn o.a. de gemeente Erpe-Mere, de lokale afdeling van de Gezinsbond, Kind en Gezin en Halte Noord, een ontmoetingsplek voor jonge ouders in Aalst.",
   "Op 30.11.2023 vond de vorming 'Gezinnen in polariserende tijden' plaats voor 55 medewerkers van Huizen van het Kind. Een verdiepingssessie is gepland in het voorjaar van 2024.",
  ], "Reguliere middelen Opgroeien"),
 ]),

("Q12", "5.3",
 "Platform van Vlaamse Imams en Moslimdeskundigen, EMB, Centrum voor Islamitische Theologie en Hulpverlening, CAW Limburg, moskeevereniging Dar El Hikma",
 [
  (["Justitie en Handhaving"], [
   "De afdeling Justitiehuizen van het Agentschap Justitie en Handhaving zet de samenwerking met het Platform van Vlaamse Imams en Moslimdeskundigen voort. Sinds 1 juli 2023 wordt het project inhoudelijk ondersteund door het Centrum voor Islamitische Theologie en Hulpverlening (CITH). De poule van gescreende islamdeskundigen telt 14 experten.",
   "Een stuurgroep met vertegenwoordigers van het Agentschap, het CITH en de EMB kwam samen op 26.06.2023 en 09.10.2023. De islamdeskundigen komen tweemaandelijks samen in een intervisiegroep die door het CITH wordt begeleid. Het geplande overleg met de EMB over de erkenning van de opleiding van 7 november werd geannuleerd.",
  ], "2023: 95.000 euro (waarvan 20.000 euro voor intervisie en vorming)"),
  (["Welzijn"], [
   "In Genk en Maasmechelen werkt het CAW Limburg samen met de moskeevereniging Dar El Hikma en het Turks-Islamitisch Cultureel Centrum Genk-Noord om jongeren en families met theologische vragen sneller toe te leiden naar hulpverlening.",
   "Sinds september vindt maandelijks een casusoverleg plaats tussen het CAW, de twee moskeeën en een islamdeskundige van het CITH. Tegen eind 2024 wordt bekeken of deze werkwijze kan worden uitgebreid naar andere regio's.",
   "Op 15 oktober 2023 organiseerde de moskeevereniging Dar El Hikma een open moskeedag, waarop het CAW Limburg zijn aanbod voorstelde aan ouders.",
  ], "Geen specifieke middelen"),
 ]),

("Q13", "5.5",
 "Arktos, GO!, Katholiek Onderwijs Vlaanderen, OVSG, POV, Atheneum Rivierenland Temse",
 [
  (["Onderwijs"], [
   "<p>Het project CONNECT van Arktos werd verlengd voor het schooljaar 2023-2024 (1/9/2023 tot 31/8/2024). Sinds 1 september 2023 stapten 41 scholen in, waarvan 9 in Brussel. De scholen behoren tot vier onderwijsverstrekkers (GO!, Katholiek Onderwijs Vlaanderen, OVSG en POV).</p>",
   "<p>De stuurgroep van CONNECT, met vertegenwoordigers van het departement Onderwijs en Vorming, de onderwijskoepels en Arktos, kwam samen op 20 juni en 17 oktober 2023. Binnen Arktos werd een interne werkgroep 'Online risicogedrag' opgericht die twee keer samenkwam om het coachingsaanbod aan te passen.</p>",
   "<p>Arktos organiseerde daarnaast op 8 november 2023 een trainingsdag voor het lerarenteam van het Atheneum Rivierenland in Temse. Een evaluatie van het schooljaar wordt voorgelegd op de stuurgroep van juni 2024. Arktos en het departement zitten daarnaast tweemaandelijks samen voor de operationele opvolging. De cijfers over het bereik worden opgenomen in het jaarverslag 2023 van Arktos.</p>",
  ], "Schooljaar 2023-2024: 245.000 euro"),
 ]),

("Q14", "5.7",
 "Touwladder vzw, Bemiddelingsdienst Tegenwicht vzw, Vormingscentrum Lindenhof, het kenniscentrum Grenzeloos Denken, Kompaan, GO! Lyceum Scheldeoever",
 [
  (["Onderwijs"], [
   "<p>In het voorjaar van 2023 werd een nieuwe oproep gelanceerd voor projecten rond polarisatiemanagement en herstelgericht werken in scholen. De jury kwam samen op 8 juni 2023 en selecteerde zes projecten, namelijk:</p> <ul style=\"list-style-type: none\">- Touwladder vzw, Oostende (38.500 euro);- Bemiddelingsdienst Tegenwicht vzw, Leuven (52.000 euro);- Vormingscentrum Lindenhof, Brugge (41.000 euro);- het kenniscentrum Grenzeloos Denken, Antwerpen (60.000 euro);- Kompaan, Hasselt (45.500 euro);- GO! Lyceum Scheldeoever, Hemiksem (38.000 euro).</ul>",
   "<p>Op 19 september 2023 vond een kick-off plaats voor alle projectpromotoren. De projecten komen driemaandelijks samen in een lerend netwerk, begeleid door Grenzeloos Denken; de eerste bijeenkomst vond plaats op 28 november 2023. De projectpromotoren van Touwladder en Kompaan wisselden op 24 oktober al informeel ervaringen uit over hun aanpak van herstelcirkels.</p>",
  ], "275.000 euro (schooljaren 2023-2024 en 2024-2025)"),
 ]),

("Q15", "5.9",
 "VDAB, cvba Werkhaven, Centrum voor Inclusief Ondernemen en Werk, Agentschap Justitie en Handhaving",
 [
  (["Werk"], [
   "<p>VDAB voorziet verder in maatgerichte trajecten voor kwetsbare en geradicaliseerde jongeren. In de rapporteringsperiode werden 23 jongeren toegeleid naar een traject, waarvan 7 via de sociale onderneming cvba Werkhaven in Antwerpen.</p>",
   "<p>Het regionaal overleg tussen VDAB en het Agentschap Justitie en Handhaving in Oost-Vlaanderen komt maandelijks samen. Op 4 oktober 2023 werd overlegd met het Centrum voor Inclusief Ondernemen en Werk (CIOW) over een gezamenlijk aanbod in Brussel; het CIOW zal vanaf het eerste kwartaal van 2024 werkplekken aanbieden.</p>",
   "<p>Op 16 november 2023 vond in Gent de jobbeurs 'Tweede Kans' plaats, met 28 werkgevers.</p>",
  ], "Reguliere middelen VDAB"),
  (["Justitie en Handhaving"], [
   "In de gevangenissen van Beveren en Brugge werden sinds juni 2023 trajectbegeleiders ingezet die gedetineerden voorbereiden op werk na vrijlating, in samenwerking met de VDAB-trajectbegeleiders in de gevangenis. De trajectbegeleiders kwamen op 21 september samen met de beleidsmedewerkers van het Agentschap Justitie en Handhaving om de doelgroepcriteria te verfijnen.",
   "Tussen 1 juni en 30 november 2023 werden 17 gedetineerden begeleid, waarvan 5 met een dossier in het kader van terroristische misdrijven. De uitbreiding naar de gevangenis van Haren is gepland vanaf het derde kwartaal van 2024.",
  ], "ESF+: 1,2 miljoen euro (2023-2027), waarvan 180 k euro voor begeleiding van (ex-)gedetineerden"),
 ]),

("Q16", "6.1",
 "VVSG, OCAD, FOD Binnenlandse Zaken, CAW Antwerpen, Expertisecentrum Exit en Re-integratie, De Ambrassade, Uit De Marge, Jeugdwerknet Oost",
 [
  (["Binnenlands Bestuur"], [
   "<p>Op basis van de inventaris van de FOD Binnenlandse Zaken zijn er op 30 september 2023 in het Vlaams Gewest 198 LIVC's, waarbij 289 gemeenten betrokken zijn. Er werd overlegd met de FOD Binnenlandse Zaken over de herwerking van het handboek LIVC, waarvan een nieuwe versie tegen de zomer van 2024 wordt verwacht.</p>",
   "<p>Het overleg van LIVC-coördinatoren Antwerpen-Kempen kwam vier keer samen, telkens in Geel. Op 12 december 2023 vindt een studiedag over beroepsgeheim en gedeeld beroepsgeheim plaats.</p>",
  ], "Reguliere middelen"),
  (["Welzijn"], [
   "Het Expertisecentrum Exit en Re-integratie (EXER) ondersteunt sinds juli 2023 de CAW's bij complexe disengagementsdossiers. Het multidisciplinair casusoverleg tussen CAW Antwerpen en EXER kwam tweewekelijks samen.",
   "De coördinatiegroep disengagement van Opgroeien kwam samen op 13 juli en 11 oktober 2023. EXER leverde tegen 30 november 2023 een handreiking aan voor eerstelijnswerkers over terugkerende kinderen.",
   "EXER is een samenwerking van CAW Antwerpen, CAW Oost-Vlaanderen en het Centrum Geestelijke Gezondheidszorg De Pelgrim. De partners overleggen elk kwartaal over de verdeling van de dossiers.",
  ], "2023: 130.000 euro voor EXER"),
  (["Jeugd"], [
   "Zie rapportage 4.7 i.v.m. het sectoroverleg jeugdwerk en polarisering. Hier worden goede praktijken uitgewisseld en wordt de stand van zaken rond deontologie in het jeugdwerk besproken.",
   "Een werkgroep rond deontologie in het jeugdwerk, met Jeugdwerknet Oost, Uit De Marge en De Ambrassade, werd op 5 oktober 2023 opgericht, maar kwam nog niet samen. De eerste vergadering is voorzien voor januari 2024. Jeugdwerknet Oost verzamelt tegen dan casussen uit de jeugdhuizen van Zottegem, Ronse en Oudenaarde.",
  ], "Geen specifieke middelen"),
 ]),

("Q17", "6.3",
 "DG EPI, Agentschap Justitie en Handhaving, Opgroeien, gevangenis van Haren, gevangenis van Hasselt, Exit-Nord Hamburg e.V.",
 [
  (["Justitie en Handhaving"], [
   "<p>Het structureel bovenlokaal overleg met DG EPI over de gezamenlijke aanpak rond de disengagementstrajecten in de gevangenis kwam samen op 29 juni en 26 oktober 2023. In dit overleg worden de strategische en beleidsmatige keuzes gemaakt en wordt teruggekoppeld over de lopende trajecten. Op de vergadering van oktober werd een herwerkt gezamenlijk draaiboek goedgekeurd, dat vanaf 1 januari 2024 van toepassing is.</p>",
   "<p>De lokale trajectoverleggen in de gevangenissen van Haren, Hasselt, Brugge en Antwerpen vonden maandelijks plaats. Aan deze overleggen nemen de directie van de gevangenis, de psychosociale dienst, de consulenten van de afdeling Justitiehuizen en, indien relevant, de LIVC-coördinator van de gemeente van herkomst deel. In Hasselt werd het overleg van augustus uitzonderlijk niet gehouden wegens personeelstekort.</p>",
   "<p>Voor nieuwe consulenten werd op 14 september 2023 een infosessie gegeven over het draaiboek. Op 2 en 3 oktober 2023 bracht een delegatie van het Agentschap een werkbezoek aan Exit-Nord Hamburg e.V., waar werd overlegd met de begeleiders van het Duitse uitstapprogramma over de nazorg na detentie.</p>",
  ], "Reguliere middelen"),
  (["Welzijn"], [
   "Vanuit de gemeenschapsinstellingen werd overlegd met DG EPI over de overgang van jongeren die meerderjarig worden en hun straf in een gevangenis verder zetten. Dit overleg vond plaats op 6 november 2023 in de campus Everberg en zal halfjaarlijks worden herhaald.",
   "Binnen Opgroeien werd een kleine werkgroep van consulenten uit de gemeenschapsinstellingen en de sociale diensten jeugdrechtbank opgericht, die sinds september tweemaal samenkwam om een overdrachtsfiche uit te werken.",
  ], "Geen specifieke middelen"),
 ]),

("Q18", "6.5",
 "EMB, Opgroeien, gemeenschapsinstelling De Zande, gemeenschapsinstelling De Grubbe, Vlaams detentiecentrum De Wijngaard",
 [
  (["Welzijn"], [
   "<p>De samenwerking met de moslimconsulenten in de gemeenschapsinstellingen werd verder geconsolideerd. Momenteel zijn er vier deeltijdse moslimconsulenten actief, verspreid over de campussen van De Zande, De Grubbe en Everberg en het Vlaams detentiecentrum De Wijngaard in Tongeren.</p>",
   "<p>Op 11 juli 2023 was er overleg tussen de centrale administratie van Opgroeien en de coördinator van de moslimconsulenten van de EMB over de actualisering van het afsprakenkader uit 2018. Het geactualiseerde afsprakenkader werd op 19 september 2023 door het directieteam van de gemeenschapsinstellingen gevalideerd.</p>",
   "<p>Er is een driemaandelijks overleg tussen de consulenten en de pedagogisch directeurs van de campussen; het laatste vond plaats op 23 oktober 2023. Een geplande kennismaking met de nieuwe coördinator van de EMB werd uitgesteld tot januari 2024. Ook het jaarlijkse ontmoetingsmoment tussen de consulenten van alle erkende erediensten, dat op 28 november gepland stond, ging niet door.</p>",
  ], "Reguliere middelen (4 x 0,5 VTE)"),
 ]),

("Q19", "7.1",
 "Vlaams Vredesinstituut, UGent, Universiteit Antwerpen, Instituut voor Samenlevingsonderzoek Brussel, Datavorm bv",
 [
  (["Welzijn"], [
   "<p>POLAR-VL – Polarisering bij jongvolwassenen in Vlaanderen en Brussel.</p> <p>In opdracht van het departement WVG voert de Vakgroep Sociologie van de UGent, samen met het Instituut voor Samenlevingsonderzoek Brussel (ISOB), sinds 1 mei 2023 een onderzoek uit naar polarisering en vijandbeelden bij jongvolwassenen tussen 18 en 30 jaar. De dataverzameling gebeurt via een panelbevraging van 3.000 respondenten, uitgevoerd door Datavorm bv.</p>",
   "<p>Het opvolgingscomité, waarin naast het departement ook de afdeling Justitiehuizen en het Agentschap Integratie en Inburgering zetelen, kwam samen op 18 september 2023. Een tweede vergadering volgt na de eerste meetgolf, in maart 2024. Het ISOB hield daarnaast op 4 oktober een informeel overleg met de onderzoekers van de UGent over de vragenlijst.</p>",
   "<p>Het eindrapport wordt verwacht tegen 30 april 2025.</p>",
  ], "2023-2025: 310.000 euro (waarvan 95.000 euro in 2023)"),
  (["Binnenlands Bestuur"], [
   "Het Vlaams Vredesinstituut stelde op 6 november 2023 in het Vlaams Parlement op een academische zitting zijn rapport over online polarisering en complotdenken voor. Het rapport werd besproken op het Vlaams Platform Radicalisering van 16 november.",
   "De onderzoeksgroep CoSaM (Conflict, Samenleving en Media) van de Universiteit Antwerpen startte in oktober een vervolgonderzoek naar de impact van lokale polariserende incidenten. De begeleidingsgroep wordt momenteel samengesteld en vergadert voor het eerst op 25 januari 2024. Het centraal aanspreekpunt neemt hierin deel.",
  ], "Nog te bepalen (begroting 2024)"),
 ]),

("Q20", "11.1",
 "Atlas, Agentschap Integratie en Inburgering, KU Leuven, Huis der Levensbeschouwingen Mechelen, Federatie van Moskeeën Rivierenland, EMB",
 [
  (["Integratie en Inburgering"], [
   "<p>Op basis van de evaluatie van de pilootprojecten en de verankering van het aanbod bij Atlas en het Agentschap Integratie en Inburgering ging het vormingsaanbod 'Bedienaars in Vlaanderen' in het schooljaar 2023-2024 van start. Het aanbod bestaat uit drie modules (maatschappelijke oriëntatie, Nederlands op de werkvloer en pastorale gespreksvoering) en staat open voor bedienaars van alle erkende erediensten. Partners zijn o.a. Atlas, het Agentschap Integratie en Inburgering, de KU Leuven en het Huis der Levensbeschouwingen Mechelen.</p>",
   "<p>De begeleidingscommissie kwam samen op 14 juni en 7 november 2023. Ter voorbereiding van de werving van deelnemers werd overlegd met de EMB en met de Federatie van Moskeeën Rivierenland (FMR). De FMR engageerde zich om binnen haar achttien lidmoskeeën kandidaten aan te spreken; een bijkomend overleg met de FMR was gepland op 20 november maar werd door de FMR afgezegd.</p>",
   "<p>Op 9 oktober 2023 opende de eerste module in Mechelen met 19 deelnemers, waarvan 12 imams, 4 pastoors en 3 predikanten. Een tweede groep start in februari 2024 in Antwerpen. Het Huis der Levensbeschouwingen Mechelen vergaderde op 5 september met de lesgevers van de drie modules om de inhoud op elkaar af te stemmen.</p>",
  ], "2023-2024: 85.000 euro (waarvan 22.500 euro voor de KU Leuven)"),
 ]),

("Q21", "12.3",
 "Kenniscentrum Mediawijs, StampMedia, Orbis Media Lab, Vlaams-Nederlands Netwerk Digitale Weerbaarheid, Beeld en Geluid",
 [
  (["Onderwijs"], [
   "<p>Er is een structurele samenwerking tussen het departement Onderwijs en Vorming en het Kenniscentrum Mediawijs. De stuurgroep van deze overeenkomst komt halfjaarlijks samen; de laatste bijeenkomst vond plaats op 12.10.2023.</p>",
   "<p>Mediawijs ontwikkelde samen met de start-up Orbis Media Lab het lespakket 'Scroll & Stop' over algoritmes, haatspraak en desinformatie voor de tweede en derde graad secundair onderwijs. Het pakket werd tussen september en november 2023 in 14 scholen getest. Binnen Mediawijs kwam een klankbordgroep van leerkrachten vijf keer samen om de lesfiches bij te sturen.</p>",
   "<p>Op 14 november 2023 vond het webinar 'Deepfakes in de klas' plaats met 320 deelnemers. Het lespakket wordt gelanceerd op de Dag van de Mediawijsheid in het voorjaar van 2024.</p>",
  ], "Reguliere middelen"),
  (["Media"], [
   "Het Vlaams-Nederlands Netwerk Digitale Weerbaarheid (VNNDW), dat in 2022 werd opgericht door Mediawijs en het Nederlandse Beeld en Geluid, kwam in het najaar twee keer samen, op 19 september in Hilversum en op 21 november 2023 in Brussel. StampMedia sloot in oktober aan als lid van het VNNDW.",
   "StampMedia organiseerde daarnaast van 23 tot 27 oktober 2023 een redactieweek voor jongeren uit Borgerhout rond berichtgeving over conflicten in het Midden-Oosten.",
  ], "2023: 1.150.000 euro werkingssubsidie Mediawijs (waarvan 60.000 euro voor haatspraak en radicalisering)"),
 ]),

("Q22", "13.3",
 "VCOV, KOOGO, GO! ouders, Federatie van Marokkaanse Ouderverenigingen Kempen, Platform Ouders in Dialoog",
 [
  (["Onderwijs"], [
   "<p>De beheersovereenkomsten 2023-2025 tussen de Vlaamse Regering en de ouderkoepelverenigingen VCOV, KOOGO en GO! ouders zijn volop in uitvoering. Departement OV volgt de uitvoering op via tussentijdse rapporteringen in een stuurgroep die minimaal drie keer per jaar samenkomt.</p>",
   "<p>De stuurgroep kwam sinds 1 juni 2023 twee keer samen, nl. op 27 juni en 24 oktober 2023; de volgende bijeenkomst is gepland op 19 maart 2024. Tijdens de stuurgroep van 24 oktober werd specifiek ingegaan op het bereik van ouders met een migratieachtergrond.</p>",
   "<p>KOOGO werkt hiervoor samen met de Federatie van Marokkaanse Ouderverenigingen Kempen (FMOK) en het Platform Ouders in Dialoog. Met de FMOK vond op 3 oktober een overleg plaats in Turnhout; de FMOK en KOOGO spreken sindsdien tweemaandelijks af. In oktober en november vonden vier oudercafés plaats in Turnhout, Mol en Geel, met in totaal 130 ouders.</p>",
  ], "2,4 miljoen euro per jaar voor de drie ouderkoepels samen (begroting 2024)"),
 ]),

("Q23", "13.5",
 "VSK, Jongerenraad Bergopwaarts, stad Aalst",
 [
  (["Onderwijs"], [
   "<p>Sinds het schooljaar 2022-2023 ondersteunt het departement OV het project 'Peerwijs' van de VSK, als opvolger van de Conflixers. Leerlingen worden opgeleid om medeleerlingen te ondersteunen bij conflicten en polariserende discussies in de klas.</p>",
   "<p>De werkgroep peer support van de VSK, bestaande uit 12 leerlingen uit 7 scholen, kwam op 18 oktober en 22 november 2023 samen. Op 5 juli 2023 vond een overleg plaats tussen de VSK en het departement OV over de verlenging van het project tot eind augustus 2025.</p>",
   "<p>Van 10 tot 12 november 2023 vond een trainingsweekend voor 46 peer supporters plaats in Hoge Rielen.</p>",
  ], "2023-2024: 72.000 euro"),
  (["Jeugd"], [
   "De Jongerenraad Bergopwaarts, de jeugdraad van stad Aalst, nam de methodiek van Peerwijs op voor zijn werking in de jeugdhuizen. De jongerenraad kwam hiervoor tweemaal samen met de jeugddienst van stad Aalst, op 12 september en 17 oktober 2023.",
   "In de krokusvakantie van 2024 volgen acht jongeren van de jongerenraad de Peerwijs-opleiding. Een gezamenlijk toonmoment met de VSK is voorzien in mei 2024 in Aalst.",
  ], "Geen specifieke middelen"),
 ]),

("Q24", "14.7",
 "VOKA, UNIZO, ACV, ABVV, ACLVB, Minderhedenforum, GRIP, Arkadia Coaching bv, vzw Brugwerk Dender, Centrum voor Inclusief Ondernemen en Werk",
 [
  (["Werk"], [
   "<p>In het kader van het Focus op Talent-beleid lopen de samenwerkingsakkoorden met de sociale partners en de eigenorganisaties van kansengroepen verder tot 31 december 2024. Het opvolgingscomité van de samenwerkingsakkoorden, met VOKA, UNIZO, ACV, ABVV, ACLVB, het Minderhedenforum en GRIP, kwam samen op 13 juni en 12 oktober 2023.</p>",
   "<p>Een ESF-oproep naar het ruimere middenveld leverde vijf goedgekeurde projecten op, die op 1 september 2023 van start gingen, waaronder de projecten van Arkadia Coaching bv, het CIOW en vzw Brugwerk Dender. Brugwerk Dender werkt in Aalst en Ninove met werkgevers rond aanwervingen zonder vooroordelen.</p>",
   "<p>De diversiteitsconsulenten van ACV en ABVV komen tweemaandelijks samen in een gezamenlijke intervisiegroep. Op 30 november 2023 vond in Brussel het netwerkevent 'Talent kent geen afkomst' plaats voor 210 werkgevers en intermediairs. Op 21 september 2023 werd overlegd met VOKA, UNIZO en het Minderhedenforum over een gezamenlijke sensibiliseringscampagne in het voorjaar van 2024.</p>",
  ], "2023: 640 k euro (samenwerkingsakkoorden) en 1,8 miljoen euro ESF (2023-2025)"),
 ]),
]


def build(dev_path, out_path):
    desc = load_descriptions(dev_path)
    rows = []
    for item, aid, parties, entries in ITEMS:
        if aid not in desc:
            sys.exit(f"no description for action {aid}")
        ents = []
        for k, (comps, paras, budget) in enumerate(entries, 1):
            ps = []
            for p in paras:
                p = re.sub(r"\s+", " ", p).strip()
                ps.append(p if p.startswith("<p>") else f"<p>{p}</p>")
            ents.append({"entry_no": k, "competences": comps,
                         "description": " ".join(ps), "budget_text": budget})
        rows.append({"item": item, "action_id": aid, "description": desc[aid],
                     "other_parties_text": parties, "entries": ents})
    with open(out_path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rows = build(HERE / "dev.txt", HERE / "text.jsonl")
    print(len(rows), "items,", sum(len(r["entries"]) for r in rows), "entries")
