"""Shared helpers for the d16 annotation of dev-2024-12 (blind; reads only text.jsonl)."""
import json, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
TEXT = os.path.join(SET, "text.jsonl")


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


def load_items():
    items = {}
    for line in open(TEXT, encoding="utf-8"):
        r = json.loads(line)
        items[r["item"]] = r
    return items


def field_text(items, item, entry_no, field):
    """field: 'description' (item description when entry_no is None, else entry description) or 'budget'."""
    it = items[item]
    if entry_no is None:
        assert field == "description"
        return it["description"]
    e = [e for e in it["entries"] if e["entry_no"] == entry_no]
    assert len(e) == 1, (item, entry_no)
    return e[0]["budget_text"] if field == "budget" else e[0]["description"]


def check_raw(items, item, entry_no, field, raw):
    t = field_text(items, item, entry_no, field)
    if raw in t or raw in strip_tags(t):
        return True
    raise AssertionError(f"raw not found: {item} e{entry_no} {field}: {raw!r}")


def write_jsonl(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
