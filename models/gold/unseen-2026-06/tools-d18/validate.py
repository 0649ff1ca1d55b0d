"""Checks dates.jsonl and amounts.jsonl of unseen-2026-06 (d18)."""
import datetime
import json
import os
import re

from common import REPORT_DATE, SET, load_items

DATE_KEYS = ["item", "action_id", "where", "entry_no", "raw", "start", "end", "granularity", "relation", "planned"]
AMT_KEYS = ["item", "action_id", "where", "entry_no", "location", "raw", "amount_eur", "breakdown", "label"]
RELS = {None, "since", "from", "until", "by", "before", "after"}
GRANS = {"day", "month", "part_of_month", "season", "part_of_year", "year", "school_year", "years"}


def fields_for(item, where, entry_no, location=None):
    if where == "description":
        return [item["description"]]
    if where == "other_parties":
        return [item["other_parties_text"]]
    e = [e for e in item["entries"] if e["entry_no"] == entry_no]
    assert len(e) == 1, (item["item"], entry_no)
    e = e[0]
    if location == "budget":
        return [e["budget_text"]]
    if location == "text":
        return [e["description"]]
    return [e["description"], e["budget_text"]]


def parse_amount(raw):
    s = raw.replace("€", "").replace("EUR", "").replace("euro", "").strip()
    mult = 1
    if "miljoen" in s:
        mult = 1_000_000
        s = s.replace("miljoen", "").strip()
    s = s.replace(".", "").replace(" ", "").replace("\u00a0", "").replace(",", ".")
    return round(float(s) * mult, 2)


def main():
    items = load_items()
    errors = []
    rd = datetime.date.fromisoformat(REPORT_DATE)
    n = 0
    for line in open(os.path.join(SET, "dates.jsonl"), encoding="utf-8"):
        n += 1
        d = json.loads(line)
        if list(d) != DATE_KEYS:
            errors.append(("date keys", d))
        it = items.get(d["item"])
        if not it or it["action_id"] != d["action_id"]:
            errors.append(("date item/action", d))
            continue
        if d["where"] == "entry" and not isinstance(d["entry_no"], int):
            errors.append(("entry_no", d))
        if d["where"] != "entry" and d["entry_no"] is not None:
            errors.append(("entry_no not null", d))
        if not any(d["raw"] in f for f in fields_for(it, d["where"], d["entry_no"])):
            errors.append(("raw not substring", d))
        s = datetime.date.fromisoformat(d["start"])
        e = datetime.date.fromisoformat(d["end"])
        if s > e:
            errors.append(("start>end", d))
        if d["relation"] not in RELS or d["granularity"] not in GRANS:
            errors.append(("rel/gran", d))
        if s > rd and not d["planned"]:
            errors.append(("starts after report date but not planned", d))
        if d["relation"] == "since" and d["planned"]:
            errors.append(("since planned", d))
        if d["relation"] in ("until", "by", "from") and e > rd and not d["planned"]:
            errors.append(("until/by/from ending after report date not planned", d))
        if d["relation"] in ("until", "by", "from") and e <= rd and d["planned"]:
            errors.append(("until/by/from ended but planned (check)", d))
        if d["planned"] and e < rd and d["relation"] is None:
            errors.append(("planned but period over (check)", d))
        if d["granularity"] == "day" and d["start"] == d["end"]:
            pass
        if d["granularity"] == "school_year" and not (d["start"].endswith("09-01") and d["end"].endswith("08-31")):
            errors.append(("school year bounds", d))
    m = 0
    for line in open(os.path.join(SET, "amounts.jsonl"), encoding="utf-8"):
        m += 1
        a = json.loads(line)
        if list(a) != AMT_KEYS:
            errors.append(("amount keys", a))
        it = items.get(a["item"])
        if not it or it["action_id"] != a["action_id"]:
            errors.append(("amount item/action", a))
            continue
        if a["location"] not in ("budget", "text"):
            errors.append(("location", a))
        if not any(a["raw"] in f for f in fields_for(it, a["where"], a["entry_no"], a["location"])):
            errors.append(("amount raw not substring of its field", a))
        if parse_amount(a["raw"]) != a["amount_eur"]:
            errors.append(("amount value", a, parse_amount(a["raw"])))
        if not isinstance(a["amount_eur"], float):
            errors.append(("amount not float", a))
    for e in errors:
        print("ERROR", e)
    print("dates %d, amounts %d, errors %d" % (n, m, len(errors)))
    return not errors


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
