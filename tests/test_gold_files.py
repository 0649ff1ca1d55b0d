"""The hand-made gold files are well formed: every `raw` is printed where the record says it is.

Checks the unseen-text set against its own text (exact substrings) and the held-out test gold against
the issue-12 record shape (named period with both bounds, `relation`). Reads only `tests/gold/`.
"""

import datetime
import json
from collections import Counter
from pathlib import Path

import pytest

GOLD = Path(__file__).parent / "gold"
UNSEEN = GOLD / "unseen"
KINDS = ("dates", "amounts", "organisations", "meetings")
RELATIONS = {None, "since", "from", "until", "by", "before", "after"}
GRANULARITIES = {"day", "month", "part_of_month", "season", "part_of_year", "year", "school_year", "years"}


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _items() -> dict[str, dict]:
    return {item["item"]: item for item in _records(UNSEEN / "text.jsonl")}


def _field_text(item: dict, record: dict) -> str:
    """The text a record's `raw` comes from: description, Andere betrokkenen, or an entry cell."""
    where = record["where"]
    if where == "description":
        return item["description"]
    if where == "other_parties":
        return item["other_parties_text"]
    assert where == "entry", record
    entry = next(e for e in item["entries"] if e["entry_no"] == record["entry_no"])
    return entry["budget_text"] if record.get("location") == "budget" else entry["description"]


def _check_date(record: dict) -> None:
    start = datetime.date.fromisoformat(record["start"])
    end = datetime.date.fromisoformat(record["end"])
    assert start <= end, record
    assert record["relation"] in RELATIONS, record
    assert record["granularity"] in GRANULARITIES, record
    assert isinstance(record["planned"], bool), record


@pytest.mark.parametrize("kind", KINDS)
def test_unseen_raw_is_an_exact_substring_of_its_field(kind: str) -> None:
    items = _items()
    records = _records(UNSEEN / f"{kind}.jsonl")
    assert records
    uses: Counter = Counter()
    for record in records:
        item = items[record["item"]]
        assert record["action_id"] == item["action_id"], record
        text = _field_text(item, record)
        assert record["raw"] and record["raw"] in text, record
        uses[(record["item"], record["where"], record.get("entry_no"), record.get("location"), record["raw"])] += 1
    for (item_id, where, entry_no, location, raw), n in uses.items():
        record = {"where": where, "entry_no": entry_no, "location": location}
        assert _field_text(items[item_id], record).count(raw) >= n, (item_id, where, entry_no, raw, n)


def test_unseen_record_shapes() -> None:
    for record in _records(UNSEEN / "dates.jsonl"):
        _check_date(record)
    for record in _records(UNSEEN / "amounts.jsonl"):
        assert record["location"] in {"budget", "text"} and record["amount_eur"] > 0, record
    for record in _records(UNSEEN / "organisations.jsonl"):
        assert record["canonical"] and record["mention"] in record["raw"], record
    for record in _records(UNSEEN / "meetings.jsonl"):
        assert record["body"] and all(datetime.date.fromisoformat(d) for d in record["dates"]), record


def test_heldout_dates_name_their_period() -> None:
    """After the issue-12 conversion no held-out date is an open interval and each has a relation."""
    paths = sorted((GOLD / "test").glob("*/dates.jsonl"))
    assert paths
    for path in paths:
        for record in _records(path):
            _check_date(record)
