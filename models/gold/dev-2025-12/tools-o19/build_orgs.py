"""o19: organisation mentions of dev-2025-12, by hand, in text order per field.

Row: (field, raw, canonical[, ctx]) where field is "op" (other_parties_text), "desc" (item description),
an entry number (entry description) or ("b", n) (entry n's budget cell, location "budget").
mention == raw, as in dev-2024-12. ctx (optional) is a longer printed string in which the raw is located.
Reasons for the non-obvious rows are in NOTES-o19.md (judgement calls).
"""
from common import ITEMS, Claims, SET, field_text, write_jsonl

VPR = "Vlaams Platform Radicalisering"
CPG = "College van Procureurs-generaal"
KH = "EU Knowledge Hub on Prevention of Radicalisation"
BNOS = "Brussels Netoverschrijdend Overleg Schoolveiligheid"
OMV = "Overleg Moskeebesturen Vlaanderen"
ICCO = "Interuniversitair Onderzoekscentrum Conflict en Cohesie"
NPPM = "Network of Prevent Policy Makers"
PLAT = "Platform van Vlaamse Imams en Moslimdeskundigen"

ORGS = {
    "W01": [
        ("op", "VVSG", "VVSG"), ("op", "VGC", "VGC"), ("op", "OCAD", "OCAD"),
        ("op", "FOD Justitie", "FOD Justitie"), ("op", "FOD Binnenlandse Zaken", "FOD Binnenlandse Zaken"),
        # real 1.1 description, as dev-2024-12 R01 / dev-2023-12 Q01
        ("desc", VPR, VPR), ("desc", "OCAD", "OCAD"), ("desc", "FOD Justitie", "FOD Justitie"),
        ("desc", "VGC", "VGC"), ("desc", "VVSG", "VVSG"), ("desc", "ABB", "ABB"),
        (1, "Agentschap Binnenlands Bestuur (ABB)", "ABB"),
        (1, VPR, VPR),
        (1, "Agentschap Opgroeien", "Agentschap Opgroeien"),
        (1, "departement Zorg", "departement Zorg"),
        (1, "OCAD", "OCAD"),            # bureau: ... het OCAD en de VVSG
        (1, "VVSG", "VVSG"),
        (1, "OCAD", "OCAD"),            # dreigingsanalyse van het OCAD
        (2, "VGC", "VGC"),
        (2, "Franse Gemeenschapscommissie", "Franse Gemeenschapscommissie"),
        (2, "VVSG", "VVSG"),            # studiedag georganiseerd door de VVSG
    ],
    "W02": [
        ("op", "Lijnwerk cv", "Lijnwerk"), ("op", "Universiteit Antwerpen", "UAntwerpen"),
        (1, "studiebureau Lijnwerk", "Lijnwerk"),
        (1, "onderzoeksgroep Beleid en Samenleving", "onderzoeksgroep Beleid en Samenleving"),
        (1, "Universiteit Antwerpen", "UAntwerpen"),
        (1, "OCAD", "OCAD"), (1, "VVSG", "VVSG"),
        (1, "Lijnwerk", "Lijnwerk"),    # Het projectteam van Lijnwerk
    ],
    "W03": [
        ("op", "OCAD", "OCAD"), ("op", "FOD Justitie", "FOD Justitie"),
        ("op", "FOD Binnenlandse Zaken", "FOD Binnenlandse Zaken"), ("op", "VVSG", "VVSG"),
        ("op", "safe.brussels", "safe.brussels"),
        # real 2.1 description, as dev-2024-12 R03 / dev-2023-12 Q03
        ("desc", "Nationale Task Force", "NTF"),
        ("desc", "College van Procureurs-generaal", CPG),
        ("desc", "College Procureurs-generaal", CPG),
        ("desc", "Brussels Hoofdstedelijk Gewest", "Brussels Hoofdstedelijk Gewest"),
        (1, "Nationale Task Force (NTF)", "NTF"),
        (1, VPR, VPR),
        (1, "NTF", "NTF"),              # In augustus werd de NTF niet samengeroepen
        (1, "OCAD", "OCAD"),
        (1, "Brussels Hoofdstedelijk Gewest", "Brussels Hoofdstedelijk Gewest"),  # owner of the GVPP (D6)
        (1, "safe.brussels", "safe.brussels"),
        (1, "ABB", "ABB"),
        (2, "afdeling Justitiehuizen", "afdeling Justitiehuizen"),
        (2, "Agentschap Justitie en Handhaving", "Agentschap Justitie en Handhaving"),
        (2, "College van procureurs-generaal", CPG),
        (2, "DG EPI", "DG EPI"),
        (2, "College van procureurs-generaal", CPG),  # studienamiddag van het expertisenetwerk ... van het College
    ],
    "W04": [
        ("op", "GO!", "GO!"), ("op", "Katholiek Onderwijs Vlaanderen", "KOV"), ("op", "OVSG", "OVSG"),
        ("op", "POV", "POV"),
        ("op", "politiezones Brussel-Noord", "politiezone Brussel-Noord"),
        ("op", "Brussel-West", "politiezone Brussel-West"),
        ("op", "Brussel-Zuid", "politiezone Brussel-Zuid"),
        ("op", "Brussel Hoofdstad Elsene", "politiezone Brussel Hoofdstad Elsene"),
        ("op", "Montgomery", "politiezone Montgomery"),
        ("op", "Marlow", "politiezone Marlow"),
        ("desc", "GO!", "GO!"),
        (1, "Onderwijscentrum Brussel", "Onderwijscentrum Brussel"),
        (1, BNOS + " (BNOS)", BNOS),
        (1, "BNOS", BNOS),              # Het BNOS komt twee keer per schooljaar samen
        (1, "Onderwijscentrum Brussel", "Onderwijscentrum Brussel"),  # in de lokalen van (venue, D3)
        (1, "Katholiek Onderwijs Vlaanderen", "KOV"),
        (1, "GO!", "GO!"),
        (1, "politiezone Brussel-West", "politiezone Brussel-West"),
        (1, "departement Onderwijs en Vorming", "departement OV"),
        (1, "politiezone Montgomery", "politiezone Montgomery"),  # de preventiedienst van de politiezone
        (1, "BNOS", BNOS),              # De volgende vergadering van het BNOS
    ],
    "W05": [
        ("op", "Europese Commissie", "Europese Commissie"), ("op", "OCAD", "OCAD"), ("op", "VVSG", "VVSG"),
        # real 3.1 description, as dev-2024-12 R05 / dev-2023-12 Q05
        ("desc", "Europese Commissie", "Europese Commissie"),
        ("desc", "Network of Prevent Coordinators", "Network of Prevent Coordinators"),
        ("desc", "RAN", "RAN"),
        ("desc", "Europese Commissie", "Europese Commissie"),
        (1, NPPM + " (NPPM)", NPPM),
        (1, "Europese Commissie", "Europese Commissie"),
        (1, "NTF", "NTF"),
        (1, "OCAD", "OCAD"),
        (1, "NPPM", NPPM),              # Het NPPM komt tweemaal per jaar samen
        (1, KH, KH),
        (1, "VVSG", "VVSG"),
        (1, "Knowledge Hub", KH),       # een webinar van de Knowledge Hub (D4)
        (2, "GO!", "GO!"),
        (2, "Knowledge Hub", KH),       # werkgroep 'Education' van de Knowledge Hub
        (2, "departement Onderwijs en Vorming", "departement OV"),
        (3, "departement Cultuur, Jeugd en Media", "departement CJM"),
        (3, "De Ambrassade", "De Ambrassade"),
        (3, "Uit De Marge", "Uit de Marge"),
        (3, "afdeling Jeugd", "afdeling Jeugd"),
    ],
    "W06": [
        ("op", "VVSG", "VVSG"),
        ("desc", "VVSG", "VVSG"),       # real 4.3 description, as R08 / Q08
        (1, "VVSG", "VVSG"),            # De VVSG zette haar ondersteuning ... verder
        (1, "VVSG", "VVSG"),            # De werkgroep radicalisering en polarisering van de VVSG
        (1, "VVSG", "VVSG"),            # organiseerde de VVSG in Leuven
        (1, "VVSG", "VVSG"),            # gaf de VVSG ook een toelichting
        (2, "ABB", "ABB"),
        (2, "VVSG", "VVSG", "ABB en de VVSG"),   # not the modifier in "VVSG-project" (D5)
        (2, "VVSG", "VVSG"),            # onderhoudt de VVSG contacten
        (2, "VNG", "VNG"),
        (2, "SALAR", "SALAR"),
        (2, "stad Rotterdam", "stad Rotterdam"),  # partner of the planned exchange
        (2, "gemeente Zele", "gemeente Zele"),    # owner of the lokaal netwerk
        (2, "VVSG", "VVSG"),            # dat de VVSG mee heeft opgezet
    ],
    "W07": [
        ("op", "VVSG", "VVSG"), ("op", "De Ambrassade", "De Ambrassade"), ("op", "Formaat", "Formaat"),
        ("op", "JES", "JES"), ("op", "Uit De Marge", "Uit de Marge"),
        ("op", "Netwerk Islamexperten", "Netwerk Islamexperten"), ("op", "Opvoedingslijn", "Opvoedingslijn"),
        # real 4.7 description, as R10 / Q10
        ("desc", "onderwijsinspectie", "onderwijsinspectie"), ("desc", "De Ambrassade", "De Ambrassade"),
        ("desc", "VVJ", "VVJ"), ("desc", "Formaat", "Formaat"), ("desc", "JES", "JES"),
        ("desc", "Uit de Marge", "Uit de Marge"), ("desc", "Groep Intro", "Groep Intro"),
        ("desc", "afdeling jeugd", "afdeling Jeugd"),
        (1, "Netwerk Islamexperten", "Netwerk Islamexperten"),
        (1, "Opvoedingslijn", "Opvoedingslijn"),
        (1, "1712", "1712"),            # de lijn 1712, a party in the hulplijnenoverleg (judgement call)
        (1, "Netwerk Islamexperten", "Netwerk Islamexperten"),
        (1, "Opvoedingslijn", "Opvoedingslijn"),
        (2, "GO!", "GO!"),
        (2, "onderwijsinspectie", "onderwijsinspectie"),
        (2, "VSSE", "VSSE"),
        (3, "afdeling Jeugd", "afdeling Jeugd"),
        (3, "De Ambrassade", "De Ambrassade"),
        (3, "Formaat", "Formaat"),
        (3, "JES", "JES"),
        (3, "Uit De Marge", "Uit de Marge"),
        (3, "JES", "JES"),              # begeleid door JES
        (3, "afdeling Jeugd", "afdeling Jeugd"),  # De afdeling Jeugd houdt zo de vinger aan de pols
    ],
    "W08": [
        ("op", PLAT, PLAT), ("op", "EMB", "EMB"),
        (1, PLAT, PLAT),
        (1, "afdeling Justitiehuizen", "afdeling Justitiehuizen"),
        (1, "CAW Brussel", "CAW Brussel"),
        (1, "EMB", "EMB"),              # "Het Platform en het EMB": "het Platform" is a back-reference (D4)
    ],
    "W09": [
        ("op", "Arktos", "Arktos"), ("op", "GO!", "GO!"), ("op", "Katholiek Onderwijs Vlaanderen", "KOV"),
        ("op", "OVSG", "OVSG"), ("op", "POV", "POV"),
        (1, "Arktos", "Arktos"),
        (1, "departement Onderwijs en Vorming", "departement OV"),
        (1, "Arktos", "Arktos"),        # de vier onderwijsverstrekkers en Arktos
        (1, "Arktos", "Arktos"),        # Het interventieteam van Arktos
        (1, "Arktos", "Arktos"),        # Arktos stemde ... af
        (1, "Onderwijscentrum Brussel", "Onderwijscentrum Brussel"),
        (1, "Arktos", "Arktos"),        # organiseerde Arktos in Mechelen
    ],
    "W10": [
        (1, "vzw Herstelkracht", "Herstelkracht"),
    ],
    "W11": [
        ("op", "VVSG", "VVSG"), ("op", "OCAD", "OCAD"), ("op", "FOD Binnenlandse Zaken", "FOD Binnenlandse Zaken"),
        (1, "FOD Binnenlandse Zaken", "FOD Binnenlandse Zaken"),
        (1, "stad Lier", "stad Lier"),               # Het LIVC van de stad Lier (owner, G9-3)
        (1, "Hoogstraten", "stad Hoogstraten"),      # de gemeenten Hoogstraten, ...: title from municipalities.csv
        (1, "Rijkevorsel", "gemeente Rijkevorsel"),
        (1, "Merksplas", "gemeente Merksplas"),
        (1, "ABB", "ABB"),
        (1, "VVSG", "VVSG"),
        (1, "FOD Binnenlandse Zaken", "FOD Binnenlandse Zaken"),
        (1, "Ieper", "stad Ieper"),                  # De LIVC's van Ieper, Poperinge en Diksmuide (owners)
        (1, "Poperinge", "stad Poperinge"),
        (1, "Diksmuide", "stad Diksmuide"),
        (1, "Sint-Niklaas", "stad Sint-Niklaas"),    # de LIVC-coördinatoren van Sint-Niklaas, Temse en Beveren
        (1, "Temse", "gemeente Temse"),
        (1, "Beveren", "gemeente Beveren-Kruibeke-Zwijndrecht"),  # merged 2025-01-01 (municipalities.csv)
        (1, "ABB", "ABB"),
        (1, "VVSG", "VVSG"),
        (2, "Agentschap Opgroeien", "Agentschap Opgroeien"),
        (2, "OCAD", "OCAD"),
        (3, "De Ambrassade", "De Ambrassade"),
    ],
    "W12": [
        ("op", "DG EPI", "DG EPI"), ("op", "Agentschap Justitie en Handhaving", "Agentschap Justitie en Handhaving"),
        ("desc", "Directoraat-Generaal Penitentiaire Inrichtingen", "DG EPI"),   # as R16 / Q17
        (1, "DG EPI", "DG EPI"),
        (1, "gemeenschapsinstelling in Everberg", "Everberg"),   # joins the trajectoverleg (party)
        (1, "afdeling Justitiehuizen", "afdeling Justitiehuizen"),
        (1, "Agentschap Opgroeien", "Agentschap Opgroeien"),
        (1, "departement Zorg", "departement Zorg"),
        (1, "Agentschap Justitie en Handhaving", "Agentschap Justitie en Handhaving"),
    ],
    "W13": [
        ("op", "EMB", "EMB"),
        (1, "Vlaams detentiecentrum De Wijngaard", "De Wijngaard"),
        (1, "campus in Everberg", "Everberg"),
        (1, "EMB", "EMB"),
        (1, "EMB", "EMB"),
        (1, "afdeling Gemeenschapsinstellingen", "afdeling Gemeenschapsinstellingen"),
        (1, "afdeling Gemeenschapsinstellingen", "afdeling Gemeenschapsinstellingen"),
        (1, "EMB", "EMB"),              # de netwerkdag van de gevangenisconsulenten van het EMB
    ],
    "W14": [
        ("op", "Vlaams Vredesinstituut", "Vlaams Vredesinstituut"), ("op", "BELSPO", "BELSPO"),
        ("desc", "VVI", "Vlaams Vredesinstituut"),   # as R18 / Q19
        (1, "ABB", "ABB"),
        (1, ICCO + " (ICCO)", ICCO),
        (1, "Vlaams Vredesinstituut", "Vlaams Vredesinstituut"),
        (1, "Statistiek Vlaanderen", "Statistiek Vlaanderen"),
        (1, "OCAD", "OCAD"),
        (1, "Vlaams Parlement", "Vlaams Parlement"),  # studievoormiddag in het Vlaams Parlement (venue, D3)
        (1, "Vlaams Vredesinstituut", "Vlaams Vredesinstituut"),
        (2, "BELSPO", "BELSPO"),
        (2, "afdeling Justitiehuizen", "afdeling Justitiehuizen"),
    ],
    "W15": [
        ("op", "CAW's", "CAW's"), ("op", "Agentschap Opgroeien", "Agentschap Opgroeien"),
        ("desc", "Jongerenwelzijn", "Jongerenwelzijn"), ("desc", "Opvoedingslijn", "Opvoedingslijn"),  # as R19
        (1, "Agentschap Opgroeien", "Agentschap Opgroeien"),
        (1, "CAW Antwerpen", "CAW Antwerpen"),
    ],
    "W16": [
        ("op", "Atlas", "Atlas"), ("op", "Agentschap Integratie en Inburgering", "AgII"), ("op", "EMB", "EMB"),
        ("desc", "AgII", "AgII"), ("desc", "Atlas", "Atlas"), ("desc", "Atlas", "Atlas"),  # as R20 / Q20
        (1, "Agentschap Integratie en Inburgering", "AgII"),
        (1, "Atlas", "Atlas"),
        (1, "EMB", "EMB"),
        (1, OMV + " (OMV)", OMV),
        (1, "Agentschap Integratie en Inburgering", "AgII"),
        (1, "ABB", "ABB"),
        (1, "OMV", OMV),                # Het OMV hield ... een algemene vergadering
    ],
    "W17": [
        ("op", "Mediawijs", "Mediawijs"),
        ("desc", "kenniscentrum Mediawijs", "Mediawijs"),   # as Q21
        (1, "Mediawijs", "Mediawijs"),
        (1, "Mediawijs", "Mediawijs"),
        (1, "Mediawijs", "Mediawijs"),
        (1, "departement Onderwijs en Vorming", "departement OV"),
        (2, "Mediawijs", "Mediawijs"),  # Binnen de No Hate-werking van Mediawijs
        (2, "Child Focus", "Child Focus"),
        (2, "Unia", "Unia"),
        (2, "VRT", "VRT"),
        (2, "Mediawijs", "Mediawijs"),  # Mediawijs overlegde
        (2, "afdeling Media", "afdeling Media"),
        (2, "departement Cultuur, Jeugd en Media", "departement CJM"),
        # "het Mediawijs-congres": event use (D5), no record
    ],
    "W18": [
        ("op", "GO! ouders", "GO! ouders"), ("op", "KOOGO", "KOOGO"), ("op", "VCOV", "VCOV"),
        ("desc", "Vlaamse Regering", "Vlaamse Regering"),   # as Q22
        (1, "Vlaamse Regering", "Vlaamse Regering"),
        (1, "departement Onderwijs en Vorming", "departement OV"),
    ],
    "W19": [
        ("op", "VSK", "VSK"),
        ("desc", "VSK", "VSK"),         # as Q23
        (1, "VSK", "VSK"),              # VSK zet in op peer support
        (1, "VSK", "VSK"),              # VSK richtte daarvoor een jongerenpanel op
        (1, "VSK", "VSK"),              # het bestuur van VSK
        (1, "departement Onderwijs en Vorming", "departement OV"),
        (1, "VSK", "VSK"),              # ... en VSK stemden driemaandelijks af
        (1, "VSK", "VSK"),              # De trajectbegeleiders van VSK
        (1, "VSK", "VSK"),              # Na overleg met VSK
    ],
    "W20": [
        ("op", "VOKA", "VOKA"), ("op", "UNIZO", "UNIZO"), ("op", "ACV", "ACV"), ("op", "ABVV", "ABVV"),
        ("op", "ACLVB", "ACLVB"), ("op", "GRIP", "GRIP"), ("op", "Minderhedenforum", "Minderhedenforum"),
        # real 14.7 description, as Q24 (the typo "ABW" as printed)
        ("desc", "VOKA", "VOKA"), ("desc", "UNIZO", "UNIZO"), ("desc", "ACV", "ACV"), ("desc", "ABW", "ABW"),
        ("desc", "ACLVB", "ACLVB"), ("desc", "GRIP", "GRIP"), ("desc", "Minderhedenforum", "Minderhedenforum"),
        (1, "departement Werk en Sociale Economie", "departement Werk en Sociale Economie"),
        (1, "ACV", "ACV"), (1, "ABVV", "ABVV"), (1, "ACLVB", "ACLVB"),
        (1, "ESF-Agentschap", "ESF-Agentschap"),
        (1, "Minderhedenforum", "Minderhedenforum"),
        (1, "VOKA", "VOKA"),
        (1, "GRIP", "GRIP"),
        (1, "UNIZO", "UNIZO"),
    ],
}


def build():
    claims = Claims()
    out = []
    for item in sorted(ITEMS):
        d = ITEMS[item]
        rows = ORGS.get(item, [])
        order = {"op": 0, "desc": 1}
        # records are written other_parties, description, then entries, each in text order
        keyed = []
        for n, row in enumerate(rows):
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
