"""Batch b: items Y07-Y12 (dev-2026-12 meetings, annotator a21, blind). Tuples: see common.py."""
from common import F, T

VVPW = "Vlaamse Vereniging van Preventiewerkers"
VSW = "Vlaams Steunpunt Wijkwerking"

R = [
# ============================ Y07 4.1 ============================
# near-miss: "kregen zeven gemeenten met ingang van 1 juli 2026 een subsidie toegekend" -> subsidy, no meeting
("Y07", 1, "De projectcoördinatoren van de zeven gemeenten kwamen op 8 september 2026 een eerste keer samen in het Boudewijngebouw; zij treffen elkaar voortaan per kwartaal in een lerend netwerk dat ABB begeleidt met ondersteuning van studiebureau Kompasnaald bv",
 "lerend netwerk projectcoördinatoren", None, "per kwartaal", ["2026-09-08"], F,
 "people meeting each other in a group head without name, owner or place: the group named after them (G10-1, G12-2); "
 "'dat ABB begeleidt' only guides (G10-1, G12-1); one body, one sentence: one record; 'een eerste keer' ordinal -> count null; "
 "present-tense rate [not-future] [D13]"),
# near-miss: "Lokaal werden stuurgroepen opgezet" -> set-up
("Y07", 1, "De stuurgroep van het project in Roeselare, getrokken door de preventiedienst van de stad Roeselare, vergaderde op 14/7 en 6/10/2026",
 "stuurgroep project preventiedienst stad Roeselare", None, None, ["2026-07-14", "2026-10-06"], F,
 "bare head: the unnamed project's complement is its name (G8-2 'stuurgroep project'); owner by 'getrokken door' (G12-1), "
 "a municipal service named after its municipality (G9-3); with an owner the place is dropped (G9-5) [D14]"),
("Y07", 1, "in Aalst, waar de dienst Samenleven van de stad Aalst het project trekt, en in Lokeren kwamen de lokale stuurgroepen elk tweemaal samen",
 "lokale stuurgroepen Aalst en Lokeren", 2, None, [], F,
 "a definite set named as one whole, 'elk tweemaal': one record, the collective as printed with its places (G9-6; dev-2025-12 J20, W11) [D15]"),
# near-miss: "In Kortrijk werd de stuurgroep pas eind november samengesteld en is ze nog niet samengekomen" -> not met
("Y07", 1, "De LIVC's van Genk, As en Vilvoorde bespraken hun projectplan tijdens hun reguliere zittingen van september en oktober",
 "LIVC's Genk, As en Vilvoorde", None, None, [], F,
 "an act in the bodies' own named meetings ('tijdens hun ... zittingen', G9-10) in the period; definite set (G9-6); months only "
 "(writer's borderline) [D15]"),
# near-miss: "In de aanloop naar de oproep zaten ABB en de VVSG in maart 2026 al samen met de centrumsteden" -> before the period (G11-2)
# near-miss: "Op 24 november 2026 organiseerde ABB een infonamiddag" -> event

# ============================ Y08 4.3 ============================
# description: plan text ('samenbrengen van lokale ambtenaren', 'overleg'), no meeting stated -> no record
# near-miss: "Tussen 1 juni en 15 november 2026 kwamen 112 vragen binnen" -> helpdesk, no meeting
("Y08", 1, "De werkgroep radicalisering van de VVSG kwam samen op 16 juni, 22 september en 17 november 2026",
 "werkgroep radicalisering VVSG", None, None, ["2026-06-16", "2026-09-22", "2026-11-17"], F,
 "head with a lower-case topic keeps its owner (gold7, its own example)"),
("Y08", 1, "De werkgroep wordt in 2027 omgevormd tot een werkgroep 'Polarisering en veerkracht', die om de twee maanden zal vergaderen; de eerste bijeenkomst in de nieuwe vorm staat gepland op 19 januari 2027",
 "werkgroep Polarisering en veerkracht", None, "om de twee maanden", ["2027-01-19"], T,
 "future frequency plus next date: one planned record (G9-8); the body that will meet is the renamed werkgroep (name of its own) [D16]"),
("Y08", 1, "Het intervisienetwerk van de casemanagers, door de VVSG in 2019 opgericht, overlegde in deze periode viermaal: 30/6, 1/9, 13/10 en 24/11/2026",
 "intervisienetwerk casemanagers VVSG", 4, None, ["2026-06-30", "2026-09-01", "2026-10-13", "2026-11-24"], F,
 "'overlegde' = met; head with lower-case complement keeps the owner the text gives by 'door de VVSG ... opgericht' (G8-1, G12-1 passive)"),
# near-miss: "De VVSG nam deel aan de provinciale overlegplatformen" -> membership without a meeting time
("Y08", 1, "Het provinciaal overlegplatform in West-Vlaanderen vergaderde op 2 juli in Brugge",
 "provinciaal overlegplatform West-Vlaanderen", None, None, ["2026-07-02"], F,
 "no name or owner, one territory: the territory after the head (G9-5); Brugge the venue"),
("Y08", 1, "In Limburg kwam het platform onder voorzitterschap van de gouverneur op 29 september samen in Hasselt",
 "provinciaal overlegplatform Limburg", None, None, ["2026-09-29"], F,
 "lower-case 'het platform' = the provincial overlegplatform just named (table note); territory Limburg (G9-5); Hasselt the venue"),
# near-miss: "In Vlaams-Brabant is een platform opgericht, maar werd nog geen eerste datum vastgelegd" -> set-up, not met
# near-miss: "De VVSG organiseerde samen met de VVPW op 8 oktober 2026 een studiedag" -> event
("Y08", 2, "Het bestuur van de VVPW en de stafmedewerkers veiligheid van de VVSG zaten op 3 juli en 18 september 2026 samen om het gezamenlijke vormingsaanbod voor 2027 uit te tekenen",
 "bestuur " + VVPW, None, None, ["2026-07-03", "2026-09-18"], F,
 "a standing organ keeps its head and owner (G8-3, gold7; dev-2025-12 'bestuur VSK'); acronym -> expansion; the VVSG's staff are "
 "generic members of a party: no record for them (G12-6, G11-1) [D17] [not-future] (2027 is the offer's year)"),
# near-miss: "Binnen de VVPW werd in augustus een netwerk van preventiewerkers uit de centrumsteden opgericht" -> set-up
("Y08", 2, "Dat netwerk kwam op 11 september en 20 november bijeen, telkens in een andere centrumstad",
 "netwerk preventiewerkers centrumsteden " + VVPW, None, None, ["2026-09-11", "2026-11-20"], F,
 "'Dat netwerk' = the one set up just before; van-complement is its name, owner by 'Binnen de VVPW' (G8-1) [D18]"),
# near-miss: "werd op 27 oktober een webinar ... georganiseerd" -> event
# near-miss: "bracht de VVSG een werkbezoek aan SALAR in Stockholm" -> visit
# near-miss: "In het Benelux-overleg lokale preventie, waarin de VVSG, de VNG en het Luxemburgse Syvicol zetelen, werd de voorzittersrol
#            voor 2027 aan de VVSG toegewezen" -> composition clause and an undated act (G9-10), no meeting time

# ============================ Y09 4.5 ============================
# near-miss: "De databank ... werd op 15 september 2026 gelanceerd" -> launch, no meeting
# near-miss: "Het VSW richtte hiervoor een redactieraad op met vertegenwoordigers van de centrumsteden" -> set-up
("Y09", 1, "De redactieraad vergaderde op 23 juni, 1 september en 10 november",
 "redactieraad " + VSW, None, None, ["2026-06-23", "2026-09-01", "2026-11-10"], F,
 "bare head, owner the one organisation that set it up ('Het VSW richtte ... op', G8-1); acronym -> expansion"),
("Y09", 1, "zij komt in 2027 elk kwartaal samen",
 "redactieraad " + VSW, None, "elk kwartaal", [], T,
 "clause of the same sentence split off because it differs in planned (gold5); a rate for 2027"),
("Y09", 1, "In een regionaal overleg in de Westhoek, op 21 oktober in Ieper, zaten de wijkwerkers van Ieper, Poperinge en Heuvelland samen met het VSW en vzw Buurtwerf Ieper",
 "regionaal overleg Westhoek", None, None, ["2026-10-21"], F,
 "an overleg with a classifying adjective is a body (G12-5, G9-7); no name or owner: its territory (G9-5), Ieper the venue "
 "(dev-2025-12 J10); the persons are no body, the parties after 'met' take part in it [D19]"),
("Y09", 1, "In de marge van de lancering van de databank kwam ook de begeleidingsgroep van het VSW samen",
 "begeleidingsgroep " + VSW, None, None, [], F,
 "the body itself met (not people meeting at an event); bare head keeps its owner (gold7); the launch day is in another "
 "sentence: no day in the statement [D20]"),
("Y09", 1, "In Antwerpen en Gent gingen de buurtregietafels in oktober telkens tweemaal door",
 "buurtregietafels Antwerpen en Gent", 2, None, [], F,
 "definite set named as one whole, 'telkens tweemaal' (G9-6; dev-2025-12 'wijkgerichte overlegtafels Gent en Antwerpen' count 2) [D15]"),
("Y09", 1, "Het VSW overlegde in november met de dienst Samenleven van de gemeente Dilbeek en met de preventiedienst van de stad Roeselare",
 VSW, None, None, [], F,
 "two parties: the subject organisation is the body, the parties after 'met' get none (G9-2); month only"),
# near-miss: "Een gepland inspiratiemoment voor lokale besturen op 26 november werd verschoven naar 4 maart 2027" -> event, postponed

# ============================ Y10 4.7 ============================
# description: plan text ('Structureel sectoroverleg waarbij er wordt afgestemd met ...'), no meeting stated -> no record
# near-miss: "Het hulplijnenoverleg, waarin ... zetelen, kwam op 25 juni 2026 samen; het volgende overleg is vastgelegd op
#            10 december 2026" -> 'hulplijnenoverleg' stays generic, no body (gold5 rule; dev-2025-12 J12); composition clause [D21]
# near-miss: "Het EWO werd op 1 september 2026 operationeel" -> set-up
("Y10", 1, "Het EWO en de Opvoedingslijn stemden in september en oktober driemaal af over een gezamenlijk doorverwijsprotocol",
 "Expertisecentrum Weerbaar Online", 3, None, [], F,
 "coordinated subject: one record per party with the count (G9-2); 'afstemmen' = overleg (G8-4); acronym -> expansion"),
("Y10", 1, "Het EWO en de Opvoedingslijn stemden in september en oktober driemaal af over een gezamenlijk doorverwijsprotocol",
 "Opvoedingslijn", 3, None, [], F, "second party (G9-2); name as earlier gold (dev-2025-12 W07)"),
("Y10", 1, "Binnen het EWO kwam in oktober een werkgroep 'Meldingen' samen met medewerkers van Child Focus en Unia; die werkgroep komt voortaan maandelijks bijeen",
 "werkgroep Meldingen", None, "maandelijks", [], F,
 "name of its own (owner by 'Binnen' not added, gold7); one sentence, one body, not split: a present-tense rate [not-future]; "
 "the persons of Child Focus and Unia are members, no body (G12-6) [D13]"),
# near-miss: "Een rondetafel met de sociale mediaplatformen werd uitgesteld tot het voorjaar van 2027" -> postponed, event
("Y10", 1, "het meldpunt radicalisering van de stad Antwerpen (7/7/2026)",
 "meldpunt radicalisering stad Antwerpen", None, None, ["2026-07-07"], F,
 "'Verder werd overlegd met:' list of named organisations, one record each with its days (G8-4); head with lower-case topic keeps "
 "its owner, the municipality's canonical (gold7, G9-3)"),
("Y10", 1, "de preventiedienst van de stad Gent (2/9 en 18/11/2026)",
 "preventiedienst stad Gent", None, None, ["2026-09-02", "2026-11-18"], F, "as above (G8-4; G9-3 example)"),
("Y10", 1, "de Expertisecel Lokale Integrale Veiligheid (ELIV) van de provincie Limburg (14/10/2026)",
 "Expertisecel Lokale Integrale Veiligheid", None, None, ["2026-10-14"], F,
 "as above (G8-4); a name of its own drops its owner's van-tail (gold7)"),
("Y10", 1, "de Koepel Brusselse Buurtwerkingen (KBB) (22-10-2026)",
 "Koepel Brusselse Buurtwerkingen", None, None, ["2026-10-22"], F, "as above (G8-4); acronym -> expansion"),
("Y10", 2, "Er is maandelijks overleg tussen het aanspreekpunt radicalisering en de referentiepersonen binnen de koepels, het GO! en de CLB-netten",
 "referentiepersonen radicalisering", None, "maandelijks", [], F,
 "the group of the table (meeting_bodies.jsonl; G11-1 'a standing group of the table stays a body'); the function is none; "
 "'binnen de koepels, het GO! en de CLB-netten' places the referentiepersonen (dev-2025-12 W07)"),
("Y10", 2, "In de rapporteringsperiode ging dit overleg door op 10 juni, 8 juli, 9 september, 14 oktober en 18 november 2026",
 "referentiepersonen radicalisering", None, None, ["2026-06-10", "2026-07-08", "2026-09-09", "2026-10-14", "2026-11-18"], F,
 "follow-up sentence with new days (gold5)"),
# near-miss: "Het overleg van 8 juli was een gezamenlijke zitting met de onderwijsinspectie" -> back-reference, day already recorded;
#            the inspectie joins with 'met' (two-parties rule) [D22]
# near-miss: "De LOP-deskundigen van Brussel, Gent en Antwerpen kwamen op 6 oktober 2026 samen met het aanspreekpunt" -> persons and a
#            function, no group noun, no organiser (G11-1)
# near-miss: "Een afstemmingsmoment met de LOP-deskundigen van Limburg op 24 november kon niet doorgaan en wordt hernomen in januari
#            2027" -> not held, new day gives none (G8-6); persons (writer's borderline)
# near-miss: "werd in Asse een vormingsmoment CoPPRa light georganiseerd" -> training
("Y10", 2, "In Gent zitten de CLB-medewerkers en de preventiedienst sinds dit schooljaar om de zes weken samen in het stedelijk overleg schoolverzuim en radicalisering",
 "stedelijk overleg schoolverzuim en radicalisering Gent", None, "om de zes weken", [], F,
 "an overleg with a classifying adjective and a lower-case topic is a standing body (G9-7, G12-5); no name or owner printed: "
 "its one territory after it (G9-5) [D23]"),
("Y10", 3, "Het sectoroverleg jeugd, gefaciliteerd door de afdeling Jeugd, kwam samen op 17 juni en 23 september 2026",
 "sectoroverleg", None, None, ["2026-06-17", "2026-09-23"], F,
 "plainly the table's sectoroverleg (same lead, same members as the description): the table's name (G8-5; dev-2025-12 W07)"),
# near-miss: "In dat overleg zijn De Ambrassade, Formaat, JES, Uit De Marge en het NJSR vertegenwoordigd" -> composition
("Y10", 3, "Het NJSR bracht daarnaast zijn leden samen in een regionaal overleg jeugdwerk in de Vlaamse Rand, dat op 30 september in Vilvoorde en op 12 november in Dilbeek vergaderde",
 "regionaal overleg jeugdwerk Vlaamse Rand", None, None, ["2026-09-30", "2026-11-12"], F,
 "'X bracht Y samen in Z', Z a meeting noun: Z's own name, else X (G9-4); Z is a standing overleg with classifying adjective and "
 "topic (G9-7), named with its territory (G9-5); Vilvoorde and Dilbeek the venues [D24]"),
("Y10", 3, "Uit De Marge en JES hadden op 7 oktober overleg met de afdeling Jeugd over de opvolging van het traject rond deontologie",
 "Uit de Marge", None, None, ["2026-10-07"], F,
 "coordinated subject, one record each (G9-2); the party after 'met' gets none (two-parties rule); gazetteer canonical"),
("Y10", 3, "Uit De Marge en JES hadden op 7 oktober overleg met de afdeling Jeugd over de opvolging van het traject rond deontologie",
 "JES", None, None, ["2026-10-07"], F, "second party of the subject (G9-2)"),
("Y10", 3, "Die drie partners zitten begin 2027 opnieuw samen",
 "Uit de Marge", None, None, [], T,
 "'Die drie partners' = Uit De Marge, JES and the afdeling Jeugd, now the coordinated subject: one planned record each (G9-2) [D25]"),
("Y10", 3, "Die drie partners zitten begin 2027 opnieuw samen",
 "JES", None, None, [], T, "as above [D25]"),
("Y10", 3, "Die drie partners zitten begin 2027 opnieuw samen",
 "afdeling Jeugd", None, None, [], T, "as above [D25]"),
# near-miss: "Het jeugdwerkcongres 'Ruimte voor Tegenspraak' van 19 november in Antwerpen bracht ruim 300 jeugdwerkers samen" -> event

# ============================ Y11 5.1 ============================
# near-miss: "Het Agentschap Opgroeien zette samen met het NGV de ondersteuning van de Huizen verder" -> cooperation, no meeting
# near-miss: "Het NGV installeerde in juni een werkgroep 'Gezinnen onder druk' met coördinatoren uit tien Huizen van het Kind" -> set-up
("Y11", 1, "De werkgroep kwam op 29 juni, 14 september en 26 oktober samen",
 "werkgroep Gezinnen onder druk", None, None, ["2026-06-29", "2026-09-14", "2026-10-26"], F,
 "named just before (gold7 fullest mention); name of its own, quotes dropped"),
("Y11", 1, "Tussen de tweede en de derde bijeenkomst overlegde het NGV afzonderlijk met de Gezinsbond",
 "Netwerk Gezinsondersteuning Vlaanderen", None, None, [], F,
 "two parties: the subject organisation is the body (G9-2); a time between two meetings, no day; acronym -> expansion"),
# near-miss: "De werkgroep bereidt een handreiking voor die begin 2027 verschijnt" -> no meeting
("Y11", 1, "Het provinciaal coördinatorenoverleg van de Huizen van het Kind in Limburg kwam om de acht weken samen: op 7 juli, 8 september en 10 november 2026",
 "provinciaal coördinatorenoverleg Huizen van het Kind Limburg", None, "om de acht weken", ["2026-07-07", "2026-09-08", "2026-11-10"], F,
 "standing overleg with a classifying adjective (G9-7); its van-complement (a generic collective, no one owner) is its name, "
 "with the territory as printed (gold7, G9-5); frequency + days one record [D26]"),
# near-miss: "De jaarlijkse netwerkdag van de Huizen van het Kind op 13 oktober in Mechelen" -> event
# near-miss: "De geplande bijeenkomst van het NGV met het Agentschap Opgroeien op 18 november werd verplaatst naar 15 januari 2027"
#            -> postponed, no record for either day (G8-6)

# ============================ Y12 5.3 ============================
# near-miss: "Het Platform ... begeleidde in de rapporteringsperiode 19 trajecten" -> casework, no meeting
("Y12", 1, "De opvolgingsgroep van het project, samengesteld uit de afdeling Justitiehuizen, het Platform en het EMB, vergaderde op 1 juli en 7 oktober 2026",
 "opvolgingsgroep Theologische aanpak islamitische radicalisering", None, None, ["2026-07-01", "2026-10-07"], F,
 "'van het project' takes the project's name (G8-2; cross-round name dev-2025-12 W08); composition clause dropped"),
# near-miss: "Op de vergadering van 7 oktober werd het jaarverslag 2025-2026 goedgekeurd" -> back-reference, day already recorded
("Y12", 1, "De gescreende islamdeskundigen kwamen daarnaast maandelijks samen in een intervisiegroep onder begeleiding van het Vlaams Centrum voor Imamvorming (VCI)",
 "intervisiegroep islamdeskundigen", None, "maandelijks", [], F,
 "people meeting in a bare group: the group named after them (G10-1); 'onder begeleiding van' guides only; the same pool and name "
 "as in action 5.3 of earlier rounds (dev-2025-12 J14), 'gescreende' dropped [D27]"),
# near-miss: "Een gezamenlijke opleidingsdag voor justitieassistenten en islamdeskundigen vond plaats op 17 september" -> training
("Y12", 2, "Met het EMB werd overlegd over de erkenning van bijkomende deskundigen",
 "EMB", None, None, [], F, "'overleg met ORGANISATIE' is a meeting of that organisation without a time (gold5)"),
("Y12", 2, "Het EMB en de afdeling Justitiehuizen zaten hiervoor op 2 september en 4 november 2026 rond de tafel",
 "EMB", None, None, ["2026-09-02", "2026-11-04"], F,
 "coordinated subject, one record each (G9-2); a follow-up sentence with new days is a separate record (gold5) [D12]"),
("Y12", 2, "Het EMB en de afdeling Justitiehuizen zaten hiervoor op 2 september en 4 november 2026 rond de tafel",
 "afdeling Justitiehuizen", None, None, ["2026-09-02", "2026-11-04"], F, "second party (G9-2)"),
# near-miss: "Het VCI richtte in oktober een adviesraad op waarin imams, theologen en hulpverleners zetelen" -> set-up, composition
# near-miss: "De adviesraad is nog niet samengekomen" -> not met
("Y12", 2, "de installatievergadering is voorzien op 20 januari 2027",
 "adviesraad Vlaams Centrum voor Imamvorming", None, None, ["2027-01-20"], T,
 "a planned first meeting of a body that has not met yet (as dev-2025-12 J18); owner the organisation that set it up (G8-1) [D6]"),
# near-miss: "Eerder, in maart 2026, had het Platform al een werkbezoek gebracht aan het CTD" -> visit, before the period
# near-miss: "In overleg met het EMB werd beslist ..." -> adverbial (gold5)
("Y12", 2, "Opgericht in januari 2026 en sinds juni driemaal samengekomen (3/6, 9/9 en 25/11/2026), buigt de juridische werkgroep van het EMB zich over het statuut van de deskundigen",
 "juridische werkgroep EMB", 3, None, ["2026-06-03", "2026-09-09", "2026-11-25"], F,
 "participial meeting clause with count and days; classifying adjective + bare head keeps its owner (gold7); set-up month is no meeting"),
]
