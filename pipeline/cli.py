"""Command line: `rapportage run | inspect | show | compare | export | evaluate | validate`.

Owns: parsing the arguments, building the settings (``Settings.from_environment``), calling the job
and formatting its result — messages, tables and exit codes. The work is elsewhere (``pipeline.run``
for `run`). Top-level imports are typer and rich only: each command imports what it uses.

Exit codes for run: 0 all inputs done, 1 some input failed (the others are still
written, each failure named on one line), 2 usage error.
"""

from __future__ import annotations

import os
import signal
import sys

# What Ctrl-C or SIGTERM prints (one line; the run command says what the next run does).
_INTERRUPTED = {"line": "interrupted"}


def _on_signal(signum: int, frame: object) -> None:
    os.write(2, f"\n{_INTERRUPTED['line']}\n".encode())
    if "multiprocessing" in sys.modules:  # worker processes end with the run (they hold nothing that lasts)
        for child in sys.modules["multiprocessing"].active_children():
            with __import__("contextlib").suppress(OSError):
                os.kill(child.pid, signal.SIGKILL)
    os._exit(128 + signum)


def install_signal_handlers() -> None:
    """Ctrl-C or SIGTERM at any moment: one line, then exit. Everything on disk is committed or is repaired
    by the next run (pipeline.publish), so nothing needs unwinding."""
    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)


# This process is the command itself (not a test or a notebook calling the app).
_OWN_PROCESS = __name__ == "__main__" or os.path.basename(sys.argv[0]) == "rapportage"
if _OWN_PROCESS:
    install_signal_handlers()  # before the imports below: Ctrl-C during start-up prints the line too

import logging  # noqa: E402
import traceback  # noqa: E402
from pathlib import Path  # noqa: E402

import typer  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.markup import escape  # noqa: E402
from rich.table import Table  # noqa: E402

from pipeline.gold import HELD_OUT_SPLITS, TUNING_SPLITS  # noqa: E402  (light: the split names for --help)


def _plain_parameters_without_pydantic() -> None:
    """typer (≥ 0.2x) coerces every parameter's value through a pydantic ``TypeAdapter``: importing pydantic
    and building the adapters is ≈ 0.07 s of the 0.3 s that inspect, compare and show may take to start.
    A ``str``, ``bool`` or ``Path`` value needs none of it: pydantic only returns the string or the flag's
    bool, or gives typer's own path check (``coerce_cli_path``) a ``Path`` made of the string. So those are
    coerced here the same way without pydantic; any other value or parameter (``--jobs``' bounded int, the
    lists of ``run``) still goes to typer's adapter. Nothing changes with a typer whose internals differ (an
    older one has no pydantic). Only in the command's own process (``_OWN_PROCESS``)."""
    try:
        from dataclasses import dataclass
        from typing import Any

        from typer import _coercion, core
        from typer._param_types import coerce_cli_path, lenient_issubclass

        typer_builds = core.build_runtime_param
        base = _coercion.RuntimeParam
    except (ImportError, AttributeError):
        return

    def plain(descriptor: Any) -> bool:
        info = descriptor.parameter_info
        kind = descriptor.annotation
        return (
            descriptor.file_annotation is None
            and info.parser is None
            and (kind in (str, bool) or lenient_issubclass(kind, Path))
            and (info.path_type is None or lenient_issubclass(info.path_type, Path))
        )

    @dataclass(frozen=True)
    class _Plain(base):
        descriptor: Any = None

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            if isinstance(value, self.annotation) and self.annotation in (str, bool):
                return value
            path_type = self.parameter_info.path_type or self.annotation
            if self.annotation not in (str, bool) and isinstance(value, str | Path):
                value = value if isinstance(value, path_type) else path_type(value)
                return coerce_cli_path(value, self.parameter_info, path_type=path_type, param=param, ctx=ctx)
            return typer_builds(self.descriptor)._coerce_value(value, param=param, ctx=ctx)

    def build(descriptor: Any) -> Any:
        if plain(descriptor):
            return _Plain(
                parameter_info=descriptor.parameter_info, annotation=descriptor.annotation, descriptor=descriptor
            )
        return typer_builds(descriptor)

    core.build_runtime_param = build


if _OWN_PROCESS:
    _plain_parameters_without_pydantic()


app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__.split("\n")[0])
out_console = Console()
err = Console(stderr=True)
_state = {"debug": False}


@app.callback()
def main(
    debug: bool = typer.Option(
        False,
        "--debug",
        help="Show tracebacks for failures (also accepted after the subcommand: `rapportage run --debug`).",
    ),
) -> None:
    """Turns the Actieplan progress reports (PDF, Word, text) into Parquet datasets."""
    _state["debug"] = debug


def _arrow_without_pandas() -> None:
    """pyarrow imports pandas (≈ 0.36 s) the first time it converts Python values, only to ask whether they
    are pandas objects; no command here hands it any. So its check fails once, here, and pyarrow keeps that
    answer for the process (``to_pandas`` and a later ``import pandas`` still work). Only in this CLI
    process: a library user's pyarrow is left alone."""
    _arrow_without("pandas")


def _arrow_read_only() -> None:
    """For the commands that only read datasets and print them (compare, show): pyarrow imported without
    numpy as well (≈ 0.09 s of the 0.15 s ``import pyarrow`` costs; pyarrow ≥ 16 needs numpy only to convert
    to and from numpy and pandas, which these commands never do: they call ``to_pylist``). pyarrow then
    keeps running without numpy for the whole process, so this is done only when the process is the
    command itself (not when a test or a notebook calls the app), and only when pyarrow is not loaded yet."""
    _arrow_without("pandas", *(("numpy",) if _OWN_PROCESS and "pyarrow" not in sys.modules else ()))


def _arrow_without(*packages: str) -> None:
    """Imports pyarrow (when not yet loaded) and makes its first Python conversion while ``packages`` cannot
    be imported; afterwards they can again."""
    if "pandas" in sys.modules:
        return
    import importlib.abc

    class _Hidden(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, path: object = None, target: object = None) -> None:
            if name.partition(".")[0] in packages:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    hidden = _Hidden()
    sys.meta_path.insert(0, hidden)
    try:
        import pyarrow as pa

        pa.array([None])
    finally:
        sys.meta_path.remove(hidden)


def _fail(message: str, code: int = 2) -> None:
    if _state["debug"]:
        traceback.print_exc()
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@app.command()
def run(
    inputs: list[Path] = typer.Argument(
        None,
        help="Report files or folders (default: raw/). In a folder, .pdf, .docx "
        "and .txt files are read; others are named and skipped.",
    ),
    out: Path = typer.Option(Path("processed"), "--out", help="Output folder."),
    round_: str = typer.Option(
        None,
        "--round",
        help="Round YYYY-MM for a report whose title page names none "
        "(a title page naming another round stops the run).",
    ),
    override_round: bool = typer.Option(
        False, "--override-round", help="Relabel the report as --round even when its title page names another round."
    ),
    recursive: bool = typer.Option(False, "--recursive", help="Also read the reports in sub-folders of a folder."),
    jobs: int = typer.Option(1, "--jobs", min=1, help="Reports processed in parallel."),
    force: bool = typer.Option(False, "--force", help="Redo every report, even unchanged ones."),
    executor: str = typer.Option("local", "--executor", help="local or dask."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address for --executor dask."),
    limit: list[str] = typer.Option(
        None,
        "--limit",
        metavar="NAME=VALUE",
        help="Raise an input limit (repeatable): docx_unpacked_mb, docx_ratio, text_mb, "
        "pdf_pages, nlp_chunk_chars; see pipeline/limits.py.",
    ),
) -> None:
    """Parse reports and write every dataset under processed/, one partition per round."""
    from pipeline.executors import EXECUTORS
    from pipeline.limits import parse_overrides
    from pipeline.run import BusyError, UsageError
    from pipeline.run import run as run_job
    from pipeline.settings import Settings

    _INTERRUPTED["line"] = (
        "interrupted; every round is either committed whole or left for the next "
        "`rapportage run`, which completes or repairs it"
    )
    if executor not in EXECUTORS:
        _fail(f"--executor must be {' or '.join(repr(e) for e in EXECUTORS)}")
    try:
        settings = Settings.from_environment(limits=parse_overrides(limit))
    except ValueError as exc:
        _fail(str(exc))
    if not _state["debug"]:
        # pdfminer logs warnings on odd PDFs; they would break the one line per failure.
        logging.getLogger("pdfminer").setLevel(logging.ERROR)
    inputs = inputs or [Path("raw")]
    if executor == "local":
        _arrow_without_pandas()
    try:
        with err.status("working…") as status:
            summary = run_job(
                inputs,
                out,
                round_,
                jobs,
                force,
                executor,
                scheduler,
                progress=lambda msg: status.update(escape(msg)),
                recursive=recursive,
                override_round=override_round,
                settings=settings,
                prepare_while_parsing=True,
            )
    except UsageError as exc:
        _fail(str(exc))
    except BusyError as exc:
        _fail(str(exc), 1)
    except OSError as exc:
        _fail(f"{out}: cannot write the output ({exc.strerror or exc}); check the folder and the free space", 1)
    except KeyboardInterrupt:
        _fail(_INTERRUPTED["line"], 130)
    except Exception as exc:  # one line, not a traceback (that is what --debug is for)
        _fail(
            f"unexpected error ({exc.__class__.__name__}: {' '.join(str(exc).split())[:160]}); "
            "rerun with --debug to see the traceback and report it",
            1,
        )
    for rid in summary.processed:
        out_console.print(f"wrote round [bold]{rid}[/bold]")
    if summary.skipped:
        out_console.print(f"unchanged, skipped: {escape(', '.join(summary.skipped))}", soft_wrap=True)
    if _state["debug"]:
        for trace in summary.traces:
            err.out(trace, highlight=False, end="")
    # soft_wrap: each notice and failure stays on one line whatever the terminal width.
    for notice in summary.notices:
        err.print(f"[yellow]note:[/yellow] {escape(notice)}", highlight=False, soft_wrap=True)
    for failure in summary.failures:
        err.print(f"[red]failed:[/red] {escape(failure)}", highlight=False, soft_wrap=True)
    for line in summary.incomplete:
        err.print(f"[red]incomplete:[/red] {escape(line)}", highlight=False, soft_wrap=True)
    if summary.outputs:
        # The run itself rewrote them when they no longer described the committed rounds.
        rounds = sorted({r for per in summary.counts.values() for r in per})
        table = Table("dataset", title="Rows per dataset and round")
        for rid in rounds:
            table.add_column(rid, justify="right")
        for name, per in summary.counts.items():
            table.add_row(name, *(str(per.get(r, 0)) for r in rounds))
        out_console.print(table)
        out_console.print(
            "\n".join(f"{what}: {escape(str(path))}" for what, path in summary.outputs.items()), soft_wrap=True
        )
    raise typer.Exit(1 if summary.failures or summary.incomplete else 0)


@app.command()
def inspect(
    file: Path = typer.Argument(..., help="One report file (PDF, .docx or text)."),
    round_: str = typer.Option(None, "--round", help="Round YYYY-MM, as for run."),
    override_round: bool = typer.Option(False, "--override-round", help="As for run."),
    explain: str = typer.Option(
        None,
        "--explain",
        metavar="ACTION",
        help="Show the blocks (kind, page, cells) action ACTION (e.g. 5.2) was built from.",
    ),
) -> None:
    """Show the parsed structure as a tree, with everything that could not be placed.

    The verdict and exit code are the ones `run` gives on this file: 1 when run would reject it,
    2 for a --round the title page contradicts."""
    from rich.tree import Tree

    from pipeline.parse import InputError, RoundConflict, check_file
    from pipeline.rounds import check_round_option
    from pipeline.settings import Settings, UsageError
    from pipeline.structure import completeness_line
    from pipeline.vocabulary import domain_label

    try:
        check_round_option(round_, override_round)
    except UsageError as exc:
        _fail(str(exc))
    try:
        _, doc, report = check_file(file, round_, override_round, Settings.from_environment())
    except RoundConflict as exc:
        _fail(f"{file}: {exc}", 2)
    except InputError as exc:
        _fail(f"{file}: {exc}", 1)
    if explain:
        _explain(report, doc.blocks, explain.removeprefix("Actie").strip())
        return
    rid = report.report_id
    tree = Tree(
        f"[bold]{report.title}[/bold] — {report.round_label} (round {rid}, {doc.source_format}, "
        f"{report.n_pages or '–'} pages){' [red]SYNTHETIC[/red]' if report.synthetic else ''}"
    )
    for line in report.policy_lines:
        lt = tree.add(f"[cyan]{line.line_no}. {line.title}[/cyan]")
        for measure in line.measures:
            mt = lt.add(f"[magenta]Maatregel {measure.measure_no}[/magenta] {measure.title}")
            for a in measure.actions:
                desc = " ".join(a.description.split())
                at = mt.add(f"[bold]Actie {a.action_id}[/bold] [{a.status}] p.{a.page or '–'} {desc[:70]}…")
                at.add(f"ministers: {'; '.join(a.ministers)}")
                dom = ", ".join(
                    domain_label(d) + (" coörd." if d == a.coordinating_domain else "") for d in a.policy_domains
                )
                at.add(f"domains: {dom}   parties: {', '.join(a.other_parties) or '–'}")
                for e in a.entries:
                    budget = " ".join(e.budget_text.split())
                    at.add(
                        f"#{e.entry_no} {', '.join(e.competences) or '(no competence)'}: "
                        f"{len(e.description)} chars{'; budget: ' + budget if budget else ''}"
                    )
    out_console.print(tree)
    out_console.print(
        f"{len(report.actions())} actions, {sum(len(a.entries) for a in report.actions())} entries, "
        f"{len(report.introduction)} introduction paragraphs"
    )
    if report.warnings:
        out_console.print(f"[yellow]{len(report.warnings)} things could not be placed or parsed:[/yellow]")
        for w in report.warnings:
            where = f"action {w.action_id}" if w.action_id else "report"
            out_console.print(f"  {where}{f', p.{w.page}' if w.page else ''}: {w.message}", highlight=False)
    incomplete = completeness_line(report)
    if incomplete:
        out_console.print(f"[red]{escape(str(file))}: {escape(incomplete)}[/red]", soft_wrap=True)
    elif not report.warnings:
        out_console.print("[green]everything placed[/green]")


def _explain(report, blocks, action_id: str) -> None:  # Report, list[Block]
    """The blocks one action was built from, in order: kind, page and cells or text."""
    indices = report.action_blocks.get(action_id)
    if not indices:
        known = ", ".join(a.action_id for a in report.actions()[:5])
        seen = "; the document's text shows it, but it was not read" if action_id in report.actions_unread else ""
        _fail(f"no action {action_id} was parsed{seen} (actions are numbered like {known}, …)", 1)
    table = Table("block", "kind", "page", "cells / text", title=f"Blocks action {action_id} was built from")
    for i in indices:
        b = blocks[i]
        text = " | ".join(" ".join(c.split())[:60] for c in b.cells) if b.kind == "row" else " ".join(b.text.split())
        body = text[:180]
        kind = b.kind + (" (continued)" if b.continued else "")
        table.add_row(str(i), kind, str(b.page or "–"), escape(body))
    out_console.print(table)
    for w in report.warnings:
        if w.action_id == action_id:
            out_console.print(f"  warning{f', p.{w.page}' if w.page else ''}: {w.message}", highlight=False)


@app.command()
def compare(
    from_round: str = typer.Argument(None, help="Earlier round YYYY-MM (give both rounds, or none for the last two)."),
    to_round: str = typer.Argument(None, help="Later round YYYY-MM, the one after FROM_ROUND."),
    out: Path = typer.Option(Path("processed"), "--out", help="Folder with the datasets."),
) -> None:
    """Readable summary of the changes between two successive rounds (default: the last two)."""
    _arrow_read_only()
    from pipeline.publish import read_dataset, written_rounds

    if bool(from_round) != bool(to_round):
        _fail("give two rounds (compare 2017-12 2018-06) or none for the last two, not one")
    changes = read_dataset(out, "changes")
    if changes is None:
        _fail(f"no datasets in {out}: run `rapportage run` first or give --out", 1)
    rows = changes.to_pylist()
    pairs = sorted({(r["from_report"], r["to_report"]) for r in rows})
    rounds = sorted(written_rounds(out))
    if not pairs:
        _fail(f"{out} holds one round ({', '.join(rounds) or '–'}): nothing to compare; run a second round first", 1)
    if from_round:
        pair = (from_round, to_round)
        unknown = [r for r in pair if r not in rounds]
        if unknown:
            _fail(f"no round {', '.join(unknown)} in {out}; rounds: {', '.join(rounds)}")
        if pair not in pairs:
            _fail(
                f"{from_round} → {to_round} are no successive rounds; compared: "
                f"{', '.join(f'{a} → {b}' for a, b in pairs)}"
            )
    else:
        pair = pairs[-1]
    rows = [r for r in rows if (r["from_report"], r["to_report"]) == pair]
    out_console.rule(f"Changes {pair[0]} → {pair[1]}")
    status = Table("action", "from", "to", title="Status transitions")
    for r in rows:
        if r["status_changed"]:
            status.add_row(r["action_id_to"], r["status_from"], r["status_to"])
    out_console.print(status)
    budget = Table("action", "from (€)", "to (€)", "change (€)", title="Largest budget changes")
    moved = sorted((r for r in rows if r["budget_delta_eur"]), key=lambda r: -abs(r["budget_delta_eur"]))
    for r in moved[:10]:
        budget.add_row(
            r["action_id_to"] or r["action_id_from"],
            _eur(r["budget_from_eur"]),
            _eur(r["budget_to_eur"]),
            _eur(r["budget_delta_eur"], sign=True),
        )
    out_console.print(budget)
    for how, label in (
        ("added", "Added"),
        ("removed", "Removed"),
        ("unread", "Not read in the later round (its text shows them; not removed)"),
    ):
        ids = [r["action_id_to"] or r["action_id_from"] for r in rows if r["match"] == how]
        out_console.print(f"[bold]{label}:[/bold] {', '.join(ids) or '–'}")
    renumbered = [
        f"{r['action_id_from']} → {r['action_id_to']}"
        for r in rows
        if r["match"] == "content" and r["action_id_from"] != r["action_id_to"]
    ]
    out_console.print(f"[bold]Renumbered:[/bold] {', '.join(renumbered) or '–'}")
    parties = [f"{r['action_id_to']}: +{', +'.join(r['parties_added'])}" for r in rows if r["parties_added"]]
    parties += [f"{r['action_id_to']}: -{', -'.join(r['parties_removed'])}" for r in rows if r["parties_removed"]]
    out_console.print(f"[bold]Parties:[/bold] {'; '.join(parties) or '–'}")
    _print_novelty(out, pair[1])


def _print_novelty(out: Path, report_id: str) -> None:
    """Per action: sentences new, revised, dropped and new facts, the most new text first."""
    from pipeline.novelty import round_summaries

    table = Table(
        "action",
        "matched",
        "new",
        "revised",
        "dropped",
        "new facts",
        "new text (chars)",
        title=f"What is new in {report_id} (sentences; details in dossier.html)",
    )
    for s in round_summaries(out, report_id):
        table.add_row(
            s.action_id, s.how, *(str(n) for n in (s.n_new, s.n_revised, s.n_dropped, s.n_new_facts, s.new_chars))
        )
    out_console.print(table)


def _eur(value: float | None, sign: bool = False) -> str:
    from pipeline.formats import dutch_number

    return "–" if value is None else dutch_number(value, 2, sign)


@app.command()
def evaluate(
    split: str = typer.Option(
        ",".join(HELD_OUT_SPLITS),
        "--split",
        help=f"{HELD_OUT_SPLITS[0]} (held-out actions), {', '.join(HELD_OUT_SPLITS[1:])} (synthetic text nobody "
        f"tuned on), {TUNING_SPLITS[0]} (tuning actions), {', '.join(TUNING_SPLITS[1:])} (synthetic tuning items), "
        "or several separated by commas: one table each.",
    ),
    report: Path = typer.Option(
        None,
        "--report",
        help="The text form of the December 2017 report that the test and dev gold annotate "
        "(default: the copy in models/gold/).",
    ),
) -> None:
    """Extractor scores against the hand-annotated gold set in models/gold/ (shipped with the package)."""
    from pipeline.evaluate import evaluate as run_eval
    from pipeline.gold import GOLD_DIR, REPORT_TEXT, SPLITS

    report = report or REPORT_TEXT
    if not GOLD_DIR.is_dir() or not report.is_file():
        _fail(f"no gold set at {GOLD_DIR} or no report text at {report}")
    chosen = [s.strip() for s in split.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SPLITS]
    if unknown or not chosen:
        _fail(f"--split must be one of {', '.join(SPLITS)} (or several, comma-separated), not {split!r}")
    for name_of_split in chosen:
        results = run_eval(name_of_split, report_text=report)
        table = Table(
            "extractor", "gold", "predicted", "precision", "recall", "F1", title=f"Gold set: {name_of_split} split"
        )
        for name, s in results.items():
            table.add_row(name, str(s.gold), str(s.predicted), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
        out_console.print(table)


@app.command()
def validate(folder: Path = typer.Argument(Path("processed"), help="Folder with the datasets.")) -> None:
    """Check the datasets against their schemas and cross-table keys."""
    from pipeline.validate import validate as run_validate

    problems = run_validate(folder)
    if problems:
        for p in problems:
            err.print(f"[red]invalid:[/red] {p}", highlight=False)
        raise typer.Exit(1)
    out_console.print(f"[green]{folder}: every dataset matches its schema and keys[/green]")


@app.command()
def export(
    fmt: str = typer.Option(
        ..., "--format", help="xlsx (one workbook, a sheet per dataset) or csv (a file per dataset)."
    ),
    to: Path = typer.Option(..., "--to", help="The workbook to write (xlsx) or the folder for the files (csv)."),
    out: Path = typer.Option(Path("processed"), "--out", help="Folder with the datasets."),
) -> None:
    """The datasets as an Excel workbook or CSV files, for use without Python."""
    from pipeline.export import FORMATS, ExportError
    from pipeline.export import export as run_export

    if fmt not in FORMATS:
        _fail(f"--format must be {' or '.join(FORMATS)}, not {fmt!r}")
    try:
        result = run_export(out, fmt, to)
    except ExportError as exc:
        _fail(str(exc), 1)
    except OSError as exc:
        _fail(f"{to}: cannot write the export ({exc.strerror or exc})", 1)
    for note in result.notes:
        err.print(f"[yellow]note:[/yellow] {escape(note)}", highlight=False, soft_wrap=True)
    rows = ", ".join(f"{n} {c}" for n, c in result.rows.items())
    out_console.print(f"wrote {escape(', '.join(str(f) for f in result.files))} (rows: {rows})", soft_wrap=True)


@app.command()
def show(
    action: str = typer.Argument(..., help="Action number as printed, e.g. 1.3."),
    out: Path = typer.Option(Path("processed"), "--out", help="Folder with the datasets."),
    as_json: bool = typer.Option(False, "--json", help="Print the history as JSON instead of text."),
) -> None:
    """One action across every round: renumbering, status, ministers, budget, entries and facts with pages."""
    import json

    _arrow_read_only()
    from pipeline.show import ShowError, action_history

    try:
        history = action_history(out, action)
    except ShowError as exc:
        _fail(str(exc), 1)
    if as_json:
        out_console.out(json.dumps(history, ensure_ascii=False, indent=1, default=str), highlight=False)
        return
    for lineage in history:
        _print_lineage(action, lineage)


def _print_lineage(action: str, lineage: dict) -> None:
    from pipeline.formats import eur
    from pipeline.vocabulary import domain_label

    def say(text: str) -> None:  # one line per statement, however wide the terminal
        out_console.print(text, highlight=False, soft_wrap=True)

    path = " → ".join(f"{r['action_id']} ({r['round']})" for r in lineage["rounds"])
    out_console.rule(f"Action {escape(action)}: {escape(path)}")
    for r in lineage["rounds"]:
        change = r["change"]
        how = ""
        if change and change["match"] == "content" and change["from_action"] != r["action_id"]:
            how = f" — renumbered from {change['from_action']} ({change['from_round']})"
        was = change["status_from"] if change and change["status_from"] != r["status"] else None
        say(
            f"[bold]{r['round']}[/bold] action {r['action_id']}{how}, p.{r['page'] or '–'}: "
            f"status [bold]{escape(r['status'] or '–')}[/bold]" + (f" (was {escape(was)})" if was else "")
        )
        say(f"  ministers: {escape('; '.join(r['ministers']) or '–')}")
        domains = ", ".join(
            domain_label(d) + (" coörd." if d == r["coordinating_domain"] else "") for d in r["policy_domains"]
        )
        say(f"  policy domains: {escape(domains or '–')}")
        moved = change["budget_delta_eur"] if change else None
        delta = f" (change {eur(moved, sign=True)})" if moved else ""
        say(f"  budget total: {eur(r['budget_total_eur'])}{delta}")
        for e in r["entries"]:
            budget = " ".join(e["budget_text"].split()) or "–"
            say(
                f"  entry {e['entry_no']} ({escape(', '.join(e['competences']) or 'no competence')}), "
                f"p.{e['page'] or '–'}: budget {escape(budget[:90])}"
            )
        facts = r["facts"]
        for kind, label in (("dates", "raw"), ("amounts", "raw"), ("organisations", "canonical"), ("meetings", "body")):
            shown = [f"{f[label]} (p.{f['page'] or '–'})" for f in facts[kind]]
            say(f"  {kind} ({len(shown)}): {escape('; '.join(shown) or '–')}")
        sentences = r["sentences"]
        counts = sentences["counts"]
        say(
            f"  sentences: {counts['new']} new, {counts['revised']} revised, {counts['dropped']} dropped, "
            f"{counts['carried']} carried"
        )
        marks = {
            "new": "[green]+ new[/green]",
            "revised": "[yellow]~ revised[/yellow]",
            "dropped": "[red]- dropped[/red]",
        }
        for s in sentences["marked"]:
            where = f"entry {s['entry_no']}" if s["entry_no"] else "description"
            say(f"    {marks[s['status']]} ({where}, p.{s['page'] or '–'}): {escape(s['text'])}")


def cli() -> None:
    """The `rapportage` command: --debug is taken wherever it stands (before or after the subcommand)."""
    args = sys.argv[1:]
    stop = args.index("--") if "--" in args else len(args)
    if "--debug" in args[:stop]:
        args = ["--debug", *(a for i, a in enumerate(args) if not (a == "--debug" and i < stop))]
    app(args=args, prog_name="rapportage")


if __name__ == "__main__":  # pragma: no cover
    cli()
