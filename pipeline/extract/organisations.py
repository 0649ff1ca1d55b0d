"""Organisation mentions: gazetteer, name patterns and (optionally) the trained NER.

The gazetteer (``models/organisations.jsonl``) maps every known alias to the
canonical short form the report uses most. Patterns catch names built on a
head word ("vzw X", "stad X", "departement X", ...) and "Name (ACRONYM)", which
is one mention and makes ACRONYM an alias for the rest of the text. When a spaCy
pipeline with an ``ner`` component is given, its ORG spans that none of the above
found are added with source "model" if they pass the model rule (``Options``:
a capitalised proper-noun phrase, no place/month/unit word alone, no event,
compound or quoted title), mapped onto the gazetteer by alias (any case), else
canonical = mention normalised. The rule was chosen by `python -m pipeline.train_ner --cv 5`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.domains import POLICY_DOMAINS
from pipeline.paths import model_file

GAZETTEER_PATH = model_file("organisations.jsonl")


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


@lru_cache(maxsize=16)
def _gazetteer_regex(
    path: Path = GAZETTEER_PATH, hidden: frozenset[str] = frozenset()
) -> tuple[re.Pattern[str], dict[str, str]]:
    canon: dict[str, str] = {}
    for entry in load_gazetteer(path):
        if entry.canonical in hidden:
            continue
        for alias in entry.aliases:
            canon.setdefault(alias, entry.canonical)
    # Longest alias first so "Vaste Commissie van de Lokale Politie" beats "Lokale Politie". The
    # boundary checks sit once around the alternation, and a look-ahead on the first letters lets
    # the engine skip most positions at once: ~80x faster than one look-behind per alias.
    ordered = sorted(canon, key=len, reverse=True)
    firsts = "".join(sorted({re.escape(a[0]) for a in ordered}))
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in ordered)
    return re.compile(rf"(?<![\w-])(?=[{firsts}])(?:{body})(?![\w]|-\w)"), canon


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
    text = re.sub(r"(?i)^(vzw|asbl)\s+|\s+(vzw|asbl)$", "", text)
    text = re.sub(r"^(de|het|De|Het)\s+(?=[a-zà-ý])", "", text)
    text = re.sub(r"^(de|het)\s+", "", text)
    head, _, rest = text.partition(" ")
    if rest and head.lower() in _HEADS:
        text = f"{_HEADS[head.lower()]} {rest}"
    return text


@dataclass(frozen=True)
class Options:
    """How model hits are filtered (``MODEL_RULES``); ``hidden`` drops gazetteer entries (cross-validation)."""

    model_rule: str = "proper"
    hidden: frozenset[str] = frozenset()


# Filters for model-only hits, from loosest to strictest; the default was chosen by dev cross-validation
# (python -m pipeline.train_ner --cv 5).
MODEL_RULES = ("all", "plausible", "proper", "strict")


def _gazetteer_hits(text: str, hidden: frozenset[str] = frozenset()) -> list[OrganisationMention]:
    regex, canon = _gazetteer_regex(GAZETTEER_PATH, hidden)
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


# --- "Name (ACRONYM)": one mention, and ACRONYM an alias of it for the rest of the text -------------------

_PAREN = re.compile(r"\((?P<acr>[A-Z][A-Za-z!&]{1,9})(?:\s+(?:vzw|asbl|VZW))?\)")
# Where the name before a parenthesis can start at the earliest: the previous clause boundary.
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\t\n“”\"‘]|\s'|\s[-–]\s")
_MAX_NAME_WORDS = 14
_INDEFINITE = re.compile(r"(?i)(?<!\w)een\s*[“\"‘']?\s*$")


@dataclass(frozen=True)
class AcronymDefinition:
    name_start: int
    name_end: int
    paren_start: int
    paren_end: int
    acronym: str


def _is_subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


def _acronym_fits(acronym: str, words: list[str], by_initials: bool) -> bool:
    """Whether ``acronym`` abbreviates ``words``: its letters follow the words' initials (or, looser, letters)."""
    letters = "".join(c for c in acronym.lower() if c.isalpha())
    if not words or not letters or words[0][0].lower() != letters[0]:
        return False
    if by_initials:
        return _is_subsequence(letters, "".join(w.split("'")[-1][:1].lower() for w in words if w.split("'")[-1]))
    return _is_subsequence(letters, "".join(words).lower())


def acronym_definitions(text: str) -> list[AcronymDefinition]:
    """Every "Name (ACRONYM)" in ``text`` where the acronym abbreviates the capitalised name before it."""
    out = []
    for m in _PAREN.finditer(text):
        acronym = m.group("acr")
        if sum(c.isupper() for c in acronym) < 2:
            continue  # "(Dilbeek)", "(Atlas)": a place or a name, not an acronym
        clause_start = max((b.end() for b in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
        spans = [(w.start() + clause_start, w.end() + clause_start, w.group())
                 for w in re.finditer(r"\S+", text[clause_start : m.start()])]  # fmt: skip
        spans = spans[-_MAX_NAME_WORDS:]
        words = [w for _, _, w in spans]
        found = None
        for by_initials in (True, False):
            for j in range(len(words) - 1, -1, -1):
                if words[j][0].isupper() and _acronym_fits(acronym, words[j:], by_initials):
                    found = j
                    break
            if found is not None:
                break
        # "een Lokale Integrale Veiligheidscel (LIVC)": a kind of body, not a named organisation.
        if found is None or _INDEFINITE.search(text, 0, spans[found][0]):
            continue
        out.append(AcronymDefinition(spans[found][0], spans[-1][1], m.start(), m.end(), acronym))
    return out


def _definition_hits(text: str, hidden: frozenset[str]) -> tuple[list[OrganisationMention], list[tuple[int, int]]]:
    """Hits for acronym definitions and later bare uses of the acronym; and the parentheses to suppress."""
    _, canon = _gazetteer_regex(GAZETTEER_PATH, hidden)
    hits, parens = [], []
    for d in acronym_definitions(text):
        name = text[d.name_start : d.name_end]
        canonical = canon.get(re.sub(r"\s+", " ", name)) or canon.get(normalise(name)) or canon.get(d.acronym)
        canonical = canonical or d.acronym
        hits.append(OrganisationMention(name, canonical, "pattern", d.name_start, d.name_end))
        parens.append((d.paren_start, d.paren_end))
        # Later bare uses; a plural ("LIVC's") names a kind of body, not this one.
        for m in re.finditer(rf"(?<![\w-]){re.escape(d.acronym)}(?![\w'’]|-\w)", text[d.paren_end :]):
            start = d.paren_end + m.start()
            hits.append(OrganisationMention(m.group(0), canonical, "pattern", start, start + len(m.group(0))))
    return hits, parens


def _drop_parenthesised_repeats(hits: list[OrganisationMention], text: str) -> list[OrganisationMention]:
    """"BELSPO (Federaal Wetenschapsbeleid)", "Radicalisation Awareness Network (RAN)": one mention, not two."""
    out = []
    for hit in hits:
        before = text[: hit.char_start].rstrip()
        opener = len(before[:-1].rstrip())
        repeat = before.endswith("(") and any(
            o.canonical == hit.canonical and o is not hit and o.char_end == opener for o in hits
        )
        if not repeat:
            out.append(hit)
    return out


# --- model hits ----------------------------------------------------------------------------------------------

# Policy-domain codes and competences name domains, not organisations (GUIDELINES.md).
_DOMAINS = {*POLICY_DOMAINS, "CJM", "Onderwijs", "Welzijn", "Jeugd", "Werk", "Cultuur"}
# A span opening with one of these names an event, activity or working group.
_EVENT_HEAD = re.compile(
    r"(?i)^(uitwisseling\w*|inspiratiedag|studiedag|studiemoment|toelichting|conferentie|seminarie|"
    r"vorming\w*|werkgroep|infomoment|symposium|congres|uit|laatste)\b"
)
# Words allowed in lower case inside a proper name ("Raad van Europa", "Council of European ...").
_LINK_WORDS = {"van", "voor", "de", "der", "den", "het", "en", "&", "on", "and", "of", "the", "for", "pour", "des",
               "du", "la", "le", "et", "in", "op", "-"}  # fmt: skip
# Capitalised words that are not organisations: places used as places, months, days, generic nouns that
# open sentences. A model span made only of these (and link words) is dropped.
_NOT_ORG_WORDS = {
    "Vlaanderen", "Brussel", "België", "Belgische", "Europa", "Europese", "Vlaamse", "Vlaams", "Federale", "Nederland",
    "Antwerpen", "Gent", "Leuven", "Mechelen", "Vilvoorde", "Limburg", "Molenbeek", "Genk", "Maaseik", "Kortrijk",
    "Januari", "Februari", "Maart", "April", "Mei", "Juni", "Juli", "Augustus", "September", "Oktober", "November",
    "December", "Daarnaast", "Ook", "Er", "Zo", "Dit", "Deze", "Die", "Dat", "Tijdens", "Sinds", "Vanaf", "Binnen",
    "Naast", "Na", "Voor", "Met", "Bij", "Via", "Actie", "Rapportage", "Status", "Minister", "Ministers",
    # units, kinds of body or class, and tools the report names in capitals
    "VTE", "FTE", "OKAN", "OCMW", "OCMW's", "RADIX", "LIVC", "CLB", "CAW", "Forum", "Kenniscentrum",
}  # fmt: skip
# English and Dutch words that make a span an event rather than an organisation.
_EVENT_WORD = re.compile(r"(?i)\b(conference|meeting|seminar|workshop|summit|week|dag|day)\b")


def _plausible_model_name(name: str) -> bool:
    """Cheap checks on a model span: a capitalised name, not a domain code or an event."""
    return bool(name) and name[0].isupper() and name not in _DOMAINS and not _EVENT_HEAD.match(name)


def _proper_word(word: str) -> bool:
    return word[:1].isupper() or any(c.isupper() for c in word[1:]) or word[:1].isdigit()


def _proper_name(name: str) -> bool:
    """A proper-noun phrase: capitalised words joined by link words, ending on a capitalised word, and not
    made only of places, months or sentence openers."""
    words = name.split()
    if not words or not _proper_word(words[-1]):
        return False
    if any(w not in _LINK_WORDS and not _proper_word(w) for w in words):
        return False
    return any(w not in _NOT_ORG_WORDS and w not in _LINK_WORDS for w in words)


def _inside_quotes(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a quoted title on its line ('No Hate AlterNarratief', “Connect”)."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    opened = len(re.findall(r"(?:^|[\s(])['‘“\"]", line))
    closed = len(re.findall(r"['’”\"](?=[\s.,;:)!?]|$)", line))
    return opened > closed


def _model_rule_ok(name: str, rule: str, text: str, start: int) -> bool:
    if rule == "all":
        return bool(name)
    if not _plausible_model_name(name):
        return False
    if rule == "plausible":
        return True
    if not _proper_name(name) or _EVENT_WORD.search(name):
        return False
    # "ET2020-werkgroep", "RADIX-tool": a compound headed by a common noun names a thing, not a body.
    if re.search(r"-[a-zà-ý]+$", name) or re.search(r"[A-Z]{2,}\s+en\s+[A-Z]{2,}", name):
        return False
    # "VRT NWS", "DG EPI": a model span glued to the end of another name continues that name.
    if re.search(r"[A-Z]{2,}[\s-]$", text[max(0, start - 8) : start]) and name.isupper():
        return False
    if _inside_quotes(text, start):
        return False
    if rule == "proper":
        return True
    # strict: a single ordinary capitalised word opening a sentence is too weak on its own.
    sentence_start = not text[:start].strip() or text[:start].rstrip()[-1:] in ".:;!?-•\t\n"
    single = len(name.split()) == 1 and not any(c.isupper() for c in name[1:])
    return not (sentence_start and single)


def _model_hits(text: str, nlp: Any, rule: str) -> list[OrganisationMention]:
    doc = nlp if hasattr(nlp, "ents") else nlp(text)
    hits = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        raw = ent.text.rstrip(" .,;:)'\"”’")
        name = _trim_name(raw)
        name = re.sub(r"\s+(een|de|het|en|of|in|op|te)$", "", name)
        if not name or not _model_rule_ok(name, rule, text, ent.start_char):
            continue
        end = ent.start_char + len(name)
        hits.append(OrganisationMention(name, normalise(name), "model", ent.start_char, end))
    return hits


def _resolve(hit: OrganisationMention, hidden: frozenset[str] = frozenset()) -> OrganisationMention | None:
    """Map a pattern/model hit onto the gazetteer where its name is known; drop non-organisations."""
    if _NON_ORG.search(hit.mention):
        return None
    _, canon = _gazetteer_regex(GAZETTEER_PATH, hidden)
    lower = _lower_aliases(hidden)
    keys = (hit.mention, hit.canonical)
    for key in keys:
        if key in canon:
            return OrganisationMention(hit.mention, canon[key], hit.source, hit.char_start, hit.char_end)
    # Model spans differ in case from the gazetteer's spelling ("Kenniscentrum mediawijs").
    for key in keys:
        if key.lower() in lower:
            return OrganisationMention(hit.mention, lower[key.lower()], hit.source, hit.char_start, hit.char_end)
    return hit


@lru_cache(maxsize=16)
def _lower_aliases(hidden: frozenset[str]) -> dict[str, str]:
    _, canon = _gazetteer_regex(GAZETTEER_PATH, hidden)
    out: dict[str, str] = {}
    for alias, canonical in canon.items():
        out.setdefault(alias.lower(), canonical)
    return out


_RANK = {"definition": -1, "gazetteer": 0, "pattern": 1, "model": 2}


def _select(hits: list[tuple[str, OrganisationMention]]) -> list[OrganisationMention]:
    """Keep non-overlapping hits: earlier ranks win, then longer spans."""
    taken: list[OrganisationMention] = []
    for _, hit in sorted(hits, key=lambda rh: (_RANK[rh[0]], -(rh[1].char_end - rh[1].char_start), rh[1].char_start)):
        if all(hit.char_end <= t.char_start or hit.char_start >= t.char_end for t in taken):
            taken.append(hit)
    return sorted(taken, key=lambda h: h.char_start)


def find_organisations(text: str, nlp: Any = None, options: Options | None = None) -> list[OrganisationMention]:
    """Organisation mentions in ``text``; with ``nlp`` (a pipeline with "ner") also model hits.

    ``nlp`` may also be an already processed spaCy Doc of ``text``.
    """
    opts = options or Options()
    hidden = opts.hidden
    definitions, parens = _definition_hits(text, hidden)
    hits = [("gazetteer", h) for h in _gazetteer_hits(text, hidden)]
    # A pattern that merely extends a gazetteer name ("stad Gent" over nothing, "vzw De Cocon"
    # over "De Cocon") is resolved to the gazetteer's canonical by _resolve.
    hits += [("pattern", r) for h in _pattern_hits(text) if (r := _resolve(h, hidden))]
    if nlp is not None:
        hits += [("model", r) for h in _model_hits(text, nlp, opts.model_rule) if (r := _resolve(h, hidden))]
    hits = _prefer_longer_patterns(hits)
    # The definitions outrank everything; what stands inside their parentheses is not a second mention.
    hits = [(s, h) for s, h in hits if not any(h.char_start < pe and h.char_end > ps for ps, pe in parens)]
    hits += [("definition", d) for d in definitions]
    selected = _select(hits)
    return _drop_parenthesised_repeats(selected, text)


def _prefer_longer_patterns(hits: list[tuple[str, OrganisationMention]]) -> list[tuple[str, OrganisationMention]]:
    """Drop a gazetteer hit that sits inside a pattern hit resolving to the same organisation."""
    out = []
    for source, hit in hits:
        covered = any(
            other_source == "pattern"
            and other.canonical == hit.canonical
            and other.char_start <= hit.char_start
            and hit.char_end <= other.char_end
            and (other.char_end - other.char_start) > (hit.char_end - hit.char_start)
            for other_source, other in hits
        )
        if source != "gazetteer" or not covered:
            out.append((source, hit))
    return out
