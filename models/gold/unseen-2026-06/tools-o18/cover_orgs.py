"""Coverage scan (o18): per field, every token with a capital letter that no record covers, and every
lower-case organisation head word (departement, afdeling, stad, gemeente, provincie, dienst, ...) that no
record covers, each with a little context. Every leftover must be a deliberate non-mention (NOTES-o18.md)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_orgs import build
from common import load_items, field_text

HEADS = re.compile(r"^(departement|afdeling|agentschap|stad|steden|gemeente|gemeenten|provincie|politiezone|politie|"
                   r"dienst|preventiedienst|jeugddienst|kabinet|inspectie|onderwijsinspectie|netwerk|platform|"
                   r"vzw|asbl|bv|stichting|centrum|instituut|hogeschool|universiteit|school|basisschool|atheneum|"
                   r"college|commissie|bestuur|stadsbestuur|ocmw|caw|clb|justitiehuis|gevangenis|moskee|"
                   r"vereniging|lotgenotengroep|huis|huizen|cel|overheid|regering|parlement|federatie|koepel)\w*",
                   re.I)

out, spans, errors = build()
items = load_items()
for it in sorted(items):
    item = items[it]
    fields = [("other_parties", None, None), ("description", None, None)]
    for e in item["entries"]:
        fields += [("entry", e["entry_no"], None), ("entry", e["entry_no"], "budget")]
    for where, no, loc in fields:
        text = field_text(item, where, no, loc)
        # blank out tags but keep offsets
        plain = re.sub(r"<[^>]+>", lambda m: " " * len(m.group()), text)
        used = spans.get((it, where, no, loc), [])
        caps, heads = [], []
        for m in re.finditer(r"\w[\w'’.!+&-]*", plain):
            tok = m.group().rstrip(".'’")
            if any(a <= m.start() < b for a, b in used):
                continue
            if any(c.isupper() for c in tok):
                caps.append(tok)
            elif HEADS.match(tok):
                ctx = plain[max(0, m.start() - 25): m.end() + 35].replace("\n", " ")
                heads.append("%s «%s»" % (tok, " ".join(ctx.split())))
        if caps or heads:
            print("==", it, where, no or "", loc or "")
            if caps:
                print("   CAPS:", " ".join(caps))
            for h in heads:
                print("   HEAD:", h)
print("errors", errors)
