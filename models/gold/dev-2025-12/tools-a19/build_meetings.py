"""Build ../meetings.jsonl: blind gold meeting annotation of dev-2025-12 (SYNTHETIC, writer w19), annotator a19.

Report date 2025-12-01; reporting period June - November 2025.
Each record is a tuple (item, entry_no, raw, body, count, frequency, dates, planned, reason).
entry_no None means where = "description" (none used: the descriptions are the real 2017 plan texts).
Near-misses (statements read and judged to be no record) are listed as comments under each item.
Judgement calls are explained in ../NOTES-a19.md (J1 ... Jn refer to that list).

Run: python3 build_meetings.py   (reads ../text.jsonl, writes ../meetings.jsonl, runs the checks)
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT = os.path.join(HERE, '..', 'text.jsonl')
OUT = os.path.join(HERE, '..', 'meetings.jsonl')
REPORT_DATE = '2025-12-01'

F = False
T = True
VPR = 'Vlaams Platform Radicalisering'

R = [
# ============================ W01 1.1 ============================
("W01", 1, "Het Platform, dat in principe maandelijks samenkomt, vergaderde in deze rapporteringsperiode op 12 juni, 3 juli, 11 september, 9 oktober en 13 november 2025",
 VPR, None, "maandelijks", ["2025-06-12", "2025-07-03", "2025-09-11", "2025-10-09", "2025-11-13"], F,
 "capitalised 'het Platform' = VPR (meeting_bodies table); frequency without the hedge 'in principe' (gold5); frequency + dates one record"),
("W01", 1, "zat het bureau van het Platform, bestaande uit het centraal aanspreekpunt, het OCAD en de VVSG, om de zes weken samen",
 "bureau " + VPR, None, "om de zes weken", [], F,
 "bare head 'bureau' keeps its owner (gold7 Owner; cf. 'kernteam Vlaams Platform Radicalisering', dev-2024-12 R01); composition clause dropped"),
("W01", 1, "werd het Platform op 25 september 2025 bovendien in een extra zitting bijeengeroepen",
 VPR, None, None, ["2025-09-25"], F,
 "'werd bijeengeroepen' = met; new day in a separate sentence: separate record (gold5 follow-up rule)"),
# near-miss: "In augustus werd, zoals elk jaar, geen vergadering gehouden" -> not held
# near-miss: "Op de vergadering van 11 september werd ..." -> back-reference, day already in the VPR record (gold5)
# near-miss: "zetelen voortaan ook het Agentschap Opgroeien en het departement Zorg in het Platform" -> composition
# near-miss: "vonden in juli tussen het centraal aanspreekpunt en de aanspreekpunten van de beleidsdomeinen twee
#            vergadermomenten plaats" -> functions meeting, no group head, no single organiser (G11-1; dev-2024-12 adj. #1, Q2) [J1]
("W01", 2, "Het platform over radicalisering en terrorisme, dat overleg mogelijk maakt tussen de betrokken kabinetten van de federale overheid en de deelstaten, hield op 18 september 2025 een zitting in het Egmontpaleis",
 "platform over radicalisering en terrorisme", None, None, ["2025-09-18"], F,
 "'hield een zitting' = met; cross-round name (dev-2019 E01, dev-2021-12 J01, dev-2023-12 Q01)"),
("W01", 2, "Een volgende bijeenkomst is voorzien in februari 2026",
 "platform over radicalisering en terrorisme", None, None, [], T,
 "'bijeenkomst' of the platform named just before; planned (Feb 2026, month only: no day)"),
("W01", 2, "Ook de interkabinettaire stuurgroep preventie radicalisering, die de uitvoering van het actieplan politiek opvolgt, kwam op 2 juli en 5 november 2025 bijeen",
 "interkabinettaire stuurgroep preventie radicalisering", None, None, ["2025-07-02", "2025-11-05"], F,
 "words as printed (classifying adjective + lower-case topic; no owner printed or given)"),
# near-miss: "Met de aanspreekpunten van de VGC en van de Franse Gemeenschapscommissie werd tweemaandelijks overleg gepleegd"
#            -> overleg with functions/persons of organisations, subject is a function: no body (gold5 'overleg met' persons;
#            dev-2023-12 adj. #9; two-parties rule) [J2]
# near-miss: "Een themavergadering ..., gepland op 20 november 2025, werd verplaatst naar januari 2026" -> postponed (G8-6), no body
# near-miss: "namen de aanspreekpunten deel aan de studiedag" -> event

# ============================ W02 1.3 ============================
# near-miss: "De opdracht ging van start op 5 juni 2025 met een startvergadering" -> bare event noun, no body named; set-up
# near-miss: "werd een stuurgroep evaluatie samengesteld, waarin ... zetelen" -> set-up / composition
("W02", 1, "Het projectteam van Lijnwerk stemde maandelijks met het centraal aanspreekpunt af over de voortgang van de opdracht",
 "projectteam Lijnwerk", None, "maandelijks", [], F,
 "split 'stemde ... af met' = overleg (G8-4); two parties: the subject group is the body, the function met is none; "
 "bare head keeps its owner (gold7), owner canonical as printed without type noun (D1: 'studiebureau Lijnwerk') [J3]"),
# near-miss: "In september en oktober voerde het consortium focusgroepen met lokale ambtenaren ..., aangevuld met een
#            documentanalyse" -> focus groups described as a research method (G9-9; gold9 reading of J02/H42) [J4]
("W02", 1, "De stuurgroep kwam in de rapporteringsperiode twee keer bijeen, op 26 juni en 2 oktober 2025",
 "stuurgroep evaluatie", 2, None, ["2025-06-26", "2025-10-02"], F,
 "named in full earlier in the item ('een stuurgroep evaluatie'; gold7 fullest mention)"),
# near-miss: "Tijdens de tweede bijeenkomst stelde het consortium ..." -> back-reference, no new day
# near-miss: "In overleg met de stuurgroep werd beslist ..." -> adverbial (gold5)
# near-miss: "een klankbordgroep ... opgericht. Die groep werd nog niet samengeroepen" -> set-up, not met

# ============================ W03 2.1 ============================
("W03", 1, "Het centraal aanspreekpunt nam deel aan de maandelijkse vergaderingen van de Nationale Task Force (NTF)",
 "NTF", None, "maandelijkse", [], F,
 "host body with a frequency (gold5; dev-2024-12 R03); the NTF did meet in the period, August skipped"),
# near-miss: "In augustus werd de NTF niet samengeroepen" -> not held
# near-miss: "werd in september 2025 de werkgroep 'Lokale verankering' opgestart" -> set-up
("W03", 1, "Voorafgaand aan de eerste vergadering op 23 september stelde het OCAD een verkennende nota op",
 "werkgroep Lokale verankering", None, None, ["2025-09-23"], F,
 "names the body's (first) meeting on a day: set-up exception / follow-up rule; name of its own, quotes dropped [J5]"),
("W03", 1, "Deze werkgroep zal per kwartaal samenkomen; een volgende vergadering staat gepland op 16 december 2025",
 "werkgroep Lokale verankering", None, "per kwartaal", ["2025-12-16"], T,
 "frequency + future next date: one record, planned (G9-8)"),
("W03", 1, "Op 10 juni, 8 juli, 16 september en 21 oktober 2025 vergaderde de werkgroep Communicatie",
 "werkgroep Communicatie", None, None, ["2025-06-10", "2025-07-08", "2025-09-16", "2025-10-21"], F,
 "named body (cross-round name)"),
("W03", 1, "De werkgroep radicalisering en polarisering van het Globaal Veiligheids- en Preventieplan van het Brussels Hoofdstedelijk Gewest werd door safe.brussels op 30 september 2025 samengeroepen",
 "werkgroep radicalisering en polarisering Globaal Veiligheids- en Preventieplan Brussels Hoofdstedelijk Gewest", None, None, ["2025-09-30"], F,
 "'werd samengeroepen' on a day = met; cross-round name (dev-2019 E03, dev-2021-12 J03, dev-2023-12 Q03)"),
# near-miss: "ABB neemt aan deze werkgroep deel" -> membership
("W03", 2, "was vertegenwoordigd in de werkgroep Gevangenissen, die op 17 juni en 4 november 2025 bijeenkwam",
 "werkgroep Gevangenissen", None, None, ["2025-06-17", "2025-11-04"], F,
 "host body (gold5), participant not the body"),
("W03", 2, "Op 25 juni 2025 zat ook de permanente werkgroep van het College van procureurs-generaal en de justitiehuizen samen",
 "permanente werkgroep College van Procureurs-generaal en justitiehuizen", None, None, ["2025-06-25"], F,
 "cross-round name (dev-2023-12 Q03, dev-2024-12 R03)"),
("W03", 2, "Er vond bovendien driemaal overleg plaats tussen de justitiehuizen, DG EPI en de CAW's",
 "DG EPI", 3, None, [], F,
 "symmetric 'overleg tussen' (G9-2): one record per named organisation; 'de justitiehuizen' and 'de CAW's' are generic "
 "collectives (dev-2024-12 R15 e2 reading) [J6]"),
# near-miss: "volgden twee referentie-justitieassistenten de studienamiddag van het expertisenetwerk Terrorisme" -> event

# ============================ W04 2.3 ============================
# near-miss: "Sinds 2024 is het overleg tussen ... verankerd in het Brussels Netoverschrijdend Overleg Schoolveiligheid (BNOS)" -> structure, no meeting time
("W04", 1, "Het BNOS komt twee keer per schooljaar samen",
 "Brussels Netoverschrijdend Overleg Schoolveiligheid", None, "twee keer per schooljaar", [], F,
 "named standing consultation; acronym introduced beside its expansion -> expansion as canonical"),
("W04", 1, "De zomereditie ging door op 24 juni 2025 in de lokalen van het Onderwijscentrum Brussel",
 "Brussels Netoverschrijdend Overleg Schoolveiligheid", None, None, ["2025-06-24"], F,
 "edition of the BNOS named just before ('Op dat overleg' in the next sentence): the group the meeting noun belongs to [J7]"),
# near-miss: "Op dat overleg werd het geactualiseerde protocol ... afgetoetst" -> back-reference, no new day
("W04", 1, "kwam een schrijfgroep met vertegenwoordigers van Katholiek Onderwijs Vlaanderen, het GO! en de politiezone Brussel-West in september drie keer samen",
 "schrijfgroep", 3, None, [], F,
 "bare head, no single owner printed or given (G8-1; dev-2024-12 R04 'schrijfgroep'); month only: no day"),
("W04", 1, "kwam op 4 november nog een vierde keer samen om de tekst af te werken",
 "schrijfgroep", None, None, ["2025-11-04"], F,
 "'Zij' = the schrijfgroep; separate sentence with a new day; ordinal 'een vierde keer' -> count null (gold5 bounded counts)"),
("W04", 1, "Het departement Onderwijs en Vorming ging op 7 oktober 2025 bovendien in overleg met de preventiedienst van de politiezone Montgomery",
 "departement OV", None, None, ["2025-10-07"], F,
 "two parties: the subject organisation is the body; the party after 'met' gets none (G9-2); gazetteer canonical"),
# near-miss: "Een gezamenlijke vorming ..., gepland op 20 november 2025, werd geannuleerd" -> training, cancelled
("W04", 1, "De volgende vergadering van het BNOS is gepland in maart 2026",
 "Brussels Netoverschrijdend Overleg Schoolveiligheid", None, None, [], T,
 "'vergadering van X' -> X (G8-3); planned, month only"),

# ============================ W05 3.1 ============================
("W05", 1, "Het Network of Prevent Policy Makers (NPPM) van de Europese Commissie kwam op 1 en 2 juli 2025 samen in Kopenhagen",
 "Network of Prevent Policy Makers", None, None, ["2025-07-01", "2025-07-02"], F,
 "named body (cross-round name); 'op 1 en 2 juli' an enumeration of two days"),
# near-miss: "Binnen de NTF werd afgesproken dat ..." -> no meeting stated (README near-miss)
("W05", 1, "Het NPPM komt tweemaal per jaar samen; een volgende bijeenkomst is gepland in het voorjaar van 2026",
 "Network of Prevent Policy Makers", None, "tweemaal per jaar", [], T,
 "frequency + future next meeting in one sentence: one record, planned (G9-8); season, no day"),
("W05", 1, "De projectgroep 'Lokale besturen' van de EU Knowledge Hub on Prevention of Radicalisation, waarin de VVSG namens België zetelt, vergaderde tweemaal online",
 "projectgroep Lokale besturen", 2, None, [], F,
 "name of its own drops its 'van'-tail (gold7 Owner; cf. dev-2024-12 R05 'projectgroep Lokale coördinatie')"),
# near-miss: "nam ... deel aan een werkbezoek aan Aarhus" -> visit; "volgde ... een webinar" -> event
("W05", 2, "nam deel aan de bijeenkomst van de werkgroep 'Education' van de Knowledge Hub in Lissabon op 25 en 26 september 2025",
 "werkgroep Education", None, None, ["2025-09-25", "2025-09-26"], F,
 "host body with days (gold5; dev-2024-12 R05 e2 'werkgroep Education')"),
("W05", 2, "Deze groep komt vier keer per jaar samen, afwisselend online en fysiek",
 "werkgroep Education", None, "vier keer per jaar", [], F,
 "separate sentence: the body's own frequency"),
# near-miss: "Een door de werkgroep geplande Peer Learning Activity in Tallinn werd uitgesteld" -> event, postponed
# near-miss: "worden netoverschrijdend gedeeld via de werkgroep radicalisering van het departement" -> instrumental 'via', no meeting time
# near-miss: "was ... vertegenwoordigd op de Europese jeugdwerkconferentie 'Common Ground'" -> conference
("W05", 3, "zaten De Ambrassade, Uit De Marge en de afdeling Jeugd op 14 oktober 2025 samen",
 "De Ambrassade", None, None, ["2025-10-14"], F, "coordinated subject (G9-2): one record per named organisation"),
("W05", 3, "zaten De Ambrassade, Uit De Marge en de afdeling Jeugd op 14 oktober 2025 samen",
 "Uit de Marge", None, None, ["2025-10-14"], F, "G9-2; gazetteer canonical 'Uit de Marge'"),
("W05", 3, "zaten De Ambrassade, Uit De Marge en de afdeling Jeugd op 14 oktober 2025 samen",
 "afdeling Jeugd", None, None, ["2025-10-14"], F, "G9-2; gazetteer canonical"),
# near-miss: "Een tweede voorbereidend overleg was niet meer nodig" -> not held
("W05", 3, "De jeugdwerkorganisaties van de Vlaams-Nederlandse werkgroep 'Jeugdwerk en polarisatie' ontmoetten elkaar op 2 september 2025 in Breda",
 "Vlaams-Nederlandse werkgroep Jeugdwerk en polarisatie", None, None, ["2025-09-02"], F,
 "the members of a named group met: the group they meet in is named (G11-1 exception); name as printed, quotes dropped [J8]"),

# ============================ W06 4.3 ============================
# near-miss: helpdesk figures -> no meeting
("W06", 1, "De werkgroep radicalisering en polarisering van de VVSG, die elke drie maanden samenkomt, vergaderde op 19 juni en 25 september 2025",
 "werkgroep radicalisering en polarisering VVSG", None, "elke drie maanden", ["2025-06-19", "2025-09-25"], F,
 "lower-case topic keeps its owner after the name (gold7); frequency + dates one record"),
("W06", 1, "De volgende bijeenkomst staat gepland op 11 december 2025 in Mechelen",
 "werkgroep radicalisering en polarisering VVSG", None, None, ["2025-12-11"], T,
 "separate sentence, planned (after 2025-12-01)"),
# near-miss: "De provinciale overlegplatformen werden verdergezet:" -> no meeting time
("W06", 1, "het provinciaal platform in Limburg kwam op 3 juli en 6 november 2025 samen in Hasselt",
 "provinciaal platform Limburg", None, None, ["2025-07-03", "2025-11-06"], F,
 "no name or owner, one territory after the head (G9-5; its own example 'provinciaal platform Oost-Vlaanderen'); Hasselt is the venue"),
# near-miss: "in Oost-Vlaanderen zaten de lokale radicaliseringsambtenaren, de justitiehuizen en de politiezones op 18 september
#            2025 rond de tafel" -> people and generic collectives meeting, no group noun in the statement, no organiser
#            (G11-1; dev-2024-12 adj. Q2) [J9]
("W06", 1, "het overlegplatform Vlaams-Brabant werd op 9 oktober 2025 door de gouverneur samengeroepen",
 "overlegplatform Vlaams-Brabant", None, None, ["2025-10-09"], F,
 "'werd samengeroepen' = met; the gouverneur is a person, no owner (G8-1); cf. dev-2024-12 R08"),
("W06", 1, "in de regio Kempen kwamen de lokale besturen tweemaandelijks bijeen in het regionaal overleg in Geel",
 "regionaal overleg Kempen", None, "tweemaandelijks", [], F,
 "meeting noun with a classifying adjective = standing consultation, itself the body (G9-7; G10-1 defers to it); "
 "territory 'regio Kempen' (G9-5), Geel read as its venue [J10]"),
# near-miss: "in West-Vlaanderen werd het platform niet samengeroepen" -> not held
("W06", 1, "De intervisiegroep voor casemanagers kwam vijfmaal samen (12/6, 10/7, 11/9, 16/10 en 20/11/2025)",
 "intervisiegroep casemanagers", 5, None, ["2025-06-12", "2025-07-10", "2025-09-11", "2025-10-16", "2025-11-20"], F,
 "named group, meeting predicate (gold5 intervisie); cross-round name; year of the list from its last date"),
# near-miss: "organiseerde de VVSG in Leuven de studiedag" -> event; "gaf de VVSG ook een toelichting op een infosessie" -> event
("W06", 2, "De stuurgroep van het VVSG-project, waarin ABB en de VVSG vertegenwoordigd zijn, komt jaarlijks samen om het werkplan te evalueren",
 "stuurgroep VVSG-project", None, "jaarlijks", [], F,
 "bare head + 'van'-complement as printed (gold7; G8-2 gives no project name: the item names the project only as 'het VVSG-project')"),
("W06", 2, "Dat gebeurde op 30 oktober 2025",
 "stuurgroep VVSG-project", None, None, ["2025-10-30"], F,
 "follow-up sentence with a new day: separate record (dev-2024-12 R19 'gebeurde dat op')"),
# near-miss: "onderhoudt de VVSG contacten met zusterorganisaties" -> no meeting
("W06", 2, "Met de Nederlandse VNG en de Zweedse SALAR werd op 27 juni 2025 in Den Haag overlegd",
 "VNG", None, None, ["2025-06-27"], F, "'werd overlegd met' two named organisations (G8-4): one record each"),
("W06", 2, "Met de Nederlandse VNG en de Zweedse SALAR werd op 27 juni 2025 in Den Haag overlegd",
 "SALAR", None, None, ["2025-06-27"], F, "G8-4"),
("W06", 2, "Het Benelux-overleg lokale preventie, dat tweemaal per jaar wordt georganiseerd, ging op 20 november 2025 door in Luxemburg",
 "Benelux-overleg lokale preventie", None, "tweemaal per jaar", ["2025-11-20"], F,
 "named standing consultation; 'ging door' on a day; frequency + day one record"),
# near-miss: "De geplande uitwisseling met de stad Rotterdam werd naar 2026 verschoven" -> postponed (G8-6)
("W06", 2, "Het lokaal netwerk van de gemeente Zele rond polarisering, dat de VVSG mee heeft opgezet, kwam sinds de zomer tweemaal samen",
 "lokaal netwerk polarisering gemeente Zele", 2, None, [], F,
 "bare head with lower-case topic keeps its owner after the name (gold7; G9-3 municipality canonical 'gemeente Zele'); "
 "co-founder VVSG no owner; 'rond' a linking word [J11]"),

# ============================ W07 4.7 ============================
# near-miss: "Het hulplijnenoverleg, waarin ... vertegenwoordigd zijn, vond plaats op 26 juni en 13 november 2025" and
#            "Het overleg wordt zesmaandelijks georganiseerd" -> 'hulplijnenoverleg' stays generic (gold5; dev-2024-12 R10) [J12]
("W07", 1, "Tussen het Netwerk Islamexperten en de Opvoedingslijn was er daarnaast maandelijks casusoverleg",
 "Netwerk Islamexperten", None, "maandelijks", [], F,
 "symmetric 'overleg tussen' two named organisations (G9-2); not the hulplijnenoverleg noun"),
("W07", 1, "Tussen het Netwerk Islamexperten en de Opvoedingslijn was er daarnaast maandelijks casusoverleg",
 "Opvoedingslijn", None, "maandelijks", [], F, "G9-2"),
("W07", 2, "Tussen het aanspreekpunt radicalisering en de referentiepersonen radicalisering van de onderwijsverstrekkers, het GO! en de CLB-netten werd maandelijks overlegd",
 "referentiepersonen radicalisering", None, "maandelijks", [], F,
 "table body (meeting_bodies.jsonl); the aanspreekpunt is a function (dev-2024-12 R10 e2)"),
# near-miss: "Op 30 september 2025 werd overlegd met de LOP-deskundigen van Antwerpen en Gent" -> overleg with persons (gold5) [J2]
("W07", 2, "Het aanspreekpunt lichtte op 6 november 2025 het actieplan toe op de algemene vergadering van de onderwijsinspectie",
 "onderwijsinspectie", None, None, ["2025-11-06"], F,
 "host body: 'algemene vergadering van X' -> X (G8-3; dev-2024-12 R10 e2)"),
# near-miss: "werd op 21 oktober 2025 ... een vormingsmoment georganiseerd" -> training
("W07", 3, "Het sectoroverleg jeugd, dat de afdeling Jeugd organiseert met De Ambrassade, Formaat, JES, Uit De Marge en een aantal lokale jeugdwerkingen, kwam samen op 5 juni en 16 oktober 2025",
 "sectoroverleg", None, None, ["2025-06-05", "2025-10-16"], F,
 "plainly the table's sectoroverleg (same lead, same members): table name (G8-5)"),
# near-miss: "Op het overleg van 16 oktober stond ..." -> back-reference, day already recorded
# near-miss: "De coordinatoren ... kwamen bovendien samen in een intervisiegroep rond polarisering, begeleid door JES" -> no time
#            (describes the group; the count follows in the next sentence)
("W07", 3, "Die groep zat in de rapporteringsperiode viermaal samen",
 "intervisiegroep polarisering coördinatoren", 4, None, [], F,
 "G10-1: members as subject meeting in an unnamed group head -> Y's words + members' noun (van-tail dropped); "
 "'begeleid door JES' no owner (G10 lead decision 1); later bare mention 'Die groep' [J13]"),

# ============================ W08 5.3 ============================
("W08", 1, "De opvolgingsgroep van het project vergaderde op 8 juli 2025",
 "opvolgingsgroep Theologische aanpak islamitische radicalisering", None, None, ["2025-07-08"], F,
 "G8-2: 'van het project' -> the project's name (cf. dev-2024-12 R12 begeleidingscomité)"),
# near-miss: "De vergadering die gepland was op 14 oktober werd uitgesteld" -> postponed (G8-6)
("W08", 1, "De gescreende islamdeskundigen die in het project actief zijn, treffen elkaar om de zes weken in een intervisiegroep",
 "intervisiegroep islamdeskundigen", None, "om de zes weken", [], F,
 "G10-1 (members as subject in an unnamed intervisiegroep); participle 'gescreende' not kept (story adjective, G9-1 kind), "
 "same body and name as dev-2023-12 Q12 / dev-2024-12 R12; 'onder begeleiding van een psycholoog' no owner [J14]"),
("W08", 1, "Het Platform en het EMB overlegden op 2 september 2025",
 "Platform van Vlaamse Imams en Moslimdeskundigen", None, None, ["2025-09-02"], F,
 "coordinated subject (G9-2); 'Het Platform' here is the short form of the Platform van Vlaamse Imams en Moslimdeskundigen named "
 "in full in this entry (D4), not the VPR [J15]"),
("W08", 1, "Het Platform en het EMB overlegden op 2 september 2025",
 "EMB", None, None, ["2025-09-02"], F, "G9-2"),
# near-miss: "ging in Antwerpen een colloquium door" -> event

# ============================ W09 5.5 ============================
("W09", 1, "De stuurgroep CONNECT, met vertegenwoordigers van het departement Onderwijs en Vorming, de vier onderwijsverstrekkers en Arktos, kwam samen op 17 juni en 14 oktober 2025",
 "stuurgroep CONNECT", None, None, ["2025-06-17", "2025-10-14"], F, "named body, cross-round name"),
# near-miss: "Tijdens de vergadering van 17 juni werd ..." -> back-reference, day already recorded
("W09", 1, "Het interventieteam van Arktos, dat de tussenkomsten in de scholen coördineert, komt wekelijks samen",
 "interventieteam Arktos", None, "wekelijks", [], F, "bare head keeps its owner (gold7)"),
# near-miss: "De coaches treffen elkaar daarnaast maandelijks voor casusbespreking" -> people without a group noun, no
#            organisation printed as placing them (G11-1) [J16]
("W09", 1, "Arktos stemde in september en oktober af met het Onderwijscentrum Brussel",
 "Arktos", None, None, [], F,
 "split 'stemde ... af met' = overleg (G8-4); the subject organisation is the body (two-parties rule, G9-2); months only"),
("W09", 1, "De Brusselse begeleidingsgroep van CONNECT, die de aanmeldingen van Brusselse scholen screent, zat in oktober en november twee keer samen",
 "Brusselse begeleidingsgroep CONNECT", 2, None, [], F,
 "adjective as printed (gold7), owner = the project CONNECT (G8-2 analogue of 'stuurgroep CONNECT')"),
# near-miss: "organiseerde Arktos ... een inspiratienamiddag" -> event

# ============================ W10 5.7 ============================
("W10", 1, "De begeleidingsgroep van de oproep, samengesteld uit medewerkers van het departement, een pedagogisch begeleider per onderwijsverstrekker en twee externe experten, vergaderde driemaal: op 20 juni, 29 augustus en 7 november 2025",
 "begeleidingsgroep oproep", 3, None, ["2025-06-20", "2025-08-29", "2025-11-07"], F,
 "bare head + van-complement as printed; G8-2 covers projects only (dev-2024-12 R24 'begeleidingsgroep oproep')"),
("W10", 1, "Op 12 september 2025 bracht zij de projectpromotoren samen voor een tussentijdse uitwisseling in Brussel",
 "begeleidingsgroep oproep", None, None, ["2025-09-12"], F,
 "G9-4: X brought Y together in a meeting noun (uitwisseling) -> a meeting; no own name -> the organiser X [J17]"),
# near-miss: "In oktober werd een lerend netwerk van de projectscholen opgericht" -> set-up
("W10", 1, "De eerste bijeenkomst is voorzien op 22 januari 2026",
 "lerend netwerk projectscholen", None, None, ["2026-01-22"], T,
 "'bijeenkomst' of the network named just before; planned first meeting (cf. dev-2022-12 M18) [J18]"),
("W10", 1, "In Limburg en West-Vlaanderen werden daarnaast regionale uitwisselingsgroepen van projectscholen gevormd, die elk om de acht weken samenkomen",
 "regionale uitwisselingsgroepen projectscholen Limburg en West-Vlaanderen", None, "om de acht weken", [], F,
 "definite set named as one whole, distributive 'elk' (G9-6; dev-2024-12 adj. #6); collective as printed with its places [J19]"),
# near-miss: "bood vzw Herstelkracht ... een tweedaagse training ... aan" -> training

# ============================ W11 6.1 ============================
# near-miss: LIVC inventory figures -> no meeting
("W11", 1, "Het LIVC van de stad Lier, dat tweemaandelijks samenkomt, vergaderde sinds juni drie keer",
 "LIVC stad Lier", 3, "tweemaandelijks", [], F, "G9-3 (Lier has the title stad); frequency + count one record"),
("W11", 1, "het LIVC-R Noorderkempen, dat op 25 september 2025 voor het eerst werd bijeengeroepen",
 "LIVC-R Noorderkempen", None, None, ["2025-09-25"], F,
 "name of its own (several municipalities, no single owner); 'voor het eerst werd bijeengeroepen' = first meeting (set-up exception)"),
# near-miss: "Deze cel werd in april en mei 2025 voorbereid in een reeks gesprekken tussen de drie burgemeesters" -> persons,
#            before the period (G11-2)
("W11", 1, "Het overleg tussen ABB, de VVSG en de FOD Binnenlandse Zaken over de actualisering van de handleiding LIVC vond plaats op 10 juni en 4 september 2025",
 "ABB", None, None, ["2025-06-10", "2025-09-04"], F, "symmetric 'overleg tussen' (G9-2): one record per named organisation"),
("W11", 1, "Het overleg tussen ABB, de VVSG en de FOD Binnenlandse Zaken over de actualisering van de handleiding LIVC vond plaats op 10 juni en 4 september 2025",
 "VVSG", None, None, ["2025-06-10", "2025-09-04"], F, "G9-2"),
("W11", 1, "Het overleg tussen ABB, de VVSG en de FOD Binnenlandse Zaken over de actualisering van de handleiding LIVC vond plaats op 10 juni en 4 september 2025",
 "FOD Binnenlandse Zaken", None, None, ["2025-06-10", "2025-09-04"], F, "G9-2"),
("W11", 1, "De LIVC's van Ieper, Poperinge en Diksmuide kwamen elk minstens eenmaal per kwartaal samen",
 "LIVC's Ieper, Poperinge en Diksmuide", None, "minstens eenmaal per kwartaal", [], F,
 "definite set named as one whole, distributive 'elk' (G9-6 own example; dev-2024-12 adj. #6); collective as printed; "
 "bound kept in the frequency (gold5) [J20]"),
# near-miss: "In het Waasland is er tweemaandelijks overleg tussen de LIVC-coordinatoren van Sint-Niklaas, Temse en Beveren"
#            -> persons meeting in a bare 'overleg', several municipalities, no organiser (G11-1, its 2nd example) [J21]
# near-miss: "organiseerde ABB samen met de VVSG ... een opleidingsdag" -> training
# near-miss: "Daarvoor werd een schrijfgroep samengeroepen met vertegenwoordigers van ..." -> convening/composition without a
#            time; the count follows in the next sentence (not a second record)
("W11", 2, "De schrijfgroep kwam tussen juli en oktober viermaal bijeen",
 "schrijfgroep Opgroeien", 4, None, [], F,
 "bare head takes as owner the one organisation the text gives as convening it (G8-1: 'Het Agentschap Opgroeien actualiseerde ... "
 "Daarvoor werd een schrijfgroep samengeroepen'); cross-round canonical 'Opgroeien' [J22]"),
# near-miss: "In overleg met het OCAD werd beslist" -> adverbial
("W11", 3, "De werkgroep 'Deontologisch kader' hield op 9 september 2025 een laatste vergadering",
 "werkgroep Deontologisch kader", None, None, ["2025-09-09"], F,
 "'hield een vergadering' on a day; name of its own, quotes dropped"),
# near-miss: "Het kader werd op 23 oktober voorgesteld ... tijdens een online infosessie" -> event
# near-miss: "werden wijkgerichte overlegtafels ... opgezet" -> set-up
("W11", 3, "De groep in Mechelen kwam als eerste samen, op 8 juli 2025",
 "wijkgerichte overlegtafel Mechelen", None, None, ["2025-07-08"], F,
 "later bare mention of one of the overlegtafels, placed in one territory (G9-5; dev-2024-12 'lotgenotengroep Vilvoorde')"),
("W11", 3, "in Gent en Antwerpen zaten de tafels sindsdien elk twee keer samen",
 "wijkgerichte overlegtafels Gent en Antwerpen", 2, None, [], F,
 "second body of the same sentence (one record per body); distributive definite set (G9-6; dev-2024-12 adj. #6)"),

# ============================ W12 6.3 ============================
("W12", 1, "Het structureel bovenlokaal overleg met DG EPI kwam in de rapporteringsperiode tweemaal samen, op 1 juli en 7 oktober 2025",
 "structureel bovenlokaal overleg", 2, None, ["2025-07-01", "2025-10-07"], F,
 "G9-7 standing consultation, 'met'-tail dropped; cross-round name"),
# near-miss: "Tijdens het overleg van 7 oktober ..." -> back-reference, day already recorded
("W12", 1, "In de gevangenissen van Hasselt, Brugge en Haren zitten de consultants maandelijks samen met de psychosociale dienst en de justitiehuizen in een lokaal trajectoverleg",
 "lokaal trajectoverleg gevangenissen Hasselt, Brugge en Haren", None, "maandelijks", [], F,
 "meeting noun with classifying adjective = the body (G9-7, G10-1 defers); one per prison: definite set (G9-6; dev-2023-12 Q17, "
 "dev-2024-12 R16), head as printed"),
("W12", 1, "dit uitgebreide overleg ging voor het eerst door op 23 september 2025",
 "lokaal trajectoverleg gevangenis Haren", None, None, ["2025-09-23"], F,
 "the Haren trajectoverleg (G9-5, as dev-2024-12 'lokaal afstemmingsoverleg gevangenis Haren'); 'uitgebreide' only places it in the story (G9-1)"),
# near-miss: "De ambtelijke werkgroep disengagement ... kwam in deze periode niet samen" -> not held
# near-miss: "brachten de consultants wel een werkbezoek" -> visit
("W12", 1, "De volgende bijeenkomst van het bovenlokaal overleg staat gepland op 20 januari 2026",
 "structureel bovenlokaal overleg", None, None, ["2026-01-20"], T, "planned; fullest mention in the item"),

# ============================ W13 6.5 ============================
("W13", 1, "Over die aanstelling werd op 12 juni 2025 vergaderd met de directie van de campus en het EMB",
 "EMB", None, None, ["2025-06-12"], F,
 "'werd vergaderd met' a named organisation (G8-4); 'de directie van de campus' read as the campus management (persons) [J23]"),
("W13", 1, "Het overleg tussen de moslimconsulenten, het EMB en de centrale administratie van de afdeling Gemeenschapsinstellingen kwam op 3 juli 2025 samen",
 "EMB", None, None, ["2025-07-03"], F,
 "symmetric 'overleg tussen' (G9-2); bare overleg is no body of its own (G9-7); consulenten are persons"),
("W13", 1, "Het overleg tussen de moslimconsulenten, het EMB en de centrale administratie van de afdeling Gemeenschapsinstellingen kwam op 3 juli 2025 samen",
 "afdeling Gemeenschapsinstellingen", None, None, ["2025-07-03"], F,
 "G9-2; 'centrale administratie van de afdeling' -> the afdeling (dev-2024-12 R17)"),
("W13", 1, "Dat overleg zal voortaan halfjaarlijks plaatsvinden; de volgende ontmoeting is gepland in januari 2026",
 "EMB", None, "halfjaarlijks", [], T, "same overleg, future frequency + next meeting (G9-8), per party (dev-2023-12 Q17 e2)"),
("W13", 1, "Dat overleg zal voortaan halfjaarlijks plaatsvinden; de volgende ontmoeting is gepland in januari 2026",
 "afdeling Gemeenschapsinstellingen", None, "halfjaarlijks", [], T, "G9-8, G9-2"),
("W13", 1, "Het directieteam van de afdeling Gemeenschapsinstellingen valideerde het geactualiseerde afsprakenkader op zijn vergadering van 9 september 2025",
 "directieteam afdeling Gemeenschapsinstellingen", None, None, ["2025-09-09"], F,
 "G9-10: a dated act where the text names the body's meeting ('op zijn vergadering van'); bare head keeps its owner"),
# near-miss: "De consulenten volgden ... een vorming ... en ontmoetten elkaar op 28 november op de netwerkdag" -> training; group
#            meeting at an event

# ============================ W14 7.1 ============================
("W14", 1, "Dit comité kwam op 4 juli en 24 oktober 2025 bijeen",
 "wetenschappelijk comité", None, None, ["2025-07-04", "2025-10-24"], F,
 "back-reference to 'een wetenschappelijk comité'; no van-complement, no owner named (G8-1), stays as printed"),
# near-miss: "Het was al eerder, op 14 maart 2025, samengekomen" -> meeting of an earlier period as background (G11-2)
# near-miss: "werden op 25 november 2025 voorgesteld op een studievoormiddag" -> event
("W14", 1, "Daarnaast zat het Vlaams Vredesinstituut op 8 oktober 2025 rond de tafel met de aanspreekpunten van het Platform",
 "Vlaams Vredesinstituut", None, None, ["2025-10-08"], F,
 "two parties: the subject organisation is the body; the functions met are none"),
# near-miss: "De afdeling Justitiehuizen zetelt in het opvolgingscomité van het project" -> composition
("W14", 2, "Het comité vergaderde één keer, op 12 september 2025",
 "opvolgingscomité DETOUR", 1, None, ["2025-09-12"], F,
 "G8-2: 'opvolgingscomité van het project' -> the project's name (BRAIN-be-project DETOUR); 'één keer' a cardinal count"),

# ============================ W15 10.1 ============================
("W15", 1, "Het netwerk van referentieconsulenten komt tweemaandelijks samen voor intervisie en casusbespreking; in de rapporteringsperiode gebeurde dat op 19 juni, 21 augustus en 23 oktober 2025",
 "netwerk referentieconsulenten", None, "tweemaandelijks", ["2025-06-19", "2025-08-21", "2025-10-23"], F,
 "bare head + van-complement as its name (gold7); one sentence: frequency + dates one record (dev-2023-12 adj. #12) [J24]"),
("W15", 1, "Het teamoverleg van de consultteams in de regio's Limburg en Antwerpen besprak op 14 november 2025 de nieuwe registratierichtlijnen",
 "consultteam Limburg", None, None, ["2025-11-14"], F,
 "overleg of an owner -> the owner (G9-7), a meeting noun acting on a day (G9-10); two teams named by place in the same role: one "
 "record each (G9-2; dev-2024-12 adj. #3) [J25]"),
("W15", 1, "Het teamoverleg van de consultteams in de regio's Limburg en Antwerpen besprak op 14 november 2025 de nieuwe registratierichtlijnen",
 "consultteam Antwerpen", None, None, ["2025-11-14"], F, "G9-7, G9-2 [J25]"),
("W15", 1, "De consultteams van Oost- en West-Vlaanderen hielden op 5 september een gezamenlijke teamvergadering",
 "consultteam Oost-Vlaanderen", None, None, ["2025-09-05"], F,
 "coordinated parties holding a joint meeting (G9-2), each by its place (G9-5) [J25]"),
("W15", 1, "De consultteams van Oost- en West-Vlaanderen hielden op 5 september een gezamenlijke teamvergadering",
 "consultteam West-Vlaanderen", None, None, ["2025-09-05"], F, "G9-2 [J25]"),
# near-miss: "De referentie-justitieassistenten ... kwamen op 11 september 2025 samen voor hun jaarlijkse terugkomdag" -> event day;
#            persons without a group (G11-1)
# near-miss: "Voor de referentiepersonen van de CAW's werd het lerend netwerk verdergezet" -> continuation, no time
("W15", 1, "Dit netwerk, getrokken door het CAW Antwerpen, vergaderde op 2 oktober 2025 in Mechelen",
 "lerend netwerk CAW Antwerpen", None, None, ["2025-10-02"], F,
 "bare head takes the one organisation that runs it ('getrokken door', G8-1; dev-2024-12 R21 OHB) [J26]"),
# near-miss: "Een gezamenlijke vormingsdag ..., gepland op 27 november 2025, werd afgelast" -> training, cancelled

# ============================ W16 11.1 ============================
("W16", 1, "De stuurgroep van het vormingsaanbod, waarin het Agentschap, Atlas, het EMB en het Overleg Moskeebesturen Vlaanderen (OMV) zetelen, kwam op 25 juni 2025 bijeen",
 "stuurgroep vormingsaanbod", None, None, ["2025-06-25"], F,
 "bare head + van-complement as printed (gold7); composition clause dropped"),
# near-miss: "Een tweede vergadering, voorzien op 1 oktober, ging niet door" -> not held
# near-miss: "De lesgevers maatschappelijke orientatie en NT2 pleegden ... overleg" -> persons, no group, no organiser (G11-1)
("W16", 1, "Het Agentschap Integratie en Inburgering overlegde op 21 oktober 2025 met ABB",
 "AgII", None, None, ["2025-10-21"], F, "two parties: the subject organisation is the body (gazetteer canonical); ABB after 'met' none"),
("W16", 1, "Het OMV hield op 4 oktober 2025 een algemene vergadering",
 "Overleg Moskeebesturen Vlaanderen", None, None, ["2025-10-04"], F,
 "G8-3: an organisation's algemene vergadering that decides nothing here -> the organisation (dev-extra D17); acronym -> its expansion"),

# ============================ W17 12.3 ============================
# near-miss: "De structurele samenwerking met Mediawijs werd verdergezet" -> no meeting
("W17", 1, "De redactieraad van het lespakket, met leerkrachten, pedagogisch begeleiders en een medewerker van het departement, kwam tweemaal samen (11 juni en 10 september 2025)",
 "redactieraad lespakket", 2, None, ["2025-06-11", "2025-09-10"], F,
 "bare head + van-complement as printed; G8-2 only for projects (gold8 notes: named non-projects stay as printed)"),
# near-miss: "Het lespakket werd ... gelanceerd met een webinar" -> event
("W17", 1, "Mediawijs en het departement Onderwijs en Vorming volgen de overeenkomst op in een opvolgingscomité dat per semester vergadert; de laatste vergadering vond plaats op 24 juni 2025",
 "opvolgingscomité", None, "per semester", ["2025-06-24"], F,
 "the comité meets; two organisations hold it, so no single owner and the head stays bare (G8-1); one sentence [J27]"),
("W17", 1, "Op 3 december 2025 zit het opvolgingscomité opnieuw samen",
 "opvolgingscomité", None, None, ["2025-12-03"], T, "planned (after 2025-12-01); separate sentence"),
# near-miss: "werd de werkgroep 'Haatspraak online' verdergezet" -> continuation, no time
("W17", 2, "De werkgroep vergaderde op 18 september en 20 november 2025",
 "werkgroep Haatspraak online", None, None, ["2025-09-18", "2025-11-20"], F,
 "back-reference to the werkgroep named just before; name of its own (owner Mediawijs not added)"),
("W17", 2, "Mediawijs overlegde daarnaast met de afdeling Media van het departement Cultuur, Jeugd en Media",
 "Mediawijs", None, None, [], F,
 "'overleg met ORGANISATIE' is a meeting even without a time (gold5); two parties: the subject organisation is the body"),
# near-miss: "ging in Brussel het Mediawijs-congres ... door" -> congress
# near-miss: "De werkgroep bereidt daarnaast ... voor" -> no meeting time

# ============================ W18 13.3 ============================
# near-miss: "Het departement Onderwijs en Vorming volgt de uitvoering op via tussentijdse rapporteringen in een stuurgroep" -> no time
# near-miss: "In het schooljaar 2024-2025 vergaderde die stuurgroep viermaal" -> count of the previous school year, mostly
#            before the period: background (G11-2; README near-miss) [J28]
("W18", 1, "Op 24 juni en 30 september 2025 zat de stuurgroep samen met de drie ouderkoepels",
 "stuurgroep departement OV", None, None, ["2025-06-24", "2025-09-30"], F,
 "owner by G8-1 (the departement follows up through it; dev-2022-12 M17, cross-round name); parties after 'met' none"),
# near-miss: "Op de vergadering van 30 september lichtten de koepels toe ..." -> back-reference, day already recorded
("W18", 1, "De volgende vergadering is gepland op 9 december 2025",
 "stuurgroep departement OV", None, None, ["2025-12-09"], T, "planned"),
# near-miss: "De ouderkoepels richtten in oktober 2025 een gezamenlijke werkgroep 'Ouders en polarisering' op" -> set-up
("W18", 1, "Deze werkgroep komt om de vier weken samen en vergaderde voor het eerst op 28 oktober 2025",
 "gezamenlijke werkgroep Ouders en polarisering", None, "om de vier weken", ["2025-10-28"], F,
 "name of its own with classifying adjective as printed (gold7/G9-1); frequency + first day one record"),
# near-miss: "organiseerden de ouderkoepels in Gent een ontmoetingsdag" -> event

# ============================ W19 13.5 ============================
("W19", 1, "Het panel kwam samen op 21 september en 16 november 2025 in Brussel",
 "jongerenpanel VSK", None, None, ["2025-09-21", "2025-11-16"], F,
 "bare head, owner = the organisation that set it up ('VSK richtte ... een jongerenpanel op', G8-1)"),
("W19", 1, "Ook het bestuur van VSK besprak de module, op zijn zitting van 8 oktober",
 "bestuur VSK", None, None, ["2025-10-08"], F,
 "G9-10: the text names the body's meeting ('op zijn zitting van'); bare head keeps its owner; year from context"),
("W19", 1, "Het departement Onderwijs en Vorming en VSK stemden driemaandelijks af over de voortgang van de detachering; dat gebeurde op 3 juli en 2 oktober 2025",
 "departement OV", None, "driemaandelijks", ["2025-07-03", "2025-10-02"], F,
 "coordinated subject (G9-2); one sentence: frequency + dates one record"),
("W19", 1, "Het departement Onderwijs en Vorming en VSK stemden driemaandelijks af over de voortgang van de detachering; dat gebeurde op 3 juli en 2 oktober 2025",
 "VSK", None, "driemaandelijks", ["2025-07-03", "2025-10-02"], F, "G9-2"),
("W19", 1, "De trajectbegeleiders van VSK zitten bovendien tweewekelijks samen in een teamoverleg",
 "VSK", None, "tweewekelijks", [], F,
 "meeting noun 'teamoverleg' (G10-1 defers to G8-3/G9-7); people of one organisation the text places them in -> that "
 "organisation (G11-1; dev-2024-12 R19 'Opgroeien') [J29]"),
# near-miss: "Na overleg met VSK koos het departement ervoor ..." -> adverbial to a decision, like 'in overleg met X werd beslist' [J30]
# near-miss: "vonden in vijf scholen inspiratieworkshops ... plaats" -> event

# ============================ W20 14.7 ============================
("W20", 1, "Het coördinatieoverleg Focus op Talent, waarin het departement Werk en Sociale Economie, de sociale partners en de eigenorganisaties vertegenwoordigd zijn, kwam op 18 juni en 15 oktober 2025 samen",
 "coördinatieoverleg Focus op Talent", None, None, ["2025-06-18", "2025-10-15"], F,
 "named standing consultation (G9-7); composition clause dropped"),
("W20", 1, "De werknemersorganisaties ACV, ABVV en ACLVB zaten daarnaast maandelijks samen in een interprofessionele werkgroep diversiteit",
 "interprofessionele werkgroep diversiteit werknemersorganisaties", None, "maandelijks", [], F,
 "G10-1 (a head with a lower-case topic has no name; members' noun added, apposition dropped: dev-2020-12 H20)"),
("W20", 1, "Opgericht in maart en sindsdien viermaal samengekomen, stuurt de redactiegroep van die campagne 'Talent telt' de getuigenissen van werknemers aan",
 "redactiegroep Talent telt", 4, None, [], F,
 "participial meeting statement; bare head + van-complement, the campaign by its name (type noun dropped, D1 analogue) [J31]"),
("W20", 1, "Het lerend netwerk van de ESF-projectpromotoren, dat door het ESF-Agentschap wordt getrokken, kwam op 4 november 2025 samen in Brussel",
 "lerend netwerk ESF-projectpromotoren ESF-Agentschap", None, None, ["2025-11-04"], F,
 "head + lower-case complement keeps the owner that runs it ('getrokken door', G8-1; dev-2024-12 R21); register names "
 "are canonicalised as printed [J32]"),
("W20", 1, "Het Minderhedenforum overlegde op 9 oktober 2025 met VOKA",
 "Minderhedenforum", None, None, ["2025-10-09"], F, "two parties: the subject organisation is the body; VOKA after 'met' none"),
("W20", 1, "Met GRIP werd op 2 september afgestemd over de toegankelijkheid van de campagne",
 "GRIP", None, None, ["2025-09-02"], F, "'afgestemd met ORGANISATIE' = overleg met (G8-4), passive: the named organisation"),
# near-miss: "organiseerde UNIZO voor zaakvoerders een infosessie" -> event
]

KEYS = ["item", "action_id", "where", "entry_no", "raw", "body", "count", "frequency", "dates", "planned"]
# planned true although no day after the report date: stated as future
FUTURE_WORDS = re.compile(r"\b(zal|zullen|gepland|voorzien|staat gepland|is gepland|opnieuw samen)\b")


def main():
    items = {}
    with open(TEXT, encoding="utf-8") as fh:
        for line in fh:
            it = json.loads(line)
            items[it["item"]] = it
    problems = []
    out = []
    for rec in R:
        if len(rec) != 9:
            problems.append(f"bad tuple {rec[:3]}")
            continue
        item, entry_no, raw, body, count, freq, dates, planned, reason = rec
        it = items.get(item)
        if it is None:
            problems.append(f"{item}: unknown item")
            continue
        if entry_no is None:
            field = it["description"]
            where = "description"
        else:
            ents = [e for e in it["entries"] if e["entry_no"] == entry_no]
            if not ents:
                problems.append(f"{item} e{entry_no}: no such entry")
                continue
            field = ents[0]["description"]
            where = "entry"
        if raw not in field:
            problems.append(f"{item} e{entry_no}: raw not a substring: {raw[:70]!r}")
        if "<" in raw or ">" in raw:
            problems.append(f"{item} e{entry_no}: raw holds a tag: {raw[:70]!r}")
        if raw != raw.strip():
            problems.append(f"{item}: raw has outer whitespace")
        if not body or body != body.strip():
            problems.append(f"{item}: bad body {body!r}")
        if count is not None and (not isinstance(count, int) or count < 1):
            problems.append(f"{item}: bad count {count!r}")
        for d in dates:
            try:
                dd = datetime.date.fromisoformat(d)
                if dd.isoformat() != d:
                    raise ValueError
            except ValueError:
                problems.append(f"{item}: bad date {d!r}")
                continue
            if not ("2025-06-01" <= d <= "2026-12-31"):
                problems.append(f"{item}: date outside the period or the plans: {d}")
        if dates != sorted(dates) or len(set(dates)) != len(dates):
            problems.append(f"{item}: dates not sorted/unique {dates}")
        if not isinstance(planned, bool):
            problems.append(f"{item}: planned not bool")
        after = [d for d in dates if d > REPORT_DATE]
        if after and not planned:
            problems.append(f"{item}: date after report date but planned false: {raw[:60]!r}")
        if planned and dates and not after:
            problems.append(f"{item}: planned true with only past dates: {raw[:60]!r}")
        if planned and not dates and not FUTURE_WORDS.search(raw):
            problems.append(f"{item}: planned true without future wording: {raw[:60]!r}")
        if not planned and FUTURE_WORDS.search(raw) and not after:
            # the only allowed case: a frequency statement that is not about the future
            problems.append(f"{item}: future wording but planned false: {raw[:60]!r}")
        if not reason:
            problems.append(f"{item}: no reason")
        out.append({"item": item, "action_id": it["action_id"], "where": where, "entry_no": entry_no,
                    "raw": raw, "body": body, "count": count, "frequency": freq, "dates": dates,
                    "planned": planned})
    # duplicates (same item, raw, body)
    seen = set()
    for o in out:
        k = (o["item"], o["entry_no"], o["raw"], o["body"])
        if k in seen:
            problems.append(f"duplicate record {k}")
        seen.add(k)
    with open(OUT, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    # re-parse
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(l) for l in fh]
    if back != out:
        problems.append("output does not re-parse to the same records")
    for b in back:
        if list(b.keys()) != KEYS:
            problems.append(f"key order {list(b.keys())}")
    per_item = {}
    for o in out:
        per_item[o["item"]] = per_item.get(o["item"], 0) + 1
    print(f"records: {len(out)}  planned: {sum(o['planned'] for o in out)}")
    print("per item:", ", ".join(f"{k} {v}" for k, v in sorted(per_item.items())))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("checks: all raws exact substrings of their field, no tags, dates valid ISO days, planned consistent, "
          "key order, output re-parses: OK")


if __name__ == "__main__":
    main()
