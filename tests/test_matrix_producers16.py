"""Reader cases the Typst and fpdf2 renditions of the matrix showed (t01, t05, p04, p05 in the sample).

Each expected value was checked by hand against the text form of its round and the page image.
"""

from __future__ import annotations

from conftest import ROOT, parse

from pipeline.model import Block
from pipeline.read.pdf import (
    MAYBE_BROKEN,
    Line,
    _address_goes_on,
    _mend_words,
    _paragraph_goes_on,
    _paragraphs,
    _range_cut,
    _within_first_column,
)

SAMPLE = ROOT / "tests" / "fixtures" / "matrix"
T01 = SAMPLE / "t01-2018-06-SYNTHETISCH-typst-horizontal-table.pdf"
T05 = SAMPLE / "t05-2017-12-typst-full-colon.pdf"
P04 = SAMPLE / "p04-2017-12-fpdf2-horizontal-colon.pdf"
P05 = SAMPLE / "p05-2017-12-fpdf2-frame-colon.pdf"


def _line(text: str, top: float, x0: float = 50.0, glyph: float = 5.0) -> Line:
    words, x = [], x0
    for t in text.split():
        words.append({"text": t, "x0": x, "x1": x + glyph * len(t), "top": top, "bottom": top + 9})
        x += glyph * len(t) + 2.5
    return Line(top, top + 9, x0, x - 2.5, words)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_web_address_broken_inside_goes_on_without_a_space():
    """Typst breaks an address after "." or "_" (t01 14.5 "https://www." / "stampmedia.be/represent.",
    t05 1.4 "http://onderwijs.vlaanderen." / "be/deradicalisering"), and inside a word where the line is full
    (t05 14.6 "http://www.vec" / "htsportplatform.be/."); fpdf2 before a hyphen ("…-stem-krijgen" /
    "-in-nieuwsmedia…"). An address that ended keeps its space: a capital after its period, or a word that had
    room on the line ("www.nohate.be" / "werd")."""
    assert _paragraphs([_line("zie https://www.", 100), _line("stampmedia.be/represent. Er", 111)]) == (
        "zie https://www.stampmedia.be/represent. Er"
    )
    assert _paragraphs([_line("op https://youtu.be/TEpXKF_", 100), _line("ZY8Y. Dit", 111)]) == (
        "op https://youtu.be/TEpXKF_ZY8Y. Dit"
    )
    assert _paragraphs([_line("via http://www.nohate.be/.", 100), _line("Departement OV", 111)]) == (
        "via http://www.nohate.be/. Departement OV"
    )
    # "werd" (20 pt) had room before the edge at 300: the line broke at a space.
    lines = [_line("op www.nohate.be", 100), _line("werd voorgesteld", 111)]
    assert _paragraphs(lines, right=300.0) == "op www.nohate.be werd voorgesteld"
    # With the line full to its edge, the letters go on ("http://www.vec" / "htsportplatform.be/.").
    full = _line("opgericht: http://www.vec", 100)
    assert _paragraphs([full, _line("htsportplatform.be/. Dit", 111)], right=full.x1 + 2.0) == (
        "opgericht: http://www.vechtsportplatform.be/. Dit"
    )
    # fpdf2: one address over three lines, the last piece opening with its hyphen.
    first, second = (
        "https://www.standaard.be/jongeren-met-mig",
        "ratieachtergrond-vinden-dat-ze-nauwelijks-stem-krijgen",
    )
    lines = [  # the first two full to the cell's edge (glyphs of other widths)
        _line(first, 100, glyph=5.0 * len(second) / len(first)),
        _line(second, 111),
        _line("-in-nieuwsmedia-bece28ca/ev558/", 122),
    ]
    edge = max(ln.x1 for ln in lines)
    assert _address_goes_on(lines[1], lines[2].words[0], edge, "https://www.standaard.be/jongeren-met-migratie")
    assert _paragraphs(lines) == (
        "https://www.standaard.be/jongeren-met-migratieachtergrond-vinden-dat-ze-nauwelijks-stem-krijgen"
        "-in-nieuwsmedia-bece28ca/ev558/"
    )


def test_the_typst_renditions_keep_their_web_addresses_whole(round_texts):
    t01 = parse(T01).locate("14.5")[2].entries[0].description
    assert "https://www.stampmedia.be/represent. Er werd" in _flat(t01)
    t05 = {a.action_id: a for a in parse(T05).actions()}
    assert "http://onderwijs.vlaanderen.be/deradicalisering . Hier" in _flat(t05["1.4"].entries[2].description)
    assert "opgericht: http://www.vechtsportplatform.be/. Dit platform" in _flat(t05["14.6"].description)
    # The rows Typst could not keep on a page (row_split=False) went on over the break: no footer in a cell.
    assert t05["4.3"].entries[0].budget_text == "344.575,62 euro (15 jan 2017 – 12 jan 2020)"


def test_a_number_range_cut_inside_its_second_number_is_one_again():
    """fpdf2, narrow budget cell (p01 9.1): "(schooljaar 2016-20" / "17)" where a word too wide for the cell
    is broken at its last fitting character; the two parts of a range of one length make it whole."""
    assert _range_cut("2016-20", "17)") and _range_cut("(2016-20", "17)")
    assert not _range_cut("2016-2017", "18") and not _range_cut("p. 3-4", "5") and not _range_cut("2016", "17")
    (block,) = _mend_words([Block("row", cells=("Onderwijs", "", f"(schooljaar 2016-20{MAYBE_BROKEN}17)"))], ())
    assert block.cells[2] == "(schooljaar 2016-2017)"


def test_a_bracket_closed_after_an_address_takes_its_period():
    """fpdf2 (p06 12.4): "…-dialoog.pdf)" fills its line and the sentence's "." opens the next: after the
    bracket the period is the sentence's, as in the text form; a bare address keeps the space a writer may set
    before its period (the real report: "deradicalisering ." )."""
    cells = (
        f"(http://onderwijs.vlaanderen.be/dialoog.pdf){MAYBE_BROKEN}. Er zijn",
        f"http://lokaalbestuur.vlaanderen.be/represent{MAYBE_BROKEN}. Er",
    )
    (block,) = _mend_words([Block("row", cells=cells)], ())
    assert block.cells == ("(http://onderwijs.vlaanderen.be/dialoog.pdf). Er zijn", cells[1].replace(MAYBE_BROKEN, " "))


def test_a_line_across_the_columns_at_a_page_foot_is_no_first_cell(expected_actions):
    """p05 (fpdf2, outer frame only, "Label: value"): the frame of 6.3's table ends above the page's last line
    "Actie 6.4: Uitwerken van een kader …" (p. 42), which runs across the table's columns: the next action's
    first line, not a competence whose row goes on over the page (6.4 and 14.4 were lost, their texts read
    into 6.3 and 14.3 as more rows)."""
    segment = _line("Actie 6.4: Uitwerken van een kader voor justitieassistenten", 753.4, x0=70.9)
    assert not _within_first_column(segment, [74.9, 210.9, 445.0])
    assert _within_first_column(_line("Welzijn", 753.4, x0=74.9), [74.9, 210.9, 445.0])
    actions = {a.action_id: a for a in parse(P05).actions()}
    assert _flat(actions["6.4"].description).startswith("Uitwerken van een kader voor justitieassistenten")
    assert [e.competences for e in actions["6.3"].entries] == [["Welzijn"]]
    assert "14.4" in actions and len(actions["14.3"].entries) == 1


def test_a_paragraph_going_on_over_a_page_break_is_one(round_texts):
    """p04 (fpdf2, "Label: value" paragraphs that ``write`` breaks over pages): "Andere betrokkenen: …, MSC Ahlan"
    ends page 76 and "vzw" opens page 77: one paragraph, and the party is "MSC Ahlan vzw" (it was two)."""
    action = parse(P04).locate("14.1")[2]
    assert action.other_parties == parse(round_texts["2017-12"]).locate("14.1")[2].other_parties
    assert action.other_parties[-1] == "MSC Ahlan vzw"
    from pipeline.read.pdf import _Item

    before = Block("paragraph", text="Andere betrokkenen: Partage en Couleurs vzw, MSC Ahlan", page=76)
    last = _Item(740.0, 752.0, before)
    assert _paragraph_goes_on(last, before, Block("paragraph", text="vzw", page=77), foot=760.0)
    assert not _paragraph_goes_on(last, before, Block("paragraph", text="Rapportage", page=77), foot=760.0)
    ended = Block("paragraph", text="Beleidsdomeinen: KB CJSM.", page=76)
    assert not _paragraph_goes_on(last, ended, Block("paragraph", text="vzw", page=77), foot=760.0)
    high = _Item(300.0, 312.0, before)  # the page before ended high: its paragraph is whole
    assert not _paragraph_goes_on(high, before, Block("paragraph", text="vzw", page=77), foot=760.0)
