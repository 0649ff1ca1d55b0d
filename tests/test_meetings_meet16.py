"""Meetings extractor, eleventh session: a bare group named after who meets in it (GUIDELINES G10-1) and a bare
definite meeting noun taking up the last meeting reported by that noun. Sentences of the tuning sets and variants of
them, expectations hand-checked against GUIDELINES.md."""

from __future__ import annotations

from datetime import date

from conftest import meeting_records

D23 = date(2023, 12, 1)


def test_a_bare_group_is_named_after_the_people_who_meet_in_it() -> None:
    # dev-2023-12 Q12, Q24; dev-2019-12 F11 (G10-1): the group's words as printed, then the members' noun with its
    # adjectives, without article or "van"-tail
    cases = {
        "De islamdeskundigen komen tweemaandelijks samen in een intervisiegroep die door het CITH wordt begeleid.": (
            "intervisiegroep islamdeskundigen"
        ),
        "De diversiteitsconsulenten van ACV en ABVV komen tweemaandelijks samen in een gezamenlijke intervisiegroep.": (
            "gezamenlijke intervisiegroep diversiteitsconsulenten"
        ),
        "De theologische begeleiders hebben onderling een intervisiegroep die maandelijks samenkomt.": (
            "intervisiegroep theologische begeleiders"
        ),
    }
    for text, body in cases.items():
        assert [r[0] for r in meeting_records(text, D23)] == [body], text


def test_a_later_bare_mention_is_the_group_named_after_its_members() -> None:
    # dev-2019 E10: the subject after a colon; "zeven intervisiemomenten" in the next sentence is that group's count
    text = (
        "Het intervisiesysteem werd in september 2018 opgestart: de experten zitten om de zes weken samen in een "
        "intervisiegroep, onder begeleiding van een externe supervisor. In de rapportageperiode gingen zo zeven "
        "intervisiemomenten door."
    )
    assert meeting_records(text, date(2019, 6, 1)) == [
        ("intervisiegroep experten", None, (), False),
        ("intervisiegroep experten", 7, (), False),
    ]


def test_members_do_not_rename_a_group_with_a_name_or_a_meeting_noun() -> None:
    # a group with a name of its own keeps it; people in a role that names no one ("De partners") add nothing; a
    # meeting noun ("teamoverleg") is left to G8-3/G9-7
    assert [r[0] for r in meeting_records("De coaches komen maandelijks samen in de werkgroep Preventie.", D23)] == [
        "werkgroep Preventie"
    ]
    assert [r[0] for r in meeting_records("De partners komen maandelijks samen in een stuurgroep.", D23)] == [
        "stuurgroep"
    ]
    assert [r[0] for r in meeting_records("De consultants komen tweewekelijks samen in een teamoverleg.", D23)] == [
        "teamoverleg"
    ]


def test_a_bare_overleg_takes_up_the_last_overleg_across_a_paragraph_about_another_body() -> None:
    # dev-2023-12 Q04: "Het overleg" two paragraphs on is the netoverschrijdend overleg, not the writing group the
    # paragraph between reports (GUIDELINES gold7: the nearest earlier mention that names it)
    text = (
        "<p>Het netoverschrijdend overleg tussen de zes Brusselse politiezones en de onderwijskoepels vond plaats op "
        "28 september 2023.</p><p>Ter voorbereiding werd een kleine schrijfgroep samengesteld. Deze groep kwam tussen "
        "juni en september drie keer samen.</p><p>Het overleg wordt herhaald in het voorjaar van 2024.</p>"
    )
    records = meeting_records(text, D23)
    assert [r[0] for r in records] == ["netoverschrijdend overleg", "kleine schrijfgroep", "netoverschrijdend overleg"]
    assert records[-1][3] is True  # the spring of 2024 lies after the report date
    # with a body named in the statement's own paragraph, that body is still the one (no jump back)
    text = (
        "<p>Het netoverschrijdend overleg vond plaats op 28 september 2023.</p><p>De stuurgroep Veilig Online werd "
        "opgericht. Het overleg van de stuurgroep wordt herhaald in het voorjaar van 2024.</p>"
    )
    assert [r[0] for r in meeting_records(text, D23)] == ["netoverschrijdend overleg", "stuurgroep Veilig Online"]


def test_members_after_the_verb_or_with_an_apposition_and_a_topic_head() -> None:
    # dev-2023-12 Q07 (G10-1 as applied blind to the gold, MEETING-CONVENTION-CHANGES-G10.md): the subject after a
    # fronted day, "eerste" only places the network in the story; the later bare mention is the same group
    text = (
        "Op 12/09/2023 kwamen de projectcoördinatoren van de zeven lokale besturen samen in een eerste lerend netwerk. "
        "Het lerend netwerk komt vervolgens om de twee maanden samen."
    )
    assert [r[0] for r in meeting_records(text, D23)] == ["lerend netwerk projectcoördinatoren"] * 2
    # dev-2020-12 H20: an apposition of names after the members, and a head with a lower-case topic (no name, gold7)
    text = (
        "De werknemersorganisaties ACV, ABVV en ACLVB komen in een gezamenlijke werkgroep diversiteit maandelijks "
        "samen."
    )
    assert [r[0] for r in meeting_records(text, date(2020, 12, 1))] == [
        "gezamenlijke werkgroep diversiteit werknemersorganisaties"
    ]
    # dev-2023-12 Q14: "begeleid door" an organisation makes it no owner (G10-1's own example)
    text = "De projecten komen driemaandelijks samen in een lerend netwerk, begeleid door Grenzeloos Denken."
    assert [r[0] for r in meeting_records(text, D23)] == ["lerend netwerk projecten"]


def test_a_one_word_name_beside_the_body_in_a_joint_subject_meets_too() -> None:
    # dev-2023-12 Q13 (G9-2: parties in the same role each get a record): a one-word name the statement alone cannot
    # tell is an organisation, beside the body the rules found ("het departement"), is the second party
    text = "Arktos en het departement zitten daarnaast tweemaandelijks samen voor de operationele opvolging."
    assert [r[0] for r in meeting_records(text, D23)] == ["departement", "Arktos"]
    # a lower-case function beside the body is no party (a person is no body): one record
    text = "De stuurgroep en de coördinator zitten tweemaandelijks samen."
    assert [r[0] for r in meeting_records(text, D23)] == ["stuurgroep"]


def test_an_agentless_meeting_about_the_clause_before_is_its_subjects() -> None:
    # dev-2023-12 Q05 (G9-2): "hierover was er ... overleg" refers back to what the clause's two subjects do, one
    # record each with the day; a subject that is no organisation gives none
    text = (
        "De Fondation Horizons Partagés en het GO! verkennen een gezamenlijke aanvraag binnen Erasmus+ KA2; hierover "
        "was er een eerste online overleg op 22 november 2023."
    )
    day = (date(2023, 11, 22),)
    assert meeting_records(text, D23) == [("Fondation Horizons Partagés", None, day, False), ("GO!", None, day, False)]
    text = "De scholen bereiden een campagne voor; hierover was er overleg op 3 mei 2023."
    assert meeting_records(text, D23) == []
