"""Meetings extractor: mechanisms checked on all tuning splits (branch meet9). Expectations hand-checked against
GUIDELINES.md (Meetings, gold5 and gold7 decisions)."""

from __future__ import annotations

from datetime import date

from conftest import meeting_records

D22 = date(2022, 12, 1)


def records(text: str, report_date: date = D22) -> list[tuple[str, int | None, tuple[date, ...], bool]]:
    return meeting_records(text, report_date)


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


def test_a_bare_head_takes_the_one_organisation_that_organises_installs_or_steers_through_it() -> None:
    # dev-2022-12 M07, M17 (adjudication #6-#8), dev-2021-12 J31: gold7 "a bare head keeps its owner", the owner
    # printed as the subject of the relative clause or of the statement that sets the body up
    assert records(
        "Het lerend netwerk dat ABB voor de projecten organiseert, komt vanaf januari 2023 driemaandelijks samen."
    ) == [("lerend netwerk ABB", None, (), True)]
    assert records(
        "Sint-Niklaas stelde een voltijdse projectcoördinator aan en installeerde een lokale stuurgroep, die op "
        "10/11/2022 een eerste keer samenkwam."
    ) == [("lokale stuurgroep stad Sint-Niklaas", None, (date(2022, 11, 10),), False)]
    # the later bare mentions are the same body
    text = (
        "Het departement Onderwijs en Vorming volgt de uitvoering op via tussentijdse rapporteringen in een "
        "stuurgroep, die minimaal drie keer per jaar samenkomt, en via een jaarrapport. De stuurgroep kwam sinds "
        "juni 2022 twee keer samen, op 21 juni en 27 september 2022."
    )
    assert records(text) == [
        ("stuurgroep departement OV", None, (), False),
        ("stuurgroep departement OV", 2, (date(2022, 6, 21), date(2022, 9, 27)), False),
    ]


def test_a_body_organised_with_partners_or_named_by_a_topic_has_no_single_owner() -> None:
    # dev-2020-06 G10: organised by one organisation "met" six others, no one owner (the head stays as printed)
    text = (
        "Het sectoroverleg jeugd en polarisering, dat de afdeling Jeugd organiseert met De Ambrassade, VVJ, Formaat, "
        "JES, Uit de Marge en Groep Intro, kwam in de rapportageperiode twee keer samen: op 16/12/2019 en op 20/4/2020."
    )
    # (no owner; and the table's one-word body under another topic is that body, GUIDELINES gold8 G8-5)
    assert [r[0] for r in records(text, date(2020, 6, 1))] == ["sectoroverleg"]
    # a body with a name of its own takes no owner (gold7)
    assert [
        r[0] for r in records("Het lerend netwerk Polarisering dat de VVSG organiseert, kwam op 3/5/2022 samen.")
    ] == ["lerend netwerk Polarisering"]


def test_the_project_a_bare_head_belongs_to_is_named_by_the_one_project_named_before() -> None:
    # dev-2022-12 M12, M13 (adjudication #3-#5): "het project" refers back to the project named before
    text = (
        "Het project CONNECT werd opnieuw verlengd voor het schooljaar 2022-2023. De stuurgroep van het project, "
        "waarin Arktos en het GO! samenzitten, komt drie keer per schooljaar samen. In de rapportageperiode vergaderde "
        "de stuurgroep op 30 juni 2022 en op 18 oktober 2022."
    )
    assert records(text) == [
        ("stuurgroep CONNECT", None, (), False),
        ("stuurgroep CONNECT", None, (date(2022, 6, 30), date(2022, 10, 18)), False),
    ]
    text = (
        "In Limburg loopt sinds 1 maart 2022 het ESF-project van Sterk Werk Limburg, waarin Jobcentrum Genk, VDAB en "
        "de welzijnspartners samenwerken. De projectstuurgroep vergaderde op 21 juni en 29 november 2022."
    )
    assert records(text) == [
        ("projectstuurgroep Sterk Werk Limburg", None, (date(2022, 6, 21), date(2022, 11, 29)), False)
    ]
    # dev-2019 E23: no project named by a name, so the owner stays as printed
    text = (
        "EXO ontvangt vanaf 1 oktober 2018 een projectsubsidie voor de begeleiding van trajecten. De stuurgroep van "
        "het project kwam samen op 6/12/2018 en 14/3/2019."
    )
    assert [r[0] for r in records(text, date(2019, 6, 1))] == ["stuurgroep project"]


def test_adjectives_as_printed_before_a_capitalised_name_but_no_participle_clause() -> None:
    # dev-2022-12 M01, M04: GUIDELINES gold7 "with its adjectives as printed"; a participle with complements of its
    # own before the head is a clause about the body
    assert records("De interne Vlaamse stuurgroep Weerbare Samenleving kwam op 3 oktober 2022 samen.") == [
        ("interne Vlaamse stuurgroep Weerbare Samenleving", None, (date(2022, 10, 3),), False)
    ]
    text = (
        "Het in het voorjaar van 2022 aangekondigde netoverschrijdend overleg tussen de Brusselse politiezones en de "
        "Nederlandstalige onderwijsactoren ging door op 21 juni 2022."
    )
    assert records(text) == [("netoverschrijdend overleg", None, (date(2022, 6, 21),), False)]
    # a participle right after the article is an adjective as printed
    assert [r[0] for r in records("De geplande werkgroep kwam op 3 oktober 2022 samen.")] == ["geplande werkgroep"]


def test_a_capitalised_name_keeps_its_lower_case_in_tail_up_to_its_owner() -> None:
    # dev-2022-12 M11: the name as printed ("Gezinnen in Diversiteit" with a lower-case tail), its owner dropped as for
    # any capitalised name (gold7)
    text = (
        "De werkgroep Gezinsondersteuning in diversiteit van Opgroeien kwam in de rapportageperiode drie keer samen "
        "(16/6, 15/9 en 17/11/2022)."
    )
    days = (date(2022, 6, 16), date(2022, 9, 15), date(2022, 11, 17))
    assert records(text) == [("werkgroep Gezinsondersteuning in diversiteit", 3, days, False)]
    # a clause or a place after "in" is no name
    for text, body in [
        ("De werkgroep Preventie in samenwerking met de VVSG kwam op 3 mei 2022 samen.", "werkgroep Preventie"),
        ("De werkgroep Onderwijs in Gent kwam op 3 mei 2022 samen.", "werkgroep Onderwijs"),
    ]:
        assert [r[0] for r in records(text)] == [body]


def test_each_organisation_listed_after_one_met_is_a_body_met() -> None:
    # dev-2022-12 M08, M09, M10, M16: GUIDELINES gold5 "One record per body per statement", "Overleg met ORGANISATIE"
    assert records("Met Kif Kif, FMDO en Orbit was er op 16 september overleg.") == [
        (name, None, (date(2022, 9, 16),), False) for name in ("Kif Kif", "FMDO", "Orbit")
    ]
    assert [r[0] for r in records("Er was ook overleg met Child Focus en Unia over een gezamenlijke campagne.")] == [
        "Child Focus",
        "Unia",
    ]
    assert records("Er was overleg met het Vlaams Huurdersplatform en Wijk-Werkt op 12 september 2022.") == [
        (name, None, (date(2022, 9, 12),), False) for name in ("Vlaams Huurdersplatform", "Wijk-Werkt")
    ]
    # a member that is no organisation: no list of parties (gold5: "er was overleg met de scholen" is no meeting)
    assert "VVSG" not in [r[0] for r in records("Er was overleg met de scholen en de VVSG op 12 september 2022.")]


def test_each_party_after_its_own_met_takes_the_day_printed_after_it() -> None:
    # dev-2022-12 M05: one record per body (gold5), each with its own day; the acronym after a name is no gap
    text = (
        "Er was bilateraal overleg met de Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) op 5 juli "
        "2022 en met het Landelijk Steunpunt Extremisme (LSE) op 16 augustus 2022, telkens over de begeleiding van "
        "minderjarigen."
    )
    assert records(text) == [
        ("Nationaal Coördinator Terrorismebestrijding en Veiligheid", None, (date(2022, 7, 5),), False),
        ("Landelijk Steunpunt Extremisme", None, (date(2022, 8, 16),), False),
    ]
    # days printed for none of the parties are all of theirs
    assert records("Op 5 mei 2022 was er overleg met de FOD Justitie en met het OCAD.") == [
        ("FOD Justitie", None, (date(2022, 5, 5),), False),
        ("OCAD", None, (date(2022, 5, 5),), False),
    ]


def test_a_nationality_before_an_organisation_is_no_part_of_its_name() -> None:
    # dev-2022-12 M05: the body is the organisation, by its canonical name (GUIDELINES, Meetings)
    text = (
        "Er was bilateraal overleg met de Nederlandse Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) "
        "op 5 juli 2022."
    )
    assert records(text) == [
        ("Nationaal Coördinator Terrorismebestrijding en Veiligheid", None, (date(2022, 7, 5),), False)
    ]


def test_a_day_of_something_else_makes_no_meeting_planned() -> None:
    # dev-2022-12 M16: the campaign starts on the day ahead, the consultation is reported as held
    text = (
        "Er was ook overleg met Child Focus en Unia over een gezamenlijke campagne rond online haatspraak, die op 10 "
        "december 2022 (Dag van de Mensenrechten) van start gaat."
    )
    assert records(text) == [("Child Focus", None, (), False), ("Unia", None, (), False)]


def test_a_fronted_organisation_consulted_without_a_time_and_a_whose_clause_of_something_else() -> None:
    # dev-2022-12 M03: gold5 "Overleg met ORGANISATIE" without a count, date or frequency, the party fronted; the
    # period in the "waarvan" clause is the publication's, so the consultation is not planned
    text = (
        "Met de FOD Binnenlandse Zaken was er overleg over de actualisering van de omzendbrief rond de LIVC-R, waarvan "
        "de publicatie pas tegen het voorjaar van 2023 verwacht wordt."
    )
    assert records(text) == [("FOD Binnenlandse Zaken", None, (), False)]
    # a fronted party that is no organisation is no body (gold5: "er was overleg met de scholen")
    assert records("Met de scholen was er overleg over de aanpak.") == []


def test_a_possessive_names_the_subject_as_owner_and_ends_the_adjectives() -> None:
    # dev-2022-12 M11: "zijn oudergroepen" are the subject's (gold7 owner); M04: the adjectives after "haar eigen" as
    # printed (the owner, "de zone Brussel-West", is no organisation the organisation extractor finds)
    text = (
        "Het Huis van het Kind Mechelen stelde er zijn oudergroepen voor, die tweewekelijks samenkomen in de wijk "
        "Nekkerspoel."
    )
    assert records(text) == [("oudergroepen Huis van het Kind Mechelen", None, (), False)]
    text = (
        "De zone Brussel-West liet daarbij weten dat zij de werkafspraken eerst wil voorleggen aan haar eigen zonale "
        "veiligheidsraad, die pas in februari 2023 opnieuw samenkomt."
    )
    assert [r[0] for r in records(text)] == ["zonale veiligheidsraad"]


def test_the_first_meeting_announced_after_a_semicolon_is_that_of_the_body_its_sentence_set_up() -> None:
    # dev-2022-12 M18: set-up is no meeting (gold5), its body's first meeting ahead is (planned)
    text = (
        "Het ESF-lerend netwerk van de projectpromotoren werd in september opgericht; een eerste bijeenkomst staat "
        "gepland op 24 januari 2023."
    )
    assert records(text) == [("ESF-lerend netwerk projectpromotoren", None, (date(2023, 1, 24),), True)]


def test_agreeing_with_a_named_organisation_is_its_meeting_without_a_time() -> None:
    # dev-2022-12 M03 (adjudication #9), dev-2021-12 J19: "afstemmen met ORGANISATIE" as "overleg met" (gold5); the
    # bodies of a fronted setting are not who met; "in overleg met" is a decision taken with X, no meeting
    text = (
        "Binnen de werkgroepen van het Globaal Veiligheids- en Preventieplan wordt verder afgestemd met Brussel "
        "Preventie & Veiligheid (BPV)."
    )
    assert records(text) == [("Brussel Preventie & Veiligheid", None, (), False)]
    assert [r[0] for r in records("Bij de voorbereiding werd telkens afgestemd met de FOD Justitie.")] == [
        "FOD Justitie"
    ]
    assert records("De handleiding werd in overleg met de VVSG opgesteld.") == []
