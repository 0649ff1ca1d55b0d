"""What every worker process of a parallel run starts with, loaded once.

Owns nothing but this start: ``pipeline.executors`` has a fork server import this module, then forks each
worker from it, so the workers share one import of spaCy and one load of the model (≈ 1.3 s CPU that each
worker would otherwise spend before its first report).
"""

from __future__ import annotations

import contextlib
import os
import signal

# Ctrl-C while this loads: end without a traceback (the command prints the one line; once loaded, the fork
# server ignores Ctrl-C and ends with the command).
signal.signal(signal.SIGINT, lambda *_: os._exit(130))

from pipeline.parse import safe_parse  # noqa: E402, F401  (the task the workers run)

with contextlib.suppress(Exception):  # a model that cannot load fails again, with its line, on the first report
    from pipeline.extract import nlp

    nlp.load()  # the pipeline extract_report asks for (cached per process, so the workers inherit it)
