"""Coverage scan (d18): every digit run, month name, season word, year-like token, period word and currency
marker in any annotated field (description, other parties, entry description, budget cell) that no date or
amount record covers is printed with its context. Every leftover must be a deliberate non-date/non-amount."""
import re

from common import all_fields, load_items
import build_amounts
import build_dates

MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
ABBR = r"jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
PATTERNS = [
    ("digits", r"(?<!\d)(?:\d{1,3}(?:[ .]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,/-]\d+)*)"),
    ("month", r"(?i)\b(?:%s)" % MONTHS),
    ("month-abbr", r"(?i)\b(?:%s)\.?(?![a-z])" % ABBR),
    ("season", r"(?i)\b(?:voorjaar|najaar|zomer|winter|lente|herfst)"),
    ("period-word", r"(?i)\b(?:begin|midden|eind|einde|half|helft|kwarta\w*|semester|trimester|schooljaar\w*|"
                    r"werkingsjaar\w*|editie|jaarverslag\w*|jaarrekening\w*|begroting|legislatuur|regeerperiode|"
                    r"vakantie\w*|jaar|jaren|maand\w*|week|weken|dag|dagen|vandaag|gisteren|morgen|dit|volgend\w*|"
                    r"vorig\w*|sindsdien|tot dan|momenteel|intussen|inmiddels)\b"),
    ("temporal", r"(?i)\b(?:sinds|vanaf|tegen|uiterlijk|ten laatste|ten vroegste|na afloop|met ingang|ingaand|"
                 r"tot en met|t\.e\.m\.|tot|na|vóór|voor)\b"),
    ("currency", r"€|(?i:\beuro\b|\bEUR\b|miljoen|\bk\s?euro)"),
]


def main():
    items = load_items()
    covered = {}
    for rec, f, sp in build_dates.build() + build_amounts.build():
        covered.setdefault((rec["item"], f), []).append(sp)
    left = 0
    for iid in sorted(items):
        for f, text in all_fields(items[iid]):
            spans = covered.get((iid, f), [])
            seen = set()
            for kind, pat in PATTERNS:
                for m in re.finditer(pat, text):
                    s, e = m.start(), m.end()
                    if (s, e) in seen:
                        continue
                    seen.add((s, e))
                    if any(a <= s and e <= b for a, b in spans):
                        continue
                    ctx = text[max(0, s - 45):e + 45].replace("\n", " ")
                    print("%s %-3s %-11s %-14r | %s" % (iid, f, kind, m.group(0), ctx))
                    left += 1
    print("leftovers:", left)


if __name__ == "__main__":
    main()
