"""Organisation mentions: gazetteer, name patterns and (optionally) the trained NER.

The gazetteer (``models/organisations.jsonl``) maps every known alias to the
canonical short form the report uses most. Patterns catch names built on a
head word ("vzw X", "stad X", "departement X", ...). When a spaCy pipeline with
an ``ner`` component is given, its ORG spans that neither of the above found are
added with source "model" and canonical = mention normalised.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

GAZETTEER_PATH = Path(__file__).resolve().parents[2] / "models" / "organisations.jsonl"


@dataclass(frozen=True)
class OrganisationMention:
    mention: str
    canonical: str
    source: str  # "gazetteer", "pattern", "model"
    char_start: int
    char_end: int


@dataclass(frozen=True)
class GazetteerEntry:
    canonical: str
    name: str
    aliases: tuple[str, ...]
    kind: str


@lru_cache(maxsize=4)
def load_gazetteer(path: Path = GAZETTEER_PATH) -> tuple[GazetteerEntry, ...]:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            aliases = tuple(dict.fromkeys([rec["canonical"], rec["name"], *rec.get("aliases", [])]))
            entries.append(GazetteerEntry(rec["canonical"], rec["name"], aliases, rec.get("kind", "")))
    return tuple(entries)


def _alias_regex(alias: str) -> str:
    # Word boundaries by hand: "GO!" ends in a non-word char, so \b would fail there.
    body = re.escape(alias).replace(r"\ ", r"\s+")
    return rf"(?<![\w-]){body}(?![\w]|-\w)"


@lru_cache(maxsize=4)
def _gazetteer_regex(path: Path = GAZETTEER_PATH) -> tuple[re.Pattern[str], dict[str, str]]:
    canon: dict[str, str] = {}
    for entry in load_gazetteer(path):
        for alias in entry.aliases:
            canon.setdefault(alias, entry.canonical)
    # Longest alias first so "Vaste Commissie van de Lokale Politie" beats "Lokale Politie".
    ordered = sorted(canon, key=len, reverse=True)
    return re.compile("|".join(_alias_regex(a) for a in ordered)), canon


_CAP = r"(?:[A-ZÀ-Ý][\w'’!-]*|[A-Z]{2,}!?)"
_LINK = r"(?:\s+(?:van|voor|de|der|het)\s+(?=[A-ZÀ-Ý]))"
_NAME = rf"{_CAP}(?:(?:\s+|{_LINK}){_CAP})*"

# Head words whose following name makes an organisation, with the canonical head spelling.
_HEADS = {
    "stad": "Stad",
    "gemeente": "Gemeente",
    "provincie": "Provincie",
    "departement": "departement",
    "afdeling": "afdeling",
    "agentschap": "agentschap",
    "hogeschool": "Hogeschool",
    "universiteit": "Universiteit",
}
_HEAD_RE = re.compile(
    rf"(?<![\w-])(?P<head>[Ss]tad|[Gg]emeente|[Pp]rovincie|[Dd]epartement|[Aa]fdeling|[Aa]gentschap"
    rf"|[Hh]ogeschool|[Uu]niversiteit)\s+(?P<name>{_NAME})"
)
_VZW_BEFORE = re.compile(rf"(?<![\w-])vzw\s+(?P<name>(?:[Dd]e\s+|[Hh]et\s+)?{_NAME})")
_VZW_AFTER = re.compile(rf"(?P<name>{_NAME})\s+vzw(?![\w])")

# Names after a head word that are places or topics, not a named unit.
_NOT_A_NAME = {"Vlaanderen", "Brussel", "In", "Op", "De", "Het", "Een"}
# Words that make a span a project, event, campaign or tool rather than an organisation.
_NON_ORG = re.compile(
    r"(?i)\b(project|projecten|projectoproep|tool|campagne|conferentie|congres|studiedag|"
    r"actieplan|plan|omzendbrief|website|databank|programma|toolbox|handleiding)\b"
)


def normalise(name: str) -> str:
    """Canonical form of a name the gazetteer does not know: no legal form or article."""
    text = re.sub(r"\s+", " ", name).strip(" .,;:()'\"“”‘’")
    text = re.sub(r"(?i)^vzw\s+|\s+vzw$", "", text)
    text = re.sub(r"^(de|het|De|Het)\s+(?=[a-zà-ý])", "", text)
    text = re.sub(r"^(de|het)\s+", "", text)
    head, _, rest = text.partition(" ")
    if rest and head.lower() in _HEADS:
        text = f"{_HEADS[head.lower()]} {rest}"
    return text


def _gazetteer_hits(text: str) -> list[OrganisationMention]:
    regex, canon = _gazetteer_regex()
    hits = []
    for m in regex.finditer(text):
        alias = re.sub(r"\s+", " ", m.group(0))
        hits.append(OrganisationMention(m.group(0), canon[alias], "gazetteer", m.start(), m.end()))
    return hits


def _trim_name(name: str) -> str:
    """Cut a pattern name at the first word that is not part of the name."""
    words = name.split()
    while words and words[-1] in {"en", "van", "voor", "de", "der", "het"}:
        words.pop()
    return " ".join(words)


def _pattern_hits(text: str) -> list[OrganisationMention]:
    hits = []
    for m in _HEAD_RE.finditer(text):
        name = _trim_name(m.group("name"))
        if not name or name.split()[0] in _NOT_A_NAME:
            continue
        start = m.start()
        end = m.start("name") + len(name)
        hits.append(OrganisationMention(text[start:end], normalise(text[start:end]), "pattern", start, end))
    for regex in (_VZW_BEFORE, _VZW_AFTER):
        for m in regex.finditer(text):
            name = _trim_name(m.group("name"))
            if not name:
                continue
            start, end = m.start(), m.end()
            if regex is _VZW_BEFORE:
                end = m.start("name") + len(name)
            hits.append(OrganisationMention(text[start:end], normalise(text[start:end]), "pattern", start, end))
    return hits


# Policy-domain codes and competences name domains, not organisations (GUIDELINES.md).
_DOMAINS = {"KB", "OV", "WVG", "CJSM", "CJM", "WSE", "IV", "Onderwijs", "Welzijn", "Jeugd", "Werk", "Cultuur"}
# A span opening with one of these names an event, activity or working group.
_EVENT_HEAD = re.compile(
    r"(?i)^(uitwisseling\w*|inspiratiedag|studiedag|studiemoment|toelichting|conferentie|seminarie|"
    r"vorming\w*|werkgroep|infomoment|symposium|congres|uit|laatste)\b"
)


def _plausible_model_name(name: str) -> bool:
    """Cheap checks on a model span: a capitalised name, not a domain code or an event."""
    return bool(name) and name[0].isupper() and name not in _DOMAINS and not _EVENT_HEAD.match(name)


def _model_hits(text: str, nlp: Any) -> list[OrganisationMention]:
    doc = nlp if hasattr(nlp, "ents") else nlp(text)
    hits = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        name = _trim_name(ent.text)
        name = re.sub(r"\s+(een|de|het|en|of|in|op|te)$", "", name)
        if not _plausible_model_name(name):
            continue
        end = ent.start_char + len(name)
        hits.append(OrganisationMention(name, normalise(name), "model", ent.start_char, end))
    return hits


def _resolve(hit: OrganisationMention) -> OrganisationMention | None:
    """Map a pattern/model hit onto the gazetteer where its name is known; drop non-organisations."""
    if _NON_ORG.search(hit.mention):
        return None
    _, canon = _gazetteer_regex()
    for key in (hit.mention, hit.canonical):
        if key in canon:
            return OrganisationMention(hit.mention, canon[key], hit.source, hit.char_start, hit.char_end)
    return hit


def _select(hits: list[OrganisationMention]) -> list[OrganisationMention]:
    """Keep non-overlapping hits: earlier sources win, then longer spans."""
    rank = {"gazetteer": 0, "pattern": 1, "model": 2}
    taken: list[OrganisationMention] = []
    for hit in sorted(hits, key=lambda h: (rank[h.source], -(h.char_end - h.char_start), h.char_start)):
        if all(hit.char_end <= t.char_start or hit.char_start >= t.char_end for t in taken):
            taken.append(hit)
    return sorted(taken, key=lambda h: h.char_start)


def find_organisations(text: str, nlp: Any = None) -> list[OrganisationMention]:
    """Organisation mentions in ``text``; with ``nlp`` (a pipeline with "ner") also model hits.

    ``nlp`` may also be an already processed spaCy Doc of ``text``.
    """
    hits = _gazetteer_hits(text)
    # A pattern that merely extends a gazetteer name ("stad Gent" over nothing, "vzw De Cocon"
    # over "De Cocon") is resolved to the gazetteer's canonical by _resolve.
    hits += [r for h in _pattern_hits(text) if (r := _resolve(h))]
    if nlp is not None:
        hits += [r for h in _model_hits(text, nlp) if (r := _resolve(h))]
    return _select(_prefer_longer_patterns(hits))


def _prefer_longer_patterns(hits: list[OrganisationMention]) -> list[OrganisationMention]:
    """Drop a gazetteer hit that sits inside a pattern hit resolving to the same organisation."""
    out = []
    for hit in hits:
        covered = any(
            other.source == "pattern"
            and other.canonical == hit.canonical
            and other.char_start <= hit.char_start
            and hit.char_end <= other.char_end
            and (other.char_end - other.char_start) > (hit.char_end - hit.char_start)
            for other in hits
        )
        if hit.source != "gazetteer" or not covered:
            out.append(hit)
    return out
