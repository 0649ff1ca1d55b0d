"""o21: date expressions of dev-2026-12 (SYNTHETIC), by hand, in text order per field.

Row: (raw, start, end, granularity, relation, planned, ctx); field "desc", an entry number, or ("b", n) for
entry n's budget cell (dates carry no `location`, as in dev-2025-12). Days and months without a year are 2026
(reporting period June - November 2026, report date 2026-12-01) unless the text places them later (December
2026 days, or months after a 2027 context). Enumerations are one record per day/month; closed ranges are one
record with relation null. Reasons for non-obvious rows: NOTES-o21.md (judgement calls #n).
"""
import calendar
from common import ITEMS, Claims, SET, field_text, write_jsonl

F, T = False, True
Y = "2026"


def day(raw, md, planned=F, rel=None, ctx=None, year=Y):
    return (raw, f"{year}-{md}", f"{year}-{md}", "day", rel, planned, ctx)


def month(raw, m, planned=F, rel=None, ctx=None, year=Y):
    last = calendar.monthrange(int(year), int(m))[1]
    return (raw, f"{year}-{m}-01", f"{year}-{m}-{last:02d}", "month", rel, planned, ctx)


def year_(raw, y, planned=F, rel=None, ctx=None):
    return (raw, f"{y}-01-01", f"{y}-12-31", "year", rel, planned, ctx)


def years(raw, a, b, planned=F, rel=None, ctx=None):
    return (raw, f"{a}-01-01", f"{b}-12-31", "years", rel, planned, ctx)


def rec(raw, start, end, gran, rel=None, planned=F, ctx=None):
    return (raw, start, end, gran, rel, planned, ctx)


def syear(raw, a, planned=F, rel=None, ctx=None):
    return (raw, f"{a}-09-01", f"{int(a) + 1}-08-31", "school_year", rel, planned, ctx)


DATES = {
    "Y01": {
        1: [day("9 juni", "06-09"), day("7 juli", "07-07"), day("8 september", "09-08"), day("6 oktober", "10-06"),
            day("3 november", "11-03"), day("24 november 2026", "11-24"),
            month("augustus", "08"),                       # de vergadering van augustus geschrapt (month named)
            day("6 oktober", "10-06", ctx="Op de vergadering van 6 oktober"),
            day("3 november", "11-03", ctx="Op de vergadering van 3 november"),
            day("17 november", "11-17"),
            syear("schooljaar 2026-2027", "2026"),         # running at the report date (o19 convention)
            month("september 2026", "09"),
            day("16/6/2026", "06-16"), day("22/9/2026", "09-22"), day("1 juli 2026", "07-01"),
            day("10", "09-10", ctx="10 en 24 september 2026"), day("24 september 2026", "09-24")],
        2: [day("30 juni 2026", "06-30"),
            day("17 november", "11-17"),                   # gepland op ..., uitgesteld: past, not planned
            day("19 januari 2027", "01-19", planned=T, year="2027"),   # uitgesteld naar ... (null)
            month("juli", "07"),
            year_("na 2027", "2027", planned=T, rel="after"),   # het actieplan na 2027 (#15)
            day("21/7", "07-21"), day("25/8", "08-25"), day("29/9", "09-29"), day("27/10/2026", "10-27"),
            day("15 december 2026", "12-15", planned=T),
            rec("voorjaar van 2027", "2027-03-01", "2027-05-31", "season", None, T),   # verschuiven naar
            day("13 oktober", "10-13")],
    },
    "Y02": {
        "desc": [rec("najaar van 2018", "2018-09-01", "2018-11-30", "season")],   # as o19 W02
        1: [day("1 juni 2026", "06-01"),
            day("tot en met 31 mei 2027", "05-31", planned=T, rel="until", year="2027"),
            day("18 juni", "06-18"), day("10 september", "09-10"), day("19 november 2026", "11-19"),
            month("februari 2027", "02", planned=T, year="2027"),
            rec("Tussen 7 en 25 september 2026", "2026-09-07", "2026-09-25", "day"),
            month("oktober", "10", ctx="in oktober 38"),
            month("oktober", "10", ctx="in oktober samengesteld"),
            month("januari 2027", "01", planned=T, year="2027")],
        ("b", 1): [years("2026-2027", "2026", "2027")],   # budget period, running (o19 #20)
    },
    "Y03": {
        1: [day("11/6", "06-11"), day("9/7", "07-09"), day("10/9", "09-10"), day("8/10", "10-08"),
            day("12/11/2026", "11-12"),
            month("augustus", "08"),
            month("mei 2026", "05"),
            rec("na de zomer", "2026-06-01", "2026-08-31", "season", "after"),
            day("24 september", "09-24"), day("5 november 2026", "11-05"),
            day("5 november", "11-05", ctx="Op haar vergadering van 5 november"),
            month("vanaf januari 2027", "01", planned=T, rel="from", year="2027"),
            month("september", "09"),
            day("2 oktober 2026", "10-02")],
        2: [day("23 juni", "06-23"), day("29 september 2026", "09-29"),
            day("14 oktober", "10-14"),
            day("16/06/2026", "06-16"), day("13/10/2026", "10-13"),
            day("01/12/2026", "12-01"),                    # on the report date, past tense: not planned (#16)
            month("september", "09"),
            day("3 november", "11-03"),
            rec("begin februari 2027", "2027-02-01", "2027-02-10", "part_of_month", None, T),
            day("20 oktober", "10-20")],                   # geannuleerd
    },
    "Y04": {
        1: [day("26 juni 2026", "06-26"),
            month("sinds maart 2025", "03", rel="since", year="2025"),
            month("april", "04"), month("mei 2026", "05"),
            day("26 juni", "06-26", ctx="Op het overleg van 26 juni"),
            day("15 september", "09-15"), day("10 november 2026", "11-10"),
            day("9 februari 2027", "02-09", planned=T, year="2027"),
            month("vanaf de vergadering van februari", "02", planned=T, rel="from", year="2027"),
            day("1 oktober", "10-01"),
            day("17 november 2026", "11-17")],
    },
    "Y05": {
        1: [day("18 juni 2026", "06-18"),
            rec("21-22 oktober 2026", "2026-10-21", "2026-10-22", "day"),
            day("8 juli", "07-08"), day("30 september", "09-30"),
            rec("van 25 tot 26 november 2026", "2026-11-25", "2026-11-26", "day"),
            year_("2025", "2025"),                          # in 2025 werd opgericht
            day("4 november 2026", "11-04"),
            month("september", "09"),                       # voorzien voor september (postponed; "voor" = for)
            rec("voorjaar van 2027", "2027-03-01", "2027-05-31", "season", None, T),
            day("12 oktober 2026", "10-12")],
        2: [day("9 september 2026", "09-09"),
            month("april 2027", "04", planned=T, year="2027"),
            rec("van 12 tot 14 oktober", "2026-10-12", "2026-10-14", "day"),
            day("30 juni 2026", "06-30")],
    },
    "Y06": {
        1: [day("1", "07-01", ctx="1 en 2 juli 2026"), day("2 juli 2026", "07-02"),
            day("26 november 2026", "11-26"),
            day("15 september", "09-15"), day("6 oktober", "10-06"), day("3 november", "11-03"),
            rec("van 23 tot 25 september", "2026-09-23", "2026-09-25", "day"),
            month("november", "11", ctx="vergadering van november"),
            day("12 november", "11-12"),
            day("8 oktober", "10-08")],                    # voorzien op ..., afgelast
    },
    "Y07": {
        # "'Lokale veerkracht 2026-2028'": years inside the call's quoted name, no record (#17)
        1: [day("met ingang van 1 juli 2026", "07-01", rel="from"),
            day("8 september 2026", "09-08"),
            day("14/7", "07-14"), day("6/10/2026", "10-06"),
            rec("eind november", "2026-11-21", "2026-11-30", "part_of_month"),
            month("september", "09"), month("oktober", "10", ctx="september en oktober"),
            month("maart 2026", "03"),
            day("24 november 2026", "11-24")],
        ("b", 1): [years("2026-2028", "2026", "2028")],
    },
    "Y08": {
        1: [rec("Tussen 1 juni en 15 november 2026", "2026-06-01", "2026-11-15", "day"),
            day("16 juni", "06-16"), day("22 september", "09-22"), day("17 november 2026", "11-17"),
            year_("2027", "2027", planned=T, ctx="in 2027 omgevormd"),
            day("19 januari 2027", "01-19", planned=T, year="2027"),
            year_("2019", "2019"),
            day("30/6", "06-30"), day("1/9", "09-01"), day("13/10", "10-13"), day("24/11/2026", "11-24"),
            day("2 juli", "07-02"), day("29 september", "09-29")],
        ("b", 1): [years("2025-2027", "2025", "2027")],
        2: [day("8 oktober 2026", "10-08"),
            day("3 juli", "07-03"), day("18 september 2026", "09-18"),
            year_("2027", "2027", planned=T, ctx="vormingsaanbod voor 2027"),   # "voor" = for (o19 #17)
            month("augustus", "08"),
            day("11 september", "09-11"), day("20 november", "11-20"),
            day("27 oktober", "10-27"),
            day("5 november 2026", "11-05"),
            year_("2027", "2027", planned=T, ctx="voorzittersrol voor 2027")],
    },
    "Y09": {
        1: [day("15 september 2026", "09-15"),
            month("februari 2026", "02"),
            day("23 juni", "06-23"), day("1 september", "09-01"), day("10 november", "11-10"),
            year_("2027", "2027", planned=T),
            day("21 oktober", "10-21"),
            month("oktober", "10"),
            month("november", "11"),
            day("26 november", "11-26"),                   # gepland ..., verschoven
            day("4 maart 2027", "03-04", planned=T, year="2027")],
        # budget "18.000 €/jaar": a rate, no date
    },
    "Y10": {
        1: [day("25 juni 2026", "06-25"), day("10 december 2026", "12-10", planned=T),
            day("1 september 2026", "09-01"),
            month("september", "09"), month("oktober", "10", ctx="september en oktober"),
            month("oktober", "10", ctx="in oktober een werkgroep"),
            rec("tot het voorjaar van 2027", "2027-03-01", "2027-05-31", "season", "until", T),   # o19 #19
            day("7/7/2026", "07-07"), day("2/9", "09-02"), day("18/11/2026", "11-18"),
            day("14/10/2026", "10-14"), day("22-10-2026", "10-22")],
        2: [day("10 juni", "06-10"), day("8 juli", "07-08"), day("9 september", "09-09"), day("14 oktober", "10-14"),
            day("18 november 2026", "11-18"),
            day("8 juli", "07-08", ctx="Het overleg van 8 juli"),
            day("6 oktober 2026", "10-06"),
            day("24 november", "11-24"),                   # kon niet doorgaan
            month("januari 2027", "01", planned=T, year="2027"),
            day("20 oktober", "10-20"),
            syear("sinds dit schooljaar", "2026", rel="since")],   # #18
        3: [day("17 juni", "06-17"), day("23 september 2026", "09-23"),
            day("30 september", "09-30"), day("12 november", "11-12"),
            day("7 oktober", "10-07"),
            rec("begin 2027", "2027-01-01", "2027-04-30", "part_of_year", None, T),
            day("19 november", "11-19")],
    },
    "Y11": {
        # description: "tegen het einde van de lopende regeerperiode": no calendar period (#19)
        1: [day("1 oktober 2026", "10-01"),
            month("juni", "06"),
            day("29 juni", "06-29"), day("14 september", "09-14"), day("26 oktober", "10-26"),
            rec("begin 2027", "2027-01-01", "2027-04-30", "part_of_year", None, T),
            day("7 juli", "07-07"), day("8 september", "09-08"), day("10 november 2026", "11-10"),
            day("13 oktober", "10-13"),
            day("18 november", "11-18"),                   # verplaatst
            day("15 januari 2027", "01-15", planned=T, year="2027")],
    },
    "Y12": {
        1: [rec("1 september 2026 – 31 augustus 2027", "2026-09-01", "2027-08-31", "day"),   # running werkingsjaar
            day("1 juli", "07-01"), day("7 oktober 2026", "10-07"),
            day("7 oktober", "10-07", ctx="Op de vergadering van 7 oktober"),
            rec("jaarverslag 2025-2026", "2025-09-01", "2026-08-31", "school_year"),   # werkingsjaar Sep-Aug (#20)
            day("17 september", "09-17")],
        ("b", 1): [rec("werkingsjaar 2026-2027", "2026-09-01", "2027-08-31", "school_year")],   # #20
        2: [day("2 september", "09-02"), day("4 november 2026", "11-04"),
            month("oktober", "10"),
            day("20 januari 2027", "01-20", planned=T, year="2027"),
            month("maart 2026", "03"),
            year_("vanaf 2027", "2027", planned=T, rel="from"),
            month("januari 2026", "01"),
            month("sinds juni", "06", rel="since"),
            day("3/6", "06-03"), day("9/9", "09-09"), day("25/11/2026", "11-25")],
    },
    "Y13": {
        1: [day("22 juni", "06-22"), day("19 oktober 2026", "10-19"),
            day("24 juni", "06-24"), day("23 september", "09-23"),
            day("16 december 2026", "12-16", planned=T),
            day("5 november", "11-05"),
            month("juli", "07"), month("oktober", "10", ctx="juli en oktober"),
            day("10", "09-10", ctx="10 en 11 september"), day("11 september", "09-11")],
        ("b", 1): [year_("2026", "2026")],                 # partnerwerking 2026 (budget year)
    },
    "Y14": {
        1: [day("30 september 2026", "09-30"),
            month("augustus", "08"),                       # met uitzondering van augustus (o19 #18)
            day("9 juli", "07-09"), day("10 september", "09-10"), day("5 november 2026", "11-05"),
            month("juni 2026", "06"),
            day("16 september", "09-16"), day("18 november", "11-18"),
            month("oktober", "10"),
            month("maart 2027", "03", planned=T, year="2027"),
            day("3", "11-03", ctx="3 en 4 november"), day("4 november", "11-04")],
        2: [month("september 2026", "09"),
            day("13 oktober", "10-13"),
            month("vanaf januari 2027", "01", planned=T, rel="from", year="2027"),
            day("22 september", "09-22"),
            day("8 oktober 2026", "10-08"),
            month("juli 2026", "07"),
            day("9/9", "09-09"), day("4/11", "11-04")],
    },
    "Y15": {
        1: [day("6 juli", "07-06"), day("5 oktober", "10-05"), day("30 november 2026", "11-30"),
            month("augustus", "08"),
            day("15 juni", "06-15"), day("7 september", "09-07"), day("16 november 2026", "11-16"),
            day("16 november", "11-16", ctx="vergadering van 16 november"),
            day("26 oktober", "10-26"),
            day("1", "10-01", ctx="1 en 8 oktober"), day("8 oktober", "10-08"),
            year_("2027", "2027", planned=T)],
    },
    "Y16": {
        1: [years("2025-2028", "2025", "2028"),            # project period in parentheses, running
            day("25 juni 2026", "06-25"),
            day("14 januari 2027", "01-14", planned=T, year="2027"),
            day("9 september", "09-09"), day("2 november", "11-02"),
            day("19 oktober", "10-19")],
        2: [day("30 oktober 2026", "10-30"),
            day("7 juli", "07-07"), day("6 oktober", "10-06"),
            month("september", "09"),
            day("16 september", "09-16"),
            day("25 november", "11-25"),
            year_("jaarverslag 2026", "2026", planned=T),  # report still to appear ("verschijnt"), #21
            month("maart 2027", "03", planned=T, year="2027")],
        ("b", 2): [year_("2026", "2026")],
    },
    "Y17": {
        "desc": [year_("2016", "2016")],                   # as o19 W15
        1: [day("30 juni", "06-30"), day("29 september 2026", "09-29"),
            day("7 juli", "07-07"), day("6 oktober", "10-06"),
            month("september", "09"),                      # de geplande intervisie van september, niet doorgegaan
            day("9 december 2026", "12-09", planned=T),
            day("17 november 2026", "11-17"),
            day("maandag 26 oktober", "10-26"),
            day("12/10/26", "10-12")],
        2: [day("15 september", "09-15"),
            year_("sinds 2025", "2025", rel="since"),
            day("24 juni", "06-24"), day("21 oktober", "10-21"),
            day("21 oktober", "10-21", ctx="op 21 oktober opgericht"),
            month("februari 2027", "02", planned=T, year="2027"),
            day("3 november", "11-03")],
    },
    "Y18": {
        "desc": [month("tot juli 2017", "07", rel="until", year="2017")],   # as o19 W16
        1: [rec("najaar van 2026", "2026-09-01", "2026-11-30", "season"),
            day("Sinds 1 september 2026", "09-01", rel="since"),
            day("2 juli", "07-02"), day("20 oktober 2026", "10-20"),
            day("11 september", "09-11"), day("4 november", "11-04"),
            day("28 september", "09-28"),
            years("2024-2027", "2024", "2027")],           # over de periode 2024-2027, running
        ("b", 1): [year_("2026", "2026")],
    },
    "Y19": {
        1: [day("17 juni", "06-17"), day("23 september", "09-23"), day("25 november 2026", "11-25"),
            day("23 september", "09-23", ctx="zitting van 23 september"),
            day("14 oktober", "10-14"),
            year_("dit jaar", "2026"),                     # #22
            day("4 november", "11-04"),
            day("12 januari 2027", "01-12", planned=T, year="2027"),
            month("november", "11"),                       # voorzien in november, verschoven
            rec("tweede trimester van het schooljaar 2026-2027", "2027-01-01", "2027-04-30", "part_of_year", None, T)],  # #23
    },
    "Y20": {
        1: [month("sinds januari 2026", "01", rel="since"),
            day("21 oktober", "10-21"),
            day("1/7", "07-01"), day("2/9", "09-02"), day("4/11/2026", "11-04"),
            day("29 september", "09-29"),
            month("oktober", "10")],
        ("b", 1): [year_("2026", "2026")],
        2: [day("8 juli", "07-08"), day("30 september 2026", "09-30"),
            day("18 november", "11-18"),
            day("16/10/26", "10-16"),
            rec("voor eind juni 2026", "2026-06-21", "2026-06-30", "part_of_month", "before"),   # geannuleerd
            rec("voorjaar van 2026", "2026-03-01", "2026-05-31", "season"),
            day("tot 30 juni 2027", "06-30", planned=T, rel="until", year="2027")],
    },
    "Y21": {
        "desc": [year_("2016", "2016"),
                 rec("tot eind 2017", "2017-09-01", "2017-12-31", "part_of_year", "until")],   # #24
        1: [day("1 juni 2026", "06-01"),
            day("23 juni", "06-23"), day("22 september 2026", "09-22"),
            day("dinsdag 15 december 2026", "12-15", planned=T),
            day("2 juni", "06-02")],
        ("b", 1): [years("2026-2028", "2026", "2028")],
        2: [day("15 juli", "07-15"), day("14 oktober", "10-14"),
            month("september", "09"), month("oktober", "10"),
            day("8 september", "09-08"), day("10 november", "11-10"),
            day("27 november 2026", "11-27")],
    },
    "Y22": {
        1: [year_("2026", "2026"),                          # Mediawijs zette in 2026 het traject op
            rec("Tussen juni en oktober 2026", "2026-06-01", "2026-10-31", "month"),
            day("10 juni", "06-10"), day("2 september", "09-02"), day("28 oktober 2026", "10-28"),
            day("16 september", "09-16"),
            month("maart 2027", "03", planned=T, year="2027"),
            day("14 oktober", "10-14"),                    # geannuleerd
            day("5 november", "11-05"),
            day("03.11.2026", "11-03"),
            rec("sinds dit najaar", "2026-09-01", "2026-11-30", "season", "since")],   # #18
        ("b", 1): [year_("2026", "2026")],
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
