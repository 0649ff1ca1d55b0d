"""Hostile inputs are refused in bounded time and memory (issue 13): targets 10 s and 500 MB each.

    .venv/bin/python benchmarks/hostile.py            # builds the files in a temporary folder

Each case is a fresh `rapportage run FILE --out TMP` process (imports included, as a user runs it); wall
clock from the parent, peak memory as the child's ``ru_maxrss`` from ``os.wait4``. This script imports
nothing of the pipeline, so the child's peak is its own (on Linux a child's ``ru_maxrss`` starts from the
size of the process that forked it).

Cases:
- a Word file whose zip directory declares 3.2 GB for word/document.xml (a few KB on disk);
- a Word file carrying 400 MB of zeros deflated ~1000:1 (0.4 MB on disk: under the size limit, over the ratio);
- a 200 MB text file (the real report's text, repeated).
"""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT_TEXT = ROOT / "tests" / "fixtures" / "report-2017-12.txt"
REPORT_DOCX = ROOT / "tests" / "fixtures" / "report-2017-12.docx"
TARGET_SECONDS, TARGET_MB = 10.0, 500.0


def declared_bomb(path: Path, size: int = 3_200_000_000) -> None:
    data = REPORT_DOCX.read_bytes()
    at = 0
    while True:
        at = data.index(b"PK\x01\x02", at)
        (name_len,) = struct.unpack_from("<H", data, at + 28)
        if data[at + 46 : at + 46 + name_len] == b"word/document.xml":
            path.write_bytes(data[: at + 24] + struct.pack("<I", size) + data[at + 28 :])
            return
        at += 4


def zeros_bomb(path: Path, megabytes: int = 400) -> None:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out,
        zipfile.ZipFile(io.BytesIO(REPORT_DOCX.read_bytes())) as zf,
    ):
        for info in zf.infolist():
            out.writestr(info, zf.read(info))
        with out.open("word/media/image1.bin", "w", force_zip64=True) as fh:
            block = bytes(1_000_000)
            for _ in range(megabytes):
                fh.write(block)


def big_text(path: Path, size: int = 200_000_000) -> None:
    chunk = REPORT_TEXT.read_bytes()
    with open(path, "wb") as fh:
        written = 0
        while written < size:
            fh.write(chunk)
            written += len(chunk)


def measure(file: Path, out: Path) -> tuple[float, float, int, str]:
    """(wall seconds, peak MB, exit code, the failure line) of one `rapportage run`."""
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "run", str(file), "--out", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    stderr = proc.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    line = next((ln for ln in stderr.splitlines() if ln.startswith("failed:")), stderr.strip()[:200])
    return wall, usage.ru_maxrss / 1024, proc.returncode, line


def main() -> int:
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        cases = {
            "zip bomb (declared 3.2 GB)": (base / "declared.docx", declared_bomb),
            "zip bomb (400 MB of zeros)": (base / "zeros.docx", zeros_bomb),
            "200 MB text file": (base / "big.txt", big_text),
        }
        print(f"{'case':28} {'on disk':>10} {'wall':>8} {'peak':>9}  exit  verdict")
        for name, (path, build) in cases.items():
            build(path)
            wall, peak, code, line = measure(path, base / "out")
            refused = code == 1 and "not processed" in line
            passed = refused and wall <= TARGET_SECONDS and peak <= TARGET_MB
            ok &= passed
            print(
                f"{name:28} {path.stat().st_size / 1e6:>8.2f}MB {wall:>7.2f}s {peak:>7.0f}MB  {code:>4}  "
                f"{'PASS' if passed else 'FAIL'}"
            )
            print(f"    {line}")
            path.unlink()
    print(f"targets: refused with one line, within {TARGET_SECONDS:g} s and {TARGET_MB:g} MB peak each")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
