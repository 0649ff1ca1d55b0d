"""Build meetings-a.jsonl (was meetings-a16a.jsonl) (blind gold, annotator a16a) for dev-2024-12.

Each tuple: (item, where, entry_no, raw, body, count, frequency, dates, planned).
Decisions are explained in ../NOTES-A.md; short reasons in the comments.
"""
import json, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT = os.path.join(HERE, '..', '..', 'text.jsonl')
OUT = os.path.join(HERE, '..', 'meetings-a.jsonl')

F = False; T = True
R = [
# ---- R01 1.1
("R01", "entry", 1, "Het Vlaams Platform Radicalisering vergaderde tijdens de rapporteringsperiode op 13 juni, 4 juli, 12 september, 10 oktober en 14 november 2024",
 "Vlaams Platform Radicalisering", None, None, ["2024-06-13", "2024-07-04", "2024-09-12", "2024-10-10", "2024-11-14"], F),
# "binnen het Platform een kernteam opgericht": G8-1 owner via "binnen X"
("R01", "entry", 1, "Het kernteam kwam sinds september 2024 tweewekelijks samen",
 "kernteam Vlaams Platform Radicalisering", None, "tweewekelijks", [], F),
("R01", "entry", 1, "De interkabinettenwerkgroep vergaderde op 21 oktober en 18 november 2024",
 "interkabinettenwerkgroep", None, None, ["2024-10-21", "2024-11-18"], F),
# background meeting of the previous period, new day (follow-up sentence rule); "niet samengeroepen" itself no record
("R01", "entry", 1, "De laatste bijeenkomst van dit platform dateert van 22 februari 2024",
 "platform over radicalisering en terrorisme", None, None, ["2024-02-22"], F),
# coordinated subject (G9-2): centraal aanspreekpunt is a function (no record); VGC after "met" gets none
("R01", "entry", 1, "zaten het centraal aanspreekpunt en de VVSG op 25 september 2024 samen met de Vlaamse Gemeenschapscommissie (VGC)",
 "VVSG", None, None, ["2024-09-25"], F),
("R01", "entry", 2, "Het interne netwerk van aanspreekpunten binnen het beleidsdomein Welzijn, Volksgezondheid en Gezin komt maandelijks samen",
 "interne netwerk aanspreekpunten beleidsdomein Welzijn, Volksgezondheid en Gezin", None, "maandelijks", [], F),
# people meeting as a group, no group head; named after members + domain (open question)
("R01", "entry", 2, "Binnen het beleidsdomein Onderwijs kwamen de aanspreekpunten van het departement, AHOVOKS en de onderwijsinspectie drie keer samen, op 20 juni, 26 september en 21 november 2024",
 "aanspreekpunten beleidsdomein Onderwijs", 3, None, ["2024-06-20", "2024-09-26", "2024-11-21"], F),
("R01", "entry", 2, "Deze werkgroep kwam op 30 september en 4 november 2024 bijeen",
 "tijdelijke werkgroep Jongeren en online extremisme", None, None, ["2024-09-30", "2024-11-04"], F),
# ---- R02 1.3
("R02", "entry", 1, "Het begeleidingscomité kwam een eerste keer samen op 9 juli 2024",
 "begeleidingscomité", None, None, ["2024-07-09"], F),
("R02", "entry", 1, "Een tweede vergadering vond plaats op 5 november 2024",
 "begeleidingscomité", None, None, ["2024-11-05"], F),
("R02", "entry", 1, "Het comité zal in maart 2025 een derde keer samenkomen",
 "begeleidingscomité", None, None, [], T),
# ---- R03 2.1
("R03", "entry", 1, "Het centraal aanspreekpunt nam deel aan de maandelijkse vergaderingen van de Nationale Task Force (NTF)",
 "NTF", None, "maandelijkse", [], F),
("R03", "entry", 1, "Deze werkgroep kwam samen op 19 september en 28 november 2024",
 "werkgroep Preventie", None, None, ["2024-09-19", "2024-11-28"], F),
# host body
("R03", "entry", 1, "Vlaanderen nam deel aan de eerste vergadering van deze taskforce op 29 oktober 2024",
 "taskforce Online haatboodschappen", None, None, ["2024-10-29"], F),
# symmetric "overleg tussen" (G9-2); centraal aanspreekpunt = function
("R03", "entry", 1, "was er op 8 oktober 2024 een overleg tussen safe.brussels, de VGC en het centraal aanspreekpunt",
 "safe.brussels", None, None, ["2024-10-08"], F),
("R03", "entry", 1, "was er op 8 oktober 2024 een overleg tussen safe.brussels, de VGC en het centraal aanspreekpunt",
 "VGC", None, None, ["2024-10-08"], F),
("R03", "entry", 2, "nam deel aan de interfederale werkgroep infolux, die tijdens de rapporteringsperiode vier keer vergaderde",
 "interfederale werkgroep infolux", 4, None, [], F),
("R03", "entry", 2, "kwam de permanente werkgroep van het College van procureurs-generaal en de justitiehuizen samen op 27 juni en 14 november 2024",
 "permanente werkgroep College van Procureurs-generaal en justitiehuizen", None, None, ["2024-06-27", "2024-11-14"], F),
# ---- R04 2.3
("R04", "entry", 1, "Het overleg vond plaats op 11 juni 2024 in het Onderwijscentrum Brussel en op 15 oktober 2024",
 "netoverschrijdend overleg", None, None, ["2024-06-11", "2024-10-15"], F),
("R04", "entry", 1, "Deze schrijfgroep kwam tweemaal samen in november 2024",
 "schrijfgroep", 2, None, [], F),
("R04", "entry", 1, "Het volgende netoverschrijdend overleg zal plaatsvinden in maart 2025",
 "netoverschrijdend overleg", None, None, [], T),
# ---- R05 3.1
("R05", "entry", 1, "Het Network of Prevent Policy Makers (NPPM) van de Europese Commissie vergaderde op 20 juni 2024 in Brussel en op 7 november 2024 in Boedapest",
 "Network of Prevent Policy Makers", None, None, ["2024-06-20", "2024-11-07"], F),
("R05", "entry", 1, "Deze projectgroep kwam drie keer samen, waarvan één keer fysiek in Wenen op 1 oktober 2024",
 "projectgroep Lokale coördinatie", 3, None, ["2024-10-01"], F),
("R05", "entry", 1, "Het centraal aanspreekpunt nam op 10 oktober 2024 ook deel aan de vergadering van het Benelux-overleg preventie radicalisering in Den Haag",
 "Benelux-overleg preventie radicalisering", None, None, ["2024-10-10"], F),
# exchange with a named organisation (dev-2023-12 Q08 VNG precedent)
("R05", "entry", 1, "Met de Zweedse organisatie Stiftelsen Trygga Kvarter (STK) uit Malmö vond op 16 september 2024 een online uitwisseling plaats",
 "Stiftelsen Trygga Kvarter", None, None, ["2024-09-16"], F),
("R05", "entry", 2, "nam op 23 september 2024 deel aan de vergadering van de werkgroep 'Education' van de Knowledge Hub in Lissabon",
 "werkgroep Education", None, None, ["2024-09-23"], F),
# the aanspreekpunt's consultation with the reference persons of the education providers = table body (G8-5)
("R05", "entry", 2, "op het netoverschrijdend overleg met de referentiepersonen radicalisering van de onderwijsverstrekkers op 8 oktober 2024",
 "referentiepersonen radicalisering", None, None, ["2024-10-08"], F),
# coordinated subject, future (G9-2)
("R05", "entry", 3, "Brückenschlag en de afdeling Justitiehuizen zitten in januari 2025 opnieuw samen",
 "Verein Brückenschlag Köln", None, None, [], T),
("R05", "entry", 3, "Brückenschlag en de afdeling Justitiehuizen zitten in januari 2025 opnieuw samen",
 "afdeling Justitiehuizen", None, None, [], T),
# ---- R06 3.3
("R06", "entry", 1, "De werkgroep vergaderde plenair op 27 juni 2024 (online) en op 17 en 18 oktober 2024 in Brussel",
 "werkgroep Equality and Values in Education and Training", None, None, ["2024-06-27", "2024-10-17", "2024-10-18"], F),
# ---- R07 4.1
("R07", "entry", 1, "Het lerend netwerk van de gesubsidieerde besturen komt tweemaandelijks samen",
 "lerend netwerk gesubsidieerde besturen", None, "tweemaandelijks", [], F),
("R07", "entry", 1, "De eerste bijeenkomst vond plaats op 21 november 2024 in het cultuurcentrum van Herentals",
 "lerend netwerk gesubsidieerde besturen", None, None, ["2024-11-21"], F),
# two municipalities set it up: several owners -> head stays bare (G8-1)
("R07", "entry", 2, "De stuurgroep vergaderde op 8 oktober en 19 november 2024",
 "intergemeentelijke stuurgroep", None, None, ["2024-10-08", "2024-11-19"], F),
# "bij het Agentschap Binnenlands Bestuur een klankbordgroep samengesteld": owner ABB (G8-1)
("R07", "entry", 2, "Die groep kwam op 14 november 2024 samen in Brussel",
 "klankbordgroep ABB", None, None, ["2024-11-14"], F),
# ---- R08 4.3
("R08", "entry", 1, "De werkgroep radicalisering en polarisering kwam samen op 20 juni en 19 september 2024",
 "werkgroep radicalisering en polarisering", None, None, ["2024-06-20", "2024-09-19"], F),
("R08", "entry", 1, "een volgende bijeenkomst staat gepland op 12 december 2024",
 "werkgroep radicalisering en polarisering", None, None, ["2024-12-12"], T),
("R08", "entry", 1, "De intervisiegroep voor casemanagers komt driemaandelijks samen; in de rapporteringsperiode gebeurde dat op 4 juli en 10 oktober 2024",
 "intervisiegroep casemanagers", None, "driemaandelijks", ["2024-07-04", "2024-10-10"], F),
("R08", "entry", 1, "In West-Vlaanderen vond het provinciaal overleg plaats op 24 september 2024 in Brugge",
 "provinciaal overleg West-Vlaanderen", None, None, ["2024-09-24"], F),
# organiser rule: the group has no name of its own -> organiser (cf. dev-2020-12 H26 "op uitnodiging van ABB")
("R08", "entry", 1, "In Limburg kwamen de lokale radicaliseringsambtenaren samen op 3 oktober 2024 in Genk, op uitnodiging van het Agentschap Integratie en Inburgering",
 "AgII", None, None, ["2024-10-03"], F),
("R08", "entry", 1, "Het overlegplatform Vlaams-Brabant kwam voor het eerst bijeen op 22 oktober 2024 in Leuven",
 "overlegplatform Vlaams-Brabant", None, None, ["2024-10-22"], F),
("R08", "entry", 1, "De VVSG en het Agentschap Integratie en Inburgering zaten op 5 september 2024 samen",
 "VVSG", None, None, ["2024-09-05"], F),
("R08", "entry", 1, "De VVSG en het Agentschap Integratie en Inburgering zaten op 5 september 2024 samen",
 "AgII", None, None, ["2024-09-05"], F),
("R08", "entry", 1, "Deze werkgroep vergaderde op 17 oktober 2024",
 "werkgroep preventie Belgisch Forum voor Preventie en Veiligheid", None, None, ["2024-10-17"], F),
# ---- R09 4.5
("R09", "entry", 1, "De redactieraad van de databank, waarin ABB, de VVSG, het Kenniscentrum Vlaamse Steden en vzw Tussenruimte zetelen, vergaderde op 2 juli en 8 oktober 2024",
 "redactieraad databank", None, None, ["2024-07-02", "2024-10-08"], F),
("R09", "entry", 1, "De redactieraad zal begin maart 2025 opnieuw samenkomen",
 "redactieraad databank", None, None, [], T),
("R09", "entry", 2, "Het wijkplatform in Ronse komt sinds juni maandelijks samen in het lokaal dienstencentrum",
 "wijkplatform Ronse", None, "maandelijks", [], F),
("R09", "entry", 2, "In Sint-Niklaas vonden tot nu toe twee bijeenkomsten plaats",
 "wijkplatform Sint-Niklaas", 2, None, [], F),
# ---- R10 4.7
# hulplijnen afstemmingsoverleg: generic, no record (standing rule)
("R10", "entry", 1, "Daarnaast was er op 9 oktober 2024 overleg met het Antennepunt Polarisering (APP)",
 "Antennepunt Polarisering", None, None, ["2024-10-09"], F),
("R10", "entry", 1, "werd op 22 oktober 2024 een overleg tussen de VVSG, de Opvoedingslijn en acht lokale besturen georganiseerd",
 "VVSG", None, None, ["2024-10-22"], F),
("R10", "entry", 1, "werd op 22 oktober 2024 een overleg tussen de VVSG, de Opvoedingslijn en acht lokale besturen georganiseerd",
 "Opvoedingslijn", None, None, ["2024-10-22"], F),
("R10", "entry", 2, "Er is maandelijks overleg tussen het aanspreekpunt radicalisering en de referentiepersonen radicalisering van de onderwijskoepels, het GO! en de CLB-netten",
 "referentiepersonen radicalisering", None, "maandelijks", [], F),
# G8-3: algemene vergadering van X -> X (host body)
("R10", "entry", 2, "Op de algemene vergadering van de onderwijsinspectie van 19 november 2024",
 "onderwijsinspectie", None, None, ["2024-11-19"], F),
# G9-7: an overleg of an owner is the owner's meeting
("R10", "entry", 2, "Met de lokale besturen werd afgestemd op het overleg radicalisering basisonderwijs van de stad Mechelen (1 oktober 2024)",
 "stad Mechelen", None, None, ["2024-10-01"], F),
("R10", "entry", 2, "in de denktank onderwijs en polarisering van de stad Genk, die sinds het schooljaar 2024-2025 zesmaal per schooljaar samenkomt",
 "denktank onderwijs en polarisering stad Genk", None, "zesmaal per schooljaar", [], F),
("R10", "entry", 3, "Het sectoroverleg jeugdwerk en radicalisering, gecoördineerd door het departement Cultuur, Jeugd en Media, kwam op 4 juli en 14 november 2024 samen",
 "sectoroverleg", None, None, ["2024-07-04", "2024-11-14"], F),
("R10", "entry", 3, "De Ambrassade en Uit De Marge zaten daarnaast op 17 september 2024 samen met Formaat",
 "De Ambrassade", None, None, ["2024-09-17"], F),
("R10", "entry", 3, "De Ambrassade en Uit De Marge zaten daarnaast op 17 september 2024 samen met Formaat",
 "Uit de Marge", None, None, ["2024-09-17"], F),
# ---- R11 5.1
("R11", "entry", 1, "De stuurgroep van dit traject, met vertegenwoordigers van Opgroeien, Expoo, de Gezinsbond, de VVSG en twee lokale coördinatoren van Huizen van het Kind, kwam drie keer samen: op 25 juni, 10 september en 22 oktober 2024",
 "stuurgroep traject", 3, None, ["2024-06-25", "2024-09-10", "2024-10-22"], F),
# ---- R12 5.3
("R12", "entry", 1, "Het begeleidingscomité van het project vergaderde op 27 juni en 24 oktober 2024",
 "begeleidingscomité Theologische aanpak islamitische radicalisering", None, None, ["2024-06-27", "2024-10-24"], F),
("R12", "entry", 1, "De islamdeskundigen van de pool komen daarnaast zesweekelijks samen in een intervisiegroep",
 "intervisiegroep islamdeskundigen", None, "zesweekelijks", [], F),
("R12", "entry", 1, "Het Platform van Vlaamse Imams en Moslimdeskundigen vergaderde op 12 september 2024",
 "Platform van Vlaamse Imams en Moslimdeskundigen", None, None, ["2024-09-12"], F),
# ---- R13 5.5
("R13", "entry", 1, "De stuurgroep van het project CONNECT, met het departement Onderwijs en Vorming, de onderwijsverstrekkers en Arktos, vergaderde op 18 juni 2024 om het schooljaar 2023-2024 te evalueren, en op 5 november 2024",
 "stuurgroep CONNECT", None, None, ["2024-06-18", "2024-11-05"], F),
("R13", "entry", 1, "Binnen Arktos komt het kernteam CONNECT wekelijks samen",
 "kernteam CONNECT", None, "wekelijks", [], F),
# ---- R14 5.9
("R14", "entry", 1, "Op 3 juli 2024 vond een werkvergadering plaats tussen VDAB, Werkbrug vzw en de justitiehuizen van Antwerpen en Mechelen",
 "VDAB", None, None, ["2024-07-03"], F),
("R14", "entry", 1, "Op 3 juli 2024 vond een werkvergadering plaats tussen VDAB, Werkbrug vzw en de justitiehuizen van Antwerpen en Mechelen",
 "Werkbrug", None, None, ["2024-07-03"], F),
("R14", "entry", 1, "Op 3 juli 2024 vond een werkvergadering plaats tussen VDAB, Werkbrug vzw en de justitiehuizen van Antwerpen en Mechelen",
 "justitiehuis Antwerpen", None, None, ["2024-07-03"], F),
("R14", "entry", 1, "Op 3 juli 2024 vond een werkvergadering plaats tussen VDAB, Werkbrug vzw en de justitiehuizen van Antwerpen en Mechelen",
 "justitiehuis Mechelen", None, None, ["2024-07-03"], F),
# ---- R15 6.1
("R15", "entry", 1, "Het overleg van de LIVC-coördinatoren van de provincie Limburg kwam in de rapporteringsperiode drie keer samen, op 20 juni, 19 september en 21 november 2024",
 "overleg LIVC-coördinatoren provincie Limburg", 3, None, ["2024-06-20", "2024-09-19", "2024-11-21"], F),
("R15", "entry", 1, "De LIVC-R vergaderde voor het eerst op 15 oktober 2024 in het stadhuis van Menen",
 "gezamenlijke LIVC-R Zuid-West-Vlaanderen", None, None, ["2024-10-15"], F),
("R15", "entry", 1, "zal voortaan om de zes weken samenkomen",
 "gezamenlijke LIVC-R Zuid-West-Vlaanderen", None, "om de zes weken", [], T),
("R15", "entry", 1, "De LIVC van de stad Aalst kwam maandelijks samen",
 "LIVC stad Aalst", None, "maandelijks", [], F),
("R15", "entry", 1, "De cel Samenleven vergadert om de twee weken",
 "interne cel Samenleven", None, "om de twee weken", [], F),
# casusoverleg without classifying adjective: G9-2, only the named organisation (CAW's, justitiehuizen generic)
("R15", "entry", 2, "Het casusoverleg tussen Trajectbureau Wending, de CAW's en de justitiehuizen gaat maandelijks door in Mechelen",
 "Trajectbureau Wending", None, "maandelijks", [], F),
# consultation with a definite set of named networks (G8-4 / G9-6); doubtful
("R15", "entry", 2, "Op 26 september 2024 was er bovendien een consultatieronde met de netwerken geestelijke gezondheid voor volwassenen in de provincie Antwerpen",
 "netwerken geestelijke gezondheid voor volwassenen provincie Antwerpen", None, None, ["2024-09-26"], F),
("R15", "entry", 3, "Deze werkgroep kwam samen op 26 september en 31 oktober 2024",
 "werkgroep deontologie", None, None, ["2024-09-26", "2024-10-31"], F),
# ---- R16 6.3
("R16", "entry", 1, "Het bovenlokaal overleg vond plaats op 2 juli en 5 november 2024",
 "structureel bovenlokaal overleg", None, None, ["2024-07-02", "2024-11-05"], F),
("R16", "entry", 1, "In de gevangenis van Haren vonden drie overlegmomenten plaats",
 "lokaal afstemmingsoverleg gevangenis Haren", 3, None, [], F),
("R16", "entry", 1, "in de gevangenissen van Antwerpen, Brugge en Hasselt telkens twee",
 "lokaal afstemmingsoverleg gevangenis Antwerpen", 2, None, [], F),
("R16", "entry", 1, "in de gevangenissen van Antwerpen, Brugge en Hasselt telkens twee",
 "lokaal afstemmingsoverleg gevangenis Brugge", 2, None, [], F),
("R16", "entry", 1, "in de gevangenissen van Antwerpen, Brugge en Hasselt telkens twee",
 "lokaal afstemmingsoverleg gevangenis Hasselt", 2, None, [], F),
("R16", "entry", 1, "De ambtelijke werkgroep rond disengagementstrajecten binnen het beleidsdomein WVG, met de afdeling Justitiehuizen, Opgroeien, het departement Zorg en de consultants, vergaderde op 16 september 2024",
 "ambtelijke werkgroep disengagementstrajecten beleidsdomein WVG", None, None, ["2024-09-16"], F),
# host body with a count (other entry; no day)
("R16", "entry", 2, "VDAB nam in de rapporteringsperiode deel aan twee vergaderingen van het bovenlokaal overleg",
 "structureel bovenlokaal overleg", 2, None, [], F),
# ---- R17 6.5
# subject = a unit of an organisation (dev-2023-12 Q18 precedent); the EMB party is a person
("R17", "entry", 1, "zat de centrale administratie van de afdeling Gemeenschapsinstellingen op 10 juli 2024 samen met de coördinator van de moslimconsulenten van het EMB",
 "afdeling Gemeenschapsinstellingen", None, None, ["2024-07-10"], F),
# ---- R18 7.1
("R18", "entry", 1, "De expertengroep 'Meten van polarisering', opgericht door ABB om een Vlaamse polarisatiemonitor voor te bereiden, kwam in de rapporteringsperiode twee keer bijeen: op 4 juli en op 14 oktober 2024",
 "expertengroep Meten van polarisering", 2, None, ["2024-07-04", "2024-10-14"], F),
("R18", "entry", 1, "vonden drie overlegmomenten plaats tussen het IMW en Statistiek Vlaanderen",
 "Instituut voor Maatschappelijke Weerbaarheid", 3, None, [], F),
("R18", "entry", 1, "vonden drie overlegmomenten plaats tussen het IMW en Statistiek Vlaanderen",
 "Statistiek Vlaanderen", 3, None, [], F),
("R18", "entry", 2, "De gebruikerscommissie van het project, waarin ook het departement Zorg zetelt, kwam samen op 11 juni 2024",
 "gebruikerscommissie TRACE – Trajecten na extremisme", None, None, ["2024-06-11"], F),
("R18", "entry", 2, "Een tweede vergadering is gepland in februari 2025",
 "gebruikerscommissie TRACE – Trajecten na extremisme", None, None, [], T),
# ---- R19 10.1
("R19", "entry", 1, "De referentieconsulenten komen vijf keer per jaar samen voor intervisie en casusbespreking",
 "referentieconsulenten radicalisering Opgroeien", None, "vijf keer per jaar", [], F),
("R19", "entry", 1, "In de rapporteringsperiode gebeurde dat op 27 juni, 19 september en 14 november 2024",
 "referentieconsulenten radicalisering Opgroeien", None, None, ["2024-06-27", "2024-09-19", "2024-11-14"], F),
("R19", "entry", 1, "Zij kwamen op 8 oktober 2024 samen in Brussel voor hun halfjaarlijks overleg met de centrale administratie",
 "netwerk referentie-justitieassistenten", None, "halfjaarlijks", ["2024-10-08"], F),
("R19", "entry", 2, "De referentiepersonen van de CAW's zitten tweemaal per jaar samen met de back-office van de Opvoedingslijn; het laatste overleg dateert van 13 maart 2024",
 "referentiepersonen CAW's", None, "tweemaal per jaar", ["2024-03-13"], F),
# ---- R20 11.1
("R20", "entry", 1, "Deze adviesraad komt twee keer per jaar bijeen; op de vergadering van 24 september 2024 gaf hij een positief advies over de nieuwe module",
 "adviesraad Leerhuis Bedienaars", None, "twee keer per jaar", ["2024-09-24"], F),
# ---- R21 12.1
("R21", "entry", 1, "Het departement en de gesubsidieerde organisaties zitten elk kwartaal samen in een afstemmingsoverleg; in de rapporteringsperiode vond dit overleg plaats op 11 september 2024",
 "departement OV", None, "elk kwartaal", ["2024-09-11"], F),
# "een lerend netwerk dat door het OHB wordt getrokken": owner OHB (G8-1, runs)
("R21", "entry", 1, "Het netwerk van lerarenopleiders burgerschap, een lerend netwerk dat door het OHB wordt getrokken, kwam in de rapporteringsperiode twee keer samen",
 "netwerk lerarenopleiders burgerschap Ondersteuningscentrum Herinnering en Burgerschap", 2, None, [], F),
# ---- R22 12.5
("R22", "entry", 1, "De voorbereiding gebeurde in een werkgroep met vertegenwoordigers van de inspecties van de verschillende erkende levensbeschouwingen, die in de aanloop naar de studiedag maandelijks vergaderde",
 "werkgroep", None, "maandelijks", [], F),
("R22", "entry", 1, "Na de studiedag kwam de werkgroep nog een keer samen voor een evaluatie, op 13 november 2024",
 "werkgroep", 1, None, ["2024-11-13"], F),
# G9-10: "op haar vergadering van" names its meeting
("R22", "entry", 1, "De Commissie levensbeschouwelijke vakken nam op haar vergadering van 26 september 2024 kennis",
 "Commissie levensbeschouwelijke vakken", None, None, ["2024-09-26"], F),
# ---- R23 13.1
# definite set of the four groups (G9-6)
("R23", "entry", 1, "De lotgenotengroepen komen maandelijks samen",
 "lotgenotengroepen", None, "maandelijks", [], F),
("R23", "entry", 1, "De groep in Vilvoorde werd in september 2024 opgestart en kwam sindsdien drie keer samen",
 "lotgenotengroep Vilvoorde", 3, None, [], F),
("R23", "entry", 1, "vzw Ankerpunt en de Opvoedingslijn plegen daarnaast tweemaandelijks overleg",
 "Ankerpunt", None, "tweemaandelijks", [], F),
("R23", "entry", 1, "vzw Ankerpunt en de Opvoedingslijn plegen daarnaast tweemaandelijks overleg",
 "Opvoedingslijn", None, "tweemaandelijks", [], F),
# overleg with the table body (G8-5)
("R23", "entry", 2, "Op 20 november 2024 werd overlegd met de referentiepersonen radicalisering van de CLB-netten",
 "referentiepersonen radicalisering", None, None, ["2024-11-20"], F),
# ---- R24 14.1
("R24", "entry", 1, "kwam de begeleidingsgroep van de oproep, met ABB, het departement Cultuur, Jeugd en Media en De Ambrassade, samen op 17 september 2024",
 "begeleidingsgroep oproep", None, None, ["2024-09-17"], F),
("R24", "entry", 2, "De jongerenadviesraad vergadert tweewekelijks in het buurthuis aan de Brugse Poort",
 "jongerenadviesraad Kleurrijk Kwartier", None, "tweewekelijks", [], F),
("R24", "entry", 2, "Deze redactieraad werd in september samengesteld, maar kwam pas op 6 november 2024 voor het eerst bijeen",
 "redactieraad Media-atelier Brandpunt", None, None, ["2024-11-06"], F),
]

def strip(s):
    return re.sub(r'<[^>]+>', '', s)

items = {}
for line in open(TEXT, encoding='utf-8'):
    d = json.loads(line)
    items[d['item']] = d

out = []
errors = 0
for (item, where, eno, raw, body, count, freq, dates, planned) in R:
    d = items[item]
    if where == 'description':
        field = d['description']
    elif where == 'other_parties':
        field = d['other_parties_text']
    else:
        field = [e for e in d['entries'] if e['entry_no'] == eno][0]['description']
    if raw not in field and raw not in strip(field):
        print('RAW NOT FOUND', item, eno, raw); errors += 1
    out.append({"item": item, "action_id": d['action_id'], "where": where,
                "entry_no": eno if where == 'entry' else None, "raw": raw, "body": body,
                "count": count, "frequency": freq, "dates": dates, "planned": planned})
assert not errors
with open(OUT, 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
# re-parse
n = sum(1 for l in open(OUT, encoding='utf-8') if json.loads(l))
print('wrote', n, 'records to', OUT)
