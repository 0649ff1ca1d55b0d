"""Organisation extraction on real sentences from the December 2017 report."""

from pipeline.extract.organisations import find_organisations, load_gazetteer, normalise


def canon(text: str) -> list[str]:
    return [m.canonical for m in find_organisations(text)]


def test_gazetteer_acronyms_from_action_1_1() -> None:
    text = (
        "zijn ook het OCAD, de FOD Justitie, de VGC en de VVSG vertegenwoordigd in het Platform. "
        "KB (en concreet ABB)"
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
    assert [(m.mention, m.canonical, m.source) for m in mentions] == [("stad Gent", "Stad Gent", "pattern")]


def test_provincie_and_departement() -> None:
    text = "In samenwerking met provincie West-Vlaanderen, FOD Binnenlandse Zaken en het departement OV werd"
    assert canon(text) == ["Provincie West-Vlaanderen", "FOD Binnenlandse Zaken", "departement OV"]


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
    assert normalise("stad Gent") == "Stad Gent"
    assert normalise("Solentra vzw") == "Solentra"


def test_gazetteer_has_unique_canonicals() -> None:
    canonicals = [e.canonical for e in load_gazetteer()]
    assert len(canonicals) == len(set(canonicals))
    assert {"VVSG", "ABB", "OCAD", "AgII", "EMB", "KU Leuven", "NTF", "DG EPI"} <= set(canonicals)
