"""Where the per-report work runs: in this process, in a pool of worker processes, or on a Dask cluster.

Owns: the choice of executor (``EXECUTORS``, ``--jobs``, ``--executor``, ``--scheduler``), the biggest-
first order, and the one line for a worker that died. ``task`` is the per-report work
(``pipeline.parse.safe_parse`` with the run's options bound): a picklable callable path → result.
Results come back in the order of the inputs; publishing stays with the caller.
"""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from pipeline.inputs import one_line
from pipeline.parse import Failure, ParsedReport
from pipeline.settings import UsageError

EXECUTORS = ("local", "dask")
Task = Callable[[Path], "ParsedReport | Failure"]
Progress = Callable[[str], None] | None

# Rough parsing cost per byte of each format relative to text (benchmarks/README.md): with the pypdfium2
# reader a PDF costs about what text does, a Word file's XML about twice. Only used to start big ones first.
_COST_PER_BYTE = {".pdf": 1.0, ".docx": 2.0}


def _expected_cost(path: Path) -> float:
    try:
        return path.stat().st_size * _COST_PER_BYTE.get(path.suffix.lower(), 1.0)
    except OSError:
        return 0.0


def _biggest_first(todo: Sequence[Path]) -> list[int]:
    # Biggest first, so that no worker starts a long PDF when the others are already done.
    return sorted(range(len(todo)), key=lambda i: -_expected_cost(todo[i]))


def parse_all(
    todo: Sequence[Path],
    task: Task,
    jobs: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    progress: Progress = None,
    meanwhile: Callable[[], None] | None = None,
) -> list[ParsedReport | Failure]:
    """``task`` on every file, results in the order of ``todo``.

    ``meanwhile`` runs here while the workers parse: the caller's preparation for what follows (imports).
    Given it, even one job parses in a worker process when that is cheaper: this process has not loaded
    spaCy (the worker loads it while this one prepares) and there is a core to spare."""
    if executor == "dask":
        return _parse_on_dask(todo, task, scheduler, progress, meanwhile)
    if jobs > 1 and len(todo) > 1:
        return _parse_in_processes(todo, task, jobs, progress, meanwhile)
    if todo and meanwhile and _worker_pays_off():
        return _parse_in_processes(todo, task, 1, progress, meanwhile)
    results = []
    for path in todo:
        results.append(task(path))
        if progress:
            progress(f"parsed {path.name}")
    return results


def _worker_pays_off() -> bool:
    """One job in a worker process: worth it when the model is not loaded here and a second core is free."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores > 1 and "spacy" not in sys.modules


def _prepare(meanwhile: Callable[[], None] | None) -> None:
    if meanwhile:
        with contextlib.suppress(ImportError):  # only a head start: what fails here fails again where needed
            meanwhile()


def _died(path: Path, where: str, exc: BaseException) -> Failure:
    return Failure(
        path,
        f"the {where} parsing it died ({exc.__class__.__name__}: {one_line(exc)}); rerun with --jobs 1",
        traceback.format_exc(),
    )


def _parse_in_processes(
    todo: Sequence[Path], task: Task, jobs: int, progress: Progress, meanwhile: Callable[[], None] | None = None
) -> list[ParsedReport | Failure]:
    from concurrent.futures import ProcessPoolExecutor

    workers = min(jobs, len(todo))
    context = _forked_from_one_load(workers, meanwhile)
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_quiet_worker) as pool:
            futures = {i: pool.submit(task, todo[i]) for i in _biggest_first(todo)}
            _prepare(meanwhile)
            results: list[ParsedReport | Failure] = []
            for i, path in enumerate(todo):
                try:
                    results.append(futures[i].result())
                except Exception as exc:  # a worker that died (killed, out of memory)
                    results.append(_died(path, "worker process", exc))
                if progress:
                    progress(f"parsed {path.name}")
            return results
    finally:
        if context is not None:
            _stop_fork_server()


def _forked_from_one_load(workers: int, meanwhile: Callable[[], None] | None):  # a multiprocessing context
    """Two or more workers for the command line (``meanwhile`` given): forked from one fork server that has
    imported spaCy and loaded the model (``pipeline.worker``), so they load them once between them, not once
    each (≈ 1.3 s CPU per worker, on the cores the others parse on). None: the default (fork), as before.

    Only for the command line: like every start method but fork, a fork server imports the caller's main
    module in each worker, which a script without a ``__main__`` guard would not survive."""
    import multiprocessing

    if workers < 2 or meanwhile is None or "forkserver" not in multiprocessing.get_all_start_methods():
        return None
    _quiet_resource_tracker()
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.worker"])
    _start_fork_server_deaf_to_ctrl_c()
    return context


def _start_fork_server_deaf_to_ctrl_c() -> None:
    """A terminal's Ctrl-C reaches the whole process group, the fork server too; while it preloads spaCy it
    would die of it with a traceback under the parent's one line. Started with SIGINT ignored (an ignored
    signal stays ignored across exec) it outlives the signal silently and ends when the parent does, whose
    handler (``cli``) already kills the workers; the workers set their own handlers (``_quiet_worker``)."""
    import signal
    import threading
    from multiprocessing import forkserver

    if threading.current_thread() is not threading.main_thread():  # signal.signal works in the main thread only
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


def _quiet_resource_tracker() -> None:
    """A pool of forked-server workers keeps named semaphores, which multiprocessing's resource tracker
    process unlinks when this process ends. After Ctrl-C (``cli``: one line, then ``os._exit``) it would also
    print a warning about them under that line; so it is started here with its stderr on /dev/null. It
    still cleans up; it just says nothing (it has nothing to say to the user)."""
    from multiprocessing import resource_tracker

    saved, devnull = os.dup(2), os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        resource_tracker.ensure_running()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def _stop_fork_server() -> None:
    """Ends the fork server once the pool is done and waits for it, so that the workers it forked and
    reaped count in this process's resource usage (CPU, peak memory) as forked workers do."""
    from multiprocessing import forkserver

    with contextlib.suppress(AttributeError, OSError, ChildProcessError):
        forkserver._forkserver._stop()


def _quiet_worker() -> None:
    """A worker ends silently on Ctrl-C: the parent prints the one line (the terminal signals the whole group)."""
    import signal

    signal.signal(signal.SIGINT, lambda *_: os._exit(130))
    signal.signal(signal.SIGTERM, lambda *_: os._exit(143))


def _parse_on_dask(
    todo: Sequence[Path],
    task: Task,
    scheduler: str | None,
    progress: Progress,
    meanwhile: Callable[[], None] | None = None,
) -> list[ParsedReport | Failure]:
    """The per-report work as tasks on a Dask cluster; publishing stays in the client.

    The workers open the files by absolute path, so they must see the same file system (a shared
    volume); without ``scheduler`` Dask starts a local cluster of worker processes.
    """
    try:
        from dask.distributed import Client
    except ImportError as exc:
        raise UsageError("--executor dask needs Dask: pip install 'rapportage[dask]'") from exc
    try:
        client = Client(scheduler) if scheduler else Client()
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler} ({one_line(exc)})") from exc
    with client:
        futures = {i: client.submit(task, todo[i].resolve(), pure=False) for i in _biggest_first(todo)}
        _prepare(meanwhile)
        results: list[ParsedReport | Failure] = []
        for i, path in enumerate(todo):
            try:
                result = futures[i].result()
            except Exception as exc:  # a lost worker, a task that could not be unpickled
                result = _died(path, "Dask worker", exc)
            # Name the file as it was given, not by the absolute path the worker opened.
            if isinstance(result, ParsedReport):
                result.source = path
            elif result.path != path:
                result = Failure(path, result.reason, result.trace)
            results.append(result)
            if progress:
                progress(f"parsed {path.name}")
        return results
