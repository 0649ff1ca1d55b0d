"""Meetings extractor: mechanisms checked on all tuning splits (branch meet9). Expectations hand-checked against
GUIDELINES.md (Meetings, gold5 and gold7 decisions)."""

from __future__ import annotations

from datetime import date

from pipeline.extract.meetings import find_meetings

D22 = date(2022, 12, 1)


def records(text: str, report_date: date = D22) -> list[tuple[str, int | None, tuple[date, ...], bool]]:
    return [(f.body, f.count, f.dates, f.planned) for f in find_meetings(text, report_date)]


def test_an_acronym_owner_is_named_by_the_expansion_the_text_gives_it() -> None:
    # dev-2022-12 M14: gold7 owner "as the organisation is named in the organisation gold", which names the
    # acronym by its expansion
    text = (
        "Het Vlaams Centrum Disengagement (VCD), dat sinds januari 2022 de begeleiding van personen in "
        "disengagementstrajecten ondersteunt, volgde in de rapportageperiode 31 dossiers op. De stuurgroep van het "
        "VCD kwam op 30 juni en 27 oktober 2022 samen."
    )
    assert records(text) == [
        ("stuurgroep Vlaams Centrum Disengagement", None, (date(2022, 6, 30), date(2022, 10, 27)), False)
    ]
    # an acronym the text does not expand stays as printed
    assert [r[0] for r in records("De stuurgroep van het VCD kwam op 30 juni 2022 samen.")] == ["stuurgroep VCD"]


def test_a_meeting_said_not_held_after_its_verb_or_by_the_main_clause_is_no_record() -> None:
    # dev-2022-12 M02, M14, M15: GUIDELINES Meetings, "Nor is a meeting said not to happen (... 'werd verplaatst')"
    not_held = [
        "De klankbordgroep met externe experten, die oorspronkelijk op 27 oktober zou samenkomen, werd uitgesteld naar "
        "19 januari 2023 omdat de bevraging van de lokale besturen langer openstond dan voorzien (tot 4 november).",
        "Het opvolgingscomité van dat project, waarin ook de afdeling Justitiehuizen zetelt, is samengesteld maar "
        "vergaderde nog niet.",
        "Een overleg met de CGG's uit de provincie Limburg werd aangekondigd maar nog niet gepland.",
    ]
    for text in not_held:
        assert records(text) == [], text
    # "niet alleen" does not negate
    assert records("De werkgroep Preventie vergaderde niet alleen in Gent maar ook op 3 mei 2022 in Brussel.") == [
        ("werkgroep Preventie", None, (date(2022, 5, 3),), False)
    ]
