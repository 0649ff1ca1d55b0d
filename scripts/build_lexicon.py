"""Builds ``models/lexicon/words-nl-en.crc32.zlib``: the general Dutch and English word list the PDF reader
asks whether a word broken over two lines without a hyphen is one word (``pipeline.read.lexicon``).

    apt-get install -y wdutch wamerican wbritish
    python scripts/build_lexicon.py            # writes the file (deterministic: same lists, same bytes)

Sources: Debian's ``wdutch`` (OpenTaal), ``wamerican`` and ``wbritish`` word lists
(/usr/share/dict/dutch, american-english, british-english). Every word is lower-cased; only words of
letters are kept (no digits, apostrophes or hyphens: a mid-word break is decided on letter runs).
Stored compactly: the CRC-32 of each word's UTF-8, sorted and unique, as little-endian uint32, zlib
level 9. A membership test is a binary search; a word not in the lists is found with a chance of about
n / 2³² (≈ 1 in 9,000 for 455,000 words).
"""

from __future__ import annotations

import array
import re
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("/usr/share/dict/dutch", "/usr/share/dict/american-english", "/usr/share/dict/british-english")
OUT = ROOT / "models" / "lexicon" / "words-nl-en.crc32.zlib"
LETTERS = re.compile(r"[^\W\d_]+")


def build(sources: tuple[str, ...] = SOURCES, out: Path = OUT) -> int:
    words: set[str] = set()
    for source in sources:
        for line in Path(source).read_text(encoding="utf-8").splitlines():
            word = line.strip().lower()
            if LETTERS.fullmatch(word):
                words.add(word)
    hashes = array.array("I", sorted({zlib.crc32(w.encode()) for w in words}))
    if sys.byteorder == "big":
        hashes.byteswap()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(zlib.compress(hashes.tobytes(), 9))
    return len(words)


if __name__ == "__main__":
    missing = [s for s in SOURCES if not Path(s).is_file()]
    if missing:
        sys.exit(f"missing {', '.join(missing)}: apt-get install -y wdutch wamerican wbritish")
    n = build()
    print(f"{OUT.relative_to(ROOT)}: {n} words, {OUT.stat().st_size} bytes")
