"""Command line: `rapportage run | inspect | compare | evaluate | validate`.

Exit codes for run: 0 all inputs done, 1 some input failed (the others are still
written, each failure named on one line), 2 usage error.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__.split("\n")[0])
out_console = Console()
err = Console(stderr=True)
_state = {"debug": False}


@app.callback()
def main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks for failures.")) -> None:
    """Turns the Actieplan progress reports (PDF, Word, text) into Parquet datasets."""
    _state["debug"] = debug


def _fail(message: str, code: int = 2) -> None:
    if _state["debug"]:
        traceback.print_exc()
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@app.command()
def run(
    inputs: list[Path] = typer.Argument(None, help="Report files or folders (default: raw/)."),
    out: Path = typer.Option(Path("processed"), "--out", help="Output folder."),
    round_: str = typer.Option(None, "--round", help="Round YYYY-MM when the title page names none."),
    jobs: int = typer.Option(1, "--jobs", min=1, help="Reports processed in parallel."),
    force: bool = typer.Option(False, "--force", help="Redo every report, even unchanged ones."),
    executor: str = typer.Option("local", "--executor", help="local or dask."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address for --executor dask."),
) -> None:
    """Parse reports and write every dataset under processed/, one partition per round."""
    from pipeline.run import UsageError
    from pipeline.run import run as run_job

    if executor not in ("local", "dask"):
        _fail("--executor must be 'local' or 'dask'")
    if not _state["debug"]:
        # pdfminer logs warnings on odd PDFs; they would break the one line per failure.
        logging.getLogger("pdfminer").setLevel(logging.ERROR)
    inputs = inputs or [Path("raw")]
    try:
        with err.status("working…") as status:
            summary = run_job(inputs, out, round_, jobs, force, executor, scheduler,
                              progress=lambda msg: status.update(escape(msg)))  # fmt: skip
    except UsageError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{out}: cannot write the output ({exc.strerror or exc}); check the folder and the free space", 1)
    except KeyboardInterrupt:
        _fail("interrupted; the rounds written so far are whole, run again to finish", 130)
    except Exception as exc:  # noqa: BLE001 - one line, not a traceback (that is what --debug is for)
        _fail(f"unexpected error ({exc.__class__.__name__}: {' '.join(str(exc).split())[:160]}); "
              "rerun with --debug to see the traceback and report it", 1)  # fmt: skip
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
    if (out / "reports").is_dir():
        from pipeline.datapackage import write_package
        from pipeline.report_html import dataset_counts, write_run_report

        package, page = out / "datapackage.json", out / "report.html"
        # Nothing new: the dictionary and the report on disk still describe the data (and a
        # re-run stays well under a second without matplotlib).
        if summary.processed or summary.compared or _stale(out, package, page):
            try:
                package, page = write_package(out), write_run_report(out)
            except OSError as exc:
                _fail(f"{out}: cannot write the data dictionary or run report ({exc.strerror or exc})", 1)
            except Exception as exc:  # noqa: BLE001 - the datasets are written; say so in one line
                _fail(f"{out}: the datasets are written, but the data dictionary or run report failed "
                      f"({exc.__class__.__name__}: {' '.join(str(exc).split())[:160]}); rerun with --debug", 1)
        counts = dataset_counts(out)
        rounds = sorted({r for per in counts.values() for r in per})
        table = Table("dataset", title="Rows per dataset and round")
        for rid in rounds:
            table.add_column(rid, justify="right")
        for name, per in counts.items():
            table.add_row(name, *(str(per.get(r, 0)) for r in rounds))
        out_console.print(table)
        out_console.print(f"data dictionary: {escape(str(package))}\nrun report: {escape(str(page))}", soft_wrap=True)
    raise typer.Exit(1 if summary.failures else 0)


def _stale(out: Path, *pages: Path) -> bool:
    """A page is missing, or older than a dataset file (say a killed run wrote a round after it)."""
    if not all(p.exists() for p in pages):
        return True
    written = min(p.stat().st_mtime_ns for p in pages)
    return any(f.stat().st_mtime_ns > written for f in out.glob("*/report_id=*/*.parquet"))


@app.command()
def inspect(file: Path, round_: str = typer.Option(None, "--round")) -> None:
    """Show the parsed structure as a tree, with everything that could not be placed."""
    from rich.tree import Tree

    from pipeline.read import ReadError, read_document
    from pipeline.structure import build_report

    try:
        doc = read_document(file)
    except (ReadError, OSError) as exc:
        _fail(f"{file}: {exc}", 1)
    report = build_report(doc.blocks, doc.n_pages)
    rid = round_ or report.report_id
    tree = Tree(f"[bold]{report.title}[/bold] — {report.round_label} (round {rid}, {doc.source_format}, "
                f"{report.n_pages or '–'} pages){' [red]SYNTHETIC[/red]' if report.synthetic else ''}")  # fmt: skip
    for line in report.policy_lines:
        lt = tree.add(f"[cyan]{line.line_no}. {line.title}[/cyan]")
        for measure in line.measures:
            mt = lt.add(f"[magenta]Maatregel {measure.measure_no}[/magenta] {measure.title}")
            for a in measure.actions:
                desc = " ".join(a.description.split())
                at = mt.add(f"[bold]Actie {a.action_id}[/bold] [{a.status}] p.{a.page or '–'} {desc[:70]}…")
                at.add(f"ministers: {'; '.join(a.ministers)}")
                dom = " ".join(d + (" (coörd.)" if d == a.coordinating_domain else "") for d in a.policy_domains)
                at.add(f"domains: {dom}   parties: {', '.join(a.other_parties) or '–'}")
                for e in a.entries:
                    budget = " ".join(e.budget_text.split())
                    at.add(f"#{e.entry_no} {', '.join(e.competences) or '(no competence)'}: "
                           f"{len(e.description)} chars{'; budget: ' + budget if budget else ''}")  # fmt: skip
    out_console.print(tree)
    out_console.print(f"{len(report.actions())} actions, {sum(len(a.entries) for a in report.actions())} entries, "
                      f"{len(report.introduction)} introduction paragraphs")  # fmt: skip
    if report.warnings:
        out_console.print(f"[yellow]{len(report.warnings)} things could not be placed or parsed:[/yellow]")
        for w in report.warnings:
            where = f"action {w.action_id}" if w.action_id else "report"
            out_console.print(f"  {where}{f', p.{w.page}' if w.page else ''}: {w.message}", highlight=False)
    else:
        out_console.print("[green]everything placed[/green]")


@app.command()
def compare(
    from_round: str = typer.Argument(None), to_round: str = typer.Argument(None),
    out: Path = typer.Option(Path("processed"), "--out"),
) -> None:  # fmt: skip
    """Readable summary of the changes between two rounds (default: the last two)."""
    from pipeline.publish import read_dataset

    changes = read_dataset(out, "changes")
    if changes is None:
        _fail(f"no comparison in {out}: run at least two rounds first", 1)
    rows = changes.to_pylist()
    pairs = sorted({(r["from_report"], r["to_report"]) for r in rows})
    if from_round and to_round:
        pair = (from_round, to_round)
        if pair not in pairs:
            _fail(f"no comparison {from_round} → {to_round}; available: {', '.join(f'{a}→{b}' for a, b in pairs)}")
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
        budget.add_row(r["action_id_to"] or r["action_id_from"], _eur(r["budget_from_eur"]), _eur(r["budget_to_eur"]),
                       _eur(r["budget_delta_eur"], sign=True))  # fmt: skip
    out_console.print(budget)
    for how, label in (("added", "Added"), ("removed", "Removed")):
        ids = [r["action_id_to"] or r["action_id_from"] for r in rows if r["match"] == how]
        out_console.print(f"[bold]{label}:[/bold] {', '.join(ids) or '–'}")
    renumbered = [f"{r['action_id_from']} → {r['action_id_to']}" for r in rows
                  if r["match"] == "content" and r["action_id_from"] != r["action_id_to"]]  # fmt: skip
    out_console.print(f"[bold]Renumbered:[/bold] {', '.join(renumbered) or '–'}")
    parties = [f"{r['action_id_to']}: +{', +'.join(r['parties_added'])}" for r in rows if r["parties_added"]]
    parties += [f"{r['action_id_to']}: -{', -'.join(r['parties_removed'])}" for r in rows if r["parties_removed"]]
    out_console.print(f"[bold]Parties:[/bold] {'; '.join(parties) or '–'}")


def _eur(value: float | None, sign: bool = False) -> str:
    if value is None:
        return "–"
    text = f"{value:{'+' if sign else ''},.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


@app.command()
def evaluate(
    split: str = typer.Option("test", "--split", help="test (held out), dev or dev-extra (synthetic tuning items)."),
) -> None:
    """Extractor scores against the hand-annotated gold set in tests/gold/."""
    from pipeline.evaluate import evaluate as run_eval

    results = run_eval(split)
    table = Table("extractor", "gold", "predicted", "precision", "recall", "F1", title=f"Gold set: {split} split")
    for name, s in results.items():
        table.add_row(name, str(s.gold), str(s.predicted), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    out_console.print(table)


@app.command()
def validate(folder: Path = typer.Argument(Path("processed"))) -> None:
    """Check the datasets against their schemas and cross-table keys."""
    from pipeline.validate import validate as run_validate

    problems = run_validate(folder)
    if problems:
        for p in problems:
            err.print(f"[red]invalid:[/red] {p}", highlight=False)
        raise typer.Exit(1)
    out_console.print(f"[green]{folder}: every dataset matches its schema and keys[/green]")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
