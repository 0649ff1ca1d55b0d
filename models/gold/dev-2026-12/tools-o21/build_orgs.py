"""o21: organisation mentions of dev-2026-12 (SYNTHETIC, report date 2026-12-01), by hand, in text order per field.

Row: (field, raw, canonical[, ctx]) where field is "op" (other_parties_text), "desc" (item description),
an entry number (entry description) or ("b", n) (entry n's budget cell, location "budget").
mention == raw, as in dev-2025-12. ctx (optional) is a longer printed string in which the raw is located.
Reasons for the non-obvious rows are in NOTES-o21.md (judgement calls, numbered #n).
"""
from common import ITEMS, Claims, SET, field_text, write_jsonl

VPR = "Vlaams Platform Radicalisering"
CPG = "College van Procureurs-generaal"
KH = "EU Knowledge Hub on Prevention of Radicalisation"
NPPM = "Network of Prevent Policy Makers"
PLAT = "Platform van Vlaamse Imams en Moslimdeskundigen"
KSV = "Kenniscentrum Samenleven en Veiligheid"
PPM = "Praktijkcentrum Polarisatiemanagement"
IBG = "Instituut voor Beleidsevaluatie Gent"
SLB = "Steunpunt Leerlingenbegeleiding Brussel"
RNN = "Resilient Neighbourhoods Network"
NNLP = "Nederlands Netwerk Lokale Preventieprofessionals"
LEV = "Landelijk Expertiseteam Verbinding"
SOD = "Steunpunt Onderwijs en Diversiteit"
VVPW = "Vlaamse Vereniging van Preventiewerkers"
VSW = "Vlaams Steunpunt Wijkwerking"
NJSR = "Netwerk Jeugdwerk Stedelijke Rand"
EWO = "Expertisecentrum Weerbaar Online"
ELIV = "Expertisecel Lokale Integrale Veiligheid"
KBB = "Koepel Brusselse Buurtwerkingen"
NGV = "Netwerk Gezinsondersteuning Vlaanderen"
VCI = "Vlaams Centrum voor Imamvorming"
CTD = "Centre de Théologie et Dialogue"
TZA = "Transcultureel Zorgnetwerk Antwerpen"
CDR = "Centrum Detentie en Re-integratie"
AHR = "Academie voor Herstelrecht"
DICE = "onderzoeksgroep Digitale Cultuur en Extremisme"
JURES = "onderzoeksgroep Jeugd, Recht en Samenleving"
OMS = "Observatorium Maatschappelijke Spanning"
ICL = "Instituut voor Conflicthantering Leuven"
CTV = "Centrum Trauma en Veerkracht"
EJE = "Expertisepunt Jeugdhulp en Extremisme"
FLV = "Forum Levensbeschouwingen Vlaanderen"
VLL = "Vereniging Leerkrachten Levensbeschouwing"
INL = "Interlevensbeschouwelijk Netwerk Leuven"
LJK = "Limburgse Jeugdhuizenkoepel"
BMD = "Beroepsvereniging Mediamakers Divers"
OPG = "Agentschap Opgroeien"   # as o19 #11 (printed full name; the earlier sets' "Opgroeien")
VVI = "Vlaams Vredesinstituut"

ORGS = {
    "Y01": [
        ("op", "VVSG", "VVSG"), ("op", "VGC", "VGC"), ("op", "OCAD", "OCAD"), ("op", "FOD Justitie", "FOD Justitie"),
        ("op", KSV + " (KSV)", KSV),
        # real 1.1 description, identical to dev-2025-12 W01: as o19
        ("desc", VPR, VPR), ("desc", "OCAD", "OCAD"), ("desc", "FOD Justitie", "FOD Justitie"),
        ("desc", "VGC", "VGC"), ("desc", "VVSG", "VVSG"), ("desc", "ABB", "ABB"),
        (1, VPR, VPR),
        (1, KSV + " (KSV)", KSV),
        (1, "KSV", KSV),                 # Het KSV voert die bevraging uit
        (1, "onderzoeksgroep Veerkracht en Samenleving", "onderzoeksgroep Veerkracht en Samenleving"),  # D1: head stays (field)
        (1, "Universiteit Gent", "UGent"),
        (1, "Adviesbureau Meerstem cv", "Adviesbureau Meerstem"),   # capitalised descriptor stays, legal form dropped
        (1, PPM + " (PPM)", PPM),
        (1, "PPM", PPM), (1, "KSV", KSV),   # het PPM en het KSV stemden ... af
        # "het bureau van het Platform": back-reference (D4), no record
        (1, "ABB", "ABB", "waarin ABB"),
        (1, "departement Onderwijs en Vorming", "departement OV"),
        (1, "departement WVG", "departement WVG"),
        (1, "ABB", "ABB", "binnen ABB"),  # Het centraal aanspreekpunt binnen ABB
        (1, "VGC", "VGC"), (1, "OCAD", "OCAD"), (1, "VVSG", "VVSG"),
        # interfederaal platform (meeting body, as o19), "de federale overheid" (D2): no record
        (2, "Stichting Dialoogfonds Vlaanderen", "Stichting Dialoogfonds Vlaanderen"),
        (2, "KSV", KSV),                 # In overleg met het KSV
        (2, "VVSG", "VVSG"),             # het congres van de VVSG (organiser, not a modifier use)
    ],
    "Y02": [
        ("op", "Evaluatiebureau Meetpunt cv", "Evaluatiebureau Meetpunt"), ("op", IBG + " (IBG)", IBG),
        (1, "Evaluatiebureau Meetpunt cv", "Evaluatiebureau Meetpunt"),
        (1, IBG + " (IBG)", IBG),
        (1, "bv Klaarlicht Communicatie", "Klaarlicht Communicatie"),   # bv: legal form (#1)
        (1, "VVSG", "VVSG"),             # stuurgroep evaluatie, samengesteld uit ... de VVSG
        (1, "IBG", IBG),                 # organiseerde het IBG zes focusgroepen
        (1, "Provinciaal Steunpunt Preventie Limburg", "Provinciaal Steunpunt Preventie Limburg"),
    ],
    "Y03": [
        ("op", "OCAD", "OCAD"), ("op", "FOD Justitie", "FOD Justitie"), ("op", "VVSG", "VVSG"),
        ("op", "safe.brussels", "safe.brussels"),
        # real 2.1 description, identical to dev-2025-12 W03: as o19
        ("desc", "Nationale Task Force", "NTF"),
        ("desc", "College van Procureurs-generaal", CPG),
        ("desc", "College Procureurs-generaal", CPG),
        ("desc", "Brussels Hoofdstedelijk Gewest", "Brussels Hoofdstedelijk Gewest"),
        (1, "Nationale Task Force (NTF)", "NTF"),
        (1, "NTF", "NTF", "De NTF vergaderde"),
        (1, "NTF", "NTF", "Preventie van de NTF"),   # parent of its werkgroep
        (1, "OCAD", "OCAD", "het OCAD bezorgde"),
        (1, "OCAD", "OCAD", "tussen het OCAD"), (1, "FOD Justitie", "FOD Justitie"), (1, "ABB", "ABB"),
        (2, "College van procureurs-generaal", CPG),
        (2, "afdeling Justitiehuizen", "afdeling Justitiehuizen"),
        # "Het expertisenetwerk Terrorisme van het College": common-noun back-reference (D4), #2
        (2, "Franse Gemeenschap", "Franse Gemeenschap"),   # "de Vlaamse en de Franse Gemeenschap" (#3)
        (2, "safe.brussels", "safe.brussels"),
        (2, "VGC", "VGC"),               # geannuleerd overleg met de VGC: still a party
    ],
    "Y04": [
        ("op", "Brusselse politiezones", "Brusselse politiezones"),   # generic collective in the field
        ("op", "GO!", "GO!"), ("op", "Katholiek Onderwijs Vlaanderen", "KOV"), ("op", "OVSG", "OVSG"),
        ("op", "POV", "POV"), ("op", "Schoolnetwerk Kanaalzone", "Schoolnetwerk Kanaalzone"),
        ("desc", "GO!", "GO!"),          # as o19 W04
        (1, "GO!", "GO!"),
        (1, "departement Onderwijs en Vorming", "departement OV"),
        (1, "politiezones Brussel-West", "politiezone Brussel-West"),   # o19 #4
        (1, "Brussel-Zuid", "politiezone Brussel-Zuid"),
        (1, "Onderwijscentrum Brussel", "Onderwijscentrum Brussel"),
        (1, "Schoolnetwerk Kanaalzone", "Schoolnetwerk Kanaalzone"),
        (1, "vzw Leerlingenstem", "Leerlingenstem"),
        (1, SLB + " (SLB)", SLB),
        (1, "SLB", SLB, "het SLB had"),
        (1, "Onderwijscentrum Brussel", "Onderwijscentrum Brussel"),
    ],
    "Y05": [
        ("op", "Europese Commissie", "Europese Commissie"), ("op", "OCAD", "OCAD"),
        ("op", RNN + " (RNN)", RNN), ("op", NNLP + " (NNLP)", NNLP),
        # real 3.1 description, identical to dev-2025-12 W05: as o19
        ("desc", "Europese Commissie", "Europese Commissie"),
        ("desc", "Network of Prevent Coordinators", "Network of Prevent Coordinators"),
        ("desc", "RAN", "RAN"),
        ("desc", "Europese Commissie", "Europese Commissie"),
        (1, NPPM + " (NPPM)", NPPM),
        (1, "Europese Commissie", "Europese Commissie"),
        (1, "OCAD", "OCAD"),
        (1, KH, KH),
        (1, RNN + " (RNN)", RNN),
        (1, "ABB", "ABB"), (1, "stad Mechelen", "stad Mechelen"),   # waarnemers bij de algemene vergadering
        (1, "RNN", RNN, "van het RNN in Aarhus"),   # its Peer Learning Activity (organiser)
        (1, "Nordic-Baltic Prevention Forum", "Nordic-Baltic Prevention Forum"),
        (1, "RNN", RNN, "het RNN uit"),
        (1, LEV + " (LEV)", LEV),        # "het Nederlandse LEV": country adjective no part of the name (G12-6)
        (1, "stad Mechelen", "stad Mechelen"),
        (2, "afdeling Jeugd", "afdeling Jeugd"),
        (2, NNLP + " (NNLP)", NNLP),
        (2, "NNLP", NNLP, "Het NNLP en"), (2, "afdeling Jeugd", "afdeling Jeugd"),
        (2, "Präventionsnetz Rhein-Maas", "Präventionsnetz Rhein-Maas"),
        (2, "bv Vertaalhuis Babel", "Vertaalhuis Babel"),
        (2, "Europese Commissie", "Europese Commissie"),
    ],
    "Y06": [
        ("op", "Europese Commissie", "Europese Commissie"), ("op", SOD + " (SOD)", SOD),
        # description: "ET2020-werkgroep" is a working group, no organisation
        (1, "departement OV", "departement OV"),
        (1, "departement OV", "departement OV"),
        (1, SOD + " (SOD)", SOD),
        (1, "onderzoeksgroep Onderwijs en Samenleving", "onderzoeksgroep Onderwijs en Samenleving"),
        (1, "Arteveldehogeschool", "Arteveldehogeschool"),
        (1, "SOD", SOD, "Het SOD bezorgde"),
        (1, "Stichting Burgerschap op School", "Stichting Burgerschap op School"),  # "de Nederlandse" dropped
    ],
    "Y07": [
        ("op", "Aalst", "stad Aalst"), ("op", "Genk", "stad Genk"), ("op", "As", "gemeente As"),
        ("op", "Kortrijk", "stad Kortrijk"), ("op", "Lokeren", "stad Lokeren"), ("op", "Roeselare", "stad Roeselare"),
        ("op", "Vilvoorde", "stad Vilvoorde"), ("op", "Dilbeek", "gemeente Dilbeek"),
        # subsidised municipalities (recipients of an amount)
        (1, "Aalst", "stad Aalst"), (1, "Genk", "stad Genk"), (1, "As", "gemeente As"),
        (1, "Kortrijk", "stad Kortrijk"), (1, "Lokeren", "stad Lokeren"), (1, "Roeselare", "stad Roeselare"),
        (1, "Vilvoorde", "stad Vilvoorde"), (1, "Dilbeek", "gemeente Dilbeek"),
        (1, "ABB", "ABB", "dat ABB begeleidt"),
        (1, "studiebureau Kompasnaald bv", "Kompasnaald"),   # D1 example; legal form dropped
        (1, "stad Roeselare", "stad Roeselare"),   # de preventiedienst van de stad Roeselare (#4)
        (1, "stad Aalst", "stad Aalst"),           # de dienst Samenleven van de stad Aalst (#4)
        # "in Lokeren kwamen de lokale stuurgroepen", "In Kortrijk werd de stuurgroep": places
        (1, "Genk", "stad Genk", "LIVC's van Genk, As en Vilvoorde"),   # owners of their LIVC (o19 #6)
        (1, "As", "gemeente As", "LIVC's van Genk, As en Vilvoorde"),
        (1, "Vilvoorde", "stad Vilvoorde", "LIVC's van Genk, As en Vilvoorde"),
        (1, "ABB", "ABB", "zaten ABB"), (1, "VVSG", "VVSG"),
        (1, "ABB", "ABB", "organiseerde ABB"),
    ],
    "Y08": [
        ("op", "VVSG", "VVSG"), ("op", VVPW + " (VVPW)", VVPW),
        ("desc", "VVSG", "VVSG"),        # as o19 W06
        (1, "VVSG", "VVSG", "De VVSG zette"),
        (1, "VVSG", "VVSG", "radicalisering van de VVSG"),
        (1, "VVSG", "VVSG", "door de VVSG"),
        (1, "VVSG", "VVSG", "De VVSG nam"),
        (2, "VVSG", "VVSG", "De VVSG organiseerde"),
        (2, VVPW + " (VVPW)", VVPW),
        (2, "VVPW", VVPW, "bestuur van de VVPW"),
        (2, "VVSG", "VVSG", "veiligheid van de VVSG"),
        (2, "VVPW", VVPW, "Binnen de VVPW"),
        (2, "VVSG", "VVSG", "bracht de VVSG"),
        (2, "SALAR", "SALAR"),
        (2, "VVSG", "VVSG", "waarin de VVSG"), (2, "VNG", "VNG"), (2, "Syvicol", "Syvicol"),
        (2, "VVSG", "VVSG", "aan de VVSG"),
    ],
    "Y09": [
        ("op", VSW + " (VSW)", VSW), ("op", "Datalab Perspectief nv", "Datalab Perspectief"),
        (1, "Datalab Perspectief nv", "Datalab Perspectief"),
        (1, VSW + " (VSW)", VSW),
        (1, "VSW", VSW, "Het VSW richtte"),
        # "de wijkwerkers van Ieper, Poperinge en Heuvelland": people of places (#5)
        (1, "VSW", VSW, "met het VSW en"),
        (1, "vzw Buurtwerf Ieper", "Buurtwerf Ieper"),
        (1, "VSW", VSW, "begeleidingsgroep van het VSW"),
        (1, "Sportnetwerk Buurtsport Plus", "Sportnetwerk Buurtsport Plus"),
        (1, "vzw Middengrond", "Middengrond"),
        (1, "VSW", VSW, "Het VSW overlegde"),
        (1, "gemeente Dilbeek", "gemeente Dilbeek"),   # de dienst Samenleven van de gemeente Dilbeek (#4)
        (1, "stad Roeselare", "stad Roeselare"),       # de preventiedienst van de stad Roeselare (#4)
    ],
    "Y10": [
        ("op", "VVSG", "VVSG"), ("op", "De Ambrassade", "De Ambrassade"), ("op", "Formaat", "Formaat"),
        ("op", "JES", "JES"), ("op", "Uit De Marge", "Uit de Marge"), ("op", NJSR + " (NJSR)", NJSR),
        ("op", EWO + " (EWO)", EWO),
        # real 4.7 description, identical to dev-2025-12 W07: as o19
        ("desc", "onderwijsinspectie", "onderwijsinspectie"), ("desc", "De Ambrassade", "De Ambrassade"),
        ("desc", "VVJ", "VVJ"), ("desc", "Formaat", "Formaat"), ("desc", "JES", "JES"),
        ("desc", "Uit de Marge", "Uit de Marge"), ("desc", "Groep Intro", "Groep Intro"),
        ("desc", "afdeling jeugd", "afdeling Jeugd"),
        (1, "Netwerk Islamexperten", "Netwerk Islamexperten"),
        (1, "Opvoedingslijn", "Opvoedingslijn"),
        (1, "1712", "1712"),             # a party of the hulplijnenoverleg (o19 #2)
        (1, EWO + " (EWO)", EWO),
        (1, "EWO", EWO, "Het EWO werd"),
        (1, "EWO", EWO, "Het EWO en"), (1, "Opvoedingslijn", "Opvoedingslijn"),
        (1, "EWO", EWO, "Binnen het EWO"),
        (1, "Child Focus", "Child Focus"), (1, "Unia", "Unia"),
        (1, "stad Antwerpen", "stad Antwerpen"),   # het meldpunt radicalisering van de stad Antwerpen (#4)
        (1, "stad Gent", "stad Gent"),             # de preventiedienst van de stad Gent (#4)
        (1, ELIV + " (ELIV)", ELIV),
        (1, "provincie Limburg", "provincie Limburg"),   # owner of ELIV
        (1, KBB + " (KBB)", KBB),
        (2, "GO!", "GO!"),
        (2, "onderwijsinspectie", "onderwijsinspectie"),   # gezamenlijke zitting met de onderwijsinspectie
        # LOP-deskundigen, CLB-netten, CLB-medewerkers, "de preventiedienst" in Gent: generic / common noun (#6)
        (3, "afdeling Jeugd", "afdeling Jeugd", "gefaciliteerd door de afdeling Jeugd"),
        (3, "De Ambrassade", "De Ambrassade"), (3, "Formaat", "Formaat"), (3, "JES", "JES", "Formaat, JES"),
        (3, "Uit De Marge", "Uit de Marge", "JES, Uit De Marge"), (3, NJSR + " (NJSR)", NJSR),
        (3, "NJSR", NJSR, "Het NJSR bracht"),
        (3, "Uit De Marge", "Uit de Marge", "Uit De Marge en JES hadden"),
        (3, "JES", "JES", "en JES hadden"),
        (3, "afdeling Jeugd", "afdeling Jeugd", "overleg met de afdeling Jeugd"),
    ],
    "Y11": [
        ("op", "Gezinsbond", "Gezinsbond"), ("op", "VVSG", "VVSG"), ("op", NGV + " (NGV)", NGV),
        # description: "de Huizen van het Kind", "een Huis van het Kind": generic
        (1, OPG, OPG),
        (1, NGV + " (NGV)", NGV),
        (1, "NGV", NGV, "Het NGV installeerde"),
        (1, "Huis van het Kind Noorderkempen", "Huis van het Kind Noorderkempen"),
        (1, "NGV", NGV, "overlegde het NGV"), (1, "Gezinsbond", "Gezinsbond"),
        (1, "NGV", NGV, "bijeenkomst van het NGV"), (1, OPG, OPG),
    ],
    "Y12": [
        ("op", PLAT, PLAT), ("op", "EMB", "EMB"), ("op", VCI + " (VCI)", VCI),
        # description identical to dev-2025-12 W08 (no organisation there either)
        (1, PLAT, PLAT),
        (1, "afdeling Justitiehuizen", "afdeling Justitiehuizen"),
        # "het Platform": back-reference (D4, o19 #12)
        (1, "EMB", "EMB"),
        (1, VCI + " (VCI)", VCI),
        (2, "EMB", "EMB", "Met het EMB"),
        (2, "EMB", "EMB", "Het EMB en"), (2, "afdeling Justitiehuizen", "afdeling Justitiehuizen"),
        (2, "VCI", VCI, "Het VCI richtte"),
        (2, CTD + " (CTD)", CTD),
        (2, "EMB", "EMB", "In overleg met het EMB"),
        (2, "EMB", "EMB", "werkgroep van het EMB"),
    ],
    "Y13": [
        ("op", "VDAB", "VDAB"), ("op", "Trajectbureau Werkkracht vzw", "Trajectbureau Werkkracht"),
        ("op", "Atelier Kruispunt cv", "Atelier Kruispunt"),
        ("desc", "VDAB", "VDAB", "methodiek die VDAB"),
        # "De VDAB-bemiddelaars" (desc and entry): staff, a modifier use (D5), #7
        (1, "VDAB", "VDAB", "VDAB zette"),
        (1, "Trajectbureau Werkkracht vzw", "Trajectbureau Werkkracht"),
        (1, "Opleidingscentrum Vakwerk Gent", "Opleidingscentrum Vakwerk Gent"),
        (1, "VDAB Oost-Vlaanderen", "VDAB"),   # a regional part of VDAB: mention of VDAB (#8)
        (1, "Trajectbureau Werkkracht", "Trajectbureau Werkkracht", "waarin ook Trajectbureau Werkkracht"),
        (1, "sociale werkplaats Atelier Kruispunt cv", "Atelier Kruispunt"),   # D1
        # "Voor de provincie Antwerpen werd een gelijkaardig partneroverleg opgestart": territory
        (1, "Vilvoorde", "stad Vilvoorde", "lokale besturen van Vilvoorde"),   # afgestemd met (partners)
        (1, "Machelen", "gemeente Machelen"),
        (1, "VDAB", "VDAB", "jobcoaches van VDAB"), (1, "stad Vilvoorde", "stad Vilvoorde"),
        (1, "VDAB-teams", "VDAB"),       # VDAB's teams (a body of it), #7
        (1, "vzw Talentbrug", "Talentbrug"),
        (1, "bv Gelijkwerk HR", "Gelijkwerk HR"),   # "het rekruteringskantoor bv Gelijkwerk HR"
        (("b", 1), "VDAB", "VDAB"),      # budget cell "Reguliere werking (VDAB)"
    ],
    "Y14": [
        ("op", "VVSG", "VVSG"), ("op", "OCAD", "OCAD"), ("op", "FOD Binnenlandse Zaken", "FOD Binnenlandse Zaken"),
        ("op", ELIV + " (ELIV)", ELIV),
        # description identical to dev-2025-12 W11 (no organisation record there; "de federale/Vlaamse overheid" D2)
        (1, "FOD Binnenlandse Zaken", "FOD Binnenlandse Zaken"),
        (1, "Maaseik", "stad Maaseik"), (1, "Dilsen-Stokkem", "stad Dilsen-Stokkem"),
        (1, "Kinrooi", "gemeente Kinrooi"),          # De LIVC's van ... (owners, o19 #6)
        (1, "Tienen", "stad Tienen"), (1, "Landen", "stad Landen"),   # "In Tienen en Landen vergaderden de lokale cellen" (#9)
        # "De LIVC-R Meetjesland": a body, not an organisation (as o19's LIVC-R Noorderkempen)
        (1, "Eeklo", "stad Eeklo"), (1, "Maldegem", "gemeente Maldegem"), (1, "Kaprijke", "gemeente Kaprijke"),
        (1, "ELIV", ELIV, "ELIV ondersteunt"),       # acronym alone, expansion in this item's field (and Y10)
        (1, "ELIV", ELIV, "coördinatoren van ELIV"),
        (1, "Hasselt", "stad Hasselt"), (1, "Genk", "stad Genk"), (1, "Beringen", "stad Beringen"),
        (1, "Centrum Geestelijke Gezondheidszorg Ankerpunt", "Centrum Geestelijke Gezondheidszorg Ankerpunt"),
        (1, TZA + " (TZA)", TZA),
        (1, "FOD Binnenlandse Zaken", "FOD Binnenlandse Zaken"), (1, "VVSG", "VVSG"),
        (2, OPG, OPG),
        (2, "De Ambrassade", "De Ambrassade", "De Ambrassade bracht"),
        (2, "Opgroeien", OPG, "tussen Opgroeien"),   # D4: short form of the name printed in full in this entry
        (2, "De Ambrassade", "De Ambrassade", "Opgroeien, De Ambrassade"),
        (2, "Uit De Marge", "Uit de Marge"),
        (2, "Platform Welzijn en Veiligheid Oostende", "Platform Welzijn en Veiligheid Oostende"),   # #10
        # "dat de stad ... oprichtte": common-noun back-reference (as o19 #9)
        (2, "vzw Kustverbinding", "Kustverbinding"),
    ],
    "Y15": [
        ("op", "DG EPI", "DG EPI"), ("op", CDR + " (CDR)", CDR), ("op", "Herstelbemiddeling Brabant vzw", "Herstelbemiddeling Brabant"),
        ("desc", "Directoraat-Generaal Penitentiaire Inrichtingen", "DG EPI"),   # as o19 W12
        (1, "DG EPI", "DG EPI", "overleg met DG EPI over"),
        (1, "DG EPI", "DG EPI", "zetelen DG EPI"), (1, "afdeling Justitiehuizen", "afdeling Justitiehuizen"),
        (1, OPG, OPG),
        (1, "departement WVG", "departement WVG"),
        # "de gevangenissen van Hasselt, Brugge en Beveren", "in Haren": prisons/places (as o19)
        (1, "Herstelbemiddeling Brabant vzw", "Herstelbemiddeling Brabant"),
        (1, CDR + " (CDR)", CDR),
        (1, AHR + " (AHR)", AHR),
        (1, "DG EPI", "DG EPI", "In overleg met DG EPI"),
    ],
    "Y16": [
        ("op", "VVI", VVI), ("op", DICE + " (DICE)", DICE), ("op", OMS + " (OMS)", OMS),
        ("desc", "VVI", VVI),            # as o19 W14
        # "BRAIN-be-onderzoek", "project KOMPAS-R": programme / project
        (1, DICE + " (DICE)", DICE),
        (1, "Universiteit Antwerpen", "UAntwerpen"),
        (1, "datastudio Cijferwerk bv", "Cijferwerk"),   # D1 lower-case type noun dropped
        (1, "afdeling Justitiehuizen", "afdeling Justitiehuizen"),
        (1, "DICE", DICE, "naast DICE"),
        (1, JURES + " (JuReS)", JURES),
        (1, "Universiteit Hasselt", "Universiteit Hasselt"),
        (2, OMS + " (OMS)", OMS),
        (2, "Statistiek Vlaanderen", "Statistiek Vlaanderen"), (2, "Vlaams Vredesinstituut", VVI),
        (2, "OMS", OMS, "comité van het OMS"),
        # "vertegenwoordigers van het Platform": back-reference (D4)
        (2, "OMS", OMS, "redactieraad van het OMS"),
        (2, "cv Denkwerf Sociaal", "Denkwerf Sociaal"),
        (2, ICL + " (ICL)", ICL),
        (2, "OMS", OMS, "stelde het OMS"),
        (2, "Vlaams Parlement", "Vlaams Parlement"),   # host of the hoorzitting (D3)
        (2, "OMS", OMS, "2026 van het OMS"),
        (("b", 2), "VVI", VVI),          # "70.000 euro cofinanciering VVI" in the budget cell
    ],
    "Y17": [
        ("op", "CAW's", "CAW's"), ("op", OPG, OPG), ("op", CTV + " (CTV)", CTV),
        # real 10.1 description, identical to dev-2025-12 W15: as o19
        ("desc", "Jongerenwelzijn", "Jongerenwelzijn"), ("desc", "Opvoedingslijn", "Opvoedingslijn"),
        (1, OPG, OPG),
        (1, CTV + " (CTV)", CTV),
        (1, EJE + " (EJE)", EJE),
        (1, "EJE", EJE, "het EJE had"),
        # "de consultteams (van Gent en Brugge)", "referentieconsulenten": generic
        # e2: "De CAW-referentiepersonen": modifier use of a generic (D5)
        (2, "CAW Oost-Vlaanderen", "CAW Oost-Vlaanderen"),   # host of the meeting (D3)
        (2, "CAW Limburg", "CAW Limburg"),
        (2, "Opvoedingslijn", "Opvoedingslijn"),
        (2, "CTV", CTV, "Het CTV organiseerde"),
    ],
    "Y18": [
        ("op", "Atlas", "Atlas"), ("op", "Agentschap Integratie en Inburgering", "AgII"), ("op", VCI + " (VCI)", VCI),
        ("op", FLV + " (FLV)", FLV),
        # real 11.1 description, identical to dev-2025-12 W16: as o19
        ("desc", "AgII", "AgII"), ("desc", "Atlas", "Atlas"), ("desc", "Atlas", "Atlas"),
        (1, "Vereniging Moskeebesturen Kempen", "Vereniging Moskeebesturen Kempen"),
        (1, "Atlas", "Atlas", "waarin Atlas"), (1, "Agentschap Integratie en Inburgering", "AgII"),
        (1, "VCI", VCI),
        # "het Agentschap" (twice): common-noun back-reference (D4, as o19)
        (1, FLV + " (FLV)", FLV),
        (1, "FLV", FLV, "Het FLV en"),
        (1, "Atlas", "Atlas", "lesgeversteam van Atlas"),
        (1, "nv Zilverlijn Events", "Zilverlijn Events"),
    ],
    "Y19": [
        ("op", "Inspectie LBV", "inspectie LBV"),   # capital only list-initial; same canonical as the entry (#11)
        ("op", INL, INL), ("op", VLL + " (VLL)", VLL),
        ("desc", "onderwijsinspectie levensbeschouwelijke vakken", "onderwijsinspectie levensbeschouwelijke vakken"),  # #11
        (1, "commissie levensbeschouwelijke vakken", "Commissie levensbeschouwelijke vakken"),   # standing body (o16 #7 via o19), #12
        # "De inspecteurs LBV": persons
        (1, VLL + " (VLL)", VLL), (1, INL, INL),
        (1, "inspectie LBV", "inspectie LBV"),
        (1, "VLL", VLL, "De VLL komt"),
        (1, "Stichting Erfgoed en Dialoog", "Stichting Erfgoed en Dialoog"),
        (1, "Stichting Dialoog over Grenzen", "Stichting Dialoog over Grenzen"),
        (1, "vzw Schoolpoort", "Schoolpoort"),
    ],
    "Y20": [
        ("op", "Koning Boudewijnstichting", "KBS"), ("op", "Opvoedingslijn", "Opvoedingslijn"),
        ("op", "vzw Achterland", "Achterland"), ("op", "Ouderplatform Brugkracht", "Ouderplatform Brugkracht"),
        ("desc", "opvoedingslijn", "Opvoedingslijn"),   # "de back-office van de opvoedingslijn" (as o19's 10.1 reading)
        (1, "vzw Achterland", "Achterland"),
        (1, "Vrijwilligersnetwerk Lotgenoten Limburg", "Vrijwilligersnetwerk Lotgenoten Limburg"),
        (1, "Ouderplatform Brugkracht", "Ouderplatform Brugkracht"),
        (1, "Welzijnsregio Westhoek-Leie", "Welzijnsregio Westhoek-Leie"),
        (1, "Huis van het Kind Ieper", "Huis van het Kind Ieper"),
        (2, "Koning Boudewijnstichting", "KBS", "lotgenotenwerking van de Koning Boudewijnstichting"),
        (2, "Opvoedingslijn", "Opvoedingslijn", "met de Opvoedingslijn"), (2, OPG, OPG),
        (2, "vzw Achterland", "Achterland"), (2, "Ouderplatform Brugkracht", "Ouderplatform Brugkracht"),
        (2, "Opvoedingslijn", "Opvoedingslijn", "back-office van de Opvoedingslijn"),
        (2, "Regionaal Zorgplatform Waas en Dender", "Regionaal Zorgplatform Waas en Dender"),
        (2, "Huis van het Kind Sint-Niklaas", "Huis van het Kind Sint-Niklaas"),
        (2, "Huizen van het Kind in Vilvoorde", "Huis van het Kind Vilvoorde"),   # two named houses (#13)
        (2, "Mechelen", "Huis van het Kind Mechelen", "Vilvoorde en Mechelen"),
        (2, "Koning Boudewijnstichting", "KBS", "Na overleg met de Koning Boudewijnstichting"),
    ],
    "Y21": [
        ("op", "vzw Brugfiguur", "Brugfiguur"), ("op", "vzw Tussenruimte", "Tussenruimte"),
        ("op", "Jongerenplatform Stemrecht vzw", "Jongerenplatform Stemrecht"), ("op", LJK + " (LJK)", LJK),
        ("op", "Redactiehuis Jong Geluid vzw", "Redactiehuis Jong Geluid"),
        # description: the projects of the call, no organisation
        (1, "vzw Brugfiguur", "Brugfiguur"), (1, "vzw Tussenruimte", "Tussenruimte"),
        (1, "Jongerenplatform Stemrecht vzw", "Jongerenplatform Stemrecht"), (1, LJK + " (LJK)", LJK),
        (1, "Redactiehuis Jong Geluid vzw", "Redactiehuis Jong Geluid"),
        # "– Kortrijk", "– Brussel" ...: the project's place
        (1, "afdeling Jeugd", "afdeling Jeugd"),
        (1, "vzw Jongerenhaven Genk", "Jongerenhaven Genk"),   # host of the intervisie (D3)
        (2, "vzw Brugfiguur", "Brugfiguur"),
        (2, "LJK", LJK, "begeleidingscomité van de LJK"),
        # "de jeugdhuizen van Genk en Maasmechelen": unnamed, generic (#14)
        (2, "vzw Tussenruimte", "Tussenruimte"),
        (2, "Fondation Passerelle", "Fondation Passerelle"), (2, "stad Brussel", "stad Brussel"),
        (2, "Filmcollectief Spiegelbeeld", "Filmcollectief Spiegelbeeld"), (2, "vzw Verhalenwerf", "Verhalenwerf"),
        (2, "LJK", LJK, "jeugdwerkers van de LJK"),
    ],
    "Y22": [
        ("op", "Mediawijs", "Mediawijs"), ("op", "Stampmedia", "StampMedia"), ("op", BMD + " (BMD)", BMD),
        ("op", "Omroepcollectief Mozaïek", "Omroepcollectief Mozaïek"),
        # description: project rePresent, no organisation
        (1, "Mediawijs", "Mediawijs", "Mediawijs zette"),
        (1, "Stampmedia", "StampMedia"), (1, BMD + " (BMD)", BMD),
        (1, "Stampmedia", "StampMedia", "redactie van Stampmedia"),   # host (D3)
        (1, "Mediawijs", "Mediawijs", "Mediawijs en de BMD"), (1, "BMD", BMD, "de BMD overlegden"),
        (1, "VRT", "VRT"), (1, "Omroepcollectief Mozaïek", "Omroepcollectief Mozaïek"),
        (1, "BMD-bestuur", BMD),         # a compound naming one of its bodies (its board): mention
        (1, "Mediawijs", "Mediawijs", "Mediawijs' klankbordgroep"),   # owner of its klankbordgroep
        (1, "Redactieplatform Nieuwsnest", "Redactieplatform Nieuwsnest"),
        (1, "Stichting Mediadialoog", "Stichting Mediadialoog"),
    ],
}


def build():
    claims = Claims()
    out = []
    for item in sorted(ITEMS):
        d = ITEMS[item]
        rows = ORGS.get(item, [])
        order = {"op": 0, "desc": 1}
        keyed = []
        for row in rows:
            field, raw, canon = row[0], row[1], row[2]
            ctx = row[3] if len(row) > 3 else None
            budget = isinstance(field, tuple)
            if field == "op":
                where, entry_no, text = "other_parties", None, d["other_parties_text"]
            elif field == "desc":
                where, entry_no, text = "description", None, d["description"]
            else:
                entry_no = field[1] if budget else field
                where = "entry"
                text = field_text(item, "entry", entry_no, budget=budget)
            key = (item, where, entry_no, budget)
            span = claims.claim(key, text, raw, ctx)
            rec = {"item": item, "action_id": d["action_id"], "where": where, "entry_no": entry_no,
                   "mention": raw, "canonical": canon, "raw": raw}
            if budget:
                rec["location"] = "budget"
            sortkey = (order.get(field, 2) if not budget else 2, entry_no or 0, 1 if budget else 0, span[0])
            keyed.append((sortkey, rec, span))
        keyed.sort(key=lambda x: x[0])
        out.extend(r for _, r, _ in keyed)
    write_jsonl(SET / "organisations.jsonl", out)
    return out, claims


if __name__ == "__main__":
    recs, _ = build()
    print(len(recs), "organisation records")
