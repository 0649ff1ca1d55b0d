"""Shared helpers for the o18 organisation annotation of unseen-2026-06 (SYNTHETIC, held out)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


def load_items():
    items = {}
    with open(os.path.join(SET, "text.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            items[r["item"]] = r
    return items


def field_text(item, where, entry_no, location=None):
    """The field exactly as stored in text.jsonl (tags included)."""
    if where == "description":
        return item["description"]
    if where == "other_parties":
        return item["other_parties_text"]
    e = [e for e in item["entries"] if e["entry_no"] == entry_no][0]
    return e["budget_text"] if location == "budget" else e["description"]


def bounded(text, i, raw):
    """raw at text[i:] is word-bounded: no word character (or hyphen, so that a bare acronym never takes
    the occurrence inside a compound such as 'VVSG-project') right before or right after."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(raw)] if i + len(raw) < len(text) else " "
    return not re.match(r"[\w-]", before) and not re.match(r"[\w-]", after)


def overlaps(a, b, used):
    return any(a < y and x < b for x, y in used)
