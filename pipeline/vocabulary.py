"""The report's fixed Dutch vocabulary, declared once: every other module imports it from here.

Owns: month names (with the abbreviations the reports use), competences (Bevoegdheden), policy-domain
codes with their names and known misprints, the field labels of an action, the Rapportage table's
header and the ``READING_VOCABULARY`` a reader may use to find the report's tables.
"""

from __future__ import annotations

from pipeline.model import TableVocabulary

# --- months ------------------------------------------------------------------------------------------------
MONTH_NAMES: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
# Abbreviations as the reports print them ("jan", "sept", "okt"; "oct" and "maa" occur too).
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mrt": 3,
    "maa": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTHS: dict[str, int] = {**MONTH_NAMES, **MONTH_ABBREVIATIONS}

# --- competences (the Rapportage table's Bevoegdheden column) -----------------------------------------------
# As the reports print them; longest first so "Binnenlands Bestuur" wins. The December 2017 report uses ten
# of them (Onderwijs, Welzijn, Binnenlands Bestuur, Jeugd, Integratie, Media, Werk, Stedenbeleid, Sport,
# Brussel); the others are competences of the Flemish ministers that a later round may name.
COMPETENCES: tuple[str, ...] = tuple(
    sorted(
        [
            "Binnenlands Bestuur",
            "Buitenlands Beleid",
            "Gelijke Kansen",
            "Onderwijs",
            "Welzijn",
            "Jeugd",
            "Integratie",
            "Inburgering",
            "Stedenbeleid",
            "Werk",
            "Sport",
            "Cultuur",
            "Media",
            "Brussel",
            "Vlaamse Rand",
            "Justitie",
            "Armoedebestrijding",
            "Economie",
        ],
        key=len,
        reverse=True,
    )
)

# --- policy domains (beleidsdomeinen) ----------------------------------------------------------------------
# The reports print only the codes ("Beleidsdomeinen KB (coördinatie) OV WVG"); the structure parser
# recognises them here, and the run report, the data dictionary and ``inspect`` spell them out from here.
# Names as the Flemish administration uses them since the 2015 and 2017 mergers (Kanselarij en Bestuur,
# Omgeving).
POLICY_DOMAINS: dict[str, str] = {
    "KB": "Kanselarij en Bestuur",
    "OV": "Onderwijs en Vorming",
    "WVG": "Welzijn, Volksgezondheid en Gezin",
    "CJSM": "Cultuur, Jeugd, Sport en Media",
    "WSE": "Werk en Sociale Economie",
    "IV": "Internationaal Vlaanderen",
    "DKB": "",  # accepted as a code by the parser; its name is not known to the project
    "FB": "Financiën en Begroting",
    "EWI": "Economie, Wetenschap en Innovatie",
    "LV": "Landbouw en Visserij",
    "MOW": "Mobiliteit en Openbare Werken",
    "OMG": "Omgeving",
}
# Misprinted codes the reports carry, read as the code meant (the parser warns each time).
DOMAIN_TYPOS: dict[str, str] = {"CISM": "CJSM", "CJMS": "CJSM", "WGV": "WVG", "0V": "OV", "K B": "KB"}


def domain_name(code: str) -> str:
    """The name of a policy-domain code, or the code itself when the table has no name for it."""
    return POLICY_DOMAINS.get(code) or code


def domain_label(code: str) -> str:
    """``KB (Kanselarij en Bestuur)``; a code without a known name stays as printed."""
    name = POLICY_DOMAINS.get(code)
    return f"{code} ({name})" if name else code


# --- an action's field block and its Rapportage table -------------------------------------------------------
ACTION_LABEL = "Actie"  # "Actie 1.1 Coördinatie via ..."
# Field labels as the report prints them (capitalised) → the field they open. A label may come in the
# singular; "ministers" stands before "minister" (the reading vocabulary keeps this order).
FIELD_LABELS: dict[str, str] = {
    "Status actie": "status",
    "Verantwoordelijke ministers": "ministers",
    "Verantwoordelijke minister": "ministers",
    "Beleidsdomeinen": "domains",
    "Beleidsdomein": "domains",
    "Andere betrokkenen": "parties",
}
TABLE_TITLE = "Rapportage"  # the line above the table
TABLE_HEADER: tuple[str, str, str] = ("Bevoegdheden", "Beschrijving", "Budget")

# What a reader may use to find the report's tables in a layout without (closed) rulings: the
# Rapportage table's header row and the labels of an action's field block ("Actie 1.1", ...).
READING_VOCABULARY = TableVocabulary(
    column_headers=(TABLE_HEADER, TABLE_HEADER[:2]),
    row_labels=(ACTION_LABEL, *FIELD_LABELS),
)
