"""The hand-made gold files are well formed: every `raw` is printed where the record says it is.

Checks the unseen-text set against its own text (exact substrings) and the held-out test gold against
the issue-12 record shape (named period with both bounds, `relation`), and that the report text shipped
beside the gold is the test fixture, byte for byte. Reads `models/gold/` (and that one fixture).
"""

import datetime
import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.gold import GOLD_DIR, KINDS, REPORT_TEXT, SPLITS, is_test_action, load_gold, read_jsonl

GOLD = GOLD_DIR
UNSEEN = GOLD / "unseen"
FIXTURE_TEXT = Path(__file__).parent / "fixtures" / "report-2017-12.txt"
RELATIONS = {None, "since", "from", "until", "by", "before", "after"}
GRANULARITIES = {"day", "month", "part_of_month", "season", "part_of_year", "year", "school_year", "years"}


def _items() -> dict[str, dict]:
    return {item["item"]: item for item in read_jsonl(UNSEEN / "text.jsonl")}


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
    records = read_jsonl(UNSEEN / f"{kind}.jsonl")
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
    for record in read_jsonl(UNSEEN / "dates.jsonl"):
        _check_date(record)
    for record in read_jsonl(UNSEEN / "amounts.jsonl"):
        assert record["location"] in {"budget", "text"} and record["amount_eur"] > 0, record
    for record in read_jsonl(UNSEEN / "organisations.jsonl"):
        assert record["canonical"] and record["mention"] in record["raw"], record
    for record in read_jsonl(UNSEEN / "meetings.jsonl"):
        assert record["body"] and all(datetime.date.fromisoformat(d) for d in record["dates"]), record


def test_heldout_dates_name_their_period() -> None:
    """After the issue-12 conversion no held-out date is an open interval and each has a relation."""
    paths = sorted((GOLD / "test").glob("*/dates.jsonl"))
    assert paths
    for path in paths:
        for record in read_jsonl(path):
            _check_date(record)


def test_the_shipped_report_text_is_the_fixture() -> None:
    """models/gold/report-2017-12.txt (what `rapportage evaluate` parses) is tests/fixtures/report-2017-12.txt."""
    assert REPORT_TEXT.read_bytes() == FIXTURE_TEXT.read_bytes()


def test_the_split_rule_holds_out_30_actions_of_all_14_measures() -> None:
    """GUIDELINES/README: even numbers inside a measure, plus 8.1 and 9.1; every other action is dev."""
    ids = re.findall(r"^Actie (\d+\.\d+)", REPORT_TEXT.read_text(encoding="utf-8"), flags=re.MULTILINE)
    test = [a for a in ids if is_test_action(a)]
    assert len(ids) == 62 and len(test) == 30
    assert {a.split(".")[0] for a in test} == {str(m) for m in range(1, 15)}
    assert not is_test_action("5.9") and is_test_action("5.10") and is_test_action("8.1")


@pytest.mark.parametrize("split", ["test", "dev"])
def test_the_gold_of_a_report_split_annotates_only_its_actions(split: str) -> None:
    for kind in KINDS:
        records = load_gold(split, kind)
        assert records, (split, kind)
        assert all(is_test_action(r["action_id"]) == (split == "test") for r in records), (split, kind)


def test_every_split_has_gold_of_every_kind() -> None:
    assert all(load_gold(split, kind) for split in SPLITS for kind in KINDS)
