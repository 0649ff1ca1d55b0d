"""Build ../meetings.jsonl: blind gold meeting annotation of dev-2026-12 (SYNTHETIC, writer w21), annotator a21.

Imports the four batches (items_a: Y01-Y06, items_b: Y07-Y12, items_c: Y13-Y17, items_d: Y18-Y22), runs the checks of
common.py on all records together, checks that every item of text.jsonl is covered by exactly one batch, writes the file
and checks that it re-parses to the same records in the key order.

Run: python3 build_meetings.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import items_a, items_b, items_c, items_d  # noqa: E402,E401

BATCHES = [("items_a", items_a, [f"Y{i:02d}" for i in range(1, 7)]),
           ("items_b", items_b, [f"Y{i:02d}" for i in range(7, 13)]),
           ("items_c", items_c, [f"Y{i:02d}" for i in range(13, 18)]),
           ("items_d", items_d, [f"Y{i:02d}" for i in range(18, 23)])]


def main():
    items = common.load_items()
    problems = []
    tuples = []
    covered = []
    for name, mod, its in BATCHES:
        for rec in mod.R:
            if rec[0] not in its:
                problems.append(f"{name}: record of {rec[0]} outside its batch")
        tuples.extend(mod.R)
        covered.extend(its)
    if sorted(covered) != sorted(items):
        problems.append(f"batches cover {sorted(covered)} but text.jsonl has {sorted(items)}")
    # keep the text order of items (stable within an item)
    order = {k: i for i, k in enumerate(items)}
    tuples.sort(key=lambda r: order.get(r[0], 999))
    out, p2 = common.to_records(tuples, items)
    problems.extend(p2)
    problems.extend(common.write(out))
    ok = common.report(out, problems, "meetings.jsonl")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
