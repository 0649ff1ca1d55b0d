"""A general Dutch and English word list: is this run of letters a word?

Owns: the word list's file (``models/lexicon/``) and the membership test.

The PDF reader asks it about a word a producer broke over two lines without a hyphen (a narrow
column): when the document never prints the joined form whole, a general lexicon says whether
"Transna" / "tional" is one word ("transnational") or two words side by side. The list is Debian's
wdutch, wamerican and wbritish, stored as sorted CRC-32 hashes (``scripts/build_lexicon.py``
rebuilds it; about 1.6 MB, loaded in about 10 ms CPU, only by a document that needs it). A hash
match can be a false positive, about once in 9,000 words not in the list.
"""

from __future__ import annotations

import array
import bisect
import functools
import sys
import zlib

from pipeline.paths import model_file

LEXICON_FILE = ("lexicon", "words-nl-en.crc32.zlib")


@functools.cache
def _hashes() -> array.array:
    """The sorted hashes; empty when the file is missing (the document's own words then decide alone)."""
    hashes = array.array("I")
    try:
        hashes.frombytes(zlib.decompress(model_file(*LEXICON_FILE).read_bytes()))
    except (OSError, zlib.error):
        return array.array("I")
    if sys.byteorder == "big":
        hashes.byteswap()
    return hashes


def is_word(letters: str) -> bool:
    """The lower-cased run of letters is a word of the list (Dutch or English)."""
    if not letters:
        return False
    hashes = _hashes()
    key = zlib.crc32(letters.lower().encode())
    i = bisect.bisect_left(hashes, key)
    return i < len(hashes) and hashes[i] == key
