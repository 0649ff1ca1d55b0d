"""Coverage scan: every capitalised token (or token with a capital/digit-like acronym) not inside a
record's span, per field, with context. Each leftover is meant to be a deliberate non-mention."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_orgs import build
from common import load_items, field_text, strip_tags

out, spans, errors = build()
items = load_items()
for it in sorted(items):
    item = items[it]
    fields = [("other_parties", None, None), ("description", None, None)]
    for e in item["entries"]:
        fields += [("entry", e["entry_no"], None), ("entry", e["entry_no"], "budget")]
    for where, no, loc in fields:
        plain = strip_tags(field_text(item, where, no, loc))
        used = spans.get((it, where, no, loc), [])
        left = []
        for m in re.finditer(r"[\w'’.!+-]+", plain):
            tok = m.group()
            if not any(c.isupper() for c in tok):
                continue
            if any(a <= m.start() < b for a, b in used):
                continue
            left.append(tok)
        if left:
            print(it, where, no, loc or "", "|", " ".join(left))
