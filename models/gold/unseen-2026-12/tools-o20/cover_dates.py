"""Coverage scan for dates and amounts: every digit run, month name (also abbreviated), season or period word
and currency marker that no date or amount record covers, per field, with context. Read in full; every
leftover is deliberate (NOTES-o20.md)."""
import re
from common import ITEMS, tag_spans
from build_dates import build as build_dates
from build_amounts import build as build_amounts

MONTHS = ("januari februari maart april mei juni juli augustus september oktober november december "
          "jan feb mrt apr jun jul aug sep sept okt nov dec").split()
PERIOD = ("voorjaar lente zomer najaar herfst winter schooljaar schooljaren werkingsjaar kwartaal semester "
          "jaarhelft jaarwisseling vakantie reces begin midden eind einde half week weken maand maanden jaar "
          "jaren jaarlijks jaarlijkse editie zomereditie").split()
CUR = ("euro", "€", "eur")
TOK = re.compile(r"\d+|[A-Za-zÀ-ÿ€]+")

_, dclaims = build_dates()
_, aclaims = build_amounts()
for item in sorted(ITEMS):
    d = ITEMS[item]
    fields = [("other_parties", None, False, d["other_parties_text"]), ("description", None, False, d["description"])]
    for e in d["entries"]:
        fields.append(("entry", e["entry_no"], False, e["description"]))
        fields.append(("entry", e["entry_no"], True, e["budget_text"]))
    for where, n, budget, text in fields:
        key = (item, where, n, budget)
        taken = dclaims.spans.get(key, []) + aclaims.spans.get(key, [])
        tags = tag_spans(text)
        left = []
        for m in TOK.finditer(text):
            i, w = m.start(), m.group()
            if any(a <= i < b for a, b in tags):
                continue
            lw = w.lower()
            hit = w.isdigit() or lw in MONTHS or lw in CUR or any(lw.startswith(p) for p in PERIOD if len(p) > 4) \
                or lw in PERIOD
            if not hit or any(a <= i < b for a, b in taken):
                continue
            ctx = text[max(0, i - 30): i + len(w) + 20].replace("\n", " ")
            left.append(f"{w!r} «{ctx}»")
        for x in left:
            tag = f"{item} {where}{'' if n is None else ' e%d' % n}{' budget' if budget else ''}"
            print(tag, "|", x)
