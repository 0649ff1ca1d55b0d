"""o16: organisation mentions of dev-2024-12 (SYNTHETIC round, report date 2024-12-01).

Each item block lists its mentions in text order per field:
  "op"  -> other_parties_text (one record per party as printed)
  "d"   -> description
  n     -> entry n description
  ("b", n) -> entry n budget cell (location "budget")
Each mention is (raw, canonical); mention == raw.  Every occurrence is a record.
Judgement calls: ../NOTES-o16.md.
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SET, load_items, field_text, strip_tags

# canonical shorthands (gazetteer canonicals)
VPR = "Vlaams Platform Radicalisering"
DOV = "departement OV"
CJM = "departement CJM"
AJH = "Agentschap Justitie en Handhaving"
AJ = "afdeling Justitiehuizen"
CPG = "College van Procureurs-generaal"
BIZA = "FOD Binnenlandse Zaken"
VVI = "Vlaams Vredesinstituut"
PVIM = "Platform van Vlaamse Imams en Moslimdeskundigen"
KH = "EU Knowledge Hub on Prevention of Radicalisation"
IMW = "Instituut voor Maatschappelijke Weerbaarheid"
STK = "Stiftelsen Trygga Kvarter"
VBK = "Verein Brückenschlag Köln"
SLV = "Steunpunt Lokale Verbinding"
APP = "Antennepunt Polarisering"
SIZV = "Stichting Islamitische Zielzorg Vlaanderen"
ECU = "Expertisecentrum Uitweg"
LHB = "Leerhuis Bedienaars"
OHB = "Ondersteuningscentrum Herinnering en Burgerschap"
ILBV = "inspectie levensbeschouwelijke vakken"
VLONDER = "Huis van het Kind De Vlonder"

def same(*names):
    return [(n, n) for n in names]

A = {}

A["R01"] = {
    "op": same("VVSG", "VGC", "OCAD", "FOD Justitie", BIZA) + [("Agentschap Binnenlands Bestuur", "ABB")],
    "d": same(VPR, "OCAD", "FOD Justitie", "VGC", "VVSG", "ABB"),
    1: [(VPR, VPR), ("Vlaamse Regering", "Vlaamse Regering"), ("ABB", "ABB"),
        ("VVSG", "VVSG"), ("Vlaamse Gemeenschapscommissie (VGC)", "VGC")],
    2: same("AHOVOKS", "onderwijsinspectie", "OCAD", "OCAD"),
}

A["R02"] = {
    "op": [("Instituut voor Maatschappelijke Weerbaarheid (IMW)", IMW), ("Universiteit Gent", "UGent")]
          + same("VVSG", "OCAD"),
    1: [("Instituut voor Maatschappelijke Weerbaarheid (IMW)", IMW),
        ("vakgroep Criminologie", "vakgroep Criminologie"), ("Universiteit Gent", "UGent"),
        ("VVSG", "VVSG"), ("OCAD", "OCAD"), ("IMW", IMW), ("IMW", IMW)],
}

A["R03"] = {
    "op": same("OCAD", "FOD Justitie", BIZA) + [("College van procureurs-generaal", CPG)] + same("VVSG", "safe.brussels"),
    "d": [("Nationale Task Force", "NTF"), ("College van Procureurs-generaal", CPG),
          ("College Procureurs-generaal", CPG),
          ("Brussels Hoofdstedelijk Gewest", "Brussels Hoofdstedelijk Gewest")],
    1: [("Nationale Task Force (NTF)", "NTF"), ("OCAD", "OCAD"),
        ("departement Onderwijs en Vorming", DOV), ("OCAD", "OCAD"), (BIZA, BIZA),
        ("Brussels Hoofdstedelijk Gewest", "Brussels Hoofdstedelijk Gewest"),
        ("safe.brussels", "safe.brussels"), ("VGC", "VGC")],
    2: [("afdeling Justitiehuizen", AJ), (AJH, AJH), ("College van procureurs-generaal", CPG)],
}

A["R04"] = {
    "op": same("politiezone Brussel-Noord", "politiezone Brussel-West", "politiezone Zuid",
               "politiezone Brussel Hoofdstad Elsene", "politiezone Montgomery", "politiezone Marlow", "GO!")
          + [("Katholiek Onderwijs Vlaanderen", "KOV")] + same("OVSG", "Onderwijscentrum Brussel"),
    "d": same("GO!"),
    1: [("departement Onderwijs en Vorming", DOV), ("GO!", "GO!"),
        ("Onderwijscentrum Brussel", "Onderwijscentrum Brussel"),
        ("politiezone Brussel-West", "politiezone Brussel-West"),
        ("GO!", "GO!"), ("politiezone Brussel-Noord", "politiezone Brussel-Noord")],
}

A["R05"] = {
    "op": same("Europese Commissie", KH, "OCAD", "NCTV")
          + [("Stiftelsen Trygga Kvarter (Malmö)", STK), ("Verein Brückenschlag Köln e.V.", VBK)],
    "d": same("Europese Commissie", "Network of Prevent Coordinators", "RAN", "Europese Commissie"),
    1: [("Network of Prevent Policy Makers (NPPM)", "Network of Prevent Policy Makers"),
        ("Europese Commissie", "Europese Commissie"), ("NTF", "NTF"), ("OCAD", "OCAD"),
        (KH, KH), ("NCTV", "NCTV"),
        ("Luxemburgse ministerie van Binnenlandse Zaken", "Luxemburgse ministerie van Binnenlandse Zaken"),
        ("Stiftelsen Trygga Kvarter (STK)", STK), ("STK", STK)],
    2: [("departement Onderwijs en Vorming", DOV), ("Knowledge Hub", KH)],
    3: [("afdeling Justitiehuizen", AJ), ("Verein Brückenschlag Köln e.V.", VBK),
        ("Brückenschlag", VBK), ("afdeling Justitiehuizen", AJ)],
}

A["R06"] = {
    "op": [("Europese Commissie", "Europese Commissie"), ("Departement Onderwijs en Vorming", DOV)],
    1: [("departement Onderwijs en Vorming", DOV)],
}

A["R07"] = {
    "op": [("Willebroek", "gemeente Willebroek"), ("Ieper", "stad Ieper"), ("Beringen", "stad Beringen"),
           ("Ham", "gemeente Ham"), ("Herentals", "stad Herentals"), ("Zottegem", "stad Zottegem"),
           ("Houthalen-Helchteren", "gemeente Houthalen-Helchteren"), ("Sint-Truiden", "stad Sint-Truiden"),
           ("VVSG", "VVSG")],
    1: same("gemeente Willebroek", "stad Ieper", "stad Beringen", "gemeente Ham", "stad Herentals",
            "stad Zottegem", "gemeente Houthalen-Helchteren", "stad Sint-Truiden", "ABB", "VVSG"),
    2: [("Stad Beringen", "stad Beringen"), ("gemeente Ham", "gemeente Ham"),
        ("lokale politie", "lokale politie"), ("Agentschap Binnenlands Bestuur", "ABB")],
}

A["R08"] = {
    "op": [("VVSG", "VVSG"), ("OCAD", "OCAD"), ("Agentschap Integratie en Inburgering", "AgII"),
           ("Steunpunt Lokale Verbinding (SLV)", SLV),
           ("Belgisch Forum voor Preventie en Veiligheid", "Belgisch Forum voor Preventie en Veiligheid")],
    "d": same("VVSG"),
    1: [("ABB", "ABB"), ("OCAD", "OCAD"), ("Steunpunt Lokale Verbinding (SLV)", SLV), ("SLV", SLV),
        ("VVSG", "VVSG"), ("Agentschap Integratie en Inburgering", "AgII"),
        ("VVSG", "VVSG"), ("Agentschap Integratie en Inburgering", "AgII"),
        ("VVSG", "VVSG"), ("VVSG", "VVSG"), (VPR, VPR),
        ("Belgisch Forum voor Preventie en Veiligheid", "Belgisch Forum voor Preventie en Veiligheid")],
}

A["R09"] = {
    "op": [("VVSG", "VVSG"), ("Kenniscentrum Vlaamse Steden", "Kenniscentrum Vlaamse Steden"),
           ("vzw Tussenruimte", "Tussenruimte")],
    1: [("ABB", "ABB"), ("VVSG", "VVSG"), ("Kenniscentrum Vlaamse Steden", "Kenniscentrum Vlaamse Steden"),
        ("vzw Tussenruimte", "Tussenruimte")],
    2: [("vzw Tussenruimte", "Tussenruimte"), ("ABB", "ABB")],
    ("b", 2): [("vzw Tussenruimte", "Tussenruimte")],
}

A["R10"] = {
    "op": same("VVSG", "Netwerk Islamexperten", "Opvoedingslijn", "De Ambrassade", "Formaat")
          + [("Uit De Marge", "Uit de Marge")] + same("JES", "GO!")
          + [("Katholiek Onderwijs Vlaanderen", "KOV")] + same("OVSG", "POV")
          + [("Antennepunt Polarisering (stad Leuven)", APP)],
    "d": [("onderwijsinspectie", "onderwijsinspectie"), ("De Ambrassade", "De Ambrassade"), ("VVJ", "VVJ"),
          ("Formaat", "Formaat"), ("JES", "JES"), ("Uit de Marge", "Uit de Marge"),
          ("Groep Intro", "Groep Intro"), ("afdeling jeugd", "afdeling Jeugd")],
    1: [("Netwerk Islamexperten", "Netwerk Islamexperten"), ("Opvoedingslijn", "Opvoedingslijn"),
        ("VVSG", "VVSG"), ("Antennepunt Polarisering (APP)", APP), ("stad Leuven", "stad Leuven"),
        ("APP", APP), ("VVSG", "VVSG"), ("Opvoedingslijn", "Opvoedingslijn")],
    2: [("GO!", "GO!"), ("onderwijsinspectie", "onderwijsinspectie"), ("stad Mechelen", "stad Mechelen"),
        ("stad Genk", "stad Genk")],
    3: [("departement Cultuur, Jeugd en Media", CJM), ("De Ambrassade", "De Ambrassade"),
        ("Formaat", "Formaat"), ("Uit De Marge", "Uit de Marge"), ("JES", "JES"),
        ("De Ambrassade", "De Ambrassade"), ("Uit De Marge", "Uit de Marge"), ("Formaat", "Formaat")],
}

A["R11"] = {
    "op": same("Opgroeien", "Expoo", "VCOK", "VVSG", "Gezinsbond")
          + [("Huis van het Kind De Vlonder (Willebroek)", VLONDER)],
    1: [("Opgroeien", "Opgroeien"), ("Expoo", "Expoo"), ("VCOK", "VCOK"),
        ("Opgroeien", "Opgroeien"), ("Expoo", "Expoo"), ("Gezinsbond", "Gezinsbond"), ("VVSG", "VVSG"),
        ("Huis van het Kind De Vlonder", VLONDER), ("De Vlonder", VLONDER),
        ("Expoo", "Expoo"), ("Opgroeien", "Opgroeien")],
    ("b", 1): [("Opgroeien", "Opgroeien")],
}

A["R12"] = {
    "op": [(PVIM, PVIM), ("EMB", "EMB"), (AJH, AJH),
           ("Stichting Islamitische Zielzorg Vlaanderen (SIZV)", SIZV)],
    1: [("Stichting Islamitische Zielzorg Vlaanderen (SIZV)", SIZV), (PVIM, PVIM),
        ("afdeling Justitiehuizen", AJ), ("EMB", "EMB"), ("SIZV", SIZV), (PVIM, PVIM)],
}

A["R13"] = {
    "op": [("Arktos", "Arktos"), ("GO!", "GO!"), ("Katholiek Onderwijs Vlaanderen", "KOV"),
           ("OVSG", "OVSG"), ("POV", "POV")],
    1: [("Arktos", "Arktos"), ("Arktos", "Arktos"), ("departement Onderwijs en Vorming", DOV),
        ("Arktos", "Arktos"), ("Arktos", "Arktos"), ("Vrij CLB", "Vrij CLB Kortrijk")],
}

A["R14"] = {
    "op": [("VDAB", "VDAB"), ("Werkbrug vzw", "Werkbrug"), (AJH, AJH)],
    "d": [("VDAB", "VDAB"), ("VDAB-bemiddelaars", "VDAB")],
    1: [("VDAB", "VDAB"), ("VDAB", "VDAB"), ("Werkbrug vzw", "Werkbrug"),
        ("VDAB", "VDAB"), ("Werkbrug vzw", "Werkbrug"),
        ("Werkbrug", "Werkbrug"), ("VDAB-bemiddelaars", "VDAB"), ("VDAB", "VDAB")],
    2: [("VDAB", "VDAB"), ("Werkbrug vzw", "Werkbrug")],
}

A["R15"] = {
    "op": same("VVSG", "OCAD", BIZA, "Trajectbureau Wending")
          + [("Kortrijk", "stad Kortrijk"), ("Menen", "stad Menen"), ("Wevelgem", "gemeente Wevelgem"),
             ("stad Genk", "stad Genk"), ("stad Aalst", "stad Aalst")],
    1: [(BIZA, BIZA), ("Kortrijk", "stad Kortrijk"), ("Menen", "stad Menen"),
        ("Wevelgem", "gemeente Wevelgem"), ("stad Aalst", "stad Aalst"), ("stad Genk", "stad Genk"),
        (BIZA, BIZA)],
    2: [("Trajectbureau Wending", "Trajectbureau Wending"), ("departement Zorg", "departement Zorg"),
        ("Trajectbureau Wending", "Trajectbureau Wending")],
    3: [("De Ambrassade", "De Ambrassade")],
}

A["R16"] = {
    "op": same("DG EPI", AJH, "Opgroeien", "departement Zorg", "VDAB"),
    "d": [("Directoraat-Generaal Penitentiaire Inrichtingen", "DG EPI")],
    1: [("DG EPI", "DG EPI"), ("afdeling Justitiehuizen", AJ), ("Opgroeien", "Opgroeien"),
        ("departement Zorg", "departement Zorg"), ("DG EPI", "DG EPI"), (AJH, AJH)],
    2: [("VDAB-trajectbegeleiders", "VDAB"), ("VDAB", "VDAB")],
}

A["R17"] = {
    "op": [("Executief van de Moslims van België", "EMB"), ("gemeenschapsinstellingen De Zande", "De Zande"),
           ("De Grubbe", "De Grubbe"), ("Everberg", "Everberg"),
           ("Vlaams detentiecentrum De Wijngaard", "De Wijngaard")],
    1: [("Vlaams detentiecentrum De Wijngaard", "De Wijngaard"), ("campus Everberg", "Everberg"),
        ("afdeling Gemeenschapsinstellingen", "afdeling Gemeenschapsinstellingen"), ("EMB", "EMB"),
        ("Everberg", "Everberg"), ("De Zande", "De Zande")],
}

A["R18"] = {
    "op": [(VVI, VVI), ("Instituut voor Maatschappelijke Weerbaarheid (IMW)", IMW), ("KU Leuven", "KU Leuven"),
           ("UHasselt", "UHasselt"), ("Statistiek Vlaanderen", "Statistiek Vlaanderen"), ("BELSPO", "BELSPO"),
           ("Expertisecentrum Uitweg (ECU)", ECU)],
    "d": [("VVI", VVI)],
    1: [(VVI, VVI), ("Vlaams Parlement", "Vlaams Parlement"), ("ABB", "ABB"), ("KU Leuven", "KU Leuven"),
        ("UHasselt", "UHasselt"), (VVI, VVI), ("Statistiek Vlaanderen", "Statistiek Vlaanderen"),
        ("ABB", "ABB"), ("IMW", IMW), ("Statistiek Vlaanderen", "Statistiek Vlaanderen")],
    2: [("BELSPO", "BELSPO"),
        ("onderzoeksgroep Samenleving en Conflict", "onderzoeksgroep Samenleving en Conflict"),
        ("UHasselt", "UHasselt"), ("Expertisecentrum Uitweg (ECU)", ECU),
        ("Centre de Recherche Liens et Conflits (CERLIC)", "Centre de Recherche Liens et Conflits"),
        ("Université de Namur", "Université de Namur"), ("departement Zorg", "departement Zorg")],
    ("b", 2): [("BELSPO", "BELSPO")],
}

A["R19"] = {
    "op": [("Opgroeien", "Opgroeien"), (AJH, AJH), ("CAW's", "CAW's"), ("Opvoedingslijn", "Opvoedingslijn"),
           ("Expertisecentrum Uitweg (ECU)", ECU)],
    "d": [("Jongerenwelzijn", "Jongerenwelzijn"), ("Opvoedingslijn", "Opvoedingslijn")],
    1: [("Opgroeien", "Opgroeien"), ("Expertisecentrum Uitweg", ECU)],
    2: [("Opvoedingslijn", "Opvoedingslijn"), ("Opvoedingslijn", "Opvoedingslijn")],
}

A["R20"] = {
    "op": [("Atlas", "Atlas"), ("Agentschap Integratie en Inburgering", "AgII"), ("EMB", "EMB"),
           ("Leerhuis Bedienaars (LHB)", LHB)],
    "d": same("AgII", "Atlas", "Atlas"),
    1: [("Agentschap Integratie en Inburgering", "AgII"), ("Atlas", "Atlas"),
        ("Leerhuis Bedienaars (LHB)", LHB), ("EMB", "EMB"), ("LHB", LHB)],
}

A["R21"] = {
    "op": [("Ondersteuningscentrum Herinnering en Burgerschap (OHB)", OHB),
           ("vzw Denkwerkplaats", "Denkwerkplaats"), (VVI, VVI)],
    "d": [("Departement OV", DOV), ("BCH", "BCH"), ("VVI", VVI)],
    1: [("departement Onderwijs en Vorming", DOV),
        ("Ondersteuningscentrum Herinnering en Burgerschap (OHB)", OHB),
        ("vzw Denkwerkplaats", "Denkwerkplaats"), ("OHB", OHB), ("BCH", "BCH"), (VVI, VVI), ("OHB", OHB)],
}

A["R22"] = {
    "op": [("Inspectie LBV", ILBV), ("vzw Denkwerkplaats", "Denkwerkplaats")],
    "d": [("onderwijsinspectie levensbeschouwelijke vakken", "onderwijsinspectie levensbeschouwelijke vakken")],
    1: [("inspectie levensbeschouwelijke vakken", ILBV),
        ("Commissie levensbeschouwelijke vakken", "Commissie levensbeschouwelijke vakken"),
        ("vzw Denkwerkplaats", "Denkwerkplaats")],
}

A["R23"] = {
    "op": [("vzw Ankerpunt", "Ankerpunt"), ("Opvoedingslijn", "Opvoedingslijn"),
           ("Huizen van het Kind", "Huizen van het Kind"), ("CAW's", "CAW's"), ("CLB-netten", "CLB-netten")],
    1: [("vzw Ankerpunt", "Ankerpunt"), ("vzw Ankerpunt", "Ankerpunt"), ("Opvoedingslijn", "Opvoedingslijn"),
        ("vzw Ankerpunt", "Ankerpunt"), ("Opvoedingslijn", "Opvoedingslijn")],
    2: [("vzw Ankerpunt", "Ankerpunt")],
}

A["R24"] = {
    "op": [("Kleurrijk Kwartier vzw", "Kleurrijk Kwartier"), ("vzw Opstap Oostende", "Opstap Oostende"),
           ("Jongerenwerking Horizon Zuid", "Jongerenwerking Horizon Zuid"),
           ("Media-atelier Brandpunt vzw", "Media-atelier Brandpunt"), ("De Ambrassade", "De Ambrassade")],
    1: [("Kleurrijk Kwartier vzw", "Kleurrijk Kwartier"), ("vzw Opstap Oostende", "Opstap Oostende"),
        ("Jongerenwerking Horizon Zuid", "Jongerenwerking Horizon Zuid"),
        ("Media-atelier Brandpunt vzw", "Media-atelier Brandpunt"), ("De Ambrassade", "De Ambrassade"),
        ("ABB", "ABB"), ("departement Cultuur, Jeugd en Media", CJM), ("De Ambrassade", "De Ambrassade"),
        ("vzw Opstap Oostende", "Opstap Oostende")],
    2: [("Kleurrijk Kwartier vzw", "Kleurrijk Kwartier"), ("stadsbestuur van Gent", "stad Gent"),
        ("Media-atelier Brandpunt vzw", "Media-atelier Brandpunt")],
}


def _bounded(plain, i, raw):
    before = plain[i - 1] if i > 0 else " "
    after = plain[i + len(raw)] if i + len(raw) < len(plain) else " "
    return not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-")


def find_free(plain, raw, start, used):
    """first occurrence from start not overlapping a used span, preferring word-bounded ones"""
    cands = []
    i = plain.find(raw, start)
    while i >= 0:
        if not any(a < i + len(raw) and i < b for a, b in used):
            cands.append(i)
        i = plain.find(raw, i + 1)
    for i in cands:
        if _bounded(plain, i, raw):
            return i
    return cands[0] if cands else -1


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
                # next free occurrence in text order (plain text)
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
    # every line parses
    with open(path, encoding="utf-8") as f:
        n = sum(1 for line in f if json.loads(line))
    print("records", n, "errors", errors)
    sys.exit(1 if errors else 0)
