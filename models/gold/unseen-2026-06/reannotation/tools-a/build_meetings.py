#!/usr/bin/env python3
"""Build meetings-a.jsonl for unseen-2026-06 (blind annotation a18a).

Every record is a tuple below, with a short reason. The script checks that every `raw` is an exact substring
of the field it names in ../text.jsonl (as stored, no HTML tag inside the raw), that dates are ISO days, that
`planned` agrees with the dates (a date after the report date 2026-06-01 implies planned), and it re-parses
the written file.

Run from anywhere: python3 build_meetings.py
"""
import datetime
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
SET = HERE.parent.parent            # models/gold/unseen-2026-06
TEXT = SET / "text.jsonl"
OUT = HERE.parent / "meetings-a.jsonl"
REPORT_DATE = "2026-06-01"

E = "entry"
# (item, where, entry_no, raw, body, count, frequency, dates, planned)  # reason
RECORDS = [
    # ---------------- V01 (1.1) ----------------
    ("V01", E, 1, "Het Vlaams Platform Radicalisering vergaderde tijdens de voorbije rapporteringsperiode vijf keer, met name op 11 december 2025, 22 januari, 26 februari, 26 maart en 7 mei 2026",
     "Vlaams Platform Radicalisering", 5, None, ["2025-12-11", "2026-01-22", "2026-02-26", "2026-03-26", "2026-05-07"], False),
     # body met, count 5 + days. 23 april "geschrapt" = not held (no record); "zaten ... mee aan tafel" = participants;
     # "Op de vergadering van 26 februari" = back-reference to a day already recorded (gold5 follow-up): no record.
    ("V01", E, 1, "Het netwerk komt om de zes weken samen",
     "Netwerk Lokale Preventiewerkers Vlaanderen", None, "om de zes weken", [], False),
     # NLPV (invented, not in gazetteer: full name without article) meets at a frequency.
    ("V01", E, 1, "Deze kerngroep vergadert tweewekelijks via videoconferentie",
     "kerngroep Vlaams Platform Radicalisering", None, "tweewekelijks", [], False),
     # set-up sentence gives no record; the frequency does. Owner by G8-1 "binnen het Platform".
    ("V01", E, 1, "was er op 5 maart 2026 overleg tussen het centraal aanspreekpunt van ABB, safe.brussels en de VGC",
     "safe.brussels", None, None, ["2026-03-05"], False),
     # G9-2 symmetric "overleg tussen": one record per named organisation; the centraal aanspreekpunt is a function.
    ("V01", E, 1, "was er op 5 maart 2026 overleg tussen het centraal aanspreekpunt van ABB, safe.brussels en de VGC",
     "VGC", None, None, ["2026-03-05"], False),
     # idem (gazetteer canonical VGC)
    ("V01", E, 2, "Het platform over radicalisering en terrorisme, dat de kabinetten van de federale regering en van de deelstaten samenbrengt, kwam in deze periode één keer samen, op 3 februari 2026",
     "platform over radicalisering en terrorisme", 1, None, ["2026-02-03"], False),
     # explicit count "één keer" + day
    ("V01", E, 2, "Een volgende bijeenkomst is voorzien op 9 juli 2026",
     "platform over radicalisering en terrorisme", None, None, ["2026-07-09"], True),
     # future meeting of the same body, own sentence (differs in planned)
    ("V01", E, 2, "De stand van zaken van het actieplan werd op 11 maart 2026 toegelicht in de commissie Binnenlands Bestuur van het Vlaams Parlement",
     "commissie Binnenlands Bestuur Vlaams Parlement", None, None, ["2026-03-11"], False),
     # host body (gold5: toelichting in a commission on a day); a parliament's commission keeps its parliament (gold7).
     # inspiratiedag 17 april = event, no record.

    # ---------------- V02 (1.3) ----------------
    ("V02", E, 1, "Het comité vergaderde op 29 januari en op 21 april 2026",
     "begeleidingscomité evaluatie", None, None, ["2026-01-29", "2026-04-21"], False),
     # "Het begeleidingscomité van de evaluatie" -> gold7 example "stuurgroep evaluatie"
    ("V02", E, 1, "Een derde vergadering wordt gehouden in de tweede helft van september 2026",
     "begeleidingscomité evaluatie", None, None, [], True),
     # planned, no day; ordinal "derde" is no count
    ("V02", E, 1, "de eerste samenkomst volgt pas na de zomer",
     "klankbordgroep praktijkwerkers ABB", None, None, [], True),
     # not yet met (no past record) but a stated future first meeting: planned record, as dev-2023-12 Q02/Q16.
     # Owner ABB by G8-1 ("stelde ABB ... samen").
    ("V02", E, 1, "Op 12 maart 2026 vond in Mechelen wel al een focusgroep plaats met 14 LIVC-coördinatoren",
     "focusgroep LIVC-coördinatoren", None, None, ["2026-03-12"], False),
     # G9-9: a focus group that took place on a day. No own name, no organiser printed: named after who met in it
     # (G10-1 analogy); Mechelen is the venue, not the group's territory.

    # ---------------- V03 (2.1) ----------------
    ("V03", E, 1, "Het centraal aanspreekpunt woonde de maandelijkse vergaderingen van de Nationale Task Force (NTF) bij",
     "NTF", None, "maandelijkse", [], False),
     # host body with a frequency (gold5 example)
    ("V03", E, 1, "In de rapporteringsperiode vonden die plaats op 9 december 2025, 13 januari, 10 februari, 10 maart, 14 april en 12 mei 2026",
     "NTF", None, None, ["2025-12-09", "2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14", "2026-05-12"], False),
     # follow-up sentence naming new days: separate record (gold5; as dev-2024-12 R19)
    ("V03", E, 1, "Deze werkgroep kwam sinds haar heroprichting twee keer samen, op 4 februari en 6 mei 2026",
     "werkgroep Preventie en Lokale Verankering", 2, None, ["2026-02-04", "2026-05-06"], False),
     # named werkgroep (capitalised name: no owner). "omgevormd" = set-up; OCAD's overleg of 14 Oct 2025 is before
     # the period (G11-2). werkgroep Strategische Communicatie "niet meer vergaderd": no record.
    ("V03", E, 1, "Binnen de Strategie T.E.R. werd met de FOD Binnenlandse Zaken overlegd over de actualisering van de omzendbrief over de LIVC's",
     "FOD Binnenlandse Zaken", None, None, [], False),
     # "overleg met ORGANISATIE" (gold5). "besproken met de Vlaamse aanspreekpunten" = persons: no record.
    ("V03", E, 2, "Die werkgroep vergaderde op 16 december 2025 en op 24 maart 2026",
     "interfederale werkgroep infolux", None, None, ["2025-12-16", "2026-03-24"], False),
     # named body met; expertisenetwerken "niet samengeroepen": no record
    ("V03", E, 2, "Die werkgroep zat samen op 27 januari en op 28 april 2026",
     "thematische werkgroep Polarisatie en samenleven", None, None, ["2026-01-27", "2026-04-28"], False),
     # name in quotes, capitalised: a name, owner dropped (gold7); classifying adjective kept.
     # "Op de bijeenkomst van april" = back-reference by month: no record.
    ("V03", E, 2, "de drie organisaties kwamen daarvoor op 12 mei 2026 een eerste keer samen",
     "Tussenruimte", None, None, ["2026-05-12"], False),
     # G9-2: three organisations meet, one record each; "een eerste keer" is an ordinal (count null)
    ("V03", E, 2, "de drie organisaties kwamen daarvoor op 12 mei 2026 een eerste keer samen",
     "Centrum voor Conflicthantering en Bemiddeling Brussel", None, None, ["2026-05-12"], False),
    ("V03", E, 2, "de drie organisaties kwamen daarvoor op 12 mei 2026 een eerste keer samen",
     "Brussels Jongerenplatform Kanaal", None, None, ["2026-05-12"], False),

    # ---------------- V04 (2.3) ----------------
    ("V04", E, 1, "In de rapporteringsperiode waren er drie overlegmomenten, op 20 januari, 17 maart en 19 mei 2026",
     "netoverschrijdend overleg", 3, None, ["2026-01-20", "2026-03-17", "2026-05-19"], False),
     # the action's standing consultation (cross-round name as in dev-2023-12 Q04, dev-2024-12 R04).
     # "Het overleg van 17 maart" = day already recorded: no record.
    ("V04", E, 1, "De redactiecel komt sinds februari 2026 maandelijks samen",
     "kleine redactiecel", None, "maandelijks", [], False),
     # fullest mention "Een kleine redactiecel" (adjective as printed, cf. "kleine schrijfgroep"); no single owner.
     # studienamiddag = event; gesprek "verschoven naar oktober" = postponed (G8-6).

    # ---------------- V05 (3.1) ----------------
    ("V05", E, 1, "Het Network of Prevent Policy Makers van de Europese Commissie kwam in de rapporteringsperiode twee keer samen: op 4 december 2025 in Brussel en van 18 tot 19 maart 2026 in Lissabon",
     "Network of Prevent Policy Makers", 2, None, ["2025-12-04", "2026-03-18", "2026-03-19"], False),
     # count 2 + days (a two-day range gives both days, as dev-2023-12 Q05/Q06)
    ("V05", E, 1, "Het RTN hield zijn voorjaarsbijeenkomst op 23 april 2026 in Tampere",
     "Resilient Towns Network", None, None, ["2026-04-23"], False),
     # the network's own meeting ("bijeenkomst van X", G8-3); ABB following it online is participation
    ("V05", E, 1, "De najaarsbijeenkomst vindt plaats op 15 en 16 oktober 2026 in Gent",
     "Resilient Towns Network", None, None, ["2026-10-15", "2026-10-16"], True),
     # future meeting; stad Gent as host of the venue is no body that meets
    ("V05", E, 2, "De expertengroep vergaderde op 12 en 13 februari 2026 in Straatsburg en op 5 mei 2026 online",
     "expertengroep Youth Work and Democratic Resilience", None, None, ["2026-02-12", "2026-02-13", "2026-05-05"], False),
     # host body (departement CJM takes part); named, owner Raad van Europa dropped (gold7)
    ("V05", E, 2, "Dat lerend netwerk telt 19 lokale jeugdwerkingen en komt drie keer per jaar samen",
     "lerend netwerk Jeugdwerk in scherpe tijden", None, "drie keer per jaar", [], False),
     # named network, frequency. uitwisselingsdag = event ("...dag")
    ("V05", E, 3, "De afdeling Justitiehuizen vaardigde een medewerker af naar de RAN-werkgroep Prisons and Probation, die op 10 en 11 december 2025 in Zagreb bijeenkwam",
     "RAN-werkgroep Prisons and Probation", None, None, ["2025-12-10", "2025-12-11"], False),
     # host body: a named working group that met on days (gold5; dev-2019 precedent). webinar = no.

    # ---------------- V06 (3.3) ----------------
    ("V06", E, 1, "De werkgroep kwam plenair bijeen op 27 januari 2026 en op 21 april 2026",
     "werkgroep Equality and values in education and training", None, None, ["2026-01-27", "2026-04-21"], False),
     # named werkgroep, owner (Europese Onderwijsruimte) dropped. PLA = event; second PLA postponed.

    # ---------------- V07 (4.1) ----------------
    ("V07", E, 1, "Dat netwerk kwam een eerste keer samen op 10 februari 2026 in Diest en een tweede keer op 12 mei 2026 in Ieper",
     "lerend netwerk gesubsidieerde besturen", None, None, ["2026-02-10", "2026-05-12"], False),
     # "De gesubsidieerde besturen vormen samen een lerend netwerk dat door ABB wordt begeleid": G10-1 (members name
     # the group; "begeleid door" is no owner); same name as dev-2024-12 R07. Ordinals: count null. werkbezoeken = visits.
    ("V07", E, 2, "De cel komt wekelijks samen",
     "cel Verbindend Samenleven stad Sint-Truiden", None, "wekelijks", [], False),
     # G9-3 municipal unit named after the municipality (Sint-Truiden: stad); "nieuw opgerichte" dropped (G9-1)
    ("V07", E, 2, "De stad Vilvoorde en de gemeente Willebroek zaten op 2 maart en 30 april 2026 samen",
     "stad Vilvoorde", None, None, ["2026-03-02", "2026-04-30"], False),
     # G9-2 coordinated subject
    ("V07", E, 2, "De stad Vilvoorde en de gemeente Willebroek zaten op 2 maart en 30 april 2026 samen",
     "gemeente Willebroek", None, None, ["2026-03-02", "2026-04-30"], False),
    ("V07", E, 2, "dit platform vergaderde voor het eerst op 19 mei 2026",
     "lokaal overlegplatform Houthalen-Helchteren", None, None, ["2026-05-19"], False),
     # set-up + "vergaderde voor het eerst op": a meeting. No owner printed (passive), placed in one territory (G9-5).
    ("V07", E, 2, "Het overleg in de Westhoek, waar ook Poperinge en Heuvelland bij aansluiten, kwam op 25 maart 2026 een eerste keer bijeen",
     "overleg Westhoek", None, None, ["2026-03-25"], False),
     # a standing regional consultation that met; no name or owner, one territory (G9-5).

    # ---------------- V08 (4.3) ----------------
    ("V08", E, 1, "De werkgroep radicalisering van de VVSG kwam samen op 16 december 2025, 3 maart en 19 mei 2026",
     "werkgroep radicalisering VVSG", None, None, ["2025-12-16", "2026-03-03", "2026-05-19"], False),
     # gold7 example (lower-case topic keeps owner)
    ("V08", E, 1, "De volgende werkgroep staat gepland op 22 september 2026",
     "werkgroep radicalisering VVSG", None, None, ["2026-09-22"], True),
     # planned next meeting, own sentence
    ("V08", E, 1, "De intervisiegroep voor casemanagers bleef tweemaandelijks bijeenkomen, het laatst op 28 april 2026 in Gent",
     "intervisiegroep casemanagers", None, "tweemaandelijks", ["2026-04-28"], False),
     # named group with a meeting predicate; frequency and a day in one statement: one record
    ("V08", E, 1, "het Limburgse platform, waarin ook het Netwerk Lokale Integratieambtenaren Limburg vertegenwoordigd is, zat op 12 februari 2026 samen in het provinciehuis in Hasselt",
     "platform Limburg", None, None, ["2026-02-12"], False),
     # G9-5 place before the head ("Limburgse platform" -> "platform Limburg", as dev-2020-06 G08)
    ("V08", E, 1, "het West-Vlaamse platform kwam op 26 maart 2026 bijeen in Roeselare",
     "platform West-Vlaanderen", None, None, ["2026-03-26"], False),
     # second body of the same sentence: own record
    ("V08", E, 2, "Met de Vereniging van Nederlandse Gemeenten (VNG) werd op 20 januari 2026 in Breda overleg gepleegd",
     "VNG", None, None, ["2026-01-20"], False),
     # overleg met ORGANISATIE on a day. webinar, vorming, studiedag = no; "contact gelegd" = no meeting.

    # ---------------- V09 (4.5) ----------------
    ("V09", E, 1, "De redactieraad van de databank, met vertegenwoordigers van ABB, het Kenniscentrum Vlaamse Steden en twee lokale besturen, kwam op 13 januari en 14 april 2026 samen",
     "redactieraad databank", None, None, ["2026-01-13", "2026-04-14"], False),
     # bare head + van-complement (as dev-2024-12 R09); tentoonstelling, buurthuis = no
    ("V09", E, 2, "De stuurgroep van het Tieltse traject, waarin het lokaal bestuur, de lokale politie, het OCMW en de vzw zetelen, kwam drie keer samen: op 20 januari, 17 februari en 31 maart 2026",
     "stuurgroep traject Tielt", 3, None, ["2026-01-20", "2026-02-17", "2026-03-31"], False),
     # bare head keeps its complement; place adjective written as the place (G9-5 form)
    ("V09", E, 2, "Vanaf het najaar zullen de stuurgroepen van beide gemeenten één keer per jaar gezamenlijk samenkomen",
     "stuurgroepen Tielt en Zaventem", None, "één keer per jaar", [], True),
     # G9-6 definite set named as one whole: one record; future. Zaventem's "moet nog een eerste keer vergaderen"
     # (no time) gives no record (G8-6).

    # ---------------- V10 (4.7) ----------------
    # hulp- en infolijnen afstemmingsoverleg (15 Dec 2025, 15 Jun 2026): "hulplijnen(overleg) stay generic": no record.
    ("V10", E, 1, "Verder was er op 22 januari 2026 overleg met de preventiedienst van de stad Antwerpen over het meldpunt voor zorgwekkend online gedrag",
     "preventiedienst stad Antwerpen", None, None, ["2026-01-22"], False),
     # overleg met ORGANISATIE (gold7 name)
    ("V10", E, 1, "Het Netwerk Islamexperten en de VVSG pleegden op 4 maart 2026 daarnaast overleg met de lokale radicaliseringsambtenaren uit de provincie Antwerpen",
     "Netwerk Islamexperten", None, None, ["2026-03-04"], False),
     # G9-2 coordinated subject of organisations (the persons after "met" get none)
    ("V10", E, 1, "Het Netwerk Islamexperten en de VVSG pleegden op 4 maart 2026 daarnaast overleg met de lokale radicaliseringsambtenaren uit de provincie Antwerpen",
     "VVSG", None, None, ["2026-03-04"], False),
    ("V10", E, 2, "Het aanspreekpunt radicalisering van het departement Onderwijs en Vorming en de referentiepersonen van de onderwijskoepels, het GO! en de CLB-netten zaten elke maand samen, met uitzondering van april",
     "referentiepersonen radicalisering", None, "elke maand", [], False),
     # table body (G8-5; as dev-2023-12 Q10, dev-2024-12 R10)
    ("V10", E, 2, "een toelichting op het provinciaal overlegplatform radicalisering Oost-Vlaanderen (19/02/2026)",
     "provinciaal overlegplatform radicalisering Oost-Vlaanderen", None, None, ["2026-02-19"], False),
     # host body on a day (gold5)
    ("V10", E, 2, "op het netwerk leerlingenbegeleiding van de stad Mechelen (16/04/2026)",
     "netwerk leerlingenbegeleiding stad Mechelen", None, None, ["2026-04-16"], False),
     # host body on a day; lower-case topic keeps its (municipal) owner
    ("V10", E, 3, "Het structureel sectoroverleg tussen het departement Cultuur, Jeugd en Media, De Ambrassade, Formaat, Uit De Marge en een tiental lokale jeugdwerkorganisaties, zoals Jeugdwerking De Kantelberg (Zelzate), Speelpleinwerking Krekelveld (Wetteren) en Mediacollectief Luidop (Brussel), vond plaats op 4 december 2025 en op 26 maart 2026",
     "sectoroverleg", None, None, ["2025-12-04", "2026-03-26"], False),
     # table body (G8-5), a standing consultation is itself the body (G9-7); "tweede bijeenkomst" = no new day
    ("V10", E, 3, "via haar werkgroep Jeugdinformatie, die elke zes weken samenkomt",
     "werkgroep Jeugdinformatie", None, "elke zes weken", [], False),
     # named werkgroep, owner De Ambrassade dropped (gold7). lerend netwerk "wordt opgestart" = set-up.

    # ---------------- V11 (5.1) ----------------
    ("V11", E, 1, "Het regionaal overleg van de coördinatoren van de Limburgse Huizen van het Kind kwam samen op 2 februari en op 4 mei 2026 in Genk",
     "regionaal overleg coördinatoren Limburgse Huizen van het Kind", None, None, ["2026-02-02", "2026-05-04"], False),
     # standing overleg whose complement (persons) is its name (cf. "overleg LIVC-coördinatoren provincie Limburg").
     # "Ook de West-Vlaamse coördinatoren vergaderden" = people without a group noun (G11-1): no record.
    ("V11", E, 1, "Die groep komt elke derde dinsdag van de maand samen in het Ontmoetingscentrum Den Hoogaard",
     "praatgroep Opvoeden tussen twee werelden", None, "elke derde dinsdag van de maand", [], False),
     # named group, frequency. infosessie = no.

    # ---------------- V12 (5.3) ----------------
    ("V12", E, 1, "Het Platform en de afdeling Justitiehuizen overlegden op 8 januari 2026 over de verlenging van de samenwerkingsovereenkomst",
     "Platform van Vlaamse Imams en Moslimdeskundigen", None, None, ["2026-01-08"], False),
     # G9-2 coordinated subject; "Het Platform" = the Imams platform named in the paragraph before (D4 short form)
    ("V12", E, 1, "Het Platform en de afdeling Justitiehuizen overlegden op 8 januari 2026 over de verlenging van de samenwerkingsovereenkomst",
     "afdeling Justitiehuizen", None, None, ["2026-01-08"], False),
    ("V12", E, 1, "Het begeleidingscomité van het project, waarin ook het EMB zetelt, vergaderde op 26 februari 2026",
     "begeleidingscomité Theologische aanpak islamitische radicalisering", None, None, ["2026-02-26"], False),
     # G8-2 "van het project" -> the project's name (as dev-2024-12 R12). vormingsdag = no.

    # ---------------- V13 (5.5) ----------------
    ("V13", E, 1, "De stuurgroep van CONNECT, met vertegenwoordigers van het departement, Arktos en de vier onderwijsverstrekkers, vergaderde op 9 december 2025 en op 24 maart 2026",
     "stuurgroep CONNECT", None, None, ["2025-12-09", "2026-03-24"], False),
     # terugkommoment "geannuleerd" = not held
    ("V13", E, 2, "Dat kernteam komt tweewekelijks samen",
     "schooloverstijgend kernteam Rupelstreek", None, "tweewekelijks", [], False),
     # set up "op initiatief van beide scholen" (two, so no G8-1 owner); placed in one territory (G9-5). training = no.

    # ---------------- V14 (5.9) ----------------
    ("V14", E, 1, "VDAB, Jobhuis Oostrand en De Werkbank vzw kwamen op 15 januari en 16 april 2026 samen",
     "VDAB", None, None, ["2026-01-15", "2026-04-16"], False),
     # G9-2 coordinated subject, one record each
    ("V14", E, 1, "VDAB, Jobhuis Oostrand en De Werkbank vzw kwamen op 15 januari en 16 april 2026 samen",
     "Jobhuis Oostrand", None, None, ["2026-01-15", "2026-04-16"], False),
    ("V14", E, 1, "VDAB, Jobhuis Oostrand en De Werkbank vzw kwamen op 15 januari en 16 april 2026 samen",
     "De Werkbank", None, None, ["2026-01-15", "2026-04-16"], False),
     # legal form dropped. "maandelijks casusoverleg tussen de trajectbegeleiders en de consulenten van Opgroeien":
     # persons only (G11-1, dev-2024-12 R14): no record. opfrissingsopleiding = training.

    # ---------------- V15 (6.1) ----------------
    ("V15", E, 1, "Zo vergaderde de LIVC-R Meetjesland, waarin negen gemeenten samenwerken onder coördinatie van het Intergemeentelijk Preventienetwerk Meetjesland (IPM), maandelijks",
     "LIVC-R Meetjesland", None, "maandelijks", [], False),
     # regional LIVC-R, name as printed (not one municipality's, so no G9-3 owner)
    ("V15", E, 1, "In Diest werd de LIVC uitgebreid met een casusoverleg dat om de zes weken plaatsvindt",
     "LIVC stad Diest", None, "om de zes weken", [], False),
     # G9-7 an overleg of an owner is the owner's meeting; G9-3 LIVC named after the municipality (Diest: stad).
     # opleidingsdag = training.
    ("V15", E, 2, "De stuurgroep van het CRNO-project, met het CAW, het Agentschap Justitie en Handhaving en de provincie Oost-Vlaanderen, kwam samen op 11 februari 2026",
     "stuurgroep CRNO-project", None, None, ["2026-02-11"], False),
     # G8-2: the project's name as printed. The second meeting "uitgesteld tot 24 juni" = postponed (G8-6): no record.
     # "23 LIVC-bijeenkomsten in 14 gemeenten" = generic hosts / indefinite set: no record.
    ("V15", E, 3, "De werkgroep die de handreiking begeleidt, met vijf jeugdwerkers, een jurist en een medewerker van het KJE, zat tussen januari en april 2026 drie keer samen",
     "werkgroep", 3, None, [], False),
     # bare head, no owner printed (G8-1); "Zij kwam telkens bijeen ..." adds no day. The denktraject's "tweede
     # sessie" for jeugdwerkers is an activity offered to others (like a training): no record.

    # ---------------- V16 (6.3) ----------------
    ("V16", E, 1, "Het bovenlokaal overleg met DG EPI vond plaats op 18 december 2025 en op 19 maart 2026",
     "bovenlokaal overleg", None, None, ["2025-12-18", "2026-03-19"], False),
     # G9-7's own example (met-tail dropped). "aan het bovenlokaal overleg voorgelegd" in September: a month only, no
     # record (host rule needs a day, count or frequency).
    ("V16", E, 1, "De redactiegroep zat vier keer samen tussen januari en april 2026",
     "ambtelijke redactiegroep", 4, None, [], False),
     # classifying adjective kept; partners are members, no single owner
    ("V16", E, 1, "In de gevangenissen van Leuven-Centraal en Hasselt vindt elk kwartaal een multidisciplinair casusoverleg plaats tussen de psychosociale dienst, de justitieassistenten en de CAW-medewerkers",
     "multidisciplinair casusoverleg gevangenissen Leuven-Centraal en Hasselt", None, "elk kwartaal", [], False),
     # classifying adjective: the overleg is the body (G9-7); definite set by its places, one record (G9-6, as
     # dev-2024-12 R16). Haren "kon niet doorgaan" = not held.
    ("V16", E, 1, "het panel komt voor het eerst samen op 8 september 2026",
     "expertenpanel trauma", None, None, ["2026-09-08"], True),
     # set-up date is no meeting date; first meeting planned

    # ---------------- V17 (7.1) ----------------
    ("V17", E, 1, "Het opvolgingscomité van het onderzoek komt elke twee maanden bijeen; de eerste vergadering vond plaats op 3 februari 2026, de tweede op 7 april 2026",
     "opvolgingscomité onderzoek", None, "elke twee maanden", ["2026-02-03", "2026-04-07"], False),
     # one sentence: frequency + days = one record; unnamed research keeps its complement. rondetafel = one-off event;
     # gebruikerscommissie "kwam nog niet bijeen"; colloquium = event.

    # ---------------- V18 (10.1) ----------------
    ("V18", E, 1, "Zij vormen samen een lerend netwerk dat elk kwartaal samenkomt",
     "lerend netwerk Opgroeien", None, "elk kwartaal", [], False),
     # "Binnen Opgroeien zijn ... referentieconsulenten actief. Zij vormen samen een lerend netwerk": owner Opgroeien
     # (G8-1 "binnen X"; G11-1 "the one organisation the text places them in"), so the members are not added (G10-1).
    ("V18", E, 1, "In deze periode gebeurde dat op 10 december 2025 en op 17 maart 2026",
     "lerend netwerk Opgroeien", None, None, ["2025-12-10", "2026-03-17"], False),
     # follow-up sentence with new days (as dev-2024-12 R19)
    ("V18", E, 1, "de volgende bijeenkomst wordt gehouden op 16 juni 2026",
     "lerend netwerk Opgroeien", None, None, ["2026-06-16"], True),
     # clause differing in planned: own record. basisopleiding = training. "De referentiepersonen van de CAW's kwamen
     # ... samen ... met de referentieconsulenten van Opgroeien": persons without a group noun (G11-1): no record.

    # ---------------- V19 (11.1) ----------------
    ("V19", E, 1, "Het partneroverleg, waarin Atlas, het Agentschap, het Taalhuis en de Vereniging van Moskeebesturen Vlaams-Brabant (VMVB) zetelen, kwam drie keer samen: op 21 januari, 18 maart en 20 mei 2026",
     "partneroverleg", 3, None, ["2026-01-21", "2026-03-18", "2026-05-20"], False),
     # standing consultation as printed; "waarin ... zetelen" is its composition (not G9-2). "Op het overleg van maart"
     # = month back-reference; bezoek "verplaatst" = visit, postponed.

    # ---------------- V20 (12.1) ----------------
    ("V20", E, 1, "het netwerk telt 160 leraren in regionale groepen in Gent, Leuven, Hasselt, Kortrijk en Antwerpen, die elk zes keer per schooljaar samenkomen",
     "regionale groepen lerarennetwerk Democratie in de klas", None, "zes keer per schooljaar", [], False),
     # G9-6 definite set named as one whole ("elk"); owner = the named network; many places dropped (G9-5)
    ("V20", E, 1, "De stuurgroep burgerschapseducatie van het departement, met de onderwijskoepels, het VVI en de lerarenopleidingen, vergaderde op 12 februari en 7 mei 2026",
     "stuurgroep burgerschapseducatie departement OV", None, None, ["2026-02-12", "2026-05-07"], False),
     # lower-case topic keeps owner (gold7); studiedag = event
    ("V20", E, 2, "De stichting en het Centrum voor Dialoog en Levensbeschouwing Limburg (CDLL) zaten op 20 april 2026 samen",
     "Stichting Geheugen en Toekomst", None, None, ["2026-04-20"], False),
     # G9-2 coordinated subject ("De stichting" = Stichting Geheugen en Toekomst of the same entry)
    ("V20", E, 2, "De stichting en het Centrum voor Dialoog en Levensbeschouwing Limburg (CDLL) zaten op 20 april 2026 samen",
     "Centrum voor Dialoog en Levensbeschouwing Limburg", None, None, ["2026-04-20"], False),

    # ---------------- V21 (13.1) ----------------
    ("V21", E, 1, "De groepen van Moeders voor Morgen komen maandelijks samen",
     "groepen Moeders voor Morgen", None, "maandelijks", [], False),
     # definite set (its groups in Antwerpen and Mechelen), one record; head + owner
    ("V21", E, 1, "De Stille Tafel kwam in deze periode zes keer samen, telkens op de eerste zaterdag van de maand",
     "De Stille Tafel", 6, "telkens op de eerste zaterdag van de maand", [], False),
     # second body of the sentence; type noun "lotgenotengroep" dropped from the name (D1)
    ("V21", E, 1, "Het overleg tussen Opgroeien, de Opvoedingslijn, de Koning Boudewijnstichting en de twee lotgenotengroepen vond plaats op 9 februari 2026 in Brussel",
     "Opgroeien", None, None, ["2026-02-09"], False),
     # G9-2 symmetric "overleg tussen": one record per named party; "de twee lotgenotengroepen" = the two named above
    ("V21", E, 1, "Het overleg tussen Opgroeien, de Opvoedingslijn, de Koning Boudewijnstichting en de twee lotgenotengroepen vond plaats op 9 februari 2026 in Brussel",
     "Opvoedingslijn", None, None, ["2026-02-09"], False),
    ("V21", E, 1, "Het overleg tussen Opgroeien, de Opvoedingslijn, de Koning Boudewijnstichting en de twee lotgenotengroepen vond plaats op 9 februari 2026 in Brussel",
     "KBS", None, None, ["2026-02-09"], False),
     # gazetteer canonical of Koning Boudewijnstichting
    ("V21", E, 1, "Het overleg tussen Opgroeien, de Opvoedingslijn, de Koning Boudewijnstichting en de twee lotgenotengroepen vond plaats op 9 februari 2026 in Brussel",
     "Moeders voor Morgen", None, None, ["2026-02-09"], False),
    ("V21", E, 1, "Het overleg tussen Opgroeien, de Opvoedingslijn, de Koning Boudewijnstichting en de twee lotgenotengroepen vond plaats op 9 februari 2026 in Brussel",
     "De Stille Tafel", None, None, ["2026-02-09"], False),
    ("V21", E, 1, "De adviesraad van de vzw, met twee ervaringsdeskundigen en drie hulpverleners, vergaderde op 3 maart 2026",
     "adviesraad Moeders voor Morgen", None, None, ["2026-03-03"], False),
     # bare head keeps its owner ("de vzw" = Moeders voor Morgen vzw of the sentence before). getuigenisavond = event.

    # ---------------- V22 (14.5) ----------------
    ("V22", E, 1, "Een klankbordgroep van mediamakers, samengesteld door Mediawijs, zat op 5 maart en 7 mei 2026 samen",
     "klankbordgroep mediamakers Mediawijs", None, None, ["2026-03-05", "2026-05-07"], False),
     # G9-9 klankbordgroep met on days; owner by G8-1 "samengesteld door" (cf. "klankbordgroep leerkrachten Mediawijs")
    ("V22", E, 1, "Deze groep zal in het najaar nog één keer bijeenkomen",
     "klankbordgroep mediamakers Mediawijs", 1, None, [], True),
     # future, explicit "nog één keer" -> count 1 (as "zal nog minstens één keer samenkomen" -> 1). training = no.
]


def field_text(item, where, entry_no):
    if where == "description":
        return item["description"]
    for e in item["entries"]:
        if e["entry_no"] == entry_no:
            return e["description"]
    raise KeyError((item["item"], entry_no))


def main():
    items = {}
    with TEXT.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            items[d["item"]] = d
    out = []
    for rec in RECORDS:
        assert len(rec) == 9, rec
        it, where, entry_no, raw, body, count, freq, dates, planned = rec
        item = items[it]
        txt = field_text(item, where, entry_no)
        assert raw in txt, f"{it} e{entry_no}: raw not a substring: {raw!r}"
        assert "<" not in raw and ">" not in raw, f"{it}: tag in raw"
        assert where in ("entry", "description")
        if where == "description":
            assert entry_no is None
        for d in dates:
            datetime.date.fromisoformat(d)
            if d > REPORT_DATE:
                assert planned, f"{it}: future date but planned false: {raw!r}"
            else:
                assert not planned, f"{it}: past date but planned true: {raw!r}"
            # G11-2: no background meetings before the reporting period (December 2025 - May 2026)
            assert d >= "2025-12-01", f"{it}: date before the period: {d}"
        assert count is None or (isinstance(count, int) and count > 0)
        assert body and body == body.strip()
        out.append({
            "item": it, "action_id": item["action_id"], "where": where,
            "entry_no": entry_no if where == "entry" else None, "raw": raw, "body": body,
            "count": count, "frequency": freq, "dates": list(dates), "planned": planned,
        })
    with OUT.open("w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-parse
    keys = ["item", "action_id", "where", "entry_no", "raw", "body", "count", "frequency", "dates", "planned"]
    n = 0
    with OUT.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            assert list(r) == keys, list(r)
            n += 1
    per_item = {}
    for r in out:
        per_item[r["item"]] = per_item.get(r["item"], 0) + 1
    print(f"{n} records written to {OUT.name}; planned {sum(r['planned'] for r in out)}")
    print("per item:", ", ".join(f"{k} {v}" for k, v in sorted(per_item.items())))
    missing = sorted(set(items) - set(per_item))
    print("items without records:", missing or "none")


if __name__ == "__main__":
    main()
