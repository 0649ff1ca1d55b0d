"""d18: blind amount annotation of unseen-2026-06 (SYNTHETIC). Every euro amount, one record each.
Spec rows: (item, field, raw, amount_eur, breakdown, label[, ctx]); field bN -> location budget, eN -> text.
Labels: the words in parentheses or before a colon naming what the amount is for (for "waarvan" parts the
"voor ..."/"in ..." words, as dev-2023-12); null where the parenthesis names no purpose ("excl. btw").
"""
import json
import os

from common import SET, assign_spans, field_text, load_items, where_of

F = False
T = True

SPEC = [
    # V02 budget: total with "waarvan" parts split over two years
    ("V02", "b1", "€ 148.500", 148500.0, F, None),
    ("V02", "b1", "€ 99.000", 99000.0, T, "2026"),
    ("V02", "b1", "€ 49.500", 49500.0, T, "2027"),
    # V07: per-municipality list (no total printed beside it; it adds up to the budget cell) -> breakdown false
    ("V07", "e1", "€ 64.000", 64000.0, F, "Beringen"),
    ("V07", "e1", "€ 58.500", 58500.0, F, "Boom i.s.m. Rumst"),
    ("V07", "e1", "€ 49.750", 49750.0, F, "Diest"),
    ("V07", "e1", "€ 61.200", 61200.0, F, "Houthalen-Helchteren"),
    ("V07", "e1", "€ 45.000", 45000.0, F, "Ieper"),
    ("V07", "e1", "€ 52.300", 52300.0, F, "Izegem"),
    ("V07", "e1", "€ 70.000", 70000.0, F, "Sint-Truiden"),
    ("V07", "e1", "€ 78.400", 78400.0, F, "Vilvoorde"),
    ("V07", "e1", "€ 55.850", 55850.0, F, "Willebroek"),
    ("V07", "b1", "535.000 euro", 535000.0, F, "2026-2027"),
    # V08
    ("V08", "b1", "390.000 euro", 390000.0, F, "1 januari 2026 – 31 december 2028"),
    # V09
    ("V09", "b1", "EUR 27.500", 27500.0, F, "onderhoud en uitbreiding databank 2026"),
    ("V09", "b2", "€ 55.000", 55000.0, F, "Tielt en Zaventem samen"),
    # V12: a maximum fee per guidance in the text; budget total with a "waarvan" part
    ("V12", "e1", "EUR 1.250", 1250.0, F, None),
    ("V12", "b1", "€ 96.000", 96000.0, F, "2026"),
    ("V12", "b1", "€ 12.000", 12000.0, T, "vorming en intervisie"),
    # V13
    ("V13", "b1", "210.000 euro", 210000.0, F, "schooljaar 2025-2026"),
    # V14: "310 000 euro" (space as thousands separator) is a "waarvan" part of the 1,2 million
    ("V14", "b1", "1,2 miljoen euro", 1200000.0, F, "ESF+-middelen (2024-2027)"),
    ("V14", "b1", "310 000 euro", 310000.0, T, "partnerwerking in 2026"),
    # V15
    ("V15", "b2", "85 000 euro", 85000.0, F, "Middelen 2026"),
    # V17
    ("V17", "b1", "€ 180.000", 180000.0, F, "2026-2027"),
    # V19
    ("V19", "b1", "EUR 74.600", 74600.0, F, "editie 2026"),
    # V20: two recipients before colons; "0,5 VTE" is no money
    ("V20", "b1", "85.000 euro", 85000.0, F, "Kazerne Dossin"),
    ("V20", "b1", "40.000 euro", 40000.0, F, "Burgerschapslab vzw"),
    # V21: the printed amount per group (no product printed)
    ("V21", "b1", "€ 22.000", 22000.0, F, "2026"),
    # V22: two amounts, no total printed
    ("V22", "b1", "38.500 euro", 38500.0, F, "Mediawijs"),
    ("V22", "b1", "12.000 euro", 12000.0, F, "partnerwerking Medialab Verhalenwerf"),
]


def build():
    items = load_items()
    recs = [{"item": r[0], "_field": r[1], "raw": r[2], "_ctx": r[6] if len(r) > 6 else None, "row": r}
            for r in SPEC]
    spans = assign_spans(recs, items)
    out = []
    for r, sp in zip(recs, spans):
        it, fld, raw, val, bd, lab = r["row"][:6]
        item = items[it]
        assert raw in field_text(item, fld)
        where, eno = where_of(fld)
        loc = "budget" if fld[0] == "b" else "text"
        rank = (int(fld[1:]) if fld[0] in "eb" else 0, 1 if fld[0] == "b" else 0, sp[0])
        out.append((it, rank, {"item": it, "action_id": item["action_id"], "where": where, "entry_no": eno,
                               "location": loc, "raw": raw, "amount_eur": val, "breakdown": bd, "label": lab},
                    fld, sp))
    out.sort(key=lambda x: (x[0], x[1]))
    with open(os.path.join(SET, "amounts.jsonl"), "w", encoding="utf-8") as fh:
        for _, _, rec, _, _ in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return [(rec, f, sp) for _, _, rec, f, sp in out]


if __name__ == "__main__":
    print(len(build()), "amount records written")
