"""Municipalities and provinces of Flanders and Brussels, from ``models/municipalities.csv``.

One row per municipality (also those merged away in 2019 and 2025, since older reports use their
names) and per Flemish province, with the title it carries: "stad", "gemeente" or "provincie".
The organisation extractor uses this to give a local authority acting as an organisation its
canonical name ("stad Mechelen", "gemeente Dilbeek", "provincie Limburg"); where a name is only a
place it decides elsewhere, by the name's role in the sentence.

Also the regions a report places bodies in without naming a municipality or province ("het regionaal overleg in de
Westhoek", "de Vlaamse Rand"): ``models/regions.csv``, the Flemish streken and the regions the administration uses.

Owns: ``models/municipalities.csv`` and ``models/regions.csv`` (their formats and loading: ``load_authorities``,
``region``) and lookups by name.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.paths import model_file

MUNICIPALITIES_PATH = model_file("municipalities.csv")
REGIONS_PATH = model_file("regions.csv")
TITLES = ("stad", "gemeente", "provincie")


@dataclass(frozen=True)
class LocalAuthority:
    name: str  # official Dutch name
    title: str  # "stad", "gemeente" or "provincie"
    aliases: tuple[str, ...]  # other spellings (French names, "Molenbeek")

    @property
    def canonical(self) -> str:
        return f"{self.title} {self.name}"


@lru_cache(maxsize=2)
def load_authorities(path: Path = MUNICIPALITIES_PATH) -> tuple[LocalAuthority, ...]:
    with path.open(encoding="utf-8", newline="") as f:
        return tuple(
            LocalAuthority(r["name"], r["title"], tuple(a for a in r["aliases"].split("|") if a))
            for r in csv.DictReader(f)
        )


@lru_cache(maxsize=2)
def _by_name(path: Path = MUNICIPALITIES_PATH) -> tuple[dict[str, LocalAuthority], dict[str, LocalAuthority]]:
    """(municipalities, provinces) by every spelling, whitespace-normalised."""
    towns: dict[str, LocalAuthority] = {}
    provinces: dict[str, LocalAuthority] = {}
    for a in load_authorities(path):
        table = provinces if a.title == "provincie" else towns
        for name in (a.name, *a.aliases):
            table.setdefault(name, a)
    return towns, provinces


def municipality(name: str) -> LocalAuthority | None:
    return _by_name()[0].get(" ".join(name.split()))


def province(name: str) -> LocalAuthority | None:
    return _by_name()[1].get(" ".join(name.split()))


def authority_with_head(head: str, name: str) -> LocalAuthority | None:
    """The authority "stad X" / "gemeente X" / "provincie X" names: the title comes from the data, not the
    head printed ("gemeente Mechelen" is "stad Mechelen")."""
    if head.lower().startswith("provincie"):  # "provincie", "provinciebestuur van"
        return province(name)
    return municipality(name)


def municipal_body(head: str, place: str) -> str | None:
    """A municipality's own body or unit named after the municipality's canonical ("LIVC", "Genk" -> "LIVC stad
    Genk", "LIVC", "Boom" -> "LIVC gemeente Boom"): a LIVC or a municipal service is always that municipality's,
    so its place is its owner (GUIDELINES G9-3); None when ``place`` is no municipality."""
    town = municipality(place)
    return f"{head} {town.canonical}" if town else None


@lru_cache(maxsize=1)
def name_regex() -> re.Pattern[str]:
    """Any municipality or province name as a whole word, longest first ("Sint-Jans-Molenbeek" before
    "Molenbeek"). The look-ahead on the first letters lets the engine skip most positions at once (as the
    gazetteer's regex does): the same matches, ~20x faster."""
    towns, provinces = _by_name()
    names = sorted({*towns, *provinces}, key=len, reverse=True)
    firsts = "".join(sorted({re.escape(n[0]) for n in names}))
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(rf"(?<![\w-])(?=[{firsts}])(?:{body})(?![\w]|-\w)")


@lru_cache(maxsize=2)
def _regions(path: Path = REGIONS_PATH) -> frozenset[str]:
    """Every spelling of every region in ``models/regions.csv``, whitespace-normalised."""
    with path.open(encoding="utf-8", newline="") as f:
        return frozenset(
            " ".join(name.split())
            for r in csv.DictReader(f)
            for name in (r["name"], *(a for a in r["aliases"].split("|") if a))
        )


def region(name: str) -> bool:
    """Is ``name`` a region of Flanders or Brussels that is no municipality or province ("Westhoek", "Vlaamse Rand")?"""
    return " ".join(name.split()) in _regions()
