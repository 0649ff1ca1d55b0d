#!/usr/bin/env python3
"""Blind meeting gold for unseen-2025-06 (annotator a17b).

Writes ../meetings-b.jsonl (reannotation/) from ../../text.jsonl. Every record is a tuple
(item, entry_no, raw, body, count, frequency, dates, planned) with a short reason.
Checks: every raw is an exact substring of the entry description (as stored or
with tags stripped), dates are ISO days, every output line parses.
Report date 2025-06-01 (reporting period December 2024 - May 2025).
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REANN = HERE.parent
SET = REANN.parent
TEXT = SET / "text.jsonl"
OUT = REANN / "meetings-b.jsonl"

N = None
R = [
    # S01 1.1
    ("S01", 1, "Het Vlaams Platform Radicalisering kwam tijdens de rapporteringsperiode zes keer samen, met name op 10 december 2024, 21 januari, 18 februari, 25 maart, 22 april en 20 mei 2025",
     "Vlaams Platform Radicalisering", 6, N, ["2024-12-10", "2025-01-21", "2025-02-18", "2025-03-25", "2025-04-22", "2025-05-20"], False),
    # "De vergadering van 18 februari ..." back-reference, day already recorded: none. Observers: membership: none.
    ("S01", 1, "De raad van bestuur van het SLV vergaderde op 9 januari en 3 april 2025 in Mechelen",
     "raad van bestuur Steunpunt Lokale Verbinding", N, N, ["2025-01-09", "2025-04-03"], False),  # gold7 owner, canonical = expansion
    # "werd ... opgericht": set-up, none. Split on planned (gold5 one record per body per statement).
    ("S01", 1, "Deze subgroep kwam midden maart een eerste keer bijeen",
     "subgroep Monitoring en indicatoren", N, N, [], False),
    ("S01", 1, "zal tot eind 2025 maandelijks vergaderen",
     "subgroep Monitoring en indicatoren", N, "maandelijks", [], True),
    # gezamenlijke vergadering verschoven: G8-6, none.
    ("S01", 2, "Het platform over radicalisering en terrorisme, dat overleg mogelijk maakt tussen de betrokken kabinetten van de federale overheid en de deelstaten, kwam samen op 16/01/2025",
     "platform over radicalisering en terrorisme", N, N, ["2025-01-16"], False),
    # tweede bijeenkomst geannuleerd, in te halen: G8-6, none.
    ("S01", 2, "Het centraal aanspreekpunt en de coördinator radicalisering van het Agentschap Justitie en Handhaving zaten op 6 februari 2025 samen met de FOD Binnenlandse Zaken",
     "FOD Binnenlandse Zaken", N, N, ["2025-02-06"], False),  # two functions as subject: the party met is the body
    # "In overleg met het OCAD werd ... beslist": adverbial, none.
    ("S01", 3, "Het aanspreekpunt onderwijs overlegt tweemaandelijks met de referentiepersonen radicalisering van de onderwijskoepels en het GO!; in de rapporteringsperiode vonden drie van die overlegmomenten plaats, in december, februari en april",
     "referentiepersonen radicalisering", 3, "tweemaandelijks", [], False),  # table body; months only
    # webinar: event, none.

    # S02 1.3
    ("S02", 1, "Het begeleidingscomité van de evaluatie, met vertegenwoordigers van de betrokken beleidsdomeinen, de VVSG en het Vlaams Vredesinstituut, kwam samen op 28 januari en 29 april 2025",
     "begeleidingscomité evaluatie", N, N, ["2025-01-28", "2025-04-29"], False),  # gold7 bare head + van-complement
    # "Op de vergadering van 29 april": day already recorded, none.
    ("S02", 1, "organiseerde het twee focusgroepen met lokale regisseurs radicalisering",
     "Instituut voor Beleidsevaluatie en Samenleving", 2, N, [], False),  # G9-9, organiser; as dev-2023-12 Q02
    # klankbordgroep samengesteld, nog niet bijeengekomen: none.

    # S03 2.1
    ("S03", 1, "Het centraal aanspreekpunt nam deel aan de maandelijkse bijeenkomsten van de Nationale Task Force (NTF). In de rapporteringsperiode gebeurde dat vijf keer",
     "NTF", 5, "maandelijkse", [], False),  # host body; count-only follow-up merged (dev-2023-12 Q01)
    ("S03", 1, "Deze werkgroep vergaderde op 4 februari en 8 april 2025",
     "werkgroep Preventie", N, N, ["2025-02-04", "2025-04-08"], False),
    # conferentie Belgisch Forum: event, none.
    ("S03", 2, "was vertegenwoordigd in de permanente werkgroep van het College van procureurs-generaal, die op 11 december 2024 en 12 maart 2025 samenkwam",
     "permanente werkgroep College van Procureurs-generaal", N, N, ["2024-12-11", "2025-03-12"], False),  # host body
    ("S03", 2, "Op 24 april 2025 werd een eerste afstemmingsoverleg gehouden tussen de justitiehuizen, DG EPI en het Centrum voor Re-integratie na Detentie (CRD)",
     "DG EPI", N, N, ["2025-04-24"], False),  # G9-2; "de justitiehuizen" generic (dev-2024-12 R15)
    ("S03", 2, "Op 24 april 2025 werd een eerste afstemmingsoverleg gehouden tussen de justitiehuizen, DG EPI en het Centrum voor Re-integratie na Detentie (CRD)",
     "Centrum voor Re-integratie na Detentie", N, N, ["2025-04-24"], False),
    ("S03", 2, "Het overleg zal vanaf het najaar om de twee maanden plaatsvinden",
     "DG EPI", N, "om de twee maanden", [], True),
    ("S03", 2, "Het overleg zal vanaf het najaar om de twee maanden plaatsvinden",
     "Centrum voor Re-integratie na Detentie", N, "om de twee maanden", [], True),

    # S04 2.3
    ("S04", 1, "Het netoverschrijdend overleg tussen de Brusselse politiezones, de onderwijskoepels en het GO! werd in de rapporteringsperiode twee keer georganiseerd, op 5 december 2024 en op 20 maart 2025",
     "netoverschrijdend overleg", 2, N, ["2024-12-05", "2025-03-20"], False),  # G9-7 standing overleg
    # "Tijdens het overleg van maart": month back-reference, none.
    ("S04", 1, "de redactiegroep kwam op 22 april en 13 mei 2025 samen",
     "kleine redactiegroep", N, N, ["2025-04-22", "2025-05-13"], False),  # fullest mention (gold7)
    # infosessie: event, none.

    # S05 3.1
    ("S05", 1, "Het EU Network of Prevent Policy Makers kwam samen in Brussel op 12 en 13 februari 2025",
     "Network of Prevent Policy Makers", N, N, ["2025-02-12", "2025-02-13"], False),  # cross-round name
    # thematische bijeenkomst uitgesteld: G8-6, none.
    ("S05", 2, "De werkgroep vergaderde op 26 en 27 februari 2025 in Lissabon",
     "werkgroep Education", N, N, ["2025-02-26", "2025-02-27"], False),
    ("S05", 2, "een volgende meeting is voorzien in oktober 2025",
     "werkgroep Education", N, N, [], True),
    # webinar of the werkgroep: event, none.
    ("S05", 3, "De partners zaten op 14 en 15 januari 2025 in Rotterdam samen voor een startvergadering; een tweede partnermeeting vond plaats in Lille op 7 mei 2025",
     "Resilient Youth Work", N, N, ["2025-01-14", "2025-01-15", "2025-05-07"], False),  # partnership's own name (dev-2023-12 Q05)
    ("S05", 3, "Daarnaast overlegt de stuurgroep van het partnerschap, met één vertegenwoordiger per partner, maandelijks online",
     "stuurgroep Resilient Youth Work", N, "maandelijks", [], False),  # G8-2 analogy

    # S06 4.1
    ("S06", 1, "De selectiecommissie, samengesteld uit medewerkers van ABB, de VVSG en een externe deskundige, kwam op 30 januari 2025 samen",
     "selectiecommissie", N, N, ["2025-01-30"], False),
    # startdag: event, none.
    ("S06", 2, "De projectcoördinatoren van de zeven gemeenten vormen samen een lerend netwerk dat driemaandelijks zal samenkomen; de eerste bijeenkomst staat gepland op 17 juni 2025 in Leuven",
     "lerend netwerk projectcoördinatoren", N, "driemaandelijks", ["2025-06-17"], True),  # G10-1, G9-8
    ("S06", 2, "Die stuurgroep kwam tot nu toe twee keer samen",
     "lokale stuurgroep stad Harelbeke", 2, N, [], False),  # G8-1 owner (zette ... op)

    # S07 4.3
    ("S07", 1, "De werkgroep radicalisering en polarisering van de VVSG kwam samen op 12/12/2024, 13/03/2025 en 15/05/2025",
     "werkgroep radicalisering en polarisering VVSG", N, N, ["2024-12-12", "2025-03-13", "2025-05-15"], False),
    # ABB attended all: participation, no new day. Intervisietafel before each werkgroep: none (dev-2019 E06 reading).
    ("S07", 2, "In de provincie Antwerpen kwam het provinciaal overlegplatform samen op 23 januari 2025 in Turnhout",
     "provinciaal overlegplatform Antwerpen", N, N, ["2025-01-23"], False),  # G9-5
    ("S07", 2, "In Limburg zaten de VVSG en de provincie Limburg op 4 maart 2025 samen",
     "VVSG", N, N, ["2025-03-04"], False),  # G9-2
    ("S07", 2, "In Limburg zaten de VVSG en de provincie Limburg op 4 maart 2025 samen",
     "provincie Limburg", N, N, ["2025-03-04"], False),
    # Limburgs platform nog niet samengeroepen; West-Vlaanderen afgelast: none.
    ("S07", 2, "Het Oost-Vlaamse platform vergaderde tweemaal, op 21 februari en 25 april 2025",
     "platform Oost-Vlaanderen", 2, N, ["2025-02-21", "2025-04-25"], False),  # G9-5 (as gold9 'Limburgse platform')
    ("S07", 3, "De intervisiegroep voor casemanagers kwam samen op 16 januari, 20 februari en 3 april 2025",
     "intervisiegroep casemanagers", N, N, ["2025-01-16", "2025-02-20", "2025-04-03"], False),
    ("S07", 3, "De VVSG en de Vereniging van Nederlandse Gemeenten (VNG) hadden op 10 april 2025 in Antwerpen een werkoverleg",
     "VVSG", N, N, ["2025-04-10"], False),  # G9-2
    ("S07", 3, "De VVSG en de Vereniging van Nederlandse Gemeenten (VNG) hadden op 10 april 2025 in Antwerpen een werkoverleg",
     "VNG", N, N, ["2025-04-10"], False),
    # studiedag, vorming: none.

    # S08 4.7
    # hulplijnen afstemming (also the "laatste afstemmingsoverleg" on 20/2): hulplijnen stay generic, none.
    ("S08", 1, "Tussen het aanspreekpunt onderwijs en de preventiedienst van stad Vilvoorde was er op 14 januari en 11 maart 2025 overleg",
     "preventiedienst stad Vilvoorde", N, N, ["2025-01-14", "2025-03-11"], False),  # function is no body; G9-3
    ("S08", 2, "Het structureel sectoroverleg jeugd en polarisering, met De Ambrassade, Formaat, Uit De Marge, Kruispunt Jong vzw en een aantal lokale jeugdwerkingen, vond plaats op 29 januari en 23 april 2025",
     "sectoroverleg", N, N, ["2025-01-29", "2025-04-23"], False),  # G8-5 table body
    # "In overleg met Formaat werd afgesproken": adverbial; inspiratiedag: event.

    # S09 5.3
    ("S09", 1, "De stuurgroep van het project, met de afdeling Justitiehuizen, het Platform van Vlaamse Imams en Moslimdeskundigen en het SIE, kwam samen op 19 december 2024 en op 10 april 2025",
     "stuurgroep Theologische aanpak islamitische radicalisering", N, N, ["2024-12-19", "2025-04-10"], False),  # G8-2
    ("S09", 1, "De islamdeskundigen zelf komen elke zes weken samen voor casusbespreking",
     "Studiecentrum voor Islamitische Ethiek", N, "elke zes weken", [], False),  # no group head: the organisation holding the pool (doubtful)
    # vorming: none.

    # S10 5.7
    ("S10", 1, "De jury kwam op 11 maart 2025 samen",
     "jury", N, N, ["2025-03-11"], False),
    ("S10", 2, "Kompasnaald bracht de projectverantwoordelijken op 22 april 2025 in Antwerpen samen voor een eerste uitwisselingsmoment",
     "Kompasnaald", N, N, ["2025-04-22"], False),  # G9-4 organiser
    ("S10", 2, "een tweede moment is gepland in november 2025",
     "Kompasnaald", N, N, [], True),
    # intervisiereeks for others, session moved: none.

    # S11 6.1
    ("S11", 1, "Het Vlaams overleg van LIVC-coördinatoren kwam samen op 7 februari 2025 in Brussel en op 16 mei 2025 in Gent",
     "Vlaams overleg LIVC-coördinatoren", N, N, ["2025-02-07", "2025-05-16"], False),
    # "Op het overleg van mei": month back-reference, none.
    ("S11", 1, "Aan die actualisering werkte een redactiecomité met de FOD Binnenlandse Zaken, de VVSG en ABB tijdens vier werksessies tussen januari en april 2025",
     "redactiecomité", 4, N, [], False),  # the comité's sessions counted
    ("S11", 2, "Het multidisciplinair team van het CUN komt wekelijks samen voor casusoverleg",
     "multidisciplinair team Centrum voor Uitstap en Nazorg", N, "wekelijks", [], False),
    # doorverwijsprotocol: no meeting; kennismaking uitgesteld: G8-6.
    ("S11", 3, "De Ambrassade en Formaat zaten op 5 maart 2025 samen met de afdeling Jeugd",
     "De Ambrassade", N, N, ["2025-03-05"], False),  # G9-2; party after "met" none
    ("S11", 3, "De Ambrassade en Formaat zaten op 5 maart 2025 samen met de afdeling Jeugd",
     "Formaat", N, N, ["2025-03-05"], False),
    ("S11", 3, "Deze bespreking wordt in het najaar voortgezet",
     "De Ambrassade", N, N, [], True),
    ("S11", 3, "Deze bespreking wordt in het najaar voortgezet",
     "Formaat", N, N, [], True),

    # S12 6.3
    ("S12", 1, "Het structureel bovenlokaal overleg met DG EPI kwam samen op 17 december 2024, 18 maart en 13 mei 2025",
     "structureel bovenlokaal overleg", N, N, ["2024-12-17", "2025-03-18", "2025-05-13"], False),
    ("S12", 1, "Deze werkgroep vergaderde in de rapporteringsperiode tweemaandelijks",
     "ambtelijke werkgroep disengagement departement Zorg", N, "tweemaandelijks", [], False),  # G8-1 "binnen X" (as dev-2021-12 J27)
    # studiedag: event; regionale tafels nog niet samengekomen: none.

    # S13 7.1
    ("S13", 1, "De begeleidingsgroep van het project kwam op 24 januari 2025 voor de eerste keer bijeen",
     "begeleidingsgroep Veerkracht in de Wijk", N, N, ["2025-01-24"], False),  # G8-2
    # onderzoekers of two organisations: persons, no group head: none.
    # academische zitting: event.
    ("S13", 2, "Het Platform besprak het rapport op zijn vergadering van 25 maart",
     "Vlaams Platform Radicalisering", N, N, ["2025-03-25"], False),  # G9-10 names its meeting; new day in this item

    # S14 11.1
    ("S14", 1, "De partners van het traject zaten op 15 januari 2025 samen om het programma vast te leggen en evalueerden de editie tijdens een slotoverleg op 27 mei 2025",
     "Wegwijs als bedienaar", N, N, ["2025-01-15", "2025-05-27"], False),  # partners of a named programme (dev-2023-12 Q05/Q16 reading)
    # infosessie: event.

    # S15 12.1
    ("S15", 1, "De stuurgroep herinneringseducatie, met Kazerne Dossin, het departement en de pedagogische begeleidingsdiensten, vergaderde op 4 december 2024 en 2 april 2025",
     "stuurgroep herinneringseducatie", N, N, ["2024-12-04", "2025-04-02"], False),
    ("S15", 2, "Het LNB kwam in de rapporteringsperiode vier keer samen",
     "Leernetwerk Burgerschap", 4, N, [], False),
    ("S15", 2, "De laatste bijeenkomst, op 14 mei 2025, was gewijd aan de afstemming met de nieuwe eindtermen",
     "Leernetwerk Burgerschap", N, N, ["2025-05-14"], False),  # follow-up with a new day
    # nascholing: training.

    # S16 12.5
    ("S16", 1, "De commissie levensbeschouwelijke vakken vergaderde op 21 januari en 18 maart 2025",
     "commissie levensbeschouwelijke vakken", N, N, ["2025-01-21", "2025-03-18"], False),
    # werkgesprek of two persons: none; studiedag: event.

    # S17 13.1
    ("S17", 1, "De Ouderkring Houvast, die ouders samenbrengt van jongeren die vertrokken zijn naar conflictgebieden of in detentie verblijven, komt maandelijks samen in het Huis van het Kind Demerland in Aarschot. De groep kwam tussen december en mei zesmaal samen",
     "Ouderkring Houvast", 6, "maandelijks", [], False),  # count-only follow-up merged (dev-2023-12 Q01)
    ("S17", 2, "Expoo en de Opvoedingslijn overleggen driemaandelijks over de back-office voor lotgenoten; dit overleg vond plaats op 9 januari en 10 april 2025",
     "Expoo", N, "driemaandelijks", ["2025-01-09", "2025-04-10"], False),  # G9-2
    ("S17", 2, "Expoo en de Opvoedingslijn overleggen driemaandelijks over de back-office voor lotgenoten; dit overleg vond plaats op 9 januari en 10 april 2025",
     "Opvoedingslijn", N, "driemaandelijks", ["2025-01-09", "2025-04-10"], False),
    # ontmoetingsdag afgelast; "In overleg met de Koning Boudewijnstichting wordt bekeken": none.

    # S18 13.3
    ("S18", 1, "De stuurgroep met de ouderkoepelverenigingen kwam sinds 1 december 2024 twee keer samen, nl. op 28 januari en op 22 april 2025",
     "stuurgroep", 2, N, ["2025-01-28", "2025-04-22"], False),  # no owner printed; met-tail dropped
    ("S18", 1, "Een derde bijeenkomst staat gepland op 24 juni 2025",
     "stuurgroep", N, N, ["2025-06-24"], True),
    # "Tijdens de stuurgroep van 22 april": day already recorded; ouderavonden: events.

    # S19 14.1
    ("S19", 1, "De projectverantwoordelijken kwamen op 30 januari en 24 april 2025 samen met de afdeling Jeugd en het Agentschap Integratie en Inburgering",
     "afdeling Jeugd", N, N, ["2025-01-30", "2025-04-24"], False),  # generic participants: the organisations met (G8-4)
    ("S19", 1, "De projectverantwoordelijken kwamen op 30 januari en 24 april 2025 samen met de afdeling Jeugd en het Agentschap Integratie en Inburgering",
     "AgII", N, N, ["2025-01-30", "2025-04-24"], False),
    # toonmoment: event; voorbereidende werkgroep nog niet samengekomen: none.

    # S20 14.5
    ("S20", 1, "De adviesraad van het project, met StampMedia, Mediawijs, de VRT-nieuwsdienst en twee jongeren, vergaderde op 10 februari en 12 mei 2025",
     "adviesraad rePresent", N, N, ["2025-02-10", "2025-05-12"], False),  # G8-2
    # dialooggesprekken, netwerkevent, training: none.
]


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


def main():
    items = {}
    for line in TEXT.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        items[d["item"]] = d
    out = []
    for item, entry_no, raw, body, count, freq, dates, planned in R:
        d = items[item]
        desc = next(e["description"] for e in d["entries"] if e["entry_no"] == entry_no)
        assert raw in desc or raw in strip_tags(desc), (item, entry_no, raw)
        for x in dates:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", x), x
        assert count is None or isinstance(count, int)
        out.append({"item": item, "action_id": d["action_id"], "where": "entry", "entry_no": entry_no,
                    "raw": raw, "body": body, "count": count, "frequency": freq, "dates": dates,
                    "planned": planned})
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out)
    OUT.write_text(text, encoding="utf-8")
    for line in OUT.read_text(encoding="utf-8").splitlines():
        json.loads(line)
    print(f"{len(out)} records -> {OUT.name}")


if __name__ == "__main__":
    main()
