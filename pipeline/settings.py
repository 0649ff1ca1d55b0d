"""How a run is set up, as one frozen record handed down to every stage that needs it.

Owns: ``Settings`` (the models folder, the PDF backend, the input limits, whether the trained NER is
used) and ``Settings.from_environment``, the only place that reads an environment variable for them
(``RAPPORTAGE_PDF_BACKEND``); and ``UsageError``, a bad option value (exit code 2). Nothing below the
CLI and ``pipeline.run`` reads the environment: the backend is passed to ``read_document``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.limits import DEFAULT, Limits
from pipeline.paths import models_dir
from pipeline.read.base import DEFAULT_PDF_BACKEND

PDF_BACKEND_ENV = "RAPPORTAGE_PDF_BACKEND"


class UsageError(ValueError):
    """A bad option value (exit code 2)."""


@dataclass(frozen=True)
class Settings:
    models: Path = field(default_factory=models_dir)  # models/: the trained NER and the gazetteers
    # Where the PDF reader takes words and rulings from: "pdfium" or "pdfplumber" (read.base.PDF_BACKENDS);
    # an unknown name is the PDF reader's one-line error on each PDF, as it always was.
    pdf_backend: str = DEFAULT_PDF_BACKEND
    limits: Limits = DEFAULT  # input limits (``rapportage run --limit``)
    # The trained NER runs in the extraction. Declared for the extraction stage to take; today the
    # stage always loads it (no run path turns it off).
    use_ner: bool = True

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ, **given: object) -> Settings:
        """The settings the environment gives (``RAPPORTAGE_PDF_BACKEND``), with ``given`` fields on top."""
        return cls(**{"pdf_backend": environ.get(PDF_BACKEND_ENV, DEFAULT_PDF_BACKEND), **given})
