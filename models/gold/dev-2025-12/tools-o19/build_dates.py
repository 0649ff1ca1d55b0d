"""o19: date expressions of dev-2025-12, by hand, in text order per field.

Row: (field, raw, start, end, granularity, relation, planned[, ctx]); field "desc", an entry number, or
("b", n) for entry n's budget cell (dates carry no `location`, as in dev-2024-12). Days and months without a
year are 2025 (reporting period June - November 2025, report date 2025-12-01) unless the text says otherwise.
Enumerations are one record per day/month; closed ranges are one record with relation null.
"""
from common import ITEMS, Claims, SET, field_text, write_jsonl

F, T = False, True
Y = "2025"


def day(raw, md, planned=F, rel=None, ctx=None, year=Y):
    return (raw, f"{year}-{md}", f"{year}-{md}", "day", rel, planned, ctx)


def month(raw, m, planned=F, rel=None, ctx=None, year=Y):
    import calendar
    last = calendar.monthrange(int(year), int(m))[1]
    return (raw, f"{year}-{m}-01", f"{year}-{m}-{last:02d}", "month", rel, planned, ctx)


def year_(raw, y, planned=F, rel=None, ctx=None):
    return (raw, f"{y}-01-01", f"{y}-12-31", "year", rel, planned, ctx)


def rec(raw, start, end, gran, rel=None, planned=F, ctx=None):
    return (raw, start, end, gran, rel, planned, ctx)


DATES = {
    "W01": {
        1: [day("12 juni", "06-12"), day("3 juli", "07-03"), day("11 september", "09-11"),
            day("9 oktober", "10-09"), day("13 november 2025", "11-13"),
            month("augustus", "08"),                       # In augustus werd ... geen vergadering gehouden
            day("11 september", "09-11"),                  # Op de vergadering van 11 september
            day("25 september 2025", "09-25"),
            month("juli", "07")],                          # vonden in juli ... twee vergadermomenten plaats
        2: [day("18 september 2025", "09-18"),
            month("februari 2026", "02", planned=T, year="2026"),   # Een volgende bijeenkomst is voorzien in
            day("2 juli", "07-02"), day("5 november 2025", "11-05"),
            day("20 november 2025", "11-20"),              # gepland op ..., verplaatst: past, not planned
            month("januari 2026", "01", planned=T, year="2026"),    # verplaatst naar januari 2026 (null)
            day("16 oktober 2025", "10-16")],
    },
    "W02": {
        "desc": [rec("najaar van 2018", "2018-09-01", "2018-11-30", "season")],   # as R02 / Q02
        1: [rec("voorjaar van 2025", "2025-03-01", "2025-05-31", "season"),
            day("5 juni 2025", "06-05"),
            month("september", "09"), month("oktober", "10"),          # In september en oktober
            year_("sinds 2021", "2021", rel="since"),
            day("26 juni", "06-26"), day("2 oktober 2025", "10-02"),
            rec("na de jaarwisseling", "2025-12-31", "2026-01-01", "day", "after", T),  # judgement call
            rec("eind december", "2025-12-21", "2025-12-31", "part_of_month", None, T),
            rec("najaar van 2026", "2026-09-01", "2026-11-30", "season", None, T)],
    },
    "W03": {
        1: [month("augustus", "08"),
            month("september 2025", "09"),
            day("23 september", "09-23"),
            day("16 december 2025", "12-16", planned=T),
            day("10 juni", "06-10"), day("8 juli", "07-08"), day("16 september", "09-16"),
            day("21 oktober 2025", "10-21"),
            day("30 september 2025", "09-30")],
        2: [day("17 juni", "06-17"), day("4 november 2025", "11-04"),
            day("25 juni 2025", "06-25"),
            day("14 oktober 2025", "10-14")],
    },
    "W04": {
        1: [year_("Sinds 2024", "2024", rel="since"),
            day("24 juni 2025", "06-24"),
            month("september", "09"),
            day("4 november", "11-04"),
            day("7 oktober 2025", "10-07"),
            day("20 november 2025", "11-20"),              # gepland op ..., geannuleerd
            month("maart 2026", "03", planned=T, year="2026")],
    },
    "W05": {
        1: [day("1", "07-01", ctx="1 en 2 juli 2025"), day("2 juli 2025", "07-02"),
            rec("voorjaar van 2026", "2026-03-01", "2026-05-31", "season", None, T),
            rec("16-17 september 2025", "2025-09-16", "2025-09-17", "day"),
            day("10 oktober", "10-10")],
        2: [day("25", "09-25", ctx="25 en 26 september 2025"), day("26 september 2025", "09-26"),
            rec("tot het voorjaar van 2026", "2026-03-01", "2026-05-31", "season", "until", T)],  # uitgesteld tot
        3: [rec("van 4 tot 6 november 2025", "2025-11-04", "2025-11-06", "day"),
            day("14 oktober 2025", "10-14"),
            day("2 september 2025", "09-02")],
    },
    "W06": {
        1: [rec("tussen 1 juni en 15 november 2025", "2025-06-01", "2025-11-15", "day"),
            day("19 juni", "06-19"), day("25 september 2025", "09-25"),
            day("11 december 2025", "12-11", planned=T),
            day("3 juli", "07-03"), day("6 november 2025", "11-06"),
            day("18 september 2025", "09-18"),
            day("9 oktober 2025", "10-09"),
            day("12/6", "06-12"), day("10/7", "07-10"), day("11/9", "09-11"), day("16/10", "10-16"),
            day("20/11/2025", "11-20"),
            day("2 oktober 2025", "10-02"),
            day("13 juni 2025", "06-13")],
        ("b", 1): [rec("1 jan 2025 – 31 dec 2027", "2025-01-01", "2027-12-31", "day")],
        2: [day("30 oktober 2025", "10-30"),
            year_("werkplan 2026", "2026", planned=T),     # year as modifier of a plan (period ahead)
            day("27 juni 2025", "06-27"),
            day("20 november 2025", "11-20"),
            year_("2026", "2026", planned=T, ctx="naar 2026 verschoven"),
            rec("sinds de zomer", "2025-06-01", "2025-08-31", "season", "since")],
    },
    "W07": {
        1: [day("26 juni", "06-26"), day("13 november 2025", "11-13"),
            rec("najaar", "2025-09-01", "2025-11-30", "season")],       # In het najaar werd ... geactualiseerd
        2: [month("juli", "07"), month("augustus", "08"),              # met uitzondering van juli en augustus
            day("30 september 2025", "09-30"),
            day("6 november 2025", "11-06"),
            day("21 oktober 2025", "10-21")],
        3: [day("5 juni", "06-05"), day("16 oktober 2025", "10-16"),
            day("16 oktober", "10-16", ctx="Op het overleg van 16 oktober")],
    },
    "W08": {
        1: [rec("Tussen 1 juni en 30 november 2025", "2025-06-01", "2025-11-30", "day"),
            day("8 juli 2025", "07-08"),
            day("14 oktober", "10-14"),                    # die gepland was op ..., uitgesteld
            day("2 september 2025", "09-02"),
            day("20 november 2025", "11-20")],
    },
    "W09": {
        1: [rec("schooljaar 2025-2026", "2025-09-01", "2026-08-31", "school_year"),
            rec("1/9/2025 tot 31/8/2026", "2025-09-01", "2026-08-31", "day"),
            rec("Tussen juni en november 2025", "2025-06-01", "2025-11-30", "month"),
            day("17 juni", "06-17"), day("14 oktober 2025", "10-14"),
            day("17 juni", "06-17", ctx="Tijdens de vergadering van 17 juni"),
            rec("jaarverslag 2024-2025", "2024-09-01", "2025-08-31", "school_year"),   # judgement call
            month("september", "09"), month("oktober", "10", ctx="in september en oktober af"),
            month("oktober", "10", ctx="in oktober en november"), month("november", "11", ctx="in oktober en november"),
            day("22 oktober 2025", "10-22")],
        ("b", 1): [rec("schooljaar 2025-2026", "2025-09-01", "2026-08-31", "school_year")],
    },
    "W10": {
        1: [month("sinds januari 2025", "01", rel="since"),
            day("20 juni", "06-20"), day("29 augustus", "08-29"), day("7 november 2025", "11-07"),
            day("12 september 2025", "09-12"),
            month("oktober", "10", ctx="In oktober werd"),
            day("22 januari 2026", "01-22", planned=T, year="2026"),
            day("15", "10-15", ctx="15 en 16 oktober 2025"), day("16 oktober 2025", "10-16")],
        ("b", 1): [rec("2025-2026", "2025-01-01", "2026-12-31", "years")],
    },
    "W11": {
        1: [month("sinds juni", "06", rel="since"),
            day("25 september 2025", "09-25"),
            month("april", "04", ctx="april en mei 2025"), month("mei 2025", "05"),
            day("10 juni", "06-10"), day("4 september 2025", "09-04"),
            day("27 november 2025", "11-27")],
        2: [rec("tussen juli en oktober", "2025-07-01", "2025-10-31", "month"),
            rec("begin 2026", "2026-01-01", "2026-04-30", "part_of_year", None, T)],
        3: [day("9 september 2025", "09-09"),
            day("23 oktober", "10-23"),
            day("8 juli 2025", "07-08")],
    },
    "W12": {
        1: [day("1 juli", "07-01"), day("7 oktober 2025", "10-07"),
            day("7 oktober", "10-07", ctx="Tijdens het overleg van 7 oktober"),
            month("september", "09"),
            day("23 september 2025", "09-23"),
            day("17 september 2025", "09-17"),
            day("20 januari 2026", "01-20", planned=T, year="2026")],
    },
    "W13": {
        1: [month("juni 2025", "06"),
            day("12 juni 2025", "06-12"),
            day("3 juli 2025", "07-03"),
            month("januari 2026", "01", planned=T, year="2026"),
            day("9 september 2025", "09-09"),
            day("14", "10-14", ctx="14 en 15 oktober 2025"), day("15 oktober 2025", "10-15"),
            day("28 november", "11-28")],
    },
    "W14": {
        1: [year_("2025", "2025", ctx="ABB liet in 2025"),
            day("4 juli", "07-04"), day("24 oktober 2025", "10-24"),
            day("14 maart 2025", "03-14"),
            day("25 november 2025", "11-25"),
            day("8 oktober 2025", "10-08"),
            year_("2026", "2026", planned=T, ctx="onderzoeksagenda voor 2026")],   # "voor" = for: null
        2: [day("12 september 2025", "09-12"),
            month("juni 2027", "06", planned=T, year="2027")],
    },
    "W15": {
        "desc": [year_("2016", "2016")],                   # Na een basisopleiding in 2016 (as R19)
        1: [day("19 juni", "06-19"), day("21 augustus", "08-21"), day("23 oktober 2025", "10-23"),
            day("14 november 2025", "11-14"),
            day("5 september", "09-05"),
            day("11 september 2025", "09-11"),
            day("2 oktober 2025", "10-02"),
            day("27 november 2025", "11-27")],              # gepland op ..., afgelast
    },
    "W16": {
        "desc": [month("tot juli 2017", "07", rel="until", year="2017")],   # as R20 / Q20
        1: [year_("sinds 2023", "2023", rel="since"),
            rec("najaar van 2025", "2025-09-01", "2025-11-30", "season"),
            day("25 juni 2025", "06-25"),
            day("1 oktober", "10-01"),                      # voorzien op ..., ging niet door
            day("9 september", "09-09"), day("18 november 2025", "11-18"),
            day("21 oktober 2025", "10-21"),
            day("4 oktober 2025", "10-04")],
        ("b", 1): [year_("2025", "2025")],                  # 185.000 euro (2025): budget year
    },
    "W17": {
        1: [year_("2025", "2025", ctx="In 2025 ontwikkelde"),
            day("11 juni", "06-11"), day("10 september 2025", "09-10"),
            day("8 oktober 2025", "10-08"),
            day("24 juni 2025", "06-24"),
            day("3 december 2025", "12-03", planned=T)],
        2: [day("18 september", "09-18"), day("20 november 2025", "11-20"),
            day("19 november 2025", "11-19")],
    },
    "W18": {
        1: [rec("2023-2028", "2023-01-01", "2028-12-31", "years"),   # De beheersovereenkomsten 2023-2028
            rec("schooljaar 2024-2025", "2024-09-01", "2025-08-31", "school_year"),
            day("24 juni", "06-24"), day("30 september 2025", "09-30"),
            day("30 september", "09-30", ctx="Op de vergadering van 30 september"),
            day("9 december 2025", "12-09", planned=T),
            month("oktober 2025", "10"),
            day("28 oktober 2025", "10-28"),
            day("15 november 2025", "11-15")],
    },
    "W19": {
        1: [month("Sinds september 2025", "09", rel="since"),
            day("21 september", "09-21"), day("16 november 2025", "11-16"),
            day("8 oktober", "10-08"),
            day("3 juli", "07-03"), day("2 oktober 2025", "10-02"),
            day("23 oktober 2025", "10-23")],
    },
    "W20": {
        1: [rec("2021-2027", "2021-01-01", "2027-12-31", "years"),   # ESF+-programma 2021-2027 (judgement call)
            year_("2025", "2025", ctx="in 2025 elf"),
            day("sinds 1 april 2025", "04-01", rel="since"),
            day("18 juni", "06-18"), day("15 oktober 2025", "10-15"),
            month("maart", "03"),                           # Opgericht in maart
            day("4 november 2025", "11-04"),
            day("9 oktober 2025", "10-09"),
            day("2 september", "09-02"),
            day("20 juni 2025", "06-20")],
    },
}


def build():
    claims = Claims()
    out = []
    for item in sorted(ITEMS):
        d = ITEMS[item]
        fields = DATES.get(item, {})
        keyed = []
        for field, rows in fields.items():
            budget = isinstance(field, tuple)
            if field == "desc":
                where, entry_no, text = "description", None, d["description"]
            else:
                entry_no = field[1] if budget else field
                where = "entry"
                text = field_text(item, "entry", entry_no, budget=budget)
            for raw, start, end, gran, rel, planned, ctx in rows:
                span = claims.claim((item, where, entry_no, budget), text, raw, ctx)
                r = {"item": item, "action_id": d["action_id"], "where": where, "entry_no": entry_no, "raw": raw,
                     "start": start, "end": end, "granularity": gran, "relation": rel, "planned": planned}
                keyed.append(((0 if where == "description" else 1, entry_no or 0, 1 if budget else 0, span[0]), r))
        keyed.sort(key=lambda x: x[0])
        out.extend(r for _, r in keyed)
    write_jsonl(SET / "dates.jsonl", out)
    return out, claims


if __name__ == "__main__":
    recs, _ = build()
    print(len(recs), "date records")
