#!/usr/bin/env python3
"""Blind gold annotation a17a: meetings of unseen-2025-06 (SYNTHETIC, report date 2025-06-01).

Each record: (item, entry_no, raw, body, count, frequency, dates, planned). Reasons are in comments;
rule names refer to models/gold/GUIDELINES.md and dev-2024-12/reannotation/ADJUDICATION.md (Q1-Q3).
Writes ../meetings-a.jsonl (reannotation/) from ../../text.jsonl and checks that every raw is a substring of its entry description
(as stored or with tags stripped) and that every line parses.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
REANN = os.path.dirname(HERE)
SET = os.path.dirname(REANN)
VPR = "Vlaams Platform Radicalisering"

R = [
    # ---- S01 (1.1)
    ("S01", 1, "Het Vlaams Platform Radicalisering kwam tijdens de rapporteringsperiode zes keer samen, met name op 10 december 2024, 21 januari, 18 februari, 25 maart, 22 april en 20 mei 2025",
     VPR, 6, None, ["2024-12-10", "2025-01-21", "2025-02-18", "2025-03-25", "2025-04-22", "2025-05-20"], False),
    # "De vergadering van 18 februari ..." back-reference, day already in record: none. SLV observers: membership, none.
    ("S01", 1, "De raad van bestuur van het SLV vergaderde op 9 januari en 3 april 2025 in Mechelen",
     "raad van bestuur Steunpunt Lokale Verbinding", None, None, ["2025-01-09", "2025-04-03"], False),  # gold7 owner; org canonical = expansion
    # jaarverslag "in maart aan het Platform voorgelegd": month only, Platform's March meeting already dated: none.
    # subgroep: set-up no record; held clause and planned clause differ in planned -> two (gold5).
    ("S01", 1, "Deze subgroep kwam midden maart een eerste keer bijeen",
     "subgroep Monitoring en indicatoren", None, None, [], False),
    ("S01", 1, "zal tot eind 2025 maandelijks vergaderen",
     "subgroep Monitoring en indicatoren", None, "maandelijks", [], True),
    # joint meeting with subgroep Online weerbaarheid "verschoven naar juni": G8-6 none.
    ("S01", 2, "Het platform over radicalisering en terrorisme, dat overleg mogelijk maakt tussen de betrokken kabinetten van de federale overheid en de deelstaten, kwam samen op 16/01/2025",
     "platform over radicalisering en terrorisme", None, None, ["2025-01-16"], False),
    # second meeting "geannuleerd en zal in het najaar worden ingehaald": not held / postponed (G8-6): none.
    # functions meet "met" an organisation -> the organisation (two-parties rule).
    ("S01", 2, "zaten op 6 februari 2025 samen met de FOD Binnenlandse Zaken",
     "FOD Binnenlandse Zaken", None, None, ["2025-02-06"], False),
    # "In overleg met het OCAD werd ... beslist": adverbial, none.
    # aanspreekpunt (function) with the table body; one sentence, frequency + count.
    ("S01", 3, "Het aanspreekpunt onderwijs overlegt tweemaandelijks met de referentiepersonen radicalisering van de onderwijskoepels en het GO!; in de rapporteringsperiode vonden drie van die overlegmomenten plaats",
     "referentiepersonen radicalisering", 3, "tweemaandelijks", [], False),
    # webinar of De Ambrassade: event, none.

    # ---- S02 (1.3)
    ("S02", 1, "Het begeleidingscomité van de evaluatie, met vertegenwoordigers van de betrokken beleidsdomeinen, de VVSG en het Vlaams Vredesinstituut, kwam samen op 28 januari en 29 april 2025",
     "begeleidingscomité evaluatie", None, None, ["2025-01-28", "2025-04-29"], False),  # gold7 "stuurgroep evaluatie"
    # "Op de vergadering van 29 april": day already recorded: none.
    # focus groups held by the evaluator, counted, in a stated period: G9-9, organiser (dev-2023-12 Q02 precedent).
    ("S02", 1, "organiseerde het twee focusgroepen met lokale regisseurs radicalisering",
     "Instituut voor Beleidsevaluatie en Samenleving", 2, None, [], False),
    # klankbordgroep "nog niet bijeengekomen": none.

    # ---- S03 (2.1)
    ("S03", 1, "Het centraal aanspreekpunt nam deel aan de maandelijkse bijeenkomsten van de Nationale Task Force (NTF)",
     "NTF", None, "maandelijkse", [], False),  # host body
    ("S03", 1, "In de rapporteringsperiode gebeurde dat vijf keer",
     "NTF", 5, None, [], False),  # follow-up count sentence: own record (dev-2019 E10, dev-2021-12 J23)
    ("S03", 1, "Deze werkgroep vergaderde op 4 februari en 8 april 2025",
     "werkgroep Preventie", None, None, ["2025-02-04", "2025-04-08"], False),
    # conference of the Belgisch Forum: event, none.
    ("S03", 2, "was vertegenwoordigd in de permanente werkgroep van het College van procureurs-generaal, die op 11 december 2024 en 12 maart 2025 samenkwam",
     "permanente werkgroep College van Procureurs-generaal", None, None, ["2024-12-11", "2025-03-12"], False),  # host body, gold7 owner
    # symmetric "overleg tussen": one record per named organisation (G9-2); "de justitiehuizen" generic collective: none.
    ("S03", 2, "Op 24 april 2025 werd een eerste afstemmingsoverleg gehouden tussen de justitiehuizen, DG EPI en het Centrum voor Re-integratie na Detentie (CRD)",
     "DG EPI", None, None, ["2025-04-24"], False),
    ("S03", 2, "Op 24 april 2025 werd een eerste afstemmingsoverleg gehouden tussen de justitiehuizen, DG EPI en het Centrum voor Re-integratie na Detentie (CRD)",
     "Centrum voor Re-integratie na Detentie", None, None, ["2025-04-24"], False),
    ("S03", 2, "Het overleg zal vanaf het najaar om de twee maanden plaatsvinden",
     "DG EPI", None, "om de twee maanden", [], True),
    ("S03", 2, "Het overleg zal vanaf het najaar om de twee maanden plaatsvinden",
     "Centrum voor Re-integratie na Detentie", None, "om de twee maanden", [], True),

    # ---- S04 (2.3)
    ("S04", 1, "Het netoverschrijdend overleg tussen de Brusselse politiezones, de onderwijskoepels en het GO! werd in de rapporteringsperiode twee keer georganiseerd, op 5 december 2024 en op 20 maart 2025",
     "netoverschrijdend overleg", 2, None, ["2024-12-05", "2025-03-20"], False),  # G9-7 classifying adjective; dev-2024-12 R04
    # "Tijdens het overleg van maart": month back-reference: none.
    ("S04", 1, "de redactiegroep kwam op 22 april en 13 mei 2025 samen",
     "kleine redactiegroep", None, None, ["2025-04-22", "2025-05-13"], False),  # fullest mention (dev-2023-12 "kleine schrijfgroep")
    # infosessie 3 June: event, none.

    # ---- S05 (3.1)
    ("S05", 1, "Het EU Network of Prevent Policy Makers kwam samen in Brussel op 12 en 13 februari 2025",
     "Network of Prevent Policy Makers", None, None, ["2025-02-12", "2025-02-13"], False),  # cross-round name of the same body
    # OCAD / aanspreekpunt "namen deel": participants, none. thematische bijeenkomst "uitgesteld": none.
    # chairing the werkgroep: no meeting time, none.
    ("S05", 2, "De werkgroep vergaderde op 26 en 27 februari 2025 in Lissabon",
     "werkgroep Education", None, None, ["2025-02-26", "2025-02-27"], False),
    ("S05", 2, "een volgende meeting is voorzien in oktober 2025",
     "werkgroep Education", None, None, [], True),
    # webinar by the werkgroep: event, none.
    # the partners of the named partnership meet: the group's own name (organiser vs group).
    ("S05", 3, "De partners zaten op 14 en 15 januari 2025 in Rotterdam samen voor een startvergadering; een tweede partnermeeting vond plaats in Lille op 7 mei 2025",
     "Erasmus+-partnerschap Resilient Youth Work", None, None, ["2025-01-14", "2025-01-15", "2025-05-07"], False),
    ("S05", 3, "overlegt de stuurgroep van het partnerschap, met één vertegenwoordiger per partner, maandelijks online",
     "stuurgroep Resilient Youth Work", None, "maandelijks", [], False),  # G8-2 analogue: named partnership

    # ---- S06 (4.1)
    ("S06", 1, "De selectiecommissie, samengesteld uit medewerkers van ABB, de VVSG en een externe deskundige, kwam op 30 januari 2025 samen",
     "selectiecommissie", None, None, ["2025-01-30"], False),  # bare head, no owner
    # startdag: event, none.
    ("S06", 2, "De projectcoördinatoren van de zeven gemeenten vormen samen een lerend netwerk dat driemaandelijks zal samenkomen; de eerste bijeenkomst staat gepland op 17 juni 2025",
     "lerend netwerk projectcoördinatoren", None, "driemaandelijks", ["2025-06-17"], True),  # G10-1, G9-8
    ("S06", 2, "Die stuurgroep kwam tot nu toe twee keer samen",
     "lokale stuurgroep stad Harelbeke", 2, None, [], False),  # G8-1 owner (zette ... op), G9-3

    # ---- S07 (4.3)
    ("S07", 1, "De werkgroep radicalisering en polarisering van de VVSG kwam samen op 12/12/2024, 13/03/2025 en 15/05/2025",
     "werkgroep radicalisering en polarisering VVSG", None, None, ["2024-12-12", "2025-03-13", "2025-05-15"], False),  # gold7 topic keeps owner
    # ABB aanspreekpunt attended: participant, none. intervisietafel before each werkgroep: none (dev-2019 E06).
    ("S07", 2, "In de provincie Antwerpen kwam het provinciaal overlegplatform samen op 23 januari 2025",
     "provinciaal overlegplatform provincie Antwerpen", None, None, ["2025-01-23"], False),  # G9-5 (dev precedent form)
    ("S07", 2, "zaten de VVSG en de provincie Limburg op 4 maart 2025 samen",
     "VVSG", None, None, ["2025-03-04"], False),  # G9-2
    ("S07", 2, "zaten de VVSG en de provincie Limburg op 4 maart 2025 samen",
     "provincie Limburg", None, None, ["2025-03-04"], False),
    # Limburg platform not yet convened; West-Vlaanderen meeting cancelled: none.
    ("S07", 2, "Het Oost-Vlaamse platform vergaderde tweemaal, op 21 februari en 25 april 2025",
     "platform Oost-Vlaanderen", 2, None, ["2025-02-21", "2025-04-25"], False),  # G9-5
    ("S07", 3, "De intervisiegroep voor casemanagers kwam samen op 16 januari, 20 februari en 3 april 2025",
     "intervisiegroep casemanagers", None, None, ["2025-01-16", "2025-02-20", "2025-04-03"], False),
    ("S07", 3, "De VVSG en de Vereniging van Nederlandse Gemeenten (VNG) hadden op 10 april 2025 in Antwerpen een werkoverleg",
     "VVSG", None, None, ["2025-04-10"], False),  # G9-2
    ("S07", 3, "De VVSG en de Vereniging van Nederlandse Gemeenten (VNG) hadden op 10 april 2025 in Antwerpen een werkoverleg",
     "VNG", None, None, ["2025-04-10"], False),
    # studiedag, vorming: none.

    # ---- S08 (4.7)
    # hulplijnen afstemming: hulplijnen stay generic (Q10; dev-2024-12 R10 has no record): none.
    ("S08", 1, "Tussen het aanspreekpunt onderwijs en de preventiedienst van stad Vilvoorde was er op 14 januari en 11 maart 2025 overleg",
     "preventiedienst stad Vilvoorde", None, None, ["2025-01-14", "2025-03-11"], False),  # function is no body; G9-3
    ("S08", 2, "Het structureel sectoroverleg jeugd en polarisering, met De Ambrassade, Formaat, Uit De Marge, Kruispunt Jong vzw en een aantal lokale jeugdwerkingen, vond plaats op 29 januari en 23 april 2025",
     "sectoroverleg", None, None, ["2025-01-29", "2025-04-23"], False),  # table body, G8-5
    # "in april lag de nadruk": month back-reference; "In overleg met Formaat werd afgesproken": adverbial; inspiratiedag: none.

    # ---- S09 (5.3)
    ("S09", 1, "De stuurgroep van het project, met de afdeling Justitiehuizen, het Platform van Vlaamse Imams en Moslimdeskundigen en het SIE, kwam samen op 19 december 2024 en op 10 april 2025",
     "stuurgroep Theologische aanpak islamitische radicalisering", None, None, ["2024-12-19", "2025-04-10"], False),  # G8-2
    # persons meeting without group head: the one organisation that holds them (Q2): the SIE's pool of islamdeskundigen.
    ("S09", 1, "De islamdeskundigen zelf komen elke zes weken samen voor casusbespreking",
     "Studiecentrum voor Islamitische Ethiek", None, "elke zes weken", [], False),
    # vorming: none.

    # ---- S10 (5.7)
    ("S10", 1, "De jury kwam op 11 maart 2025 samen",
     "jury", None, None, ["2025-03-11"], False),
    ("S10", 2, "Kompasnaald bracht de projectverantwoordelijken op 22 april 2025 in Antwerpen samen voor een eerste uitwisselingsmoment",
     "Kompasnaald", None, None, ["2025-04-22"], False),  # G9-4 meeting noun -> organiser
    ("S10", 2, "een tweede moment is gepland in november 2025",
     "Kompasnaald", None, None, [], True),
    # intervisie session "verplaatst": G8-6 none.

    # ---- S11 (6.1)
    ("S11", 1, "Het Vlaams overleg van LIVC-coördinatoren kwam samen op 7 februari 2025 in Brussel en op 16 mei 2025 in Gent",
     "Vlaams overleg LIVC-coördinatoren", None, None, ["2025-02-07", "2025-05-16"], False),  # G9-7 classifying adjective
    # "Op het overleg van mei": month back-reference: none.
    ("S11", 1, "Aan die actualisering werkte een redactiecomité met de FOD Binnenlandse Zaken, de VVSG en ABB tijdens vier werksessies tussen januari en april 2025",
     "redactiecomité", 4, None, [], False),  # sessions counted as the group's; no single owner
    ("S11", 2, "Het multidisciplinair team van het CUN komt wekelijks samen voor casusoverleg",
     "multidisciplinair team Centrum voor Uitstap en Nazorg", None, "wekelijks", [], False),  # gold7 owner
    # LIVC Gent protocol: no meeting; kennismaking LIVC Aalst "uitgesteld": none.
    ("S11", 3, "De Ambrassade en Formaat zaten op 5 maart 2025 samen met de afdeling Jeugd",
     "De Ambrassade", None, None, ["2025-03-05"], False),  # G9-2; "met" party none
    ("S11", 3, "De Ambrassade en Formaat zaten op 5 maart 2025 samen met de afdeling Jeugd",
     "Formaat", None, None, ["2025-03-05"], False),
    ("S11", 3, "Deze bespreking wordt in het najaar voortgezet",
     "De Ambrassade", None, None, [], True),  # a further meeting ahead
    ("S11", 3, "Deze bespreking wordt in het najaar voortgezet",
     "Formaat", None, None, [], True),

    # ---- S12 (6.3)
    ("S12", 1, "Het structureel bovenlokaal overleg met DG EPI kwam samen op 17 december 2024, 18 maart en 13 mei 2025",
     "structureel bovenlokaal overleg", None, None, ["2024-12-17", "2025-03-18", "2025-05-13"], False),  # G9-7
    ("S12", 1, "Deze werkgroep vergaderde in de rapporteringsperiode tweemaandelijks",
     "ambtelijke werkgroep disengagement", None, "tweemaandelijks", [], False),  # gold7 example; "binnen" scopes the consultants
    # studiedag; regionale tafels "nog niet samengekomen": none.

    # ---- S13 (7.1)
    ("S13", 1, "De begeleidingsgroep van het project kwam op 24 januari 2025 voor de eerste keer bijeen",
     "begeleidingsgroep Veerkracht in de Wijk", None, None, ["2025-01-24"], False),  # G8-2
    # researchers of two organisations: persons, no group head, several organisations (Q2): none.
    # academische zitting: event, none.
    ("S13", 2, "Het Platform besprak het rapport op zijn vergadering van 25 maart",
     VPR, None, None, ["2025-03-25"], False),  # G9-10 names its meeting; other item than S01

    # ---- S14 (11.1)
    # traject (training) and infosessie: none. The traject's partners meet: organiser AgII (i.s.m.-partners no owners).
    ("S14", 1, "De partners van het traject zaten op 15 januari 2025 samen om het programma vast te leggen en evalueerden de editie tijdens een slotoverleg op 27 mei 2025",
     "AgII", None, None, ["2025-01-15", "2025-05-27"], False),

    # ---- S15 (12.1)
    ("S15", 1, "De stuurgroep herinneringseducatie, met Kazerne Dossin, het departement en de pedagogische begeleidingsdiensten, vergaderde op 4 december 2024 en 2 april 2025",
     "stuurgroep herinneringseducatie", None, None, ["2024-12-04", "2025-04-02"], False),
    ("S15", 2, "Het LNB kwam in de rapporteringsperiode vier keer samen",
     "Leernetwerk Burgerschap", 4, None, [], False),
    ("S15", 2, "De laatste bijeenkomst, op 14 mei 2025, was gewijd aan de afstemming met de nieuwe eindtermen",
     "Leernetwerk Burgerschap", None, None, ["2025-05-14"], False),  # follow-up with a new day
    # nascholing: none.

    # ---- S16 (12.5)
    ("S16", 1, "De commissie levensbeschouwelijke vakken vergaderde op 21 januari en 18 maart 2025",
     "commissie levensbeschouwelijke vakken", None, None, ["2025-01-21", "2025-03-18"], False),
    # werkgesprek of two persons: none. studiedag: none.

    # ---- S17 (13.1)
    ("S17", 1, "De Ouderkring Houvast, die ouders samenbrengt van jongeren die vertrokken zijn naar conflictgebieden of in detentie verblijven, komt maandelijks samen",
     "Ouderkring Houvast", None, "maandelijks", [], False),
    ("S17", 1, "De groep kwam tussen december en mei zesmaal samen",
     "Ouderkring Houvast", 6, None, [], False),  # follow-up count sentence: own record
    ("S17", 2, "Expoo en de Opvoedingslijn overleggen driemaandelijks over de back-office voor lotgenoten; dit overleg vond plaats op 9 januari en 10 april 2025",
     "Expoo", None, "driemaandelijks", ["2025-01-09", "2025-04-10"], False),  # G9-2
    ("S17", 2, "Expoo en de Opvoedingslijn overleggen driemaandelijks over de back-office voor lotgenoten; dit overleg vond plaats op 9 januari en 10 april 2025",
     "Opvoedingslijn", None, "driemaandelijks", ["2025-01-09", "2025-04-10"], False),
    # ontmoetingsdag "afgelast"; "In overleg met de Koning Boudewijnstichting wordt bekeken": none.

    # ---- S18 (13.3)
    ("S18", 1, "De stuurgroep met de ouderkoepelverenigingen kwam sinds 1 december 2024 twee keer samen, nl. op 28 januari en op 22 april 2025",
     "stuurgroep", 2, None, ["2025-01-28", "2025-04-22"], False),  # "met"-tail dropped, no owner printed
    ("S18", 1, "Een derde bijeenkomst staat gepland op 24 juni 2025",
     "stuurgroep", None, None, ["2025-06-24"], True),
    # "Tijdens de stuurgroep van 22 april": day already recorded; ouderavonden: none.

    # ---- S19 (14.1)
    # generic participants meet with two organisations: one record per organisation (two-parties rule, G8-4).
    ("S19", 1, "De projectverantwoordelijken kwamen op 30 januari en 24 april 2025 samen met de afdeling Jeugd en het Agentschap Integratie en Inburgering",
     "afdeling Jeugd", None, None, ["2025-01-30", "2025-04-24"], False),
    ("S19", 1, "De projectverantwoordelijken kwamen op 30 januari en 24 april 2025 samen met de afdeling Jeugd en het Agentschap Integratie en Inburgering",
     "AgII", None, None, ["2025-01-30", "2025-04-24"], False),
    # toonmoment: event; voorbereidende werkgroep "kwam nog niet samen": none.

    # ---- S20 (14.5)
    # dialooggesprekken in schools: no body.
    ("S20", 1, "De adviesraad van het project, met StampMedia, Mediawijs, de VRT-nieuwsdienst en twee jongeren, vergaderde op 10 februari en 12 mei 2025",
     "adviesraad rePresent", None, None, ["2025-02-10", "2025-05-12"], False),  # G8-2
    # netwerkevent, training: none.
]


def main():
    items = {}
    for line in open(os.path.join(SET, "text.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        items[d["item"]] = d
    out = []
    for item, entry_no, raw, body, count, freq, dates, planned in R:
        d = items[item]
        ent = [e for e in d["entries"] if e["entry_no"] == entry_no]
        assert len(ent) == 1, (item, entry_no)
        text = ent[0]["description"]
        stripped = re.sub(r"<[^>]+>", "", text)
        assert raw in text or raw in stripped, ("raw not found", item, entry_no, raw)
        for x in dates:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", x), x
        out.append({"item": item, "action_id": d["action_id"], "where": "entry", "entry_no": entry_no,
                    "raw": raw, "body": body, "count": count, "frequency": freq, "dates": dates,
                    "planned": planned})
    path = os.path.join(REANN, "meetings-a.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = 0
    for line in open(path, encoding="utf-8"):
        json.loads(line)
        n += 1
    print(n, "records written to", path)


if __name__ == "__main__":
    main()
