"""Shared helpers for d18's blind date/amount annotation of unseen-2026-06 (SYNTHETIC).

Field codes used in the build scripts:
  "d"  -> the item's description            (where=description, entry_no=None)
  "o"  -> the item's other_parties_text     (where=other_parties, entry_no=None)
  "eN" -> entry N's description             (where=entry, entry_no=N, location=text)
  "bN" -> entry N's budget_text             (where=entry, entry_no=N, location=budget)
"""
import calendar
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
TEXT = os.path.join(SET, "text.jsonl")
REPORT_DATE = "2026-06-01"


def load_items():
    items = {}
    for line in open(TEXT, encoding="utf-8"):
        d = json.loads(line)
        items[d["item"]] = d
    return items


def field_text(item, code):
    if code == "d":
        return item["description"]
    if code == "o":
        return item["other_parties_text"]
    n = int(code[1:])
    e = [e for e in item["entries"] if e["entry_no"] == n]
    assert len(e) == 1, (item["item"], code)
    e = e[0]
    return e["description"] if code[0] == "e" else e["budget_text"]


def where_of(code):
    if code == "d":
        return "description", None
    if code == "o":
        return "other_parties", None
    return "entry", int(code[1:])


def all_fields(item):
    out = [("d", item["description"]), ("o", item["other_parties_text"])]
    for e in item["entries"]:
        out.append(("e%d" % e["entry_no"], e["description"]))
        out.append(("b%d" % e["entry_no"], e["budget_text"]))
    return out


def occurrences(text, raw):
    """Start offsets of raw in text, not glued to a letter/digit on either side."""
    pat = r"(?<![0-9A-Za-zÀ-ÿ])" + re.escape(raw) + r"(?![0-9A-Za-zÀ-ÿ])"
    return [m.start() for m in re.finditer(pat, text)]


def assign_spans(recs, items):
    """Give every record (dict with item, _field, raw, optional _ctx) a span in its field.
    Longer raws first; an occurrence overlapping an already assigned span is skipped.
    With _ctx the raw is located inside the first occurrence of _ctx."""
    taken = {}
    spans = [None] * len(recs)
    order = sorted(range(len(recs)), key=lambda i: -len(recs[i]["raw"]))
    for i in order:
        r = recs[i]
        key = (r["item"], r["_field"])
        text = field_text(items[r["item"]], r["_field"])
        used = taken.setdefault(key, [])
        if r.get("_ctx"):
            c = text.find(r["_ctx"])
            assert c >= 0, ("ctx not found", r)
            off = r["_ctx"].find(r["raw"])
            assert off >= 0, ("raw not in ctx", r)
            cands = [c + off]
        else:
            cands = occurrences(text, r["raw"])
        ok = None
        for s in cands:
            e = s + len(r["raw"])
            if all(e <= a or s >= b for a, b in used):
                ok = (s, e)
                break
        assert ok, ("no free occurrence", r["item"], r["_field"], r["raw"])
        used.append(ok)
        spans[i] = ok
    return spans


# ---- period helpers (start, end, granularity) ----
def _last(y, m):
    return calendar.monthrange(y, m)[1]


def day(s):
    return (s, s, "day")


def days(s, e):
    return (s, e, "day")


def month(ym):
    y, m = map(int, ym.split("-"))
    return ("%04d-%02d-01" % (y, m), "%04d-%02d-%02d" % (y, m, _last(y, m)), "month")


def months(ym1, ym2):
    a = month(ym1)[0]
    b = month(ym2)[1]
    return (a, b, "month")


def part_of_month(ym, part):
    y, m = map(int, ym.split("-"))
    rng = {"begin": (1, 10), "midden": (11, 20), "eind": (21, _last(y, m)),
           "half2": (16, _last(y, m)), "half1": (1, 15)}[part]
    return ("%04d-%02d-%02d" % (y, m, rng[0]), "%04d-%02d-%02d" % (y, m, rng[1]), "part_of_month")


def part_of_year(y, part):
    rng = {"begin": ("01-01", "04-30"), "midden": ("05-01", "08-31"), "eind": ("09-01", "12-31")}[part]
    return ("%d-%s" % (y, rng[0]), "%d-%s" % (y, rng[1]), "part_of_year")


def season(name, y):
    if name in ("voorjaar", "lente"):
        return ("%d-03-01" % y, "%d-05-31" % y, "season")
    if name == "zomer":
        return ("%d-06-01" % y, "%d-08-31" % y, "season")
    if name in ("najaar", "herfst"):
        return ("%d-09-01" % y, "%d-11-30" % y, "season")
    if name == "winter":
        return ("%d-12-01" % y, "%d-02-%02d" % (y + 1, _last(y + 1, 2)), "season")
    raise ValueError(name)


def year(y):
    return ("%d-01-01" % y, "%d-12-31" % y, "year")


def years(y1, y2):
    return ("%d-01-01" % y1, "%d-12-31" % y2, "years")


def school_year(y1):
    return ("%d-09-01" % y1, "%d-08-31" % (y1 + 1), "school_year")
