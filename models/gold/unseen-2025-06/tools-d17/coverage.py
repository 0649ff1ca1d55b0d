"""d17: coverage scan. Lists every digit run, month name, season/period word and currency marker in every
annotated field that no dates/amounts record covers (each must be a deliberate non-date / non-amount)."""
import json, os, re
from common import SET, ITEMS, strip_tags

MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
WORDS = MONTHS + "|voorjaar|lente|zomer|najaar|herfst|winter|begin|midden|eind|einde|semester|kwartaal|jaarhelft|schooljaar|werkingsjaar|jaar|jaren|maand|maanden|week|weken|euro|EUR|€"
PAT = re.compile(r"\d+(?:[.,/]\d+)*|(?<![\w])(?:" + WORDS + r")(?![\w])|€", re.I)

recs = [json.loads(l) for k in ("dates", "amounts") for l in open(os.path.join(SET, k + ".jsonl"), encoding="utf-8")]


def fields():
    for item, it in ITEMS.items():
        yield item, "description", None, "description", it["description"]
        for e in it["entries"]:
            yield item, "entry", e["entry_no"], "description", e["description"]
            yield item, "entry", e["entry_no"], "budget_text", e["budget_text"]


left = 0
for item, where, eno, fname, text in fields():
    t = strip_tags(text)
    covered = [False] * len(t)
    for r in recs:
        if r["item"] != item or r["where"] != where or r["entry_no"] != eno:
            continue
        if "location" in r and (r["location"] == "budget") != (fname == "budget_text"):
            continue
        for m in re.finditer(r"(?<![\w])" + re.escape(r["raw"]) + r"(?![\w])", t):
            for i in range(m.start(), m.end()):
                covered[i] = True
        if r.get("label"):
            pass
    for m in PAT.finditer(t):
        if not all(covered[m.start():m.end()]):
            left += 1
            ctx = t[max(0, m.start() - 35):m.end() + 35].replace("\n", " ")
            print(f"{item} {where} {eno} {fname}: [{m.group()}]  …{ctx}…")
print("leftovers:", left)
