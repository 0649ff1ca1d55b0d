"""o20: euro amounts of unseen-2026-12, by hand. Row: (field, raw, amount_eur, breakdown, label[, ctx]);
field an entry number (text) or ("b", n) (entry n's budget cell). Labels are the words in parentheses or before a
colon naming what the amount is for; in a list "X (amount)" the list element X; null where there is none or the
parenthesis names no purpose ("incl. btw", as d16 R02 / o19 #21). Breakdown only where the total is printed
right beside its parts (X22 budget); per-municipality / per-promoter lists whose total stands in the budget cell
are not breakdowns (GUIDELINES: "A list of amounts without a printed total ... are not breakdowns")."""
from common import ITEMS, Claims, SET, field_text, write_jsonl

AMOUNTS = {
    "X01": [(("b", 2), "24.600 euro", 24600.0, False, "2026, ondersteuning Kantelpunt Beleidsadvies")],
    "X02": [(("b", 1), "€ 84.700", 84700.0, False, None)],                 # (incl. btw)
    "X03": [(2, "37.250 euro", 37250.0, False, None)],
    "X05": [
        (1, "92.000 euro", 92000.0, False, "Vilvoorde"),
        (1, "78.500 euro", 78500.0, False, "Mechelen"),
        (1, "64.250 euro", 64250.0, False, "Maasmechelen i.s.m. Lanaken"),
        (1, "51.000 euro", 51000.0, False, "Lokeren"),
        (1, "70.400 euro", 70400.0, False, "Kortrijk"),
        (1, "58.300 euro", 58300.0, False, "Sint-Niklaas"),
        (1, "43.900 euro", 43900.0, False, "Ronse"),
        (("b", 1), "458.350 euro", 458350.0, False, "2026-2028"),
        (2, "12.480 euro", 12480.0, False, None),
        (2, "EUR 9.775", 9775.0, False, None),
    ],
    "X06": [(("b", 1), "355.200 euro", 355200.0, False, "1 jan 2026 – 31 dec 2028")],
    "X07": [(("b", 1), "38.900 euro", 38900.0, False, "2026")],
    "X10": [(("b", 1), "245.000 euro", 245000.0, False, "schooljaar 2026-2027")],
    "X11": [
        (1, "1,2 miljoen euro", 1200000.0, False, None),
        (("b", 1), "1,2 miljoen euro", 1200000.0, False, "2026-2029"),
        (("b", 2), "EUR 18.000", 18000.0, False, "2026"),
    ],
    "X12": [
        (2, "6.000 euro", 6000.0, False, None),
        (("b", 2), "22.500 euro", 22500.0, False, "2026"),
    ],
    "X13": [
        (("b", 1), "112.000 euro", 112000.0, False, "2026"),            # (2026) voor Herstelroute vzw
        (2, "27.500 euro", 27500.0, False, None),
        (2, "19.500 euro", 19500.0, False, None),
    ],
    "X14": [
        (2, "41.300 euro", 41300.0, False, None),
        (("b", 2), "65.000 euro", 65000.0, False, "2026"),
        (("b", 2), "70.000 euro", 70000.0, False, "2027"),
    ],
    "X15": [(("b", 1), "9.800 euro", 9800.0, False, "opleiding ODS")],
    "X16": [
        (("b", 1), "145.000 euro", 145000.0, False, "2026"),
        (("b", 1), "€ 12.600", 12600.0, False, "NT2-traject 2027"),
    ],
    "X18": [
        (("b", 1), "95.000 euro", 95000.0, False, "BHB"),                # Voor BHB: ... (schooljaar 2026-2027)
        (("b", 1), "60.000 euro", 60000.0, False, "Kazerne Dossin"),
        (("b", 1), "25 000 euro", 25000.0, False, "vzw Klasdebat"),
        (("b", 1), "40 000 euro", 40000.0, False, "SDS"),
    ],
    "X20": [
        (1, "30.000 euro", 30000.0, False, None),
        (1, "7.500 euro", 7500.0, False, None),
        (("b", 1), "48.000 euro", 48000.0, False, "2026"),
    ],
    "X22": [
        (1, "68.000 euro", 68000.0, False, "Buurtwerk Noorderlicht vzw – Antwerpen"),
        (1, "72.500 euro", 72500.0, False, "Jongerenatelier Vonk vzw – Gent"),
        (1, "55.000 euro", 55000.0, False, "Arktos vzw – Mechelen"),
        (1, "61.250 euro", 61250.0, False, "Theater Tussenland vzw – Brussel"),
        (1, "49.800 euro", 49800.0, False, "Beeldatelier Zijspoor vzw – Kortrijk"),
        (1, "38.450 euro", 38450.0, False, "de jeugddienst van de gemeente Dilbeek"),
        (("b", 1), "345.000 euro", 345000.0, False, None),                # total, its parts beside it
        (("b", 1), "210.000 euro", 210000.0, True, "integratie"),
        (("b", 1), "135.000 euro", 135000.0, True, "jeugd"),
        (("b", 1), "3.500 euro", 3500.0, False, "toonmoment"),
    ],
    "X23": [(("b", 1), "EUR 52.000", 52000.0, False, "2026-2027")],
    "X24": [
        (("b", 1), "€ 150.000", 150000.0, False, "2026"),
        (2, "€ 48.250", 48250.0, False, None),
        (("b", 2), "640.000 euro", 640000.0, False, "ESF"),
        (("b", 2), "160.000 euro", 160000.0, False, "Vlaamse cofinanciering"),
    ],
}


def build():
    claims = Claims()
    out = []
    for item in sorted(ITEMS):
        d = ITEMS[item]
        keyed = []
        for row in AMOUNTS.get(item, []):
            field, raw, eur, brk, label = row[:5]
            ctx = row[5] if len(row) > 5 else None
            budget = isinstance(field, tuple)
            n = field[1] if budget else field
            text = field_text(item, "entry", n, budget=budget)
            span = claims.claim((item, "entry", n, budget), text, raw, ctx)
            keyed.append(((n, 1 if budget else 0, span[0]),
                          {"item": item, "action_id": d["action_id"], "where": "entry", "entry_no": n,
                           "location": "budget" if budget else "text", "raw": raw, "amount_eur": eur,
                           "breakdown": brk, "label": label}))
        keyed.sort(key=lambda x: x[0])
        out.extend(r for _, r in keyed)
    write_jsonl(SET / "amounts.jsonl", out)
    return out, claims


if __name__ == "__main__":
    recs, _ = build()
    print(len(recs), "amount records")
