"""o18: organisation mentions of unseen-2026-06 (SYNTHETIC June 2026 round, report date 2026-06-01).
HELD OUT: never tune on it.

Per item, mentions are listed in text order per field:
  "op"     -> other_parties_text (one record per party as printed)
  "d"      -> description
  n        -> entry n description
  ("b", n) -> entry n budget cell (location "budget")
Each mention is (raw, canonical); mention == raw. Every occurrence is a record.
Judgement calls: ../NOTES-o18.md.
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SET, load_items, field_text, bounded, overlaps

# gazetteer canonicals (models/organisations.jsonl)
VPR = "Vlaams Platform Radicalisering"
DOV = "departement OV"
CJM = "departement CJM"
WVG = "departement WVG"
AJ = "afdeling Justitiehuizen"
CPG = "College van Procureurs-generaal"
BIZA = "FOD Binnenlandse Zaken"
VVI = "Vlaams Vredesinstituut"
PVIM = "Platform van Vlaamse Imams en Moslimdeskundigen"
BHG = "Brussels Hoofdstedelijk Gewest"
EC = "Europese Commissie"
UDM = "Uit de Marge"
# names not in the gazetteer (full name as printed, no legal form / article)
AJH = "Agentschap Justitie en Handhaving"
NLPV = "Netwerk Lokale Preventiewerkers Vlaanderen"
KVS = "Kenniscentrum Vlaamse Steden"
HZK = "Hogeschool Zuiderkempen"
RTN = "Resilient Towns Network"
SJS = "Steunpunt Jeugdwerk en Samenleving"
EDW = "Expertisecentrum Digitale Weerbaarheid"
IPM = "Intergemeentelijk Preventienetwerk Meetjesland"
CRNO = "Centrum voor Re-integratie en Nazorg Oost"
KJE = "Kennisnetwerk Jeugd en Extremisme"
IVEB = "Instituut voor Veerkracht en Burgerschap"
VMVB = "Vereniging van Moskeebesturen Vlaams-Brabant"
AGB = "Academie voor Geestelijke Begeleiding"
MVM = "Moeders voor Morgen"
MLV = "Medialab Verhalenwerf"
SGT = "Stichting Geheugen en Toekomst"


def same(*names):
    return [(n, n) for n in names]


A = {}

A["V01"] = {
    "op": same("VVSG", "VGC", "OCAD", "FOD Justitie", BIZA)
          + [("Netwerk Lokale Preventiewerkers Vlaanderen (NLPV)", NLPV)],
    "d": same(VPR, "OCAD", "FOD Justitie", "VGC", "VVSG", "ABB"),
    1: same(VPR, "OCAD", "VGC", "FOD Justitie", "VVSG")
       + [("Netwerk Lokale Preventiewerkers Vlaanderen (NLPV)", NLPV), ("NLPV", NLPV),
          ("Dienst Wijkverbinding van de stad Diest", "Dienst Wijkverbinding stad Diest"),
          ("ABB", "ABB"), ("safe.brussels", "safe.brussels"), ("VGC", "VGC")],
    ("b", 1): same("ABB"),
    2: same("ABB", "Vlaams Parlement"),
}

A["V02"] = {
    "op": same("Onderzoeksbureau Kompasroos", HZK),
    1: same("Onderzoeksbureau Kompasroos", "Lectoraat Maatschappelijke Veiligheid", HZK, "VVSG", "ABB"),
}

A["V03"] = {
    "op": same("OCAD", "FOD Justitie", BIZA, "VVSG", "safe.brussels"),
    "d": [("Nationale Task Force", "NTF"), ("College van Procureurs-generaal", CPG),
          ("College Procureurs-generaal", CPG), (BHG, BHG)],
    1: [("Nationale Task Force (NTF)", "NTF"), (VPR, VPR), ("NTF-werkgroep Preventie", "NTF"),
        ("OCAD", "OCAD"), ("OCAD", "OCAD"), (BIZA, BIZA)],
    2: [(AJ, AJ), (AJH, AJH), ("College van procureurs-generaal", CPG),
        ("vzw Tussenruimte", "Tussenruimte"),
        ("Centrum voor Conflicthantering en Bemiddeling Brussel (CCBB)",
         "Centrum voor Conflicthantering en Bemiddeling Brussel"),
        ("Brussels Jongerenplatform Kanaal (BJK)", "Brussels Jongerenplatform Kanaal")],
}

A["V04"] = {
    "op": same("Politiezone Brussel-West", "Politiezone Zuid", "Politiezone Brussel Hoofdstad Elsene",
               "Onderwijscentrum Brussel", "GO!")
          + [("Katholiek Onderwijs Vlaanderen", "KOV"), ("OVSG", "OVSG")],
    "d": same("GO!"),
    1: same("GO!", "Onderwijscentrum Brussel", "Huis van het Nederlands Brussel", "Onderwijscentrum Brussel",
            "Politiezone Brussel-West")
       + [("departement Onderwijs en Vorming", DOV), ("Leerlabo Samenleven", "Leerlabo Samenleven")],
}

A["V05"] = {
    "op": same("OCAD", EC) + [("RAN Practitioners", "RAN")] + same("Raad van Europa", RTN),
    "d": same(EC, "Network of Prevent Coordinators", "RAN", EC),
    1: same("Network of Prevent Policy Makers", EC, "OCAD")
       + [("stad Leuven", "stad Leuven"), ("Resilient Towns Network (RTN)", RTN), ("RTN", RTN),
          ("ABB", "ABB"), ("stad Gent", "stad Gent")],
    2: [("departement Cultuur, Jeugd en Media", CJM), ("Raad van Europa", "Raad van Europa"),
        ("Steunpunt Jeugdwerk en Samenleving (SJS)", SJS), ("SJS", SJS),
        ("Stichting Brugpijler", "Stichting Brugpijler"),
        ("Verein Brückenschlag Köln e.V.", "Verein Brückenschlag Köln"),
        ("Fondation Liens Citoyens", "Fondation Liens Citoyens"),
        ("Centro Ponte Aperto", "Centro Ponte Aperto")],
    3: [(AJ, AJ), ("RAN-werkgroep Prisons and Probation", "RAN"), ("RAN Practitioners", "RAN")],
}

A["V06"] = {
    1: [("departement Onderwijs en Vorming", DOV), (EC, EC)],
}

A["V07"] = {
    "op": [("Beringen", "stad Beringen"), ("Boom", "gemeente Boom"), ("Diest", "stad Diest"),
           ("Houthalen-Helchteren", "gemeente Houthalen-Helchteren"), ("Ieper", "stad Ieper"),
           ("Izegem", "stad Izegem"), ("Sint-Truiden", "stad Sint-Truiden"), ("Vilvoorde", "stad Vilvoorde"),
           ("Willebroek", "gemeente Willebroek")],
    1: [("Beringen", "stad Beringen"), ("Boom", "gemeente Boom"), ("Rumst", "gemeente Rumst"),
        ("Diest", "stad Diest"), ("Houthalen-Helchteren", "gemeente Houthalen-Helchteren"),
        ("Ieper", "stad Ieper"), ("Izegem", "stad Izegem"), ("Sint-Truiden", "stad Sint-Truiden"),
        ("Vilvoorde", "stad Vilvoorde"), ("Willebroek", "gemeente Willebroek"), ("ABB", "ABB")],
    2: [("cel Verbindend Samenleven", "cel Verbindend Samenleven stad Sint-Truiden"),
        ("stedelijke preventiedienst", "preventiedienst stad Sint-Truiden"),
        ("Vrouwenkring Al-Amal", "Vrouwenkring Al-Amal"), ("Boksclub Ring Vrij", "Boksclub Ring Vrij"),
        ("bestuur van Izegem", "stad Izegem"), ("vzw Stadsmozaïek", "Stadsmozaïek"),
        ("Preventiehuis Izegem", "Preventiehuis Izegem"),
        ("stad Vilvoorde", "stad Vilvoorde"), ("gemeente Willebroek", "gemeente Willebroek"),
        ("moskeevereniging Al-Wifaq", "Al-Wifaq"),
        ("Wijkgezondheidscentrum Ter Poorte", "Wijkgezondheidscentrum Ter Poorte"),
        ("Welzijnshuis Boom-Rumst", "Welzijnshuis Boom-Rumst"), ("vzw Sportpunt Rupel", "Sportpunt Rupel"),
        ("Dienst Diversiteit en Samenleven van de stad", "Dienst Diversiteit en Samenleven stad Ieper"),
        ("Samenwerkingsverband Welzijn Westhoek (SWW)", "Samenwerkingsverband Welzijn Westhoek"),
        ("vzw Wegwijs Westhoek", "Wegwijs Westhoek"),
        ("Poperinge", "stad Poperinge"), ("Heuvelland", "gemeente Heuvelland")],
}

A["V08"] = {
    "op": same("VVSG"),
    "d": same("VVSG"),
    1: same("VVSG", "Vlaamse Regering", "VVSG", "Netwerk Lokale Integratieambtenaren Limburg",
            "Provinciaal Steunpunt Samenleven", "provincie Vlaams-Brabant"),
    2: same("VVSG", KVS)
       + [("Kenniscentrum Wijkveiligheid (KWV)", "Kenniscentrum Wijkveiligheid"),
          ("Vereniging van Nederlandse Gemeenten (VNG)", "VNG"),
          ("Trygge Byer", "Trygge Byer"), ("Adviesbureau Wijkkracht", "Adviesbureau Wijkkracht")],
}

A["V09"] = {
    "op": [(KVS, KVS), ("Agentschap Integratie en Inburgering", "AgII"), ("vzw Tafelgenoten", "Tafelgenoten"),
           ("vzw Buurtbrug Tielt", "Buurtbrug Tielt")],
    1: [("vzw Tafelgenoten", "Tafelgenoten"),
        ("Dienst Samenlevingsopbouw van de stad Harelbeke", "Dienst Samenlevingsopbouw stad Harelbeke"),
        ("Verhalenhuis De Lantaarn", "Verhalenhuis De Lantaarn"),
        ("Jongerencoöperatie Pitstop", "Jongerencoöperatie Pitstop"),
        ("ABB", "ABB"), (KVS, KVS), ("Agentschap Integratie en Inburgering", "AgII"),
        ("Fotocollectief Lichtval", "Fotocollectief Lichtval"),
        ("Buurthuis De Sluis", "Buurthuis De Sluis"), ("vzw Bruggenbouwers Menen", "Bruggenbouwers Menen")],
    2: [("Agentschap Integratie en Inburgering", "AgII"), ("vzw Buurtbrug Tielt", "Buurtbrug Tielt"),
        ("lokale politie", "lokale politie"), ("Vredeshuis Zaventem", "Vredeshuis Zaventem"),
        ("Centrum voor Intercultureel Bemiddelen (CIB)", "Centrum voor Intercultureel Bemiddelen")],
    ("b", 2): [("Tielt", "stad Tielt"), ("Zaventem", "gemeente Zaventem")],
}

A["V10"] = {
    "op": same("VVSG", "Netwerk Islamexperten", "De Ambrassade", "Formaat")
          + [("Uit De Marge", UDM), ("EDW", EDW)],
    "d": same("onderwijsinspectie", "De Ambrassade", "VVJ", "Formaat", "JES", "Uit de Marge", "Groep Intro")
         + [("afdeling jeugd", "afdeling Jeugd")],
    1: same("Opvoedingslijn", "Netwerk Islamexperten", "Meldlijn Netwerk Respect", "Kennislijn Polarisatie",
            "VVSG")
       + [("preventiedienst van de stad Antwerpen", "preventiedienst stad Antwerpen")]
       + same("Netwerk Islamexperten", "VVSG")
       + [("vzw Lichtbaken Jeugdhulp", "Lichtbaken Jeugdhulp")],
    2: [("departement Onderwijs en Vorming", DOV), ("GO!", "GO!"),
        ("Expertisecentrum Digitale Weerbaarheid (EDW)", EDW), ("stad Mechelen", "stad Mechelen")],
    3: [("departement Cultuur, Jeugd en Media", CJM), ("De Ambrassade", "De Ambrassade"), ("Formaat", "Formaat"),
        ("Uit De Marge", UDM), ("Jeugdwerking De Kantelberg", "Jeugdwerking De Kantelberg"),
        ("Speelpleinwerking Krekelveld", "Speelpleinwerking Krekelveld"),
        ("Mediacollectief Luidop", "Mediacollectief Luidop"), ("vzw Straatwaarde", "Straatwaarde"),
        ("Jeugdhuis Het Perron", "Jeugdhuis Het Perron"), ("Jongerenhuis De Vuurtoren", "Jongerenhuis De Vuurtoren"),
        ("Digitaal Jeugdwerk Collectief (DJC)", "Digitaal Jeugdwerk Collectief"),
        ("De Ambrassade", "De Ambrassade")],
}

A["V11"] = {
    "op": same("Opgroeien", "Expoo", "VVSG", "Gezinsbond", "Huis van het Kind Demerland"),
    1: same("Expoo", "Opgroeien", "Gezinsbond")
       + [("Centrum voor Ouderschap en Migratie (CeOM)", "Centrum voor Ouderschap en Migratie")]
       + same("Platform Ouders Verbonden", "Huis van het Kind Westhoek-Zuid", "Huis van het Kind Leie en Mandel",
              "Opvoedingswinkel Zuidrand", "Huis van het Kind Demerland")
       + [("vzw Open Huis Tielt-Winge", "Open Huis Tielt-Winge")]
       + same("Ontmoetingscentrum Den Hoogaard", "Huis van het Kind Rupelhart"),
    ("b", 1): same("Opgroeien"),
}

A["V12"] = {
    "op": same(PVIM, "EMB", AGB),
    1: [(PVIM, PVIM), (AJ, AJ), ("EMB", "EMB"), ("Academie voor Geestelijke Begeleiding (AGB)", AGB)],
}

A["V13"] = {
    "op": same("Arktos", "GO!") + [("Katholiek Onderwijs Vlaanderen", "KOV")] + same("OVSG", "POV"),
    1: same("Arktos", "Arktos") + [("Expertisecentrum Veilige Scholen (EVS)", "Expertisecentrum Veilige Scholen")],
    2: same("GO! atheneum Rupeloever", "Technisch Instituut Scheldeland")
       + [("jeugddienst van Boom", "jeugddienst gemeente Boom"), ("lokale politie", "lokale politie"),
          ("Sint-Jozefscollege Kanaaloever", "Sint-Jozefscollege Kanaaloever"),
          ("basisschool De Wilgenhoek", "De Wilgenhoek"), ("Herstelhuis Zuidwest", "Herstelhuis Zuidwest"),
          ("Ouderwerking Kuregem Samen", "Ouderwerking Kuregem Samen")],
}

A["V14"] = {
    "op": [("VDAB", "VDAB"), ("Jobhuis Oostrand", "Jobhuis Oostrand"), ("De Werkbank vzw", "De Werkbank"),
           ("Opgroeien", "Opgroeien")],
    "d": [("VDAB", "VDAB"), ("VDAB-bemiddelaars", "VDAB")],
    1: [("VDAB", "VDAB"), ("VDAB", "VDAB"), ("Jobhuis Oostrand", "Jobhuis Oostrand"),
        ("De Werkbank vzw", "De Werkbank"),
        ("Ondernemersplatform Nieuwe Vlamingen (ONV)", "Ondernemersplatform Nieuwe Vlamingen"),
        ("Talentbrug bv", "Talentbrug"),
        ("VDAB", "VDAB"), ("Jobhuis Oostrand", "Jobhuis Oostrand"), ("De Werkbank vzw", "De Werkbank"),
        ("Opgroeien", "Opgroeien"), ("vzw Trajectwerk", "Trajectwerk"),
        ("Werkplaats Loopbaan Noord", "Werkplaats Loopbaan Noord"), ("VDAB", "VDAB")],
}

A["V15"] = {
    "op": same("VVSG", "OCAD", BIZA, "CAW Oost-Vlaanderen") + [("IPM", IPM), ("CRNO", CRNO)],
    1: [(BIZA, BIZA), ("Intergemeentelijk Preventienetwerk Meetjesland (IPM)", IPM),
        ("Centrum voor Re-integratie en Nazorg Oost (CRNO)", CRNO),
        ("Deinze", "stad Deinze"), ("Zulte", "gemeente Zulte"),
        ("Intergemeentelijke Preventiedienst Leie-Schipdonk", "Intergemeentelijke Preventiedienst Leie-Schipdonk"),
        ("ABB", "ABB"), ("VVSG", "VVSG")],
    2: [("CRNO", CRNO), ("CAW Oost-Vlaanderen", "CAW Oost-Vlaanderen"), (AJH, AJH),
        ("provincie Oost-Vlaanderen", "provincie Oost-Vlaanderen"), ("Opgroeien", "Opgroeien"),
        ("Centrum Geestelijke Gezondheidszorg Kempenduin", "Centrum Geestelijke Gezondheidszorg Kempenduin"),
        ("Traumacentrum De Luwte", "Traumacentrum De Luwte"), ("Helix Jeugdhulp", "Helix Jeugdhulp")],
    3: [("De Ambrassade", "De Ambrassade"), ("Kennisnetwerk Jeugd en Extremisme (KJE)", KJE),
        ("KJE", KJE), ("KJE", KJE)],
}

A["V16"] = {
    "op": same("DG EPI", AJH, "CAW Brabantia", "Traumacentrum De Luwte"),
    "d": [("Directoraat-Generaal Penitentiaire Inrichtingen", "DG EPI")],
    1: [("DG EPI", "DG EPI"), (AJ, AJ), ("Opgroeien", "Opgroeien"),
        ("departement Welzijn, Volksgezondheid en Gezin", WVG),
        ("Traumacentrum De Luwte", "Traumacentrum De Luwte"), ("CAW Brabantia", "CAW Brabantia")],
}

A["V17"] = {
    "op": [("VVI", VVI), ("UGent", "UGent"), ("KU Leuven", "KU Leuven"),
           ("Instituut voor Veerkracht en Burgerschap (IVEB)", IVEB), (HZK, HZK)],
    "d": [("VVI", VVI)],
    1: [(VVI, VVI), ("Vlaams Parlement", "Vlaams Parlement"), ("ABB", "ABB"),
        ("Instituut voor Veerkracht en Burgerschap (IVEB)", IVEB), ("UGent", "UGent"), ("KU Leuven", "KU Leuven"),
        ("IVEB", IVEB),
        ("onderzoeksgroep Media, Jeugd en Democratie (MeJeD)", "onderzoeksgroep Media, Jeugd en Democratie"),
        ("UGent", "UGent"), ("Datalab Samenleving bv", "Datalab Samenleving"), ("Fijnmazig", "Fijnmazig")],
    2: [("onderzoeksgroep Polis & Praktijk", "Polis & Praktijk"), (HZK, HZK), ("departement WVG", WVG),
        (AJ, AJ), (HZK, HZK), ("Studiecentrum Samenleven en Recht (SSR)", "Studiecentrum Samenleven en Recht"),
        ("KU Leuven", "KU Leuven")],
}

A["V18"] = {
    "op": same("Opgroeien", AJH, "CAW's"),
    "d": same("Jongerenwelzijn", "Opvoedingslijn"),
    1: same("Opgroeien", "Opgroeien"),
}

A["V19"] = {
    "op": [("Atlas", "Atlas"), ("Agentschap Integratie en Inburgering", "AgII"),
           ("Taalhuis Schelde-Rupel", "Taalhuis Schelde-Rupel"), ("VMVB", VMVB)],
    "d": same("AgII", "Atlas", "Atlas"),
    1: [("Taalhuis Schelde-Rupel", "Taalhuis Schelde-Rupel"), ("Agentschap Integratie en Inburgering", "AgII"),
        ("Atlas", "Atlas"), ("Atlas", "Atlas"),
        ("Vereniging van Moskeebesturen Vlaams-Brabant (VMVB)", VMVB), ("VMVB", VMVB),
        ("Vlaams Parlement", "Vlaams Parlement")],
}

A["V20"] = {
    "op": same("Kazerne Dossin", VVI) + [("Burgerschapslab vzw", "Burgerschapslab"), (SGT, SGT)],
    "d": [("Departement OV", DOV), ("BCH", "BCH"), ("VVI", VVI)],
    1: [("departement Onderwijs en Vorming", DOV), ("Kazerne Dossin", "Kazerne Dossin"),
        ("Burgerschapslab vzw", "Burgerschapslab"), ("VVI", VVI),
        ("Online Veilig Collectief (OVC)", "Online Veilig Collectief"), ("vzw Anders Bekeken", "Anders Bekeken"),
        ("Atelier Tegendraads", "Atelier Tegendraads"),
        ("Interlevensbeschouwelijk Forum Kortrijk (IFK)", "Interlevensbeschouwelijk Forum Kortrijk")],
    ("b", 1): [("Kazerne Dossin", "Kazerne Dossin"), ("Burgerschapslab vzw", "Burgerschapslab"), (SGT, SGT)],
    2: [(SGT, SGT), ("Theatercollectief Spiegelbeeld", "Theatercollectief Spiegelbeeld"),
        ("Technisch Instituut Scheldeland", "Technisch Instituut Scheldeland"),
        ("Centrum voor Dialoog en Levensbeschouwing Limburg (CDLL)", "Centrum voor Dialoog en Levensbeschouwing Limburg")],
}

A["V21"] = {
    "op": [("Opgroeien", "Opgroeien"), ("Koning Boudewijnstichting", "KBS"), ("Opvoedingslijn", "Opvoedingslijn"),
           ("Moeders voor Morgen vzw", MVM), ("De Stille Tafel", "De Stille Tafel")],
    1: [("Moeders voor Morgen vzw", MVM), ("De Stille Tafel", "De Stille Tafel"), ("Moeders voor Morgen", MVM),
        ("De Stille Tafel", "De Stille Tafel"), ("Opgroeien", "Opgroeien"), ("Opvoedingslijn", "Opvoedingslijn"),
        ("Koning Boudewijnstichting", "KBS"), ("Moeders voor Morgen vzw", MVM)],
}

A["V22"] = {
    "op": same("Mediawijs", "StampMedia", MLV, "Redactiecollectief Nieuwe Stemmen", "VRT"),
    1: same("Mediawijs", MLV, "Redactiecollectief Nieuwe Stemmen")
       + [("vzw Beeldbreuk", "Beeldbreuk"), ("jongerenredactie Straatkrant Noord", "Straatkrant Noord")]
       + same("VRT", "Mediawijs", MLV)
       + [("Opleidingscentrum Mediaberoepen (OCM)", "Opleidingscentrum Mediaberoepen")],
    ("b", 1): same("Mediawijs", MLV),
}


def find_free(text, raw, start, used):
    i = text.find(raw, start)
    while i >= 0:
        if bounded(text, i, raw) and not overlaps(i, i + len(raw), used):
            return i
        i = text.find(raw, i + 1)
    return -1


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
    assert set(A) <= set(items), set(A) - set(items)
    out, spans = [], {}
    errors = 0
    for it in sorted(items):
        item = items[it]
        for k in sorted(A.get(it, {}), key=keyorder):
            if k == "op":
                where, no, loc = "other_parties", None, None
            elif k == "d":
                where, no, loc = "description", None, None
            elif isinstance(k, tuple):
                where, no, loc = "entry", k[1], "budget"
            else:
                where, no, loc = "entry", k, None
            text = field_text(item, where, no, loc)
            used = spans.setdefault((it, where, no, loc), [])
            pos = 0
            for raw, canon in A[it][k]:
                if raw not in text:
                    print("NOT A SUBSTRING OF THE STORED FIELD", it, k, repr(raw)); errors += 1; continue
                i = find_free(text, raw, pos, used)
                if i < 0:
                    i = find_free(text, raw, 0, used)
                    if i < 0:
                        print("NO FREE WORD-BOUNDED OCCURRENCE LEFT", it, k, repr(raw)); errors += 1; continue
                    print("OUT OF TEXT ORDER", it, k, repr(raw)); errors += 1
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
        recs = [json.loads(line) for line in f]
    for r in recs:  # re-check every written record against its stored field
        t = field_text(items[r["item"]], r["where"], r["entry_no"], r.get("location"))
        assert r["raw"] in t and r["mention"] == r["raw"], r
        assert r["action_id"] == items[r["item"]]["action_id"], r
    print("records", len(recs), "errors", errors)
    sys.exit(1 if errors else 0)
