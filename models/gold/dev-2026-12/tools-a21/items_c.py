"""Batch c: items Y13-Y17 (dev-2026-12 meetings, annotator a21, blind). Tuples: see common.py."""
from common import F, T

OMS = "Observatorium Maatschappelijke Spanning"
EJE = "Expertisepunt Jeugdhulp en Extremisme"
PARTNER_OVL = "regionaal partneroverleg VDAB Oost-Vlaanderen"

R = [
# ============================ Y13 5.9 ============================
# near-miss: "werden 64 jongeren toegeleid via de partnerwerking met Trajectbureau Werkkracht vzw" -> cooperation, no meeting
("Y13", 1, "De VDAB-bemiddelaars met een referentierol rond radicalisering kwamen op 22 juni en 19 oktober 2026 samen in Gent voor casusbespreking",
 "VDAB", None, None, ["2026-06-22", "2026-10-19"], F,
 "people without a group noun, all placed in one organisation by the text ('VDAB-bemiddelaars'): that organisation (G11-1 "
 "exception, dev-2024-12 R19 'Opgroeien'; dev-2025-12 J29 'VSK') [D28]"),
("Y13", 1, "Het regionaal partneroverleg van VDAB Oost-Vlaanderen, waarin ook Trajectbureau Werkkracht en de sociale werkplaats Atelier Kruispunt cv vertegenwoordigd zijn, vergaderde op 24 juni en 23 september",
 PARTNER_OVL, None, None, ["2026-06-24", "2026-09-23"], F,
 "a standing consultation with a classifying adjective and members beyond its owner: head kept with its owner after it (gold7), "
 "not G9-7's owner's internal overleg [D29]"),
("Y13", 1, "het volgende overleg is gepland op 16 december 2026",
 PARTNER_OVL, None, None, ["2026-12-16"], T,
 "clause of the same sentence split off because it differs in planned (gold5)"),
# near-miss: "Voor de provincie Antwerpen werd een gelijkaardig partneroverleg opgestart" -> set-up
("Y13", 1, "het kwam op 5 november een eerste keer bijeen in Mechelen",
 "partneroverleg provincie Antwerpen", None, None, ["2026-11-05"], F,
 "the new partneroverleg met: set-up exception (gold5); no name or owner printed: its one territory (G9-5); 'gelijkaardig' a "
 "story adjective (G9-1); Mechelen the venue; 'een eerste keer' ordinal -> count null [D29]"),
("Y13", 1, "Ook werd afgestemd met de lokale besturen van Vilvoorde en Machelen: de jobcoaches van VDAB en de trajectbegeleiders van de stad Vilvoorde zaten in juli en oktober samen",
 "stad Vilvoorde", None, None, [], F,
 "'afgestemd met X' = overleg met X: one record per named organisation (G8-4); municipalities as organisations (stad Vilvoorde); "
 "the persons after the colon are no body (G11-1); months only [D30]"),
("Y13", 1, "Ook werd afgestemd met de lokale besturen van Vilvoorde en Machelen: de jobcoaches van VDAB en de trajectbegeleiders van de stad Vilvoorde zaten in juli en oktober samen",
 "gemeente Machelen", None, None, [], F, "second named municipality (G8-4); Machelen has no city title [D30]"),
("Y13", 1, "In Gent en Aalst overleggen de VDAB-teams en de trajectbegeleiders van de OCMW's om de zes weken",
 "VDAB-teams Gent en Aalst", None, "om de zes weken", [], F,
 "a definite set of teams in two named places (G9-6), compound with acronym as printed (gold7); the OCMW's staff are persons of a "
 "generic collective: none (G12-5) [D15]"),
# near-miss: "Met vzw Talentbrug en het rekruteringskantoor bv Gelijkwerk HR werden afspraken gemaakt" -> agreements, no meeting stated
# near-miss: "De bemiddelaars volgden op 10 en 11 september een tweedaagse vorming" -> training

# ============================ Y14 6.1 ============================
# near-miss: "Volgens de inventaris van de FOD Binnenlandse Zaken van 30 september 2026 ..." -> no meeting
("Y14", 1, "De LIVC's van Maaseik, Dilsen-Stokkem en Kinrooi kwamen in de rapporteringsperiode maandelijks samen, met uitzondering van augustus",
 "LIVC's Maaseik, Dilsen-Stokkem en Kinrooi", None, "maandelijks", [], F,
 "definite set named as one whole: one record, the collective as printed (G9-6; dev-2025-12 J20) [D15]"),
("Y14", 1, "In Tienen en Landen vergaderden de lokale cellen op 9 juli, 10 september en 5 november 2026",
 "lokale cellen Tienen en Landen", None, None, ["2026-07-09", "2026-09-10", "2026-11-05"], F,
 "definite set in two named places (G9-6) [D15]"),
("Y14", 1, "De LIVC-R Meetjesland, die in juni 2026 door de gemeenten Eeklo, Maldegem en Kaprijke werd opgericht, hield haar eerste zitting op 16 september en kwam daarna nog op 18 november samen",
 "LIVC-R Meetjesland", None, None, ["2026-09-16", "2026-11-18"], F,
 "'hield haar eerste zitting' = met (set-up exception, gold5); an intermunicipal LIVC-R named by its region (dev-2025-12 "
 "'LIVC-R Noorderkempen'), not one municipality's (G9-3 n/a)"),
# near-miss: "ELIV ondersteunt de Limburgse LIVC's" -> support, no meeting
# near-miss: "De coördinatoren van ELIV kwamen in oktober samen met de LIVC-coördinatoren van Hasselt, Genk en Beringen; zij plannen een
#            volgend overleg in maart 2027" -> persons of organisations meeting persons, no group noun and no organiser given (G11-1;
#            G12-6: generic members of a party give none) [D31]
# near-miss: "Voor het psychosociale luik ... wordt samengewerkt met het CGG Ankerpunt en het TZA" -> cooperation
# near-miss: "Op 3 en 4 november organiseerde de FOD Binnenlandse Zaken samen met de VVSG een tweedaagse opleiding" -> training
# near-miss: "Het draaiboek ... werd in september 2026 geactualiseerd" -> no meeting
# near-miss: "Het regionaal overleg jeugdhulp in West-Vlaanderen heeft polarisering als vast agendapunt opgenomen" -> no meeting time
("Y14", 2, "Op zijn vergadering van 13 oktober lichtte de referentieconsulent de nieuwe versie van het draaiboek toe",
 "regionaal overleg jeugdhulp West-Vlaanderen", None, None, ["2026-10-13"], F,
 "names the body's meeting on a day (G9-10 'in haar vergadering van'; host body, gold5); a standing overleg with classifying "
 "adjective and topic (G9-7) with its territory (G9-5)"),
# near-miss: "Het overleg in Oost-Vlaanderen volgt dit voorbeeld vanaf januari 2027" -> adopts an agenda item, no meeting stated
("Y14", 2, "De Ambrassade bracht op 22 september een tiental jeugdwerkorganisaties samen in een focusgroep over het omgaan met extreemrechtse signalen",
 "De Ambrassade", None, None, ["2026-09-22"], F,
 "a focus group convened ('bracht ... samen') on a day is a meeting (G9-9); no name of its own: the organiser (G9-4, gold5) [D5]"),
("Y14", 2, "Het overleg tussen Opgroeien, De Ambrassade en Uit De Marge over een gezamenlijke vormingsreeks vond plaats op 8 oktober 2026",
 "Opgroeien", None, None, ["2026-10-08"], F,
 "symmetric 'overleg tussen': one record per named organisation (G9-2); cross-round canonical 'Opgroeien' (dev-2025-12 J22)"),
("Y14", 2, "Het overleg tussen Opgroeien, De Ambrassade en Uit De Marge over een gezamenlijke vormingsreeks vond plaats op 8 oktober 2026",
 "De Ambrassade", None, None, ["2026-10-08"], F, "as above (G9-2)"),
("Y14", 2, "Het overleg tussen Opgroeien, De Ambrassade en Uit De Marge over een gezamenlijke vormingsreeks vond plaats op 8 oktober 2026",
 "Uit de Marge", None, None, ["2026-10-08"], F, "as above (G9-2); gazetteer canonical"),
("Y14", 2, "In Oostende kwam het Platform Welzijn en Veiligheid Oostende, dat de stad in juli 2026 oprichtte, tweemaal samen (9/9 en 4/11)",
 "Platform Welzijn en Veiligheid Oostende", 2, None, ["2026-09-09", "2026-11-04"], F,
 "named body; its set-up in July is no meeting"),
# near-miss: "vzw Kustverbinding neemt er het jongerenluik op" -> role, no meeting

# ============================ Y15 6.3 ============================
("Y15", 1, "Het bovenlokaal overleg met DG EPI over de disengagementstrajecten in de gevangenissen kwam in de rapporteringsperiode op 6 juli, 5 oktober en 30 november 2026 samen",
 "bovenlokaal overleg", None, None, ["2026-07-06", "2026-10-05", "2026-11-30"], F,
 "G9-7's own example: a standing overleg with a classifying adjective, its 'met X'-tail dropped; words as printed"),
("Y15", 1, "Dit overleg komt in principe om de acht weken bijeen, maar de vergadering van augustus werd geschrapt",
 "bovenlokaal overleg", None, "om de acht weken", [], F,
 "frequency without the hedge 'in principe' (gold5); the body met in the period, so G11-3 does not apply; the August meeting not held"),
# near-miss: "In het overleg zetelen DG EPI, de afdeling Justitiehuizen, het Agentschap Opgroeien en de consultants" -> composition
("Y15", 1, "De ambtelijke werkgroep disengagement van het departement WVG vergaderde op 15 juni, 7 september en 16 november 2026",
 "ambtelijke werkgroep disengagement departement WVG", None, None, ["2026-06-15", "2026-09-07", "2026-11-16"], F,
 "classifying adjective + lower-case topic: keeps its printed owner after it (gold7 Owner) [D32]"),
# near-miss: "dat op de vergadering van 16 november werd goedgekeurd" -> back-reference, day already recorded
("Y15", 1, "Het lokaal trajectoverleg in de gevangenissen van Hasselt, Brugge en Beveren kwam maandelijks samen",
 "lokaal trajectoverleg gevangenissen Hasselt, Brugge en Beveren", None, "maandelijks", [], F,
 "a definite set in named prisons, one record (G9-6; dev-2025-12 W12 'lokaal trajectoverleg gevangenissen Hasselt, Brugge en Haren')"),
("Y15", 1, "in Haren gebeurde dit tweewekelijks",
 "lokaal trajectoverleg gevangenis Haren", None, "tweewekelijks", [], F,
 "second body of the sentence (one record per body); one place (G9-5; dev-2025-12 W12 'lokaal trajectoverleg gevangenis Haren')"),
# near-miss: "Herstelbemiddeling Brabant vzw schoof in Haren aan voor de trajecten ..." -> participant in the host's overleg, and the
#            statement gives no day, count or frequency of it (gold5 host rule) (writer's borderline)
# near-miss: "Het CDR stelde zijn evaluatieonderzoek voor op een studienamiddag op 26 oktober" -> event
# near-miss: "De AHR gaf op 1 en 8 oktober een opleiding aan de trajectbegeleiders" -> training
# near-miss: "In overleg met DG EPI werd beslist ..." -> adverbial (gold5)

# ============================ Y16 7.1 ============================
# near-miss: "Het BRAIN-be-onderzoek 'KOMPAS-R' ... ging in zijn tweede jaar" -> no meeting
("Y16", 1, "Het opvolgingscomité van het project, waarin de afdeling Justitiehuizen zetelt, kwam op 25 juni 2026 samen in Antwerpen",
 "opvolgingscomité KOMPAS-R", None, None, ["2026-06-25"], F,
 "'van het project' takes the name of the project the entry names (G8-2); composition clause dropped"),
("Y16", 1, "Het comité vergadert halfjaarlijks; de volgende zitting is gepland op 14 januari 2027",
 "opvolgingscomité KOMPAS-R", None, "halfjaarlijks", ["2027-01-14"], T,
 "frequency with a future next date: one planned record (G9-8)"),
("Y16", 1, "Het consortium van project KOMPAS-R, dat naast DICE ook de onderzoeksgroep Jeugd, Recht en Samenleving (JuReS) van de Universiteit Hasselt omvat, zat op 9 september en 2 november samen",
 "consortium KOMPAS-R", None, None, ["2026-09-09", "2026-11-02"], F,
 "bare head with the project's name (G8-2); composition clause dropped"),
# near-miss: "Op 19 oktober werd in Leuven een wetenschappelijk colloquium ... georganiseerd" -> event
# near-miss: "publiceerde op 30 oktober 2026 zijn tweede meting" -> publication
("Y16", 2, "Het wetenschappelijk comité van het OMS vergaderde op 7 juli en 6 oktober",
 "wetenschappelijk comité " + OMS, None, None, ["2026-07-07", "2026-10-06"], F,
 "bare head keeps its printed owner (gold7); acronym -> expansion"),
("Y16", 2, "daartussen overlegde de projectgroep tweewekelijks",
 "projectgroep", None, "tweewekelijks", [], F,
 "second body of the sentence; no owner printed after it and none given by a set-up or run verb: bare head (G8-1; dev-2025-12 "
 "W04 'schrijfgroep') [D33]"),
# near-miss: "Voor de derde meting werd in september een begeleidingscomité samengesteld ... Het begeleidingscomité is nog niet
#            bijeengekomen" -> set-up, not met
("Y16", 2, "In de marge van de studiedag 'Meten is weten?' van 16 september in Brussel kwam de redactieraad van het OMS samen om de vragenlijst voor de derde meting af te ronden",
 "redactieraad " + OMS, None, None, ["2026-09-16"], F,
 "the body itself met, beside an event (not people meeting at the event); the day is named in the statement; bare head keeps "
 "its owner (gold7) [D20]"),
# near-miss: "Het veldwerk werd gegund aan cv Denkwerf Sociaal" / "het ICL valideert de vragenlijst" -> no meeting
# near-miss: "Op 25 november stelde het OMS de resultaten voor op een hoorzitting in het Vlaams Parlement" -> a hearing (event) with
#            no named host body; the parliament as a whole is no meeting body here (gold5 host rule needs a named commission) [D34]
# near-miss: "Het jaarverslag 2026 van het OMS verschijnt in maart 2027" -> publication

# ============================ Y17 10.1 ============================
# near-miss: "Het netwerk van referentieconsulenten van het Agentschap Opgroeien telt momenteel 26 consulenten" -> composition
("Y17", 1, "De referentieconsulenten van de regio's Antwerpen en Limburg kwamen samen op 30 juni en 29 september 2026; die van Oost- en West-Vlaanderen op 7 juli en 6 oktober in Gent",
 "netwerk referentieconsulenten Opgroeien", None, None, ["2026-06-30", "2026-07-07", "2026-09-29", "2026-10-06"], F,
 "the consultants are placed by the text in the network named just before (G11-1 exception, as R19 'Binnen Opgroeien zijn 26 "
 "referentieconsulenten actief'); bare head + complement keeps its printed owner (gold7); one body, one sentence: one record [D35]"),
# near-miss: "In de regio Vlaams-Brabant en Brussel ging de geplande intervisie van september niet door wegens ziekte; zij wordt
#            ingehaald op 9 december 2026" -> not held; its new day gives no record (G8-6) (writer's borderline) [D36]
("Y17", 1, "Het teamoverleg van de consultteams, waarop ook de referentieconsulenten worden uitgenodigd, vindt zesmaandelijks plaats; het laatste ging door op 17 november 2026",
 "consultteams", None, "zesmaandelijks", ["2026-11-17"], F,
 "an owner's teamoverleg is the owner's meeting (G9-7); the consultteams as one definite whole (G9-6); frequency + day one record"),
# near-miss: "Het CTV verzorgde daar een toelichting" -> back-reference, no new day
("Y17", 1, "Het Expertisepunt Jeugdhulp en Extremisme (EJE) en de consultteams van Gent en Brugge kwamen op maandag 26 oktober samen; het EJE had op 12/10/26 al overleg met de referentieconsulenten van Antwerpen",
 EJE, None, None, ["2026-10-12", "2026-10-26"], F,
 "coordinated subject (G9-2); the second clause is the same body and the same planned value, so the sentence gives one EJE record "
 "with both days (gold5 one record per body per statement); consultants after 'met' are persons [D37]"),
("Y17", 1, "Het Expertisepunt Jeugdhulp en Extremisme (EJE) en de consultteams van Gent en Brugge kwamen op maandag 26 oktober samen",
 "consultteam Gent", None, None, ["2026-10-26"], F,
 "two teams named by place in the same role: one record each (G9-2; dev-2025-12 J25)"),
("Y17", 1, "Het Expertisepunt Jeugdhulp en Extremisme (EJE) en de consultteams van Gent en Brugge kwamen op maandag 26 oktober samen",
 "consultteam Brugge", None, None, ["2026-10-26"], F, "as above (G9-2; dev-2025-12 J25)"),
# near-miss: "De referentie-justitieassistenten ... ontmoetten elkaar op 15 september op een uitwisselingsdag in Brussel" -> event
# near-miss: "De CAW-referentiepersonen vormen sinds 2025 een lerend netwerk" -> composition
("Y17", 2, "Dat netwerk kwam in de rapporteringsperiode tweemaal bijeen: op 24 juni bij CAW Oost-Vlaanderen (Gent) en op 21 oktober bij CAW Limburg (Hasselt)",
 "lerend netwerk CAW-referentiepersonen", 2, None, ["2026-06-24", "2026-10-21"], F,
 "a bare group that the people form: named after them (G10-1, 'De X vormen een Y' of the same kind); the CAWs are venues (hosts "
 "by turn), no owner [D38]"),
("Y17", 2, "Tussen beide bijeenkomsten stemde het netwerk af met de Opvoedingslijn",
 "lerend netwerk CAW-referentiepersonen", None, None, [], F,
 "two parties: the subject group is the body, the party after 'met' none (G9-2); a time between two meetings, no day"),
# near-miss: "Een werkgroep 'Vroegsignalering' binnen het lerend netwerk werd op 21 oktober opgericht" -> set-up (its day is no meeting day)
("Y17", 2, "zij komt voor het eerst samen in februari 2027",
 "werkgroep Vroegsignalering", None, None, [], T,
 "planned first meeting of the new werkgroep (writer's borderline; as dev-2025-12 J18); name of its own [D6]"),
# near-miss: "Het CTV organiseerde daarnaast op 3 november een webinar ... voor de referentiepersonen" -> event
]
