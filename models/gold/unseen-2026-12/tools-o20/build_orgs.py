"""o20: organisation mentions of unseen-2026-12 (SYNTHETIC, report date 2026-12-01), by hand, in text order per field.

Row: (field, raw, canonical[, ctx]) where field is "op" (other_parties_text), "desc" (item description),
an entry number (entry description) or ("b", n) (entry n's budget cell, location "budget").
mention == raw, as in dev-2025-12. ctx (optional) is a longer printed string in which the raw is located.
Reasons for the non-obvious rows are in NOTES-o20.md (decisions D-numbers).
Descriptions identical to dev-2025-12 (13 actions) are annotated as o19 annotated them there.
"""
from common import ITEMS, Claims, SET, field_text, write_jsonl

VPR = "Vlaams Platform Radicalisering"
CPG = "College van Procureurs-generaal"
WVG = "departement WVG"
OPG = "Agentschap Opgroeien"
SCB = "onderzoeksgroep Samenleving, Conflict en Beleid"
FWS = "Federatie Wijkgerichte Samenlevingsopbouw"
NBV = "Netwerk Brugfiguren Vlaanderen"
KPD = "Kenniscentrum Polarisatie en Dialoog"
BPW = "Brussels Platform voor Wijkbemiddeling"
ENB = "Europees Netwerk Burgerschapsleraren"
COB = "Centrum voor Onderwijsinnovatie en Burgerschap"
SLR = "Steunpunt Lokale Regie"
KDLB = "Kenniscentrum Democratie en Lokaal Bestuur"
VPV = "Vereniging van Preventieambtenaren Vlaanderen"
KOH = "Kennisplatform Online Haat"
IPN = "Intergemeentelijke Preventiedienst Netekant"
DZPN = "Deutsches Zentrum für Präventionsnetzwerke"
VBHW = "Vereniging voor Bemiddeling en Herstel in de Wijk"
PKJL = "Platform Kwetsbare Jongeren Limburg"
EKS = "Expertisecentrum Kind en Samenleving"
VWI = "Vereniging Werkgevers voor Inclusie"
CAV = "Centrum voor Arbeid en Verscheidenheid"
IPD = "Intergemeentelijke Preventiedienst Demervallei"
WEN = "Centrum voor Contextuele Gezinsbegeleiding Wending"
FGN = "Federatie Gevangenisbezoek en Nazorg"
ICRD = "Interuniversitair Centrum voor Re-integratie en Desistance"
KHW = "Kenniscentrum Herstelgericht Werken"
GHS = "onderzoeksgroep Geweld, Herstel en Samenleving"
CRES = "Centre de Recherche sur l'Extrémisme et la Société"
HCV = "Herstelcirkels Vlaanderen"
ODS = "Opleidingscentrum Digitale Sporen"
CCZA = "Centrum voor Cultuursensitieve Zorg Antwerpen"
ROKB = "Raad van Orthodoxe Kerkgemeenschappen in België"
VFM = "Vlaamse Federatie van Moskeekoepels"
KGVR = "Kenniscentrum Geestelijke Verzorging en Religie"
IIB = "Islamitisch Instituut voor Bedienaars"
CHOL = "Centrum voor Hoger Onderwijs en Levensbeschouwing"
ENIS = "Europees Netwerk voor Islamitische Studies"
BHB = "Burgerschapshuis Brussel"
SDS = "Studio Democratisch Samenleven"
NLLL = "Netwerk Levensbeschouwelijke Leerkrachten Limburg"
INV = "Interlevensbeschouwelijk Netwerk Vlaanderen"
LBV = "commissie levensbeschouwelijke vakken"
OTTW = "Ouders Tussen Twee Werelden"
OPDB = "Ouderplatform Diversiteit Brussel"
FONV = "Federatie Ouderverenigingen Nieuwe Vlamingen"
FOB = "Federatie van Ouderraden Brussel"
KJV = "Kenniscentrum Jeugd en Verbinding"
DMJ = "onderzoeksgroep Digitale Media en Jongeren"
WDK = "Werkgeversplatform Diversiteit Kempen"
NOR = "Netwerk Ondernemers met Roots"
DWSE = "departement Werk en Sociale Economie"


def same(*names):
    """rows whose raw equals canonical"""
    return [(n,) for n in names]


ORGS = {
    "X01": [
        ("op", "VVSG", "VVSG"), ("op", "VGC", "VGC"), ("op", "OCAD", "OCAD"),
        ("op", "FOD Justitie", "FOD Justitie"), ("op", OPG, OPG),
        # real 1.1 description, identical to dev-2025-12 W01: as o19
        ("desc", VPR, VPR), ("desc", "OCAD", "OCAD"), ("desc", "FOD Justitie", "FOD Justitie"),
        ("desc", "VGC", "VGC"), ("desc", "VVSG", "VVSG"), ("desc", "ABB", "ABB"),
        (1, "ABB", "ABB"),                      # het centraal aanspreekpunt binnen ABB
        (1, VPR, VPR),
        (1, "OCAD", "OCAD"), (1, "VGC", "VGC"),
        (1, OPG, OPG),
        (1, "ABB", "ABB", "waarin ABB"), (1, "VVSG", "VVSG"),   # bureau: waarin ABB, de VVSG en het departement WVG
        (1, "departement Welzijn, Volksgezondheid en Gezin", WVG),
        (2, "Vlaamse Regering", "Vlaamse Regering"),          # conceptnota aan de Vlaamse Regering
        (2, "studiebureau Kantelpunt Beleidsadvies bv", "Kantelpunt Beleidsadvies"),
        (2, "ABB", "ABB"),
        (2, "Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)",
         "Nationaal Coördinator Terrorismebestrijding en Veiligheid"),   # host of the (postponed) werkbezoek
        (("b", 2), "Kantelpunt Beleidsadvies", "Kantelpunt Beleidsadvies"),
    ],
    "X02": [
        ("op", "Meetlat Beleidsonderzoek bv", "Meetlat Beleidsonderzoek"), ("op", "Vrije Universiteit Brussel", "VUB"),
        (1, "studiebureau Meetlat Beleidsonderzoek bv", "Meetlat Beleidsonderzoek"),
        (1, "onderzoeksgroep Samenleving, Conflict en Beleid (SCB)", SCB),
        (1, "Vrije Universiteit Brussel", "VUB"),
        (1, "ABB", "ABB"),
        (1, "SCB", SCB),                         # Het SCB en Meetlat overlegden
        (1, "Meetlat", "Meetlat Beleidsonderzoek", "Het SCB en Meetlat"),   # D4 short form
        (1, "Federatie Wijkgerichte Samenlevingsopbouw (FWS)", FWS),
        (1, NBV, NBV),
        (1, "Netwerkbureau Verbindingslijn cv", "Netwerkbureau Verbindingslijn"),
    ],
    "X03": [
        ("op", "OCAD", "OCAD"), ("op", "FOD Justitie", "FOD Justitie"), ("op", "VVSG", "VVSG"),
        ("op", "safe.brussels", "safe.brussels"),
        # real 2.1 description, identical to dev-2025-12 W03: as o19
        ("desc", "Nationale Task Force", "NTF"),
        ("desc", "College van Procureurs-generaal", CPG),
        ("desc", "College Procureurs-generaal", CPG),
        ("desc", "Brussels Hoofdstedelijk Gewest", "Brussels Hoofdstedelijk Gewest"),
        (1, "Nationale Task Force (NTF)", "NTF"),
        (1, VPR, VPR),
        (1, "NTF", "NTF", "werkgroep Preventie van de NTF"),   # owner of its werkgroep
        # "de Vlaamse Gemeenschap het trekkerschap opneemt": not a mention (D2, see NOTES)
        (1, "ABB", "ABB"), (1, "OCAD", "OCAD"), (1, "VSSE", "VSSE"),
        (1, "Fédération Wallonie-Bruxelles", "Franse Gemeenschap"),   # gazetteer alias
        (1, "Kenniscentrum Polarisatie en Dialoog (KPD)", KPD),
        (1, "afdeling Justitiehuizen", "afdeling Justitiehuizen"),
        (2, "College van procureurs-generaal", CPG),
        (2, "afdeling Justitiehuizen", "afdeling Justitiehuizen"),
        (2, "Agentschap Justitie en Handhaving", "Agentschap Justitie en Handhaving"),
        (2, "DG EPI", "DG EPI"), (2, "OCAD", "OCAD"),
        (2, "FOD Justitie", "FOD Justitie"),
        (2, "Datavlak nv", "Datavlak"),
        (2, "afdeling Justitiehuizen", "afdeling Justitiehuizen"),
        (2, "Datavlak nv", "Datavlak"),
        (3, "Brussels Hoofdstedelijk Gewest", "Brussels Hoofdstedelijk Gewest"),  # owner of the GVPP (D6)
        (3, "safe.brussels", "safe.brussels"),
        (3, "ABB", "ABB"), (3, "VGC", "VGC"),
        (3, "ABB", "ABB"), (3, "VGC", "VGC"),
        (3, "Brussels Platform voor Wijkbemiddeling vzw (BPW)", BPW),
        (3, "BPW", BPW),                         # Het BPW krijgt in 2027 een vaste zitting
        (3, "gemeente Sint-Jans-Molenbeek", "gemeente Sint-Jans-Molenbeek"),  # de preventiedienst van de gemeente
        (3, "vzw Brusselse Buurtbemiddeling Kwartier", "Brusselse Buurtbemiddeling Kwartier"),
    ],
    "X04": [
        # description: ET2020-werkgroep and the Paris Declaration are no organisations
        # "Vlaanderen wordt er vertegenwoordigd" / "die Vlaanderen zelf zou organiseren": not mentions (D2)
        (1, "departement Onderwijs en Vorming", "departement OV"),
        (1, "Europees Netwerk Burgerschapsleraren (ENB)", ENB),
        (1, "Hogeschool Dijleland", "Hogeschool Dijleland"),
        (1, "GO!", "GO!"), (1, "Katholiek Onderwijs Vlaanderen", "KOV"), (1, "OVSG", "OVSG"), (1, "POV", "POV"),
        (1, "ENB", ENB),                         # Het ENB stelde er zijn handreiking voor
        (1, "Centrum voor Onderwijsinnovatie en Burgerschap (COB)", COB),
        (1, "Hogeschool Scheldeland", "Hogeschool Scheldeland"),
    ],
    "X05": [
        ("op", "Vilvoorde", "stad Vilvoorde"), ("op", "Mechelen", "stad Mechelen"),
        ("op", "Maasmechelen", "gemeente Maasmechelen"), ("op", "Lanaken", "gemeente Lanaken"),
        ("op", "Lokeren", "stad Lokeren"), ("op", "Kortrijk", "stad Kortrijk"),
        ("op", "Sint-Niklaas", "stad Sint-Niklaas"), ("op", "Ronse", "stad Ronse"),
        ("op", "Steunpunt Lokale Regie vzw", SLR),
        # the seven subsidised municipalities (recipients of an amount)
        (1, "Vilvoorde", "stad Vilvoorde", "Vilvoorde (92.000"),
        (1, "Mechelen", "stad Mechelen", "Mechelen (78.500"),
        (1, "Maasmechelen", "gemeente Maasmechelen", "Maasmechelen i.s.m."),
        (1, "Lanaken", "gemeente Lanaken", "Lanaken (64.250"),
        (1, "Lokeren", "stad Lokeren", "Lokeren (51.000"),
        (1, "Kortrijk", "stad Kortrijk", "Kortrijk (70.400"),
        (1, "Sint-Niklaas", "stad Sint-Niklaas", "Sint-Niklaas (58.300"),
        (1, "Ronse", "stad Ronse", "Ronse (43.900"),
        (1, "Steunpunt Lokale Regie vzw (SLR)", SLR),
        (1, "SLR", SLR, "Het SLR organiseerde"),
        # "In Kortrijk / in Ronse / in Lokeren / in Sint-Niklaas" are places; the named units execute (D-note)
        (1, "dienst Samenleven en Veiligheid", "dienst Samenleven en Veiligheid"),
        (1, "cel Integrale Veiligheid", "cel Integrale Veiligheid"),
        (1, "cel Veiligheid en Samenleven", "cel Veiligheid en Samenleven"),
        (1, "partnerorganisatie Wijkhuis De Kruising vzw", "Wijkhuis De Kruising"),
        (2, "ABB", "ABB"),
        (2, "stad Menen", "stad Menen"), (2, "gemeente Zele", "gemeente Zele"),
        (2, "Kenniscentrum Democratie en Lokaal Bestuur (KDLB)", KDLB),
        (2, "ABB", "ABB", "jaarverslag 2026 van ABB"),
        (2, "KDLB", KDLB, "Het KDLB bundelt"),
    ],
    "X06": [
        ("op", "VVSG", "VVSG"), ("op", "SALAR", "SALAR"), ("op", "VNG", "VNG"),
        ("desc", "VVSG", "VVSG"),                 # real 4.3 description, as o19
        # "Het VVSG-project": modifier use (D5), as o16 #9 / o19
        (1, "Vereniging van Preventieambtenaren Vlaanderen (VPV)", VPV),
        (1, "ABB", "ABB"),
        (1, "Kennisplatform Online Haat (KOH)", KOH),
        (1, "KOH", KOH, "Het KOH werd"),
        (1, "Stichting Digitale Burgerzin", "Stichting Digitale Burgerzin"),
        (1, "Podium Tegenstem vzw", "Podium Tegenstem"),
        (2, "VVSG", "VVSG", "De VVSG zette"),
        (2, "Agentschap Integratie en Inburgering", "AgII"),
        (2, "Provinciale Dienst Samenleven en Veiligheid Limburg", "Provinciale Dienst Samenleven en Veiligheid Limburg"),
        (2, "VVSG", "VVSG", "de VVSG, de stad Turnhout"),
        (2, "stad Turnhout", "stad Turnhout"),
        (2, "Intergemeentelijke Preventiedienst Netekant (IPN)", IPN),
        (3, "VVSG", "VVSG", "De VVSG organiseerde"),
        (3, "KDLB", KDLB),                        # acronym introduced in X05 (same set)
        (3, "VVSG", "VVSG", "overlegde de VVSG"),
        (3, "SALAR", "SALAR"),
        (3, "VNG", "VNG"),                        # de Nederlandse VNG (country adjective no part of the name)
        (3, "VVSG", "VVSG", "De VVSG woonde"),
        (3, "European Forum for Urban Security", "European Forum for Urban Security"),
        # "het Nordic Safe Cities-seminarie": event use of the name (D5)
        (3, "VVSG", "VVSG", "ontving de VVSG"),
        (3, "Deutsches Zentrum für Präventionsnetzwerke (DZPN)", DZPN),
    ],
    "X07": [
        (1, "vzw Buurtwijs", "Buurtwijs"),
        (1, "FWS", FWS),                          # acronym introduced in X02
        (1, "dienst Samenleven", "dienst Samenleven", "de dienst Samenleven van"),
        (1, "stad Sint-Truiden", "stad Sint-Truiden"),
        (1, "wijkcollectief Klaverveld", "Klaverveld"),       # D1
        (1, "Fonds Veerkrachtige Wijken", "Fonds Veerkrachtige Wijken"),
        (1, "Stichting Lokaal Vertrouwen", "Stichting Lokaal Vertrouwen"),
        (1, "vzw Sportwerking Balans", "Sportwerking Balans"),
        (1, "adviesbureau Drieslag Consult bv", "Drieslag Consult"),
        (1, "ABB", "ABB"), (1, "VVSG", "VVSG"),   # redactieraad samengesteld uit vertegenwoordigers van ...
        (1, "Vereniging voor Bemiddeling en Herstel in de Wijk (VBHW)", VBHW),
    ],
    "X08": [
        ("op", "VVSG", "VVSG"), ("op", "De Ambrassade", "De Ambrassade"), ("op", "Uit De Marge", "Uit de Marge"),
        ("op", "Formaat", "Formaat"), ("op", "JES", "JES"),
        # real 4.7 description, identical to dev-2025-12 W07: as o19
        ("desc", "onderwijsinspectie", "onderwijsinspectie"), ("desc", "De Ambrassade", "De Ambrassade"),
        ("desc", "VVJ", "VVJ"), ("desc", "Formaat", "Formaat"), ("desc", "JES", "JES"),
        ("desc", "Uit de Marge", "Uit de Marge"), ("desc", "Groep Intro", "Groep Intro"),
        ("desc", "afdeling jeugd", "afdeling Jeugd"),
        (1, "Netwerk Islamexperten", "Netwerk Islamexperten"), (1, "Opvoedingslijn", "Opvoedingslijn"),
        (1, "1712", "1712"),                      # de hulplijn 1712, as o19 #2
        (1, "Child Focus", "Child Focus"), (1, "Jongerenlijn Tegenwind", "Jongerenlijn Tegenwind"),
        (1, "Child Focus", "Child Focus"),        # Op vraag van Child Focus
        (1, "Unia", "Unia"),
        (1, "Meldpunt Polarisering", "Meldpunt Polarisering"),
        (1, "stad Vilvoorde", "stad Vilvoorde"),
        (1, "VVSG", "VVSG"),
        # de lokale radicaliseringsambtenaren van Antwerpen, Gent en Vilvoorde: the municipalities (o19 #6)
        (1, "Antwerpen", "stad Antwerpen"), (1, "Gent", "stad Gent"),
        (1, "Vilvoorde", "stad Vilvoorde", "Gent en Vilvoorde"),
        (1, "GO!", "GO!"), (1, "Katholiek Onderwijs Vlaanderen", "KOV"), (1, "OVSG", "OVSG"), (1, "POV", "POV"),
        (2, "OCAD", "OCAD"),
        (2, "onderwijsinspectie", "onderwijsinspectie"),   # de algemene vergadering van de onderwijsinspectie
        (2, "federale politie", "federale politie"),
        (2, "LOP Brussel", "LOP Brussel"), (2, "LOP Antwerpen Secundair", "LOP Antwerpen Secundair"),
        (2, "LOP Oostende", "LOP Oostende"),
        (3, "afdeling Jeugd", "afdeling Jeugd"),
        (3, "De Ambrassade", "De Ambrassade"), (3, "Uit De Marge", "Uit de Marge"),
        (3, "Formaat", "Formaat"), (3, "JES", "JES"),
        (3, "Platform Kwetsbare Jongeren Limburg (PKJL)", PKJL),
        (3, "PKJL", PKJL),
        (3, "De Ambrassade", "De Ambrassade"), (3, "Uit De Marge", "Uit de Marge"),
        (3, "Jeugdhuis Stroomop", "Jeugdhuis Stroomop"),
        (3, "vzw Tegenlicht Jeugdwerk", "Tegenlicht Jeugdwerk"),
        (3, "Jeugdcentrum Kiemkracht", "Jeugdcentrum Kiemkracht"),   # visited by the members (host, D3)
        (("b", 3), "afdeling Jeugd", "afdeling Jeugd"),
    ],
    "X09": [
        ("op", "VBJK", "VBJK"), ("op", "Gezinsbond", "Gezinsbond"), ("op", EKS, EKS),
        # description: "De Huizen van het Kind" / "een Huis van het Kind" are generic (D-note)
        (1, OPG, OPG),
        (1, "Gezinsbond", "Gezinsbond"), (1, "VBJK", "VBJK"),
        (1, "Expertisecentrum Kind en Samenleving (EKS)", EKS),
        (1, "Huis van het Kind Scheldemeersen", "Huis van het Kind Scheldemeersen"),
        (1, "Huis van het Kind Kempenhart", "Huis van het Kind Kempenhart"),
        (1, "EKS", EKS, "Het EKS en het VBJK"), (1, "VBJK", "VBJK", "Het EKS en het VBJK"),
        (1, "EKS", EKS, "studievoormiddag van het EKS"),
        (("b", 1), "Opgroeien", OPG),             # D4 short form of the name printed in full in the item
    ],
    "X10": [
        ("op", "Arktos", "Arktos"),
        (1, "Arktos", "Arktos", "CONNECT van Arktos"),
        (1, "bureau Schoolpeil cv", "Schoolpeil"),
        (1, "departement Onderwijs en Vorming", "departement OV"),
        (1, "Arktos", "Arktos", "Vorming, Arktos"),
        (1, "GO!", "GO!"), (1, "Katholiek Onderwijs Vlaanderen", "KOV"), (1, "OVSG", "OVSG"),
        (1, "Arktos", "Arktos", "interventieteam van Arktos"),
        (1, "Onderwijscentrum Brussel", "Onderwijscentrum Brussel"),
        (1, "vzw Klasbrug", "Klasbrug", "Brussel en de vzw Klasbrug"),
        (1, "Arktos", "Arktos", "Arktos en de vzw Klasbrug"),
        (1, "vzw Klasbrug", "Klasbrug", "Arktos en de vzw Klasbrug"),
        (1, "vzw Schoolnabij Limburg", "Schoolnabij Limburg"),
        (1, "Arktos", "Arktos", "organiseerde Arktos"),
        (1, "Landelijk Netwerk Schoolveerkracht", "Landelijk Netwerk Schoolveerkracht"),
    ],
    "X11": [
        ("desc", "VDAB", "VDAB", "methodiek die VDAB"),
        # "De VDAB-bemiddelaars": modifier use (D5)
        (1, "VDAB", "VDAB", "VDAB zette"),
        (1, "Jobcentrum Kanaalzone cv", "Jobcentrum Kanaalzone"),
        (1, "vzw Werkplek Noordrand", "Werkplek Noordrand"),
        (1, "Werkatelier Zuidrand vzw", "Werkatelier Zuidrand"),
        (1, "adviesbureau Trajectwerk bv", "Trajectwerk"),
        (1, "VDAB", "VDAB", "tussen VDAB"),
        (1, "Actiris", "Actiris"),
        (2, "VDAB", "VDAB", "organiseerde VDAB"),
        (2, "Vereniging Werkgevers voor Inclusie (VWI)", VWI),
        (2, "vzw Werkplek Noordrand", "Werkplek Noordrand"),
        (2, "Centrum voor Arbeid en Verscheidenheid (CAV)", CAV),
        (2, "CAV", CAV, "Het CAV en de VWI"), (2, "VWI", VWI, "Het CAV en de VWI"),
        (2, "VDAB", "VDAB", "van VDAB en"),
        (2, OPG, OPG),
        (2, VPR, VPR),
    ],
    "X12": [
        ("op", "VVSG", "VVSG"), ("op", "OCAD", "OCAD"), ("op", "Steunpunt Lokale Regie vzw", SLR),
        # real 6.1 description, identical to dev-2025-12 W11: o19 annotated no organisation in it
        (1, "ABB", "ABB"),
        (1, "Intergemeentelijke Preventiedienst Demervallei (IPD)", IPD),
        # intergemeentelijke LIVC-R voor de gemeenten ...: owners (o19 #6/#7; titles from municipalities.csv)
        (1, "Bilzen-Hoeselt", "stad Bilzen-Hoeselt"), (1, "Riemst", "gemeente Riemst"),
        (1, "Tongeren-Borgloon", "stad Tongeren-Borgloon"),
        # De LIVC's van Ronse, Oudenaarde en Geraardsbergen: the owners (o19 #6)
        (1, "Ronse", "stad Ronse"), (1, "Oudenaarde", "stad Oudenaarde"), (1, "Geraardsbergen", "stad Geraardsbergen"),
        (1, "SLR", SLR),
        (1, "FOD Binnenlandse Zaken", "FOD Binnenlandse Zaken"),
        (2, OPG, OPG),
        (2, "Centrum voor Contextuele Gezinsbegeleiding Wending vzw", WEN),
        (2, "Wending vzw", WEN, "samen met Wending vzw"),     # short form of the full name (D-note)
        (2, "onderzoeksgroep Jeugd, Gezin en Samenleving", "onderzoeksgroep Jeugd, Gezin en Samenleving"),
        (2, "Hogeschool Dijleland", "Hogeschool Dijleland"),
        (2, "Wending vzw", WEN, "Wending vzw ontving"),
        (3, "De Ambrassade", "De Ambrassade"),
        (3, "vzw Tegenlicht Jeugdwerk", "Tegenlicht Jeugdwerk"),
        (3, "Jeugdwerkcentrum Zuidrand", "Jeugdwerkcentrum Zuidrand"),
        (3, "Platform Straathoekwerk Noordrand", "Platform Straathoekwerk Noordrand"),
    ],
    "X13": [
        ("op", "DG EPI", "DG EPI"), ("op", "Herstelroute vzw", "Herstelroute"),
        ("desc", "Directoraat-Generaal Penitentiaire Inrichtingen", "DG EPI"),   # as o19 (W12)
        (1, "DG EPI", "DG EPI", "overleg met DG EPI"),
        (1, "DG EPI", "DG EPI", "naast DG EPI"),
        (1, "afdeling Justitiehuizen", "afdeling Justitiehuizen"),
        (1, "afdeling Welzijn en Samenleving", "afdeling Welzijn en Samenleving"),
        (1, "OCAD", "OCAD"),
        (1, "Herstelroute vzw", "Herstelroute"),
        (1, "Herstelroute", "Herstelroute", "aanbod van Herstelroute"),
        (1, "Federatie Gevangenisbezoek en Nazorg (FGN)", FGN),
        (("b", 1), "Herstelroute vzw", "Herstelroute"),
        # "de Vlaamse administraties Welzijn, Onderwijs, Werk en Jeugd": policy domains' administrations, generic
        (2, "Interuniversitair Centrum voor Re-integratie en Desistance (ICRD)", ICRD),
        # "De ICRD-onderzoekers": modifier use (D5)
        (2, "afdeling Welzijn en Samenleving", "afdeling Welzijn en Samenleving"),
        (2, "vzw Buitenbrug", "Buitenbrug"),
        (2, "Kenniscentrum Herstelgericht Werken (KHW)", KHW),
        (2, "Buitenbrug", "Buitenbrug", "Buitenbrug ontvangt"),
    ],
    "X14": [
        ("op", "Vlaams Vredesinstituut", "Vlaams Vredesinstituut"),
        ("desc", "VVI", "Vlaams Vredesinstituut"),   # as o19 (W14)
        (1, "BELSPO", "BELSPO"),
        (1, "onderzoeksgroep Geweld, Herstel en Samenleving (GHS)", GHS),
        (1, "Universiteit Gent", "UGent"),
        (1, "Centre de Recherche sur l'Extrémisme et la Société (CRES)", CRES),
        (1, "Université de Mons", "Université de Mons"),
        (1, "afdeling Justitiehuizen", "afdeling Justitiehuizen"),
        (1, NBV, NBV),
        (1, "vzw Herstelcirkels Vlaanderen (HCV)", HCV),
        (2, "Statistiek Vlaanderen", "Statistiek Vlaanderen"),
        (2, "Sociolab Analytics bv", "Sociolab Analytics"),
        (2, "KU Leuven", "KU Leuven"), (2, "Universiteit Antwerpen", "UAntwerpen"),
        (2, "Vlaams Vredesinstituut", "Vlaams Vredesinstituut"),
        (2, "SERV", "SERV", "met de SERV"),
        (2, "Vlaams Vredesinstituut", "Vlaams Vredesinstituut"),
        (2, "Vlaams Parlement", "Vlaams Parlement"),   # venue (D3), as o19 W14
        (2, "SERV-secretariaat", "SERV"),   # compound naming one of its bodies (D5)
        (2, "Statistiek Vlaanderen", "Statistiek Vlaanderen"),
    ],
    "X15": [
        # real 10.1 description, identical to dev-2025-12 W15: as o19
        ("desc", "Jongerenwelzijn", "Jongerenwelzijn"), ("desc", "Opvoedingslijn", "Opvoedingslijn"),
        # SDJ/OCJ, "het netwerk van referentieconsulenten", "In elk CAW": generic / meeting body (as o19)
        (1, "afdeling Justitiehuizen", "afdeling Justitiehuizen"),
        (1, "Opleidingscentrum Digitale Sporen (ODS)", ODS),
        (1, "Opvoedingslijn", "Opvoedingslijn"),
        (1, "CAW Antwerpen", "CAW Antwerpen"),
        # "De CAW's van Oost-Vlaanderen en West-Vlaanderen": generic collective (D-note)
        (1, "EKS", EKS),                          # acronym introduced in X09
        (1, "Centrum voor Cultuursensitieve Zorg Antwerpen (CCZA)", CCZA),
        (("b", 1), "ODS", ODS),
    ],
    "X16": [
        ("op", "Atlas", "Atlas"), ("op", "EMB", "EMB"),
        # real 11.1 description, identical to dev-2025-12 W16: as o19
        ("desc", "AgII", "AgII"), ("desc", "Atlas", "Atlas"), ("desc", "Atlas", "Atlas"),
        (1, "Agentschap Integratie en Inburgering", "AgII"),
        # "het Agentschap" (three times): common-noun back-reference (D4)
        (1, "Atlas", "Atlas"), (1, "EMB", "EMB"),
        (1, "Raad van Orthodoxe Kerkgemeenschappen in België (ROKB)", ROKB),
        (1, "Vlaamse Federatie van Moskeekoepels (VFM)", VFM),
        (1, "EMB", "EMB", "het Agentschap en het EMB"),
        (1, "Kenniscentrum Geestelijke Verzorging en Religie (KGVR)", KGVR),
        (1, "Taalschool Horizon vzw", "Taalschool Horizon"),
        (1, "Vormingscentrum De Leerbrug vzw", "Vormingscentrum De Leerbrug"),
    ],
    "X17": [
        ("op", "EMB", "EMB"), ("op", "KU Leuven", "KU Leuven"), ("op", "AUHA", "AUHA"),
        ("desc", "KU Leuven", "KU Leuven"), ("desc", "AUHA", "AUHA"), ("desc", "EMB", "EMB"),
        (1, "KU Leuven", "KU Leuven"), (1, "AUHA", "AUHA"), (1, "EMB", "EMB"),
        (1, "Faculteit Theologie en Religiewetenschappen", "Faculteit Theologie en Religiewetenschappen"),  # venue (D3)
        (1, "departement Onderwijs en Vorming", "departement OV"),
        (1, "Islamitisch Instituut voor Bedienaars (IIB)", IIB),
        (1, "Centrum voor Hoger Onderwijs en Levensbeschouwing (CHOL)", CHOL),
        (1, "Europees Netwerk voor Islamitische Studies (ENIS)", ENIS),
    ],
    "X18": [
        ("op", BHB, BHB), ("op", "Kazerne Dossin", "Kazerne Dossin"),
        ("desc", "Departement OV", "departement OV"), ("desc", "BCH", "BCH"), ("desc", "VVI", "Vlaams Vredesinstituut"),
        (1, "departement OV", "departement OV", "Het departement OV ondersteunde"),
        (1, "Burgerschapshuis Brussel (BHB)", BHB),
        (1, "Kazerne Dossin", "Kazerne Dossin", "BHB) en Kazerne Dossin"),
        (1, "departement OV", "departement OV", "Het departement OV, het BHB"),
        (1, "BHB", BHB, "het BHB en Kazerne"),
        (1, "Kazerne Dossin", "Kazerne Dossin", "het BHB en Kazerne Dossin"),
        (1, "BHB", BHB, "eerste graad' van het BHB"),
        (1, "Herinneringsatelier Mechelen vzw", "Herinneringsatelier Mechelen"),
        (1, "vzw Klasdebat", "Klasdebat", "de vzw Klasdebat ontwikkelde"),
        (1, "Studio Democratisch Samenleven vzw (SDS)", SDS),
        (1, "Stichting Open Dialoog", "Stichting Open Dialoog"),
        (1, "vzw Klasdebat", "Klasdebat", "De vzw Klasdebat en"),
        (1, "SDS", SDS, "het SDS overlegden"),
        (("b", 1), "BHB", BHB), (("b", 1), "Kazerne Dossin", "Kazerne Dossin"),
        (("b", 1), "vzw Klasdebat", "Klasdebat"), (("b", 1), "SDS", SDS),
    ],
    "X19": [
        ("op", "Inspectie LBV", "Inspectie LBV"),
        ("desc", "onderwijsinspectie", "onderwijsinspectie"),
        (1, "commissie levensbeschouwelijke vakken (LBV)", LBV),   # standing commission of the inspectorate (o16 #7)
        (1, "onderwijsinspectie", "onderwijsinspectie"),
        (1, "KlasCement", "KlasCement"),
        (1, "vzw Gesprekswerf", "Gesprekswerf"),
        (1, "Netwerk Levensbeschouwelijke Leerkrachten Limburg (NLLL)", NLLL),
        (1, "Interlevensbeschouwelijk Netwerk Vlaanderen (INV)", INV),
    ],
    "X20": [
        ("op", "Koning Boudewijnstichting", "KBS"), ("op", "Opvoedingslijn", "Opvoedingslijn"),
        ("op", "Ouders Tussen Twee Werelden vzw", OTTW),
        ("desc", "opvoedingslijn", "Opvoedingslijn"),   # de back-office van de opvoedingslijn (lower-case as printed)
        # "de Huizen van het Kind" (description and entry): generic (D-note)
        (1, "vzw Ouders Tussen Twee Werelden", OTTW, "begeleiding van de vzw Ouders Tussen Twee Werelden"),
        (1, "Koning Boudewijnstichting", "KBS", "met de Koning Boudewijnstichting"),
        (1, "Opvoedingslijn", "Opvoedingslijn", "en de Opvoedingslijn over"),
        (1, "Koning Boudewijnstichting", "KBS", "De Koning Boudewijnstichting kende"),
        (1, "Stichting Brugfiguur", "Stichting Brugfiguur"),
        (1, "Huis van het Kind Vijverhof", "Huis van het Kind Vijverhof"),
        (1, "Opvoedingslijn", "Opvoedingslijn", "De Opvoedingslijn en de vzw"),
        (1, "vzw Ouders Tussen Twee Werelden", OTTW, "De Opvoedingslijn en de vzw Ouders Tussen Twee Werelden"),
        # "de Opvoedingslijn-medewerkers": modifier use (D5)
    ],
    "X21": [
        ("op", "GO! ouders", "GO! ouders"), ("op", "KOOGO", "KOOGO"), ("op", "VCOV", "VCOV"),
        ("desc", "Vlaamse Regering", "Vlaamse Regering"),   # real 13.3 description, as o19 (W18)
        (1, "Vlaamse Regering", "Vlaamse Regering"),
        (1, "GO! ouders", "GO! ouders"), (1, "KOOGO", "KOOGO"), (1, "VCOV", "VCOV"),
        (1, "departement OV", "departement OV"),
        (1, "Ouderplatform Diversiteit Brussel (OPDB)", OPDB),
        (1, "KOOGO", "KOOGO", "KOOGO en VCOV richtten"), (1, "VCOV", "VCOV", "KOOGO en VCOV richtten"),
        (1, "OPDB", OPDB, "Het OPDB en"),
        (1, "Federatie Ouderverenigingen Nieuwe Vlamingen (FONV)", FONV),
        (1, "Federatie van Ouderraden Brussel (FOB)", FOB),
    ],
    "X22": [
        ("op", "Buurtwerk Noorderlicht vzw", "Buurtwerk Noorderlicht"),
        ("op", "Jongerenatelier Vonk vzw", "Jongerenatelier Vonk"),
        ("op", "Arktos vzw", "Arktos"), ("op", "Theater Tussenland vzw", "Theater Tussenland"),
        ("op", "Beeldatelier Zijspoor vzw", "Beeldatelier Zijspoor"), ("op", "gemeente Dilbeek", "gemeente Dilbeek"),
        # description (real 14.1): no organisation
        (1, "Buurtwerk Noorderlicht vzw", "Buurtwerk Noorderlicht"),
        (1, "Jongerenatelier Vonk vzw", "Jongerenatelier Vonk"),
        (1, "Arktos vzw", "Arktos"), (1, "Theater Tussenland vzw", "Theater Tussenland"),
        (1, "Beeldatelier Zijspoor vzw", "Beeldatelier Zijspoor"),
        (1, "gemeente Dilbeek", "gemeente Dilbeek"),   # de jeugddienst van de gemeente Dilbeek (recipient)
        (1, "De Centrale", "De Centrale"),             # venue that is an organisation (D3; D-note)
        (1, "Filmcollectief Breedbeeld vzw", "Filmcollectief Breedbeeld"),
        (1, "ABB", "ABB"), (1, "afdeling Jeugd", "afdeling Jeugd"),
        (1, "Kenniscentrum Jeugd en Verbinding (KJV)", KJV),
    ],
    "X23": [
        ("op", "Mediawijs", "Mediawijs"), ("op", "StampMedia", "StampMedia"), ("op", "Klankkast vzw", "Klankkast"),
        (1, "Mediawijs", "Mediawijs", "Mediawijs lanceerde"),
        (1, "StampMedia", "StampMedia"),
        (1, "jongerenmediacollectief Klankkast vzw", "Klankkast"),   # D1
        (1, "VRT", "VRT"),
        (1, "Vlaamse Vereniging van Journalisten", "Vlaamse Vereniging van Journalisten"),
        (1, "Klankkast vzw", "Klankkast", "Journalisten, Klankkast vzw"),
        (1, "Uitsprak Media nv", "Uitsprak Media"),   # de redactie van ...: the unnamed unit's parent
        (1, "onderzoeksgroep Digitale Media en Jongeren (DMJ)", DMJ),
        (1, "Universiteit Antwerpen", "UAntwerpen"),
        (1, "Podcaststudio Echokamer bv", "Podcaststudio Echokamer"),
        (1, "Mediawijs", "Mediawijs", "werkte Mediawijs"),
        (1, "Mediawijs", "Mediawijs", "Mediawijs en Child Focus"),
        (1, "Child Focus", "Child Focus"),
        (1, "Denktank Middenveld en Democratie", "Denktank Middenveld en Democratie"),
    ],
    "X24": [
        ("op", "VOKA", "VOKA"), ("op", "UNIZO", "UNIZO"), ("op", "ACV", "ACV"), ("op", "ABVV", "ABVV"),
        ("op", "ACLVB", "ACLVB"), ("op", "GRIP", "GRIP"), ("op", "Minderhedenforum", "Minderhedenforum"),
        # real 14.7 description, identical to dev-2025-12 W20: as o19 (the typo "ABW" as printed)
        ("desc", "VOKA", "VOKA"), ("desc", "UNIZO", "UNIZO"), ("desc", "ACV", "ACV"), ("desc", "ABW", "ABW"),
        ("desc", "ACLVB", "ACLVB"), ("desc", "GRIP", "GRIP"), ("desc", "Minderhedenforum", "Minderhedenforum"),
        (1, "UNIZO", "UNIZO", "met UNIZO"), (1, "VOKA", "VOKA"), (1, "GRIP", "GRIP"),
        (1, "Minderhedenforum", "Minderhedenforum", "het Minderhedenforum verlengd"),
        (1, DWSE, DWSE),
        (1, "Werkgeversplatform Diversiteit Kempen (WDK)", WDK),
        (1, "UNIZO", "UNIZO", "UNIZO en het Minderhedenforum overlegden"),
        (1, "Minderhedenforum", "Minderhedenforum", "het Minderhedenforum overlegden"),
        (1, "communicatiebureau Rechtuit bv", "Rechtuit"),
        (1, "fotografencollectief Lens op Werk cv", "Lens op Werk"),
        (1, "ACV", "ACV"), (1, "ABVV", "ABVV"), (1, "ACLVB", "ACLVB"),
        (2, "VWI", VWI),                          # acronym introduced in X11
        (2, "Diversiteitspunt Limburg vzw", "Diversiteitspunt Limburg"),
        (2, "Netwerk Ondernemers met Roots (NOR)", NOR),
        (2, "Opleidingshuis Techniek en Talent vzw", "Opleidingshuis Techniek en Talent"),
        (2, "Mentorschap Nieuwe Start vzw", "Mentorschap Nieuwe Start"),
        (2, "Uitzendbureau Startlijn nv", "Uitzendbureau Startlijn"),
        (2, "Sociaal Innovatiehuis Westhoek cv", "Sociaal Innovatiehuis Westhoek"),
        (2, "dienst Economie", "dienst Economie"),
        (2, "stad Sint-Niklaas", "stad Sint-Niklaas"),
        (2, "ESF-Agentschap", "ESF-Agentschap"),
        # budget "ESF: 640.000 euro": the fund, not an organisation
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
