"""The register (models/register.jsonl): real organisations of the field, from general knowledge, as lexical
evidence for names the sentence does not mark (hand-checked expectations on sentences in the report's register)."""

from pipeline.extract.organisations import find_organisations
from pipeline.gazetteer import load_register


def found(text: str) -> list[tuple[str, str, str]]:
    return [(h.mention, h.canonical, h.source) for h in find_organisations(text)]


def test_the_register_lists_real_names_and_no_types_of_body():
    names = load_register().names
    assert len(names) > 1000
    assert {"Tele-Onthaal", "Kif Kif", "KOOGO", "Vlaamse Jeugdraad"} <= names
    # types of local unit, governments as authors, channels and places were left out of the file (models/README.md)
    assert not {"Huizen van het Kind", "Vlaamse overheid", "Canvas", "Stad Gent", "Gevangenis van Gent"} & names


def test_a_bare_name_of_the_register_is_a_mention_as_printed():
    # dev-2020-12 H08, H19 (the lexical misses the register was made for): no head noun, no legal form, no cue
    assert found("De jongeren werden doorverwezen naar Tele-Onthaal en Awel.") == [
        ("Tele-Onthaal", "Tele-Onthaal", "register"),
        ("Awel", "Awel", "register"),
    ]
    assert ("Kif Kif", "Kif Kif", "register") in found("Het materiaal werd samen met Kif Kif ontwikkeld.")


def test_a_one_word_name_opening_a_sentence_is_left_to_the_other_rules():
    # "Minerva", "Atlas", "Foyer" are words or names of other things too: opening a sentence the capital says nothing
    text = "Minerva stond centraal in de les. De vorming werd gegeven door Minerva."
    assert found(text) == [("Minerva", "Minerva", "register")]
    assert find_organisations(text)[0].char_start == text.index("door Minerva") + len("door ")


def test_descriptions_and_policy_domains_are_not_register_names():
    # "federale overheid" (a description, gold6 D2) and "CJM" (a policy domain) are printed forms the file lists
    assert found("Ook de federale overheid en het beleidsdomein CJM waren vertegenwoordigd.") == []


def test_a_longer_name_on_another_level_is_an_organisation_of_its_own():
    # dev-2020-12 H19, dev-2021-12 J31, dev-2022-12 M17 (hand-checked): "GO! ouders", the parents' association
    # ("middenveld"), is no body of the education network GO! ("vlaams"), in the text and in "Andere betrokkenen"
    from pipeline.extract.organisations import party_canonical

    assert found("De ouderkoepels VCOV, KOOGO en GO! ouders werken daarvoor samen.") == [
        ("VCOV", "VCOV", "pattern"),
        ("KOOGO", "KOOGO", "pattern"),
        ("GO! ouders", "GO! ouders", "register"),
    ]
    assert found("In opvolging van de stuurgroep werkt GO! ouders samen met het GO!.") == [
        ("GO! ouders", "GO! ouders", "register"),
        ("GO!", "GO!", "gazetteer"),
    ]
    assert party_canonical("GO! ouders") == "GO! ouders"
    # on the same level a longer name is a body of the known organisation, a mention of it (GUIDELINES)
    assert party_canonical("RAN Centre of Excellence") == "RAN"
    assert [h.canonical for h in find_organisations("Het RAN Centre of Excellence organiseerde een meeting.")] == [
        "RAN"
    ]
    assert load_register().level_of("GO! ouders") == "middenveld"
