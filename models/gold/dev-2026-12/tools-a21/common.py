"""Shared checks and writer for the blind meeting gold of dev-2026-12 (SYNTHETIC, writer w21), annotator a21.

Report date 2026-12-01; reporting period June - November 2026.
A record is a tuple (item, entry_no, raw, body, count, frequency, dates, planned, reason);
entry_no None means where = "description" (none used: the descriptions are the real 2017 plan texts).
Judgement calls are explained in ../NOTES-a21.md (tags D1 ... Dn in the reasons).

Run a batch on its own:  python3 common.py items_a   (checks only, writes nothing)
"""
import datetime
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT = os.path.join(HERE, '..', 'text.jsonl')
OUT = os.path.join(HERE, '..', 'meetings.jsonl')
REPORT_DATE = '2026-12-01'
PERIOD_START = '2026-06-01'
LAST_PLAN_DATE = '2027-12-31'
KEYS = ["item", "action_id", "where", "entry_no", "raw", "body", "count", "frequency", "dates", "planned"]

# Wording that announces a future meeting. planned=True without a date after the report date needs one of these;
# planned=False with one of these (and no date after the report date) needs the tag [not-future] in the reason.
FUTURE_WORDS = re.compile(r"\b(zal|zullen|gepland|voorzien|plant|plannen|volgt|opnieuw|voortaan|vastgelegd|"
                          r"eerstvolgende|2027)\b")
TAG_RE = re.compile(r"<[^>]*>")

F = False
T = True


def load_items():
    items = {}
    with open(TEXT, encoding="utf-8") as fh:
        for line in fh:
            it = json.loads(line)
            items[it["item"]] = it
    return items


def _valid_iso(d):
    try:
        return datetime.date.fromisoformat(d).isoformat() == d
    except (TypeError, ValueError):
        return False


def to_records(tuples, items):
    """Check the tuples; return (records as dicts in key order, problems)."""
    problems = []
    out = []
    for rec in tuples:
        if not isinstance(rec, tuple) or len(rec) != 9:
            problems.append(f"bad tuple {str(rec)[:80]}")
            continue
        item, entry_no, raw, body, count, freq, dates, planned, reason = rec
        it = items.get(item)
        if it is None:
            problems.append(f"{item}: unknown item")
            continue
        if entry_no is None:
            field, where = it["description"], "description"
        else:
            ents = [e for e in it["entries"] if e["entry_no"] == entry_no]
            if not ents:
                problems.append(f"{item} e{entry_no}: no such entry")
                continue
            field, where = ents[0]["description"], "entry"
        tag = f"{item} e{entry_no} {raw[:60]!r}"
        if not isinstance(raw, str) or not raw or raw not in field:
            problems.append(f"{tag}: raw not an exact substring of the entry description")
        if TAG_RE.search(raw) or "<" in raw or ">" in raw:
            problems.append(f"{tag}: raw holds an HTML tag")
        if raw != raw.strip():
            problems.append(f"{tag}: raw has outer whitespace")
        if not isinstance(body, str) or not body or body != body.strip() or "  " in body:
            problems.append(f"{tag}: bad body {body!r}")
        if count is not None and (type(count) is not int or count < 1):
            problems.append(f"{tag}: count not a positive int: {count!r}")
        if freq is not None and (not isinstance(freq, str) or not freq.strip() or freq != freq.strip()):
            problems.append(f"{tag}: bad frequency {freq!r}")
        if freq is not None and freq not in raw:
            problems.append(f"{tag}: frequency not printed in raw: {freq!r}")
        if not isinstance(dates, list):
            problems.append(f"{tag}: dates not a list")
            dates = []
        for d in dates:
            if not _valid_iso(d):
                problems.append(f"{tag}: bad ISO date {d!r}")
            elif not (PERIOD_START <= d <= LAST_PLAN_DATE):
                problems.append(f"{tag}: date outside the period and its plans: {d}")
        if dates != sorted(dates) or len(set(dates)) != len(dates):
            problems.append(f"{tag}: dates not sorted and unique {dates}")
        if not isinstance(planned, bool):
            problems.append(f"{tag}: planned not a bool")
        after = [d for d in dates if d > REPORT_DATE]
        if after and not planned:
            problems.append(f"{tag}: a date after the report date but planned false")
        if planned and dates and len(after) != len(dates):
            problems.append(f"{tag}: planned true with a date on or before the report date")
        if planned and not dates and not FUTURE_WORDS.search(raw):
            problems.append(f"{tag}: planned true without a future date or future wording")
        if not planned and FUTURE_WORDS.search(raw) and "[not-future]" not in (reason or ""):
            problems.append(f"{tag}: future wording but planned false (tag [not-future] if meant)")
        if not reason or not isinstance(reason, str):
            problems.append(f"{tag}: no reason")
        out.append(dict(zip(KEYS, [item, it["action_id"], where, entry_no, raw, body, count, freq,
                                   list(dates), planned])))
    seen = set()
    for o in out:
        k = (o["item"], o["entry_no"], o["raw"], o["body"])
        if k in seen:
            problems.append(f"duplicate record {k}")
        seen.add(k)
    seen2 = set()
    for o in out:
        k = json.dumps(o, ensure_ascii=False, sort_keys=True)
        if k in seen2:
            problems.append(f"identical records {o['item']} {o['raw'][:50]!r}")
        seen2.add(k)
    return out, problems


def summary(out):
    per_item = {}
    for o in out:
        per_item.setdefault(o["item"], [0, 0])
        per_item[o["item"]][0] += 1
        per_item[o["item"]][1] += int(o["planned"])
    return per_item


def write(out, path=OUT):
    with open(path, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(path, encoding="utf-8") as fh:
        back = [json.loads(l) for l in fh]
    problems = []
    if back != out:
        problems.append("output does not re-parse to the same records")
    for b in back:
        if list(b.keys()) != KEYS:
            problems.append(f"key order {list(b.keys())}")
    return problems


def report(out, problems, label):
    per = summary(out)
    print(f"{label}: records {len(out)}, planned {sum(o['planned'] for o in out)}")
    print("  per item: " + ", ".join(f"{k} {v[0]} ({v[1]}p)" for k, v in sorted(per.items())))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        return False
    print("  checks OK: raws exact substrings without tags, bodies clean, counts positive ints, ISO dates sorted/unique,"
          " planned consistent with 2026-12-01, no duplicates")
    return True


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    ok = True
    for name in sys.argv[1:]:
        mod = importlib.import_module(name)
        out, problems = to_records(mod.R, load_items())
        ok = report(out, problems, name) and ok
    sys.exit(0 if ok else 1)
