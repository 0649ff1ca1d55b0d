"""Corpus benchmark (issue 16): how a run scales with the number of reports and with cores.

    .venv/bin/python benchmarks/corpus.py                    # 10, 30 and 100 reports (≈ 10–15 min on 2 CPUs)
    .venv/bin/python benchmarks/corpus.py --sizes 10,30      # quicker
    .venv/bin/python benchmarks/corpus.py --modes jobs1,dask # only some executors

The corpus is built in a temporary folder from the committed renditions of both rounds (``raw/`` and
``tests/fixtures/``: PDF, borderless PDF, Word with tables, Word in paragraphs, text), each copy with
another round on its title page, so that every file is a round of its own: ``report-2013-03.docx``
says "Maart 2013" where its source said "December 2017". The run reads the round from the title page,
and its ``--round`` names one round for every input, so the label is changed there, not by option. In a
PDF the label is re-encoded with the title font's own character map (``pypdf``). Every file made from
the synthetic round keeps SYNTHETISCH in its name (and its title page still says so).

Each size runs through ``rapportage run --jobs 1``, ``--jobs 2`` and ``--executor dask`` on a Dask
``LocalCluster(n_workers=2, threads_per_worker=1)`` started fresh for each run (its start-up is timed
apart), always as a fresh CLI process into an empty output folder. The script calls only the command
line, so it does not depend on the package's internals.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from pipeline.vocabulary import MONTH_NAMES

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SYNTH = FIXTURES / "synthetic"

# The round label as a title page prints it ("Juni 1990"), from the project's one list of month names.
MONTHS = [name.capitalize() for name in MONTH_NAMES]


@dataclass(frozen=True)
class Source:
    """One committed rendition and the round label its title page prints."""

    path: Path
    label: str  # "December 2017"
    synthetic: bool

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()


# The mix of a corpus: every prefix of the built corpus cycles through these in this order, so the 10, 30
# and 100 reports hold the same shares of each format (5 of 11 are PDF, 4 Word, 2 text).
SOURCES = [
    Source(ROOT / "raw" / "actieplan-radicalisering-2017-12-tussentijdse-rapportage.pdf", "December 2017", False),
    Source(SYNTH / "report-2018-06-SYNTHETISCH.docx", "Juni 2018", True),
    Source(FIXTURES / "report-2017-12.txt", "December 2017", False),
    Source(SYNTH / "report-2018-06-SYNTHETISCH.pdf", "Juni 2018", True),
    Source(FIXTURES / "report-2017-12.docx", "December 2017", False),
    Source(FIXTURES / "report-2017-12-borderless.pdf", "December 2017", False),
    Source(SYNTH / "actieplan-radicalisering-2018-06-SYNTHETISCH-tussentijdse-rapportage.txt", "Juni 2018", True),
    Source(FIXTURES / "report-2017-12-paragraphs.docx", "December 2017", False),
    Source(SYNTH / "report-2018-06-SYNTHETISCH-borderless.pdf", "Juni 2018", True),
    Source(FIXTURES / "matrix" / "l03-2017-12-libreoffice-frame-colon.docx", "December 2017", False),
    Source(ROOT / "raw" / "actieplan-radicalisering-2017-12-tussentijdse-rapportage.pdf", "December 2017", False),
]


def rounds(n: int, first_year: int = 1990) -> list[tuple[int, int]]:
    """``n`` distinct (year, month) rounds, half-yearly like the real reports (June, December), from 1990 on."""
    return [(first_year + i // 2, 6 if i % 2 == 0 else 12) for i in range(n)]


# --- relabelling each format -------------------------------------------------------------------------------


def relabel_text(src: Path, dst: Path, old: str, new: str) -> None:
    text = src.read_text(encoding="utf-8")
    if old not in text:
        raise SystemExit(f"{src}: {old!r} not on its title page")
    dst.write_text(text.replace(old, new, 1), encoding="utf-8")


def relabel_docx(src: Path, dst: Path, old: str, new: str) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8")
                if old not in xml:
                    raise SystemExit(f"{src}: {old!r} not in one run of its title page")
                data = xml.replace(old, new, 1).encode("utf-8")
            zout.writestr(item, data)


def _cmap(font: object) -> dict[int, str]:
    """code → text of a simple font from its ToUnicode map (bfchar entries; the fixtures use only those)."""
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")  # type: ignore[index]
    out = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
    return out


def relabel_pdf(src: Path, dst: Path, old: str, new: str) -> None:
    """The title line ``old`` on page 1 re-encoded as ``new`` in the same font (every glyph it needs is in
    the font's subset: the body text uses the same font). Raises SystemExit when the line is not one text
    operator of page 1."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ByteStringObject, ContentStream

    reader = PdfReader(src)
    writer = PdfWriter(clone_from=reader)
    page = writer.pages[0]
    fonts = page["/Resources"]["/Font"]
    content = ContentStream(page.get_contents(), writer)
    font = None
    for i, (operands, operator) in enumerate(content.operations):
        if operator == b"Tf":
            font = fonts[operands[0]].get_object()
            continue
        if operator not in (b"Tj", b"TJ") or font is None:
            continue
        parts = operands[0] if operator == b"TJ" else [operands[0]]
        raw = b"".join(
            p.original_bytes if hasattr(p, "original_bytes") else bytes(p)
            for p in parts
            if not isinstance(p, int | float)
        )
        cmap = _cmap(font) if "/ToUnicode" in font else {c: chr(c) for c in range(256)}
        if "".join(cmap.get(b, "?") for b in raw).strip() != old:
            continue
        reverse = {text: code for code, text in cmap.items()}
        missing = sorted({ch for ch in new if ch not in reverse})
        if missing:
            raise SystemExit(f"{src}: the title font has no glyph for {''.join(missing)!r}")
        content.operations[i] = ([ByteStringObject(bytes(reverse[ch] for ch in new))], b"Tj")
        page.replace_contents(content)
        with dst.open("wb") as f:
            writer.write(f)
        return
    raise SystemExit(f"{src}: {old!r} is not one text operator on page 1")


RELABEL = {".txt": relabel_text, ".docx": relabel_docx, ".pdf": relabel_pdf}


def build_corpus(folder: Path, n: int) -> list[Path]:
    """``n`` reports in ``folder``, round i from source i mod len(SOURCES); the paths in corpus order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, (year, month) in enumerate(rounds(n)):
        source = SOURCES[i % len(SOURCES)]
        name = f"report-{year}-{month:02d}{'-SYNTHETISCH' if source.synthetic else ''}{source.suffix}"
        RELABEL[source.suffix](source.path, folder / name, source.label, f"{MONTHS[month - 1]} {year}")
        paths.append(folder / name)
    return paths


# --- running ----------------------------------------------------------------------------------------------


@dataclass
class Timing:
    seconds: float  # wall clock of the CLI process
    cpu: float  # CPU seconds of the CLI process and its workers (for Dask: plus the workers' CPU)
    cores: int  # cores the run may use
    n: int
    client_cpu: float | None = None  # Dask only: the CLI process (the client: publishing, derived data)
    worker_cpu: float | None = None  # Dask only: the worker processes and their nannies (read, structure, extract)
    scheduler_cpu: float | None = None  # Dask only: the scheduler (in this process; on a cluster, elsewhere)

    @property
    def per_core(self) -> float:
        """Reports per second per core (wall clock)."""
        return self.n / self.seconds / self.cores

    @property
    def per_cpu_second(self) -> float:
        """Reports per CPU second: what a core does when nothing else competes for it."""
        return self.n / self.cpu


def _cli(folder: Path, out: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", "run", str(folder), "--out", str(out), *options]


def run_cli(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (the process and the workers it waited for) of one CLI run; fails loudly."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(args)} failed ({code}):\n{stderr[-3000:]}")
    return seconds, usage.ru_utime + usage.ru_stime


def _cpu_of(pids: list[int]) -> float:
    import psutil  # a dependency of distributed

    total = 0.0
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def run_dask(folder: Path, out: Path) -> tuple[float, float, float, float, float]:
    """(cluster start-up, wall, CPU of the client, of the workers, of the scheduler) of one run on a
    fresh LocalCluster of two single-threaded worker processes."""
    import psutil  # a dependency of distributed
    from dask.distributed import LocalCluster

    start = time.perf_counter()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        started = time.perf_counter() - start
        workers = [c.pid for c in psutil.Process().children(recursive=True)]  # the nannies and their workers
        before, scheduler = _cpu_of(workers), time.process_time()  # the scheduler runs in this process
        seconds, client = run_cli(_cli(folder, out, "--executor", "dask", "--scheduler", cluster.scheduler_address))
        on_workers = _cpu_of(workers) - before
        scheduler = time.process_time() - scheduler
    return started, seconds, client, on_workers, scheduler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,30,100", help="corpus sizes, comma-separated (default 10,30,100)")
    parser.add_argument("--modes", default="jobs1,jobs2,dask", help="jobs1, jobs2, dask (default: all three)")
    parser.add_argument("--keep", type=Path, help="build the corpus in this folder and keep it")
    options = parser.parse_args()
    sizes = sorted({int(s) for s in options.sizes.split(",") if s.strip()})
    modes = [m.strip() for m in options.modes.split(",") if m.strip()]
    unknown = [m for m in modes if m not in ("jobs1", "jobs2", "dask")]
    if unknown or not sizes:
        parser.error(f"unknown mode {unknown}" if unknown else "give at least one size")

    tmp = Path(tempfile.mkdtemp(prefix="rapportage-corpus-"))
    try:
        corpus = build_corpus(options.keep or tmp / "corpus", max(sizes))
        counts = {s: sum(p.suffix == s for p in corpus) for s in (".pdf", ".docx", ".txt")}
        print(
            f"corpus benchmark: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, load average "
            f"{os.getloadavg()[0]:.1f} at the start"
        )
        print(
            f"{len(corpus)} reports ({counts['.pdf']} PDF, {counts['.docx']} Word, {counts['.txt']} text; "
            f"{sum('SYNTHETISCH' in p.name for p in corpus)} synthetic), rounds {corpus[0].stem[7:14]} … "
            f"{corpus[-1].stem[7:14]}\n"
        )
        results: dict[tuple[str, int], Timing] = {}
        starts: list[float] = []
        for n in sizes:
            folder = tmp / f"n{n}"
            folder.mkdir()
            for path in corpus[:n]:
                os.link(path, folder / path.name)
            for mode in modes:
                out = tmp / f"out-{mode}-{n}"
                cores = min(1 if mode == "jobs1" else 2, os.cpu_count() or 1)
                if mode == "dask":
                    started, seconds, client, on_workers, scheduler = run_dask(folder, out)
                    starts.append(started)
                    t = Timing(seconds, client + on_workers + scheduler, cores, n, client, on_workers, scheduler)
                else:
                    t = Timing(*run_cli(_cli(folder, out, "--jobs", mode[-1])), cores, n)
                results[mode, n] = t
                rounds_written = len(list((out / "reports").iterdir()))
                assert rounds_written == n, f"{mode} on {n} reports wrote {rounds_written} rounds"
                print(
                    f"  {mode:<6} {n:4d} reports  {t.seconds:7.1f} s  (CPU {t.cpu:7.1f} s)  "
                    f"{t.per_core:.3f} reports/s/core  {t.per_cpu_second:.3f} reports/CPU-s",
                    flush=True,
                )
                if mode == "dask":
                    print(
                        f"{'':20}CPU: client {t.client_cpu:.1f} s, workers {t.worker_cpu:.1f} s, scheduler "
                        f"{t.scheduler_cpu:.1f} s",
                        flush=True,
                    )
            shutil.rmtree(folder)
        report(results, sizes, modes, starts)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _slope(a: Timing, b: Timing, value: str) -> float:
    """Seconds per added report between two corpus sizes: the fixed costs cancel."""
    return (getattr(b, value) - getattr(a, value)) / (b.n - a.n)


def report(results: dict[tuple[str, int], Timing], sizes: list[int], modes: list[str], starts: list[float]) -> None:
    print("\nreports per second per core (wall clock), by corpus size — flat is the goal")
    print(f"  {'':<8}" + "".join(f"{n:>10}" for n in sizes) + "   largest/smallest")
    for mode in modes:
        row = [results[mode, n].per_core for n in sizes]
        print(f"  {mode:<8}" + "".join(f"{v:10.3f}" for v in row) + f"   {row[-1] / row[0]:.2f}")
    print("reports per CPU second (the run and its workers; what the table above shows on idle cores)")
    for mode in modes:
        row = [results[mode, n].per_cpu_second for n in sizes]
        print(f"  {mode:<8}" + "".join(f"{v:10.3f}" for v in row) + f"   {row[-1] / row[0]:.2f}")
    if "jobs1" in modes and "jobs2" in modes:
        print(
            "--jobs 2 / --jobs 1 speed-up (wall): "
            + ", ".join(f"{n}: {results['jobs1', n].seconds / results['jobs2', n].seconds:.2f}×" for n in sizes)
        )
    if "dask" not in modes:
        return
    print(f"Dask LocalCluster start-up (not in the run times): {min(starts):.1f}–{max(starts):.1f} s")
    if "jobs2" in modes:
        wall = [(results["dask", n].seconds - results["jobs2", n].seconds) / n for n in sizes]
        cpu = [(results["dask", n].cpu - results["jobs2", n].cpu) / n for n in sizes]
        print(
            "Dask overhead per report (Dask minus --jobs 2, both two worker processes, per report): "
            + ", ".join(
                f"{n}: {w * 1000:+.0f} ms wall, {c * 1000:+.0f} ms CPU"
                for n, w, c in zip(sizes, wall, cpu, strict=True)
            )
        )
    if len(sizes) >= 2:
        project(results["dask", sizes[0]], results["dask", sizes[-1]])


def project(small: Timing, large: Timing, n: int = 1000, workers: int = 16) -> None:
    """A corpus of ``n`` reports on a cluster of ``workers`` single-threaded workers, from the CPU seconds
    the Dask runs spent per added report on the workers and in the client (CPU, so that other work on this
    machine does not count; the fixed costs are what the slope leaves at the larger size).

    T = client fixed + worker fixed + n · (per report on a worker / workers + per report in the client):
    the client first gathers every parsed report, then publishes them round by round (no overlap)."""
    per_worker = _slope(small, large, "worker_cpu")
    per_client = _slope(small, large, "client_cpu")
    per_scheduler = _slope(small, large, "scheduler_cpu")
    fixed_worker = max(0.0, (large.worker_cpu - large.n * per_worker) / 2)  # per worker process: its model load
    fixed_client = max(0.0, large.client_cpu - large.n * per_client)
    total = fixed_client + fixed_worker + n * (per_worker / workers + per_client)
    print(
        f"\nprojection: {n:,} reports on a {workers}-worker Dask cluster (one thread, one core each)\n"
        f"  per added report ({small.n} → {large.n} reports): {per_worker:.2f} CPU-s on a worker, "
        f"{per_client:.3f} CPU-s in the client ({per_scheduler:.3f} in the scheduler: not counted, on a cluster "
        f"it has a core of its own)\n"
        f"  fixed: {fixed_worker:.1f} s per worker (start-up, model), {fixed_client:.1f} s in the client\n"
        f"  T = {fixed_client:.1f} + {fixed_worker:.1f} + {n} × ({per_worker:.2f} / {workers} + {per_client:.3f}) "
        f"= {total:.0f} s ≈ {total / 60:.1f} min ({n / total:.2f} reports/s); the client's serial part is "
        f"{n * per_client / total:.0%} of it\n"
        f"  Assumptions: each worker has a core to itself as fast as these; the workers see the files on a "
        f"shared file system; the format mix is this corpus's; the client's cost per report stays what it "
        f"was between {small.n} and {large.n} reports (the per-CPU-second row above shows whether it grows); "
        f"shipping a parsed report (≈ 1 MB) costs far less than parsing it; the client is not overlapped "
        f"with the workers (it publishes after gathering)."
    )


if __name__ == "__main__":
    main()
