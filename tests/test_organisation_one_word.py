"""Issue 12, organisations named by one word (seventh session, helper org8): the structural evidence that makes a
single capitalised word or acronym an organisation (an apposition that says what kind of organisation it is, a
counted plural kind of organisation followed by that many names, the subject of an agentive verb), the bare uses of
such a name elsewhere in the action, and the cases that stay words. Sentences from the tuning sets (dev-2021-12,
dev-2020-12, dev-2019-12, dev-extra) and the dev actions of the real report, as printed; expected results checked
by hand against models/gold/GUIDELINES.md and the sets' gold."""

from __future__ import annotations

import pytest

from pipeline.extract.organisations import (
    acronym_definitions,
    established_names,
    find_organisations,
    listed_names,
    with_listed_names,
)


def canonicals(text: str) -> list[str]:
    return [h.canonical for h in find_organisations(text)]


# --- an apposition whose head is a kind of organisation -------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # dev-2021-12 J26, J19, J22, J03, J07 (all gold mentions)
        (
            "Daarnaast werkt het agentschap samen met De Cocon en met Lantaarnwerk, een Mechelse vzw die ouders van "
            "geradicaliseerde jongeren begeleidt.",
            "Lantaarnwerk",
        ),
        (
            "Bij de voorbereiding van die vergaderingen werd telkens afgestemd met de FOD Justitie en met Herkansweg, "
            "de vzw die in de Antwerpse en Mechelse gevangenissen het re-integratieaanbod voor gedetineerden "
            "coördineert.",
            "Herkansweg",
        ),
        (
            "De intervisiegroep casemanagers kwam driemaandelijks samen (24/6/2021, 30/9/2021), telkens onder "
            "begeleiding van Stemvork, een vzw gespecialiseerd in gespreksvoering met families.",
            "Stemvork",
        ),
        (
            "Het centraal aanspreekpunt van ABB neemt hieraan deel, samen met een medewerker van Brugwerk, de "
            "Brusselse koepel van buurtgerichte jongerenwerkingen.",
            "Brugwerk",
        ),
        (
            "Vijf Huizen van het Kind werkten aan een vormingspakket voor onthaalmedewerkers, i.s.m. Dakpan, een "
            "Gentse organisatie voor inclusieve kinderopvang.",
            "Dakpan",
        ),
    ],
)
def test_a_name_an_apposition_describes_as_an_organisation_is_one(text: str, name: str) -> None:
    assert name in canonicals(text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # the legal form opens the next name: "de vzw Terugkeer" (dev-2020-12 H35)
        (
            "In de gevangenis van Hasselt werd, in samenwerking met het Huis van Justitie Limburg, de vzw Terugkeer, "
            "het Forensisch Psychiatrisch Centrum een traject opgezet.",
            "Limburg",
        ),
        # the last word of a longer capitalised name (dev-2019-12 F19)
        (
            "In Mechelen werkt de stad voor de casusbegeleiding samen met het CAW Schelde en Rupel en met vzw "
            "Ankerpunt Zuid, een organisatie voor straathoekwerk.",
            "Zuid",
        ),
        # a place before an apposition is the authority rule's to judge, not a name of its own
        ("De werking liep in Gent, de stad met de meeste aanvragen, en in Genk.", "Gent"),
    ],
)
def test_an_apposition_after_a_word_that_is_no_name_of_its_own_adds_nothing(text: str, not_expected: str) -> None:
    assert not_expected not in canonicals(text)


def test_an_inflected_place_adjective_before_vzw_is_no_name() -> None:
    # dev-2021-12 J26, J20: "een Mechelse vzw", "een Brusselse vzw" say where the vzw works
    text = (
        "Voor de begeleiding van de scholen zelf is er overleg met Schoolbrug, een Brusselse vzw die schoolteams "
        "ondersteunt bij conflicten."
    )
    assert canonicals(text) == ["Schoolbrug"]


def test_bare_uses_of_a_name_an_apposition_describes_are_mentions() -> None:
    # dev-2021-12 J26: the second sentence names Lantaarnwerk without any evidence of its own
    text = (
        "Daarnaast werkt het agentschap samen met Lantaarnwerk, een Mechelse vzw die ouders van geradicaliseerde "
        "jongeren begeleidt. Met Lantaarnwerk was er overleg op 22/9/2021 over een gezamenlijke aanpak."
    )
    hits = find_organisations(text)
    names = established_names(hits, text=text)
    assert names == {"Lantaarnwerk": "Lantaarnwerk"}
    assert [h.canonical for h in with_listed_names(text, hits, names)] == ["Lantaarnwerk", "Lantaarnwerk"]
    # without the text, no one-word name is established (a name found by a rule without such evidence)
    assert "Lantaarnwerk" not in established_names(hits)


def test_an_acronym_defined_by_its_expansion_and_an_apposition_needs_no_head_noun() -> None:
    # dev-2021-12 J16: "JOSTA (Jongeren Stemmen Aan)" has no head noun; the apposition says it is a network
    text = (
        "StampMedia werkt hiervoor samen met JOSTA (Jongeren Stemmen Aan), een netwerk van jongerenredacties, en "
        "met het mediacollectief Tegenwind uit Oostende."
    )
    assert "Jongeren Stemmen Aan" in canonicals(text)
    assert "JOSTA" not in canonicals(text)


# --- a counted plural kind of organisation and its names ------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2021-12 J28, J11
        (
            "Het CBEP werkt voor het veldwerk samen met twee Brusselse wijkorganisaties, Meerstem en Buurtbrug.",
            ["Meerstem", "Buurtbrug"],
        ),
        (
            "Twee organisaties uit het werkveld, Plooibaar (Genk) en Zeeflicht (Oostende), helpen bij de toeleiding "
            "van jongeren die niet via school bereikt worden.",
            ["Plooibaar", "Zeeflicht"],
        ),
    ],
)
def test_a_counted_kind_of_organisation_names_that_many_organisations(text: str, expected: list[str]) -> None:
    found = canonicals(text)
    assert all(name in found for name in expected)


@pytest.mark.parametrize(
    "text",
    [
        # three names where the count says two: no reading of the list is safe
        "Het project werkt samen met twee organisaties, Meerstem, Buurtbrug en Zeeflicht.",
        # a plural kind noun in an enumeration of kinds, no count (real report, dev action 4.7)
        "Er is overleg met het aanspreekpunt en de referentiepersonen radicalisering binnen de koepels, het GO! en "
        "de CLB-netten.",
    ],
)
def test_an_uncounted_or_miscounted_list_names_no_one_word_organisation(text: str) -> None:
    found = canonicals(text)
    assert "Meerstem" not in found and "Buurtbrug" not in found
    assert "CLB-netten" not in found


# --- an elided year opens no quote ------------------------------------------------------------------------------


def test_an_elided_year_does_not_hide_the_names_after_it() -> None:
    # dev-2021-12 J08: "'20-'21" was read as an opening quote, so every listed name after it on the line was a title
    parties = ["Arktos", "Dwarsligger vzw"]
    names = listed_names(parties, printed="Arktos; Dwarsligger vzw")
    text = (
        "In het schooljaar '20-'21 werden 41 scholen ondersteund. Sinds september werkt Arktos voor de Brusselse "
        "scholen samen met Dwarsligger."
    )
    found = [h.canonical for h in with_listed_names(text, find_organisations(text), names)]
    assert found.count("Dwarsligger") == 1


# --- more one-word and short names from structure ------------------------------------------------------------


def test_a_compound_on_netwerk_or_platform_describes_the_name_after_it() -> None:
    # dev-2021-12 J04, J19 (gold "Zijspoor", "Kanaalstem"); dev-2019-12 F10: a province after it names a meeting body
    assert "Zijspoor" in canonicals(
        "Het bezoek werd georganiseerd i.s.m. de stad Mechelen en het scholennetwerk Zijspoor"
    )
    assert "Kanaalstem" in canonicals(
        "Ook de samenwerking met het Brusselse jongerenplatform Kanaalstem werd besproken"
    )
    assert canonicals("Het overlegplatform West-Vlaanderen vergaderde op 2/7/2019 en 24/9/2019.") == []


def test_the_acronym_owning_a_body_is_an_organisation() -> None:
    # dev-2021-12 J32 (gold "SERV"); "de werking van de LIVC" names no body, and LIVC is a kind of body
    assert "SERV" in canonicals("Ook de commissie Diversiteit van de SERV besprak het beleid, op haar vergadering.")
    assert "LIVC" not in canonicals("Er kwamen vragen over de werking van de LIVC in coronatijden.")


def test_an_acronym_with_letters_of_its_own_beside_a_headed_name_defines_it() -> None:
    # dev-2021-12 J11: LERIS holds the initials L, I, S of the name in order
    text = (
        "Het project wordt gecoördineerd door het Leuvens Instituut voor Samenleving (LERIS) van de KU Leuven. "
        "LERIS rapporteert in 2022."
    )
    assert canonicals(text).count("Leuvens Instituut voor Samenleving") == 2
    # the letters must open on the name's first letter: "(AgII)" after a province is no definition of it (dev 11.1)
    assert acronym_definitions("De pilootprojecten in de provincie Vlaams-Brabant (AgII).") == []


def test_a_listed_party_with_its_place_after_a_dash_is_named_without_it() -> None:
    # dev-2021-12 J09: "Schakelzone vzw – Antwerpen" in "Andere betrokkenen", "- Schakelzone – Antwerpen" in the entry
    printed = "Schakelzone vzw – Antwerpen; Klankkast (Gent); Houvast"
    names = listed_names(["Schakelzone vzw – Antwerpen", "Klankkast (Gent)", "Houvast"], printed=printed)
    assert names.get("Schakelzone") == "Schakelzone"
    text = "- Schakelzone – Antwerpen (38.500 euro);- Klankkast – Gent (36.000 euro);"
    assert "Schakelzone" in [h.canonical for h in with_listed_names(text, find_organisations(text), names)]


def test_houses_listed_by_their_towns_are_those_houses() -> None:
    # dev-2021-12 J07 (gold: the five houses); a counted head name is a kind (J24)
    text = "Het VKGO werkte met vijf Huizen van het Kind (Leuven, Lokeren, Tienen, Boom en Ninove) aan een pakket."
    assert [c for c in canonicals(text) if c.startswith("Huis")] == [
        "Huis van het Kind Leuven",
        "Huis van het Kind Lokeren",
        "Huis van het Kind Tienen",
        "Huis van het Kind Boom",
        "Huis van het Kind Ninove",
    ]
    text = "Er waren 165 Huizen van het Kind erkend en 1 Huis van het Kind in het Brussels Hoofdstedelijk Gewest."
    assert not [c for c in canonicals(text) if c.startswith("Huis")]


def test_a_budget_label_names_its_recipient() -> None:
    # real report, dev action 12.1 (gold "Vormen"), budget cell as printed
    text = "Voor KBS: 103.000 euro Voor Vormen/plan België: 0,5 VTE Voor Studio Globo: 1 VTE"
    found = canonicals(text)
    assert "Vormen" in found and "KBS" in found and "Studio Globo" in found
    # a period or a domain is no recipient
    assert canonicals("Voor Onderwijs: 20.000 euro; voor het schooljaar 2017-2018: 92.000 euro") == []


# --- gazetteer names printed as an alias -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lower-case name of several words is no modifier of the word after it (the rule read "rond", "twee",
        # "organiseerde" as a qualified noun)
        ("Er is samenwerking met de afdeling justitiehuizen rond de begeleiding.", "afdeling Justitiehuizen"),
        ("Daarnaast organiseerde de afdeling jeugd twee studiedagen.", "afdeling Jeugd"),
        # a known name on a public body's head noun, printed in lower case
        ("Het agentschap jongerenwelzijn volgt dit op.", "Jongerenwelzijn"),
        ("Er is overleg met het departement onderwijs en vorming.", "departement OV"),
    ],
)
def test_a_known_name_printed_as_an_alias_in_lower_case_is_found(text: str, expected: str) -> None:
    assert expected in canonicals(text)


def test_a_one_word_lower_case_name_before_a_noun_stays_a_modifier() -> None:
    # gold6 D5, real report dev action 12.3
    assert canonicals("Mediawijs onderneemt acties zoals het mediawijs competentiemodel.") == ["Mediawijs"]


def test_a_listed_division_named_by_a_defined_acronym_is_that_definition() -> None:
    # dev-2021-12 J02: the party "onderzoeksgroep CEVIR (UAntwerpen)", the entry defines CEVIR
    from pipeline.extract.stage import party_canonicals

    texts = [
        "De opdracht werd toegewezen aan Koppelpunt en de onderzoeksgroep CEVIR (Centrum voor Evaluatie van "
        "Interventies en Radicaliseringsbeleid) van de UAntwerpen."
    ]
    parties = ["Koppelpunt vzw", "onderzoeksgroep CEVIR (UAntwerpen)"]
    assert party_canonicals(parties, texts) == [
        "Koppelpunt",
        "Centrum voor Evaluatie van Interventies en Radicaliseringsbeleid",
    ]
    # without the definition the party keeps its printed head and acronym
    assert party_canonicals(parties, []) == ["Koppelpunt", "onderzoeksgroep CEVIR"]


def test_a_sponsor_phrase_makes_a_one_word_name_an_organisation():
    # dev-2021-12 J16, J32, J24 (hand-checked): the sponsor, author or organiser a phrase of support, commission or
    # agency names is an organisation; a person's name, a town (the authority rules) and a project are not
    from pipeline.extract.organisations import find_organisations

    def found(text: str) -> list[str]:
        return [h.canonical for h in find_organisations(text)]

    assert found("Tegenwind maakt daarnaast, met de steun van Stadsvlam, tegen maart 2022 een podcastreeks.") == [
        "Stadsvlam"
    ]
    assert found("Het traject wordt getrokken door Werkplekdialoog en loopt tot eind 2022.") == ["Werkplekdialoog"]
    assert found("Een vorming georganiseerd door Jan Peeters.") == []
    assert found("Het project CONNECT loopt. De vormingen worden begeleid door CONNECT.") == []
    # gold6 D3: the owner of the premises is a mention (dev-2021-12 J10), an authority's house is a building
    # (dev-2020-12 H06)
    assert found("De Ambrassade organiseerde een intervisiemoment in de gebouwen van Graanschuur te Brussel.") == [
        "De Ambrassade",
        "Graanschuur",
    ]
    assert found("De sessies vonden plaats in de lokalen van het Provinciehuis.") == []
