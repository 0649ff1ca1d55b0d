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

Owns: the rules that find organisation mentions and give them canonical names, and a party's canonical name.
The gazetteer is ``pipeline.gazetteer``'s record.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pipeline.gazetteer import Gazetteer, Register, load_gazetteer, load_register
from pipeline.vocabulary import MONTH_NAMES, POLICY_DOMAINS

if TYPE_CHECKING:
    from pipeline.extract.municipalities import LocalAuthority


@dataclass(frozen=True)
class OrganisationMention:
    mention: str
    canonical: str
    source: str  # "gazetteer", "register", "pattern", "model"
    char_start: int
    char_end: int


# Patterns anchored at the end of the text before a name ("... in samenwerking met $") are searched for in the last
# characters before that point only, not in all the text before it (once per name, that was quadratic). Each holds
# at most _TAIL_REACH non-blank characters (the longest, _PLURAL_HEAD: "gemeentebesturen en OCMW's, waaronder",
# 34), so a window holding more of them finds the same match; none of them uses "^".
_TAIL_REACH = 60
_BLANK = re.compile(r"[ \t\n\r\f\v\xa0\u202f]")


def _tail_search(regex: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """``regex.search(text, 0, end)`` for a regex anchored at the end (``$``) whose matches hold at most
    ``_TAIL_REACH`` non-blank characters: the same match, looked for in the last of them only."""
    start = end
    while start > 0:
        start = max(0, start - 2 * _TAIL_REACH)
        window = text[start:end]
        if len(window) - len(_BLANK.findall(window)) > _TAIL_REACH:
            break
    return regex.search(text, start, end)


@lru_cache(maxsize=16)
def _gazetteer_regex(gazetteer: Gazetteer, hidden: frozenset[str]) -> tuple[re.Pattern[str], dict[str, str]]:
    canon: dict[str, str] = {}
    for entry in gazetteer:
        if entry.canonical in hidden:
            continue
        for alias in entry.aliases:
            canon.setdefault(alias, entry.canonical)
            # the variants print gives an alias: either apostrophe ("D'Broej", "D’Broej"), and a name that
            # opens on its article without it ("De Ambrassade" → "bij Ambrassade", "Ambrassade-medewerkers")
            canon.setdefault(alias.replace("'", "’"), entry.canonical)
            # "Kind & Gezin", "Associatie Universiteit en Hogescholen Antwerpen"; "Coordinatieorgaan", "Belgie"
            canon.setdefault(alias.replace(" en ", " & "), entry.canonical)
            canon.setdefault(alias.replace(" & ", " en "), entry.canonical)
            canon.setdefault(_without_accents(alias), entry.canonical)
            bare = re.fullmatch(r"(?:De|Het)\s+(?P<rest>[A-ZÀ-Ý][\w'’-]{3,}(?:\s+\S+)*)", alias)
            if bare:
                canon.setdefault(bare.group("rest"), entry.canonical)
    # "bestek ABB/2018/0457": an alias followed by "/" and a number is part of a reference code. A hyphen glues the
    # alias into a compound ("VVSG-werkgroep": _acronym_compound_hits), unless a capitalised word follows it, the
    # other name of a pair ("de werkgroep DG EPI-Vlaamse Gemeenschap").
    return re.compile(rf"(?<![\w-]){_alternation(canon)}(?![\w]|-(?![A-ZÀ-Ý][a-zà-ý])\w|/\d)"), canon


def _alternation(names: Iterable[str]) -> str:
    """One regex alternative per name, longest first, so "Vaste Commissie van de Lokale Politie" beats "Lokale
    Politie"; any white space between words. A look-ahead on the first two characters lets the engine skip most
    positions at once (the boundary checks sit once around the alternation): ~80x faster than one look-behind
    per name."""
    ordered = sorted(names, key=len, reverse=True)
    prefixes = "|".join(sorted({re.escape(n[:2].rstrip()) for n in ordered}))  # ("a b": any white space after a)
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)
    return f"(?=(?:{prefixes}))(?:{body})"


def _without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


# An apostrophe inside a word ("CAW's"), not a closing quote ("‘Klas in Dialoog’ van X vzw": the title ends there).
_CAP = r"(?:[A-ZÀ-Ý](?:[\w!-]|['’](?=\w))*|[A-Z]{2,}!?)"
_LINK = r"(?:\s+(?:van|voor|de|der|het)\s+(?=[A-ZÀ-Ý]))"
_NAME = rf"{_CAP}(?:(?:\s+|{_LINK}){_CAP})*"

# Head words whose following name makes an organisation ("departement OV", "afdeling Jeugd").
_HEAD_RE = re.compile(
    rf"(?<![\w-])(?P<head>[Dd]epartement|[Aa]fdeling|[Aa]gentschap"
    rf"|[Hh]ogeschool|[Uu]niversiteit|[Pp]olitiezone|PZ|[Ss]cholengroep|[Ss]cholengemeenschap|[Oo]nderzoeksgroep"
    rf"|[Kk]abinet|[Dd]irectie|[Ff]aculteit|[Mm]oskee|(?:GO!\s+)?(?:atheneum|lyceum|basisschool|middenschool)"
    # a service, unit or department of a body named after its head noun ("dienst Preventie", "cel Radicalisme",
    # "vakgroep Criminologie", "beleidsteam Gedetineerdenzorg", "justitiehuis Antwerpen")
    rf"|[Dd]ienst|[Cc]el|[Vv]akgroep|[Bb]eleidsteam|[Jj]ustitiehuis)"
    rf"\s+(?P<name>{_NAME}(?:,\s+{_CAP})*(?:\s+en\s+{_NAME})?)"
)
# "CAW Limburg", "OCMW Menen", "Vrij CLB Pajottenland": a kind of body the report names by its acronym, with
# the area it serves, is one organisation (the plural kind, "LIVC's", is not; a LIVC is a cel, a meeting body).
# "het CAW", "het JAC": the definite singular names the one serving the place the text is about, an organisation
# (canonical the acronym as printed: the blind annotators of dev-extra, dev-2019 and dev-2019-12).
# (no look-behind at the start, so that the engine can skip to each "het"; the word boundary is checked after)
_KIND_OF_TOWN = re.compile(
    r"(?<![\w-])(?:[Dd]e|[Hh]et)\s+(?P<kind>(?:CAW|CLB|OCMW|LIVC)(?:-R)?)\s+van\s+de\s+(?:stad|gemeente)\s+"
    r"(?P<town>[A-ZÀ-Ý][\w'’-]+)"
)
_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[A-ZÀ-Ý][\w'’-]+)(?![\w'’-])")
_THE_KIND = re.compile(r"het\s+(?P<kind>CAW|JAC|CLB|OCMW|CGG)(?![\w'’-]|\s+[A-ZÀ-Ý(])")
_KIND_WITH_AREA = re.compile(
    r"(?<![\w-])(?:Vrij\s+)?(?:CAW|CLB|OCMW|LIVC|CGG)\s+(?:van\s+|in\s+)?(?P<area>[A-ZÀ-Ý][\w'’]*(?:-[A-ZÀ-Ý][\w'’]*|-[a-z]{2,3}(?=-))*)"
    r"(?:\s+(?:Noord|Zuid|Oost|West))?"
    # "CAW Schelde en Rupel": an area of two names (a single capitalised word after "en", no name going on)
    r"(?:\s+en\s+[A-ZÀ-Ý][a-zà-ý]+(?![\w-]|\s+[A-ZÀ-Ý]|['’]s))?(?![\w-])"
)
# "onderzoeksgroep X van de UHasselt": where the tail after "van de" is an organisation of its own (an acronym
# or a one-word name on a head noun), it is a second mention, not part of the name.
_OWN_TAIL = re.compile(r"\s+van\s+(?:de|het)\s+(?P<tail>[A-Z][A-Za-z]*[A-Z][\w]*|[A-ZÀ-Ý][a-zà-ý-]+)$")


def _cut_own_tail(name: str, acronym_tail: bool = True) -> str:
    """``name`` without a tail "van de X" that names an organisation of its own; an acronym tail only where
    asked (after a lower-case head: "onderzoeksgroep X van de UHasselt"), since a capitalised name may end on
    its parent's acronym ("Bureau voor ... van de OVSE")."""
    m = _OWN_TAIL.search(name)
    if m and ((acronym_tail and _acronym_like_word(m.group("tail"))) or _head_compound(m.group("tail"))):
        return name[: m.start()]
    return name


def _compound_name_hits(text: str) -> list[OrganisationMention]:
    """ "met het Sint-Romboutsinstituut", "van de Arteveldehogeschool": one capitalised word glued to an
    institution's head noun, inside a sentence (capitalised there only because it is a name)."""
    hits = []
    for m in re.finditer(r"(?<![\w-])[A-ZÀ-Ý][\w-]*[a-zà-ý](?![\w'’-])", text):
        last = _last_char_before(text, m.start())
        inside = last.isalpha() and last.islower()
        if inside and _head_compound(m.group(0)) and not _inside_quotes(text, m.start()):
            hits.append(OrganisationMention(m.group(0), m.group(0), "pattern", m.start(), m.end()))
    return hits


# "samen met Lantaarnwerk, een Mechelse vzw die ...", "Brugwerk, de Brusselse koepel van ...": a name followed by an
# apposition whose head is a kind of organisation (an article, at most two adjectives, the kind noun) names that
# organisation. The kind noun must not open a name of its own ("Limburg, de vzw Terugkeer": the legal form before
# the next name), and the name must not close a longer capitalised name ("Ankerpunt Zuid, een organisatie").
_APPOSITION_KINDS = (
    r"organisatie|vzw|vereniging|koepel|koepelorganisatie|netwerk|federatie|stichting|collectief|beweging|centrum"
    r"|platform|ngo"
)
_APPOSITION_TAIL = (
    r"[ \t]*,[ \t\n]+(?:een|de|het)[ \t\n]+(?:[A-ZÀ-Ýa-zà-ý][a-zà-ý-]*e[ \t\n]+){0,2}"
    rf"(?P<kind>[a-zà-ý]*(?:{_APPOSITION_KINDS}))(?![\w'’-])(?![ \t\n]+[A-ZÀ-Ý])"
)
_APPOSITION = re.compile(rf"(?P<name>[A-ZÀ-Ý](?:[\w!&-]|['’](?=\w))*[\w!]){_APPOSITION_TAIL}")
_APPOSITION_AFTER = re.compile(_APPOSITION_TAIL)


def _apposition_hits(text: str) -> list[OrganisationMention]:
    """One-word names followed by an apposition that says what kind of organisation they are (``_APPOSITION``)."""
    from pipeline.extract.municipalities import municipality, province

    if ", " not in text:
        return []
    hits = []
    for m in _APPOSITION.finditer(text):
        name, start = m.group("name"), m.start("name")
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’&"):
            continue
        last = _last_char_before(text, start)
        glued = _GLUED_BEFORE.search(text, max(0, start - 40), start)
        if glued and last not in ".!?:;" and glued.group("word") not in _SENTENCE_ADVERBS:
            continue  # the last word of a longer capitalised name
        if (
            len(name) < 3
            or name in _NOT_ORG_WORDS
            or name in _DOMAINS
            or municipality(name)
            or province(name)
            or re.search(r"['’]s$", name)
            or _inside_quotes(text, start)
        ):
            continue
        hits.append(OrganisationMention(name, name, "pattern", start, start + len(name)))
    return hits


def _described_by_apposition(text: str, hit: OrganisationMention) -> bool:
    """Whether the one-word ``hit`` is the name of an apposition (``_apposition_hits``) in ``text``."""
    m = _APPOSITION.match(text, hit.char_start)
    return bool(m) and m.end("name") == hit.char_end and " " not in hit.mention


# "Voor KBS: 103.000 euro Voor Vormen/plan België: 0,5 VTE Voor Studio Globo: 1 VTE" (a budget cell): a label "Voor
# X:" before an amount or a staff count names the recipient, an organisation ("/" joins two of them).
_RECIPIENT_LABEL = re.compile(
    r"(?<![\w-])(?:[Vv]oor|[Aa]an)[ \t]+(?:de[ \t]+|het[ \t]+)?(?P<names>[A-ZÀ-Ý][^:;.()\n\d]{0,60}?)[ \t]*:[ \t]*"
    r"(?:€[ \t]*\d|\d[\d.,]*[ \t]*(?:euro|EUR|€|VTE|FTE|miljoen))"
)


def _recipient_label_hits(text: str) -> list[OrganisationMention]:
    """The recipients a budget label names (``_RECIPIENT_LABEL``), each part of "X/Y" on its own."""
    if ":" not in text:
        return []
    hits = []
    for m in _RECIPIENT_LABEL.finditer(text):
        pos = m.start("names")
        for part in re.finditer(r"[^/]+", m.group("names")):
            name = part.group(0).strip()
            start = pos + part.start() + part.group(0).index(name)
            words = name.split()
            if not words or len(words) > 5 or not any(w[:1].isupper() for w in words) or not _proper_word(words[-1]):
                continue
            if name in _NOT_ORG_WORDS or name in _DOMAINS or name.lower() in _ORG_HEADS:
                continue
            hits.append(OrganisationMention(name, normalise(name), "pattern", start, start + len(name)))
    return hits


# "samen met twee Brusselse wijkorganisaties, Meerstem en Buurtbrug", "Twee organisaties uit het werkveld, Plooibaar
# (Genk) en Zeeflicht (Oostende), helpen ...": a counted plural kind of organisation followed by exactly that many
# capitalised names (each with the place it works in, in brackets) names those organisations.
_NUMBER_WORDS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8}
_COUNTED_KINDS = r"organisaties|verenigingen|vzw['’]s|koepels|federaties|stichtingen|collectieven|partners"
_COUNTED_KIND = re.compile(
    r"(?<![\w-])(?P<n>[Tt]wee|[Dd]rie|[Vv]ier|[Vv]ijf|[Zz]es|[Zz]even|[Aa]cht|[2-8])[ \t\n]+"
    r"(?:[A-ZÀ-Ýa-zà-ý][a-zà-ý-]*e[ \t\n]+){0,2}"
    rf"[a-zà-ý]*(?:{_COUNTED_KINDS})(?:[ \t\n]+[a-zà-ý]+){{0,4}}[ \t]*[,:][ \t\n]+"
)
_COUNTED_KIND_NOUN = re.compile(_COUNTED_KINDS)
_COUNTED_ITEM = re.compile(
    rf"(?:(?:de|het)\s+)?(?P<name>{_NAME})(?:\s*\((?P<place>[A-ZÀ-Ý][\w'’-]+)\))?(?P<sep>\s*,\s*|\s+en\s+)?"
)


def _counted_kind_hits(text: str) -> list[OrganisationMention]:
    """The names a counted plural kind of organisation introduces (``_COUNTED_KIND``), as many as the count."""
    if not _COUNTED_KIND_NOUN.search(text):
        return []
    hits = []
    for cue in _COUNTED_KIND.finditer(text):
        n = _NUMBER_WORDS.get(cue.group("n").lower()) or int(cue.group("n"))
        pos, found = cue.end(), []
        for i in range(n):
            m = _COUNTED_ITEM.match(text, pos)
            sep = (m.group("sep") or "").strip() if m else ""
            # the names are separated by commas, the last two by "en"; no more than n of them
            if not m or m.group("name") in _NOT_ORG_WORDS or sep != ("en" if i == n - 2 else "," if i < n - 2 else sep):
                break
            found.append(m)
            pos = m.end()
        last = found[-1] if len(found) == n else None
        if last is None or (last.group("sep") or "").strip() == "en" or re.match(r"\s*[A-ZÀ-Ý]", text[last.end() :]):
            continue
        hits += [OrganisationMention(m["name"], normalise(m["name"]), "pattern", *m.span("name")) for m in found]
    return hits


def _last_char_before(text: str, pos: int) -> str:
    """The last character before ``pos`` that is not white space ("" if none): ``text[:pos].rstrip()[-1:]``."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos else ""


def _acronym_like_word(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2


def _head_compound(word: str) -> bool:
    """ "Arteveldehogeschool", "Sint-Romboutsinstituut": one capitalised word, a name glued to a head noun."""
    w = word.lower()
    return any(w.endswith(h) and len(w) - len(h) >= 4 for h in _COMPOUND_HEADS)


_SCHOOL_HEAD = re.compile(r"(?:atheneum|lyceum|basisschool|middenschool)$")
_COMPOUND_HEADS = ("hogeschool", "universiteit", "instituut", "college", "atheneum", "lyceum", "ziekenhuis")
_LEGAL_FORM = r"(?:vzw|VZW|Vzw|asbl|ASBL|nv|NV|cvba|CVBA|cv|CV|bv|BV|vof|ivzw|IVZW)"
_AMP_NAME = rf"{_NAME}(?:\s+&\s+{_NAME})?"
# "de vzw Ouders aan Zet Brussel": after the legal form the name runs to its last capitalised word, over a short
# lower-case link word between capitalised ones.
# ("de vzw Leerkracht in Balans", "de asbl Jeunesse et Dialogue": "in" and French "et" too, "in" not before a
# place: ``_place_in_name``)
_VZW_NAME = rf"{_CAP}(?:(?:\s+|\s+(?:van|voor|de|der|het|aan|zonder|met|in|et|&)\s+(?=[A-ZÀ-Ý])){_CAP})*"
# (the other legal forms too, before the name: "de sociale onderneming cvba Werkhaven"; not "bv", which is also
# "bijvoorbeeld")
_VZW_BEFORE = re.compile(
    rf"(?<![\w-])(?:vzw|VZW|Vzw|asbl|ivzw|cvba|CVBA|nv|NV|cv|CV)\s+[‘'“\"]?(?P<name>(?:[Dd]e\s+|[Hh]et\s+)?{_VZW_NAME})[’'”\"]?"
)
# The legal form closes the name, so lower-case link words may stand inside it ("Jong Gent in Actie vzw").
_CLOSED_NAME = (
    rf"{_CAP}(?:(?:\s+|\s+(?:van|voor|de|der|het|in|op|tegen|zonder|en|&|for|of|the|and|des|du|la)"
    rf"\s+(?=[A-ZÀ-Ý])){_CAP})*"
)
_VZW_AFTER = re.compile(rf"(?P<name>{_CLOSED_NAME})\s+(?:{_LEGAL_FORM}(?![\w])|e\.V\.)")
# Sentence adverbs that open a sentence before a name ("Ook Uit De Marge vzw").
_ELIDED_NAME = rf"(?:['’]t\s+)?{_NAME}"
_SENTENCE_ADVERBS = {"Ook", "Daarnaast", "Zo", "Verder", "Tevens", "Bovendien", "Daarom", "Hierbij", "Nu"}
# "de jeugdorganisatie Chiro Vlaanderen", "de vereniging Ella", "het interimkantoor Werkpunt Limburg", "de
# technologiefirma Zeebrugge Data Solutions": a descriptor noun before the name.
_DESCRIBED = re.compile(
    rf"(?<![\w-])[a-zà-ý]*(?:organisatie|vereniging|koepel|federatie|stichting|beweging|instelling|huis|magazine"
    rf"|krant|dagblad|weekblad|tijdschrift|omroep|zender|bureau|bedrijf|club|collectief|kantoor|firma|werkplaats)"
    rf"(?:s|en)?\s+"
    rf"(?P<names>{_ELIDED_NAME}(?:(?:\s*,\s*|\s+en\s+){_NAME})*)"
)
_DESCRIBED_NETWORK = re.compile(rf"(?<![\w-])[a-zà-ý]{{3,}}(?:netwerk|platform)[ \t]+(?P<name>{_NAME})")
_DESCRIPTOR_COMPOUND = re.compile(
    r"[a-zà-ý]{3,}(?:organisatie|vereniging|koepel|federatie|beweging|instelling|bureau|bedrijf|collectief)"
)
# A list item that is a name with its legal form: the whole item is the name, lower-case words too
# ("- Zonder handen vzw").
_VZW_ITEM = re.compile(
    r"(?m)^[-–•]\s+(?P<all>(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’&-]+){0,4}?)\s+(?:vzw|asbl))\s*[;,.]?\s*$"
)

# Names after a head word that are places or topics, not a named unit.
_NOT_A_NAME = {"Vlaanderen", "Brussel", "In", "Op", "De", "Het", "Een"}
# Words that make a span a project, event, campaign or tool rather than an organisation.
_NON_ORG = re.compile(
    r"(?i)\b(project|projecten|projectoproep|tool|campagne|conferentie|congres|studiedag|"
    r"actieplan|plan|omzendbrief|website|databank|programma|toolbox|handleiding)\b"
)


_HET_BEFORE = re.compile(r"(?<![\w-])het\s+$")


def _descriptive_adjective(text: str, start: int) -> bool:
    """ "het Brusselse Centrum voor Kinderzorg ...": a name of a "het"-word keeps its adjective uninflected ("het
    Vlaams Instituut"), so an inflected one after a lower-case "het" describes the name, it is no part of it."""
    if not _tail_search(_HET_BEFORE, text, start):
        return False
    words = text[start:].split(None, 3)
    return len(words) >= 3 and bool(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ý-]+se", words[0])) and words[1][:1].isupper()


def normalise(name: str) -> str:
    """Canonical form of a name the gazetteer does not know: no legal form or article."""
    text = re.sub(r"\s+", " ", name)
    elided = re.match(r"\s*(?P<article>['’][ts]) ", text)  # "'t Kwadrant": the elided article is no quote
    if elided:
        text = text[elided.end() :]
    text = text.strip(" .,;:()'\"“”‘’")
    legal = r"(?i)^(vzw|asbl|ivzw|cvba|nv|cv)\s+|\s+(vzw|asbl|ivzw|nv|cvba|cv|bv|vof|aisbl|e\.v)$"
    text = re.sub(legal, "", text).strip(" '\"“”‘’")
    text = re.sub(r"^(de|het|De|Het)\s+(?=[a-zà-ý])", "", text)
    text = re.sub(r"^(de|het)\s+", "", text)
    # "Het Lokaal Integratiecentrum Zuidrand", "De Vlaamse Sportfederatie": an article capitalised at the start of
    # a sentence before a name of two or more words built on a head noun; "De Kroon", "Het Belang van Limburg"
    # keep theirs (no head noun: the article is part of the name).
    rest = text.split()[1:]
    if text.split()[:1] in (["De"], ["Het"]) and len(rest) >= 2 and any(_is_head_word(w) for w in rest):
        text = " ".join(rest)
    # Issue 12 (GUIDELINES.md): a name the gazetteer does not know keeps its head word as printed
    # ("Agentschap Opgroeien", "het agentschap Opgroeien" → "agentschap Opgroeien").
    return f"{elided.group('article')} {text}" if elided else text


@dataclass(frozen=True)
class Options:
    """How model hits are filtered (``MODEL_RULES``); ``hidden`` drops gazetteer entries (cross-validation);
    ``gazetteer``: the names known (default: the project's, ``pipeline.gazetteer.load_gazetteer()``)."""

    model_rule: str = "proper"
    hidden: frozenset[str] = frozenset()
    gazetteer: Gazetteer = field(default_factory=load_gazetteer, repr=False)
    register: Register = field(default_factory=load_register, repr=False)


# Filters for model-only hits, from loosest to strictest; the default was chosen by dev cross-validation
# (python -m pipeline.train_ner --cv 5).
MODEL_RULES = ("all", "plausible", "proper", "strict")


def _gazetteer_hits(text: str, opts: Options) -> list[OrganisationMention]:
    regex, canon = _gazetteer_regex(opts.gazetteer, opts.hidden)
    hits = []
    for m in regex.finditer(text):
        if _in_address(text, m.start(), m.end()):
            continue
        alias = re.sub(r"\s+", " ", m.group(0))
        hits.append(OrganisationMention(m.group(0), canon[alias], "gazetteer", m.start(), m.end()))
    # a variant longer than the exact hits inside it wins, as the longest alias does ("GO! Onderwijs van de
    # Vlaamse Gemeenschap" over "GO!" and "Vlaamse Gemeenschap"); one that overlaps a longer exact hit does not
    for v in _case_variant_hits(text, opts) + _dotted_acronym_hits(text, opts):
        inside = [h for h in hits if v.char_start <= h.char_start and h.char_end <= v.char_end]
        others = [h for h in hits if h not in inside and v.char_start < h.char_end and h.char_start < v.char_end]
        if not others and all(h.char_end - h.char_start < v.char_end - v.char_start for h in inside):
            hits = [h for h in hits if h not in inside] + [v]
    return sorted(hits, key=lambda h: h.char_start)


@lru_cache(maxsize=16)
def _register_regex(register: Register, gazetteer: Gazetteer, hidden: frozenset[str]) -> re.Pattern[str] | None:
    """The register's names the gazetteer does not already know, longest first, bounded like gazetteer aliases."""
    _, canon = _gazetteer_regex(gazetteer, hidden)
    names = [n for n in register.names if n not in canon and _register_name(n)]
    return re.compile(rf"(?<![\w-]){_alternation(names)}(?![\w]|-\w|/\d)") if names else None


# Words a name may hold in lower case ("Kind en Gezin", "Instituut voor de gelijkheid van vrouwen en mannen").
_NAME_LINK_WORDS = frozenset(
    {"en", "van", "voor", "de", "het", "der", "des", "op", "in", "tegen", "met", "zonder", "aan", "bij", "over", "of"}
    | {"et", "du", "la", "le", "les"}
)


def _register_name(name: str) -> bool:
    """A printed form of the register that names one organisation here: any other word in lower case makes it a
    description ("federale overheid", "Vlaamse justitiehuizen"), and a policy-domain code is a domain ("WVG",
    "CJM": "departement WVG" is found by its head noun)."""
    words = name.split()
    # (a name opening on an acronym is its owner's name for a body of its own, no description: "GO! ouders",
    # "JES stadslabo"; a description opens on a lower-case word or an adjective)
    owned = len(words) > 1 and _looks_like_acronym(words[0].rstrip("!"))
    described = len(words) > 1 and any(w[:1].islower() and w.isalpha() and w not in _NAME_LINK_WORDS for w in words)
    return len(name) >= 2 and (owned or not described) and name not in _DOMAINS


_SENTENCE_START = re.compile(r"(?:[.!?:;•\n]|\s[–-])\s*[\"“‘']?\s*$")


def _register_hits(text: str, opts: Options) -> list[OrganisationMention]:
    """Names of the register as printed ("met Arktos", "ORBIT en Kif Kif"), canonicalised like any name the
    gazetteer does not know. A one-word name opening a sentence is left to the other rules: there its capital
    says nothing ("Formaat", "Motief" are words too)."""
    regex = _register_regex(opts.register, opts.gazetteer, opts.hidden)
    if regex is None:
        return []
    hits = []
    for m in regex.finditer(text):
        printed = m.group(0)
        one_word = len(printed.split()) == 1 and not printed.isupper()
        before = text[max(0, m.start() - 12) : m.start()]
        opens = _SENTENCE_START.search(before) or (m.start() <= 12 and not before.strip())
        if one_word and opens:
            continue
        if not _in_address(text, m.start(), m.end()) and not _own_acronym_in_brackets(text, m, hits, opts.register):
            hits.append(OrganisationMention(printed, normalise(printed), "register", m.start(), m.end()))
    return hits


def _own_acronym_in_brackets(
    text: str, m: re.Match[str], before: list[OrganisationMention], register: Register
) -> bool:
    """ "het Bureau voor Democratische Instellingen en Mensenrechten van de OVSE (ODIHR)": a form in brackets that
    the register lists for the organisation named just before it in the sentence is that name's acronym (one
    mention, GUIDELINES), even where its letters are another language's."""
    if text[m.start() - 1 : m.start()] != "(" or text[m.end() : m.end() + 1] != ")":
        return False
    entry = register.entry_of.get(m.group(0))
    return entry is not None and any(
        register.entry_of.get(h.mention) == entry and m.start() - h.char_end < 80 for h in before
    )


@lru_cache(maxsize=16)
def _case_free_regex(gazetteer: Gazetteer, hidden: frozenset[str]) -> tuple[re.Pattern[str], dict[str, str]]:
    """The multi-word aliases in any case, by their lower-case form."""
    _, canon = _gazetteer_regex(gazetteer, hidden)
    lower: dict[str, str] = {}
    for alias in sorted(canon, key=len, reverse=True):
        if len(alias.split()) > 1:
            lower.setdefault(alias.lower(), canon[alias])
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in lower)
    # searched in the lower-cased text (same offsets), with a look-ahead on the first three letters: most words
    # open in lower case, so one letter would let the engine try the alternation at nearly every word
    prefixes = "|".join(sorted({re.escape(a[:3]) for a in lower}))
    return re.compile(rf"(?<![\w-])(?={prefixes})(?:{body})(?![\w]|-\w|/\d)"), lower


def _case_variant_hits(text: str, opts: Options) -> list[OrganisationMention]:
    """ "het agentschap Integratie en Inburgering", "de Vereniging van Vlaamse steden en gemeenten", "het Vlaams
    parlement": a known name of several words printed with another case of its common nouns is that name. The
    printing must still mark it as a name (a capital beyond its first letter, or a first capital inside the
    sentence), so that "kind en gezin" or "Lokale politie" opening a sentence stay words."""
    regex, lower = _case_free_regex(opts.gazetteer, opts.hidden)
    folded = text.lower()
    if len(folded) != len(text):  # a character whose lower case is longer: offsets would shift
        return []
    _, canon = _gazetteer_regex(opts.gazetteer, opts.hidden)
    hits = []
    for m in regex.finditer(folded):
        printed = text[m.start() : m.end()]
        words = printed.split()
        if " ".join(words) in canon:
            continue  # printed as the gazetteer has it: the exact search finds it
        before = text[max(0, m.start() - 8) : m.start()]
        sentence_initial = m.start() < 8 and not before.strip() or bool(re.search(r"[.!?:;\n•–-]\s*$", before))
        marked = any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and not sentence_initial)
        # "het departement onderwijs en vorming", "het agentschap jongerenwelzijn": a name on the head noun of a
        # public body is that body in any case (no sentence builds it by chance)
        marked = marked or (words[0].lower() in _PUBLIC_BODY_HEADS and len(words) >= 2)
        if marked and not _in_address(text, m.start(), m.end()):
            canonical = lower[" ".join(words).lower()]
            hits.append(OrganisationMention(printed, canonical, "gazetteer", m.start(), m.end()))
    return hits


_PUBLIC_BODY_HEADS = frozenset({"departement", "agentschap", "afdeling", "directie", "kabinet"})


# "V.V.S.G.", "O.C.A.D.", "K.U. Leuven", "K.U.Leuven": an acronym printed with dots is the acronym.
_DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?P<acr>(?:[A-Z]\.){2,8})(?:(?P<sep>\s?)(?P<word>[A-ZÀ-Ý][a-zà-ý]+))?(?![\w])")


def _dotted_acronym_hits(text: str, opts: Options) -> list[OrganisationMention]:
    if "." not in text:
        return []
    _, canon = _gazetteer_regex(opts.gazetteer, opts.hidden)
    hits = []
    for m in _DOTTED_ACRONYM.finditer(text):
        acronym = m.group("acr").replace(".", "")
        if m.group("word"):  # "K.U. Leuven" → "KU Leuven", "K.U.Leuven" → "KULeuven"
            name = acronym + (" " if m.group("sep") else "") + m.group("word")
            if name in canon:
                hits.append(OrganisationMention(m.group(0), canon[name], "gazetteer", m.start(), m.end()))
                continue
        if acronym in canon and _looks_like_acronym(acronym):
            hits.append(OrganisationMention(m.group("acr"), canon[acronym], "gazetteer", *m.span("acr")))
    return hits


def _in_address(text: str, start: int, end: int) -> bool:
    """ "https://mediawijs.be/...", "radicalisering@VVSG.be": a name inside a web or e-mail address is part of the
    address (a website is no organisation: GUIDELINES.md)."""
    if text[start - 1 : start] not in "@/." and text[end : end + 1] not in ".@":
        return False  # (the common case, without cutting out the word)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return bool(_ADDRESS.search(text, start, end))


_ADDRESS = re.compile(r"@|://|(?<![\w.])www\.|\w\.(?:be|com|org|eu|net|nl|info|vlaanderen)\b")


_BARE_BEFORE = re.compile(r"(?<![\w-])(?P<word>[a-zà-ý][\w-]*)\s*(?:,|\s+en|\s+of)\s+$|\(\s*$")
_BARE_AFTER = re.compile(r"\s*(?:,|\s+en\s|\s+of\s)\s*(?P<word>[a-zà-ý][\w-]*)")


def _sector_word(text: str, hit: OrganisationMention) -> bool:
    """ "tussen scholen en politie", "beide sectoren (politie en onderwijs)", "lokale politie, OCMW-wetgeving,
    welzijn": a lower-case known name without article, coordinated with a bare lower-case noun, names a sector or
    a theme beside others, not the organisation."""
    if not hit.mention.islower():
        return False
    before = _tail_search(_BARE_BEFORE, text, hit.char_start)
    after = _BARE_AFTER.match(text, hit.char_end)
    bare = {w for m in (before, after) if m for w in [m.group("word")] if w and w not in _JOINING_WORDS}
    bare -= {"de", "het", "een"}
    return bool(bare) and not re.search(r"(?:\b(?:de|het|der)\s+)$", text[max(0, hit.char_start - 5) : hit.char_start])


# gold6 D6: a region or community follows the municipality rule. Its territory is meant where it is an area served
# ("een werkingsgebied over 188 gemeenten en het Brussels Hoofdstedelijk Gewest", "met het Brussels Hoofdstedelijk
# Gewest als werkingsgebied") or the place something happens ("in het Vlaams Gewest zijn er 141 LIVC's").
_REGION_NAME = re.compile(r"(?:Gewest|Gemeenschap)$")
_TERRITORY_BEFORE = re.compile(
    r"(?:werkingsgebied[^.;:()]{0,60}|\b(?:in|binnen|uit|doorheen|over\s+heel)\s+(?:het|de)\s+"
    r"|\d+\s+(?:[A-Z]\w+e\s+)?gemeenten(?:\s+in\s+\w+)?\s+(?:en|of)\s+(?:\d+\s+\w+\s+)?(?:het|de)\s+)$"
)
_TERRITORY_AFTER = re.compile(r"\s+als\s+werkingsgebied")


# gold6 D5: a name used as a modifier or in an event's title is no mention: "het mediawijs competentiemodel" (after
# an article, before the noun it qualifies), "het Vlaams Mediawijs Congres".
_MODIFIED_NOUN = re.compile(r"\s+[a-zà-ý]{4,}(?![\w-])")
# (words after a name that are no noun it qualifies; its own name: the set of the authority rules, ``_PREPOSITIONS``,
# shadowed it, so that "de afdeling justitiehuizen rond ..." read as a modifier)
_NOT_QUALIFIED = frozenset(
    {"over", "rond", "naar", "tegen", "tijdens", "binnen", "sinds", "vanuit", "zelf", "werd", "wordt", "heeft", "onder"}
)
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:het|de|een|dit|dat|deze|zijn|haar)\s+$")
_EVENT_TITLE_AFTER = re.compile(
    r"\s+(?:Congres|Conferentie|Dag|Studiedag|Symposium|Week|Festival|Prijs|Award)(?![\w-])"
)


def _modifier_use(text: str, hit: OrganisationMention) -> bool:
    """``hit`` qualifies a noun (``_MODIFIED_NOUN`` after a lower-case name and an article) or opens an event's
    title (``_EVENT_TITLE_AFTER``), so it names no organisation taking part."""
    if _EVENT_TITLE_AFTER.match(text, hit.char_end):
        return True
    after = _MODIFIED_NOUN.match(text, hit.char_end)
    # a one-word name spelled in lower case where its canonical is not ("mediawijs": an adjective too); "de lokale
    # politie" is the police's own lower-case name, and a name of several words is a noun phrase, no adjective ("de
    # afdeling jeugd organiseerde twee studiedagen")
    return (
        hit.mention.islower()
        and not hit.canonical.islower()
        and " " not in hit.mention.strip()
        and bool(after)
        and after.group(0).strip() not in _LINK_WORDS
        and after.group(0).strip() not in _NOT_QUALIFIED
        and bool(_ARTICLE_BEFORE.search(text, max(0, hit.char_start - 8), hit.char_start))
    )


def _territory(text: str, hit: OrganisationMention) -> bool:
    """A region's or community's name used for its territory, not for the government acting (``_TERRITORY_*``)."""
    if not _REGION_NAME.search(hit.canonical):
        return False
    return bool(_TERRITORY_BEFORE.search(text, max(0, hit.char_start - 90), hit.char_start)) or bool(
        _TERRITORY_AFTER.match(text, hit.char_end)
    )


def _trim_name(name: str) -> str:
    """Cut a pattern name at the first word that is not part of the name."""
    words = name.split()
    while words and words[-1] in {"en", "van", "voor", "de", "der", "het"}:
        words.pop()
    return " ".join(words)


# Issue 12: a lower-case compound on the head noun of an institution names one when a capitalised name follows it
# ("het expertisecentrum Buurtsport", "het jongerencentrum De Kaai"), and an inspectorate needs none ("de
# onderwijsinspectie": the body of a domain, not a kind of body). Meeting-body heads (netwerk, platform, commissie,
# raad, werkgroep, ...) with a lower-case noun name meeting bodies (GUIDELINES.md), so they are not here.
_LOWER_HEADS = (
    "centrum|instituut|huis|dienst|steunpunt|agentschap|fonds|academie|bureau|vereniging|federatie|stichting|koepel"
    "|observatorium|hogeschool|universiteit"
)
_LOWER_INSTITUTION = rf"[a-zà-ý]{{3,}}(?:{_LOWER_HEADS})"
# Where a lower-case head word meets a capitalised word, or an inspectorate: most texts have neither, and this
# search is far cheaper than the full pattern's scan of every lower-case word.
_LOWER_HINT = re.compile(rf"(?=[abcdfhiksuov])(?<=[a-zà-ý])(?:(?:{_LOWER_HEADS})\s+[A-ZÀ-Ý]|inspectie)")
_LOWER_HEAD_WORDS = (*_LOWER_HEADS.split("|"), "inspectie")
_LOWER_HEADED = re.compile(
    rf"(?<![\w-])(?P<head>{_LOWER_INSTITUTION})\s+(?P<name>{_CAP}(?:(?:\s+|{_LINK}){_CAP})*"
    rf"(?:\s+(?:&|en)\s+{_CAP}(?![\w-]|\s+(?:(?:van|voor|de|der|den|het)\s+)?[A-ZÀ-Ý]))?)"
)
_INSPECTORATE_OF = re.compile(
    r"(?<![\w-])[a-zà-ý]*inspectie\s+(?P<subject>[a-zà-ý]+e\s+vakken|[A-ZÀ-Ý][a-zà-ý]+)(?![\w-])"
)
_AS_ROLE = re.compile(r"(?<![\w-])als\s+(?:het\s+|de\s+)?$")


def _lower_headed_hits(text: str) -> list[OrganisationMention]:
    """ "het expertisecentrum Buurtsport", "de onderwijsinspectie": see ``_LOWER_HEADED``. Only where the cheap
    ``_LOWER_HINT`` finds a head word is the full pattern tried, at the start of that word."""
    from pipeline.extract.municipalities import municipality

    hits: list[OrganisationMention] = []
    if not any(h in text for h in _LOWER_HEAD_WORDS):
        return hits
    for m in _INSPECTORATE_OF.finditer(text) if "inspectie" in text else ():
        # "de (onderwijs)inspectie levensbeschouwelijke vakken", "de inspectie Islam": an inspectorate named by the
        # subjects it inspects
        subject = m.group("subject")
        if subject[:1].isupper() and (subject in _NOT_ORG_WORDS or municipality(subject) or subject in _DOMAINS):
            continue
        if not _indefinite_before(text, m.start()):
            hits.append(OrganisationMention(m.group(0), m.group(0), "pattern", m.start(), m.end()))
    for hint in _LOWER_HINT.finditer(text):
        start = hint.start()
        while start > 0 and text[start - 1] in _LOWER_LETTERS:
            start -= 1
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            continue  # "Onderwijsinspectie", "VLOR-expertisecentrum": not a lower-case word of its own
        if hint.group().startswith("inspectie"):
            end = hint.end()
            if hint.start() - start >= 4 and not _WORD_GOES_ON.match(text, end) and not _indefinite_before(text, start):
                hits.append(OrganisationMention(text[start:end], text[start:end], "pattern", start, end))
            continue
        m = _LOWER_HEADED.match(text, start)
        if not m:
            continue
        name = _trim_name(m.group("name"))
        first = name.split()[0] if name else ""
        # "het jeugdhuis Gent", "de preventiedienst Vlaanderen": a place after the head says where, not which
        if not name or first in _NOT_A_NAME or first in _NOT_ORG_WORDS or municipality(name) or first in _DOMAINS:
            continue
        if _indefinite_before(text, start) or _inside_quotes(text, start):
            continue
        end = m.start("name") + len(name)
        # "het adviesbureau Kaleido Consult nv", "de buurtvereniging Lisp Leeft vzw": a name closed by its legal
        # form is a name of its own, the compound before it describes it (``_DESCRIBED``, ``_VZW_AFTER``); so
        # is one opening on an article ("het jeugdhuis De Kaai").
        if _LEGAL_AFTER.match(text, end) or first in ("De", "Het", "Den"):
            continue
        # "zijn opdracht als expertisecentrum Buurtsport": a role the subject plays, not another organisation.
        if _AS_ROLE.search(text, max(0, start - 12), start):
            continue
        name = text[start:end]
        own = _own_name(name[m.end("head") - start :].strip(), text)
        hits.append(OrganisationMention(name, normalise(own or name), "pattern", start, end))
    return hits


# gold6 D1: the lower-case type noun before a name of its own is no part of the canonical ("het expertisecentrum
# Kompasnaald" → "Kompasnaald", "hogeschool Thomas More", "moskee Al-Ihsan"); it stays where what follows is only
# the field the body works on ("expertisecentrum Buurtsport": sport; "buurtsportvisie" elsewhere), as it stays on
# the heads of a body's divisions (afdeling, departement, directie, kabinet, onderzoeksgroep: ``_HEAD_RE``).
_OWN_NAME_HEADS = frozenset({"hogeschool", "universiteit", "moskee", "agentschap"})
_FIELD_WORDS = frozenset(
    w.lower()
    for name in (
        *POLICY_DOMAINS.values(),
        "Jeugdwerk Preventie Veiligheid Integratie Inburgering Opvoeding Recht Beleid Zorg Studies Wetenschap",
    )
    for w in re.findall(r"[A-Za-zÀ-ÿ]{4,}", name)
)


def _own_name(name: str, text: str) -> str:
    """``name`` (what follows a lower-case type noun) where it is the body's own name, else "": not a field
    (a domain word ends it, or the text uses it in lower case: "buurtsport", "lokale buurtsportvisie")."""
    last = name.split()[-1].lower() if name else ""
    if not last or any(last.endswith(w) for w in _FIELD_WORDS):
        return ""
    # (a name of several words is a field only when printed in lower case as a whole: "de stad" elsewhere does not
    # make "kenniscentrum Stad en Samenhang" a field)
    if re.search(rf"(?<![\w-]){re.escape(name.split()[0].lower() if ' ' not in name else name.lower())}", text):
        return ""
    return name


_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïðñòóôõöøùúûüý")
_WORD_GOES_ON = re.compile(r"[\w-]")
_LEGAL_AFTER = re.compile(rf"\s+{_LEGAL_FORM}(?!\w)")


def _indefinite_before(text: str, start: int) -> bool:
    """ "een" (and a quote) right before ``start``: a kind of body, not one ("een Huis van het Kind")."""
    return bool(_INDEFINITE.search(text, max(0, start - 12), start))


_UNIT_SINGULAR = {
    "afdelingen": "afdeling",
    "departementen": "departement",
    "agentschappen": "agentschap",
    "directies": "directie",
    "faculteiten": "faculteit",
    "justitiehuizen": "justitiehuis",
}
_PLURAL_UNIT_HEAD = re.compile(
    rf"(?<![\w-])(?P<head>[Aa]fdelingen|[Dd]epartementen|[Aa]gentschappen|[Dd]irecties|[Ff]aculteiten"
    rf"|[Jj]ustitiehuizen)\s+(?P<of>van\s+)?"
    rf"(?P<names>{_CAP}(?:(?:\s*,\s*|\s+en\s+){_CAP})+)"
)


def _unit_list_items(names: str) -> list[re.Match[str]]:
    """The names of "de afdelingen A, B en C": one per comma, the last "en" after the last comma closing the list;
    so a second "en" joins the last name ("Jongerenwelzijn, Justitiehuizen en Welzijn en Samenleving"), also in a
    list of two ("de afdelingen Justitiehuizen en Welzijn en Samenleving")."""
    parts = list(re.finditer(_NAME, names))
    if len(parts) < 3:
        return parts
    last_comma = names.rindex(",") if "," in names else -1
    tail = [p for p in parts if p.start() > last_comma]
    if len(tail) != 3 or any(names[a.end() : b.start()].strip() != "en" for a, b in ((tail[0], tail[1]), tail[1:])):
        return parts
    joined = re.compile(re.escape(names[tail[1].start() : tail[2].end()])).match(names, tail[1].start())
    return [p for p in parts if p.start() < tail[1].start()] + ([joined] if joined else tail[1:])


# (both looked for from the literal word after the name, then back: a scan from every capital costs more)
_FLANDERS = re.compile(r"(?<=[a-zà-ý]) Vlaanderen(?![\w-])")
_CAPITALISED_WORDS = re.compile(r"(?<![\w'’-])(?:[A-ZÀ-Ý][\w'’-]*[a-zà-ý] )+$")
_REGIONS = ("Brussel", "Antwerpen", "Limburg", "Vlaanderen", "Vlaams-Brabant")
_REGION = re.compile(
    r"(?<=[A-Za-z&]) (?P<region>Brussel|Antwerpen|Limburg|(?:Oost|West)-Vlaanderen|Vlaams-Brabant)(?![\w-])"
)
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])(?P<acr>[A-Z][A-Za-z&]{1,9}) $")


# gold6 D2: another state's government is a party as printed ("waar de Sloveense overheid ... organiseerde"); "de
# Vlaamse overheid" (the plan's author) and the Belgian levels are no mention.
_FOREIGN_GOVERNMENT = re.compile(
    r"(?<![\w-])(?!(?:Vlaamse|Brusselse|Waalse|Belgische|Federale|Europese|Lokale)\s)[A-Z][a-z]+se\s+(?:overheid|regering)(?![\w-])"
)


_IN_WORD = re.compile(r"\s+in\s+(?P<word>[A-ZÀ-Ý][\w'’-]*)")
_HOME_REGIONS = frozenset({"België", "Vlaanderen", "Wallonië"})


def _where_it_works(word: str) -> bool:
    """ "in Antwerpen", "in Vlaams-Brabant", "in Vlaanderen", "in Nederlandstalige ...": where a body works (a
    Belgian town, province or region) or an inflected adjective of what follows, not the end of its name
    ("Leerkracht in Balans", "Jong Gent in Actie")."""
    from pipeline.extract.municipalities import municipality, province

    adjective = word.endswith("e") and _NAME_ADJECTIVE.fullmatch(word)
    return bool(word in _HOME_REGIONS or municipality(word) or province(word) or adjective)


def _place_in_name(name: str) -> str:
    """``name`` up to an "in" before where it works (``_where_it_works``): "vzw Tweede Stem in Antwerpen" is that
    vzw; "vzw Leerkracht in Balans", "Jong Gent in Actie" keep theirs."""
    for m in _IN_WORD.finditer(name):
        if _where_it_works(m.group("word")):
            return name[: m.start()]
    return name


# "de zones Brussel-Hoofdstad-Elsene, Brussel-Zuid en Brussel-West": police zones named once by a plural head, each
# a zone of its own ("politiezone X", the head staying as gold6 D1 keeps it); "De zone Brussel-West" later in the
# text is the same zone.
_ZONE_NAME = r"[A-ZÀ-Ý][\w'’]*(?:-[A-ZÀ-Ý][\w'’]*)*(?:[ \t]+[A-ZÀ-Ý][\w'’]*(?:-[A-ZÀ-Ý][\w'’]*)*)?"
_ZONES = re.compile(
    rf"(?<![\w-])(?:politie)?zones[ \t]+(?P<names>{_ZONE_NAME}(?:[ \t]*,[ \t]*{_ZONE_NAME})*[ \t]+en[ \t]+{_ZONE_NAME})"
)
_ONE_ZONE = re.compile(rf"(?<![\w-])zone[ \t]+(?P<name>{_ZONE_NAME})")


def _zone_list_hits(text: str) -> list[OrganisationMention]:
    if "zones" not in text:
        return []
    hits, named = [], set()
    for m in _ZONES.finditer(text):
        for item in re.finditer(_ZONE_NAME, m.group("names")):
            name, start = item.group(0), m.start("names") + item.start()
            if name in _NOT_ORG_WORDS:
                continue
            named.add(name)
            hits.append(OrganisationMention(name, f"politiezone {name}", "pattern", start, start + len(name)))
    for m in _ONE_ZONE.finditer(text) if named else ():
        if m.group("name") in named:
            hits.append(OrganisationMention(m.group(0), f"politiezone {m.group('name')}", "pattern", *m.span()))
    return hits


def _pattern_hits(text: str) -> list[OrganisationMention]:
    from pipeline.extract.municipalities import municipality, province

    hits = _lower_headed_hits(text)
    for m in _HEAD_RE.finditer(text):
        name = m.group("name")
        # "Departement Welzijn, Volksgezondheid en Gezin" is one name; "departement OV, VVSG en ..." a list.
        # "PZ Westkust en Scholengroep Polder": what follows "en" opens on a head noun of its own, a second name.
        after_en = re.search(r"\sen\s+(\S+)", name)
        if re.search(r",|\sen\s", name) and (
            re.search(r"\b[A-Z]{2,}\b", name) or (after_en and _is_head_word(after_en.group(1)))
        ):
            name = re.split(r",|\sen\s", name)[0]
        name = _cut_own_tail(_trim_name(name), acronym_tail=m.group("head")[:1].islower())
        school = _SCHOOL_HEAD.search(m.group("head"))  # "atheneum De Brug": a school's name may open on "De"
        if not name or (name.split()[0] in _NOT_A_NAME and not (school and len(name.split()) > 1)):
            continue
        start = m.start()
        end = m.start("name") + len(name)
        # "Onderzoeksgroep Sociaal werk": a name does not end on an adjective; the lower-case noun it qualifies
        # belongs to it.
        noun = re.match(r"\s+[a-zà-ý]{3,}(?![\w-])", text[end:])
        if noun and _NAME_ADJECTIVE.fullmatch(name.split()[-1]) and noun.group(0).strip() not in _LINK_WORDS:
            end += noun.end()
        head = m.group("head")
        own = _own_name(text[m.start("name") : end], text) if head in _OWN_NAME_HEADS else ""
        # gold6 D1: "de vrije basisschool De Regenboog" → "De Regenboog" (a school's own name after its lower-case
        # type noun; "GO! atheneum De Brug" is printed with its network, a name as a whole)
        if school and head[:1].islower() and not municipality(text[m.start("name") : end]):
            own = text[m.start("name") : end]
        hits.append(OrganisationMention(text[start:end], normalise(own or text[start:end]), "pattern", start, end))
    for m in _FOREIGN_GOVERNMENT.finditer(text) if "se overheid" in text or "se regering" in text else ():
        hits.append(OrganisationMention(m.group(0), m.group(0), "pattern", m.start(), m.end()))
    for m in _KIND_OF_TOWN.finditer(text) if "van de " in text else ():
        # "de LIVC van de stad Vilvoorde": that town's body, named with the town (as "CAW Limburg"); the town's
        # own mention is found beside it
        if municipality(m.group("town")):
            kind = m.group("kind")
            canonical = _town_cell_name(kind, m.group("town"))
            hits.append(OrganisationMention(kind, canonical, "pattern", *m.span("kind")))
    for m in _THE_KIND.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue
        # gold6 D4: "het CAW" after "het CAW Oost-Vlaanderen" in an earlier sentence of the same text is the short
        # form of that name (in the same sentence it is another one: "CAW Noord zat samen met het CAW")
        sentence = max((b.end() for b in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        named = {
            a.group(0)
            for a in _KIND_WITH_AREA.finditer(text, 0, sentence)
            if a.group(0).split()[0] == m.group("kind") and a.group("area") not in _NOT_A_NAME
        }
        canonical = named.pop() if len(named) == 1 else m.group("kind")
        hits.append(OrganisationMention(m.group("kind"), canonical, "pattern", *m.span("kind")))
    for m in _KIND_WITH_AREA.finditer(text):
        if m.group("area") not in _NOT_A_NAME - {"Brussel"} and m.group("area") not in _LEADING_NOT_NAME:
            end = m.end()
            joined = re.search(r"\s+en\s+(\S+)$", m.group(0))
            if joined and municipality(joined.group(1)):  # "CAW Limburg en Gent": the town is a second party
                end = m.start() + joined.start()
            # "het CAW Boom Mechelen Lier": an area of several towns, each printed after the first
            while not joined and (town := _NEXT_WORD.match(text, end)) and municipality(town.group("word")):
                end = town.end()
            printed = text[m.start() : end]
            # ("het Vrij CLB in Kortrijk", "het LIVC in Vilvoorde": the area it serves, named without "in"; a "van" is
            # printed as part of the name, "OCMW van Sint-Katelijne-Waver")
            named = re.sub(r"^((?:Vrij\s+)?\S+)\s+in\s+", r"\1 ", printed)
            canonical = _town_cell_name(*named.split(" ", 1)) if named.startswith("LIVC") else named
            hits.append(OrganisationMention(printed, canonical, "pattern", m.start(), end))
    for m in _PLURAL_UNIT_HEAD.finditer(text) if any(h[1:] in text for h in _UNIT_SINGULAR) else ():
        # "met de afdelingen Jongerenwelzijn, Justitiehuisen en Beleidsontwikkeling": each name after the plural
        # head is a unit of that kind ("afdeling Beleidsontwikkeling"), the gazetteer's where it knows it
        singular = _UNIT_SINGULAR[m.group("head").lower()]
        # "de justitiehuizen van Antwerpen en Hasselt": the houses of those towns (only towns follow "van")
        if m.group("of") and not all(municipality(p.group(0)) for p in re.finditer(_NAME, m.group("names"))):
            continue
        by_town = singular == "justitiehuis"  # a house of justice is named by its town ("justitiehuis Gent")
        for part in _unit_list_items(m.group("names")):
            name = _trim_name(part.group(0))
            named = municipality(name) if by_town else not (name in _NOT_ORG_WORDS or municipality(name))
            if name and name not in _NOT_A_NAME and named:
                start = m.start("names") + part.start()
                hits.append(OrganisationMention(name, f"{singular} {name}", "pattern", start, start + len(name)))
    for flanders in _FLANDERS.finditer(text) if "Vlaanderen" in text else ():
        # "een event van Medianet Vlaanderen", "erkend door Sport Vlaanderen": capitalised words before
        # "Vlaanderen" name a Flemish organisation (not "In Vlaanderen", "Vanuit Vlaanderen": a place)
        m = _tail_search(_CAPITALISED_WORDS, text, flanders.start() + 1)
        words = m.group(0).split() if m else []
        while words and (words[0] in _LEADING_NOT_NAME or words[0] in _NOT_ORG_WORDS):
            words.pop(0)
        if words and not _inside_quotes(text, flanders.start()):
            start = flanders.start() - len(" ".join(words))
            name = text[start : flanders.end()]
            hits.append(OrganisationMention(name, normalise(name), "pattern", start, flanders.end()))
    for region in _REGION.finditer(text) if any(r in text for r in _REGIONS) else ():
        # "in de kantoren van UNIZO Oost-Vlaanderen", "LOP Brussel": an organisation's branch for a province or
        # Brussels is one organisation, named as printed (a known acronym stays the gazetteer's: rank)
        m = _tail_search(_ACRONYM_BEFORE, text, region.start() + 1)
        acronym = m.group("acr") if m else ""
        if not _looks_like_acronym(acronym) or acronym in _NOT_ORG_WORDS or acronym in _DOMAINS:
            continue
        if region.group("region") == "Brussel" or province(region.group("region")):
            start = m.start()
            hits.append(
                OrganisationMention(
                    text[start : region.end()], text[start : region.end()], "pattern", start, region.end()
                )
            )
    for m in _DESCRIBED.finditer(text):
        # "de gemeenschapsinstellingen De Zande en De Grubbe": each name after the descriptor noun ("het jeugdhuis
        # 't Kwadrant": with its elided article).
        for part in re.finditer(_ELIDED_NAME, m.group("names")):
            name = _trim_name(part.group(0))
            if name and name not in _NOT_A_NAME and name not in _NOT_ORG_WORDS:
                start = m.start("names") + part.start()
                hits.append(OrganisationMention(name, normalise(name), "pattern", start, start + len(name)))
    # "het scholennetwerk Zijspoor", "het Brusselse jongerenplatform Kanaalstem": a compound on netwerk/platform
    # describes the name after it, unless that is a place ("het overlegplatform West-Vlaanderen": a meeting body of
    # the province, named by its area)
    for m in _DESCRIBED_NETWORK.finditer(text):
        name = _trim_name(m.group("name"))
        place = not name or name in _REGIONS or _place_of_a_branch(name)
        if not place and name not in _NOT_A_NAME and name not in _NOT_ORG_WORDS and not _inside_quotes(text, m.start()):
            start = m.start("name")
            hits.append(OrganisationMention(name, normalise(name), "pattern", start, start + len(name)))
    for regex in (_VZW_BEFORE, _VZW_AFTER, _VZW_ITEM):
        for m in regex.finditer(text):
            name = _trim_name(m.group("name"))
            if not name or name in _NOT_A_NAME:  # "De vzw Moderator": the article opening the sentence, no name
                continue
            start, end = m.start(), m.end()
            if regex is _VZW_BEFORE:
                name = _place_in_name(name)
                end = m.start("name") + len(name)
                end += 1 if text[end : end + 1] in "’'”\"" and text[end : end + 1] else 0
            if regex is _VZW_ITEM:
                start, end = m.span("all")
            # "Lantaarnwerk, een Mechelse vzw die ...": an inflected adjective of a place before the legal form says
            # where the vzw works; it is no name
            adjective = regex is _VZW_AFTER and re.fullmatch(r"[A-ZÀ-Ý][a-zà-ý-]+se", name)
            if adjective and re.search(r"(?<![\w-])(?:een|de|het)\s+$", text[max(0, start - 6) : start]):
                continue
            # "Partage en Couleurs vzw" is one name where it stands alone as a list item; after other words
            # ("vzw Jong & Divers en Radar nv") the "en" joins two organisations.
            # "Centrum voor Geestelijke Gezondheidszorg Rand en Zenne vzw": after a "voor"/"van" the "en" is
            # inside the name.
            left = text[start:end][: text[start:end].rfind(" en ")]
            joined = " en " in text[start:end] and not re.search(r"\s(?:voor|van|for|of)\s", left)
            if regex is _VZW_AFTER and joined and not re.search(r"(?:^|[,;:(\n•–-])\s*$", text[:start]):
                start += text[start:end].rindex(" en ") + len(" en ")
            first, _, rest = text[start:end].partition(" ")
            # "… van de afdeling Jeugd. Jeugdorganisatie Wijkwerk Noord vzw en …": a compound descriptor noun
            # capitalised only because it opens the sentence describes the name, as in lower case (gold6 D1)
            opening = not _last_char_before(text, start) or _last_char_before(text, start) in ".!?:"
            described = opening and _DESCRIPTOR_COMPOUND.fullmatch(first.lower()) and rest[:1].isupper()
            if (first in _SENTENCE_ADVERBS or _descriptive_adjective(text, start) or described) and rest:
                start += len(first) + 1
            hits.append(OrganisationMention(text[start:end], normalise(text[start:end]), "pattern", start, end))
    return hits


# --- "Name (ACRONYM)": one mention, and ACRONYM an alias of it for the rest of the text -------------------

# "(CLB Kempen-Zuid)" after "Centrum voor Leerlingenbegeleiding Kempen-Zuid": an acronym with the area the name
# ends on is the short form of that name.
_PAREN = re.compile(r"\((?P<acr>[A-Z][A-Za-z!&]{1,9})(?:\s+(?P<area>[A-ZÀ-Ý][\w'’-]+))?(?:\s+(?:vzw|asbl|VZW))?\)")
# Where the name before a parenthesis can start at the earliest: the previous clause boundary.
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\t\n“”\"‘]|\s'|\s[-–]\s")
_MAX_NAME_WORDS = 14
_INDEFINITE = re.compile(r"(?i)(?<!\w)een\s*[“\"‘']?\s*$")


# A capitalised adjective of a name (Dutch adjective endings), not one of another country.
_NAME_ADJECTIVE = re.compile(
    r"(?!(?:Nederlandse|Franse|Duitse|Britse|Engelse)$)[A-ZÀ-Ý][a-zà-ý-]+"
    r"(?:s|se|aal|ale|ief|ieve|ig|ige|eel|ele|lijk|lijke|isch|ische|air|aire)"
)


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


def _exact_initials(acronym: str, words: list[str]) -> bool:
    """Whether the initials of the capitalised words are the acronym's letters, in order."""
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return len(words) >= 2 and initials.lower() == "".join(c for c in acronym.lower() if c.isalpha())


def _acronym_fits(acronym: str, words: list[str], by_initials: bool) -> bool:
    """Whether ``acronym`` abbreviates ``words``: its letters follow the words' initials (or, looser, letters)."""
    letters = "".join(c for c in acronym.lower() if c.isalpha())
    if not words or not letters or words[0][0].lower() != letters[0]:
        return False
    if by_initials:
        return _is_subsequence(letters, "".join(w.split("'")[-1][:1].lower() for w in words if w.split("'")[-1]))
    return _is_subsequence(letters, "".join(words).lower())


def _loose_fit(acronym: str, words: list[str]) -> int | None:
    """ "het Leuvens Instituut voor Samenleving (LERIS)": an acronym with letters of its own beside a name built on a
    head noun, when it opens on the name's first letter and holds the initials of its capitalised words in order.
    The index of the name's first word in ``words`` (the capitalised run and its link words before the bracket)."""
    j = len(words)
    while j > 0 and (words[j - 1][:1].isupper() or words[j - 1] in ("voor", "van", "de", "en")):
        j -= 1
    while j < len(words) and not words[j][:1].isupper():
        j += 1
    name = words[j:]
    capitals = [w for w in name if w[:1].isupper()]
    letters = "".join(c for c in acronym.lower() if c.isalpha())
    if len(capitals) < 2 or not any(_is_head_word(w) for w in capitals) or not letters:
        return None
    initials = "".join(w[0].lower() for w in capitals)
    return j if initials[0] == letters[0] and _is_subsequence(initials, letters) else None


def _words_before(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The last words (at most ``_MAX_NAME_WORDS``) of ``text[start:end]`` with their spans."""
    spans = [(w.start() + start, w.end() + start, w.group()) for w in re.finditer(r"\S+", text[start:end])]
    return spans[-_MAX_NAME_WORDS:]


# The definitions in a text are read by several rules (its organisations, the acronyms its action defines for its
# other texts, the meeting rules): found once per text.
_PER_TEXT = 1024


def acronym_definitions(text: str) -> list[AcronymDefinition]:
    """Every "Name (ACRONYM)" in ``text`` where the acronym abbreviates the capitalised name before it."""
    return list(_acronym_definitions(text))


@lru_cache(maxsize=_PER_TEXT)
def _acronym_definitions(text: str) -> tuple[AcronymDefinition, ...]:
    out = []
    for m in _PAREN.finditer(text):
        acronym = m.group("acr")
        if sum(c.isupper() for c in acronym) < 2:
            continue  # "(Dilbeek)", "(Atlas)": a place or a name, not an acronym
        fit_end = m.start()
        # "Directoraat-Generaal Penitentiaire Inrichtingen (DG EPI)": an acronym of two capitalised parts
        spaced = bool(m.group("area")) and bool(re.fullmatch(r"[A-Z]{2,}", m.group("area") or ""))
        letters = acronym + m.group("area") if spaced else acronym
        if m.group("area") and not spaced:
            left = max(0, m.start() - 80)
            area = re.search(rf"(?<![\w-]){re.escape(m.group('area'))}\s*$", text[left : m.start()])
            if not area:
                continue  # "(VVSG Limburg)" after another name: not a short form of it
            fit_end = left + area.start()
        clause_start = max((b.end() for b in _CLAUSE_END.finditer(text, 0, fit_end)), default=0)
        spans = _words_before(text, clause_start, fit_end)
        words = [w for _, _, w in spans]
        found = None
        exact = [j for j in range(len(words)) if words[j][0].isupper() and _exact_initials(letters, words[j:])]
        if not exact:
            # "Centrum voor Onderzoek naar Jeugd, Cultuur en Samenleving (COJCS)": a name may enumerate its fields
            # with commas; only where the letters are exactly its initials.
            wide_start = max((b.end() for b in _CLAUSE_END.finditer(text, 0, fit_end) if b.group() != ","), default=0)
            wide = _words_before(text, wide_start, fit_end)
            wide_exact = [
                j
                for j in range(len(wide))
                if wide[j][2][0].isupper() and _exact_initials(letters, [w.strip(",") for _, _, w in wide[j:]])
            ]
            if wide_exact:
                spans, words, exact = wide, [w for _, _, w in wide], wide_exact[:1]
        if not exact:
            # "het kenniscentrum Stad en Samenhang (KSS)": the letters may open on a lower-case type noun; the name is
            # the capitalised words after it (gold6 D1), not a longer run of capitals before that noun
            typed = [
                j + 1
                for j in range(len(words) - 1)
                if words[j].isalpha()
                and words[j].islower()
                and _is_head_word(words[j])  # an organisation's type noun, not a programme or project
                and words[j + 1][0].isupper()
                and _exact_initials(letters[1:], words[j + 1 :])
                and words[j][0] == letters[0].lower()
            ]
            exact = typed[-1:]
        if exact:
            found = exact[0]  # "Vlaamse Vereniging voor Solidaire Economie (VVSE)", not "Vereniging voor ..."
        for by_initials in (True, False):
            if found is not None:
                break
            for j in range(len(words) - 1, -1, -1):
                if words[j][0].isupper() and _acronym_fits(letters, words[j:], by_initials):
                    found = j
                    break
            if found is not None:
                break
        if found is None:
            found = _loose_fit(letters, words)
        # "een Lokale Integrale Veiligheidscel (LIVC)": a kind of body, not a named organisation.
        if found is None or _tail_search(_INDEFINITE, text, spans[found][0]):
            continue
        # "het Vlaams Instituut voor Sportbeheer en Recreatiebeleid (ISB)": an adjective right before the first
        # word the letters need opens the name ("Vlaams", "Nationaal", "Koninklijke"), not a sentence adverb.
        # An adjective of another country the letters lack describes the name ("het Oostenrijkse Zentrum für
        # Radikalisierungsprävention (ZRP)"); one they need is part of it ("het Deense Nationaal Centrum ... (DNCPE)").
        if (
            found > 0
            and _NAME_ADJECTIVE.fullmatch(words[found - 1])
            and words[found - 1] not in _SENTENCE_ADVERBS
            and words[found - 1] not in _FOREIGN_ADJECTIVES
        ):
            found -= 1
        elif (
            not exact
            and found > 0
            and words[found - 1][:1].isupper()
            and _is_head_word(words[found - 1])
            and _acronym_fits(letters, words[found - 1 :], by_initials=False)
        ):
            # "Het Expertisecentrum Exit en Re-integratie (EXER)": an acronym of letters, not initials, that fits the
            # name from its capitalised type noun on names the organisation, not the words after its type
            found -= 1
        if not spans:
            continue
        name_end = len(text[: m.start()].rstrip()) if m.group("area") and not spaced else spans[-1][1]
        # "Steunpunt Lokale Veiligheid van de Hogeschool Brabantia (SLV)": where the letters are exactly the
        # initials of the name before an institution's tail, that tail is the parent, an organisation of its own.
        name_start = spans[found][0]
        parent = " van " in text[name_start:name_end] and _INSTITUTION_TAIL.search(text, name_start, name_end)
        if parent and _exact_initials(letters, text[spans[found][0] : parent.start()].split()):
            name_end = parent.start()
        short = f"{acronym} {m.group('area')}" if m.group("area") else acronym
        out.append(AcronymDefinition(spans[found][0], name_end, m.start(), m.end(), short))
    return tuple(out)


def _definition_hits(text: str, opts: Options) -> tuple[list[OrganisationMention], list[tuple[int, int]]]:
    """Hits for acronym definitions and later bare uses of the acronym; and the parentheses to suppress."""
    hits, parens = _definitions_found(text, opts)
    return list(hits), list(parens)


# The lower-case head of a body's division right before its capitalised name ("de onderzoeksgroep X", "de afdeling
# X"): the head stays in the canonical (gold6 D1), also where the name is defined with its acronym.
_DIVISION_HEAD_BEFORE = re.compile(
    r"(?<![\w-])(?P<head>departement|afdeling|onderzoeksgroep|kabinet|directie|faculteit|dienst|cel|vakgroep"
    r"|beleidsteam)\s+$"
)
# A place printed right after a definition's parenthesis: "het Lokaal Overlegplatform (LOP) Gent".
_PLACE_AFTER = re.compile(r"[ \t]+(?P<place>[A-ZÀ-Ý][\w'’-]+)(?![\w'’-])")


def _place_of_a_branch(word: str) -> bool:
    from pipeline.extract.municipalities import municipality, province

    return bool(municipality(word) or province(word))


# The nouns of an organisation's bodies (a compound or a head before the body's name).
_BODY_NOUNS = (
    r"(?:werkgroep|commissie|stuurgroep|cel|netwerk|overleg|team|delegatie|afdeling|dienst|bestuur|raad"
    r"|platform|secretariaat|directie)"
)


# "de RAN-werkgroep Youth and Education (Y&E)", "de RAN-werkgroep Education (RAN EDU)": a defined name that is, or
# follows, a known acronym's compound with a body noun names one of that organisation's bodies (GUIDELINES: "a
# known or defined acronym as the first part of a compound ... is a mention of that organisation").
_OWNER_COMPOUND_BEFORE = re.compile(rf"(?<![\w-])(?P<acr>[A-Z][A-Za-z&!]{{1,9}})-[a-zà-ý]*{_BODY_NOUNS}[ \t]+$")
_OWNER_COMPOUND_OPENS = re.compile(rf"(?P<acr>[A-Z][A-Za-z&!]{{1,9}})-[a-zà-ý]*{_BODY_NOUNS}(?![\w-])")


def _owning_compound(text: str, d: AcronymDefinition, canon: dict[str, str]) -> tuple[int, str] | None:
    """Where the body's compound starts and its organisation's canonical, when a definition's name is (or
    follows) a known acronym's body compound; else None."""
    m = _OWNER_COMPOUND_OPENS.match(text, d.name_start) or _OWNER_COMPOUND_BEFORE.search(
        text, max(0, d.name_start - 40), d.name_start
    )
    acronym = m.group("acr") if m else ""
    if m and acronym in canon and _looks_like_acronym(acronym):
        return m.start(), canon[acronym]
    return None


@lru_cache(maxsize=_PER_TEXT)
def _definitions_found(text: str, opts: Options) -> tuple[tuple[OrganisationMention, ...], tuple[tuple[int, int], ...]]:
    _, canon = _gazetteer_regex(opts.gazetteer, opts.hidden)
    hits, parens = [], []
    for d in acronym_definitions(text):
        name = text[d.name_start : d.name_end]
        canonical = canon.get(re.sub(r"\s+", " ", name)) or canon.get(normalise(name)) or canon.get(d.acronym)
        # Unknown to the gazetteer: the expansion is the canonical, for the acronym's later uses too.
        start = d.name_start
        owner = None if canonical else _owning_compound(text, d, canon)
        if owner:
            start, canonical = owner
        if not canonical:
            head = _DIVISION_HEAD_BEFORE.search(text, max(0, start - 24), start)
            if head:  # "de onderzoeksgroep Conflict, Identiteit en Samenleving (CIS)": a division keeps its head (D1)
                start = head.start("head")
                name = text[start : d.name_end]
            place = _PLACE_AFTER.match(text, d.paren_end)
            if place and _place_of_a_branch(place.group("place")):
                name = f"{name} {place.group('place')}"  # "het Lokaal Overlegplatform (LOP) Gent": that town's own
        canonical = canonical or normalise(name)
        hits.append(OrganisationMention(text[start : d.name_end], canonical, "pattern", start, d.name_end))
        parens.append((d.paren_start, d.paren_end))
        # Later bare uses; a plural ("LIVC's") names a kind of body, not this one.
        for m in re.finditer(rf"(?<![\w-]){re.escape(d.acronym)}(?![\w'’]|-\w)", text[d.paren_end :]):
            start = d.paren_end + m.start()
            hits.append(OrganisationMention(m.group(0), canonical, "pattern", start, start + len(m.group(0))))
    for d in expansion_definitions(text):
        acronym, expansion = text[d.name_start : d.name_end], text[d.paren_start + 1 : d.paren_end - 1]
        canonical = canon.get(acronym) or canon.get(" ".join(expansion.split())) or canon.get(normalise(expansion))
        canonical = canonical or normalise(expansion)
        hits.append(OrganisationMention(acronym, canonical, "pattern", d.name_start, d.name_end))
        parens.append((d.paren_start, d.paren_end))
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w'’]|-\w)", text[d.paren_end :]):
            start = d.paren_end + m.start()
            hits.append(OrganisationMention(m.group(0), canonical, "pattern", start, start + len(m.group(0))))
    return tuple(hits), tuple(parens)


_ACRONYM_THEN_EXPANSION = re.compile(
    r"(?<![\w-])(?P<acr>[A-Z][A-Za-z&!]{1,9})\s*\((?P<exp>[A-ZÀ-Ý][^()\n]{3,150}?)(?:\s+(?:vzw|asbl))?\)"
)


def expansion_definitions(text: str) -> list[AcronymDefinition]:
    """Every "ACRONYM (Expansion)" where the acronym abbreviates the capitalised expansion ("CJB (Centrum
    voor Jeugdbegeleiding)"); name_* is the acronym, paren_* the parenthesis."""
    return list(_expansion_definitions(text))


@lru_cache(maxsize=_PER_TEXT)
def _expansion_definitions(text: str) -> tuple[AcronymDefinition, ...]:
    out = []
    for m in _ACRONYM_THEN_EXPANSION.finditer(text):
        acronym, words = m.group("acr"), m.group("exp").split()
        # The expansion must read as an organisation (a head noun), not a programme ("CoPPRa (Community
        # Oriented Policing ...)").
        # ("JOSTA (Jongeren Stemmen Aan), een netwerk van jongerenredacties": an apposition says what it is)
        described = _APPOSITION_AFTER.match(text, m.end())
        if sum(c.isupper() for c in acronym) < 2 or len(words) < 2:
            continue
        if not (described or any(_is_head_word(w) for w in words)):
            continue
        if _acronym_fits(acronym, words, True) or _acronym_fits(acronym, words, False):
            out.append(
                AcronymDefinition(
                    m.start("acr"), m.end("acr"), m.end("acr") + text[m.end("acr") :].index("("), m.end(), acronym
                )
            )
    return tuple(out)


def _drop_parenthesised_repeats(hits: list[OrganisationMention], text: str) -> list[OrganisationMention]:
    """ "BELSPO (Federaal Wetenschapsbeleid)", "Radicalisation Awareness Network (RAN)": one mention, not two."""
    out = []
    for hit in hits:
        # (positions instead of copies of all the text before each hit: ``text[:start].rstrip()`` and so on)
        bracket = hit.char_start
        while bracket > 0 and text[bracket - 1].isspace():
            bracket -= 1
        in_brackets = bracket > 0 and text[bracket - 1] == "("
        opener = bracket - 1
        while opener > 0 and text[opener - 1].isspace():
            opener -= 1
        repeat = in_brackets and any(
            o.canonical == hit.canonical and o is not hit and o.char_end == opener for o in hits
        )
        # "Steunpunt Lokale Veiligheid van de Hogeschool Brabantia (SLV)": the acronym defines the name its letters
        # fit, although the parent's name stands between them.
        if in_brackets and text[hit.char_end : hit.char_end + 1] == ")":
            repeat = repeat or any(
                o.canonical == hit.canonical
                and o is not hit
                and o.char_end < hit.char_start
                and not re.search(r"[.;:()]", text[o.char_end : hit.char_start - 1])
                for o in hits
            )
        # "Psychiatrisch Ziekenhuis Sint-Anna (PZ Sint-Anna)": a short form whose acronym abbreviates the name
        # just before the bracket repeats that name.
        first = hit.mention.split()[0]
        short = (
            in_brackets
            and _looks_like_acronym(first)
            and len(hit.mention.split()) > 1
            and any(
                o is not hit and o.char_end == opener and _acronym_fits(first, o.mention.split(), True) for o in hits
            )
        )
        if short and text[hit.char_end : hit.char_end + 1] == ")":
            repeat = True
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
_LINK_WORDS = {
    "van",
    "voor",
    "de",
    "der",
    "den",
    "het",
    "en",
    "&",
    "on",
    "and",
    "of",
    "the",
    "for",
    "pour",
    "des",
    "du",
    "la",
    "le",
    "et",
    "in",
    "op",
    "-",
}
# Words that open Dutch sentences and clauses, capitalised there: never a name, nor the start of one.
_SENTENCE_OPENERS = {
    "Bij",
    "Binnen",
    "Daarnaast",
    "Dat",
    "Deze",
    "Die",
    "Dit",
    "Er",
    "Met",
    "Na",
    "Naast",
    "Ook",
    "Sinds",
    "Tijdens",
    "Tussen",
    "Tegen",
    "Rond",
    "Over",
    "Vanaf",
    "Via",
    "Voor",
    "Zo",
}
# Capitalised words that are not organisations: places used as places, months, days, generic nouns that
# open sentences. A model span made only of these (and link words) is dropped.
_NOT_ORG_WORDS = {
    "Vlaanderen",
    "Brussel",
    "België",
    "Belgische",
    "Europa",
    "Europese",
    "Vlaamse",
    "Vlaams",
    "Federale",
    "Nederland",
    "Antwerpen",
    "Gent",
    "Leuven",
    "Mechelen",
    "Vilvoorde",
    "Limburg",
    "Molenbeek",
    "Genk",
    "Maaseik",
    "Kortrijk",
    "Actie",
    "Rapportage",
    "Status",
    "Minister",
    "Ministers",
    # units, kinds of body or class, and tools the report names in capitals
    "VTE",
    "FTE",
    "OKAN",
    "OCMW",
    "OCMW's",
    "RADIX",
    "LIVC",
    "CLB",
    "CAW",
    "Forum",
    "Kenniscentrum",
    "EUR",
    "EURO",
    *(month.capitalize() for month in MONTH_NAMES),
    *_SENTENCE_OPENERS,
}
# English and Dutch words that make a span an event rather than an organisation.
# gold6 D3: a building or hall is a place, not an organisation ("in de Aula Pieter De Somer te Leuven").
_BUILDING_HEAD = re.compile(r"(?:Aula|Zaal|Auditorium|Kazerne|Gebouw|Campus|Sporthal|Feestzaal)\s")
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
    if "'" not in line and "‘" not in line and "“" not in line and '"' not in line:
        return False  # nothing opened: the common case, without the two scans
    # (the elided articles "'t", "'s" open a name, not a quote: "Centrum Integrale Gezinszorg 't Anker"; nor does
    # the apostrophe of an elided year: "In het schooljaar '20-'21")
    opened = len(re.findall(r"(?:^|[\s(])['‘“\"](?!(?:t|s)\s|s-|\d)", line))
    closed = len(re.findall(r"['’”\"](?=[\s.,;:)!?]|$)", line))
    return opened > closed


_GLUED_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-ZÀ-Ý][\w'’-]*)[ \t]+$")
_AFTER_AMOUNT = re.compile(r"(?:\d\s*(?:euro|EUR|€)|€\s*[\d.,]+)\s+$")
_YEARS_AFTER = re.compile(r"\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?(?!\d)")


def _model_rule_ok(name: str, rule: str, text: str, start: int) -> bool:
    if rule == "all":
        return bool(name)
    if not _plausible_model_name(name):
        return False
    if rule == "plausible":
        return True
    if not _proper_name(name) or _EVENT_WORD.search(name) or _BUILDING_HEAD.match(name):
        return False
    # "ET2020-werkgroep", "RADIX-tool": a compound headed by a common noun names a thing, not a body.
    if re.search(r"-[a-zà-ý]+$", name) or re.search(r"[A-Z]{2,}\s+en\s+[A-Z]{2,}", name):
        return False
    # "VRT NWS", "DG EPI": a model span glued to the end of another name continues that name.
    if re.search(r"[A-Z]{2,}[\s-]$", text[max(0, start - 8) : start]) and name.isupper():
        return False
    if _inside_quotes(text, start):
        return False
    # "No Hate Speech ...", "Inspiratiedag Kleur Bekennen": a span glued to a capitalised word before it (inside a
    # sentence) is a fragment of a longer title or name the model cut, not a name of its own.
    glued = _GLUED_BEFORE.search(text, max(0, start - 40), start)
    if glued and (
        _EVENT_HEAD.match(glued.group("word"))
        or glued.group("word") not in _LEADING_NOT_NAME
        and _last_char_before(text, glued.start("word")) not in ".:;!?-•\t\n("
    ):
        return False
    # "1.875.000 euro AMIF", "(ESF 2018-2020)": an acronym after an amount or before a period names the fund that
    # pays, not an organisation taking part.
    after_amount = _AFTER_AMOUNT.search(text, max(0, start - 20), start)
    if name.isupper() and (after_amount or _YEARS_AFTER.match(text, start + len(name))):
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


def _resolve(hit: OrganisationMention, opts: Options) -> OrganisationMention | None:
    """Map a pattern/model hit onto the gazetteer where its name is known; drop non-organisations."""
    if _NON_ORG.search(hit.mention):
        return None
    _, canon = _gazetteer_regex(opts.gazetteer, opts.hidden)
    lower = _lower_aliases(opts.gazetteer, opts.hidden)
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
def _lower_aliases(gazetteer: Gazetteer, hidden: frozenset[str]) -> dict[str, str]:
    _, canon = _gazetteer_regex(gazetteer, hidden)
    out: dict[str, str] = {}
    for alias, canonical in canon.items():
        out.setdefault(alias.lower(), canonical)
    return out


_RANK = {"definition": -1, "gazetteer": 0, "register": 1, "pattern": 1, "model": 2}


def _select(hits: list[tuple[str, OrganisationMention]]) -> list[OrganisationMention]:
    """Keep non-overlapping hits: earlier ranks win, then longer spans."""
    taken: list[OrganisationMention] = []
    for _, hit in sorted(hits, key=lambda rh: (_RANK[rh[0]], -(rh[1].char_end - rh[1].char_start), rh[1].char_start)):
        if all(hit.char_end <= t.char_start or hit.char_start >= t.char_end for t in taken):
            taken.append(hit)
    return sorted(taken, key=lambda h: h.char_start)


_DASH = re.compile(r"[ \t]+[–-][ \t]+")
# "het Openbaar Ministerie van het arrondissement Brussel": a judicial body named with its district; the name runs
# to its last capitalised word (GUIDELINES), where "het arrondissement Halle-Vilvoorde" alone is a place.
_JURISDICTION = re.compile(
    r"\s+van\s+het\s+(?:gerechtelijk\s+)?arrondissement\s+[A-ZÀ-Ý][\w'’]*(?:-[A-ZÀ-Ý][\w'’]*)*(?![\w'’-])"
)


def _with_jurisdiction(text: str, hits: list[OrganisationMention]) -> list[OrganisationMention]:
    out = []
    for h in hits:
        named = h.source in ("pattern", "register") and h.mention[:1].isupper()
        m = _JURISDICTION.match(text, h.char_end) if named else None
        if m and h.canonical == normalise(h.mention) and not any(o.char_start < m.end() <= o.char_end for o in hits):
            name = text[h.char_start : m.end()]
            h = OrganisationMention(name, normalise(name), h.source, h.char_start, m.end())
        out.append(h)
    return out


def _joined_by_dash(text: str, hits: list[OrganisationMention], opts: Options) -> list[OrganisationMention]:
    """ "de vzw Al-Wasat – Centrum voor Religieuze Duiding": a bare name the gazetteer does not know, a dash and a
    name on a head noun are one name, the second part describing the first (GUIDELINES D4's own example form);
    an organisation and its unit ("Hogeschool Scheldeland – Kenniscentrum …": ``_unit_after_dash``) stay two."""
    _, canon = _gazetteer_regex(opts.gazetteer, opts.hidden)
    out: list[OrganisationMention] = []
    for hit in hits:
        last = out[-1] if out else None
        dash = _DASH.fullmatch(text, last.char_end, hit.char_start) if last else None
        if (
            last
            and dash
            and {last.source, hit.source} <= {"pattern", "register"}
            and last.canonical not in canon.values()
            and hit.canonical not in canon.values()
            and hit.mention[:1].isupper()
            and len(hit.mention.split()) >= 2
            and _is_head_word(hit.mention.split()[0])
            and not any(_is_head_word(w) for w in last.canonical.split())
            and not _unit_after_dash(last.canonical, hit.mention, opts)
        ):
            name = text[last.char_start : hit.char_end]
            out[-1] = OrganisationMention(name, normalise(name), "pattern", last.char_start, hit.char_end)
            continue
        out.append(hit)
    return out


# "het festival Kleur de Wijk", "het stuurcomité Scholen en Politie": a name right after the noun of an event,
# project, campaign or tool is that thing's title, and after a meeting body's noun it names that body (a meeting
# body, not an organisation: GUIDELINES.md).
_TITLE_OF_OTHER_THING = re.compile(
    r"(?i)(?<![\w-])(?:festival|project|projectoproep|campagne|evenement|tentoonstelling|voorstelling|film|reeks"
    r"|vormingsreeks|traject|programma|initiatief|toolbox|website|app|conferentie|congres|stuurcomité"
    r"|(?:studie|inspiratie|netwerk|thema|vormings|info|ontmoetings)dag"
    r"|stuurgroep|werkgroep|klankbordgroep|begeleidingscommissie|comité|taskforce)\s+[‘'“\"]?$"
)


# A title noun (of a project, campaign, publication, course or event; also as the head of a compound:
# "onderzoeksproject", "VVSG-project") and the capitalised phrase printed after it: the thing's title, which runs
# over its capitalised words and the words that join them inside a title ("Youth and Education", "Kleur de Wijk",
# "Scholen en Politie"), not over "van"/"voor"/"door", which name its owner or public. GUIDELINES: projects,
# events, campaigns and tools are not organisations, so nothing inside a title is one.
_TITLE_NOUN = (
    r"(?:project|projectoproep|oproep|campagne|evenement|tentoonstelling|voorstelling|film|reeks|traject|programma"
    r"|toolbox|tool|website|app|conferentie|congres|handleiding|brochure|lespakket|publicatie|leidraad|gids"
    r"|databank|methodiek|vormingspakket|spel|game|podcast|cursus|opleiding|webinar|workshop|seminarie|symposium"
    r"|(?:studie|inspiratie|netwerk|thema|vormings|info|ontmoetings)dag"
    # and the meeting bodies whose name follows their noun (a meeting body, not an organisation: GUIDELINES)
    r"|stuurcomité|stuurgroep|werkgroep|klankbordgroep|begeleidingscommissie|comité|taskforce)"
)
_TITLE_WORD = r"(?:[A-ZÀ-Ý0-9][\w'’!&.-]*|&)"
_TITLE_JOIN = r"(?:[ \t]+(?:(?:en|and|&|of|the|for|to|on|in|und|et|de|der|het|la|le|du|des)[ \t]+)?)"
# A quoted title runs to its closing quote, whatever its words ("het project ‘Samen tegen Haat en de VVSG’").
_TITLE_SPAN = re.compile(
    rf"(?i:(?<![\w-])(?:[A-Za-z!&]+-)?[a-zà-ý]*{_TITLE_NOUN})[ \t]+(?:[‘“\"](?P<quoted>[^‘’“”\"\n]{{2,120}})[’”\"]"
    rf"|'(?P<single>[^'‘’“”\"\n]{{2,120}})'|(?P<title>(?-i:{_TITLE_WORD}(?:{_TITLE_JOIN}{_TITLE_WORD})*)))"
)


@lru_cache(maxsize=_PER_TEXT)
def _title_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the titles printed after a title noun (``_TITLE_SPAN``)."""
    return tuple(m.span(m.lastgroup or "title") for m in _TITLE_SPAN.finditer(text))


def _in_title(text: str, hit: OrganisationMention) -> bool:
    return any(s <= hit.char_start and hit.char_end <= e for s, e in _title_spans(text))


def _without_titles(
    text: str, definitions: list[OrganisationMention], hits: list[tuple[str, OrganisationMention]]
) -> tuple[list[OrganisationMention], list[tuple[str, OrganisationMention]]]:
    """Drop what lies inside a title (``_title_spans``): a definition there abbreviates the title ("het project
    Community Oriented Policing (CoPPRa)"), so its acronym's later uses name the thing too. A known name there
    stays ("Conferentie CENS Singapore", "Conferentie EENET te Milaan": the organiser's conference), as an
    organisation the text defines outside a title does."""
    if not _title_spans(text):
        return definitions, hits
    named_at = {d.name_start for d in (*acronym_definitions(text), *expansion_definitions(text))}
    titled = {d.canonical for d in definitions if d.char_start in named_at and _in_title(text, d)}
    kept = [d for d in definitions if d.canonical not in titled]
    defined = {d.canonical for d in kept}
    return kept, [(s, h) for s, h in hits if s == "gazetteer" or h.canonical in defined or not _in_title(text, h)]


# "- het Europees Mediageletterdheidsforum in Tallinn op 4.11.2021.": a name whose clause ends on where and when it
# took place is an event held there, not an organisation (GUIDELINES: events are not organisations). A clause that
# goes on ("organiseerde X in Gent op 3 mei een studiedag") says where X acted, and X stays.
_MONTH = "|".join(MONTH_NAMES)
_HELD_AT_ON = re.compile(
    rf"[ \t]+(?:in|te)[ \t]+[A-ZÀ-Ý][\w'’-]+[ \t]+op[ \t]+(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}"
    rf"|\d{{1,2}}(?:[ \t]+(?:en|tot)[ \t]+\d{{1,2}})?[ \t]+(?:{_MONTH})(?:[ \t]+\d{{4}})?)[ \t]*(?:[.;\n]|$)"
)


def _held(text: str, hit: OrganisationMention) -> bool:
    return bool(_HELD_AT_ON.match(text, hit.char_end))


def _on_another_level(longer: str, known: str, register: Register) -> bool:
    """Whether the register places ``longer`` (a name holding ``known``) on another level than ``known``."""
    level = register.level_of(known)
    return bool(level) and register.level_of(longer) not in ("", level)


# "een interne cel Polarisering (CePol)", "de federale cel Extremisme binnen DG EPI": a working body the sentence
# places inside an organisation (an "interne" one, or one "binnen" it) is that organisation's internal body, a
# meeting body (GUIDELINES "Meetings": cel, werkgroep, ...), not an organisation; "de cel Radicalisme van de FOD
# Binnenlandse Zaken", a unit named with its owner, stays a mention.
_WORKING_BODY = re.compile(r"(?:\w*cel|\w*team|kerngroep|\w*werkgroep|stuurgroep|taskforce)\s")
_INTERNAL_BEFORE = re.compile(r"(?<![\w-])interne?\s+$")
_INSIDE_AFTER = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+binnen\s+(?:het\s+|de\s+)?[A-ZÀ-Ý]")


def _internal_body(text: str, hit: OrganisationMention) -> bool:
    return bool(_WORKING_BODY.match(hit.mention)) and bool(
        _INTERNAL_BEFORE.search(text, max(0, hit.char_start - 8), hit.char_start)
        or _INSIDE_AFTER.match(text, hit.char_end)
    )


# "met de steun van Stadsvlam", "getrokken door Werkplekdialoog", "in opdracht van Opgroeien", "in de gebouwen van
# Graanschuur": the sponsor, author, organiser or host a phrase of support, commission, agency or premises names is
# an organisation (or a town, which the authority rules judge), so a one-word name there needs no head noun; inside
# the sentence its capital marks a name.
_SPONSOR_CUE = re.compile(
    r"(?:met\s+(?:de\s+)?(?:financiële\s+)?steun\s+van|op\s+initiatief\s+van|in\s+opdracht\s+van"
    r"|(?:georganiseerd|gecoördineerd|getrokken|gefinancierd|ondersteund|gesteund|begeleid|uitgevoerd)\s+door"
    # gold6 D3: the owner of the premises that host a meeting takes part ("in de gebouwen van Graanschuur")
    r"|in\s+de\s+(?:gebouwen|lokalen|kantoren|burelen)\s+van)"
    r"\s+(?:de\s+|het\s+)?(?P<name>[A-ZÀ-Ý][\w'’!&]*[\w!])(?![\w'’&!-]|\s+[A-ZÀ-Ý(]|\s+(?:van|voor)\s)"
)


# "in de lokalen van het Provinciehuis", "gepland in het Provinciehuis van Oost-Vlaanderen": an authority's house
# is a building, a place, also with its authority's name after it (gold6 D3)
_SEAT_OF_AUTHORITY = re.compile(r"(?:Provincie|Gemeente|Stad)s?huis(?![\w-])")


def _sponsor_hits(text: str) -> list[OrganisationMention]:
    """One-word names after a ``_SPONSOR_CUE``: no place, month, domain, bare head noun or plural kind."""
    from pipeline.extract.municipalities import municipality, province

    hits = []
    for m in _SPONSOR_CUE.finditer(text):
        name = m.group("name")
        if (
            len(name) < 3
            or name in _NOT_ORG_WORDS
            or name in _DOMAINS
            or name.lower() in _ORG_HEADS
            or municipality(name)
            or province(name)
            or name in _HOME_REGIONS
            or _SEAT_OF_AUTHORITY.fullmatch(name)
            or _thing_title_in(text, name)
        ):
            continue
        hits.append(OrganisationMention(name, normalise(name), "pattern", m.start("name"), m.end("name")))
    return hits


def _drop_gazetteer_inside_other_organisations(
    hits: list[tuple[str, OrganisationMention]], register: Register
) -> list[tuple[str, OrganisationMention]]:
    """ "GO! ouders" (the register's parents' association, "middenveld") over the gazetteer's "GO!" (an education
    network, "vlaams") inside it: a longer name the register places on another level than the known name it holds
    is an organisation of its own. On the same level it is a body of that organisation ("RAN Centre of
    Excellence", "RAN Policy Support": a mention of RAN, GUIDELINES), and the known name stays."""
    registered = [h for s, h in hits if s == "register"]
    if not registered:
        return hits
    out = []
    for source, hit in hits:
        other = source == "gazetteer" and any(
            r.char_start <= hit.char_start
            and hit.char_end <= r.char_end
            and r.char_end - r.char_start > hit.char_end - hit.char_start
            and _on_another_level(r.mention, hit.mention, register)
            for r in registered
        )
        if not other:
            out.append((source, hit))
    return out


def _fund_in(text: str, acronym: str) -> bool:
    """Whether ``text`` prints ``acronym`` as the fund after an amount ("1.125.000 euro ESF", "€ 20.000 AMIF")."""
    return bool(re.search(rf"(?:\d\s*(?:euro|EUR|€)|€\s*[\d.,]+)\s+{re.escape(acronym)}(?![\w-])", text))


def _names_of_things(text: str, model: list[OrganisationMention]) -> frozenset[str]:
    """The model's names that ``text`` itself prints as the title of a project, programme or other thing ("het
    project POLARIS", ``_TITLE_OF_OTHER_THING``) or, for an acronym, as the fund after an amount ("1.125.000 euro
    ESF"): one name, one sense in a text, so its other uses there ("POLARIS - Een longitudinale bevraging ...",
    "ESF en Vlaamse cofinanciering: ...") name that thing too, no organisation taking part."""
    return frozenset(
        h.mention
        for h in model
        if _thing_title_in(text, h.mention)
        or (h.mention.isupper() and (_fund_in(text, h.mention) or h.mention in _titled_acronyms(text)))
    )


# "POLDIA - Polarisering en dialoog in Vlaamse en Brusselse wijken.": an acronym with its expansion after a dash
_ACRONYM_DASH_EXPANSION = re.compile(r"(?P<acr>[A-Z][A-Za-z]{2,9})[ \t]+[-–][ \t]+(?P<exp>[A-ZÀ-Ý][^.;:()\n]{3,120})")


@lru_cache(maxsize=_PER_TEXT)
def _titled_acronyms(text: str) -> frozenset[str]:
    """The acronyms ``text`` expands after a dash into a title, words their letters abbreviate with no
    organisation head among them (an acronym of a title is no organisation; "VVSG - Vereniging van Vlaamse Steden
    en Gemeenten" holds a head and stays one): found once per text, not per model name."""
    out = set()
    for m in _ACRONYM_DASH_EXPANSION.finditer(text):
        acronym, words = m.group("acr"), m.group("exp").split()
        if _acronym_fits(acronym, words, False) and not any(map(_is_head_word, words)):
            out.add(acronym)
    return frozenset(out)


def _thing_title_in(text: str, name: str) -> bool:
    """Whether ``text`` prints ``name`` somewhere as a project's or other thing's title (``_TITLE_OF_OTHER_THING``)."""
    return any(
        _tail_search(_TITLE_OF_OTHER_THING, text, m.start())
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    )


def find_organisations(text: str, nlp: Any = None, options: Options | None = None) -> list[OrganisationMention]:
    """Organisation mentions in ``text``; with ``nlp`` (a pipeline with "ner") also model hits.

    ``nlp`` may also be an already processed spaCy Doc of ``text``.
    """
    opts = options or Options()
    definitions, parens = _definition_hits(text, opts)
    hits = [
        ("gazetteer", h)
        for h in _gazetteer_hits(text, opts)
        if not _sector_word(text, h) and not _territory(text, h) and not _modifier_use(text, h)
    ]
    # A pattern that merely extends a gazetteer name ("stad Gent" over nothing, "vzw De Cocon"
    # over "De Cocon") is resolved to the gazetteer's canonical by _resolve.
    hits += [("pattern", r) for h in _pattern_hits(text) if (r := _resolve(h, opts))]
    hits += [("pattern", h) for h in _authority_hits(text)]
    hits += [
        ("register", r)
        for h in _register_hits(text, opts)
        if (r := _resolve(h, opts))
        and not _sector_word(text, r)
        and not _territory(text, r)
        and not _modifier_use(text, r)
    ]
    hits = _drop_gazetteer_inside_other_organisations(hits, opts.register)
    compounds = _acronym_compound_hits(text, definitions, opts)
    # "VVSG-commissie Preventie": a body of the known organisation, not a name of its own
    headed = [
        r
        for h in _headed_name_hits(text)
        + _enumeration_hits(text)
        + _compound_name_hits(text)
        + _quoted_name_hits(text)
        + _apposition_hits(text)
        + _counted_kind_hits(text)
        + _body_owner_hits(text)
        + _houses_of_towns_hits(text)
        + _recipient_label_hits(text)
        + _sponsor_hits(text)
        + _zone_list_hits(text)
        if (r := _resolve(h, opts)) and not any(c.char_start == r.char_start for c in compounds)
    ]
    hits = _drop_gazetteer_inside_longer_names(hits, headed, text, opts)
    hits += [("pattern", r) for r in headed]
    if nlp is not None:
        model = [r for h in _model_hits(text, nlp, opts.model_rule) if (r := _resolve(h, opts))]
        things = _names_of_things(text, model)
        hits += [
            ("model", r)
            for r in model
            if not _territory(text, r) and not _modifier_use(text, r) and r.mention not in things
        ]
    hits += [("pattern", h) for h in compounds]
    hits = _prefer_longer_patterns(hits)
    hits = [
        (s, h)
        for s, h in hits
        if s == "gazetteer"
        or not (
            _tail_search(_TITLE_OF_OTHER_THING, text, h.char_start)
            or _internal_body(text, h)
            or _held(text, h)
            or _SEAT_OF_AUTHORITY.match(h.mention)
        )
    ]
    # "GO! atheneum De Brug": a school of the network is an institution of its own, not a mention of the network.
    schools = [
        h
        for s, h in hits
        if s == "pattern" and re.search(r"\s(?:atheneum|lyceum|basisschool|middenschool)\s", h.mention)
    ]
    hits = [
        (s, h)
        for s, h in hits
        if not (s == "gazetteer" and any(o.char_start <= h.char_start and h.char_end <= o.char_end for o in schools))
    ]
    # The definitions outrank everything; what stands inside their parentheses is not a second mention.
    hits = [(s, h) for s, h in hits if not any(h.char_start < pe and h.char_end > ps for ps, pe in parens)]
    definitions, hits = _without_titles(text, definitions, hits)
    hits += [("definition", d) for d in definitions]
    selected = _with_jurisdiction(text, _to_closing_quote(text, _joined_by_dash(text, _select(hits), opts), opts))
    selected = _with_shared_by_towns(text, selected)
    # "(radicalisering@VVSG.be of telefonisch)": a name inside a web or e-mail address, whichever rule found it
    # (a defined acronym's later uses too), is part of the address
    selected = [h for h in selected if not _in_address(text, h.char_start, h.char_end)]
    selected = _with_coordinated_peers(text, _committees_as_parliaments(text, selected))
    return _drop_parenthesised_repeats(_houses_with_their_place(text, selected), text)


# "het intergemeentelijk LIVC Kempen-Noord": the adjective saying several towns share the body is part of its name
# as printed (GUIDELINES: "intergemeentelijk LIVC Balen-Dessel-Mol").
_SHARED_BY_TOWNS = re.compile(r"(?<![\w-])intergemeentelijke?[ \t]+$")


def _with_shared_by_towns(text: str, hits: list[OrganisationMention]) -> list[OrganisationMention]:
    out = []
    for h in hits:
        shared = h.source == "pattern" and _SHARED_BY_TOWNS.search(text, max(0, h.char_start - 20), h.char_start)
        if shared and h.canonical == normalise(h.mention):
            name = text[shared.start() : h.char_end]
            h = OrganisationMention(name, normalise(name), h.source, shared.start(), h.char_end)
        out.append(h)
    return out


# "de 'Federale Synode van Protestantse Kerken'": a name opening a quote whose rest is more of a name (capitalised
# words and the link words inside names) runs to the closing quote (GUIDELINES: the full name up to its last
# capitalised word); "'RAN working groups'" goes on in lower case and stays "RAN".
_QUOTE_OPENS = frozenset("‘'“\"")
_NAME_REST_TO_QUOTE = re.compile(
    r"(?:\s+(?:(?:van|voor|de|der|het|en|of|and|the|for)\s+)?[A-ZÀ-Ý][\w'’!&-]*)+(?=[’'”\"])"
)


def _to_closing_quote(text: str, hits: list[OrganisationMention], opts: Options) -> list[OrganisationMention]:
    out = []
    for h in hits:
        opened = text[h.char_start - 1 : h.char_start] in _QUOTE_OPENS
        rest = _NAME_REST_TO_QUOTE.match(text, h.char_end) if opened else None
        if (
            rest
            and h.source in ("pattern", "register", "model")
            and not any(o.char_start < rest.end() and o.char_end > h.char_end for o in hits if o is not h)
        ):
            name = text[h.char_start : rest.end()]
            longer = _resolve(OrganisationMention(name, normalise(name), h.source, h.char_start, rest.end()), opts)
            h = longer or h
        out.append(h)
    return out


# gold6 D3: a house of a network of local houses named by its place ("Huis van het Kind Menen", "Huis van het
# Nederlands Brussel") is that house where the text gives the place after "te": "vergaderd in het Huis van het
# Nederlands te Brussel" → "Huis van het Nederlands Brussel" (the venue's owner takes part).
_TE_PLACE = re.compile(r"\s+te\s+(?P<place>[A-ZÀ-Ý][\w'’-]+)")
_BARE_HOUSE = re.compile(r"Huis van (?:het|de) [A-ZÀ-Ý][\w-]+")
_IN_PLACE = re.compile(r"(?<![\w-])[Ii]n\s+(?P<place>[A-ZÀ-Ý][\w'’-]+)(?![\w'’-])")
_OTHER_PLACE_AFTER = re.compile(r"\s*(?:,|\s(?:en|of))\s+(?P<place>[A-ZÀ-Ý][\w'’-]+)")


# "met vijf Huizen van het Kind (Leuven, Lokeren, Tienen, Boom en Ninove)": the houses of a network of local houses
# listed by their towns are those houses, one mention per town (the span is the town in the bracket).
_HOUSES_OF_TOWNS = re.compile(r"Huizen van (?P<of>het|de) (?P<what>[A-ZÀ-Ý][\w-]+)\s*\((?P<inner>[^()]{3,300})\)")


def _houses_of_towns_hits(text: str) -> list[OrganisationMention]:
    from pipeline.extract.municipalities import municipality

    if "Huizen van" not in text:
        return []
    hits = []
    for m in _HOUSES_OF_TOWNS.finditer(text):
        # the bracket's items, separated by commas and a last "en": each one a town
        items = re.finditer(r"[^\s,;]+(?:\s+[^\s,;]+)*", m["inner"])
        parts = [part for i in items for part in _split_en(m.start("inner") + i.start(), i.group(0))]
        if not parts or not all(municipality(word) for _, word in parts):
            continue  # ("Huizen van het Kind (o.a. in Gent)": not a list of towns)
        for pos, town in parts:
            name = f"Huis van {m['of']} {m['what']} {town}"
            hits.append(OrganisationMention(town, name, "pattern", pos, pos + len(town)))
    return hits


def _split_en(pos: int, item: str) -> list[tuple[int, str]]:
    """ "Boom en Ninove" at ``pos`` → its two words with their positions; any other item as it is."""
    m = re.fullmatch(r"(?P<a>.+?)\s+en\s+(?P<b>.+)", item)
    return [(pos + m.start("a"), m["a"]), (pos + m.start("b"), m["b"])] if m else [(pos, item)]


def _houses_with_their_place(text: str, hits: list[OrganisationMention]) -> list[OrganisationMention]:
    from pipeline.extract.municipalities import municipality

    out = []
    for h in hits:
        m = _TE_PLACE.match(text, h.char_end) if h.canonical.startswith("Huis van ") else None
        if not m and _BARE_HOUSE.fullmatch(h.canonical):
            # "In Brussel werkt het Huis van het Kind samen met ...", "samen in Brussel, in de lokalen van het Huis
            # van het Nederlands": the house of the town the sentence names before it
            sentence = max((b.end() for b in _SENTENCE_END.finditer(text, 0, h.char_start)), default=0)
            m = next(reversed(list(_IN_PLACE.finditer(text, sentence, h.char_start))), None)
            other = _OTHER_PLACE_AFTER.match(text, m.end()) if m else None
            if other and municipality(m.group("place")) and municipality(other.group("place")):
                # "afwisselend in Antwerpen en Vilvoorde, in de lokalen van het Huis van het Kind": which town's house
                # the text leaves open, and the kind alone names none of them
                continue
        if m and municipality(m.group("place")) and not h.canonical.endswith(m.group("place")):
            h = OrganisationMention(h.mention, f"{h.canonical} {m.group('place')}", h.source, h.char_start, h.char_end)
        out.append(h)
    return out


# "de Commissie voor Cultuur, Jeugd, Sport en Media van het Vlaams Parlement", "de Commissie voor de Justitie van
# de Kamer": a parliamentary committee is the parliament acting (the blind annotators of dev-2019 annotated the
# parliament, not its committee; the dev gold likewise).
_OF_PARLIAMENT = re.compile(
    r"[^.;:!?\n]{0,100}?\bvan\s+(?:het|de)\s+(?P<parliament>(?:(?:Vlaams|Vlaamse|Brussels|Europees|Europese|Federaal"
    r"|Federale)\s+)?Parlement|Kamer(?:\s+van\s+[Vv]olksvertegenwoordigers)?)(?![\w-])"
)


def _committees_as_parliaments(text: str, hits: list[OrganisationMention]) -> list[OrganisationMention]:
    out = []
    for hit in hits:
        if not re.match(r"(?i)commissie\b", hit.mention) or hit.source == "gazetteer":
            out.append(hit)
            continue
        m = _OF_PARLIAMENT.match(text, hit.char_start + len(hit.mention.split()[0]))
        if not m:
            out.append(hit)
            continue
        start, end = m.span("parliament")
        if not any(o.char_start == start for o in hits) and m.group("parliament").startswith("Kamer"):
            # (the name as printed, the gazetteer not knowing it: "de Kamer", "de Kamer van volksvertegenwoordigers")
            name = m.group("parliament")
            out.append(OrganisationMention(name, name, "pattern", start, end))
    return sorted(out, key=lambda h: h.char_start)


# "VVSG-werkgroep", "VLOR-commissie", "NTF-werkgroep Lokale Aanpak": a body of a known organisation, printed as a
# compound on its acronym, is a mention of that organisation (GUIDELINES.md: the acronym names it).
# "de commissie Diversiteit van de SERV", "de werkgroep Preventie van de NTF": the acronym after "van de" that owns
# a body named by a lower-case head noun (and its name) is the organisation the body belongs to.
_BODY_OWNER = re.compile(
    rf"(?<![\w-])[a-zà-ý]*{_BODY_NOUNS}(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){{0,3}}[ \t]+van[ \t]+(?:de|het)[ \t]+"
    r"(?P<acr>[A-Z][A-Za-z]*[A-Z][A-Za-z]*!?)(?![\w'’-]|[ \t]+[A-ZÀ-Ý])"
)


_OWNER_ACRONYM = re.compile(r"van[ \t]+(?:de|het)[ \t]+[A-Z][A-Za-z]*[A-Z]")


def _body_owner_hits(text: str) -> list[OrganisationMention]:
    """The acronyms that own a body (``_BODY_OWNER``): no kind of body ("de werking van de LIVC" has no body)."""
    if not _OWNER_ACRONYM.search(text):
        return []  # (the common case: no acronym after "van de", without the scan for body nouns)
    return [
        OrganisationMention(m.group("acr"), m.group("acr"), "pattern", *m.span("acr"))
        for m in _BODY_OWNER.finditer(text)
        if m.group("acr") not in _NOT_ORG_WORDS and m.group("acr") not in _DOMAINS
    ]


# Issue 12 (GUIDELINES.md): a known or defined acronym as the first part of any compound is a mention of that
# organisation, whatever the noun ("AgII-procedure", "VCLB-koepel", "VDAB-bemiddelaars", "RAN-meeting"): the
# blind annotators of dev-2019 and of the held-out gold count them all. Not a reference code ("ABB/2018/0457").
_BODY_NOUN_TAIL = re.compile(rf"{_BODY_NOUNS}$")
_BODY_COMPOUND = re.compile(r"(?<![\w-])(?P<acr>[A-Z][A-Za-z&!]{1,9})-(?P<tail>[a-zà-ý]{3,})(?![\w-])")


def _acronym_compound_hits(
    text: str, definitions: list[OrganisationMention], opts: Options
) -> list[OrganisationMention]:
    _, canon = _gazetteer_regex(opts.gazetteer, opts.hidden)
    defined = {d.mention: d.canonical for d in definitions if _looks_like_acronym(d.mention)}
    by_start = {d.char_start: d.canonical for d in definitions}
    for d in acronym_definitions(text):  # "De Vlaamse Onderwijsraad (VLOR) ... De VLOR-commissie"
        if d.name_start in by_start:
            defined.setdefault(d.acronym, by_start[d.name_start])
    hits = []
    for m in _BODY_COMPOUND.finditer(text):
        acronym = m.group("acr")
        canonical = defined.get(acronym) or (canon.get(acronym) and _looks_like_acronym(acronym) and canon[acronym])
        # "de VLOR-commissie Burgerschap": a body of an organisation the text names by its acronym, known or not,
        # is a mention of that organisation (as printed); not a kind or a domain ("LIVC-werkgroep", "CJM-cel")
        body = _BODY_NOUN_TAIL.match(m.group("tail")) and _looks_like_acronym(acronym)
        if not canonical and body and acronym not in _NOT_ORG_WORDS and acronym not in _DOMAINS:
            canonical = acronym
        # gold6 D5: "het Mediawijs-partnernetwerk": one of a known organisation's bodies, whatever its name's form
        # (an event on it, "de Mediawijs-dag", is none)
        if not canonical and _BODY_NOUN_TAIL.search(m.group("tail")) and acronym in canon:
            canonical = canon[acronym]
        if canonical:
            hits.append(OrganisationMention(acronym, canonical, "pattern", m.start("acr"), m.end("acr")))
    # "de Unia-medewerkers", "Arktos-begeleiders": a known name of one word (not an acronym) glued to a noun for its
    # staff names the organisation acting through its people, as "VDAB-bemiddelaars" does (an event or a tool on
    # it, "de Mediawijs-dag", stays a modifier: gold6 D5).
    for m in _STAFF_COMPOUND.finditer(text) if "-" in text else ():
        name = m.group("name")
        if name in canon and not _looks_like_acronym(name) and not any(h.char_start == m.start() for h in hits):
            hits.append(OrganisationMention(name, canon[name], "pattern", m.start("name"), m.end("name")))
    # "Uitwisseling VVSG-VNG": two acronyms joined by a hyphen pair two organisations, when one of them is known.
    for m in _ACRONYM_PAIR.finditer(text):
        pair = [(m.group(k), m.start(k), m.end(k)) for k in ("a", "b")]
        known = [defined.get(a) or canon.get(a) for a, _, _ in pair]
        if all(_looks_like_acronym(a) for a, _, _ in pair) and any(known):
            for (acronym, start, end), canonical in zip(pair, known, strict=True):
                hits.append(OrganisationMention(acronym, canonical or acronym, "pattern", start, end))
    return hits


_STAFF_COMPOUND = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÀ-Ý][\w'’]{2,30})-(?:medewerk|personeel|consulent|begeleider|bemiddelaar|expert"
    r"|deskundige|coördinator|vertegenwoordiger|afgevaardigde|vrijwilliger|trainer|lesgever|team)\w*(?![\w-])"
)
_ACRONYM_PAIR = re.compile(r"(?<![\w/-])(?P<a>[A-Z][A-Za-z&]{1,9})-(?P<b>[A-Z][A-Za-z&]{1,9})(?![\w/-])")


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


# --- local authorities acting as organisations ------------------------------------------------------------
# A municipality or province is an organisation when the sentence makes it act as one (subsidised, partner,
# organiser, recipient of an amount); a name governed by a place preposition is a place. Decided from the
# words around the name, never from a list of sentences.

_PLACE_WORDS = {
    "in",
    "te",
    "uit",
    "naar",
    "binnen",
    "buiten",
    "rond",
    "nabij",
    "doorheen",
    "regio",
    "omgeving",
    "provincies",
    "provincie",
    "arrondissement",
    "politiezone",
    "zone",
}
_PARTNER_CUE = re.compile(
    r"(?i)(?:\bi\.s\.m\.|\bin\s+samenwerking\s+met|\bsamen\s+met|\bpartners?\s*:?|\bpartnerorganisaties?\s*:?"
    r"|\bdoor|\bvanwege|\bmet\s+(?:de\s+)?steun\s+van|\bvertegenwoordigers?\s+van|\bnamens|\bsamenwerking\s+tussen"
    # the other party of a consultation or an agreement, who asked or took the initiative, who is partner,
    # selected or funded: "overleg gepleegd met Kortrijk", "op initiatief van Vilvoorde", "de partners zijn
    # Antwerpen en Gent", "de geselecteerde gemeenten zijn ...", "de subsidie voor Lier"
    r"|\b(?:overleg(?:\s+gepleegd)?|afspraken(?:\s+gemaakt)?|\w*(?:overeenkomst|convenant|protocol|akkoord)"
    r"(?:\s+(?:afgesloten|gesloten|getekend|ondertekend))?)\s+met|\bop\s+(?:initiatief|vraag|verzoek)\s+van"
    r"|\b(?:partners?|trekkers?|promotoren|aanvragers|begunstigden|steden|gemeenten|besturen)\s+(?:zijn|waren)"
    r"|\b(?:subsidies?|toelagen?|middelen|financiering)\s+(?:voor|aan))"
    r"\s+(?:de\s+|het\s+)?$"
)
# (also "steden en gemeenten (Aalst, Gent en Lier)": the list in parentheses after the plural head)
_PLURAL_HEAD = re.compile(
    r"(?i)\b(?:\w*steden|\w*gemeenten|gemeentebesturen|stadsbesturen|lokale\s+besturen)(?:\s+en\s+OCMW'?s)?"
    # "de centrumsteden Gent en Antwerpen", "de gemeentebesturen van Dilbeek en Machelen"
    r"(?:\s+van)?\s*(?:,?\s*(?:namelijk|waaronder|zoals|onder\s+meer)|:|\()?\s*$"
)
# "de provincies Antwerpen en Limburg": after the plural head the names are the provinces (not the towns of the
# same name), acting as the towns after "de gemeenten" do.
_PROVINCES_HEAD = re.compile(r"(?i)\bprovincies\s*(?:,?\s*(?:namelijk|waaronder|zoals|onder\s+meer)|:|\()?\s*$")
_AMOUNT_IN_PARENS = re.compile(r"\s*\(\s*(?:€\s*)?\d[\d.,]*\s*(?:euro|EUR|€|miljoen)")
# "Aalst: € 350.000", "Ronse €60.000", "Lier 40.000 euro": the name labels the amount it receives.
_AMOUNT_LABEL = re.compile(r"\s*[:–]?\s*(?:(?:€|EUR)\s*\d|\d[\d.,]*\s*(?:euro|EUR|€))")
_AFTER_AMOUNT_PAREN = re.compile(r"(?:euro|EUR|€|\d)\s*\(\s*$")
# A list item starts after the previous one ended (";", ":", "."): "- Jeugdclubs vzw\n- Lokeren (...)" is one
# item printed over two lines, the organisation and its town.
_ITEM_START = re.compile(r"(?:^|[;:.]|namelijk)\s*(?:[-–•]\s*)?$")
_ROLE_VERB = re.compile(
    r"(?i)\b(gesubsidieerd|subsidie\w*|betoelaagd|ondersteund|ontv(?:ingen|ing|angen)|kregen|kreeg|krijgen"
    r"|organiseer\w*|georganiseerd|dien(?:den|de)\b|ingediend|engageer\w*|geëngageerd|geselecteerd|toegekend"
    r"|werk(?:en|te|ten|t)\s+(?:\w+\s+){0,2}samen|participe\w+|namen\s+deel|nemen\s+deel|stapten\s+in|tekenden)\b"
)
_SUBJECT_SLOT = {
    "werden",
    "worden",
    "werd",
    "wordt",
    "zijn",
    "waren",
    "kregen",
    "krijgen",
    "ontvingen",
    "ontvangen",
    "hebben",
    "heeft",
    "hadden",
    "namen",
    "nemen",
    "dienden",
    "organiseerden",
    "organiseren",
    "ook",
}
_HEAD_BEFORE = re.compile(
    r"(?<![\w-])(?P<head>[Ss]tad|[Gg]emeente|[Pp]rovincie|(?:[Pp]rovincie|[Ss]tads|[Gg]emeente)bestuur\s+van"
    r"|[Ll]okaal\s+bestuur\s+van|[Cc]ollege\s+van\s+burgemeester\s+en\s+schepenen\s+van|[Ll]okaal\s+[Bb]estuur"
    # "de gemeente en het OCMW Zele", "Stad en OCMW Lier": the town beside its OCMW (found as "OCMW Zele")
    r"|(?:[Ss]tad|[Gg]emeente)(?=\s+en\s+(?:het\s+)?OCMW\s)\s+en\s+(?:het\s+)?OCMW"
    r"|(?:[Gg]emeente|[Pp]rovincie)raad\s+van|[Ss]chepencollege\s+van)\s+$"  # "de gemeenteraad van Menen besliste"
)
# "de gemeente Venlo", "de stad Luik": a municipality outside the data file (abroad, Wallonia) named by its title.
_TITLED_TOWN = re.compile(
    r"(?<![\w-])(?P<head>[Ss]tad|[Gg]emeente)\s+(?P<name>[A-ZÀ-Ý][a-zà-ý]+(?:-[A-ZÀ-Ý][a-zà-ý]+)*)(?![\w-])"
)
# Function words that join a bare name to the sentence rather than to another name before it.
_JOINING_WORDS = {"en", "of", "aan", "naar", "met", "door", "voor", "bij", "zoals", "waaronder", "namelijk"}


def _last_word(text: str) -> str:
    words = re.findall(r"[\w'’.-]+|[-–(]", text[-40:])
    return words[-1].lower().strip(".") if words else ""


# "het project van Maaseik", "de preventiedienst van Mechelen", "de LIVC van Genk": the municipality holds the
# project or owns the service (gold6 D6: an owner is a mention; not a person's town, "de burgemeester van X").
_HOLDER_CUE = re.compile(
    r"(?i)\b(?:project|projectvoorstel|aanpak|actieplan|subsidiedossier|\w*dienst(?:en)?|LIVC|aanvraag|dossier"
    r"|engagement|beleidsplan)\s+van\s+$"
)


def _inside_other_name(before: str) -> bool:
    """A word right before a bare name that is no connector, cue or verb slot makes the name part of
    another name or a place label ("Lokale politie Gent", "Meldpunt Antwerpen", "KU Leuven")."""
    if not re.search(r"[\w'’]\s+$", before[-30:]) or _last_word(before) in _JOINING_WORDS:
        return False
    end = len(before)
    return not (
        _tail_search(_PARTNER_CUE, before, end)
        or _tail_search(_PLURAL_HEAD, before, end)
        or _tail_search(_HOLDER_CUE, before, end)
        or _tail_search(_AFTER_AMOUNT_PAREN, before, end)
        or _last_word(before) in _SUBJECT_SLOT
        or _ROLE_VERB.fullmatch(_last_word(before))
        or _ACT_VERB_FORMS.fullmatch(_last_word(before))  # "In 2018 lanceerde Antwerpen": the subject
        or _last_word(before) in _PREPOSITIONS  # "verdeeld over Aalst (50.000 euro)": the role decides
    )


# A preposition before a bare name joins it to the sentence (the name's role is decided by _group_acts).
_PREPOSITIONS = {"over", "tussen", "via", "tot", "onder", "vanuit", "op", "in", "te", "uit", "binnen"}


# "werden acht lokale besturen geselecteerd: Aalst, Halle, ...": the list after a colon names the towns the plural
# head of its clause spoke of (not "in zeven gemeenten: ...", a place phrase).
# (at most 40 characters between the head and the colon: _TAIL_REACH)
_PLURAL_BEFORE_COLON = re.compile(r"(?i)\b(?:steden|gemeenten|besturen)\b[^.;:!?()]{0,40}:\s*$")
_PLACE_PREPOSITIONS = {"in", "te", "uit", "binnen", "buiten", "rond", "nabij", "doorheen"}


def _place_phrase(before: str) -> bool:
    """Whether a place preposition opens the noun phrase that ends here ("in zeven gemeenten", "in de
    deelnemende steden"): one of the last three words, with no verb or comma between."""
    phrase = re.split(r"[,;:()]", before[-40:])[-1]
    return any(w.lower() in _PLACE_PREPOSITIONS for w in re.findall(r"[\w'’-]+", phrase)[-3:])


def _place_governed(before: str) -> bool:
    """Whether the words just before a name make it a place: "in (de stad) X", "te X", "jongeren uit X"."""
    words = re.findall(r"[\w'’-]+", before[-40:])
    while words and words[-1].lower() in {"de", "het"}:
        words.pop()
    return bool(words) and words[-1].lower() in _PLACE_WORDS


def _authority_groups(text: str) -> list[list[re.Match[str]]]:
    """Municipality and province names, grouped into enumerations ("Dilbeek, Halle en Vilvoorde")."""
    from pipeline.extract.municipalities import name_regex

    groups: list[list[re.Match[str]]] = []
    for m in name_regex().finditer(text):
        if groups and re.fullmatch(
            r"\s*,\s*|\s+en\s+|\s+i\.s\.m\.\s+|\s*/\s*|\s+&\s+", text[groups[-1][-1].end() : m.start()]
        ):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


_AMOUNT_TO = re.compile(r"(?:euro|€|EUR)\s+(?:aan|voor|naar)\s+(?:de\s+)?$")


def _group_acts(text: str, group: list[re.Match[str]]) -> bool:
    """Whether an enumeration of bare municipality names acts as organisations."""
    start, end = group[0].start(), group[-1].end()
    before = text[:start]
    # ("- het Sterrenveldcollege in Leuven (24.000 euro)": the amount is the school's, the town where it is)
    amount_after = _AMOUNT_IN_PARENS.match(text, end) and _last_word(before).lower() not in _PLACE_PREPOSITIONS
    if amount_after and (_ITEM_START.search(before) or not re.search(r"[-–/]\s*$", before)):
        return True  # "- Vilvoorde (85.000 euro)", "naar Lier (40.000 euro)": recipients; not "X vzw - Lokeren (...)"
    if len(group) == 1 and _AMOUNT_LABEL.match(text, end) and not _place_governed(before):
        return True  # "Middelen 2018: Ronse €60.000, Lommel €45.000": each name labels its own amount
    if _tail_search(_AMOUNT_TO, text, start):
        return True  # "30.000 euro aan Zottegem"
    if _tail_search(_AFTER_AMOUNT_PAREN, text, start) and text[end : end + 1] == ")":
        return True  # "854.000 euro (Dilbeek)"
    plural = _tail_search(_PLURAL_HEAD, text, start)
    if plural and plural.group(0).rstrip().endswith("(") and _place_phrase(text[: plural.start()]):
        return False  # "in zeven gemeenten (Aalst, Ronse, ...)": the places where something happens
    colon = _tail_search(_PLURAL_BEFORE_COLON, text, start)
    if colon and _place_phrase(text[: colon.start()]):
        return False  # "in zeven gemeenten: Aalst, ..."
    if _tail_search(_PARTNER_CUE, text, start) or plural or colon:
        return True  # "in samenwerking met Mechelen", "de gemeenten Herentals, Olen en Lille"
    if _tail_search(_HOLDER_CUE, text, start):
        return True  # "het project van Maaseik": the municipality holds the project (not "de burgemeester van X")
    if _place_governed(before):
        return False
    clause_start = max((m.end() for m in re.finditer(r"[.;:!?\n]", before)), default=0)
    clause_end = min((m.start() for m in re.finditer(r"[.;!?\n]", text[end:])), default=len(text) - end) + end
    clause = text[clause_start:clause_end]
    if _last_word(before) == "aan" and (_ROLE_VERB.search(clause) or _FUNDS.search(clause)):
        return True  # "een subsidie toegekend aan Lokeren": the recipient (not "een werkbezoek aan Essen")
    opening = not before[clause_start:].strip(" \t-–•")
    if opening and _finite_verb_follows(text, end, clause_end, plural=len(group) > 1):
        return True  # "Antwerpen lanceerde een meldpunt", "Gent en Genk ontwikkelden": the subject of an act
    if _inverted_subject(before, clause_start):
        return True  # "In 2018 lanceerde Antwerpen een meldpunt": the subject right after the fronted verb
    # "In 2019 ontving Mechelen 210.000 euro": the subject right after the finite verb of the clause
    at_slot = opening or _last_word(before) in _SUBJECT_SLOT or bool(_ROLE_VERB.fullmatch(_last_word(before)))
    return at_slot and bool(_ROLE_VERB.search(clause))


_FUNDS = re.compile(r"(?i)\b(?:subsidie\w*|toelage\w*|middelen|euro|€|financier\w*|uitgekeerd|overgemaakt)")
# Dutch main clauses put the finite verb second: a bare municipality name opening a clause and followed by a
# lower-case word that is no function word is the subject of that verb. A stative verb ("Gent telt 260.000
# inwoners", "Brussel is") says nothing about the town acting, nor does a passive auxiliary alone (the role verb
# rule above decides "Vilvoorde werd geselecteerd"); "heeft" acts only with a participle ("heeft aangesteld").
# The verb must be a finite form of a verb of acting (the report's: organise, launch, start, set up, work with,
# develop, take, receive, decide, fund, support, hire, sign, ask, want/will): "Peer support is een methodiek",
# "Boom" or "Essen" as a noun opening a sentence, are no subject of an act.
_AFTER_SUBJECT = re.compile(
    r"\s+(?:(?:ook|zelf|bijvoorbeeld|daarentegen|echter|dan)\s+)?(?P<verb>[a-zà-ý]+)(?![\w'’-])"
)
_ACT_VERB_FORMS = re.compile(
    r"(?:organiseer|lanceer|investeer|engageer|coördineer|financier|subsidieer)(?:t|de|den)"
    r"|(?:ontwikkel|onderteken|teken|open|ondersteun|begeleid|bouw|zorg|voer|stel|dien|werk|vraag|zet|start"
    r"|richt|sluit|neem|bied|beslis|kies|maak|ontvang|krijg|stap|werf|nodig)(?:t|te|ten|de|den|en)?"
    r"|nam(?:en)?|kreeg|kregen|ontving(?:en)?|bood|boden|koos|kozen|sloot|sloten|wierf|wierven|hield(?:en)?"
    r"|gaf|gaven|liet|lieten|bracht(?:en)?|zocht(?:en)?|nodigde|wil|wilde|zal|zullen|kan|kon|heeft|hebben"
    r"|had|hadden|ging(?:en)?|begon(?:nen)?|trok(?:ken)?|kwam(?:en)?|deed|deden|vond(?:en)?|sprak(?:en)?"
    r"|voorzie[tn]|trek(?:t|ken)"
)
_ACT_VERB = re.compile(
    rf"{_ACT_VERB_FORMS.pattern}"
    # any other weak past, and the present of the verbs on -eren: "volgde", "breidde uit", "fungeert als" (not any
    # word on -t: "Peer support als methodiek", the town Peer's name as a noun)
    r"|[a-zà-ý]{3,}(?:de|te|den|ten)|[a-zà-ý]{2,}eer(?:t|den)"
)
# Not acts: being, lying, counting, knowing ("Gent telt 260.000 inwoners", "Brussel kent een hoge werkloosheid")
# nor a passive auxiliary alone (the role verb rule decides "Vilvoorde werd geselecteerd", not "Leuven wordt vermeld")
_STATIVE = {
    *("ligt", "telt", "kent", "bevat", "beschikt", "blijkt", "lijkt", "heet", "betreft", "kende", "telde"),
    *("staat", "stond", "zit", "zat", "blijft", "bleef", "wordt", "werd", "worden", "werden"),
}
# "Antwerpen, Gent en Mechelen zijn partner": being a party is acting as one.
_ROLE_NOUN = re.compile(
    r"\s+(?:\w+\s+)?(?:partners?|trekkers?|promotors?|aanvragers?|lid|leden|begunstigden?|pilootgemeenten?)\b"
)
_BE = {"is", "was", "zijn", "waren"}
# "Peer support is een methodiek": a noun after the name is followed by the finite verb itself.
# ("zijn" is left out: "Turnhout breidde zijn aanbod uit", the possessive)
_AUX_NEXT = re.compile(r"\s+(?:is|was|wordt|werd|heeft|kan|zal|moet|blijft)\b")
_HAVE = {"heeft", "had", "hebben", "hadden"}


def _inverted_subject(before: str, clause_start: int) -> bool:
    """Whether the name follows the finite verb of a clause that opened on another part ("In 2018 lanceerde X",
    "Sinds januari werkt X met"): the verb must be one of the lexicon's own forms (a word on -de before a name may
    be a noun: "de ronde Gent")."""
    words = re.findall(r"[\w'’-]+", before[clause_start:])
    if len(words) < 2:
        return False
    verb = words[-1]
    lexical = _ACT_VERB_FORMS.fullmatch(verb) or _ROLE_VERB.fullmatch(verb)
    return bool(lexical) and verb not in _STATIVE and verb not in _HAVE


_PARTICIPLE = re.compile(r"(?<![\w-])(?:\w*ge\w+[dt]|\w*ge\w+en)(?![\w-])")


def _finite_verb_follows(text: str, end: int, clause_end: int, plural: bool = False) -> bool:
    m = _AFTER_SUBJECT.match(text, end, clause_end)
    if not m:
        return False
    verb = m.group("verb")
    if verb in _BE:
        return bool(_ROLE_NOUN.match(text, m.end(), clause_end))
    # after two names or more the word that follows is the plural verb ("Mechelen en Willebroek dragen")
    acting = _ACT_VERB.fullmatch(verb) or (plural and re.fullmatch(r"[a-zà-ý]{2,}en", verb))
    if not acting or verb in _STATIVE or _AUX_NEXT.match(text, m.end(), clause_end):
        return False
    return verb not in _HAVE or bool(_PARTICIPLE.search(text, m.end(), clause_end))


_ISM_BEFORE = re.compile(r"i\.s\.m\.\s+$")


def _authority_hits(text: str) -> list[OrganisationMention]:
    """Municipalities and provinces acting as organisations, canonical "stad X" / "gemeente X" /
    "provincie X" from models/municipalities.csv."""
    from pipeline.extract.municipalities import authority_with_head, municipality, province

    hits = []
    place_until = -1  # end of the last authority name that was a place: a name coordinated with it is one too
    listed = _listed_in_parentheses(text)
    for group in _authority_groups(text):
        bare_acts = None
        headed = ""  # "stad"/"provincie" when the group's first name carries a title and acts
        for i, m in enumerate(group):
            before = text[: m.start()]
            head = _tail_search(_HEAD_BEFORE, text, m.start())
            if head:
                authority = authority_with_head(head.group("head"), m.group(0))
                coordinated = place_until >= 0 and re.fullmatch(
                    r"\s*(?:\([^()]*\))?\s*(?:,|en|of)\s+(?:de\s+|het\s+)?", text[place_until : head.start()]
                )
                if authority and (_place_governed(text[: head.start()]) or coordinated):
                    place_until = m.end()
                elif authority:
                    # "Stad en OCMW Lier": the title word alone, since "OCMW Lier" is a mention of its own
                    end = head.start() + len(head.group("head").split()[0]) if "OCMW" in head.group(0) else m.end()
                    hits.append(
                        OrganisationMention(text[head.start() : end], authority.canonical, "pattern", head.start(), end)
                    )
                    headed = "provincie" if authority.title == "provincie" else "stad" if i == 0 else ""
                continue
            if headed:
                # "De stad Vilvoorde en Halle kregen elk een coördinator": the title printed once for the list
                authority = province(m.group(0)) if headed == "provincie" else municipality(m.group(0))
                if authority:
                    hits.append(OrganisationMention(m.group(0), authority.canonical, "pattern", m.start(), m.end()))
                    continue
            provinces = _tail_search(_PROVINCES_HEAD, text, group[0].start())
            if provinces:
                authority = province(m.group(0))
                if authority and not _place_governed(text[: provinces.start()]):  # not "in de provincies X en Y"
                    hits.append(OrganisationMention(m.group(0), authority.canonical, "pattern", m.start(), m.end()))
                continue
            authority = municipality(m.group(0))
            if authority is None:
                continue  # a province name without "provincie" is a region
            # A capitalised word or a noun right before the name makes it part of another name
            # ("Lokale politie Gent", "Meldpunt Antwerpen", "KU Leuven") — unless it is an enumeration.
            after_isms = i > 0 and _tail_search(_ISM_BEFORE, text, m.start())
            if i == 0 and _inside_other_name(before):
                continue
            if bare_acts is None:
                bare_acts = _group_acts(text, group)
            in_list = any(s <= m.start() < e for s, e in listed) and not _place_governed(before)
            if bare_acts or after_isms or in_list or _recipient_item(text, group):
                hits.append(OrganisationMention(m.group(0), authority.canonical, "pattern", m.start(), m.end()))
    for m in _TITLED_TOWN.finditer(text):
        name = m.group("name")
        if municipality(name) or province(name) or name in _NOT_ORG_WORDS or _place_governed(text[: m.start()]):
            continue
        hits.append(OrganisationMention(m.group(0), f"{m.group('head').lower()} {name}", "pattern", *m.span()))
    return hits + _title_references(text) + _demonym_hits(text)


# "bracht ABB werkbezoeken aan de betrokken besturen (onder meer aan Genk op 22/9 en aan Zele op 14/10)": the towns
# in parentheses after a plural head are those steden, gemeenten or besturen (not after "in zeven gemeenten").
_PLURAL_PARENTHESIS = re.compile(r"(?i)\b(?:\w*steden|\w*gemeenten|\w*besturen)\s*\((?P<inner>[^()]{1,300})\)")


def _listed_in_parentheses(text: str) -> list[tuple[int, int]]:
    if "(" not in text:
        return []
    return [m.span("inner") for m in _PLURAL_PARENTHESIS.finditer(text) if not _place_phrase(text[: m.start()])]


# "– Maasmechelen, i.s.m. Lanaken en de Welzijnsvereniging Maasland (55.000 euro);": a list item that opens on a town
# and ends on the amount in parentheses names its recipient first, its partners after "i.s.m.".
_ITEM_END = re.compile(r"[;\n]|\s[–•]\s|$")
_AMOUNT_CLOSES_ITEM = re.compile(r"\(\s*(?:€\s*)?\d[\d.,]*\s*(?:euro|EUR|€|miljoen)[^()]*\)\s*[.;]?\s*$")


def _recipient_item(text: str, group: list[re.Match[str]]) -> bool:
    start, end = group[0].start(), group[-1].end()
    # (after a ";", ":" or "." only, as _ITEM_START: "- Jeugdclubs vzw\n- Lokeren (...)" is one item, the
    # organisation and its town)
    if start < 30 or not _ITEM_START.search(text, start - 30, start) or not re.search(r"[-–•]\s*$", text[:start]):
        return False
    item_end = _ITEM_END.search(text, end)
    item = text[end : item_end.start() if item_end else len(text)]
    return len(item) < 200 and bool(_AMOUNT_CLOSES_ITEM.search(item))


# "het Gentse stadsbestuur", "de Mechelse preventiedienst", "het Limburgse provinciebestuur": the adjective of a
# place before its authority's own organ or service names that authority (as "stadsbestuur van Gent" does).
_DEMONYM_HEAD = re.compile(
    r"(?<![\w-])(?P<adj>[A-ZÀ-Ý][\w-]+se)\s+(?P<noun>stadsbestuur|gemeentebestuur|provinciebestuur|lokaal\s+bestuur"
    r"|(?:stads|gemeente|provincie)diensten|\w*dienst|LIVC(?:-R)?|schepencollege|(?:gemeente|provincie)raad)(?![\w-])"
)


def _demonym_place(adjective: str, provincial: bool) -> LocalAuthority | None:
    """The authority whose place ``adjective`` is the adjective of: "Gentse" → Gent, "Mechelse" → Mechelen,
    "Brugse" → Brugge, "Aalsterse" → Aalst, "West-Vlaamse" → West-Vlaanderen."""
    from pipeline.extract.municipalities import municipality, province

    lookup = province if provincial else municipality
    base = adjective[:-2]
    candidates = (
        base,
        base + "en",
        base + "e",
        base + base[-1:] + "e",  # "Brugse" → Brugge
        base[:-2] if base.endswith("er") else "",
        base[:-1] + "nderen" if base.endswith("Vlaam") else "",
    )
    return next((a for c in candidates if c and (a := lookup(c))), None)


def _demonym_hits(text: str) -> list[OrganisationMention]:
    hits = []
    for m in _DEMONYM_HEAD.finditer(text) if "se " in text else ():
        authority = _demonym_place(m.group("adj"), m.group("noun").startswith("provincie"))
        if authority:
            hits.append(OrganisationMention(m.group("adj"), authority.canonical, "pattern", *m.span("adj")))
    return hits


# "In Vlaams-Brabant liet de provincie weten", "In Zele werkte het lokaal bestuur samen met", "De stad Genk
# lanceerde ..., waarbij ... de jeugddienst van de stad aan tafel zit": the title noun without a name refers back to
# the one authority of its kind the sentence named before it (as a place or as an organisation), and that authority
# acts. "in de stad" stays a place; with no or two candidates the reference is left alone.
_BARE_TITLE = re.compile(
    r"(?<![\w-])(?:[Dd]e|[Hh]et)\s+(?P<title>stad|gemeente|provincie|lokaal\s+bestuur|stadsbestuur|gemeentebestuur"
    r"|provinciebestuur)(?![\w-])(?!\s+(?:[A-ZÀ-Ý]|van\s))"
)


_SENTENCE_END = re.compile(r"[.!?;]\s|\n")


def _named_before(text: str, end: int, lookup: Callable[[str], LocalAuthority | None]) -> list[LocalAuthority]:
    """The authorities ``lookup`` finds among the place names of the sentence before ``end``."""
    from pipeline.extract.municipalities import name_regex

    start = max((s.end() for s in _SENTENCE_END.finditer(text, 0, end)), default=0)
    return [a for n in name_regex().finditer(text, start, end) if (a := lookup(n.group(0)))]


def _opens_sentence(text: str, start: int) -> bool:
    return not text[:start].strip() or bool(re.search(r"[.!?]\s+$", text[max(0, start - 5) : start]))


def _places_of_previous_sentence(
    text: str, start: int, lookup: Callable[[str], LocalAuthority | None]
) -> list[LocalAuthority]:
    """The authorities the sentence before ``start`` names, if it names them all as places only ("In X")."""
    from pipeline.extract.municipalities import name_regex

    ends = [s.end() for s in _SENTENCE_END.finditer(text, 0, start)]
    if not ends:
        return []
    begin = ends[-2] if len(ends) > 1 else 0
    found = []
    for n in name_regex().finditer(text, begin, ends[-1]):
        authority = lookup(n.group(0))
        if authority is None:
            continue
        head = _tail_search(_HEAD_BEFORE, text, n.start())
        if not _place_governed(text[begin : head.start() if head else n.start()]):
            return []  # named as an organisation: a back-reference, no new mention
        found.append(authority)
    return found


def _title_references(text: str) -> list[OrganisationMention]:
    from pipeline.extract.municipalities import municipality, province

    hits = []
    for m in _BARE_TITLE.finditer(text) if "de " in text or "het " in text else ():
        if _place_governed(text[: m.start()]):
            continue
        lookup = province if m.group("title").startswith("provincie") else municipality
        named = {a.canonical for a in _named_before(text, m.start(), lookup)}
        if not named and _opens_sentence(text, m.start()):
            # "In Mechelen startte een casustafel. De stad werkt daarvoor samen met ...": a sentence opening on the
            # title noun continues the one before it, when that one named the place only as a place (an organisation
            # named before is only referred back to: gold6 D4, "de provincie" after "de provincie West-Vlaanderen")
            named = {a.canonical for a in _places_of_previous_sentence(text, m.start(), lookup)}
        if len(named) == 1:
            hits.append(OrganisationMention(m.group("title"), named.pop(), "pattern", *m.span("title")))
    # "De stad Genk lanceerde een vernieuwde werking van haar LIVC", "In Antwerpen werd de frequentie van de LIVC
    # teruggebracht": a town's own cell without its town printed is that town's ("LIVC Genk", as "de LIVC van de
    # stad Vilvoorde"); not "in de LIVC" (the cell as a kind, wherever it sits).
    for m in _TOWN_CELL.finditer(text) if "LIVC" in text else ():
        if _place_governed(text[: m.start()]):
            continue
        towns = {a.name for a in _named_before(text, m.start(), municipality)}
        if len(towns) == 1:
            kind = m.group("kind")
            hits.append(OrganisationMention(kind, _town_cell_name(kind, towns.pop()), "pattern", *m.span("kind")))
    return hits


def _town_cell_name(kind: str, town: str) -> str:
    """ "LIVC", "Genk" -> "LIVC stad Genk": a municipality's LIVC (LIVC-R) is named after the municipality's
    canonical (GUIDELINES G9-3); a CAW, CLB or OCMW is a body of its own, named by its area ("OCMW Ronse")."""
    from pipeline.extract.municipalities import municipal_body

    return (municipal_body(kind, town) if kind.startswith("LIVC") else None) or f"{kind} {town}"


_TOWN_CELL = re.compile(r"(?<![\w-])(?:[Dd]e|[Hh]et|haar|zijn)\s+(?P<kind>LIVC(?:-R)?)(?![\w'’-]|\s+[A-ZÀ-Ý]|\s+van\s)")


def _looks_like_acronym(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z&!]{1,9}", word)) and sum(c.isupper() for c in word) >= 2


# "Opvoedingslijn van vzw De Keerkring": a service named with the association that runs it.
_RUN_BY = re.compile(r"(?P<main>.+?)\s+van\s+(?:de\s+|het\s+)?(?:vzw|asbl|ivzw)\s+\S.*")


def _unit_after_dash(main: str, rest: str, opts: Options) -> bool:
    """ "X – Y" as one party in "Andere betrokkenen": Y is a unit of the organisation X, so the party is X, when X is
    a known or head-noun name ("Hogeschool Scheldeland – Kenniscentrum …", "federale politie – DJSOC Terro") or Y
    is a lower-case unit or opens on an acronym ("Hogeschool Scheldeland – lerarenopleiding", "… – DG HOME"). A
    bare name not otherwise known followed by a head-noun name is one name, the second part describing the first
    ("Al-Wasat – Centrum voor Religieuze Duiding", "Moderator – Forum voor Herstelrecht en Bemiddeling": GUIDELINES
    D4)."""
    words = main.split()
    _, canon = _gazetteer_regex(opts.gazetteer, opts.hidden)
    if main in canon or main.lower() in _lower_aliases(opts.gazetteer, opts.hidden):
        return True
    if len(words) >= 2 and any(_is_head_word(w) for w in words):
        return True
    first = rest.split()[0] if rest.split() else ""
    return first[:1].islower() or _looks_like_acronym(first)


# A plural unit head opening a party of a printed list: "politiezones Brussel-Noord, Brussel-West, Marlow"
_LISTED_UNIT_SINGULAR = {**_UNIT_SINGULAR, "politiezones": "politiezone", "zones": "politiezone"}
_LISTED_UNIT_HEAD = re.compile(rf"(?P<head>{'|'.join(_LISTED_UNIT_SINGULAR)})\s+(?P<name>[A-ZÀ-Ý].*)", re.IGNORECASE)


def with_listed_heads(parties: list[str]) -> list[str]:
    """The parties of "Andere betrokkenen" with a plural unit head carried over the bare names that follow it
    ("politiezones Brussel-Noord", "Brussel-West", "Marlow" -> "politiezone Brussel-Noord", "politiezone
    Brussel-West", "politiezone Marlow"), up to the first party with a head or a known name of its own."""
    out, carried = [], None
    for party in parties:
        name = " ".join(party.split()).strip(" .,;:")
        if head := _LISTED_UNIT_HEAD.fullmatch(name):
            carried = _LISTED_UNIT_SINGULAR[head.group("head").lower()]
            out.append(f"{carried} {head.group('name')}")
        elif carried and re.fullmatch(rf"{_CAP}(?:[\s-]+{_CAP}){{0,3}}", name) and not _known_party(name):
            out.append(f"{carried} {name}")
        else:
            carried = None
            out.append(party)
    return out


def _known_party(name: str) -> bool:
    """A name the gazetteer or the register knows as a whole: an organisation of its own, no unit of a list."""
    hits = find_organisations(name)
    return any(h.source in ("gazetteer", "register") and h.char_start == 0 and h.char_end == len(name) for h in hits)


def party_canonical(party: str, options: Options | None = None) -> str:
    """The canonical name of one party as printed in "Andere betrokkenen": a listed party is an
    organisation, so a bare municipality name there is the municipality ("Vilvoorde" → "stad Vilvoorde");
    a generic collective party ("onderwijskoepels") counts too, as printed without a leading article
    (GUIDELINES.md)."""
    from pipeline.extract.municipalities import authority_with_head, municipality

    opts = options or Options()
    name = " ".join(party.split()).strip(" .,;:")
    seated = re.fullmatch(r"(?P<main>.+?)\s+[–-]\s+(?P<place>[^–-].*)", name)
    if seated and municipality(seated.group("place")):
        return party_canonical(seated.group("main"), opts)  # "Cocon – Vilvoorde": the organisation and its seat
    if seated and _unit_after_dash(seated.group("main"), seated.group("place"), opts):
        return party_canonical(seated.group("main"), opts)  # "Europese Commissie – DG HOME": X and its unit
    bracketed = re.fullmatch(r"(?P<main>[^()]+?)\s*\((?P<inner>[^()]+)\)", name)
    if bracketed:
        # "Name (ACR)" or "ACR (Name)": the name's canonical, the gazetteer's for the acronym first; anything
        # else in parentheses ("(Gent)", "(afdeling X)") qualifies the party before it.
        main, inner = bracketed.group("main").strip(), bracketed.group("inner").strip()
        acronym, expansion = (inner, main) if _looks_like_acronym(inner) else (main, inner)
        if _looks_like_acronym(acronym) and _acronym_fits(acronym, expansion.split(), False):
            _, canon = _gazetteer_regex(opts.gazetteer, opts.hidden)
            return canon.get(acronym) or party_canonical(expansion, opts) or normalise(expansion)
        return party_canonical(main, opts)
    # "Opvoedingslijn van vzw De Keerkring": a service named with the association that runs it is that service.
    run_by = _RUN_BY.fullmatch(name)
    if run_by:
        return party_canonical(run_by.group("main"), opts)
    # "jongerenmagazine Straatpraat": a lower-case descriptor before the party's name describes it (as in the text)
    described = _DESCRIBED.fullmatch(name)
    if described and name[:1].islower() and re.fullmatch(_NAME, described.group("names")):
        return party_canonical(described.group("names"), opts)
    head, _, rest = name.partition(" ")
    # "gemeenten Drogenbos, Linkebeek en ...": the plural head printed before the first of a list of towns.
    singular = {"steden": "stad", "gemeenten": "gemeente", "provincies": "provincie"}.get(head.lower(), head)
    authority = authority_with_head(singular, rest) if singular.lower() in ("stad", "gemeente", "provincie") else None
    authority = authority or municipality(name)
    if authority:
        return authority.canonical
    _, canon = _gazetteer_regex(opts.gazetteer, opts.hidden)
    lower = _lower_aliases(opts.gazetteer, opts.hidden)
    for key in (name, normalise(name)):
        if key in canon:
            return canon[key]
        if key.lower() in lower:
            return lower[key.lower()]
    # "Vlaams detentiecentrum De Wijngaard", "buurtcoöperatie De Kolonie": a lower-case type noun (and an adjective
    # before it) before a name opening on an article describes a name of its own (gold6 D1)
    typed = _TYPED_ARTICLE_NAME.fullmatch(name)
    if typed:
        return party_canonical(typed.group("name"), opts)
    # "RAN Centre of Excellence", "MSC Ahlan vzw": a name opening with a known organisation's acronym names
    # that organisation (or a part of it).
    first = re.split(r"[\s-]", name, maxsplit=1)[0]
    school = re.search(r"\s(?:atheneum|lyceum|basisschool|middenschool)\s", name)  # "GO! atheneum X": a school
    # ("GO! ouders": not where the register places the name on another level, an organisation of its own)
    own = _on_another_level(name, first, opts.register)
    if first != name and _looks_like_acronym(first) and first in canon and not school and not own:
        return canon[first]
    hits = [
        h
        for h in find_organisations(name, options=opts)
        if h.char_end - h.char_start >= len(name.rstrip()) - len(" vzw")
    ]
    return hits[0].canonical if len(hits) == 1 else normalise(name)


_TYPED_ARTICLE_NAME = re.compile(
    r"(?:[A-ZÀ-Ý][a-zà-ý]+\s+)?[a-zà-ý][\w-]*\s+(?P<name>(?:De|Het|Den|'t)\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*)"
)


# --- names built on an organisation head noun ---------------------------------------------------------------

# Head nouns of organisation names, also as the last part of a compound ("Vredesinstituut", "Jeugdhuis").
_ORG_HEADS = (
    "agentschap",
    "departement",
    "afdeling",
    "dienst",
    "centrum",
    "huis",
    "hogeschool",
    "universiteit",
    "instituut",
    "platform",
    "netwerk",
    "federatie",
    "vereniging",
    "stichting",
    "commissie",
    "raad",
    "coördinator",
    "koepel",
    "bond",
    "fonds",
    "forum",
    "college",
    "overheidsdienst",
    "inspectie",
    "academie",
    "observatorium",
    "liga",
    "beweging",
    "school",
    "university",
    "institute",
    "network",
    "centre",
    "center",
    "council",
    "foundation",
    "association",
    "agency",
    "office",
    "steunpunt",
    "unie",
    "alliantie",
    "consortium",
    "vakbond",
    "ziekenfonds",
    "kenniscentrum",
    "ministerie",
    "bureau",
    "scholengroep",
    "scholengemeenschap",
    "ziekenhuis",
    "politiezone",
    "club",
    "collectief",
    "ministry",
    "committee",
    "bureau",
    # issue 12: institutions whose names open on these ("Openbare Bibliotheek X", "Kamer van Koophandel X",
    # "Leerstoel X")
    "bibliotheek",
    "kamer",
    "leerstoel",
    # fifth session: a faculty and a directorate are units of their institution ("Faculteit Theologie en
    # Religiewetenschappen", "directie Detentiebeheer")
    "faculteit",
    "directie",
    "directoraat-generaal",
    # governments and parliaments named with their adjective ("de Brusselse Regering", "het Europees Parlement")
    "regering",
    "parlement",
    "gemeenschap",  # "de Duitstalige Gemeenschap": the community's government
    # heads of names in the languages of the neighbouring countries ("Université de Liège", "Ministério da
    # Educação", "Ministerium des Innern")
    "université",
    "universität",
    "universidade",
    "universidad",
    "università",
    "institut",
    "ministère",
    "ministerium",
    "ministério",
    "ministerio",
    "fondation",
    "fédération",
)
# ("GO!" first: the word alternative would stop before its "!")
_NAME_WORD = r"(?:[A-Z]{2,}!(?![\w!])|[A-ZÀ-Ý][\w'’-]*[\w]|[A-ZÀ-Ý]|[A-Z]{2,}!?)"
_HEAD_WORD = rf"(?i:[a-zà-ý-]*(?:{'|'.join(_ORG_HEADS)}))(?![\w-])"
_HEADED_NAME = re.compile(
    # (French names elide their articles: "Centre d'Etudes de l'Ethnicité et des Migrations")
    rf"(?<![\w-]){_NAME_WORD}(?:(?:\s+|\s+&\s+|\s+(?:de\s+)?[dl]['’](?=[A-ZÀ-Ý])|\s+et\s+(?:des\s+)?"
    rf"|\s+(?:van|voor|tegen|de|der|den|het|of|for|the|on|des|du|da|do|für|del|di)(?:\s+(?:de|het|the|la))?\s+)"
    rf"{_NAME_WORD})*"
    # ("Huis van het Kind Leuven en Huis van het Kind Midden-Limburg": a head noun opening "van het X" after "en" is
    # a second name, not the tail of the first)
    rf"(?:\s+en\s+(?!{_HEAD_WORD}\s+(?:van|voor)\s+(?:de|het)\s+[A-ZÀ-Ý])(?:[A-ZÀ-Ý][a-zà-ý]+e\s+)?{_NAME_WORD}"
    rf"(?![\w-]|\s+(?:(?:van|voor|de|der|den|het)\s+)?[A-ZÀ-Ý]"
    rf"|\s+{_LEGAL_FORM}(?!\w)))?"
)
# (the "en"-joined tail may be an inflected adjective and its noun: "Centrum voor Islamstudies en Interculturele
# Dialoog")
_LEADING_NOT_NAME = {
    "De",
    "Het",
    "Een",
    "In",
    "Op",
    "Door",
    "Vanuit",
    "Samen",
    "Verder",
    "Onder",
    "Uit",
    "Aan",
    "Om",
    "Wij",
    "We",
    "Hier",
    *_SENTENCE_OPENERS,
}


@lru_cache(maxsize=8192)
def _is_head_word(word: str) -> bool:
    # (cached: the same words come back in every text, and each is compared with every head noun)
    w = word.lower()
    w = w[:-2] if w.endswith(("ingen", "ties")) else w  # "Verenigingen", "Federaties"
    return any(w == h or (w.endswith(h) and len(w) - len(h) >= 3) for h in _ORG_HEADS)


# Adjectives of other countries ("de Nederlandse Nationaal Coördinator"); not "Europese", "Vlaamse", "Belgische":
# those open names of their own ("Europese Commissie").
_FOREIGN_ADJECTIVES = {
    "Nederlandse",
    "Franse",
    "Duitse",
    "Britse",
    "Engelse",
    "Luxemburgse",
    "Deense",
    "Zweedse",
    "Noorse",
    "Finse",
    "Spaanse",
    "Italiaanse",
    "Portugese",
    "Oostenrijkse",
    "Zwitserse",
    "Amerikaanse",
    "Canadese",
    "Marokkaanse",
    "Turkse",
    "Tunesische",
    "Algerijnse",
}


def _quoted_body(text: str, start: int, end: int) -> bool:
    """ "aansluiten bij het ‘Network of Prevent Coordinators’": a quote holding exactly a name that opens on its
    head noun is the body's name; after a project, campaign or tool noun it is that thing's title."""
    opened, closed = text[start - 1 : start], text[end : end + 1]
    if opened not in "‘'“\"" or closed not in "’'”\"" or not opened or not closed:
        return False
    if not _is_head_word(text[start:end].split()[0]):
        return False
    return not re.search(r"(?i)(?:project\w*|campagne|tool|programma|website|actie|titel)\s*$", text[: start - 1])


_QUOTED = re.compile(r"[‘'“\"](?P<q>[A-ZÀ-Ý][^‘'“\"’”\n]{2,80}?)[’'”\"]")


def _quoted_name_hits(text: str) -> list[OrganisationMention]:
    """ "het 'Network of national prevent policy makers'": a quote that holds a name opening on an organisation head
    noun is that body's whole name, its lower-case words too (after a project, campaign, event or meeting noun it
    is that thing's title: ``_quoted_body``, ``_TITLE_OF_OTHER_THING``)."""
    hits = []
    for m in _QUOTED.finditer(text) if ("'" in text or "‘" in text or "“" in text or '"' in text) else ():
        start, end = m.span("q")
        name = m.group("q").strip()
        if name.split()[0] in _LEADING_NOT_NAME or not _quoted_body(text, start, start + len(name)):
            continue
        if _tail_search(_TITLE_OF_OTHER_THING, text, m.start()) or _tail_search(_INDEFINITE, text, m.start()):
            continue
        hits.append(OrganisationMention(name, normalise(name), "pattern", start, start + len(name)))
    return hits


def _headed_name_hits(text: str) -> list[OrganisationMention]:
    """Capitalised names with an organisation head noun, up to their last capitalised word or an "en"-joined
    last word ("Vlaams Instituut voor Sportbeheer en Recreatiebeleid", "Risico Vechtsport Platform")."""
    hits = []
    for m in _HEADED_NAME.finditer(text):
        words = list(re.finditer(r"\S+", m.group(0)))
        while words and words[0].group(0) in _LEADING_NOT_NAME:
            words.pop(0)
        # "Symposium Beeldvorming van Erasmus Hogeschool Brussels": the organisation follows the link word.
        if words and (_EVENT_HEAD.match(words[0].group(0)) or _EVENT_WORD.search(words[0].group(0))):
            links = [k for k, w in enumerate(words) if w.group(0) in _LINK_WORDS]
            words = words[links[0] + 1 :] if links else []
        # "International Conference Fédération Wallonie-Bruxelles": an event word inside the capitalised words
        # names the event; the organisation, if any, comes after it.
        events = [k for k, w in enumerate(words) if k and _EVENT_WORD.fullmatch(w.group(0))]
        if events and not any(_is_head_word(w.group(0)) for w in words[: events[-1]]):
            words = words[events[-1] + 1 :]
            while words and words[0].group(0) in _LINK_WORDS:
                words.pop(0)
        # "Vertegenwoordigers van het Platform": a plural noun capitalised only because it opens the sentence
        # governs the name after the link word.
        opens = m.start() + words[0].start() if words else 0
        if (
            len(words) > 2
            and words[1].group(0) in {"van", "voor"}
            and not _is_head_word(words[0].group(0))
            and re.search(r"(?:ers|en|s)$", words[0].group(0))
            and (not text[:opens].strip() or text[:opens].rstrip()[-1:] in ".:;!?")
        ):
            links = [k for k, w in enumerate(words) if w.group(0) not in _LINK_WORDS and k > 1]
            words = words[links[0] :] if links else []
        # "de Nederlandse Nationaal Coördinator ...": an adjective of another country describes the name before it.
        if len(words) > 2 and (
            words[0].group(0) in _FOREIGN_ADJECTIVES or _descriptive_adjective(text, m.start() + words[0].start())
        ):
            words = words[1:]
        # "Thomas More Hogeschool en Karel de Grote Hogeschool": a name ending on its head is complete, so
        # what follows "en" is the next name (the "en"-joined tail is for "Instituut voor X en Y").
        en = next((k for k, w in enumerate(words) if w.group(0) == "en"), None)
        if en is not None and en > 0 and _is_head_word(words[en - 1].group(0)):
            words = words[:en]
        content = [w.group(0) for w in words if w.group(0)[0].isupper()]
        if len(content) < 2 or not any(_is_head_word(w) for w in content):
            continue
        start, end = m.start() + words[0].start(), m.start() + words[-1].end()
        whole_end = end
        end = start + len(_cut_own_tail(text[start:end], acronym_tail=False))
        # "Steunpunt Lokale Veiligheid van de Hogeschool Brabantia": a tail that opens on an institution's head
        # noun and names it is an organisation of its own, the parent of the name before it.
        parent = " van " in text[start:end] and _INSTITUTION_TAIL.search(text, start, end)
        if parent:
            end = parent.start()
        # "een Huis van het Kind in elke gemeente", "1 Huis van het Kind in het Brussels Hoofdstedelijk Gewest": a kind
        # of body, counted, not one organisation.
        quoted = _inside_quotes(text, start) and not _quoted_body(text, start, end)
        counted = re.search(r"(?<![\w.,/-])\d{1,3}[ \t]+$", text[max(0, start - 6) : start])
        if quoted or counted or _tail_search(_INDEFINITE, text, start):
            continue
        name = text[start:end]
        hits.append(OrganisationMention(name, normalise(name), "pattern", start, end))
        if parent:
            tail = text[parent.start("tail") : whole_end]
            hits.append(OrganisationMention(tail, normalise(tail), "pattern", parent.start("tail"), whole_end))
    return hits


_INSTITUTION_HEADS = r"(?:Hogeschool|Universiteit|Instituut|Agentschap|Departement|Federatie|Vereniging|Stichting)"
_INSTITUTION_TAIL = re.compile(
    rf"\s+van\s+(?:de|het)\s+(?P<tail>{_INSTITUTION_HEADS}(?:\s+(?:voor\s+|van\s+)?{_NAME_WORD})+)$"
)


# --- names enumerated after a cue ("partners: ...", "in samenwerking met ...") ---------------------------------

_ENUM_CUE = re.compile(
    # (the look-ahead on the cues' first letters lets the engine skip most positions at once)
    r"(?i)(?=[opismjrv])(?:organisaties\s+(?:zijn|waren)(?:\s+o\.a\.|\s+onder\s+andere)?|partners?\s*(?:zijn|waren)?\s*:"
    r"|partnerorganisaties\s*:|in\s+samenwerking\s+met|i\.s\.m\.|samen\s+met|met\s+als\s+partners?"
    # "journalisten van De Standaard en Het Laatste Nieuws": the staff of named employers (their names, articles and
    # all, are organisations; a lower-case item ends the list)
    r"|(?:journalisten|medewerkers|redacteurs|onderzoekers|vertegenwoordigers)\s+van\s+(?:onder\s+andere|o\.a\.)?)"
    r"\s*:?\s*"
)
_ENUM_STOP = re.compile(r"[.!?\n]\s|[.!?]$|\(|:")
# "Werkgeversorganisaties (VOKA en UNIZO)", "lokale organisaties die werken rond X (o.a. De Ambrassade, VVJ, ...)":
# a parenthesis in the clause of a plural noun of a kind of organisation lists organisations of that kind (the noun
# in lower case or a capitalised compound: "Democratische Instellingen" is part of a name).
_KIND_BRACKET = re.compile(r"[^.;:()\n]{0,80}\(\s*(?:o\.a\.|onder\s+andere|onder\s+meer|bv\.|zoals)?\s*")
_BRACKET_KINDS = ("organisaties", "verenigingen", "koepels", "federaties", "instellingen", "partners")
# "contacten met Europese netwerken zoals Hate Speech International, SALAR (...)": the names a plural kind of
# organisation introduces with "zoals" / "waaronder" / "o.a." are organisations of that kind.
_KIND_SUCH_AS = re.compile(r"\s+(?:zoals|waaronder|o\.a\.|onder\s+andere|onder\s+meer)\s+")
_KIND_NOUNS = (
    "organisaties",
    "verenigingen",
    "koepels",
    "federaties",
    "instellingen",
    "partners",
    "netwerken",
    "universiteiten",
    "hogescholen",
)
_KIND_NOUN = re.compile(rf"(?:{'|'.join(_KIND_NOUNS)})(?![\w-])")
_KIND_PREFIX = re.compile(r"(?:[A-ZÀ-Ý]?[a-zà-ý]{3,})?")


def _kind_cues(text: str) -> list[tuple[re.Match[str], re.Pattern[str]]]:
    """The cues after a plural noun of a kind of organisation (``_KIND_BRACKET``, ``_KIND_SUCH_AS``), each with
    the stop of its list: the noun is a word of its own or the end of a compound, in lower case or a capitalised
    compound ("Werkgeversorganisaties"), not a capitalised word of a name ("Democratische Instellingen")."""
    cues = []
    for noun in _KIND_NOUN.finditer(text):
        start = noun.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if (start > 0 and text[start - 1] in "-_") or not _KIND_PREFIX.fullmatch(text, start, noun.start()):
            continue
        bracket = _KIND_BRACKET.match(text, noun.end()) if noun.group() in _BRACKET_KINDS and "(" in text else None
        if bracket:
            cues.append((bracket, _BRACKET_STOP))
        such_as = _KIND_SUCH_AS.match(text, noun.end())
        if such_as:
            cues.append((such_as, _ENUM_STOP))
    return cues


_BRACKET_STOP = re.compile(r"[()\n]|[.!?]\s")
_ENUM_ITEM_SPLIT = re.compile(r"\s*,\s*|\s+en\s+(?=(?:de\s+|het\s+)?[A-ZÀ-Ý])|\s*;\s*")


def _enumeration_items(tail: str) -> list[str]:
    """The items of an enumeration; an "en" after a "voor"/"van" joins the last word of one name ("Ministerie van
    Justitie en Veiligheid", "Bureau voor Democratische Instellingen en Mensenrechten van de OVSE") unless what
    follows opens a name of its own (a head noun, an acronym)."""
    parts = re.split(rf"({_ENUM_ITEM_SPLIT.pattern})", tail)
    items = [parts[0]]
    for sep, piece in zip(parts[1::2], parts[2::2], strict=True):
        first = piece.split(" ", 1)[0].strip(".,;")
        inner = (
            sep.strip() == "en"
            and re.search(r"\s(?:voor|van)\s", items[-1])
            and not _is_head_word(first)
            and not _acronym_like_word(first)
        )
        if inner:
            items[-1] += sep + piece
        else:
            items.append(piece)
    return items


def _enumeration_hits(text: str) -> list[OrganisationMention]:
    """Each capitalised name in an enumeration after a partner cue, up to the end of the sentence."""
    from pipeline.extract.municipalities import municipality

    hits = []
    cues = [(c, _ENUM_STOP) for c in _ENUM_CUE.finditer(text)]
    if any(noun in text for noun in _KIND_NOUNS):  # (most texts name no plural kind: the scans are skipped)
        cues += _kind_cues(text)
    for cue, stop_regex in cues:
        stop = stop_regex.search(text[cue.end() :])
        tail_end = cue.end() + (stop.start() if stop else len(text) - cue.end())
        pos = cue.end()
        found = []
        for piece in _enumeration_items(text[pos:tail_end]):
            offset = text.find(piece, pos)
            pos = offset + len(piece)
            item = re.sub(r"^(?:de|het)\s+", "", piece)
            offset += len(piece) - len(item)
            # "samen met het Nederlandse Ministerie van ...": an adjective of another country describes the name
            first = item.split(" ", 1)
            if len(first) == 2 and (first[0] in _FOREIGN_ADJECTIVES or _descriptive_adjective(text, offset)):
                item, offset = first[1], offset + len(first[0]) + 1
            m = re.match(rf"{_NAME_WORD}(?:(?:\s+|\s+(?:van|voor|de|der|het)(?:\s+(?:de|het))?\s+){_NAME_WORD})*", item)
            if not m:
                break  # a lower-case item ends the list of names
            name = m.group(0)
            # "CAW’s", "Huizen van het Kind": a plural kind; "het Platform" alone: a back-reference to a body named
            # before
            kind = re.search(r"['’]s$", name) or name.lower() in _ORG_HEADS or _plural_head(name.split()[0])
            if (
                not kind
                and len(name.split()) <= 8
                and not all(w in _NOT_ORG_WORDS or w in _LINK_WORDS for w in name.split())
            ):
                # a municipality among the partners is the authority ("in samenwerking met het CAW X en Lokeren")
                town = municipality(name)
                canonical = town.canonical if town else normalise(name)
                found.append(OrganisationMention(name, canonical, "pattern", offset, offset + len(name)))
            if re.sub(r"(?i)\s+(?:vzw|asbl)$", "", item.rstrip(" .;")) != name:
                break  # the sentence goes on after this name: the list has ended
        # "in samenwerking met X" names one partner, which the other rules judge; a list is the evidence here.
        if len(found) >= 2 or (found and not re.search(r"(?i)samenwerking|i\.s\.m|samen", cue.group(0))):
            hits += found
    return hits


def _acronym_closes_headed_name(longer: OrganisationMention, acronym: OrganisationMention) -> bool:
    """ "de Pedagogische Begeleidingsdienst GO!": a known acronym closing a name of two or more capitalised words
    on a head noun names the parent of that body, printed as part of its name (a known acronym opening a longer
    name is that organisation: "VVSG-werkgroep", "RAN Centre of Excellence")."""
    words = longer.mention.split()
    return (
        acronym.char_end == longer.char_end
        and len(words) >= 3
        and all(w[:1].isupper() for w in words)
        and _is_head_word(words[-2])
    )


def _drop_gazetteer_inside_longer_names(
    hits: list[tuple[str, OrganisationMention]], headed: list[OrganisationMention], text: str, opts: Options
) -> list[tuple[str, OrganisationMention]]:
    """A known name cut out of a longer printed name ("Vlaams Instituut voor Sportbeheer" inside "... en
    Recreatiebeleid") gives way to the full name when the extra words are capitalised words or an
    "en"-joined last word, not a link word ("Studiedag voor het Vlaams Platform ...")."""
    known = {e.canonical for e in opts.gazetteer if e.canonical not in opts.hidden}
    out = []
    for source, hit in hits:
        longer = any(
            h.canonical not in known
            and h.char_start <= hit.char_start
            and hit.char_end <= h.char_end
            and (h.char_end - h.char_start) > (hit.char_end - hit.char_start)
            and (not hit.mention.isupper() or _acronym_closes_headed_name(h, hit))
            and re.fullmatch(rf"(?:{_NAME_WORD}\s+)*", text[h.char_start : hit.char_start])
            and re.fullmatch(rf"(?:\s+{_NAME_WORD})*(?:\s+en\s+{_NAME_WORD})?", text[hit.char_end : h.char_end])
            for h in headed
        )
        if source != "gazetteer" or not longer:
            out.append((source, hit))
    return out


# --- names the action itself lists in "Andere betrokkenen" ----------------------------------------------------
# A party printed in the action's own "Andere betrokkenen" is an organisation by the report's own word, so its
# later uses in the action's texts are mentions even when no head noun or legal form marks them ("Bureau
# Samenlevingsopbouw Oost-Vlaanderen stelde ...", "Het CDS leverde ..."). Municipalities are left to the
# sentence (role or place), and generic collective parties ("onderwijskoepels") are no names.


_PLACE_AFTER_DASH = re.compile(rf"(?P<short>[^()–—]+?)(?:\s+{_LEGAL_FORM})?\s+[–—-]\s+(?P<place>[A-ZÀ-Ý][\w'’-]+)")


def listed_names(parties: list[str], options: Options | None = None, printed: str = "") -> dict[str, str]:
    """Printed forms of an action's parties → canonical: the party, without legal form, and for
    "Name (ACR)" / "ACR (Name)" both halves."""
    from pipeline.extract.municipalities import authority_with_head, municipality

    opts = options or Options()
    out: dict[str, str] = {}
    for party in parties:
        name = " ".join(party.split()).strip(" .,;:")
        canonical = party_canonical(name, opts)
        head, _, rest = name.partition(" ")
        headed = head.lower() in ("stad", "gemeente", "provincie") and authority_with_head(head, rest)
        if municipality(name) or headed:
            continue
        forms = [name, normalise(name)]
        # "Schakelzone vzw – Antwerpen": the place after the dash says where; the texts name it "Schakelzone" (a name
        # the gazetteer knows, "De Cocon – Vilvoorde", is found as it is)
        placed = _PLACE_AFTER_DASH.fullmatch(name)
        unknown = canonical not in opts.gazetteer.canonicals
        if placed and unknown and municipality(placed["place"]) and normalise(placed["short"]) == canonical:
            forms.append(placed["short"])
        run_by = _RUN_BY.fullmatch(name)
        if run_by:  # "Opvoedingslijn van vzw De Keerkring": the texts name the service ("de Opvoedingslijn")
            forms.append(run_by.group("main"))
        bracketed = re.fullmatch(r"(?P<main>[^()]+?)\s*\((?P<inner>[^()]+)\)", name)
        if bracketed:
            forms = [bracketed.group("main"), normalise(bracketed.group("main"))]
            # the acronym of "Name (ACR)" / "ACR (Name)": defined by the list itself; not where the party is an
            # organisation and its unit ("UGent – onderzoeksgroep X (CIS)"): the acronym is the unit's
            unit = re.fullmatch(r"(?P<main>.+?)\s+[–-]\s+(?P<unit>[^–-].*)", bracketed.group("main"))
            # ("Centra voor Algemeen Welzijnswerk (CAW)": the acronym of a generic collective party names the kind
            # too, each of many bodies: "twee CAW's" in the texts is no mention of the party)
            collective = _plural_head(bracketed.group("main").split()[0])
            if not (unit and _unit_after_dash(unit.group("main"), unit.group("unit"), opts)) and not collective:
                forms += [f for f in (bracketed.group("inner"), bracketed.group("main")) if _looks_like_acronym(f)]
        for form in forms:
            form = form.strip()
            words = form.split()
            # A proper name: capitalised first and last word ("Kind en Gezin", not "Brusselse politiezones");
            # a bare acronym only where the list defines it ("LBV" of "Inspectie LBV" names no organisation).
            compound = re.fullmatch(rf"[A-Z][A-Z0-9]+-{_BODY_NOUNS}\w*", form)
            # ("ET2020-werkgroep": a listed body named by a compound counts; so does a one-word party of a list
            # printed with separators)
            single = bracketed and _looks_like_acronym(form) or compound or _listed_single_name(form, printed)
            if len(words) < 2 and not single:
                continue
            if not (form[:1].isupper() and _proper_word(words[-1])) or _plural_head(words[0]):
                continue  # ("Huizen van het Kind": a generic collective party, not a name its texts use)
            out.setdefault(form, canonical)
    return _with_dash_short_forms(out)


# gold6 D4: "Moderator – Forum voor Herstelrecht en Bemiddeling ... organiseerde Moderator": a name printed as its
# own short name, a dash and a description is used by that short name too (a place after the dash says where:
# "De Cocon – Vilvoorde").
_DASHED_NAME = re.compile(r"(?P<short>[A-ZÀ-Ý][\w'’!&-]+(?:\s+[A-ZÀ-Ý][\w'’!&-]+)?)\s+[–—-]\s+[A-ZÀ-Ý]\S*\s+\S+.*")


# "Tracé Brussel" ... "de jongerencoaches van Tracé", "Jobkracht Limburg vzw" ... "De VDAB en Jobkracht overlegden":
# a name closed by the place it works in is used by its own words before the place too (gold6 D4). Not an acronym
# or a head noun before the place: "CAW Brussel", "LOP Gent", "Huis van het Kind Lier" name one of many bodies of a
# kind, and the kind alone names none of them.
_PLACED_NAME = re.compile(r"(?P<short>[A-ZÀ-Ý][a-zà-ý][\w'’!&-]*(?:\s+[A-ZÀ-Ý][a-zà-ý][\w'’!&-]*)?)\s+(?P<place>\S+)")


def _placed_short_form(form: str) -> str | None:
    """The words before the closing place of a name ``_PLACED_NAME`` matches, where they can stand for it."""
    from pipeline.extract.municipalities import municipality, province

    m = _PLACED_NAME.fullmatch(form)
    # (a region closing a name names the government level, part of an agency's name: "Sport Vlaanderen")
    if not m or m["place"] in _HOME_REGIONS or not (municipality(m["place"]) or province(m["place"])):
        return None
    words = m["short"].split()
    if any(_is_head_word(w.lower()) or w in _NOT_ORG_WORDS or municipality(w) for w in words):
        return None
    return m["short"] if len(m["short"]) >= 4 else None


def _with_dash_short_forms(names: dict[str, str]) -> dict[str, str]:
    """``names`` plus the short name of each "Short – Description" among them, with that name's canonical, and of
    each name closed by its place (``_placed_short_form``)."""
    from pipeline.extract.municipalities import municipality

    out = dict(names)
    for form, canonical in names.items():
        placed = _placed_short_form(form)
        if placed:
            out.setdefault(placed, canonical)
        m = _DASHED_NAME.fullmatch(form)
        if not m or municipality(form[m.end("short") :].strip(" –—-").split()[0]):
            continue
        short = m.group("short")
        if short not in _NOT_ORG_WORDS and short.lower() not in _ORG_HEADS and not _plural_head(short.split()[0]):
            out.setdefault(short, canonical)
    return out


def _plural_head(word: str) -> bool:
    """ "Huizen", "Diensten", "Centra": the plural of an organisation head noun (a kind of body, many of them)."""
    w = word.lower()
    if w.endswith("centra"):
        return True
    stem = w[:-2] if w.endswith("en") else ""
    return bool(stem) and any(_is_head_word(s) for s in (stem, re.sub(r"z$", "s", stem), re.sub(r"v$", "f", stem)))


def defined_acronyms(texts: list[str], options: Options | None = None) -> dict[str, str]:
    """Acronyms an action defines beside their expansion in any of its texts ("Centrum voor Jonge Kunst (CJK)",
    "CJK (Centrum voor Jonge Kunst)") → the canonical of that definition: the action's later bare uses in other
    texts (another entry, the budget cell, "Andere betrokkenen") name the same organisation."""
    opts = options or Options()
    out: dict[str, str] = {}
    for text in texts:
        for acronym, canonical in _defined_in_text(text, opts):
            out.setdefault(acronym, canonical)
    return out


@lru_cache(maxsize=4096)
def _defined_in_text(text: str, opts: Options) -> tuple[tuple[str, str], ...]:
    """(acronym, canonical) of the definitions in one text, in order (cached: the action's names, its party
    canonicals and the report-wide definitions all read them)."""
    hits, _ = _definition_hits(text, opts)
    by_start = {h.char_start: h.canonical for h in hits}
    out = []
    for d in acronym_definitions(text):  # "Name (ACR)": the hit is the name
        if d.name_start in by_start:
            out.append((d.acronym, by_start[d.name_start]))
    for d in expansion_definitions(text):  # "ACR (Name)": the hit is the acronym
        if d.name_start in by_start:
            out.append((text[d.name_start : d.name_end], by_start[d.name_start]))
    return tuple(out)


def action_names(
    parties: list[str],
    texts: list[str],
    printed: str = "",
    options: Options | None = None,
    report_defined: dict[str, str] | None = None,
) -> dict[str, str]:
    """The names one action establishes for all its texts: its listed parties (``listed_names``; ``printed`` is
    the field as printed), the acronyms it defines (``defined_acronyms``), and then the acronyms the rest of the
    report defines (``report_defined``: "VOJP" expanded in one action names the same organisation in another)."""
    names = listed_names(parties, options, printed)
    for acronym, canonical in (*defined_acronyms(texts, options).items(), *(report_defined or {}).items()):
        if names.get(acronym, acronym) == acronym:  # a bare listed "ISB" is the one its texts define
            names[acronym] = canonical
    return names


def _listed_single_name(word: str, printed: str) -> bool:
    """A one-word party of a list printed with separators ("UNESCO", "Opvoedingslijn"), or the one party of its
    field ("Atlas", "VSK"), is a name its action uses: capitalised, no place, domain, month or kind of body, no
    bare head noun ("Inspectie"), no plural ("CAW's"). A field without separators holding several words was cut
    by guesswork ("Inspectie LBV" → "Inspectie", "LBV")."""
    return (
        bool(re.search(r"[,;\n]|\s/\s|\sen\s", printed) or " ".join(printed.split()).strip(" .,;:") == word)
        and len(word) >= 3
        and word[:1].isupper()
        and word not in _NOT_ORG_WORDS
        and word not in _DOMAINS
        and word.lower() not in _ORG_HEADS
        and not re.search(r"['’]s$", word)
    )


def established_names(
    hits: list[OrganisationMention], options: Options | None = None, text: str = ""
) -> dict[str, str]:
    """Names a text establishes by structural evidence (a legal form, a head noun, an enumeration after a partner
    cue: the pattern hits) → their canonical, for the bare uses elsewhere in the same action ("Buurtwerk
    Kanaalzone vzw ... € 98.750 (Buurtwerk Kanaalzone) ... Buurtwerk Kanaalzone ontwikkelde"). Only names of two
    or more words opening on a capital and ending on a proper word, which no sentence builds by chance; the
    gazetteer's names are found anyway. A one-word name ``text`` (the hits' text) describes by an apposition
    ("Lantaarnwerk, een Mechelse vzw die ...": ``_APPOSITION``) is one too: "Met Lantaarnwerk was er overleg"."""
    opts = options or Options()
    known = opts.gazetteer.canonicals
    out: dict[str, str] = {}
    for h in hits:
        form = normalise(h.mention)
        words = form.split()
        if text and h.source == "pattern" and h.canonical not in known and _described_by_apposition(text, h):
            out.setdefault(form, h.canonical)
            continue
        # one word only where it reads as a name of its own: an acronym or a compound on a head noun ("VOKA",
        # "Minderhedenforum" of "Werkgeversorganisaties (VOKA en UNIZO)"), no kind of body ("CLB", "LIVC")
        single = len(words) == 1 and (_looks_like_acronym(form) or _is_head_word(form)) and form not in _NOT_ORG_WORDS
        # "het expertisecentrum Kompasnaald ... Kompasnaald organiseerde": the name after a lower-case descriptor
        # noun is the organisation's own name; its bare uses are mentions, as printed
        described = re.fullmatch(rf"(?P<head>{_LOWER_INSTITUTION})\s+(?P<name>[A-ZÀ-Ý].*)", form)
        if h.source == "pattern" and described and _proper_word(words[-1]) and h.canonical not in known:
            name = described.group("name")
            if name not in _NOT_ORG_WORDS and (len(name.split()) > 1 or len(name) >= 4):
                out.setdefault(name, name)
            continue
        if h.source != "pattern" or h.canonical in known or (len(words) < 2 and not single) or h.canonical != form:
            continue
        # ("de Huizen van het Kind": a generic collective, many bodies, is no name its other uses share)
        if form[:1].isupper() and _proper_word(words[-1]) and not _NON_ORG.search(form) and not _plural_head(words[0]):
            out.setdefault(form, h.canonical)
    return _with_dash_short_forms(out)


@lru_cache(maxsize=256)
def _longest_first(forms: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(form, its last word), longest form first: the order in which listed names are looked for."""
    return tuple((f, f.rsplit(None, 1)[-1]) for f in sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=4096)
def _form_regex(form: str) -> re.Pattern[str]:
    """A name as a whole phrase, any white space between its words."""
    pattern = r"\s+".join(re.escape(w) for w in form.split())
    return re.compile(rf"(?<![\w-]){pattern}(?![\w]|-\w)")


# "expertisecentrum Buurtsport" (gold6 D1: the field of the centre): a one-word form right after a lower-case head
# noun says what the body works on; whether the body is a listed organisation is for the rules that read the head.
_FIELD_AFTER_HEAD = re.compile(rf"(?<![\w-]){_LOWER_INSTITUTION}\s+$")


def with_listed_names(text: str, hits: list[OrganisationMention], names: dict[str, str]) -> list[OrganisationMention]:
    """``hits`` plus the uses of ``names`` (from ``listed_names``) in ``text``; a listed name replaces the
    shorter hits inside it, and gives way to a hit it only overlaps. Quoted uses are titles, not mentions."""
    out = list(hits)
    for form, last in _longest_first(tuple(names)):
        # an action carries the round's names too (hundreds): a cheap look for the form's last word first
        if last not in text:
            continue
        for m in _form_regex(form).finditer(text):
            start, end = m.span()
            # quoted: a title; "een Huis van het Kind in elke gemeente": a kind of body, not this one; "het Mediawijs
            # Congres": the name opens an event's title (gold6 D5), as it does for the other sources
            if (
                _inside_quotes(text, start)
                or _in_address(text, start, end)
                or _indefinite_before(text, start)
                or (" " not in form and bool(_FIELD_AFTER_HEAD.search(text, max(0, start - 40), start)))
                or _modifier_use(text, OrganisationMention(m.group(0), names[form], "pattern", start, end))
            ):
                continue
            inside = [h for h in out if start <= h.char_start and h.char_end <= end]
            # (the hits do not overlap one another, so "inside" is decided by position, not by comparing records)
            if any(
                h.char_start < end and h.char_end > start and not start <= h.char_start <= h.char_end <= end
                for h in out
            ):
                continue
            same = [h for h in inside if h.char_start == start and h.char_end == end]
            # A hit on exactly this form keeps its canonical, unless it is only the form as printed (a model or
            # pattern span "VIRA" the action defines elsewhere as "Vlaams Interuniversitair ...").
            if any(h.source == "gazetteer" or h.canonical != normalise(h.mention) for h in same):
                continue
            out = [h for h in out if not start <= h.char_start <= h.char_end <= end]
            out.append(OrganisationMention(m.group(0), names[form], "pattern", start, end))
    # "Zonder handen vzw" in the text, "Zonder Handen vzw" in the action's list: a name the rules found that differs
    # from one the action establishes only in case is that organisation, under the one canonical
    by_case = _names_by_case(tuple(names.items()))
    out = [
        OrganisationMention(h.mention, by_case[h.canonical.lower()], h.source, h.char_start, h.char_end)
        if _case_variant(h, by_case)
        else h
        for h in out
    ]
    # "Agentschap Opgroeien" in the action's list, "bij Opgroeien" in its text: another printed form of the one
    # organisation the register knows by both takes the canonical the action establishes (gold6 D4)
    by_entry = _names_by_register_entry(tuple(names.items()))
    out = [_as_established(h, by_entry) for h in out] if by_entry else out
    # "PZ Brussel-West" in the action's list, "politiezone Brussel-West" in its text: the kind's abbreviation and
    # its word name one zone, under the canonical the action establishes
    by_kind = _names_by_kind_word(tuple(names.items()))
    out = [_with_kind_word(h, by_kind) for h in out] if by_kind else out
    return _drop_parenthesised_repeats(sorted(out, key=lambda h: h.char_start), text)


# A kind of body's abbreviation before a name, and its word ("PZ X" = "politiezone X").
_KIND_ABBREVIATIONS = {"PZ": "politiezone"}
_ABBREVIATED_KIND = re.compile(rf"(?P<kind>{'|'.join(_KIND_ABBREVIATIONS)})\s+(?P<name>\S.*)")


def _kind_word_form(canonical: str) -> str:
    """ "PZ Brussel-West" → "politiezone Brussel-West"; any other name as it is."""
    m = _ABBREVIATED_KIND.fullmatch(canonical)
    return f"{_KIND_ABBREVIATIONS[m['kind']]} {m['name']}" if m else canonical


@lru_cache(maxsize=256)
def _names_by_kind_word(names: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """The word form of each abbreviated canonical of ``names`` → that canonical."""
    return {_kind_word_form(c): c for _, c in names if _ABBREVIATED_KIND.fullmatch(c)}


def _with_kind_word(hit: OrganisationMention, by_kind: dict[str, str]) -> OrganisationMention:
    canonical = by_kind.get(_kind_word_form(hit.canonical))
    if not canonical or canonical == hit.canonical:
        return hit
    return OrganisationMention(hit.mention, canonical, hit.source, hit.char_start, hit.char_end)


@lru_cache(maxsize=256)
def _names_by_register_entry(names: tuple[tuple[str, str], ...]) -> dict[int, str]:
    """Register organisation → the canonical of the first of ``names`` (form, canonical) that is one of its forms;
    the gazetteer's names keep their own canonical and are left out."""
    register, known = load_register(), load_gazetteer().canonicals
    out: dict[int, str] = {}
    for form, canonical in names:
        entry = register.entry_of.get(form)
        if entry is not None and canonical not in known:
            out.setdefault(entry, canonical)
    return out


def _as_established(hit: OrganisationMention, by_entry: dict[int, str]) -> OrganisationMention:
    if hit.source == "gazetteer" or hit.canonical in load_gazetteer().canonicals:
        return hit
    entry_of = load_register().entry_of
    entry = entry_of.get(hit.mention, entry_of.get(hit.canonical))
    canonical = by_entry.get(entry) if entry is not None else None
    if not canonical or canonical == hit.canonical:
        return hit
    return OrganisationMention(hit.mention, canonical, hit.source, hit.char_start, hit.char_end)


def _case_variant(hit: OrganisationMention, by_case: dict[str, str]) -> bool:
    """A name of two or more words found by a rule whose canonical differs from an established one only in case."""
    return (
        hit.source != "gazetteer"
        and " " in hit.canonical
        and by_case.get(hit.canonical.lower(), hit.canonical) != hit.canonical
    )


@lru_cache(maxsize=256)
def _names_by_case(names: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Lower-cased canonical → canonical of an action's names (the first one wins)."""
    out: dict[str, str] = {}
    for _, canonical in names:
        out.setdefault(canonical.lower(), canonical)
    return out


# --- peers coordinated with an organisation ("het OCAD, de FOD Justitie en het JAC") -------------------------
# An enumeration that holds a recognised organisation enumerates organisations: its other items that are
# acronyms or capitalised multi-word names are mentions too (as printed). Plurals ("CAW's"), generic kinds
# ("LIVC"), domain codes, places and municipalities (judged by their role) stay out.
# ("het BCH i.s.m. VVI": the partner of a known organisation is one too)
_ENUM_SEPARATOR = r"(?:\s*,\s*|\s*;\s*|\s+en\s+|\s+of\s+|\s*/\s*|\s+i\.s\.m\.(?:\s+met)?\s+)"
_PEER = rf"(?:{_NAME_WORD}(?:\s+(?:van|voor|de|der|het)?\s*{_NAME_WORD})*)"


def _acronym_like(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*!?|[A-Z]{2,}!?", word))


def _with_coordinated_peers(text: str, hits: list[OrganisationMention]) -> list[OrganisationMention]:
    from pipeline.extract.municipalities import municipality

    out = list(hits)
    for hit in hits:
        # walk the enumeration to the right and to the left of a recognised organisation
        for direction in (1, -1):
            pos = hit.char_end if direction == 1 else hit.char_start
            while True:
                if direction == 1:
                    m = re.match(rf"{_ENUM_SEPARATOR}(?:(?:de|het)\s+)?(?P<peer>{_PEER})", text[pos:])
                    if not m:
                        break
                    start, end = pos + m.start("peer"), pos + m.end("peer")
                else:
                    left = rf"(?<![\w'’-])(?P<peer>{_PEER}){_ENUM_SEPARATOR}(?:(?:de|het)\s+)?$"
                    m = re.search(left, text[max(0, pos - 120) : pos])
                    if not m:
                        break
                    start, end = max(0, pos - 120) + m.start("peer"), max(0, pos - 120) + m.end("peer")
                peer = text[start:end]
                known = next((h for h in out if h.char_start < end and h.char_end > start), None)
                if known is not None:  # already a mention: the enumeration goes on past it
                    pos = known.char_end if direction == 1 else known.char_start
                    continue
                words = peer.split()
                ok = (
                    (len(words) >= 2 or _acronym_like(peer))
                    and not municipality(peer)
                    and not _inside_quotes(text, start)
                    and not any(w in _NOT_ORG_WORDS or w in _DOMAINS for w in words if w[0].isupper())
                )
                if not ok or text[end : end + 2] in ("'s", "’s") or text[end : end + 1] == "-":
                    break
                out.append(OrganisationMention(peer, normalise(peer), "pattern", start, end))
                pos = end if direction == 1 else start
    return sorted(out, key=lambda h: h.char_start)
