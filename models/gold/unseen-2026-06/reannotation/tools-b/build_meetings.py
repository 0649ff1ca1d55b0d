#!/usr/bin/env python3
"""a18b: blind meeting annotation of unseen-2026-06 (w18, SYNTHETIC, report date 2026-06-01,
reporting period December 2025 - May 2026).

Every record is written out below, one call per record, with the rule it follows in a comment; near-misses
(no record) are listed as comments too. Run from anywhere: writes ../meetings-b.jsonl and checks that
- every raw is an exact substring of its field as stored in text.jsonl and contains no HTML tag,
- every date is a valid ISO day, planned agrees with the dates (a date after 2026-06-01 -> planned),
- every line re-parses with the key order item, action_id, where, entry_no, raw, body, count, frequency, dates, planned.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REANN = os.path.dirname(HERE)
SET = os.path.dirname(REANN)  # tools-b -> reannotation -> unseen-2026-06
TEXT = os.path.join(SET, "text.jsonl")
OUT = os.path.join(REANN, "meetings-b.jsonl")
REPORT_DATE = datetime.date(2026, 6, 1)
KEYS = ["item", "action_id", "where", "entry_no", "raw", "body", "count", "frequency", "dates", "planned"]

ITEMS = {}
with open(TEXT, encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        ITEMS[r["item"]] = r

RECORDS = []


def m(item, entry_no, raw, body, count=None, frequency=None, dates=(), planned=False):
    """One meeting record. entry_no None -> the item's general description."""
    RECORDS.append({
        "item": item,
        "action_id": ITEMS[item]["action_id"],
        "where": "entry" if entry_no is not None else "description",
        "entry_no": entry_no,
        "raw": raw,
        "body": body,
        "count": count,
        "frequency": frequency,
        "dates": list(dates),
        "planned": planned,
    })


# Descriptions (all 22) are the real 2017 plan texts: no meeting statements with a time; no records there,
# as in every earlier set.

# ---------------------------------------------------------------- V01 1.1
m("V01", 1, "Het Vlaams Platform Radicalisering vergaderde tijdens de voorbije rapporteringsperiode vijf keer, met name op 11 december 2025, 22 januari, 26 februari, 26 maart en 7 mei 2026",
  "Vlaams Platform Radicalisering", count=5,
  dates=["2025-12-11", "2026-01-22", "2026-02-26", "2026-03-26", "2026-05-07"])
# "De vergadering van 23 april 2026 werd geschrapt": cancelled, no record.
# "zaten ook het OCAD, de VGC, de FOD Justitie en de VVSG telkens mee aan tafel": participants of the host's
#   meetings, never the body (gold5 host body).
# "Op de vergadering van 26 februari stelde het NLPV ...": back-reference to a day already recorded (gold5 follow-up).
m("V01", 1, "Het netwerk komt om de zes weken samen, afwisselend in Diest en in Herentals",
  "Netwerk Lokale Preventiewerkers Vlaanderen", frequency="om de zes weken")  # the NLPV itself (organisation, as printed)
# kerngroep "samengesteld" in January: set-up, no record; its frequency sentence is one. Owner "binnen het Platform" (G8-1).
m("V01", 1, "Deze kerngroep vergadert tweewekelijks via videoconferentie",
  "kerngroep Vlaams Platform Radicalisering", frequency="tweewekelijks")
# symmetric "overleg tussen" (G9-2): one record per named organisation; the centraal aanspreekpunt (van ABB) is a
# function, no body (dev-2024-12 R03 precedent).
for b in ("safe.brussels", "VGC"):
    m("V01", 1, "Daarnaast was er op 5 maart 2026 overleg tussen het centraal aanspreekpunt van ABB, safe.brussels en de VGC",
      b, dates=["2026-03-05"])
m("V01", 2, "Het platform over radicalisering en terrorisme, dat de kabinetten van de federale regering en van de deelstaten samenbrengt, kwam in deze periode één keer samen, op 3 februari 2026",
  "platform over radicalisering en terrorisme", count=1, dates=["2026-02-03"])  # "één keer": explicit number
m("V01", 2, "Een volgende bijeenkomst is voorzien op 9 juli 2026",
  "platform over radicalisering en terrorisme", dates=["2026-07-09"], planned=True)  # follow-up, new (future) day
# inspiratiedag (ABB, 17 April): event, no record.
m("V01", 2, "De stand van zaken van het actieplan werd op 11 maart 2026 toegelicht in de commissie Binnenlands Bestuur van het Vlaams Parlement",
  "commissie Binnenlands Bestuur Vlaams Parlement", dates=["2026-03-11"])  # host body on a day (gold5), parliament kept (gold7)

# ---------------------------------------------------------------- V02 1.3
# opdracht "ging van start op 15 januari 2026", interviews, online bevraging: no meetings.
m("V02", 1, "Het comité vergaderde op 29 januari en op 21 april 2026",
  "begeleidingscomité evaluatie", dates=["2026-01-29", "2026-04-21"])  # "Het begeleidingscomité van de evaluatie" (gold7)
m("V02", 1, "Een derde vergadering wordt gehouden in de tweede helft van september 2026",
  "begeleidingscomité evaluatie", planned=True)  # planned, no day
# klankbordgroep "van praktijkwerkers", set up by ABB (G8-1 owner; van-complement as name, as dev-2022-12
# "klankbordgroep leerkrachten Mediawijs"). Not met yet, but a first meeting is announced: planned record
# (dev-2022-12 M01/M03 precedent; see NOTES judgement call).
m("V02", 1, "de eerste samenkomst volgt pas na de zomer",
  "klankbordgroep praktijkwerkers ABB", planned=True)
# focus group that took place on a day (G9-9); no own name, no single organiser: named after its members (G10-1 spirit).
m("V02", 1, "Op 12 maart 2026 vond in Mechelen wel al een focusgroep plaats met 14 LIVC-coördinatoren",
  "focusgroep LIVC-coördinatoren", dates=["2026-03-12"])

# ---------------------------------------------------------------- V03 2.1
m("V03", 1, "Het centraal aanspreekpunt woonde de maandelijkse vergaderingen van de Nationale Task Force (NTF) bij",
  "NTF", frequency="maandelijkse")  # host body with a frequency
m("V03", 1, "In de rapporteringsperiode vonden die plaats op 9 december 2025, 13 januari, 10 februari, 10 maart, 14 april en 12 mei 2026",
  "NTF", dates=["2025-12-09", "2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14", "2026-05-12"])  # follow-up, new days
# "teruggekoppeld op het eerstvolgende Vlaams Platform Radicalisering": no time, no record.
# werkgroep "omgevormd": set-up. OCAD's "eerste verkennend overleg" of 14 October 2025: before the period (G11-2).
m("V03", 1, "Deze werkgroep kwam sinds haar heroprichting twee keer samen, op 4 februari en 6 mei 2026",
  "werkgroep Preventie en Lokale Verankering", count=2, dates=["2026-02-04", "2026-05-06"])
# werkgroep Strategische Communicatie "niet meer vergaderd": no record.
m("V03", 1, "Binnen de Strategie T.E.R. werd met de FOD Binnenlandse Zaken overlegd",
  "FOD Binnenlandse Zaken")  # overleg met ORGANISATIE, no time needed (gold5)
# "besproken met de Vlaamse aanspreekpunten" (19 March): persons, no body.
m("V03", 2, "Die werkgroep vergaderde op 16 december 2025 en op 24 maart 2026",
  "interfederale werkgroep infolux", dates=["2025-12-16", "2026-03-24"])
# expertisenetwerken "niet samengeroepen": no record.
m("V03", 2, "Die werkgroep zat samen op 27 januari en op 28 april 2026",
  "thematische werkgroep Polarisatie en samenleven", dates=["2026-01-27", "2026-04-28"])  # own name: van-tail dropped (gold7)
# "Op de bijeenkomst van april lichtte de vzw Tussenruimte ... toe": back-reference, month only.
# "de drie organisaties kwamen ... samen": coordinated parties, one record each (G9-2); "een eerste keer" ordinal -> null.
for b in ("Tussenruimte", "Centrum voor Conflicthantering en Bemiddeling Brussel", "Brussels Jongerenplatform Kanaal"):
    m("V03", 2, "Samen met het Centrum voor Conflicthantering en Bemiddeling Brussel (CCBB) en het Brussels Jongerenplatform Kanaal (BJK) werkt de vzw aan een gedeeld aanbod voor buurtwerkers; de drie organisaties kwamen daarvoor op 12 mei 2026 een eerste keer samen",
      b, dates=["2026-05-12"])

# ---------------------------------------------------------------- V04 2.3
m("V04", 1, "In de rapporteringsperiode waren er drie overlegmomenten, op 20 januari, 17 maart en 19 mei 2026",
  "netoverschrijdend overleg", count=3, dates=["2026-01-20", "2026-03-17", "2026-05-19"])
# "Het overleg van 17 maart ging door in het Huis van het Nederlands Brussel": day already recorded.
m("V04", 1, "De redactiecel komt sinds februari 2026 maandelijks samen",
  "kleine redactiecel", frequency="maandelijks")  # "Een kleine redactiecel met ..." (composition tail dropped)
# studienamiddag: event. "Een gesprek met de Franstalige onderwijsverstrekkers ... verschoven naar oktober 2026": postponed (G8-6).

# ---------------------------------------------------------------- V05 3.1
m("V05", 1, "Het Network of Prevent Policy Makers van de Europese Commissie kwam in de rapporteringsperiode twee keer samen: op 4 december 2025 in Brussel en van 18 tot 19 maart 2026 in Lissabon",
  "Network of Prevent Policy Makers", count=2, dates=["2025-12-04", "2026-03-18", "2026-03-19"])
# "vertegenwoordigde op beide bijeenkomsten": no new day. Leuven "trad toe tot": membership.
m("V05", 1, "Het RTN hield zijn voorjaarsbijeenkomst op 23 april 2026 in Tampere",
  "Resilient Towns Network", dates=["2026-04-23"])
m("V05", 1, "De najaarsbijeenkomst vindt plaats op 15 en 16 oktober 2026 in Gent",
  "Resilient Towns Network", dates=["2026-10-15", "2026-10-16"], planned=True)
m("V05", 2, "De expertengroep vergaderde op 12 en 13 februari 2026 in Straatsburg en op 5 mei 2026 online",
  "expertengroep Youth Work and Democratic Resilience", dates=["2026-02-12", "2026-02-13", "2026-05-05"])
m("V05", 2, "Dat lerend netwerk telt 19 lokale jeugdwerkingen en komt drie keer per jaar samen",
  "lerend netwerk Jeugdwerk in scherpe tijden", frequency="drie keer per jaar")  # own name, owner SJS dropped (gold7)
# SJS "Europese uitwisselingsdag": event (a "...dag"), no record.
m("V05", 3, "De afdeling Justitiehuizen vaardigde een medewerker af naar de RAN-werkgroep Prisons and Probation, die op 10 en 11 december 2025 in Zagreb bijeenkwam",
  "RAN-werkgroep Prisons and Probation", dates=["2025-12-10", "2025-12-11"])  # host body, named working group
# RAN Practitioners webinar: event.

# ---------------------------------------------------------------- V06 3.3
m("V06", 1, "De werkgroep kwam plenair bijeen op 27 januari 2026 en op 21 april 2026",
  "werkgroep Equality and values in education and training", dates=["2026-01-27", "2026-04-21"])
# PLA Ljubljana: event; second PLA postponed. "teruggekoppeld aan het netoverschrijdend overleg ...": no time.

# ---------------------------------------------------------------- V07 4.1
# "De gesubsidieerde besturen vormen samen een lerend netwerk dat door ABB wordt begeleid": G10-1 (members name the
# group; "begeleid door" is no owner). Ordinals "een eerste keer ... een tweede keer" -> count null.
m("V07", 1, "Dat netwerk kwam een eerste keer samen op 10 februari 2026 in Diest en een tweede keer op 12 mei 2026 in Ieper",
  "lerend netwerk gesubsidieerde besturen", dates=["2026-02-10", "2026-05-12"])
# werkbezoeken: visits.
m("V07", 2, "De cel komt wekelijks samen",
  "cel Verbindend Samenleven stad Sint-Truiden", frequency="wekelijks")  # G9-3 municipal unit; "nieuw opgerichte" dropped (G9-1)
# "rapporteert elk kwartaal aan het college": reporting, no meeting.
for b in ("stad Vilvoorde", "gemeente Willebroek"):  # G9-2 coordinated subject
    m("V07", 2, "De stad Vilvoorde en de gemeente Willebroek zaten op 2 maart en 30 april 2026 samen",
      b, dates=["2026-03-02", "2026-04-30"])
m("V07", 2, "dit platform vergaderde voor het eerst op 19 mei 2026",
  "lokaal overlegplatform Houthalen-Helchteren", dates=["2026-05-19"])  # G9-5 place (no printed owner)
m("V07", 2, "Het overleg in de Westhoek, waar ook Poperinge en Heuvelland bij aansluiten, kwam op 25 maart 2026 een eerste keer bijeen",
  "overleg Westhoek", dates=["2026-03-25"])  # G9-5 place

# ---------------------------------------------------------------- V08 4.3
m("V08", 1, "De werkgroep radicalisering van de VVSG kwam samen op 16 december 2025, 3 maart en 19 mei 2026",
  "werkgroep radicalisering VVSG", dates=["2025-12-16", "2026-03-03", "2026-05-19"])  # gold7's own example
m("V08", 1, "De volgende werkgroep staat gepland op 22 september 2026",
  "werkgroep radicalisering VVSG", dates=["2026-09-22"], planned=True)
m("V08", 1, "De intervisiegroep voor casemanagers bleef tweemaandelijks bijeenkomen, het laatst op 28 april 2026 in Gent",
  "intervisiegroep casemanagers", frequency="tweemaandelijks", dates=["2026-04-28"])
# one sentence, two bodies (gold5: one record per body per statement); place adjective -> place after head (G9-5/G9-3)
m("V08", 1, "het Limburgse platform, waarin ook het Netwerk Lokale Integratieambtenaren Limburg vertegenwoordigd is, zat op 12 februari 2026 samen in het provinciehuis in Hasselt",
  "platform Limburg", dates=["2026-02-12"])
m("V08", 1, "het West-Vlaamse platform kwam op 26 maart 2026 bijeen in Roeselare",
  "platform West-Vlaanderen", dates=["2026-03-26"])
# Vlaams-Brabant "een eerste overleg voorbereid": no time, being prepared: no record.
# webinar, vorming RADIX-tool, studiedag: events.
m("V08", 2, "Met de Vereniging van Nederlandse Gemeenten (VNG) werd op 20 januari 2026 in Breda overleg gepleegd",
  "VNG", dates=["2026-01-20"])  # overleg met ORGANISATIE
# "contact gelegd met het Noorse netwerk Trygge Byer": contact, no meeting stated.

# ---------------------------------------------------------------- V09 4.5
m("V09", 1, "De redactieraad van de databank, met vertegenwoordigers van ABB, het Kenniscentrum Vlaamse Steden en twee lokale besturen, kwam op 13 januari en 14 april 2026 samen",
  "redactieraad databank", dates=["2026-01-13", "2026-04-14"])
# tentoonstelling, Buurthuis (meeting place): no records.
m("V09", 2, "De stuurgroep van het Tieltse traject, waarin het lokaal bestuur, de lokale politie, het OCMW en de vzw zetelen, kwam drie keer samen: op 20 januari, 17 februari en 31 maart 2026",
  "stuurgroep Tieltse traject", count=3, dates=["2026-01-20", "2026-02-17", "2026-03-31"])
# Zaventem stuurgroep "samengesteld, maar moet nog een eerste keer vergaderen": no record (G8-6).
# the two stuurgroepen as one definite set (G9-6), a future joint yearly meeting: planned record.
m("V09", 2, "Vanaf het najaar zullen de stuurgroepen van beide gemeenten één keer per jaar gezamenlijk samenkomen",
  "stuurgroepen beide gemeenten", frequency="één keer per jaar", planned=True)

# ---------------------------------------------------------------- V10 4.7
# hulp- en infolijnen afstemmingsoverleg (15 Dec, next 15 June): "hulplijnen" stay generic, no body (standing rule).
m("V10", 1, "Verder was er op 22 januari 2026 overleg met de preventiedienst van de stad Antwerpen",
  "preventiedienst stad Antwerpen", dates=["2026-01-22"])  # gold7 example name
for b in ("Netwerk Islamexperten", "VVSG"):  # G9-2 coordinated subject; "met" persons get none
    m("V10", 1, "Het Netwerk Islamexperten en de VVSG pleegden op 4 maart 2026 daarnaast overleg met de lokale radicaliseringsambtenaren uit de provincie Antwerpen",
      b, dates=["2026-03-04"])
m("V10", 2, "Het aanspreekpunt radicalisering van het departement Onderwijs en Vorming en de referentiepersonen van de onderwijskoepels, het GO! en de CLB-netten zaten elke maand samen",
  "referentiepersonen radicalisering", frequency="elke maand")  # table body
# vormingsmomenten: trainings. "In overleg met de LOP's wordt nagegaan": in agreement.
# toelichting at two named hosts, each on a day (gold5 host body): two records.
m("V10", 2, "Het aanspreekpunt gaf bovendien een toelichting op het provinciaal overlegplatform radicalisering Oost-Vlaanderen (19/02/2026)",
  "provinciaal overlegplatform radicalisering Oost-Vlaanderen", dates=["2026-02-19"])
m("V10", 2, "op het netwerk leerlingenbegeleiding van de stad Mechelen (16/04/2026)",
  "netwerk leerlingenbegeleiding stad Mechelen", dates=["2026-04-16"])  # topic head keeps owner; G9-3
m("V10", 3, "Het structureel sectoroverleg tussen het departement Cultuur, Jeugd en Media, De Ambrassade, Formaat, Uit De Marge en een tiental lokale jeugdwerkorganisaties, zoals Jeugdwerking De Kantelberg (Zelzate), Speelpleinwerking Krekelveld (Wetteren) en Mediacollectief Luidop (Brussel), vond plaats op 4 december 2025 en op 26 maart 2026",
  "sectoroverleg", dates=["2025-12-04", "2026-03-26"])  # table body (G8-5)
# "Aan de tweede bijeenkomst namen ... deel": no new day. lerend netwerk "wordt opgestart in het najaar": set-up.
m("V10", 3, "Tot dan bundelt De Ambrassade de vragen van jeugdwerkers via haar werkgroep Jeugdinformatie, die elke zes weken samenkomt",
  "werkgroep Jeugdinformatie", frequency="elke zes weken")  # own name: owner dropped (gold7)

# ---------------------------------------------------------------- V11 5.1
m("V11", 1, "Het regionaal overleg van de coördinatoren van de Limburgse Huizen van het Kind kwam samen op 2 februari en op 4 mei 2026 in Genk",
  "regionaal overleg coördinatoren Limburgse Huizen van het Kind", dates=["2026-02-02", "2026-05-04"])
# "Ook de West-Vlaamse coördinatoren vergaderden, op 12 maart 2026": people without a group noun (G11-1): no record.
# guests Huis van het Kind Leie en Mandel / Opvoedingswinkel Zuidrand: participants.
m("V11", 1, "Die groep komt elke derde dinsdag van de maand samen in het Ontmoetingscentrum Den Hoogaard",
  "praatgroep Opvoeden tussen twee werelden", frequency="elke derde dinsdag van de maand")
# provinciale infosessie: event.

# ---------------------------------------------------------------- V12 5.3
# "Het Platform" = the Platform van Vlaamse Imams en Moslimdeskundigen named just before (sentence-initial capital).
for b in ("Platform van Vlaamse Imams en Moslimdeskundigen", "afdeling Justitiehuizen"):  # G9-2
    m("V12", 1, "Het Platform en de afdeling Justitiehuizen overlegden op 8 januari 2026",
      b, dates=["2026-01-08"])
m("V12", 1, "Het begeleidingscomité van het project, waarin ook het EMB zetelt, vergaderde op 26 februari 2026",
  "begeleidingscomité Theologische aanpak islamitische radicalisering", dates=["2026-02-26"])  # G8-2
# AGB vormingsdag: training.

# ---------------------------------------------------------------- V13 5.5
m("V13", 1, "De stuurgroep van CONNECT, met vertegenwoordigers van het departement, Arktos en de vier onderwijsverstrekkers, vergaderde op 9 december 2025 en op 24 maart 2026",
  "stuurgroep CONNECT", dates=["2025-12-09", "2026-03-24"])
# terugkommoment "geannuleerd": no record.
# kernteam set up "op initiatief van beide scholen" (two founders: no G8-1 owner); placed in the Rupelstreek (G9-5).
m("V13", 2, "Dat kernteam komt tweewekelijks samen",
  "schooloverstijgend kernteam Rupelstreek", frequency="tweewekelijks")
# training verbindend communiceren: training.

# ---------------------------------------------------------------- V14 5.9
for b in ("VDAB", "Jobhuis Oostrand", "De Werkbank"):  # G9-2 coordinated subject; legal form dropped
    m("V14", 1, "VDAB, Jobhuis Oostrand en De Werkbank vzw kwamen op 15 januari en 16 april 2026 samen",
      b, dates=["2026-01-15", "2026-04-16"])
# "maandelijks casusoverleg tussen de trajectbegeleiders en de consulenten van Opgroeien": persons (gold5 "met
# onderzoekers van het CMW"; G11-1), no body. opfrissingsopleiding: training.

# ---------------------------------------------------------------- V15 6.1
m("V15", 1, "Zo vergaderde de LIVC-R Meetjesland, waarin negen gemeenten samenwerken onder coördinatie van het Intergemeentelijk Preventienetwerk Meetjesland (IPM), maandelijks",
  "LIVC-R Meetjesland", frequency="maandelijks")
# CRNO "neemt deel aan de casusbesprekingen": membership.
m("V15", 1, "In Diest werd de LIVC uitgebreid met een casusoverleg dat om de zes weken plaatsvindt",
  "LIVC stad Diest", frequency="om de zes weken")  # G9-7 overleg of an owner; G9-3
# Leiestreek: cooperation, no meeting. opleidingsdag: training.
m("V15", 2, "De stuurgroep van het CRNO-project, met het CAW, het Agentschap Justitie en Handhaving en de provincie Oost-Vlaanderen, kwam samen op 11 februari 2026",
  "stuurgroep CRNO-project", dates=["2026-02-11"])  # G8-2: complement as printed
# "De tweede bijeenkomst, gepland op 20 mei, werd uitgesteld tot 24 juni 2026": postponed (G8-6), not even the new day.
# consultteams "namen deel aan 23 LIVC-bijeenkomsten in 14 gemeenten": participation in an indefinite set (G9-6).
# denktraject "Een tweede sessie ... ging door op 10 maart 2026": a session of an activity for jeugdwerkers, no body.
m("V15", 3, "De werkgroep die de handreiking begeleidt, met vijf jeugdwerkers, een jurist en een medewerker van het KJE, zat tussen januari en april 2026 drie keer samen",
  "werkgroep", count=3)  # no name, owner or place printed (dev-2024-12 R22 precedent)
# "Zij kwam telkens bijeen in de lokalen van het KJE": no new day.

# ---------------------------------------------------------------- V16 6.3
m("V16", 1, "Het bovenlokaal overleg met DG EPI vond plaats op 18 december 2025 en op 19 maart 2026",
  "bovenlokaal overleg", dates=["2025-12-18", "2026-03-19"])  # G9-7's own example
m("V16", 1, "De redactiegroep zat vier keer samen tussen januari en april 2026",
  "ambtelijke redactiegroep", count=4)
# "een ontwerpversie wordt in september 2026 aan het bovenlokaal overleg voorgelegd": host with a month only: no record.
m("V16", 1, "In de gevangenissen van Leuven-Centraal en Hasselt vindt elk kwartaal een multidisciplinair casusoverleg plaats",
  "multidisciplinair casusoverleg gevangenissen Leuven-Centraal en Hasselt", frequency="elk kwartaal")  # G9-6 + G9-5 (dev-2024-12 R16)
# Haren casusoverleg "kon ... niet doorgaan": not held.
m("V16", 1, "het panel komt voor het eerst samen op 8 september 2026",
  "expertenpanel trauma", dates=["2026-09-08"], planned=True)  # set up 6 May (no meeting), first meeting planned

# ---------------------------------------------------------------- V17 7.1
# rondetafel 24 March: one-off rondetafel, no record.
m("V17", 1, "Het opvolgingscomité van het onderzoek komt elke twee maanden bijeen; de eerste vergadering vond plaats op 3 februari 2026, de tweede op 7 april 2026",
  "opvolgingscomité onderzoek", frequency="elke twee maanden", dates=["2026-02-03", "2026-04-07"])
# gebruikerscommissie "samengesteld, maar kwam nog niet bijeen": no record. colloquium: event.

# ---------------------------------------------------------------- V18 10.1
# "Zij vormen samen een lerend netwerk": G10-1 (members name the group).
m("V18", 1, "Zij vormen samen een lerend netwerk dat elk kwartaal samenkomt",
  "lerend netwerk referentieconsulenten", frequency="elk kwartaal")
m("V18", 1, "In deze periode gebeurde dat op 10 december 2025 en op 17 maart 2026",
  "lerend netwerk referentieconsulenten", dates=["2025-12-10", "2026-03-17"])  # follow-up sentence, new days
m("V18", 1, "de volgende bijeenkomst wordt gehouden op 16 juni 2026",
  "lerend netwerk referentieconsulenten", dates=["2026-06-16"], planned=True)  # clause split on planned
# basisopleiding: training.
# "De referentiepersonen van de CAW's kwamen op 29 april 2026 samen ..., voor het eerst samen met de referentieconsulenten
# van Opgroeien": people of several organisations, no group noun (G11-1): no record.

# ---------------------------------------------------------------- V19 11.1
# vormingstraject "ging van start": training.
m("V19", 1, "Het partneroverleg, waarin Atlas, het Agentschap, het Taalhuis en de Vereniging van Moskeebesturen Vlaams-Brabant (VMVB) zetelen, kwam drie keer samen: op 21 januari, 18 maart en 20 mei 2026",
  "partneroverleg", count=3, dates=["2026-01-21", "2026-03-18", "2026-05-20"])  # named standing overleg (G9-7); composition clause
# "Op het overleg van maart": no new day. bezoek "verplaatst": no record.

# ---------------------------------------------------------------- V20 12.1
m("V20", 1, "het netwerk telt 160 leraren in regionale groepen in Gent, Leuven, Hasselt, Kortrijk en Antwerpen, die elk zes keer per schooljaar samenkomen",
  "lerarennetwerk Democratie in de klas", frequency="zes keer per schooljaar")  # the network's groups meet (see NOTES)
m("V20", 1, "De stuurgroep burgerschapseducatie van het departement, met de onderwijskoepels, het VVI en de lerarenopleidingen, vergaderde op 12 februari en 7 mei 2026",
  "stuurgroep burgerschapseducatie departement OV", dates=["2026-02-12", "2026-05-07"])  # topic head keeps owner (gold7)
# studiedag burgerschap: event.
for b in ("Stichting Geheugen en Toekomst", "Centrum voor Dialoog en Levensbeschouwing Limburg"):  # G9-2
    m("V20", 2, "De stichting en het Centrum voor Dialoog en Levensbeschouwing Limburg (CDLL) zaten op 20 april 2026 samen",
      b, dates=["2026-04-20"])
# tentoonstelling, rondleidingen: no.

# ---------------------------------------------------------------- V21 13.1
m("V21", 1, "De groepen van Moeders voor Morgen komen maandelijks samen",
  "groepen Moeders voor Morgen", frequency="maandelijks")  # bare head keeps owner (gold7), as "oudergroepen Huis van het Kind Mechelen"
m("V21", 1, "De Stille Tafel kwam in deze periode zes keer samen, telkens op de eerste zaterdag van de maand",
  "De Stille Tafel", count=6, frequency="telkens op de eerste zaterdag van de maand")
# symmetric "overleg tussen" (G9-2): each named party; "de twee lotgenotengroepen" resolved to the two groups named above.
for b in ("Opgroeien", "Opvoedingslijn", "KBS", "Moeders voor Morgen", "De Stille Tafel"):
    m("V21", 1, "Het overleg tussen Opgroeien, de Opvoedingslijn, de Koning Boudewijnstichting en de twee lotgenotengroepen vond plaats op 9 februari 2026 in Brussel",
      b, dates=["2026-02-09"])
# getuigenisavond: event.
m("V21", 1, "De adviesraad van de vzw, met twee ervaringsdeskundigen en drie hulpverleners, vergaderde op 3 maart 2026",
  "adviesraad Moeders voor Morgen", dates=["2026-03-03"])

# ---------------------------------------------------------------- V22 14.5
# "startte ... het traject": no meeting. "in gesprek met 14 journalisten": activity, persons.
m("V22", 1, "Een klankbordgroep van mediamakers, samengesteld door Mediawijs, zat op 5 maart en 7 mei 2026 samen",
  "klankbordgroep mediamakers Mediawijs", dates=["2026-03-05", "2026-05-07"])  # as dev-2022-12 "klankbordgroep leerkrachten Mediawijs"
m("V22", 1, "Deze groep zal in het najaar nog één keer bijeenkomen",
  "klankbordgroep mediamakers Mediawijs", count=1, planned=True)  # "nog één keer": count 1 (bounded-count reading)
# training 'Nieuws zonder hokjes': training.


# ---------------------------------------------------------------- checks and output
def field_text(rec):
    it = ITEMS[rec["item"]]
    if rec["where"] == "description":
        return it["description"]
    for e in it["entries"]:
        if e["entry_no"] == rec["entry_no"]:
            return e["description"]
    raise KeyError((rec["item"], rec["entry_no"]))


errors = []
for rec in RECORDS:
    txt = field_text(rec)
    if rec["raw"] not in txt:
        errors.append(f"raw not a substring: {rec['item']} e{rec['entry_no']}: {rec['raw']!r}")
    if re.search(r"<[^>]+>", rec["raw"]):
        errors.append(f"raw contains a tag: {rec['item']}: {rec['raw']!r}")
    for d in rec["dates"]:
        try:
            day = datetime.date.fromisoformat(d)
        except ValueError:
            errors.append(f"bad date {d!r} in {rec['item']}")
            continue
        if day > REPORT_DATE and not rec["planned"]:
            errors.append(f"date after report date but not planned: {rec['item']} {d}")
    if rec["count"] is not None and not isinstance(rec["count"], int):
        errors.append(f"count not int: {rec['item']}")
    if not rec["body"] or rec["body"] != rec["body"].strip():
        errors.append(f"bad body: {rec['item']} {rec['body']!r}")
if errors:
    print("\n".join(errors))
    sys.exit(1)

with open(OUT, "w", encoding="utf-8") as f:
    for rec in RECORDS:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

# re-parse the output
with open(OUT, encoding="utf-8") as f:
    back = [json.loads(line) for line in f]
assert len(back) == len(RECORDS)
for r in back:
    assert list(r.keys()) == KEYS, r
    assert r["where"] in ("entry", "description")
    assert (r["entry_no"] is None) == (r["where"] == "description")
print(f"{len(back)} records, {sum(r['planned'] for r in back)} planned, "
      f"{len({r['item'] for r in back})} items with records -> {OUT}")
