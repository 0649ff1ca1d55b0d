"""Structure stage: an ordered block stream → Report → policy lines → measures → actions → entries.

Knows the report's vocabulary and order (Actie, Status actie, Verantwoordelijke
ministers, Beleidsdomeinen, Andere betrokkenen, Rapportage, Bevoegdheden/
Beschrijving/Budget), never a file format or the geometry of one rendition.
Anything it cannot place becomes a ParseWarning, so nothing is dropped silently.

Owns: the report's reading order and its parsing rules. Its words come from ``pipeline.vocabulary``;
the gazetteer's party names are handed to it (``build_report(..., gazetteer=...)``): it opens no file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from pipeline.gazetteer import Gazetteer
from pipeline.model import Action, Block, Entry, Measure, ParseWarning, PolicyLine, Report
from pipeline.vocabulary import (
    COMPETENCES,
    DOMAIN_TYPOS,
    FIELD_LABELS,
    MONTH_NAMES,
    POLICY_DOMAINS,
    TABLE_HEADER,
    TABLE_TITLE,
)
from pipeline.vocabulary import READING_VOCABULARY as READING_VOCABULARY  # re-exported: readers take it from here

DOMAIN_CODES = frozenset(POLICY_DOMAINS)
# The field a label opens, by the label in lower case (labels are matched in any case at a line start).
_FIELD_OF = {label.lower(): name for label, name in FIELD_LABELS.items()}
# The label a field is named by in warnings: its first (plural) form.
_LABEL_OF = {name: label for label, name in reversed(FIELD_LABELS.items())}
_LABELS_LONGEST_FIRST = sorted(_FIELD_OF, key=len, reverse=True)
_LABEL_RE = re.compile(
    r"^(" + "|".join(map(re.escape, _LABELS_LONGEST_FIRST)) + r")(?:\s*:\s*|\s+|$)(.*)$",
    re.I | re.S,
)
_ACTION_RE = re.compile(r"^Actie\s+(\d{1,2})\.(\d{1,2})(?![\d.]\d)\s*[:.\-–]?\s*(.*)$", re.S)
_MEASURE_RE = re.compile(r"^(?:Maatregel\s+)?(\d{1,2})\s*[.):]?\s*[–\-:]?\s+(\S.*?)\s*\.?$")
_ROUND_RE = re.compile(r"\b(" + "|".join(MONTH_NAMES) + r")\s+(\d{4})\b", re.I)
_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)+\.?\s+")
_SECTION_TITLES = {"situering", "rapportage acties en maatregelen", "inleiding"}
_EURO = re.compile(r"(€|\beuro\b|\bEUR\b)", re.I)
_TRAILING_AMOUNT = re.compile(r"[.!?]\s+((?:€\s?\d[\d.]*(?:,\d+)?|\d[\d.]*(?:,\d+)?\s?(?:euro|€)))$")
_SENTENCE_END = re.compile(r"[.:;!?)\]”\"']$")
# A field label anywhere in a text, as the report prints it (capitalised; its words may wrap onto a
# new line), so that fields run together in one paragraph or line ("Lopende Verantwoordelijke
# ministers …") are split. Built from FIELD_LABELS, longest first ("ministers" before "minister").
_LABEL_ANYWHERE = re.compile(
    r"(?:(?:^|(?<=\n))[ \t]*(?i:("
    + "|".join(r"\s+".join(map(re.escape, label.split())) for label in _LABELS_LONGEST_FIRST)
    + r"))|(?<=\s)("
    + "|".join(r"\s+".join(map(re.escape, (label[0].upper() + label[1:]).split())) for label in _LABELS_LONGEST_FIRST)
    + r"))(?:\s*:\s*|\s+|$)"
)


def round_from_text(text: str) -> tuple[str, date] | None:
    """ "December 2017" → ("2017-12", date(2017, 12, 1))."""
    m = _ROUND_RE.search(text)
    if not m:
        return None
    month, year = MONTH_NAMES[m.group(1).lower()], int(m.group(2))
    return f"{year:04d}-{month:02d}", date(year, month, 1)


# Where a minister's title begins: one minister per "Minister van" (line breaks inside a title are wrapping).
_MINISTER_TITLE = re.compile(r"\s+(?=Minister(?:-president)?\s+van\b)")


def split_ministers(text: str) -> list[str]:
    parts = _MINISTER_TITLE.split(" ".join(text.split()))
    return [p.strip(" ;,") for p in parts if p.strip(" ;,")]


def _status_run_on(status: str) -> tuple[str, str]:
    """A status, and a minister's title that runs on in it ("Lopende Minister van Werk"): no status holds one."""
    parts = _MINISTER_TITLE.split(status, maxsplit=1)
    return (parts[0].strip(), parts[1].strip()) if len(parts) == 2 and parts[0].strip() else (status, "")


def split_domains(text: str) -> tuple[list[str], str | None, list[str]]:
    """Codes in order, the coordinating one, and warnings for normalised typos."""
    codes: list[str] = []
    coordinating: str | None = None
    warnings: list[str] = []
    for token in re.findall(r"\(coördinatie\)|\(coordinatie\)|[^\s,;()]+", text):
        if token.startswith("("):
            if codes:
                coordinating = codes[-1]
            continue
        code = token.upper()
        if code in DOMAIN_TYPOS:
            warnings.append(f"policy domain code {token!r} read as {DOMAIN_TYPOS[code]!r}")
            code = DOMAIN_TYPOS[code]
        elif code not in DOMAIN_CODES:
            warnings.append(f"unknown policy domain code {token!r} kept as printed")
        codes.append(code)
    return codes, coordinating, warnings


def _is_acronym(token: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", token)
    return len(letters) >= 2 and letters.isupper()


def split_parties(text: str, known: Sequence[str]) -> list[str]:
    """Other parties: commas or lines when printed; else ``known`` names (longest first: the gazetteer's
    ``party_names``), then acronyms.

    "OCAD FOD Justitie VVSG" → OCAD | FOD Justitie | VVSG: an acronym opens a new
    party, and a capitalised word after it (Justitie, Leuven) belongs to it.
    """
    text = text.strip()
    if not text:
        return []
    if "," in text or "\n" in text or ";" in text or re.search(r"\s/\s", text):
        # Not inside parentheses: "Centrum X (Gent, Brussel)" is one party. A spaced slash separates parties
        # ("Scholengroep X / GO! atheneum Y"); an unspaced one is part of a name ("OVSE/ODIHR").
        parts = [p.strip() for p in re.split(r"(?:[,;\n]|\s/\s)(?![^()]*\))", text) if p.strip()]
        parts = _rejoin_enumerated_names(parts, text)
        return [q for p in parts for r in _split_partner_bracket(p) for q in _split_en(r, known, listed=True)]
    joined = _split_en(text, known)
    if len(joined) > 1:
        return [part for side in joined for part in split_parties(side, known)]
    return [part for piece in _split_known(text, known) for part in _split_acronyms(piece)]


_ACRONYM_AT_END = re.compile(r"\((?P<acr>[A-Z][A-Za-z&]{1,9})\)$")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper()).lower()


def _rejoin_enumerated_names(parts: list[str], text: str) -> list[str]:
    """ "UGent – onderzoeksgroep Conflict, Identiteit en Samenleving (CIS), Statistiek Vlaanderen": a name that
    enumerates its fields with commas is one party where the acronym after it needs the words before the comma
    (its letters are exactly the initials of the name's last capitalised words, across the comma)."""
    printed = " ".join(text.split())
    out: list[str] = []
    for part in parts:
        m = _ACRONYM_AT_END.search(part)
        letters = m.group("acr").lower() if m else ""
        own = _initials(part[: m.start()].split()) if m else ""
        joined = None
        if own and len(own) < len(letters) and letters.endswith(own):
            for back in range(1, min(3, len(out)) + 1):
                candidate = ", ".join([*out[-back:], part])
                if candidate not in printed:  # (only pieces the text printed with a comma between them)
                    break
                words = candidate[: candidate.rindex("(")].split()
                if any(_initials(words[k:]) == letters for k in range(len(words)) if words[k][:1].isupper()):
                    joined = candidate
                    del out[-back:]
                    break
        out.append(joined or part)
    return out


_STANDALONE = re.compile(
    r"^(?:[A-Z][A-Za-z&!]*[A-Z][A-Za-z&!]*|(?:de |het )?(?:[Ss]tad|[Gg]emeente|[Pp]rovincie|[Uu]niversiteit"
    r"|[Hh]ogeschool|[Aa]gentschap|[Dd]epartement|[Aa]fdeling|[Cc]entrum|[Vv]ereniging|[Ff]ederatie|[Ss]tichting|[Pp]latform"
    r"|[Nn]etwerk|[Dd]ienst|[Hh]uis|[Ii]nstituut|[Rr]aad|[Cc]ommissie)\b.*|.*\b(?:vzw|asbl|nv|cv))$"
)


def _split_en(part: str, names: Sequence[str], listed: bool = False) -> list[str]:
    """The last item of a comma list may be joined by "en": "OCAD, VVSG en de VGC". Split only where both sides
    stand alone as names (a known name, an acronym, a head noun, a legal form) or both are lower-case generic
    parties, and the whole is no known name ("Kind en Gezin", "Partage en Couleurs" stay whole)."""
    m = re.fullmatch(r"(?P<left>.+?)\s+en\s+(?P<right>(?:de\s+|het\s+)?[A-ZÀ-Ýa-z].+)", part)
    if not m or part in names:
        return [part]
    left, right = m.group("left"), re.sub(r"^(?:de|het)\s+(?=[A-ZÀ-Ý])", "", m.group("right"))
    known = set(names)
    if listed and _acronym_names_whole(left, right):
        return [part]
    if all(side in known or _STANDALONE.match(side) for side in (left, right)) or (left + right).islower():
        return [left, right]  # two names, or two generic parties ("lokale besturen en scholen")
    if listed and all(_STANDALONE.match(re.sub(r"\s*\([^()]*\)$", "", side)) for side in (left, right)):
        return [left, right]  # "Raad van X en Moskee Y vzw (Genk)": the seat in brackets follows the legal form
    if listed and _two_names(left, right):
        return [left, right]
    return [part]


def _acronym_names_whole(left: str, right: str) -> bool:
    """ "Vlaams Overleg Preventie en Lokale Veiligheid (VEPOL)": the acronym in brackets after the right side
    opens on the left side's initial, not the right side's: it abbreviates the whole, which is one name."""
    m = _ACRONYM_AT_END.search(right)
    if not m or not left[:1].isupper() or not right[:1].isupper():
        return False
    first = m.group("acr")[0]
    return first == left[0] and first != right[0]


_LEGAL_TAIL = re.compile(r"\s+(?:vzw|asbl|ivzw|nv|cv|cvba|bv|e\.V\.)(?:\s*\([^()]*\))?$|\s*\([^()]*\)$")
_LEADING_LOWER = re.compile(r"^(?:vzw|asbl|de|het|[a-zà-ý]+)\s+(?=[A-ZÀ-Ý])")


def _name_side(side: str) -> list[str]:
    """The words of one side of "X en Y" that must all be capitalised for it to read as a name of its own:
    without a legal form or bracket at the end and a lower-case descriptor or legal form at the start
    ("jongerenmagazine Straatpraat", "vzw Buurtwerk Ter Heide")."""
    return _LEADING_LOWER.sub("", _LEGAL_TAIL.sub("", side)).split()


def _single_name(word: str) -> bool:
    """A one-word side that is a name on its own: an acronym ("UNESCO", "OVSE/ODIHR") or a municipality."""
    from pipeline.extract.municipalities import municipality

    return _is_acronym(word.split("/")[0]) or municipality(word) is not None


def _two_names(left: str, right: str) -> bool:
    """ "PZ Maasland en Politiezone Zennevallei", "Hogeschool PXL en Tilburg University", "Vilvoorde en Zele":
    in a list already cut at its commas, an "en" between two capitalised names separates two parties. Not
    inside a name: no link word ("Instituut voor Sportbeheer en Recreatiebeleid"), no single ordinary word on
    either side ("Departement Onderwijs en Vorming", "Partage en Couleurs vzw"), and a two-word right side
    must show it is a name of its own (acronym, head noun, legal form: not "Afdeling Jeugd en Vrije Tijd")."""
    words_left, words_right = _name_side(left), _name_side(right)
    if not words_left or not words_right:
        return False
    described = len(words_left) < len(_LEGAL_TAIL.sub("", left).split())  # "jongerenmagazine Straatpraat"
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words_left + words_right):
        return False
    if (len(words_left) == 1 and not described and not _single_name(words_left[0])) or (
        len(words_right) == 1 and not _single_name(words_right[0])
    ):
        return False
    if len(words_right) >= 2:
        return bool(
            any(_is_acronym(w) for w in words_right)
            or _STANDALONE.match(right)
            or _LEGAL_TAIL.search(right)
            or any(
                re.search(
                    r"(?i)(?:university|universiteit|hogeschool|instituut|centrum|club|zone|vereniging|"
                    r"federatie|stichting|platform|netwerk|raad|dienst|huis|school|college|ministerie)$",
                    w,
                )
                for w in (words_right[0], words_right[-1])
            )
        )
    return True


def _split_partner_bracket(part: str) -> list[str]:
    """ "Maaseik (i.s.m. Dilsen-Stokkem)": a bracket that names a second partner is a party of its own;
    "ouderkoepelverenigingen (VCOV, GO! ouders, KOOGO)": a lower-case collective followed by the names of its
    members in brackets stands for those members, which are the parties."""
    partner = r"\(\s*(?:i\.s\.m\.|in samenwerking met|samen met|en)\s+(?P<other>[^()]+)\)"
    m = re.fullmatch(rf"(?P<main>[^()]+?)\s*{partner}", part)
    if m:
        return [m.group("main"), m.group("other").strip()]
    members = re.fullmatch(r"(?P<kind>[a-zà-ý][\w'’-]*(?:\s+[a-zà-ý][\w'’-]*)*)\s*\((?P<inner>[^()]+)\)", part)
    if members:
        names = [n.strip() for n in re.split(r",|\s+en\s+", members.group("inner")) if n.strip()]
        if len(names) >= 2 and all(n[:1].isupper() for n in names):
            return names
    return [part]


def _split_known(text: str, names: Sequence[str]) -> list[str]:
    """Cuts a comma-less list at the bounds of gazetteer names it contains."""
    for name in names:
        m = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
        if m and m.group(0) != text:
            before, after = text[: m.start()].strip(" –-"), text[m.end() :].strip(" –-")
            left, right = _split_known(before, names), _split_known(after, names)
            name = m.group(0)
            if text[m.end() :].lstrip().startswith("–") and right:
                # "Cocon – Vilvoorde": a place after a dash belongs to the name before it.
                first, *rest = right[0].split(" ", 1)
                name = f"{name} – {first}"
                right = [*([rest[0]] if rest else []), *right[1:]]
            if before and text[: m.start()].rstrip().endswith("–") and left:
                left[-1], name = f"{left[-1]} – {name}", ""
            return [p for p in [*left, name, *right] if p]
    return [text] if text else []


def _split_acronyms(text: str) -> list[str]:
    if not text:
        return []
    parts: list[list[str]] = []
    for token in text.split():
        if _is_acronym(token) or not parts:
            parts.append([token])
        elif _is_acronym(parts[-1][-1]) and len(parts[-1]) == 1 and token[0].isupper():
            parts[-1].append(token)  # "FOD Justitie", "KU Leuven"
        elif _is_acronym(parts[-1][-1]):
            parts.append([token])
        else:
            parts[-1].append(token)
    return [" ".join(p) for p in parts]


def split_competences(text: str) -> tuple[list[str], bool]:
    """Competence names in a cell; the flag says whether every word was recognised."""
    rest = " ".join(text.split())
    found: list[str] = []
    complete = True
    while rest:
        for name in COMPETENCES:
            if rest.lower().startswith(name.lower()) and (len(rest) == len(name) or not rest[len(name)].isalnum()):
                found.append(name)
                rest = rest[len(name) :].strip(" ,/&")
                if rest.lower().startswith("en "):
                    rest = rest[3:]
                break
        else:
            complete = False
            found.append(rest)
            break
    return found, complete


def leading_competences(text: str) -> tuple[list[str], str]:
    """Competence names (as printed, capitalised) opening a line whose columns ran together, and the rest:
    "Onderwijs Sinds 2007 bestaan …" → (["Onderwijs"], "Sinds 2007 bestaan …")."""
    found: list[str] = []
    rest = text
    while True:
        name = next(
            (c for c in COMPETENCES if rest.startswith(c) and (len(rest) == len(c) or rest[len(c)].isspace())), None
        )
        if name is None:
            return found, rest
        found.append(name)
        rest = rest[len(name) :].lstrip()


def is_competence_line(text: str) -> bool:
    if "\n" in text or len(text) > 80:
        return False
    names, complete = split_competences(text)
    return complete and bool(names)


def looks_like_budget(text: str) -> bool:
    """A group of short lines carrying a euro amount: a budget cell cut off by a page break."""
    lines = text.split("\n")
    return bool(_EURO.search(text)) and all(len(line) <= 45 for line in lines)


def _join_continuation(previous: str, addition: str) -> str:
    """Append continuation paragraphs; a paragraph cut mid-sentence is rejoined."""
    if not previous:
        return addition
    if addition and addition[0].islower() and not _SENTENCE_END.search(previous):
        return previous + " " + addition
    return previous + "\n" + addition


@dataclass
class _State:
    report: Report
    party_names: Sequence[str] = ()  # the gazetteer's, longest first
    line: PolicyLine | None = None
    measure: Measure | None = None
    action: Action | None = None
    phase: str = "intro"  # intro, desc, fields, table
    header_repeated: bool = False  # the table header came again (a page break): a cut row may go on
    titled: bool = False  # the action's "Rapportage" title was read: a table row after it is the table's
    resume_at: int = 0  # blocks before this index were read with a heading that spans them
    field_name: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    entry: Entry | None = None
    seen_body: bool = False
    pending_label: str | None = None  # "Verantwoordelijke": a field label wrapped onto the next paragraph

    def warn(self, message: str, page: int | None = None) -> None:
        aid = self.action.action_id if self.action else None
        self.report.warnings.append(ParseWarning("structure", message, aid, page))


def _first_line(block: Block) -> str:
    return (block.text if block.kind != "row" else block.cells[0]).split("\n")[0].strip()


def _action_start(block: Block) -> tuple[str, str] | None:
    if block.kind == "row":
        m = _ACTION_RE.match(block.cells[0].strip())
        if m and not m.group(3):
            rest = "\n".join(c for c in block.cells[1:] if c)
            return f"{int(m.group(1))}.{int(m.group(2))}", rest
        return None
    m = _ACTION_RE.match(block.text.strip())
    if m:
        return f"{int(m.group(1))}.{int(m.group(2))}", m.group(3).strip()
    return None


def _measure_heading(blocks: Sequence[Block], i: int, expected: int) -> tuple[int, str, int] | None:
    """A measure heading is "N. Title" with N the next number, followed by action N.1.

    Returns (N, title, blocks it spans): a long title may wrap onto a second short paragraph."""
    b = blocks[i]
    if not _one_line(b):
        return None
    text = b.text.strip()
    m = _MEASURE_RE.match(text)
    # The next number, or the one after it when a whole measure was lost (its only action damaged).
    if not m or int(m.group(1)) not in (expected, expected + 1):
        return None
    number = int(m.group(1))
    span = 1
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if (
        nxt is not None
        and not _SENTENCE_END.search(text)
        and not _opens_measure(blocks, i + 1, number)
        and _one_line(nxt)
        and len(nxt.text) <= 120
    ):
        text, span = f"{text} {blocks[i + 1].text.strip()}", 2  # "Maatregel 2: … met federale" / "overheidsdiensten"
        m = _MEASURE_RE.match(text)
    if not m or not _opens_measure(blocks, i + span, number):
        return None
    return number, m.group(2).rstrip(".").strip(), span


def _one_line(b: Block) -> bool:
    return b.kind != "row" and "\n" not in b.text and len(b.text) <= 200


def _opens_measure(blocks: Sequence[Block], i: int, number: int) -> bool:
    start = _action_start(blocks[i]) if i < len(blocks) else None
    return bool(start) and start[0].split(".")[0] == str(number)


def _is_line_heading(blocks: Sequence[Block], i: int, expected_measure: int) -> bool:
    b = blocks[i]
    if b.kind == "row" or "\n" in b.text or len(b.text) > 150 or _SENTENCE_END.search(b.text):
        return False
    if re.sub(r"^\d+\.\s*", "", b.text).strip().rstrip(".").lower() in _SECTION_TITLES:
        return False
    if _LABEL_RE.match(b.text.strip()):
        return False  # "Status actie: Lopende" of an action without a table, before the next measure
    return i + 1 < len(blocks) and _measure_heading(blocks, i + 1, expected_measure) is not None


def _title_page(blocks: Sequence[Block], report: Report) -> int:
    """Reads title and round from the first blocks; returns where the body starts."""
    title_parts: list[str] = []
    for i, b in enumerate(blocks[:12]):
        text = b.text if b.kind != "row" else "\n".join(b.cells)
        kept = [line for line in text.split("\n") if "SYNTHETISCH" not in line.upper()]
        if len(kept) < len(text.split("\n")):
            report.synthetic = True  # the label of a test round made by the project
            text = "\n".join(kept)
            if not text.strip():
                continue
        found = round_from_text(text) if not report.report_id else None
        if found and "rapportage" not in text.lower() and title_parts and "rapportage" in title_parts[-1].lower():
            text = title_parts.pop() + " " + text  # "Tussentijdse rapportage" / "December 2017" on two lines
        if found and "rapportage" in text.lower():
            report.report_id, report.report_date = found
            report.round_label = " ".join(text.split())
            report.title = " ".join(" ".join(title_parts).split())
            j = i + 1
            while j < len(blocks) and "SYNTHETISCH" in blocks[j].text.upper():
                report.synthetic = True
                j += 1
            return j
        title_parts.append(text)
    report.warnings.append(ParseWarning("structure", "no title page with a round (e.g. 'December 2017')"))
    report.title = " ".join(" ".join(title_parts[:1]).split())
    return 0


def build_report(
    blocks: Sequence[Block], n_pages: int | None = None, page_texts: Sequence[str] = (), *, gazetteer: Gazetteer
) -> Report:
    """Blocks → report; with ``page_texts`` (the document's plain text per page) also the self-check.
    ``gazetteer`` (``pipeline.gazetteer.load_gazetteer()``) gives the names a party list is split by."""
    report = Report(report_id=None, title="", round_label="", report_date=None, n_pages=n_pages)
    start = _title_page(blocks, report)
    st = _State(report, gazetteer.party_names)
    for i in range(start, len(blocks)):
        _consume(blocks, i, st)
        if st.action is not None:
            report.action_blocks.setdefault(st.action.action_id, []).append(i)
    _finish_action(st)
    if page_texts:
        self_check(report, page_texts)
    return report


# The self-check reads plain text, line by line: a heading or a Status label opens its line.
_SEEN_HEADING = re.compile(r"^[ \t]*Actie[ \t]+(\d{1,2})\.(\d{1,2})(?![\d.]\d)", re.M)
_SEEN_STATUS = re.compile(r"^[ \t]*Status[ \t]+actie\b", re.M | re.I)


@dataclass(frozen=True)
class SeenAction:
    """An action the plain text shows: its number (a guess when its heading is not text) and page."""

    action_id: str
    page: int | None
    heading_seen: bool


def actions_in_text(page_texts: Sequence[str]) -> list[SeenAction]:
    """Actions in the document's plain text, independent of its layout: every "Actie N.N" that opens
    a line, and every "Status actie" label with no heading since the previous one (an action whose
    heading is not text, say drawn as an image: numbered after the one before it)."""
    events: list[tuple[int, int, str, str | None]] = []  # (page, offset, kind, id)
    paged = len(page_texts) > 1
    for p, text in enumerate(page_texts):
        events += [
            (p, m.start(), "heading", f"{int(m.group(1))}.{int(m.group(2))}") for m in _SEEN_HEADING.finditer(text)
        ]
        events += [(p, m.start(), "status", None) for m in _SEEN_STATUS.finditer(text)]
    events.sort()
    headings = {e[3] for e in events if e[2] == "heading"}
    seen: list[SeenAction] = []
    status_since_heading = True
    last_id = "0.0"
    for page, _, kind, aid in events:
        page_no = page + 1 if paged else None
        if kind == "heading":
            if aid not in {s.action_id for s in seen}:
                seen.append(SeenAction(aid, page_no, True))
            last_id, status_since_heading = aid, False
        elif status_since_heading:
            major, minor = map(int, last_id.split("."))
            guess = f"{major}.{minor + 1}"
            if guess in headings or guess in {s.action_id for s in seen}:
                guess = f"{major + 1}.1"  # the next measure's first action, then
            seen.append(SeenAction(guess, page_no, False))
            last_id = guess
        else:
            status_since_heading = True
    return seen


def self_check(report: Report, page_texts: Sequence[str]) -> None:
    """Compares the actions the plain text shows with those parsed: each one missing is a warning."""
    seen = actions_in_text(page_texts)
    parsed = {a.action_id for a in report.actions()}
    report.n_actions_seen = len({s.action_id for s in seen} | parsed)
    for s in seen:
        if s.action_id in parsed:
            continue
        report.actions_unread.append(s.action_id)
        if s.heading_seen:
            message = (
                f"action {s.action_id} is in the document's text but could not be read from its layout; "
                f"its fields and entries are missing (see `rapportage inspect FILE`)"
            )
        else:
            message = (
                f"an action (probably {s.action_id}) has a 'Status actie' label in the document's text but "
                "no 'Actie N.N' heading as text (drawn as an image?); its fields and entries went to the "
                "action before it or are missing"
            )
        # No action_id: the warnings dataset's action_id is a key into `actions`, which lacks this one.
        report.warnings.append(ParseWarning("self-check", message, None, s.page))


def completeness_line(report: Report, written: bool = False) -> str | None:
    """None when every action the text shows was read; else "N of M actions could be read; ..."."""
    if report.n_actions_seen is None or len(report.actions()) >= report.n_actions_seen:
        return None
    return (
        f"{len(report.actions())} of {report.n_actions_seen} actions could be read; the layout was not "
        f"understood (not read: {', '.join(report.actions_unread) or '?'})"
        + ("; what could be read is written" if written else "")
        + "; see `rapportage inspect FILE --explain ACTION`, or give the report in another form (Word, or "
        "a PDF saved from Word)"
    )


def _consume(blocks: Sequence[Block], i: int, st: _State) -> None:
    b = blocks[i]
    if i < st.resume_at:
        return
    next_measure = (st.measure.measure_no + 1) if st.measure else 1

    start = _action_start(b)
    if start and _plausible_action(start[0], st):
        _start_action(st, start[0], start[1], b)
        return
    if b.kind != "row":
        heading = _measure_heading(blocks, i, next_measure)
        if heading:
            _finish_action(st)
            if st.line is None:
                st.warn(f"measure {heading[0]} before any policy line heading", b.page)
                st.line = PolicyLine(1, "")
                st.report.policy_lines.append(st.line)
            st.measure = Measure(heading[0], heading[1])
            st.line.measures.append(st.measure)
            st.phase = "measure"
            st.resume_at = i + heading[2]
            return
        if _is_line_heading(blocks, i, next_measure):
            _finish_action(st)
            # "2.1 Coördinatie en ...": a section number some renditions print is not part of the title.
            st.line = PolicyLine(len(st.report.policy_lines) + 1, _SECTION_NUMBER.sub("", b.text.strip()))
            st.report.policy_lines.append(st.line)
            st.phase = "line"
            return
    if st.action is not None and b.kind != "row":
        rest = strip_table_header([b.text])
        if rest is not None:  # the header printed as a paragraph
            _table_header(st, ["", rest[0], ""] if rest[0] else [], b)
            return
        if st.phase == "table" and st.entry is None and b.text.strip() in TABLE_HEADER[1:]:
            return  # the header's last word(s) read apart from its row ("Bevoegdheden | Beschrijving" / "Budget")
    if st.phase == "intro":
        _intro(st, b)
    elif st.action is None:
        st.warn(f"text outside any action: {_preview(b)}", b.page)
    elif b.kind == "row":
        _row(st, b)
    else:
        _paragraph(st, b)


def _preview(b: Block) -> str:
    text = b.text if b.kind != "row" else " | ".join(b.cells)
    text = " ".join(text.split())
    return text if len(text) <= 120 else text[:117] + "..."


def _plausible_action(action_id: str, st: _State) -> bool:
    """Guards against "Actie 6.1" quoted at the start of some paragraph."""
    major = int(action_id.split(".")[0])
    current = st.measure.measure_no if st.measure else 0
    return major in (current, current + 1, current + 2) and st.phase != "intro" or (current == 0 and major == 1)


def _intro(st: _State, b: Block) -> None:
    for para in (b.text if b.kind != "row" else "\n".join(b.cells)).split("\n"):
        bare = re.sub(r"^\d+\.\s*", "", para).strip().rstrip(".").lower()
        if bare in _SECTION_TITLES:
            continue  # section headings are page furniture the renditions reproduce
        if para.strip():
            st.report.introduction.append(para)


def _start_action(st: _State, action_id: str, description: str, b: Block) -> None:
    _finish_action(st)
    if st.measure is None or action_id.split(".")[0] != str(st.measure.measure_no):
        major = int(action_id.split(".")[0])
        st.warn(f"action {action_id} without its measure heading {major}", b.page)
        if st.line is None:
            st.line = PolicyLine(1, "")
            st.report.policy_lines.append(st.line)
        st.measure = Measure(major, "")
        st.line.measures.append(st.measure)
    st.action = Action(action_id=action_id, description="", page=b.page)
    st.measure.actions.append(st.action)
    st.phase, st.field_name, st.fields, st.entry = "desc", None, {}, None
    st.header_repeated = st.titled = False
    if not _field_lines(st, description):
        st.action.description = description


def _set_field(st: _State, name: str, value: str) -> None:
    st.field_name = name
    st.fields[name] = (st.fields.get(name, "") + "\n" + value).strip() if value else st.fields.get(name, "")
    st.phase = "fields"


def strip_table_header(cells: Sequence[str]) -> list[str] | None:
    """The cells without the header words when they open with the Rapportage table's header, else None.

    The header may stand alone, share its cells with the first row under it ("Beschrijving\nDe
    structuren …"), lose the gap between two words ("BevoegdhedenBeschrijving") or be one paragraph;
    what is left after the words, cell by cell, is that first row."""
    rest: list[str] = []
    k = 0
    for cell in cells:
        text = cell.strip()
        while k < len(TABLE_HEADER):
            word = TABLE_HEADER[k]
            after = text[len(word) :]
            nxt = TABLE_HEADER[k + 1] if k + 1 < len(TABLE_HEADER) else None
            if not text.lower().startswith(word.lower()) or (
                after[:1].isalnum() and not (nxt and after.lower().startswith(nxt.lower()))
            ):
                break
            text, k = after.strip(), k + 1
        rest.append(text)
        if k == 0:
            return None  # the first cell does not open with "Bevoegdheden"
    return rest if k >= 2 else None


def _row(st: _State, b: Block) -> None:
    cells = [c.strip() for c in b.cells]
    label = _LABEL_RE.match(" ".join(cells[0].split())) if cells[0] else None
    if label and not label.group(2).strip() and st.phase in ("desc", "fields"):
        _set_field(st, _FIELD_OF[label.group(1).lower()], "")
        _field_lines(st, "\n".join(cells[1:]))  # the value cell may run on into the next fields
        return
    rest = strip_table_header(cells)
    if rest is not None:
        _table_header(st, rest, b)
        return
    if st.phase != "table":
        if st.phase == "desc" and not any(cells[:1]):
            st.action.description = _join_continuation(st.action.description, "\n".join(c for c in cells if c))
            return
        if not st.titled:
            # (Under the "Rapportage" title the table is the table whose header row the page does not print:
            # WeasyPrint sets the title at a page's foot and the table on the next page without its header.)
            st.warn(f"table row before the Rapportage table header: {_preview(b)}", b.page)
        st.phase = "table"
    _entry_row(st, cells, b)


def _table_header(st: _State, rest: list[str], b: Block) -> None:
    """The Rapportage header: opens the table, or (again in the same table) marks a page break."""
    st.header_repeated = st.phase == "table" and st.entry is not None
    if not st.header_repeated:
        st.entry = None
    st.phase, st.field_name = "table", None
    if any(rest):
        _entry_row(st, rest, b)


def _entry_row(st: _State, cells: list[str], b: Block) -> None:
    if (
        0 < len(cells) < 3
        and cells[0]
        and split_competences(cells[0])[0][0] not in COMPETENCES
        and not _LABEL_RE.match(" ".join(cells[0].split()))
    ):
        cells = ["", *cells]  # no competence name: the row came without its (empty) competence cell
    if len(cells) < 3:
        cells = cells + [""] * (3 - len(cells))
    if len(cells) > 3:
        st.warn(f"row with {len(cells)} cells; extra cells added to the budget", b.page)
        cells = cells[:2] + ["\n".join(c for c in cells[2:] if c)]
    comp, desc, budget = cells[0], cells[1], cells[2]
    repeated, st.header_repeated = st.header_repeated, False
    if (b.continued or repeated) and st.entry is not None and not comp:
        st.entry.description = _join_continuation(st.entry.description, desc) if desc else st.entry.description
        st.entry.budget_text = _join_continuation(st.entry.budget_text, budget) if budget else st.entry.budget_text
        return
    competences, complete = split_competences(comp.replace("\n", " ")) if comp else ([], True)
    if _LABEL_RE.match(" ".join(comp.split())):
        st.warn(
            f"field label {comp!r} as a row of the Rapportage table of {st.action.action_id}, kept as an "
            "entry (is an 'Actie' line missing?)",
            b.page,
        )
    elif not complete:
        st.warn(f"competence cell not fully recognised: {comp!r}", b.page)
    st.entry = Entry(len(st.action.entries) + 1, competences, desc, budget, b.page)
    st.action.entries.append(st.entry)


# Proper word prefixes of the field labels ("verantwoordelijke", "andere", "status"): a label wrapped
# over two lines, its first word alone in one paragraph.
_LABEL_STARTS = {" ".join(label.split()[:k]) for label in _FIELD_OF for k in range(1, len(label.split()))}


def _paragraph(st: _State, b: Block) -> None:
    text = b.text.strip()
    if st.pending_label:
        text, st.pending_label = f"{st.pending_label} {text}", None
    if st.phase in ("desc", "fields") and text.lower() in _LABEL_STARTS and st.action is not None:
        st.pending_label = text  # "Verantwoordelijke" / "ministers Minister van ...": one label
        return
    if st.phase in ("desc", "fields"):
        if text.lower() == TABLE_TITLE.lower():
            st.phase = "fields"
            st.field_name = None
            st.titled = True
            return
        consumed = _field_lines(st, text)
        if consumed:
            return
        if st.phase == "desc":
            st.action.description = _join_continuation(st.action.description, text)
            return
        st.warn(f"text between the fields and the Rapportage table: {_preview(b)}", b.page)
        return
    if st.phase == "table":
        if text.lower() == TABLE_TITLE.lower():
            return
        if is_competence_line(text):
            competences, _ = split_competences(text)
            st.entry = Entry(len(st.action.entries) + 1, competences, "", "", b.page)
            st.action.entries.append(st.entry)
            return
        if st.entry is None:
            # Text under the header before any row: a first row whose competence cell is empty, read
            # as paragraphs where the layout has no rulings. Kept as that entry, not dropped.
            competences, text = leading_competences(text)
            st.entry = Entry(len(st.action.entries) + 1, competences, "", "", b.page)
            st.action.entries.append(st.entry)
            if not text:
                return
        if _LABEL_RE.match(text.split("\n")[0]):
            # A field label inside a report table: an "Actie" line was probably lost before it.
            st.warn(
                f"field label after the Rapportage table of {st.action.action_id}, kept as its text "
                f"(is an 'Actie' line missing?): {_preview(b)}",
                b.page,
            )
        if looks_like_budget(text) and not st.entry.budget_text:
            st.entry.budget_text = text
            return
        trailing = _TRAILING_AMOUNT.search(text)
        if trailing:
            # The converter appends a cut row's budget cell to its last paragraph.
            st.entry.budget_text = _join_continuation(st.entry.budget_text, trailing.group(1))
            text = text[: trailing.start(1)].rstrip()
        st.entry.description = _join_continuation(st.entry.description, text)
        return
    st.warn(f"unplaced text: {_preview(b)}", b.page)


def _field_lines(st: _State, text: str) -> bool:
    """Label lines ("Status actie Lopende", "Beleidsdomeinen" alone, ...) and their values.

    Several fields may run together in one paragraph or line, after the description too
    ("… eindtermendebat. Status actie: Lopende"). Returns False when the text is not field
    material (then it is description)."""
    lead, labelled = split_labelled(text)
    if not labelled and not (st.phase == "fields" and st.field_name):
        return False
    if lead:
        if st.phase == "fields" and st.field_name:
            for line in lead.split("\n"):
                _set_field(st, st.field_name, line.strip())
        elif st.phase == "desc":
            st.action.description = _join_continuation(st.action.description, lead)
        else:
            return False
    for name, value in labelled:
        _set_field(st, name, "")
        for line in value.split("\n"):
            _set_field(st, name, line.strip())
    return True


def split_labelled(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Text before the first field label, and (field, value) for each label in order.

    A label counts at the start of a line in any case, and mid-line only as printed (capitalised),
    so "de verschillende beleidsdomeinen" inside a description stays text."""
    found = list(_LABEL_ANYWHERE.finditer(text))
    if not found:
        return text.strip(), []
    lead = text[: found[0].start()].strip()
    labelled = []
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        name = _FIELD_OF[" ".join((m.group(1) or m.group(2)).split()).lower()]
        labelled.append((name, text[m.end() : nxt.start() if nxt else len(text)].strip()))
    return lead, labelled


def _bare_entries(entries: Sequence[Entry]) -> list[int]:
    """The numbers of entries without competences in a table whose other entries have them: every row of a
    Rapportage table names the competence it reports for, or none does (one row for the whole action). A
    row without one among rows with one is most likely a part of a row the layout reading split off."""
    if not any(e.competences for e in entries):
        return []
    return [e.entry_no for e in entries if not e.competences]


def _finish_action(st: _State) -> None:
    a = st.action
    if a is None:
        return
    f = st.fields
    a.status = f.get("status") or None
    if a.status:
        a.status = " ".join(a.status.split())
        status, run_on = _status_run_on(a.status)
        if run_on:
            # The layout's rows were cut below the ministers' first lines (a value centred beside its label
            # begins above it): they are the first of the ministers, not part of the status.
            st.warn(
                f"action {a.action_id}: 'Status actie' read as {a.status!r}; {run_on!r} taken as the first of "
                f"its '{_LABEL_OF['ministers']}'",
                a.page,
            )
            a.status = status
            f["ministers"] = f"{run_on}\n{f.get('ministers', '')}"
    a.ministers = split_ministers(f.get("ministers", ""))
    codes, coordinating, warnings = split_domains(f.get("domains", ""))
    a.policy_domains, a.coordinating_domain = codes, coordinating
    for w in warnings:
        st.warn(w, a.page)
    a.other_parties_text = f.get("parties", "")
    a.other_parties = split_parties(a.other_parties_text, st.party_names)
    for name in ("status", "ministers", "domains"):
        label = _LABEL_OF[name]
        if not f.get(name):
            st.warn(f"action {a.action_id} has no '{label}'", a.page)
    if not a.entries:
        st.warn(f"action {a.action_id} has no Rapportage entries", a.page)
    bare = _bare_entries(a.entries)
    if bare:
        st.warn(
            f"action {a.action_id}: entr{'y' if len(bare) == 1 else 'ies'} {', '.join(map(str, bare))} without "
            "competences beside entries that have them (a row cut by a page break read as two?)",
            a.page,
        )
    st.action = None
    st.entry = None
