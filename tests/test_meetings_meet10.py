"""Meeting mechanisms of meet10, each on text of the tuning sets (hand-checked against their gold and GUIDELINES
gold8 decisions)."""

from __future__ import annotations

from datetime import date

from conftest import meeting_records

from pipeline.extract.meetings import find_meetings

D20 = date(2020, 6, 1)  # report date of dev-2020-06
D21 = date(2021, 12, 1)  # report date of dev-2021-12


def records(text: str, report_date: date = D21) -> list[tuple[str, int | None, tuple[date, ...], bool]]:
    return meeting_records(text, report_date)


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


def test_a_general_assembly_is_its_organisations_meeting() -> None:
    # GUIDELINES G8-3: "de algemene vergadering van X" is X's meeting (dev-extra D17, dev-2022-12 M08, dev-2019 E07)
    text = "De Federatie van Buurtsportwerkingen hield eind oktober 2018 haar algemene vergadering."
    assert [f.body for f in find_meetings(text, date(2018, 12, 1))] == ["Federatie van Buurtsportwerkingen"]
    text = (
        "Op uitnodiging werd de VVSG uitgenodigd op de algemene vergadering van de Vereniging van Vlaamse "
        "Preventieambtenaren op 1 december 2022."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, date(2022, 12, 15))] == [
        ("Vereniging van Vlaamse Preventieambtenaren", (date(2022, 12, 1),))
    ]
    # a board keeps its head (G8-3: standing organs)
    text = "De raad van bestuur van Uitweg vergaderde op 3 mei 2017."
    assert [f.body for f in find_meetings(text, date(2017, 6, 1))] == ["raad van bestuur Uitweg"]


def test_a_bare_head_of_the_project_takes_a_compound_or_camel_case_projects_name() -> None:
    # GUIDELINES G8-2: "De stuurgroep van het project" takes the name of the project named before it
    text = (
        "Het onderzoeksproject RADIPOL-2018 (Horizon 2020, project 740934) loopt van 1 september 2018 tot 31 augustus "
        "2021. De adviesraad van het project hield zijn eerste vergadering op 30 november 2018."
    )  # dev-extra D13
    assert [f.body for f in find_meetings(text, date(2018, 12, 1))] == ["adviesraad RADIPOL-2018"]
    text = (
        "StampMedia zette het project rePresent verder in samenwerking met de VRT. De stuurgroep van het project "
        "vergaderde op 9/1/2020 en 7/5/2020."
    )  # dev-2020-06 G29
    assert [f.body for f in find_meetings(text, D20)] == ["stuurgroep rePresent"]
    # a compound head after another compound stays bare (gold dev-extra D15)
    text = (
        "Het pilootproject ‘Klas in Dialoog’ van Atelier Tegenstroom vzw loopt van september 2018 tot juni 2020. "
        "De projectstuurgroep zat op 3 oktober 2018 voor de eerste keer samen."
    )
    assert [f.body for f in find_meetings(text, date(2018, 12, 1))] == ["projectstuurgroep"]


def test_a_fronted_province_owns_the_body_as_an_organisation() -> None:
    # "In de provincie Antwerpen": the province named as in the organisation gold (dev-2020-12 H27, GUIDELINES owner)
    text = (
        "In de provincie Antwerpen kwam het provinciaal overlegplatform radicalisering, dat door de provincie "
        "Antwerpen en de VVSG samen wordt georganiseerd, op 2 juli en op 12 november 2020 samen."
    )
    assert [f.body for f in find_meetings(text, date(2020, 12, 1))] == [
        "provinciaal overlegplatform radicalisering provincie Antwerpen"
    ]
    # a bare place stays the place ("In Gent kwam de LTF samen" -> "LTF Gent", GUIDELINES precedent)
    text = "In Gent kwam de LTF op 10 oktober 2020 samen."
    assert [f.body for f in find_meetings(text, date(2020, 12, 1))] == ["LTF Gent"]


def test_consultation_between_two_named_parties_is_a_meeting_with_each() -> None:
    # GUIDELINES G8-4: one record per organisation (dev-2020-12 H39, H05; dev-2021-12 J07)
    assert [f.body for f in find_meetings("Het overleg tussen de VSK en Awel ging maandelijks door.", D21)] == [
        "VSK",
        "Awel",
    ]
    text = (
        "Het overleg tussen Kind en Gezin en de Gezinsbond over ouderbetrokkenheid kwam samen op 16 september en "
        "25 november 2021."
    )
    days = (date(2021, 9, 16), date(2021, 11, 25))
    assert [(f.body, f.dates) for f in find_meetings(text, D21)] == [("Kind en Gezin", days), ("Gezinsbond", days)]
    text = "In Vilvoorde was er op 7/07/2020 en 6/10/2020 overleg tussen de dienst Preventie en vzw Brugwerk."
    assert [f.body for f in find_meetings(text, date(2020, 12, 1))] == ["dienst Preventie", "Brugwerk"]
    # a person or function is no party (dev-2021-12 J03)
    text = (
        "Sinds 1/7/2021 is er bovendien tweewekelijks overleg tussen de VSSE en het Vlaams aanspreekpunt over de "
        "opvolging van personen na vrijlating."
    )
    assert [f.body for f in find_meetings(text, D21)] == ["VSSE"]
