#!/usr/bin/env python3
"""a16b: blind meeting annotation of dev-2024-12 (w16, SYNTHETIC, report date 2024-12-01).

Every record is written out below, one call per record, with the rule it follows.
Run from anywhere: writes ../meetings-b.jsonl (reannotation/; was meetings-a16b.jsonl) and checks that every raw is an exact
substring of its field (as stored, or with the HTML-ish tags stripped) and every line parses.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(os.path.dirname(HERE))  # tools-b -> reannotation -> dev-2024-12
TEXT = os.path.join(SET, "text.jsonl")
OUT = os.path.join(os.path.dirname(HERE), "meetings-b.jsonl")

ITEMS = {}
with open(TEXT, encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        ITEMS[r["item"]] = r

RECORDS = []


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


def m(item, entry_no, raw, body, count=None, frequency=None, dates=(), planned=False, where=None):
    """One meeting record. entry_no None + where None -> description."""
    if where is None:
        where = "entry" if entry_no is not None else "description"
    RECORDS.append({
        "item": item,
        "action_id": ITEMS[item]["action_id"],
        "where": where,
        "entry_no": entry_no,
        "raw": raw,
        "body": body,
        "count": count,
        "frequency": frequency,
        "dates": list(dates),
        "planned": planned,
    })


# ---------------------------------------------------------------- R01 1.1
m("R01", 1, "Het Vlaams Platform Radicalisering vergaderde tijdens de rapporteringsperiode op 13 juni, 4 juli, 12 september, 10 oktober en 14 november 2024",
  "Vlaams Platform Radicalisering", dates=["2024-06-13", "2024-07-04", "2024-09-12", "2024-10-10", "2024-11-14"])
# "De vergadering van juli werd ingekort ..." back-reference, month only: no record.
# kernteam "binnen het Platform" -> owner (G8-1 "binnen X"); set-up sentence gives no record.
m("R01", 1, "Het kernteam kwam sinds september 2024 tweewekelijks samen",
  "kernteam Vlaams Platform Radicalisering", frequency="tweewekelijks")
m("R01", 1, "De interkabinettenwerkgroep vergaderde op 21 oktober en 18 november 2024",
  "interkabinettenwerkgroep", dates=["2024-10-21", "2024-11-18"])
# platform over radicalisering en terrorisme: "niet samengeroepen" (no record); its 22 Feb 2024 meeting is
# background from the previous period (no record, see NOTES).
# Coordinated subject: centraal aanspreekpunt (function, no body) + VVSG; VGC introduced by "met" (G9-2): none.
m("R01", 1, "Daarnaast zaten het centraal aanspreekpunt en de VVSG op 25 september 2024 samen met de Vlaamse Gemeenschapscommissie (VGC)",
  "VVSG", dates=["2024-09-25"])
m("R01", 2, "Het interne netwerk van aanspreekpunten binnen het beleidsdomein Welzijn, Volksgezondheid en Gezin komt maandelijks samen",
  "interne netwerk van aanspreekpunten beleidsdomein Welzijn, Volksgezondheid en Gezin", frequency="maandelijks")
# "Binnen het beleidsdomein Onderwijs kwamen de aanspreekpunten van ... drie keer samen": functions, no group head,
# no organiser: no record (see NOTES).
m("R01", 2, "Deze werkgroep kwam op 30 september en 4 november 2024 bijeen",
  "tijdelijke werkgroep Jongeren en online extremisme", dates=["2024-09-30", "2024-11-04"])
# inspiratiedag: event.

# ---------------------------------------------------------------- R02 1.3
m("R02", 1, "Het begeleidingscomité kwam een eerste keer samen op 9 juli 2024",
  "begeleidingscomité", dates=["2024-07-09"])
m("R02", 1, "Een tweede vergadering vond plaats op 5 november 2024",
  "begeleidingscomité", dates=["2024-11-05"])  # follow-up sentence, new day
m("R02", 1, "Het comité zal in maart 2025 een derde keer samenkomen",
  "begeleidingscomité", planned=True)
# "In overleg met het begeleidingscomité" = in agreement; klankbordgroep IMW: set up, no meeting yet.

# ---------------------------------------------------------------- R03 2.1
m("R03", 1, "Het centraal aanspreekpunt nam deel aan de maandelijkse vergaderingen van de Nationale Task Force (NTF)",
  "NTF", frequency="maandelijkse")  # host body
m("R03", 1, "Deze werkgroep kwam samen op 19 september en 28 november 2024",
  "werkgroep Preventie", dates=["2024-09-19", "2024-11-28"])
m("R03", 1, "Vlaanderen nam deel aan de eerste vergadering van deze taskforce op 29 oktober 2024",
  "taskforce Online haatboodschappen", dates=["2024-10-29"])  # host body
for b in ("safe.brussels", "VGC"):  # G9-2 symmetric "overleg tussen"; aanspreekpunt is a function
    m("R03", 1, "was er op 8 oktober 2024 een overleg tussen safe.brussels, de VGC en het centraal aanspreekpunt",
      b, dates=["2024-10-08"])
m("R03", 2, "nam deel aan de interfederale werkgroep infolux, die tijdens de rapporteringsperiode vier keer vergaderde",
  "interfederale werkgroep infolux", count=4)  # host body with a count
m("R03", 2, "Daarnaast kwam de permanente werkgroep van het College van procureurs-generaal en de justitiehuizen samen op 27 juni en 14 november 2024 in Brussel",
  "permanente werkgroep College van Procureurs-generaal en justitiehuizen", dates=["2024-06-27", "2024-11-14"])

# ---------------------------------------------------------------- R04 2.3
m("R04", 1, "Het overleg vond plaats op 11 juni 2024 in het Onderwijscentrum Brussel en op 15 oktober 2024 in de lokalen van de politiezone Brussel-West",
  "netoverschrijdend overleg", dates=["2024-06-11", "2024-10-15"])
m("R04", 1, "Deze schrijfgroep kwam tweemaal samen in november 2024",
  "schrijfgroep", count=2)
# directeurs GO!-scholen + wijkcommissarissen: persons only, no record (see NOTES).
m("R04", 1, "Het volgende netoverschrijdend overleg zal plaatsvinden in maart 2025",
  "netoverschrijdend overleg", planned=True)

# ---------------------------------------------------------------- R05 3.1
m("R05", 1, "Het Network of Prevent Policy Makers (NPPM) van de Europese Commissie vergaderde op 20 juni 2024 in Brussel en op 7 november 2024 in Boedapest",
  "Network of Prevent Policy Makers", dates=["2024-06-20", "2024-11-07"])
m("R05", 1, "Deze projectgroep kwam drie keer samen, waarvan één keer fysiek in Wenen op 1 oktober 2024",
  "projectgroep Lokale coördinatie", count=3, dates=["2024-10-01"])
m("R05", 1, "Het centraal aanspreekpunt nam op 10 oktober 2024 ook deel aan de vergadering van het Benelux-overleg preventie radicalisering in Den Haag",
  "Benelux-overleg preventie radicalisering", dates=["2024-10-10"])  # host body
m("R05", 1, "Met de Zweedse organisatie Stiftelsen Trygga Kvarter (STK) uit Malmö vond op 16 september 2024 een online uitwisseling plaats",
  "Stiftelsen Trygga Kvarter", dates=["2024-09-16"])  # exchange with a named organisation (dev-2023-12 Q08 VNG)
m("R05", 2, "nam op 23 september 2024 deel aan de vergadering van de werkgroep 'Education' van de Knowledge Hub in Lissabon",
  "werkgroep Education", dates=["2024-09-23"])  # host body
m("R05", 2, "werden gedeeld op het netoverschrijdend overleg met de referentiepersonen radicalisering van de onderwijsverstrekkers op 8 oktober 2024",
  "referentiepersonen radicalisering", dates=["2024-10-08"])  # host body, table name (G8-5)
# werkbezoek Brückenschlag 12 Nov: a visit, no record.
for b in ("Verein Brückenschlag Köln", "afdeling Justitiehuizen"):  # G9-2 coordinated subject, planned
    m("R05", 3, "Brückenschlag en de afdeling Justitiehuizen zitten in januari 2025 opnieuw samen",
      b, planned=True)

# ---------------------------------------------------------------- R06 3.3
m("R06", 1, "De werkgroep vergaderde plenair op 27 juni 2024 (online) en op 17 en 18 oktober 2024 in Brussel",
  "werkgroep Equality and Values in Education and Training", dates=["2024-06-27", "2024-10-17", "2024-10-18"])
# subgroep: "ging niet door"; PLA: event; overleg met pedagogische begeleidingsdiensten: generic collective.

# ---------------------------------------------------------------- R07 4.1
# startbijeenkomst 26/9: event noun, one-off kick-off (dev-2022-12 M07): no record (see NOTES).
m("R07", 1, "Het lerend netwerk van de gesubsidieerde besturen komt tweemaandelijks samen",
  "lerend netwerk gesubsidieerde besturen", frequency="tweemaandelijks")
m("R07", 1, "De eerste bijeenkomst vond plaats op 21 november 2024 in het cultuurcentrum van Herentals",
  "lerend netwerk gesubsidieerde besturen", dates=["2024-11-21"])  # follow-up sentence, new day
# eindoverleg: geannuleerd.
m("R07", 2, "De stuurgroep vergaderde op 8 oktober en 19 november 2024",
  "intergemeentelijke stuurgroep", dates=["2024-10-08", "2024-11-19"])  # two founders -> no single owner (G8-1)
m("R07", 2, "Die groep kwam op 14 november 2024 samen in Brussel",
  "klankbordgroep ABB", dates=["2024-11-14"])  # "bij het Agentschap Binnenlands Bestuur" read as "binnen X"

# ---------------------------------------------------------------- R08 4.3
m("R08", 1, "De werkgroep radicalisering en polarisering kwam samen op 20 juni en 19 september 2024",
  "werkgroep radicalisering en polarisering", dates=["2024-06-20", "2024-09-19"])
m("R08", 1, "een volgende bijeenkomst staat gepland op 12 december 2024",
  "werkgroep radicalisering en polarisering", dates=["2024-12-12"], planned=True)  # split on planned
m("R08", 1, "De intervisiegroep voor casemanagers komt driemaandelijks samen; in de rapporteringsperiode gebeurde dat op 4 juli en 10 oktober 2024",
  "intervisiegroep casemanagers", frequency="driemaandelijks", dates=["2024-07-04", "2024-10-10"])
m("R08", 1, "In West-Vlaanderen vond het provinciaal overleg plaats op 24 september 2024 in Brugge",
  "provinciaal overleg West-Vlaanderen", dates=["2024-09-24"])  # G9-5, G9-7
m("R08", 1, "In Limburg kwamen de lokale radicaliseringsambtenaren samen op 3 oktober 2024 in Genk, op uitnodiging van het Agentschap Integratie en Inburgering",
  "AgII", dates=["2024-10-03"])  # organiser rule (no own name in the statement)
m("R08", 1, "Het overlegplatform Vlaams-Brabant kwam voor het eerst bijeen op 22 oktober 2024 in Leuven",
  "overlegplatform Vlaams-Brabant", dates=["2024-10-22"])
# Antwerpen: verplaatst naar januari 2025 (G8-6): no record.
for b in ("VVSG", "AgII"):  # G9-2 coordinated subject
    m("R08", 1, "De VVSG en het Agentschap Integratie en Inburgering zaten op 5 september 2024 samen",
      b, dates=["2024-09-05"])
m("R08", 1, "Deze werkgroep vergaderde op 17 oktober 2024",
  "werkgroep preventie Belgisch Forum voor Preventie en Veiligheid", dates=["2024-10-17"])

# ---------------------------------------------------------------- R09 4.5
m("R09", 1, "De redactieraad van de databank, waarin ABB, de VVSG, het Kenniscentrum Vlaamse Steden en vzw Tussenruimte zetelen, vergaderde op 2 juli en 8 oktober 2024",
  "redactieraad databank", dates=["2024-07-02", "2024-10-08"])
m("R09", 1, "De redactieraad zal begin maart 2025 opnieuw samenkomen",
  "redactieraad databank", planned=True)
m("R09", 2, "Het wijkplatform in Ronse komt sinds juni maandelijks samen in het lokaal dienstencentrum",
  "wijkplatform Ronse", frequency="maandelijks")  # G9-5
m("R09", 2, "In Sint-Niklaas vonden tot nu toe twee bijeenkomsten plaats, telkens met een dertigtal bewoners",
  "wijkplatform Sint-Niklaas", count=2)  # meeting noun of the wijkplatform named just before; G9-5
# Lommel: nog niet samengesteld.

# ---------------------------------------------------------------- R10 4.7
# afstemmingsoverleg tussen de hulplijnen: hulplijnen stay generic (standing rule): no record.
m("R10", 1, "Daarnaast was er op 9 oktober 2024 overleg met het Antennepunt Polarisering (APP)",
  "Antennepunt Polarisering", dates=["2024-10-09"])  # overleg met ORGANISATIE
for b in ("VVSG", "Opvoedingslijn"):  # G9-2 symmetric; "acht lokale besturen" generic
    m("R10", 1, "werd op 22 oktober 2024 een overleg tussen de VVSG, de Opvoedingslijn en acht lokale besturen georganiseerd",
      b, dates=["2024-10-22"])
m("R10", 2, "Er is maandelijks overleg tussen het aanspreekpunt radicalisering en de referentiepersonen radicalisering van de onderwijskoepels, het GO! en de CLB-netten",
  "referentiepersonen radicalisering", frequency="maandelijks")  # table body
m("R10", 2, "Op de algemene vergadering van de onderwijsinspectie van 19 november 2024 lichtte het aanspreekpunt radicalisering de stand van zaken van het actieplan toe",
  "onderwijsinspectie", dates=["2024-11-19"])  # host body, G8-3
m("R10", 2, "Met de lokale besturen werd afgestemd op het overleg radicalisering basisonderwijs van de stad Mechelen (1 oktober 2024)",
  "stad Mechelen", dates=["2024-10-01"])  # host body; G9-7 overleg (+ lower-case topic) of an owner
m("R10", 2, "in de denktank onderwijs en polarisering van de stad Genk, die sinds het schooljaar 2024-2025 zesmaal per schooljaar samenkomt",
  "denktank onderwijs en polarisering stad Genk", frequency="zesmaal per schooljaar")
m("R10", 3, "Het sectoroverleg jeugdwerk en radicalisering, gecoördineerd door het departement Cultuur, Jeugd en Media, kwam op 4 juli en 14 november 2024 samen met De Ambrassade, Formaat, Uit De Marge en JES",
  "sectoroverleg", dates=["2024-07-04", "2024-11-14"])  # table body; met-parties get none
for b in ("De Ambrassade", "Uit de Marge"):  # G9-2 coordinated subject; Formaat after "met": none
    m("R10", 3, "De Ambrassade en Uit De Marge zaten daarnaast op 17 september 2024 samen met Formaat",
      b, dates=["2024-09-17"])

# ---------------------------------------------------------------- R11 5.1
m("R11", 1, "De stuurgroep van dit traject, met vertegenwoordigers van Opgroeien, Expoo, de Gezinsbond, de VVSG en twee lokale coördinatoren van Huizen van het Kind, kwam drie keer samen: op 25 juni, 10 september en 22 oktober 2024",
  "stuurgroep traject", count=3, dates=["2024-06-25", "2024-09-10", "2024-10-22"])
# coördinatoren testhuizen 19/11 in De Vlonder: persons, no group, no organiser: no record.
# lerend-netwerkdag, conferentie: events. "De stuurgroep zal op 14 januari 2025 ... bespreken": dated act (G9-10): no record.

# ---------------------------------------------------------------- R12 5.3
m("R12", 1, "Het begeleidingscomité van het project vergaderde op 27 juni en 24 oktober 2024",
  "begeleidingscomité Theologische aanpak islamitische radicalisering", dates=["2024-06-27", "2024-10-24"])  # G8-2
m("R12", 1, "De islamdeskundigen van de pool komen daarnaast zesweekelijks samen in een intervisiegroep onder begeleiding van een externe supervisor",
  "intervisiegroep islamdeskundigen", frequency="zesweekelijks")  # G10-1
m("R12", 1, "Het Platform van Vlaamse Imams en Moslimdeskundigen vergaderde op 12 september 2024",
  "Platform van Vlaamse Imams en Moslimdeskundigen", dates=["2024-09-12"])
# gezamenlijke vorming: kon niet doorgaan.

# ---------------------------------------------------------------- R13 5.5
m("R13", 1, "De stuurgroep van het project CONNECT, met het departement Onderwijs en Vorming, de onderwijsverstrekkers en Arktos, vergaderde op 18 juni 2024 om het schooljaar 2023-2024 te evalueren, en op 5 november 2024",
  "stuurgroep CONNECT", dates=["2024-06-18", "2024-11-05"])
m("R13", 1, "Binnen Arktos komt het kernteam CONNECT wekelijks samen",
  "kernteam CONNECT", frequency="wekelijks")
# regionaal afstemmingsmoment met de CLB's uit West-Vlaanderen: no organiser, generic collective: no record.

# ---------------------------------------------------------------- R14 5.9
for b in ("VDAB", "Werkbrug"):  # G9-2 symmetric "tussen"; "de justitiehuizen van Antwerpen en Mechelen" not named orgs
    m("R14", 1, "Op 3 juli 2024 vond een werkvergadering plaats tussen VDAB, Werkbrug vzw en de justitiehuizen van Antwerpen en Mechelen",
      b, dates=["2024-07-03"])
# casusoverleg: "afgesproken ... te houden" + "ging van start": set-up, no record.
# jobcoaches + VDAB-bemiddelaars "troffen elkaar": persons, no record. vorming: training.

# ---------------------------------------------------------------- R15 6.1
m("R15", 1, "Het overleg van de LIVC-coördinatoren van de provincie Limburg kwam in de rapporteringsperiode drie keer samen, op 20 juni, 19 september en 21 november 2024",
  "overleg LIVC-coördinatoren provincie Limburg", count=3, dates=["2024-06-20", "2024-09-19", "2024-11-21"])
m("R15", 1, "De LIVC-R vergaderde voor het eerst op 15 oktober 2024 in het stadhuis van Menen",
  "gezamenlijke LIVC-R Zuid-West-Vlaanderen", dates=["2024-10-15"])
m("R15", 1, "zal voortaan om de zes weken samenkomen",
  "gezamenlijke LIVC-R Zuid-West-Vlaanderen", frequency="om de zes weken", planned=True)  # split on planned
m("R15", 1, "De LIVC van de stad Aalst kwam maandelijks samen",
  "LIVC stad Aalst", frequency="maandelijks")
m("R15", 1, "De cel Samenleven vergadert om de twee weken",
  "interne cel Samenleven stad Genk", frequency="om de twee weken")  # G9-3 municipal unit
# RADIX-opleiding: training; LIVC-dag: event.
m("R15", 2, "Het casusoverleg tussen Trajectbureau Wending, de CAW's en de justitiehuizen gaat maandelijks door in Mechelen",
  "Trajectbureau Wending", frequency="maandelijks")  # G9-2; CAW's / justitiehuizen generic
# consultatieronde met de netwerken GGZ: one-off, generic: no record.
# "Binnen het sectoroverleg jeugdwerk ... besproken": no time.
m("R15", 3, "Deze werkgroep kwam samen op 26 september en 31 oktober 2024",
  "werkgroep deontologie", dates=["2024-09-26", "2024-10-31"])

# ---------------------------------------------------------------- R16 6.3
m("R16", 1, "Het bovenlokaal overleg vond plaats op 2 juli en 5 november 2024",
  "structureel bovenlokaal overleg", dates=["2024-07-02", "2024-11-05"])
# "in de vorige rapporteringsperiode waren er vier overlegmomenten": previous period, no record.
m("R16", 1, "In de gevangenis van Haren vonden drie overlegmomenten plaats",
  "lokaal afstemmingsoverleg gevangenis Haren", count=3)  # G9-5
m("R16", 1, "in de gevangenissen van Antwerpen, Brugge en Hasselt telkens twee",
  "lokaal afstemmingsoverleg gevangenissen Antwerpen, Brugge en Hasselt", count=2)  # G9-6 definite set, "elk"
m("R16", 1, "De ambtelijke werkgroep rond disengagementstrajecten binnen het beleidsdomein WVG, met de afdeling Justitiehuizen, Opgroeien, het departement Zorg en de consultants, vergaderde op 16 september 2024",
  "ambtelijke werkgroep rond disengagementstrajecten beleidsdomein WVG", dates=["2024-09-16"])
# studiedag 'Na detentie': uitgesteld, and an event.
m("R16", 2, "VDAB nam in de rapporteringsperiode deel aan twee vergaderingen van het bovenlokaal overleg",
  "structureel bovenlokaal overleg", count=2)  # host body with a count

# ---------------------------------------------------------------- R17 6.5
m("R17", 1, "Hiervoor zat de centrale administratie van de afdeling Gemeenschapsinstellingen op 10 juli 2024 samen met de coördinator van de moslimconsulenten van het EMB",
  "afdeling Gemeenschapsinstellingen", dates=["2024-07-10"])  # EMB side is a person
# validation by directieteam (G9-10); vergadering met de directeurs (persons, no organiser); consulenten in De Zande
# (persons, no group); tweede uitwisselingsmoment: no records.

# ---------------------------------------------------------------- R18 7.1
m("R18", 1, "De expertengroep 'Meten van polarisering', opgericht door ABB om een Vlaamse polarisatiemonitor voor te bereiden, kwam in de rapporteringsperiode twee keer bijeen: op 4 juli en op 14 oktober 2024",
  "expertengroep Meten van polarisering", count=2, dates=["2024-07-04", "2024-10-14"])
for b in ("Instituut voor Maatschappelijke Weerbaarheid", "Statistiek Vlaanderen"):  # G9-2 symmetric
    m("R18", 1, "Voor de opmaak van de steekproef vonden drie overlegmomenten plaats tussen het IMW en Statistiek Vlaanderen",
      b, count=3)
m("R18", 2, "De gebruikerscommissie van het project, waarin ook het departement Zorg zetelt, kwam samen op 11 juni 2024",
  "gebruikerscommissie TRACE – Trajecten na extremisme", dates=["2024-06-11"])  # G8-2
m("R18", 2, "Een tweede vergadering is gepland in februari 2025",
  "gebruikerscommissie TRACE – Trajecten na extremisme", planned=True)
# lezing: event.

# ---------------------------------------------------------------- R19 10.1
# Intervision series with a meeting predicate; no group name, generic participants -> organiser/owner ("Binnen Opgroeien").
m("R19", 1, "De referentieconsulenten komen vijf keer per jaar samen voor intervisie en casusbespreking",
  "Opgroeien", frequency="vijf keer per jaar")
m("R19", 1, "In de rapporteringsperiode gebeurde dat op 27 juni, 19 september en 14 november 2024",
  "Opgroeien", dates=["2024-06-27", "2024-09-19", "2024-11-14"])  # follow-up sentence, new days
m("R19", 1, "Zij kwamen op 8 oktober 2024 samen in Brussel voor hun halfjaarlijks overleg met de centrale administratie",
  "netwerk referentie-justitieassistenten", frequency="halfjaarlijks", dates=["2024-10-08"])
# opleiding: training.
m("R19", 2, "De referentiepersonen van de CAW's zitten tweemaal per jaar samen met de back-office van de Opvoedingslijn",
  "Opvoedingslijn", frequency="tweemaal per jaar")  # persons meet an org unit -> that org (two-parties rule)
# "het laatste overleg dateert van 13 maart 2024" (previous period), najaar "niet gehouden", "hernomen in februari 2025"
# (postponed, G8-6): no records.

# ---------------------------------------------------------------- R20 11.1
m("R20", 1, "Deze adviesraad komt twee keer per jaar bijeen; op de vergadering van 24 september 2024 gaf hij een positief advies over de nieuwe module",
  "adviesraad Leerhuis Bedienaars", frequency="twee keer per jaar", dates=["2024-09-24"])
# consultatieronde met de moskeebesturen (e2): one-off, no organiser, generic: no record.

# ---------------------------------------------------------------- R21 12.1
m("R21", 1, "Het departement en de gesubsidieerde organisaties zitten elk kwartaal samen in een afstemmingsoverleg; in de rapporteringsperiode vond dit overleg plaats op 11 september 2024",
  "departement OV", frequency="elk kwartaal", dates=["2024-09-11"])
m("R21", 1, "Het netwerk van lerarenopleiders burgerschap, een lerend netwerk dat door het OHB wordt getrokken, kwam in de rapporteringsperiode twee keer samen",
  "netwerk lerarenopleiders burgerschap Ondersteuningscentrum Herinnering en Burgerschap", count=2)  # G8-1 owner
# studiedag, webinars: events.

# ---------------------------------------------------------------- R22 12.5
m("R22", 1, "De voorbereiding gebeurde in een werkgroep met vertegenwoordigers van de inspecties van de verschillende erkende levensbeschouwingen, die in de aanloop naar de studiedag maandelijks vergaderde",
  "werkgroep", frequency="maandelijks")
m("R22", 1, "Na de studiedag kwam de werkgroep nog een keer samen voor een evaluatie, op 13 november 2024",
  "werkgroep", count=1, dates=["2024-11-13"])
m("R22", 1, "De Commissie levensbeschouwelijke vakken nam op haar vergadering van 26 september 2024 kennis van de plannen voor een online verzameling van goede praktijken",
  "commissie levensbeschouwelijke vakken", dates=["2024-09-26"])  # G9-10: names its meeting

# ---------------------------------------------------------------- R23 13.1
m("R23", 1, "De lotgenotengroepen komen maandelijks samen onder begeleiding van een ervaringsdeskundige en een hulpverlener van het CAW",
  "lotgenotengroepen", frequency="maandelijks")  # G9-6 definite set (the four groups)
m("R23", 1, "De groep in Vilvoorde werd in september 2024 opgestart en kwam sindsdien drie keer samen",
  "lotgenotengroep Vilvoorde", count=3)  # G9-5
# rondetafel 1/10: one-off rondetafel, no record.
for b in ("Ankerpunt", "Opvoedingslijn"):  # G9-2
    m("R23", 1, "vzw Ankerpunt en de Opvoedingslijn plegen daarnaast tweemaandelijks overleg over de doorverwijzing van nieuwe ouders",
      b, frequency="tweemaandelijks")
m("R23", 2, "Op 20 november 2024 werd overlegd met de referentiepersonen radicalisering van de CLB-netten",
  "referentiepersonen radicalisering", dates=["2024-11-20"])  # table body (G8-5)
# infosessie: event.

# ---------------------------------------------------------------- R24 14.1
# intervisiemomenten organised with the projects (no group, no meeting predicate of a group): activity, no record.
m("R24", 1, "Daarnaast kwam de begeleidingsgroep van de oproep, met ABB, het departement Cultuur, Jeugd en Media en De Ambrassade, samen op 17 september 2024",
  "begeleidingsgroep oproep", dates=["2024-09-17"])
# toonmoment, theatervoorstelling: events.
m("R24", 2, "De jongerenadviesraad vergadert tweewekelijks in het buurthuis aan de Brugse Poort",
  "jongerenadviesraad Kleurrijk Kwartier", frequency="tweewekelijks")  # G8-1 owner (richtte op)
m("R24", 2, "Deze redactieraad werd in september samengesteld, maar kwam pas op 6 november 2024 voor het eerst bijeen",
  "redactieraad Media-atelier Brandpunt", dates=["2024-11-06"])  # G8-1 owner ("werkt met"), composition dropped


# ---------------------------------------------------------------- checks + write
def field_text(rec):
    it = ITEMS[rec["item"]]
    if rec["where"] == "description":
        return it["description"]
    if rec["where"] == "other_parties":
        return it["other_parties_text"]
    for e in it["entries"]:
        if e["entry_no"] == rec["entry_no"]:
            return e["description"]
    raise KeyError(rec)


def main():
    bad = 0
    for rec in RECORDS:
        t = field_text(rec)
        if rec["raw"] not in t and rec["raw"] not in strip_tags(t):
            print("RAW NOT FOUND:", rec["item"], rec["entry_no"], rec["raw"], file=sys.stderr)
            bad += 1
        for d in rec["dates"]:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", d), d
        assert rec["count"] is None or isinstance(rec["count"], int)
    if bad:
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in RECORDS:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(OUT, encoding="utf-8") as f:
        n = sum(1 for line in f if json.loads(line))
    print(f"wrote {n} records to {OUT}")


if __name__ == "__main__":
    main()
