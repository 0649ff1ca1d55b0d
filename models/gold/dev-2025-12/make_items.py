#!/usr/bin/env python3
"""SYNTHETIC dev-2025-12 round (writer w19, blind).

Invented December 2025 round (report date 2025-12-01, reporting period June 2025 -
November 2025) of the progress report on the Flemish 'Actieplan ter preventie van
gewelddadige radicalisering en polarisering', written as tuning text for the extractors
(mainly the meeting extractor).

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
("W01", "1.1",
 "VVSG, VGC, OCAD, FOD Justitie, FOD Binnenlandse Zaken",
 [(["Binnenlands Bestuur"], [
   "De structuren die binnen de Vlaamse overheid werden opgezet om tot een gecoördineerd en afgestemd "
   "beleid te komen, blijven behouden: het centraal aanspreekpunt binnen het Agentschap Binnenlands "
   "Bestuur (ABB), het netwerk van aanspreekpunten binnen de beleidsdomeinen en het Vlaams Platform "
   "Radicalisering.",
   "Het Platform, dat in principe maandelijks samenkomt, vergaderde in deze rapporteringsperiode op "
   "12 juni, 3 juli, 11 september, 9 oktober en 13 november 2025. In augustus werd, zoals elk jaar, "
   "geen vergadering gehouden.",
   "Op de vergadering van 11 september werd de gewijzigde samenstelling van het netwerk besproken. Na de "
   "herschikking binnen het beleidsdomein Welzijn, Volksgezondheid en Gezin zetelen voortaan ook het "
   "Agentschap Opgroeien en het departement Zorg in het Platform.",
   "Tussen de plenaire vergaderingen door zat het bureau van het Platform, bestaande uit het centraal "
   "aanspreekpunt, het OCAD en de VVSG, om de zes weken samen om de agenda's voor te bereiden. Naar "
   "aanleiding van de geactualiseerde dreigingsanalyse van het OCAD werd het Platform op 25 september "
   "2025 bovendien in een extra zitting bijeengeroepen.",
   "Ter voorbereiding van de federale actualisering vonden in juli tussen het centraal aanspreekpunt en "
   "de aanspreekpunten van de beleidsdomeinen twee vergadermomenten plaats.",
  ], ""),
  (["Binnenlands Bestuur", "Welzijn"], [
   "Het platform over radicalisering en terrorisme, dat overleg mogelijk maakt tussen de betrokken "
   "kabinetten van de federale overheid en de deelstaten, hield op 18 september 2025 een zitting in het "
   "Egmontpaleis. Een volgende bijeenkomst is voorzien in februari 2026.",
   "Ook de interkabinettaire stuurgroep preventie radicalisering, die de uitvoering van het actieplan "
   "politiek opvolgt, kwam op 2 juli en 5 november 2025 bijeen.",
   "Met de aanspreekpunten van de VGC en van de Franse Gemeenschapscommissie werd tweemaandelijks "
   "overleg gepleegd over de Brusselse initiatieven, telkens in aansluiting op de vergadering van het "
   "Platform.",
   "Een themavergadering over polarisering in de publieke ruimte, gepland op 20 november 2025, werd "
   "verplaatst naar januari 2026, omdat de resultaten van de bevraging bij de lokale besturen nog niet "
   "beschikbaar waren. Op 16 oktober 2025 namen de aanspreekpunten deel aan de studiedag 'Tien jaar "
   "preventie van radicalisering in Vlaanderen', georganiseerd door de VVSG.",
  ], "")]),

("W02", "1.3",
 "Lijnwerk cv, Universiteit Antwerpen",
 [(["Binnenlands Bestuur"], [
   "In het voorjaar van 2025 werd de opdracht voor de tussentijdse evaluatie van het actieplan gegund "
   "aan het studiebureau Lijnwerk, in consortium met de onderzoeksgroep Beleid en Samenleving van de "
   "Universiteit Antwerpen. De opdracht ging van start op 5 juni 2025 met een startvergadering.",
   "Voor de opvolging werd een stuurgroep evaluatie samengesteld, waarin de aanspreekpunten van de vijf "
   "beleidsdomeinen, het OCAD en de VVSG zetelen.",
   "Het projectteam van Lijnwerk stemde maandelijks met het centraal aanspreekpunt af over de voortgang "
   "van de opdracht. In september en oktober voerde het consortium focusgroepen met lokale ambtenaren in "
   "Gent, Genk en Kortrijk, aangevuld met een documentanalyse van de halfjaarlijkse rapporteringen sinds "
   "2021.",
   "De stuurgroep kwam in de rapporteringsperiode twee keer bijeen, op 26 juni en 2 oktober 2025. Tijdens "
   "de tweede bijeenkomst stelde het consortium de eerste bevindingen van de documentanalyse voor. In "
   "overleg met de stuurgroep werd beslist om de online bevraging van de Vlaamse partners uit te stellen "
   "tot na de jaarwisseling.",
   "Daarnaast werd een klankbordgroep van lokale praktijkwerkers opgericht. Die groep werd nog niet "
   "samengeroepen; de samenstelling wordt eind december afgerond. Het eindrapport wordt verwacht in "
   "het najaar van 2026.",
  ], "74.800 euro (excl. btw)")]),

("W03", "2.1",
 "OCAD, FOD Justitie, FOD Binnenlandse Zaken, VVSG, safe.brussels",
 [(["Binnenlands Bestuur"], [
   "Het centraal aanspreekpunt nam deel aan de maandelijkse vergaderingen van de Nationale Task Force "
   "(NTF) en verzekerde via het Vlaams Platform Radicalisering de terugkoppeling naar de Vlaamse "
   "partners. In augustus werd de NTF niet samengeroepen.",
   "Binnen de Strategie T.E.R. werd in september 2025 de werkgroep 'Lokale verankering' opgestart. "
   "Voorafgaand aan de eerste vergadering op 23 september stelde het OCAD een verkennende nota op over "
   "de rol van de gemeenschappen en gewesten. Deze werkgroep zal per kwartaal samenkomen; een volgende "
   "vergadering staat gepland op 16 december 2025.",
   "Op 10 juni, 8 juli, 16 september en 21 oktober 2025 vergaderde de werkgroep Communicatie. Zij werkte "
   "een gemeenschappelijke communicatielijn uit voor incidenten met een polariserende impact.",
   "De werkgroep radicalisering en polarisering van het Globaal Veiligheids- en Preventieplan van het "
   "Brussels Hoofdstedelijk Gewest werd door safe.brussels op 30 september 2025 samengeroepen. ABB "
   "neemt aan deze werkgroep deel.",
  ], ""),
  (["Welzijn"], [
   "De afdeling Justitiehuizen van het Agentschap Justitie en Handhaving was vertegenwoordigd in de "
   "werkgroep Gevangenissen, die op 17 juni en 4 november 2025 bijeenkwam.",
   "Op 25 juni 2025 zat ook de permanente werkgroep van het College van procureurs-generaal en de "
   "justitiehuizen samen, met de gegevensdeling rond veroordeelde terroristen als enig agendapunt.",
   "Er vond bovendien driemaal overleg plaats tussen de justitiehuizen, DG EPI en de CAW's over de "
   "opvolging van personen die veroordeeld zijn voor terroristische misdrijven, telkens in de gevangenis "
   "van Haren.",
   "Op 14 oktober 2025 volgden twee referentie-justitieassistenten de studienamiddag van het "
   "expertisenetwerk Terrorisme van het College van procureurs-generaal.",
  ], "")]),

("W04", "2.3",
 "GO!, Katholiek Onderwijs Vlaanderen, OVSG, POV, politiezones Brussel-Noord, Brussel-West, Brussel-Zuid, "
 "Brussel Hoofdstad Elsene, Montgomery, Marlow",
 [(["Onderwijs"], [
   "Sinds 2024 is het overleg tussen de Brusselse politiezones, de onderwijsverstrekkers en het "
   "Onderwijscentrum Brussel verankerd in het Brussels Netoverschrijdend Overleg Schoolveiligheid "
   "(BNOS). Het BNOS komt twee keer per schooljaar samen.",
   "De zomereditie ging door op 24 juni 2025 in de lokalen van het Onderwijscentrum Brussel. Op dat "
   "overleg werd het geactualiseerde protocol voor het delen van zorgwekkende signalen afgetoetst bij de "
   "zes politiezones.",
   "Ter voorbereiding van de volgende editie kwam een schrijfgroep met vertegenwoordigers van Katholiek "
   "Onderwijs Vlaanderen, het GO! en de politiezone Brussel-West in september drie keer samen. Zij werkt "
   "aan een gezamenlijke fiche voor directies en wijkinspecteurs en kwam op 4 november nog een vierde "
   "keer samen om de tekst af te werken.",
   "Het departement Onderwijs en Vorming ging op 7 oktober 2025 bovendien in overleg met de "
   "preventiedienst van de politiezone Montgomery over de aanpak aan de schoolpoorten.",
   "Een gezamenlijke vorming voor wijkinspecteurs en leerlingenbegeleiders, gepland op 20 november 2025, "
   "werd geannuleerd wegens te weinig inschrijvingen. De volgende vergadering van het BNOS is gepland in "
   "maart 2026.",
  ], "")]),

("W05", "3.1",
 "Europese Commissie, OCAD, VVSG",
 [(["Binnenlands Bestuur"], [
   "Het Network of Prevent Policy Makers (NPPM) van de Europese Commissie kwam op 1 en 2 juli 2025 samen "
   "in Kopenhagen. Binnen de NTF werd afgesproken dat Vlaanderen deze keer samen met het OCAD de "
   "Belgische vertegenwoordiging zou opnemen. Op de agenda stonden de nieuwe EU-prioriteiten voor "
   "preventie en de rol van lokale besturen. Het NPPM komt tweemaal per jaar samen; een volgende "
   "bijeenkomst is gepland in het voorjaar van 2026.",
   "De projectgroep 'Lokale besturen' van de EU Knowledge Hub on Prevention of Radicalisation, waarin de "
   "VVSG namens België zetelt, vergaderde tweemaal online.",
   "Daarnaast nam het centraal aanspreekpunt deel aan een werkbezoek aan Aarhus rond multi-agency "
   "samenwerking (16-17 september 2025) en volgde het op 10 oktober een webinar van de Knowledge Hub "
   "over jongeren en gamingplatformen.",
  ], ""),
  (["Onderwijs"], [
   "De referentiepersoon radicalisering van het GO! nam deel aan de bijeenkomst van de werkgroep "
   "'Education' van de Knowledge Hub in Lissabon op 25 en 26 september 2025. Deze groep komt vier keer "
   "per jaar samen, afwisselend online en fysiek.",
   "Een door de werkgroep geplande Peer Learning Activity in Tallinn werd uitgesteld tot het voorjaar "
   "van 2026. De resultaten en papers van de bijeenkomsten worden netoverschrijdend gedeeld via de "
   "werkgroep radicalisering van het departement Onderwijs en Vorming. Zo kwamen onder meer de rol van "
   "leerkrachten bij online radicalisering en het omgaan met polariserende incidenten in de klas aan bod.",
  ], ""),
  (["Jeugd"], [
   "Het departement Cultuur, Jeugd en Media was van 4 tot 6 november 2025 vertegenwoordigd op de "
   "Europese jeugdwerkconferentie 'Common Ground' in Gent, waar de Vlaamse toolbox rond jeugdwerk en "
   "polarisering werd voorgesteld.",
   "Ter voorbereiding zaten De Ambrassade, Uit De Marge en de afdeling Jeugd op 14 oktober 2025 samen "
   "om de Vlaamse inbreng af te stemmen. Een tweede voorbereidend overleg was niet meer nodig.",
   "De jeugdwerkorganisaties van de Vlaams-Nederlandse werkgroep 'Jeugdwerk en polarisatie' ontmoetten "
   "elkaar op 2 september 2025 in Breda. Na de conferentie werden de goede praktijken van de "
   "deelnemende lidstaten gebundeld en via de eigen website verspreid naar de jeugdwerksector.",
  ], "")]),

("W06", "4.3",
 "VVSG",
 [(["Binnenlands Bestuur"], [
   "De VVSG zette haar ondersteuning van de lokale besturen verder. De helpdeskfunctie "
   "(radicalisering@vvsg.be) ontving tussen 1 juni en 15 november 2025 74 vragen van 39 lokale besturen, "
   "vooral over de werking van het LIVC, beroepsgeheim en online polarisering.",
   "De werkgroep radicalisering en polarisering van de VVSG, die elke drie maanden samenkomt, "
   "vergaderde op 19 juni en 25 september 2025. De volgende bijeenkomst staat gepland op 11 december "
   "2025 in Mechelen.",
   "De provinciale overlegplatformen werden verdergezet:",
   "<ul>"
   "<li>het provinciaal platform in Limburg kwam op 3 juli en 6 november 2025 samen in Hasselt;</li>"
   "<li>in Oost-Vlaanderen zaten de lokale radicaliseringsambtenaren, de justitiehuizen en de "
   "politiezones op 18 september 2025 rond de tafel;</li>"
   "<li>het overlegplatform Vlaams-Brabant werd op 9 oktober 2025 door de gouverneur samengeroepen;</li>"
   "<li>in de regio Kempen kwamen de lokale besturen tweemaandelijks bijeen in het regionaal overleg in "
   "Geel;</li>"
   "<li>in West-Vlaanderen werd het platform niet samengeroepen, omdat de provincie haar "
   "overlegstructuren herziet.</li>"
   "</ul>",
   "De intervisiegroep voor casemanagers kwam vijfmaal samen (12/6, 10/7, 11/9, 16/10 en 20/11/2025). "
   "Gemiddeld waren 14 personen uit 11 gemeenten aanwezig.",
   "Op 2 oktober 2025 organiseerde de VVSG in Leuven de studiedag 'Polarisering na de verkiezingen'. Op "
   "13 juni 2025 gaf de VVSG ook een toelichting op een infosessie voor nieuwe burgemeesters in Brugge.",
  ], "412.000 euro (1 jan 2025 – 31 dec 2027)"),
  (["Binnenlands Bestuur"], [
   "De stuurgroep van het VVSG-project, waarin ABB en de VVSG vertegenwoordigd zijn, komt jaarlijks "
   "samen om het werkplan te evalueren. Dat gebeurde op 30 oktober 2025; het werkplan 2026 werd er "
   "goedgekeurd.",
   "Op internationaal vlak onderhoudt de VVSG contacten met zusterorganisaties. Met de Nederlandse VNG en "
   "de Zweedse SALAR werd op 27 juni 2025 in Den Haag overlegd over lokale aanpakken van online "
   "polarisering. Het Benelux-overleg lokale preventie, dat tweemaal per jaar wordt georganiseerd, ging "
   "op 20 november 2025 door in Luxemburg. De geplande uitwisseling met de stad Rotterdam werd naar 2026 "
   "verschoven.",
   "Het lokaal netwerk van de gemeente Zele rond polarisering, dat de VVSG mee heeft opgezet, kwam sinds "
   "de zomer tweemaal samen onder voorzitterschap van de burgemeester.",
  ], "")]),

("W07", "4.7",
 "VVSG, De Ambrassade, Formaat, JES, Uit De Marge, Netwerk Islamexperten, Opvoedingslijn",
 [(["Binnenlands Bestuur", "Onderwijs", "Welzijn"], [
   "Het hulplijnenoverleg, waarin het Netwerk Islamexperten, de Opvoedingslijn, het aanspreekpunt "
   "onderwijs en de lijn 1712 vertegenwoordigd zijn, vond plaats op 26 juni en 13 november 2025. Het "
   "overleg wordt zesmaandelijks georganiseerd en zorgt ervoor dat vragen van burgers en professionals "
   "correct worden doorverwezen.",
   "Tussen het Netwerk Islamexperten en de Opvoedingslijn was er daarnaast maandelijks casusoverleg over "
   "situaties waarin ouders zich zorgen maken over hun kind. Beide organisaties bundelden ook hun "
   "vormingsaanbod voor eerstelijnswerkers in één brochure. In het najaar werd ook de gezamenlijke fiche "
   "'Waar kan ik terecht?' voor eerstelijnswerkers geactualiseerd.",
  ], ""),
  (["Onderwijs"], [
   "Tussen het aanspreekpunt radicalisering en de referentiepersonen radicalisering van de "
   "onderwijsverstrekkers, het GO! en de CLB-netten werd maandelijks overlegd, met uitzondering van juli "
   "en augustus.",
   "Op 30 september 2025 werd overlegd met de LOP-deskundigen van Antwerpen en Gent over de signalen die "
   "zij in de lokale overlegplatforms opvangen.",
   "Het aanspreekpunt lichtte op 6 november 2025 het actieplan toe op de algemene vergadering van de "
   "onderwijsinspectie. Daarnaast werd op 21 oktober 2025, in samenwerking met de VSSE, een "
   "vormingsmoment georganiseerd voor onderwijsinspecteurs en referentiepersonen.",
  ], ""),
  (["Jeugd"], [
   "Het sectoroverleg jeugd, dat de afdeling Jeugd organiseert met De Ambrassade, Formaat, JES, Uit De "
   "Marge en een aantal lokale jeugdwerkingen, kwam samen op 5 juni en 16 oktober 2025.",
   "Op het overleg van 16 oktober stond deontologie bij signalen van radicalisering op de agenda.",
   "De coördinatoren van de Brusselse jeugdhuizen kwamen bovendien samen in een intervisiegroep rond "
   "polarisering, begeleid door JES. Die groep zat in de rapporteringsperiode viermaal samen, telkens in "
   "een ander jeugdhuis. De afdeling Jeugd houdt zo de vinger aan de pols over de noden van de "
   "organisaties en van de jongeren die zij bereiken.",
  ], "")]),

("W08", "5.3",
 "Platform van Vlaamse Imams en Moslimdeskundigen, EMB",
 [(["Welzijn"], [
   "Het project 'Theologische aanpak islamitische radicalisering' wordt uitgevoerd door het Platform van "
   "Vlaamse Imams en Moslimdeskundigen in samenwerking met de afdeling Justitiehuizen. Tussen 1 juni en "
   "30 november 2025 werden 14 nieuwe begeleidingen opgestart, waarvan 5 na detentie.",
   "De opvolgingsgroep van het project vergaderde op 8 juli 2025. De vergadering die gepland was op "
   "14 oktober werd uitgesteld; een nieuwe datum is nog niet vastgelegd.",
   "De gescreende islamdeskundigen die in het project actief zijn, treffen elkaar om de zes weken in een "
   "intervisiegroep onder begeleiding van een psycholoog van het CAW Brussel.",
   "Het Platform en het EMB overlegden op 2 september 2025 over de afstemming met het aanbod van de "
   "moslimconsulenten in de gevangenissen.",
   "Op 20 november 2025 ging in Antwerpen een colloquium door over theologische begeleiding in een "
   "forensische context, georganiseerd door het Platform.",
  ], "95.000 euro")]),

("W09", "5.5",
 "Arktos, GO!, Katholiek Onderwijs Vlaanderen, OVSG, POV",
 [(["Onderwijs"], [
   "Arktos zet het project CONNECT verder in het schooljaar 2025-2026 (1/9/2025 tot 31/8/2026). Tussen "
   "juni en november 2025 werden 29 scholen ondersteund, waarvan 11 in Brussel.",
   "De stuurgroep CONNECT, met vertegenwoordigers van het departement Onderwijs en Vorming, de vier "
   "onderwijsverstrekkers en Arktos, kwam samen op 17 juni en 14 oktober 2025. Tijdens de vergadering "
   "van 17 juni werd het jaarverslag 2024-2025 goedgekeurd.",
   "Het interventieteam van Arktos, dat de tussenkomsten in de scholen coördineert, komt wekelijks samen. "
   "De coaches treffen elkaar daarnaast maandelijks voor casusbespreking.",
   "Arktos stemde in september en oktober af met het Onderwijscentrum Brussel over de instroom van "
   "Brusselse scholen. De Brusselse begeleidingsgroep van CONNECT, die de aanmeldingen van Brusselse "
   "scholen screent, zat in oktober en november twee keer samen.",
   "Op 22 oktober 2025 organiseerde Arktos in Mechelen een inspiratienamiddag voor directies van "
   "deelnemende scholen.",
  ], "240.000 euro (schooljaar 2025-2026)")]),

("W10", "5.7",
 "",
 [(["Onderwijs"], [
   "In navolging van de oproep 'Verbinden in de klas' lopen sinds januari 2025 twaalf projecten rond "
   "polarisatiemanagement, herstelgericht werken en omgaan met conflicten in het secundair onderwijs.",
   "De begeleidingsgroep van de oproep, samengesteld uit medewerkers van het departement, een "
   "pedagogisch begeleider per onderwijsverstrekker en twee externe experten, vergaderde driemaal: op "
   "20 juni, 29 augustus en 7 november 2025. Op 12 september 2025 bracht zij de projectpromotoren samen "
   "voor een tussentijdse uitwisseling in Brussel.",
   "In oktober werd een lerend netwerk van de projectscholen opgericht. De eerste bijeenkomst is "
   "voorzien op 22 januari 2026. In Limburg en West-Vlaanderen werden daarnaast regionale "
   "uitwisselingsgroepen van projectscholen gevormd, die elk om de acht weken samenkomen.",
   "Voor de leerkrachten van de projectscholen bood vzw Herstelkracht op 15 en 16 oktober 2025 een "
   "tweedaagse training herstelgericht werken aan.",
  ], "360.000 euro (2025-2026)")]),

("W11", "6.1",
 "VVSG, OCAD, FOD Binnenlandse Zaken",
 [(["Binnenlands Bestuur"], [
   "Volgens de meest recente inventaris van de FOD Binnenlandse Zaken zijn in het Vlaamse Gewest 262 "
   "gemeenten betrokken bij een LIVC, al dan niet in een intergemeentelijk verband.",
   "Het LIVC van de stad Lier, dat tweemaandelijks samenkomt, vergaderde sinds juni drie keer. In de "
   "Noorderkempen richtten de gemeenten Hoogstraten, Rijkevorsel en Merksplas een regionale cel op, het "
   "LIVC-R Noorderkempen, dat op 25 september 2025 voor het eerst werd bijeengeroepen. Deze cel werd in "
   "april en mei 2025 voorbereid in een reeks gesprekken tussen de drie burgemeesters.",
   "Het overleg tussen ABB, de VVSG en de FOD Binnenlandse Zaken over de actualisering van de handleiding "
   "LIVC vond plaats op 10 juni en 4 september 2025. De LIVC's van Ieper, Poperinge en Diksmuide kwamen "
   "elk minstens eenmaal per kwartaal samen. In het Waasland is er tweemaandelijks overleg tussen de "
   "LIVC-coördinatoren van Sint-Niklaas, Temse en Beveren.",
   "Voor nieuwe LIVC-coördinatoren organiseerde ABB samen met de VVSG op 27 november 2025 een "
   "opleidingsdag in Brussel.",
  ], ""),
  (["Welzijn"], [
   "Het Agentschap Opgroeien actualiseerde het draaiboek voor de partners in de jeugdhulp. Daarvoor werd "
   "een schrijfgroep samengeroepen met vertegenwoordigers van de ondersteuningscentra jeugdzorg, de "
   "sociale diensten jeugdrechtbank en de consultteams. De schrijfgroep kwam tussen juli en oktober "
   "viermaal bijeen.",
   "In overleg met het OCAD werd beslist om de module over terugkeerders en hun kinderen te herwerken. "
   "Het geactualiseerde draaiboek wordt begin 2026 digitaal verspreid naar alle partners binnen het "
   "jeugdhulpaanbod. Het bevat ook een nieuw hoofdstuk over online radicalisering bij minderjarigen en "
   "over de samenwerking met het LIVC.",
  ], ""),
  (["Jeugd"], [
   "Het traject rond deontologie in het jeugdwerk, gefaciliteerd door De Ambrassade, werd in deze "
   "periode afgerond. De werkgroep 'Deontologisch kader' hield op 9 september 2025 een laatste "
   "vergadering, waarop de tekst van het kader werd gefinaliseerd. Het kader werd op 23 oktober "
   "voorgesteld aan de jeugdwerksector tijdens een online infosessie.",
   "In Antwerpen, Gent en Mechelen werden wijkgerichte overlegtafels met jeugdwerkers, straathoekwerkers "
   "en de lokale preventiedienst opgezet. De groep in Mechelen kwam als eerste samen, op 8 juli 2025; in "
   "Gent en Antwerpen zaten de tafels sindsdien elk twee keer samen.",
  ], "")]),

("W12", "6.3",
 "DG EPI, Agentschap Justitie en Handhaving",
 [(["Welzijn"], [
   "Het structureel bovenlokaal overleg met DG EPI kwam in de rapporteringsperiode tweemaal samen, op "
   "1 juli en 7 oktober 2025. Tijdens het overleg van 7 oktober werden de criteria om lokaal prioriteiten "
   "te stellen geëvalueerd en licht bijgestuurd.",
   "In de gevangenissen van Hasselt, Brugge en Haren zitten de consultants maandelijks samen met de "
   "psychosociale dienst en de justitiehuizen in een lokaal trajectoverleg. Het trajectoverleg in Haren "
   "werd in september uitgebreid met de gemeenschapsinstelling in Everberg; dit uitgebreide overleg ging "
   "voor het eerst door op 23 september 2025.",
   "De ambtelijke werkgroep disengagement binnen het beleidsdomein WVG, waarin de afdeling "
   "Justitiehuizen, het Agentschap Opgroeien en het departement Zorg vertegenwoordigd zijn, kwam in deze "
   "periode niet samen wegens de reorganisatie van het Agentschap Justitie en Handhaving. Op 17 september "
   "2025 brachten de consultants wel een werkbezoek aan de gevangenis van Leuze-en-Hainaut.",
   "De volgende bijeenkomst van het bovenlokaal overleg staat gepland op 20 januari 2026.",
  ], "")]),

("W13", "6.5",
 "EMB",
 [(["Welzijn"], [
   "In elke campus van de gemeenschapsinstellingen en in het Vlaams detentiecentrum De Wijngaard is een "
   "moslimconsulent actief. In juni 2025 werd een bijkomende consulent aangesteld voor de campus in "
   "Everberg. Over die aanstelling werd op 12 juni 2025 vergaderd met de directie van de campus en het "
   "EMB.",
   "Het overleg tussen de moslimconsulenten, het EMB en de centrale administratie van de afdeling "
   "Gemeenschapsinstellingen kwam op 3 juli 2025 samen om het afsprakenkader te evalueren. Dat overleg "
   "zal voortaan halfjaarlijks plaatsvinden; de volgende ontmoeting is gepland in januari 2026.",
   "Het directieteam van de afdeling Gemeenschapsinstellingen valideerde het geactualiseerde "
   "afsprakenkader op zijn vergadering van 9 september 2025.",
   "De consulenten volgden op 14 en 15 oktober 2025 een vorming rond traumasensitief werken en "
   "ontmoetten elkaar op 28 november op de netwerkdag van de gevangenisconsulenten van het EMB.",
  ], "")]),

("W14", "7.1",
 "Vlaams Vredesinstituut, BELSPO",
 [(["Binnenlands Bestuur"], [
   "ABB liet in 2025 een polariseringsmonitor ontwikkelen door het Interuniversitair Onderzoekscentrum "
   "Conflict en Cohesie (ICCO). De monitor combineert een bevraging van lokale besturen met een analyse "
   "van bestaande meetinstrumenten uit Nederland, Duitsland en de Scandinavische landen.",
   "Het onderzoek wordt begeleid door een wetenschappelijk comité met vertegenwoordigers van het Vlaams "
   "Vredesinstituut, Statistiek Vlaanderen, het OCAD en twee lokale besturen. Dit comité kwam op 4 juli "
   "en 24 oktober 2025 bijeen. Het was al eerder, op 14 maart 2025, samengekomen voor de afbakening van "
   "de onderzoeksvragen.",
   "De resultaten van de eerste meting werden op 25 november 2025 voorgesteld op een studievoormiddag in "
   "het Vlaams Parlement.",
   "Daarnaast zat het Vlaams Vredesinstituut op 8 oktober 2025 rond de tafel met de aanspreekpunten van "
   "het Platform om de onderzoeksagenda voor 2026 af te stemmen.",
  ], "118.000 euro"),
  (["Welzijn"], [
   "Het BRAIN-be-project DETOUR, gefinancierd door BELSPO, onderzoekt trajecten van disengagement bij "
   "jongvolwassenen na een veroordeling voor terroristische misdrijven. De afdeling Justitiehuizen "
   "zetelt in het opvolgingscomité van het project.",
   "Het comité vergaderde één keer, op 12 september 2025, en besprak toen de eerste resultaten van het "
   "veldwerk in de justitiehuizen van Antwerpen en Gent. De onderzoekers interviewden daarvoor 22 "
   "justitieassistenten en 9 begeleide personen. Het eindrapport wordt verwacht in juni 2027. De "
   "afdeling bezorgt de tussentijdse resultaten ook aan alle referentie-justitieassistenten.",
  ], "")]),

("W15", "10.1",
 "CAW's, Agentschap Opgroeien",
 [(["Welzijn"], [
   "Binnen het Agentschap Opgroeien zijn momenteel 26 referentieconsulenten actief, verspreid over de "
   "ondersteuningscentra jeugdzorg en de sociale diensten jeugdrechtbank.",
   "Het netwerk van referentieconsulenten komt tweemaandelijks samen voor intervisie en casusbespreking; "
   "in de rapporteringsperiode gebeurde dat op 19 juni, 21 augustus en 23 oktober 2025.",
   "Het teamoverleg van de consultteams in de regio's Limburg en Antwerpen besprak op 14 november 2025 de "
   "nieuwe registratierichtlijnen. De consultteams van Oost- en West-Vlaanderen hielden op 5 september "
   "een gezamenlijke teamvergadering.",
   "De referentie-justitieassistenten van de justitiehuizen kwamen op 11 september 2025 samen voor hun "
   "jaarlijkse terugkomdag in Brussel.",
   "Voor de referentiepersonen van de CAW's werd het lerend netwerk verdergezet. Dit netwerk, getrokken "
   "door het CAW Antwerpen, vergaderde op 2 oktober 2025 in Mechelen. Een gezamenlijke vormingsdag voor "
   "alle referentiepersonen, gepland op 27 november 2025, werd afgelast.",
  ], "")]),

("W16", "11.1",
 "Atlas, Agentschap Integratie en Inburgering, EMB",
 [(["Integratie"], [
   "Het vormingsaanbod voor bedienaars van erkende erediensten (maatschappelijke oriëntatie en NT2) wordt "
   "sinds 2023 structureel aangeboden door het Agentschap Integratie en Inburgering in Antwerpen, Gent, "
   "Brussel en Genk. In het najaar van 2025 startten vier nieuwe groepen met in totaal 51 deelnemers.",
   "De stuurgroep van het vormingsaanbod, waarin het Agentschap, Atlas, het EMB en het Overleg "
   "Moskeebesturen Vlaanderen (OMV) zetelen, kwam op 25 juni 2025 bijeen. Een tweede vergadering, "
   "voorzien op 1 oktober, ging niet door.",
   "De lesgevers maatschappelijke oriëntatie en NT2 pleegden op 9 september en 18 november 2025 overleg "
   "over de afstemming van het lesmateriaal.",
   "Het Agentschap Integratie en Inburgering overlegde op 21 oktober 2025 met ABB over de koppeling "
   "tussen het vormingsaanbod en de erkenningsvoorwaarden voor lokale geloofsgemeenschappen. Het OMV "
   "hield op 4 oktober 2025 een algemene vergadering, waarop het aanbod werd voorgesteld aan een "
   "veertigtal moskeebesturen.",
  ], "185.000 euro (2025)")]),

("W17", "12.3",
 "Mediawijs",
 [(["Onderwijs"], [
   "De structurele samenwerking met Mediawijs werd verdergezet. In 2025 ontwikkelde Mediawijs het "
   "lespakket 'Scroll en Stem' over desinformatie en polarisering rond verkiezingen, bestemd voor de "
   "tweede en derde graad secundair onderwijs.",
   "De redactieraad van het lespakket, met leerkrachten, pedagogisch begeleiders en een medewerker van het "
   "departement, kwam tweemaal samen (11 juni en 10 september 2025). Het lespakket werd op 8 oktober "
   "2025 gelanceerd met een webinar voor leerkrachten, dat 412 deelnemers telde.",
   "Mediawijs en het departement Onderwijs en Vorming volgen de overeenkomst op in een opvolgingscomité "
   "dat per semester vergadert; de laatste vergadering vond plaats op 24 juni 2025. Op 3 december 2025 "
   "zit het opvolgingscomité opnieuw samen.",
  ], "65.000 euro"),
  (["Media"], [
   "Binnen de No Hate-werking van Mediawijs werd de werkgroep 'Haatspraak online' verdergezet, met onder "
   "meer Child Focus, Unia en de VRT. De werkgroep vergaderde op 18 september en 20 november 2025.",
   "Mediawijs overlegde daarnaast met de afdeling Media van het departement Cultuur, Jeugd en Media over "
   "de opvolging van de Europese verordening digitale diensten.",
   "Op 19 november 2025 ging in Brussel het Mediawijs-congres 'Polarisering in de feed' door, met "
   "workshops voor leerkrachten, jeugdwerkers en journalisten. De werkgroep bereidt daarnaast een "
   "gezamenlijke aanpak voor rond het melden van haatboodschappen door jongeren.",
  ], "")]),

("W18", "13.3",
 "GO! ouders, KOOGO, VCOV",
 [(["Onderwijs"], [
   "De beheersovereenkomsten 2023-2028 tussen de Vlaamse Regering en de ouderkoepelverenigingen zijn in "
   "uitvoering. Het departement Onderwijs en Vorming volgt de uitvoering op via tussentijdse "
   "rapporteringen in een stuurgroep en via een jaarrapport. In het schooljaar 2024-2025 vergaderde "
   "die stuurgroep viermaal.",
   "Op 24 juni en 30 september 2025 zat de stuurgroep samen met de drie ouderkoepels. Op de vergadering "
   "van 30 september lichtten de koepels toe hoe zij ouders uit kwetsbare groepen betrekken bij de "
   "schoolraden. De volgende vergadering is gepland op 9 december 2025.",
   "De ouderkoepels richtten in oktober 2025 een gezamenlijke werkgroep 'Ouders en polarisering' op, die "
   "materiaal ontwikkelt voor oudercomités. Deze werkgroep komt om de vier weken samen en vergaderde "
   "voor het eerst op 28 oktober 2025.",
   "Op 15 november 2025 organiseerden de ouderkoepels in Gent een ontmoetingsdag voor ouderraden rond het "
   "thema 'Samen school maken in een gepolariseerde tijd'.",
  ], "")]),

("W19", "13.5",
 "VSK",
 [(["Onderwijs"], [
   "VSK zet in op peer support in het secundair onderwijs via het project 'de Conflixers'. Sinds "
   "september 2025 wordt daarbinnen de module 'Peer Verbinders' uitgetest in acht scholen, gericht op "
   "leerlingen die spanningen tussen groepen in de klas willen helpen ontmijnen.",
   "VSK richtte daarvoor een jongerenpanel op van veertien scholieren uit verschillende onderwijsnetten. "
   "Het panel kwam samen op 21 september en 16 november 2025 in Brussel. Ook het bestuur van VSK besprak "
   "de module, op zijn zitting van 8 oktober.",
   "Het departement Onderwijs en Vorming en VSK stemden driemaandelijks af over de voortgang van de "
   "detachering; dat gebeurde op 3 juli en 2 oktober 2025. De trajectbegeleiders van VSK zitten "
   "bovendien tweewekelijks samen in een teamoverleg.",
   "Na overleg met VSK koos het departement ervoor om de vorming voor vertrouwensleerlingen te herwerken "
   "tot een korter, digitaal formaat. Op 23 oktober 2025 vonden in vijf scholen inspiratieworkshops rond "
   "peer support plaats.",
  ], "1,5 VTE detachering")]),

("W20", "14.7",
 "VOKA, UNIZO, ACV, ABVV, ACLVB, GRIP, Minderhedenforum",
 [(["Werk"], [
   "Het Focus op Talent-beleid loopt verder binnen het ESF+-programma 2021-2027. Via de oproep "
   "'Inclusieve werkvloer' werden in 2025 elf projecten van het ruimere middenveld goedgekeurd, die "
   "sinds 1 april 2025 lopen.",
   "Het coördinatieoverleg Focus op Talent, waarin het departement Werk en Sociale Economie, de sociale "
   "partners en de eigenorganisaties vertegenwoordigd zijn, kwam op 18 juni en 15 oktober 2025 samen.",
   "De werknemersorganisaties ACV, ABVV en ACLVB zaten daarnaast maandelijks samen in een "
   "interprofessionele werkgroep diversiteit, die de gezamenlijke campagne rond inclusieve bedrijven "
   "voorbereidt. Opgericht in maart en sindsdien viermaal samengekomen, stuurt de redactiegroep van die "
   "campagne 'Talent telt' de getuigenissen van werknemers aan.",
   "Het lerend netwerk van de ESF-projectpromotoren, dat door het ESF-Agentschap wordt getrokken, kwam op "
   "4 november 2025 samen in Brussel. Het Minderhedenforum overlegde op 9 oktober 2025 met VOKA over een "
   "gezamenlijk charter voor werkgevers. Met GRIP werd op 2 september afgestemd over de toegankelijkheid "
   "van de campagne.",
   "Op 20 juni 2025 organiseerde UNIZO voor zaakvoerders een infosessie over inclusief aanwerven.",
  ], "")]),
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


def well_formed(html):
    c = _Checker()
    c.feed(html)
    c.close()
    return not c.errors and not c.stack


def words(html):
    return len(re.sub(r"<[^>]+>", " ", html).split())


def main():
    desc = load_descriptions(HERE / "dev.txt")
    out, problems = [], []
    for item, aid, parties, entries in ITEMS:
        if aid not in desc:
            problems.append(f"{item}: no description for action {aid}")
            continue
        ents = []
        for n, (comps, paras, budget) in enumerate(entries, 1):
            html = "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paras)
            if not well_formed(html):
                problems.append(f"{item}/{n}: HTML not well-formed")
            w = words(html)
            if not 80 <= w <= 300:
                problems.append(f"{item}/{n}: {w} words")
            ents.append({"entry_no": n, "competences": comps, "description": html,
                         "budget_text": budget})
        out.append({"item": item, "action_id": aid, "description": desc[aid],
                    "other_parties_text": parties, "entries": ents})
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    with open(HERE / "text.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{len(out)} items, {sum(len(o['entries']) for o in out)} entries -> text.jsonl")


if __name__ == "__main__":
    main()
