"""Coverage scan: every token with a capital letter not inside a record's span, per field.
Each leftover is meant to be a deliberate non-mention (kinds listed in ../NOTES-o17.md)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_orgs import build
from common import load_items, field_text, strip_tags

LOWER_HEADS = re.compile(r"\b(departement|afdeling|stad|gemeente|provincie|politiezone|justitiehuis\w*|kabinet\w*|"
                         r"inspectie|CLB\w*|CAW\w*|netwerk|agentschap|dienst|preventiedienst|OCMW|LIVC\w*|"
                         r"vzw|jeugdhuis|onderzoeksgroep|commissie|platform|politie|overheid|gemeenschap)\b", re.I)

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
        left, heads = [], []
        for m in re.finditer(r"[\w'’.!+-]+", plain):
            tok = m.group()
            if any(a <= m.start() < b for a, b in used):
                continue
            if any(c.isupper() for c in tok):
                left.append(tok)
        for m in LOWER_HEADS.finditer(plain):
            if not any(a <= m.start() < b for a, b in used):
                heads.append(m.group())
        if left or heads:
            print(it, where, no, loc or "", "| CAP:", " ".join(left), "| HEADS:", " ".join(heads))
