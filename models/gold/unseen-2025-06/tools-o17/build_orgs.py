"""o17: organisation mentions of unseen-2025-06 (SYNTHETIC, HELD OUT; report date 2025-06-01).

Blind annotation by GUIDELINES.md ("Organisations", gold6 D1-D6, G9-3) and the conventions of the
tuning sets dev-2022-12 / dev-2023-12 / dev-2024-12.  Each item block lists its mentions in text
order per field:
  "op"     -> other_parties_text (one record per party as printed)
  "d"      -> description
  n        -> entry n description
  ("b", n) -> entry n budget cell (location "budget")
Each mention is (raw, canonical); mention == raw.  Every occurrence is a record.
Judgement calls: ../NOTES-o17.md.
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SET, load_items, field_text, strip_tags, find_free

# canonical shorthands
VPR = "Vlaams Platform Radicalisering"
DOV = "departement OV"
AJH = "Agentschap Justitie en Handhaving"
AJ = "afdeling Justitiehuizen"
AJEUGD = "afdeling Jeugd"
CPG = "College van Procureurs-generaal"
BIZA = "FOD Binnenlandse Zaken"
VVI = "Vlaams Vredesinstituut"
PVIM = "Platform van Vlaamse Imams en Moslimdeskundigen"
SLV = "Steunpunt Lokale Verbinding"
IBS = "Instituut voor Beleidsevaluatie en Samenleving"
CRD = "Centrum voor Re-integratie na Detentie"
SWW = "Stichting Weerbare Wijk"
FCE = "Forum Civique Européen"
KJ = "Kruispunt Jong"
NPPM = "EU Network of Prevent Policy Makers"
SIE = "Studiecentrum voor Islamitische Ethiek"
CDBW = "Centrum voor Dialoog en Bemiddeling Waasland"
CUN = "Centrum voor Uitstap en Nazorg"
SACO = "onderzoeksgroep Samenleving en Conflict"
NRF = "Nordisk Resiliensforum"
IGD = "Islamitisch Gemeenschapscentrum Demervallei"
LNB = "Leernetwerk Burgerschap"
FLL = "Forum Levensbeschouwingen Leuven"
HVKD = "Huis van het Kind Demerland"
VOV = "Vereniging Ouders Verbonden"
NAZ = "Nieuwsatelier Zuid"
MLP = "Meldlijn Polarisatie"


def same(*names):
    return [(n, n) for n in names]


A = {}

A["S01"] = {
    "op": same("VVSG", "VGC", "OCAD", "FOD Justitie", BIZA, SLV),
    "d": same(VPR, "OCAD", "FOD Justitie", "VGC", "VVSG", "ABB"),
    1: [(VPR, VPR), ("Steunpunt Lokale Verbinding (SLV)", SLV), ("SLV", SLV),
        ("Aalst", "stad Aalst"), ("Genk", "stad Genk"), ("Kortrijk", "stad Kortrijk"),
        ("Leuven", "stad Leuven"), ("Turnhout", "stad Turnhout"),
        ("SLV", SLV), ("SLV", SLV)],
    2: same(AJH, BIZA, "OCAD"),
    3: [("GO!", "GO!"), ("afdeling Jeugd", AJEUGD), ("De Ambrassade", "De Ambrassade")],
}

A["S02"] = {
    "op": [("Instituut voor Beleidsevaluatie en Samenleving (IBS)", IBS), (VVI, VVI), ("VVSG", "VVSG")],
    1: [("Instituut voor Beleidsevaluatie en Samenleving (IBS)", IBS), ("VVSG", "VVSG"), (VVI, VVI),
        ("IBS", IBS), ("IBS", IBS), ("Vlaamse Regering", "Vlaamse Regering")],
}

A["S03"] = {
    # the field prints the four parties without separators
    "op": same("OCAD", "FOD Justitie", "DG EPI", "VVSG"),
    "d": [("Nationale Task Force", "NTF"), ("College van Procureurs-generaal", CPG),
          ("College Procureurs-generaal", CPG),
          ("Brussels Hoofdstedelijk Gewest", "Brussels Hoofdstedelijk Gewest")],
    1: [("Nationale Task Force (NTF)", "NTF"), ("NTF", "NTF"), (BIZA, BIZA),
        ("Agentschap Binnenlands Bestuur", "ABB"), ("Fédération Wallonie-Bruxelles", "Franse Gemeenschap"),
        ("Belgisch Forum voor Preventie en Veiligheid", "Belgisch Forum voor Preventie en Veiligheid")],
    2: [("afdeling Justitiehuizen", AJ), (AJH, AJH), ("College van procureurs-generaal", CPG),
        ("DG EPI", "DG EPI"), ("Centrum voor Re-integratie na Detentie (CRD)", CRD), ("CRD", CRD)],
}

A["S04"] = {
    "op": same("Politiezone Brussel-West", "Politiezone Zuid", "GO!")
          + [("Katholiek Onderwijs Vlaanderen", "KOV")] + same("OVSG", "Onderwijscentrum Brussel"),
    "d": same("GO!"),
    1: [("GO!", "GO!"), ("Onderwijscentrum Brussel", "Onderwijscentrum Brussel"), ("politie", "politie")],
}

A["S05"] = {
    "op": [("Europese Commissie (DG HOME)", "Europese Commissie"), ("RAN Practitioners", "RAN"),
           ("Stichting Weerbare Wijk (Rotterdam)", SWW), ("Forum Civique Européen (Lille)", FCE),
           ("Kruispunt Jong vzw", KJ)],
    "d": [("Europese Commissie", "Europese Commissie"),
          ("Network of Prevent Coordinators", "Network of Prevent Coordinators"),
          ("RAN", "RAN"), ("Europese Commissie", "Europese Commissie")],
    1: [(NPPM, NPPM), ("NTF", "NTF"), ("OCAD", "OCAD"), ("Agentschap Binnenlands Bestuur", "ABB")],
    2: [("GO!", "GO!"), ("RAN Practitioners", "RAN")],
    3: [("afdeling Jeugd", AJEUGD), (SWW, SWW), (FCE, FCE), ("Kruispunt Jong vzw", KJ)],
}

A["S06"] = {
    "op": [("Tienen", "stad Tienen"), ("Sint-Truiden", "stad Sint-Truiden"), ("Zaventem", "gemeente Zaventem"),
           ("Harelbeke", "stad Harelbeke"), ("Boom", "gemeente Boom"), ("Diest", "stad Diest"),
           ("Izegem", "stad Izegem"), ("VVSG", "VVSG")],
    1: [("Tienen", "stad Tienen"), ("Sint-Truiden", "stad Sint-Truiden"), ("Zaventem", "gemeente Zaventem"),
        ("Harelbeke", "stad Harelbeke"), ("Boom", "gemeente Boom"), ("Diest", "stad Diest"),
        ("Izegem", "stad Izegem"), ("ABB", "ABB"), ("VVSG", "VVSG")],
    2: [("Stad Harelbeke", "stad Harelbeke"), ("politiezone Gavers", "politiezone Gavers"),
        ("CAW Zuid-West-Vlaanderen", "CAW Zuid-West-Vlaanderen"), ("jeugdhuis De Kwelder", "De Kwelder"),
        ("Gemeente Boom", "gemeente Boom")],
}

A["S07"] = {
    "op": same("VVSG"),
    "d": same("VVSG"),
    1: same("VVSG", "VVSG", "ABB"),
    2: [("VVSG", "VVSG"), ("politiezone Neteland", "politiezone Neteland"), ("CAW De Kempen", "CAW De Kempen"),
        ("VVSG", "VVSG"), ("provincie Limburg", "provincie Limburg")],
    3: [("VVSG", "VVSG"), ("Vereniging van Nederlandse Gemeenten (VNG)", "VNG"), ("VVSG", "VVSG"),
        ("OCMW van Sint-Niklaas", "OCMW stad Sint-Niklaas")],
}

A["S08"] = {
    "op": same("Netwerk Islamexperten", "Opgroeien", "De Ambrassade", "Formaat")
          + [("Uit De Marge", "Uit de Marge"), ("Kruispunt Jong vzw", KJ), (MLP, MLP)],
    "d": same("onderwijsinspectie", "De Ambrassade", "VVJ", "Formaat", "JES", "Uit de Marge", "Groep Intro")
         + [("afdeling jeugd", AJEUGD)],
    1: [("Netwerk Islamexperten", "Netwerk Islamexperten"), ("Opvoedingslijn", "Opvoedingslijn"),
        (MLP, MLP), (MLP, MLP), ("Agentschap Integratie en Inburgering", "AgII"),
        ("preventiedienst van stad Vilvoorde", "preventiedienst stad Vilvoorde")],
    2: [("De Ambrassade", "De Ambrassade"), ("Formaat", "Formaat"), ("Uit De Marge", "Uit de Marge"),
        ("Kruispunt Jong vzw", KJ), ("Formaat", "Formaat"), ("Formaat", "Formaat"),
        ("Uit De Marge", "Uit de Marge")],
}

A["S09"] = {
    "op": [(PVIM, PVIM), ("EMB", "EMB"), ("Studiecentrum voor Islamitische Ethiek (SIE)", SIE)],
    1: [("Studiecentrum voor Islamitische Ethiek (SIE)", SIE), ("SIE", SIE), ("afdeling Justitiehuizen", AJ),
        (PVIM, PVIM), ("SIE", SIE), ("SIE", SIE)],
}

A["S10"] = {
    "op": [("vzw Dwarsverband", "Dwarsverband"), (CDBW, CDBW), ("stad Turnhout", "stad Turnhout"),
           ("gemeente Dilbeek", "gemeente Dilbeek"), ("Kompasnaald bv", "Kompasnaald")],
    1: [("vzw Dwarsverband", "Dwarsverband"), ("Centrum voor Dialoog en Bemiddeling Waasland (CDBW)", CDBW),
        ("stad Turnhout", "stad Turnhout"), ("gemeente Dilbeek", "gemeente Dilbeek"), ("CDBW", CDBW)],
    2: [("adviesbureau Kompasnaald bv", "Kompasnaald"), ("Kompasnaald", "Kompasnaald")],
}

A["S11"] = {
    "op": same("VVSG", "OCAD", BIZA) + [("Centrum voor Uitstap en Nazorg (CUN)", CUN)],
    1: same(BIZA, "VVSG", "ABB"),
    2: [("Centrum voor Uitstap en Nazorg (CUN)", CUN), ("CAW Oost-Vlaanderen", "CAW Oost-Vlaanderen"),
        ("CUN", CUN), ("LIVC van Gent", "LIVC stad Gent"), ("LIVC van Aalst", "LIVC stad Aalst")],
    3: same("De Ambrassade", "Formaat", AJEUGD),
}

A["S12"] = {
    "op": same("DG EPI", AJH, "Opgroeien", "CAW's"),
    "d": [("Directoraat-Generaal Penitentiaire Inrichtingen", "DG EPI")],
    1: same("DG EPI", "departement Zorg", "Opgroeien", AJ, "DG EPI", "Vlaamse Gemeenschap"),
}

A["S13"] = {
    "op": [(VVI, VVI), ("onderzoeksgroep Samenleving en Conflict (VUB)", SACO), ("Nordisk Resiliensforum (Aarhus)", NRF)],
    "d": [("VVI", VVI)],
    1: [("onderzoeksgroep Samenleving en Conflict (SACO)", SACO), ("Vrije Universiteit Brussel", "VUB"),
        (NRF, NRF), ("SACO", SACO), (NRF, NRF)],
    2: [(VVI, VVI), ("Vlaams Parlement", "Vlaams Parlement")],
}

A["S14"] = {
    "op": [("Agentschap Integratie en Inburgering", "AgII"), ("Atlas", "Atlas"),
           ("Islamitisch Gemeenschapscentrum Demervallei (IGD)", IGD), ("stad Diest", "stad Diest")],
    "d": same("AgII", "Atlas", "Atlas"),
    1: [("Agentschap Integratie en Inburgering", "AgII"), ("Islamitisch Gemeenschapscentrum Demervallei (IGD)", IGD),
        ("stad Diest", "stad Diest")],
}

A["S15"] = {
    "op": same("Kazerne Dossin", LNB, "pedagogische begeleidingsdiensten"),
    "d": [("Departement OV", DOV), ("BCH", "BCH"), ("VVI", VVI)],
    1: [("departement Onderwijs en Vorming", DOV), ("Kazerne Dossin", "Kazerne Dossin"),
        ("Kazerne Dossin", "Kazerne Dossin")],
    2: [("Leernetwerk Burgerschap (LNB)", LNB), ("LNB", LNB), ("LNB", LNB)],
    ("b", 2): [("LNB", LNB)],
}

A["S16"] = {
    "op": [("Inspectie LBV", "Inspectie LBV"), (FLL, FLL), ("KlasCement", "KlasCement")],
    "d": same("onderwijsinspectie levensbeschouwelijke vakken"),
    1: [("commissie levensbeschouwelijke vakken", "commissie levensbeschouwelijke vakken"),
        ("Forum Levensbeschouwingen Leuven (FLL)", FLL), ("FLL", FLL)],
}

A["S17"] = {
    "op": [("Koning Boudewijnstichting", "KBS"), ("Expoo", "Expoo"), ("Opvoedingslijn", "Opvoedingslijn"),
           ("Ouderkring Houvast", "Ouderkring Houvast"), (HVKD, HVKD)],
    1: [("Ouderkring Houvast", "Ouderkring Houvast"), (HVKD, HVKD)],
    2: [("Expoo", "Expoo"), ("Opvoedingslijn", "Opvoedingslijn"), ("Koning Boudewijnstichting", "KBS")],
}

A["S18"] = {
    "op": same("KOOGO", "GO! ouders", "VCOV") + [("Vereniging Ouders Verbonden (VOV)", VOV)],
    "d": same("Vlaamse Regering"),
    1: [("Vlaamse Regering", "Vlaamse Regering"), ("Vereniging Ouders Verbonden (VOV)", VOV), ("VOV", VOV)],
}

A["S19"] = {
    "op": [("Jeugdhuis Het Scharnier vzw", "Jeugdhuis Het Scharnier"),
           ("Theatercollectief Spiegelbeeld vzw", "Theatercollectief Spiegelbeeld"),
           ("Sportclub Samen Vooruit vzw", "Sportclub Samen Vooruit"),
           ("Nieuwsatelier Zuid vzw", NAZ), ("Kruispunt Jong vzw", KJ), ("stad Izegem", "stad Izegem")],
    1: [("Jeugdhuis Het Scharnier vzw", "Jeugdhuis Het Scharnier"),
        ("Theatercollectief Spiegelbeeld vzw", "Theatercollectief Spiegelbeeld"),
        ("Sportclub Samen Vooruit vzw", "Sportclub Samen Vooruit"),
        ("Nieuwsatelier Zuid vzw", NAZ), ("Kruispunt Jong vzw", KJ),
        ("stad Izegem, jeugddienst", "jeugddienst stad Izegem"),
        ("afdeling Jeugd", AJEUGD), ("Agentschap Integratie en Inburgering", "AgII")],
}

A["S20"] = {
    "op": [("Kenniscentrum Mediawijs", "Mediawijs"), ("StampMedia", "StampMedia"), ("Nieuwsatelier Zuid vzw", NAZ),
           ("VRT", "VRT")],
    1: [("Nieuwsatelier Zuid vzw", NAZ), ("StampMedia", "StampMedia"), ("Kenniscentrum Mediawijs", "Mediawijs"),
        ("StampMedia", "StampMedia"), ("Mediawijs", "Mediawijs"), ("VRT-nieuwsdienst", "VRT"),
        ("Mediawijs", "Mediawijs")],
}


def keyorder(k):
    if k == "op":
        return (0, 0, 0)
    if k == "d":
        return (1, 0, 0)
    if isinstance(k, tuple):
        return (2, k[1], 1)
    return (2, k, 0)


def build():
    items = load_items()
    assert set(A) == set(items), set(items) ^ set(A)
    out, spans = [], {}
    errors = 0
    for it in sorted(items):
        item = items[it]
        for k in sorted(A[it], key=keyorder):
            if k == "op":
                where, no, loc = "other_parties", None, None
            elif k == "d":
                where, no, loc = "description", None, None
            elif isinstance(k, tuple):
                where, no, loc = "entry", k[1], "budget"
            else:
                where, no, loc = "entry", k, None
            text = field_text(item, where, no, loc)
            plain = strip_tags(text)
            used = spans.setdefault((it, where, no, loc), [])
            pos = 0
            for raw, canon in A[it][k]:
                if raw not in text and raw not in plain:
                    print("NOT A SUBSTRING", it, k, repr(raw)); errors += 1; continue
                i = find_free(plain, raw, pos, used)
                if i < 0:
                    i = find_free(plain, raw, 0, used)
                    if i < 0:
                        print("MORE RECORDS THAN OCCURRENCES", it, k, repr(raw)); errors += 1; continue
                    print("note: out of text order", it, k, repr(raw))
                used.append((i, i + len(raw)))
                pos = i + len(raw)
                r = {"item": it, "action_id": item["action_id"], "where": where, "entry_no": no,
                     "mention": raw, "canonical": canon, "raw": raw}
                if loc:
                    r["location"] = loc
                out.append(r)
    return out, spans, errors


if __name__ == "__main__":
    out, spans, errors = build()
    path = os.path.join(SET, "organisations.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    items = load_items()
    with open(path, encoding="utf-8") as f:
        n = 0
        for line in f:
            r = json.loads(line)
            t = field_text(items[r["item"]], r["where"], r["entry_no"], r.get("location"))
            assert r["raw"] in t or r["raw"] in strip_tags(t), r
            n += 1
    print("records", n, "errors", errors)
    sys.exit(1 if errors else 0)
