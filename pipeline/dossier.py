"""The action dossier: one self-contained HTML page, ``processed/dossier.html``, with every action's history.

Owns: rendering the dossier from the published datasets (read through ``publish.read_dataset``).

Per action (anchor ``#actie-<number>``, the number in the latest round it appears in): status, budget and
entries per round, the round's text with new and revised sentences highlighted (a revision shows its
changed words), the sentences that were dropped, and every fact with its page. A filter box (inline
script) narrows the page to actions mentioning a word, or to those with something new. No external
scripts, styles or fonts: it opens offline, from disk, as one file.

Reads only the published datasets (the `novelty` dataset and the facts' `is_new` come from `compare`).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from html import escape
from pathlib import Path

from pipeline import __version__
from pipeline.files import atomic_write
from pipeline.novelty import FACT_DATASETS, action_summaries
from pipeline.publish import read_dataset
from pipeline.schemas import PARTITION_KEY

DOSSIER_FILE = "dossier.html"

_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1d2733;line-height:1.5}
header{position:sticky;top:0;background:#fff;border-bottom:2px solid #dde3ea;padding:.6rem 1.2rem;z-index:2}
header h1{font-size:1.3rem;margin:0 0 .3rem} main{max-width:1100px;margin:0 auto;padding:0 1.2rem 3rem}
.meta{color:#5b6774;font-size:.9rem} .synthetic{background:#fde7c8;color:#7a4500;padding:0 .35rem;border-radius:3px}
#filter{font-size:1rem;padding:.3rem .5rem;width:22rem;max-width:60vw;border:1px solid #9aa6b2;border-radius:4px}
.legend span{margin-right:.8rem} #shown{color:#5b6774;margin-left:.6rem}
section.action{border-top:1px solid #dde3ea;padding-top:.4rem;margin-top:1.6rem;scroll-margin-top:9rem}
section.action h2{font-size:1.15rem;margin:.4rem 0} section.action h2 a{color:inherit;text-decoration:none}
.measure{color:#5b6774;font-size:.9rem;margin:0}
table{border-collapse:collapse;margin:.5rem 0;font-size:.88rem}
th,td{border:1px solid #d5dbe2;padding:.2rem .5rem;text-align:left;vertical-align:top} th{background:#f1f4f7}
td.num{text-align:right;font-variant-numeric:tabular-nums}
details{margin:.5rem 0} summary{cursor:pointer;font-weight:600}
.entry{margin:.5rem 0 .6rem;padding-left:.7rem;border-left:3px solid #e3e7ec}
.entry h4{font-size:.92rem;margin:.2rem 0;color:#34495e} .budget{font-size:.9rem;color:#34495e}
.s.new{background:#c9f0d0;border-bottom:2px solid #2e9e4a}
.s.revised{background:#fff0b3;border-bottom:2px solid #c99a00}
.s.revised ins{background:#ffd966;text-decoration:none;font-weight:600}
.s.revised del,.dropped del{color:#a33;background:#fbe0e0}
.dropped{font-size:.9rem;color:#5b6774;margin:.3rem 0}
.tag{display:inline-block;font-size:.75rem;font-weight:600;padding:0 .35rem;border-radius:3px;margin-left:.3rem}
.tag.new{background:#c9f0d0;color:#1b5e2e} .tag.revised{background:#fff0b3;color:#6b5200}
.tag.dropped{background:#fbe0e0;color:#a33} .tag.first{background:#e3e7ec;color:#34495e}
tr.newfact td{background:#eefaf0} .hidden{display:none}
"""

_SCRIPT = """
(function(){
  var box=document.getElementById('filter'), only=document.getElementById('onlynew'),
      shown=document.getElementById('shown'), sections=document.querySelectorAll('section.action'),
      texts=[];
  for(var i=0;i<sections.length;i++){texts.push(sections[i].textContent.toLowerCase());}
  function apply(){
    var words=box.value.toLowerCase().split(/\\s+/).filter(Boolean), n=0;
    for(var i=0;i<sections.length;i++){
      var ok=words.every(function(w){return texts[i].indexOf(w)>=0;}) &&
             (!only.checked || sections[i].getAttribute('data-new')!=='0');
      sections[i].classList.toggle('hidden',!ok); if(ok){n++;}
    }
    shown.textContent=n+' of '+sections.length+' actions';
  }
  var q=/[?&]q=([^&#]*)/.exec(location.search); if(q){box.value=decodeURIComponent(q[1].replace(/\\+/g,' '));}
  if(/[?&]new=1/.test(location.search)){only.checked=true;}
  box.addEventListener('input',apply); only.addEventListener('change',apply); apply();
})();
"""


def _rows(out: Path, dataset: str) -> list[dict]:
    table = read_dataset(out, dataset)
    return table.to_pylist() if table is not None else []


def _sort_key(action_id: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in action_id.split("."))


def _eur(value: float | None) -> str:
    if value is None:
        return "–"
    return "€ " + f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".").removesuffix(",00")


_TOKEN = re.compile(r"\d+(?:[.,/]\d+)*\s*|\w+\s*|[^\w\s]+\s*|\s+")  # a number like 568.311 is one word


def word_diff(before: str, after: str) -> str:
    """``after`` as HTML with the words it adds marked <ins> and the words of ``before`` it drops as <del>.

    Words and punctuation are separate tokens, so "2017 en zijn … behandeling." → "2017." marks only
    what went, not the year."""
    a, b = _TOKEN.findall(" ".join(before.split())), _TOKEN.findall(" ".join(after.split()))
    parts = []
    matcher = difflib.SequenceMatcher(None, [t.strip() for t in a], [t.strip() for t in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        for tag, text in (
            ("del", "".join(a[i1:i2]) if op in ("delete", "replace") else ""),
            ("ins", "".join(b[j1:j2]) if op in ("insert", "replace") else ""),
            ("", "".join(b[j1:j2]) if op == "equal" else ""),
        ):
            if not text:
                continue
            if parts and not parts[-1].endswith((" ", "(", "[", "/", "'", '"', "‘", "“")) and text[0].isalnum():
                parts.append(" ")  # the space the other side's token carried
            body = escape(text.rstrip())
            parts.append((f"<{tag}>{body}</{tag}>" if tag else body) + (" " if text != text.rstrip() else ""))
    return "".join(parts).rstrip()


def _sentence(row: dict) -> str:
    text = " ".join(row["text"].split())
    if row["field"] == "budget_text" and row["status"] != "revised":
        # A budget cell's lines are its breakdown (one amount a line): keep them apart.
        return _sentence(
            {**row, "text": "\x00".join(" ".join(line.split()) for line in row["text"].split("\n")), "field": ""}
        ).replace("\x00", "<br>")
    if row["previous_report"] is None:
        return f'<span class="s">{escape(text)}</span>'  # the first round: nothing to be new against
    if row["status"] == "revised":
        title = escape(f"revised (similarity {row['similarity']:.2f}); was: {' '.join(row['previous_text'].split())}")
        return f'<span class="s revised" title="{title}">{word_diff(row["previous_text"], text)}</span>'
    if row["status"] == "new":
        return f'<span class="s new" title="new in this round">{escape(text)}</span>'
    return f'<span class="s">{escape(text)}</span>'


def _text_html(rows: list[dict]) -> str:
    """The sentences of one field in order; a list item starts a line of its own."""
    parts = []
    for r in sorted(rows, key=lambda r: r["sentence_no"]):
        if parts and re.match(r"^\s*(?:[-–•▪*]|\d{1,2}[.)])\s", r["text"]):
            parts.append("<br>")
        parts.append(_sentence(r))
    return " ".join(parts)


def _fact_value(dataset: str, f: dict) -> str:
    if dataset == "dates":
        start, end = f["start"], f["end"]
        span = str(start) if start == end else f"{start or '…'} – {end or '…'}"
        return f"{span} ({f['granularity']}{', planned' if f['planned'] else ''})"
    if dataset == "amounts":
        return _eur(f["amount_eur"]) + (" (breakdown)" if f["breakdown"] else "") + f" in {f['location']}"
    if dataset == "organisations":
        return f["canonical"] or ""
    dates = ", ".join(str(d) for d in f["dates"] or [])
    return " · ".join(
        x
        for x in (
            f["body"],
            f"{f['count']}×" if f["count"] else "",
            f["frequency"],
            dates,
            "planned" if f["planned"] else "",
        )
        if x
    )


_FACT_SHOWN = {"dates": "raw", "amounts": "raw", "organisations": "mention", "meetings": "raw"}
_FACT_NAME = {"dates": "date", "amounts": "amount", "organisations": "organisation", "meetings": "meeting"}


def _facts_html(facts: list[tuple[str, dict]], first: bool = False) -> str:
    if not facts:
        return '<p class="meta">No facts found.</p>'
    facts = sorted(
        facts,
        key=lambda t: (
            not t[1]["is_new"],
            t[1]["entry_no"] or 0,
            t[1]["field"] != "description",
            t[1]["char_start"] or 0,
        ),
    )
    rows = []
    for dataset, f in facts:
        where = "description" if f["entry_no"] is None else f"entry {f['entry_no']}"
        where += " (budget)" if f["field"] == "budget_text" else ""
        new = '<span class="tag new">new</span>' if f["is_new"] else ""
        rows.append(
            f"<tr{' class=newfact' if f['is_new'] else ''}><td>{_FACT_NAME[dataset]}{new}</td>"
            f"<td>{escape(' '.join((f[_FACT_SHOWN[dataset]] or '').split()))}</td>"
            f"<td>{escape(_fact_value(dataset, f))}</td><td>{escape(where)}</td>"
            f'<td class="num">{f["page"] or "–"}</td></tr>'
        )
    # In a series' first round every fact is new: saying "0 new" or "33 new" there would mislead alike.
    count = f"{len(facts)}" if first else f"{len(facts)}, {sum(1 for _, f in facts if f['is_new'])} new"
    return (
        f"<details><summary>Facts ({count})</summary>"
        "<table><thead><tr><th>kind</th><th>as printed</th><th>value</th><th>where</th><th>page</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></details>"
    )


def _round_html(
    rid: str,
    action: dict,
    entries: list[dict],
    sentences: list[dict],
    facts: list[tuple[str, dict]],
    open_: bool,
    first: bool,
) -> str:
    by_field: dict[tuple, list[dict]] = defaultdict(list)
    dropped: dict[int | None, list[dict]] = defaultdict(list)
    for s in sentences:
        if s["status"] == "dropped":
            dropped[s["entry_no"]].append(s)
        else:
            by_field[(s["entry_no"], s["field"])].append(s)
    counts = {k: sum(1 for s in sentences if s["status"] == k) for k in ("new", "revised", "dropped")}
    tags = "".join(f'<span class="tag {k}">{n} {k}</span>' for k, n in counts.items() if n)
    if first:
        tags = '<span class="tag first">first round</span>'
        facts = [(d, {**f, "is_new": False}) for d, f in facts]
    parts = [
        f"<details{' open' if open_ else ''}><summary>Round {escape(rid)}: Actie {escape(action['action_id'])}"
        f" · {escape(action['status'] or '–')} · budget {_eur(action['budget_total_eur'])} · "
        f"p. {action['page'] or '–'}{tags}</summary>",
        f"<p>{_text_html(by_field.get((None, 'description'), []))}</p>",
    ]
    parts += _dropped_html(dropped.pop(None, []))
    entry_nos = {e["entry_no"] for e in entries}
    for e in sorted(entries, key=lambda e: e["entry_no"]):
        competences = ", ".join(e["competences"] or []) or "(no competence)"
        text = _text_html(by_field.get((e["entry_no"], "description"), []))
        parts.append(
            f'<div class="entry"><h4>Rapportage {e["entry_no"]} · {escape(competences)} · '
            f"p. {e['page'] or '–'}</h4><p>{text}</p>"
        )
        if by_field.get((e["entry_no"], "budget_text")):
            parts.append(f'<p class="budget">Budget: {_text_html(by_field[(e["entry_no"], "budget_text")])}</p>')
        parts += _dropped_html(dropped.pop(e["entry_no"], []))
        parts.append("</div>")
    for no in sorted(k for k in dropped if k not in entry_nos):
        parts += _dropped_html(dropped[no], f"from Rapportage {no} of the previous round")
    parts.append(_facts_html(facts, first))
    parts.append("</details>")
    return "".join(parts)


def _dropped_html(rows: list[dict], where: str = "") -> list[str]:
    if not rows:
        return []
    items = " ".join(f"<del>{escape(' '.join(r['text'].split()))}</del>" for r in rows)
    label = f"No longer in the report{' (' + where + ')' if where else ''}:"
    return [f'<p class="dropped"><span class="tag dropped">dropped</span> {label} {items}</p>']


def render(out: Path) -> str:
    reports = {r[PARTITION_KEY]: r for r in _rows(out, "reports")}
    order = sorted(reports)
    actions = {(a[PARTITION_KEY], a["action_id"]): a for a in _rows(out, "actions")}
    entries: dict[tuple, list[dict]] = defaultdict(list)
    for e in _rows(out, "entries"):
        entries[(e[PARTITION_KEY], e["action_id"])].append(e)
    novelty: dict[tuple, list[dict]] = defaultdict(list)
    novelty_rows = _rows(out, "novelty")
    for n in novelty_rows:
        novelty[(n[PARTITION_KEY], n["action_id"])].append(n)
    facts: dict[tuple, list[tuple[str, dict]]] = defaultdict(list)
    all_facts = []
    for dataset in FACT_DATASETS:
        for f in _rows(out, dataset):
            facts[(f[PARTITION_KEY], f["action_id"])].append((dataset, f))
            all_facts.append(f)
    lineages: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for t in _rows(out, "timeline"):
        lineages[t["lineage_id"] or t["action_id"]].append((t[PARTITION_KEY], t["action_id"]))
    # Latest round first within an action; actions in the order of the latest round that has them.
    histories = sorted(
        (sorted(rounds, reverse=True) for rounds in lineages.values()),
        key=lambda h: (-order.index(h[0][0]), _sort_key(h[0][1])),
    )
    latest = order[-1] if order else ""
    summaries = {s.action_id: s for s in action_summaries(novelty_rows, all_facts, latest)} if latest else {}
    sections = [_action_html(h, actions, entries, novelty, facts, order) for h in histories]
    synthetic = [rid for rid in order if reports[rid]["synthetic"]]
    note = (
        (
            f' <span class="synthetic">synthetic test round{"s" if len(synthetic) > 1 else ""}: '
            f"{escape(', '.join(synthetic))}</span>"
        )
        if synthetic
        else ""
    )
    n_gone = sum(1 for h in histories if h[0][0] != latest)
    removed = f" ({n_gone} no longer in {escape(latest)})" if n_gone else ""
    ranking = [s for s in summaries.values() if s.new_chars or s.n_dropped or s.n_new_facts]
    ranking.sort(key=lambda s: (-s.new_chars, -s.n_dropped, -s.n_new_facts, _sort_key(s.action_id)))
    top = ", ".join(
        f'<a href="#actie-{escape(s.action_id)}">{escape(s.action_id)}</a> ({s.n_new} new, '
        f"{s.n_revised} revised, {s.n_dropped} dropped, {s.n_new_facts} new facts)"
        for s in ranking[:12]
    )
    head = (
        f'<header><h1>Action dossier</h1><p class="meta">Rounds {escape(", ".join(order) or "–")}{note} · '
        f"{len(histories)} actions{removed} · rapportage {escape(__version__)}</p>"
        '<input id="filter" type="search" placeholder="Filter: words an action must mention" autofocus> '
        '<label><input id="onlynew" type="checkbox"> only actions with something new in '
        f'{escape(latest)}</label><span id="shown"></span>'
        '<p class="legend meta"><span class="s new sample">new sentence</span>'
        '<span class="s revised sample">revised sentence (<ins>added words</ins> <del>removed words</del>)</span>'
        '<span class="tag dropped">dropped</span> a sentence of the previous round that is gone'
        "</p></header>"
    )
    intro = f"<p>Most new text in {escape(latest)}: {top}.</p>" if top else ""
    return (
        f'<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>rapportage: action dossier</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_CSS}</style></head><body>'
        f"{head}<main>{intro}{''.join(sections)}</main><script>{_SCRIPT}</script></body></html>\n"
    )


def _action_html(
    history: list[tuple[str, str]], actions: dict, entries: dict, novelty: dict, facts: dict, order: list[str]
) -> str:
    rid, aid = history[0]
    current = actions.get((rid, aid), {})
    latest = order[-1] if order else rid
    # A removed action's sentences sit, dropped, in the next round's partition under its old number.
    after = order[order.index(rid) + 1] if rid != latest else None
    removed = (
        [n for n in novelty.get((after, aid), []) if n["previous_action_id"] == aid and n["status"] == "dropped"]
        if after
        else []
    )
    own = {}
    for i, (r, a) in enumerate(history):
        # A removed action's dropped sentences sit in the next round under its old number, which another
        # action may have taken: the rows of this action are those that name its predecessor.
        predecessor = history[i + 1][1] if i + 1 < len(history) else None
        own[(r, a)] = [n for n in novelty.get((r, a), []) if n["previous_action_id"] == predecessor]
    if rid == latest and len(order) > 1:
        new_here = sum(1 for n in own[(rid, aid)] if n["status"] != "carried") + sum(
            1 for _, f in facts.get((rid, aid), []) if f["is_new"]
        )
    else:
        new_here = len(removed) if after == latest else 0
    rows = []
    if after:
        rows.append(
            f"<tr><td>{escape(after)}</td><td>–</td><td>removed</td><td></td><td></td>"
            f"<td class=num>0</td><td class=num>0</td><td class=num>{len(removed)}</td><td></td></tr>"
        )
    for r, a in history:
        act = actions.get((r, a), {})
        sents = own[(r, a)]
        counts = (
            ["first round", "", "", ""]
            if r == order[0]
            else [
                *(sum(1 for s in sents if s["status"] == k) for k in ("new", "revised", "dropped")),
                sum(1 for _, f in facts.get((r, a), []) if f["is_new"]),
            ]
        )
        cells = [
            escape(r),
            escape(a),
            escape(act.get("status") or "–"),
            _eur(act.get("budget_total_eur")),
            act.get("n_entries", "–"),
            *counts,
        ]
        rows.append(
            "<tr>" + "".join(f"<td{' class=num' if i > 2 else ''}>{v}</td>" for i, v in enumerate(cells)) + "</tr>"
        )
    gone = "" if rid == latest else f' <span class="tag dropped">not in {escape(latest)}</span>'
    title = " ".join((current.get("description") or "").split())
    title = title if len(title) <= 160 else title[:159] + "…"
    parts = [
        f'<section class="action" id="actie-{escape(aid)}" data-new="{new_here}">',
        f'<h2><a href="#actie-{escape(aid)}">Actie {escape(aid)}</a>{gone}</h2>',
        f'<p class="measure">{escape(current.get("line_title") or "")} › Maatregel '
        f"{current.get('measure_no') or '–'} {escape(current.get('measure_title') or '')}</p>"
        f"<p><em>{escape(title)}</em></p>",
        "<table><thead><tr><th>round</th><th>number</th><th>status</th><th>budget</th><th>entries</th>"
        "<th>new</th><th>revised</th><th>dropped</th><th>new facts</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>",
    ]
    for i, (r, a) in enumerate(history):
        if (r, a) in actions:
            parts.append(
                _round_html(
                    r,
                    actions[(r, a)],
                    entries.get((r, a), []),
                    own[(r, a)],
                    facts.get((r, a), []),
                    open_=i == 0,
                    first=r == order[0],
                )
            )
    if after:
        parts.append(
            f'<p class="dropped"><span class="tag dropped">dropped</span> The action is not in '
            f"{escape(after)}: all {len(removed)} of its sentences (its last round above) are gone.</p>"
        )
    parts.append("</section>")
    return "".join(parts)


def write_dossier(out: Path) -> Path:
    """Writes ``out/dossier.html`` (atomically) and returns its path."""
    target = out / DOSSIER_FILE
    atomic_write(target, render(out).encode("utf-8"))
    return target
