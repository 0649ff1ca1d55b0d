"""Batch d: items Y18-Y22 (dev-2026-12 meetings, annotator a21, blind). Tuples: see common.py."""
from common import F, T

LJK = "Limburgse Jeugdhuizenkoepel"
BMD = "Beroepsvereniging Mediamakers Divers"

R = [
# ============================ Y18 11.1 ============================
# near-miss: "Het structureel vormingsaanbod ... liep in het najaar van 2026" / "namen 47 bedienaars deel" -> training offer
("Y18", 1, "De stuurgroep van het vormingsaanbod, waarin Atlas, het Agentschap Integratie en Inburgering en het VCI zetelen, kwam op 2 juli en 20 oktober 2026 samen",
 "stuurgroep vormingsaanbod", None, None, ["2026-07-02", "2026-10-20"], F,
 "a bare head's van-complement is its name (gold7); cross-round name (dev-2025-12 W16); composition clause dropped"),
("Y18", 1, "Op vraag van de stuurgroep pleegde het Agentschap overleg met het Forum Levensbeschouwingen Vlaanderen (FLV)",
 "AgII", None, None, [], F,
 "two parties: the subject organisation ('het Agentschap' = the AgII just named) is the body, the party after 'met' none (G9-2); "
 "no time"),
("Y18", 1, "Het FLV en het Agentschap overlegden op 11 september en 4 november over de uitbreiding naar bedienaars van de orthodoxe en de protestantse eredienst",
 "Forum Levensbeschouwingen Vlaanderen", None, None, ["2026-09-11", "2026-11-04"], F,
 "coordinated subject: one record each (G9-2); follow-up sentence with new days (gold5) [D12]"),
("Y18", 1, "Het FLV en het Agentschap overlegden op 11 september en 4 november over de uitbreiding naar bedienaars van de orthodoxe en de protestantse eredienst",
 "AgII", None, None, ["2026-09-11", "2026-11-04"], F, "second party (G9-2) [D12]"),
("Y18", 1, "Het lesgeversteam van Atlas overlegt om de vier weken",
 "lesgeversteam Atlas", None, "om de vier weken", [], F, "'overlegt' = meets; bare head keeps its owner (gold7)"),
# near-miss: "Een infosessie voor moskeebesturen vond plaats op 28 september in Mechelen" -> event

# ============================ Y19 12.5 ============================
("Y19", 1, "De commissie levensbeschouwelijke vakken vergaderde op 17 juni, 23 september en 25 november 2026",
 "commissie levensbeschouwelijke vakken", None, None, ["2026-06-17", "2026-09-23", "2026-11-25"], F,
 "head with a lower-case topic, no owner printed or given (gold7, G8-1)"),
# near-miss: "Op haar zitting van 23 september werd ... voorgesteld" -> back-reference, day already recorded
# near-miss: "De inspecteurs LBV kwamen op 14 oktober samen voor hun jaarlijkse gemeenschappelijke studiedag" -> event (studiedag), persons
("Y19", 1, "De Vereniging Leerkrachten Levensbeschouwing (VLL) en het Interlevensbeschouwelijk Netwerk Leuven hadden op 4 november overleg met de inspectie LBV over een gezamenlijk nascholingsaanbod",
 "Vereniging Leerkrachten Levensbeschouwing", None, None, ["2026-11-04"], F,
 "coordinated subject, one record each (G9-2); the party after 'met' gets none (two-parties rule)"),
("Y19", 1, "De Vereniging Leerkrachten Levensbeschouwing (VLL) en het Interlevensbeschouwelijk Netwerk Leuven hadden op 4 november overleg met de inspectie LBV over een gezamenlijk nascholingsaanbod",
 "Interlevensbeschouwelijk Netwerk Leuven", None, None, ["2026-11-04"], F, "second party (G9-2)"),
("Y19", 1, "De VLL komt daarvoor met haar bestuur op 12 januari 2027 samen",
 "Vereniging Leerkrachten Levensbeschouwing", None, None, ["2027-01-12"], T,
 "the subject organisation is the body (two-parties rule), planned day [D39]"),
# near-miss: "De Stichting Erfgoed en Dialoog stelt ... haar educatieve koffers ter beschikking" -> no meeting
# near-miss: "Een uitwisseling met de Stichting Dialoog over Grenzen en vzw Schoolpoort, voorzien in november, werd verschoven" -> postponed

# ============================ Y20 13.1 ============================
# near-miss: "Het werkmodel ... wordt sinds januari 2026 uitgerold in vier regio's" -> no meeting
("Y20", 1, "De lotgenotengroep van vzw Achterland in Vilvoorde kwam tweewekelijks samen",
 "lotgenotengroep Achterland", None, "tweewekelijks", [], F,
 "bare head keeps its owner, legal form dropped (gold7); with an owner the place is dropped (G9-5) [D40]"),
("Y20", 1, "de groep in Antwerpen maandelijks",
 "lotgenotengroep Antwerpen", None, "maandelijks", [], F,
 "second body of the sentence; 'de groep' = a lotgenotengroep (fullest mention, gold7), no owner printed: its place (G9-5) [D40]"),
("Y20", 1, "In Mechelen kwam de groep pas op 21 oktober een eerste keer bijeen, na een opstartfase van drie maanden",
 "lotgenotengroep Mechelen", None, None, ["2026-10-21"], F,
 "as above (G9-5); 'een eerste keer' ordinal -> count null [D40]"),
# near-miss: "Het Vrijwilligersnetwerk Lotgenoten Limburg ondersteunt de groep in Genk" -> support, no meeting
# near-miss: "Ouderplatform Brugkracht, opgericht door moeders van vertrokken jongeren, zette zijn werking voort" -> no meeting
("Y20", 1, "Zijn kerngroep vergaderde op 1/7, 2/9 en 4/11/2026",
 "kerngroep Ouderplatform Brugkracht", None, None, ["2026-07-01", "2026-09-02", "2026-11-04"], F,
 "'Zijn' = Ouderplatform Brugkracht; bare head keeps its owner (gold7)"),
# near-miss: "De begeleiders van de lotgenotengroepen troffen elkaar op een intervisiedag op 29 september" -> people at an event
# near-miss: "In de Westhoek richtten de Welzijnsregio Westhoek-Leie en het Huis van het Kind Ieper in oktober een lotgenotengroep op,
#            die nog niet is samengekomen" -> set-up, not met
("Y20", 2, "De stuurgroep lotgenotenwerking van de Koning Boudewijnstichting zat op 8 juli en 30 september 2026 samen met de Opvoedingslijn en het Agentschap Opgroeien",
 "stuurgroep lotgenotenwerking KBS", None, None, ["2026-07-08", "2026-09-30"], F,
 "head with a lower-case topic keeps its owner, gazetteer canonical 'KBS' (gold7); the parties after 'met' get none (G9-2)"),
("Y20", 2, "Op 18 november vond er een overleg plaats tussen vzw Achterland, Ouderplatform Brugkracht en de back-office van de Opvoedingslijn over een gezamenlijke doorverwijsprocedure",
 "Achterland", None, None, ["2026-11-18"], F,
 "symmetric 'overleg tussen': one record per named party (G9-2); legal form dropped"),
("Y20", 2, "Op 18 november vond er een overleg plaats tussen vzw Achterland, Ouderplatform Brugkracht en de back-office van de Opvoedingslijn over een gezamenlijke doorverwijsprocedure",
 "Ouderplatform Brugkracht", None, None, ["2026-11-18"], F, "as above (G9-2)"),
("Y20", 2, "Op 18 november vond er een overleg plaats tussen vzw Achterland, Ouderplatform Brugkracht en de back-office van de Opvoedingslijn over een gezamenlijke doorverwijsprocedure",
 "back-office Opvoedingslijn", None, None, ["2026-11-18"], F,
 "as above (G9-2); an organisational unit, bare head keeps its owner (gold7) [D41]"),
("Y20", 2, "Het Regionaal Zorgplatform Waas en Dender en het Huis van het Kind Sint-Niklaas zaten op 16/10/26 samen om een groep in het Waasland op te starten",
 "Regionaal Zorgplatform Waas en Dender", None, None, ["2026-10-16"], F, "coordinated subject, one record each (G9-2)"),
("Y20", 2, "Het Regionaal Zorgplatform Waas en Dender en het Huis van het Kind Sint-Niklaas zaten op 16/10/26 samen om een groep in het Waasland op te starten",
 "Huis van het Kind Sint-Niklaas", None, None, ["2026-10-16"], F, "as above (G9-2); name as printed"),
# near-miss: "De focusgroep met ouders die voor eind juni 2026 gepland was, werd geannuleerd" -> cancelled
# near-miss: "In het voorjaar van 2026 waren er al verkennende gesprekken met de Huizen van het Kind in Vilvoorde en Mechelen" ->
#            before the period (G11-2, G12-3)
# near-miss: "Na overleg met de Koning Boudewijnstichting werd de looptijd ... verlengd" -> adverbial to a decision (gold5, G8-4)

# ============================ Y21 14.1 ============================
# description: plan text ('Er zal een afsluitend toonmoment worden georganiseerd'), an event -> no record
# near-miss: "gingen op 1 juni 2026 vijf projecten van start" -> start of projects
("Y21", 1, "De vijf projecten komen om de drie maanden samen in een intervisiegroep die de afdeling Jeugd begeleidt; in de rapporteringsperiode gebeurde dat op 23 juni en 22 september 2026",
 "intervisiegroep projecten", None, "om de drie maanden", ["2026-06-23", "2026-09-22"], F,
 "'De X komen samen in een Y': the group named after who meets in it (G10-1); the numeral is no adjective; 'die de afdeling Jeugd "
 "begeleidt' only guides (G10-1, G12-1); frequency + days one record [D42]"),
("Y21", 1, "De derde intervisie, gepland op dinsdag 15 december 2026, vindt plaats bij vzw Jongerenhaven Genk",
 "intervisiegroep projecten", None, None, ["2026-12-15"], T,
 "a later bare mention of that group's session (G10-1); planned day; Jongerenhaven the venue"),
# near-miss: "Het startmoment met alle projectpromotoren vond plaats op 2 juni in het Boudewijngebouw" -> event noun, no body
# near-miss: "Elk project werkt met een lokale begeleidingsgroep" -> structure, no meeting
("Y21", 2, "Die van vzw Brugfiguur kwam op 15 juli en 14 oktober samen in Kortrijk",
 "lokale begeleidingsgroep Brugfiguur", None, None, ["2026-07-15", "2026-10-14"], F,
 "'Die' = the lokale begeleidingsgroep just named (gold7 fullest mention, classifying adjective kept); owner by its van-tail, "
 "legal form dropped; with an owner no place (G9-5)"),
("Y21", 2, "Het begeleidingscomité van de LJK vergaderde in september; in oktober kwam die groep een tweede keer bijeen, samen met de jeugdhuizen van Genk en Maasmechelen",
 "begeleidingscomité " + LJK, None, None, [], F,
 "bare head keeps its owner (gold7), acronym -> expansion; one body, one sentence: one record; months only; 'een tweede keer' "
 "ordinal -> count null (gold5)"),
("Y21", 2, "Het consortium van het project van vzw Tussenruimte, waarin ook Fondation Passerelle en de stad Brussel participeren, zat op 8 september en 10 november rond de tafel",
 "consortium project Tussenruimte", None, None, ["2026-09-08", "2026-11-10"], F,
 "'van het project' without a project name: the complement as printed is its name (G8-2 'stuurgroep project'), owner's legal form "
 "dropped; composition clause dropped [D14]"),
# near-miss: "Het toonmoment van de eerste projectresultaten op 27 november 2026 in Gent bracht 140 eerstelijnswerkers samen" -> event
("Y21", 2, "Het netwerk van jeugdwerkers van de LJK overlegt tweemaandelijks",
 "netwerk jeugdwerkers " + LJK, None, "tweemaandelijks", [], F,
 "bare head with a lower-case complement keeps its printed owner (gold7); acronym -> expansion"),

# ============================ Y22 14.5 ============================
# near-miss: "Mediawijs zette in 2026 het traject 'rePresent 2.0' op, samen met Stampmedia en de BMD" -> set-up of a project
# near-miss: "gingen 126 jongeren ... in dialoog met 18 journalisten" -> activity, no body
("Y22", 1, "De redactiegroep van het traject, met jongeren en mediamakers, zat op 10 juni, 2 september en 28 oktober 2026 samen in de redactie van Stampmedia in Antwerpen",
 "redactiegroep rePresent 2.0", None, None, ["2026-06-10", "2026-09-02", "2026-10-28"], F,
 "'van het traject' takes the name of the traject (project) the entry names (G8-2); composition tail dropped; Stampmedia the venue"),
("Y22", 1, "Mediawijs en de BMD overlegden daarnaast op 16 september met de VRT en met Omroepcollectief Mozaïek over de opname van de adviezen in hun redactionele richtlijnen",
 "Mediawijs", None, None, ["2026-09-16"], F,
 "coordinated subject, one record each (G9-2); the parties after 'met' get none (two-parties rule)"),
("Y22", 1, "Mediawijs en de BMD overlegden daarnaast op 16 september met de VRT en met Omroepcollectief Mozaïek over de opname van de adviezen in hun redactionele richtlijnen",
 BMD, None, None, ["2026-09-16"], F, "second party (G9-2); acronym -> expansion"),
("Y22", 1, "Zij spraken af om in maart 2027 opnieuw samen te komen",
 "Mediawijs", None, None, [], T, "'Zij' = the subject of the sentence before: one planned record per party (G9-2) [D25]"),
("Y22", 1, "Zij spraken af om in maart 2027 opnieuw samen te komen",
 BMD, None, None, [], T, "as above [D25]"),
# near-miss: "Een workshop voor eindredacteurs op 14 oktober werd ... geannuleerd" -> event, cancelled
("Y22", 1, "Het BMD-bestuur vergaderde op 5 november",
 "BMD-bestuur", None, None, ["2026-11-05"], F,
 "a compound with an acronym stays one word as printed (gold7 'TDV-stuurgroep') [D43]"),
("Y22", 1, "Mediawijs' klankbordgroep onderwijs kwam op 03.11.2026 samen",
 "klankbordgroep onderwijs Mediawijs", None, None, ["2026-11-03"], F,
 "head with a lower-case topic keeps its (genitive) owner after the name (gold7)"),
# near-miss: "Redactieplatform Nieuwsnest en de Stichting Mediadialoog zetelen er sinds dit najaar in" -> composition
]
