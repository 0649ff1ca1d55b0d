#!/usr/bin/env python3
"""SYNTHETIC dev-2024-12 round (writer w16, blind).

Invented December 2024 round (report date 2024-12-01, reporting period June 2024 -
November 2024) of the progress report on the Flemish 'Actieplan ter preventie van
gewelddadige radicalisering en polarisering', written as tuning text for the extractors.

Builds text.jsonl from dev.txt (output of ../split_dev_actions.py: only the real general
descriptions of the dev actions are taken from it) and the invented texts below.
Every entry text, party list, budget, date, amount, count and meeting below is
invented (SYNTHETIC); real organisation names are used in invented contexts.

    python3 ../split_dev_actions.py > dev.txt && python3 make_items.py
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
# A paragraph starting with "<" is taken as is (lists); any other is wrapped in <p>...</p>.
ITEMS = [
("R01", "1.1",
 "VVSG, VGC, OCAD, FOD Justitie, FOD Binnenlandse Zaken, Agentschap Binnenlands Bestuur",
 [
  (["Binnenlands Bestuur"], [
   "Het Vlaams Platform Radicalisering vergaderde tijdens de rapporteringsperiode op 13 juni, 4 juli, 12 september, 10 oktober en 14 november 2024. De vergadering van juli werd ingekort tot een afstemmingsmoment over de overdracht van de lopende dossiers naar de kabinetten van de nieuwe Vlaamse Regering. Sinds oktober 2024 neemt een medewerker van het kabinet van de minister bevoegd voor Binnenlands Bestuur als waarnemer deel aan het Platform.",
   "Op vraag van de leden werd binnen het Platform een kernteam opgericht dat de agenda's voorbereidt en de opvolging van de acties uit het actieplan bewaakt. Het kernteam bestaat uit het centraal aanspreekpunt van ABB en de aanspreekpunten van OV en WVG. Het kernteam kwam sinds september 2024 tweewekelijks samen, telkens online. De werking van het kernteam wordt in het voorjaar van 2025 geëvalueerd.",
   "Een interkabinettenwerkgroep, waarin de kabinetten van de minister-president en van de ministers bevoegd voor Binnenlands Bestuur, Onderwijs, Welzijn en Jeugd vertegenwoordigd zijn, bereidt de actualisering van het actieplan onder de nieuwe legislatuur voor. De interkabinettenwerkgroep vergaderde op 21 oktober en 18 november 2024. Het centraal aanspreekpunt zorgt voor het secretariaat.",
   "Het platform over radicalisering en terrorisme, dat overleg mogelijk maakt tussen de betrokken kabinetten van de federale overheid en de deelstaten, werd in de rapporteringsperiode niet samengeroepen omwille van de regeringsvorming op federaal niveau. De laatste bijeenkomst van dit platform dateert van 22 februari 2024.",
   "Daarnaast zaten het centraal aanspreekpunt en de VVSG op 25 september 2024 samen met de Vlaamse Gemeenschapscommissie (VGC) over de afstemming van het vormingsaanbod voor Brusselse professionals.",
  ], "Reguliere werkingsmiddelen"),
  (["Onderwijs", "Welzijn", "Jeugd", "Werk"], [
   "Binnen de beleidsdomeinen werd het netwerk van aanspreekpunten verder verankerd. Het interne netwerk van aanspreekpunten binnen het beleidsdomein Welzijn, Volksgezondheid en Gezin komt maandelijks samen en bereidt telkens de inbreng voor het Platform voor. Binnen het beleidsdomein Onderwijs kwamen de aanspreekpunten van het departement, AHOVOKS en de onderwijsinspectie drie keer samen, op 20 juni, 26 september en 21 november 2024.",
   "Binnen het Platform werd in september een tijdelijke werkgroep 'Jongeren en online extremisme' opgericht, met de aanspreekpunten van OV, CJSM en WSE en een vertegenwoordiger van het OCAD. Deze werkgroep kwam op 30 september en 4 november 2024 bijeen en legt tegen eind maart 2025 een overzicht voor van het bestaande aanbod rond digitale weerbaarheid.",
   "Op 17 oktober 2024 organiseerde het Platform een inspiratiedag voor nieuwe medewerkers van de verschillende beleidsdomeinen, met getuigenissen van lokale radicaliseringsambtenaren en een toelichting door het OCAD. Er namen 46 personen deel.",
  ], ""),
 ]),

("R02", "1.3",
 "Instituut voor Maatschappelijke Weerbaarheid (IMW), Universiteit Gent, VVSG, OCAD",
 [
  (["Binnenlands Bestuur"], [
   "De tweede evaluatie van het actieplan werd na een openbare aanbesteding toevertrouwd aan het Instituut voor Maatschappelijke Weerbaarheid (IMW), in samenwerking met de vakgroep Criminologie van de Universiteit Gent. De opdracht loopt van 1 juli 2024 tot eind juni 2025.",
   "Ter begeleiding van de evaluatie werd een begeleidingscomité samengesteld met vertegenwoordigers van alle betrokken beleidsdomeinen, de VVSG en het OCAD. Het begeleidingscomité kwam een eerste keer samen op 9 juli 2024 om de onderzoeksvragen en de methodologie te valideren. Een tweede vergadering vond plaats op 5 november 2024; daar stelde het IMW de resultaten van de documentanalyse voor. Het comité zal in maart 2025 een derde keer samenkomen om de voorlopige bevindingen te bespreken.",
   "In overleg met het begeleidingscomité werd de timing van het veldwerk aangepast, zodat de lokale besturen pas na de installatie van de nieuwe bestuursploegen worden bevraagd. Het onderzoeksteam nam in oktober 2024 al 31 interviews af met sleutelfiguren binnen de Vlaamse en federale administraties; de interviews in Brussel volgen in december 2024.",
   "Daarnaast richtte het IMW een klankbordgroep op met twaalf praktijkwerkers uit lokale besturen, jeugdwerk en hulpverlening. De samenstelling van de klankbordgroep werd half oktober afgerond; een datum voor een eerste bijeenkomst werd nog niet vastgelegd.",
  ], "149.800 euro (excl. btw)"),
 ]),

("R03", "2.1",
 "OCAD, FOD Justitie, FOD Binnenlandse Zaken, College van procureurs-generaal, VVSG, safe.brussels",
 [
  (["Binnenlands Bestuur"], [
   "Het centraal aanspreekpunt nam deel aan de maandelijkse vergaderingen van de Nationale Task Force (NTF). Omwille van het zomerreces werd de vergadering van augustus niet gehouden.",
   "Binnen de Strategie T.E.R. werd de werkgroep 'Preventie' in september 2024 heropgestart onder voorzitterschap van het OCAD. De werkgroep was sinds december 2022 niet meer samengekomen. Deze werkgroep kwam samen op 19 september en 28 november 2024; de Vlaamse overheid werd telkens vertegenwoordigd door het centraal aanspreekpunt en het aanspreekpunt van het departement Onderwijs en Vorming. Op de tweede vergadering stond de actualisering van de lijst van lokale contactpunten op de agenda.",
   "De werkgroep 'Strategische communicatie' werd in de rapporteringsperiode niet samengeroepen. Het OCAD plant tegen het voorjaar van 2025 een herziening van het mandaat van deze werkgroep.",
   "Op federaal niveau werd in oktober een taskforce 'Online haatboodschappen' opgericht onder leiding van de FOD Binnenlandse Zaken. Vlaanderen nam deel aan de eerste vergadering van deze taskforce op 29 oktober 2024, waar een inventaris van de meldpunten voor online haatspraak werd besproken.",
   "In het kader van het Globaal Veiligheids- en Preventieplan van het Brussels Hoofdstedelijk Gewest was er op 8 oktober 2024 een overleg tussen safe.brussels, de VGC en het centraal aanspreekpunt over de opvolging van de gewestelijke preventieprojecten.",
  ], ""),
  (["Welzijn"], [
   "De afdeling Justitiehuizen van het Agentschap Justitie en Handhaving nam deel aan de interfederale werkgroep infolux, die tijdens de rapporteringsperiode vier keer vergaderde. De afspraken over de doorstroming van informatie naar de justitiehuizen werden in een geactualiseerde werkinstructie opgenomen.",
   "Daarnaast kwam de permanente werkgroep van het College van procureurs-generaal en de justitiehuizen samen op 27 juni en 14 november 2024 in Brussel. Op de vergadering van november werd de opvolging van veroordeelden na strafeinde besproken.",
  ], ""),
 ]),

("R04", "2.3",
 "politiezone Brussel-Noord, politiezone Brussel-West, politiezone Zuid, politiezone Brussel Hoofdstad Elsene, politiezone Montgomery, politiezone Marlow, GO!, Katholiek Onderwijs Vlaanderen, OVSG, Onderwijscentrum Brussel",
 [
  (["Onderwijs"], [
   "Het netoverschrijdend overleg tussen het departement Onderwijs en Vorming, de onderwijskoepels, het GO! en de zes Brusselse politiezones werd in de rapporteringsperiode verdergezet. Het overleg vond plaats op 11 juni 2024 in het Onderwijscentrum Brussel en op 15 oktober 2024 in de lokalen van de politiezone Brussel-West.",
   "Op het overleg van oktober werd afgesproken om per politiezone een vast aanspreekpunt schoolveiligheid aan te duiden. Om dit voor te bereiden werd een schrijfgroep samengesteld met twee vertegenwoordigers van de politiezones en twee directeurs uit het secundair onderwijs. Deze schrijfgroep kwam tweemaal samen in november 2024.",
   "Op lokaal niveau kwamen de directeurs van de Brusselse secundaire scholen van het GO! op 3 oktober 2024 samen met de wijkcommissarissen van de politiezone Brussel-Noord om de werkafspraken rond schoolverzuim en signalen van radicalisering door te nemen.",
   "De voorziene infosessie over de werkafspraken voor nieuwe schooldirecteurs, gepland op 26 november 2024, werd uitgesteld naar februari 2025. Het volgende netoverschrijdend overleg zal plaatsvinden in maart 2025.",
  ], ""),
 ]),

("R05", "3.1",
 "Europese Commissie, EU Knowledge Hub on Prevention of Radicalisation, OCAD, NCTV, Stiftelsen Trygga Kvarter (Malmö), Verein Brückenschlag Köln e.V.",
 [
  (["Binnenlands Bestuur"], [
   "Het Network of Prevent Policy Makers (NPPM) van de Europese Commissie vergaderde op 20 juni 2024 in Brussel en op 7 november 2024 in Boedapest. Binnen de NTF werd afgesproken dat het centraal aanspreekpunt de Belgische vertegenwoordiging in november samen met het OCAD zou opnemen. Op de agenda stonden de nieuwe EU-prioriteiten inzake preventie en de rol van lokale besturen.",
   "Daarnaast nam het centraal aanspreekpunt deel aan de projectgroep 'Lokale coördinatie' van de EU Knowledge Hub on Prevention of Radicalisation. Deze projectgroep kwam drie keer samen, waarvan één keer fysiek in Wenen op 1 oktober 2024. Aansluitend werd in Wenen op 2 en 3 oktober een conferentie georganiseerd voor lokale preventiecoördinatoren uit veertien lidstaten.",
   "Het centraal aanspreekpunt nam op 10 oktober 2024 ook deel aan de vergadering van het Benelux-overleg preventie radicalisering in Den Haag, samen met de NCTV en vertegenwoordigers van het Luxemburgse ministerie van Binnenlandse Zaken.",
   "Met de Zweedse organisatie Stiftelsen Trygga Kvarter (STK) uit Malmö vond op 16 september 2024 een online uitwisseling plaats over de aanpak van polarisering in wijken. STK zal in het voorjaar van 2025 een studiebezoek brengen aan Vlaanderen.",
  ], ""),
  (["Onderwijs"], [
   "Het aanspreekpunt radicalisering van het departement Onderwijs en Vorming nam op 23 september 2024 deel aan de vergadering van de werkgroep 'Education' van de Knowledge Hub in Lissabon. Aan bod kwamen de omgang met online polarisering in de klas en de ondersteuning van schoolteams na incidenten.",
   "De inzichten uit deze vergadering werden gedeeld op het netoverschrijdend overleg met de referentiepersonen radicalisering van de onderwijsverstrekkers op 8 oktober 2024.",
  ], ""),
  (["Welzijn"], [
   "De afdeling Justitiehuizen ontving op 12 november 2024 een delegatie van Verein Brückenschlag Köln e.V., een Duitse organisatie die exitbegeleiding aanbiedt aan personen die zich willen losmaken van extremistische milieus. Tijdens het werkbezoek werd de Vlaamse aanpak van de disengagementstrajecten toegelicht.",
   "Brückenschlag en de afdeling Justitiehuizen zitten in januari 2025 opnieuw samen om een gezamenlijke Erasmus+-aanvraag rond de opleiding van justitieassistenten voor te bereiden.",
  ], ""),
 ]),

("R06", "3.3",
 "Europese Commissie, Departement Onderwijs en Vorming",
 [
  (["Onderwijs"], [
   "Na het aflopen van het ET2020-kader gebeurt de opvolging van de Paris Declaration binnen de werkgroep 'Equality and Values in Education and Training' van de Europese Onderwijsruimte. Vlaanderen wordt in deze werkgroep vertegenwoordigd door het aanspreekpunt radicalisering van het departement Onderwijs en Vorming.",
   "De werkgroep vergaderde plenair op 27 juni 2024 (online) en op 17 en 18 oktober 2024 in Brussel. Een voor september geplande online vergadering van de subgroep 'Burgerschap in het beroepsonderwijs' ging niet door. Van 4 tot 6 november 2024 vond bovendien een Peer Learning Activity plaats in Tallinn rond burgerschapseducatie in het beroepsonderwijs, waaraan het aanspreekpunt deelnam.",
   "Ter voorbereiding van de plenaire vergadering van oktober werd overlegd met de pedagogische begeleidingsdiensten van de onderwijsverstrekkers over de Vlaamse inbreng rond de nieuwe minimumdoelen burgerschap.",
   "De Vlaamse bijdrage aan het eindrapport van de werkgroep wordt tegen eind februari 2025 opgeleverd. De werkgroep rondt haar huidige mandaat in de loop van 2025 af.",
  ], ""),
 ]),

("R07", "4.1",
 "Willebroek, Ieper, Beringen, Ham, Herentals, Zottegem, Houthalen-Helchteren, Sint-Truiden, VVSG",
 [
  (["Binnenlands Bestuur"], [
   "In het kader van de projectoproep 2024 ter ondersteuning van lokale besturen bij de preventie van gewelddadige radicalisering en polarisering werden op 12 juli 2024 zeven subsidies toegekend, namelijk:",
   "<ul><li>gemeente Willebroek (72.500 euro);</li><li>stad Ieper (48.000 euro);</li><li>stad Beringen i.s.m. gemeente Ham (81.250 euro);</li><li>stad Herentals (55.000 euro);</li><li>stad Zottegem (39.900 euro);</li><li>gemeente Houthalen-Helchteren (64.000 euro);</li><li>stad Sint-Truiden (60.350 euro).</li></ul>",
   "De projecten gingen van start op 1 september 2024 en lopen tot 31 augustus 2026. Op 26 september 2024 vond in Mechelen een startbijeenkomst plaats met de projectverantwoordelijken van de zeven lokale besturen, ABB en de VVSG. Daar werden de rapporteringsverplichtingen toegelicht en werd afgesproken om een lerend netwerk op te zetten.",
   "Het lerend netwerk van de gesubsidieerde besturen komt tweemaandelijks samen, bij toerbeurt in een van de deelnemende gemeenten. De eerste bijeenkomst vond plaats op 21 november 2024 in het cultuurcentrum van Herentals.",
  ], "421.000 euro (werkingsjaren 2024-2026)"),
  (["Binnenlands Bestuur"], [
   "Voor de projecten uit de oproep 2021, die liepen tot 30 juni 2024, werden de eindrapporten ontvangen en beoordeeld. Het eindoverleg met deze besturen, oorspronkelijk gepland op 18 juni 2024, werd geannuleerd; de terugkoppeling gebeurde schriftelijk.",
   "Stad Beringen en gemeente Ham zetten voor hun gezamenlijk project een intergemeentelijke stuurgroep op, waarin de beide burgemeesters, de lokale politie, de beide OCMW's en de jeugddiensten zetelen. De stuurgroep vergaderde op 8 oktober en 19 november 2024.",
   "Ter voorbereiding van een nieuwe projectoproep in 2025 werd bij het Agentschap Binnenlands Bestuur een klankbordgroep samengesteld met zes lokale besturen die eerder projectmiddelen ontvingen. Die groep kwam op 14 november 2024 samen in Brussel en formuleerde voorstellen om de administratieve last van de rapportering te verminderen.",
  ], ""),
 ]),

("R08", "4.3",
 "VVSG, OCAD, Agentschap Integratie en Inburgering, Steunpunt Lokale Verbinding (SLV), Belgisch Forum voor Preventie en Veiligheid",
 [
  (["Binnenlands Bestuur"], [
   "Het VVSG-project ter ondersteuning van de lokale preventie van radicalisering werd begin 2024 verlengd tot eind 2026. Voor een overzicht van de initiatieven tot mei 2024, zie de rapportage van juni 2024. Sinds juni 2024 werden de volgende initiatieven uitgewerkt.",
   "De <b>helpdeskfunctie</b> werd verdergezet. Tussen 1 juni en 15 november 2024 kwamen 74 vragen binnen, waarvan 58 van 31 verschillende lokale besturen. De meeste vragen hadden betrekking op de werking van de LIVC, het gedeeld beroepsgeheim en de begeleiding van nieuwe mandatarissen.",
   "De <b>werkgroep radicalisering en polarisering</b> kwam samen op 20 juni en 19 september 2024; een volgende bijeenkomst staat gepland op 12 december 2024. Het aanspreekpunt van ABB neemt deel aan deze vergaderingen. Op de vergadering van september werd het OCAD uitgenodigd voor een toelichting bij de actualisering van de dreigingsanalyse.",
   "De <b>intervisiegroep voor casemanagers</b> komt driemaandelijks samen; in de rapporteringsperiode gebeurde dat op 4 juli en 10 oktober 2024. Deze intervisie wordt sinds het werkingsjaar 2024 begeleid door het Steunpunt Lokale Verbinding (SLV), een vzw die supervisie aanbiedt aan lokale professionals. Het SLV bezorgt na elke sessie een geanonimiseerd verslag aan de VVSG.",
   "De <b>provinciale overlegplatformen</b> werden verdergezet:",
   "<ul><li>In West-Vlaanderen vond het provinciaal overleg plaats op 24 september 2024 in Brugge.</li><li>In Limburg kwamen de lokale radicaliseringsambtenaren samen op 3 oktober 2024 in Genk, op uitnodiging van het Agentschap Integratie en Inburgering.</li><li>Het overlegplatform Vlaams-Brabant kwam voor het eerst bijeen op 22 oktober 2024 in Leuven.</li><li>In de provincie Antwerpen werd het overleg van 14 november 2024 verplaatst naar januari 2025, wegens de voorbereiding van de installatie van de nieuwe bestuursploegen.</li></ul>",
   "De VVSG en het Agentschap Integratie en Inburgering zaten op 5 september 2024 samen om hun aanbod voor lokale besturen na de gemeenteraadsverkiezingen af te stemmen.",
   "De VVSG organiseerde verder de volgende <b>vormingen en studiedagen</b>:",
   "<ul><li>studiedag 'Polarisering in de gemeenteraad' (Gent, 10 september 2024);</li><li>webinar over het gedeeld beroepsgeheim in de LIVC (2 oktober 2024);</li><li>infosessie voor nieuwe burgemeesters en schepenen over de lokale aanpak van radicalisering (Antwerpen, 28 november 2024).</li></ul>",
   "Als <b>belangenbehartiger</b> nam de VVSG deel aan het Vlaams Platform Radicalisering en aan de werkgroep preventie van het Belgisch Forum voor Preventie en Veiligheid. Deze werkgroep vergaderde op 17 oktober 2024.",
  ], "360.000 euro (1 januari 2024 – 31 december 2026)"),
 ]),

("R09", "4.5",
 "VVSG, Kenniscentrum Vlaamse Steden, vzw Tussenruimte",
 [
  (["Stedenbeleid"], [
   "De digitale databank met praktijkvoorbeelden rond sociale samenhang en verbinding in de wijk bevat eind november 2024 112 projectfiches. In de rapporteringsperiode werden 17 nieuwe fiches toegevoegd, onder meer over buurtbemiddeling en ontmoetingsplekken in nieuwe woonwijken.",
   "De redactieraad van de databank, waarin ABB, de VVSG, het Kenniscentrum Vlaamse Steden en vzw Tussenruimte zetelen, vergaderde op 2 juli en 8 oktober 2024. Op die vergaderingen werden de ingediende fiches gescreend en werd beslist om vanaf 2025 ook buitenlandse praktijken op te nemen.",
   "Op 5 november 2024 werd in Brussel een inspiratiedag 'Verbinding in de wijk' georganiseerd voor lokale ambtenaren, waarop een selectie van praktijken uit de databank werd voorgesteld. Er waren 130 deelnemers uit 58 gemeenten.",
   "De redactieraad zal begin maart 2025 opnieuw samenkomen om de resultaten van een gebruikersbevraging te bespreken.",
  ], ""),
  (["Stedenbeleid"], [
   "vzw Tussenruimte begeleidt sinds januari 2024 in opdracht van ABB drie wijktrajecten, in wijken in Ronse, Sint-Niklaas en Lommel. In elke wijk wordt een wijkplatform opgezet met bewoners, het buurtwerk en lokale verenigingen.",
   "Het wijkplatform in Ronse komt sinds juni maandelijks samen in het lokaal dienstencentrum. In Sint-Niklaas vonden tot nu toe twee bijeenkomsten plaats, telkens met een dertigtal bewoners. In Lommel werd het wijkplatform nog niet samengesteld; de eerste contacten met de bewoners verlopen via het buurtwerk.",
  ], "87.500 euro (opdracht vzw Tussenruimte, 2024-2025)"),
 ]),

("R10", "4.7",
 "VVSG, Netwerk Islamexperten, Opvoedingslijn, De Ambrassade, Formaat, Uit De Marge, JES, GO!, Katholiek Onderwijs Vlaanderen, OVSG, POV, Antennepunt Polarisering (stad Leuven)",
 [
  (["Binnenlands Bestuur", "Onderwijs", "Welzijn"], [
   "Het afstemmingsoverleg tussen de verschillende hulplijnen (Netwerk Islamexperten, Opvoedingslijn, aanspreekpunt onderwijs, het centraal aanspreekpunt en de VVSG) vond plaats op 13 juni en 28 november 2024. Op het overleg van november werd de gezamenlijke doorverwijsfiche geactualiseerd.",
   "Daarnaast was er op 9 oktober 2024 overleg met het Antennepunt Polarisering (APP), dat sinds april 2024 door de stad Leuven wordt uitgebaat, over de opname van het APP in de doorverwijsfiche.",
   "Op vraag van de lokale radicaliseringsambtenaren werd op 22 oktober 2024 een overleg tussen de VVSG, de Opvoedingslijn en acht lokale besturen georganiseerd over de terugkoppeling aan de doorverwijzer na een aanmelding.",
  ], ""),
  (["Onderwijs"], [
   "Er is maandelijks overleg tussen het aanspreekpunt radicalisering en de referentiepersonen radicalisering van de onderwijskoepels, het GO! en de CLB-netten.",
   "Er werden vormings- en afstemmingsmomenten georganiseerd voor ambtenaren en medewerkers die rechtstreeks contact hebben met scholen:",
   "<ul><li>Op 24 september 2024 kregen de LOP-deskundigen een vorming over signalen van polarisering in de klas.</li><li>Op de algemene vergadering van de onderwijsinspectie van 19 november 2024 lichtte het aanspreekpunt radicalisering de stand van zaken van het actieplan toe.</li><li>Een vormingsmoment CoPPRa light voor de referentiepersonen radicalisering is gepland op 12 december 2024.</li></ul>",
   "Met de lokale besturen werd afgestemd op het overleg radicalisering basisonderwijs van de stad Mechelen (1 oktober 2024) en in de denktank onderwijs en polarisering van de stad Genk, die sinds het schooljaar 2024-2025 zesmaal per schooljaar samenkomt.",
  ], ""),
  (["Jeugd"], [
   "Het sectoroverleg jeugdwerk en radicalisering, gecoördineerd door het departement Cultuur, Jeugd en Media, kwam op 4 juli en 14 november 2024 samen met De Ambrassade, Formaat, Uit De Marge en JES. Hier worden goede praktijken uitgewisseld en signalen uit het werkveld gebundeld.",
   "De Ambrassade en Uit De Marge zaten daarnaast op 17 september 2024 samen met Formaat om een gezamenlijk vormingsaanbod rond polarisering in jeugdhuizen uit te werken. Dit vormingsaanbod start in het voorjaar van 2025.",
  ], ""),
 ]),

("R11", "5.1",
 "Opgroeien, Expoo, VCOK, VVSG, Gezinsbond, Huis van het Kind De Vlonder (Willebroek)",
 [
  (["Welzijn"], [
   "Eind oktober 2024 zijn er 149 Huizen van het Kind erkend, met een werkingsgebied over alle Vlaamse gemeenten en het Brussels Hoofdstedelijk Gewest. Het ondersteuningstraject wordt gecoördineerd door Opgroeien, met inhoudelijke ondersteuning van Expoo en VCOK.",
   "In de rapporteringsperiode werd gewerkt aan een handreiking 'Ouders met zorgen over radicalisering van hun kind'. De stuurgroep van dit traject, met vertegenwoordigers van Opgroeien, Expoo, de Gezinsbond, de VVSG en twee lokale coördinatoren van Huizen van het Kind, kwam drie keer samen: op 25 juni, 10 september en 22 oktober 2024. Op haar laatste vergadering besliste de stuurgroep om de handreiking eerst te testen in vijf Huizen van het Kind.",
   "Het Huis van het Kind De Vlonder in Willebroek neemt deel aan de testfase. De coördinatoren van de vijf testhuizen kwamen op 19 november 2024 een eerste keer samen in De Vlonder om de testfase voor te bereiden.",
   "Op 3 oktober 2024 organiseerde Expoo een lerend-netwerkdag voor coördinatoren van Huizen van het Kind rond diversiteit en polarisatie, met 64 deelnemers. Op 13 november 2024 stelde Opgroeien de handreiking in ontwerp voor op een Europese conferentie over ouderschapsondersteuning in Rotterdam.",
   "De stuurgroep zal op 14 januari 2025 de resultaten van de testfase bespreken.",
  ], "Binnen de reguliere middelen van Opgroeien"),
 ]),

("R12", "5.3",
 "Platform van Vlaamse Imams en Moslimdeskundigen, EMB, Agentschap Justitie en Handhaving, Stichting Islamitische Zielzorg Vlaanderen (SIZV)",
 [
  (["Welzijn"], [
   "Het project 'Theologische aanpak islamitische radicalisering' wordt sinds 1 januari 2024 uitgevoerd door de Stichting Islamitische Zielzorg Vlaanderen (SIZV), in samenwerking met het Platform van Vlaamse Imams en Moslimdeskundigen. De justitiehuizen kunnen een beroep doen op een pool van negen gescreende islamdeskundigen.",
   "Tussen juni en november 2024 werden 23 nieuwe aanvragen ingediend, waarvan 19 vanuit de justitiehuizen en 4 vanuit de gemeenschapsinstellingen.",
   "Het begeleidingscomité van het project vergaderde op 27 juni en 24 oktober 2024, in aanwezigheid van de afdeling Justitiehuizen, het EMB en de SIZV. De islamdeskundigen van de pool komen daarnaast zesweekelijks samen in een intervisiegroep onder begeleiding van een externe supervisor.",
   "Het Platform van Vlaamse Imams en Moslimdeskundigen vergaderde op 12 september 2024 over de uitbreiding van de pool met twee vrouwelijke deskundigen. De selectie wordt in januari 2025 afgerond.",
   "Een gezamenlijke vorming voor justitieassistenten en islamdeskundigen, gepland in oktober 2024, kon niet doorgaan wegens te weinig inschrijvingen en wordt hernomen in maart 2025.",
  ], "95.000 euro (werkingsjaar 2024)"),
 ]),

("R13", "5.5",
 "Arktos, GO!, Katholiek Onderwijs Vlaanderen, OVSG, POV",
 [
  (["Onderwijs"], [
   "Arktos ontvangt voor het schooljaar 2024-2025 (1 september 2024 tot 31 augustus 2025) opnieuw middelen voor het project CONNECT. In het schooljaar 2023-2024 werden 41 scholen en 2 scholengemeenschappen ondersteund, vanuit de vier onderwijsverstrekkers. Sinds september 2024 stapten al 22 scholen in. Volgens het jaarverslag 2023 van Arktos ging het bij ruim de helft van de aanvragen om conflicten tussen groepen leerlingen die online werden aangewakkerd.",
   "De stuurgroep van het project CONNECT, met het departement Onderwijs en Vorming, de onderwijsverstrekkers en Arktos, vergaderde op 18 juni 2024 om het schooljaar 2023-2024 te evalueren, en op 5 november 2024 om de eerste signalen van het nieuwe schooljaar te bespreken.",
   "Binnen Arktos komt het kernteam CONNECT wekelijks samen voor de verdeling van nieuwe aanvragen. Daarnaast werd op 24 september 2024 een regionaal afstemmingsmoment georganiseerd met de CLB's uit West-Vlaanderen, in de lokalen van het Vrij CLB in Kortrijk.",
  ], "<p>210.000 euro (schooljaar 2024-2025)</p>"),
 ]),

("R14", "5.9",
 "VDAB, Werkbrug vzw, Agentschap Justitie en Handhaving",
 [
  (["Werk"], [
   "VDAB zet de maatgerichte begeleiding van kwetsbare en geradicaliseerde jongeren verder. Sinds juni 2024 werkt VDAB in de regio's Antwerpen en Mechelen samen met Werkbrug vzw, een trajectpartner die jongeren met een justitieel verleden naar werk begeleidt.",
   "Op 3 juli 2024 vond een werkvergadering plaats tussen VDAB, Werkbrug vzw en de justitiehuizen van Antwerpen en Mechelen over de toeleiding van cliënten. Er werd afgesproken om maandelijks een casusoverleg te houden; dit casusoverleg ging van start in september 2024. De jobcoaches van Werkbrug en de VDAB-bemiddelaars uit de regio Mechelen troffen elkaar daarnaast op 22 oktober 2024 om de eerste ervaringen uit te wisselen.",
   "VDAB organiseerde op 15 oktober 2024 een vorming 'Alert voor radicalisering' voor 38 bemiddelaars uit de regio Limburg.",
  ], ""),
  (["Werk"], [
   "Omwille van de privacy registreert VDAB geen klanten die mogelijk geradicaliseerd zijn. Cijfermateriaal over het aantal begeleide personen is daarom niet beschikbaar. In overleg met de functionaris voor gegevensbescherming wordt onderzocht of een anonieme registratie van de trajecten met Werkbrug vzw mogelijk is.",
  ], ""),
 ]),

("R15", "6.1",
 "VVSG, OCAD, FOD Binnenlandse Zaken, Trajectbureau Wending, Kortrijk, Menen, Wevelgem, stad Genk, stad Aalst",
 [
  (["Binnenlands Bestuur"], [
   "Op 1 oktober 2024 waren er volgens de inventaris van de FOD Binnenlandse Zaken in het Vlaams Gewest 156 LIVC's actief, waarbij 271 gemeenten betrokken zijn. In het Brussels Hoofdstedelijk Gewest beschikken alle 19 gemeenten over een LIVC.",
   "Het overleg van de LIVC-coördinatoren van de provincie Limburg kwam in de rapporteringsperiode drie keer samen, op 20 juni, 19 september en 21 november 2024. Deze coördinatoren komen sinds 2023 samen op initiatief van de provinciegouverneur.",
   "In de regio Zuid-West-Vlaanderen zetten de steden Kortrijk, Menen en Wevelgem een gezamenlijke LIVC-R (lokale integrale veiligheidscel radicalisme, extremisme en terrorisme) op. De LIVC-R vergaderde voor het eerst op 15 oktober 2024 in het stadhuis van Menen en zal voortaan om de zes weken samenkomen.",
   "De LIVC van de stad Aalst kwam maandelijks samen en besprak in de rapporteringsperiode 14 casussen. De stad Genk richtte in september 2024 een interne cel Samenleven op, die de signalen van de stadsdiensten bundelt voor de LIVC. De cel Samenleven vergadert om de twee weken.",
   "De RADIX-tool werd verder verspreid. Op 8 oktober en 12 november 2024 kregen nieuwe LIVC-coördinatoren een opleiding over het gebruik van de tool. De jaarlijkse LIVC-dag van de FOD Binnenlandse Zaken bracht op 19 november 2024 in Brussel ongeveer 300 deelnemers samen.",
  ], ""),
  (["Welzijn"], [
   "Trajectbureau Wending, dat sinds 2023 met middelen van het departement Zorg disengagementstrajecten begeleidt in de provincies Antwerpen en Vlaams-Brabant, volgde op 1 november 2024 17 personen op. In 9 van deze trajecten is de LIVC van de woonplaats betrokken.",
   "Het casusoverleg tussen Trajectbureau Wending, de CAW's en de justitiehuizen gaat maandelijks door in Mechelen. Op 26 september 2024 was er bovendien een consultatieronde met de netwerken geestelijke gezondheid voor volwassenen in de provincie Antwerpen over de doorverwijzing naar gespecialiseerde zorg.",
  ], "240.000 euro (2023-2025)"),
  (["Jeugd"], [
   "Binnen het sectoroverleg jeugdwerk (zie actie 4.7) werd de deontologie van jeugdwerkers die aan een LIVC deelnemen verder besproken. De Ambrassade werkte hiervoor een ontwerptekst uit, die werd voorgelegd aan de werkgroep deontologie.",
   "Deze werkgroep kwam samen op 26 september en 31 oktober 2024. De definitieve tekst wordt in het eerste semester van 2025 verspreid naar de jeugdwerksector.",
  ], ""),
 ]),

("R16", "6.3",
 "DG EPI, Agentschap Justitie en Handhaving, Opgroeien, departement Zorg, VDAB",
 [
  (["Welzijn"], [
   "Het structureel bovenlokaal overleg met DG EPI werd verdergezet. In dit overleg worden de strategische en beleidsmatige keuzes rond de disengagementstrajecten in de gevangenissen gemaakt. Het bovenlokaal overleg vond plaats op 2 juli en 5 november 2024; in de vorige rapporteringsperiode waren er vier overlegmomenten. Tijdens het overleg van november werd de herziene versie van het gezamenlijk draaiboek goedgekeurd.",
   "Daarnaast komen de consultants en de gevangenisdirecties per gevangenis samen in een lokaal afstemmingsoverleg. In de gevangenis van Haren vonden drie overlegmomenten plaats, in de gevangenissen van Antwerpen, Brugge en Hasselt telkens twee.",
   "De ambtelijke werkgroep rond disengagementstrajecten binnen het beleidsdomein WVG, met de afdeling Justitiehuizen, Opgroeien, het departement Zorg en de consultants, vergaderde op 16 september 2024. Die werkgroep bereidt tegen eind 2025 een voorstel van gemeenschappelijk registratiekader voor.",
   "De studiedag 'Na detentie' van DG EPI en het Agentschap Justitie en Handhaving, gepland op 21 november 2024, werd uitgesteld naar het voorjaar van 2025.",
  ], ""),
  (["Werk"], [
   "De VDAB-trajectbegeleiders in de gevangenissen stemmen de toeleiding naar opleiding en werk na detentie af met de consultants. VDAB nam in de rapporteringsperiode deel aan twee vergaderingen van het bovenlokaal overleg, telkens voor het agendapunt re-integratie.",
  ], ""),
 ]),

("R17", "6.5",
 "Executief van de Moslims van België, gemeenschapsinstellingen De Zande, De Grubbe en Everberg, Vlaams detentiecentrum De Wijngaard",
 [
  (["Welzijn"], [
   "In elke campus van de gemeenschapsinstellingen en in het Vlaams detentiecentrum De Wijngaard is een moslimconsulent actief. Sinds september 2024 werd het aantal uren voor de campus Everberg uitgebreid van 8 naar 16 uur per week.",
   "Het afsprakenkader met de moslimconsulenten werd geëvalueerd. Hiervoor zat de centrale administratie van de afdeling Gemeenschapsinstellingen op 10 juli 2024 samen met de coördinator van de moslimconsulenten van het EMB. Op basis daarvan werd een aangepast afsprakenkader opgemaakt, dat op 17 oktober 2024 werd gevalideerd door het directieteam van de afdeling. Op 3 september 2024 werd ook een vergadering gehouden met de directeurs van de campussen over de praktische inpassing van de extra uren in Everberg.",
   "De consulenten van de verschillende campussen kwamen op 28 november 2024 samen in De Zande voor een uitwisseling over de begeleiding van minderjarigen met een radicaliseringsproblematiek. Een tweede uitwisselingsmoment is voorzien in mei 2025.",
  ], ""),
 ]),

("R18", "7.1",
 "Vlaams Vredesinstituut, Instituut voor Maatschappelijke Weerbaarheid (IMW), KU Leuven, UHasselt, Statistiek Vlaanderen, BELSPO, Expertisecentrum Uitweg (ECU)",
 [
  (["Binnenlands Bestuur"], [
   "Het Vlaams Vredesinstituut publiceerde in september 2024 de studie 'Polarisering in Vlaamse gemeenten: een verkenning'. De studie werd op 30 september 2024 voorgesteld op een publieksmoment in het Vlaams Parlement.",
   "De expertengroep 'Meten van polarisering', opgericht door ABB om een Vlaamse polarisatiemonitor voor te bereiden, kwam in de rapporteringsperiode twee keer bijeen: op 4 juli en op 14 oktober 2024. De expertengroep bestaat uit onderzoekers van de KU Leuven, de UHasselt, het Vlaams Vredesinstituut en Statistiek Vlaanderen; het secretariaat wordt waargenomen door ABB.",
   "Voor de opmaak van de steekproef vonden drie overlegmomenten plaats tussen het IMW en Statistiek Vlaanderen. Op basis van de adviezen van de expertengroep wordt in het voorjaar van 2025 een pilootbevraging uitgevoerd in tien gemeenten.",
  ], ""),
  (["Welzijn"], [
   "Het onderzoeksproject 'TRACE – Trajecten na extremisme', gefinancierd binnen het BRAIN-be 2.0-programma van BELSPO, loopt van 1 januari 2024 tot 31 december 2027. Het wordt gecoördineerd door de onderzoeksgroep Samenleving en Conflict van de UHasselt, met als partners het Expertisecentrum Uitweg (ECU) en het Centre de Recherche Liens et Conflits (CERLIC) van de Université de Namur.",
   "De gebruikerscommissie van het project, waarin ook het departement Zorg zetelt, kwam samen op 11 juni 2024. Een tweede vergadering is gepland in februari 2025. Op 12 november 2024 gaven de onderzoekers een lezing over de eerste resultaten voor de referentiepersonen van de CAW's.",
  ], "Federale financiering (BELSPO)"),
 ]),

("R19", "10.1",
 "Opgroeien, Agentschap Justitie en Handhaving, CAW's, Opvoedingslijn, Expertisecentrum Uitweg (ECU)",
 [
  (["Welzijn"], [
   "Binnen Opgroeien zijn 26 referentieconsulenten radicalisering actief, verspreid over de Sociale Diensten Jeugdrechtbank en de Ondersteuningscentra Jeugdzorg. De referentieconsulenten komen vijf keer per jaar samen voor intervisie en casusbespreking. In de rapporteringsperiode gebeurde dat op 27 juni, 19 september en 14 november 2024.",
   "In de justitiehuizen werd het netwerk van referentie-justitieassistenten aangevuld; momenteel zijn er 28 referentie-justitieassistenten. Zij kwamen op 8 oktober 2024 samen in Brussel voor hun halfjaarlijks overleg met de centrale administratie. Op 22 en 23 oktober 2024 volgden zij een tweedaagse opleiding over online radicalisering, gegeven door het Expertisecentrum Uitweg.",
  ], ""),
  (["Welzijn"], [
   "In elk van de elf CAW's is een referentiepersoon of referententeam radicalisering aangesteld. De referentiepersonen van de CAW's zitten tweemaal per jaar samen met de back-office van de Opvoedingslijn; het laatste overleg dateert van 13 maart 2024. Het overleg van het najaar werd niet gehouden wegens de herstructurering van de back-office van de Opvoedingslijn. Het wordt hernomen in februari 2025.",
  ], ""),
 ]),

("R20", "11.1",
 "Atlas, Agentschap Integratie en Inburgering, EMB, Leerhuis Bedienaars (LHB)",
 [
  (["Integratie"], [
   "Het structureel vormingsaanbod maatschappelijke oriëntatie en NT2 voor bedienaars van erkende erediensten wordt sinds 2023 aangeboden door het Agentschap Integratie en Inburgering, in samenwerking met Atlas. In het werkingsjaar 2024 namen 34 imams en 11 bedienaars van andere erediensten deel.",
   "Het Leerhuis Bedienaars (LHB), een samenwerkingsverband tussen het Agentschap en het EMB, ontwikkelde een nieuwe module 'Lokale samenleving en bestuur'. Het LHB heeft een adviesraad met vertegenwoordigers van de verschillende erkende erediensten. Deze adviesraad komt twee keer per jaar bijeen; op de vergadering van 24 september 2024 gaf hij een positief advies over de nieuwe module.",
   "In de loop van het tweede semester van 2024 werd het lesmateriaal uitgetest met acht bedienaars uit Vlaams-Brabant. De eerste cursusreeks van de nieuwe module start in januari 2025 in Antwerpen en Gent.",
  ], "62.400 euro"),
  (["Integratie"], [
   "Op 6 november 2024 vond in Genk een consultatieronde plaats met de besturen van de erkende moskeeën in Limburg over hun noden op het vlak van taal en maatschappelijke oriëntatie. De resultaten worden meegenomen in de planning van het aanbod voor 2025-2026.",
  ], ""),
 ]),

("R21", "12.1",
 "Ondersteuningscentrum Herinnering en Burgerschap (OHB), vzw Denkwerkplaats, Vlaams Vredesinstituut",
 [
  (["Onderwijs"], [
   "Sinds 1 september 2024 gelden de nieuwe minimumdoelen burgerschap in de tweede graad van het secundair onderwijs. Om leerkrachten te ondersteunen, subsidieert het departement Onderwijs en Vorming sinds het schooljaar 2023-2024 vier organisaties die een didactisch aanbod ontwikkelen, waaronder het Ondersteuningscentrum Herinnering en Burgerschap (OHB) en vzw Denkwerkplaats.",
   "Het departement en de gesubsidieerde organisaties zitten elk kwartaal samen in een afstemmingsoverleg; in de rapporteringsperiode vond dit overleg plaats op 11 september 2024. In overleg met de onderwijsverstrekkers werd daar beslist om een gezamenlijke online catalogus uit te bouwen tegen het einde van het schooljaar 2024-2025.",
   "Het netwerk van lerarenopleiders burgerschap, een lerend netwerk dat door het OHB wordt getrokken, kwam in de rapporteringsperiode twee keer samen.",
   "Het BCH en het Vlaams Vredesinstituut organiseerden op 7 november 2024 een studiedag herinneringseducatie voor leerkrachten geschiedenis en burgerschap. Het OHB bood in oktober 2024 drie webinars aan over het bespreekbaar maken van oorlog en gewapend conflict in de klas.",
  ], "4 x 45.000 euro (schooljaar 2024-2025)"),
 ]),

("R22", "12.5",
 "Inspectie LBV, vzw Denkwerkplaats",
 [
  (["Onderwijs"], [
   "De inspectie levensbeschouwelijke vakken organiseerde op 16 oktober 2024 in Mechelen de vierde gemeenschappelijke studiedag interlevensbeschouwelijke dialoog, met 210 deelnemende leerkrachten levensbeschouwelijke vakken.",
   "De voorbereiding gebeurde in een werkgroep met vertegenwoordigers van de inspecties van de verschillende erkende levensbeschouwingen, die in de aanloop naar de studiedag maandelijks vergaderde. Na de studiedag kwam de werkgroep nog een keer samen voor een evaluatie, op 13 november 2024.",
   "De Commissie levensbeschouwelijke vakken nam op haar vergadering van 26 september 2024 kennis van de plannen voor een online verzameling van goede praktijken. vzw Denkwerkplaats verzamelt deze praktijken in opdracht van het departement; tot nu toe werden 36 praktijken aangeleverd. De publicatie is voorzien tegen het einde van het schooljaar 2024-2025.",
  ], ""),
 ]),

("R23", "13.1",
 "vzw Ankerpunt, Opvoedingslijn, Huizen van het Kind, CAW's, CLB-netten",
 [
  (["Welzijn"], [
   "De lotgenotenwerking voor ouders en familieleden van personen die naar conflictgebieden vertrokken of die een radicaliseringsproces doormaken, wordt sinds 2022 gedragen door vzw Ankerpunt. Eind november 2024 zijn er vier actieve lotgenotengroepen, in Antwerpen, Brussel, Mechelen en Vilvoorde.",
   "De lotgenotengroepen komen maandelijks samen onder begeleiding van een ervaringsdeskundige en een hulpverlener van het CAW. De groep in Vilvoorde werd in september 2024 opgestart en kwam sindsdien drie keer samen.",
   "Om de lotgenotenwerking beter te verankeren binnen de Huizen van het Kind vond op 1 oktober 2024 een rondetafel plaats met vzw Ankerpunt, de back-office van de Opvoedingslijn en de coördinatoren van vier Huizen van het Kind. Er werd afgesproken dat de Huizen van het Kind in Mechelen en Vilvoorde vanaf januari 2025 een lokaal ter beschikking stellen voor de bijeenkomsten. vzw Ankerpunt en de Opvoedingslijn plegen daarnaast tweemaandelijks overleg over de doorverwijzing van nieuwe ouders.",
  ], "€ 58.000 (werkingsjaar 2024)"),
  (["Onderwijs"], [
   "Vanuit onderwijs werd de samenwerking tussen de lotgenotengroepen en de CLB's verder verkend. Op 20 november 2024 werd overlegd met de referentiepersonen radicalisering van de CLB-netten over de toeleiding van leerlingen uit getroffen gezinnen.",
   "vzw Ankerpunt gaf op 14 oktober 2024 een infosessie voor CLB-medewerkers uit de regio Antwerpen over de noden van broers en zussen van vertrokken jongeren.",
  ], ""),
 ]),

("R24", "14.1",
 "Kleurrijk Kwartier vzw, vzw Opstap Oostende, Jongerenwerking Horizon Zuid, Media-atelier Brandpunt vzw, De Ambrassade",
 [
  (["Integratie", "Jeugd"], [
   "In het kader van de projectoproep 'Positieve identiteitsontwikkeling bij jongeren 2023' lopen sinds 1 januari 2024 vier projecten, elk voor een periode van 24 maanden, namelijk:",
   "<ul><li>Kleurrijk Kwartier vzw – Gent (88.000 euro);</li><li>vzw Opstap Oostende – Oostende (64.500 euro);</li><li>Jongerenwerking Horizon Zuid – Anderlecht (97.250 euro);</li><li>Media-atelier Brandpunt vzw – Hasselt (71.300 euro).</li></ul>",
   "Met de projecten worden intervisiemomenten georganiseerd onder begeleiding van De Ambrassade. In de rapporteringsperiode vonden twee intervisiemomenten plaats, op 25 juni 2024 in Oostende en op 8 oktober 2024 in Hasselt.",
   "Daarnaast kwam de begeleidingsgroep van de oproep, met ABB, het departement Cultuur, Jeugd en Media en De Ambrassade, samen op 17 september 2024 om de tussentijdse rapporten te bespreken.",
   "Het afsluitend toonmoment voor de projecten uit de vorige oproep, dat op 20 juni 2024 in Brussel werd georganiseerd, bracht 160 deelnemers samen. Op 23 november 2024 stelden de jongeren van vzw Opstap Oostende hun theatervoorstelling 'Tussen twee stoelen' voor in het cultuurcentrum van Oostende.",
  ], "321.050 euro (2024-2025)"),
  (["Jeugd"], [
   "Kleurrijk Kwartier vzw richtte binnen het project een jongerenadviesraad op, die mee richting geeft aan het project. De jongerenadviesraad vergadert tweewekelijks in het buurthuis aan de Brugse Poort en bezorgde in november een eerste advies aan het stadsbestuur van Gent.",
   "Media-atelier Brandpunt vzw werkt met een redactieraad van twaalf jongeren uit Hasselt en Genk, die de inhoud van de podcastreeks 'Wie ben ik hier?' bepaalt. Deze redactieraad werd in september samengesteld, maar kwam pas op 6 november 2024 voor het eerst bijeen.",
  ], ""),
 ]),
]


def para(p):
    p = p.strip()
    return p if p.startswith("<") else "<p>" + p + "</p>"


def build(dev_path):
    desc = load_descriptions(dev_path)
    out = []
    for item, aid, parties, entries in ITEMS:
        if aid not in desc:
            sys.exit(f"action {aid} not found in {dev_path}")
        rec = {
            "item": item,
            "action_id": aid,
            "description": desc[aid],
            "other_parties_text": parties,
            "entries": [],
        }
        for n, (comps, paras, budget) in enumerate(entries, 1):
            rec["entries"].append({
                "entry_no": n,
                "competences": list(comps),
                "description": " ".join(para(p) for p in paras),
                "budget_text": budget,
            })
        out.append(rec)
    return out


def main():
    dev = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "dev.txt"
    recs = build(dev)
    with open(HERE / "text.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(recs)} items, {sum(len(r['entries']) for r in recs)} entries -> text.jsonl",
          file=sys.stderr)


if __name__ == "__main__":
    main()
