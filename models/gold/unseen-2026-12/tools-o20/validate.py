"""Checks the three jsonl files of o20: every line parses; field order as dev-2024-12; item/action_id/entry_no
exist; every raw an exact substring of the field it names (description, other_parties_text, the entry's
description or, for budget rows, budget_text); dates valid ISO with start <= end, allowed relation/granularity,
planned consistent with the report date; amounts numeric."""
import datetime as dt
import json
from common import ITEMS, SET, REPORT_DATE

ORDER = {
    "organisations": ["item", "action_id", "where", "entry_no", "mention", "canonical", "raw"],
    "dates": ["item", "action_id", "where", "entry_no", "raw", "start", "end", "granularity", "relation", "planned"],
    "amounts": ["item", "action_id", "where", "entry_no", "location", "raw", "amount_eur", "breakdown", "label"],
}
GRAN = {"day", "month", "part_of_month", "season", "part_of_year", "year", "school_year", "years"}
REL = {None, "since", "from", "until", "by", "before", "after"}
RD = dt.date.fromisoformat(REPORT_DATE)
problems = []


def fields_of(r):
    d = ITEMS[r["item"]]
    assert d["action_id"] == r["action_id"], r
    if r["where"] == "description":
        assert r["entry_no"] is None
        return [d["description"]]
    if r["where"] == "other_parties":
        assert r["entry_no"] is None
        return [d["other_parties_text"]]
    e = [e for e in d["entries"] if e["entry_no"] == r["entry_no"]]
    assert len(e) == 1, r
    if r.get("location") == "budget":
        return [e[0]["budget_text"]]
    if r.get("location") == "text":
        return [e[0]["description"]]
    return [e[0]["description"], e[0]["budget_text"]]   # dates carry no location


for kind, order in ORDER.items():
    n = 0
    for line in open(SET / f"{kind}.jsonl", encoding="utf-8"):
        r = json.loads(line)
        n += 1
        keys = list(r)
        exp = order + (["location"] if kind == "organisations" and "location" in r else [])
        if keys != exp:
            problems.append((kind, "keys", r))
        if not any(r["raw"] in f for f in fields_of(r)):
            problems.append((kind, "raw not in field", r))
        if kind == "organisations":
            if r["where"] == "other_parties" and "location" in r:
                problems.append((kind, "location on party", r))
            if r["mention"] != r["raw"] or not r["canonical"]:
                problems.append((kind, "mention/canonical", r))
        if kind == "dates":
            s, e = dt.date.fromisoformat(r["start"]), dt.date.fromisoformat(r["end"])
            if s > e:
                problems.append((kind, "start>end", r))
            if r["granularity"] not in GRAN or r["relation"] not in REL:
                problems.append((kind, "gran/rel", r))
            if s > RD and not r["planned"]:
                problems.append((kind, "future not planned", r))
            if r["relation"] == "since" and r["planned"]:
                problems.append((kind, "since planned", r))
            if r["relation"] in ("until", "by", "from") and e > RD and not r["planned"]:
                problems.append((kind, "until/by/from ending later not planned", r))
            if r["planned"] and e < RD and r["relation"] is None:
                problems.append((kind, "planned but wholly past (check tense)", r))
        if kind == "amounts":
            if not isinstance(r["amount_eur"], float) or r["location"] not in ("budget", "text"):
                problems.append((kind, "amount", r))
    print(kind, n, "records")
for p in problems:
    print("PROBLEM", p)
print("OK" if not problems else f"{len(problems)} problems")
