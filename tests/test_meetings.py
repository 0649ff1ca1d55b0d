"""Meetings extractor: real sentences from the December 2017 report (dev actions only).

Run: .venv/bin/python -m pytest tests/test_meetings.py
Dev score: PYTHONPATH=. .venv/bin/python tests/test_meetings.py  (prints P/R/F1 and misses)
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from pipeline.extract.meetings import MeetingFact, find_meetings, split_statements

REPORT = Path(__file__).resolve().parent / "fixtures" / "report-2017-12.txt"
GOLD = Path(__file__).parent / "gold" / "dev" / "meetings" / "meetings.jsonl"
D = date(2017, 12, 1)
FIELDS = ("Status actie", "Verantwoordelijke ministers", "Beleidsdomeinen", "Andere betrokkenen")


def one(text: str) -> MeetingFact:
    facts = find_meetings(text, D)
    assert len(facts) == 1, facts
    assert text[facts[0].char_start : facts[0].char_end] == facts[0].raw
    return facts[0]


# ------------------------------------------------------------------ positives


def test_platform_meets_monthly_in_list_item() -> None:
    text = (
        "De structuren die binnen de Vlaamse overheid werden opgezet zijn nog steeds aanwezig, zijnde:\n"
        "- het centraal aanspreekpunt binnen ABB;\n"
        "- het Vlaams Platform Radicalisering dat maandelijks samenkomt."
    )
    f = one(text)
    assert (f.body, f.count, f.frequency, f.dates, f.planned) == (
        "Vlaams Platform Radicalisering",
        None,
        "maandelijks",
        (),
        False,
    )
    assert f.raw == "het Vlaams Platform Radicalisering dat maandelijks samenkomt."


def test_platform_met_on_two_days() -> None:
    text = (
        "Het platform over radicalisering en terrorisme, dat overleg mogelijk maakt tussen de betrokken "
        "kabinetten van de federale overheid en de deelstaten, met vertegenwoordiging van de kabinetten van "
        "de minister-president en van de minister bevoegd voor Binnenlands Bestuur, kwam samen op 2/2/2017 "
        "en 23/6/2017."
    )
    f = one(text)
    assert f.body == "platform over radicalisering en terrorisme"
    assert f.dates == (date(2017, 2, 2), date(2017, 6, 23))
    assert not f.planned


def test_werkgroep_every_three_months_and_its_dates() -> None:
    text = (
        "In de **werkgroep radicalisering** werd verder ingezet op intervisie. De werkgroep komt elke drie "
        "maanden samen. De werkgroep kwam het afgelopen jaar samen op 09/12/2016, 17/2/2017, 24/05/2017 en "
        "14/09/2017. De volgende bijeenkomst staat gepland voor december 2017."
    )
    every, met, next_ = find_meetings(text, D)
    assert (every.body, every.frequency, every.count) == ("werkgroep", "elke drie maanden", None)
    assert met.dates == (date(2016, 12, 9), date(2017, 2, 17), date(2017, 5, 24), date(2017, 9, 14))
    # no body in the sentence: the paragraph's body, and no day dates (a month only)
    assert (next_.body, next_.dates, next_.planned) == ("werkgroep radicalisering", (), True)


def test_casemanagers_quarterly_with_dates_and_next_session() -> None:
    text = (
        "De VVSG **ondersteunt casemanagers** (ambtenaren die geradicaliseerde individuen opvolgen) door het "
        "organiseren van inter- en supervisies waar expertise wordt gedeeld. Een startbijeenkomst werd "
        "georganiseerd op 3 februari 2016, waarna driemaandelijks werd samengekomen (31/3/2016, 20/6/2016, "
        "27/10/2016, 12/12/2016, 29/3/2017, 2/6/2017, 29/9/2017). Een volgende sessie zal doorgaan op "
        "15 december 2017."
    )
    held, planned = find_meetings(text, D)
    assert held.body == "casemanagers" and held.frequency == "driemaandelijks"
    assert len(held.dates) == 8 and held.dates[0] == date(2016, 2, 3) and not held.planned
    assert (planned.dates, planned.planned) == ((date(2017, 12, 15),), True)


def test_count_and_since_date_is_not_a_meeting_date() -> None:
    f = one(
        "De stuurgroep kwam sinds 1 oktober 2016 drie keer samen, nl. op 28 maart 2017, 27 juni 2017 "
        "en 26 september 2017."
    )
    assert (f.body, f.count) == ("stuurgroep", 3)
    assert f.dates == (date(2017, 3, 28), date(2017, 6, 27), date(2017, 9, 26))


def test_times_per_year_is_a_frequency_not_a_count() -> None:
    f = one(
        "Departement OV volgt de uitvoering van de beheersovereenkomsten op o.b.v. (1) tussentijdse "
        "rapporteringen door de ouderkoepelverenigingen in een stuurgroep die minimaal drie keer per jaar "
        "samenkomt en (2) a.d.h.v. een jaarrapport."
    )
    assert (f.body, f.count, f.frequency) == ("stuurgroep", None, "minimaal drie keer per jaar")


@pytest.mark.parametrize(
    ("sentence", "count", "frequency"),
    [
        ("De expertencel kwam inmiddels vijf maal plenair samen.", 5, None),
        ("De stuurgroep kwam reeds 6 maal samen.", 6, None),
        ("De werkgroep komt een viertal keer per jaar samen.", None, "een viertal keer per jaar"),
        ("De werkgroep kwam een viertal keer samen.", 4, None),
        ("De cel vergadert zesmaandelijks.", None, "zesmaandelijks"),
    ],
)
def test_count_words(sentence: str, count: int | None, frequency: str | None) -> None:
    f = one(sentence)
    assert (f.count, f.frequency) == (count, frequency)


def test_monthly_meetings_of_the_ntf_attended_by_a_guest() -> None:
    # Decision (documented in meetings.py): taking part in a named body's meetings is
    # a statement that the body meets; the body is the owner of the meetings.
    f = one(
        "Het centraal aanspreekpunt neemt deel aan de maandelijkse bijeenkomsten van de NTF en zorgt via "
        "het Vlaams Platform Radicalisering voor de wisselwerking tussen het federale en het Vlaamse beleid."
    )
    assert (f.body, f.frequency) == ("NTF", "maandelijkse")


def test_first_meeting_takes_body_from_previous_sentence() -> None:
    text = (
        "De werkgroep Communicatie werd na lange tijd opnieuw opgestart. Voorafgaand aan een eerste "
        "bijeenkomst die doorging op 21 september 2017, werd door het OCAD een behoefteanalyse opgemaakt."
    )
    f = one(text)
    assert (f.body, f.dates) == ("werkgroep Communicatie", (date(2017, 9, 21),))
    assert f.raw.startswith("Voorafgaand")


def test_invitation_to_a_future_working_group_meeting_is_planned() -> None:
    f = one(
        "De Afdeling Justitiehuisen werden opnieuw uitgenodigd voor de RAN werkgroep Prison and Probation "
        "op 12 en 13 december in Praag."
    )
    assert f.body == "RAN werkgroep Prison and Probation"
    assert f.dates == (date(2017, 12, 12), date(2017, 12, 13)) and f.planned


def test_unnamed_overleg_is_its_own_body() -> None:
    f = one(
        "- Er is maandelijks overleg tussen het aanspreekpunt en de referentiepersonen radicalisering "
        "binnen de koepels, het GO! en de CLB-netten."
    )
    assert (f.body, f.frequency) == ("overleg", "maandelijks")


# ------------------------------------------------------------------ negatives


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 28 maart 2017 vond er een gemeenschappelijke studiedag ILD plaats voor alle inspecteurs LBV.",
        "Op 19 juni 2017 woonden het centraal aanspreekpunt en het aanspreekpunt onderwijs een congres bij "
        "i.k.v. terugkeerders.",
        # a guest at someone else's event, no body named
        "Op 28 en 29 september 2017 werd er door het aanspreekpunt onderwijs en door een islamexpert actief "
        "deelgenomen aan een RAN-meeting in Parijs m.b.t. de link tussen schooluitval en radicalisering.",
        "- Op de algemene vergadering van de onderwijsinspectie werd ook een vorming gegeven door het "
        "aanspreekpunt radicalisering onderwijs. Deze vorming ging door op 21/12/2016.",
        # a body set up, not a body meeting
        "Er werd een structureel bovenlokaal overleg met DG EPI opgestart om de gezamenlijke aanpak uit te werken.",
        "In dit overleg worden strategische en beleidsmatige keuzes gemaakt.",
        # attending without when or how often
        "Als **belangenbehartiger** neemt de VVSG deel aan het Belgisch Forum voor Preventie en Veiligheid, "
        "werkgroep preventie en het Vlaamse Platform Radicalisering.",
        "Doel van deze intervisie is om samen tot oplossingen te komen aangaande gesprekstechnieken.",
        "- Toelichting werking VVSG op VVSG werkgroep werk en sociale economie (12/5/2017)",
    ],
)
def test_not_meetings(sentence: str) -> None:
    assert find_meetings(sentence, D) == []


def test_statement_splitter_keeps_abbreviations_and_dates() -> None:
    text = "Er werd o.a. afgestemd i.k.v. de werking m.b.t. scholen op 2/2/2017. Daarna, nl. op 3/3/2017, niet."
    spans = [text[a:b] for a, b in split_statements(text)]
    assert spans == [
        "Er werd o.a. afgestemd i.k.v. de werking m.b.t. scholen op 2/2/2017.",
        "Daarna, nl. op 3/3/2017, niet.",
    ]


# ------------------------------------------------------------------ dev score


def _is_dev(action_id: str) -> bool:
    return int(action_id.split(".")[1]) % 2 == 1 and action_id not in ("8.1", "9.1")


def _clean_cell(cell: str) -> str:
    cell = re.sub(r"</p>|<br\s*/?>|<li>|<ul[^>]*>|</ul>", "\n", cell)
    return re.sub(r"<[^>]+>", " ", cell)


def dev_action_texts() -> dict[str, str]:
    """Description and entry texts of each dev action, competence cells and fields left out.
    A stand-in for the structure parser, good enough to score the extractor."""
    texts: dict[str, list[str]] = {}
    current: str | None = None
    for line in REPORT.read_text(encoding="utf-8").split("\n"):
        head = re.match(r"Actie (\d+\.\d+)\s*(.*)", line)
        if head:
            current = head.group(1)
            texts[current] = [_clean_cell(head.group(2))]
            continue
        if re.match(r"\d+\. \S", line) or current is None or line.startswith(FIELDS):
            if re.match(r"\d+\. \S", line):
                current = None
            continue
        if line.startswith("Bevoegdheden\t") or line.strip() == "Rapportage":
            continue
        cells = line.split("\t")
        texts[current].append(_clean_cell("\t".join(cells[1:]) if len(cells) > 1 else line))
    return {a: "\n".join(parts) for a, parts in texts.items() if _is_dev(a)}


def _norm_body(body: str) -> str:
    return re.sub(r"^(de|het|een)\s+", "", body.lower().strip())


def _head(body: str) -> str:
    from pipeline.extract.meetings import _BODY_RE

    m = _BODY_RE.search(body)
    return (m.group(0) if m else body.split()[-1]).lower()


def bodies_match(a: str, b: str) -> bool:
    na, nb = _norm_body(a), _norm_body(b)
    return na == nb or _head(a) in nb or _head(b) in na


def score() -> tuple[float, float, float, list[str]]:
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    predicted = [(a, f) for a, text in dev_action_texts().items() for f in find_meetings(text, D)]
    unmatched_gold = list(gold)
    tp, notes = 0, []
    for action_id, f in predicted:
        hit = next(
            (
                g
                for g in unmatched_gold
                if g["action_id"] == action_id
                and bodies_match(g["body"], f.body)
                and g["count"] == f.count
                and [date.fromisoformat(d) for d in g["dates"]] == list(f.dates)
            ),
            None,
        )
        if hit:
            tp += 1
            unmatched_gold.remove(hit)
        else:
            notes.append(f"FP {action_id} {f.body!r} {f.count} {f.dates} :: {f.raw[:90]}")
    notes += [f"FN {g['action_id']} {g['body']!r} :: {g['raw'][:90]}" for g in unmatched_gold]
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold) if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, notes


def test_dev_gold_raws_are_in_the_report() -> None:
    texts = dev_action_texts()
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert record["raw"] in texts[record["action_id"]], record["raw"]


def test_dev_score() -> None:
    p, r, f1, notes = score()
    assert f1 >= 0.85, (p, r, f1, notes)


if __name__ == "__main__":
    precision, recall, f1_score, misses = score()
    print(f"dev meetings: P={precision:.3f} R={recall:.3f} F1={f1_score:.3f}")
    print("\n".join(misses))
