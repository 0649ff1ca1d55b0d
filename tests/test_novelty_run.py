"""Novelty through `rapportage run`: the `novelty` dataset, the facts' `is_new`, `compare`, the run report and
the action dossier, on the December 2017 report and the synthetic June 2018 round."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from conftest import RENDITIONS, SYNTHETIC, SYNTHETIC_TEXT

from pipeline.dossier import DOSSIER_FILE, word_diff
from pipeline.novelty import layout_key, marked_sentences, round_summaries
from pipeline.publish import read_dataset
from pipeline.validate import validate

KEY = json.loads((SYNTHETIC / "changes-2017-12-to-2018-06.json").read_text(encoding="utf-8"))


def rapportage(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def out(two_round_run):
    # `rapportage run` on RENDITIONS["text"] and SYNTHETIC_TEXT into a new folder (conftest: once per session)
    out, done = two_round_run
    assert done.returncode == 0, done.stderr
    assert str(out / DOSSIER_FILE) in done.stdout
    return out


def _rows(out, dataset: str, report_id: str) -> list[dict]:
    return [r for r in read_dataset(out, dataset).to_pylist() if r["report_id"] == report_id]


def test_novelty_dataset_written_and_valid(out):
    assert validate(out) == []
    first, second = _rows(out, "novelty", "2017-12"), _rows(out, "novelty", "2018-06")
    assert first and {r["status"] for r in first} == {"new"}
    assert {r["status"] for r in second} == {"new", "carried", "revised", "dropped"}
    entries = {(r["action_id"], r["entry_no"]): r for r in _rows(out, "entries", "2018-06")}
    for r in second:
        if r["status"] != "dropped" and r["entry_no"] is not None:
            e = entries[(r["action_id"], r["entry_no"])]
            assert e[r["field"]][r["char_start"] : r["char_end"]] == r["text"]
            assert r["page"] == e["page"]


def test_new_facts_of_the_key_are_new_and_unchanged_actions_have_none(out):
    dates = _rows(out, "dates", "2018-06")
    by_value = {(d["action_id"], str(d["start"]) if d["start"] else None, str(d["end"])): d for d in dates}
    for d in KEY["new_facts"]["dates"]:
        fact = by_value.get((d["action_id"], d["start"], d["end"]))
        if fact is not None:  # finding it is the extractor's job (tests/test_run.py); here: is it marked new?
            assert fact["is_new"], d
    amounts = _rows(out, "amounts", "2018-06")
    for a in KEY["new_facts"]["amounts"]:
        assert any(
            f["is_new"]
            for f in amounts
            if f["action_id"] == a["action_id"]
            and f["amount_eur"] is not None
            and round(f["amount_eur"], 2) == round(a["amount_eur"], 2)
        ), a
    touched = (
        {e["action_id"] for e in KEY["rewritten_entries"]}
        | set(KEY["added"])
        | {p["action_id"] for p in KEY["parties_added"]}
    )
    for dataset in ("dates", "amounts", "organisations", "meetings"):
        wrong = [
            (f["action_id"], f.get("raw") or f.get("mention"))
            for f in _rows(out, dataset, "2018-06")
            if f["is_new"] and f["action_id"] not in touched
        ]
        assert wrong == [], dataset
    assert all(f["is_new"] for f in _rows(out, "dates", "2017-12"))


@pytest.fixture(scope="module")
def out_word_pdf(tmp_path_factory):
    out = tmp_path_factory.mktemp("word-pdf")
    done = rapportage(
        "run", str(RENDITIONS["docx"]), str(SYNTHETIC / "report-2018-06-SYNTHETISCH.pdf"), "--out", str(out)
    )
    assert done.returncode == 0, done.stderr
    return out


def test_word_round_against_pdf_round_same_novelty_and_new_facts(out, out_word_pdf):
    """Layout is not novelty: December from Word and June from PDF give the sentences and new facts that
    the two text renditions give."""

    def statuses(o) -> list[tuple]:
        return sorted(
            (r["action_id"], r["entry_no"] or 0, r["field"], r["status"], layout_key(r["text"]))
            for r in _rows(o, "novelty", "2018-06")
        )

    assert statuses(out_word_pdf) == statuses(out)

    def new(o, dataset: str) -> list[tuple]:
        return sorted(
            (f["action_id"], layout_key(f.get("raw") or f.get("mention") or ""))
            for f in _rows(o, dataset, "2018-06")
            if f["is_new"]
        )

    for dataset in ("dates", "amounts", "organisations", "meetings"):
        assert new(out_word_pdf, dataset) == new(out, dataset), dataset


def test_compare_lists_the_most_new_text_first(out):
    done = rapportage("compare", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "What is new in 2018-06" in done.stdout
    summaries = round_summaries(out, "2018-06")
    assert summaries[0].action_id == "14.9" and summaries[0].how == "added"
    assert [s.new_chars for s in summaries] == sorted((s.new_chars for s in summaries), reverse=True)
    rewritten = {e["action_id"] for e in KEY["rewritten_entries"]}
    assert rewritten <= {s.action_id for s in summaries}
    assert next(s for s in summaries if s.action_id in KEY["removed"]).how == "removed"
    table = done.stdout.split("What is new in 2018-06", 1)[1]
    lines = [line for line in table.splitlines() if re.match(r"^│ (14\.9|4\.6) ", line)]
    assert [line.split()[1] for line in lines] == ["14.9", "4.6"]


def test_run_report_has_the_novelty_table(out):
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "What is new per round" in page and 'href="dossier.html"' in page


def test_marked_sentences_follow_the_swap(out):
    records = marked_sentences(out, "13.3")
    assert {(r["report_id"], r["action_id"]) for r in records} == {("2017-12", "13.2"), ("2018-06", "13.3")}
    assert [r["status"] for r in records if r["report_id"] == "2018-06" and r["status"] != "carried"] == ["revised"]
    # 12.6's number is unchanged; the one sentence the round inserted is marked new.
    new = [r["text"] for r in marked_sentences(out, "12.6") if r["status"] == "new" and r["report_id"] == "2018-06"]
    assert new == ["De stuurgroep vergaderde opnieuw op 16/1/2018 en 20/3/2018."]


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.spans: dict[str, int] = {}
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.append(attrs["id"])
        if tag == "span" and (attrs.get("class") or "").startswith("s "):
            self.spans[attrs["class"]] = self.spans.get(attrs["class"], 0) + 1
        if tag in ("script", "img", "link", "iframe") and (attrs.get("src") or attrs.get("href")):
            self.external.append(tag)


def test_dossier_has_every_action_and_every_highlight(out):
    html = (out / DOSSIER_FILE).read_text(encoding="utf-8")
    page = _Page()
    page.feed(html)
    actions = {r["action_id"] for r in _rows(out, "actions", "2018-06")} | set(KEY["removed"])
    assert {i.removeprefix("actie-") for i in page.ids if i.startswith("actie-")} == actions
    novelty = _rows(out, "novelty", "2018-06")
    assert page.spans["s new"] == sum(r["status"] == "new" for r in novelty)
    assert page.spans["s revised"] == sum(r["status"] == "revised" for r in novelty)
    removed = sum(r["status"] == "dropped" and r["action_id"] in KEY["removed"] for r in novelty)
    assert html.count("<del>") >= sum(r["status"] == "dropped" for r in novelty) - removed
    assert f"all {removed} of its sentences" in html
    assert page.external == [] and "@import" not in html and "url(" not in html  # works offline
    assert "synthetic test round: 2018-06" in html


def test_word_diff_marks_only_the_change():
    assert word_diff("568.311 euro", "511.536 euro") == "<del>568.311</del> <ins>511.536</ins> euro"
    assert word_diff("tot 13 oktober 2017 en zijn momenteel in behandeling.", "tot 13 oktober 2017.") == (
        "tot 13 oktober 2017 <del>en zijn momenteel in behandeling</del>."
    )


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(CHROMIUM is None, reason="needs a headless Chromium (CI has none)")
def test_dossier_renders_in_chromium_with_its_highlights_and_filter(out, tmp_path):
    url = (out / DOSSIER_FILE).resolve().as_uri()
    base = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*base, "--dump-dom", url + "?q=Zele"], capture_output=True, text=True, timeout=120).stdout
    shown = re.findall(r'<section class="action" id="actie-([\d.]+)"', dom)
    hidden = re.findall(r'<section class="action hidden" id="actie-([\d.]+)"', dom)
    assert shown == ["4.1"] and len(hidden) == 62  # the filter box ran: only the action naming Zele is left
    dom = subprocess.run([*base, "--dump-dom", url + "?new=1"], capture_output=True, text=True, timeout=120).stdout
    shown = set(re.findall(r'<section class="action" id="actie-([\d.]+)"', dom))
    assert shown == {s.action_id for s in round_summaries(out, "2018-06")}  # "only actions with something new"
    png = tmp_path / "dossier.png"
    # Filtered rather than scrolled to #actie-4.1: headless Chromium paints a long page scrolled to an anchor white.
    subprocess.run(
        [*base, f"--screenshot={png}", "--window-size=1200,1600", url + "?q=Zele"], capture_output=True, timeout=120
    )
    from matplotlib.image import imread

    pixels = (imread(png)[:, :, :3] * 255).round().astype(int).reshape(-1, 3).tolist()
    colours = {tuple(p) for p in pixels}
    assert (0xC9, 0xF0, 0xD0) in colours  # a new sentence's green
    assert (0xFF, 0xF0, 0xB3) in colours  # a revised sentence's yellow


def test_rounds_run_out_of_order_get_is_new_recomputed_and_stay_valid(tmp_path, out):
    """June first, then December: June's facts are rewritten against December (through the round's commit
    record), the derived data records the rewritten round, and validate passes — the same flags as in order."""
    late = tmp_path / "late"
    for source in (SYNTHETIC_TEXT, RENDITIONS["text"]):
        done = rapportage("run", str(source), "--out", str(late))
        assert done.returncode == 0, done.stderr
    assert rapportage("validate", str(late)).returncode == 0
    for dataset in ("dates", "amounts", "organisations", "meetings"):
        flags = sorted((r["action_id"], r["char_start"], r["is_new"]) for r in _rows(late, dataset, "2018-06"))
        assert flags == sorted((r["action_id"], r["char_start"], r["is_new"]) for r in _rows(out, dataset, "2018-06"))
    assert sum(r["is_new"] for r in _rows(late, "dates", "2018-06")) == len(KEY["new_facts"]["dates"])
