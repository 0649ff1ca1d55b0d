"""Meetings extractor: mechanisms checked on all tuning splits (branch meet14). Real sentences of the tuning sets,
expectations hand-checked against GUIDELINES.md (Meetings, gold5, gold7, G8 and G9 decisions)."""

from __future__ import annotations

from datetime import date

from conftest import meeting_records

D19 = date(2019, 12, 1)
D20 = date(2020, 6, 1)


def records(text: str, report_date: date) -> list[tuple[str, int | None, tuple[date, ...], bool]]:
    return meeting_records(text, report_date)


def test_a_body_set_up_within_an_organisation_is_that_organisations_in_its_later_mentions() -> None:
    # dev-2019-12 F08: G8-1 ("binnen X": the one organisation that sets the body up is its owner); the set-up
    # sentence itself reports no meeting (gold5: set-up is not a meeting), the later "De intervisiegroep" is that body
    text = (
        "In het najaar van 2019 werd binnen de VVSG een intervisiegroep voor lokale aanspreekpunten radicalisering "
        "opgestart. De intervisiegroep heeft intussen twee intervisiesessies gehouden (21 oktober en 18 november 2019)."
    )
    assert records(text, D19) == [
        (
            "intervisiegroep voor lokale aanspreekpunten radicalisering VVSG",
            2,
            (date(2019, 10, 21), date(2019, 11, 18)),
            False,
        )
    ]
    # a body with a name of its own keeps it without the owner (gold7), set up within another body (dev-2020-06 G22)
    text = (
        "Binnen de stuurgroep werd een werkgroep Curriculum opgericht, die tussen februari en mei 2020 vier keer "
        "samenkwam."
    )
    assert records(text, D20) == [("werkgroep Curriculum", 4, (), False)]
