"""d18: blind date annotation of unseen-2026-06 (SYNTHETIC June 2026 round, report date 2026-06-01,
reporting period December 2025 - May 2026). Every record is spelled out below, with its reason where it
is not plain. Days and months printed without a year take the year of the reporting period they fall in
(December -> 2025, January-May -> 2026; months after May that lie ahead -> 2026).

Spec rows: (item, field, raw, period, relation, planned[, ctx])
  field: d / o / eN / bN (see common.py); period: a helper from common.py; ctx: a longer substring that
  locates the raw where the raw alone would be ambiguous (only used for the coverage scan).
"""
import json
import os

from common import (SET, assign_spans, day, days, field_text, load_items, month, months, part_of_month,
                    part_of_year, school_year, season, where_of, year, years)

F = False
T = True

SPEC = [
    # ---------------- V01 (1.1) ----------------
    # e1: enumeration of the five plenary meetings -> one record per day
    ("V01", "e1", "11 december 2025", day("2025-12-11"), None, F),
    ("V01", "e1", "22 januari", day("2026-01-22"), None, F),
    ("V01", "e1", "26 februari", day("2026-02-26"), None, F, "26 februari, 26 maart"),
    ("V01", "e1", "26 maart", day("2026-03-26"), None, F),
    ("V01", "e1", "7 mei 2026", day("2026-05-07"), None, F),
    ("V01", "e1", "23 april 2026", day("2026-04-23"), None, F),          # cancelled meeting, day past
    ("V01", "e1", "26 februari", day("2026-02-26"), None, F, "vergadering van 26 februari"),
    ("V01", "e1", "jaarverslag 2025", year(2025), None, F),             # year as modifier (annual report)
    ("V01", "e1", "sinds 1 januari 2026", day("2026-01-01"), "since", F),
    ("V01", "e1", "januari 2026", month("2026-01"), None, F),
    ("V01", "e1", "5 maart 2026", day("2026-03-05"), None, F),
    # e2
    ("V01", "e2", "3 februari 2026", day("2026-02-03"), None, F),
    ("V01", "e2", "na 2026", year(2026), "after", T),                   # the strategy's future after 2026 (call)
    ("V01", "e2", "9 juli 2026", day("2026-07-09"), None, T),
    ("V01", "e2", "17 april 2026", day("2026-04-17"), None, F),
    ("V01", "e2", "11 maart 2026", day("2026-03-11"), None, F),

    # ---------------- V02 (1.3) ----------------
    ("V02", "d", "najaar van 2018", season("najaar", 2018), None, F),  # real description, as dev precedent
    ("V02", "e1", "najaar van 2025", season("najaar", 2025), None, F),
    ("V02", "e1", "15 januari 2026", day("2026-01-15"), None, F),       # "ging van start op": not a van..tot range
    ("V02", "e1", "tot eind november 2026", part_of_month("2026-11", "eind"), "until", T),
    ("V02", "e1", "Tussen februari en april", months("2026-02", "2026-04"), None, F),
    ("V02", "e1", "tot en met 15 juni 2026", day("2026-06-15"), "until", T),
    ("V02", "e1", "29 januari", day("2026-01-29"), None, F),
    ("V02", "e1", "21 april 2026", day("2026-04-21"), None, F),
    ("V02", "e1", "tweede helft van september 2026", part_of_month("2026-09", "half2"), None, T),  # call
    ("V02", "e1", "na de zomer", season("zomer", 2026), "after", T),
    ("V02", "e1", "12 maart 2026", day("2026-03-12"), None, F),
    ("V02", "b1", "2026", year(2026), None, F),                         # "waarvan € 99.000 in 2026"
    ("V02", "b1", "2027", year(2027), None, T),                         # "€ 49.500 in 2027": lies ahead

    # ---------------- V03 (2.1) ----------------
    ("V03", "e1", "9 december 2025", day("2025-12-09"), None, F),
    ("V03", "e1", "13 januari", day("2026-01-13"), None, F),
    ("V03", "e1", "10 februari", day("2026-02-10"), None, F),
    ("V03", "e1", "10 maart", day("2026-03-10"), None, F),
    ("V03", "e1", "14 april", day("2026-04-14"), None, F),
    ("V03", "e1", "12 mei 2026", day("2026-05-12"), None, F),
    ("V03", "e1", "eind 2025", part_of_year(2025, "eind"), None, F),
    ("V03", "e1", "14 oktober 2025", day("2025-10-14"), None, F),       # background, still a date
    ("V03", "e1", "4 februari", day("2026-02-04"), None, F),
    ("V03", "e1", "6 mei 2026", day("2026-05-06"), None, F),
    ("V03", "e1", "sinds de zomer van 2025", season("zomer", 2025), "since", F),
    ("V03", "e1", "19 maart 2026", day("2026-03-19"), None, F),
    ("V03", "e1", "tot 3 april 2026", day("2026-04-03"), "until", F),   # ended before the report date
    ("V03", "e2", "16 december 2025", day("2025-12-16"), None, F),
    ("V03", "e2", "24 maart 2026", day("2026-03-24"), None, F),
    ("V03", "e2", "27 januari", day("2026-01-27"), None, F),
    ("V03", "e2", "28 april 2026", day("2026-04-28"), None, F),
    ("V03", "e2", "april", month("2026-04"), None, F, "bijeenkomst van april"),  # back-reference by month
    ("V03", "e2", "12 mei 2026", day("2026-05-12"), None, F),

    # ---------------- V04 (2.3) ----------------
    ("V04", "e1", "20 januari", day("2026-01-20"), None, F),
    ("V04", "e1", "17 maart", day("2026-03-17"), None, F, "20 januari, 17 maart"),
    ("V04", "e1", "19 mei 2026", day("2026-05-19"), None, F),
    ("V04", "e1", "17 maart", day("2026-03-17"), None, F, "overleg van 17 maart"),
    ("V04", "e1", "sinds februari 2026", month("2026-02"), "since", F),
    # "tegen de start van het schooljaar 2026-2027": start = begin = first third of the school year (call)
    ("V04", "e1", "tegen de start van het schooljaar 2026-2027", ("2026-09-01", "2026-12-31", "part_of_year"), "by", T),
    ("V04", "e1", "24 april 2026", day("2026-04-24"), None, F),
    ("V04", "e1", "eind mei", part_of_month("2026-05", "eind"), None, F),  # planned-but-moved, period past
    ("V04", "e1", "oktober 2026", month("2026-10"), None, T),             # "verschoven naar": null, ahead

    # ---------------- V05 (3.1) ----------------
    ("V05", "e1", "4 december 2025", day("2025-12-04"), None, F),
    ("V05", "e1", "van 18 tot 19 maart 2026", days("2026-03-18", "2026-03-19"), None, F),
    ("V05", "e1", "januari 2026", month("2026-01"), None, F),
    ("V05", "e1", "23 april 2026", day("2026-04-23"), None, F),
    ("V05", "e1", "15", day("2026-10-15"), None, T, "15 en 16 oktober 2026"),
    ("V05", "e1", "16 oktober 2026", day("2026-10-16"), None, T),
    ("V05", "e2", "12", day("2026-02-12"), None, F, "12 en 13 februari 2026"),
    ("V05", "e2", "13 februari 2026", day("2026-02-13"), None, F),
    ("V05", "e2", "5 mei 2026", day("2026-05-05"), None, F),
    ("V05", "e2", "26 maart 2026", day("2026-03-26"), None, F),
    ("V05", "e3", "10", day("2025-12-10"), None, F, "10 en 11 december 2025"),
    ("V05", "e3", "11 december 2025", day("2025-12-11"), None, F),
    ("V05", "e3", "3 maart 2026", day("2026-03-03"), None, F),

    # ---------------- V06 (3.3) ----------------  ("ET2020" in the description: a name, no date)
    ("V06", "e1", "27 januari 2026", day("2026-01-27"), None, F),
    ("V06", "e1", "21 april 2026", day("2026-04-21"), None, F),
    ("V06", "e1", "Van 10 tot 12 maart 2026", days("2026-03-10", "2026-03-12"), None, F),
    ("V06", "e1", "mei", month("2026-05"), None, F, "in mei in Tallinn"),  # announced, did not happen; past
    ("V06", "e1", "najaar van 2026", season("najaar", 2026), None, T),     # "uitgesteld naar": null
    ("V06", "e1", "vanaf begin september 2026", part_of_month("2026-09", "begin"), "from", T),

    # ---------------- V07 (4.1) ----------------
    ("V07", "e1", "projectoproep 2025", year(2025), None, F),              # edition of the call
    ("V07", "e1", "ingaand op 1 januari 2026", day("2026-01-01"), "from", F),  # = met ingang van (call)
    ("V07", "e1", "10 februari 2026", day("2026-02-10"), None, F),
    ("V07", "e1", "12 mei 2026", day("2026-05-12"), None, F),
    ("V07", "e1", "tegen 31 maart 2027", day("2027-03-31"), "by", T),
    ("V07", "b1", "2026-2027", years(2026, 2027), None, F),                # running budget period
    ("V07", "e2", "sinds maart 2026", month("2026-03"), "since", F),
    ("V07", "e2", "2 maart", day("2026-03-02"), None, F),
    ("V07", "e2", "30 april 2026", day("2026-04-30"), None, F),
    ("V07", "e2", "19 mei 2026", day("2026-05-19"), None, F),
    ("V07", "e2", "25 maart 2026", day("2026-03-25"), None, F),

    # ---------------- V08 (4.3) ----------------
    ("V08", "e1", "1 januari 2026", day("2026-01-01"), None, F),
    ("V08", "e1", "tussen 1 december 2025 en 15 mei 2026", days("2025-12-01", "2026-05-15"), None, F),
    ("V08", "e1", "16 december 2025", day("2025-12-16"), None, F),
    ("V08", "e1", "3 maart", day("2026-03-03"), None, F),
    ("V08", "e1", "19 mei 2026", day("2026-05-19"), None, F),
    ("V08", "e1", "22 september 2026", day("2026-09-22"), None, T),
    ("V08", "e1", "28 april 2026", day("2026-04-28"), None, F),
    ("V08", "e1", "12 februari 2026", day("2026-02-12"), None, F),
    ("V08", "e1", "26 maart 2026", day("2026-03-26"), None, F),
    ("V08", "b1", "1 januari 2026 – 31 december 2028", days("2026-01-01", "2028-12-31"), None, F),  # running
    ("V08", "e2", "5 februari 2026", day("2026-02-05"), None, F),
    ("V08", "e2", "13 maart 2026", day("2026-03-13"), None, F),
    ("V08", "e2", "23 april 2026", day("2026-04-23"), None, F),
    ("V08", "e2", "20 januari 2026", day("2026-01-20"), None, F),
    ("V08", "e2", "voorjaar", season("voorjaar", 2026), None, F),          # "In het voorjaar werd ... gelegd"

    # ---------------- V09 (4.5) ----------------
    ("V09", "e1", "eind mei 2026", part_of_month("2026-05", "eind"), None, F),
    ("V09", "e1", "sinds december 2025", month("2025-12"), "since", F),
    ("V09", "e1", "13 januari", day("2026-01-13"), None, F),
    ("V09", "e1", "14 april 2026", day("2026-04-14"), None, F),
    ("V09", "e1", "najaar van 2026", season("najaar", 2026), None, T),
    ("V09", "e1", "van 6 tot 27 maart 2026", days("2026-03-06", "2026-03-27"), None, F),
    ("V09", "e1", "september", month("2026-09"), None, T),                # "verhuist in september"
    ("V09", "e1", "februari 2026", month("2026-02"), None, F),
    ("V09", "b1", "databank 2026", year(2026), None, F),                  # budget year as modifier
    ("V09", "e2", "sinds december 2025", month("2025-12"), "since", F),
    ("V09", "e2", "20 januari", day("2026-01-20"), None, F),
    ("V09", "e2", "17 februari", day("2026-02-17"), None, F),
    ("V09", "e2", "31 maart 2026", day("2026-03-31"), None, F),
    ("V09", "e2", "maart 2026", month("2026-03"), None, F, "pas in maart 2026"),
    ("V09", "e2", "Vanaf het najaar", season("najaar", 2026), "from", T),

    # ---------------- V10 (4.7) ----------------
    ("V10", "e1", "15 december 2025", day("2025-12-15"), None, F),
    ("V10", "e1", "15 juni 2026", day("2026-06-15"), None, T),
    ("V10", "e1", "22 januari 2026", day("2026-01-22"), None, F),
    ("V10", "e1", "4 maart 2026", day("2026-03-04"), None, F),
    ("V10", "e2", "april", month("2026-04"), None, F, "met uitzondering van april"),  # the month with no meeting
    ("V10", "e2", "11 februari 2026", day("2026-02-11"), None, F),
    ("V10", "e2", "25 maart 2026", day("2026-03-25"), None, F),
    ("V10", "e2", "schooljaar 2026-2027", school_year(2026), None, T),
    ("V10", "e2", "19/02/2026", day("2026-02-19"), None, F),
    ("V10", "e2", "16/04/2026", day("2026-04-16"), None, F),
    ("V10", "e3", "4 december 2025", day("2025-12-04"), None, F),
    ("V10", "e3", "26 maart 2026", day("2026-03-26"), None, F),
    ("V10", "e3", "najaar van 2026", season("najaar", 2026), None, T),
    # "Tot dan": anaphoric, no date

    # ---------------- V11 (5.1) ----------------  (description: "tegen het einde van de lopende regeerperiode": no date)
    ("V11", "e1", "1 april 2026", day("2026-04-01"), None, F),
    ("V11", "e1", "2 februari", day("2026-02-02"), None, F),
    ("V11", "e1", "4 mei 2026", day("2026-05-04"), None, F),
    ("V11", "e1", "12 maart 2026", day("2026-03-12"), None, F),
    ("V11", "e1", "januari 2026", month("2026-01"), None, F),
    ("V11", "e1", "19 maart 2026", day("2026-03-19"), None, F),

    # ---------------- V12 (5.3) ----------------
    ("V12", "e1", "Eind mei 2026", part_of_month("2026-05", "eind"), None, F),
    ("V12", "e1", "8 januari 2026", day("2026-01-08"), None, F),
    ("V12", "e1", "31 december 2026", day("2026-12-31"), None, T),        # "die afloopt op": ahead
    ("V12", "e1", "26 februari 2026", day("2026-02-26"), None, F),
    ("V12", "e1", "14 mei 2026", day("2026-05-14"), None, F),
    ("V12", "b1", "2026", year(2026), None, F),                           # "€ 96.000 voor 2026": voor = for

    # ---------------- V13 (5.5) ----------------
    ("V13", "e1", "schooljaar 2025-2026", school_year(2025), None, F),
    ("V13", "e1", "1 september 2025 tot 31 augustus 2026", days("2025-09-01", "2026-08-31"), None, F),
    ("V13", "e1", "Tussen september 2025 en april 2026", months("2025-09", "2026-04"), None, F),
    ("V13", "e1", "9 december 2025", day("2025-12-09"), None, F),
    ("V13", "e1", "24 maart 2026", day("2026-03-24"), None, F),
    ("V13", "e1", "vanaf het schooljaar 2026-2027", school_year(2026), "from", T),
    ("V13", "e1", "22 april 2026", day("2026-04-22"), None, F),           # gepland, geannuleerd: past
    ("V13", "b1", "schooljaar 2025-2026", school_year(2025), None, F),
    ("V13", "e2", "sinds januari 2026", month("2026-01"), "since", F),
    ("V13", "e2", "4", day("2026-03-04"), None, F, "4 en 11 maart 2026"),
    ("V13", "e2", "11 maart 2026", day("2026-03-11"), None, F),

    # ---------------- V14 (5.9) ----------------
    ("V14", "e1", "sinds december 2025", month("2025-12"), "since", F),
    ("V14", "e1", "15 januari", day("2026-01-15"), None, F),
    ("V14", "e1", "16 april 2026", day("2026-04-16"), None, F),
    ("V14", "e1", "maart 2026", month("2026-03"), None, F),
    ("V14", "b1", "2024-2027", years(2024, 2027), None, F),               # running ESF+ period
    ("V14", "b1", "2026", year(2026), None, F),                           # "voor de partnerwerking in 2026"

    # ---------------- V15 (6.1) ----------------  (description: "actie 5" is no date)
    ("V15", "e1", "31 maart 2026", day("2026-03-31"), None, F),
    ("V15", "e1", "Sinds februari 2026", month("2026-02"), "since", F),
    ("V15", "e1", "sinds januari", month("2026-01"), "since", F),
    ("V15", "e1", "30 januari 2026", day("2026-01-30"), None, F),
    ("V15", "e1", "tegen eind juni 2026", part_of_month("2026-06", "eind"), "by", T),
    ("V15", "e2", "sinds januari 2026", month("2026-01"), "since", F),
    ("V15", "e2", "11 februari 2026", day("2026-02-11"), None, F),
    ("V15", "e2", "20 mei", day("2026-05-20"), None, F),                  # gepland, uitgesteld: past day
    ("V15", "e2", "tot 24 juni 2026", day("2026-06-24"), "until", T),    # "uitgesteld tot" -> until (Q18 precedent)
    ("V15", "b2", "Middelen 2026", year(2026), None, F),
    ("V15", "e3", "10 maart 2026", day("2026-03-10"), None, F),
    ("V15", "e3", "september 2026", month("2026-09"), None, T),
    ("V15", "e3", "tussen januari en april 2026", months("2026-01", "2026-04"), None, F),

    # ---------------- V16 (6.3) ----------------
    ("V16", "e1", "18 december 2025", day("2025-12-18"), None, F),
    ("V16", "e1", "19 maart 2026", day("2026-03-19"), None, F),
    ("V16", "e1", "tussen januari en april 2026", months("2026-01", "2026-04"), None, F),
    ("V16", "e1", "september 2026", month("2026-09"), None, T),
    ("V16", "e1", "februari", month("2026-02"), None, F, "in februari gepland"),
    ("V16", "e1", "6 mei 2026", day("2026-05-06"), None, F),
    ("V16", "e1", "8 september 2026", day("2026-09-08"), None, T),

    # ---------------- V17 (7.1) ----------------
    ("V17", "e1", "februari 2026", month("2026-02"), None, F),
    ("V17", "e1", "24 maart 2026", day("2026-03-24"), None, F),
    ("V17", "e1", "3 februari 2026", day("2026-02-03"), None, F),
    ("V17", "e1", "7 april 2026", day("2026-04-07"), None, F),
    ("V17", "b1", "2026-2027", years(2026, 2027), None, F),
    ("V17", "e2", "januari 2026", month("2026-01"), None, F),
    ("V17", "e2", "mei 2026", month("2026-05"), None, F),
    ("V17", "e2", "28 april 2026", day("2026-04-28"), None, F),

    # ---------------- V18 (10.1) ----------------
    ("V18", "d", "2016", year(2016), None, F),                            # "Na een basisopleiding in 2016" (dev precedent)
    ("V18", "e1", "10 december 2025", day("2025-12-10"), None, F),
    ("V18", "e1", "17 maart 2026", day("2026-03-17"), None, F),
    ("V18", "e1", "16 juni 2026", day("2026-06-16"), None, T),
    ("V18", "e1", "Van 2 tot 4 februari 2026", days("2026-02-02", "2026-02-04"), None, F),
    ("V18", "e1", "29 april 2026", day("2026-04-29"), None, F),

    # ---------------- V19 (11.1) ----------------
    ("V19", "d", "tot juli 2017", month("2017-07"), "until", F),         # real description (dev precedent)
    ("V19", "e1", "14 januari 2026", day("2026-01-14"), None, F),
    ("V19", "e1", "tot en met 24 juni 2026", day("2026-06-24"), "until", T),
    ("V19", "e1", "21 januari", day("2026-01-21"), None, F),
    ("V19", "e1", "18 maart", day("2026-03-18"), None, F),
    ("V19", "e1", "20 mei 2026", day("2026-05-20"), None, F),
    ("V19", "e1", "maart", month("2026-03"), None, F, "overleg van maart"),  # back-reference by month
    ("V19", "e1", "schooljaar 2026-2027", school_year(2026), None, T),
    ("V19", "e1", "8 mei", day("2026-05-08"), None, F),                  # gepland, verplaatst: past day
    ("V19", "e1", "najaar", season("najaar", 2026), None, T),            # "verplaatst naar het najaar": null
    ("V19", "b1", "editie 2026", year(2026), None, F),

    # ---------------- V20 (12.1) ----------------
    ("V20", "e1", "schooljaar 2025-2026", school_year(2025), None, F),
    ("V20", "e1", "12 februari", day("2026-02-12"), None, F),
    ("V20", "e1", "7 mei 2026", day("2026-05-07"), None, F),
    ("V20", "e1", "18 maart 2026", day("2026-03-18"), None, F),
    ("V20", "b1", "schooljaar 2025-2026", school_year(2025), None, F),
    ("V20", "e2", "tussen januari en mei 2026", months("2026-01", "2026-05"), None, F),
    ("V20", "e2", "schooljaar 2026-2027", school_year(2026), None, T),
    ("V20", "e2", "20 april 2026", day("2026-04-20"), None, F),

    # ---------------- V21 (13.1) ----------------
    ("V21", "e1", "Sinds 2024", year(2024), "since", F),
    ("V21", "e1", "9 februari 2026", day("2026-02-09"), None, F),
    ("V21", "e1", "vanaf 1 januari 2027", day("2027-01-01"), "from", T),
    ("V21", "e1", "13 mei 2026", day("2026-05-13"), None, F),
    ("V21", "e1", "3 maart 2026", day("2026-03-03"), None, F),
    ("V21", "b1", "2026", year(2026), None, F),                           # "€ 22.000 per lotgenotengroep (2026)"

    # ---------------- V22 (14.5) ----------------
    ("V22", "e1", "januari 2026", month("2026-01"), None, F),
    ("V22", "e1", "Tussen februari en april 2026", months("2026-02", "2026-04"), None, F),
    ("V22", "e1", "5 maart", day("2026-03-05"), None, F),
    ("V22", "e1", "7 mei 2026", day("2026-05-07"), None, F),
    ("V22", "e1", "najaar", season("najaar", 2026), None, T),            # "zal in het najaar nog ... bijeenkomen"
    ("V22", "e1", "21 mei 2026", day("2026-05-21"), None, F),
]

FIELD_RANK = {"d": 0, "o": 1}


def build():
    items = load_items()
    recs = []
    for row in SPEC:
        it, fld, raw, per, rel, pl = row[:6]
        ctx = row[6] if len(row) > 6 else None
        recs.append({"item": it, "_field": fld, "raw": raw, "_ctx": ctx, "per": per, "rel": rel, "pl": pl})
    spans = assign_spans(recs, items)
    out = []
    for r, sp in zip(recs, spans):
        it = items[r["item"]]
        assert r["raw"] in field_text(it, r["_field"]), r
        where, eno = where_of(r["_field"])
        f = r["_field"]
        rank = (FIELD_RANK.get(f, 2), int(f[1:]) if f[0] in "eb" else 0, 0 if f[0] != "b" else 1, sp[0])
        out.append((r["item"], rank, {
            "item": r["item"], "action_id": it["action_id"], "where": where, "entry_no": eno,
            "raw": r["raw"], "start": r["per"][0], "end": r["per"][1], "granularity": r["per"][2],
            "relation": r["rel"], "planned": r["pl"]}, f, sp))
    out.sort(key=lambda x: (x[0], x[1]))
    with open(os.path.join(SET, "dates.jsonl"), "w", encoding="utf-8") as fh:
        for _, _, rec, _, _ in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return [(rec, f, sp) for _, _, rec, f, sp in out]


if __name__ == "__main__":
    print(len(build()), "date records written")
