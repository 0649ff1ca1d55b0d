"""Error kinds of the date, organisation and meeting extractors on a gold split, as counts (and, for tuning
splits only, the cases).

    python scripts/error_kinds.py --split dev-2020-06 [--cases]

On the held-out splits (pipeline.gold.HELD_OUT_SPLITS) only the counts per kind are printed, never
the cases: reading held-out cases would be tuning on them. The kinds say where the errors fall (a name cut short or
too long, a canonical form that differs only in spelling, a name the gazetteer knows, a body matched but not its
count), so that work goes to the mechanism that loses most.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from pipeline.gold import (
    GOLD_DIR,
    HELD_OUT_SPLITS,
    REPORT_TEXT,
    load_gold,
    match_one_to_one,
    meeting_matches,
    split_report,
)

if TYPE_CHECKING:
    from pipeline.extract.stage import ExtractedFacts
    from pipeline.model import Report


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _tokens(name: str) -> set[str]:
    return set(_norm(name).split()) - {"de", "het", "van", "voor", "en", "vzw", "der", "des"}


_HEADS = re.compile(
    r"(?i)(?<![\w-])(?:\w*(?:departement|afdeling|agentschap|dienst|centrum|huis|hogeschool|universiteit|instituut"
    r"|platform|netwerk|federatie|vereniging|stichting|commissie|raad|school|zone|groep|team|steunpunt|overheid"
    r"|ministerie|parlement|inspectie|bureau|forum|unie|liga|vzw|asbl|college|atheneum|ocmw|caw|clb|cel))(?![\w])"
)


def _shape(name: str) -> str:
    """A coarse shape of a name: what kind of evidence a rule would need to find it."""
    words = name.split()
    if re.match(r"(?:stad|gemeente|provincie)\s", name):
        return "municipality/province"
    if len(words) == 1 and re.fullmatch(r"[A-Z0-9&!'’.-]{2,10}s?", name):
        return "acronym"
    if name[:1].islower():
        return "lower-case start"
    if len(words) == 1:
        return "one capitalised word"
    if _HEADS.search(name):
        return f"{min(len(words), 4)}{'+' if len(words) >= 4 else ''} words, a head noun"
    if any(re.fullmatch(r"[A-Z0-9&!-]{2,8}", w) for w in words):
        return f"{min(len(words), 4)}{'+' if len(words) >= 4 else ''} words, an acronym part"
    return f"{min(len(words), 4)}{'+' if len(words) >= 4 else ''} words, no head noun"


_BEFORE_CLASSES = (
    ("a preposition", r"(?i:met|door|bij|van|aan|voor|via|tussen|naar|op|in|uit|tot|onder|i\.s\.m\.)"),
    ("en/of", r"(?i:en|of|&)"),
    ("an article", r"(?i:de|het|'t)"),
    ("a legal form or head noun", r"(?i:vzw|asbl|organisatie|project|partner|partners|school)"),
)


def _context(text: str, mention: str) -> str:
    """What stands before and after the first occurrence of a one-word name (a class, never the words): the
    evidence a rule could use."""
    m = re.search(rf"(?<![\w-]){re.escape(mention)}(?![\w-])", text)
    if not m:
        return "not found as printed"
    before = text[: m.start()].rstrip()
    word = re.search(r"([\w.'’]+)$", before)
    if not before or before[-1] in ".!?\n":
        left = "sentence start"
    elif before[-1] in ",;:–-/":
        left = "a comma or list mark"
    elif before[-1] in "(\"'‘“":
        left = "a bracket or quote"
    elif word:
        left = next((label for label, rx in _BEFORE_CLASSES if re.fullmatch(rx, word.group(1))), "another word")
    else:
        left = "other"
    after = text[m.end() :].lstrip()[:1]
    right = {"(": "a bracket", ",": "a comma", ";": "a comma", ")": "a closing bracket", ".": "a full stop"}.get(
        after, "en/of" if re.match(r"(?:en|of)\s", text[m.end() :].lstrip()) else "a word"
    )
    return f"after {left}, before {right}"


@cache
def _split_extracted(split: str) -> tuple[Report, ExtractedFacts]:
    """The split's report and what the extract stage finds in it: extracted once, for every kind's counts."""
    from pipeline.extract.stage import extract_report

    report = split_report(split, GOLD_DIR, REPORT_TEXT)
    return report, extract_report(report)


@cache
def _split_facts(split: str) -> tuple[Report, dict[str, list[dict]]]:
    """The split's report and its fact rows per kind."""
    from pipeline.rows import fact_rows

    report, extracted = _split_extracted(split)
    return report, fact_rows(extracted)


def _gold_and_rows(split: str, kind: str) -> tuple[Report, list[dict], set[str], list[dict]]:
    """The report, the gold of ``kind``, the actions scored (as evaluate scores them) and their fact rows."""
    from pipeline.evaluate import _annotated_actions

    report, facts = _split_facts(split)
    gold = load_gold(split, kind, GOLD_DIR)
    actions = {g["action_id"] for g in gold} | _annotated_actions(split, report, GOLD_DIR)
    return report, gold, actions, [r for r in facts[kind] if r["action_id"] in actions]


def org_kinds(split: str) -> tuple[Counter, list[tuple[str, str, str]]]:
    from pipeline.extract.organisations import load_gazetteer
    from pipeline.extract.stage import text_units

    known = {e.canonical for e in load_gazetteer()}
    aliases = {_norm(a) for e in load_gazetteer() for a in e.aliases}
    report, gold, actions, rows = _gold_and_rows(split, "organisations")
    texts: dict[str, str] = {}
    for unit in text_units(report):
        texts[unit.action_id] = texts.get(unit.action_id, "") + "\n" + unit.text
    kinds: Counter = Counter()
    cases = []
    for aid in sorted(actions):
        g = Counter(x["canonical"] for x in gold if x["action_id"] == aid)
        p = Counter(r["canonical"] for r in rows if r["action_id"] == aid)
        src = {r["canonical"]: (r["source"], r.get("field")) for r in rows if r["action_id"] == aid}
        fn, fp = list((g - p).elements()), list((p - g).elements())
        for name in list(fn):
            twin = next((q for q in fp if _norm(q) == _norm(name)), None)
            if twin is not None:
                kinds["FN+FP same name, other spelling"] += 1
                cases.append(("form", aid, f"{name!r} <- {twin!r}"))
                fn.remove(name)
                fp.remove(twin)
        for name in list(fn):
            twin = next((q for q in fp if _tokens(q) and _tokens(name) and _tokens(q) & _tokens(name)), None)
            if twin is not None:
                wider = (
                    "too long"
                    if _tokens(name) < _tokens(twin)
                    else "too short"
                    if _tokens(twin) < _tokens(name)
                    else "other"
                )
                kinds[f"FN+FP overlapping name ({wider})"] += 1
                cases.append(("boundary", aid, f"{name!r} <- {twin!r}"))
                fn.remove(name)
                fp.remove(twin)
        wheres = {x["canonical"]: x.get("where") for x in gold if x["action_id"] == aid}
        mentions = {x["canonical"]: x.get("mention") or x["raw"] for x in gold if x["action_id"] == aid}
        for name in fn:
            kinds[f"FN {'in' if name in known else 'outside'} gazetteer"] += 1
            if name not in known:
                kinds[f"  FN outside gazetteer: {_shape(name)}"] += 1
                kinds[f"  FN outside gazetteer: in {wheres.get(name)}"] += 1
                if _shape(name) in ("acronym", "one capitalised word"):
                    kinds[f"  FN outside gazetteer: one word {_context(texts.get(aid, ''), mentions[name])}"] += 1
            else:
                kinds[f"  FN in gazetteer: in {wheres.get(name)}"] += 1
                alias = _norm(mentions[name]) in aliases
                kinds[f"  FN in gazetteer: the printed mention {'is' if alias else 'is no'} alias"] += 1
            cases.append(("FN", aid, repr(name)))
        for name in fp:
            source, fld = src.get(name, ("?", "?"))
            kinds[f"FP {'in' if name in known else 'outside'} gazetteer, {source}"] += 1
            if name not in known:
                kinds[f"  FP outside gazetteer, {source}: {_shape(name)}"] += 1
            cases.append(("FP", aid, f"{name!r} [{source}, {fld}]"))
    return kinds, cases


def date_kinds(split: str) -> tuple[Counter, list[tuple[str, str, str]]]:
    from pipeline.extract.stage import text_units

    report, gold, actions, rows = _gold_and_rows(split, "dates")
    seen: dict[str, str] = {}
    for unit in text_units(report):
        seen[unit.action_id] = seen.get(unit.action_id, "") + "\n" + " ".join(unit.text.split())
    kinds: Counter = Counter()
    cases = []
    for aid in sorted(actions):
        g = [x for x in gold if x["action_id"] == aid]
        p = [r for r in rows if r["action_id"] == aid]
        key = lambda r: (str(r["start"]), str(r["end"]), r.get("relation"))  # noqa: E731
        fn = list((Counter(map(key, g)) - Counter(map(key, p))).elements())
        fp = list((Counter(map(key, p)) - Counter(map(key, g))).elements())
        raw_of = {key(x): x["raw"] for x in g} | {key(r): r["raw"] for r in p}
        for k in list(fn):
            twin = next((q for q in fp if q[:2] == k[:2]), None)
            kind = "same period, relation differs"
            if twin is None:
                twin = next((q for q in fp if q[0] == k[0] or q[1] == k[1]), None)
                kind = "one bound differs"
            if twin is None:
                twin = next((q for q in fp if raw_of[q] in raw_of[k] or raw_of[k] in raw_of[q]), None)
                kind = "same words, other period"
            if twin is not None:
                kinds[f"FN+FP {kind}"] += 1
                cases.append((kind, aid, f"gold {k} {raw_of[k]!r} <- pred {twin} {raw_of[twin]!r}"))
                fn.remove(k)
                fp.remove(twin)
        shape = {key(x): (x.get("granularity"), x.get("relation"), x.get("where")) for x in g}
        for k in fn:
            kinds["FN"] += 1
            gran, rel, where = shape[k]
            kinds[f"  FN: {gran}, relation {rel}"] += 1
            kinds[f"  FN: in {where}"] += 1
            printed = " ".join(raw_of[k].split()) in seen.get(aid, "")
            kinds[f"  FN: {'in' if printed else 'NOT in'} the text the extractors see"] += 1
            cases.append(("FN", aid, f"{k} {raw_of[k]!r}"))
        for k in fp:
            kinds["FP"] += 1
            cases.append(("FP", aid, f"{k} {raw_of[k]!r}"))
    return kinds, cases


def _body_difference(gold: str, predicted: str) -> str:
    """How a predicted body differs from the gold's (a class, never the words): words missing, words too many, the
    same head with other words, or another body."""
    from pipeline.extract.meetings import body_key

    g, p = set(body_key(gold).split()), set(body_key(predicted).split())
    if p < g:
        return "predicted name shorter (gold's words missing)"
    if g < p:
        return "predicted name longer (words the gold has not)"
    if g & p:
        return "shares words, others differ"
    return "another body altogether"


def meeting_kinds(split: str) -> tuple[Counter, list[tuple[str, str, str]]]:
    from pipeline.evaluate import _annotated_actions, predicted_meetings_of
    from pipeline.extract.meetings import body_key

    report, extracted = _split_extracted(split)
    gold = load_gold(split, "meetings", GOLD_DIR)
    predicted = predicted_meetings_of(extracted, _annotated_actions(split, report, GOLD_DIR))
    hits = match_one_to_one(gold, predicted, lambda g, p: meeting_matches(g, p))
    used = {h for h in hits if h is not None}
    spare = [i for i in range(len(predicted)) if i not in used]
    drops = _meeting_drops(report)
    kinds: Counter = Counter()
    cases = []
    for g, h in zip(gold, hits, strict=True):
        if h is not None:
            continue
        aid = g["action_id"]
        same_body = [
            i for i in spare if predicted[i][0] == aid and predicted[i][1].body_key == body_key(g["body"] or "")
        ]
        near = [
            i
            for i in spare
            if predicted[i][0] == aid and (g["raw"][:25] in predicted[i][1].raw or predicted[i][1].raw[:25] in g["raw"])
        ]
        if same_body:
            kinds["FN+FP same body, count/dates/planned differ"] += 1
            i = same_body[0]
        elif near:
            kinds["FN+FP same statement, body differs"] += 1
            i = near[0]
            kinds[
                f"  FN+FP same statement, body differs: {_body_difference(g['body'] or '', predicted[i][1].body)}"
            ] += 1
        else:
            kinds["FN, no prediction on the statement"] += 1
            why = _why_no_meeting(g["raw"], report.report_date, drops.get(aid, []))
            kinds[f"  FN, no prediction on the statement: {why}"] += 1
            cases.append(
                ("FN", aid, f"{g['body']!r} count={g.get('count')} dates={g.get('dates')} ({why}) | {g['raw']!r}")
            )
            continue
        spare.remove(i)
        m = predicted[i][1]
        cases.append(
            (
                "pair",
                aid,
                f"gold {g['body']!r} {g.get('count')} {g.get('dates')}"
                f" <- pred {m.body!r} {m.count} {[str(d) for d in m.dates]} | {g['raw']!r}",
            )
        )
    for i in spare:
        aid, m = predicted[i]
        kinds["FP, no gold record"] += 1
        cases.append(("FP", aid, f"{m.body!r} count={m.count} | {m.raw!r}"))
    return kinds, cases


def _meeting_drops(report: Report) -> dict[str, list[tuple[str, str]]]:
    """Per action, (statement, reason) of every statement with a meeting predicate that a rule of the meetings
    extractor left out (``find_meetings(dropped=...)``)."""
    from pipeline.extract.meetings import find_meetings
    from pipeline.extract.stage import text_units

    drops: dict[str, list[tuple[str, str]]] = {}
    for unit in text_units(report):
        if unit.field == "description":
            found: list[tuple[int, int, str]] = []
            find_meetings(unit.text, report.report_date, dropped=found)
            drops.setdefault(unit.action_id, []).extend((unit.text[a:b], why) for a, b, why in found)
    return drops


def _why_no_meeting(raw: str, report_date, drops: list[tuple[str, str]]) -> str:
    """Where a gold meeting statement the extractor left out is lost: dropped by a named rule after its meeting
    predicate was found ("dropped: an event"), no meeting predicate at all, or a predicate and yet no record."""
    from pipeline.extract.dates import find_dates
    from pipeline.extract.meetings import _count, _frequency, _predicate

    for stmt, why in drops:
        if raw[:25] in stmt or stmt[:25] in raw:
            return f"dropped: {why}"
    days = [f for f in find_dates(raw, report_date) if f.start == f.end]
    pred = _predicate(raw, bool(days or _count(raw) or _frequency(raw)), bool(days))
    return "no meeting predicate" if pred is None else f"a {pred[0]} predicate, yet no record"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--cases", action="store_true", help="print the cases too (tuning splits only)")
    args = ap.parse_args()
    for split in args.split.split(","):
        for label, fn in (("dates", date_kinds), ("organisations", org_kinds), ("meetings", meeting_kinds)):
            kinds, cases = fn(split)
            top = {k: n for k, n in kinds.items() if not k.startswith(" ")}
            print(f"== {split}: {label} errors, {sum(top.values())} ==")
            # each kind, then its breakdowns ("  FN outside gazetteer: acronym") under it
            for kind, n in sorted(top.items(), key=lambda kv: -kv[1]):
                print(f"  {n:4d}  {kind}")
                for sub, m in sorted(kinds.items(), key=lambda kv: -kv[1]):
                    if sub.startswith(" ") and sub.strip().split(":")[0] == kind:
                        print(f"  {m:6d}  {sub.strip().split(': ', 1)[1]}")
            if args.cases and split not in HELD_OUT_SPLITS:  # never tuned on: counts only
                for case in cases:
                    print("   ", *case)


if __name__ == "__main__":
    main()
