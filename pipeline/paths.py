"""Where the project's data files live: the one home for the ``models/`` path.

Owns: ``models_dir`` (the default of ``Settings.models``) and ``model_file``.

In a checkout, ``models/`` sits beside ``pipeline/``. In an installed wheel the build copies it
into the package as ``pipeline/models/`` (``[tool.setuptools.package-dir]`` in pyproject.toml),
because site-packages has no project root. ``models_dir()`` finds whichever exists, so every
module that needs a model or a gazetteer asks here instead of counting parent folders.
"""

from __future__ import annotations

import functools
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def models_dir() -> Path:
    """``models/`` of this installation: inside the package (wheel), else at the checkout's root."""
    for candidate in (_PACKAGE / "models", _PACKAGE.parent / "models"):
        if (candidate / "organisations.jsonl").is_file():
            return candidate
    return _PACKAGE.parent / "models"  # a checkout without its data: callers name the missing file


def model_file(*parts: str) -> Path:
    """A path under ``models/``, e.g. ``model_file("ner", "model-best")``."""
    return models_dir().joinpath(*parts)
