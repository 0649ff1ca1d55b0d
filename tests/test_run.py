"""`rapportage run` end to end on the real report and the synthetic round: Parquet out, read back by every tool."""

from __future__ import annotations

import json
import subprocess
import sys

import duckdb
import pandas as pd
import polars as pl
import pytest
from conftest import RENDITIONS, SYNTHETIC, SYNTHETIC_TEXT

DATASETS = ["reports", "actions", "entries", "amounts", "dates", "organisations", "meetings", "warnings"]


def rapportage(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def two_rounds(two_round_run):
    # `rapportage run` on RENDITIONS["text"] and SYNTHETIC_TEXT into a new folder (conftest: once per session)
    out, done = two_round_run
    assert done.returncode == 0, done.stderr
    return out


def test_every_dataset_readable_by_pandas_duckdb_polars(two_rounds):
    for name in DATASETS + ["changes", "timeline"]:
        folder = two_rounds / name
        via_pandas = pd.read_parquet(folder)
        via_duck = duckdb.sql(
            f"select count(*) from read_parquet('{folder}/*/*.parquet', hive_partitioning=true)"
        ).fetchall()[0][0]
        via_polars = pl.read_parquet(f"{folder}/**/*.parquet", hive_partitioning=True)
        assert len(via_pandas) == via_duck == len(via_polars), name
        assert "report_id" in via_pandas.columns and "report_id" in via_polars.columns


def test_actions_and_reports_content(two_rounds):
    actions = pd.read_parquet(two_rounds / "actions")
    assert sorted(actions["report_id"].astype(str).unique()) == ["2017-12", "2018-06"]
    dec = actions[actions["report_id"] == "2017-12"].set_index("action_id")
    assert len(dec) == 62
    assert list(dec.loc["4.2", "other_parties"]) == ["Vilvoorde", "Dilbeek", "Halle"]
    assert dec.loc["4.2", "budget_total_eur"] == pytest.approx(854_000 + 641_000 + 1_550_000)
    # a total with its breakdown counts once
    assert dec.loc["4.6", "budget_total_eur"] == pytest.approx(2_500_000)
    reports = pd.read_parquet(two_rounds / "reports").set_index("report_id")
    assert bool(reports.loc["2018-06", "synthetic"]) and not bool(reports.loc["2017-12", "synthetic"])


def test_facts_point_back_at_their_source(two_rounds):
    actions = pd.read_parquet(two_rounds / "actions")
    entries = pd.read_parquet(two_rounds / "entries")
    for name in ("amounts", "dates", "organisations"):
        facts = pd.read_parquet(two_rounds / name)
        assert len(facts) > 0, name
        for row in facts.head(200).itertuples():
            if pd.isna(row.entry_no):
                text = actions[(actions.report_id == row.report_id) & (actions.action_id == row.action_id)]
                text = text.iloc[0]["description"]
            else:
                e = entries[
                    (entries.report_id == row.report_id)
                    & (entries.action_id == row.action_id)
                    & (entries.entry_no == row.entry_no)
                ].iloc[0]
                text = e["description"] if row.field == "description" else e["budget_text"]
            raw = row.mention if name == "organisations" else row.raw
            assert text[row.char_start : row.char_end] == raw, (name, row)


def test_changes_match_the_answer_key(two_rounds):
    key = json.loads((SYNTHETIC / "changes-2017-12-to-2018-06.json").read_text(encoding="utf-8"))
    changes = pd.read_parquet(two_rounds / "changes")
    by_to = {r.action_id_to: r for r in changes.itertuples() if r.action_id_to}
    for change in key["status_changes"]:
        row = by_to[change["action_id"]]
        assert (row.status_from, row.status_to) == (change["from"], change["to"])
    assert changes["status_changed"].sum() == len(key["status_changes"])
    for change in key["budget_changes"]:
        row = by_to[change["action_id"]]
        assert row.budget_to_eur == pytest.approx(change["budget_to_eur"]), change
        before = 0 if pd.isna(row.budget_from_eur) else row.budget_from_eur
        assert before == pytest.approx(change["budget_from_eur"] or 0), change
    assert sorted(changes.loc[changes["match"] == "removed", "action_id_from"]) == sorted(key["removed"])
    assert sorted(changes.loc[changes["match"] == "added", "action_id_to"]) == sorted(key["added"])
    for swap in key["swapped"]:
        row = by_to[swap["now_numbered"]]
        assert row.match == "content" and row.action_id_from == swap["content_of"]
    for change in key["parties_added"]:
        assert change["party"] in list(by_to[change["action_id"]].parties_added)
    for change in key["parties_removed"]:
        assert change["party"] in list(by_to[change["action_id"]].parties_removed)


def test_rerun_rewrites_nothing(two_rounds):
    files = sorted(two_rounds.rglob("*.parquet"))
    before = {f: f.stat().st_mtime_ns for f in files}
    done = rapportage("run", str(RENDITIONS["text"]), str(SYNTHETIC_TEXT), "--out", str(two_rounds))
    assert done.returncode == 0
    assert "unchanged" in done.stdout
    assert {f: f.stat().st_mtime_ns for f in files} == before


def test_bad_input_gets_one_line_and_others_still_written(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    fake = tmp_path / "fake.docx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "out"
    done = rapportage("run", str(empty), str(fake), str(RENDITIONS["text"]), "--out", str(out))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    failed = [line for line in done.stderr.splitlines() if "failed:" in line]
    assert len(failed) == 2 and "empty" in failed[0]
    assert (out / "actions" / "report_id=2017-12" / "part-0.parquet").exists()


def test_validate_passes_and_fails_on_a_broken_dataset(two_rounds, tmp_path):
    import shutil

    import pyarrow as pa
    import pyarrow.parquet as pq

    assert rapportage("validate", str(two_rounds)).returncode == 0
    broken = tmp_path / "broken"
    shutil.copytree(two_rounds, broken)
    target = broken / "amounts" / "report_id=2017-12" / "part-0.parquet"
    table = pq.read_table(target)
    pq.write_table(
        table.set_column(
            table.schema.get_field_index("amount_eur"),
            "amount_eur",
            pa.array([str(v) for v in table["amount_eur"].to_pylist()]),
        ),
        target,
    )
    done = rapportage("validate", str(broken))
    assert done.returncode == 1 and "amounts" in done.stderr


def test_synthetic_round_new_dates_and_amounts_are_found(two_rounds):
    """Every date and amount the synthetic June 2018 round adds (its answer key) is in the datasets."""
    key = json.loads((SYNTHETIC / "changes-2017-12-to-2018-06.json").read_text(encoding="utf-8"))
    dates = pd.read_parquet(two_rounds / "dates")
    dates = dates[dates["report_id"] == "2018-06"]
    found = {(r.action_id, _iso(r.start), _iso(r.end)) for r in dates.itertuples()}
    missing = [d for d in key["new_facts"]["dates"] if (d["action_id"], d["start"], d["end"]) not in found]
    assert missing == []
    amounts = pd.read_parquet(two_rounds / "amounts")
    amounts = amounts[amounts["report_id"] == "2018-06"]
    found = {(r.action_id, round(r.amount_eur, 2), r.location) for r in amounts.itertuples() if pd.notna(r.amount_eur)}
    missing = [
        a
        for a in key["new_facts"]["amounts"]
        if (a["action_id"], round(a["amount_eur"], 2), a["location"]) not in found
    ]
    assert missing == []


def _iso(value) -> str | None:  # value: a date, or NaT/None from pandas
    return None if value is None or pd.isna(value) else str(value)[:10]


def test_same_report_as_pdf_and_word_gives_one_round(tmp_path):
    out = tmp_path / "out"
    done = rapportage("run", str(RENDITIONS["docx"]), str(RENDITIONS["pdf"]), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "same round 2017-12" in " ".join(done.stderr.split())
    assert len(pd.read_parquet(out / "reports")) == 1
    assert len(pd.read_parquet(out / "actions")) == 62
