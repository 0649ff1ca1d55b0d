"""d17: validate dates.jsonl and amounts.jsonl of unseen-2025-06."""
import json, os, re, datetime
from common import SET, ITEMS, field_text, strip_tags

REPORT = datetime.date(2025, 6, 1)
DK = ["item", "action_id", "where", "entry_no", "raw", "start", "end", "granularity", "relation", "planned"]
AK = ["item", "action_id", "where", "entry_no", "location", "raw", "amount_eur", "breakdown", "label"]
REL = {None, "since", "from", "until", "by", "before", "after"}
GRAN = {"day", "month", "part_of_month", "season", "part_of_year", "year", "school_year", "years"}
err = []


def occ(text, raw):
    return len(re.findall(r"(?<![\w])" + re.escape(raw) + r"(?![\w])", text))


def fields_for(r, kind):
    if r["where"] == "description":
        return [ITEMS[r["item"]]["description"]]
    if kind == "amounts":
        return [field_text(r["item"], "entry", r["entry_no"], "budget_text" if r["location"] == "budget" else "description")]
    return [field_text(r["item"], "entry", r["entry_no"], "description"),
            field_text(r["item"], "entry", r["entry_no"], "budget_text")]


for kind, keys in (("dates", DK), ("amounts", AK)):
    recs = []
    with open(os.path.join(SET, kind + ".jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err.append(f"{kind}:{n} parse {e}"); continue
            recs.append(r)
            if list(r) != keys:
                err.append(f"{kind}:{n} keys {list(r)}")
            it = ITEMS.get(r["item"])
            if not it or it["action_id"] != r["action_id"]:
                err.append(f"{kind}:{n} item/action")
            if r["where"] == "entry":
                if r["entry_no"] not in [e["entry_no"] for e in it["entries"]]:
                    err.append(f"{kind}:{n} entry_no")
            elif r["where"] != "description" or r["entry_no"] is not None:
                err.append(f"{kind}:{n} where")
            fs = fields_for(r, kind)
            if not any(r["raw"] in t or r["raw"] in strip_tags(t) for t in fs):
                err.append(f"{kind}:{n} raw not in field: {r['raw']}")
            if kind == "dates":
                s = datetime.date.fromisoformat(r["start"]); e = datetime.date.fromisoformat(r["end"])
                if s > e: err.append(f"dates:{n} start>end")
                if r["relation"] not in REL: err.append(f"dates:{n} relation")
                if r["granularity"] not in GRAN: err.append(f"dates:{n} granularity")
                if not isinstance(r["planned"], bool): err.append(f"dates:{n} planned type")
                if s > REPORT and not r["planned"]: err.append(f"dates:{n} start after report but not planned")
                if r["relation"] == "since" and r["planned"]: err.append(f"dates:{n} since planned")
                if r["relation"] in ("until", "by", "from") and e > REPORT and not r["planned"]:
                    err.append(f"dates:{n} {r['relation']} ending after report not planned")
                if r["planned"] and e < REPORT and r["relation"] is None:
                    err.append(f"dates:{n} planned but wholly past (check)")
                if r["granularity"] == "day" and r["start"] == r["end"]:
                    pass
            else:
                if not isinstance(r["amount_eur"], float): err.append(f"amounts:{n} amount type")
                if r["location"] not in ("budget", "text"): err.append(f"amounts:{n} location")
    # multiplicity: records with the same raw in one field <= word-bounded occurrences
    cnt = {}
    for r in recs:
        fs = fields_for(r, kind)
        k = (r["item"], r["where"], r["entry_no"], r.get("location"), r["raw"])
        cnt[k] = cnt.get(k, 0) + 1
    for k, c in cnt.items():
        r = {"item": k[0], "where": k[1], "entry_no": k[2], "location": k[3]}
        o = sum(occ(strip_tags(t), k[4]) for t in fields_for(r, kind))
        if c > o:
            err.append(f"{kind}: {k} {c} records > {o} occurrences")
    print(kind, len(recs), "records")

print("\n".join(err) if err else "all checks pass")
