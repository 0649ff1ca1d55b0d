"""Shared helpers for o20's blind annotation of unseen-2026-12 (SYNTHETIC, report date 2026-12-01).

Every record is spelled out by hand in the build scripts; this module only locates each `raw` in the
field it names (exact substring of the field as stored), claims one free, word-bounded occurrence per
record (so a field never has more records of a raw than occurrences), and writes the jsonl files.
"""
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
SET = HERE.parent
REPORT_DATE = "2026-12-01"


def load_items():
    items = {}
    for line in open(SET / "text.jsonl", encoding="utf-8"):
        d = json.loads(line)
        items[d["item"]] = d
    return items


ITEMS = load_items()


def field_text(item, where, entry_no=None, budget=False):
    d = ITEMS[item]
    if where == "description":
        return d["description"]
    if where == "other_parties":
        return d["other_parties_text"]
    if where == "entry":
        e = [e for e in d["entries"] if e["entry_no"] == entry_no]
        assert len(e) == 1, (item, entry_no)
        return e[0]["budget_text"] if budget else e[0]["description"]
    raise ValueError(where)


TAG = re.compile(r"<[^>]+>")


def tag_spans(text):
    return [(m.start(), m.end()) for m in TAG.finditer(text)]


def bounded(text, i, j):
    """True when text[i:j] is a whole token: not glued to a letter, digit, '-', '/', '_', '@' on either side,
    nor to a '.' that continues a word (an address such as "vvsg.be")."""
    glue = lambda c: c.isalnum() or c in "-_@"
    if text[i].isdigit() or text[j - 1].isdigit():
        glue = lambda c: c.isalnum() or c in "-/_@"  # "12/6" is not inside "12/6/2025"
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    after2 = text[j + 1] if j + 1 < len(text) else " "
    if text[i].isalnum() and (glue(before) or before == "."):
        return False
    if text[j - 1].isalnum() or text[j - 1] == "!":
        if glue(after):
            return False
        if after == "." and after2.isalnum():
            return False
    return True


class Claims:
    """Per-field claimed spans; each record claims the first free bounded occurrence (inside ctx if given)."""

    def __init__(self):
        self.spans = {}

    def claim(self, key, text, raw, ctx=None, nth=0):
        assert raw in text, f"raw not in field: {key} {raw!r}"
        taken = self.spans.setdefault(key, [])
        tags = tag_spans(text)
        lo = 0
        if ctx is not None:
            starts = [m.start() for m in re.finditer(re.escape(ctx), text)]
            assert starts, f"ctx not in field: {key} {ctx!r}"
            assert len(starts) > nth, f"ctx occurrence {nth} missing: {key} {ctx!r}"
            lo = starts[nth]
            hi = lo + len(ctx)
        else:
            hi = len(text)
        i = text.find(raw, lo)
        while i != -1 and i + len(raw) <= hi:
            j = i + len(raw)
            free = all(j <= a or i >= b for a, b in taken)
            intag = any(a <= i < b for a, b in tags)
            if free and not intag and bounded(text, i, j):
                taken.append((i, j))
                return (i, j)
            i = text.find(raw, i + 1)
        raise AssertionError(f"no free bounded occurrence: {key} {raw!r} ctx={ctx!r}")


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # every line parses back
    for line in open(path, encoding="utf-8"):
        json.loads(line)
