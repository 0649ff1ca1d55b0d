"""Sentence novelty between rounds: the December 2017 report against the synthetic June 2018 round.

The answer key (tests/fixtures/synthetic/changes-2017-12-to-2018-06.json) says which entries the
synthetic round rewrote; every other entry of the plan is byte-identical, so its sentences must all be
carried — also when the rounds are read from different renditions (Word against PDF)."""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES, SYNTHETIC, SYNTHETIC_TEXT, parse

from pipeline.compare import match_actions
from pipeline.model import Action, Report
from pipeline.novelty import (
    TextField,
    layout_key,
    lineage,
    novelty_rows,
    split_sentences,
)

KEY = json.loads((SYNTHETIC / "changes-2017-12-to-2018-06.json").read_text(encoding="utf-8"))
REWRITTEN = {(e["action_id"], e["entry_no"]) for e in KEY["rewritten_entries"]}
# The one description the synthetic round touched: the swap's doubled stop "klankbordgroep. ." (now 13.3).
EDITED_DESCRIPTIONS = {s["now_numbered"] for s in KEY["swapped"] if "edited" in s["note"]}


def _fields(action: Action) -> list[TextField]:
    out = [TextField(None, "description", action.description, action.page)]
    for e in action.entries:
        out.append(TextField(e.entry_no, "description", e.description, e.page))
        if e.budget_text.strip():
            out.append(TextField(e.entry_no, "budget_text", e.budget_text, e.page))
    return out


def novelty_of(before: Report, after: Report) -> list[dict]:
    """The `novelty` rows of ``after`` against ``before``, matched as `compare` matches actions."""
    a = {x.action_id: x for x in before.actions()}
    b = {x.action_id: x for x in after.actions()}
    rows = []
    for m in match_actions({k: v.description for k, v in a.items()}, {k: v.description for k, v in b.items()}):
        rows += novelty_rows(
            _fields(b[m.id_to]) if m.id_to else [],
            _fields(a[m.id_from]) if m.id_from else None,
            "2017-12",
            m.id_from,
            m.id_to or m.id_from,
        )
    return rows


# --- splitting: real sentences of the December 2017 report, split by hand -------------------------------------------

SPLITS = [
    (
        "o.a. De Ambrassade",
        [
            "Het kwam in februari en april 2017 al samen en zal nog minstens één keer samenkomen in het najaar van "
            "2017.",
            "Betrokken organisaties zijn o.a. De Ambrassade, Uit de Marge, Arktos, Groep Intro, Formaat, VVJ, JES vzw, "
            "Partage en Couleurs, MSC, Kras jeugdwerk.",
            "Deze groep kan worden uitgebreid als daar vraag naar of interesse voor is.",
        ],
    ),
    (
        "i.k.v. terugkeerders",
        [
            "Op 19 juni 2017 woonden het centraal aanspreekpunt en het aanspreekpunt onderwijs een congres bij i.k.v. "
            "terugkeerders.",
            "Op 28 en 29 september 2017 werd er door het aanspreekpunt onderwijs en door een islamexpert actief "
            "deelgenomen aan een RAN-meeting in Parijs m.b.t. de link tussen schooluitval en radicalisering.",
        ],
    ),
    (
        "nl. op 28 maart",
        [
            "De stuurgroep kwam sinds 1 oktober 2016 drie keer samen, nl. op 28 maart 2017, 27 juni 2017 en 26 "
            "september "
            "2017."
        ],
    ),
    (
        "(bv. toelichting VSSE",
        [
            "Afhankelijk van de agenda worden ook aanspreekpunten van andere beleidsdomeinen of overheden "
            "uitgenodigd (bv. "
            "toelichting VSSE, OCAD, expert cultuursensitieve zorg).",
            "De werkgroep kwam het afgelopen jaar samen op 09/12/2016, 17/2/2017, 24/05/2017 en 14/09/2017.",
        ],
    ),
    (
        "t.e.m. 31 december 2016",
        [
            "De pilootprojecten in de provincie Vlaams-Brabant (AgII) en de stad Antwerpen (Atlas) liepen van 1 "
            "januari "
            "2016 t.e.m. 31 december 2016.",
            "Op basis van de eerste projectresultaten in Antwerpen, werd door Atlas een verlenging van de "
            "projectsubsidieering aangevraagd.",
        ],
    ),
    (
        "Maaseik i.s.m. Dilsen",
        ["- Vilvoorde (85.000 euro);", "- Maaseik i.s.m. Dilsen-Stokkem (60.295 euro);", "- Aalst (61.400 euro);"],
    ),
    (
        "kwam samen op 2/2/2017",
        [
            "Het platform over radicalisering en terrorisme, dat overleg mogelijk maakt tussen de betrokken "
            "kabinetten van "
            "de federale overheid en de deelstaten, met vertegenwoordiging van de kabinetten van de "
            "minister-president en "
            "van de minister bevoegd voor Binnenlands Bestuur, kwam samen op 2/2/2017 en 23/6/2017."
        ],
    ),
    (
        "deradicalisering . Hier",
        [
            "Er werd een duidelijke website opgestart waar scholen/CLB informatie kunnen vinden rond het thema "
            "radicalisering en de school. http://onderwijs.vlaanderen.be/deradicalisering .",
            "Hier kan o.a. de volgende informatie gevonden worden:",
        ],
    ),
    ("Hun opdracht is driedelig.", ["Hun opdracht is driedelig.", "1. Individuele begeleidingstrajecten opstarten."]),
    (
        "de volgende 3 stappen moet doorlopen",
        [
            "Hoewel de situatie van elke jongere uniek is, gaan we er van uit dat elk traject minstens de volgende 3 "
            "stappen moet doorlopen:",
            "1. signaal wordt opgepikt/gemeld",
            "2. assessment",
            "3. traject wordt uitgestippeld: aanbod op maat.",
        ],
    ),
]


def _texts(report: Report) -> list[str]:
    return [
        t
        for a in report.actions()
        for t in [a.description] + [x for e in a.entries for x in (e.description, e.budget_text)]
    ]


@pytest.mark.parametrize("needle, expected", SPLITS, ids=[s[0] for s in SPLITS])
def test_splits_real_sentences(text_report, needle, expected):
    text = next(t for t in _texts(text_report) if needle in t)
    got = [text[a:b] for a, b in split_sentences(text)]
    start = next(i for i, s in enumerate(got) if s == expected[0])
    assert got[start : start + len(expected)] == expected


def test_spans_index_their_text(text_report):
    for text in _texts(text_report):
        spans = split_sentences(text)
        assert all(a < b and text[a:b] == text[a:b].strip() for a, b in spans)
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:], strict=False))
        # Nothing but whitespace falls between the sentences.
        assert layout_key("".join(text[a:b] for a, b in spans)) == layout_key(text)


def test_layout_key_ignores_layout_only():
    assert layout_key("de samen-\nwerking met “VVSG” – ﬁnaal") == layout_key('de samenwerking met "VVSG" - finaal')
    assert layout_key("en –behoeften") == layout_key("en – behoeften")
    assert layout_key("568.311 euro") != layout_key("511.536 euro")


# --- the synthetic round ------------------------------------------------------------------------------------------

DECEMBER = {"text": FIXTURES / "report-2017-12.txt", "docx": FIXTURES / "report-2017-12.docx"}
JUNE = {
    "text": SYNTHETIC_TEXT,
    "pdf": SYNTHETIC / "report-2018-06-SYNTHETISCH.pdf",
    "pdf-borderless": SYNTHETIC / "report-2018-06-SYNTHETISCH-borderless.pdf",
}
PAIRS = [("text", "text"), ("docx", "pdf"), ("docx", "pdf-borderless")]


@pytest.fixture(scope="module", params=PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def june_rows(request) -> list[dict]:
    december, june = request.param
    return novelty_of(parse(DECEMBER[december]), parse(JUNE[june]))


def test_every_rewritten_entry_has_new_or_revised_text(june_rows):
    changed = {(r["action_id"], r["entry_no"]) for r in june_rows if r["status"] in ("new", "revised")}
    assert sorted(REWRITTEN - changed) == []


def test_every_unchanged_entry_is_carried(june_rows):
    """Each entry (and description) the key does not list: every one of its sentences carried."""
    added, removed = set(KEY["added"]), set(KEY["removed"])
    not_carried = sorted(
        {
            (r["action_id"], r["entry_no"], r["status"], r["text"][:60])
            for r in june_rows
            if r["action_id"] not in added | removed
            and r["status"] != "carried"
            and (r["action_id"], r["entry_no"]) not in REWRITTEN
            and not (r["entry_no"] is None and r["action_id"] in EDITED_DESCRIPTIONS)
        }
    )
    assert not_carried == []
    carried_entries = {(r["action_id"], r["entry_no"]) for r in june_rows if r["status"] == "carried"}
    assert len(carried_entries) > 100  # the check above looked at the whole plan, not at nothing


def test_added_action_is_new_and_removed_action_dropped(june_rows):
    assert {r["status"] for r in june_rows if r["action_id"] in KEY["added"]} == {"new"}
    dropped = [r for r in june_rows if r["action_id"] in KEY["removed"]]
    assert dropped and {r["status"] for r in dropped} == {"dropped"}
    assert {r["previous_action_id"] for r in dropped} == set(KEY["removed"])


def test_swapped_actions_follow_their_content(june_rows):
    for swap in KEY["swapped"]:
        rows = [r for r in june_rows if r["action_id"] == swap["now_numbered"]]
        assert {r["previous_action_id"] for r in rows} == {swap["content_of"]}
    # The doubled stop removed in the helpdesk's description is a revision, not a new sentence.
    edited = [
        r
        for r in june_rows
        if r["action_id"] in EDITED_DESCRIPTIONS and r["entry_no"] is None and r["status"] != "carried"
    ]
    assert [r["status"] for r in edited] == ["revised"] and "klankbordgroep. ." in edited[0]["previous_text"]


def test_revised_sentences_show_what_they_revise(june_rows):
    revised = {r["text"]: r for r in june_rows if r["status"] == "revised"}
    row = revised["Het project ging van start op 8 januari 2018."]
    assert row["previous_text"] == "De start van het project is voorzien voor januari 2018."
    assert 0.6 <= row["similarity"] < 1
    budget = next(r for r in june_rows if r["action_id"] == "4.3" and r["field"] == "budget_text")
    assert budget["status"] == "revised" and budget["previous_text"].startswith("344.575,62 euro")


def test_same_statuses_whatever_the_renditions(june_rows):
    reference = novelty_of(parse(DECEMBER["text"]), parse(JUNE["text"]))

    def statuses(rows: list[dict]) -> list[tuple]:
        return sorted(
            (r["action_id"], r["entry_no"] or 0, r["field"], r["status"], layout_key(r["text"])) for r in rows
        )

    assert statuses(june_rows) == statuses(reference)


def test_same_report_in_another_rendition_is_all_carried():
    rows = novelty_of(parse(FIXTURES / "report-2017-12.txt"), parse(FIXTURES / "report-2017-12-borderless.pdf"))
    assert rows and {r["status"] for r in rows} == {"carried"}


def test_first_round_is_all_new(text_report):
    action = text_report.actions()[0]
    rows = novelty_rows(_fields(action), None, None, None, action.action_id)
    assert rows and {r["status"] for r in rows} == {"new"} and {r["previous_report"] for r in rows} == {None}
    for r in rows:
        field = next(f for f in _fields(action) if (f.entry_no, f.field) == (r["entry_no"], r["field"]))
        assert field.text[r["char_start"] : r["char_end"]] == r["text"]


def test_a_boundary_only_one_rendition_has_is_no_novelty(text_report):
    """Two sentences of the report printed without the space after the stop ("2017.Het") are one sentence to
    the splitter; matched against the two of the other rendition they are carried, both ways round."""
    text = next(t for t in _texts(text_report) if "al samen en zal nog minstens" in t)
    spans = split_sentences(text)
    (a1, b1), (a2, b2) = next((x, y) for x, y in zip(spans, spans[1:], strict=False) if "minstens" in text[x[0] : x[1]])
    glued = text[:b1] + text[a2:]  # the same text with the space after the stop gone
    spaced, squeezed = [TextField(2, "description", text, 4)], [TextField(2, "description", glued, 4)]
    assert len(split_sentences(glued)) == len(spans) - 1
    for before, after in ((spaced, squeezed), (squeezed, spaced)):
        rows = novelty_rows(after, before, "2017-12", "1.2", "1.2")
        assert {r["status"] for r in rows} == {"carried"}


def test_lineage_follows_renumbering():
    rows = [
        {
            "report_id": "2018-06",
            "action_id": "13.3",
            "status": "carried",
            "previous_report": "2017-12",
            "previous_action_id": "13.2",
        },
        {
            "report_id": "2017-12",
            "action_id": "13.2",
            "status": "new",
            "previous_report": None,
            "previous_action_id": None,
        },
    ]
    assert lineage(rows, "13.3", "2018-06") == [("2017-12", "13.2"), ("2018-06", "13.3")]
