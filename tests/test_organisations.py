"""Organisation extraction on real sentences from the December 2017 report."""

from pipeline.extract.organisations import find_organisations, load_gazetteer, normalise


def canon(text: str) -> list[str]:
    return [m.canonical for m in find_organisations(text)]


def test_gazetteer_acronyms_from_action_1_1() -> None:
    text = (
        "zijn ook het OCAD, de FOD Justitie, de VGC en de VVSG vertegenwoordigd in het Platform. KB (en concreet ABB)"
    )
    assert canon(text) == ["OCAD", "FOD Justitie", "VGC", "VVSG", "ABB"]


def test_expansion_maps_to_acronym() -> None:
    text = (
        "samen met referentiepersonen van de justitiehuisen, lokale politiediensten, CAW's "
        "en het Agentschap Integratie en Inburgering."
    )
    assert canon(text) == ["AgII"]


def test_report_spelling_of_justitiehuizen() -> None:
    assert canon("De Afdeling Justitiehuisen nam via de CEP deel")[0] == "afdeling Justitiehuizen"


def test_go_exclamation_mark_is_matched() -> None:
    assert "GO!" in canon("De referentiepersoon radicalisering van het GO! werd werkgroepleidster")


def test_vzw_pattern_drops_legal_form() -> None:
    mentions = find_organisations("De voorbije jaren kreeg vzw de Cocon in Vilvoorde projectmiddelen")
    assert [(m.mention, m.canonical) for m in mentions] == [("vzw de Cocon", "De Cocon")]


def test_unknown_vzw_after_name() -> None:
    assert canon("Betrokken organisaties zijn o.a. Uit de Marge, Kras jeugdwerk en Zonnebloem vzw.")[-1] == "Zonnebloem"


def test_stad_pattern_normalised() -> None:
    mentions = find_organisations("een toelichting van medewerkers van de stad Gent over de lokale aanpak")
    # issue 12: canonical "stad X"
    assert [(m.mention, m.canonical, m.source) for m in mentions] == [("stad Gent", "stad Gent", "pattern")]


def test_provincie_and_departement() -> None:
    text = "In samenwerking met provincie West-Vlaanderen, FOD Binnenlandse Zaken en het departement OV werd"
    assert canon(text) == ["provincie West-Vlaanderen", "FOD Binnenlandse Zaken", "departement OV"]  # issue 12


def test_spans_slice_to_mention() -> None:
    text = "Als belangenbehartiger neemt de VVSG deel aan het Belgisch Forum voor Preventie en Veiligheid."
    for m in find_organisations(text):
        assert text[m.char_start : m.char_end] == m.mention


def test_projects_and_tools_are_not_organisations() -> None:
    text = "Daarnaast wordt ook ingezet op de actieve verspreiding van de RADIX-tool en het project 'Connect'."
    assert canon(text) == []


def test_places_are_not_organisations() -> None:
    assert canon("op 23/1/2017 en 1/6/2017 in Gent, op 10/10/17 in Asse") == []


def test_normalise() -> None:
    assert normalise("vzw De Cocon") == "De Cocon"
    assert normalise("stad Gent") == "stad Gent"  # issue 12: the title in lower case
    assert normalise("Solentra vzw") == "Solentra"


def test_gazetteer_has_unique_canonicals() -> None:
    canonicals = [e.canonical for e in load_gazetteer()]
    assert len(canonicals) == len(set(canonicals))
    assert {"VVSG", "ABB", "OCAD", "AgII", "EMB", "KU Leuven", "NTF", "DG EPI"} <= set(canonicals)


# Action 4.3 (DEV): each long name with its acronym in parentheses is one mention.
INTERNATIONAL = (
    "Er waren ook contacten met onder meer het Radicalisation Awareness Network (RAN), European Expert "
    "Network on Extremism and Terrorism (EENET) en het Council of European Municipalities and Regions (CEMR)."
)
# Action 7.1 (DEV): an organisation the gazetteer does not know, with a later bare use of its acronym.
CRVI = (
    "Centrum West - D'Broej vzw (Molenbeek) en het Centre Régional de Verviers pour l'Intégration des "
    "personnes étrangères ou d'origine étrangère (CRVI asbl). Het CRVI werkt mee aan de vorming."
)


def test_name_with_acronym_is_one_mention() -> None:
    assert canon(INTERNATIONAL) == ["RAN", "EENET", "CEMR"]


def test_acronym_defined_in_text_becomes_alias() -> None:
    # Issue 12: an acronym the gazetteer does not know gets the expansion as its canonical, for later uses too.
    expansion = "Centre Régional de Verviers pour l'Intégration des personnes étrangères ou d'origine étrangère"
    mentions = [m for m in find_organisations(CRVI) if m.canonical == expansion]
    assert [m.mention for m in mentions] == [
        "Centre Régional de Verviers pour l'Intégration des personnes étrangères ou d'origine étrangère",
        "CRVI",
    ]
    assert "CRVI" not in [e.canonical for e in load_gazetteer()]


def test_acronym_of_a_kind_of_body_is_not_an_alias() -> None:
    # Action 6.1: "een LIVC" is a kind of local cell, not one organisation (the gold set has none).
    text = (
        "een lokaal gemeentelijk overlegplatform, een “Lokale Integrale Veiligheidscel (LIVC)”, waar de "
        "lokale besturen samenzitten. In Brussel hebben 16 gemeenten een LIVC."
    )
    assert "LIVC" not in canon(text)


def test_acronym_then_name_in_parentheses_is_one_mention() -> None:
    text = "In het kader van haar BRAIN-be programma heeft BELSPO (Federaal Wetenschapsbeleid) een netwerk goedgekeurd"
    assert canon(text) == ["BELSPO"]
