#!/usr/bin/env python3
"""a20b: blind meeting annotation of unseen-2026-12 (writer w20, SYNTHETIC, HELD OUT).

Report date 2026-12-01, reporting period June 2026 - November 2026.
Annotated by models/gold/GUIDELINES.md (Meetings + Issue 12: gold5, gold7, gold8, gold9, G10, G11, G12),
blind to the extractors and to the other annotator.

Every record is one tuple in RECORDS with a one-line reason; near-misses are comments ("NO:") with the
reason each is no record. Run from anywhere:

    python3 models/gold/unseen-2026-12/reannotation/a20b/build_meetings.py

Checks: raw is an exact substring of its field (entry description, tags removed, no tag inside raw);
dates are valid ISO days; planned is consistent with the report date (a planned record has no date on or
before 2026-12-01, a non-planned record no date after it); counts are positive ints or None; no duplicate
(item, entry, raw, body); key order; then writes meetings.jsonl beside this script.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(os.path.dirname(HERE))  # a20b -> reannotation -> unseen-2026-12
TEXT = os.path.join(SET, "text.jsonl")
OUT = os.path.join(HERE, "meetings.jsonl")
REPORT_DATE = datetime.date(2026, 12, 1)
KEYS = ["item", "action_id", "where", "entry_no", "raw", "body", "count", "frequency", "dates", "planned"]

ITEMS = {}
with open(TEXT, encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        ITEMS[r["item"]] = r

# (item, entry_no, raw, body, count, frequency, dates, planned, reason)
RECORDS = [
    # ------------------------------------------------------------ X01 1.1
    ("X01", 1, "het Vlaams Platform Radicalisering, dat in principe maandelijks samenkomt",
     "Vlaams Platform Radicalisering", None, "maandelijks", [], False,
     "frequency statement of the Platform (list item); hedge 'in principe' dropped (gold5 frequency rule)"),
    ("X01", 1, "Het Platform vergaderde op 9 juni, 7 juli, 15 september, 13 oktober en 17 november 2026",
     "Vlaams Platform Radicalisering", None, None,
     ["2026-06-09", "2026-07-07", "2026-09-15", "2026-10-13", "2026-11-17"], False,
     "capitalised 'het Platform' = VPR (meeting_bodies table); separate sentence with days"),
    # NO: "De reguliere vergadering van augustus werd ... niet gehouden" (not held).
    ("X01", 1, "wel werd het Platform op 21 augustus 2026 uitzonderlijk bijeengeroepen",
     "Vlaams Platform Radicalisering", None, None, ["2026-08-21"], False,
     "extra meeting on a new day (bijeengeroepen = convened and met); the not-held clause gives nothing"),
    # NO: "Op de vergadering van 15 september lichtte het OCAD ..." back-reference, day already recorded.
    # NO: "Sinds oktober 2026 neemt ook het Agentschap Opgroeien als vaste waarnemer deel" membership.
    ("X01", 1, "De eerstvolgende vergadering is gepland op 8 december 2026",
     "Vlaams Platform Radicalisering", None, None, ["2026-12-08"], True,
     "planned next meeting of the Platform (body = subject of the preceding sentences)"),
    ("X01", 1, "Het bureau van het Platform, waarin ABB, de VVSG en het departement Welzijn, Volksgezondheid en Gezin zetelen, zat tussen de plenaire vergaderingen in telkens samen",
     "bureau Vlaams Platform Radicalisering", None, None, [], False,
     "bare head keeps its owner (gold7); 'waarin ... zetelen' composition clause dropped"),
    ("X01", 1, "Het platform over radicalisering en terrorisme, dat overleg mogelijk maakt tussen de betrokken kabinetten van de federale overheid en de deelstaten, kwam samen op 24/6/2026 en 18/11/2026",
     "platform over radicalisering en terrorisme", None, None, ["2026-06-24", "2026-11-18"], False,
     "lower-case 'platform' with its own topic name (meeting_bodies: lower-case platform is the one named)"),
    # NO: "werd binnen het Platform in mei 2026 een tijdelijke werkgroep 'Actieplan 2028' opgericht" set-up.
    ("X01", 2, "Die werkgroep kwam in de rapporteringsperiode drie keer bijeen: op 2 juli, 10 september en 29 oktober 2026",
     "tijdelijke werkgroep Actieplan 2028", 3, None, ["2026-07-02", "2026-09-10", "2026-10-29"], False,
     "back-reference to the named werkgroep (gold7 words as printed, classifying 'tijdelijke' kept)"),
    # NO: Kantelpunt interviews (research); netwerkdag of ABB (event); werkbezoek NCTV verschoven (visit, postponed).
    # NO: "De aanspreekpunten van de beleidsdomeinen Onderwijs en Welzijn pleegden daarnaast tweewekelijks overleg"
    #     functions meeting without a group noun, no single organiser (G11-1); its extension from 2027 likewise.

    # ------------------------------------------------------------ X02 1.3
    ("X02", 1, "De stuurgroep van de evaluatie, voorgezeten door ABB, vergaderde viermaal (6 juli, 31 augustus, 5 oktober en 16 november 2026)",
     "stuurgroep evaluatie", 4, None, ["2026-07-06", "2026-08-31", "2026-10-05", "2026-11-16"], False,
     "gold7 example: a bare head's van-complement is its name ('stuurgroep evaluatie')"),
    ("X02", 1, "Het SCB en Meetlat overlegden daarnaast om de twee weken met het centraal aanspreekpunt over de voortgang",
     "onderzoeksgroep Samenleving, Conflict en Beleid", None, "om de twee weken", [], False,
     "G9-2 coordinated subject, one record per party; aanspreekpunt after 'met' is a function (none)"),
    ("X02", 1, "Het SCB en Meetlat overlegden daarnaast om de twee weken met het centraal aanspreekpunt over de voortgang",
     "Meetlat Beleidsonderzoek", None, "om de twee weken", [], False,
     "G9-2 second party; short form 'Meetlat' takes the full name printed before (gold6 D4), without 'bv'"),
    # NO: "Het bestek was op 28 april 2026 al besproken op een voorbereidende vergadering" background before the
    #     period (G11-2/G12-3) and generic parties.
    ("X02", 1, "zal pas in januari 2027 een eerste keer samenkomen",
     "klankbordgroep", None, None, [], True,
     "planned first meeting of the klankbordgroep composed in the period (see NOTES decision D1); "
     "'met lokale besturen en middenveldorganisaties' tail dropped"),
    # NO: "In september 2026 vonden vier focusgroepen plaats met eerstelijnswerkers" research focus groups with
    #     no own name and no organiser given (Netwerkbureau only recruited): G9-9 leaves no body (NOTES D6).
    # NO: colloquium geannuleerd / opnieuw ingepland (event, cancelled).

    # ------------------------------------------------------------ X03 2.1
    ("X03", 1, "Het centraal aanspreekpunt nam deel aan de maandelijkse vergaderingen van de Nationale Task Force (NTF)",
     "NTF", None, "maandelijkse", [], False,
     "host-body rule (gold5) with a frequency; the July meeting 'uitgesteld naar 28 augustus' gives no date (G8-6)"),
    # NO: "Via het Vlaams Platform Radicalisering werd de Vlaamse input ... voorbereid" no meeting stated.
    ("X03", 1, "De werkgroep Preventie van de NTF zat samen op 18 juni, 24 september en 19 november 2026",
     "werkgroep Preventie", None, None, ["2026-06-18", "2026-09-24", "2026-11-19"], False,
     "named werkgroep drops its van-tail owner (gold7 Owner)"),
    # NO: "Op de vergadering van 24 september werd afgesproken" back-reference, day already recorded.
    ("X03", 1, "een eerste bijeenkomst is gepland in de tweede helft van januari 2027",
     "subgroep online polarisering", None, None, [], True,
     "planned first meeting of the subgroep set up in the period (NOTES D1); the set-up/not-yet-met clause gives "
     "nothing; 'rond' is a linking word body_key ignores"),
    # NO: "Op de vergadering van 19 november presenteerde het KPD" back-reference, day already recorded.
    # NO: "De werkgroep Communicatie kwam in de rapporteringsperiode niet samen" not held.
    ("X03", 1, "De werkgroep Gevangenissen hield op 8 oktober 2026 een vergadering",
     "werkgroep Gevangenissen", None, None, ["2026-10-08"], False,
     "'een vergadering houden' on a day; participant afdeling Justitiehuizen is no body (host body rule)"),
    ("X03", 2, "Binnen de permanente werkgroep van het College van procureurs-generaal en de justitiehuizen werd overleg gepleegd op 16/06/2026 en 13/10/2026",
     "permanente werkgroep College van Procureurs-generaal en justitiehuizen", None, None,
     ["2026-06-16", "2026-10-13"], False,
     "the werkgroep met (overleg binnen X = X's meeting, G9-7); name as in the dev-2024-12 gold (one name across rounds)"),
    ("X03", 2, "De afdeling Justitiehuizen van het Agentschap Justitie en Handhaving stemde daarnaast per kwartaal af met DG EPI en het OCAD in het zogenaamde driehoeksoverleg detentie",
     "driehoeksoverleg detentie", None, "per kwartaal", [], False,
     "the parties meet in a named standing consultation ('het zogenaamde ...'): that overleg is the body (G9-7, "
     "G10-1 'samen in een Y' with Y named); NOTES D4"),
    # NO: "In overleg met de FOD Justitie werd beslist" adverbial agreement (gold5).
    ("X03", 2, "op 17 november, overlegden de afdeling Justitiehuizen en Datavlak nv over de technische vereisten",
     "afdeling Justitiehuizen", None, None, ["2026-11-17"], False,
     "G9-2 coordinated subject, first party (gazetteer canonical)"),
    ("X03", 2, "op 17 november, overlegden de afdeling Justitiehuizen en Datavlak nv over de technische vereisten",
     "Datavlak", None, None, ["2026-11-17"], False,
     "G9-2 second party; legal form 'nv' dropped (organisation canonical)"),
    ("X03", 3, "De werkgroep radicalisering en polarisering van het Globaal Veiligheids- en Preventieplan van het Brussels Hoofdstedelijk Gewest, gecoördineerd door safe.brussels, kwam bijeen op 30 juni en 20 oktober 2026",
     "werkgroep radicalisering en polarisering safe.brussels", None, None, ["2026-06-30", "2026-10-20"], False,
     "head with lower-case topic keeps an owner; the plan is no organisation, so the owner is the one organisation "
     "that runs it, 'gecoördineerd door' (G8-1, G12-1); NOTES D5"),
    # NO: "Het centraal aanspreekpunt van ABB en de VGC namen hieraan deel" participation in the recorded meetings.
    # NO: "Op de op 20 oktober gehouden vergadering werd de werking van de subgroep scholen geëvalueerd" day already
    #     recorded for this werkgroep (follow-up rule); the subgroep scholen is evaluated, not said to meet.
    # NO: "Een thematische vergadering ... werd afgelast" cancelled.
    ("X03", 3, "hadden ABB, de VGC en het Brussels Platform voor Wijkbemiddeling vzw (BPW) in augustus 2026 een overlegmoment",
     "ABB", None, None, [], False, "G12-5/G9-2 bare overlegmoment of named parties: each party; month only"),
    ("X03", 3, "hadden ABB, de VGC en het Brussels Platform voor Wijkbemiddeling vzw (BPW) in augustus 2026 een overlegmoment",
     "VGC", None, None, [], False, "G12-5/G9-2 second party"),
    ("X03", 3, "hadden ABB, de VGC en het Brussels Platform voor Wijkbemiddeling vzw (BPW) in augustus 2026 een overlegmoment",
     "Brussels Platform voor Wijkbemiddeling", None, None, [], False,
     "G12-5/G9-2 third party; canonical without 'vzw' (acronym introduced beside it)"),
    # NO: "Het BPW krijgt in 2027 een vaste zitting in de werkgroep" composition.
    # NO: preventiedienst Sint-Jans-Molenbeek and Buurtbemiddeling Kwartier "gevraagd om hun ervaringen te delen".

    # ------------------------------------------------------------ X04 3.3
    # NO: "De opvolging ... gebeurt sinds 2021 binnen de werkgroep ..." no meeting stated.
    ("X04", 1, "In de rapporteringsperiode vonden twee plenaire werkgroepvergaderingen plaats in Brussel, op 25-26 juni en op 12-13 november 2026",
     "werkgroep Gemeenschappelijke waarden en inclusief onderwijs", 2, None,
     ["2026-06-25", "2026-06-26", "2026-11-12", "2026-11-13"], False,
     "meetings of the werkgroep named in the sentence before (meeting noun -> its group); two two-day meetings, "
     "every day listed (dev-2024-12 R06 lists both days of a two-day meeting)"),
    # NO: driedaagse PLA in Ljubljana (event, gold5); PLA uitgesteld to April 2027 (event, postponed).
    ("X04", 1, "Dat overleg kwam op 8 oktober 2026 samen in aanwezigheid van het GO!, Katholiek Onderwijs Vlaanderen, OVSG en POV",
     "netoverschrijdend overleg pedagogische begeleidingsdiensten", None, None, ["2026-10-08"], False,
     "standing overleg with a classifying adjective (G9-7) and its van-complement as printed before; attendees "
     "'in aanwezigheid van' are participants, not bodies"),
    # NO: "Het ENB stelde er zijn handreiking ... voor" presentation at the recorded meeting.
    ("X04", 1, "De voorbereidende werkgroep, die op 20 oktober 2026 werd samengeroepen, komt tot de PLA om de vier weken samen",
     "voorbereidende werkgroep", None, "om de vier weken", ["2026-10-20"], False,
     "'werd samengeroepen' is a meeting predicate (gold5); frequency and first day in one statement; no owner "
     "stated (COB prepares the PLA, not said to run the werkgroep)"),

    # ------------------------------------------------------------ X05 4.1
    # NO: "Een startbijeenkomst met de zeven projectcoördinatoren ging door op 29 september" event noun, no body.
    ("X05", 1, "Sindsdien komen de coördinatoren om de zes weken samen in een lerend netwerk dat wordt begeleid door het Steunpunt Lokale Regie vzw (SLR)",
     "lerend netwerk coördinatoren", None, "om de zes weken", [], False,
     "G10-1 group named by who meets in it; 'begeleid door' only guides, no owner"),
    # NO: SLR webinar (event). X05 e2: "afsluitend uitwisselingsmoment ... voor de negen gemeenten" (one-off
    #     meeting noun, no organiser or body named); "evaluatievergadering ... verschoven naar 19 januari 2027" (G8-6).

    # ------------------------------------------------------------ X06 4.3
    ("X06", 1, "de werkgroep radicalisering kwam samen op 16/06/2026, 22/09/2026 en 24/11/2026",
     "werkgroep radicalisering", None, None, ["2026-06-16", "2026-09-22", "2026-11-24"], False,
     "head with topic, no owner printed or stated by a G8-1 verb (as dev-2024-12 R08 'werkgroep radicalisering en "
     "polarisering' in the same VVSG-project list); NOTES D7"),
    ("X06", 1, "de volgende bijeenkomst staat gepland voor maart 2027",
     "werkgroep radicalisering", None, None, [], True,
     "clause differing in planned (gold5: split)"),
    ("X06", 1, "de intervisiegroep voor casemanagers kwam driemaandelijks samen (30.06.2026 en 29.09.2026)",
     "intervisiegroep casemanagers", None, "driemaandelijks", ["2026-06-30", "2026-09-29"], False,
     "gold5 example name; frequency and dates one statement"),
    # NO: "Het aanspreekpunt van ABB nam deel aan de vergaderingen van de werkgroep" host without day/count/frequency.
    # NO: "Op de werkgroep van 22 september stelde het KOH ... voor" day already recorded.
    ("X06", 2, "In Oost-Vlaanderen waren er twee vergadermomenten (11 juni en 8 oktober 2026)",
     "provinciaal overlegplatform Oost-Vlaanderen", 2, None, ["2026-06-11", "2026-10-08"], False,
     "G9-5 place after the head from the lead-in 'de provinciale overlegplatformen'; NOTES D8"),
    ("X06", 2, "Het provinciaal platform in Limburg, dat wordt getrokken door de Provinciale Dienst Samenleven en Veiligheid Limburg, kwam op 29 september samen in Hasselt",
     "provinciaal platform Provinciale Dienst Samenleven en Veiligheid Limburg", None, None, ["2026-09-29"], False,
     "G12-1 'getrokken door' names the owner; G9-5: a body with an owner takes no place; NOTES D8"),
    # NO: "In Vlaams-Brabant werd het platform omgevormd tot een regionaal netwerk" set-up/transformation.
    ("X06", 2, "Beide kernen vergaderden eenmaal, in oktober 2026",
     "kernen Halle-Vilvoorde en Leuven", 1, None, [], False,
     "G9-6 definite set named as one whole with a distributive count ('elk' example) -> one record; NOTES D9"),
    # NO: West-Vlaanderen "de vergadering van juni niet gehouden"; gouverneur's veiligheidsconferentie (event).
    ("X06", 2, "In de provincie Antwerpen loopt sinds juli 2026 een verkennend overleg tussen de VVSG, de stad Turnhout en de Intergemeentelijke Preventiedienst Netekant (IPN)",
     "VVSG", None, None, [], False,
     "G12-5 bare overleg between named parties ('verkennend' is no classifying adjective): each party"),
    ("X06", 2, "In de provincie Antwerpen loopt sinds juli 2026 een verkennend overleg tussen de VVSG, de stad Turnhout en de Intergemeentelijke Preventiedienst Netekant (IPN)",
     "stad Turnhout", None, None, [], False, "G12-5 second party; municipality with title stad"),
    ("X06", 2, "In de provincie Antwerpen loopt sinds juli 2026 een verkennend overleg tussen de VVSG, de stad Turnhout en de Intergemeentelijke Preventiedienst Netekant (IPN)",
     "Intergemeentelijke Preventiedienst Netekant", None, None, [], False, "G12-5 third party"),
    # NO: X06 e3 studiedag, drie vormingen, infosessie (trainings/events).
    ("X06", 3, "Op internationaal vlak overlegde de VVSG op 2 juli 2026 met haar Zweedse zusterorganisatie SALAR en met de Nederlandse VNG",
     "VVSG", None, None, ["2026-07-02"], False,
     "two-parties rule: the subject organisation is the body; parties after 'met' get none (G9-2)"),
    ("X06", 3, "De drie organisaties komen in het eerste kwartaal van 2027 opnieuw samen in Den Haag",
     "VVSG", None, None, [], True, "G9-2 coordinated subject ('de drie organisaties' = VVSG, SALAR, VNG), planned"),
    ("X06", 3, "De drie organisaties komen in het eerste kwartaal van 2027 opnieuw samen in Den Haag",
     "SALAR", None, None, [], True, "G9-2 second party, planned"),
    ("X06", 3, "De drie organisaties komen in het eerste kwartaal van 2027 opnieuw samen in Den Haag",
     "VNG", None, None, [], True, "G9-2 third party, planned (country adjective no part of the name, G12-6)"),
    # NO: EFUS conference, Nordic Safe Cities seminar (events attended); DZPN werkbezoek (visit).

    # ------------------------------------------------------------ X07 4.5
    ("X07", 1, "De redactieraad, samengesteld uit vertegenwoordigers van ABB, de VVSG en twee kenniscentra, overlegde in juni en september 2026 over de selectiecriteria",
     "redactieraad", None, None, [], False,
     "bare head, no complement, no single owner (several members): stays bare (G8-1); months only; NOTES D10"),
    # NO: 14 plaatsbezoeken (visits); second series of fiches with VBHW (no meeting); bevraging.

    # ------------------------------------------------------------ X08 4.7
    # NO: "De verschillende hulplijnen (...) stemden zesmaandelijks af"; "Het hulplijnenoverleg ging door op 23 juni
    #     2026; de volgende editie is voorzien op 11 december 2026": hulplijnen/hulplijnenoverleg stay generic (gold5).
    # NO: Meldpunt Polarisering "nam op 23 juni voor het eerst deel" (participant of a non-body meeting).
    ("X08", 1, "Tussen het aanspreekpunt radicalisering onderwijs, de VVSG en de lokale radicaliseringsambtenaren van Antwerpen, Gent en Vilvoorde was er in september en oktober 2026 telkens een afstemmingsmoment",
     "VVSG", None, None, [], False,
     "G12-5 bare overleg between parties: the one named organisation; function and persons give none (G11-1)"),
    ("X08", 1, "Er is daarnaast maandelijks overleg tussen het aanspreekpunt en de referentiepersonen radicalisering van het GO!, Katholiek Onderwijs Vlaanderen, OVSG, POV en de CLB-netten",
     "referentiepersonen radicalisering", None, "maandelijks", [], False,
     "table body (meeting_bodies); same shape as dev-2024-12 R10; one month not organised does not cancel the rate"),
    # NO: OCAD toelichting voor inspecteurs en LOP-deskundigen (training); CoPPRa light (training); LOP infomomenten.
    ("X08", 2, "Tijdens de algemene vergadering van de onderwijsinspectie van 20 oktober 2026",
     "onderwijsinspectie", None, None, ["2026-10-20"], False,
     "G8-3 'de algemene vergadering van X' is X's meeting; host body on a day (the aanspreekpunt gave a vorming there)"),
    # NO: "Het netoverschrijdend overleg tussen politie en onderwijs ... kwam ... niet samen" not held.
    ("X08", 3, "Het sectoroverleg jeugd, waarin de afdeling Jeugd samen met De Ambrassade, Uit De Marge, Formaat, JES en het Platform Kwetsbare Jongeren Limburg (PKJL) de noden van jongeren met een hoge kwetsbaarheid opvolgt, kwam samen op 2 juli en 1 oktober 2026",
     "sectoroverleg", None, None, ["2026-07-02", "2026-10-01"], False,
     "G8-5 variant of the table body 'sectoroverleg' (same lead, same members, action 4.7)"),
    ("X08", 3, "die tafels zaten elk tweemaal samen",
     "lokale voorbereidende tafels Platform Kwetsbare Jongeren Limburg", 2, None, [], False,
     "G9-6 definite set (three named places) with distributive count -> one record; owner PKJL ('organiseert', G8-1) "
     "so no places (G9-5); NOTES D9"),
    ("X08", 3, "Op 17 september 2026 troffen De Ambrassade en Uit De Marge elkaar",
     "De Ambrassade", None, None, ["2026-09-17"], False, "G9-2 coordinated subject"),
    ("X08", 3, "Op 17 september 2026 troffen De Ambrassade en Uit De Marge elkaar",
     "Uit de Marge", None, None, ["2026-09-17"], False, "G9-2 second party (gazetteer canonical)"),
    # NO: "De bijeenkomst die het sectoroverleg op 25 november zou houden, ging niet door" (G8-6); visit to Kiemkracht.

    # ------------------------------------------------------------ X09 5.1
    ("X09", 1, "De begeleidingscommissie van die leidraad zat drie keer rond de tafel, telkens in Brussel: op 19 juni, 4 september en 6 november 2026",
     "begeleidingscommissie leidraad", 3, None, ["2026-06-19", "2026-09-04", "2026-11-06"], False,
     "bare head's van-complement as its name (gold7, G8-2 without a project name)"),
    # NO: "Bij de tweede vergadering schoven ook ... aan" back-reference to a recorded meeting (4 September).
    ("X09", 1, "Het EKS en het VBJK hadden daarnaast in juli twee werkvergaderingen over de vormgeving",
     "Expertisecentrum Kind en Samenleving", 2, None, [], False,
     "G9-2 coordinated subject; acronym introduced beside its expansion earlier in the entry"),
    ("X09", 1, "Het EKS en het VBJK hadden daarnaast in juli twee werkvergaderingen over de vormgeving",
     "VBJK", 2, None, [], False, "G9-2 second party (no expansion printed, not in the gazetteer)"),
    # NO: "In oktober 2026 werden twee focusgesprekken met ouders georganiseerd" no organiser, no group name (G9-9).
    # NO: studievoormiddag (event).

    # ------------------------------------------------------------ X10 5.5
    ("X10", 1, "De stuurgroep van CONNECT, met vertegenwoordigers van het departement Onderwijs en Vorming, Arktos, het GO!, Katholiek Onderwijs Vlaanderen en OVSG, kwam samen op 23 juni en 10 november 2026",
     "stuurgroep CONNECT", None, None, ["2026-06-23", "2026-11-10"], False, "G8-2 project name"),
    # NO: "Op de vergadering van 23 juni werd het jaarverslag ... goedgekeurd" day already recorded.
    ("X10", 1, "Het interventieteam van Arktos pleegt wekelijks intern overleg over de lopende aanvragen",
     "interventieteam Arktos", None, "wekelijks", [], False,
     "the team's internal overleg is the team's meeting (G9-7); bare head keeps its owner (gold7)"),
    ("X10", 1, "Arktos en de vzw Klasbrug overlegden in juli en september over een gezamenlijke aanpak",
     "Arktos", None, None, [], False, "G9-2 coordinated subject; months only"),
    ("X10", 1, "Arktos en de vzw Klasbrug overlegden in juli en september over een gezamenlijke aanpak",
     "Klasbrug", None, None, [], False, "G9-2 second party, without 'vzw'"),
    ("X10", 1, "zij vergadert vanaf januari 2027 tweemaandelijks",
     "Brusselse begeleidingsgroep", None, "tweemaandelijks", [], True,
     "planned rate of the group composed in October (NOTES D1); words as printed"),
    # NO: terugkomdag (event); uitwisseling met Landelijk Netwerk Schoolveerkracht uitgesteld (G8-6).

    # ------------------------------------------------------------ X11 5.9
    ("X11", 1, "Het casusoverleg tussen VDAB, de justitiehuizen en de CAW's, dat sinds 2024 loopt in de regio's Antwerpen, Gent en Brussel, vond in elke regio maandelijks plaats",
     "VDAB", None, "maandelijks", [], False,
     "G12-5 bare casusoverleg between parties: the named organisation; 'de justitiehuizen', 'de CAW's' generic"),
    ("X11", 1, "In Brussel wordt het overleg sinds september 2026 uitgebreid met Actiris; daar werd tweemaal vergaderd (17 september en 22 oktober)",
     "VDAB", 2, None, ["2026-09-17", "2026-10-22"], False,
     "follow-up with new days for the Brussels casusoverleg: each named party (G12-5)"),
    ("X11", 1, "In Brussel wordt het overleg sinds september 2026 uitgebreid met Actiris; daar werd tweemaal vergaderd (17 september en 22 oktober)",
     "Actiris", 2, None, ["2026-09-17", "2026-10-22"], False,
     "Actiris is a party of that overleg from September (G12-5); NOTES D11"),
    # NO: inspiratiesessie voor jobcoaches (event).
    ("X11", 2, "Het CAV en de VWI richtten nadien een taskforce 'Polarisering op de werkvloer' op, die op 26 november 2026 een eerste keer bijeenkwam",
     "taskforce Polarisering op de werkvloer", None, None, ["2026-11-26"], False,
     "set-up plus a first meeting on a day (gold5 set-up rule: the text says it met)"),
    ("X11", 2, "De werkgroep 'Traject op maat' van VDAB en het Agentschap Opgroeien, opgericht in mei 2026, vergaderde in juni, augustus en oktober 2026",
     "werkgroep Traject op maat", None, None, [], False, "named werkgroep drops its owners; months only"),
    # NO: "Die werkgroep rapporteert begin 2027 aan het Vlaams Platform Radicalisering" report, no meeting stated.
    # NO: focusgroep met werkgevers geannuleerd.

    # ------------------------------------------------------------ X12 6.1
    ("X12", 1, "Die LIVC-R kwam op 3 juli 2026 een eerste keer samen en vergaderde sindsdien om de acht weken",
     "intergemeentelijke LIVC-R Bilzen-Hoeselt, Riemst en Tongeren-Borgloon", None, "om de acht weken",
     ["2026-07-03"], False,
     "gold7 'intergemeentelijk LIVC Balen-Dessel-Mol' pattern: adjective as printed plus its municipalities"),
    ("X12", 1, "De LIVC's van Ronse, Oudenaarde en Geraardsbergen zaten op 16 oktober 2026 samen",
     "LIVC stad Ronse", None, None, ["2026-10-16"], False,
     "G9-2 coordinated subject meeting each other; G9-3 municipal body after the municipality's canonical"),
    ("X12", 1, "De LIVC's van Ronse, Oudenaarde en Geraardsbergen zaten op 16 oktober 2026 samen",
     "LIVC stad Oudenaarde", None, None, ["2026-10-16"], False, "G9-2/G9-3 second party"),
    ("X12", 1, "De LIVC's van Ronse, Oudenaarde en Geraardsbergen zaten op 16 oktober 2026 samen",
     "LIVC stad Geraardsbergen", None, None, ["2026-10-16"], False, "G9-2/G9-3 third party"),
    ("X12", 1, "Daar werd afgesproken dat zij voortaan per semester samenkomen",
     "LIVC stad Ronse", None, "per semester", [], True, "agreed future rate of the three LIVC's (G9-2), planned"),
    ("X12", 1, "Daar werd afgesproken dat zij voortaan per semester samenkomen",
     "LIVC stad Oudenaarde", None, "per semester", [], True, "G9-2 second party, planned"),
    ("X12", 1, "Daar werd afgesproken dat zij voortaan per semester samenkomen",
     "LIVC stad Geraardsbergen", None, "per semester", [], True, "G9-2 third party, planned"),
    # NO: handboek LIVC "in overleg met de FOD Binnenlandse Zaken geactualiseerd" (agreement, gold5).
    ("X12", 2, "Een schrijfgroep met medewerkers van de ondersteuningscentra jeugdzorg, de sociale diensten jeugdrechtbank en het Centrum voor Contextuele Gezinsbegeleiding Wending vzw kwam hiervoor vijfmaal samen tussen juni en oktober 2026",
     "schrijfgroep", 5, None, [], False,
     "bare head, no owner stated by a G8-1 verb (as dev-2024-12 R04 'schrijfgroep'); 'met'-tail dropped"),
    # NO: webinar voor jeugdhulpverleners (event).
    ("X12", 2, "een eerste bijeenkomst is voorzien op 21 januari 2027",
     "lerend netwerk Gezin en extremisme", None, None, ["2027-01-21"], True,
     "planned first meeting of the network set up in the period (NOTES D1)"),
    ("X12", 2, "Op de laatste bijeenkomst van de schrijfgroep, op 13 oktober",
     "schrijfgroep", None, None, ["2026-10-13"], False,
     "gold5 follow-up sentence naming a new day for the schrijfgroep"),
    ("X12", 3, "Binnen het sectoroverleg jeugd (zie actie 4.7) werd op 1 oktober 2026 de visietekst over deontologie besproken",
     "sectoroverleg", None, None, ["2026-10-01"], False,
     "a day of the sectoroverleg not in a record of this item/action (follow-up rule scope); NOTES D12"),
    ("X12", 3, "waarbij de coördinatoren van de jeugdhuizen maandelijks samenkomen in een intervisiegroep",
     "intervisiegroep coördinatoren", None, "maandelijks", [], False,
     "G10-1 members' noun without its van-tail; De Ambrassade 'begeleidt' (guides, no owner)"),
    # NO: "In juli viel die bijeenkomst weg" one month not held (the rate stands; G11-3 only when no meeting at all).
    # NO: vormingsdagen (training); Platform Straathoekwerk Noordrand "neemt vanaf de bijeenkomst van januari 2027
    #     deel aan de intervisiegroep" membership with a month only (host-body rule needs a day/count/frequency).

    # ------------------------------------------------------------ X13 6.3
    ("X13", 1, "Het structureel bovenlokaal overleg met DG EPI over de gezamenlijke aanpak van disengagementstrajecten in de gevangenissen kwam in de rapporteringsperiode driemaal samen (29 juni, 21 september en 23 november 2026)",
     "structureel bovenlokaal overleg", 3, None, ["2026-06-29", "2026-09-21", "2026-11-23"], False,
     "G9-7: standing overleg with classifying adjectives is the body, its 'met X'-tail dropped"),
    # NO: "In dit overleg zetelen ..." composition; "Op het overleg van 21 september werd beslist" day already recorded.
    ("X13", 1, "Het overleg vond er tweewekelijks plaats, telkens met de Federatie Gevangenisbezoek en Nazorg (FGN) als vaste partner",
     "lokaal trajectoverleg gevangenissen Haren, Hasselt, Brugge en Antwerpen", None, "tweewekelijks", [], False,
     "the lokaal trajectoverleg of the sentence before, in four named prisons: G9-6 definite set -> one record; "
     "FGN 'als vaste partner' after 'met' gets none; NOTES D9"),
    # NO: Leuven-Centraal "opstart uitgesteld tot eind maart 2027" (set-up, postponed).
    ("X13", 2, "De ambtelijke werkgroep disengagement, waarin de Vlaamse administraties Welzijn, Onderwijs, Werk en Jeugd vertegenwoordigd zijn, vergaderde op 14 juli en 13 oktober 2026",
     "ambtelijke werkgroep disengagement", None, None, ["2026-07-14", "2026-10-13"], False, "gold7 example name"),
    # NO: "De ICRD-onderzoekers stelden hun bevindingen op 13 oktober aan de werkgroep voor" day already recorded.
    ("X13", 2, "Vanaf 2027 komt de werkgroep per kwartaal samen",
     "ambtelijke werkgroep disengagement", None, "per kwartaal", [], True, "future rate, planned (separate sentence)"),
    ("X13", 2, "De afdeling Welzijn en Samenleving stemde in de zomer af met de vzw Buitenbrug en het Kenniscentrum Herstelgericht Werken (KHW)",
     "afdeling Welzijn en Samenleving", None, None, [], False,
     "two-parties rule: the subject organisation is the body; 'met' parties get none (G9-2); season only"),
    # NO: werkbezoek Exit-programma Aarhus (visit).

    # ------------------------------------------------------------ X14 7.1
    # NO: "Het startmoment van het project vond plaats in februari 2025" background, event noun.
    ("X14", 1, "Het opvolgingscomité, waarin de afdeling Justitiehuizen, het Netwerk Brugfiguren Vlaanderen en de vzw Herstelcirkels Vlaanderen (HCV) zetelen, vergaderde op 9 september 2026 in Gent",
     "opvolgingscomité", None, None, ["2026-09-09"], False,
     "bare head with no complement (G8-2 needs 'van het project'); composition clause dropped; NOTES D10"),
    # NO: "Een tweede vergadering, voorzien in november, werd verplaatst naar 15 januari 2027" (G8-6, no new day).
    # NO: 46 interviews and "organiseerden vier focusgroepen met hulpverleners" research method, organisers persons (G9-9).
    ("X14", 2, "Het wetenschappelijk comité van de monitor, met onderzoekers van de KU Leuven, de Universiteit Antwerpen en het Vlaams Vredesinstituut, kwam tweemaal samen (juni en oktober 2026)",
     "wetenschappelijk comité monitor", 2, None, [], False,
     "head with classifying adjective and its van-complement as printed (G8-2: the monitor has no name); months"),
    ("X14", 2, "Het comité overlegt begin 2027 met de SERV over een uitbreiding naar de arbeidsmarkt",
     "wetenschappelijk comité monitor", None, None, [], True,
     "planned; subject body, SERV after 'met' gets none (two-parties rule)"),
    # NO: presentation of a report in the Vlaams Parlement (no named body's meeting); academische zitting (event);
    #     webinar (event); "Het SERV-secretariaat en Statistiek Vlaanderen hadden op 12 november een eerste verkennend
    #     gesprek" one-off gesprek (first-round decision: one-off gesprekken are no meetings; G8-4 counts only
    #     'gesprekken' plural); NOTES D13.

    # ------------------------------------------------------------ X15 10.1
    ("X15", 1, "In de rapporteringsperiode kwam het netwerk van referentieconsulenten viermaal samen voor intervisie: op 19 juni, 11 september, 9 oktober en 20 november 2026",
     "netwerk referentieconsulenten", 4, None, ["2026-06-19", "2026-09-11", "2026-10-09", "2026-11-20"], False,
     "group head named by its members (G10-1); two services employ them, so no single owner"),
    # NO: "Bij die laatste bijeenkomst schoof ook de afdeling Justitiehuizen aan" day already recorded.
    # NO: tweedaagse opleiding (training); "Zij treffen elkaar daarnaast informeel tijdens de vormingsdagen, zonder
    #     vast overlegkader" persons, no group, at an event.
    ("X15", 1, "Het lerend netwerk van de CAW-referentiepersonen, gecoördineerd door CAW Antwerpen, vergaderde om de drie maanden",
     "lerend netwerk CAW-referentiepersonen CAW Antwerpen", None, "om de drie maanden", [], False,
     "G12-1 'gecoördineerd door' as owner after the name (dev-2024-12 R21 pattern); September meeting month only"),
    ("X15", 1, "De CAW's van Oost-Vlaanderen en West-Vlaanderen overlegden daarnaast op 28 oktober met het EKS",
     "Expertisecentrum Kind en Samenleving", None, None, ["2026-10-28"], False,
     "subject is a generic collective (CAW's of two provinces), so the named organisation met is the body "
     "(two-parties rule, G12-5); EKS named with its expansion in X09, same organisation, one canonical (NOTES D14)"),
    # NO: vorming CCZA "uitgesteld naar februari 2027" (training, postponed).

    # ------------------------------------------------------------ X16 11.1
    ("X16", 1, "De stuurgroep van het vormingsaanbod, waarin het Agentschap, Atlas, het EMB en de Raad van Orthodoxe Kerkgemeenschappen in België (ROKB) zetelen, kwam op 25 juni en 5 november 2026 bijeen",
     "stuurgroep vormingsaanbod", None, None, ["2026-06-25", "2026-11-05"], False,
     "bare head's van-complement as its name (gold7); composition clause dropped"),
    # NO: VFM "woonde de vergadering van 5 november bij als waarnemer" day already recorded.
    ("X16", 1, "Tussen beide vergaderingen overlegden het Agentschap en het EMB maandelijks over de inschrijvingen",
     "AgII", None, "maandelijks", [], False, "G9-2; 'het Agentschap' = Agentschap Integratie en Inburgering"),
    ("X16", 1, "Tussen beide vergaderingen overlegden het Agentschap en het EMB maandelijks over de inschrijvingen",
     "EMB", None, "maandelijks", [], False, "G9-2 second party"),
    # NO: slotmoment (event); studiebezoek KGVR ging niet door; "de lesgevers van beide organisaties zaten op
    #     2 september een eerste keer samen" persons of two organisations, no group, no single organiser (G11-1).

    # ------------------------------------------------------------ X17 11.3
    # NO: "De KU Leuven, de AUHA en het EMB zetten het overleg ... verder" untimed lead sentence restated by the dated
    #     next sentence about the same three parties (NOTES D15).
    ("X17", 1, "De drie partners zaten op 10 juli en 6 november 2026 samen",
     "KU Leuven", None, None, ["2026-07-10", "2026-11-06"], False, "G9-2 coordinated subject (the three partners)"),
    ("X17", 1, "De drie partners zaten op 10 juli en 6 november 2026 samen",
     "AUHA", None, None, ["2026-07-10", "2026-11-06"], False, "G9-2 second party"),
    ("X17", 1, "De drie partners zaten op 10 juli en 6 november 2026 samen",
     "EMB", None, None, ["2026-07-10", "2026-11-06"], False, "G9-2 third party"),
    # NO: departement OV "nam telkens als waarnemer deel"; IIB "uitgenodigd ... maar kon niet aanwezig zijn";
    #     "Op de bijeenkomst van 6 november werd afgesproken" day already recorded.
    ("X17", 1, "Hiertoe wordt een redactiecomité opgericht, dat ten laatste in februari 2027 samenkomt",
     "redactiecomité", None, None, [], True,
     "planned first meeting of a body being set up (NOTES D1); no single owner (three partners)"),
    # NO: haalbaarheidsstudie opgeleverd; studiedag van ENIS (event).

    # ------------------------------------------------------------ X18 12.1
    ("X18", 1, "Het departement OV, het BHB en Kazerne Dossin hadden op 19 juni en 18 september 2026 een opvolgingsvergadering",
     "departement OV", None, None, ["2026-06-19", "2026-09-18"], False, "G9-2/G12-5 each named party"),
    ("X18", 1, "Het departement OV, het BHB en Kazerne Dossin hadden op 19 juni en 18 september 2026 een opvolgingsvergadering",
     "Burgerschapshuis Brussel", None, None, ["2026-06-19", "2026-09-18"], False,
     "G9-2 second party; acronym BHB expanded in the sentence before"),
    ("X18", 1, "Het departement OV, het BHB en Kazerne Dossin hadden op 19 juni en 18 september 2026 een opvolgingsvergadering",
     "Kazerne Dossin", None, None, ["2026-06-19", "2026-09-18"], False, "G9-2 third party (gazetteer)"),
    ("X18", 1, "De werkgroep 'Burgerschap in de eerste graad' van het BHB kwam in het najaar vier keer samen",
     "werkgroep Burgerschap in de eerste graad", 4, None, [], False, "named werkgroep drops its owner (gold7)"),
    # NO: zomerscholen (training); lespakket launched; SDS begeleidde scholen; leerlingenparlement.
    ("X18", 1, "De vzw Klasdebat en het SDS overlegden in augustus over een gezamenlijk aanbod voor het tweede semester",
     "Klasdebat", None, None, [], False, "G9-2 coordinated subject, without 'vzw'"),
    ("X18", 1, "De vzw Klasdebat en het SDS overlegden in augustus over een gezamenlijk aanbod voor het tweede semester",
     "Studio Democratisch Samenleven", None, None, [], False, "G9-2 second party; acronym SDS expanded before"),
    # NO: netoverschrijdend colloquium uitgesteld (event, postponed).

    # ------------------------------------------------------------ X19 12.5
    ("X19", 1, "De commissie levensbeschouwelijke vakken (LBV) van de onderwijsinspectie besprak in haar zitting van 22 september 2026",
     "Commissie levensbeschouwelijke vakken", None, None, ["2026-09-22"], False,
     "G9-10: the act names its meeting ('in haar zitting van'); the name the dev-2024-12 gold gives this body "
     "(action 12.5), one name across rounds; NOTES D16"),
    ("X19", 1, "De commissie houdt per trimester zitting; de volgende zitting is gepland op 12 januari 2027",
     "Commissie levensbeschouwelijke vakken", None, "per trimester", ["2027-01-12"], True,
     "G9-8: a frequency with a future next date is one record, planned"),
    # NO: online verzameling van lesvoorbeelden (no meeting).
    ("X19", 1, "De werkgroep 'Dialoog in de klas', die de commissie in juni oprichtte, vergaderde op 6 oktober en 17 november 2026",
     "werkgroep Dialoog in de klas", None, None, ["2026-10-06", "2026-11-17"], False,
     "named werkgroep; set-up in June gives no date"),
    # NO: gemeenschappelijke studiedag (event); "De inspecteurs LBV overleggen daarnaast informeel, zonder vaste
    #     overlegstructuur" persons, no group (G11-1).

    # ------------------------------------------------------------ X20 13.1
    ("X20", 1, "De groepen kwamen elk maandelijks samen, behalve in juli en augustus",
     "lotgenotengroepen", None, "maandelijks", [], False,
     "G9-6 definite set (the four groups) -> one record; dev-2024-12 name 'lotgenotengroepen' (G11-4)"),
    ("X20", 1, "De vier begeleiders overlegden op 14 september en 9 november 2026 met de Koning Boudewijnstichting en de Opvoedingslijn",
     "KBS", None, None, ["2026-09-14", "2026-11-09"], False,
     "subject are persons (no body): the organisations met are the bodies (two-parties rule, G8-4); gazetteer KBS"),
    ("X20", 1, "De vier begeleiders overlegden op 14 september en 9 november 2026 met de Koning Boudewijnstichting en de Opvoedingslijn",
     "Opvoedingslijn", None, None, ["2026-09-14", "2026-11-09"], False, "second organisation met"),
    # NO: ontmoetingsavond (event); "De groep in Brussel vergaderde in oktober niet" (not held, one month).
    ("X20", 1, "de eerste samenkomst is gepland in februari 2027",
     "lotgenotengroep Gent", None, None, [], True,
     "planned first meeting of the Gent group set up in the period (NOTES D1); G9-5 place, G9-1 'nieuwe' dropped"),
    ("X20", 1, "De Opvoedingslijn en de vzw Ouders Tussen Twee Werelden stemden op 6 juli 2026 af over de doorverwijzing van oproepen",
     "Opvoedingslijn", None, None, ["2026-07-06"], False, "G9-2 coordinated subject"),
    ("X20", 1, "De Opvoedingslijn en de vzw Ouders Tussen Twee Werelden stemden op 6 juli 2026 af over de doorverwijzing van oproepen",
     "Ouders Tussen Twee Werelden", None, None, ["2026-07-06"], False, "G9-2 second party, without 'vzw'"),
    # NO: vorming van de Opvoedingslijn-medewerkers (training).

    # ------------------------------------------------------------ X21 13.3
    ("X21", 1, "Het departement OV volgt de uitvoering op via een stuurgroep die minimaal drie keer per jaar samenkomt",
     "stuurgroep departement OV", None, "minimaal drie keer per jaar", [], False,
     "G8-1 owner: the one organisation that runs the stuurgroep ('volgt op via'); bound kept in the rate (gold5)"),
    ("X21", 1, "De stuurgroep kwam sinds juni 2026 twee keer samen, nl. op 24 juni en 30 september 2026",
     "stuurgroep departement OV", 2, None, ["2026-06-24", "2026-09-30"], False, "past clause"),
    ("X21", 1, "een derde bijeenkomst volgt op 9 december 2026",
     "stuurgroep departement OV", None, None, ["2026-12-09"], True,
     "clause differing in planned (gold5 split); ordinal gives no count"),
    # NO: "Tijdens de stuurgroep van 30 september presenteerden de ouderkoepels" day already recorded.
    # NO: "organiseerde het departement een halve werkdag met de ouderkoepels en het OPDB" a '...dag' event (gold5).
    ("X21", 1, "KOOGO en VCOV richtten daarnaast een werkgroep 'Ouders en verbinding' op, die sinds oktober om de zes weken vergadert",
     "werkgroep Ouders en verbinding", None, "om de zes weken", [], False,
     "named werkgroep meeting at a rate (set-up plus a meeting predicate)"),
    ("X21", 1, "Het OPDB en de Federatie Ouderverenigingen Nieuwe Vlamingen (FONV) stemden in oktober af over een gezamenlijke ouderavond",
     "Ouderplatform Diversiteit Brussel", None, None, [], False, "G9-2; acronym OPDB expanded before"),
    ("X21", 1, "Het OPDB en de Federatie Ouderverenigingen Nieuwe Vlamingen (FONV) stemden in oktober af over een gezamenlijke ouderavond",
     "Federatie Ouderverenigingen Nieuwe Vlamingen", None, None, [], False, "G9-2 second party"),
    # NO: FOB "sluit zich daarbij aan vanaf het tweede trimester" joining, no meeting stated.

    # ------------------------------------------------------------ X22 14.1
    # NO: "De projectpromotoren kwamen op 29 juni en 26 oktober 2026 samen voor een intervisiemoment" generic
    #     participants without a group noun or organiser (G11-1, gold5 'projectdragers'); NOTES D17.
    # NO: afsluitend toonmoment (event); nieuw toonmoment gepland (event).
    ("X22", 1, "De begeleidingscommissie van de oproep, met vertegenwoordigers van ABB, de afdeling Jeugd en het Kenniscentrum Jeugd en Verbinding (KJV), kwam eenmaal bijeen, op 15 juli 2026",
     "begeleidingscommissie oproep", 1, None, ["2026-07-15"], False,
     "bare head's complement as printed (as dev-2024-12 R24 'begeleidingsgroep oproep'); 'met'-tail dropped"),

    # ------------------------------------------------------------ X23 14.5
    # NO: 11 dialoogsessies tussen jongeren en journalisten (activity sessions, no body).
    ("X23", 1, "De adviesraad van rePresent, met vertegenwoordigers van de VRT, de Vlaamse Vereniging van Journalisten, Klankkast vzw en de redactie van Uitsprak Media nv, vergaderde op 8 juli en 4 november 2026",
     "adviesraad rePresent", None, None, ["2026-07-08", "2026-11-04"], False, "G8-2 project name"),
    # NO: "Op de vergadering van 4 november werd beslist" day already recorded; eerste training gepland (training).
    ("X23", 1, "Mediawijs en Child Focus overlegden in november over een gezamenlijke actie voor Safer Internet Day 2027",
     "Mediawijs", None, None, [], False, "G9-2 coordinated subject; month only"),
    ("X23", 1, "Mediawijs en Child Focus overlegden in november over een gezamenlijke actie voor Safer Internet Day 2027",
     "Child Focus", None, None, [], False, "G9-2 second party"),
    # NO: Denktank stelde een discussienota voor (presentation, no meeting of a body).

    # ------------------------------------------------------------ X24 14.7
    ("X24", 1, "Het coördinatieoverleg Focus op Talent, dat door het departement Werk en Sociale Economie wordt voorgezeten, kwam op 2 juli, 17 september en 19 november 2026 samen",
     "coördinatieoverleg Focus op Talent", None, None, ["2026-07-02", "2026-09-17", "2026-11-19"], False,
     "overleg with a name of its own (gold7): no owner"),
    # NO: WDK "trad in september toe tot dat overleg" (composition).
    ("X24", 1, "UNIZO en het Minderhedenforum overlegden daarnaast driemaal over een gezamenlijke campagne voor kmo's",
     "UNIZO", 3, None, [], False, "G9-2 coordinated subject with a count"),
    ("X24", 1, "UNIZO en het Minderhedenforum overlegden daarnaast driemaal over een gezamenlijke campagne voor kmo's",
     "Minderhedenforum", 3, None, [], False, "G9-2 second party"),
    # NO: campagne, communicatiebureau (no meeting).
    ("X24", 1, "Het overleg tussen ACV, ABVV en ACLVB over de vakbondsmodule 'Inclusieve werkvloer' ging door op 3 en 24 november 2026",
     "ACV", None, None, ["2026-11-03", "2026-11-24"], False, "G12-5 bare overleg between named parties"),
    ("X24", 1, "Het overleg tussen ACV, ABVV en ACLVB over de vakbondsmodule 'Inclusieve werkvloer' ging door op 3 en 24 november 2026",
     "ABVV", None, None, ["2026-11-03", "2026-11-24"], False, "G12-5 second party"),
    ("X24", 1, "Het overleg tussen ACV, ABVV en ACLVB over de vakbondsmodule 'Inclusieve werkvloer' ging door op 3 en 24 november 2026",
     "ACLVB", None, None, ["2026-11-03", "2026-11-24"], False, "G12-5 third party"),
    ("X24", 2, "De promotoren vormen samen een lerend netwerk dat per kwartaal bijeenkomt; in de rapporteringsperiode was dat op 10/9/2026",
     "lerend netwerk promotoren", None, "per kwartaal", ["2026-09-10"], False,
     "G10-1 group named by its members ('vormen samen een Y' = 'worden samengebracht in een Y'); one statement"),
    # NO: "Het lerend netwerk werd in juni niet samengeroepen" not held; ESF infosessie (event).
    ("X24", 2, "De volgende bijeenkomst van het lerend netwerk staat gepland in de week van 8 maart 2027",
     "lerend netwerk promotoren", None, None, [], True,
     "planned next meeting; a week, not a day, so no date"),
]


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


def field_text(item, entry_no):
    it = ITEMS[item]
    if entry_no is None:
        return it["description"]
    for e in it["entries"]:
        if e["entry_no"] == entry_no:
            return e["description"]
    raise KeyError((item, entry_no))


def main():
    errors = []
    out = []
    seen = set()
    for t in RECORDS:
        if len(t) != 9:
            errors.append(f"bad tuple length: {t[:3]}")
            continue
        item, entry_no, raw, body, count, freq, dates, planned, reason = t
        if item not in ITEMS:
            errors.append(f"unknown item {item}")
            continue
        if not reason.strip():
            errors.append(f"no reason: {item} {raw[:40]}")
        text = strip_tags(field_text(item, entry_no))
        if "<" in raw or ">" in raw:
            errors.append(f"tag in raw: {item} {raw[:60]}")
        if raw not in text:
            errors.append(f"RAW NOT FOUND: {item} e{entry_no}: {raw}")
        if not body or body != body.strip():
            errors.append(f"bad body: {item} {body!r}")
        if count is not None and (not isinstance(count, int) or count < 1):
            errors.append(f"bad count: {item} {count!r}")
        days = []
        for d in dates:
            try:
                days.append(datetime.date.fromisoformat(d))
            except ValueError:
                errors.append(f"bad date {d} in {item}")
        if dates != sorted(dates) or len(set(dates)) != len(dates):
            errors.append(f"dates not sorted/unique: {item} {dates}")
        if planned and any(d <= REPORT_DATE for d in days):
            errors.append(f"planned record with a past date: {item} {dates}")
        if not planned and any(d > REPORT_DATE for d in days):
            errors.append(f"non-planned record with a future date: {item} {dates}")
        if not planned and days and any(d < datetime.date(2026, 6, 1) for d in days):
            errors.append(f"date before the reporting period: {item} {dates}")
        if count is not None and dates and len(dates) > count and item != "X04":
            # X04: two two-day meetings (count 2, four days)
            errors.append(f"more days than count: {item} {count} {dates}")
        key = (item, entry_no, raw, body)
        if key in seen:
            errors.append(f"duplicate: {key}")
        seen.add(key)
        rec = {
            "item": item,
            "action_id": ITEMS[item]["action_id"],
            "where": "entry" if entry_no is not None else "description",
            "entry_no": entry_no,
            "raw": raw,
            "body": body,
            "count": count,
            "frequency": freq,
            "dates": list(dates),
            "planned": planned,
        }
        assert list(rec) == KEYS
        out.append(rec)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-read: every line parses, key order kept
    n = 0
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            assert list(json.loads(line)) == KEYS
            n += 1
    per_item = {}
    for rec in out:
        per_item[rec["item"]] = per_item.get(rec["item"], 0) + 1
    print(f"wrote {n} records ({sum(r['planned'] for r in out)} planned) to {OUT}")
    print("per item: " + ", ".join(f"{k} {per_item.get(k, 0)}" for k in sorted(ITEMS)))


if __name__ == "__main__":
    main()
