"""Shared helpers for the o17 organisation annotation of unseen-2025-06 (SYNTHETIC, held out)."""
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
    if where == "description":
        return item["description"]
    if where == "other_parties":
        return item["other_parties_text"]
    e = [e for e in item["entries"] if e["entry_no"] == entry_no][0]
    return e["budget_text"] if location == "budget" else e["description"]


def _bounded(text, i, raw):
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(raw)] if i + len(raw) < len(text) else " "
    ok_b = not (before.isalnum() and raw[0].isalnum())
    ok_a = not (after.isalnum() and raw[-1].isalnum())
    return ok_b and ok_a


def find_free(text, raw, start, used):
    """Next word-bounded occurrence of raw at or after start that overlaps no used span."""
    i = text.find(raw, start)
    while i >= 0:
        if _bounded(text, i, raw) and not any(a < i + len(raw) and i < b for a, b in used):
            return i
        i = text.find(raw, i + 1)
    return -1
