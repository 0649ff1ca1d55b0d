"""o20: date expressions of unseen-2026-12, by hand, in text order per field.

Row: (field, raw, start, end, granularity, relation, planned[, ctx]); field "desc", an entry number, or
("b", n) for entry n's budget cell (dates carry no `location`, as in dev-2025-12). Days and months without a
year are 2026 (reporting period June - November 2026, report date 2026-12-01) unless the text says otherwise.
Enumerations are one record per day/month; closed ranges are one record with relation null.
Descriptions identical to dev-2025-12 are annotated as o19 annotated them there.
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


def rec(raw, start, end, gran, rel=None, planned=F, ctx=None):
    return (raw, start, end, gran, rel, planned, ctx)


def season(raw, name, y, planned=F, rel=None, ctx=None):
    b = {"voorjaar": ("03-01", "05-31"), "zomer": ("06-01", "08-31"), "najaar": ("09-01", "11-30")}[name]
    return (raw, f"{y}-{b[0]}", f"{y}-{b[1]}", "season", rel, planned, ctx)


def sy(raw, y1, planned=F, rel=None, ctx=None):
    return (raw, f"{y1}-09-01", f"{int(y1) + 1}-08-31", "school_year", rel, planned, ctx)


def years(raw, y1, y2, planned=F, rel=None, ctx=None):
    return (raw, f"{y1}-01-01", f"{y2}-12-31", "years", rel, planned, ctx)


DATES = {
    "X01": {
        1: [day("9 juni", "06-09"), day("7 juli", "07-07"), day("15 september", "09-15"),
            day("13 oktober", "10-13"), day("17 november 2026", "11-17"),
            month("augustus", "08", ctx="vergadering van augustus"),     # niet gehouden
            day("21 augustus 2026", "08-21"),
            day("15 september", "09-15", ctx="vergadering van 15 september"),
            years("2026-2030", "2026", "2030"),            # Brusselse actieplan 2026-2030 (plan period, running)
            month("Sinds oktober 2026", "10", rel="since"),
            day("8 december 2026", "12-08", planned=T),
            year_("2027", "2027", planned=T, ctx="voor 2027"),   # vergaderkalender voor 2027 ("for")
            day("24/6/2026", "06-24"), day("18/11/2026", "11-18")],
        2: [month("mei 2026", "05"),
            day("2 juli", "07-02"), day("10 september", "09-10"), day("29 oktober 2026", "10-29"),
            season("tegen het voorjaar van 2027", "voorjaar", "2027", planned=T, rel="by"),
            # "VR 2026 1610 MED.0412": a note number, no date
            rec("tussen juli en oktober", "2026-07-01", "2026-10-31", "month"),
            day("23 september 2026", "09-23"),
            month("februari 2027", "02", planned=T, year="2027"),      # verschoven naar (o19 #19)
            month("vanaf januari 2027", "01", planned=T, rel="from", year="2027")],
        ("b", 2): [year_("2026", "2026")],
    },
    "X02": {
        "desc": [season("najaar van 2018", "najaar", "2018")],       # as o19 (W02)
        1: [rec("van 1 juli 2026 tot eind november 2026", "2026-07-01", "2026-11-30", "day"),
            day("tegen 31 januari 2027", "01-31", planned=T, rel="by", year="2027"),
            day("6 juli", "07-06"), day("31 augustus", "08-31"), day("5 oktober", "10-05"),
            day("16 november 2026", "11-16"),
            day("28 april 2026", "04-28"),
            month("januari 2027", "01", planned=T, year="2027"),
            month("september 2026", "09"),
            day("26 november", "11-26"),                    # geannuleerd: past, not planned
            season("voorjaar van 2027", "voorjaar", "2027", planned=T),
            season("najaar van 2025", "najaar", "2025")],
    },
    "X03": {
        1: [month("juli", "07", ctx="bijeenkomst van juli"),
            day("28 augustus 2026", "08-28"),
            day("18 juni", "06-18"), day("24 september", "09-24"), day("19 november 2026", "11-19"),
            day("24 september", "09-24", ctx="vergadering van 24 september"),
            rec("tweede helft van januari 2027", "2027-01-16", "2027-01-31", "part_of_month", None, T),
            day("19 november", "11-19", ctx="vergadering van 19 november"),
            month("oktober 2024", "10", year="2024"),      # gemeenteraadsverkiezingen van oktober 2024
            day("8 oktober 2026", "10-08")],
        2: [day("16/06/2026", "06-16"), day("13/10/2026", "10-13"),
            day("vanaf 1 januari 2027", "01-01", planned=T, rel="from", year="2027"),
            day("3 november 2026", "11-03"),
            year_("2026", "2026", ctx="2026 en 2027"), year_("2027", "2027", planned=T, ctx="2026 en 2027"),
            # "Twee weken na de ondertekening" restates the day that follows (NOTES)
            day("17 november", "11-17")],
        3: [day("30 juni", "06-30"), day("20 oktober 2026", "10-20"),
            day("20 oktober", "10-20", ctx="op 20 oktober gehouden"),
            month("september", "09", ctx="voorzien in september"),
            month("augustus 2026", "08"),
            year_("2027", "2027", planned=T, ctx="in 2027")],
    },
    "X04": {
        1: [year_("sinds 2021", "2021", rel="since"),
            years("2021-2030", "2021", "2030"),             # EOR 2021-2030 (programming period, as o19 #16)
            rec("25-26 juni", "2026-06-25", "2026-06-26", "day"),
            rec("12-13 november 2026", "2026-11-12", "2026-11-13", "day"),
            rec("van 7 tot 9 oktober 2026", "2026-10-07", "2026-10-09", "day"),
            season("voorjaar van 2026", "voorjaar", "2026"),
            month("april 2027", "04", planned=T, year="2027", ctx="door in april 2027"),
            day("8 oktober 2026", "10-08"),
            month("april 2027", "04", planned=T, year="2027", ctx="PLA van april 2027"),
            day("20 oktober 2026", "10-20")],
    },
    "X05": {
        1: [day("22 juli 2026", "07-22"),
            rec("van 1 september 2026 tot 31 augustus 2028", "2026-09-01", "2028-08-31", "day"),
            day("29 september 2026", "09-29"),
            day("17 november", "11-17")],
        ("b", 1): [years("2026-2028", "2026", "2028")],
        2: [day("30 juni 2026", "06-30"),
            month("oktober", "10", ctx="pas in oktober"),
            rec("begin 2027", "2027-01-01", "2027-04-30", "part_of_year", None, T),
            day("14 oktober 2026", "10-14"),
            day("9 november", "11-09"),                     # aanvankelijk gepland, verschoven: past
            day("19 januari 2027", "01-19", planned=T, year="2027"),
            year_("jaarverslag 2026", "2026"),               # year as modifier of a report
            season("tegen het voorjaar van 2027", "voorjaar", "2027", planned=T, rel="by")],
    },
    "X06": {
        1: [day("1 januari 2026", "01-01"),
            rec("tussen 1 juni en 15 november 2026", "2026-06-01", "2026-11-15", "day"),
            day("16/06/2026", "06-16"), day("22/09/2026", "09-22"), day("24/11/2026", "11-24"),
            month("maart 2027", "03", planned=T, year="2027"),   # gepland voor ("for")
            day("30.06.2026", "06-30"), day("29.09.2026", "09-29"),
            year_("jaarverslagen 2025", "2025"),
            day("22 september", "09-22")],
        ("b", 1): [rec("1 jan 2026 – 31 dec 2028", "2026-01-01", "2028-12-31", "day")],
        2: [day("11 juni", "06-11"), day("8 oktober 2026", "10-08"),
            day("29 september", "09-29"),
            month("oktober 2026", "10"),
            month("juni", "06", ctx="vergadering van juni"),
            day("26 juni 2026", "06-26"),
            month("sinds juli 2026", "07", rel="since")],
        3: [day("19 juni 2026", "06-19"),
            day("11 september", "09-11"), day("2 oktober", "10-02"), day("6 november 2026", "11-06"),
            day("10/11/2026", "11-10"),
            day("2 juli 2026", "07-02"),
            rec("eerste kwartaal van 2027", "2027-01-01", "2027-03-31", "part_of_year", None, T),
            rec("van 4 tot 6 november 2026", "2026-11-04", "2026-11-06", "day"),
            day("22 oktober", "10-22"),
            day("14", "09-14", ctx="14 en 15 september"), day("15 september", "09-15")],
    },
    "X07": {
        1: [day("5 oktober 2026", "10-05"),
            month("juni", "06", ctx="juni en september 2026"), month("september 2026", "09"),
            season("zomer", "zomer", "2026", ctx="Tijdens de zomer"),
            season("voorjaar van 2027", "voorjaar", "2027", planned=T),
            rec("tot eind januari 2027", "2027-01-21", "2027-01-31", "part_of_month", "until", T)],
        ("b", 1): [year_("2026", "2026")],
    },
    "X08": {
        1: [day("23 juni 2026", "06-23"),
            day("11 december 2026", "12-11", planned=T),
            year_("vanaf 2027", "2027", planned=T, rel="from"),
            day("23 juni", "06-23", ctx="op 23 juni voor"),
            month("september", "09", ctx="september en oktober 2026"), month("oktober 2026", "10"),
            month("augustus", "08", ctx="in augustus werd")],
        2: [day("8 september 2026", "09-08"),
            day("20 oktober 2026", "10-20"),
            day("27 november 2026", "11-27"),
            day("15/9", "09-15"), day("6/10", "10-06"), day("17/11/2026", "11-17"),
            year_("2025", "2025", ctx="in 2025")],
        3: [day("2 juli", "07-02"), day("1 oktober 2026", "10-01"),
            season("sinds dit najaar", "najaar", "2026", rel="since"),
            day("17 september 2026", "09-17"),
            month("maart 2027", "03", planned=T, year="2027"),
            day("25 november", "11-25")],                   # ging niet door: past
    },
    "X09": {
        # description: "tegen het einde van de lopende regeerperiode" names no calendar period (NOTES)
        1: [day("1 september 2026", "09-01"),
            day("19 juni", "06-19"), day("4 september", "09-04"), day("6 november 2026", "11-06"),
            month("juli", "07", ctx="in juli twee"),
            month("oktober 2026", "10"),
            season("voorjaar van 2027", "voorjaar", "2027", planned=T)],
    },
    "X10": {
        1: [sy("schooljaar 2026-2027", "2026"),
            rec("1/9/2026 tot 31/8/2027", "2026-09-01", "2027-08-31", "day"),
            rec("juni tot november 2026", "2026-06-01", "2026-11-30", "month"),
            day("23 juni", "06-23"), day("10 november 2026", "11-10"),
            day("23 juni", "06-23", ctx="vergadering van 23 juni"),
            sy("jaarverslag 2025-2026", "2025"),            # CONNECT reports per school year (o19 #15)
            month("juli", "07", ctx="juli en september"), month("september", "09", ctx="juli en september"),
            month("oktober", "10", ctx="in oktober samengesteld"),
            month("vanaf januari 2027", "01", planned=T, rel="from", year="2027"),
            month("sinds september", "09", rel="since"),
            day("5 november 2026", "11-05"),
            sy("2025-2026", "2025", ctx="in 2025-2026"),     # the teachers' CONNECT year (NOTES)
            season("tot na de zomer van 2027", "zomer", "2027", planned=T, rel="after")],
        ("b", 1): [sy("schooljaar 2026-2027", "2026")],
    },
    "X11": {
        1: [day("1 september 2026", "09-01"),
            year_("sinds 2024", "2024", rel="since"),
            month("sinds september 2026", "09", rel="since"),
            day("17 september", "09-17"), day("22 oktober", "10-22")],
        ("b", 1): [years("2026-2029", "2026", "2029")],
        2: [day("12 oktober 2026", "10-12"),
            day("26 november 2026", "11-26"),
            month("mei 2026", "05"),
            month("juni", "06", ctx="juni, augustus en oktober 2026"),
            month("augustus", "08", ctx="juni, augustus en oktober 2026"),
            month("oktober 2026", "10", ctx="juni, augustus en oktober 2026"),
            rec("begin 2027", "2027-01-01", "2027-04-30", "part_of_year", None, T),
            day("25 november", "11-25")],                   # geannuleerd: past
        ("b", 2): [year_("2026", "2026")],
    },
    "X12": {
        1: [day("1 november 2026", "11-01"),
            day("3 juli 2026", "07-03"),
            day("16 oktober 2026", "10-16"),
            month("februari 2027", "02", planned=T, year="2027")],
        2: [rec("tussen juni en oktober 2026", "2026-06-01", "2026-10-31", "month"),
            day("18 november 2026", "11-18"), day("24 november", "11-24"),
            day("21 januari 2027", "01-21", planned=T, year="2027"),
            day("13 oktober", "10-13")],
        ("b", 2): [year_("2026", "2026")],
        3: [day("1 oktober 2026", "10-01"),
            month("juli", "07", ctx="In juli viel"),
            month("augustus", "08", ctx="augustus en september"), month("september", "09", ctx="augustus en september"),
            month("oktober", "10", ctx="in oktober uit"),
            month("vanaf november", "11", rel="from"),      # sloot aan vanaf november (past)
            month("januari 2027", "01", planned=T, rel="from", year="2027")],   # vanaf de bijeenkomst van ...
    },
    "X13": {
        1: [day("29 juni", "06-29"), day("21 september", "09-21"), day("23 november 2026", "11-23"),
            day("21 september", "09-21", ctx="overleg van 21 september"),
            rec("tot eind maart 2027", "2027-03-21", "2027-03-31", "part_of_month", "until", T)],  # uitgesteld tot
        ("b", 1): [year_("2026", "2026")],
        2: [day("14 juli", "07-14"), day("13 oktober 2026", "10-13"),
            day("13 oktober", "10-13", ctx="op 13 oktober aan"),
            year_("Vanaf 2027", "2027", planned=T, rel="from"),
            season("zomer", "zomer", "2026", ctx="in de zomer"),
            year_("2027", "2027", planned=T, ctx="in 2027"),
            day("7", "09-07", ctx="7 en 8 september 2026"), day("8 september 2026", "09-08")],
    },
    "X14": {
        1: [day("sinds 1 januari 2025", "01-01", rel="since", year="2025"),
            month("februari 2025", "02", year="2025"),
            month("tot juni 2027", "06", planned=T, rel="until", year="2027"),
            day("9 september 2026", "09-09"),
            month("november", "11", ctx="voorzien in november"),
            day("15 januari 2027", "01-15", planned=T, year="2027"),
            rec("tussen juni en oktober", "2026-06-01", "2026-10-31", "month")],
        2: [day("30 september 2026", "09-30"),
            # "Survey Samenleven 2025": a survey's name, no date
            month("juni", "06", ctx="juni en oktober 2026"), month("oktober 2026", "10"),
            rec("begin 2027", "2027-01-01", "2027-04-30", "part_of_year", None, T),
            day("22 oktober 2026", "10-22"),
            day("3 december 2026", "12-03", planned=T),
            day("6 oktober", "10-06"),
            day("12 november", "11-12")],
        ("b", 2): [year_("2026", "2026"), year_("2027", "2027", planned=T)],
    },
    "X15": {
        "desc": [year_("2016", "2016")],                  # as o19 (W15)
        1: [day("19 juni", "06-19"), day("11 september", "09-11"), day("9 oktober", "10-09"),
            day("20 november 2026", "11-20"),
            day("1", "10-01", ctx="1 en 2 oktober 2026"), day("2 oktober 2026", "10-02"),
            month("september", "09", ctx="bijeenkomst van september"),
            day("28 oktober", "10-28"),
            day("24 november", "11-24"),                    # uitgesteld: past
            month("februari 2027", "02", planned=T, year="2027")],
    },
    "X16": {
        "desc": [month("tot juli 2017", "07", rel="until", year="2017")],   # as o19 (W16)
        1: [sy("Sinds het schooljaar 2025-2026", "2025", rel="since"),
            day("25 juni", "06-25"), day("5 november 2026", "11-05"),
            day("5 november", "11-05", ctx="vergadering van 5 november"),
            day("9 oktober 2026", "10-09"),
            season("voorjaar van 2027", "voorjaar", "2027", planned=T),
            month("vanaf februari 2027", "02", planned=T, rel="from", year="2027"),
            day("2 september", "09-02")],
        ("b", 1): [year_("2026", "2026"), year_("2027", "2027", planned=T)],   # (NT2-traject 2027)
    },
    "X17": {
        1: [day("10 juli", "07-10"), day("6 november 2026", "11-06"),
            day("6 november", "11-06", ctx="bijeenkomst van 6 november, maar"),
            day("6 november", "11-06", ctx="Op de bijeenkomst van 6 november"),
            sy("vanaf het academiejaar 2027-2028", "2027", planned=T, rel="from"),
            month("ten laatste in februari 2027", "02", planned=T, rel="by", year="2027"),
            day("15 september", "09-15"),
            day("25 september 2026", "09-25")],
    },
    "X18": {
        1: [sy("schooljaar 2026-2027", "2026"),
            day("19 juni", "06-19"), day("18 september 2026", "09-18"),
            season("najaar", "najaar", "2026", ctx="in het najaar vier"),
            season("zomer", "zomer", "2026", ctx="Tijdens de zomer"),
            day("7 oktober 2026", "10-07"),
            month("augustus", "08", ctx="in augustus over"),
            # second half of the school year 2026-2027 (equal halves of 1/9-31/8; NOTES)
            rec("tweede semester", "2027-03-01", "2027-08-31", "part_of_year", None, T)],
        ("b", 1): [sy("schooljaar 2026-2027", "2026")],
    },
    "X19": {
        1: [day("22 september 2026", "09-22"),
            day("12 januari 2027", "01-12", planned=T, year="2027"),
            month("juni", "06", ctx="in juni oprichtte"),
            day("6 oktober", "10-06"), day("17 november 2026", "11-17"),
            day("24 november 2026", "11-24")],
    },
    "X20": {
        1: [year_("sinds 2024", "2024", rel="since"),
            month("juli", "07", ctx="juli en augustus"), month("augustus", "08", ctx="juli en augustus"),
            day("14 september", "09-14"), day("9 november 2026", "11-09"),
            day("1 oktober 2026", "10-01"),
            year_("2027", "2027", planned=T, ctx="voor 2027"),    # steun ... voor 2027 ("for")
            day("16 oktober 2026", "10-16"),
            month("oktober", "10", ctx="in oktober niet"),
            rec("herfstvakantie", "2026-10-26", "2026-11-08", "day"),   # Flemish school calendar 2026-2027 (NOTES)
            month("februari 2027", "02", planned=T, year="2027"),
            day("6 juli 2026", "07-06"),
            day("18/9/2026", "09-18")],
        ("b", 1): [year_("2026", "2026")],
    },
    "X21": {
        1: [years("2025-2029", "2025", "2029"),            # beheersovereenkomsten 2025-2029 (running)
            month("sinds juni 2026", "06", rel="since"),
            day("24 juni", "06-24"), day("30 september 2026", "09-30"),
            day("9 december 2026", "12-09", planned=T),
            day("30 september", "09-30", ctx="stuurgroep van 30 september"),
            day("6 november", "11-06"),
            month("sinds oktober", "10", rel="since"),
            month("oktober", "10", ctx="in oktober af"),
            # a third of the school year 2026-2027 (equal thirds of 1/9-31/8; NOTES)
            rec("vanaf het tweede trimester van het schooljaar 2026-2027", "2027-01-01", "2027-04-30",
                "part_of_year", "from", T)],
    },
    "X22": {
        # real 14.1 description: "opgestart in 2016 tot eind 2017" as one closed range (NOTES)
        "desc": [rec("2016 tot eind 2017", "2016-01-01", "2017-12-31", "years")],
        1: [rec("eind 2025", "2025-09-01", "2025-12-31", "part_of_year"),
            rec("van 1 februari 2026 tot 31 januari 2028", "2026-02-01", "2028-01-31", "day"),
            day("29 juni", "06-29"), day("26 oktober 2026", "10-26"),
            day("4 juni 2026", "06-04"),
            season("najaar van 2027", "najaar", "2027", planned=T),
            day("15 juli 2026", "07-15")],
    },
    "X23": {
        1: [month("juni 2026", "06"),
            rec("Tussen september en november 2026", "2026-09-01", "2026-11-30", "month"),
            day("8 juli", "07-08"), day("4 november 2026", "11-04"),
            day("4 november", "11-04", ctx="vergadering van 4 november"),
            day("2 februari 2027", "02-02", planned=T, year="2027"),
            day("vanaf 15 januari 2027", "01-15", planned=T, rel="from", year="2027"),
            month("november", "11", ctx="in november over"),
            # "Safer Internet Day 2027": an event's name (NOTES)
            day("20 oktober", "10-20")],
        ("b", 1): [years("2026-2027", "2026", "2027")],
    },
    "X24": {
        1: [day("tot 31 december 2027", "12-31", planned=T, rel="until", year="2027"),
            day("2 juli", "07-02"), day("17 september", "09-17"), day("19 november 2026", "11-19"),
            month("september", "09", ctx="in september toe"),
            rec("van 1 tot 30 oktober 2026", "2026-10-01", "2026-10-30", "day"),
            day("3", "11-03", ctx="3 en 24 november 2026"), day("24 november 2026", "11-24")],
        ("b", 1): [year_("2026", "2026")],
        2: [# 'Inclusief Ondernemen 2026': a call's title, no date
            day("10/9/2026", "09-10"),
            month("juni", "06", ctx="in juni niet"),
            day("30 november 2026", "11-30"),
            day("15 oktober", "10-15"),
            year_("2027", "2027", planned=T, ctx="in 2027"),
            rec("week van 8 maart 2027", "2027-03-08", "2027-03-14", "day", None, T)],
        ("b", 2): [years("2026-2028", "2026", "2028")],
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
