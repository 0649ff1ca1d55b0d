"""d16: euro amounts of dev-2024-12 (SYNTHETIC), by models/gold/GUIDELINES.md "Amounts".

location: "budget" for the entry's budget_text, "text" for the entry's description.
breakdown: true only for a part of a total printed beside it; the per-recipient lists of R07 and R24 have no
printed total beside them (they add up to R24's budget cell; R07's budget cell is empty) -> false.
label: the words in parentheses / before the colon / the list item's recipient; null when none names a purpose.
"""
import os
from common import load_items, check_raw, write_jsonl, SET

A = []  # (item, entry_no, location, raw, amount_eur, breakdown, label)


def add(item, entry_no, location, raw, eur, label=None, breakdown=False):
    A.append((item, entry_no, location, raw, float(eur), breakdown, label))


add("R02", 1, "budget", "149.800 euro", 149800)                  # "(excl. btw)" names no purpose: no label
for raw, eur, lab in [("72.500 euro", 72500, "gemeente Willebroek"), ("48.000 euro", 48000, "stad Ieper"),
                      ("81.250 euro", 81250, "stad Beringen i.s.m. gemeente Ham"),
                      ("55.000 euro", 55000, "stad Herentals"), ("39.900 euro", 39900, "stad Zottegem"),
                      ("64.000 euro", 64000, "gemeente Houthalen-Helchteren"),
                      ("60.350 euro", 60350, "stad Sint-Truiden")]:
    add("R07", 1, "text", raw, eur, lab)
# budget cell of the same entry: the total the list adds up to, but not printed beside the list -> all false
add("R07", 1, "budget", "421.000 euro", 421000, "werkingsjaren 2024-2026")
add("R08", 1, "budget", "360.000 euro", 360000, "1 januari 2024 – 31 december 2026")
add("R09", 2, "budget", "87.500 euro", 87500, "opdracht vzw Tussenruimte, 2024-2025")
add("R12", 1, "budget", "95.000 euro", 95000, "werkingsjaar 2024")
add("R13", 1, "budget", "210.000 euro", 210000, "schooljaar 2024-2025")
add("R15", 2, "budget", "240.000 euro", 240000, "2023-2025")
add("R20", 1, "budget", "62.400 euro", 62400)
# "4 x 45.000 euro (schooljaar 2024-2025)": the printed amount is 45.000 euro (per organisation); the product
# 180.000 is not printed, so it is not an amount expression.
add("R21", 1, "budget", "45.000 euro", 45000, "schooljaar 2024-2025")
add("R23", 1, "budget", "€ 58.000", 58000, "werkingsjaar 2024")
for raw, eur, lab in [("88.000 euro", 88000, "Kleurrijk Kwartier vzw – Gent"),
                      ("64.500 euro", 64500, "vzw Opstap Oostende – Oostende"),
                      ("97.250 euro", 97250, "Jongerenwerking Horizon Zuid – Anderlecht"),
                      ("71.300 euro", 71300, "Media-atelier Brandpunt vzw – Hasselt")]:
    add("R24", 1, "text", raw, eur, lab)
add("R24", 1, "budget", "321.050 euro", 321050, "2024-2025")


def build():
    items = load_items()
    out = []
    for item, entry_no, loc, raw, eur, bd, lab in A:
        check_raw(items, item, entry_no, "budget" if loc == "budget" else "description", raw)
        out.append(dict(item=item, action_id=items[item]["action_id"], where="entry", entry_no=entry_no,
                        location=loc, raw=raw, amount_eur=eur, breakdown=bd, label=lab))
    write_jsonl(os.path.join(SET, "amounts.jsonl"), out)
    print("amounts:", len(out))


if __name__ == "__main__":
    build()
