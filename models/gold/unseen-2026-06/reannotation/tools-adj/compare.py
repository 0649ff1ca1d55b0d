#!/usr/bin/env python3
"""Scorer-key comparison of two meeting files (multisets per item).

Key per record: (item, body_key(body), count, sorted dates, planned). body_key lower-cases, strips accents,
the articles "de", "het", "een", "'t" and punctuation, and drops the linking words van, voor, over, rond,
inzake, omtrent.

Usage: python3 compare.py A.jsonl B.jsonl [OUT.txt]  (labels "A only" / "B only")
"""
import collections
import json
import re
import sys
import unicodedata

DROP = {"de", "het", "een", "t", "van", "voor", "over", "rond", "inzake", "omtrent"}


def body_key(body):
    s = unicodedata.normalize("NFKD", body or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("'t ", " t ")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(w for w in s.split() if w not in DROP)


def key(r):
    return (r["item"], body_key(r["body"]), r["count"], tuple(sorted(r["dates"])), bool(r["planned"]))


def load(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def compare(a, b):
    ca = collections.Counter(key(r) for r in a)
    cb = collections.Counter(key(r) for r in b)
    agree = sum((ca & cb).values())
    na, nb = sum(ca.values()), sum(cb.values())
    f1 = 2 * agree / (na + nb) if na + nb else 1.0
    return na, nb, agree, f1, sorted((ca - cb).elements()), sorted((cb - ca).elements())


def fmt(k):
    item, bk, count, dates, planned = k
    return f"{item} | {bk} | count={count} | dates={list(dates)} | planned={planned}"


if __name__ == "__main__":
    a, b = load(sys.argv[1]), load(sys.argv[2])
    na, nb, agree, f1, ao, bo = compare(a, b)
    lines = [f"a={na} b={nb} agree={agree} F1={f1:.3f}"]
    lines += ["A only: " + fmt(k) for k in ao]
    lines += ["B only: " + fmt(k) for k in bo]
    out = "\n".join(lines) + "\n"
    if len(sys.argv) > 3:
        open(sys.argv[3], "w", encoding="utf-8").write(out)
    sys.stdout.write(out)
