"""d17: gold dates for unseen-2025-06 (S01-S20, report date 2025-06-01, reporting period Dec 2024 - May 2025).

Every record is spelled out by hand. Tuple: (raw, start, end, granularity, relation, planned).
Days/months without a year: December -> 2024, January-May -> 2025 (reporting period); June-November
without a year -> 2025 (the nearest year that makes sense: all are future references).
Field: "text" = entry description (or item description), "budget" = entry budget_text.
"""
import os
from common import SET, check_raw, write_jsonl, ITEMS

F = False
T = True


def day(s):
    return (s, s, "day")


D = {}  # (item, where, entry_no, field) -> list of tuples


def add(item, entry_no, field, *recs):
    where = "description" if entry_no is None else "entry"
    D.setdefault((item, where, entry_no, field), []).extend(recs)


# ---------------- S01 (1.1)
add("S01", 1, "text",
    ("10 december 2024", "2024-12-10", "2024-12-10", "day", None, F),
    ("21 januari", "2025-01-21", "2025-01-21", "day", None, F),
    ("18 februari", "2025-02-18", "2025-02-18", "day", None, F),
    ("25 maart", "2025-03-25", "2025-03-25", "day", None, F),
    ("22 april", "2025-04-22", "2025-04-22", "day", None, F),
    ("20 mei 2025", "2025-05-20", "2025-05-20", "day", None, F),
    # back-reference "De vergadering van 18 februari": every expression
    ("18 februari", "2025-02-18", "2025-02-18", "day", None, F),
    ("sinds januari 2025", "2025-01-01", "2025-01-31", "month", "since", F),
    ("sinds september 2024", "2024-09-01", "2024-09-30", "month", "since", F),
    ("9 januari", "2025-01-09", "2025-01-09", "day", None, F),
    ("3 april 2025", "2025-04-03", "2025-04-03", "day", None, F),
    ("jaarverslag 2024", "2024-01-01", "2024-12-31", "year", None, F),  # year as modifier
    ("maart", "2025-03-01", "2025-03-31", "month", None, F),           # "werd in maart ... voorgelegd"
    ("begin januari 2025", "2025-01-01", "2025-01-10", "part_of_month", None, F),
    ("midden maart", "2025-03-11", "2025-03-20", "part_of_month", None, F),
    ("tot eind 2025", "2025-09-01", "2025-12-31", "part_of_year", "until", T),
    ("april", "2025-04-01", "2025-04-30", "month", None, F),           # "oorspronkelijk voorzien in april" (past)
    ("juni 2025", "2025-06-01", "2025-06-30", "month", None, T),       # "verschoven naar juni 2025"
)
add("S01", 2, "text",
    ("16/01/2025", "2025-01-16", "2025-01-16", "day", None, F),
    ("27/05/2025", "2025-05-27", "2025-05-27", "day", None, F),        # voorzien op ..., geannuleerd (past)
    ("najaar", "2025-09-01", "2025-11-30", "season", None, T),         # "zal in het najaar worden ingehaald"
    ("6 februari 2025", "2025-02-06", "2025-02-06", "day", None, F),
)
add("S01", 3, "text",
    # month enumeration "in december, februari en april" -> one record per month
    ("december", "2024-12-01", "2024-12-31", "month", None, F),
    ("februari", "2025-02-01", "2025-02-28", "month", None, F),
    ("april", "2025-04-01", "2025-04-30", "month", None, F),
    ("13 maart 2025", "2025-03-13", "2025-03-13", "day", None, F),
)

# ---------------- S02 (1.3)
add("S02", None, "text",
    ("najaar van 2018", "2018-09-01", "2018-11-30", "season", None, F),  # real description, as dev-2023-12/dev-2024-12
)
add("S02", 1, "text",
    ("sinds oktober 2024", "2024-10-01", "2024-10-31", "month", "since", F),
    ("28 januari", "2025-01-28", "2025-01-28", "day", None, F),
    ("29 april 2025", "2025-04-29", "2025-04-29", "day", None, F),
    ("29 april", "2025-04-29", "2025-04-29", "day", None, F),           # "Op de vergadering van 29 april"
    ("Tussen februari en april 2025", "2025-02-01", "2025-04-30", "month", None, F),
    ("tegen eind oktober 2025", "2025-10-21", "2025-10-31", "part_of_month", "by", T),
    ("najaar", "2025-09-01", "2025-11-30", "season", None, T),         # "in de loop van het najaar", zal
)

# ---------------- S03 (2.1)  description: no dates
add("S03", 1, "text",
    ("december 2024", "2024-12-01", "2024-12-31", "month", None, F),
    ("januari 2025", "2025-01-01", "2025-01-31", "month", None, F),
    ("4 februari", "2025-02-04", "2025-02-04", "day", None, F),
    ("8 april 2025", "2025-04-08", "2025-04-08", "day", None, F),
    ("19 maart 2025", "2025-03-19", "2025-03-19", "day", None, F),
)
add("S03", 2, "text",
    ("11 december 2024", "2024-12-11", "2024-12-11", "day", None, F),
    ("12 maart 2025", "2025-03-12", "2025-03-12", "day", None, F),
    ("24 april 2025", "2025-04-24", "2025-04-24", "day", None, F),
    ("sinds 1 januari 2025", "2025-01-01", "2025-01-01", "day", "since", F),
    ("vanaf het najaar", "2025-09-01", "2025-11-30", "season", "from", T),
)

# ---------------- S04 (2.3)
add("S04", 1, "text",
    ("5 december 2024", "2024-12-05", "2024-12-05", "day", None, F),
    ("20 maart 2025", "2025-03-20", "2025-03-20", "day", None, F),
    ("maart", "2025-03-01", "2025-03-31", "month", None, F),           # "Tijdens het overleg van maart"
    ("22 april", "2025-04-22", "2025-04-22", "day", None, F),
    ("13 mei 2025", "2025-05-13", "2025-05-13", "day", None, F),
    ("3 juni 2025", "2025-06-03", "2025-06-03", "day", None, T),       # after the report date, "wordt voorgesteld"
)

# ---------------- S05 (3.1)  description: no dates
add("S05", 1, "text",
    ("12", "2025-02-12", "2025-02-12", "day", None, F),                # "op 12 en 13 februari 2025"
    ("13 februari 2025", "2025-02-13", "2025-02-13", "day", None, F),
    ("april", "2025-04-01", "2025-04-30", "month", None, F),           # "die voor april ... was aangekondigd": voor = for
    ("tot na de zomer", "2025-06-01", "2025-08-31", "season", "after", T),  # "uitgesteld tot na de zomer"
)
add("S05", 2, "text",
    ("26", "2025-02-26", "2025-02-26", "day", None, F),                # "op 26 en 27 februari 2025"
    ("27 februari 2025", "2025-02-27", "2025-02-27", "day", None, F),
    ("oktober 2025", "2025-10-01", "2025-10-31", "month", None, T),    # "voorzien in oktober 2025"
    ("15 mei 2025", "2025-05-15", "2025-05-15", "day", None, F),
)
add("S05", 3, "text",
    ("van 1 december 2024 tot 30 november 2026", "2024-12-01", "2026-11-30", "day", None, F),
    ("14", "2025-01-14", "2025-01-14", "day", None, F),                # "op 14 en 15 januari 2025"
    ("15 januari 2025", "2025-01-15", "2025-01-15", "day", None, F),
    ("7 mei 2025", "2025-05-07", "2025-05-07", "day", None, F),
)
add("S05", 3, "budget",
    ("werkingsjaar 2025", "2025-01-01", "2025-12-31", "year", None, F),
)

# ---------------- S06 (4.1)
add("S06", 1, "text",
    ("projectoproep 2025", "2025-01-01", "2025-12-31", "year", None, F),  # edition of the call (dev-2024-12 R07)
    ("februari 2025", "2025-02-01", "2025-02-28", "month", None, F),
    ("30 januari 2025", "2025-01-30", "2025-01-30", "day", None, F),
    ("1 april 2025", "2025-04-01", "2025-04-01", "day", None, F),
    ("tot 31 maart 2027", "2027-03-31", "2027-03-31", "day", "until", T),
)
add("S06", 2, "text",
    ("6 mei 2025", "2025-05-06", "2025-05-06", "day", None, F),
    ("17 juni 2025", "2025-06-17", "2025-06-17", "day", None, T),
    ("maart", "2025-03-01", "2025-03-31", "month", None, F),           # "zette in maart ... op"
    ("vanaf 15 april 2025", "2025-04-15", "2025-04-15", "day", "from", F),
)

# ---------------- S07 (4.3)  description: no dates
add("S07", 1, "text",
    ("2024-2026", "2024-01-01", "2026-12-31", "years", None, F),       # project (2024-2026), modifier
    ("tussen 1 december 2024 en 15 mei 2025", "2024-12-01", "2025-05-15", "day", None, F),
    ("12/12/2024", "2024-12-12", "2024-12-12", "day", None, F),
    ("13/03/2025", "2025-03-13", "2025-03-13", "day", None, F),
    ("15/05/2025", "2025-05-15", "2025-05-15", "day", None, F),
    ("Sinds januari 2025", "2025-01-01", "2025-01-31", "month", "since", F),
)
add("S07", 1, "budget",
    ("1 jan 2024 – 31 dec 2026", "2024-01-01", "2026-12-31", "day", None, F),
)
add("S07", 2, "text",
    ("23 januari 2025", "2025-01-23", "2025-01-23", "day", None, F),
    ("4 maart 2025", "2025-03-04", "2025-03-04", "day", None, F),
    ("februari", "2025-02-01", "2025-02-28", "month", None, F),        # "die voor februari gepland stond": voor = for
    ("21 februari", "2025-02-21", "2025-02-21", "day", None, F),
    ("25 april 2025", "2025-04-25", "2025-04-25", "day", None, F),
)
add("S07", 3, "text",
    ("16 januari", "2025-01-16", "2025-01-16", "day", None, F),
    ("20 februari", "2025-02-20", "2025-02-20", "day", None, F),
    ("3 april 2025", "2025-04-03", "2025-04-03", "day", None, F),
    ("10 april 2025", "2025-04-10", "2025-04-10", "day", None, F),
    ("27 maart 2025", "2025-03-27", "2025-03-27", "day", None, F),
    ("8 april 2025", "2025-04-08", "2025-04-08", "day", None, F),
)

# ---------------- S08 (4.7)  description: no dates
add("S08", 1, "text",
    ("20 februari 2025", "2025-02-20", "2025-02-20", "day", None, F),
    ("sinds oktober 2024", "2024-10-01", "2024-10-31", "month", "since", F),
    ("14 januari", "2025-01-14", "2025-01-14", "day", None, F),
    ("11 maart 2025", "2025-03-11", "2025-03-11", "day", None, F),
)
add("S08", 2, "text",
    ("29 januari", "2025-01-29", "2025-01-29", "day", None, F),
    ("23 april 2025", "2025-04-23", "2025-04-23", "day", None, F),
    ("april", "2025-04-01", "2025-04-30", "month", None, F),           # "in april lag de nadruk"
    ("12 maart 2025", "2025-03-12", "2025-03-12", "day", None, F),
)

# ---------------- S09 (5.3)
add("S09", 1, "text",
    ("sinds begin 2025", "2025-01-01", "2025-04-30", "part_of_year", "since", F),
    ("19 december 2024", "2024-12-19", "2024-12-19", "day", None, F),
    ("10 april 2025", "2025-04-10", "2025-04-10", "day", None, F),
    ("25 februari 2025", "2025-02-25", "2025-02-25", "day", None, F),
)

# ---------------- S10 (5.7)
add("S10", 1, "text",
    ("9 december 2024", "2024-12-09", "2024-12-09", "day", None, F),
    ("tot 14 februari 2025", "2025-02-14", "2025-02-14", "day", "until", F),
    ("11 maart 2025", "2025-03-11", "2025-03-11", "day", None, F),
    ("vanaf september 2025", "2025-09-01", "2025-09-30", "month", "from", T),
)
add("S10", 2, "text",
    ("22 april 2025", "2025-04-22", "2025-04-22", "day", None, F),
    ("november 2025", "2025-11-01", "2025-11-30", "month", None, T),   # "gepland in november 2025"
    ("20 mei", "2025-05-20", "2025-05-20", "day", None, F),            # "de sessie van 20 mei verplaatst"
    ("eind juni", "2025-06-21", "2025-06-30", "part_of_month", None, T),  # "verplaatst naar eind juni"
)

# ---------------- S11 (6.1)  description: no dates ("actie 5" is a number)
add("S11", 1, "text",
    ("31 maart 2025", "2025-03-31", "2025-03-31", "day", None, F),
    ("1 januari 2025", "2025-01-01", "2025-01-01", "day", None, F),   # "de fusies van 1 januari 2025"
    ("7 februari 2025", "2025-02-07", "2025-02-07", "day", None, F),
    ("16 mei 2025", "2025-05-16", "2025-05-16", "day", None, F),
    ("mei", "2025-05-01", "2025-05-31", "month", None, F),             # "Op het overleg van mei"
    ("tussen januari en april 2025", "2025-01-01", "2025-04-30", "month", None, F),
)
add("S11", 2, "text",
    ("sinds oktober 2024", "2024-10-01", "2024-10-31", "month", "since", F),
    ("tot na de zomer", "2025-06-01", "2025-08-31", "season", "after", T),  # "uitgesteld tot na de zomer"
)
add("S11", 2, "budget",
    ("werkingsjaar 2025", "2025-01-01", "2025-12-31", "year", None, F),
)
add("S11", 3, "text",
    ("5 maart 2025", "2025-03-05", "2025-03-05", "day", None, F),
    ("najaar", "2025-09-01", "2025-11-30", "season", None, T),         # "wordt in het najaar voortgezet"
)

# ---------------- S12 (6.3)  description: no dates ("actie 6.1")
add("S12", 1, "text",
    ("17 december 2024", "2024-12-17", "2024-12-17", "day", None, F),
    ("18 maart", "2025-03-18", "2025-03-18", "day", None, F),
    ("13 mei 2025", "2025-05-13", "2025-05-13", "day", None, F),
    ("3 april 2025", "2025-04-03", "2025-04-03", "day", None, F),
    ("maart", "2025-03-01", "2025-03-31", "month", None, F),           # "werden in maart formeel opgericht"
)

# ---------------- S13 (7.1)  description: no dates
add("S13", 1, "text",
    ("van 1 november 2024 tot 31 oktober 2026", "2024-11-01", "2026-10-31", "day", None, F),
    ("24 januari 2025", "2025-01-24", "2025-01-24", "day", None, F),
    ("2", "2025-04-02", "2025-04-02", "day", None, F),                 # "op 2 en 3 april 2025"
    ("3 april 2025", "2025-04-03", "2025-04-03", "day", None, F),
)
add("S13", 1, "budget",
    ("2025", "2025-01-01", "2025-12-31", "year", None, F),             # "waarvan 40% in 2025"
)
add("S13", 2, "text",
    ("februari 2025", "2025-02-01", "2025-02-28", "month", None, F),
    ("26 februari 2025", "2025-02-26", "2025-02-26", "day", None, F),
    ("25 maart", "2025-03-25", "2025-03-25", "day", None, F),          # "op zijn vergadering van 25 maart"
    ("tegen het einde van het werkingsjaar 2025", "2025-09-01", "2025-12-31", "part_of_year", "by", T),
)

# ---------------- S14 (11.1)
add("S14", None, "text",
    ("tot juli 2017", "2017-07-01", "2017-07-31", "month", "until", F),  # real description, as dev sets
)
add("S14", 1, "text",
    # werkingsjaar 2024-2025 read as a Sept-Aug working year (as "jaarverslag 2021-2022" -> school_year in
    # dev-2022-12); its second half (semester) = 2025-03-01..2025-08-31 (halves as bounds)
    ("tweede semester van het werkingsjaar 2024-2025", "2025-03-01", "2025-08-31", "part_of_year", None, F),
    ("15 januari 2025", "2025-01-15", "2025-01-15", "day", None, F),
    ("27 mei 2025", "2025-05-27", "2025-05-27", "day", None, F),
    ("8 februari 2025", "2025-02-08", "2025-02-08", "day", None, F),
)

# ---------------- S15 (12.1)  description: no dates
add("S15", 1, "text",
    ("schooljaar 2024-2025", "2024-09-01", "2025-08-31", "school_year", None, F),
    ("Tussen september 2024 en april 2025", "2024-09-01", "2025-04-30", "month", None, F),
    ("4 december 2024", "2024-12-04", "2024-12-04", "day", None, F),
    ("2 april 2025", "2025-04-02", "2025-04-02", "day", None, F),
)
add("S15", 1, "budget",
    ("schooljaar 2024-2025", "2024-09-01", "2025-08-31", "school_year", None, F),
)
add("S15", 2, "text",
    ("14 mei 2025", "2025-05-14", "2025-05-14", "day", None, F),
    ("19 maart 2025", "2025-03-19", "2025-03-19", "day", None, F),
)

# ---------------- S16 (12.5)  description: no dates
add("S16", 1, "text",
    ("21 januari", "2025-01-21", "2025-01-21", "day", None, F),
    ("18 maart 2025", "2025-03-18", "2025-03-18", "day", None, F),
    ("tegen de zomer", "2025-06-01", "2025-08-31", "season", "by", T),
    ("11 februari 2025", "2025-02-11", "2025-02-11", "day", None, F),
    ("6 mei 2025", "2025-05-06", "2025-05-06", "day", None, F),
)

# ---------------- S17 (13.1)  description: no dates
add("S17", 1, "text",
    ("tussen december en mei", "2024-12-01", "2025-05-31", "month", None, F),
)
add("S17", 2, "text",
    ("9 januari", "2025-01-09", "2025-01-09", "day", None, F),
    ("10 april 2025", "2025-04-10", "2025-04-10", "day", None, F),
    ("22 maart 2025", "2025-03-22", "2025-03-22", "day", None, F),     # gepland op ..., afgelast (past)
    ("vanaf 2026", "2026-01-01", "2026-12-31", "year", "from", T),
)

# ---------------- S18 (13.3)  description: no dates
add("S18", 1, "text",
    ("beheersovereenkomsten 2024-2028", "2024-01-01", "2028-12-31", "years", None, F),
    ("sinds 1 december 2024", "2024-12-01", "2024-12-01", "day", "since", F),
    ("28 januari", "2025-01-28", "2025-01-28", "day", None, F),
    ("22 april 2025", "2025-04-22", "2025-04-22", "day", None, F),
    ("24 juni 2025", "2025-06-24", "2025-06-24", "day", None, T),
    ("22 april", "2025-04-22", "2025-04-22", "day", None, F),          # "Tijdens de stuurgroep van 22 april"
    ("voorjaar", "2025-03-01", "2025-05-31", "season", None, F),       # "in het voorjaar ... organiseerde"
)

# ---------------- S19 (14.1)
add("S19", None, "text",
    # real description; one closed range as dev-2024-12 R24 (same sentence)
    ("2016 tot eind 2017", "2016-01-01", "2017-12-31", "years", None, F),
)
add("S19", 1, "text",
    ("eind 2024", "2024-09-01", "2024-12-31", "part_of_year", None, F),
    ("1 januari 2025", "2025-01-01", "2025-01-01", "day", None, F),
    ("30 januari", "2025-01-30", "2025-01-30", "day", None, F),
    ("24 april 2025", "2025-04-24", "2025-04-24", "day", None, F),
)
add("S19", 2, "text",
    ("28 november 2025", "2025-11-28", "2025-11-28", "day", None, T),
)

# ---------------- S20 (14.5)  description: no dates
add("S20", 1, "text",
    ("2025", "2025-01-01", "2025-12-31", "year", None, F),             # "werd in 2025 verdergezet"
    ("Tussen januari en april 2025", "2025-01-01", "2025-04-30", "month", None, F),
    ("10 februari", "2025-02-10", "2025-02-10", "day", None, F),
    ("12 mei 2025", "2025-05-12", "2025-05-12", "day", None, F),
    ("20 maart 2025", "2025-03-20", "2025-03-20", "day", None, F),
    ("najaar", "2025-09-01", "2025-11-30", "season", None, T),         # "volgt in het najaar"
)


def build():
    recs = []
    order = {k: i for i, k in enumerate(ITEMS)}
    keys = sorted(D, key=lambda k: (order[k[0]], -1 if k[2] is None else k[2], 0 if k[3] == "text" else 1))
    for (item, where, entry_no, field) in keys:
        fname = "description" if field == "text" else "budget_text"
        for raw, s, e, g, rel, pl in D[(item, where, entry_no, field)]:
            check_raw(item, where, entry_no, fname, raw)
            recs.append({"item": item, "action_id": ITEMS[item]["action_id"], "where": where,
                         "entry_no": entry_no, "raw": raw, "start": s, "end": e, "granularity": g,
                         "relation": rel, "planned": pl, "_field": fname})
    return recs


if __name__ == "__main__":
    recs = build()
    write_jsonl(os.path.join(SET, "dates.jsonl"), [{k: v for k, v in r.items() if k != "_field"} for r in recs])
    print("dates:", len(recs))
