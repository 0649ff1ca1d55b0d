"""Batch a: items Y01-Y06 (dev-2026-12 meetings, annotator a21, blind). Tuples: see common.py."""
from common import F, T

VPR = "Vlaams Platform Radicalisering"
GVPP_WG = ("werkgroep radicalisering en polarisering Globaal Veiligheids- en Preventieplan "
           "Brussels Hoofdstedelijk Gewest")

R = [
# ============================ Y01 1.1 ============================
# description: the real 2017 plan text (structure of the Platform), no meeting stated -> no record (as dev-2025-12)
("Y01", 1, "Het Vlaams Platform Radicalisering kwam in de rapporteringsperiode zesmaal samen, nl. op 9 juni, 7 juli, 8 september, 6 oktober, 3 november en 24 november 2026",
 VPR, 6, None, ["2026-06-09", "2026-07-07", "2026-09-08", "2026-10-06", "2026-11-03", "2026-11-24"], F,
 "organisation / table body, 'zesmaal' count plus six days"),
# near-miss: "Omwille van de zomerperiode werd de vergadering van augustus geschrapt" -> not held (gold5, G8-6)
# near-miss: "Op de vergadering van 6 oktober stelde het KSV ... voor" -> back-reference, day already in the VPR record (gold5)
# near-miss: "Het KSV voert die bevraging uit samen met de onderzoeksgroep ..." -> cooperation, no meeting
# near-miss: "Op de vergadering van 3 november lichtte het PPM zijn aanbod ... toe" -> back-reference, no new day
("Y01", 1, "het PPM en het KSV stemden nadien, op 17 november, af over een gezamenlijke vormingskalender voor het schooljaar 2026-2027",
 "Praktijkcentrum Polarisatiemanagement", None, None, ["2026-11-17"], F,
 "split 'stemden ... af' = overleg (G8-4); coordinated subject: one record per party (G9-2); acronym -> expansion [not-future] (2027 of a school year)"),
("Y01", 1, "het PPM en het KSV stemden nadien, op 17 november, af over een gezamenlijke vormingskalender voor het schooljaar 2026-2027",
 "Kenniscentrum Samenleven en Veiligheid", None, None, ["2026-11-17"], F,
 "second party of the coordinated subject (G9-2); acronym introduced beside its expansion -> expansion [not-future]"),
("Y01", 1, "zat het bureau van het Platform, waarin ABB, het departement Onderwijs en Vorming en het departement WVG zetelen, telkens een week vooraf samen",
 "bureau " + VPR, None, "telkens een week vooraf", [], F,
 "bare head keeps its owner (gold7; dev-2025-12 W01 'bureau Vlaams Platform Radicalisering'); composition clause dropped; "
 "rate relative to the plenaries kept as printed as frequency"),
("Y01", 1, "Het netwerk van aanspreekpunten binnen de beleidsdomeinen overlegt daarnaast tweewekelijks digitaal",
 "netwerk aanspreekpunten", None, "tweewekelijks", [], F,
 "bare head whose van-complement is its name (gold7); 'binnen de beleidsdomeinen' a tail over several domains, no one owner "
 "(G8-1, G9-5) [D1]"),
# near-miss: "Dit netwerk werd in september 2026 uitgebreid met een aanspreekpunt ..." -> composition
("Y01", 1, "de VGC (16/6/2026 en 22/9/2026)",
 "VGC", None, None, ["2026-06-16", "2026-09-22"], F,
 "'Het centraal aanspreekpunt binnen ABB had bilateraal overleg met:' a function is no body, the party it meets is "
 "(two-parties rule); list of named organisations: one record each with its own days (G8-4) [D2]"),
("Y01", 1, "het OCAD, over de actualisering van de dreigingsbeelden (1 juli 2026)",
 "OCAD", None, None, ["2026-07-01"], F, "as above (G8-4) [D2]"),
("Y01", 1, "de VVSG, over de opvolging van de LIVC-werking (10 en 24 september 2026)",
 "VVSG", None, None, ["2026-09-10", "2026-09-24"], F, "as above (G8-4); enumeration of two days [D2]"),
("Y01", 2, "Het interfederaal platform over radicalisering en terrorisme, dat overleg mogelijk maakt tussen de kabinetten van de federale overheid en de deelstaten, werd op 30 juni 2026 bijeengeroepen",
 "interfederaal platform over radicalisering en terrorisme", None, None, ["2026-06-30"], F,
 "'werd bijeengeroepen' on a day = met; words as printed, classifying adjective 'interfederaal' kept (gold7, G9-1) [D3]"),
# near-miss: "Een tweede zitting, gepland op 17 november, werd ... uitgesteld naar 19 januari 2027" -> postponed: no record,
#            not even for the new day (G8-6) (writer's borderline)
# near-miss: "Binnen het Platform werd in juli een tijdelijke schrijfgroep opgericht" -> set-up (gold5)
("Y01", 2, "Zij kwam sindsdien viermaal bijeen (21/7, 25/8, 29/9 en 27/10/2026)",
 "tijdelijke schrijfgroep " + VPR, 4, None, ["2026-07-21", "2026-08-25", "2026-09-29", "2026-10-27"], F,
 "'Zij' = the schrijfgroep; 'tijdelijke' classifying (gold7 'tijdelijke werkgroep'); owner by 'Binnen het Platform' (G8-1 'binnen X'); "
 "'voor de actualisering ...' tail dropped"),
("Y01", 2, "legt haar ontwerp voor op de vergadering van het Platform van 15 december 2026",
 VPR, None, None, ["2026-12-15"], T,
 "host body: the schrijfgroep presents at the Platform's meeting on a day (gold5, G8-3); second body of the sentence (one record per body); planned"),
# near-miss: "De Stichting Dialoogfonds Vlaanderen bezorgde de schrijfgroep schriftelijke input" -> no meeting
# near-miss: "In overleg met het KSV werd beslist ..." -> adverbial (gold5)
# near-miss: "Verschillende aanspreekpunten troffen elkaar wel informeel op 13 oktober ..., in de marge van het congres" -> people
#            without a group (G11-1), at an event

# ============================ Y02 1.3 ============================
# near-miss: "De eindevaluatie ... werd op 1 juni 2026 gegund aan de tijdelijke vereniging ..." -> award, no meeting
("Y02", 1, "De stuurgroep evaluatie, samengesteld uit vertegenwoordigers van de vijf beleidsdomeinen en de VVSG, vergaderde op 18 juni (startvergadering), 10 september en 19 november 2026",
 "stuurgroep evaluatie", None, None, ["2026-06-18", "2026-09-10", "2026-11-19"], F,
 "named body (cross-round name, dev-2025-12 W02); composition clause dropped; the startvergadering is one of its meetings"),
("Y02", 1, "Ze komt opnieuw samen in februari 2027 om het tussentijds rapport te bespreken",
 "stuurgroep evaluatie", None, None, [], T, "'Ze' = the stuurgroep; planned, month only: no day"),
("Y02", 1, "Het consortium overlegde daarnaast maandelijks met het centraal aanspreekpunt over de voortgang van het veldwerk",
 "tijdelijke vereniging Evaluatiebureau Meetpunt en Instituut voor Beleidsevaluatie Gent", None, "maandelijks", [], F,
 "two parties: the subject group is the body, the function is none; 'het consortium' takes the fullest earlier mention "
 "'de tijdelijke vereniging van Evaluatiebureau Meetpunt cv en het Instituut voor Beleidsevaluatie Gent (IBG)' (gold7), "
 "legal form dropped, acronym -> expansion [D4]"),
# near-miss: "Tussen 7 en 25 september 2026 organiseerde het IBG zes focusgroepen met lokale ambtenaren, ... in Brugge, Gent, ..."
#            -> focus groups as the evaluation's research method, beside 38 interviews (G9-9; dev-2025-12 J4) [D5]
# near-miss: "Het Provinciaal Steunpunt Preventie Limburg hielp bij de rekrutering" -> no meeting
# near-miss: "Een klankbordgroep met academici werd in oktober samengesteld; zij is nog niet bijeengekomen" -> set-up, not met (G8-6)
("Y02", 1, "Een eerste zitting wordt voorzien in januari 2027",
 "klankbordgroep", None, None, [], T,
 "a body that will meet: planned first meeting (as dev-2025-12 J18); 'met academici' a composition tail dropped, no owner printed "
 "or given (G8-1) (writer's borderline) [D6]"),

# ============================ Y03 2.1 ============================
# description: the real 2017 plan text, no meeting stated -> no record
("Y03", 1, "Het centraal aanspreekpunt nam deel aan de maandelijkse bijeenkomsten van de Nationale Task Force (NTF)",
 "NTF", None, "maandelijkse", [], F,
 "host body with a frequency: the gold5 example itself (writer's borderline)"),
("Y03", 1, "De NTF vergaderde in de rapporteringsperiode op 11/6, 9/7, 10/9, 8/10 en 12/11/2026",
 "NTF", None, None, ["2026-06-11", "2026-07-09", "2026-09-10", "2026-10-08", "2026-11-12"], F,
 "separate sentence with days (gold5 follow-up rule)"),
# near-miss: "in augustus werd geen vergadering gehouden" -> not held
("Y03", 1, "De werkgroep Preventie van de NTF, heropgestart in mei 2026, kwam na de zomer tweemaal samen (24 september en 5 november 2026)",
 "werkgroep Preventie", 2, None, ["2026-09-24", "2026-11-05"], F,
 "name of its own drops the van-tail of its owner (gold7 Owner); restart in May is set-up, not a meeting"),
# near-miss: "Op haar vergadering van 5 november werd een gezamenlijke nota ... afgerond" -> back-reference, day already recorded
("Y03", 1, "Die werkgroep zal vanaf januari 2027 om de zes weken bijeenkomen",
 "werkgroep Preventie", None, "om de zes weken", [], T, "future frequency: planned (zal)"),
# near-miss: "De werkgroep Communicatie ging in september niet door wegens een beperkte agenda" -> not held (G11-3)
("Y03", 1, "Daarnaast vond op 2 oktober 2026 overleg plaats tussen het OCAD, de FOD Justitie en ABB",
 "OCAD", None, None, ["2026-10-02"], F, "symmetric 'overleg tussen': one record per named organisation (G9-2)"),
("Y03", 1, "Daarnaast vond op 2 oktober 2026 overleg plaats tussen het OCAD, de FOD Justitie en ABB",
 "FOD Justitie", None, None, ["2026-10-02"], F, "as above (G9-2)"),
("Y03", 1, "Daarnaast vond op 2 oktober 2026 overleg plaats tussen het OCAD, de FOD Justitie en ABB",
 "ABB", None, None, ["2026-10-02"], F, "as above (G9-2)"),
("Y03", 2, "De permanente werkgroep van het College van procureurs-generaal en de justitiehuizen hield zitting op 23 juni en 29 september 2026",
 "permanente werkgroep College van Procureurs-generaal en justitiehuizen", None, None, ["2026-06-23", "2026-09-29"], F,
 "'hield zitting' = met; cross-round name (dev-2025-12 W03)"),
# near-miss: "De afdeling Justitiehuizen was telkens vertegenwoordigd" -> participation without a meeting of its own
("Y03", 2, "Het expertisenetwerk Terrorisme van het College werd op 14 oktober bijeengeroepen in een uitgebreide samenstelling",
 "expertisenetwerk Terrorisme", None, None, ["2026-10-14"], F,
 "'werd bijeengeroepen' on a day = met; name of its own drops its owner (gold7)"),
("Y03", 2, "In Brussel kwam de werkgroep radicalisering en polarisering van het Globaal Veiligheids- en Preventieplan samen op 16/06/2026, 13/10/2026 en 01/12/2026",
 GVPP_WG, None, None, ["2026-06-16", "2026-10-13", "2026-12-01"], F,
 "fullest mention in the item (the description: '... Preventieplan van het Brussels Hoofdstedelijk Gewest'); cross-round name "
 "(dev-2025-12 W03); the report date itself is not after it and the verb is past: not planned (writer's borderline) [D7]"),
# near-miss: "safe.brussels ... richtte in september binnen die werkgroep een subgroep 'Online weerbaarheid' op" -> set-up
("Y03", 2, "De subgroep vergaderde voor het eerst op 3 november",
 "subgroep Online weerbaarheid", None, None, ["2026-11-03"], F, "named earlier in the item (gold7); quotes dropped"),
("Y03", 2, "een tweede bijeenkomst volgt begin februari 2027",
 "subgroep Online weerbaarheid", None, None, [], T,
 "clause about the same body split off because it differs in planned (gold5); part of a month: no day"),
# near-miss: "Een gepland overleg tussen de Brusselse gemeentelijke preventiediensten en de VGC op 20 oktober werd geannuleerd" -> cancelled

# ============================ Y04 2.3 ============================
("Y04", 1, "Het netoverschrijdend overleg tussen de zes Brusselse politiezones, de onderwijskoepels en het GO! werd op 26 juni 2026 in het Herman Teirlinckgebouw opnieuw samengeroepen",
 "netoverschrijdend overleg", None, None, ["2026-06-26"], F,
 "an overleg with a classifying adjective is a standing body of its own (G9-7, G12-5); its 'tussen'-tail dropped [not-future] "
 "('opnieuw samengeroepen' is past) [D8]"),
# near-miss: "voor het eerst sinds maart 2025" -> background date, not a meeting day of the period (G12-3)
# near-miss: "Het departement Onderwijs en Vorming had voordien, in april en mei 2026, afzonderlijk overleg met de politiezones
#            Brussel-West en Brussel-Zuid" -> before the reporting period (G11-2, G12-3)
# near-miss: "Op het overleg van 26 juni werd afgesproken om een kleinere werkgroep ... op te richten" -> back-reference; set-up
("Y04", 1, "Die werkgroep zat op 15 september en 10 november 2026 samen en werkte een sjabloon voor lokale werkafspraken uit",
 "werkgroep Schoolveiligheid Brussel", None, None, ["2026-09-15", "2026-11-10"], F,
 "named earlier in the item; 'kleinere' only compares it with the overleg (G9-1 kind), quotes dropped"),
("Y04", 1, "Ze plant een volgende vergadering op 9 februari 2027",
 "werkgroep Schoolveiligheid Brussel", None, None, ["2027-02-09"], T, "new sentence with a new (future) day: planned record"),
# near-miss: "Ook vzw Leerlingenstem werd uitgenodigd om de leerlingenbevraging toe te lichten" -> invitation, no day of its own
# near-miss: "Het SLB schuift vanaf de vergadering van februari aan" -> membership; back-reference to the February meeting (no new day)
# near-miss: "het SLB had op 1 oktober al een verkennend gesprek met het Onderwijscentrum Brussel" -> one gesprek is no overleg
#            (gold: one-off 'gesprekken' are no meetings; G8-4 counts 'gesprekken met X' only when more than one) (writer's borderline) [D9]
# near-miss: "stemden de directeurs van de scholen in de kanaalzone maandelijks af met de wijkagenten" -> persons (G11-1)
# near-miss: "volgden 42 schooldirecteurs en preventiemedewerkers een vormingsnamiddag" -> training

# ============================ Y05 3.1 ============================
# description: the real 2017 plan text, no meeting stated -> no record
("Y05", 1, "Het Network of Prevent Policy Makers (NPPM) van de Europese Commissie kwam op 18 juni 2026 in Brussel en op 21-22 oktober 2026 in Vilnius samen",
 "Network of Prevent Policy Makers", None, None, ["2026-06-18", "2026-10-21", "2026-10-22"], F,
 "named body (cross-round name, dev-2025-12 W05); a day range gives both days"),
# near-miss: "Op de bijeenkomst in Vilnius nam het centraal aanspreekpunt de Belgische vertegenwoordiging waar" -> back-reference
# near-miss: "werd het centraal aanspreekpunt opgenomen in de thematische werkgroep" -> membership
("Y05", 1, "Die groep vergaderde online op 8 juli en 30 september, en fysiek in Lissabon van 25 tot 26 november 2026",
 "thematische werkgroep Local Prevention Structures", None, None, ["2026-07-08", "2026-09-30", "2026-11-25", "2026-11-26"], F,
 "'Die groep' = the werkgroep named just before; classifying adjective kept (gold7), quotes and 'binnen'-owner dropped"),
("Y05", 1, "Het Resilient Neighbourhoods Network (RNN), een netwerk van Europese steden dat in 2025 werd opgericht, hield zijn algemene vergadering op 4 november 2026 in Kopenhagen",
 "Resilient Neighbourhoods Network", None, None, ["2026-11-04"], F,
 "'de algemene vergadering van X' is X's meeting (G8-3); acronym -> expansion"),
# near-miss: "ABB en de stad Mechelen woonden de vergadering bij als waarnemer" -> participants in the host's meeting, no new day
# near-miss: "Een Peer Learning Activity van het RNN in Aarhus ... werd naar het voorjaar van 2027 verschoven" -> event, postponed
# near-miss: "Het Nordic-Baltic Prevention Forum nodigde het RNN uit ..." -> invitation, no meeting
("Y05", 1, "Ook het Nederlandse Landelijk Expertiseteam Verbinding (LEV) en de stad Mechelen hadden op 12 oktober 2026 een online overleg",
 "Landelijk Expertiseteam Verbinding", None, None, ["2026-10-12"], F,
 "bare overleg of two named parties: each party's meeting (G12-5, G9-2); the country's adjective is no part of the name (G12-6)"),
("Y05", 1, "Ook het Nederlandse Landelijk Expertiseteam Verbinding (LEV) en de stad Mechelen hadden op 12 oktober 2026 een online overleg",
 "stad Mechelen", None, None, ["2026-10-12"], F, "second party (G12-5); municipality as organisation"),
("Y05", 2, "Het bilaterale overleg tussen de afdeling Jeugd en het Nederlands Netwerk Lokale Preventieprofessionals (NNLP) ging door op 9 september 2026 in Breda",
 "afdeling Jeugd", None, None, ["2026-09-09"], F,
 "overleg 'tussen' two named parties: one record each (G9-2, G12-5); 'bilaterale' says how many parties, not which standing body [D10]"),
("Y05", 2, "Het bilaterale overleg tussen de afdeling Jeugd en het Nederlands Netwerk Lokale Preventieprofessionals (NNLP) ging door op 9 september 2026 in Breda",
 "Nederlands Netwerk Lokale Preventieprofessionals", None, None, ["2026-09-09"], F, "second party (G9-2) [D10]"),
("Y05", 2, "Het NNLP en de afdeling Jeugd spraken af om elkaar voortaan twee keer per jaar te treffen, afwisselend in Vlaanderen en Nederland; de eerstvolgende ontmoeting is gepland in april 2027",
 "Nederlands Netwerk Lokale Preventieprofessionals", None, "twee keer per jaar", [], T,
 "coordinated subject (G9-2); frequency plus the next planned meeting: one planned record per party (G9-8)"),
("Y05", 2, "Het NNLP en de afdeling Jeugd spraken af om elkaar voortaan twee keer per jaar te treffen, afwisselend in Vlaanderen en Nederland; de eerstvolgende ontmoeting is gepland in april 2027",
 "afdeling Jeugd", None, "twee keer per jaar", [], T, "as above (G9-2, G9-8)"),
# near-miss: "Ook het Präventionsnetz Rhein-Maas ... toonde interesse om aan te sluiten" -> no meeting
# near-miss: "Op het Europese Jeugdforum in Straatsburg van 12 tot 14 oktober stelde de afdeling de vertaalde toolbox voor" -> event
# near-miss: "De Europese expertengroep ... werd door de Europese Commissie niet meer samengeroepen" -> not held

# ============================ Y06 3.3 ============================
# near-miss: "Vlaanderen wordt er vertegenwoordigd door het aanspreekpunt radicalisering" -> membership
("Y06", 1, "De werkgroep kwam plenair samen in Brussel op 1 en 2 juli 2026 en op 26 november 2026 (online)",
 "werkgroep Equality and Values in Education", None, None, ["2026-07-01", "2026-07-02", "2026-11-26"], F,
 "named earlier in the entry (gold7 fullest mention); quotes and 'binnen de European Education Area' dropped"),
("Y06", 1, "Tussendoor vergaderde een subgroep rond burgerschapseducatie driemaal via videoconferentie: op 15 september, 6 oktober en 3 november",
 "subgroep burgerschapseducatie", 3, None, ["2026-09-15", "2026-10-06", "2026-11-03"], F,
 "head with a lower-case topic ('rond' a linking word, gold7 key); no owner printed or given by the text (G8-1) [D11]"),
# near-miss: "Het aanspreekpunt nam van 23 tot 25 september deel aan een Peer Learning Activity in Tallinn" -> event
("Y06", 1, "Ter voorbereiding van de plenaire vergadering van november pleegde het departement OV overleg met het Steunpunt Onderwijs en Diversiteit (SOD) en met de pedagogische begeleidingsdiensten van de drie netten",
 "departement OV", None, None, [], F,
 "two parties: the subject organisation is the body, the parties after 'met' none (G9-2); 'vergadering van november' a back-reference "
 "to the werkgroep (no new day)"),
("Y06", 1, "Dat overleg vond plaats op 12 november in Brussel",
 "departement OV", None, None, ["2026-11-12"], F,
 "follow-up sentence naming a new day of that overleg: separate record (gold5 follow-up rule) [D12]"),
# near-miss: "met ook de onderzoeksgroep Onderwijs en Samenleving van de Arteveldehogeschool als gast" -> guest, no body of its own
# near-miss: "Het SOD bezorgde nadien een nota ..." -> no meeting
# near-miss: "Een geplande werkbijeenkomst met Nederlandse beleidsmedewerkers in Den Haag ... werd ... afgelast" -> cancelled
]
