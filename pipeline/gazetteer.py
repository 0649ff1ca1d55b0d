"""The organisation gazetteer (``models/organisations.jsonl``) as one frozen record, loaded by one function.

Owns: the gazetteer's file format and its loading (``load_gazetteer``, cached per path, so a process
reads the file once), and the views its users need (the party names the structure parser splits
lists by). Who needs it receives the record: the structure parser, the organisation and meeting
extractors, train_ner. The path comes from the caller (``default_gazetteer_path``: ``pipeline.paths``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.paths import model_file

GAZETTEER_FILE = "organisations.jsonl"
# The register: names of real organisations of the field, known without canonical forms of their own (the
# extractor canonicalises them as printed, like any name the gazetteer does not know); lexical evidence that a
# word is a name where the sentence shows nothing ("met Arktos", "door ORBIT").
REGISTER_FILE = "register.jsonl"


@dataclass(frozen=True)
class GazetteerEntry:
    canonical: str
    name: str
    aliases: tuple[str, ...]  # canonical, name and the listed aliases, deduplicated: what the extractor matches
    kind: str
    listed_aliases: tuple[str, ...] = ()  # the aliases as the file lists them


# eq=False: one record per file and process (``load_gazetteer`` caches it), hashed by identity, so the
# extractors' caches keyed on it cost nothing per call.
@dataclass(frozen=True, eq=False)
class Gazetteer:
    entries: tuple[GazetteerEntry, ...]

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @functools.cached_property
    def party_names(self) -> tuple[str, ...]:
        """Canonical names and listed aliases, longest first: where the structure parser may cut a party list
        printed without commas."""
        names = {n for e in self.entries for n in (e.canonical, *e.listed_aliases) if n}
        return tuple(sorted(names, key=len, reverse=True))

    @functools.cached_property
    def canonicals(self) -> frozenset[str]:
        return frozenset(e.canonical for e in self.entries)


@dataclass(frozen=True, eq=False)
class Register:
    entries: tuple[frozenset[str], ...]  # per organisation, every printed form the file lists (name, aliases, acronym)
    levels: tuple[str, ...] = ()  # per organisation, its level ("vlaams", "middenveld", "europees"; "" if unknown)

    def level_of(self, form: str) -> str:
        """The level of the organisation ``form`` names ("" for a form of no one entry)."""
        i = self.entry_of.get(form)
        return self.levels[i] if i is not None and i < len(self.levels) else ""

    @functools.cached_property
    def names(self) -> frozenset[str]:
        return frozenset(n for forms in self.entries for n in forms)

    @functools.cached_property
    def entry_of(self) -> dict[str, int]:
        """Printed form → its organisation's index (a form two entries share is left out: it tells neither)."""
        seen: dict[str, int] = {}
        shared: set[str] = set()
        for i, forms in enumerate(self.entries):
            for n in forms:
                if n in seen and seen[n] != i:
                    shared.add(n)
                seen.setdefault(n, i)
        return {n: i for n, i in seen.items() if n not in shared}


def default_register_path() -> Path:
    return model_file(REGISTER_FILE)


def load_register(path: Path | str | None = None) -> Register:
    """The register at ``path`` (default: the project's), read once per process and path; none if absent."""
    return _load_register(Path(path or default_register_path()).resolve())


@functools.lru_cache(maxsize=4)
def _load_register(path: Path) -> Register:
    entries: list[frozenset[str]] = []
    levels: list[str] = []
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                entries.append(frozenset(n for n in (rec["name"], *rec.get("aliases", []), rec.get("acronym")) if n))
                levels.append(rec.get("level") or "")
    return Register(tuple(entries), tuple(levels))


def default_gazetteer_path() -> Path:
    return model_file(GAZETTEER_FILE)


def load_gazetteer(path: Path | str | None = None) -> Gazetteer:
    """The gazetteer at ``path`` (default: the project's), read once per process and path."""
    return _load(Path(path).resolve()) if path else _load_default()


@functools.cache
def _load_default() -> Gazetteer:
    return _load(default_gazetteer_path().resolve())


@functools.lru_cache(maxsize=4)
def _load(path: Path) -> Gazetteer:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            listed = tuple(rec.get("aliases", []))
            aliases = tuple(dict.fromkeys([rec["canonical"], rec["name"], *listed]))
            entries.append(GazetteerEntry(rec["canonical"], rec["name"], aliases, rec.get("kind", ""), listed))
    return Gazetteer(tuple(entries))
