#!/usr/bin/env python3
"""Adjudication j20: build ../../meetings.jsonl (models/gold/unseen-2026-12/meetings.jsonl) from annotator A's file
(../a20a/meetings.jsonl; A's raw spans, record order and non-key fields) plus the decisions of ../ADJUDICATION.md.

On the scorer key the two blind files (a20a = A, a20b = B) agree on 114 records (A 125, B 124; see ../COMPARISON.txt).
The 21 unmatched records come from 7 disagreements, all decided below; no agreed record changes its key.
Every decision is a change of `body` on A's records (B's readings rename A's record, so A's raw stays) or a
confirmation of A's records; no record is added or dropped (the X15 decision keeps A's two records and so rejects
B's one record).

Checks (the annotators' checks): every line parses and re-reads identically; key order; `raw` an exact substring of
its entry's `description` as stored, with no tag and no outer whitespace; dates valid ISO days, sorted, unique, and
their day number printed in the raw; a record not planned has its dates inside the reporting period
(2026-06-01..2026-12-01), a planned one only after the report date; counts positive ints; frequency verbatim in the
raw; no duplicate (item, entry, raw, body); records in text order within an item; each decision applied exactly
as often as listed.

Run: python3 adjudicate.py   (from anywhere)
"""
import datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REANN = os.path.dirname(HERE)
SET = os.path.dirname(REANN)
A = os.path.join(REANN, 'a20a', 'meetings.jsonl')
B = os.path.join(REANN, 'a20b', 'meetings.jsonl')
TEXT = os.path.join(SET, 'text.jsonl')
OUT = os.path.join(SET, 'meetings.jsonl')
REPORT_DATE, PERIOD_START = '2026-12-01', '2026-06-01'
ORDER = ['item', 'action_id', 'where', 'entry_no', 'raw', 'body', 'count', 'frequency', 'dates', 'planned']

WG_BHG = ('werkgroep radicalisering en polarisering Globaal Veiligheids- en Preventieplan '
          'Brussels Hoofdstedelijk Gewest')

# (item, body in A) -> (final body, decision no., records expected, one-line reason)
DECISIONS = {
    ('X03', WG_BHG): (WG_BHG, 1, 1,
        "A: the cross-round name of this werkgroep in every dev set (dev-2019 E03, dev-2021-12 J03, dev-2023-12 Q03, "
        "dev-2025-12 W03 even where safe.brussels convened it); its printed van-complement is its name (gold7); "
        "'gecoordineerd door' adds no owner to a body whose complement is printed"),
    ('X06', 'werkgroep radicalisering VVSG'): ('werkgroep radicalisering', 2, 2,
        "B: no owner printed and no G8-1 verb with the VVSG as subject; a list of the VVSG-project's 'initiatieven' is "
        "the shape of dev-2024-12 R08 and dev-2023-12 Q08, both bare in the adjudicated gold"),
    ('X10', 'Brusselse begeleidingsgroep CONNECT'): ('Brusselse begeleidingsgroep', 3, 1,
        "B: no 'van CONNECT' printed (G8-2 needs a printed complement; dev-2025-12 W09 had one), composed in the "
        "passive with no agent (no G8-1 owner); bare heads in project passages stay bare (dev-2020-12 H32, dev-2023-12 Q19)"),
    ('X12', 'schrijfgroep Opgroeien'): ('schrijfgroep Opgroeien', 4, 2,
        "A: the group meets 'hiervoor', for the one organisation's task (Opgroeien updates its draaiboek): G8-1 owner "
        "as dev-2025-12 J22 (W11, same action 6.1, same shape) named it; one name across rounds"),
    ('X14', 'opvolgingscomité TEGENSTROOM'): ('opvolgingscomité', 5, 1,
        "B: G8-2 needs a printed 'van het project'; same action 7.1 precedent keeps a bare 'Het opvolgingscomite' in a "
        "project passage bare (dev-2020-12 H15, dev-2023-12 Q19); dev-2025-12 W14 added DETOUR only because it was printed"),
    ('X15', 'CAW Oost-Vlaanderen'): ('CAW Oost-Vlaanderen', 6, 1,
        "A: coordinated subject naming two particular organisations by place (G9-2), as dev-2024-12 adjudication #3 "
        "('de justitiehuizen van Antwerpen en Mechelen') and dev-2025-12 J25 ('De consultteams van Oost- en "
        "West-Vlaanderen'); the EKS after 'met' gets none (G9-2), so B's EKS record is rejected"),
    ('X15', 'CAW West-Vlaanderen'): ('CAW West-Vlaanderen', 6, 1, "A: as above (decision 6)"),
    ('X19', 'commissie levensbeschouwelijke vakken onderwijsinspectie'): ('commissie levensbeschouwelijke vakken', 7, 2,
        "B: one name across actions and rounds (dev 4.7, dev-2021-12 J30, dev-2024-12 R22: 'commissie "
        "levensbeschouwelijke vakken'), and a body that is an organisation keeps its canonical (this set's organisation "
        "gold: 'commissie levensbeschouwelijke vakken'); lower case as printed here"),
}


def load(p):
    return [json.loads(l) for l in open(p, encoding='utf-8') if l.strip()]


def main():
    a = load(A)
    out, applied = [], {}
    for r in a:
        r = dict(r)
        k = (r['item'], r['body'])
        if k in DECISIONS:
            body, no, _, _ = DECISIONS[k]
            r['body'] = body
            applied[k] = applied.get(k, 0) + 1
        out.append({key: r[key] for key in ORDER})
    for k, (_, no, n, _) in DECISIONS.items():
        assert applied.get(k, 0) == n, ('decision not applied as listed', k, applied.get(k, 0), n)

    # ---- checks ----
    items = {}
    for line in open(TEXT, encoding='utf-8'):
        it = json.loads(line)
        items[it['item']] = it
    errors = []
    seen = set()
    last_pos = {}
    num_words = {1: ['een', 'één', 'eenmaal', '1'], 2: ['twee', 'tweemaal', '2'], 3: ['drie', 'driemaal', '3'],
                 4: ['vier', 'viermaal', '4'], 5: ['vijf', 'vijfmaal', '5']}
    for r in out:
        it = items[r['item']]
        assert r['action_id'] == it['action_id'], r
        if r['where'] == 'entry':
            field = next(e['description'] for e in it['entries'] if e['entry_no'] == r['entry_no'])
        else:
            assert r['where'] == 'description' and r['entry_no'] is None, r
            field = it['description']
        raw = r['raw']
        if raw not in field: errors.append(('raw not in field', r))
        if '<' in raw or '>' in raw or raw != raw.strip(): errors.append(('raw has tag/whitespace', r))
        ds = r['dates']
        if ds != sorted(set(ds)): errors.append(('dates not sorted/unique', r))
        for d in ds:
            try:
                dd = datetime.date.fromisoformat(d)
            except ValueError:
                errors.append(('bad date', d, r)); continue
            if not re.search(r'(?<!\d)0?%d(?!\d)' % dd.day, raw): errors.append(('day not printed', d, r))
            if r['planned'] and d <= REPORT_DATE: errors.append(('planned with past date', d, r))
            if not r['planned'] and not (PERIOD_START <= d <= REPORT_DATE): errors.append(('date outside period', d, r))
        c = r['count']
        if c is not None:
            if not (isinstance(c, int) and c > 0): errors.append(('bad count', r))
            elif c in num_words and not any(w in raw.lower() for w in num_words[c]): errors.append(('count word', r))
        if r['frequency'] is not None and r['frequency'] not in raw: errors.append(('frequency not in raw', r))
        if not isinstance(r['planned'], bool): errors.append(('planned not bool', r))
        key = (r['item'], r['entry_no'], raw, r['body'])
        if key in seen: errors.append(('duplicate', r))
        seen.add(key)
        pos = (r['entry_no'] or 0, field.find(raw))
        if r['item'] in last_pos and pos < last_pos[r['item']]: errors.append(('text order', r))
        last_pos[r['item']] = pos
    if errors:
        for e in errors: print('ERROR', e)
        sys.exit(1)
    with open(OUT, 'w', encoding='utf-8') as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    back = load(OUT)
    assert back == out and all(list(r.keys()) == ORDER for r in back)
    print('wrote %d records (%d planned) to %s' % (len(out), sum(r['planned'] for r in out), os.path.relpath(OUT)))
    for k, (body, no, n, why) in sorted(DECISIONS.items(), key=lambda kv: kv[1][1]):
        print('  decision %d %s x%d: %s -> %s | %s' % (no, k[0], n, k[1], body, why))


if __name__ == '__main__':
    main()
