"""Issue 7: bad input gets one clear line and a non-zero exit, the rest of the run is still written, and
nothing written before is ever lost (not by a failing file, a rival file, nor a run killed midway).

Every bad file is built here from the real report (truncated, encrypted, renamed, edited) or from scratch
(an image-only PDF, a zip that is no Word file, a Word file and a PDF that are no rapportage).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pandas as pd
import pyarrow.parquet as pq
import pytest
from conftest import RENDITIONS, SYNTHETIC_TEXT, parse
from PIL import Image, ImageDraw
from pypdf import PdfWriter

from pipeline.extract.amounts import find_amounts, parse_amount
from pipeline.extract.stage import budget_warning, text_units
from pipeline.parse import parse_file
from pipeline.read import ReadError, read_document
from pipeline.run import round_tables

REAL_PDF = RENDITIONS["pdf"]
REAL_TEXT = RENDITIONS["text"].read_text(encoding="utf-8")
ROUND_DATASETS = ["reports", "actions", "entries", "amounts", "dates", "organisations", "meetings", "warnings"]
# "failed: <file>: <what is wrong>; <what to do>" — one line each.
FAILED_LINE = re.compile(r"^failed: (?P<file>\S.*?): (?P<reason>[^;]+); (?P<todo>\S.+)$")


def rapportage(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, timeout=timeout
    )


# --- bad files -------------------------------------------------------------------------------------------


def minimal_pdf(lines: list[str]) -> bytes:
    """A valid one-page PDF with these lines of Helvetica text (no rapportage in it)."""
    shown = " ".join("(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for ln in lines)
    content = f"BT /F1 12 Tf 72 770 Td 16 TL {shown} ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def scanned_pdf() -> bytes:
    """A page of the report as a picture only: what a scanner without OCR gives."""
    page = Image.new("L", (620, 877), 255)
    draw = ImageDraw.Draw(page)
    for n, line in enumerate(REAL_TEXT.split("\n")[:40]):
        draw.text((40, 40 + 20 * n), line[:90].replace("\t", "  "), fill=0)
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=75)
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=REAL_PDF)
    writer.encrypt(user_password="geheim", owner_password="eigenaar", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zip_of_photos() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("foto-01.jpg", b"\xff\xd8\xff\xe0 not really a photo")
        zf.writestr("leesmij.txt", "Foto's van de studiedag.")
    return buffer.getvalue()


def other_word_document(path: Path) -> None:
    document = docx.Document()
    document.add_heading("Jaarverslag 2017 van de bibliotheek", 1)
    document.add_paragraph("In 2017 leende de bibliotheek 12.000 boeken uit. De leeszaal was open op zaterdag.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Uitleningen", "12.000"
    table.cell(1, 0).text, table.cell(1, 1).text = "Budget", "€ 40.000"
    document.save(str(path))


def with_status(text: str, action_id: str, status: str) -> str:
    """The report text with one action's 'Status actie' changed."""
    lines = text.split("\n")
    start = next(i for i, ln in enumerate(lines) if re.match(rf"Actie {re.escape(action_id)}\b", ln))
    at = next(i for i in range(start, start + 30) if lines[i].startswith("Status actie\t"))
    lines[at] = f"Status actie\t{status}"
    return "\n".join(lines)


# Each bad file: name → (reason the line must give, what-to-do the line must give).
EXPECTED = {
    "empty.pdf": ("the file is empty", "export or download the report again"),
    "truncated.pdf": ("damaged or truncated PDF", "download or export the PDF again"),
    "locked.pdf": ("password-protected", "unprotected copy"),
    "scan.pdf": ("no text layer", "run OCR"),
    "photos.docx": ("zip archive that is not a Word (.docx) document", "give the report as PDF"),
    "jaarverslag.docx": ("no actions found in this Word (.docx) file", "check that this is the right file"),
    "brochure.pdf": ("no actions found in this PDF file", "check that this is the right file"),
    "gone.pdf": ("a link to a file that does not exist", "point at the report itself"),
    "binary.txt": ("neither PDF, Word nor text", "give the report as PDF"),
}


def build_inbox(folder: Path) -> None:
    folder.mkdir()
    real = REAL_PDF.read_bytes()
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "truncated.pdf").write_bytes(real[: len(real) * 6 // 10])
    (folder / "locked.pdf").write_bytes(encrypted_pdf())
    (folder / "scan.pdf").write_bytes(scanned_pdf())
    (folder / "photos.docx").write_bytes(zip_of_photos())
    other_word_document(folder / "jaarverslag.docx")
    (folder / "brochure.pdf").write_bytes(minimal_pdf(["Brochure Vlaamse Week 2017", "Programma en praktische info"]))
    (folder / "gone.pdf").symlink_to(folder / "removed-long-ago.pdf")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    # The real report as text, under a .pdf name: read by its content, and the one good input of the run.
    (folder / "report-2017-12.pdf").write_text(REAL_TEXT, encoding="utf-8")


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory) -> tuple[Path, Path, Path, subprocess.CompletedProcess]:
    base = tmp_path_factory.mktemp("bad")
    inbox, out = base / "inbox", base / "out"
    build_inbox(inbox)
    # Given after the folder, so it comes second: a different report claiming the same round.
    rival = base / "report-2017-12-herzien.txt"
    rival.write_text(with_status(REAL_TEXT, "1.1", "Afgerond"), encoding="utf-8")
    done = rapportage("run", str(inbox), str(rival), str(base / "no-such-folder"), "--out", str(out), "--jobs", "2")
    return inbox, rival, out, done


def _failed_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("failed:")]


def test_bad_inputs_each_get_one_line_and_a_nonzero_exit(bad_run):
    inbox, _, _, done = bad_run
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    failed = _failed_lines(done.stderr)
    for name, (reason, todo) in EXPECTED.items():
        mine = [ln for ln in failed if f"{inbox / name}:" in ln]
        assert len(mine) == 1, (name, failed)
        m = FAILED_LINE.match(mine[0])
        assert m and m["file"] == str(inbox / name), mine[0]
        assert reason in m["reason"] and todo in m["todo"], mine[0]


def test_every_failure_line_names_file_reason_and_remedy(bad_run):
    _, _, _, done = bad_run
    failed = _failed_lines(done.stderr)
    assert len(failed) == len(EXPECTED) + 2  # + the rival round and the missing folder
    for line in failed:
        m = FAILED_LINE.match(line)
        assert m, line
        assert Path(m["file"]).name in line and len(m["reason"]) > 5 and len(m["todo"]) > 5, line
    missing = [ln for ln in failed if "no-such-folder" in ln]
    assert len(missing) == 1 and "no such file or folder; check the path" in missing[0]


def test_two_different_files_claiming_one_round(bad_run):
    inbox, rival, out, done = bad_run
    (line,) = [ln for ln in _failed_lines(done.stderr) if str(rival) in ln]
    assert "claims round 2017-12" in line and "report-2017-12.pdf" in line and "--round" in line
    # The first file's content is what was written, not the rival's.
    actions = pd.read_parquet(out / "actions" / "report_id=2017-12").set_index("action_id")
    assert actions.loc["1.1", "status"] == "Lopende"


def test_wrong_extension_is_read_by_content_and_the_good_input_is_written(bad_run):
    inbox, _, out, done = bad_run
    notes = [ln for ln in done.stderr.splitlines() if ln.startswith("note:")]
    assert any(
        "report-2017-12.pdf" in ln and "content is text" in ln and "rename it to report-2017-12.txt" in ln
        for ln in notes
    ), notes
    reports = pd.read_parquet(out / "reports")
    assert reports[["source_file", "source_format"]].values.tolist() == [["report-2017-12.pdf", "text"]]
    assert len(pd.read_parquet(out / "actions")) == 62


def test_debug_shows_the_traceback(tmp_path):
    bad = tmp_path / "truncated.pdf"
    bad.write_bytes(REAL_PDF.read_bytes()[:5000])
    plain = rapportage("run", str(bad), "--out", str(tmp_path / "out"))
    debug = rapportage("--debug", "run", str(bad), "--out", str(tmp_path / "out"))
    assert plain.returncode == debug.returncode == 1
    assert "Traceback" not in plain.stderr
    assert "Traceback (most recent call last)" in debug.stderr and "ReadError" in debug.stderr
    assert len(_failed_lines(debug.stderr)) == 1


def test_unreadable_paths(tmp_path):
    empty_folder = tmp_path / "leeg"
    empty_folder.mkdir()
    locked = tmp_path / "geheim.txt"
    locked.write_text("Actie 1.1\tniet te lezen", encoding="utf-8")  # short: as root it is read, and fails fast
    locked.chmod(0)
    try:
        done = rapportage(
            "run", str(empty_folder), str(tmp_path / "nergens.pdf"), str(locked), "--out", str(tmp_path / "out")
        )
    finally:
        locked.chmod(0o644)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    failed = _failed_lines(done.stderr)
    assert any(str(empty_folder) in ln and "no report files" in ln for ln in failed), failed
    assert any("nergens.pdf: no such file or folder; check the path" in ln for ln in failed), failed
    if os.geteuid() != 0:  # root reads a chmod 000 file anyway
        assert any("geheim.txt: permission denied; make the file readable" in ln for ln in failed), failed
    assert all(FAILED_LINE.match(ln) for ln in failed), failed


def test_read_errors_are_one_line_with_a_remedy(tmp_path):
    """The reader's own messages, for formats the run above does not cover."""
    cases = {
        "old.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old binary Word (.doc)"),
        "cut.docx": (RENDITIONS["docx"].read_bytes()[:4000], "damaged or truncated zip/Word file"),
        "photo.pdf": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "an image (PNG)"),
        "spaces.txt": (b"  \n\n \t\n", "the file is empty"),
    }
    for name, (data, reason) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ReadError) as info:
            read_document(path)
        message = str(info.value)
        assert reason in message and "; " in message and "\n" not in message, (name, message)


def test_windows_1252_text_is_read(tmp_path):
    path = tmp_path / "export.txt"
    path.write_bytes(REAL_TEXT.encode("cp1252", errors="replace"))
    document = read_document(path)
    assert document.source_format == "text" and any("Coördinatie" in b.text for b in document.blocks)


# --- one malformed action, an unreadable budget ------------------------------------------------------------


def damaged_report() -> str:
    """The real text with action 1.3's status line gone, 1.2's table garbled and 4.1's budget in words."""
    lines = REAL_TEXT.split("\n")
    start = next(i for i, ln in enumerate(lines) if ln.startswith("Actie 1.3\t"))
    assert lines[start + 1].startswith("Status actie")
    del lines[start + 1]
    start = next(i for i, ln in enumerate(lines) if ln.startswith("Actie 1.2\t"))
    header = next(i for i in range(start, start + 20) if lines[i].startswith("Bevoegdheden\t"))
    del lines[header]  # the table header gone …
    lines[header] = lines[header].replace("\t", " | ")  # … and its first row no longer a row
    budget = next(i for i, ln in enumerate(lines) if ln.endswith("\t568.311 euro"))
    lines[budget] = lines[budget].replace("\t568.311 euro", "\tongeveer twintigduizend")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def damaged(tmp_path_factory):
    path = tmp_path_factory.mktemp("damaged") / "report-2017-12-beschadigd.txt"
    path.write_text(damaged_report(), encoding="utf-8")
    return round_tables(parse_file(path))


def test_one_malformed_action_keeps_all_others(damaged):
    clean = {a.action_id: a for a in parse(RENDITIONS["text"]).actions()}
    actions = damaged["actions"].to_pylist()
    assert [a["action_id"] for a in actions] == list(clean)  # all 62, in order
    for row in actions:
        if row["action_id"] in ("1.2", "1.3", "4.1"):
            continue
        a = clean[row["action_id"]]
        assert (row["status"], row["description"], row["ministers"], row["other_parties"], row["n_entries"]) == (
            a.status,
            a.description,
            a.ministers,
            a.other_parties,
            len(a.entries),
        ), row["action_id"]
    by_id = {a["action_id"]: a for a in actions}
    assert by_id["1.3"]["status"] is None and by_id["1.3"]["n_entries"] == len(clean["1.3"].entries)
    warnings = damaged["warnings"].to_pylist()
    assert any(w["action_id"] == "1.3" and "Status actie" in w["message"] for w in warnings), warnings
    assert any(w["action_id"] == "1.2" and w["stage"] == "structure" for w in warnings), warnings
    assert damaged["reports"].to_pylist()[0]["n_warnings"] == len(warnings)


def test_unparseable_budget_keeps_its_text_and_warns(damaged):
    entries = [e for e in damaged["entries"].to_pylist() if e["action_id"] == "4.1"]
    assert [e["budget_text"] for e in entries] == ["ongeveer twintigduizend"]
    (warning,) = [w for w in damaged["warnings"].to_pylist() if w["stage"] == "extract"]
    assert warning["action_id"] == "4.1" and "ongeveer twintigduizend" in warning["message"]
    assert warning["source_file"] == "report-2017-12-beschadigd.txt"
    action = next(a for a in damaged["actions"].to_pylist() if a["action_id"] == "4.1")
    assert action["budget_total_eur"] is None


@pytest.mark.parametrize("path", [RENDITIONS["text"], SYNTHETIC_TEXT], ids=["2017-12", "2018-06"])
def test_no_budget_warnings_on_the_reports(path: Path):
    """Real amounts and 'Nog te bepalen' are no reason to warn: the warning must stay meaningful."""
    units = [u for u in text_units(parse(path)) if u.field == "budget_text"]
    assert len(units) >= 20 and any("Nog te bepalen" in u.text for u in units)
    unread = [u for u in units if not any(a.amount_eur is not None for a in find_amounts(u.text, "budget"))]
    assert [u.text for u in unread if budget_warning(u)] == []


# --- nothing lost -----------------------------------------------------------------------------------------


def round_snapshot(out: Path, report_id: str = "2017-12") -> dict[str, pd.DataFrame]:
    """Every dataset of one round, read back whole (pandas over the dataset folder, as a user would)."""
    snapshot = {}
    for name in ROUND_DATASETS:
        frame = pd.read_parquet(out / name)
        frame = frame[frame["report_id"].astype(str) == report_id].drop(columns="report_id")
        snapshot[name] = frame.reset_index(drop=True)
        pq.read_table(out / name / f"report_id={report_id}" / "part-0.parquet")  # the file itself is whole
    return snapshot


def assert_same_round(before: dict[str, pd.DataFrame], after: dict[str, pd.DataFrame]) -> None:
    for name, frame in before.items():
        assert len(frame) > 0 or name == "warnings", name
        pd.testing.assert_frame_equal(after[name], frame, obj=name)


@pytest.fixture(scope="module")
def first_round(tmp_path_factory) -> tuple[Path, Path, dict[str, pd.DataFrame]]:
    """A completed run of the real report, its output and a snapshot of round 2017-12."""
    base = tmp_path_factory.mktemp("first")
    source = base / "rapport.txt"
    source.write_text(REAL_TEXT, encoding="utf-8")
    out = base / "processed"
    done = rapportage("run", str(source), "--out", str(out))
    assert done.returncode == 0, done.stderr
    return source, out, round_snapshot(out)


def _copy(first_round, tmp_path: Path) -> tuple[Path, Path]:
    source, out, _ = first_round
    shutil.copy(source, tmp_path / source.name)
    shutil.copytree(out, tmp_path / "processed")
    return tmp_path / source.name, tmp_path / "processed"


def test_a_report_that_fails_now_keeps_its_earlier_round(first_round, tmp_path):
    source, out = _copy(first_round, tmp_path)
    source.write_bytes(b"")  # the file got damaged since the last run
    done = rapportage("run", str(source), "--out", str(out))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    (line,) = _failed_lines(done.stderr)
    assert "the file is empty" in line and "round 2017-12 written from it earlier is kept" in line
    assert_same_round(first_round[2], round_snapshot(out))

    forced = rapportage("run", str(source), "--out", str(out), "--force")
    assert forced.returncode == 1
    (line,) = _failed_lines(forced.stderr)
    assert "--force: round 2017-12 written from it earlier was removed" in line
    assert not any((out / name / "report_id=2017-12").exists() for name in ROUND_DATASETS)


def test_another_file_never_replaces_a_round_without_force(first_round, tmp_path):
    source, out = _copy(first_round, tmp_path)
    rival = tmp_path / "rapport-herzien.txt"
    rival.write_text(with_status(REAL_TEXT, "2.1", "Afgerond"), encoding="utf-8")
    same = tmp_path / "rapport-kopie.txt"
    same.write_text(REAL_TEXT + "\n\n", encoding="utf-8")  # another file, the same report
    done = rapportage("run", str(rival), str(same), "--out", str(out), "--jobs", "2")
    assert done.returncode == 1, done.stderr
    (line,) = _failed_lines(done.stderr)
    assert str(rival) in line and "written earlier from rapport.txt" in line and "--force" in line
    assert any("rapport-kopie.txt: same round 2017-12 as rapport.txt" in ln for ln in done.stderr.splitlines())
    assert_same_round(first_round[2], round_snapshot(out))


def _wait_for(condition, proc: subprocess.Popen, limit: float) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None and not condition():
        time.sleep(0.002)


def _round_files(out: Path, report_id: str = "2017-12") -> dict[Path, int]:
    """Every file in the round's partitions, temporary ones included, with its mtime."""
    return {f: f.stat().st_mtime_ns for f in out.glob(f"*/report_id={report_id}/*") if f.exists()}


def _round_touched(out: Path, since: dict[Path, int]) -> bool:
    """A new temporary file or a replaced part file in round 2017-12: the run is writing it."""
    try:
        return _round_files(out) != since
    except FileNotFoundError:  # a temporary file renamed while we looked: writing, indeed
        return True


def _replaced(out: Path, name: str, report_id: str, since: int) -> bool:
    file = out / name / f"report_id={report_id}" / "part-0.parquet"
    return file.exists() and file.stat().st_mtime_ns > since


def _start_forced_run(source: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pipeline.cli",
            "run",
            str(source),
            str(SYNTHETIC_TEXT),
            "--out",
            str(out),
            "--force",
            "--jobs",
            "2",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _kill(proc: subprocess.Popen) -> bool:
    """SIGKILL the run and its worker processes; False when it had already finished."""
    alive = proc.poll() is None
    if alive:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return alive


def test_killed_runs_leave_earlier_rounds_whole(first_round, tmp_path):
    """SIGKILL a --force run over the real and the synthetic report while it starts up, while it rewrites
    round 2017-12, and while it compares after writing 2018-06; after each kill every dataset of round
    2017-12 reads back exactly as before (and also while the last run is busy writing 2018-06)."""
    source, out = _copy(first_round, tmp_path)
    before = first_round[2]
    reports_mtime = (out / "reports" / "report_id=2017-12" / "part-0.parquet").stat().st_mtime_ns
    killed = []

    proc = _start_forced_run(source, out)
    time.sleep(0.5)
    killed.append(_kill(proc))
    assert_same_round(before, round_snapshot(out))
    # What a run killed inside pq.write_table leaves: a hidden, half-written temporary file.
    (out / "actions" / "report_id=2017-12" / f".part-0.parquet.{proc.pid}.tmp").write_bytes(b"PAR1 half")

    proc = _start_forced_run(source, out)
    files = _round_files(out)
    _wait_for(lambda: _round_touched(out, files), proc, 90)  # the first of the round's files being rewritten
    killed.append(_kill(proc))
    assert_same_round(before, round_snapshot(out))

    proc = _start_forced_run(source, out)
    _wait_for(lambda: _replaced(out, "reports", "2017-12", reports_mtime), proc, 90)
    assert_same_round(before, round_snapshot(out))  # read while the run goes on to 2018-06
    _wait_for(lambda: "2018-06" in (out / "_manifest.json").read_text(encoding="utf-8"), proc, 90)
    killed.append(_kill(proc))
    assert_same_round(before, round_snapshot(out))
    assert killed == [True, True, True]  # each run was really cut off, not finished

    # The next ordinary run completes what was cut off; 2017-12 is still the same.
    done = rapportage("run", str(source), str(SYNTHETIC_TEXT), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert_same_round(before, round_snapshot(out))
    assert len(pd.read_parquet(out / "actions" / "report_id=2018-06")) > 0
    assert not list(out.glob("*/*/.*.tmp"))  # what the killed runs left half written is cleaned up
    assert rapportage("validate", str(out)).returncode == 0


# --- amount forms the property tests in test_extract_properties.py do not generate ---------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("200 000 euro", 200_000.0),
        ("15.000,- euro", 15_000.0),
        ("€ 15.000,-", 15_000.0),
        ("20 duizend euro", 20_000.0),
        ("2 miljoen euro", 2_000_000.0),
        ("€ 1,5 mln", 1_500_000.0),
        ("€ 3 mio.", 3_000_000.0),
        ("1500 euro", 1_500.0),
    ],
)
def test_other_amount_forms(raw: str, value: float) -> None:
    assert parse_amount(raw) == value
