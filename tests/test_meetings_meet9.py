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
