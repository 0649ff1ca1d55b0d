"""The Flemish Government's policy domains (beleidsdomeinen): the one table of codes and names.

The reports print only the codes (``Beleidsdomeinen KB (coördinatie) OV WVG``); the structure parser
recognises them from this table, and the run report, the data dictionary and ``inspect`` spell
them out from it. Names as the Flemish administration uses them since the 2015 and 2017 mergers
(Kanselarij en Bestuur, Omgeving).
"""

from __future__ import annotations

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


def domain_name(code: str) -> str:
    """The name of a policy-domain code, or the code itself when the table has no name for it."""
    return POLICY_DOMAINS.get(code) or code


def domain_label(code: str) -> str:
    """``KB (Kanselarij en Bestuur)``; a code without a known name stays as printed."""
    name = POLICY_DOMAINS.get(code)
    return f"{code} ({name})" if name else code
