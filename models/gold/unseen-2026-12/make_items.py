#!/usr/bin/env python3
"""SYNTHETIC unseen-2026-12 round (writer w20, blind). HELD OUT: never tune on it.

Invented December 2026 round (report date 2026-12-01, reporting period June 2026 -
November 2026) of the progress report on the Flemish 'Actieplan ter preventie van
gewelddadige radicalisering en polarisering', written as a held-out evaluation set for
the extractors (dates, amounts, organisations, meetings). HELD OUT: never tune on it.

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


BB = "Binnenlands Bestuur"
OV = "Onderwijs"
WZ = "Welzijn"
JG = "Jeugd"
MD = "Media"
WK = "Werk"
II = "Integratie en Inburgering"
SB = "Stedenbeleid"

# (item, action_id, other_parties_text, [(competences, [paragraphs], budget_text), ...])
# A paragraph starting with "<" is taken as is (lists); any other is wrapped in <p>...</p>.
ITEMS = [
    ("X01", "1.1", "VVSG, VGC, OCAD, FOD Justitie, Agentschap Opgroeien", [
        ([BB], [
            "De structuren die binnen de Vlaamse overheid werden opgezet om tot een gecoördineerd en "
            "afgestemd beleid te komen, bleven in de rapporteringsperiode ongewijzigd, zijnde:",
            "<ul><li>het centraal aanspreekpunt binnen ABB;</li><li>een netwerk van aanspreekpunten "
            "binnen de verschillende relevante beleidsdomeinen;</li><li>het Vlaams Platform "
            "Radicalisering, dat in principe maandelijks samenkomt.</li></ul>",
            "Het Platform vergaderde op 9 juni, 7 juli, 15 september, 13 oktober en 17 november 2026. "
            "De reguliere vergadering van augustus werd, zoals elk jaar, niet gehouden; wel werd het "
            "Platform op 21 augustus 2026 uitzonderlijk bijeengeroepen naar aanleiding van het verhoogde "
            "dreigingsniveau. Op de vergadering van 15 "
            "september lichtte het OCAD de geactualiseerde dreigingsanalyse toe en stelde de VGC haar "
            "Brusselse actieplan 2026-2030 voor. Sinds oktober 2026 neemt ook het Agentschap Opgroeien "
            "als vaste waarnemer deel. De eerstvolgende vergadering is gepland op 8 december 2026; de "
            "vergaderkalender voor 2027 wordt op die vergadering vastgelegd.",
            "Het bureau van het Platform, waarin ABB, de VVSG en het departement Welzijn, "
            "Volksgezondheid en Gezin zetelen, zat tussen de plenaire vergaderingen in telkens samen "
            "om de agenda voor te bereiden. Het platform over radicalisering en terrorisme, dat overleg "
            "mogelijk maakt tussen de betrokken kabinetten van de federale overheid en de deelstaten, "
            "kwam samen op 24/6/2026 en 18/11/2026.",
        ], "Reguliere werkingsmiddelen"),
        ([BB, OV, WZ, JG, WK], [
            "Ter voorbereiding van het nieuwe actieplan werd binnen het Platform in mei 2026 een "
            "tijdelijke werkgroep 'Actieplan 2028' opgericht. Die werkgroep kwam in de "
            "rapporteringsperiode drie keer bijeen: op 2 juli, 10 september en 29 oktober 2026. Zij "
            "bereidt een conceptnota aan de Vlaamse Regering voor tegen het voorjaar van 2027 (zie VR "
            "2026 1610 MED.0412). De werkgroep laat zich daarbij ondersteunen door het studiebureau "
            "Kantelpunt Beleidsadvies bv, dat tussen juli en oktober 32 interviews afnam.",
            "Daarnaast organiseerde ABB op 23 september 2026 in Brussel een netwerkdag voor alle "
            "aanspreekpunten, met een zestigtal deelnemers. Een gepland werkbezoek aan de Nationaal "
            "Coördinator Terrorismebestrijding en Veiligheid (NCTV) in Den Haag werd verschoven naar "
            "februari 2027.",
            "De aanspreekpunten van de beleidsdomeinen Onderwijs en Welzijn pleegden daarnaast "
            "tweewekelijks overleg over individuele signalen uit scholen en voorzieningen. Dat overleg "
            "wordt vanaf januari 2027 uitgebreid met het aanspreekpunt Werk.",
        ], "24.600 euro (2026, ondersteuning Kantelpunt Beleidsadvies)"),
    ]),
    ("X02", "1.3", "Meetlat Beleidsonderzoek bv, Vrije Universiteit Brussel", [
        ([BB], [
            "De externe evaluatie van het actieplan werd na een overheidsopdracht toegewezen aan het "
            "consortium van het studiebureau Meetlat Beleidsonderzoek bv en de onderzoeksgroep "
            "Samenleving, Conflict en Beleid (SCB) van de Vrije Universiteit Brussel. De opdracht liep "
            "van 1 juli 2026 tot eind november 2026; het eindrapport wordt verwacht tegen 31 januari "
            "2027.",
            "De stuurgroep van de evaluatie, voorgezeten door ABB, vergaderde viermaal (6 juli, 31 "
            "augustus, 5 oktober en 16 november 2026). Het SCB en Meetlat overlegden daarnaast om de "
            "twee weken met het centraal aanspreekpunt over de voortgang. Het bestek was op 28 april 2026 "
            "al besproken op een voorbereidende vergadering met de beleidsdomeinen. Een klankbordgroep met lokale "
            "besturen en middenveldorganisaties, onder wie de Federatie Wijkgerichte "
            "Samenlevingsopbouw (FWS) en het Netwerk Brugfiguren Vlaanderen, werd samengesteld, maar "
            "zal pas in januari 2027 een eerste keer samenkomen.",
            "In september 2026 vonden vier focusgroepen plaats met eerstelijnswerkers in Gent, "
            "Vilvoorde, Genk en Oostende. Het geplande colloquium over de tussentijdse bevindingen op "
            "26 november werd geannuleerd en wordt in het voorjaar van 2027 opnieuw ingepland. De "
            "deelnemers aan de focusgroepen werden gerekruteerd door Netwerkbureau Verbindingslijn cv. De "
            "evaluatie steunt ook op de resultaten van de bevraging 'Lokaal Samenleven 2024' en op de "
            "eerdere zelfevaluatie van de beleidsdomeinen uit het najaar van 2025.",
        ], "€ 84.700 (incl. btw)"),
    ]),
    ("X03", "2.1", "OCAD, FOD Justitie, VVSG, safe.brussels", [
        ([BB], [
            "Het centraal aanspreekpunt nam deel aan de maandelijkse vergaderingen van de Nationale "
            "Task Force (NTF), met uitzondering van de bijeenkomst van juli, die werd uitgesteld naar "
            "28 augustus 2026. Via het Vlaams Platform Radicalisering werd de Vlaamse input voor de "
            "evaluatie van de federale Strategie T.E.R. voorbereid.",
            "De werkgroep Preventie van de NTF zat samen op 18 juni, 24 september en 19 november 2026. "
            "Op de vergadering van 24 september werd afgesproken dat de Vlaamse Gemeenschap het "
            "trekkerschap opneemt van een subgroep rond online polarisering. Die subgroep, waarin naast "
            "ABB ook het OCAD, de VSSE en de Fédération Wallonie-Bruxelles zetelen, werd opgericht maar "
            "vergaderde nog niet; een eerste bijeenkomst is gepland in de tweede helft van januari 2027. "
            "Op de vergadering van 19 november presenteerde het Kenniscentrum Polarisatie en Dialoog (KPD) "
            "een analyse van polariserende berichten na de gemeenteraadsverkiezingen van oktober 2024.",
            "De werkgroep Communicatie kwam in de rapporteringsperiode niet samen. De werkgroep "
            "Gevangenissen hield op 8 oktober 2026 een vergadering, waaraan de afdeling Justitiehuizen "
            "deelnam.",
        ], ""),
        ([WZ], [
            "Binnen de permanente werkgroep van het College van procureurs-generaal en de "
            "justitiehuizen werd overleg gepleegd op 16/06/2026 en 13/10/2026 over de "
            "informatiedoorstroming bij de opvolging van veroordeelden voor terroristische misdrijven. "
            "De afdeling Justitiehuizen van het Agentschap Justitie en Handhaving stemde daarnaast per "
            "kwartaal af met DG EPI en het OCAD in het zogenaamde driehoeksoverleg detentie.",
            "In overleg met de FOD Justitie werd beslist om de gegevensstromen tussen de justitiehuizen "
            "en de LIVC's vanaf 1 januari 2027 via een beveiligd platform te laten verlopen. Het "
            "platform wordt ontwikkeld door Datavlak nv. Hiervoor werd een samenwerkingsprotocol "
            "opgesteld, dat op 3 november 2026 werd ondertekend. De kostprijs voor de Vlaamse "
            "overheid bedraagt 37.250 euro, verspreid over 2026 en 2027. Twee weken na de ondertekening, op "
            "17 november, overlegden de afdeling Justitiehuizen en Datavlak nv over de technische vereisten.",
        ], "/"),
        ([BB], [
            "De werkgroep radicalisering en polarisering van het Globaal Veiligheids- en Preventieplan "
            "van het Brussels Hoofdstedelijk Gewest, gecoördineerd door safe.brussels, kwam bijeen op 30 "
            "juni en 20 oktober 2026. Het centraal aanspreekpunt van ABB en de VGC namen hieraan deel. "
            "Op de op 20 oktober gehouden vergadering werd de werking van de subgroep scholen geëvalueerd. "
            "Een thematische vergadering over jongeren en sociale media, voorzien in september, werd "
            "afgelast wegens de samenvallende begrotingsbesprekingen.",
            "Daarnaast hadden ABB, de VGC en het Brussels Platform voor Wijkbemiddeling vzw (BPW) in "
            "augustus 2026 een overlegmoment over de afstemming van hun aanbod voor Brusselse scholen. "
            "Het BPW krijgt in 2027 een vaste zitting in de werkgroep. Ook de preventiedienst van de "
            "gemeente Sint-Jans-Molenbeek en de vzw Brusselse Buurtbemiddeling Kwartier werden gevraagd "
            "om hun ervaringen te delen.",
        ], ""),
    ]),
    ("X04", "3.3", "", [
        ([OV], [
            "De opvolging van de Paris Declaration gebeurt sinds 2021 binnen de werkgroep "
            "'Gemeenschappelijke waarden en inclusief onderwijs' van het strategisch kader voor de "
            "Europese Onderwijsruimte (EOR 2021-2030). Vlaanderen wordt er vertegenwoordigd door het "
            "aanspreekpunt radicalisering van het departement Onderwijs en Vorming.",
            "In de rapporteringsperiode vonden twee plenaire werkgroepvergaderingen plaats in Brussel, "
            "op 25-26 juni en op 12-13 november 2026. Het aanspreekpunt nam ook deel aan een driedaagse "
            "PLA (Peer Learning Activity) in Ljubljana van 7 tot 9 oktober 2026 rond burgerschapsvorming "
            "in het beroepsonderwijs. De PLA die Vlaanderen zelf zou organiseren in het voorjaar van 2026 "
            "werd uitgesteld en gaat nu door in april 2027 in Gent, in samenwerking met het Europees "
            "Netwerk Burgerschapsleraren (ENB) en de Hogeschool Dijleland.",
            "De key policy messages van de werkgroep worden via het netoverschrijdend overleg van de "
            "pedagogische begeleidingsdiensten verspreid. Dat overleg kwam op 8 oktober 2026 samen in "
            "aanwezigheid van het GO!, Katholiek Onderwijs Vlaanderen, OVSG en POV. Het ENB stelde er "
            "zijn handreiking 'Burgerschap in de praktijkles' voor.",
            "Het Centrum voor Onderwijsinnovatie en Burgerschap (COB) van de Hogeschool Scheldeland "
            "bereidt de PLA van april 2027 inhoudelijk voor. De voorbereidende werkgroep, die op 20 oktober "
            "2026 werd samengeroepen, komt tot de PLA om de vier weken samen.",
        ], ""),
    ]),
    ("X05", "4.1", "Vilvoorde, Mechelen, Maasmechelen, Lanaken, Lokeren, Kortrijk, Sint-Niklaas, Ronse, "
     "Steunpunt Lokale Regie vzw", [
        ([BB], [
            "In het kader van de vierde projectoproep ter ondersteuning van lokale besturen met een "
            "verhoogd risicoprofiel (oproep LB-2026-R4) kregen 7 gemeenten op 22 juli 2026 een subsidie "
            "toegekend voor de periode van 1 september 2026 tot 31 augustus 2028, namelijk:",
            "<ul><li>Vilvoorde (92.000 euro);</li><li>Mechelen (78.500 euro);</li><li>Maasmechelen "
            "i.s.m. Lanaken (64.250 euro);</li><li>Lokeren (51.000 euro);</li><li>Kortrijk (70.400 "
            "euro);</li><li>Sint-Niklaas (58.300 euro);</li><li>Ronse (43.900 euro).</li></ul>",
            "Een startbijeenkomst met de zeven projectcoördinatoren ging door op 29 september 2026 in "
            "het Herman Teirlinckgebouw. Sindsdien komen de coördinatoren om de zes weken samen in een "
            "lerend netwerk dat wordt begeleid door het Steunpunt Lokale Regie vzw (SLR). Het SLR "
            "organiseerde daarnaast op 17 november een webinar over de rol van de burgemeester in de "
            "LIVC-R. In Kortrijk wordt het project uitgevoerd door de dienst Samenleven en Veiligheid "
            "van de stad, in Ronse door de cel Integrale Veiligheid, in Lokeren door de cel Veiligheid en "
            "Samenleven en in Sint-Niklaas door de partnerorganisatie Wijkhuis De Kruising vzw.",
        ], "458.350 euro (2026-2028)"),
        ([BB], [
            "Voor de projecten uit de derde oproep, die op 30 juni 2026 afliepen, werden de "
            "eindrapporten ingediend. Uit de analyse door ABB blijkt dat in vijf van de negen gemeenten "
            "de LIVC-R structureel werd verankerd. De stad Menen en de gemeente Zele dienden hun "
            "eindrapport pas in oktober in; het saldo van respectievelijk 12.480 euro en EUR 9.775 wordt "
            "begin 2027 uitbetaald.",
            "Op 14 oktober 2026 vond in Mechelen een afsluitend uitwisselingsmoment plaats voor de negen "
            "gemeenten, met een bijdrage van het Kenniscentrum Democratie en Lokaal Bestuur (KDLB). Een "
            "gezamenlijke evaluatievergadering met de provinciegouverneurs, aanvankelijk gepland op 9 "
            "november, werd verschoven naar 19 januari 2027. De resultaten worden opgenomen in het "
            "jaarverslag 2026 van ABB. Het KDLB bundelt de lessen uit de derde oproep bovendien in een "
            "publicatie die tegen het voorjaar van 2027 verschijnt.",
        ], "/"),
    ]),
    ("X06", "4.3", "VVSG, SALAR, VNG", [
        ([BB], [
            "Het VVSG-project ter ondersteuning van de lokale preventie van radicalisering en "
            "polarisering werd op 1 januari 2026 voor drie jaar verlengd. In de rapporteringsperiode "
            "werden onder meer de volgende initiatieven uitgewerkt:",
            "<ul><li>de helpdeskfunctie werd verdergezet: tussen 1 juni en 15 november 2026 kwamen 74 "
            "vragen binnen van 31 lokale besturen; juridische vragen werden doorverwezen naar de "
            "Vereniging van Preventieambtenaren Vlaanderen (VPV);</li><li>de werkgroep radicalisering kwam samen op "
            "16/06/2026, 22/09/2026 en 24/11/2026; de volgende bijeenkomst staat gepland voor maart "
            "2027;</li><li>de intervisiegroep voor casemanagers kwam driemaandelijks samen (30.06.2026 en "
            "29.09.2026);</li><li>de online databank werd aangevuld met de jaarverslagen 2025 van 18 "
            "LIVC's.</li></ul>",
            "Het aanspreekpunt van ABB nam deel aan de vergaderingen van de werkgroep om de lokale "
            "besturen rechtstreeks te informeren over het Vlaamse beleid. Op de werkgroep van 22 "
            "september stelde het Kennisplatform Online Haat (KOH) zijn meldpuntanalyse voor. Het KOH "
            "werd opgericht door de Stichting Digitale Burgerzin en Podium Tegenstem vzw.",
        ], "355.200 euro (1 jan 2026 – 31 dec 2028)"),
        ([BB], [
            "De VVSG zette de provinciale overlegplatformen verder:",
            "<ul><li>In Oost-Vlaanderen waren er twee vergadermomenten (11 juni en 8 oktober 2026), met "
            "vertegenwoordigers van elf lokale besturen, de justitiehuizen en het Agentschap Integratie "
            "en Inburgering.</li><li>Het provinciaal platform in Limburg, dat wordt getrokken door de "
            "Provinciale Dienst Samenleven en Veiligheid Limburg, kwam op 29 september samen in "
            "Hasselt.</li><li>In Vlaams-Brabant werd het platform omgevormd tot een regionaal netwerk "
            "met twee kernen (Halle-Vilvoorde en Leuven). Beide kernen vergaderden eenmaal, in oktober "
            "2026.</li><li>In West-Vlaanderen werd de vergadering van juni niet gehouden omdat de "
            "gouverneur op 26 juni 2026 in Brugge een bredere veiligheidsconferentie "
            "organiseerde.</li><li>In de provincie Antwerpen loopt sinds juli 2026 een verkennend "
            "overleg tussen de VVSG, de stad Turnhout en de Intergemeentelijke Preventiedienst Netekant "
            "(IPN) over een platform voor de Kempen.</li></ul>",
        ], ""),
        ([BB], [
            "De VVSG organiseerde in de rapporteringsperiode de volgende studie- en vormingsmomenten:",
            "<ul><li>een studiedag 'Polarisering in de gemeenteraad' op 19 juni 2026 in Gent, i.s.m. het "
            "KDLB;</li><li>drie vormingen over de RADIX-tool (11 september, 2 oktober en 6 november "
            "2026);</li><li>een infosessie voor nieuwe LIVC-coördinatoren op 10/11/2026.</li></ul>",
            "Op internationaal vlak overlegde de VVSG op 2 juli 2026 met haar Zweedse zusterorganisatie "
            "SALAR en met de Nederlandse VNG over een gezamenlijke Europese projectaanvraag. De drie "
            "organisaties komen in het eerste kwartaal van 2027 opnieuw samen in Den Haag. De VVSG "
            "woonde daarnaast de jaarlijkse conferentie van het European Forum for Urban Security bij, "
            "van 4 tot 6 november 2026 in Lissabon, en het Nordic Safe Cities-seminarie in Kopenhagen "
            "(22 oktober). Op 14 en 15 september ontving de VVSG een delegatie van het Deutsches Zentrum "
            "für Präventionsnetzwerke (DZPN) voor een werkbezoek in Mechelen en Vilvoorde.",
        ], "Binnen projectbudget"),
    ]),
    ("X07", "4.5", "", [
        ([SB], [
            "De databank 'Verbonden Buurten' met goede praktijken rond sociale samenhang werd op 5 "
            "oktober 2026 gelanceerd. Ze bevat 63 projectfiches, aangeleverd door onder meer:",
            "<ul><li>vzw Buurtwijs (Aalst);</li><li>de FWS;</li><li>de dienst Samenleven van de stad "
            "Sint-Truiden;</li><li>het wijkcollectief Klaverveld in Leuven;</li><li>Fonds Veerkrachtige "
            "Wijken;</li><li>de Stichting Lokaal Vertrouwen;</li><li>de vzw Sportwerking Balans uit "
            "Genk.</li></ul>",
            "De inhoudelijke redactie werd toevertrouwd aan het adviesbureau Drieslag Consult bv. De "
            "redactieraad, samengesteld uit vertegenwoordigers van ABB, de VVSG en twee kenniscentra, "
            "overlegde in juni en september 2026 over de selectiecriteria. Tijdens de zomer werden 14 "
            "plaatsbezoeken georganiseerd bij projecten in Aalst, Genk, Leuven en Oostende.",
            "In het voorjaar van 2027 volgt een tweede reeks fiches rond wijkgebonden "
            "conflictbemiddeling, samen met de Vereniging voor Bemiddeling en Herstel in de Wijk "
            "(VBHW). Een bevraging bij de Vlaamse gemeenten loopt tot eind januari 2027.",
        ], "38.900 euro (2026)"),
    ]),
    ("X08", "4.7", "VVSG, De Ambrassade, Uit De Marge, Formaat, JES", [
        ([BB, OV, WZ], [
            "De verschillende hulplijnen (Netwerk Islamexperten, Opvoedingslijn, 1712, Child Focus en de "
            "Jongerenlijn Tegenwind) stemden zesmaandelijks af om correcte doorverwijzing te garanderen. "
            "Het hulplijnenoverleg ging door op 23 juni 2026; de volgende editie is voorzien op 11 "
            "december 2026. Op vraag van Child Focus wordt vanaf 2027 ook Unia uitgenodigd. Het Meldpunt "
            "Polarisering van de stad Vilvoorde nam op 23 juni voor het eerst deel.",
            "Tussen het aanspreekpunt radicalisering onderwijs, de VVSG en de lokale "
            "radicaliseringsambtenaren van Antwerpen, Gent en Vilvoorde was er in september en oktober "
            "2026 telkens een afstemmingsmoment over gedeelde casuïstiek. Er is daarnaast maandelijks "
            "overleg tussen het aanspreekpunt en de referentiepersonen radicalisering van het GO!, "
            "Katholiek Onderwijs Vlaanderen, OVSG, POV en de CLB-netten; in augustus werd dat overleg "
            "niet georganiseerd.",
        ], ""),
        ([OV], [
            "Er werden vormings- en afstemmingsmomenten georganiseerd voor ambtenaren en medewerkers "
            "die directe contacten hebben met scholen:",
            "<ul><li>Op 8 september 2026 gaf het OCAD een toelichting voor de onderwijsinspecteurs en de "
            "LOP-deskundigen.</li><li>Tijdens de algemene vergadering van de onderwijsinspectie van 20 "
            "oktober 2026 gaf het aanspreekpunt een vorming over polarisering in de klas.</li><li>Een "
            "vormingsmoment CoPPRa light voor de pedagogische begeleiders werd op 27 november 2026 in "
            "Asse gegeven, samen met de federale politie.</li><li>De LOP Brussel, LOP Antwerpen "
            "Secundair en LOP Oostende organiseerden zelf infomomenten (respectievelijk op 15/9, 6/10 "
            "en 17/11/2026).</li></ul>",
            "Het netoverschrijdend overleg tussen politie en onderwijs, opgestart in 2025, kwam in de "
            "rapporteringsperiode niet samen wegens de herschikking van de politiezones.",
        ], ""),
        ([JG], [
            "Het sectoroverleg jeugd, waarin de afdeling Jeugd samen met De Ambrassade, Uit De Marge, "
            "Formaat, JES en het Platform Kwetsbare Jongeren Limburg (PKJL) de noden van jongeren met "
            "een hoge kwetsbaarheid opvolgt, kwam samen op 2 juli en 1 oktober 2026. Het PKJL "
            "organiseert sinds dit najaar ook lokale voorbereidende tafels in Genk, Beringen en "
            "Houthalen-Helchteren; die tafels zaten elk tweemaal samen.",
            "Op 17 september 2026 troffen De Ambrassade en Uit De Marge elkaar om een gezamenlijke "
            "visietekst over deontologie in het jeugdwerk af te werken. De tekst wordt voorgesteld op "
            "de Dag van de Jeugdwerker in maart 2027. Jeugdhuis Stroomop uit Hasselt en de vzw "
            "Tegenlicht Jeugdwerk leverden praktijkvoorbeelden aan. De bijeenkomst die het sectoroverleg "
            "op 25 november zou houden, ging niet door; in de plaats daarvan bezochten de leden "
            "Jeugdcentrum Kiemkracht in Anderlecht.",
        ], "Reguliere werkingsmiddelen afdeling Jeugd"),
    ]),
    ("X09", "5.1", "VBJK, Gezinsbond, Expertisecentrum Kind en Samenleving", [
        ([WZ], [
            "Op 1 september 2026 waren er 118 Huizen van het Kind erkend, met een werkingsgebied over "
            "alle Vlaamse gemeenten en het Brussels Hoofdstedelijk Gewest. Het Agentschap Opgroeien "
            "werkte samen met de Gezinsbond, het VBJK en het Expertisecentrum Kind en Samenleving "
            "(EKS) een leidraad uit over het omgaan met ouders die zich zorgen maken over "
            "radicalisering van een kind.",
            "De begeleidingscommissie van die leidraad zat drie keer rond de tafel, telkens in Brussel: "
            "op 19 juni, 4 september en 6 november 2026. Bij de tweede vergadering schoven ook het "
            "Huis van het Kind Scheldemeersen en het Huis van het Kind Kempenhart aan, die de leidraad "
            "in de praktijk uittesten. Het EKS en het "
            "VBJK hadden daarnaast in juli twee werkvergaderingen over de vormgeving.",
            "In oktober 2026 werden twee focusgesprekken met ouders georganiseerd, in Antwerpen-Noord en "
            "in Molenbeek. De leidraad wordt in het voorjaar van 2027 voorgesteld op een "
            "studievoormiddag van het EKS.",
        ], "Reguliere werkingsmiddelen Opgroeien"),
    ]),
    ("X10", "5.5", "Arktos", [
        ([OV], [
            "Het project CONNECT van Arktos werd verlengd voor het schooljaar 2026-2027 (1/9/2026 tot "
            "31/8/2027). In de periode juni tot november 2026 werden 41 interventies uitgevoerd in 29 "
            "scholen, waarvan 12 in Brussel. Het bureau Schoolpeil cv voerde in opdracht van het "
            "departement een tevredenheidsmeting uit bij de betrokken schoolteams.",
            "De stuurgroep van CONNECT, met vertegenwoordigers van het departement Onderwijs en "
            "Vorming, Arktos, het GO!, Katholiek Onderwijs Vlaanderen en OVSG, kwam samen op 23 juni en "
            "10 november 2026. Op de vergadering van 23 juni werd het jaarverslag 2025-2026 "
            "goedgekeurd. Het interventieteam van Arktos pleegt wekelijks intern overleg over de "
            "lopende aanvragen.",
            "In Brussel werd de samenwerking met het Onderwijscentrum Brussel en de vzw Klasbrug "
            "uitgebreid. Arktos en de vzw Klasbrug overlegden in juli en september over een "
            "gezamenlijke aanpak voor eerstegraadsscholen in Anderlecht en Molenbeek. Een Brusselse "
            "begeleidingsgroep werd in oktober samengesteld; zij vergadert vanaf januari 2027 "
            "tweemaandelijks. In Limburg loopt het project sinds september samen met de vzw Schoolnabij "
            "Limburg.",
            "Op 5 november 2026 organiseerde Arktos in Leuven een terugkomdag voor de 60 leerkrachten die "
            "in 2025-2026 een CONNECT-traject doorliepen. Een geplande uitwisseling met het Landelijk "
            "Netwerk Schoolveerkracht uit Utrecht werd uitgesteld tot na de zomer van 2027.",
        ], "245.000 euro (schooljaar 2026-2027)"),
    ]),
    ("X11", "5.9", "", [
        ([WK], [
            "VDAB zette de speciale tewerkstellingstrajecten voor kwetsbare jongeren verder. In de "
            "rapporteringsperiode werden 57 jongeren toegeleid, onder meer via de samenwerking met het "
            "Jobcentrum Kanaalzone cv in Vilvoorde, de vzw Werkplek Noordrand en Werkatelier Zuidrand "
            "vzw in Halle. Voor de begeleiding van jongeren met een complexe problematiek werd op 1 "
            "september 2026 een raamovereenkomst gesloten met het adviesbureau Trajectwerk bv, voor een "
            "bedrag van 1,2 miljoen euro over drie jaar.",
            "Het casusoverleg tussen VDAB, de justitiehuizen en de CAW's, dat sinds 2024 loopt in de "
            "regio's Antwerpen, Gent en Brussel, vond in elke regio maandelijks plaats. In Brussel wordt "
            "het overleg sinds september 2026 uitgebreid met Actiris; daar werd tweemaal vergaderd (17 "
            "september en 22 oktober).",
        ], "1,2 miljoen euro (2026-2029)"),
        ([WK], [
            "Op 12 oktober 2026 organiseerde VDAB samen met de Vereniging Werkgevers voor Inclusie "
            "(VWI) een inspiratiesessie voor jobcoaches rond het omgaan met polariserende uitspraken op "
            "de werkvloer. Ook de vzw Werkplek Noordrand en het Centrum voor Arbeid en Verscheidenheid "
            "(CAV) namen deel. Het CAV en de VWI richtten nadien een taskforce 'Polarisering op de "
            "werkvloer' op, die op 26 november 2026 een eerste keer bijeenkwam.",
            "De werkgroep 'Traject op maat' van VDAB en het Agentschap Opgroeien, opgericht in mei 2026, "
            "vergaderde in juni, augustus en oktober 2026 over de overgang van jongeren uit de jeugdhulp "
            "naar werk. Die werkgroep rapporteert begin 2027 aan het Vlaams Platform Radicalisering. "
            "Een geplande focusgroep met werkgevers op 25 november werd wegens te weinig inschrijvingen "
            "geannuleerd.",
        ], "EUR 18.000 (2026)"),
    ]),
    ("X12", "6.1", "VVSG, OCAD, Steunpunt Lokale Regie vzw", [
        ([BB], [
            "Op 1 november 2026 hadden 212 van de 285 Vlaamse gemeenten een LIVC-R opgericht, al dan "
            "niet in intergemeentelijk verband. ABB ondersteunde in de rapporteringsperiode, samen met "
            "de Intergemeentelijke Preventiedienst Demervallei (IPD), de oprichting van een "
            "intergemeentelijke LIVC-R voor de gemeenten Bilzen-Hoeselt, Riemst en Tongeren-Borgloon. "
            "Die LIVC-R kwam op 3 juli 2026 een eerste keer samen en vergaderde sindsdien om de acht "
            "weken.",
            "De LIVC's van Ronse, Oudenaarde en Geraardsbergen zaten op 16 oktober 2026 samen voor een "
            "gezamenlijke casusbespreking, begeleid door het SLR. Daar werd afgesproken dat zij "
            "voortaan per semester samenkomen.",
            "Het handboek LIVC werd in overleg met de FOD Binnenlandse Zaken geactualiseerd; de nieuwe "
            "versie verschijnt in februari 2027.",
        ], "/"),
        ([WZ], [
            "Het Agentschap Opgroeien actualiseerde het draaiboek radicalisering voor de partners binnen "
            "de jeugdhulp. Een schrijfgroep met medewerkers van de ondersteuningscentra jeugdzorg, de "
            "sociale diensten jeugdrechtbank en het Centrum voor Contextuele Gezinsbegeleiding Wending "
            "vzw kwam hiervoor vijfmaal samen tussen juni en oktober 2026. Het draaiboek werd op 18 "
            "november 2026 gepubliceerd; op 24 november volgde een webinar voor 140 "
            "jeugdhulpverleners.",
            "Daarnaast werd een lerend netwerk 'Gezin en extremisme' opgericht, samen met Wending vzw en "
            "de onderzoeksgroep Jeugd, Gezin en Samenleving van de Hogeschool Dijleland. Het netwerk "
            "telt 24 leden; een eerste bijeenkomst is voorzien op 21 januari 2027.",
            "Op de laatste bijeenkomst van de schrijfgroep, op 13 oktober, werd de ontwerptekst "
            "afgetoetst met twee ervaringsdeskundigen. Wending vzw ontving voor zijn bijdrage 6.000 euro.",
        ], "22.500 euro (2026)"),
        ([JG], [
            "Binnen het sectoroverleg jeugd (zie actie 4.7) werd op 1 oktober 2026 de visietekst over "
            "deontologie besproken. De Ambrassade begeleidt daarnaast een traject met lokale "
            "jeugdwerkingen in Brussel, Antwerpen en Mechelen, waarbij de coördinatoren van de "
            "jeugdhuizen maandelijks samenkomen in een intervisiegroep. In juli viel die bijeenkomst "
            "weg; in de overige maanden waren gemiddeld elf coördinatoren aanwezig.",
            "In augustus en september werden twee vormingsdagen gegeven aan 45 jeugdwerkers, in "
            "samenwerking met de vzw Tegenlicht Jeugdwerk. Het Jeugdwerkcentrum Zuidrand in Mechelen "
            "stapte in oktober uit het traject. Het Platform Straathoekwerk Noordrand sloot aan vanaf "
            "november en neemt vanaf de bijeenkomst van januari 2027 deel aan de intervisiegroep.",
        ], ""),
    ]),
    ("X13", "6.3", "DG EPI, Herstelroute vzw", [
        ([WZ], [
            "Het structureel bovenlokaal overleg met DG EPI over de gezamenlijke aanpak van "
            "disengagementstrajecten in de gevangenissen kwam in de rapporteringsperiode driemaal samen "
            "(29 juni, 21 september en 23 november 2026). In dit overleg zetelen naast DG EPI ook de "
            "afdeling Justitiehuizen, de afdeling Welzijn en Samenleving, het OCAD en Herstelroute vzw. "
            "Op het overleg van 21 september werd beslist om het aanbod van Herstelroute uit te breiden "
            "naar de gevangenissen van Beveren en Dendermonde.",
            "Op lokaal niveau werd het lokaal trajectoverleg verdergezet in de gevangenissen van Haren, "
            "Hasselt, Brugge en Antwerpen. Het overleg vond er tweewekelijks plaats, telkens met de "
            "Federatie Gevangenisbezoek en Nazorg (FGN) als vaste partner. In de gevangenis van "
            "Leuven-Centraal werd de opstart uitgesteld tot eind maart 2027.",
        ], "112.000 euro (2026) voor Herstelroute vzw"),
        ([WZ], [
            "De ambtelijke werkgroep disengagement, waarin de Vlaamse administraties Welzijn, "
            "Onderwijs, Werk en Jeugd vertegenwoordigd zijn, vergaderde op 14 juli en 13 oktober 2026 "
            "over de nazorg na detentie. Op vraag van de werkgroep voerde het Interuniversitair Centrum "
            "voor Re-integratie en Desistance (ICRD) een snelle literatuurstudie uit, waarvoor 27.500 "
            "euro werd vrijgemaakt. De ICRD-onderzoekers stelden hun bevindingen op 13 oktober aan de "
            "werkgroep voor. Vanaf 2027 komt de werkgroep per kwartaal samen.",
            "De afdeling Welzijn en Samenleving stemde in de zomer af met de vzw Buitenbrug en het "
            "Kenniscentrum Herstelgericht Werken (KHW) over een aanbod na vrijlating; Buitenbrug "
            "ontvangt hiervoor 19.500 euro in 2027. Een werkbezoek aan het Deense Exit-programma in "
            "Aarhus vond plaats op 7 en 8 september 2026.",
        ], "/"),
    ]),
    ("X14", "7.1", "Vlaams Vredesinstituut", [
        ([WZ], [
            "In het kader van het BRAIN-be 2.0-programma van BELSPO loopt sinds 1 januari 2025 het "
            "onderzoeksproject TEGENSTROOM over de veerkracht van lokale gemeenschappen na "
            "terroristische incidenten. Het project wordt gecoördineerd door de onderzoeksgroep Geweld, "
            "Herstel en Samenleving (GHS) van de Universiteit Gent, in samenwerking met het Centre de "
            "Recherche sur l'Extrémisme et la Société (CRES) van de Université de Mons. Het startmoment "
            "van het project vond plaats in februari 2025. Werkpakket 2 loopt nog tot juni 2027.",
            "Het opvolgingscomité, waarin de afdeling Justitiehuizen, het Netwerk Brugfiguren "
            "Vlaanderen en de vzw Herstelcirkels Vlaanderen (HCV) zetelen, vergaderde op 9 september "
            "2026 in Gent. Een tweede vergadering, voorzien in november, werd verplaatst naar 15 januari "
            "2027. De onderzoekers voerden tussen juni en oktober 46 interviews en organiseerden vier "
            "focusgroepen met hulpverleners.",
        ], ""),
        ([BB], [
            "Statistiek Vlaanderen publiceerde op 30 september 2026 de tweede meting van de Vlaamse "
            "polariseringsmonitor, op basis van de Survey Samenleven 2025. Het veldwerk werd uitgevoerd "
            "door Sociolab Analytics bv voor 41.300 euro. Het wetenschappelijk comité van de monitor, met "
            "onderzoekers van de KU Leuven, de Universiteit Antwerpen en het Vlaams Vredesinstituut, "
            "kwam tweemaal samen (juni en oktober 2026). Het comité overlegt begin 2027 met de SERV over "
            "een uitbreiding naar de arbeidsmarkt.",
            "Het Vlaams Vredesinstituut stelde op 22 oktober 2026 in het Vlaams Parlement het rapport "
            "'Polarisering in cijfers' voor. Op 3 december 2026 volgt een academische zitting over tien "
            "jaar monitoring. De resultaten werden op 6 oktober toegelicht op een webinar voor lokale "
            "besturen, dat 180 deelnemers trok. Het SERV-secretariaat en Statistiek Vlaanderen hadden "
            "op 12 november een eerste verkennend gesprek.",
        ], "65.000 euro (2026); 70.000 euro (2027)"),
    ]),
    ("X15", "10.1", "", [
        ([WZ], [
            "In elke regio zijn minimaal twee referentieconsulenten actief binnen de sociale diensten "
            "jeugdrechtbank (SDJ) en de ondersteuningscentra jeugdzorg (OCJ). In de "
            "rapporteringsperiode kwam het netwerk van referentieconsulenten viermaal samen voor "
            "intervisie: op 19 juni, 11 september, 9 oktober en 20 november 2026. Bij die laatste "
            "bijeenkomst schoof ook de afdeling Justitiehuizen aan.",
            "De referentiejustitieassistenten volgden op 1 en 2 oktober 2026 een tweedaagse opleiding "
            "over online radicalisering, gegeven door het Opleidingscentrum Digitale Sporen (ODS). Zij "
            "treffen elkaar daarnaast informeel tijdens de vormingsdagen, zonder vast overlegkader.",
            "In elk CAW is een referentiepersoon of -team actief als back-office van de Opvoedingslijn. "
            "Het lerend netwerk van de CAW-referentiepersonen, gecoördineerd door CAW Antwerpen, "
            "vergaderde om de drie maanden; de bijeenkomst van september ging door in Kortrijk. De CAW's "
            "van Oost-Vlaanderen en West-Vlaanderen overlegden daarnaast op 28 oktober met het EKS over "
            "de doorverwijzing van ouders. Een vorming rond cultuursensitieve hulpverlening door het "
            "Centrum voor Cultuursensitieve Zorg Antwerpen (CCZA), gepland op 24 november, werd "
            "uitgesteld naar februari 2027.",
        ], "9.800 euro (opleiding ODS)"),
    ]),
    ("X16", "11.1", "Atlas, EMB", [
        ([II], [
            "Op basis van de evaluatie van de pilootprojecten werd het vormingsaanbod voor bedienaars "
            "van erkende erediensten structureel verankerd bij het Agentschap Integratie en "
            "Inburgering. Sinds het schooljaar 2025-2026 loopt het aanbod in Antwerpen, Gent, Brussel "
            "en Genk. In de rapporteringsperiode startten drie nieuwe groepen, met in totaal 38 "
            "deelnemers.",
            "De stuurgroep van het vormingsaanbod, waarin het Agentschap, Atlas, het EMB en de Raad van "
            "Orthodoxe Kerkgemeenschappen in België (ROKB) zetelen, kwam op 25 juni en 5 november 2026 "
            "bijeen; de Vlaamse Federatie van Moskeekoepels (VFM) woonde de vergadering van 5 november "
            "bij als waarnemer. Tussen beide vergaderingen overlegden het Agentschap en het EMB "
            "maandelijks over de inschrijvingen.",
            "Op 9 oktober 2026 vond in Antwerpen een slotmoment plaats met uitreiking van de attesten aan "
            "24 bedienaars. Het gezamenlijke studiebezoek met het Nederlandse Kenniscentrum Geestelijke "
            "Verzorging en Religie (KGVR) ging niet door; het wordt opnieuw bekeken in het voorjaar van "
            "2027. Het Agentschap werkte daarnaast met Taalschool Horizon vzw en Vormingscentrum De "
            "Leerbrug vzw een NT2-traject uit dat vanaf februari 2027 loopt; de lesgevers van beide "
            "organisaties zaten op 2 september een eerste keer samen.",
        ], "145.000 euro (2026); € 12.600 (NT2-traject 2027)"),
    ]),
    ("X17", "11.3", "EMB, KU Leuven, AUHA", [
        ([OV], [
            "De KU Leuven, de AUHA en het EMB zetten het overleg over de uitbreiding van het academisch "
            "aanbod islamitische theologie en godsdienstwetenschappen verder. De drie partners zaten op "
            "10 juli en 6 november 2026 samen in de Leuvense Faculteit Theologie en "
            "Religiewetenschappen. Het departement Onderwijs en Vorming nam telkens als waarnemer deel. "
            "Het Islamitisch Instituut voor Bedienaars (IIB) was uitgenodigd voor de bijeenkomst van 6 "
            "november, maar kon niet aanwezig zijn.",
            "Op de bijeenkomst van 6 november werd afgesproken om een gezamenlijk postgraduaat te "
            "ontwikkelen dat vanaf het academiejaar 2027-2028 wordt aangeboden. Hiertoe wordt een "
            "redactiecomité opgericht, dat ten laatste in februari 2027 samenkomt. Een haalbaarheidsstudie "
            "door het Centrum voor Hoger Onderwijs en Levensbeschouwing (CHOL) werd op 15 september "
            "opgeleverd. Op 25 september 2026 ging in Leuven een studiedag door over imamopleidingen in "
            "Europa, georganiseerd door het Europees Netwerk voor Islamitische Studies (ENIS).",
        ], "Reguliere werkingsmiddelen"),
    ]),
    ("X18", "12.1", "Burgerschapshuis Brussel, Kazerne Dossin", [
        ([OV], [
            "Het departement OV ondersteunde ook in het schooljaar 2026-2027 het Burgerschapshuis "
            "Brussel (BHB) en Kazerne Dossin in het kader van herinneringseducatie en "
            "burgerschapsvorming. Het departement OV, het BHB en Kazerne Dossin hadden op 19 juni en 18 "
            "september 2026 een opvolgingsvergadering. De werkgroep 'Burgerschap in de eerste graad' van "
            "het BHB kwam in het najaar vier keer samen. Tijdens de zomer werden twee zomerscholen "
            "georganiseerd voor 85 leerkrachten, met medewerking van het Herinneringsatelier Mechelen "
            "vzw.",
            "Daarnaast werden organisaties ondersteund die een didactisch aanbod ontwikkelen:",
            "<ul><li>de vzw Klasdebat ontwikkelde het lespakket 'Stem en Tegenstem', dat op 7 oktober "
            "2026 werd gelanceerd;</li><li>Studio Democratisch Samenleven vzw (SDS) begeleidde 14 "
            "scholen in Limburg;</li><li>de Stichting Open Dialoog ondersteunde een leerlingenparlement "
            "in Oostende.</li></ul>",
            "De vzw Klasdebat en het SDS overlegden in augustus over een gezamenlijk aanbod voor het "
            "tweede semester. Het geplande netoverschrijdende colloquium over burgerschap werd "
            "uitgesteld.",
        ], "Voor BHB: 95.000 euro (schooljaar 2026-2027); voor Kazerne Dossin: 60.000 euro; "
           "voor vzw Klasdebat: 25 000 euro; voor SDS: 40 000 euro"),
    ]),
    ("X19", "12.5", "Inspectie LBV", [
        ([OV], [
            "De commissie levensbeschouwelijke vakken (LBV) van de onderwijsinspectie besprak in haar "
            "zitting van 22 september 2026 het verzamelen van goede praktijken rond "
            "interlevensbeschouwelijke dialoog. De commissie houdt per trimester zitting; de volgende "
            "zitting is gepland op 12 januari 2027. In samenwerking met KlasCement en de vzw "
            "Gesprekswerf werd een online verzameling van 40 lesvoorbeelden uitgebouwd.",
            "De werkgroep 'Dialoog in de klas', die de commissie in juni oprichtte, vergaderde op 6 "
            "oktober en 17 november 2026. Het Netwerk Levensbeschouwelijke Leerkrachten Limburg (NLLL) "
            "leverde hiervoor lesmateriaal aan.",
            "Op 24 november 2026 ging in Mechelen een gemeenschappelijke studiedag door voor alle "
            "inspecteurs LBV en de pedagogische begeleiders, met een bijdrage van het "
            "Interlevensbeschouwelijk Netwerk Vlaanderen (INV). De inspecteurs LBV overleggen daarnaast "
            "informeel, zonder vaste overlegstructuur.",
        ], "/"),
    ]),
    ("X20", "13.1", "Koning Boudewijnstichting, Opvoedingslijn, Ouders Tussen Twee Werelden vzw", [
        ([WZ], [
            "De lotgenotengroepen voor ouders van geradicaliseerde jongeren worden sinds 2024 "
            "ondersteund vanuit de Huizen van het Kind, met begeleiding van de vzw Ouders Tussen Twee "
            "Werelden. In de rapporteringsperiode waren vier groepen actief, in Antwerpen, Mechelen, "
            "Vilvoorde en Brussel. De groepen kwamen elk maandelijks samen, behalve in juli en augustus.",
            "De vier begeleiders overlegden op 14 september en 9 november 2026 met de Koning "
            "Boudewijnstichting en de Opvoedingslijn over de verdere financiering. De Koning "
            "Boudewijnstichting kende op 1 oktober 2026 een bijkomende steun van 30.000 euro toe voor "
            "2027; ook de Stichting Brugfiguur draagt 7.500 euro bij.",
            "In Vilvoorde werd op initiatief van de groep een ontmoetingsavond georganiseerd voor ouders "
            "en hulpverleners (16 oktober 2026). De groep in Brussel vergaderde in oktober niet wegens "
            "de herfstvakantie. Een nieuwe groep in Gent, in samenwerking met het Huis van het Kind "
            "Vijverhof, werd opgericht maar startte nog niet; de eerste samenkomst is gepland in "
            "februari 2027.",
            "De Opvoedingslijn en de vzw Ouders Tussen Twee Werelden stemden op 6 juli 2026 af over de "
            "doorverwijzing van oproepen. Een vorming van de Opvoedingslijn-medewerkers volgde op "
            "18/9/2026.",
        ], "48.000 euro (2026)"),
    ]),
    ("X21", "13.3", "GO! ouders, KOOGO, VCOV", [
        ([OV], [
            "De beheersovereenkomsten 2025-2029 tussen de Vlaamse Regering en de ouderkoepelverenigingen "
            "(GO! ouders, KOOGO en VCOV) zijn in uitvoering. Het departement OV volgt de uitvoering op "
            "via een stuurgroep die minimaal drie keer per jaar samenkomt. De stuurgroep kwam sinds juni "
            "2026 twee keer samen, nl. op 24 juni en 30 september 2026; een derde bijeenkomst volgt op "
            "9 december 2026.",
            "Tijdens de stuurgroep van 30 september presenteerden de ouderkoepels hun gezamenlijke "
            "actieplan rond doelgroepouders. Op 6 november organiseerde het departement een halve "
            "werkdag met de ouderkoepels en het Ouderplatform Diversiteit Brussel (OPDB). KOOGO en VCOV "
            "richtten daarnaast een werkgroep 'Ouders en verbinding' op, die sinds oktober om de zes "
            "weken vergadert.",
            "Het OPDB en de Federatie Ouderverenigingen Nieuwe Vlamingen (FONV) stemden in oktober af "
            "over een gezamenlijke ouderavond; de Federatie van Ouderraden Brussel (FOB) sluit zich "
            "daarbij aan vanaf het tweede trimester van het schooljaar 2026-2027.",
        ], ""),
    ]),
    ("X22", "14.1", "Buurtwerk Noorderlicht vzw, Jongerenatelier Vonk vzw, Arktos vzw, Theater Tussenland "
     "vzw, Beeldatelier Zijspoor vzw, gemeente Dilbeek", [
        ([II, JG], [
            "In het kader van de projectoproep 'Verbindend opgroeien' (oproep 2025-JI-02) kregen eind "
            "2025 zes projecten een subsidie toegekend, namelijk:",
            "<ul><li>Buurtwerk Noorderlicht vzw – Antwerpen (68.000 euro);</li><li>Jongerenatelier Vonk "
            "vzw – Gent (72.500 euro);</li><li>Arktos vzw – Mechelen (55.000 euro);</li><li>Theater "
            "Tussenland vzw – Brussel (61.250 euro);</li><li>Beeldatelier Zijspoor vzw – Kortrijk "
            "(49.800 euro);</li><li>de jeugddienst van de gemeente Dilbeek (38.450 euro).</li></ul>",
            "De projecten lopen van 1 februari 2026 tot 31 januari 2028. De projectpromotoren kwamen op "
            "29 juni en 26 oktober 2026 samen voor een intervisiemoment.",
            "Het afsluitend toonmoment van de vorige oproep vond plaats op 4 juni 2026 in De Centrale in "
            "Gent; Filmcollectief Breedbeeld vzw maakte er een verslagfilm van. Een nieuw toonmoment is "
            "gepland in het najaar van 2027. De begeleidingscommissie van de oproep, met "
            "vertegenwoordigers van ABB, de afdeling Jeugd en het Kenniscentrum Jeugd en Verbinding "
            "(KJV), kwam eenmaal bijeen, op 15 juli 2026.",
        ], "345.000 euro (integratie 210.000 euro; jeugd 135.000 euro); 3.500 euro (toonmoment)"),
    ]),
    ("X23", "14.5", "Mediawijs, StampMedia, Klankkast vzw", [
        ([MD], [
            "Mediawijs lanceerde in juni 2026 de tweede fase van het project rePresent, in samenwerking "
            "met StampMedia en het jongerenmediacollectief Klankkast vzw. Tussen september en november "
            "2026 gingen 11 dialoogsessies door tussen jongeren en professionele journalisten in "
            "Antwerpen, Brussel en Genk.",
            "De adviesraad van rePresent, met vertegenwoordigers van de VRT, de Vlaamse Vereniging van "
            "Journalisten, Klankkast vzw en de redactie van Uitsprak Media nv, vergaderde op 8 juli en 4 "
            "november 2026. Op de vergadering van 4 november werd beslist om een training voor "
            "mediaredacties uit te werken. De eerste training is gepland op 2 februari 2027.",
            "Samen met de onderzoeksgroep Digitale Media en Jongeren (DMJ) van de Universiteit Antwerpen "
            "en Podcaststudio Echokamer bv werkte Mediawijs een podcastreeks in zes afleveringen uit, die "
            "vanaf 15 januari 2027 wordt uitgezonden. Mediawijs en Child Focus overlegden in november "
            "over een gezamenlijke actie voor Safer Internet Day 2027. De Denktank Middenveld en "
            "Democratie stelde op 20 oktober een discussienota over polarisering in de media voor.",
        ], "EUR 52.000 (2026-2027)"),
    ]),
    ("X24", "14.7", "VOKA, UNIZO, ACV, ABVV, ACLVB, GRIP, Minderhedenforum", [
        ([WK], [
            "In het kader van het Focus op Talent-beleid werden de samenwerkingsakkoorden met UNIZO, "
            "VOKA, de werknemersorganisaties, GRIP en het Minderhedenforum verlengd tot 31 december "
            "2027. Het coördinatieoverleg Focus op Talent, dat door het departement Werk en Sociale "
            "Economie wordt voorgezeten, kwam op 2 juli, 17 september en 19 november 2026 samen. Het "
            "Werkgeversplatform Diversiteit Kempen (WDK) trad in september toe tot dat overleg. UNIZO "
            "en het Minderhedenforum overlegden daarnaast driemaal over een gezamenlijke campagne voor "
            "kmo's.",
            "De campagne 'Talent zonder Label' liep van 1 tot 30 oktober 2026 en werd uitgewerkt door het "
            "communicatiebureau Rechtuit bv, dat hiervoor samenwerkte met het fotografencollectief Lens op "
            "Werk cv. Het overleg tussen ACV, ABVV en ACLVB over de "
            "vakbondsmodule 'Inclusieve werkvloer' ging door op 3 en 24 november 2026.",
        ], "€ 150.000 (2026)"),
        ([WK], [
            "Binnen de ESF-oproep 'Inclusief Ondernemen 2026' werden acht projecten goedgekeurd, "
            "ingediend door:",
            "<ul><li>de VWI;</li><li>Diversiteitspunt Limburg vzw;</li><li>het Netwerk Ondernemers met "
            "Roots (NOR);</li><li>Opleidingshuis Techniek en Talent vzw;</li><li>Mentorschap Nieuwe "
            "Start vzw;</li><li>Uitzendbureau Startlijn nv;</li><li>Sociaal Innovatiehuis Westhoek "
            "cv;</li><li>de dienst Economie van de stad Sint-Niklaas.</li></ul>",
            "De promotoren vormen samen een lerend netwerk dat per kwartaal bijeenkomt; in de "
            "rapporteringsperiode was dat op 10/9/2026. Het lerend netwerk werd in juni niet "
            "samengeroepen wegens de opstart van de projecten. Het ESF-Agentschap organiseerde op 30 "
            "november 2026 een infosessie voor nieuwe promotoren. Eén project werd op 15 oktober stopgezet; "
            "het vrijgekomen budget van € 48.250 wordt in 2027 herverdeeld. De volgende bijeenkomst van het "
            "lerend netwerk staat gepland in de week van 8 maart 2027.",
        ], "ESF: 640.000 euro; Vlaamse cofinanciering: 160.000 euro (2026-2028)"),
    ]),
]


class _Checker(HTMLParser):
    ALLOWED = {"p", "ul", "li"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.ALLOWED:
            self.errors.append(f"tag <{tag}> not allowed")
        if attrs:
            self.errors.append(f"attributes on <{tag}>")
        if tag == "li" and (not self.stack or self.stack[-1] != "ul"):
            self.errors.append("<li> outside <ul>")
        if tag in ("p", "ul") and self.stack:
            self.errors.append(f"<{tag}> nested in <{self.stack[-1]}>")
        self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.errors.append(f"self-closing <{tag}/>")

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}>")
        else:
            self.stack.pop()

    def handle_data(self, data):
        if not self.stack and data.strip():
            self.errors.append(f"text outside block: {data.strip()[:30]!r}")
        self.text.append(data)


def to_html(paragraphs):
    out = []
    for par in paragraphs:
        par = re.sub(r"\s+", " ", par).strip()
        out.append(par if par.startswith("<") else f"<p>{par}</p>")
    return " ".join(out)


def check_entry(tag, html):
    chk = _Checker()
    chk.feed(html)
    chk.close()
    if chk.stack:
        chk.errors.append(f"unclosed {chk.stack}")
    if "&" in html or "<" in "".join(chk.text) or ">" in "".join(chk.text):
        chk.errors.append("stray markup characters")
    words = len(" ".join(chk.text).split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        chk.errors.append(f"{words} words (need {MIN_WORDS}-{MAX_WORDS})")
    if chk.errors:
        raise SystemExit(f"{tag}: " + "; ".join(chk.errors))
    return words


def main():
    desc = load_descriptions(HERE / "dev.txt")
    ids = [it[0] for it in ITEMS]
    expected = [f"X{i:02d}" for i in range(1, len(ITEMS) + 1)]
    if ids != expected:
        raise SystemExit(f"item ids out of order: {ids}")
    actions = [it[1] for it in ITEMS]
    if len(set(actions)) != len(actions):
        raise SystemExit("an action is used twice")
    total_words = n_entries = 0
    lines = []
    for item, action_id, parties, entries in ITEMS:
        if action_id not in desc or not desc[action_id]:
            raise SystemExit(f"{item}: description of action {action_id} not found in dev.txt")
        if not 1 <= len(entries) <= 3:
            raise SystemExit(f"{item}: {len(entries)} entries")
        out_entries = []
        for no, (comps, pars, budget) in enumerate(entries, start=1):
            html = to_html(pars)
            total_words += check_entry(f"{item}/{no}", html)
            out_entries.append({"entry_no": no, "competences": list(comps), "description": html,
                                "budget_text": budget})
        if [e["entry_no"] for e in out_entries] != list(range(1, len(out_entries) + 1)):
            raise SystemExit(f"{item}: entry_no does not run 1..n")
        n_entries += len(out_entries)
        lines.append(json.dumps({"item": item, "action_id": action_id, "description": desc[action_id],
                                 "other_parties_text": parties, "entries": out_entries},
                                ensure_ascii=False))
    (HERE / "text.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"text.jsonl: {len(lines)} items, {n_entries} entries, {total_words} words", file=sys.stderr)


if __name__ == "__main__":
    main()
