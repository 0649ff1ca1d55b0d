"""d16: coverage scan. Prints every digit run, month name, season/period word and currency marker that no
record's raw covers, with context, so each leftover can be checked to be a deliberate non-date/non-amount."""
import json, os, re
from common import load_items, strip_tags, SET

MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
WORDS = (r"\b(?:" + MONTHS + r")\b|\b(?:voorjaar|lente|zomer\w*|najaar|herfst|winter|schooljaar\w*|semester|"
         r"kwartaal|jaarhelft|werkingsjaar|jaarverslag|begroting)\b|\d+|euro|€|\bEUR\b")


def fields(items):
    for it in items.values():
        yield it["item"], None, "description", strip_tags(it["description"])
        for e in it["entries"]:
            yield it["item"], e["entry_no"], "description", strip_tags(e["description"])
            yield it["item"], e["entry_no"], "budget", strip_tags(e["budget_text"])


def main():
    items = load_items()
    recs = {}
    for kind in ("dates", "amounts"):
        for line in open(os.path.join(SET, f"{kind}.jsonl"), encoding="utf-8"):
            r = json.loads(line)
            f = "budget" if r.get("location") == "budget" else "description"
            recs.setdefault((r["item"], r["entry_no"]), []).append((kind, r["raw"], f))
    left = 0
    for item, eno, f, text in fields(items):
        covered = [False] * len(text)
        for kind, raw, rf in recs.get((item, eno), []):
            if kind == "amounts" and rf != f:
                continue
            # mark the first not yet covered occurrence of raw (dates may sit in description or budget)
            start = 0
            while True:
                i = text.find(raw, start)
                if i < 0:
                    break
                if not any(covered[i:i + len(raw)]) or kind == "amounts":
                    for k in range(i, i + len(raw)):
                        covered[k] = True
                    break
                start = i + 1
        for m in re.finditer(WORDS, text, flags=re.I):
            if not all(covered[m.start():m.end()]):
                left += 1
                ctx = text[max(0, m.start() - 40):m.end() + 30].replace("\n", " ")
                print(f"{item} e{eno} {f}: {m.group()!r:16} …{ctx}…")
    print("leftovers:", left)


if __name__ == "__main__":
    main()
