"""Organisation mechanisms found on the dev actions of the real report once their gold was re-annotated blind
(issue 12, fifth session). Each is checked on the real report's own sentences (dev actions only, copied from
tests/fixtures/report-2017-12.txt and hand-checked) and, where it needs the whole action, on the parsed report."""

from __future__ import annotations

from conftest import RENDITIONS, extracted

from pipeline.extract.organisations import find_organisations


def facts_of(action_id: str) -> list[tuple[str, str]]:
    """(field, canonical) of every organisation fact of one action, as the extract stage gives them."""
    facts = extracted(RENDITIONS["text"]).organisations  # extract_report(parse(...)), once per session
    return [(f.where.field, f.fact.canonical) for f in facts if f.where.action_id == action_id]


def test_the_one_party_of_its_field_names_the_action_texts():
    # 11.1 prints "Atlas" alone in "Andere betrokkenen": a field holding one party was not cut by guesswork,
    # so the action's bare uses of that one word are mentions ("in de stad Antwerpen door Atlas").
    found = facts_of("11.1")
    assert found.count(("other_parties", "Atlas")) == 1
    assert sum(1 for field, c in found if c == "Atlas" and field == "description") == 4
    # 13.5: "VSK" alone; "In overleg met de VSK", "het project 'de Conflixers' van VSK"
    assert [c for _, c in facts_of("13.5")].count("VSK") == 3


def test_a_name_inside_a_web_or_mail_address_is_no_mention():
    # 12.3, 14.5 and 4.3 (hand-checked)
    text = (
        "De toolkit werd op 22 maart 2017 gelanceerd: op https://mediawijs.be/onderzoeken/represent-uitkomsten. "
        "De helpdeskfunctie bij de VVSG werd verdergezet (radicalisering@VVSG.be of telefonisch). "
        "- mediawijs.be\n- demos.be rePresent kwam tot stand. Doorheen het projectjaar werd gecommuniceerd via de "
        "VVSG-website. Overleg met de onderwijskoepels/GO! met het oog op goede werkafspraken."
    )
    assert [h.canonical for h in find_organisations(text)] == ["VVSG", "VVSG", "GO!"]


def test_two_acronyms_joined_by_a_hyphen_are_two_organisations():
    # 4.3: "Uitwisselingsmoment VVSG-VNG te Mechelen (13/10/2016)"
    text = "- Uitwisselingsmoment VVSG-VNG te Mechelen (13/10/2016)\n- Uitwisseling VVSG-VNG op donderdag 13/10/2016"
    assert [h.mention for h in find_organisations(text)] == ["VVSG", "VNG", "VVSG", "VNG"]
    # neither known: no evidence that the pair are organisations ("BRAIN-be" is a programme anyway)
    assert find_organisations("een FTF-AMIF traject") == []


def test_a_bracket_after_a_plural_kind_of_organisation_lists_organisations():
    # 14.7 (hand-checked): every item in the brackets, acronyms and one-word names alike
    text = (
        "Werkgeversorganisaties (VOKA en UNIZO), werknemersorganisaties (ACV, ABW en ACLVB) en eigenorganisaties "
        "van kansengroepen (GRIP en het Minderhedenforum) vervullen hierin vanuit hun expertise en netwerk een "
        "belangrijke rol."
    )
    names = [h.mention for h in find_organisations(text)]
    assert names == ["VOKA", "UNIZO", "ACV", "ABW", "ACLVB", "GRIP", "Minderhedenforum"]
    # a capitalised "Instellingen" is part of a name, not a plural kind ("... Mensenrechten van de OVSE (ODIHR)")
    text = "samen met het Bureau voor Democratische Instellingen en Mensenrechten van de OVSE (ODIHR). De"
    assert "ODIHR" not in [h.mention for h in find_organisations(text)]


def test_names_a_bracket_lists_name_the_other_texts_of_the_action():
    # 14.7: the entry's "met UNIZO en VOKA sinds 1 juli 2016; met de werknemersorganisaties, GRIP en het
    # Minderhedenforum" names the organisations the description listed in brackets.
    entry = [c for field, c in facts_of("14.7") if field == "description"]
    for name in ("VOKA", "UNIZO", "GRIP", "Minderhedenforum"):
        assert entry.count(name) == 2, name


def test_an_en_tail_stops_where_a_second_name_opens_on_link_words():
    # a sentence in the real report's register (dev-2020-06, hand-checked): two Huizen van het Kind, not one
    # name running on to "en Huis"
    text = "De coördinatoren van het Huis van het Kind Leuven en Huis van het Kind Midden-Limburg namen deel."
    assert [h.canonical for h in find_organisations(text)] == [
        "Huis van het Kind Leuven",
        "Huis van het Kind Midden-Limburg",
    ]
    # the "en"-joined last word of one name stays ("Centrum voor Islamstudies en Interculturele Dialoog")
    text = "het Vlaams Instituut voor Sportbeheer en Recreatiebeleid (ISB) ondersteunde de clubs"
    assert [h.canonical for h in find_organisations(text)] == ["Vlaams Instituut voor Sportbeheer en Recreatiebeleid"]


def test_units_of_an_institution_by_their_head_noun():
    assert [
        h.canonical
        for h in find_organisations("Op het casusoverleg was ook de directie Detentiebeheer van het DG EPI aanwezig.")
    ] == [
        "directie Detentiebeheer",
        "DG EPI",
    ]
    text = "een gastcollege aan de Faculteit Theologie en Religiewetenschappen van de KU Leuven"
    assert [h.canonical for h in find_organisations(text)] == [
        "Faculteit Theologie en Religiewetenschappen",
        "KU Leuven",
    ]


def test_each_name_after_a_plural_unit_head_is_a_unit():
    # 6.3 (hand-checked): "afdelingen" before three names; the gazetteer's names where it knows them
    text = (
        "Daarnaast namen de consultants deel aan een ambtelijke werkgroep met de afdelingen Jongerenwelzijn, "
        "Justitiehuisen en Beleidsontwikkeling rond disengagementstrajecten"
    )
    assert [h.canonical for h in find_organisations(text)] == [
        "Jongerenwelzijn",
        "afdeling Justitiehuizen",
        "afdeling Beleidsontwikkeling",
    ]


def test_a_body_of_an_acronym_names_that_organisation_known_or_not():
    # "VLOR-commissie" (GUIDELINES.md: a known or defined acronym as the first part of a compound); an acronym
    # the text does not define counts too where the compound is a body, not a kind ("LIVC") or a domain
    text = "Het project werd toegelicht op de VLOR-commissie Burgerschap en op de LIVC-werkgroep."
    assert [(h.mention, h.canonical) for h in find_organisations(text)] == [("VLOR", "VLOR")]


def test_an_acronym_with_a_province_or_brussels_is_that_branch():
    # 4.7 (hand-checked): "(Op 9/10/2017 in Halle, op 6/12/2017 in Houthalen, op 30/5/2017 voor LOP Brussel)"
    assert [h.canonical for h in find_organisations("op 30/5/2017 voor LOP Brussel).")] == ["LOP Brussel"]
    text = "Het overleg kwam samen in de kantoren van UNIZO Oost-Vlaanderen te Aalst."
    assert [h.canonical for h in find_organisations(text)] == ["UNIZO Oost-Vlaanderen"]
    assert find_organisations("de RADIX tool Antwerpen en OKAN Brussel") == []


def test_names_a_plural_kind_introduces_with_zoals():
    # 4.3 (hand-checked): "Europese netwerken zoals Hate Speech International, SALAR (Zweedse zusterorganisatie)"
    text = (
        "De VVSG onderhoudt contacten met Europese netwerken zoals Hate Speech International, SALAR (Zweedse "
        "zusterorganisatie), en anderen."
    )
    assert [h.canonical for h in find_organisations(text)] == ["VVSG", "Hate Speech International", "SALAR"]


def test_an_event_word_inside_capitalised_words_names_the_event():
    # 4.3 (hand-checked): the organisation after the event's words, not "International Conference Fédération ..."
    text = "- International Conference Fédération Wallonie-Bruxelles in Brussel (13/10/2017)"
    assert [h.canonical for h in find_organisations(text)] == ["Franse Gemeenschap"]


def test_names_in_the_languages_of_neighbouring_countries():
    text = "met het Centre d'Etudes (Université de Liège) en het Ministerium des Innern van Noordrijn-Westfalen"
    assert [h.canonical for h in find_organisations(text)] == [
        "Université de Liège",
        "Ministerium des Innern van Noordrijn-Westfalen",
    ]
    assert [h.canonical for h in find_organisations("De Brusselse Regering keurde het plan goed.")] == [
        "Brusselse Regering"
    ]


def test_an_acronym_of_two_capitalised_parts():
    # 6.3 (hand-checked): "Directoraat-Generaal Penitentiaire Inrichtingen (DG EPI)" defines "DG EPI"; the
    # gazetteer knows it, so its canonical; the definition holds without the gazetteer too
    from pipeline.extract.organisations import acronym_definitions

    text = "samen met het Directoraat-Generaal Penitentiaire Inrichtingen (DG EPI) en de VDAB"
    assert [d.acronym for d in acronym_definitions(text)] == ["DG EPI"]
    assert [h.canonical for h in find_organisations(text)] == ["DG EPI", "VDAB"]


def test_the_partner_of_a_known_organisation_after_ism():
    # 12.1 (hand-checked): "Departement OV ondersteunt actief het BCH i.s.m. VVI in het kader van
    # herinneringseducatie."
    text = "Departement OV ondersteunt actief het BCH i.s.m. VVI in het kader van herinneringseducatie."
    assert [h.mention for h in find_organisations(text)] == ["Departement OV", "BCH", "VVI"]
    assert "BCH" in [c for field, c in facts_of("12.1") if field == "budget_text"]  # "Voor BCH: 60.000 euro"


def test_an_inspectorate_named_by_its_subjects():
    # 12.5 (hand-checked): "... een gemeenschappelijke studiedag interlevensbeschouwelijke dialoog door de
    # onderwijsinspectie levensbeschouwelijke vakken."
    text = "een gemeenschappelijke studiedag door de onderwijsinspectie levensbeschouwelijke vakken."
    assert [h.canonical for h in find_organisations(text)] == ["onderwijsinspectie levensbeschouwelijke vakken"]
    text = "een studiedag van de inspectie levensbeschouwelijke vakken; de onderwijsinspectie bezocht ook scholen"
    assert [h.canonical for h in find_organisations(text)] == [
        "inspectie levensbeschouwelijke vakken",
        "onderwijsinspectie",
    ]
    assert find_organisations("de inspectie Gent en een inspectie Islam") == []


def test_a_plural_party_is_no_name_of_the_action_texts():
    from pipeline.extract.organisations import listed_names

    names = listed_names(["Huizen van het Kind", "Huis van het Kind Leuven", "Diensten Jeugd"], printed="x, y, z")
    assert names == {"Huis van het Kind Leuven": "Huis van het Kind Leuven"}


def test_capitalised_words_before_vlaanderen_name_a_flemish_organisation():
    # 14.5 (hand-checked): "... op "Digimeter en rePresent" een event van Medianet Vlaanderen voor mediamakers"
    text = 'gepresenteerd op "Digimeter en rePresent" een event van Medianet Vlaanderen voor mediamakers en studenten'
    assert [h.canonical for h in find_organisations(text)] == ["Medianet Vlaanderen"]
    # a place after a preposition that opens the sentence is no name
    assert find_organisations("In Vlaanderen werd de opvolging versterkt. Vanuit Vlaanderen namen er tien deel.") == []


def test_a_community_named_with_its_adjective():
    text = "het departement OV telkens samen met de Franse Gemeenschap en de Duitstalige Gemeenschap"
    assert [h.canonical for h in find_organisations(text)] == [
        "departement OV",
        "Franse Gemeenschap",
        "Duitstalige Gemeenschap",
    ]


def test_a_name_differing_only_in_case_from_a_listed_party_is_that_party():
    # 14.1 (hand-checked): "Andere betrokkenen" prints "Zonder Handen vzw", the entry "- Zonder handen vzw"
    found = facts_of("14.1")
    assert ("description", "Zonder Handen") in found and all(c != "Zonder handen" for _, c in found)


def test_the_name_after_a_lower_case_descriptor_names_its_bare_uses():
    # a text in the real report's register (dev-2020-06, hand-checked): "het expertisecentrum Kompasnaald" makes
    # the later bare "Kompasnaald" a mention, as printed
    from pipeline.extract.organisations import established_names, with_listed_names

    first = "De sessies worden begeleid door het expertisecentrum Kompasnaald."
    later = "Kompasnaald stelde in maart de eerste resultaten voor."
    names = established_names(find_organisations(first))
    assert names == {"Kompasnaald": "Kompasnaald"}
    assert [h.canonical for h in with_listed_names(later, find_organisations(later), names)] == ["Kompasnaald"]


def test_french_names_elide_their_articles():
    # 7.1 (hand-checked)
    text = (
        "in een samenwerking met het Instituut voor Mediastudies (KU Leuven), het Centre d'Etudes de l'Ethnicité "
        "et des Migrations (Université de Liège) en de Onderzoeksgroep Sociaal werk"
    )
    assert "Centre d'Etudes de l'Ethnicité et des Migrations" in [h.canonical for h in find_organisations(text)]


def test_a_quote_holding_a_name_on_a_head_noun_is_the_whole_name():
    # 3.1 (hand-checked): "In 2017 werd door de Europese Commissie het 'Network of national prevent policy makers'
    # opgericht."
    text = "In 2017 werd door de Europese Commissie het 'Network of national prevent policy makers' opgericht."
    assert [h.canonical for h in find_organisations(text)] == [
        "Europese Commissie",
        "Network of national prevent policy makers",
    ]
    # the title of an event or project is no organisation
    assert find_organisations("De vierde studiedag 'School en samenleving' en het project 'Netwerk in beweging'") == []


def test_a_lower_case_known_name_coordinated_with_a_bare_noun_is_a_sector():
    # 4.7 and 4.3 (hand-checked)
    text = (
        "Om beide sectoren (politie en onderwijs) te informeren. In het voorjaar van 2018 wordt er ook in "
        "samenwerking met de politie een vormingsmoment opgezet."
    )
    assert [h.mention for h in find_organisations(text)] == ["politie"]
    text = "beleidsthema's (integratie- en inburgeringsbeleid, lokale politie, OCMW-wetgeving, welzijn & vrije tijd)"
    assert find_organisations(text) == []
    # with its article it acts: "de lokale politie en het CAW"
    assert [h.mention for h in find_organisations("de preventiedienst, de lokale politie en het CAW")] == [
        "lokale politie",
        "CAW",
    ]
