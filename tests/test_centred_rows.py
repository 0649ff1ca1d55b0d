"""Table rows whose cells are centred in them (vertical alignment "middle"), with no line between rows.

A row's cells are one entry wherever their text stands in the row. These renditions of the real
December 2017 report (tests/fixtures/matrix/, see its README) are the cases: the expected entries
are checked by hand against the report's text (tests/fixtures/report-2017-12.txt).
"""

from __future__ import annotations

from functools import cache

from conftest import ROOT, parse

from pipeline.model import Report

SAMPLE = ROOT / "tests" / "fixtures" / "matrix"


@cache
def _report(name: str) -> Report:
    return parse(SAMPLE / name)


def _entries(name: str, action_id: str) -> list[tuple[list[str], str, str]]:
    """(competences, description, budget) of each entry, white space as single spaces."""
    action = next(a for a in _report(name).actions() if a.action_id == action_id)
    return [
        (list(e.competences), " ".join(e.description.split()), " ".join(e.budget_text.split())) for e in action.entries
    ]


def _reads(entries: list[tuple[list[str], str, str]], expected: list[tuple[list[str], str, str, str]]) -> bool:
    """The entries are the expected ones: (competences, the description's start, its end, budget)."""
    return len(entries) == len(expected) and all(
        comps == e_comps and text.startswith(start) and text.endswith(end) and budget == e_budget
        for (comps, text, budget), (e_comps, start, end, e_budget) in zip(entries, expected, strict=True)
    )


def test_rows_cut_by_page_breaks_are_told_apart_by_the_padding_between_rows():
    """reportlab, outer frame only: 8.1's four rows run over four pages. reportlab centres a cut
    competence somewhere in the whole row ("Onderwijs" a page below where its row starts, "Welzijn" on
    the page after): the white between rows (wider than between a cell's paragraphs, as under the
    header) says where each row starts, and a row without its competence goes on until the next."""
    assert _reads(
        _entries("r01-2017-12-reportlab-frame-table.pdf", "8.1"),
        [
            (
                ["Jeugd"],
                "Zie rapportage 1.2 i.v.m. het sectoroverleg",
                "voor en door het jeugdwerk verder verspreid worden.",
                "",
            ),
            (
                ["Integratie"],
                "Het AgII werkte een interne aanpak",
                "kennis van de AgII-procedure rond melding verontrustend gedrag.",
                "",
            ),
            (
                ["Onderwijs"],
                "Er wordt ingezet op het organiseren van regionale",
                "Deze tweedaagse zal nog verder vervolgd worden.",
                "",
            ),
            (
                ["Welzijn"],
                "Er werd een eerste overeenkomst afgesloten met OTA",
                "voor de hulp- en dienstverleners in de gevangenis.",
                "",
            ),
        ],
    )


def test_a_cell_of_two_competences_centred_beside_a_list_is_one_cell():
    """14.1: "Integratie" / "Jeugd" (two paragraphs of one cell) centred beside a list of projects, and
    the row's budget of two paragraphs, over a page break: one entry."""
    assert _reads(
        _entries("r01-2017-12-reportlab-frame-table.pdf", "14.1"),
        [
            (
                ["Integratie", "Jeugd"],
                "In het kader van de projectoproep rond positieve identiteitsontwikkeling",
                "De bundeling van deze informatie zal daarna via verschillende kanalen ontsloten worden.",
                "398.374 euro (integratie) 250.183 euro (jeugd) 2.000 euro (integratie) 2.200 euro (jeugd)",
            )
        ],
    )


def test_text_drawn_above_the_page_belongs_to_the_row_cut_there():
    """reportlab, no rulings: 9.1's Onderwijs row goes on over a page; reportlab draws the first lines
    of its budget cell above the top of the next page (outside the page, in the text layer). They
    belong to the row at that page's top, which goes on the row cut at the previous page's foot."""
    entries = _entries("r02-2017-12-reportlab-none-colon.pdf", "9.1")
    assert [e[0] for e in entries] == [["Jeugd"], ["Media"], ["Onderwijs"], ["Welzijn"]]
    assert entries[2][1].startswith("Het departement OV organiseerde een opstartoverleg")
    assert entries[2][1].endswith("van 2 dagen (november en herhaling in januari 2018).")
    assert entries[2][2] == "60.000 euro (schooljaar 2016-2017) 92.000 euro (schooljaar 2017-2018)"


def test_a_list_item_going_on_beside_a_budget_line_stays_in_its_row():
    """13.2: the budget "69.000 euro" stands beside the indented second line of a list item: that line
    is still the row's (a list item goes on indented in its column)."""
    assert _reads(
        _entries("r02-2017-12-reportlab-none-colon.pdf", "13.2"),
        [
            (
                ["Welzijn"],
                "Verdere ondersteuning van de helpdesk voor opvoedingsvragen.",
                "(zo lokaal mogelijk en met behulp van referentiepersonen).",
                "69.000 euro 80.000 euro",
            )
        ],
    )


def test_a_competence_level_with_a_paragraph_start_is_centred_in_the_whole_row():
    """LibreOffice, outer frame only, rows as far apart as a cell's paragraphs: "Welzijn" is centred in
    its row of three paragraphs, and so stands level with the second one's first line (6.5), or beside
    a later paragraph of a row of a list and two paragraphs (13.2). It is still the first cell of the
    whole row, not a new row's."""
    name = "l03-2017-12-libreoffice-frame-colon.pdf"
    assert _reads(
        _entries(name, "6.5"),
        [
            (
                ["Welzijn"],
                "De samenwerking met de moslimconsulenten in de gemeenschapsinstellingen",
                "laten valideren door het directieteam van de afdeling gemeenschapsinstellingen.",
                "",
            )
        ],
    )
    assert _reads(
        _entries(name, "13.2"),
        [
            (
                ["Welzijn"],
                "Verdere ondersteuning van de helpdesk voor opvoedingsvragen.",
                "(zo lokaal mogelijk en met behulp van referentiepersonen).",
                "69.000 euro 80.000 euro",
            )
        ],
    )


def test_a_row_at_the_top_of_a_page_is_not_the_rest_of_the_row_before_it():
    """3.2: the first row ends at the foot of a page; the next page's row, its competence level with its
    second paragraph, starts at that page's top: "Ook het aanspreekpunt …" is Onderwijs's, not the
    end of the first row."""
    entries = _entries("l03-2017-12-libreoffice-frame-colon.pdf", "3.2")
    assert [e[0] for e in entries] == [
        ["Binnenlands Bestuur", "Onderwijs", "Welzijn"],
        ["Onderwijs"],
        ["Jeugd"],
        ["Welzijn"],
    ]
    assert entries[0][1].endswith("gewijd aan het thema radicalisering, met vooral een focus op jongeren.")
    assert entries[1][1].startswith("Ook het aanspreekpunt onderwijs heeft hieraan deelgenomen")
