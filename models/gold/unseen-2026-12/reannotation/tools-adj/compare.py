#!/usr/bin/env python3
"""j20: compare the two blind meeting annotations of unseen-2026-12 by the scorer's key.

Per item, two records match when their body key is equal (case, accents, articles "de", "het", "een", "den",
"der", "des", "'t", punctuation and the linking words "van", "voor", "over", "rond", "inzake", "omtrent" do not
count) and either the same count (non-null), or the same sorted dates (non-empty), or both have neither and the
same planned. Greedy one-to-one in record order. Writes ../COMPARISON.txt.

Run: python3 compare.py [A.jsonl B.jsonl]   (default: ../a20a/meetings.jsonl ../a20b/meetings.jsonl)
"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REANN = os.path.dirname(HERE)
A = sys.argv[1] if len(sys.argv) > 2 else os.path.join(REANN, 'a20a', 'meetings.jsonl')
B = sys.argv[2] if len(sys.argv) > 2 else os.path.join(REANN, 'a20b', 'meetings.jsonl')
OUT = os.path.join(REANN, 'COMPARISON.txt')

STOP = {'de', 'het', 'een', 'den', 'der', 'des', 't',
        'van', 'voor', 'over', 'rond', 'inzake', 'omtrent'}


def body_key(s):
    s = unicodedata.normalize('NFKD', s or '')
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"'t\b", ' ', s)
    toks = re.sub(r'[^0-9a-z]+', ' ', s).split()
    return ' '.join(t for t in toks if t not in STOP)


def load(p):
    return [json.loads(l) for l in open(p, encoding='utf-8') if l.strip()]


def match(r, s):
    if r['item'] != s['item'] or body_key(r['body']) != body_key(s['body']):
        return False
    if r['count'] is not None and r['count'] == s['count']:
        return True
    if r['dates'] and sorted(r['dates']) == sorted(s['dates']):
        return True
    neither_r = r['count'] is None and not r['dates']
    neither_s = s['count'] is None and not s['dates']
    return neither_r and neither_s and r['planned'] == s['planned']


def compare(a, b):
    used = set()
    pairs = []
    for i, r in enumerate(a):
        for j, s in enumerate(b):
            if j not in used and match(r, s):
                used.add(j); pairs.append((i, j)); break
    ma = {i for i, _ in pairs}
    return pairs, [r for i, r in enumerate(a) if i not in ma], [s for j, s in enumerate(b) if j not in used]


def fmt(side, r):
    return (f"{side} {r['item']} e{r['entry_no']} | raw: {r['raw']}\n"
            f"      body: {r['body']}  [key: {body_key(r['body'])}] | count: {r['count']} | dates: {r['dates']} | planned: {r['planned']}")


if __name__ == '__main__':
    a, b = load(A), load(B)
    pairs, ao, bo = compare(a, b)
    n = len(pairs)
    f1 = 2 * n / (len(a) + len(b)) if a or b else 1.0
    lines = [f'A = {os.path.relpath(A, REANN)}  n={len(a)}  (planned {sum(r["planned"] for r in a)})',
             f'B = {os.path.relpath(B, REANN)}  n={len(b)}  (planned {sum(r["planned"] for r in b)})',
             f'agreed = {n}', f'F1 = {f1:.3f}  (P(B|A) = {n/len(a):.3f}, R = {n/len(b):.3f})', '',
             f'A only: {len(ao)}']
    lines += [fmt('A', r) for r in ao]
    lines += ['', f'B only: {len(bo)}']
    lines += [fmt('B', r) for r in bo]
    open(OUT, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    print('\n'.join(lines))
