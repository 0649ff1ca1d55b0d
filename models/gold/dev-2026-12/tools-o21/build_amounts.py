"""o21: euro amounts of dev-2026-12 (SYNTHETIC), by hand. Row: (field, raw, amount_eur, breakdown, label[, ctx]);
field an entry number (text) or ("b", n) (entry n's budget cell). Labels are the words in parentheses beside
the amount (or, in a list item, the party the amount is for); null where there is none."""
from common import ITEMS, Claims, SET, field_text, write_jsonl

AMOUNTS = {
    "Y02": [(("b", 1), "148.830 euro", 148830.0, False, "2026-2027")],
    "Y05": [(("b", 2), "12.500 euro", 12500.0, False, "vertaling en opmaak")],
    "Y07": [
        # per-municipality list; the sum (400.000) is printed only in the budget cell, not beside: no breakdown
        (1, "72.500 euro", 72500.0, False, "Aalst"),
        (1, "64.000 euro", 64000.0, False, "Genk i.s.m. As"),
        (1, "58.250 euro", 58250.0, False, "Kortrijk"),
        (1, "41.800 euro", 41800.0, False, "Lokeren"),
        (1, "49.900 euro", 49900.0, False, "Roeselare"),
        (1, "75.000 euro", 75000.0, False, "Vilvoorde"),
        (1, "38.550 euro", 38550.0, False, "Dilbeek"),
        (("b", 1), "400.000 euro", 400000.0, False, "2026-2028"),
    ],
    "Y08": [(("b", 1), "352.000 euro", 352000.0, False, "2025-2027")],
    "Y09": [(("b", 1), "96.800 euro", 96800.0, False, "ontwikkeling databank"),
            (("b", 1), "18.000 €", 18000.0, False, "beheer")],          # "18.000 €/jaar": a yearly amount
    "Y12": [(("b", 1), "118.000 euro", 118000.0, False, "werkingsjaar 2026-2027")],
    "Y13": [(("b", 1), "45.000 euro", 45000.0, False, "partnerwerking 2026")],
    "Y16": [
        (2, "EUR 36.300", 36300.0, False, None),                        # veldwerk gegund ... voor EUR 36.300
        (("b", 2), "210.000 euro", 210000.0, False, "2026"),
        (("b", 2), "140.000 euro", 140000.0, True, "Vlaamse middelen"),   # "waarvan": parts of the total beside
        (("b", 2), "70.000 euro", 70000.0, True, "cofinanciering VVI"),
    ],
    "Y18": [(1, "1,15 miljoen euro", 1150000.0, False, None),           # totale budget over 2024-2027
            (("b", 1), "85.000 euro", 85000.0, False, "2026")],
    "Y19": [(("b", 1), "7.500,00 euro", 7500.0, False, "nascholing")],
    "Y20": [(("b", 1), "€ 62.000", 62000.0, False, "2026")],
    "Y21": [
        (1, "€ 58.000", 58000.0, False, "vzw Brugfiguur – Kortrijk"),
        (1, "€ 61.500", 61500.0, False, "vzw Tussenruimte – Brussel"),
        (1, "€ 44.750", 44750.0, False, "Jongerenplatform Stemrecht vzw – Lokeren"),
        (1, "€ 70.000", 70000.0, False, "Limburgse Jeugdhuizenkoepel (LJK) – Genk"),
        (1, "€ 39.900", 39900.0, False, "Redactiehuis Jong Geluid vzw – Oostende"),
        (("b", 1), "274.150 euro", 274150.0, False, "integratie en jeugd, 2026-2028"),
        (("b", 2), "2.500 euro", 2500.0, False, "toonmoment"),
    ],
    "Y22": [(("b", 1), "EUR 48.000", 48000.0, False, "2026")],
}


def build():
    claims = Claims()
    out = []
    for item in sorted(ITEMS):
        d = ITEMS[item]
        rows = []
        for row in AMOUNTS.get(item, []):
            field, raw, eur, brk, label = row[:5]
            ctx = row[5] if len(row) > 5 else None
            budget = isinstance(field, tuple)
            n = field[1] if budget else field
            text = field_text(item, "entry", n, budget=budget)
            span = claims.claim((item, "entry", n, budget), text, raw, ctx)
            rows.append(((n, 1 if budget else 0, span[0]),
                         {"item": item, "action_id": d["action_id"], "where": "entry", "entry_no": n,
                          "location": "budget" if budget else "text", "raw": raw, "amount_eur": eur,
                          "breakdown": brk, "label": label}))
        rows.sort(key=lambda x: x[0])
        out.extend(r for _, r in rows)
    write_jsonl(SET / "amounts.jsonl", out)
    return out, claims


if __name__ == "__main__":
    recs, _ = build()
    print(len(recs), "amount records")
