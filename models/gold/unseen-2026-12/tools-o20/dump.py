"""Print the items of text.jsonl in a readable form (one item or all)."""
import json, sys, pathlib
HERE = pathlib.Path(__file__).resolve().parent.parent
want = set(sys.argv[1:])
for line in open(HERE / "text.jsonl", encoding="utf-8"):
    d = json.loads(line)
    if want and d["item"] not in want:
        continue
    print("=====", d["item"], d["action_id"])
    print("DESC:", d["description"])
    print("OP:", repr(d["other_parties_text"]))
    for e in d["entries"]:
        print("--- entry", e["entry_no"], e["competences"])
        print(e["description"].replace("</p><p>", "</p>\n<p>").replace("</li><li>", "</li>\n<li>"))
        print("BUDGET:", repr(e["budget_text"]))
