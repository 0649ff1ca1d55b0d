"""Coverage scan for organisations: every capitalised token (or token with a capital/digit inside, or '!')
and every lower-case organisation head noun that no organisation record covers, per field.
Read in full; every leftover is a deliberate non-mention (NOTES-o20.md)."""
import re
from common import ITEMS, field_text, tag_spans
from build_orgs import build

HEADS = ("departement", "afdeling", "agentschap", "stad", "gemeente", "provincie", "politiezone", "justitiehuis",
         "kabinet", "inspectie", "clb", "caw", "netwerk", "platform", "vzw", "universiteit", "hogeschool",
         "onderzoeksgroep", "studiebureau", "dienst", "centrum", "kenniscentrum", "federatie", "koepel", "forum",
         "instituut", "commissie", "comité", "raad", "college", "directie", "gevangenis", "campus", "lijn",
         "overheid", "regering", "parlement", "consortium", "moskee", "school", "atheneum", "organisatie",
         "gemeenschapsinstelling", "detentiecentrum", "preventiedienst", "bestuur", "ministerie", "zone",
         "werkgroep", "stuurgroep", "overleg", "groep", "team", "cel", "livc")
TOK = re.compile(r"[^\s,;:()'\"‘’“”<>]+")

recs, claims = build()
for item in sorted(ITEMS):
    d = ITEMS[item]
    fields = [("other_parties", None, False, d["other_parties_text"]), ("description", None, False, d["description"])]
    for e in d["entries"]:
        fields.append(("entry", e["entry_no"], False, e["description"]))
        fields.append(("entry", e["entry_no"], True, e["budget_text"]))
    for where, n, budget, text in fields:
        taken = claims.spans.get((item, where, n, budget), [])
        tags = tag_spans(text)
        left = []
        for m in TOK.finditer(text):
            i, j = m.start(), m.end()
            if any(a <= i < b for a, b in tags):
                continue
            tok = m.group().strip(".!?")
            w = m.group()
            if not tok:
                continue
            cap = tok[0].isupper() or any(c.isupper() for c in tok[1:]) or "!" in w
            head = tok.lower().rstrip("s'") in HEADS or any(tok.lower().startswith(h) for h in HEADS if len(h) > 5)
            if not (cap or head):
                continue
            if any(a <= i < b for a, b in taken):
                continue
            left.append(("H:" if head and not cap else "") + w)
        if left:
            tag = f"{item} {where}{'' if n is None else ' e%d' % n}{' budget' if budget else ''}"
            print(tag, "|", " ".join(left))
