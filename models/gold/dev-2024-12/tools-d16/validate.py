"""d16: validate dates.jsonl / amounts.jsonl of dev-2024-12 (parse, fields, raws, ISO, relations)."""
import json, os, datetime
from common import load_items, check_raw, SET

DATE_KEYS = ["item", "action_id", "where", "entry_no", "raw", "start", "end", "granularity", "relation", "planned"]
AMT_KEYS = ["item", "action_id", "where", "entry_no", "location", "raw", "amount_eur", "breakdown", "label"]
RELS = {None, "since", "from", "until", "by", "before", "after"}
GRANS = {"day", "month", "part_of_month", "season", "part_of_year", "year", "school_year", "years"}
REPORT = datetime.date(2024, 12, 1)


def main():
    items = load_items()
    n = 0
    for line in open(os.path.join(SET, "dates.jsonl"), encoding="utf-8"):
        r = json.loads(line); n += 1
        assert list(r) == DATE_KEYS, r
        it = items[r["item"]]
        assert r["action_id"] == it["action_id"], r
        assert (r["where"] == "description") == (r["entry_no"] is None), r
        if r["entry_no"] is not None:
            assert r["entry_no"] in [e["entry_no"] for e in it["entries"]], r
            try:
                check_raw(items, r["item"], r["entry_no"], "description", r["raw"])
            except AssertionError:
                check_raw(items, r["item"], r["entry_no"], "budget", r["raw"])
        else:
            check_raw(items, r["item"], None, "description", r["raw"])
        s = datetime.date.fromisoformat(r["start"]); e = datetime.date.fromisoformat(r["end"])
        assert s <= e, r
        assert r["relation"] in RELS and r["granularity"] in GRANS and isinstance(r["planned"], bool), r
        # planned sanity: a period starting after the report date should be planned
        if s > REPORT:
            assert r["planned"], ("start after report date but not planned", r)
        if r["relation"] == "since":
            assert not r["planned"], r
        if r["relation"] in ("until", "by", "from") and e > REPORT:
            assert r["planned"], r
    print("dates ok:", n)
    n = 0
    for line in open(os.path.join(SET, "amounts.jsonl"), encoding="utf-8"):
        r = json.loads(line); n += 1
        assert list(r) == AMT_KEYS, r
        assert r["action_id"] == items[r["item"]]["action_id"]
        assert r["location"] in ("budget", "text") and isinstance(r["breakdown"], bool)
        assert isinstance(r["amount_eur"], float)
        check_raw(items, r["item"], r["entry_no"], "budget" if r["location"] == "budget" else "description", r["raw"])
    print("amounts ok:", n)


if __name__ == "__main__":
    main()
