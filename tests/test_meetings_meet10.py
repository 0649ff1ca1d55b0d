"""Meeting mechanisms of meet10, each on text of the tuning sets (hand-checked against their gold and GUIDELINES
gold8 decisions)."""

from __future__ import annotations

from datetime import date

from pipeline.extract.meetings import find_meetings

D20 = date(2020, 6, 1)  # report date of dev-2020-06
D21 = date(2021, 12, 1)  # report date of dev-2021-12


def records(text: str, report_date: date = D21) -> list[tuple[str, int | None, tuple[date, ...], bool]]:
    return [(f.body, f.count, f.dates, f.planned) for f in find_meetings(text, report_date)]


def test_binnen_an_organisation_owns_a_head_with_a_lower_case_topic() -> None:
    # GUIDELINES G8-1: a head with a lower-case topic takes the "binnen X" owner too (dev-2020-12 H13, dev-2021-12 J27)
    text = (
        "Binnen het departement WVG kwam de ambtelijke werkgroep disengagement, met de afdelingen Justitiehuizen en "
        "Welzijn en Samenleving en het agentschap Opgroeien, tweemaandelijks samen."
    )
    assert [f.body for f in find_meetings(text, D21)] == ["ambtelijke werkgroep disengagement departement WVG"]
    # a later bare mention in the same sentence is that body (dev-2020-06 G15)
    text = (
        "Binnen de VDAB komt het interne aanspreekpuntennetwerk radicalisering, met een aanspreekpunt per provinciale "
        "directie en voor Brussel, om de twee maanden samen; in de rapportageperiode vergaderde het netwerk op "
        "11/12/2019, 12/2/2020 en 22/4/2020 (digitaal)."
    )
    assert records(text, D20) == [
        (
            "interne aanspreekpuntennetwerk radicalisering VDAB",
            None,
            (date(2019, 12, 11), date(2020, 2, 12), date(2020, 4, 22)),
            False,
        )
    ]
    # its owner printed after it ("van het GVPP") is no "binnen" owner, nor is a place (dev-2020-06 G03)
    text = (
        "Binnen Brussel nam het departement WVG deel aan de thematische werkgroep 'radicalisering' van het Globaal "
        "Veiligheids- en Preventieplan, die op 20/2/2020 in de gebouwen van BPV samenkwam."
    )
    assert [f.body for f in find_meetings(text, D20)] == ["thematische werkgroep radicalisering"]
