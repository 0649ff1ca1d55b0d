"""Meeting mechanisms of the seventh session (meet7), each on text of the SYNTHETIC tuning sets dev-2021-12 and
dev-2020-12 (hand-checked against their gold and GUIDELINES) and checked for false hits on the real report's dev
actions."""

from __future__ import annotations

from datetime import date

from conftest import meeting_records

from pipeline.extract.meetings import find_meetings

D21 = date(2021, 12, 1)  # report date of dev-2021-12
D20 = date(2020, 12, 1)  # report date of dev-2020-12


def records(text: str, report_date: date = D21) -> list[tuple[str, int | None, tuple[date, ...], bool]]:
    return meeting_records(text, report_date)


def test_a_fronted_dated_meeting_is_a_follow_up_record_even_with_a_talk_given_there() -> None:
    # dev-2021-12 J17: "delegatie ... te gast om ... toe te lichten" is what happened at the meeting, not an event
    text = (
        "Het Vlaams Platform Radicalisering kwam tussen juni en november 2021 zes keer samen. Op de vergadering van "
        "16/9/2021 was een delegatie van het Brussels Observatorium voor Samenleven en Veiligheid (BOSV) te gast om de "
        "eerste resultaten van zijn barometer over polarisering in de Brusselse wijken toe te lichten; het BOSV zal "
        "deze oefening in het voorjaar van 2022 herhalen."
    )
    assert records(text) == [
        ("Vlaams Platform Radicalisering", 6, (), False),
        ("Vlaams Platform Radicalisering", None, (date(2021, 9, 16),), False),
    ]


def test_a_body_standing_for_its_meeting_with_its_own_day() -> None:
    # dev-2021-12 J25 and J32: "Op het begeleidingscomité van 2/9/2021 werd beslist"
    text = (
        "Het begeleidingscomité van het project, met vertegenwoordigers van de afdeling Justitiehuizen en het EMB, "
        "kwam in de rapportageperiode viermaal samen. Op het begeleidingscomité van 2/9/2021 werd beslist om ook "
        "deskundigen met kennis van het Turks aan te trekken."
    )
    assert records(text) == [
        ("begeleidingscomité project", 4, (), False),
        ("begeleidingscomité project", None, (date(2021, 9, 2),), False),
    ]


def test_the_day_another_thing_starts_is_no_meeting_day() -> None:
    # dev-2021-12 J32: the projects start on 1 January 2022, the group met on 12/10/2021 (no planned record)
    text = (
        "De begeleidingsgroep Focus op Talent kwam in de rapportageperiode drie keer samen, telkens digitaal. Op de "
        "begeleidingsgroep van 12/10/2021 werden de resultaten van de tweede ESF-oproep besproken: elf projecten "
        "werden goedgekeurd, die van start gaan op 1 januari 2022."
    )
    assert records(text) == [
        ("begeleidingsgroep Focus op Talent", 3, (), False),
        ("begeleidingsgroep Focus op Talent", None, (date(2021, 10, 12),), False),
    ]
    # dev-2020-12 H41: the government's installation day is not the next meeting's day
    text = (
        "Het platform over radicalisering en terrorisme kwam in de rapportageperiode tweemaal samen, op 25/06/2020 en "
        "op 15/10/2020. Een volgende samenkomst staat gepland in januari 2021, na de installatie van de nieuwe "
        "federale regering op 1 oktober."
    )
    assert records(text, D20) == [
        ("platform over radicalisering en terrorisme", 2, (date(2020, 6, 25), date(2020, 10, 15)), False),
        ("platform over radicalisering en terrorisme", None, (), True),
    ]


def test_consulted_parties_each_after_its_own_met_or_with_their_own_days() -> None:
    # (dev-2021-12 J27 "overleg met Herkansweg", gold5 "overleg met ORGANISATIE"; two parties, each with its "met")
    assert records("Hiervoor is er daarnaast overleg met Solentra en met Herkansweg.") == [
        ("Solentra", None, (), False),
        ("Herkansweg", None, (), False),
    ]
    # dev-2021-12 J23: the acronym's own parentheses belong to the party before its dated ones
    text = (
        "Daarnaast werd afgestemd met de preventiedienst van de stad Mechelen (8/7/2021) en met het Centrum voor "
        "Wijkbemiddeling Kortrijk (CWK) (14/9/2021 en 10/11/2021)."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, D21)][1:] == [
        ("Centrum voor Wijkbemiddeling Kortrijk", (date(2021, 9, 14), date(2021, 11, 10)))
    ]
    # the real report's dev 4.7: coordination with unnamed organisations is none
    text = "Structureel sectoroverleg waarbij er wordt afgestemd met koepelorganisaties en lokale organisaties."
    assert find_meetings(text, date(2017, 12, 1)) == []


def test_an_event_the_consultation_is_about_does_not_make_it_an_event() -> None:
    # dev-2021-12 J13: "de opleiding tot erkende imam" is the topic, the EMB met on two days
    text = (
        "Er was overleg met het EMB over de erkenning van het traject als onderdeel van de opleiding tot erkende imam, "
        "op 6 juli en op 19 oktober 2021."
    )
    assert records(text) == [("EMB", None, (date(2021, 7, 6), date(2021, 10, 19)), False)]


def test_some_members_of_a_collective_are_no_body() -> None:
    # dev-2021-12 J20: a capitalised adjective of place does not name the schools
    text = (
        "De werkgroep Onderwijs kwam tweemaal samen. Daarnaast was er in september en oktober 2021 overleg met een "
        "aantal Brusselse scholen over hun ervaringen met de lockdownperiode."
    )
    assert [f.body for f in find_meetings(text, D21)] == ["werkgroep Onderwijs"]


def test_a_bare_head_keeps_its_owner_as_the_organisation_is_named() -> None:
    # the owner by its canonical organisation name (dev-2021-12 J28, the organisation gold's "Vlaams Vredesinstituut")
    text = "De wetenschappelijke raad van het VVI besprak de studie vooraf op zijn vergadering van 23 september 2021."
    assert records(text) == [("wetenschappelijke raad Vlaams Vredesinstituut", None, (date(2021, 9, 23),), False)]
    # a capitalised name of its own drops the owner (the GUIDELINES' own example, dev-2021-12 J19)
    text = "Aan de werkgroep Gevangenissen van de NTF nam de afdeling deel op 15 juni 2021 en op 9 november 2021."
    assert [f.body for f in find_meetings(text, D21)] == ["werkgroep Gevangenissen"]


def test_a_municipality_owner_keeps_its_printed_kind() -> None:
    # GUIDELINES gold7 "Het LIVC van de stad Mechelen" -> "LIVC stad Mechelen" (dev-2020-12 H12, dev-2021-12 J26): an
    # acronym head keeps its owner as a lower-case head does
    text = "Het LIVC van de stad Ronse, dat als pilootgemeente meewerkt aan de handleiding, vergadert maandelijks."
    assert [(f.body, f.frequency) for f in find_meetings(text, D21)] == [("LIVC stad Ronse", "maandelijks")]
    text = "Het LIVC van de stad Mechelen kwam daarentegen ook tijdens de lockdown maandelijks samen."
    assert [f.body for f in find_meetings(text, D20)] == ["LIVC stad Mechelen"]
    # without the kind word printed, the bare place ("gemeenteraad van Menen" -> "gemeenteraad Menen")
    text = "De gemeenteraad van Menen vergaderde op 3 juni 2021."
    assert [f.body for f in find_meetings(text, D21)] == ["gemeenteraad Menen"]


def test_binnen_an_organisation_owns_a_bare_head() -> None:
    # GUIDELINES gold7 "binnen ABB een kernteam" -> "kernteam ABB" (dev-2021-12 J17, dev-2020-12 H01)
    text = "Binnen ABB werd daarnaast een kernteam samengesteld dat om de twee weken samenkomt."
    assert [(f.body, f.frequency) for f in find_meetings(text, D21)] == [("kernteam ABB", "om de twee weken")]
    # after the head as well (dev-2019-12 F14); dev-2019 E10 before it
    text = "De ambtelijke werkgroep binnen het departement WVG kwam sinds de vorige rapportage slechts eenmaal samen."
    assert [f.body for f in find_meetings(text, date(2019, 12, 1))] == ["ambtelijke werkgroep departement WVG"]
    # a body with a name of its own does not take it ("interne cel Polarisering", dev-2020-12 H41)
    text = "Daarnaast bleef de interne cel Polarisering (CePol) binnen ABB wekelijks samenkomen."
    assert [f.body for f in find_meetings(text, D20)] == ["interne cel Polarisering"]


def test_a_lower_case_topic_enumeration_and_a_topic_up_to_a_participle() -> None:
    # dev-2020-12 H02: the commas of a lower-case enumeration ending in "en" are inside the name
    text = (
        "Daarnaast vergaderde de thematische werkgroep radicalisering, polarisering en gewelddadig extremisme twee "
        "keer in de rapportageperiode, op 30/06/2020 en op 1/12/2020."
    )
    assert records(text, D20) == [
        (
            "thematische werkgroep radicalisering, polarisering en gewelddadig extremisme",
            2,
            (date(2020, 6, 30), date(2020, 12, 1)),
            False,
        )
    ]
    # a comma before a participle clause still ends it
    text = "De werkgroep radicalisering, opgericht in 2019, kwam twee keer samen."
    assert [f.body for f in find_meetings(text, D20)] == ["werkgroep radicalisering"]
    # dev-2021-12 J29: the subject's topic runs up to the participle that ends it; the bare head takes that name
    text = (
        "Voor de afstemming werd een stuurgroep vorming bedienaars erediensten opgericht, met vertegenwoordigers van "
        "het AgII. De stuurgroep kwam samen op 21/6/2021 en 4/10/2021; een derde vergadering volgt begin 2022."
    )
    assert records(text) == [
        ("stuurgroep vorming bedienaars erediensten", None, (date(2021, 6, 21), date(2021, 10, 4)), False),
        ("stuurgroep vorming bedienaars erediensten", None, (), True),
    ]


def test_a_verb_and_its_particle_around_an_abbreviation() -> None:
    # dev-2021-12 J22: "i.s.m." between "kwam" and "samen" (the fronted place is added as for any provincial body)
    text = (
        "In Limburg kwam het provinciaal overlegplatform radicalisering, i.s.m. de provincie Limburg en het "
        "expertisecentrum Parelkring, samen op 01/07/2021 en 28/10/2021."
    )
    assert [f.dates for f in find_meetings(text, D21)] == [(date(2021, 7, 1), date(2021, 10, 28))]


def test_events_and_their_next_session_are_no_meetings() -> None:
    # dev-2021-12 J21: people meeting at a fronted event (as "kwamen samen op een uitwisselingsdag")
    text = (
        "Het Network of Prevent Policy Makers kwam drie keer samen. Op de uitwisselingsdag van 13 oktober 2021 in "
        "Rotterdam kwamen de leden samen rond de lokale aanpak van online polarisering."
    )
    assert records(text) == [("Network of Prevent Policy Makers", 3, (), False)]
    # dev-2021-12 J14: the next session of a training; school groups and a school grade are no bodies
    text = (
        "Kazerne Dossin ontving in totaal 214 schoolgroepen. Een nascholing voor leerkrachten rond antisemitisme vond "
        "plaats op 24 november; een volgende sessie wordt georganiseerd in het tweede trimester van het schooljaar "
        "2021-2022. De eerste meting vond plaats bij 3.412 leerlingen van de derde graad."
    )
    assert find_meetings(text, D21) == []


def test_a_fronted_consulted_organisation_and_a_count_said_of_the_meetings_just_reported() -> None:
    # dev-2021-12 J26: "Met X was er overleg" is X's meeting (gold5 "overleg met ORGANISATIE"), not the paragraph's body
    text = "Het expertenteam radicalisering kwam twee keer samen. Met Lantaarnwerk was er overleg op 22/9/2021."
    assert records(text) == [
        ("expertenteam radicalisering", 2, (), False),
        ("Lantaarnwerk", None, (date(2021, 9, 22),), False),
    ]
    # dev-2021-12 J13: "; ... gebeurde dat vier keer" counts the meetings of the clause before
    text = (
        "De stuurgroep Imamopleiding komt daartoe in principe om de zes weken samen; in de rapportageperiode gebeurde "
        "dat vier keer."
    )
    assert records(text) == [("stuurgroep Imamopleiding", 4, (), False)]


def test_listed_bodies_a_guest_took_part_in_each_with_its_dated_meeting() -> None:
    # dev-2020-12 H44 (gold5 host body): each listed working group's own dated meeting; not the webinar (an event)
    text = (
        "Medewerkers van de beleidsdomeinen namen deel aan de volgende RAN-werkgroepen:\n"
        "- RAN Local, digitale sessie over polarisering in tijden van corona (25/6/2020);\n"
        "- RAN Youth & Education, webinar over complotdenken bij jongeren (16 september);\n"
        "- RAN Families, Communities & Social Care, tweedaagse werkbijeenkomst van 5 tot 6 november 2020;\n"
        "- RAN Rehabilitation, expertmeeting op 24/11/2020."
    )
    assert records(text, D20) == [
        ("RAN Local", None, (date(2020, 6, 25),), False),
        ("RAN Families, Communities & Social Care", None, (date(2020, 11, 5), date(2020, 11, 6)), False),
        ("RAN Rehabilitation", None, (date(2020, 11, 24),), False),
    ]
    # without a guest's plural set introducing the list, an item is no meeting
    text = "Het programma:\n- RAN Local, digitale sessie over polarisering (25/6/2020)."
    assert find_meetings(text, D20) == []


def test_the_next_meeting_of_the_sentence_s_subject_after_a_clause_with_no_record() -> None:
    # dev-2021-12 J03: a resumed body met; its next meeting is its own, not the body reported before it
    text = (
        "De afdeling Justitiehuizen nam deel aan de werkgroep Gevangenissen op 22.06.2021 en 05.10.2021. De werkgroep "
        "Communicatie, die in het voorjaar niet samenkwam, hervatte haar werking op 28 september; een volgende "
        "vergadering is voorzien in januari."
    )
    assert records(text) == [
        ("werkgroep Gevangenissen", None, (date(2021, 6, 22), date(2021, 10, 5)), False),
        ("werkgroep Communicatie", None, (date(2021, 9, 28),), False),
        ("werkgroep Communicatie", None, (), True),
    ]
    # dev-2020-12 H21: a body that did not meet, and its next meeting "vooropgesteld" for the spring
    text = (
        "Het interfederale platform over radicalisering en terrorisme, waarin de kabinetten van de federale overheid "
        "en de deelstaten samenzitten, is in de rapportageperiode niet samengekomen; een volgende bijeenkomst werd "
        "vooropgesteld voor het voorjaar van 2021."
    )
    assert records(text, D20) == [("interfederale platform over radicalisering en terrorisme", None, (), True)]


def test_days_of_documents_and_of_things_said_in_a_relative_clause_are_no_meeting_days() -> None:
    # dev-2021-12 J03: the protocol's day; dev-2020-12 H34: the circular's publication day
    text = (
        "Sinds 1/7/2021 is er bovendien tweewekelijks overleg tussen de VSSE en het Vlaams aanspreekpunt over de "
        "opvolging van personen na vrijlating, zoals afgesproken in het protocol van 31/3/2021."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, D21)] == [("VSSE", ())]
    text = (
        "Met de FOD Binnenlandse Zaken (Federale Dienst Lokale Veiligheid) werd overlegd over de nieuwe "
        "LIVC-omzendbrief, die op 29 september 2020 werd gepubliceerd."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, D20)] == [("FOD Binnenlandse Zaken", ())]
    # a relative clause saying the meeting took place keeps its day (dev-extra D09)
    text = (
        "De provincie Limburg organiseerde samen met de VVSG een provinciaal overleg voor de Limburgse gemeenten, dat "
        "op 6 juni 2018 te Hasselt doorging."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, date(2018, 12, 1))] == [
        ("provincie Limburg", (date(2018, 6, 6),))
    ]


def test_the_relative_clause_s_antecedent_is_the_whole_name_not_a_co_host() -> None:
    # dev-2021-12 J10: the acronym inside "lerend netwerk LIVC-R" is no body of its own
    text = (
        "De VVSG ondersteunt deze LIVC's via het lerend netwerk LIVC-R, dat in de rapportageperiode samenkwam op 17 "
        "juni, 16 september en 18 november 2021."
    )
    assert [f.body for f in find_meetings(text, D21)] == ["lerend netwerk LIVC-R"]
    # dev-2021-12 J26: "samen met de VVSG in een lerend netwerk X, dat ...": the VVSG co-hosts, the network met
    text = (
        "Om de coördinatoren van de kleinere LIVC's te ondersteunen, bracht ABB hen samen met de VVSG in een lerend "
        "netwerk LIVC-coördinatoren, dat op 29/6/2021 en 19/10/2021 digitaal bijeenkwam."
    )
    assert records(text) == [
        ("lerend netwerk LIVC-coördinatoren", None, (date(2021, 6, 29), date(2021, 10, 19)), False)
    ]


def test_meetings_given_their_days_are_held_by_the_organisation_the_sentence_opens_with() -> None:
    # dev-2021-12 J15: the group has no name of its own, its organiser holds the meetings (gold5); the start day is
    # no meeting day
    text = (
        "Bindweefsel, een vzw van ervaringsdeskundigen, startte op 15/09/2021 een tweede groep in de regio Kortrijk, "
        "met bijeenkomsten op 29/9, 27/10 en 24/11/2021."
    )
    assert records(text) == [("Bindweefsel", None, (date(2021, 9, 29), date(2021, 10, 27), date(2021, 11, 24)), False)]


def test_the_meeting_of_a_semicolon_clause_is_that_of_the_one_body_its_sentence_named() -> None:
    # dev-2020-12 H06: the network set up before ";" held the start meeting (the fronted place is added as for any
    # regional body; the H06 gold writes "regionaal netwerk", H27 adds the place: see the report)
    text = (
        "In Vlaams-Brabant werd in oktober 2020 een regionaal netwerk opgestart met de gemeenten van het "
        "arrondissement Leuven; de startbijeenkomst op 27/10/2020 werd bijgewoond door 11 gemeenten."
    )
    assert [(f.body_key.startswith("regionaal netwerk"), f.dates) for f in find_meetings(text, D20)] == [
        (True, (date(2020, 10, 27),))
    ]


def test_a_body_s_site_its_owner_acronym_and_another_body_s_negated_main_clause() -> None:
    # dev-2021-12 J27: a site after the head is part of the name; the next main clause, about other bodies that did
    # not meet, does not negate this one
    text = (
        "In de gevangenissen van Hasselt, Brugge en Antwerpen werden lokale overlegtafels ingericht; de lokale "
        "overlegtafel in de gevangenis van Hasselt komt driemaandelijks samen, de overlegtafels in Brugge en Antwerpen "
        "zijn nog niet samengekomen."
    )
    assert [(f.body, f.frequency) for f in find_meetings(text, D21)] == [
        ("lokale overlegtafel gevangenis Hasselt", "driemaandelijks")
    ]
    # dev-2021-12 J12: the consultation they meet in, its topic and owner acronym printed after the head
    text = (
        "Zij komen tweemaandelijks samen in het overleg referentiepersonen CAW, voor het laatst op 16 november in "
        "Mechelen."
    )
    assert records(text) == [("overleg referentiepersonen CAW", None, (date(2021, 11, 16),), False)]


def test_a_minister_s_cabinet_is_an_organisation_that_meets() -> None:
    # dev-2020-12 H16: the cabinet as the subject of "overlegde"
    text = (
        "Het kabinet van de Vlaamse minister van Welzijn overlegde op 14 juli 2020 met de koepels van de jeugdhulp en "
        "met het Agentschap Opgroeien over de opvang van jongeren."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, D20)] == [
        ("kabinet van de Vlaamse minister van Welzijn", (date(2020, 7, 14),))
    ]
    # dev-2020-12 H21: a second consulted party after the first one's topic, each its own record
    text = (
        "Daarnaast was er bilateraal overleg met het OCAD over de actualisering van de Strategienota Radicalisme en "
        "met het kabinet van de Vlaamse minister van Binnenlands Bestuur."
    )
    assert [f.body for f in find_meetings(text, D20)] == [
        "OCAD",
        "kabinet van de Vlaamse minister van Binnenlands Bestuur",
    ]


def test_a_dated_meeting_names_its_body_up_to_its_day_and_offered_sessions_are_activities() -> None:
    # dev-2020-12 H07: the groups talked about after the day are not the meeting's body
    text = (
        "Het lerend netwerk Verbindende Wijken kwam een vijftal keer samen. Tijdens de bijeenkomst van 16/09/2020 in "
        "Sint-Niklaas werd bijvoorbeeld ingegaan op de rol van buurtbemiddeling bij conflicten tussen bewonersgroepen."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, D20)] == [
        ("lerend netwerk Verbindende Wijken", ()),
        ("lerend netwerk Verbindende Wijken", (date(2020, 9, 16),)),
    ]
    # dev-2020-12 H47: the sessions of a training offer; H48: intervisions offered "via" a series (gold5)
    text = (
        "Het vormingsaanbod 'Signalen lezen' dat vzw Tussenruimte in opdracht van het departement verzorgt, werd na de "
        "zomer hernomen: sessies vonden plaats op 15/9, 29/9 en 13/10/2020 in Leuven. De VVSG ondersteunde de besturen "
        "via een reeks online intervisiemomenten, die plaatsvonden in de weken van 22 juni en 14 september 2020."
    )
    assert find_meetings(text, D20) == []
    # a body named after a training offer is still a body (dev-2019 E11)
    text = (
        "De klankbordgroep van het vormingsaanbod, samengesteld uit zes jeugdwerkers en twee onderzoekers, evalueerde "
        "het aanbod tijdens een bijeenkomst op 6 februari 2019."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, date(2019, 6, 1))] == [
        ("klankbordgroep vormingsaanbod", (date(2019, 2, 6),))
    ]
