"""Meetings extractor: mechanisms checked on all tuning splits (branch meet15). Real sentences of the tuning sets,
expectations hand-checked against GUIDELINES.md (Meetings, gold5, gold7, G8 and G9 decisions)."""

from __future__ import annotations

from datetime import date

from conftest import meeting_records

D22 = date(2022, 12, 1)


def test_a_name_runs_on_over_voor_before_a_capitalised_word() -> None:
    # dev-2022-12 M17: "overleg met ORGANISATIE" (gold5) is that organisation's meeting, named in full: "voor" inside a
    # capitalised name does not end it
    assert meeting_records("Er was in oktober overleg met Ouders voor Inclusie.", D22) == [
        ("Ouders voor Inclusie", None, (), False)
    ]
    # before a lower-case word "voor" still starts the rest of the statement: the party is the VVSG alone
    assert [r[0] for r in meeting_records("Er was op 3 mei 2022 overleg met de VVSG voor de gemeenten.", D22)] == [
        "VVSG"
    ]


def test_a_set_of_bodies_meeting_in_named_places_is_one_body_per_place() -> None:
    # dev-2020-06 G26: a set with no name of its own meeting in two named places gives one record per place, head in
    # the singular with the place (G9-5, G9-6); the "; in Brussel kwam de groep samen" clause is that place's member
    text = (
        "De lotgenotengroepen, begeleid door de vzw Ouders voor Verbinding, kwamen in de rapportageperiode maandelijks "
        "samen in Antwerpen en Vilvoorde; in Brussel kwam de groep samen op 14/12/2019, 18/1/2020 en 15/2/2020."
    )
    assert meeting_records(text, date(2020, 6, 1)) == [
        ("lotgenotengroep Antwerpen", None, (), False),
        ("lotgenotengroep Vilvoorde", None, (), False),
        ("lotgenotengroep Brussel", None, (date(2019, 12, 14), date(2020, 1, 18), date(2020, 2, 15)), False),
    ]
    # a set with a name of its own takes no place (G9-5): one record, as printed
    text = "De werkgroepen Preventie kwamen samen in Gent en Brugge."
    assert [r[0] for r in meeting_records(text, date(2020, 6, 1))] == ["werkgroepen Preventie"]


def test_a_participle_closing_the_statement_is_no_part_of_the_partners_name() -> None:
    # "overleg met ORGANISATIE" (gold5), with the statement's participle after the party or between the noun and "met":
    # the party is Unia alone (a named organisation of dev-2022-12's writer list)
    for text in (
        "Er werd in oktober 2022 een overleg met Unia georganiseerd.",
        "Er werd in oktober 2022 een overleg georganiseerd met Unia.",
    ):
        assert meeting_records(text, D22) == [("Unia", None, (), False)], text


def test_an_organisation_named_by_its_kind_after_the_verb_is_the_subject() -> None:
    # Dutch inversion after a fronted day: "overlegde het agentschap met X" is the agency's meeting, as "Het agentschap
    # overlegde" is (the two-parties rule: the subject is the body), the agency the one named before (AgII)
    text = (
        "Het Agentschap Integratie en Inburgering werkt een vormingsaanbod uit. Op 12 oktober 2022 overlegde het "
        "agentschap met de VDAB."
    )
    assert meeting_records(text, D22) == [("AgII", None, (date(2022, 10, 12),), False)]


def test_an_owner_named_by_its_kind_in_a_relative_clause_is_the_organisation_named_before() -> None:
    # dev-2022-12 M16: a head with a lower-case topic keeps its owner (gold7), the one organisation the relative clause
    # says set it up (G8-1), named there only by its kind: the kenniscentrum the action's description names in full
    from pipeline.extract.meetings import find_meetings, with_action_names

    description = (
        "Inzetten op het werken rond en versterken van mediawijsheid via ondersteuning van leerkrachten. Ondersteuning "
        "van het kenniscentrum Mediawijs en verspreiding en ontwikkeling van tools rond omgaan met haatspraak en "
        "mediawijsheid binnen onderwijs."
    )
    entry = (
        "De klankbordgroep leerkrachten die het kenniscentrum in het voorjaar samenstelde, kwam in de "
        "rapportageperiode drie keer samen (in juni, september en november)."
    )
    (alone,) = find_meetings(entry, D22)
    assert (alone.body, alone.count) == ("klankbordgroep leerkrachten", 3)  # (the topic up to the relative clause)
    _, (named,) = with_action_names([find_meetings(t, D22) for t in (description, entry)], [description, entry])
    assert (named.body, named.count) == ("klankbordgroep leerkrachten Mediawijs", 3)


def test_the_committee_of_the_research_is_named_by_the_project_heading_the_text() -> None:
    # dev-2021-12 J28: G8-2 ("van het project" takes the project's name) for a research project, "het onderzoek", whose
    # name heads the entry before a dash; the next meeting of "het opvolgingscomité" is the same body
    text = (
        "POLDIA - Polarisering en dialoog in Vlaamse en Brusselse wijken.\nIn het kader van zijn BRAIN-be 2.0 "
        "programma financiert BELSPO een onderzoeksproject rond polarisering in stedelijke buurten. Het project ging "
        "van start met een kick-off op 1/9/2021 in Brussel. Het opvolgingscomité van het onderzoek, waarin naast de "
        "onderzoekers ook BELSPO, de afdeling Justitiehuizen, het VVI en de VVSG zetelen, kwam samen op 2/7/2021 en "
        "26/10/2021. Een volgende vergadering van het opvolgingscomité staat gepland voor maart 2022."
    )
    assert meeting_records(text, date(2021, 12, 1)) == [
        ("opvolgingscomité POLDIA", None, (date(2021, 7, 2), date(2021, 10, 26)), False),
        ("opvolgingscomité POLDIA", None, (), True),
    ]
    # without a name heading the text the complement stays its name (G8-2: "stuurgroep project")
    text = "Het opvolgingscomité van het onderzoek kwam samen op 2/7/2021."
    assert [r[0] for r in meeting_records(text, date(2021, 12, 1))] == ["opvolgingscomité onderzoek"]


def test_a_guest_presenting_at_a_standing_consultation_is_the_hosts_meeting() -> None:
    # dev-2022-12 M14: gold5 host body: the LIVC-R presents its work at the regional consultation on a day, so the
    # record is the consultation's (body_key ignores "van de"), never the guest's
    from pipeline.extract.meetings import body_key

    text = (
        "Het LIVC-R van de stad Sint-Niklaas stelde zijn werking voor op het regionaal overleg van de Waaslandse "
        "gemeenten op 8 november; daar werd afgesproken om in 2023 een intergemeentelijke LIVC-R te onderzoeken."
    )
    ((body, count, days, planned),) = meeting_records(text, D22)
    assert (body_key(body), count, days, planned) == (
        body_key("regionaal overleg Waaslandse gemeenten"),
        None,
        (date(2022, 11, 8),),
        False,
    )


def test_each_party_after_its_own_met_gets_a_record_over_a_topic_with_a_clause() -> None:
    # dev-2022-12 M14: G8-4 ("afgestemd met A en met B": one record per named organisation); the first party's topic
    # has a relative clause of its own and ends at a comma before "en met"
    text = (
        "Er was overleg met CAPREV over de overdracht van dossiers van personen die van Brussel naar Vlaanderen "
        "verhuizen, en met CGG Vagga over de inschakeling van geestelijke gezondheidszorg in de trajecten."
    )
    assert [r[0] for r in meeting_records(text, D22)] == ["CAPREV", "CGG Vagga"]


def test_the_next_meeting_of_a_body_named_in_full_before_and_of_the_sentences_subject() -> None:
    # dev-2022-12 M01: a guest at "de volgende vergadering van het Platform, gepland op 17 januari 2023" is the host's
    # planned meeting (gold5 host body), the capitalised back-reference the Platform named in full before (D4); and
    # "; een eerste bijeenkomst wordt voorzien" after a block tag is the meeting of its own sentence's subject, not of
    # the body of the paragraph before
    text = (
        "<p>Het Vlaams Platform Radicalisering kwam tijdens de rapportageperiode drie keer samen, namelijk op "
        "14/6/2022, 13/9/2022 en 8/11/2022. De kerngroep van het Platform, waarin het centraal aanspreekpunt van ABB "
        "en de aanspreekpunten van OV en WVG samenzitten, bereidt de plenaire vergaderingen voor en komt in principe "
        "tweewekelijks samen.</p> <p>De interne Vlaamse stuurgroep Weerbare Samenleving, die op 3 oktober 2022 door "
        "de Vlaamse Regering werd opgericht om de beleidsdomeinoverschrijdende acties rond polarisering aan te sturen, "
        "kwam nog niet samen; een eerste bijeenkomst wordt voorzien in februari 2023. De Vlaamse Ombudsdienst werd "
        "gevraagd om op de volgende vergadering van het Platform, gepland op 17 januari 2023, toelichting te geven bij "
        "de klachten die zij ontving in verband met online haatspraak.</p>"
    )
    assert meeting_records(text, D22)[1:] == [
        ("kerngroep Vlaams Platform Radicalisering", None, (), False),
        ("interne Vlaamse stuurgroep Weerbare Samenleving", None, (), True),
        ("Vlaams Platform Radicalisering", None, (date(2023, 1, 17),), True),
    ]
    # membership without a meeting of the body stays no record, whatever day the sentence names (dev-2021-12 J17)
    text = (
        "Het Vlaams Platform Radicalisering kwam samen op 14/6/2021. Het VSVS zelf werd op 1 juli 2021 opgericht als "
        "onafhankelijk steunpunt en neemt sindsdien als waarnemer deel aan het Platform."
    )
    assert len(meeting_records(text, date(2021, 12, 1))) == 1


D23 = date(2023, 12, 1)


def test_one_capitalised_word_before_the_verb_with_no_subject_after_it_is_the_subject() -> None:
    # dev-2023-12 Q11: Dutch main clauses put one constituent before the finite verb; with no subject after the verb
    # the name before it is the subject (the two-parties rule: the subject is the body, the parties after "met" none)
    text = "Opgroeien overlegde ook met de Gezinsbond en het VCOK over de opname van het thema in het vormingsaanbod."
    assert meeting_records(text, D23) == [("Opgroeien", None, (), False)]
    # an adverb before the verb leaves the subject after it
    text = "Maandelijks vergadert de stuurgroep Jeugd."
    assert [r[0] for r in meeting_records(text, D23)] == ["stuurgroep Jeugd"]


def test_an_impersonal_consultation_with_several_organisations_is_one_record_each() -> None:
    # dev-2023-12 Q24: G8-4 ("overleg met A, B en C": one record per named organisation, each with the day), the
    # verb in the impersonal passive
    text = "Op 21 september 2023 werd overlegd met VOKA, UNIZO en het Minderhedenforum."
    day = (date(2023, 9, 21),)
    assert meeting_records(text, D23) == [(n, None, day, False) for n in ("VOKA", "UNIZO", "Minderhedenforum")]


def test_how_often_ends_a_bodys_van_tail() -> None:
    # dev-2023-12 Q21: a bare head's "van"-complement is its name (gold7) up to how often it met; the owner given by
    # "binnen X" (G8-1)
    text = "Binnen Mediawijs kwam een klankbordgroep van leerkrachten vijf keer samen."
    assert meeting_records(text, D23) == [("klankbordgroep leerkrachten Mediawijs", 5, (), False)]


def test_a_capitalised_agency_named_by_its_kind_is_the_agency_named_before() -> None:
    # dev-2023-12 Q07: a body with no name of its own keeps its owner (gold7), "het Agentschap" the agency named before
    text = (
        "Het Agentschap Integratie en Inburgering ondersteunt de gesubsidieerde besturen inhoudelijk. Met de "
        "regioteams van het Agentschap in Oost-Vlaanderen en Vlaams-Brabant werd op 19 oktober overlegd over de "
        "afstemming met het bestaande aanbod rond samenleven in diversiteit."
    )
    assert meeting_records(text, D23) == [("regioteams AgII", None, (date(2023, 10, 19),), False)]


def test_a_definite_overleg_with_a_classifying_adjective_between_parties_is_itself_the_body() -> None:
    # dev-2023-12 Q16, Q15: G9-7 (a standing consultation with classifying adjectives is itself the body), placed in
    # one territory (G9-5); a bare compound "coördinatieoverleg tussen A, B, C" still gives each party (G9-2,
    # dev-2020-06 G26)
    text = "Het multidisciplinair casusoverleg tussen CAW Antwerpen en EXER kwam tweewekelijks samen."
    assert meeting_records(text, D23) == [("multidisciplinair casusoverleg", None, (), False)]
    text = (
        "Het regionaal overleg tussen VDAB en het Agentschap Justitie en Handhaving in Oost-Vlaanderen komt "
        "maandelijks samen."
    )
    assert meeting_records(text, D23) == [("regionaal overleg Oost-Vlaanderen", None, (), False)]
    text = (
        "Het coördinatieoverleg tussen Ouders voor Verbinding, de Opvoedingslijn, de Gezinsbond en Kind en Gezin "
        "vergaderde op 28/1/2020."
    )
    assert len(meeting_records(text, date(2020, 6, 1))) == 4


def test_a_consulted_organisations_name_runs_on_over_voor_after_overlegd_met() -> None:
    # dev-2023-12 Q15: "overleg met ORGANISATIE" (gold5) with the organisation's full name, "voor" inside it
    text = "Op 4 oktober 2023 werd overlegd met het Centrum voor Inclusief Ondernemen en Werk (CIOW)."
    assert meeting_records(text, D23) == [
        ("Centrum voor Inclusief Ondernemen en Werk", None, (date(2023, 10, 4),), False)
    ]


def test_a_subject_listing_three_parties_gives_each_organisation_a_record() -> None:
    # dev-2023-12 Q03: G9-2 (parties in the same role each get a record) for a list of three, a function ("het centraal
    # aanspreekpunt van ABB") no body; after a consultation with another organisation, which is not this one's body
    text = (
        "Daarnaast werd overlegd met de FOD Binnenlandse Zaken over de actualisering van de omzendbrief over de "
        "LIVC's. Het OCAD, de VVSG en het centraal aanspreekpunt van ABB zaten op 17 oktober 2023 samen om de "
        "Vlaamse input hiervoor voor te bereiden."
    )
    day = (date(2023, 10, 17),)
    assert meeting_records(text, D23) == [
        ("FOD Binnenlandse Zaken", None, (), False),
        ("OCAD", None, day, False),
        ("VVSG", None, day, False),
    ]


def test_an_english_name_of_its_own_drops_its_owner() -> None:
    # dev-2023-12 Q05: gold7 (a body with a name of its own drops the "van"-tail that says whose it is), the name in
    # English
    text = (
        "Het Network of Prevent Policy Makers van de Europese Commissie kwam samen op 8 juni 2023 in Stockholm en op "
        "24 en 25 oktober 2023 in Brussel."
    )
    ((body, _, days, _),) = meeting_records(text, D23)
    assert (body, len(days)) == ("Network of Prevent Policy Makers", 3)


def test_an_adjective_placing_a_body_in_a_sequence_keeps_the_adjectives_after_it() -> None:
    # dev-2023-12 Q07: G9-1 drops "eerste" (it places the meeting in the story), gold7 keeps "lerend" as printed; since
    # G10-1 (eleventh session) the bare group is named after the people who meet in it
    text = (
        "Op 12/09/2023 kwamen de projectcoördinatoren van de zeven lokale besturen samen in een eerste lerend netwerk."
    )
    assert meeting_records(text, D23) == [("lerend netwerk projectcoördinatoren", None, (date(2023, 9, 12),), False)]


def test_an_indefinite_unnamed_overleg_with_two_organisations_is_each_ones_meeting() -> None:
    # dev-2023-12 Q05: gold5 "overleg met ORGANISATIE" and one record per body: a one-off "bilateraal werkoverleg" with
    # two named organisations (the first with its acronym) is no body of its own
    text = (
        "Op 14 november 2023 vond in Den Haag een bilateraal werkoverleg plaats met de Nationaal Coördinator "
        "Terrorismebestrijding en Veiligheid (NCTV) en de gemeente Rotterdam."
    )
    day = (date(2023, 11, 14),)
    assert meeting_records(text, D23) == [
        ("Nationaal Coördinator Terrorismebestrijding en Veiligheid", None, day, False),
        ("gemeente Rotterdam", None, day, False),
    ]


def test_the_past_tense_of_a_split_coordination_verb_with_days_is_the_subjects_meeting() -> None:
    # dev-2023-12 Q01: G8-4 ("afstemmen met X" counts as "overleg met X"), the verb split ("stemde ... af met") and in
    # the past tense; the two-parties rule makes the subject the body, on both days
    text = (
        "Het departement Cultuur, Jeugd en Media stemde daarnaast op 4 september en 6 november 2023 af met De "
        "Ambrassade."
    )
    assert meeting_records(text, D23) == [("departement CJM", None, (date(2023, 9, 4), date(2023, 11, 6)), False)]


def test_a_fronted_partner_of_a_meeting_that_took_place_and_parties_meeting_up_at_a_rate() -> None:
    # dev-2023-12 Q22: "Met X vond ... een overleg plaats" is X's meeting (gold5 overleg met ORGANISATIE), X the
    # acronym's expansion; "de FMOK en KOOGO spreken sindsdien tweemaandelijks af" continues it at a rate (one record
    # per statement for the FMOK) and gives the second party of the joint subject its own record (G9-2)
    text = (
        "KOOGO werkt hiervoor samen met de Federatie van Marokkaanse Ouderverenigingen Kempen (FMOK) en het Platform "
        "Ouders in Dialoog. Met de FMOK vond op 3 oktober een overleg plaats in Turnhout; de FMOK en KOOGO spreken "
        "sindsdien tweemaandelijks af."
    )
    assert meeting_records(text, D23) == [
        ("Federatie van Marokkaanse Ouderverenigingen Kempen", None, (date(2023, 10, 3),), False),
        ("KOOGO", None, (), False),
    ]
    # an agreement is no meeting
    assert meeting_records("Er werd afgesproken om het overleg tweemaandelijks te evalueren.", D23) == []


def test_a_short_form_after_a_capitalised_kind_takes_the_full_name_the_action_prints() -> None:
    # dev-2023-12 Q02: GUIDELINES D4 (a short proper form of a name printed in full in the same item is named by the
    # full name), the short form the name's last word after its capitalised kind; G9-2 gives both parties a record
    from pipeline.extract.meetings import find_meetings, with_action_names

    texts = [
        "Na een open oproep werd de opdracht voor de evaluatie van het actieplan op 2 juni 2023 gegund aan een "
        "consortium van Onderzoeksbureau Meridiaan cvba (Gent) en de Stichting Kennislab Weerbaarheid (Utrecht).",
        "Sindsdien is er een tweewekelijks (online) opvolgingsoverleg tussen ABB en Meridiaan.",
    ]
    named = with_action_names([find_meetings(t, D23) for t in texts], texts)
    assert [f.body for f in named[1]] == ["ABB", "Onderzoeksbureau Meridiaan"]
