#!/usr/bin/env python3
"""Adjudication j16: build ../../meetings.jsonl from A's file (reannotation/meetings-a.jsonl) plus the
decisions in ../ADJUDICATION.md, then check that every line parses and every raw is an exact substring of its
field (as stored or with <p>-style tags stripped). Run from anywhere."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
REANN = os.path.dirname(HERE)
SET = os.path.dirname(REANN)
A = os.path.join(REANN, 'meetings-a.jsonl')
B = os.path.join(REANN, 'meetings-b.jsonl')
TEXT = os.path.join(SET, 'text.jsonl')
OUT = os.path.join(SET, 'meetings.jsonl')

a = [json.loads(l) for l in open(A, encoding='utf-8')]
b = [json.loads(l) for l in open(B, encoding='utf-8')]

DROP = {  # (item, body in A) -> decision number in ADJUDICATION.md
    ('R01', 'aanspreekpunten beleidsdomein Onderwijs'): 1,      # persons/functions, no group head, no single owner
    ('R01', 'platform over radicalisering en terrorisme'): 2,   # 22 Feb 2024: previous period, background
    ('R15', 'netwerken geestelijke gezondheid voor volwassenen provincie Antwerpen'): 5,  # generic collective
    ('R16', 'lokaal afstemmingsoverleg gevangenis Antwerpen'): 6,  # replaced by B's set record (G9-6)
    ('R16', 'lokaal afstemmingsoverleg gevangenis Brugge'): 6,
    ('R16', 'lokaal afstemmingsoverleg gevangenis Hasselt'): 6,
    ('R19', "referentiepersonen CAW's"): 8,                     # did not meet in the period (last: 13 Mar 2024)
}
RENAME = {
    ('R15', 'interne cel Samenleven'): 'interne cel Samenleven stad Genk',          # 4: G9-3
    ('R19', 'referentieconsulenten radicalisering Opgroeien'): 'Opgroeien',       # 7: organiser/owner
}
b_set = [r for r in b if r['item'] == 'R16' and r['body'].startswith('lokaal afstemmingsoverleg gevangenissen')]
assert len(b_set) == 1

out = []
for r in a:
    key = (r['item'], r['body'])
    if r['item'] == 'R16' and r['entry_no'] == 2 and r['count'] == 2:  # 9: VDAB host record, no new day
        continue
    if key in DROP:
        if DROP[key] == 6 and r['body'].endswith('Antwerpen'):
            out.append(dict(b_set[0]))
        continue
    r = dict(r)
    if key in RENAME:
        r['body'] = RENAME[key]
    out.append(r)

# checks
fields = {}
for line in open(TEXT, encoding='utf-8'):
    it = json.loads(line)
    fields[(it['item'], 'description', None)] = it['description']
    fields[(it['item'], 'other_parties', None)] = it.get('other_parties_text', '')
    for e in it['entries']:
        fields[(it['item'], 'entry', e['entry_no'])] = e['description']
strip = lambda s: re.sub(r'<[^>]+>', '', s)
order = ['item', 'action_id', 'where', 'entry_no', 'raw', 'body', 'count', 'frequency', 'dates', 'planned']
errors = 0
for r in out:
    assert list(r.keys()) == order, r
    f = fields[(r['item'], r['where'], r['entry_no'])]
    if r['raw'] not in f and r['raw'] not in strip(f):
        print('RAW NOT FOUND', r); errors += 1
assert errors == 0
with open(OUT, 'w', encoding='utf-8') as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
n = sum(1 for l in open(OUT, encoding='utf-8') if json.loads(l))
print('wrote', n, 'records to', OUT)
