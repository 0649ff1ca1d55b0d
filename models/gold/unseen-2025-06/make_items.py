#!/usr/bin/env python3
"""SYNTHETIC unseen-2025-06 round (writer w17, blind) -- HELD OUT, never tuned on.

Builds text.jsonl from dev.txt (output of ../split_dev_actions.py: only the real general
descriptions of the dev actions are taken from it) and the invented texts below.
Report date 2025-06-01, reporting period December 2024 - May 2025.
Every entry text, party list, budget, date, amount, count and meeting below is invented
(SYNTHETIC); real organisation names are used in invented contexts.

Usage:  python3 ../split_dev_actions.py > dev.txt && python3 make_items.py
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
# A paragraph starting with "<ul>" is kept as is; every other paragraph is wrapped in <p>...</p>.
ITEMS = [
("S01", "1.1",
 "VVSG, VGC, OCAD, FOD Justitie, FOD Binnenlandse Zaken, Steunpunt Lokale Verbinding",
 [
  (["Binnenlands Bestuur"], [
   "Het Vlaams Platform Radicalisering kwam tijdens de rapporteringsperiode zes keer samen, met name op 10 december 2024, 21 januari, 18 februari, 25 maart, 22 april en 20 mei 2025. De vergadering van 18 februari werd uitzonderlijk hybride georganiseerd. Naast de vaste aanspreekpunten uit de beleidsdomeinen nemen sinds januari 2025 ook twee medewerkers van het Steunpunt Lokale Verbinding (SLV) als waarnemer deel aan de vergaderingen.",
   "Het SLV is een vzw die sinds september 2024 gezamenlijk wordt gedragen door de steden Aalst, Genk, Kortrijk, Leuven en Turnhout en die de lokale regisseurs radicalisering in die steden ondersteunt. De raad van bestuur van het SLV vergaderde op 9 januari en 3 april 2025 in Mechelen. Het jaarverslag 2024 van het SLV werd in maart aan het Platform voorgelegd en besproken.",
   "Binnen het Platform werd begin januari 2025 een subgroep 'Monitoring en indicatoren' opgericht, met vertegenwoordigers van KB, OV en WVG. Deze subgroep kwam midden maart een eerste keer bijeen en zal tot eind 2025 maandelijks vergaderen. Een gezamenlijke vergadering met de subgroep 'Online weerbaarheid', oorspronkelijk voorzien in april, werd verschoven naar juni 2025 omwille van de begrotingsaanpassing.",
  ], "Reguliere middelen"),
  (["Binnenlands Bestuur", "Welzijn"], [
   "Het platform over radicalisering en terrorisme, dat overleg mogelijk maakt tussen de betrokken kabinetten van de federale overheid en de deelstaten, kwam samen op 16/01/2025. Een tweede bijeenkomst, voorzien op 27/05/2025, werd geannuleerd en zal in het najaar worden ingehaald.",
   "Het centraal aanspreekpunt en de coördinator radicalisering van het Agentschap Justitie en Handhaving zaten op 6 februari 2025 samen met de FOD Binnenlandse Zaken om de gegevensdeling tussen de LIVC's en de lokale taskforces te bespreken. In overleg met het OCAD werd bovendien beslist om de halfjaarlijkse toelichting over het dreigingsbeeld voortaan schriftelijk aan de leden van het Platform te bezorgen.",
  ], ""),
  (["Onderwijs", "Jeugd"], [
   "Ook vanuit Onderwijs en Jeugd werd het netwerk van aanspreekpunten verder onderhouden. Het aanspreekpunt onderwijs overlegt tweemaandelijks met de referentiepersonen radicalisering van de onderwijskoepels en het GO!; in de rapporteringsperiode vonden drie van die overlegmomenten plaats, in december, februari en april.",
   "De afdeling Jeugd volgde op 13 maart 2025 een webinar van De Ambrassade over polarisering in het jeugdwerk en koppelde de inzichten terug naar het Platform.",
  ], ""),
 ]),

("S02", "1.3",
 "Instituut voor Beleidsevaluatie en Samenleving (IBS), Vlaams Vredesinstituut, VVSG",
 [
  (["Binnenlands Bestuur"], [
   "De tussentijdse evaluatie van het actieplan wordt sinds oktober 2024 uitgevoerd door het Instituut voor Beleidsevaluatie en Samenleving (IBS), een onafhankelijk onderzoeksbureau met zetel in Leuven. Het begeleidingscomité van de evaluatie, met vertegenwoordigers van de betrokken beleidsdomeinen, de VVSG en het Vlaams Vredesinstituut, kwam samen op 28 januari en 29 april 2025. Op de vergadering van 29 april stelde het IBS de eerste bevindingen voor.",
   "Tussen februari en april 2025 voerde het IBS een dertigtal interviews met lokale en Vlaamse actoren en organiseerde het twee focusgroepen met lokale regisseurs radicalisering, in Hasselt en in Brugge. Er werd ook een klankbordgroep van praktijkwerkers samengesteld, maar die is nog niet bijeengekomen.",
   "Het eindrapport wordt verwacht tegen eind oktober 2025 en zal in de loop van het najaar aan de Vlaamse Regering worden voorgelegd.",
  ], "74.800 euro (excl. btw)"),
 ]),

("S03", "2.1",
 "OCAD FOD Justitie DG EPI VVSG",
 [
  (["Binnenlands Bestuur"], [
   "Het centraal aanspreekpunt nam deel aan de maandelijkse bijeenkomsten van de Nationale Task Force (NTF). In de rapporteringsperiode gebeurde dat vijf keer; de vergadering van december 2024 werd samengevoegd met die van januari 2025.",
   "Binnen de NTF werd de werkgroep Preventie opnieuw geactiveerd. Deze werkgroep vergaderde op 4 februari en 8 april 2025 onder voorzitterschap van de FOD Binnenlandse Zaken, met deelname van het Agentschap Binnenlands Bestuur en de Fédération Wallonie-Bruxelles. Op 19 maart 2025 woonde het aanspreekpunt daarnaast de jaarlijkse conferentie van het Belgisch Forum voor Preventie en Veiligheid in Namen bij.",
  ], ""),
  (["Welzijn"], [
   "De afdeling Justitiehuizen van het Agentschap Justitie en Handhaving was vertegenwoordigd in de permanente werkgroep van het College van procureurs-generaal, die op 11 december 2024 en 12 maart 2025 samenkwam.",
   "Op 24 april 2025 werd een eerste afstemmingsoverleg gehouden tussen de justitiehuizen, DG EPI en het Centrum voor Re-integratie na Detentie (CRD) over de overgang van detentie naar begeleiding in vrijheid. Het CRD is een samenwerkingsverband van drie CAW's dat sinds 1 januari 2025 vanuit Brugge werkt. Het overleg zal vanaf het najaar om de twee maanden plaatsvinden.",
  ], "Reguliere middelen"),
 ]),

("S04", "2.3",
 "Politiezone Brussel-West, Politiezone Zuid, GO!, Katholiek Onderwijs Vlaanderen, OVSG, Onderwijscentrum Brussel",
 [
  (["Onderwijs"], [
   "Het netoverschrijdend overleg tussen de Brusselse politiezones, de onderwijskoepels en het GO! werd in de rapporteringsperiode twee keer georganiseerd, op 5 december 2024 en op 20 maart 2025, telkens in de lokalen van het Onderwijscentrum Brussel. Alle zes politiezones waren vertegenwoordigd.",
   "Tijdens het overleg van maart werd afgesproken om een gezamenlijke contactfiche op te maken voor incidenten met een mogelijke link naar radicalisering. Een kleine redactiegroep, bestaande uit twee jeugdinspecteurs van de politie en drie directeurs van secundaire scholen uit Anderlecht en Schaarbeek, werkt die fiche uit; de redactiegroep kwam op 22 april en 13 mei 2025 samen. De fiche wordt voorgesteld op een infosessie voor alle Nederlandstalige secundaire scholen in Brussel op 3 juni 2025.",
  ], ""),
 ]),

("S05", "3.1",
 "Europese Commissie (DG HOME), RAN Practitioners, Stichting Weerbare Wijk (Rotterdam), Forum Civique Européen (Lille), Kruispunt Jong vzw",
 [
  (["Binnenlands Bestuur"], [
   "Het EU Network of Prevent Policy Makers kwam samen in Brussel op 12 en 13 februari 2025. Zoals binnen de NTF afgesproken namen het OCAD en, roterend, het centraal aanspreekpunt van het Agentschap Binnenlands Bestuur deel. Op de agenda stonden de nieuwe strategische oriëntaties van de Commissie en de ondersteuning van lokale besturen.",
   "De thematische bijeenkomst over online polarisering die voor april in Warschau was aangekondigd, werd door de Commissie uitgesteld tot na de zomer.",
  ], ""),
  (["Onderwijs"], [
   "De referentiepersoon radicalisering van het GO! zit samen met een Deense collega de werkgroep 'Education' van RAN Practitioners voor. De werkgroep vergaderde op 26 en 27 februari 2025 in Lissabon rond het schoolklimaat na ingrijpende gebeurtenissen; een volgende meeting is voorzien in oktober 2025.",
   "Op 15 mei 2025 verzorgde de werkgroep een webinar over complotdenken in de klas voor leerkrachten uit acht lidstaten.",
  ], ""),
  (["Jeugd", "Welzijn"], [
   "Binnen het Erasmus+-partnerschap 'Resilient Youth Work' werkt de afdeling Jeugd samen met de Stichting Weerbare Wijk uit Rotterdam, het Forum Civique Européen uit Lille en de Vlaamse jeugdwerkorganisatie Kruispunt Jong vzw. Het partnerschap loopt van 1 december 2024 tot 30 november 2026.",
   "De partners zaten op 14 en 15 januari 2025 in Rotterdam samen voor een startvergadering; een tweede partnermeeting vond plaats in Lille op 7 mei 2025. Daarnaast overlegt de stuurgroep van het partnerschap, met één vertegenwoordiger per partner, maandelijks online.",
  ], "€ 36.400 (Vlaamse cofinanciering werkingsjaar 2025)"),
 ]),

("S06", "4.1",
 "Tienen, Sint-Truiden, Zaventem, Harelbeke, Boom, Diest, Izegem, VVSG",
 [
  (["Binnenlands Bestuur"], [
   "In het kader van de projectoproep 2025 'Lokale regie polarisering' werden in februari 2025 zeven lokale besturen geselecteerd, namelijk:",
   "<ul><li>Tienen (48.000 euro);</li><li>Sint-Truiden (52.500 euro);</li><li>Zaventem (61.000 euro);</li><li>Harelbeke (39.750 euro);</li><li>Boom (44.000 euro);</li><li>Diest (36.250 euro);</li><li>Izegem (41.500 euro).</li></ul>",
   "De selectiecommissie, samengesteld uit medewerkers van ABB, de VVSG en een externe deskundige, kwam op 30 januari 2025 samen om de vijftien ingediende dossiers te beoordelen. De projecten gingen van start op 1 april 2025 en lopen tot 31 maart 2027. Voor de volledige regeerperiode is binnen het actieplan in totaal 1,2 miljoen euro voorzien voor de ondersteuning van lokale besturen.",
  ], "323.000 euro"),
  (["Binnenlands Bestuur"], [
   "Op 6 mei 2025 vond in Mechelen een startdag plaats voor de zeven gemeenten, met een inspiratiesessie door twee lokale regisseurs uit eerdere projectrondes.",
   "De projectcoördinatoren van de zeven gemeenten vormen samen een lerend netwerk dat driemaandelijks zal samenkomen; de eerste bijeenkomst staat gepland op 17 juni 2025 in Leuven.",
   "Stad Harelbeke zette in maart een lokale stuurgroep op met de politiezone Gavers, het CAW Zuid-West-Vlaanderen en jeugdhuis De Kwelder. Die stuurgroep kwam tot nu toe twee keer samen. Gemeente Boom stelde vanaf 15 april 2025 een halftijdse projectmedewerker aan.",
  ], ""),
 ]),

("S07", "4.3",
 "VVSG",
 [
  (["Binnenlands Bestuur"], [
   "De VVSG zette in het kader van het project ter ondersteuning van de lokale preventie van radicalisering en polarisering (2024-2026) haar ondersteuning van de lokale besturen verder. De helpdesk behandelde tussen 1 december 2024 en 15 mei 2025 in totaal 74 vragen van 38 lokale besturen, vooral over de werking van het LIVC, het gedeeld beroepsgeheim en de impact van de fusies op de lokale structuren.",
   "De werkgroep radicalisering en polarisering van de VVSG kwam samen op 12/12/2024, 13/03/2025 en 15/05/2025. Gemiddeld waren 31 deelnemers uit 19 gemeenten aanwezig. Het aanspreekpunt van ABB woonde alle bijeenkomsten bij om de lokale besturen te informeren over het Vlaamse beleid. Sinds januari 2025 gaat aan elke werkgroep een intervisietafel voor nieuwe regisseurs vooraf.",
  ], "362.400 euro (1 jan 2024 – 31 dec 2026)"),
  (["Binnenlands Bestuur"], [
   "De VVSG zette ook haar inzet op de provinciale overlegplatformen verder:",
   "<ul><li>In de provincie Antwerpen kwam het provinciaal overlegplatform samen op 23 januari 2025 in Turnhout, met elf lokale besturen, de politiezone Neteland, de justitiehuizen en het CAW De Kempen.</li><li>In Limburg zaten de VVSG en de provincie Limburg op 4 maart 2025 samen om een eigen Limburgs platform voor te bereiden. Dat platform werd nog niet samengeroepen.</li><li>In West-Vlaanderen werd de vergadering die voor februari gepland stond afgelast wegens te weinig inschrijvingen.</li><li>Het Oost-Vlaamse platform vergaderde tweemaal, op 21 februari en 25 april 2025.</li></ul>",
  ], ""),
  (["Binnenlands Bestuur"], [
   "De intervisiegroep voor casemanagers kwam samen op 16 januari, 20 februari en 3 april 2025. Voor deze intervisie worden 21 personen uit 15 gemeenten uitgenodigd.",
   "De VVSG en de Vereniging van Nederlandse Gemeenten (VNG) hadden op 10 april 2025 in Antwerpen een werkoverleg over de lokale aanpak van polarisatie na internationale conflicten. Daarnaast organiseerde de VVSG op 27 maart 2025 in Brussel een studiedag over de rol van het LIVC na de gemeentelijke fusies en gaf ze op 8 april 2025 een vorming over beroepsgeheim voor maatschappelijk werkers van het OCMW van Sint-Niklaas.",
  ], ""),
 ]),

("S08", "4.7",
 "Netwerk Islamexperten, Opgroeien, De Ambrassade, Formaat, Uit De Marge, Kruispunt Jong vzw, Meldlijn Polarisatie",
 [
  (["Binnenlands Bestuur", "Onderwijs", "Welzijn"], [
   "De verschillende hulplijnen (Netwerk Islamexperten, de Opvoedingslijn, het aanspreekpunt onderwijs en de Meldlijn Polarisatie) stemmen halfjaarlijks onderling af zodat correct kan worden doorverwezen. Het laatste afstemmingsoverleg vond plaats op 20 februari 2025. De Meldlijn Polarisatie is een telefonische en online lijn die sinds oktober 2024 wordt beheerd door het Agentschap Integratie en Inburgering.",
   "Tussen het aanspreekpunt onderwijs en de preventiedienst van stad Vilvoorde was er op 14 januari en 11 maart 2025 overleg over de opvolging van signalen uit scholen.",
  ], ""),
  (["Jeugd"], [
   "Het structureel sectoroverleg jeugd en polarisering, met De Ambrassade, Formaat, Uit De Marge, Kruispunt Jong vzw en een aantal lokale jeugdwerkingen, vond plaats op 29 januari en 23 april 2025. Het overleg bespreekt telkens de signalen uit het werkveld; in april lag de nadruk op spanningen tussen jongerengroepen naar aanleiding van het conflict in het Midden-Oosten.",
   "In overleg met Formaat werd afgesproken dat de verdere uitwerking van de deontologische code voor het jeugdwerk bij Formaat blijft liggen. Uit De Marge organiseerde op 12 maart 2025 in Gent een inspiratiedag voor jeugdwerkers over werken met groepen in spanning.",
  ], ""),
 ]),

("S09", "5.3",
 "Platform van Vlaamse Imams en Moslimdeskundigen, EMB, Studiecentrum voor Islamitische Ethiek (SIE)",
 [
  (["Welzijn"], [
   "Het theologisch aanbod in het kader van de uitvoering van straffen en maatregelen wordt sinds begin 2025 mee gedragen door het Studiecentrum voor Islamitische Ethiek (SIE), een vzw met zetel in Antwerpen die gescreende islamdeskundigen ter beschikking stelt van de justitiehuizen. Het SIE begeleidde in de rapporteringsperiode veertien trajecten.",
   "De stuurgroep van het project, met de afdeling Justitiehuizen, het Platform van Vlaamse Imams en Moslimdeskundigen en het SIE, kwam samen op 19 december 2024 en op 10 april 2025. De islamdeskundigen zelf komen elke zes weken samen voor casusbespreking onder begeleiding van een externe supervisor.",
   "Op 25 februari 2025 gaven twee deskundigen van het SIE in Gent een vorming voor justitieassistenten over religieuze argumentatie in begeleidingsgesprekken.",
  ], "91.000 euro"),
 ]),

("S10", "5.7",
 "vzw Dwarsverband, Centrum voor Dialoog en Bemiddeling Waasland, stad Turnhout, gemeente Dilbeek, Kompasnaald bv",
 [
  (["Binnenlands Bestuur"], [
   "De oproep 'Verbindend Omgaan met Conflict' werd gelanceerd op 9 december 2024; projecten konden worden ingediend tot 14 februari 2025. Er kwamen 27 aanvragen binnen. De jury kwam op 11 maart 2025 samen en selecteerde negen projecten, voor een totaalbedrag van 412.650 euro.",
   "Onder meer vzw Dwarsverband uit Kortrijk, het Centrum voor Dialoog en Bemiddeling Waasland (CDBW), stad Turnhout en gemeente Dilbeek ontvangen een subsidie. Het CDBW start vanaf september 2025 een herstelgericht traject in drie secundaire scholen in Sint-Niklaas en Temse.",
  ], "412.650 euro"),
  (["Jeugd", "Onderwijs"], [
   "De gesubsidieerde projecten worden begeleid door het adviesbureau Kompasnaald bv. Kompasnaald bracht de projectverantwoordelijken op 22 april 2025 in Antwerpen samen voor een eerste uitwisselingsmoment; een tweede moment is gepland in november 2025.",
   "Voor de projectmedewerkers werd ook een intervisiereeks opgezet. Wegens ziekte van de begeleider werd de sessie van 20 mei verplaatst naar eind juni.",
  ], "€ 18.150 (incl. btw)"),
 ]),

("S11", "6.1",
 "VVSG, OCAD, FOD Binnenlandse Zaken, Centrum voor Uitstap en Nazorg (CUN)",
 [
  (["Binnenlands Bestuur"], [
   "Op 31 maart 2025 waren er in het Vlaams Gewest 158 LIVC's, waarbij 247 van de 285 gemeenten betrokken zijn. Door de fusies van 1 januari 2025 werden elf LIVC's samengevoegd.",
   "Het Vlaams overleg van LIVC-coördinatoren kwam samen op 7 februari 2025 in Brussel en op 16 mei 2025 in Gent. Op het overleg van mei werd de geactualiseerde handleiding LIVC besproken. Aan die actualisering werkte een redactiecomité met de FOD Binnenlandse Zaken, de VVSG en ABB tijdens vier werksessies tussen januari en april 2025.",
  ], ""),
  (["Welzijn"], [
   "Het Centrum voor Uitstap en Nazorg (CUN), een initiatief van het CAW Oost-Vlaanderen dat sinds oktober 2024 operationeel is, begeleidt momenteel 22 personen in een disengagementstraject. Het multidisciplinair team van het CUN komt wekelijks samen voor casusoverleg.",
   "Met de LIVC van Gent werd een doorverwijsprotocol opgemaakt. Een geplande kennismaking met de LIVC van Aalst werd uitgesteld tot na de zomer.",
  ], "146.000 euro (werkingsjaar 2025)"),
  (["Jeugd"], [
   "De Ambrassade en Formaat zaten op 5 maart 2025 samen met de afdeling Jeugd om afspraken rond gedeeld beroepsgeheim in het jeugdwerk te bespreken. Deze bespreking wordt in het najaar voortgezet. Zie verder rapportage 4.7 i.v.m. het sectoroverleg.",
  ], ""),
 ]),

("S12", "6.3",
 "DG EPI, Agentschap Justitie en Handhaving, Opgroeien, CAW's",
 [
  (["Welzijn"], [
   "Het structureel bovenlokaal overleg met DG EPI kwam samen op 17 december 2024, 18 maart en 13 mei 2025. Het overleg besprak de evaluatie van het gezamenlijk draaiboek en de doorstroming van gedetineerden naar de CAW's.",
   "Binnen het departement Zorg nemen de consultants deel aan een ambtelijke werkgroep disengagement met Opgroeien en de afdeling Justitiehuizen. Deze werkgroep vergaderde in de rapporteringsperiode tweemaandelijks.",
   "Op 3 april 2025 ging in de gevangenis van Haren een gezamenlijke studiedag van DG EPI en de Vlaamse Gemeenschap over re-integratie na detentie door. De regionale tafels per gevangenis werden in maart formeel opgericht, maar zijn nog niet samengekomen.",
  ], "Reguliere middelen"),
 ]),

("S13", "7.1",
 "Vlaams Vredesinstituut, onderzoeksgroep Samenleving en Conflict (VUB), Nordisk Resiliensforum (Aarhus)",
 [
  (["Welzijn"], [
   "Het onderzoeksproject 'Veerkracht in de Wijk' wordt uitgevoerd door de onderzoeksgroep Samenleving en Conflict (SACO) van de Vrije Universiteit Brussel, in samenwerking met het Nordisk Resiliensforum uit Aarhus. Het project loopt van 1 november 2024 tot 31 oktober 2026 en onderzoekt hoe buurtnetwerken polarisatie opvangen.",
   "De begeleidingsgroep van het project kwam op 24 januari 2025 voor de eerste keer bijeen. De onderzoekers van SACO en het Nordisk Resiliensforum hadden op 2 en 3 april 2025 in Aarhus een methodologisch overleg.",
  ], "198.000 euro, waarvan 40% in 2025"),
  (["Binnenlands Bestuur"], [
   "Het Vlaams Vredesinstituut publiceerde in februari 2025 een rapport over polarisatie in sociale media en stelde het voor op een academische zitting in het Vlaams Parlement op 26 februari 2025. Het Platform besprak het rapport op zijn vergadering van 25 maart.",
   "De inventaris van meetinstrumenten wordt geactualiseerd tegen het einde van het werkingsjaar 2025.",
  ], ""),
 ]),

("S14", "11.1",
 "Agentschap Integratie en Inburgering, Atlas, Islamitisch Gemeenschapscentrum Demervallei (IGD), stad Diest",
 [
  (["Integratie"], [
   "In het tweede semester van het werkingsjaar 2024-2025 liep een nieuwe editie van het traject 'Wegwijs als bedienaar', waaraan vijftien imams en vier bedienaars van andere erkende erediensten deelnamen. Het Agentschap Integratie en Inburgering organiseerde het traject in samenwerking met het Islamitisch Gemeenschapscentrum Demervallei (IGD) en stad Diest, die de lokalen ter beschikking stelde.",
   "De partners van het traject zaten op 15 januari 2025 samen om het programma vast te leggen en evalueerden de editie tijdens een slotoverleg op 27 mei 2025. Een infosessie voor moskeebesturen in Limburg ging door op 8 februari 2025 in Hasselt.",
  ], "EUR 27.500"),
 ]),

("S15", "12.1",
 "Kazerne Dossin, Leernetwerk Burgerschap, pedagogische begeleidingsdiensten",
 [
  (["Onderwijs"], [
   "Het departement Onderwijs en Vorming ondersteunt in het schooljaar 2024-2025 Kazerne Dossin in het kader van herinneringseducatie. Tussen september 2024 en april 2025 bezochten ruim 4.200 leerlingen het educatief programma.",
   "De stuurgroep herinneringseducatie, met Kazerne Dossin, het departement en de pedagogische begeleidingsdiensten, vergaderde op 4 december 2024 en 2 april 2025.",
  ], "95.000 euro (schooljaar 2024-2025)"),
  (["Onderwijs"], [
   "Het Leernetwerk Burgerschap (LNB), een samenwerkingsverband van vijf lerarenopleidingen, ontwikkelt lesmateriaal rond burgerschap en omgaan met controversiële thema's. Het LNB kwam in de rapporteringsperiode vier keer samen, telkens op een andere campus. De laatste bijeenkomst, op 14 mei 2025, was gewijd aan de afstemming met de nieuwe eindtermen.",
   "Het LNB organiseerde daarnaast op 19 maart 2025 een nascholing voor zestig leerkrachten.",
  ], "Voor LNB: 0,5 VTE"),
 ]),

("S16", "12.5",
 "Inspectie LBV, Forum Levensbeschouwingen Leuven, KlasCement",
 [
  (["Onderwijs"], [
   "De commissie levensbeschouwelijke vakken vergaderde op 21 januari en 18 maart 2025; op beide vergaderingen werd het verzamelen van goede praktijkvoorbeelden besproken.",
   "Het Forum Levensbeschouwingen Leuven (FLL), een vzw waarin zes levensbeschouwelijke gemeenschappen samenwerken, bezorgde twaalf praktijkvoorbeelden, die tegen de zomer op KlasCement worden geplaatst. De voorzitter van het FLL en de coördinerend inspecteur LBV hadden hierover op 11 februari 2025 een werkgesprek.",
   "De gemeenschappelijke studiedag interlevensbeschouwelijke dialoog voor de inspecteurs LBV vond plaats op 6 mei 2025 in Mechelen.",
  ], ""),
 ]),

("S17", "13.1",
 "Koning Boudewijnstichting, Expoo, Opvoedingslijn, Ouderkring Houvast, Huis van het Kind Demerland",
 [
  (["Welzijn"], [
   "In de rapporteringsperiode werden drie lotgenotengroepen ondersteund volgens het werkmodel voor de inbedding in de Huizen van het Kind. De Ouderkring Houvast, die ouders samenbrengt van jongeren die vertrokken zijn naar conflictgebieden of in detentie verblijven, komt maandelijks samen in het Huis van het Kind Demerland in Aarschot. De groep kwam tussen december en mei zesmaal samen; gemiddeld waren negen ouders aanwezig.",
  ], ""),
  (["Welzijn"], [
   "Expoo en de Opvoedingslijn overleggen driemaandelijks over de back-office voor lotgenoten; dit overleg vond plaats op 9 januari en 10 april 2025. Een ontmoetingsdag voor alle lotgenotengroepen, gepland op 22 maart 2025, werd afgelast.",
   "In overleg met de Koning Boudewijnstichting wordt bekeken hoe de ondersteuning vanaf 2026 structureel kan worden verankerd.",
  ], "Nog te bepalen"),
 ]),

("S18", "13.3",
 "KOOGO, GO! ouders, VCOV, Vereniging Ouders Verbonden (VOV)",
 [
  (["Onderwijs"], [
   "De beheersovereenkomsten 2024-2028 tussen de Vlaamse Regering en de ouderkoepelverenigingen zijn in uitvoering. De stuurgroep met de ouderkoepelverenigingen kwam sinds 1 december 2024 twee keer samen, nl. op 28 januari en op 22 april 2025. Een derde bijeenkomst staat gepland op 24 juni 2025.",
   "Tijdens de stuurgroep van 22 april lichtte de Vereniging Ouders Verbonden (VOV), een netwerk van oudercomités uit Brusselse en Antwerpse scholen met veel anderstalige ouders, haar werking toe. De VOV organiseerde in het voorjaar drie ouderavonden over online polarisering.",
  ], ""),
 ]),

("S19", "14.1",
 "Jeugdhuis Het Scharnier vzw, Theatercollectief Spiegelbeeld vzw, Sportclub Samen Vooruit vzw, Nieuwsatelier Zuid vzw, Kruispunt Jong vzw, stad Izegem",
 [
  (["Integratie", "Jeugd"], [
   "In het kader van de projectoproep 'Wie ben ik, waar sta ik?' kregen eind 2024 zes projecten een subsidie toegekend, namelijk:",
   "<ul><li>Jeugdhuis Het Scharnier vzw - Izegem (54.000 euro);</li><li>Theatercollectief Spiegelbeeld vzw - Gent (71.200 euro);</li><li>Sportclub Samen Vooruit vzw - Genk (48.500 euro);</li><li>Nieuwsatelier Zuid vzw - Antwerpen (66.000 euro);</li><li>Kruispunt Jong vzw - Brussel (59.800 euro);</li><li>stad Izegem, jeugddienst (30.000 euro).</li></ul>",
   "De projecten gingen van start op 1 januari 2025 en lopen maximaal 24 maanden. De projectverantwoordelijken kwamen op 30 januari en 24 april 2025 samen met de afdeling Jeugd en het Agentschap Integratie en Inburgering.",
  ], "329.500 euro"),
  (["Jeugd"], [
   "Het afsluitend toonmoment wordt georganiseerd op 28 november 2025 in Gent. Een voorbereidende werkgroep met drie van de projecten werd opgericht, maar kwam nog niet samen.",
  ], ""),
 ]),

("S20", "14.5",
 "Kenniscentrum Mediawijs, StampMedia, Nieuwsatelier Zuid vzw, VRT",
 [
  (["Media"], [
   "Het project werd in 2025 verdergezet door Nieuwsatelier Zuid vzw, in samenwerking met StampMedia en het Kenniscentrum Mediawijs. Tussen januari en april 2025 vonden veertien dialooggesprekken plaats in zeven scholen, telkens met een professionele journalist.",
   "De adviesraad van het project, met StampMedia, Mediawijs, de VRT-nieuwsdienst en twee jongeren, vergaderde op 10 februari en 12 mei 2025. De resultaten werden voorgesteld op een netwerkevent van Mediawijs op 20 maart 2025; een training voor mediaredacties volgt in het najaar.",
  ], "62.000 euro"),
 ]),
]


def para(p):
    return p if p.startswith("<ul>") else "<p>" + p + "</p>"


def main():
    dev = HERE / "dev.txt"
    if not dev.exists():
        sys.exit("dev.txt missing: run python3 ../split_dev_actions.py > dev.txt first")
    desc = load_descriptions(dev)
    out = []
    for item, aid, parties, entries in ITEMS:
        if aid not in desc:
            sys.exit("action %s not found in dev.txt" % aid)
        out.append({
            "item": item,
            "action_id": aid,
            "description": desc[aid],
            "other_parties_text": parties,
            "entries": [
                {"entry_no": i, "competences": comp,
                 "description": " ".join(para(p) for p in paras),
                 "budget_text": budget}
                for i, (comp, paras, budget) in enumerate(entries, 1)
            ],
        })
    with open(HERE / "text.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("%d items, %d entries" % (len(out), sum(len(r["entries"]) for r in out)))


if __name__ == "__main__":
    main()
