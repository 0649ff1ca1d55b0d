#!/usr/bin/env python3
"""Build ../../meetings.jsonl (unseen-2026-06, adjudicator j18) from meetings-a.jsonl plus the decisions.

Base: A's file (A's raws; the two files align record by record and differ only in raws and in
six body values). Every decision below changes one `body`; no record is added or removed. See ../ADJUDICATION.md.

Checks: every output line parses as JSON; every line has the key order item, action_id, where, entry_no, raw,
body, count, frequency, dates, planned; every `raw` is an exact substring of its field in ../../text.jsonl as
stored (the item's description, or the entry's description / budget_text); every date is an ISO day; every date
after the report date 2026-06-01 is planned; each decision matched exactly the number of records it names.
Then the comparison of A and B against the result is printed (tools-adj/compare.py).

Run: python3 tools-adj/adjudicate.py   (from reannotation/, or anywhere)
"""
import datetime
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
REANN = HERE.parent
SET = REANN.parent
TEXT = SET / "text.jsonl"
A_FILE = REANN / "meetings-a.jsonl"
B_FILE = REANN / "meetings-b.jsonl"
OUT = SET / "meetings.jsonl"
REPORT_DATE = datetime.date(2026, 6, 1)
KEYS = ["item", "action_id", "where", "entry_no", "raw", "body", "count", "frequency", "dates", "planned"]

# (decision no., item, body in A, adjudicated body, number of records it applies to)
DECISIONS = [
    (1, "V09", "stuurgroep traject Tielt", "stuurgroep Tieltse traject", 1),            # B
    (2, "V09", "stuurgroepen Tielt en Zaventem", "stuurgroepen Tielt en Zaventem", 1),  # A (kept)
    (3, "V18", "lerend netwerk Opgroeien", "lerend netwerk referentieconsulenten", 3),  # B
    (4, "V20", "regionale groepen lerarennetwerk Democratie in de klas",
     "regionale groepen lerarennetwerk Democratie in de klas", 1),                       # A (kept)
]


def load(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def main():
    items = {it["item"]: it for it in load(TEXT)}
    recs = load(A_FILE)
    used = {d[0]: 0 for d in DECISIONS}
    for r in recs:
        for no, item, old, new, _n in DECISIONS:
            if r["item"] == item and r["body"] == old:
                r["body"] = new
                used[no] += 1
    for no, item, old, new, n in DECISIONS:
        assert used[no] == n, f"decision {no}: matched {used[no]} records, expected {n}"

    errors = []
    for i, r in enumerate(recs, 1):
        if list(r.keys()) != KEYS:
            errors.append(f"line {i}: key order {list(r.keys())}")
        it = items.get(r["item"])
        if it is None or it["action_id"] != r["action_id"]:
            errors.append(f"line {i}: unknown item/action {r['item']} {r['action_id']}")
            continue
        if r["where"] == "description":
            fields = [it["description"]]
        elif r["where"] == "entry":
            e = [e for e in it["entries"] if e["entry_no"] == r["entry_no"]]
            fields = [e[0]["description"], e[0]["budget_text"]] if e else []
        else:
            fields = [it["other_parties_text"]]
        if not any(r["raw"] in f for f in fields):
            errors.append(f"line {i}: raw not an exact substring of its field: {r['raw'][:60]}")
        if "<" in r["raw"] or ">" in r["raw"]:
            errors.append(f"line {i}: tag inside raw")
        for d in r["dates"]:
            day = datetime.date.fromisoformat(d)
            if day > REPORT_DATE and not r["planned"]:
                errors.append(f"line {i}: date {d} after report date but not planned")
        if r["count"] is not None and not isinstance(r["count"], int):
            errors.append(f"line {i}: count not int")
    if errors:
        sys.exit("\n".join(errors))

    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-parse what was written
    back = load(OUT)
    assert len(back) == len(recs) and all(list(r.keys()) == KEYS for r in back)
    print(f"wrote {OUT.relative_to(SET.parent.parent.parent)}: {len(back)} records, "
          f"{sum(r['planned'] for r in back)} planned; all checks pass")

    sys.path.insert(0, str(HERE))
    from compare import compare
    for label, p in (("A", A_FILE), ("B", B_FILE)):
        na, nb, agree, f1, ao, bo = compare(load(p), back)
        print(f"{label} vs adjudicated: {label}={na} adj={nb} agree={agree} F1={f1:.3f}")


if __name__ == "__main__":
    main()
