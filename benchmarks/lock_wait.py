"""How long a second writer waits for the folder's lock before it gives up (the timing tests do not assert).

    .venv/bin/python benchmarks/lock_wait.py          # ≈ 10 s

A child process holds ``writer_lock`` on a temporary output folder; ``run(..., lock_wait=W)`` on the same
folder must wait about W seconds and then raise ``BusyError`` naming the holder. Target: W <= wait < W + 4 s
(the slack covers the spaCy import on a busy machine). The test of the refusal itself is
tests/test_hardening.py::test_a_second_writer_waits_then_names_the_holder.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.run import BusyError, run  # noqa: E402

REPORT_TEXT = ROOT / "tests" / "fixtures" / "report-2017-12.txt"
SLACK_SECONDS = 4.0


def waited(out: Path, lock_wait: float) -> tuple[float, str]:
    """(seconds until the refusal, its message) of one run against a held lock."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from pathlib import Path; from pipeline.publish import writer_lock\n"
            f"with writer_lock(Path({str(out)!r})):\n    print('held', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        try:
            run([REPORT_TEXT], out, lock_wait=lock_wait)
        except BusyError as exc:
            return time.monotonic() - started, str(exc)
        return time.monotonic() - started, "not refused"
    finally:
        holder.kill()
        holder.wait()


def main() -> int:
    ok = True
    print(f"{'lock_wait':>9} {'waited':>8}  verdict")
    for lock_wait in (0.5, 2.0):
        with tempfile.TemporaryDirectory() as tmp:
            seconds, message = waited(Path(tmp), lock_wait)
        passed = lock_wait <= seconds < lock_wait + SLACK_SECONDS and "is writing to this folder" in message
        ok &= passed
        print(f"{lock_wait:>8.1f}s {seconds:>7.2f}s  {'PASS' if passed else 'FAIL'}  {message[:100]}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
