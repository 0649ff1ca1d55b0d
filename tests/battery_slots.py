"""The slots of the template batteries (tests/body_battery.py, tests/organisation_battery.py): one syntax, one way to
load a battery's files and to fill a text.

A slot is ``{POOL}``, ``{POOL.field}`` or a numbered one, ``{POOL2}``, ``{POOL3.field}``, for another filler of the same
pool than the text's other slots of that pool. ``{POOL}`` prints the filler's ``printed`` (else ``name``);
``{HEAD.art}`` prints a head noun with its article (``gender``: "de"/"het").
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pipeline.gold import Score

SLOT = re.compile(r"\{(?P<pool>ORG1W|[A-Z]+)(?P<number>\d?)(?:\.(?P<field>\w+))?\}")


def load_templates(folder: Path) -> list[dict]:
    lines = (folder / "templates.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_pools(folder: Path) -> dict[str, list[dict]]:
    return json.loads((folder / "pools.json").read_text(encoding="utf-8"))


def slot_value(filler: dict, field: str | None) -> str:
    if field is None:
        return filler.get("printed") or filler["name"]
    if field == "art":
        return f"{filler['gender']} {filler['printed']}"
    return filler[field]


def choose(patterns: str, pools: dict[str, list[dict]], rng: random.Random) -> dict[tuple[str, str], dict]:
    """A filler for every (pool, number) the text and its expected patterns use: each slot of a pool another filler,
    and a filler without a field a slot asks for (an acronym, an adjective) not chosen."""
    uses = [m.groupdict() for m in SLOT.finditer(patterns)]
    chosen: dict[tuple[str, str], dict] = {}
    for pool, number in sorted({(u["pool"], u["number"]) for u in uses}):
        needed = {u["field"] for u in uses if (u["pool"], u["number"]) == (pool, number)} - {None, "art"}
        taken = [f for (p, _), f in chosen.items() if p == pool]
        candidates = [f for f in pools[pool] if all(f.get(k) for k in needed) and all(f is not t for t in taken)]
        chosen[(pool, number)] = rng.choice(candidates)
    return chosen


def fill_text(text: str, chosen: dict[tuple[str, str], dict]) -> str:
    return SLOT.sub(lambda m: slot_value(chosen[(m["pool"], m["number"])], m["field"]), text)


def fillings(template: dict, pools: dict[str, list[dict]], expected: str, fills: int) -> list[tuple[str, dict]]:
    """The template's text filled ``fills`` times, seeded by its id (the same fillings on every run), its first
    letter capitalised, each with the fillers chosen (for its ``expected`` patterns); none for an unsure template."""
    if template.get("confidence") != "sure":
        return []
    rng = random.Random(template["id"])
    out = []
    for _ in range(fills):
        chosen = choose(template["text"] + json.dumps(template[expected]), pools, rng)
        text = fill_text(template["text"], chosen)
        out.append((text[:1].upper() + text[1:], chosen))
    return out


def summed(filled: Iterable[Any], score: Callable[[Any], tuple[Score, list]]) -> tuple[Score, list[tuple[Any, list]]]:
    """A template's score summed over its fillings, and the fillings not exactly right with what the pipeline gave."""
    total, wrong = Score(0, 0, 0), []
    for one in filled:
        s, predicted = score(one)
        total = total + s
        if not (s.correct == s.gold == s.predicted):
            wrong.append((one, predicted))
    return total, wrong
