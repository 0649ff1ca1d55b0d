"""Checks the three jsonl files of o21 (adapted from o19): every line parses; field order as dev-2025-12 / dev-2024-12; item/action_id/entry_no
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


# --- o21 additions -------------------------------------------------------------------------------------------
# (1) a parse of the raw itself for day/month records, compared with start/end (catches typing slips);
# (2) no bare month raw that is the tail of a day expression ("30 september" claimed as "september");
# (3) amounts: amount_eur parsed from the raw (Dutch notation) equals the record's value;
# (4) organisations: a budget-cell record carries location "budget" and its raw is in budget_text.
import re
MONTHS = {m: i + 1 for i, m in enumerate("januari februari maart april mei juni juli augustus september oktober "
                                         "november december".split())}
extra = []
for line in open(SET / "dates.jsonl", encoding="utf-8"):
    r = json.loads(line)
    raw = r["raw"]
    m = re.fullmatch(r"(?:\w+ )*?(\d{1,2}) (" + "|".join(MONTHS) + r")(?: (\d{4}))?", raw)
    m2 = re.fullmatch(r"(?:\w+ )*?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?", raw)
    got = None
    if m:
        got = (int(m.group(3)) if m.group(3) else None, MONTHS[m.group(2)], int(m.group(1)))
    elif m2:
        y = m2.group(3)
        y = None if not y else (int(y) + 2000 if len(y) == 2 else int(y))
        got = (y, int(m2.group(2)), int(m2.group(1)))
    if got and r["granularity"] == "day" and r["start"] == r["end"]:
        s = dt.date.fromisoformat(r["start"])
        if (got[0] not in (None, s.year)) or got[1] != s.month or got[2] != s.day:
            extra.append(("date raw/value mismatch", r))
    mm = re.fullmatch(r"(?:\w+ )*?(" + "|".join(MONTHS) + r")(?: (\d{4}))?", raw)
    if mm and r["granularity"] == "month" and r["start"][:7] == r["end"][:7]:
        s = dt.date.fromisoformat(r["start"])
        if MONTHS[mm.group(1)] != s.month or (mm.group(2) and int(mm.group(2)) != s.year):
            extra.append(("month raw/value mismatch", r))
# (2) where each bare month raw was claimed: not right after a day number ("30 september")
from build_dates import build as _bd
from common import field_text
_, _dc = _bd()
for (item, where, n, budget), spans in _dc.spans.items():
    text = ITEMS[item]["description"] if where == "description" else field_text(item, "entry", n, budget=budget)
    for i, j in spans:
        if text[i:j].lower() in MONTHS and re.search(r"\d\s$", text[:i]) and not re.search(r"\d\s(?:en|tot)\s$", text[:i]):
            extra.append(("bare month claimed inside a day expression", item, n, text[max(0, i - 15):j]))
for line in open(SET / "amounts.jsonl", encoding="utf-8"):
    r = json.loads(line)
    num = re.search(r"\d[\d.]*(?:,\d+)?", r["raw"]).group()
    val = float(num.replace(".", "").replace(",", "."))
    if "miljoen" in r["raw"]:
        val *= 1_000_000
    if abs(val - r["amount_eur"]) > 0.001:
        extra.append(("amount value mismatch", r))
for line in open(SET / "organisations.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if r.get("location") == "budget":
        e = [e for e in ITEMS[r["item"]]["entries"] if e["entry_no"] == r["entry_no"]][0]
        if r["raw"] not in e["budget_text"]:
            extra.append(("budget org raw not in budget_text", r))
for p in extra:
    print("PROBLEM", p)
print("extra checks OK" if not extra else f"{len(extra)} extra problems")
