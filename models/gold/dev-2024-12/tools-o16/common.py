"""Shared helpers for the o16 organisation annotation of dev-2024-12 (SYNTHETIC)."""
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
