"""Every input limit in one place: checked before a file is parsed, so that a hostile or broken file is
refused in bounded time and memory with one clear line.

Owns: ``Limits`` (carried in ``Settings.limits``), their defaults and ``--limit NAME=VALUE`` parsing.

The defaults are far above any real rapportage (the December 2017 report: 91 PDF pages, a 0.3 MB Word
file that unpacks to 2 MB, 0.2 MB of text, its longest description ~6,000 characters). A user who knows
better raises one with ``rapportage run --limit NAME=VALUE`` (repeatable):

    name                 default   what it bounds
    docx_unpacked_mb     500       the sum of a Word file's parts, unpacked (read from the zip's directory,
                                   never by inflating them)
    docx_ratio           200       the unpacked size of any one part over its packed size (a zip bomb packs
                                   gigabytes of zeros at ~1000:1; Word's XML packs at ~5-20:1)
    text_mb              50        the size of a text file
    pdf_pages            2000      the number of pages of a PDF
    nlp_chunk_chars      100000    the longest text the NLP pipeline is given at once: a longer field is
                                   processed in chunks cut at sentence or white-space boundaries, with every
                                   fact's span shifted back into the field (never more than spaCy's
                                   ``nlp.max_length``)
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

MB = 1_000_000


@dataclass(frozen=True)
class Limits:
    docx_unpacked_mb: float = 500
    docx_ratio: float = 200
    text_mb: float = 50
    pdf_pages: int = 2000
    nlp_chunk_chars: int = 100_000

    @property
    def docx_unpacked_bytes(self) -> int:
        return int(self.docx_unpacked_mb * MB)

    @property
    def text_bytes(self) -> int:
        return int(self.text_mb * MB)


DEFAULT = Limits()
# A part this small is never called a bomb, whatever its ratio (a few KB of repeated XML packs very well).
RATIO_MIN_BYTES = 10 * MB


def names() -> list[str]:
    return [f.name for f in fields(Limits)]


def parse_overrides(items: list[str] | None, base: Limits = DEFAULT) -> Limits:
    """``["text_mb=300", ...]`` → Limits; ValueError with one line for a bad name or value."""
    changes: dict[str, float | int] = {}
    kinds = {f.name: f.type for f in fields(Limits)}
    for item in items or []:
        name, sep, value = item.partition("=")
        name = name.strip().replace("-", "_")
        if not sep or name not in kinds:
            raise ValueError(f"--limit takes NAME=VALUE with NAME one of {', '.join(names())}, not {item!r}")
        try:
            number = int(value) if kinds[name] in ("int", int) else float(value)
        except ValueError:
            raise ValueError(f"--limit {name} needs a number, not {value!r}") from None
        if number <= 0:
            raise ValueError(f"--limit {name} must be positive, not {value}")
        changes[name] = number
    return replace(base, **changes)


def size_text(n_bytes: float) -> str:
    """3.2 GB, 180 MB, 4 KB: a size as a person reads it."""
    for unit, size in (("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n_bytes >= size:
            return f"{n_bytes / size:.1f} {unit}".replace(".0 ", " ")
    return f"{int(n_bytes)} bytes"
