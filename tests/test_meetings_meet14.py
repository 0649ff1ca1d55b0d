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


def test_an_overleg_without_a_name_within_an_organisation_is_the_organisations_meeting() -> None:
    # dev-2020-06 G24: G9-7 (an overleg of an owner is the owner's meeting), the owner given by "binnen X" (G8-1) in
    # the sentence before, the verb ("verdergezet") not a set-up one
    text = (
        "Binnen het departement CJM werd het overleg mediawijsheid, met vertegenwoordigers van Mediawijs, imec-SMIT "
        "en de VRM, verdergezet. Het overleg komt zesmaandelijks samen en vergaderde op 15 januari 2020."
    )
    assert records(text, D20) == [("departement CJM", None, (date(2020, 1, 15),), False)]
    # a bare head within the same owner keeps its head and takes the owner after it (dev-2021-12 J17, gold7)
    text = (
        "Binnen ABB werd daarnaast een kernteam samengesteld dat om de twee weken samenkomt om de signalen uit de "
        "lokale besturen en de vragen van de aanspreekpunten op te volgen."
    )
    assert [r[0] for r in records(text, date(2021, 12, 1))] == ["kernteam ABB"]
