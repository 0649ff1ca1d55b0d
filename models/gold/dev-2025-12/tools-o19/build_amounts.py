"""o19: euro amounts of dev-2025-12, by hand. Row: (field, raw, amount_eur, breakdown, label[, ctx]);
field an entry number (text) or ("b", n) (entry n's budget cell). Labels are the words in parentheses beside
the amount; null where the parenthesis names no purpose ("excl. btw") or there is none."""
from common import ITEMS, Claims, SET, field_text, write_jsonl

AMOUNTS = {
    "W02": [(("b", 1), "74.800 euro", 74800.0, False, None)],          # (excl. btw): no label, as R02
    "W06": [(("b", 1), "412.000 euro", 412000.0, False, "1 jan 2025 – 31 dec 2027")],
    "W08": [(("b", 1), "95.000 euro", 95000.0, False, None)],
    "W09": [(("b", 1), "240.000 euro", 240000.0, False, "schooljaar 2025-2026")],
    "W10": [(("b", 1), "360.000 euro", 360000.0, False, "2025-2026")],
    "W14": [(("b", 1), "118.000 euro", 118000.0, False, None)],
    "W16": [(("b", 1), "185.000 euro", 185000.0, False, "2025")],
    "W17": [(("b", 1), "65.000 euro", 65000.0, False, None)],
    # W19 budget "1,5 VTE detachering": FTE, not money
}


def build():
    claims = Claims()
    out = []
    for item in sorted(ITEMS):
        d = ITEMS[item]
        for row in AMOUNTS.get(item, []):
            field, raw, eur, brk, label = row[:5]
            ctx = row[5] if len(row) > 5 else None
            budget = isinstance(field, tuple)
            n = field[1] if budget else field
            text = field_text(item, "entry", n, budget=budget)
            claims.claim((item, "entry", n, budget), text, raw, ctx)
            out.append({"item": item, "action_id": d["action_id"], "where": "entry", "entry_no": n,
                        "location": "budget" if budget else "text", "raw": raw, "amount_eur": eur,
                        "breakdown": brk, "label": label})
    write_jsonl(SET / "amounts.jsonl", out)
    return out, claims


if __name__ == "__main__":
    recs, _ = build()
    print(len(recs), "amount records")
