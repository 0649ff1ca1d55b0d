"""d16: dates of dev-2024-12 (SYNTHETIC, report date 2024-12-01), by models/gold/GUIDELINES.md.

Every record is written out here so each decision can be reviewed. Conventions (see NOTES-d16.md):
- days/months without a year: 2024 (reporting period June-November 2024) unless context says otherwise;
- start/end = the period the expression names; the preposition goes to relation;
- planned: start after 2024-12-01, or future tense / gepland / voorzien, or until/by/from whose period ends
  after 2024-12-01; "sinds" never planned; announced-but-past days (gepland op 26 november 2024) false.
"""
import calendar, os
from common import load_items, check_raw, write_jsonl, SET

E = "entry"


def _last(y, m):
    return calendar.monthrange(y, m)[1]


def day(raw, d, rel=None, planned=False):
    return dict(raw=raw, start=d, end=d, granularity="day", relation=rel, planned=planned)


def drange(raw, a, b, rel=None, planned=False, gran="day"):
    return dict(raw=raw, start=a, end=b, granularity=gran, relation=rel, planned=planned)


def month(raw, ym, rel=None, planned=False):
    y, m = map(int, ym.split("-"))
    return dict(raw=raw, start=f"{ym}-01", end=f"{ym}-{_last(y, m):02d}", granularity="month",
                relation=rel, planned=planned)


def pmonth(raw, part, ym, rel=None, planned=False):
    y, m = map(int, ym.split("-"))
    a, b = {"begin": (1, 10), "midden": (11, 20), "eind": (21, _last(y, m))}[part]
    return dict(raw=raw, start=f"{ym}-{a:02d}", end=f"{ym}-{b:02d}", granularity="part_of_month",
                relation=rel, planned=planned)


def year(raw, y, rel=None, planned=False):
    return dict(raw=raw, start=f"{y}-01-01", end=f"{y}-12-31", granularity="year", relation=rel, planned=planned)


def pyear(raw, part, y, rel=None, planned=False):
    a, b = {"begin": ("01-01", "04-30"), "midden": ("05-01", "08-31"), "eind": ("09-01", "12-31"),
            "H1": ("01-01", "06-30"), "H2": ("07-01", "12-31")}[part]
    return dict(raw=raw, start=f"{y}-{a}", end=f"{y}-{b}", granularity="part_of_year", relation=rel,
                planned=planned)


def season(raw, s, y, rel=None, planned=False):
    a, b = {"voorjaar": ("03-01", "05-31"), "zomer": ("06-01", "08-31"), "najaar": ("09-01", "11-30")}[s]
    return dict(raw=raw, start=f"{y}-{a}", end=f"{y}-{b}", granularity="season", relation=rel, planned=planned)


def schoolyear(raw, y, rel=None, planned=False):
    return dict(raw=raw, start=f"{y}-09-01", end=f"{y + 1}-08-31", granularity="school_year", relation=rel,
                planned=planned)


def end_schoolyear(raw, y, rel=None, planned=False):
    # "het einde van het schooljaar Y-(Y+1)": last third of the school year (dev-2019-12 / dev-2023-12 precedent)
    return dict(raw=raw, start=f"{y + 1}-05-01", end=f"{y + 1}-08-31", granularity="part_of_year",
                relation=rel, planned=planned)


def years(raw, a, b, rel=None, planned=False):
    return dict(raw=raw, start=f"{a}-01-01", end=f"{b}-12-31", granularity="years", relation=rel, planned=planned)


T = True
# (item, entry_no or None, field, record)
R = []


def add(item, entry_no, *recs, field="description"):
    for r in recs:
        R.append((item, entry_no, field, r))


# ---------------- R01 (1.1)
add("R01", 1,
    day("13 juni", "2024-06-13"), day("4 juli", "2024-07-04"), day("12 september", "2024-09-12"),
    day("10 oktober", "2024-10-10"), day("14 november 2024", "2024-11-14"),
    month("juli", "2024-07"),                                   # "De vergadering van juli"
    month("Sinds oktober 2024", "2024-10", "since"),
    month("sinds september 2024", "2024-09", "since"),
    season("voorjaar van 2025", "voorjaar", 2025, planned=T),   # "wordt ... geëvalueerd"
    day("21 oktober", "2024-10-21"), day("18 november 2024", "2024-11-18"),
    day("22 februari 2024", "2024-02-22"),
    day("25 september 2024", "2024-09-25"))
add("R01", 2,
    day("20 juni", "2024-06-20"), day("26 september", "2024-09-26"), day("21 november 2024", "2024-11-21"),
    month("september", "2024-09"),                              # "in september een tijdelijke werkgroep"
    day("30 september", "2024-09-30"), day("4 november 2024", "2024-11-04"),
    pmonth("tegen eind maart 2025", "eind", "2025-03", "by", planned=T),
    day("17 oktober 2024", "2024-10-17"))

# ---------------- R02 (1.3)
add("R02", None, season("najaar van 2018", "najaar", 2018))       # real description; past at 2024-12-01
add("R02", 1,
    drange("van 1 juli 2024 tot eind juni 2025", "2024-07-01", "2025-06-30"),   # closed range
    day("9 juli 2024", "2024-07-09"), day("5 november 2024", "2024-11-05"),
    month("maart 2025", "2025-03", planned=T),
    month("oktober 2024", "2024-10"),
    month("december 2024", "2024-12", planned=T),                # "volgen in december 2024"
    pmonth("half oktober", "midden", "2024-10"))                 # "half oktober" = midden oktober

# ---------------- R03 (2.1)
add("R03", 1,
    month("augustus", "2024-08"),                                # "de vergadering van augustus niet gehouden"
    month("september 2024", "2024-09"),
    month("sinds december 2022", "2022-12", "since"),
    day("19 september", "2024-09-19"), day("28 november 2024", "2024-11-28"),
    season("tegen het voorjaar van 2025", "voorjaar", 2025, "by", planned=T),
    month("oktober", "2024-10"),                                 # "in oktober een taskforce ... opgericht"
    day("29 oktober 2024", "2024-10-29"),
    day("8 oktober 2024", "2024-10-08"))
add("R03", 2,
    day("27 juni", "2024-06-27"), day("14 november 2024", "2024-11-14"),
    month("november", "2024-11"))                                # "Op de vergadering van november"

# ---------------- R04 (2.3)
add("R04", 1,
    day("11 juni 2024", "2024-06-11"), day("15 oktober 2024", "2024-10-15"),
    month("oktober", "2024-10"),                                 # "Op het overleg van oktober"
    month("november 2024", "2024-11"),
    day("3 oktober 2024", "2024-10-03"),
    day("26 november 2024", "2024-11-26"),                       # "gepland op": past day, planned false
    month("februari 2025", "2025-02", planned=T),                # "uitgesteld naar": relation null
    month("maart 2025", "2025-03", planned=T))

# ---------------- R05 (3.1)
add("R05", 1,
    day("20 juni 2024", "2024-06-20"), day("7 november 2024", "2024-11-07"),
    month("november", "2024-11"),                                # "in november samen met het OCAD zou opnemen"
    day("1 oktober 2024", "2024-10-01"),
    day("2", "2024-10-02"), day("3 oktober", "2024-10-03"),      # "op 2 en 3 oktober": enumeration
    day("10 oktober 2024", "2024-10-10"),
    day("16 september 2024", "2024-09-16"),
    season("voorjaar van 2025", "voorjaar", 2025, planned=T))
add("R05", 2, day("23 september 2024", "2024-09-23"), day("8 oktober 2024", "2024-10-08"))
add("R05", 3, day("12 november 2024", "2024-11-12"), month("januari 2025", "2025-01", planned=T))

# ---------------- R06 (3.3)  ("ET2020" is a name: no date)
add("R06", 1,
    day("27 juni 2024", "2024-06-27"),
    day("17", "2024-10-17"), day("18 oktober 2024", "2024-10-18"),
    month("september", "2024-09"),                               # "Een voor september geplande ...": voor = for -> null
    drange("Van 4 tot 6 november 2024", "2024-11-04", "2024-11-06"),
    month("oktober", "2024-10"),                                 # "de plenaire vergadering van oktober"
    pmonth("tegen eind februari 2025", "eind", "2025-02", "by", planned=T),
    year("2025", 2025, planned=T))                               # "in de loop van 2025"

# ---------------- R07 (4.1)
add("R07", 1,
    year("projectoproep 2024", 2024),                            # edition of the call (year as modifier)
    day("12 juli 2024", "2024-07-12"),
    day("1 september 2024", "2024-09-01"),
    day("tot 31 augustus 2026", "2026-08-31", "until", planned=T),
    day("26 september 2024", "2024-09-26"),
    day("21 november 2024", "2024-11-21"))
add("R07", 1, years("werkingsjaren 2024-2026", 2024, 2026), field="budget")   # running period: planned false
add("R07", 2,
    year("oproep 2021", 2021),                                   # edition of the call
    day("tot 30 juni 2024", "2024-06-30", "until"),
    day("18 juni 2024", "2024-06-18"),                           # "oorspronkelijk gepland op", cancelled
    day("8 oktober", "2024-10-08"), day("19 november 2024", "2024-11-19"),
    year("2025", 2025, planned=T),                               # "een nieuwe projectoproep in 2025"
    day("14 november 2024", "2024-11-14"))

# ---------------- R08 (4.3)
add("R08", 1,
    pyear("begin 2024", "begin", 2024),
    pyear("tot eind 2026", "eind", 2026, "until", planned=T),
    month("tot mei 2024", "2024-05", "until"),
    month("juni 2024", "2024-06"),                               # "de rapportage van juni 2024"
    month("Sinds juni 2024", "2024-06", "since"),
    drange("Tussen 1 juni en 15 november 2024", "2024-06-01", "2024-11-15"),
    day("20 juni", "2024-06-20"), day("19 september 2024", "2024-09-19"),
    day("12 december 2024", "2024-12-12", planned=T),            # "staat gepland op"
    month("september", "2024-09"),                               # "Op de vergadering van september"
    day("4 juli", "2024-07-04"), day("10 oktober 2024", "2024-10-10"),
    year("sinds het werkingsjaar 2024", 2024, "since"),
    day("24 september 2024", "2024-09-24"),
    day("3 oktober 2024", "2024-10-03"),
    day("22 oktober 2024", "2024-10-22"),
    day("14 november 2024", "2024-11-14"),                       # moved meeting: past day
    month("januari 2025", "2025-01", planned=T),                 # "verplaatst naar": relation null
    day("5 september 2024", "2024-09-05"),
    day("10 september 2024", "2024-09-10"),
    day("2 oktober 2024", "2024-10-02"),
    day("28 november 2024", "2024-11-28"),
    day("17 oktober 2024", "2024-10-17"))
add("R08", 1, drange("1 januari 2024 – 31 december 2026", "2024-01-01", "2026-12-31"), field="budget")

# ---------------- R09 (4.5)
add("R09", 1,
    pmonth("eind november 2024", "eind", "2024-11"),
    day("2 juli", "2024-07-02"), day("8 oktober 2024", "2024-10-08"),
    year("vanaf 2025", 2025, "from", planned=T),
    day("5 november 2024", "2024-11-05"),
    pmonth("begin maart 2025", "begin", "2025-03", planned=T))
add("R09", 2,
    month("sinds januari 2024", "2024-01", "since"),
    month("sinds juni", "2024-06", "since"))
add("R09", 2, years("2024-2025", 2024, 2025), field="budget")

# ---------------- R10 (4.7)
add("R10", 1,
    day("13 juni", "2024-06-13"), day("28 november 2024", "2024-11-28"),
    month("november", "2024-11"),                                # "Op het overleg van november"
    day("9 oktober 2024", "2024-10-09"),
    month("sinds april 2024", "2024-04", "since"),
    day("22 oktober 2024", "2024-10-22"))
add("R10", 2,
    day("24 september 2024", "2024-09-24"),
    day("19 november 2024", "2024-11-19"),
    day("12 december 2024", "2024-12-12", planned=T),            # "is gepland op"
    day("1 oktober 2024", "2024-10-01"),
    schoolyear("sinds het schooljaar 2024-2025", 2024, "since"))
add("R10", 3,
    day("4 juli", "2024-07-04"), day("14 november 2024", "2024-11-14"),
    day("17 september 2024", "2024-09-17"),
    season("voorjaar van 2025", "voorjaar", 2025, planned=T))

# ---------------- R11 (5.1)  ("tegen het einde van de lopende regeerperiode": no calendar period)
add("R11", 1,
    pmonth("Eind oktober 2024", "eind", "2024-10"),
    day("25 juni", "2024-06-25"), day("10 september", "2024-09-10"), day("22 oktober 2024", "2024-10-22"),
    day("19 november 2024", "2024-11-19"),
    day("3 oktober 2024", "2024-10-03"),
    day("13 november 2024", "2024-11-13"),
    day("14 januari 2025", "2025-01-14", planned=T))

# ---------------- R12 (5.3)
add("R12", 1,
    day("sinds 1 januari 2024", "2024-01-01", "since"),
    drange("Tussen juni en november 2024", "2024-06-01", "2024-11-30", gran="month"),
    day("27 juni", "2024-06-27"), day("24 oktober 2024", "2024-10-24"),
    day("12 september 2024", "2024-09-12"),
    month("januari 2025", "2025-01", planned=T),
    month("oktober 2024", "2024-10"),                            # "gepland in oktober 2024", did not take place
    month("maart 2025", "2025-03", planned=T))
add("R12", 1, year("werkingsjaar 2024", 2024), field="budget")

# ---------------- R13 (5.5)
add("R13", 1,
    schoolyear("schooljaar 2024-2025", 2024),                    # "voor het schooljaar": voor = for -> null
    drange("1 september 2024 tot 31 augustus 2025", "2024-09-01", "2025-08-31"),
    schoolyear("schooljaar 2023-2024", 2023),                    # "In het schooljaar 2023-2024"
    month("Sinds september 2024", "2024-09", "since"),
    year("jaarverslag 2023", 2023),
    day("18 juni 2024", "2024-06-18"),
    schoolyear("schooljaar 2023-2024", 2023),                    # "om het schooljaar 2023-2024 te evalueren"
    day("5 november 2024", "2024-11-05"),
    schoolyear("het nieuwe schooljaar", 2024),                   # the running school year 2024-2025 (judgement)
    day("24 september 2024", "2024-09-24"))
add("R13", 1, schoolyear("schooljaar 2024-2025", 2024), field="budget")

# ---------------- R14 (5.9)
add("R14", 1,
    month("Sinds juni 2024", "2024-06", "since"),
    day("3 juli 2024", "2024-07-03"),
    month("september 2024", "2024-09"),
    day("22 oktober 2024", "2024-10-22"),
    day("15 oktober 2024", "2024-10-15"))

# ---------------- R15 (6.1)
add("R15", 1,
    day("1 oktober 2024", "2024-10-01"),
    day("20 juni", "2024-06-20"), day("19 september", "2024-09-19"), day("21 november 2024", "2024-11-21"),
    year("sinds 2023", 2023, "since"),
    day("15 oktober 2024", "2024-10-15"),
    month("september 2024", "2024-09"),
    day("8 oktober", "2024-10-08"), day("12 november 2024", "2024-11-12"),
    day("19 november 2024", "2024-11-19"))
add("R15", 2,
    year("sinds 2023", 2023, "since"),
    day("1 november 2024", "2024-11-01"),
    day("26 september 2024", "2024-09-26"))
add("R15", 2, years("2023-2025", 2023, 2025), field="budget")
add("R15", 3,
    day("26 september", "2024-09-26"), day("31 oktober 2024", "2024-10-31"),
    pyear("eerste semester van 2025", "H1", 2025, planned=T))

# ---------------- R16 (6.3)
add("R16", 1,
    day("2 juli", "2024-07-02"), day("5 november 2024", "2024-11-05"),
    month("november", "2024-11"),                                # "Tijdens het overleg van november"
    day("16 september 2024", "2024-09-16"),
    pyear("tegen eind 2025", "eind", 2025, "by", planned=T),
    day("21 november 2024", "2024-11-21"),                       # "gepland op", postponed: past day
    season("voorjaar van 2025", "voorjaar", 2025, planned=T))    # "uitgesteld naar": relation null

# ---------------- R17 (6.5)
add("R17", 1,
    month("Sinds september 2024", "2024-09", "since"),
    day("10 juli 2024", "2024-07-10"),
    day("17 oktober 2024", "2024-10-17"),
    day("3 september 2024", "2024-09-03"),
    day("28 november 2024", "2024-11-28"),
    month("mei 2025", "2025-05", planned=T))

# ---------------- R18 (7.1)
add("R18", 1,
    month("september 2024", "2024-09"),
    day("30 september 2024", "2024-09-30"),
    day("4 juli", "2024-07-04"), day("14 oktober 2024", "2024-10-14"),
    season("voorjaar van 2025", "voorjaar", 2025, planned=T))
add("R18", 2,
    drange("van 1 januari 2024 tot 31 december 2027", "2024-01-01", "2027-12-31"),
    day("11 juni 2024", "2024-06-11"),
    month("februari 2025", "2025-02", planned=T),
    day("12 november 2024", "2024-11-12"))

# ---------------- R19 (10.1)
add("R19", None, year("2016", 2016))                             # "Na een basisopleiding in 2016": na governs the event
add("R19", 1,
    day("27 juni", "2024-06-27"), day("19 september", "2024-09-19"), day("14 november 2024", "2024-11-14"),
    day("8 oktober 2024", "2024-10-08"),
    day("22", "2024-10-22"), day("23 oktober 2024", "2024-10-23"))
add("R19", 2,
    day("13 maart 2024", "2024-03-13"),
    season("najaar", "najaar", 2024),                            # "Het overleg van het najaar werd niet gehouden"
    month("februari 2025", "2025-02", planned=T))

# ---------------- R20 (11.1)
add("R20", None, month("tot juli 2017", "2017-07", "until"))     # real description; past
add("R20", 1,
    year("sinds 2023", 2023, "since"),
    year("werkingsjaar 2024", 2024),
    day("24 september 2024", "2024-09-24"),
    pyear("tweede semester van 2024", "H2", 2024),               # past tense ("werd uitgetest")
    month("januari 2025", "2025-01", planned=T))
add("R20", 2,
    day("6 november 2024", "2024-11-06"),
    years("2025-2026", 2025, 2026, planned=T))                   # "het aanbod voor 2025-2026": voor = for

# ---------------- R21 (12.1)
add("R21", 1,
    day("Sinds 1 september 2024", "2024-09-01", "since"),
    schoolyear("sinds het schooljaar 2023-2024", 2023, "since"),
    day("11 september 2024", "2024-09-11"),
    end_schoolyear("tegen het einde van het schooljaar 2024-2025", 2024, "by", planned=T),
    day("7 november 2024", "2024-11-07"),
    month("oktober 2024", "2024-10"))
add("R21", 1, schoolyear("schooljaar 2024-2025", 2024), field="budget")

# ---------------- R22 (12.5)
add("R22", 1,
    day("16 oktober 2024", "2024-10-16"),
    day("13 november 2024", "2024-11-13"),
    day("26 september 2024", "2024-09-26"),
    end_schoolyear("tegen het einde van het schooljaar 2024-2025", 2024, "by", planned=T))

# ---------------- R23 (13.1)
add("R23", 1,
    year("sinds 2022", 2022, "since"),
    pmonth("Eind november 2024", "eind", "2024-11"),
    month("september 2024", "2024-09"),
    day("1 oktober 2024", "2024-10-01"),
    month("vanaf januari 2025", "2025-01", "from", planned=T))
add("R23", 1, year("werkingsjaar 2024", 2024), field="budget")
add("R23", 2, day("20 november 2024", "2024-11-20"), day("14 oktober 2024", "2024-10-14"))

# ---------------- R24 (14.1)
add("R24", None, drange("2016 tot eind 2017", "2016-01-01", "2017-12-31", gran="years"))  # closed range
add("R24", 1,
    # "projectoproep 'Positieve identiteitsontwikkeling bij jongeren 2023'": year inside a quoted name: no date
    day("sinds 1 januari 2024", "2024-01-01", "since"),
    day("25 juni 2024", "2024-06-25"), day("8 oktober 2024", "2024-10-08"),
    day("17 september 2024", "2024-09-17"),
    day("20 juni 2024", "2024-06-20"),
    day("23 november 2024", "2024-11-23"))
add("R24", 1, years("2024-2025", 2024, 2025), field="budget")
add("R24", 2,
    month("november", "2024-11"),                                # "bezorgde in november een eerste advies"
    month("september", "2024-09"),                               # "werd in september samengesteld"
    day("6 november 2024", "2024-11-06"))


def build():
    items = load_items()
    out = []
    for item, entry_no, field, r in R:
        check_raw(items, item, entry_no, field, r["raw"])
        out.append(dict(item=item, action_id=items[item]["action_id"],
                        where="description" if entry_no is None else "entry", entry_no=entry_no,
                        raw=r["raw"], start=r["start"], end=r["end"], granularity=r["granularity"],
                        relation=r["relation"], planned=r["planned"]))
    write_jsonl(os.path.join(SET, "dates.jsonl"), out)
    print("dates:", len(out))


if __name__ == "__main__":
    build()
