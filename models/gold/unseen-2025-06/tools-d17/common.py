"""d17: shared helpers for the unseen-2025-06 dates/amounts build scripts."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
TEXT = os.path.join(SET, "text.jsonl")


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


def load_items():
    items = {}
    with open(TEXT, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            items[d["item"]] = d
    return items


ITEMS = load_items()


def field_text(item, where, entry_no, field):
    """field: 'description' or 'budget_text' (entries); item description for where='description'."""
    it = ITEMS[item]
    if where == "description":
        assert entry_no is None
        return it["description"]
    for e in it["entries"]:
        if e["entry_no"] == entry_no:
            return e[field]
    raise KeyError((item, entry_no))


def check_raw(item, where, entry_no, field, raw):
    t = field_text(item, where, entry_no, field)
    if raw not in t and raw not in strip_tags(t):
        raise SystemExit(f"raw not found: {item} {where} {entry_no} {field}: {raw!r}")


def write_jsonl(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
