"""d17: gold amounts for unseen-2025-06. Tuple: (raw, amount_eur, breakdown, label).
location: "budget" for budget_text, "text" for the entry description. No item description holds an amount."""
import os
from common import SET, check_raw, write_jsonl, ITEMS

A = []  # (item, entry_no, location, [(raw, eur, breakdown, label)])


def add(item, entry_no, location, *recs):
    A.append((item, entry_no, location, list(recs)))


add("S02", 1, "budget", ("74.800 euro", 74800.0, False, None))          # "(excl. btw)" names no purpose
add("S05", 3, "budget", ("€ 36.400", 36400.0, False, "Vlaamse cofinanciering werkingsjaar 2025"))
# S06 e1: per-municipality list, no total printed beside it (they add up to the 323.000 euro budget cell)
add("S06", 1, "text",
    ("48.000 euro", 48000.0, False, "Tienen"),
    ("52.500 euro", 52500.0, False, "Sint-Truiden"),
    ("61.000 euro", 61000.0, False, "Zaventem"),
    ("39.750 euro", 39750.0, False, "Harelbeke"),
    ("44.000 euro", 44000.0, False, "Boom"),
    ("36.250 euro", 36250.0, False, "Diest"),
    ("41.500 euro", 41500.0, False, "Izegem"),
    ("1,2 miljoen euro", 1200000.0, False, None),
    )
add("S06", 1, "budget", ("323.000 euro", 323000.0, False, None))
add("S07", 1, "budget", ("362.400 euro", 362400.0, False, "1 jan 2024 – 31 dec 2026"))
add("S09", 1, "budget", ("91.000 euro", 91000.0, False, None))
add("S10", 1, "text", ("412.650 euro", 412650.0, False, None))           # "voor een totaalbedrag van"
add("S10", 1, "budget", ("412.650 euro", 412650.0, False, None))
add("S10", 2, "budget", ("€ 18.150", 18150.0, False, None))             # "(incl. btw)" names no purpose
add("S11", 2, "budget", ("146.000 euro", 146000.0, False, "werkingsjaar 2025"))
add("S13", 1, "budget", ("198.000 euro", 198000.0, False, None))        # "waarvan 40% in 2025": a percentage, no amount
add("S14", 1, "budget", ("EUR 27.500", 27500.0, False, None))
add("S15", 1, "budget", ("95.000 euro", 95000.0, False, "schooljaar 2024-2025"))
# S19 e1: per-project list, no total printed beside it (they add up to the 329.500 euro budget cell)
add("S19", 1, "text",
    ("54.000 euro", 54000.0, False, "Jeugdhuis Het Scharnier vzw - Izegem"),
    ("71.200 euro", 71200.0, False, "Theatercollectief Spiegelbeeld vzw - Gent"),
    ("48.500 euro", 48500.0, False, "Sportclub Samen Vooruit vzw - Genk"),
    ("66.000 euro", 66000.0, False, "Nieuwsatelier Zuid vzw - Antwerpen"),
    ("59.800 euro", 59800.0, False, "Kruispunt Jong vzw - Brussel"),
    ("30.000 euro", 30000.0, False, "stad Izegem, jeugddienst"),
    )
add("S19", 1, "budget", ("329.500 euro", 329500.0, False, None))
add("S20", 1, "budget", ("62.000 euro", 62000.0, False, None))


def build():
    recs = []
    for item, entry_no, loc, rs in A:
        fname = "budget_text" if loc == "budget" else "description"
        for raw, eur, bd, label in rs:
            check_raw(item, "entry", entry_no, fname, raw)
            if label is not None:
                check_raw(item, "entry", entry_no, fname, label)
            recs.append({"item": item, "action_id": ITEMS[item]["action_id"], "where": "entry",
                         "entry_no": entry_no, "location": loc, "raw": raw, "amount_eur": eur,
                         "breakdown": bd, "label": label})
    return recs


if __name__ == "__main__":
    recs = build()
    write_jsonl(os.path.join(SET, "amounts.jsonl"), recs)
    print("amounts:", len(recs))
