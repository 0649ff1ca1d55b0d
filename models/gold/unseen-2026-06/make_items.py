#!/usr/bin/env python3
"""SYNTHETIC unseen-2026-06 round (writer w18, blind). HELD OUT: never tune on it.

Builds text.jsonl from dev.txt (output of split_dev_actions.py: only the real general
descriptions of the dev actions are taken from it) and the invented texts below.
Every entry text, party list, budget, date, amount, count and meeting below is invented
(SYNTHETIC). Report date 2026-06-01, reporting period December 2025 - May 2026.

    python3 ../split_dev_actions.py > dev.txt && python3 make_items.py && rm dev.txt
"""
import json
import re
import sys
from html.parser import HTMLParser
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
# A paragraph is plain text (wrapped in <p>...</p>) or raw HTML starting with "<ul".
ITEMS = [
("V01", "1.1",
 "VVSG, VGC, OCAD, FOD Justitie, FOD Binnenlandse Zaken en het Netwerk Lokale Preventiewerkers Vlaanderen (NLPV)",
 [
  (["Binnenlands Bestuur"], [
   "Het Vlaams Platform Radicalisering vergaderde tijdens de voorbije rapporteringsperiode vijf keer, met name op "
   "11 december 2025, 22 januari, 26 februari, 26 maart en 7 mei 2026. De vergadering van 23 april 2026 werd "
   "geschrapt, omdat een groot deel van de aanspreekpunten die dag betrokken was bij de voorbereiding van de "
   "interministeriële conferentie. Naast de aanspreekpunten van de beleidsdomeinen zaten ook het OCAD, de VGC, de "
   "FOD Justitie en de VVSG telkens mee aan tafel.",
   "Op de vergadering van 26 februari stelde het Netwerk Lokale Preventiewerkers Vlaanderen (NLPV) zijn jaarverslag "
   "2025 voor. Het NLPV brengt een dertigtal preventiewerkers uit middelgrote steden samen en wordt sinds 1 januari "
   "2026 gecoördineerd vanuit de Dienst Wijkverbinding van de stad Diest. Het netwerk komt om de zes weken samen, "
   "afwisselend in Diest en in Herentals.",
   "Om de plenaire vergaderingen beter voor te bereiden, werd in januari 2026 binnen het Platform een kerngroep "
   "samengesteld met de aanspreekpunten van KB, OV en WVG. Deze kerngroep vergadert tweewekelijks via "
   "videoconferentie en legt de agenda vast. Daarnaast was er op 5 maart 2026 overleg tussen het centraal "
   "aanspreekpunt van ABB, safe.brussels en de VGC over de afstemming van de Brusselse LIVC's op het Vlaamse beleid.",
  ], "Reguliere werkingsmiddelen ABB"),
  (["Binnenlands Bestuur"], [
   "Het platform over radicalisering en terrorisme, dat de kabinetten van de federale regering en van de deelstaten "
   "samenbrengt, kwam in deze periode één keer samen, op 3 februari 2026. Besproken werden onder meer de rolverdeling "
   "bij de opvolging van veroordeelde terroristen na hun vrijlating en de toekomst van de Strategie T.E.R. na 2026. "
   "Een volgende bijeenkomst is voorzien op 9 juli 2026.",
   "Ter voorbereiding van de actualisering van het actieplan organiseerde ABB op 17 april 2026 in Brussel een "
   "inspiratiedag voor de aanspreekpunten en hun collega's uit de agentschappen. Een honderdtal deelnemers volgden "
   "er workshops over desinformatie, complotdenken en de rol van lokale besturen.",
   "De stand van zaken van het actieplan werd op 11 maart 2026 toegelicht in de commissie Binnenlands Bestuur van het "
   "Vlaams Parlement. Via de digitale nieuwsbrief van het Platform werden vier edities verstuurd naar ruim 650 "
   "abonnees.",
  ], ""),
 ]),

("V02", "1.3",
 "Onderzoeksbureau Kompasroos, Hogeschool Zuiderkempen",
 [
  (["Binnenlands Bestuur"], [
   "De evaluatie van het actieplan werd in het najaar van 2025 na een open aanbesteding toegewezen aan "
   "Onderzoeksbureau Kompasroos, dat het onderzoek uitvoert samen met het Lectoraat Maatschappelijke Veiligheid van "
   "de Hogeschool Zuiderkempen. De opdracht ging van start op 15 januari 2026 en loopt tot eind november 2026. Tussen "
   "februari en april voerden de onderzoekers 38 diepte-interviews met aanspreekpunten, lokale ambtenaren en "
   "middenveldorganisaties. Een online bevraging bij alle LIVC-coördinatoren loopt nog tot en met 15 juni 2026.",
   "Het begeleidingscomité van de evaluatie bestaat uit vertegenwoordigers van de vijf beleidsdomeinen, de VVSG en "
   "twee externe academici. Het comité vergaderde op 29 januari en op 21 april 2026 en keurde op die laatste "
   "bijeenkomst het analysekader en de lijst met indicatoren goed. Een derde vergadering wordt gehouden in de tweede "
   "helft van september 2026, wanneer de tussentijdse bevindingen voorliggen.",
   "Daarnaast stelde ABB een klankbordgroep van praktijkwerkers samen, met onder meer preventiewerkers, jeugdwerkers "
   "en CAW-medewerkers. Die klankbordgroep is nog niet bijeengekomen: de eerste samenkomst volgt pas na de zomer, "
   "zodat de leden kunnen reageren op de voorlopige resultaten. Op 12 maart 2026 vond in Mechelen wel al een "
   "focusgroep plaats met 14 LIVC-coördinatoren.",
  ], "€ 148.500 (excl. btw), waarvan € 99.000 in 2026 en € 49.500 in 2027"),
 ]),

("V03", "2.1",
 "OCAD, FOD Justitie, FOD Binnenlandse Zaken, VVSG, safe.brussels",
 [
  (["Binnenlands Bestuur"], [
   "Het centraal aanspreekpunt woonde de maandelijkse vergaderingen van de Nationale Task Force (NTF) bij. In de "
   "rapporteringsperiode vonden die plaats op 9 december 2025, 13 januari, 10 februari, 10 maart, 14 april en 12 mei "
   "2026. Over de besprekingen wordt telkens teruggekoppeld op het eerstvolgende Vlaams Platform Radicalisering.",
   "De NTF-werkgroep Preventie werd eind 2025 omgevormd tot de werkgroep 'Preventie en Lokale Verankering', met een "
   "ruimere vertegenwoordiging van de gemeenschappen en de lokale besturen. Een eerste verkennend overleg over die "
   "hervorming had het OCAD al op 14 oktober 2025 georganiseerd.",
   "Deze werkgroep kwam sinds haar heroprichting twee keer samen, op 4 februari en 6 mei 2026, telkens in de kantoren "
   "van het OCAD. De werkgroep Strategische Communicatie heeft sinds de zomer van 2025 niet meer vergaderd en een "
   "heropstart is voorlopig niet gepland.",
   "Binnen de Strategie T.E.R. werd met de FOD Binnenlandse Zaken overlegd over de actualisering van de omzendbrief "
   "over de LIVC's. Het ontwerp werd op 19 maart 2026 besproken met de Vlaamse aanspreekpunten, die tot 3 april 2026 "
   "schriftelijk opmerkingen konden bezorgen.",
  ], ""),
  (["Welzijn"], [
   "De afdeling Justitiehuizen van het Agentschap Justitie en Handhaving neemt deel aan de interfederale werkgroep "
   "infolux. Die werkgroep vergaderde op 16 december 2025 en op 24 maart 2026 en boog zich onder meer over de "
   "informatiedoorstroming bij het einde van een strafuitvoering. De expertisenetwerken van het College van "
   "procureurs-generaal werden in deze periode niet samengeroepen.",
   "In Brussel zetelt de Vlaamse overheid in de thematische werkgroep 'Polarisatie en samenleven' van het Globaal "
   "Veiligheids- en Preventieplan. Die werkgroep zat samen op 27 januari en op 28 april 2026. Op de bijeenkomst van "
   "april lichtte de vzw Tussenruimte, die in Anderlecht, Molenbeek, Schaarbeek en Sint-Joost-ten-Node "
   "buurtbemiddeling rond polarisatie aanbiedt, haar werking toe. Samen met het Centrum voor Conflicthantering en "
   "Bemiddeling Brussel (CCBB) en het Brussels Jongerenplatform Kanaal (BJK) werkt de vzw aan een gedeeld aanbod "
   "voor buurtwerkers; de drie organisaties kwamen daarvoor op 12 mei 2026 een eerste keer samen.",
  ], ""),
 ]),

("V04", "2.3",
 "Politiezone Brussel-West, Politiezone Zuid, Politiezone Brussel Hoofdstad Elsene, Onderwijscentrum Brussel, GO!, "
 "Katholiek Onderwijs Vlaanderen, OVSG",
 [
  (["Onderwijs"], [
   "Het netoverschrijdend overleg tussen de zes Brusselse politiezones, de onderwijskoepels, het GO! en het "
   "Onderwijscentrum Brussel werd verdergezet. In de rapporteringsperiode waren er drie overlegmomenten, op 20 "
   "januari, 17 maart en 19 mei 2026. Het overleg van 17 maart ging door in het Huis van het Nederlands Brussel en "
   "stond volledig in het teken van een protocol voor snelle informatie-uitwisseling bij incidenten in en rond de "
   "school.",
   "Een kleine redactiecel met twee schooldirecteurs, een medewerker van het Onderwijscentrum Brussel en een "
   "wijkinspecteur van de Politiezone Brussel-West werkt dat protocol verder uit. De redactiecel komt sinds februari "
   "2026 maandelijks samen. Het protocol moet klaar zijn tegen de start van het schooljaar 2026-2027.",
   "Het departement Onderwijs en Vorming organiseerde op 24 april 2026 bovendien een studienamiddag voor de Brusselse "
   "preventiediensten en de leerlingenbegeleiders van 31 Nederlandstalige scholen, met bijdragen van het Leerlabo Samenleven. Een gesprek met de Franstalige "
   "onderwijsverstrekkers, dat eind mei zou plaatsvinden, werd verschoven naar oktober 2026.",
  ], ""),
 ]),

("V05", "3.1",
 "OCAD, Europese Commissie, RAN Practitioners, Raad van Europa, Resilient Towns Network",
 [
  (["Binnenlands Bestuur"], [
   "Het Network of Prevent Policy Makers van de Europese Commissie kwam in de rapporteringsperiode twee keer samen: op "
   "4 december 2025 in Brussel en van 18 tot 19 maart 2026 in Lissabon. Het centraal aanspreekpunt vertegenwoordigde "
   "op beide bijeenkomsten de Vlaamse overheid, naast het OCAD. Op de agenda stonden onder meer de nieuwe EU-agenda "
   "voor terrorismebestrijding en de ondersteuning van lokale preventiecoördinatoren.",
   "De stad Leuven trad in januari 2026 toe tot het Resilient Towns Network (RTN), een Europees netwerk van een "
   "veertigtal middelgrote steden dat uitwisseling rond lokale preventie organiseert. Het RTN hield zijn "
   "voorjaarsbijeenkomst op 23 april 2026 in Tampere; ABB volgde die bijeenkomst online. De najaarsbijeenkomst "
   "vindt plaats op 15 en 16 oktober 2026 in Gent, met de stad Gent als gastheer.",
  ], ""),
  (["Jeugd"], [
   "Vanuit het jeugdbeleid neemt het departement Cultuur, Jeugd en Media deel aan de expertengroep 'Youth Work and "
   "Democratic Resilience' van de Raad van Europa. De expertengroep vergaderde op 12 en 13 februari 2026 in "
   "Straatsburg en op 5 mei 2026 online. De Vlaamse vertegenwoordiger bracht er de ervaringen in van het lerend "
   "netwerk 'Jeugdwerk in scherpe tijden', dat getrokken wordt door het Steunpunt Jeugdwerk en Samenleving (SJS).",
   "Dat lerend netwerk telt 19 lokale jeugdwerkingen en komt drie keer per jaar samen. Het SJS organiseerde op 26 "
   "maart 2026 in Brugge bovendien een Europese uitwisselingsdag met jeugdwerkers van de Stichting Brugpijler "
   "(Rotterdam), Verein Brückenschlag Köln e.V., Fondation Liens Citoyens (Luik) en Centro Ponte Aperto (Turijn). Het "
   "verslag van die dag wordt vertaald en via de Europese jeugdwerkportalen verspreid.",
  ], ""),
  (["Welzijn"], [
   "De afdeling Justitiehuizen vaardigde een medewerker af naar de RAN-werkgroep Prisons and Probation, die op 10 en "
   "11 december 2025 in Zagreb bijeenkwam. Centraal stond de begeleiding van gedetineerden die veroordeeld zijn voor "
   "terroristische feiten en het einde van hun straf naderen. Daarnaast volgden twee referentie-justitieassistenten "
   "op 3 maart 2026 een webinar van RAN Practitioners over re-integratie na detentie.",
   "De inzichten uit beide sessies worden meegenomen in de actualisering van het draaiboek voor de opvolging van "
   "deze dossiers (zie actie 6.3).",
  ], ""),
 ]),

("V06", "3.3",
 "",
 [
  (["Onderwijs"], [
   "De opvolging van de Paris Declaration gebeurt inmiddels binnen de werkgroep 'Equality and values in education and "
   "training' van de Europese Onderwijsruimte. Het aanspreekpunt radicalisering van het departement Onderwijs en "
   "Vorming vertegenwoordigt er Vlaanderen. De werkgroep kwam plenair bijeen op 27 januari 2026 en op 21 april 2026, "
   "beide keren in Brussel.",
   "Van 10 tot 12 maart 2026 nam het aanspreekpunt deel aan een Peer Learning Activity in Ljubljana over democratisch "
   "schoolklimaat en leerlingenparticipatie. Een tweede PLA, die in mei in Tallinn zou plaatsvinden, werd door de "
   "Europese Commissie uitgesteld naar het najaar van 2026.",
   "De bevindingen worden teruggekoppeld aan het netoverschrijdend overleg van de referentiepersonen radicalisering "
   "(zie actie 4.7) en verwerkt in een inspiratiegids burgerschap die vanaf begin september 2026 beschikbaar is voor "
   "alle secundaire scholen.",
  ], ""),
 ]),

("V07", "4.1",
 "Beringen, Boom, Diest, Houthalen-Helchteren, Ieper, Izegem, Sint-Truiden, Vilvoorde en Willebroek",
 [
  (["Binnenlands Bestuur"], [
   "Op basis van de projectoproep 2025 ter ondersteuning van lokale besturen in de preventie van gewelddadige "
   "radicalisering en polarisering kregen negen gemeenten een subsidie voor een periode van twee jaar, ingaand op "
   "1 januari 2026:",
   "<ul><li>Beringen (€ 64.000);</li><li>Boom i.s.m. Rumst (€ 58.500);</li><li>Diest (€ 49.750);</li>"
   "<li>Houthalen-Helchteren (€ 61.200);</li><li>Ieper (€ 45.000);</li><li>Izegem (€ 52.300);</li>"
   "<li>Sint-Truiden (€ 70.000);</li><li>Vilvoorde (€ 78.400);</li><li>Willebroek (€ 55.850).</li></ul>",
   "De gesubsidieerde besturen vormen samen een lerend netwerk dat door ABB wordt begeleid. Dat netwerk kwam een "
   "eerste keer samen op 10 februari 2026 in Diest en een tweede keer op 12 mei 2026 in Ieper. Tussen beide "
   "bijeenkomsten brachten de projectcoördinatoren werkbezoeken aan Beringen en Willebroek. Een eerste inhoudelijk "
   "tussentijds verslag wordt verwacht tegen 31 maart 2027.",
  ], "535.000 euro (2026-2027)"),
  (["Binnenlands Bestuur"], [
   "In Sint-Truiden wordt de regierol opgenomen door de nieuw opgerichte cel Verbindend Samenleven binnen de "
   "stedelijke preventiedienst. De cel komt wekelijks samen en rapporteert elk kwartaal aan het college van "
   "burgemeester en schepenen. Zij werkt onder meer samen met de Vrouwenkring Al-Amal en de Boksclub Ring Vrij. Het "
   "bestuur van Izegem koos voor een samenwerking met de vzw Stadsmozaïek, die sinds maart 2026 een buurtwerking "
   "uitbouwt in twee wijken met spanningen tussen bewonersgroepen, en met het Preventiehuis Izegem.",
   "De stad Vilvoorde en de gemeente Willebroek zaten op 2 maart en 30 april 2026 samen om een gedeelde aanpak van "
   "online ronseling uit te werken. In Houthalen-Helchteren werd een lokaal overlegplatform opgericht met de "
   "scholen, het jeugdwerk, de moskeevereniging Al-Wifaq en het Wijkgezondheidscentrum Ter Poorte; dit platform "
   "vergaderde voor het eerst op 19 mei 2026.",
   "In Boom werkt het lokaal bestuur samen met het Welzijnshuis Boom-Rumst en vzw Sportpunt Rupel, dat op "
   "woensdagnamiddag en zondag een open sportaanbod voorziet. In Ieper gebeurt de uitvoering door de Dienst "
   "Diversiteit en Samenleven van de stad, in samenwerking met het Samenwerkingsverband Welzijn Westhoek (SWW) en "
   "de vzw Wegwijs Westhoek. Het overleg in de Westhoek, waar ook Poperinge en Heuvelland bij aansluiten, kwam op "
   "25 maart 2026 een eerste keer bijeen.",
  ], ""),
 ]),

("V08", "4.3",
 "VVSG",
 [
  (["Binnenlands Bestuur"], [
   "Het VVSG-project ter ondersteuning van de lokale preventie van gewelddadige radicalisering en polarisering werd op "
   "1 januari 2026 met drie jaar verlengd. Het projectteam telt 1,8 VTE. De helpdesk beantwoordde tussen 1 december "
   "2025 en 15 mei 2026 in totaal 74 vragen van 41 lokale besturen, vooral over de werking van de LIVC, het gedeeld "
   "beroepsgeheim en online polarisering.",
   "De werkgroep radicalisering van de VVSG kwam samen op 16 december 2025, 3 maart en 19 mei 2026. Gemiddeld waren "
   "27 deelnemers uit 19 gemeenten aanwezig. Zij bespraken onder meer de resultaten van een bevraging over de "
   "personeelsinzet in de LIVC's en de ontwerpvisie van de Vlaamse Regering op polarisering. De volgende werkgroep "
   "staat gepland op 22 september 2026.",
   "De intervisiegroep voor casemanagers bleef tweemaandelijks bijeenkomen, het laatst op 28 april 2026 in Gent. Ook "
   "in de provinciale overlegplatformen is de VVSG actief: het Limburgse platform, waarin ook het Netwerk Lokale "
   "Integratieambtenaren Limburg vertegenwoordigd is, zat op 12 februari 2026 samen in het provinciehuis in Hasselt, het West-Vlaamse platform kwam op 26 maart 2026 bijeen in Roeselare. Voor "
   "Vlaams-Brabant wordt samen met het Provinciaal Steunpunt Samenleven van de provincie Vlaams-Brabant een eerste "
   "overleg voorbereid.",
  ], "390.000 euro (1 januari 2026 – 31 december 2028)"),
  (["Binnenlands Bestuur"], [
   "De VVSG zette ook in op vorming en kennisdeling. Op 5 februari 2026 organiseerde ze een webinar over polarisering "
   "op sociale media, dat door 180 deelnemers werd gevolgd. Op 13 maart 2026 kregen nieuwe LIVC-coördinatoren in "
   "Kortrijk een vorming over het gebruik van de RADIX-tool. Op 23 april 2026 volgde in Antwerpen de studiedag "
   "'Samenleven onder druk', in samenwerking met het Kenniscentrum Vlaamse Steden en het Kenniscentrum "
   "Wijkveiligheid (KWV).",
   "Met de Vereniging van Nederlandse Gemeenten (VNG) werd op 20 januari 2026 in Breda overleg gepleegd over de rol "
   "van burgemeesters in de lokale aanpak. In het voorjaar werd ook contact gelegd met het Noorse netwerk Trygge "
   "Byer, dat lokale preventiewerkers in een dertigtal gemeenten ondersteunt.",
   "De online databank voor lokale besturen werd aangevuld met 16 nieuwe praktijkvoorbeelden en met een juridisch "
   "dossier over informatiedeling in de LIVC, opgesteld met de hulp van Adviesbureau Wijkkracht.",
  ], ""),
 ]),

("V09", "4.5",
 "Kenniscentrum Vlaamse Steden, Agentschap Integratie en Inburgering, vzw Tafelgenoten, vzw Buurtbrug Tielt",
 [
  (["Stedenbeleid"], [
   "De online databank met praktijkvoorbeelden rond sociale samenhang en duurzame verbinding telt eind mei 2026 212 "
   "projectfiches, waarvan 23 nieuwe sinds december 2025. Nieuw opgenomen zijn onder meer de buurtkeukens van de vzw "
   "Tafelgenoten in Aarschot, het project 'Pleinpraat' van de Dienst Samenlevingsopbouw van de stad Harelbeke, de "
   "verhalenateliers van Verhalenhuis De Lantaarn in Herentals en de straatgesprekken van Jongerencoöperatie "
   "Pitstop in Lommel.",
   "De redactieraad van de databank, met vertegenwoordigers van ABB, het Kenniscentrum Vlaamse Steden en twee lokale "
   "besturen, kwam op 13 januari en 14 april 2026 samen om de nieuwe fiches te valideren. In het najaar van 2026 "
   "wordt de databank gekoppeld aan de kaart met lokale praktijken van het Agentschap Integratie en Inburgering.",
   "Rond de databank werd ook een reizende tentoonstelling 'Wijk in beeld' samengesteld, met foto's van "
   "Fotocollectief Lichtval. De tentoonstelling was van 6 tot 27 maart 2026 te zien in het stadhuis van Herentals en "
   "verhuist in september naar Menen. In Menen opende in februari 2026 bovendien het Buurthuis De Sluis, een "
   "ontmoetingsplaats voor buurtbewoners die door de vzw Bruggenbouwers Menen wordt uitgebaat.",
  ], "EUR 27.500 (onderhoud en uitbreiding databank 2026)"),
  (["Integratie"], [
   "Het Agentschap Integratie en Inburgering ondersteunde in Tielt en Zaventem een traject rond buurtgerichte "
   "conflicthantering. In Tielt loopt het traject sinds december 2025, in samenwerking met de vzw Buurtbrug Tielt. "
   "De stuurgroep van het Tieltse traject, waarin het lokaal bestuur, de lokale politie, het OCMW en de vzw zetelen, "
   "kwam drie keer samen: op 20 januari, 17 februari en 31 maart 2026.",
   "In Zaventem ging het traject pas in maart 2026 van start, met het Vredeshuis Zaventem als lokale partner. De "
   "stuurgroep daar is samengesteld, maar moet nog een eerste keer vergaderen. Vanaf het najaar zullen de stuurgroepen van "
   "beide gemeenten één keer per jaar gezamenlijk samenkomen, onder begeleiding van het Centrum voor Intercultureel "
   "Bemiddelen (CIB).",
  ], "€ 55.000 (Tielt en Zaventem samen)"),
 ]),

("V10", "4.7",
 "VVSG, Netwerk Islamexperten, De Ambrassade, Formaat, Uit De Marge, EDW",
 [
  (["Binnenlands Bestuur", "Onderwijs", "Welzijn"], [
   "De verschillende hulp- en infolijnen (de Opvoedingslijn, het Netwerk Islamexperten, het aanspreekpunt onderwijs, "
   "de Meldlijn Netwerk Respect en de Kennislijn Polarisatie van de VVSG) stemmen halfjaarlijks af over hun doorverwijzingen. Dat "
   "afstemmingsoverleg vond plaats op 15 december 2025; het volgende is gepland op 15 juni 2026. Verder was er op 22 "
   "januari 2026 overleg met de preventiedienst van de stad Antwerpen over het meldpunt voor zorgwekkend online "
   "gedrag.",
   "Het Netwerk Islamexperten en de VVSG pleegden op 4 maart 2026 daarnaast overleg met de lokale "
   "radicaliseringsambtenaren uit de provincie Antwerpen over de toeleiding van jongeren naar gespecialiseerde "
   "begeleiding, onder meer bij de vzw Lichtbaken Jeugdhulp.",
  ], ""),
  (["Onderwijs"], [
   "Het aanspreekpunt radicalisering van het departement Onderwijs en Vorming en de referentiepersonen van de "
   "onderwijskoepels, het GO! en de CLB-netten zaten elke maand samen, met uitzondering van april. Zij werkten in "
   "deze periode vooral aan een gezamenlijke leidraad voor het omgaan met conflicten in de klas naar aanleiding van "
   "internationale gebeurtenissen.",
   "Voor onderwijsinspecteurs en LOP-deskundigen werden twee vormingsmomenten georganiseerd. Op 11 februari 2026 "
   "kregen 45 onderwijsinspecteurs een vorming over digitale polarisering door het Expertisecentrum Digitale "
   "Weerbaarheid (EDW). Op 25 maart 2026 volgde een gelijkaardige sessie voor de LOP-deskundigen van Antwerpen, Gent "
   "en Brussel. In overleg met de LOP's wordt nagegaan of de sessie in het schooljaar 2026-2027 ook in de andere "
   "regio's kan worden aangeboden.",
   "Het aanspreekpunt gaf bovendien een toelichting op het provinciaal overlegplatform radicalisering Oost-Vlaanderen "
   "(19/02/2026) en op het netwerk leerlingenbegeleiding van de stad Mechelen (16/04/2026).",
  ], ""),
  (["Jeugd"], [
   "Het structureel sectoroverleg tussen het departement Cultuur, Jeugd en Media, De Ambrassade, Formaat, Uit De "
   "Marge en een tiental lokale jeugdwerkorganisaties, zoals Jeugdwerking De Kantelberg (Zelzate), "
   "Speelpleinwerking Krekelveld (Wetteren) en Mediacollectief Luidop (Brussel), vond plaats op 4 december 2025 en op 26 maart 2026. Aan de "
   "tweede bijeenkomst namen voor het eerst ook de vzw Straatwaarde uit Oostende, Jeugdhuis Het Perron uit Tienen en "
   "het Jongerenhuis De Vuurtoren uit Genk deel.",
   "Uit het overleg groeide het voorstel om een lerend netwerk rond jeugdwerk en online haat op te richten, met het "
   "Digitaal Jeugdwerk Collectief (DJC) als trekker. Dat netwerk wordt opgestart in het najaar van 2026. Tot dan "
   "bundelt De Ambrassade de vragen van jeugdwerkers via haar werkgroep Jeugdinformatie, die elke zes weken "
   "samenkomt.",
  ], ""),
 ]),

("V11", "5.1",
 "Opgroeien, Expoo, VVSG, Gezinsbond en Huis van het Kind Demerland",
 [
  (["Welzijn"], [
   "Op 1 april 2026 waren 117 Huizen van het Kind erkend, met een werkingsgebied dat alle Vlaamse gemeenten en het "
   "Brussels Hoofdstedelijk Gewest omvat. Expoo zette, in opdracht van Opgroeien, het ondersteuningstraject voort "
   "en legde daarbij de klemtoon op ouders die zich zorgen maken over het online gedrag van hun kinderen. Daarvoor "
   "werd een gespreksleidraad ontwikkeld, samen met de Gezinsbond, het Centrum voor Ouderschap en Migratie (CeOM) en "
   "het Platform Ouders Verbonden.",
   "Het regionaal overleg van de coördinatoren van de Limburgse Huizen van het Kind kwam samen op 2 februari en op 4 "
   "mei 2026 in Genk. Ook de West-Vlaamse coördinatoren vergaderden, op 12 maart 2026 in Brugge, waar het Huis van "
   "het Kind Westhoek-Zuid zijn aanpak rond ouderpraatgroepen voorstelde. Het Huis van het Kind Leie en Mandel en de "
   "Opvoedingswinkel Zuidrand namen er als gast aan deel.",
   "Het Huis van het Kind Demerland, actief in Aarschot, Scherpenheuvel-Zichem en Tielt-Winge, startte in januari "
   "2026 met de praatgroep 'Opvoeden tussen twee werelden', in samenwerking met de vzw Open Huis Tielt-Winge. Die "
   "groep komt elke derde dinsdag van de maand samen in het Ontmoetingscentrum Den Hoogaard. Op 19 maart 2026 vond "
   "in Leuven daarnaast een provinciale infosessie plaats voor medewerkers van de Huizen van het Kind over "
   "radicalisering en opvoedingsvragen, met een getuigenis van het Huis van het Kind Rupelhart.",
  ], "Reguliere middelen Opgroeien"),
 ]),

("V12", "5.3",
 "Platform van Vlaamse Imams en Moslimdeskundigen, EMB, Academie voor Geestelijke Begeleiding",
 [
  (["Welzijn"], [
   "De justitiehuizen kunnen bij de begeleiding van radicaliseringsdossiers een beroep doen op gescreende "
   "islamdeskundigen van het Platform van Vlaamse Imams en Moslimdeskundigen. In de rapporteringsperiode werden 17 "
   "nieuwe begeleidingen opgestart, waarvan 9 in het kader van een voorwaardelijke invrijheidstelling en 4 binnen "
   "een elektronisch toezicht. Eind mei 2026 liepen er in totaal 31 begeleidingen.",
   "Het Platform en de afdeling Justitiehuizen overlegden op 8 januari 2026 over de verlenging van de "
   "samenwerkingsovereenkomst, die afloopt op 31 december 2026. Het begeleidingscomité van het project, waarin ook "
   "het EMB zetelt, vergaderde op 26 februari 2026 en besliste de pool van deskundigen uit te breiden met vier "
   "personen, onder wie twee vrouwen.",
   "Voor de nieuwe deskundigen verzorgde de Academie voor Geestelijke Begeleiding (AGB) op 14 mei 2026 in Mechelen "
   "een vormingsdag over deontologie en beroepsgeheim. Per begeleiding is een vergoeding van maximaal EUR 1.250 voorzien.",
  ], "€ 96.000 voor 2026, waarvan € 12.000 voor vorming en intervisie"),
 ]),

("V13", "5.5",
 "Arktos, GO!, Katholiek Onderwijs Vlaanderen, OVSG en POV",
 [
  (["Onderwijs"], [
   "Het project CONNECT van Arktos werd verlengd voor het schooljaar 2025-2026 (1 september 2025 tot 31 augustus "
   "2026). Tussen september 2025 en april 2026 werden 42 scholen en 3 scholengemeenschappen ondersteund, waarvan 11 "
   "in Brussel. In 27 scholen ging het om een kort traject van maximaal vijf sessies, in de overige om een langer "
   "begeleidingstraject met het hele schoolteam.",
   "De stuurgroep van CONNECT, met vertegenwoordigers van het departement, Arktos en de vier onderwijsverstrekkers, "
   "vergaderde op 9 december 2025 en op 24 maart 2026. Zij besliste om vanaf het schooljaar 2026-2027 een aparte "
   "module aan te bieden voor conflicten tussen jongerengroepen die via sociale media escaleren; "
   "die module wordt uitgewerkt met het Expertisecentrum Veilige Scholen (EVS). Een terugkommoment "
   "voor alle begeleide scholen, gepland op 22 april 2026, werd wegens te weinig inschrijvingen geannuleerd.",
  ], "210.000 euro (schooljaar 2025-2026)"),
  (["Onderwijs"], [
   "In de Rupelstreek begeleidt CONNECT sinds januari 2026 het GO! atheneum Rupeloever en het Technisch Instituut "
   "Scheldeland, na een reeks incidenten tussen leerlingengroepen. Op initiatief van beide scholen werd een "
   "schooloverstijgend kernteam opgericht met de directies, de CLB-medewerkers en de jeugddienst van Boom. Dat "
   "kernteam komt tweewekelijks samen; de lokale politie schuift aan wanneer dat nodig is.",
   "In Brussel werkte CONNECT samen met het Sint-Jozefscollege Kanaaloever en basisschool De Wilgenhoek aan een "
   "gezamenlijke aanpak voor de overgang van het lager naar het secundair onderwijs. Leerkrachten van beide scholen "
   "volgden op 4 en 11 maart 2026 een training verbindend communiceren, gegeven door Herstelhuis Zuidwest. Ook de "
   "ouderwerking van de basisschool, Ouderwerking Kuregem Samen, werd bij het traject betrokken.",
  ], ""),
 ]),

("V14", "5.9",
 "VDAB Jobhuis Oostrand De Werkbank vzw Opgroeien",
 [
  (["Werk"], [
   "VDAB zette de maatgerichte begeleiding van kwetsbare jongeren, onder wie jongeren met een verhoogd risico op "
   "radicalisering, verder. In Antwerpen en Brussel werkt VDAB hiervoor samen met twee partnerorganisaties: Jobhuis "
   "Oostrand in Deurne en het sociale-economiebedrijf De Werkbank vzw in Anderlecht. Samen begeleidden zij sinds "
   "december 2025 64 jongeren, van wie er 23 intussen aan het werk zijn en 11 een opleiding volgen. Voor "
   "werkplekleren wordt een beroep gedaan op het netwerk van het Ondernemersplatform Nieuwe Vlamingen (ONV) en op "
   "het interimkantoor Talentbrug bv.",
   "VDAB, Jobhuis Oostrand en De Werkbank vzw kwamen op 15 januari en 16 april 2026 samen om de doorverwijzing en de "
   "eerste resultaten te evalueren. Daarnaast is er een maandelijks casusoverleg tussen de trajectbegeleiders en de "
   "consulenten van Opgroeien.",
   "In maart 2026 kregen 120 bemiddelaars in de regio's Antwerpen, Gent en Brussel een opfrissingsopleiding over "
   "signalen van radicalisering, gegeven door de vzw Trajectwerk en Werkplaats Loopbaan Noord. Om de privacy van de werkzoekenden te beschermen, "
   "registreert VDAB niet welke klanten voor deze specifieke aanpak in aanmerking komen.",
  ], "1,2 miljoen euro ESF+-middelen (2024-2027), waarvan 310 000 euro voor de partnerwerking in 2026"),
 ]),

("V15", "6.1",
 "VVSG, OCAD, FOD Binnenlandse Zaken, CAW Oost-Vlaanderen, IPM, CRNO",
 [
  (["Binnenlands Bestuur"], [
   "Volgens de inventaris van de FOD Binnenlandse Zaken waren er op 31 maart 2026 in het Vlaamse Gewest 182 LIVC's "
   "actief, waarbij 276 gemeenten betrokken zijn; in het Brussels Hoofdstedelijk Gewest beschikken 19 gemeenten over "
   "een LIVC. Steeds meer kleinere gemeenten werken samen in een regionale LIVC (LIVC-R).",
   "Zo vergaderde de LIVC-R Meetjesland, waarin negen gemeenten samenwerken onder coördinatie van het "
   "Intergemeentelijk Preventienetwerk Meetjesland (IPM), maandelijks. Sinds februari 2026 neemt ook het Centrum "
   "voor Re-integratie en Nazorg Oost (CRNO) deel aan de casusbesprekingen. In Diest werd de LIVC uitgebreid met een "
   "casusoverleg dat om de zes weken plaatsvindt. In de Leiestreek werken Deinze en Zulte sinds januari samen via de "
   "Intergemeentelijke Preventiedienst Leie-Schipdonk.",
   "ABB en de VVSG organiseerden op 30 januari 2026 een opleidingsdag voor nieuwe LIVC-voorzitters en "
   "-coördinatoren, met 62 deelnemers. De handleiding LIVC werd aangevuld met een hoofdstuk over minderjarigen; de "
   "nieuwe versie verschijnt tegen eind juni 2026.",
  ], ""),
  (["Welzijn"], [
   "Het CRNO biedt sinds januari 2026 disengagementbegeleiding aan in de provincie Oost-Vlaanderen, als partner van "
   "het CAW Oost-Vlaanderen. In de eerste vijf maanden werden 14 aanmeldingen ontvangen, waarvan 9 tot een "
   "begeleidingstraject leidden.",
   "De stuurgroep van het CRNO-project, met het CAW, het Agentschap Justitie en Handhaving en de provincie "
   "Oost-Vlaanderen, kwam samen op 11 februari 2026. De tweede bijeenkomst, gepland op 20 mei, werd uitgesteld tot "
   "24 juni 2026.",
   "De consultteams van Opgroeien namen deel aan 23 LIVC-bijeenkomsten in 14 gemeenten. Voor trauma- en "
   "psychologische ondersteuning wordt samengewerkt met het Centrum Geestelijke Gezondheidszorg Kempenduin en "
   "Traumacentrum De Luwte. Minderjarigen worden "
   "doorverwezen naar Helix Jeugdhulp.",
  ], "Middelen 2026: 85 000 euro"),
  (["Jeugd"], [
   "De Ambrassade zette het denktraject 'Grenzen van vertrouwen' over deontologie in het jeugdwerk verder. Een "
   "tweede sessie, voor jeugdwerkers uit 12 organisaties, ging door op 10 maart 2026 in Leuven. Daarnaast werd samen "
   "met het Kennisnetwerk Jeugd en Extremisme (KJE) een handreiking geschreven over het omgaan met signalen van "
   "radicalisering bij jongeren in het jeugdwerk. Die handreiking wordt in september 2026 voorgesteld.",
   "De werkgroep die de handreiking begeleidt, met vijf jeugdwerkers, een jurist en een medewerker van het KJE, zat "
   "tussen januari en april 2026 drie keer samen. Zij kwam telkens bijeen in de lokalen van het KJE in Mechelen.",
  ], ""),
 ]),

("V16", "6.3",
 "DG EPI, Agentschap Justitie en Handhaving, CAW Brabantia, Traumacentrum De Luwte",
 [
  (["Welzijn"], [
   "Het bovenlokaal overleg met DG EPI vond plaats op 18 december 2025 en op 19 maart 2026. In dit overleg werd "
   "beslist het gezamenlijke draaiboek voor disengagementstrajecten in de gevangenis te actualiseren, onder meer om "
   "rekening te houden met de nieuwe regeling voor de uitstroom van gedetineerden die voor terrorisme veroordeeld "
   "zijn.",
   "Een ambtelijke redactiegroep met de afdeling Justitiehuizen, Opgroeien en de consultants van het departement "
   "Welzijn, Volksgezondheid en Gezin werkt het geactualiseerde draaiboek uit. De redactiegroep zat vier keer samen "
   "tussen januari en april 2026; een ontwerpversie wordt in september 2026 aan het bovenlokaal overleg voorgelegd.",
   "In de gevangenissen van Leuven-Centraal en Hasselt vindt elk kwartaal een multidisciplinair casusoverleg plaats "
   "tussen de psychosociale dienst, de justitieassistenten en de CAW-medewerkers. Het casusoverleg in Haren, dat in "
   "februari gepland was, kon door personeelstekort in de gevangenis niet doorgaan. Op 6 mei 2026 werd bovendien een "
   "expertenpanel trauma samengesteld, met medewerking van Traumacentrum De Luwte en CAW Brabantia; het panel komt "
   "voor het eerst samen op 8 september 2026.",
  ], ""),
 ]),

("V17", "7.1",
 "VVI, UGent, KU Leuven, Instituut voor Veerkracht en Burgerschap (IVEB), Hogeschool Zuiderkempen",
 [
  (["Binnenlands Bestuur"], [
   "Het Vlaams Vredesinstituut publiceerde in februari 2026 het rapport 'Polarisering gemeten', een eerste meting van "
   "polarisering in Vlaamse gemeenten op basis van 4.200 enquêtes. Het rapport werd op 24 maart 2026 voorgesteld op "
   "een rondetafel met onderzoekers, lokale besturen en beleidsmakers in het Vlaams Parlement.",
   "ABB sloot met het Instituut voor Veerkracht en Burgerschap (IVEB), een samenwerkingsverband van UGent en KU "
   "Leuven, een overeenkomst voor een tweejarig onderzoek naar de weerbaarheid van jongeren tegen extremistische "
   "online inhoud. Het IVEB werkt daarvoor samen met de onderzoeksgroep Media, Jeugd en Democratie (MeJeD) van UGent "
   "en met de bureaus Datalab Samenleving bv en Fijnmazig. Het opvolgingscomité van het onderzoek komt elke twee maanden bijeen; "
   "de eerste vergadering vond plaats op 3 februari 2026, de tweede op 7 april 2026.",
  ], "€ 180.000 (2026-2027)"),
  (["Welzijn"], [
   "De onderzoeksgroep Polis & Praktijk van de Hogeschool Zuiderkempen onderzoekt in opdracht van het departement WVG "
   "hoe disengagementstrajecten, tien jaar na de eerste aanpak, worden ervaren door begeleiders en begeleiden. De "
   "afdeling Justitiehuizen zetelt in de gebruikerscommissie van het onderzoek. Die commissie werd in januari 2026 "
   "samengesteld, maar kwam nog niet bijeen omdat de ethische goedkeuring van het onderzoek pas in mei 2026 rond "
   "was.",
   "Op 28 april 2026 vond in Turnhout het colloquium 'Tien jaar deradicalisering in Vlaanderen' plaats, georganiseerd "
   "door de Hogeschool Zuiderkempen en het Studiecentrum Samenleven en Recht (SSR) van de KU Leuven. Er waren 210 "
   "deelnemers uit het werkveld, de academische wereld en de administratie.",
  ], ""),
 ]),

("V18", "10.1",
 "Opgroeien, Agentschap Justitie en Handhaving, CAW's",
 [
  (["Welzijn"], [
   "Binnen Opgroeien zijn momenteel 26 referentieconsulenten actief, verspreid over de Sociale Diensten "
   "Jeugdrechtbank en de Ondersteuningscentra Jeugdzorg. Zij vormen samen een lerend netwerk dat elk kwartaal "
   "samenkomt. In deze periode gebeurde dat op 10 december 2025 en op 17 maart 2026; de volgende bijeenkomst wordt "
   "gehouden op 16 juni 2026.",
   "In elk justitiehuis is er een effectieve en een plaatsvervangende referentie-justitieassistent. Van 2 tot 4 "
   "februari 2026 volgden 18 nieuwe referentie-justitieassistenten een driedaagse basisopleiding. De "
   "referentiepersonen van de CAW's kwamen op 29 april 2026 samen in Brussel, voor het eerst samen met de "
   "referentieconsulenten van Opgroeien.",
   "Voor vragen van externe hulp- en dienstverleners blijven de consultteams in de regio's het aanspreekpunt.",
  ], ""),
 ]),

("V19", "11.1",
 "Atlas, Agentschap Integratie en Inburgering, Taalhuis Schelde-Rupel, VMVB",
 [
  (["Integratie"], [
   "De vijfde editie van het vormingstraject 'Wegwijs als bedienaar' ging van start op 14 januari 2026, met 18 "
   "deelnemers: 13 imams, 3 voorgangers van evangelische kerken en 2 orthodoxe priesters. De lessen Nederlands "
   "worden gegeven door het Taalhuis Schelde-Rupel in Boom, de lessen maatschappelijke oriëntatie door het Agentschap "
   "Integratie en Inburgering en Atlas. Het traject loopt tot en met 24 juni 2026.",
   "Het partneroverleg, waarin Atlas, het Agentschap, het Taalhuis en de Vereniging van Moskeebesturen Vlaams-Brabant "
   "(VMVB) zetelen, kwam drie keer samen: op 21 januari, 18 maart en 20 mei 2026. Op het overleg van maart stelde de "
   "VMVB een lijst voor met 12 moskeeën die in het schooljaar 2026-2027 als gastlocatie willen optreden. Een bezoek "
   "van de cursisten aan het Vlaams Parlement, gepland op 8 mei, werd verplaatst naar het najaar.",
  ], "EUR 74.600 (editie 2026)"),
 ]),

("V20", "12.1",
 "Kazerne Dossin, Vlaams Vredesinstituut, Burgerschapslab vzw, Stichting Geheugen en Toekomst",
 [
  (["Onderwijs"], [
   "Het departement Onderwijs en Vorming ondersteunt ook in het schooljaar 2025-2026 organisaties die leraren helpen "
   "bij burgerschaps- en herinneringseducatie. Kazerne Dossin ontwikkelde met die steun een nieuw lespakket over "
   "propaganda en groepsdruk voor de tweede graad. Burgerschapslab vzw bouwde het lerarennetwerk 'Democratie in de "
   "klas' verder uit; het netwerk telt 160 leraren in regionale groepen in Gent, Leuven, Hasselt, Kortrijk en "
   "Antwerpen, die elk zes keer per schooljaar samenkomen.",
   "De stuurgroep burgerschapseducatie van het departement, met de onderwijskoepels, het VVI en de "
   "lerarenopleidingen, vergaderde op 12 februari en 7 mei 2026. Zij bereidde de jaarlijkse studiedag burgerschap "
   "voor, die op 18 maart 2026 in Mechelen plaatsvond met 320 leraren en 25 workshops. Onder meer het Online Veilig "
   "Collectief (OVC), de vzw Anders Bekeken, Atelier Tegendraads en het Interlevensbeschouwelijk Forum Kortrijk "
   "(IFK) verzorgden er een workshop.",
  ], "Kazerne Dossin: 85.000 euro (schooljaar 2025-2026) Burgerschapslab vzw: 40.000 euro Stichting Geheugen en "
     "Toekomst: 0,5 VTE"),
  (["Onderwijs"], [
   "Stichting Geheugen en Toekomst stelde samen met Theatercollectief Spiegelbeeld de reizende tentoonstelling "
   "'Keuzes van toen, stemmen van nu' samen. De tentoonstelling deed tussen januari en mei 2026 acht secundaire "
   "scholen aan, waaronder het Technisch Instituut Scheldeland, en werd door ongeveer 2.600 leerlingen bezocht. Bij "
   "elke halte hoort een lesmoment van 50 minuten.",
   "De rondleidingen worden verzorgd door vrijwilligers van de stichting. In het schooljaar 2026-2027 reist de "
   "tentoonstelling verder naar scholen in Limburg. De stichting en het Centrum voor Dialoog en Levensbeschouwing "
   "Limburg (CDLL) zaten op 20 april 2026 samen om die reisroute vast te leggen.",
  ], ""),
 ]),

("V21", "13.1",
 "Opgroeien, Koning Boudewijnstichting, Opvoedingslijn, Moeders voor Morgen vzw en De Stille Tafel",
 [
  (["Welzijn"], [
   "Sinds 2024 worden twee lotgenotengroepen ondersteund: Moeders voor Morgen vzw, met groepen in Antwerpen en "
   "Mechelen, en De Stille Tafel in Vilvoorde, voor ouders, broers en zussen van jongeren die vertrokken zijn of "
   "veroordeeld werden. De groepen van Moeders voor Morgen komen maandelijks samen; De Stille Tafel kwam in deze "
   "periode zes keer samen, telkens op de eerste zaterdag van de maand.",
   "Het overleg tussen Opgroeien, de Opvoedingslijn, de Koning Boudewijnstichting en de twee lotgenotengroepen vond "
   "plaats op 9 februari 2026 in Brussel. Daar werd afgesproken de lotgenotenwerking vanaf 1 januari 2027 te "
   "verankeren in de Huizen van het Kind van de drie betrokken regio's.",
   "Op 13 mei 2026 organiseerde Moeders voor Morgen vzw in Mechelen een getuigenisavond voor hulpverleners en "
   "leerkrachten, met ongeveer 90 aanwezigen. De adviesraad van de vzw, met twee ervaringsdeskundigen en drie "
   "hulpverleners, vergaderde op 3 maart 2026 en bereidde die avond mee voor.",
  ], "€ 22.000 per lotgenotengroep (2026)"),
 ]),

("V22", "14.5",
 "Mediawijs, StampMedia, Medialab Verhalenwerf, Redactiecollectief Nieuwe Stemmen, VRT",
 [
  (["Media"], [
   "In opvolging van rePresent startte Mediawijs in januari 2026 het traject 'In beeld, in gesprek', samen met "
   "Medialab Verhalenwerf en het Redactiecollectief Nieuwe Stemmen. Tussen februari en april 2026 gingen 90 jongeren "
   "uit zeven scholen en vier jeugdwerkingen, waaronder de vzw Beeldbreuk en de jongerenredactie Straatkrant Noord, in gesprek met 14 journalisten van "
   "regionale omroepen en de VRT.",
   "Een klankbordgroep van mediamakers, samengesteld door Mediawijs, zat op 5 maart en 7 mei 2026 samen om de "
   "adviezen van de jongeren te bespreken. Deze groep zal in het najaar nog één keer bijeenkomen om de eindversie "
   "van de adviezen te valideren.",
   "Op 21 mei 2026 kregen 30 journalisten en eindredacteurs een eerste training 'Nieuws zonder hokjes', gegeven door "
   "Medialab Verhalenwerf en het Opleidingscentrum Mediaberoepen (OCM). ",
  ], "38.500 euro (Mediawijs) en 12.000 euro (partnerwerking Medialab Verhalenwerf)"),
 ]),
]


class _Checker(HTMLParser):
    VOID = {"br"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> (open: {self.stack})")
        else:
            self.stack.pop()


def html_ok(text):
    c = _Checker()
    c.feed(text)
    c.close()
    return not c.errors and not c.stack


def to_html(paragraphs):
    out = []
    for p in paragraphs:
        p = re.sub(r"\s+", " ", p).strip()
        out.append(p if p.startswith("<ul") else f"<p>{p}</p>")
    return "".join(out)


def main():
    dev = HERE / "dev.txt"
    if not dev.exists():
        sys.exit("dev.txt missing: run  python3 ../split_dev_actions.py > dev.txt  first")
    desc = load_descriptions(dev)
    rows, seen = [], set()
    for item, aid, parties, entries in ITEMS:
        assert item not in seen, item
        seen.add(item)
        assert aid in desc and desc[aid], f"{item}: no description for {aid}"
        assert 1 <= len(entries) <= 3, item
        ents = []
        for n, (comp, paras, budget) in enumerate(entries, 1):
            html = to_html(paras)
            assert html_ok(html), f"{item}/{n}: bad HTML"
            words = len(re.sub(r"<[^>]+>", " ", html).split())
            assert 80 <= words <= 350, f"{item}/{n}: {words} words"
            ents.append({"entry_no": n, "competences": comp, "description": html,
                         "budget_text": re.sub(r"\s+", " ", budget).strip()})
        rows.append({"item": item, "action_id": aid, "description": desc[aid],
                     "other_parties_text": re.sub(r"\s+", " ", parties).strip(), "entries": ents})
    assert [r["item"] for r in rows] == [f"V{i:02d}" for i in range(1, 23)]
    with open(HERE / "text.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_ent = sum(len(r["entries"]) for r in rows)
    print(f"wrote {len(rows)} items, {n_ent} entries to text.jsonl")


if __name__ == "__main__":
    main()
