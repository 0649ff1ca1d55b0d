"""Meetings: statements that a body met, meets or will meet.

Rules, not a model: the report uses a small, repetitive vocabulary ("kwam samen op",
"komt maandelijks samen", "er is maandelijks overleg", "vond de tweede bijeenkomst
plaats"). A statement (sentence, or list item / ";"-clause) is a meeting when it has

- a verbal predicate ("samenkomen", "kwam ... samen", "vergaderde", "zit ... samen"), or
- a meeting noun ("bijeenkomst", "vergadering", "vergadermoment", "meeting", "overleg",
  "sessie") with something that pins the meeting down: a count, a frequency, a day date
  or a happening verb ("vond plaats", "ging door", "staat gepland"), unless the noun only
  sits in a prepositional phrase that refers back to a meeting ("Tijdens de vergadering
  van ... werd", "Gedurende het eerste overleg (10/03/2017) werd"), or
- periodic coordination ("stemmen onderling af (zesmaandelijks, ...)", "regelmatige
  afstemming tussen A en B").

Not meetings (GUIDELINES and the test annotators' NOTES): events (studiedag, vorming,
congres, conferentie, seminarie, rondetafel, netwerkdag, uitwisselingsmoment, werkbezoek,
gesprek, ...) unless a verbal meeting predicate says so; "er is overleg met X" without a when or
how often, unless X is a named organisation.

The one meeting convention (GUIDELINES "gold5 decisions", meet5): a guest (taking part, invited, presenting,
explaining, heard) at a meeting of a *named* host body, with a day, count or frequency, gives the **host's**
meeting, never the guest's ("neemt deel aan de maandelijkse bijeenkomsten van de NTF" -> NTF; "Toelichting ...
op platform Oost-Vlaanderen (15/5/2017)"; one record per host with its own dated parentheses); the host follows
the guest verb's preposition (aan, voor, op, in; "van" only after a meeting noun, so "de slotconferentie van de
RAN-werkgroep" stays an event); a bare head names no host; a host day already reported is no new record. Host
names keep the words up to the date or parenthesis, a leading owner goes last before a topic ("VVSG werkgroep werk
en sociale economie" -> "werkgroep werk en sociale economie VVSG"), a capitalised name's owner loses "van"
("Commissie voor Cultuur, ... en Media van het Vlaamse Parlement" -> "... Vlaams Parlement"). Bounded counts are
the number printed ("minstens één keer" -> 1); a ";"-clause count ("; werden zes vergaderingen bijgewoond") joins
the meeting just reported; "er is overleg met Solentra" is Solentra's meeting (not people, collectives, set-up).

The body is, in order: the owner of the meetings ("bijeenkomsten van de NTF"); a
standing body (werkgroep, platform, ...) named before the predicate, else a party named
there ("het departement Onderwijs en Vorming ging in overleg"); both parties of "overleg
tussen A en B"; a definite meeting noun with its complement ("Het overleg met de
Brusselse politiezones"). When the statement names none, an anaphoric meeting noun ("De
volgende bijeenkomst", "Dit overleg", "de tweede bijeenkomst") is resolved to the first
standing body of the paragraph (then of the paragraph before): the report introduces a
body once and then talks about its meetings. An indefinite one ("Een startbijeenkomst",
"drie vergadermomenten") with no body earlier in its paragraph is its own body, as the
test annotators wrote it ("evaluatievergaderingen").
Dates come from ``pipeline.extract.dates``; only day dates count as meeting dates.

Naming (GUIDELINES, issue 12): a subject body runs up to the finite verb ("Het intersectoraal overleg
lokale aanpak zat ... samen"), with a quoted name after its head and describing adjectives before it; a
"van" tail is dropped when generic and kept without "van" when it names something ("raad van bestuur Huis
van de Vrede"). The subject before the verb wins over a group inside or after the predicate; in a relative
clause (", die ... samenkomt") the antecedent is the body; "X organiseerde/hield een overleg" is X's. A
bare head ("het Platform", "de cel", "het netwerk") takes the nearest fuller name of the action that
contains it; an acronym the text expands takes its expansion; a few bodies have one name across rounds
from ``models/meeting_bodies.jsonl``. `planned` also follows the statement's periods (all after the report
date, or `until`/`by` one ending after it), except for a series running "sinds" a past date.

Near-misses by principle (meet3, checked on the blind dev-2019-12 set): a meeting said not to happen is none (the
predicate's clause negated, "kwam niet (meer) samen", "geen vergadering"; or cancelled or moved: "geannuleerd",
"afgelast", "verplaatst"); meeting at an event ("samen op een uitwisselingsdag") is the event; a "waarin X en Y
samenzitten" clause says who makes up a body. Naming: a body with a name of its own drops its owner ("lerend netwerk
Polarisering van de VVSG" -> "lerend netwerk Polarisering"), one without keeps it ("werkgroep radicalisering VVSG",
"LIVC Vilvoorde"); manner adjectives, comparatives and purpose tails ("voor lokale aanspreekpunten") are no part of a
name; a lowercase description ("het lerend netwerk") takes the fuller name before it that contains it. A statement
continuing the meeting just reported ("; een tweede volgde op ...", "dat van Lokeren kwam ...", a future main clause
after a relative clause, the compound meeting noun repeated) takes that meeting's body.

Real report prose (meet4, tuned on the blind re-annotation of the dev actions and the SYNTHETIC dev-2020-06 round in
the report's register): one record per sentence unless its ";"-clauses differ in `planned` or name another body; a
verb left out before a second body with its own day ("X kwam samen op D1, Y op D2") and parties each with their own
dated parentheses ("afgestemd met X (D1) en Y (D2)") give one record per body; further partners of a consultation
after ";" ("; met de X") are bodies met with; an agentless meeting continues the organiser of the sentence before; a
demonstrative or bare meeting noun takes its nearest antecedent (the clause before, the "tussen A en B" meeting just
before, the meeting just reported with the same noun); an unnamed indefinite collective, the rest of a set ("de
overige netwerken") and a meeting named by its month are no body; an owner is part of a name only when it is an
organisation, and its own "van" and any topic after it are not; HTML block tags, where a caller passes them
(the text reader and the gold item sets convert them first), end statements and paragraphs.

Bodies taken whole, places, sets and organisers (meet6, tuned on the tuning sets only): a name runs on over a
lowercase "op"/"in" between capitalised words and over its own capitalised enumeration ("partneroverleg Focus op
Talent", "RAN Working Group Youth, Families and Communities"; English heads: group, committee, board, panel); an
articleless "van X en Y" of two sectors says whom a body joins ("werkgroep politie en onderwijs"); a plural
back-reference takes the body introduced in the singular ("de stuurgroepen" -> "lokale stuurgroep"). A place the
statement opens with ("In stad Kortrijk vergaderde de casustafel van de LIVC-R") or right after a host ("op de LTF in
Gent") names a body without a name of its own when that kind exists per place (local, provincial, municipal;
LIVC, LTF) or it is one of a plural set ("lotgenotengroepen ...; in Brussel kwam de groep samen" -> "lotgenotengroep
Brussel"); a set introduced in the plural gives its place member to a statement that names no body ("provinciale
overlegplatformen ...: In Oost-Vlaanderen waren er drie vergadermomenten"). An intervision for generic participants
that met is its organiser's ("begeleid door X", else the organisation the text names most); a demonstrative meeting
refers back past a co-host ("samen met het sectoroverleg") to the holder of the meeting just before; a council
deciding on a day met that day; a guest at an organ's meeting or a text discussed at a named body on a day gives that
host's meeting; a meeting only when needed ("ad hoc") is none.
Tuned on the blind SYNTHETIC dev-2020-12 round in the report's register as well: a meeting said not to be held
wherever its verb stands ("ging niet door", "is nog niet doorgegaan"), unless moved and then held; a later
predicate past a negated relative clause; a "waarin" clause closed by its own verb does not hold the main one; days
before and after the report date are two records (held, planned); a function's organisation, the first of two
organisations, the named party of a pair with a collective, an organiser who invites generic participants, a
pronoun subject continuing the body just reported; talks given at a body ("lichtte ... toe", "stelde ... voor op",
"stand van zaken") make it the host; a name runs up to a time or how-often adverbial, over "op", "in" (before a
noun) and "&" between capitalised words, never over a verb particle or a date; an estimate of meetings is no count.

Owns: the meeting rules, and ``models/meeting_bodies.jsonl`` (its format and loading: ``load_meeting_bodies``).
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from pipeline.extract.dates import DateFact, find_dates
from pipeline.extract.municipalities import municipal_body, municipality, province, region
from pipeline.extract.numbers import NUMBER_WORDS
from pipeline.extract.organisations import OrganisationMention, acronym_definitions, find_organisations
from pipeline.gazetteer import load_gazetteer
from pipeline.paths import model_file
from pipeline.vocabulary import MONTH_NAMES

# Bodies whose one name across actions and rounds is not the name printed (a small table, see models/README.md)
MEETING_BODIES = model_file("meeting_bodies.jsonl")


@dataclass(frozen=True)
class MeetingFact:
    body: str  # canonical (see canonical_body)
    count: int | None
    frequency: str | None
    dates: tuple[date, ...]
    planned: bool
    raw: str
    char_start: int
    char_end: int  # text[char_start:char_end] == raw
    body_key: str = ""  # body_key(body): one key per body across spellings, actions and rounds


# ---------------------------------------------------------------- vocabulary

_COUNT_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n <= 20}
_NUM = r"(?:\d{1,2}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")"
_TAL = r"een\s+(?:" + "|".join(w for w in _COUNT_WORDS if w not in ("een", "één")) + r")tal"
# (compounds count too: "4 stuurgroepvergaderingen")
_TIMES = (
    r"(?:maal|keer|[\w-]*(?:vergadermomenten|vergaderingen|bijeenkomsten|meetings|overlegmomenten"
    r"|intervisiemomenten|sessies|overleggen))"
)
_PER = r"(?:per|op|in\s+het)\s+(?:jaar|jaarbasis|maand|week|kwartaal|trimester|semester|schooljaar)"
_BOUND = r"(?:minimaal|minstens|maximaal|ongeveer|gemiddeld|zo'n|ca\.)"
_QUAL = rf"(?:{_BOUND}\s+)?"

# "tweemaal", "driemaal": the count word written together with "maal"
_MAAL = r"(?:" + "|".join(w for w in _COUNT_WORDS if w.isalpha()) + r")maal"  # ("nog eenmaal": one meeting)
_FREQ_RE = re.compile(
    rf"\b{_QUAL}(?:(?:{_TAL}|{_NUM})\s+{_TIMES}|{_MAAL})\s+{_PER}\b"
    r"|\b(?:twee|drie|vier|zes|half)?(?:dagelijks|wekelijks|maandelijks|jaarlijks)e?\b(?!\s+bestuur)"  # (an organ)
    r"|\b(?:elk|elke|ieder|iedere)\s+(?:\w+\s+)?(?:week|weken|maand|maanden|jaar|jaren|kwartaal|trimester|semester)\b"
    r"|\bom\s+de\s+(?:\w+\s+)?(?:dagen|week|weken|maand|maanden|jaar|jaren)\b"
    r"|\bop\s+regelmatige\s+basis\b|\bregelmatige?\b"
    r"|\bper\s+(?:week|maand|kwartaal|trimester|semester)\b",  # "komt voortaan per kwartaal samen"
    re.IGNORECASE,
)
# ("2x samen", "3 x": a digit with the multiplication sign written as x)
_COUNT_RE = re.compile(
    rf"\b(?:(?:(?P<tal>{_TAL})|(?P<num>{_NUM}))\s+{_TIMES}|(?P<maal>{_MAAL})|(?P<times>\d{{1,2}})\s?x)\b", re.IGNORECASE
)

# (the words between a verb and its particle may hold a day written with dots: "kwam op 03.11.2026 samen")
_VERBAL_RE = re.compile(
    r"\bsamen(?:ge)?k(?:o|om|omt|omen|wam|wamen)\b|\bsamenkomst\b"
    # ("Het plan kwam tot stand samen met de partners" is no meeting)
    # (over an abbreviation's dots: "kwam het platform, i.s.m. de provincie Limburg, samen op", dev-2021-12 J22)
    r"|\b(?:kom|komt|komen|kwam|kwamen)\b,?(?:\s+(?!stand\b)(?:[^\s.;]+|(?:[a-z]\.){2,}|\d{1,2}\.\d{1,2}\.\d{2,4})){0,20}?\s+samen\b"
    r"|\b(?:zit|zitten|zat|zaten)\b(?:\s+(?:[^\s.;]+|\d{1,2}\.\d{1,2}\.\d{2,4})){0,24}?\s+samen\b"
    r"|\bvergader(?:t|de|den|d|en)\b"
    # a body resuming its work met again ("De werkgroep ..., die in het voorjaar niet samenkwam, hervatte haar werking
    # op 28 september", dev-2021-12 J03)
    r"|\bhervat(?:te|ten|t)?\s+(?:haar|zijn|hun)\s+(?:werking|werkzaamheden|vergaderingen)\b"
    r"|\bbijeen(?:ge)?(?:kom|komt|komen|kwam|kwamen)\b"
    r"|\b(?:kom|komt|komen|kwam|kwamen)\b(?:\s+(?:[^\s.;]+|\d{1,2}\.\d{1,2}\.\d{2,4})){0,20}?\s+bijeen\b"
    # the same said with "bij elkaar" ("kwam op 3 mei bij elkaar", "is bij elkaar gekomen", "om bij elkaar te komen")
    r"|\b(?:kom|komt|komen|kwam|kwamen)\b(?:\s+(?:[^\s.;]+|\d{1,2}\.\d{1,2}\.\d{2,4})){0,20}?\s+bij\s+elkaar\b"
    r"|\bbij\s+elkaar\s+(?:te\s+)?(?:ge)?(?:komen|kwam|kwamen|komt)\b"
    # an infinitive with "te" ("om halfjaarlijks bijeen te komen") and calling a body together
    # ("werd vijfmaal samengeroepen", "zal worden bijeengeroepen")
    r"|\b(?:samen|bijeen)\s+te\s+(?:komen|zitten)\b|\b(?:samen|bijeen)(?:zit|zitten|gezeten)\b"
    # "zat op 14 oktober bijeen", "ging in conclaaf"
    r"|\b(?:zit|zitten|zat|zaten)\b(?:\s+(?:[^\s.;]+|\d{1,2}\.\d{1,2}\.\d{2,4})){0,12}?\s+bijeen\b"
    r"|\b(?:ga|gaat|gaan|ging|gingen)\b(?:\s+[^\s.;]+){0,8}?\s+in\s+conclaaf\b"
    # "Het AgII bracht de coördinatoren op 19 juni samen": the one who brings people together holds the meeting
    # (into a meeting: "bracht twintig werkgevers samen in Sint-Niklaas" is an event it held, dev-2019-12)
    r"|\b(?:bracht|brachten|brengt|brengen)\b(?:\s+(?:[^\s.;]+|\d{1,2}\.\d{1,2}\.\d{2,4})){0,14}?\s+samen\s+(?:\w+\s+){0,3}?(?:in|op|voor|tijdens)"
    r"\s+(?:(?:een|de|het)\s+|[a-zà-ÿ]+e\s+)?[\w-]*(?:overleg|bijeenkomst|vergadering|meeting|groep|groepen"
    r"|platform|netwerk|team|comité|panel|forum|tafel)\b"
    # "ontmoeten elkaar maandelijks", "elkaar ontmoeten": a group meeting its own members
    r"|\b(?:ontmoet|ontmoeten|ontmoette|ontmoetten)\s+elkaar\b|\belkaar\s+(?:te\s+)?(?:ontmoeten|ontmoet|ontmoette|ontmoetten)\b"
    # "De leden troffen elkaar op 3 mei", "zit maandelijks rond de tafel", "hield op 3 mei zitting": the same
    r"|\b(?:tref|treft|treffen|trof|troffen)\b(?:\s+(?:[^\s.;]+|\d{1,2}\.\d{1,2}\.\d{2,4})){0,8}?\s+elkaar\b|\belkaar\s+(?:te\s+)?(?:treffen|getroffen)\b"
    r"|\b(?:zit|zitten|zat|zaten)\b(?:\s+(?:[^\s.;]+|\d{1,2}\.\d{1,2}\.\d{2,4})){0,8}?\s+rond\s+de\s+tafel\b|\brond\s+de\s+tafel\s+(?:te\s+)?(?:zitten|gezeten)\b"
    r"|\b(?:houdt|houden|hield|hielden)\b(?:\s+(?:[^\s.;]+|\d{1,2}\.\d{1,2}\.\d{2,4})){0,6}?\s+zitting\b"
    r"|\b(?:riep|riepen|roept|roepen)\b(?:\s+(?:[^\s.;]+|\d{1,2}\.\d{1,2}\.\d{2,4})){0,8}?\s+(?:bijeen|samen)\b|\b(?:samen|bijeen)(?:ge)?roep(?:t|en)?\b|\b(?:samen|bijeen)riep(?:en)?\b",
    re.IGNORECASE,
)
_TALKS_RE = re.compile(r"\bgesprekken\b", re.IGNORECASE)  # (plural: one talk is no consultation, G8-4)
# "ging ... in overleg met", "had overleg met", "wordt ... overlegd" (not "In overleg met X werd
# beslist"). A meeting only with a when or how often, or a named body: "er werd overlegd met X"
# alone is a consultation, like "er is overleg met X" (test NOTES, part A).
_OVERLEG_VERB_RE = re.compile(
    r"\b(?:ga|gaat|gaan|ging|gingen)\b(?:\s+(?:[^\s.;]+|\d{1,2}\.\d{1,2}\.\d{2,4})){0,12}?\s+in\s+overleg\b"
    # ("had op 9 februari 2021 een overleg met", "heeft maandelijks overleg met": a day may stand before the noun)
    r"|\b(?:had|hadden|heeft|hebben)\b(?:\s+[^\s.;,]+){0,8}?\s+overleg\b|\boverleg(?:d|de|den|t|gen)\b"
    # "pleegt regelmatig overleg met", "er werd overleg gepleegd"
    r"|\b(?:pleeg|pleegt|plegen|pleegde|pleegden)\b(?:\s+(?:[^\s.;]+|\d{1,2}\.\d{1,2}\.\d{2,4})){0,8}?\s+overleg\b|\boverleg\s+(?:\w+\s+)?gepleegd\b",
    re.IGNORECASE,
)
_MEETING_NOUN_RE = re.compile(
    r"\b[\w-]*(?:bijeenkomst(?:en)?|vergadering(?:en)?|vergadermoment(?:en)?|meetings?"
    # peer supervision of a group is its meeting ("zeven intervisiemomenten gingen door", dev-2019); an
    # "intervisiedag" is an event (_EVENT_RE does not know it: it is no meeting noun)
    r"|overlegmoment(?:en)?|intervisiemoment(?:en)?|sessies?|zitting(?:en)?|overleg(?:gen)?)\b",
    re.IGNORECASE,
)
_PARTICIPATION_RE = re.compile(
    r"\b(?:neemt|nemen|nam|namen)\b[^.;]*?\bdeel\b|\bdeel\s+te\s+nemen\b|\bdeelgenomen\b"
    # (invited to, present at, a guest at: "werd op 4 mei uitgenodigd op de werkgroep Preventie van de NTF")
    r"|\bdeelname\b|\bgeparticipeerd\b|\buitgenodigd\s+(?:voor|op|bij)\b|\baanwezig\s+(?:op|bij)\b"
    r"|\bte\s+gast\s+(?:op|bij)\b",
    re.IGNORECASE,
)
_STEM = r"\b(?:stem|stemt|stemmen|stemde|stemden)\b"  # the finite forms of the split verb "afstemmen"
_COORDINATION_RE = re.compile(rf"{_STEM}[^.;]*?\baf\b|\bafgestemd\b|\bafstem\w*", re.IGNORECASE)
# a meeting announced for a time lies ahead ("Een eerste vergadering is nu aangekondigd voor januari 2023"; not "werd
# een platform aangekondigd", the body announced)
_ANNOUNCED = r"\baangekondigd\s+(?:voor|in|op|tegen)\b"
_HAPPENING_RE = re.compile(
    # (in the present too: "De volgende vergadering vindt plaats op 14 januari 2022")
    r"\b(?:vond|vonden|vindt|vinden)\b(?![^.;]*?\b(?:een|geen|de|het)\s+(?:[a-zà-ÿ]+e\s+)?plaats\b)[^.;]*?\bplaats\b|\bplaatsv\w+|\bging\w*\b[^.;]*?\bdoor\b|\bdoorg\w+"
    rf"|\b(?:gaat|gaan)\b[^.;]*?\bdoor\b|\bgepland\b|\bingepland\b|\bvooropgesteld\b|\bvastgelegd\b|\bvoorzien\b|{_ANNOUNCED}|\bhield(?:en)?\b|\bhoudt\b|\bherhaald\b|\bgeorganiseerd\b|\borganiseer\w*|\bgehouden\b"
    # ("hun plannen", "de plannen": the noun, no planning)
    r"|\b(?:volgde|volgden|volgt)\b|\b(?:plant|plande|voorziet)\b|\bbeleg(?:d|de|den|t)\b"
    r"|(?<!\bhun\s)(?<!\bde\s)(?<!\bzijn\s)(?<!\bhaar\s)(?<!\bdie\s)(?<!\bdeze\s)\bplannen\b"
    # (a meeting expected happens as one planned: "de eerste bijeenkomst wordt verwacht in februari")
    r"|\bverwacht\b",
    re.IGNORECASE,
)
# A meeting continued: it happens when the statement says when or how often ("Het overleg met de VVSG werd voortgezet
# op 6 juli"); without that it tells of a practice, not of meetings ("zette het overleg met de politiezones verder")
_CONTINUED_RE = re.compile(
    r"\b(?:voortgezet|verdergezet|hernomen)\b|\b(?:zet|zette|zetten)\b[^.;]*?\b(?:voort|verder)\b", re.IGNORECASE
)
# "In september vond de eerste klankbordgroep plaats": a body's name standing for its meeting
_TOOK_PLACE_RE = re.compile(
    r"\b(?:vond|vonden|vindt|vinden)\b(?![^.;]*?\b(?:een|geen|de|het)\s+(?:[a-zà-ÿ]+e\s+)?plaats\b)[^.;]*?\bplaats\b|\bplaatsv(?:ond|ind)\w*|\b(?:ging|gingen|gaat|gaan)\b[^.;]*?\bdoor\b"
    r"|\bdoorg(?:ing|aan)\w*"
    # "Een volgende stuurgroep is vastgelegd op"
    r"|\b(?:is|werd|wordt|staat|stond)\s+(?:\w+\s+)?(?:vastgelegd|gepland|ingepland|vooropgesteld)\b",
    re.IGNORECASE,
)
# "Het kwam in april al samen en zal nog één keer samenkomen in het najaar": a past and a
# future clause are two records (test NOTES, part A).
_FUTURE_CLAUSE_RE = re.compile(
    r"[\s,]+(?:en|maar)\s+(?=(?:[^\s.;]+\s+){0,8}?(?:zal|zullen)\b)"
    # "De werkgroep X, die vorig jaar tweemaal samenkwam, zal in 2020 opnieuw worden samengeroepen" (dev-2019-12)
    r"|,\s+(?=(?:zal|zullen)\b)",
    re.IGNORECASE,
)
_FUTURE_RE = re.compile(
    r"\b(?:zal|zullen)\b|\bgepland\b|\bvoorzien\b|\b(?:volgende|komende)\s+(?:bijeenkomst|vergadering|sessie|meeting)"
    # from now on, an aim or a date fixed ahead: "komt voortaan per kwartaal samen", "streeft ernaar om ... bijeen
    # te komen", "is vastgelegd op"
    # (a day fixed for it, not something else fixed: "werd de timing vastgelegd")
    rf"|\bvoortaan\b|\bstreef\w*\s+ernaar\b|\b(?:vastgelegd|vooropgesteld)\s+(?:op|voor|in|tegen)\b|{_ANNOUNCED}"
    # (the future with "gaan": "De stuurgroep gaat maandelijks vergaderen")
    r"|\b(?:gaat|gaan)\s+(?:[^\s.;,]+\s+){0,4}?(?:vergaderen|samenkomen|bijeenkomen|samenzitten|overleggen)\b",
    re.IGNORECASE,
)
# Events are not meetings (GUIDELINES; the test NOTES add rondetafels, netwerkdagen,
# uitwisselings- and evaluatiemomenten, webinars, ...; "gesprekken" are not meeting nouns); "toelichting"/"presentatie"
# at a body's meeting is a talk given there, reported for the talk, not for the meeting.
_EVENT_RE = re.compile(
    r"\b[\w-]*(?:studie(?:dag|moment|voormiddag|namiddag|avond|reis)|vorming|vormingen|vormings(?:sessie|dag|reeks|traject|avond|namiddag|voormiddag|aanbod)\w*|train-de-trainer\w*|congres|conferenti?e|seminarie"
    r"|(?:info|inspiratie|werk|opleidings)sessie\w*"
    r"|opleiding|infomoment|werkbezoek\w*|toonmoment|workshop|training|lezing|toelichting|presentatie"
    r"|rondetafel|ronde\s+tafel|netwerkdag|uitwisseling\w*|evaluatiemoment\w*|delegatie|ministertop"
    r"|dialoogdag|inspiratiedag|webinar|focusgroep|klankbordmoment\w*|brainstorm"
    # (more events: "een colloquium over ...", "hun jaarlijkse terugkomdag", "een symposium")
    r"|colloqui(?:um|a)|symposi(?:um|a)|terugkomdag|themadag|kennisdag|ontmoetingsdag|slotevent|lancering"
    # (an intervision day is an activity like a training: GUIDELINES gold5)
    r"|intervisiedag)(?:en|s)?\b",
    re.IGNORECASE,
)
# A meeting noun governed by a preposition refers to a meeting, it does not report one:
# "Tijdens de vergadering van ...", "Gedurende het eerste overleg (...) werd ...".
_GOVERNED_RE = re.compile(
    r"\b(?:tijdens|gedurende|op|in|na|bij|aan|voor|sinds|via|over)\s+(?:(?:de|het|een|deze|dit|die|elke|iedere|haar|zijn|hun"
    r"|alle|volgende|vorige|laatste|komende|voorbije|eerste|tweede|derde|(?!(?:twee|drie)\s)\w+e)\s+){0,3}$",
    re.IGNORECASE,
)
# A bare (not compound) meeting noun with "met X": X is what the test annotators name as the body
# ("een eerste overleg met het College" -> "College"); a compound names itself ("opstartoverleg").
# "voor" ends a party's name unless a capitalised word follows it ("overleg met Ouders voor Inclusie", "de Liga voor
# Mensenrechten": one organisation; "overleg met de VVSG voor de gemeenten" ends at "voor")
_NAME_VOOR = r"voor(?!\s+(?-i:[A-Z]))"
# a participle closing the statement is its verb, not part of the party's name ("een overleg met Unia georganiseerd")
_CLOSING_PARTICIPLE = r"(?-i:[a-zà-ÿ]*ge[a-zà-ÿ]{2,}(?<!hei)[dt])(?=\s*(?:[.;,]|$))"
_PARTNER_RE = re.compile(
    r"\b(?:overleg|(?:overleg|afstemmings)moment(?:en)?|vergadering|bijeenkomst)\s+met\s+(?:de\s+|het\s+)?(?P<who>[^,;:()]+?)"
    rf"(?=\s+(?:op|in|over|om|rond|{_NAME_VOOR}|waarbij|werd|is|was|vond|vonden|ging|gingen|kwam|zal|wordt|en\s+met"
    rf"|{_CLOSING_PARTICIPLE})\b"
    r"|[,;:()]|$)",
    re.IGNORECASE,
)
_EXISTENTIAL_RE = re.compile(
    r"\ber\b(?:\s+\w+){0,3}?\s+(?:is|zijn|was|waren|wordt|worden|werd|werden)\b"
    r"|\b(?:is|zijn|was|waren|wordt|worden|werd|werden)\s+er\b",
    re.IGNORECASE,
)
_DEFINITE = {"de", "het", "dit", "deze", "die", "dat", "diezelfde", "datzelfde", "hetzelfde", "dezelfde"}

# Heads of body names. Compounds end in them ("expertencel", "overlegplatform",
# "sectoroverleg"), so they are matched as word endings, plural allowed.
_BODY_SUFFIXES = (
    "werkgroep",
    "stuurgroep",
    "klankbordgroep",
    "expertengroep",
    "kerngroep",
    "projectgroep",
    "consortium",
    "begeleidingsgroep",
    "platform",
    "netwerk",
    "network",
    "cel",
    "commissie",
    "comité",
    "forum",
    "denktank",
    "overleg",  # compounds only ("sectoroverleg"): bare "overleg" is a meeting noun, see _BODY_RE
    "taskforce",
    # any "-groep", "-raad", "-team" that meets ("regiegroep", "adviesraad", "projectteam"), and colleges
    "groep",
    "raad",
    "team",
    "college",
    "jury",
    # a standing consultation table ("overlegtafels", "casustafel"; a "rondetafel" is an event, _EVENT_RE)
    "tafel",
    # the English names of European and international bodies ("RAN Working Group ...", "Steering Committee", "High
    # Level Expert Group on ...", "Advisory Board"); "network" is above
    "group",
    "committee",
    "board",
    "panel",
    # an organisation's executive ("het bureau van de VLOR vergaderde")
    "bureau",
)
# (the report's acronyms of a kind of body that meets: the national and local task forces, the local integral security
# cells, "LIVC-R" for radicalisation; a bare one is a body type, and a place names one: "LTF Gent", "LIVC Vilvoorde")
_BODY_EXACT = ("ntf", "task force", "ltf", "livc", "livc-r")
# Parties: not standing bodies, but the body of a meeting when they are its subject
# ("Het Departement OV zit ... samen met", "Met hen" -> "referentiepersonen"). Never used
# to resolve a statement without a body from its context.
_PARTY_HEADS = (
    "departement",
    "administratie",
    "afdeling",
    "casemanagers",
    "referentiepersonen",
    "referentieconsulenten",
    "inspecteurs",
)
_BODY_NOT = ("europese commissie",)  # an institution, not a committee that meets
# "-groep" compounds that name people, not a body: "doelgroep", "risicogroep", "leeftijdsgroep".
_NOT_BODY_WORD = re.compile(
    r"(?:doel|risico|leeftijds|kansen|bevolkings|beroeps|probleem|jongeren|inkomens|school|klas)groep\w*|raadpleg\w*"
    r"|\w*graad"  # (a grade or degree: "de derde graad", "academische graad")
    r"|\w*raadsel\w*|\w*(?:schaats|voetbal|zwem)team\w*|groep|groepen|team|teams|ronde?tafel\w*|tafels?|groups?|panels?"
    r"|\w*(?:reis|advies|studie|onderzoeks|architecten|ontwerp|advocaten|vertaal)bureau\w*|\w*(?:skate|snow|key)board\w*",
    re.IGNORECASE,
)
_BODY_RE = re.compile(
    # (a compound of "overleg" has its plural in "-gen": "De lokale trajectoverleggen vonden maandelijks plaats")
    # (and "-cel" in "-len": "de lokale cellen")
    r"\b(?!overleg(?:gen)?\b)(?:task\s+force|[\w-]*(?:"
    + "|".join(_BODY_SUFFIXES)
    + r")(?:en|s|(?<=overleg)gen|(?<=cel)len)?"
    r"|(?:" + "|".join(b for b in _BODY_EXACT if " " not in b) + r")(?:['’]?s)?(?![\w-]))\b",
    re.IGNORECASE,
)
_NAMED_OVERLEG_RE = re.compile(
    # "het Overleg Jeugdhulp"; "het stedelijk overleg radicalisering", "het provinciaal overleg" (an adjective
    # of place or scope makes "overleg" a standing body; one of frequency or manner does not)
    r"\bOverleg\b|\b(?!(?:\w*dagelijks|\w*wekelijks|\w*maandelijks|\w*jaarlijks|regelmatig|structureel|informeel"
    r"|formeel|intensief|eerste|volgend|nieuw|apart|bilateraal|multidisciplinair|\w+maal)\b)[a-z]+(?:aal|eel|lijk|isch|end)"
    r"\s+overleg\b"
    # "het overleg mediawijsheid, met vertegenwoordigers van ...": a definite overleg named by its topic noun
    r"|(?<=[Hh]et\s)overleg(?=\s+[a-z]{3,}(?:ing|ie|isme|heid|schap|beleid|zorg)\s*[,(])"
)
_PARTY_RE = re.compile(r"\b(?:" + "|".join(_PARTY_HEADS) + r")(?:en|s)?\b", re.IGNORECASE)
_BETWEEN_RE = re.compile(
    r"\btussen\s+(?:de|het|een)?\s*(?P<parties>[^,;:()]+?\s+en\s+[^,;:()]+?)"
    r"(?=\s+(?:binnen|over|om|met|voor|rond|zodat|waarbij|in|op|via|wordt|werd|is|zijn)\b|[,;:()]|$)",
    re.IGNORECASE,
)
_QUOTED_RE = re.compile(r"['‘\"“]([^'’\"”]{3,80})['’\"”]")

_ARTICLES = {"de", "het", "een", "'t", "deze", "dit", "die", "dat"}
# Adjectives that place a meeting or body in a sequence or a text, not part of its name.
_NOT_NAMING = {
    "volgende",
    "vorige",
    "eerste",
    "tweede",
    "derde",
    "vierde",
    "laatste",
    "nieuwe",
    "andere",
    "zelfde",
    "huidige",
    "komende",
    "verschillende",
    "diverse",
    "betrokken",
    "genoemde",
    "bovenvermelde",
    "voornoemde",
    "hele",
    "gehele",
    "maandelijkse",
    "jaarlijkse",
    "driemaandelijkse",
    "tweejaarlijkse",
    "zesmaandelijkse",
    "wekelijkse",
    "plenaire",
    "volledige",
    # (how often, not which body: "het regelmatig overleg"; "interne", "structureel", "gezamenlijke" and the like
    # are printed adjectives of the name, GUIDELINES gold7)
    "regelmatig",
    "regelmatige",
    # (a count is no adjective: "Er vond driemaal overleg plaats tussen ...")
    "eenmaal",
    "tweemaal",
    "driemaal",
    "viermaal",
    "vijfmaal",
    "zesmaal",
    "meermaals",
    "herhaaldelijk",
    # (adjectives that only place a body in the story: "een nieuwe werkgroep Lokale Aanpak" -> "werkgroep Lokale
    # Aanpak", GUIDELINES G9-1)
    "nieuw",
    "voormalig",
    "voormalige",
    "opvolgend",
    "opvolgende",
    "volgend",
    "toekomstig",
    "toekomstige",
    "huidig",
    # (so do ones that say it still runs: "vier actieve lotgenotengroepen" -> "lotgenotengroepen", dev-2024-12 R23)
    "actief",
    "actieve",
    "bestaande",
    "lopende",
}
_POSSESSIVES = {"zijn", "haar", "hun", "ons", "onze"}
_QUANTIFIERS = {"verschillende", "diverse", "alle", "beide", "betrokken", "aantal", "elke", "iedere"}
_RIGHT_PREPS = {"over", "rond", "van", "of", "voor"}
_STOP_WORDS = {
    "dat",
    "die",
    "waar",
    "waarbij",
    "waarin",
    "om",
    "en",
    "op",
    "in",
    "met",
    "tussen",
    "te",
    "werd",
    "wordt",
    "werden",
    "worden",
    "is",
    "zijn",
    "was",
    "waren",
    "kwam",
    "komt",
    "komen",
    "kwamen",
    "zal",
    "zullen",
    "heeft",
    "hebben",
    "had",
    "vergaderde",
    "vergadert",
    "neemt",
    "nemen",
    "nam",
    "staat",
    "stemmen",
    "zit",
    "zat",
    "sinds",
    "vanaf",
    "tijdens",
    # (prepositions that start an adverbial, never a topic: "De stuurgroep onder voorzitterschap van ABB")
    "onder",
    "bij",
    "door",
    "via",
    "namens",
    "het",
    "de",
    "een",
    "nl",
    "bv",
    "er",
    "ook",
    "reeds",
    "inmiddels",
    "ondertussen",
}
# A lowercase word right after a head is part of the name only when it looks like a
# topic noun ("werkgroep radicalisering"), never a verb ("overleg vond plaats").
_TOPIC_ENDINGS = ("ing", "ie", "isme", "heid", "schap", "wijs", "beleid", "zorg", "werk", "iteit")
_WORD_RE = re.compile(r"[\w'’&!–-]+|[^\w\s]")  # (an en dash joins a name: "Brussel–Onderwijs")


# ---------------------------------------------------------------- statements

# "o.a.", "i.k.v.", "nl." etc. end with a period without ending the sentence.
_ABBREVIATIONS = {
    "nl",
    "bv",
    "bijv",
    "vb",
    "ca",
    "resp",
    "dhr",
    "mevr",
    "nr",
    "cf",
    "zgn",
    "incl",
    "excl",
    "max",
    "min",
    "art",
    "blz",
    "p",
    "pp",
    "o.a",
    "i.k.v",
    "m.b.t",
    "i.v.m",
    "i.f.v",
    "i.s.m",
    "o.b.v",
    "a.d.h.v",
    "e.a",
    "t.e.m",
    "t.a.v",
    "m.a.w",
    "d.w.z",
    "o.l.v",
    "i.p.v",
    "v.z.w",
}
# (a list item glued to the sentence before it, "... voor.- In Limburg werd", ends that sentence too)
# (a sentence may open on a name's lower-case legal form: ". vzw Ankerpunt en de Opvoedingslijn plegen ... overleg")
_SENT_END_RE = re.compile(
    r"[.!?][\"'’”)\]]*\s+(?=[A-Z0-9ÀÉÈ\"'‘“(•–-]|(?:vzw|asbl|cvba|vzw’s)\s+[A-Z])|[.!?](?=[-–•]\s+[A-Z])|;\s*|•\s*"
)


_BLOCK_TAG_RE = re.compile(r"(?:\s*</?(?:p|ul|ol|li|div|br|h\d|table|tr|td)\b[^>]*>)+\s*", re.IGNORECASE)


# A capitals' initialism ending a sentence before a word that opens one: "de Strategie T.E.R. Op 19 november nam"
_OPENER_AFTER_INITIALISM_RE = re.compile(
    r"[A-Z]\.[A-Z]\.\s+(?:Op|In|De|Het|Er|Daarnaast|Ook|Dit|Deze|Zo|Tijdens|Bovendien|Verder|Sinds|Vanaf|Na|Een)\b"
)


def _is_abbreviation(text: str, dot: int) -> bool:
    m = re.search(r"(?:^|(?<=[\s(]))([\w.'’-]+)$", text[:dot])
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    return word in _ABBREVIATIONS or len(word) == 1 or bool(re.fullmatch(r"(?:\w\.)+\w", word))


def split_statements(text: str) -> list[tuple[int, int]]:
    """Spans of statements: sentences, list items and ';'-clauses, without list markers."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        start = pos
        cuts = [0]
        for m in _SENT_END_RE.finditer(para):
            if (
                para[m.start()] == "."
                and _is_abbreviation(para, m.start())
                and not _OPENER_AFTER_INITIALISM_RE.match(para, m.start() - 3, m.end() + 12)
            ):
                continue
            cuts.append(m.end() if para[m.start()] in ";•" else m.start() + 1)
        # an HTML block tag of a text cell ("...in Brussel.</p> <p>Het KSD ...") ends a statement as a line does
        cuts += [c for m in _BLOCK_TAG_RE.finditer(para) for c in m.span()]
        cuts = sorted(set(cuts)) + [len(para)]
        for a, b in pairwise(cuts):
            seg = para[a:b]
            if _BLOCK_TAG_RE.fullmatch(seg) or not seg.strip():
                continue
            lead = len(seg) - len(re.sub(r"^[\s•\-–;]+", "", seg))
            trail = len(seg.rstrip(" \t;•"))
            if trail > lead:
                spans.append((start + a + lead, start + a + trail))
        pos += len(para) + 1
    return spans


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of text, a line cut at its HTML block tags ("</p> <p>") as well."""
    spans, pos = [], 0
    for para in text.split("\n"):
        at = 0
        for m in _BLOCK_TAG_RE.finditer(para):
            spans.append((pos + at, pos + m.start()))
            at = m.end()
        spans.append((pos + at, pos + len(para)))
        pos += len(para) + 1
    return spans


# ---------------------------------------------------------------- bodies


def _in_parens(text: str, pos: int) -> bool:
    return text[:pos].count("(") > text[:pos].count(")")


def _body_at(stmt: str, m: re.Match[str]) -> str:
    """The body name around head match m: capitalised words to the left, a name or a
    prepositional phrase to the right, stopping at verbs, clauses and punctuation."""
    for q in _QUOTED_RE.finditer(stmt):
        if q.start() <= m.start() and m.end() <= q.end():
            return q.group(1).strip()
    left = stmt[: m.start()]
    words_left = re.findall(r"[\w'’-]+", left)
    prefix: list[str] = []
    # (an "&" joins a capitalised name's words and does not count: "De RAN Youth & Education Working Group")
    for w in reversed(re.findall(r"[\w'’-]+|&", left)[-6:]):
        if w == "&" and prefix and prefix[0] != "&":
            prefix.insert(0, w)
            continue
        # (a sentence-opening possessive is no name word: "Zijn kerngroep vergaderde")
        if (
            w.lower() in _ARTICLES | _POSSESSIVES
            or not (w[0].isupper() or w.isupper())
            or left.rstrip().endswith(("(", ","))
        ):
            break
        if len([p for p in prefix if p != "&"]) == 4 or w.lower() in _NOT_SUBJECT:
            break
        prefix.insert(0, w)
    while prefix and prefix[0] == "&":
        prefix.pop(0)
    if prefix and not left.rstrip().endswith(prefix[-1]):
        prefix = []  # something (e.g. "**") stands between the words and the head
    # "De voorbereidende werkgroep", "de lokale integrale veiligheidscel": describing adjectives between
    # the article and the head are part of the name.
    # (also before capitalised words: "De interne Vlaamse stuurgroep Weerbare Samenleving", GUIDELINES gold7: adjectives
    # as printed)
    if left.rstrip().endswith(tuple(words_left[-1:])):
        adjectives: list[str] = []
        before = words_left[: len(words_left) - len(prefix)]
        for k, adj in enumerate(reversed(before[-4:])):
            # ("De vijf provinciale overlegplatformen": a numeral or quantifier ends the adjectives as an article does)
            # (so does a preposition before an articleless noun phrase: "op strategische tafel Lokale politie Gent")
            low = adj.lower()
            # (a possessive ends them too, "eigen" after it tells whose, not which: "haar eigen zonale veiligheidsraad")
            if low == "eigen" and k + 1 < len(before) and before[-k - 2].lower() in _POSSESSIVES:
                continue
            if (
                low in _DEFINITE | {"een"} | _POSSESSIVES | _QUANTIFIERS | _NP_PREPS
                or low in _COUNT_WORDS
                or adj.isdigit()
            ):
                prefix = adjectives + prefix
                break
            if adj in _NOT_NAMING:
                # (one that places the body in a sequence ends them, keeping those after it: "in een eerste lerend
                # netwerk" -> "lerend netwerk", G9-1; dev-2023-12 Q07)
                prefix = adjectives + prefix
                break
            # (a comparative is printed as part of the name too: "een kleinere werkgroep", gold7 adjectives as printed)
            if not (adj.islower() and adj.endswith(_DESCRIBING) and adj not in _NOT_NAMING):
                # (a plural without article keeps its adjectives after an adverb: "werden daarnaast regionale
                # uitwisselingsgroepen gevormd")
                if adj.islower() and _singular_body_head(m.group(0)) and adj not in _COUNT_WORDS:
                    prefix = adjectives + prefix
                break
            if _is_clausal_participle(adj, before[: len(before) - k - 1]):
                prefix = adjectives + prefix
                break
            adjectives.insert(0, adj)
    rest = stmt[m.end() :]
    # (an acronym in parentheses is the same body; a "van" or "in" tail after it is still the name's: "De lokale
    # taskforce (LTF) van Antwerpen vergaderde")
    if acronym := re.match(r"\s*\([A-Z][A-Za-z0-9&-]{1,9}\)(?=\s+(?:van|in)\s)", rest):
        rest = rest[acronym.end() :]
    # "De lotgenotengroep in Vilvoorde komt ... samen": the place of a local group, right before the verb, is
    # kept without the preposition (GUIDELINES precedent "wijkplatform Lommel-Barrier")
    # (so is a site there: "de lokale overlegtafel in de gevangenis van Hasselt komt ... samen" -> "lokale overlegtafel
    # gevangenis Hasselt", as a fronted site, dev-2021-12 J27)
    # (or a region after its article: "het regionaal overleg in de Westhoek")
    place = re.match(
        r"\s+(?:in|te)\s+(?:de\s+(?P<site>gevangenis|regio)\s+(?:van\s+)?|(?:de|het)\s+(?=[A-Z]))?"
        r"(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?P<comma>\s*,)?\s+",
        rest,
    )
    if (
        place
        and not place.group("site")
        and re.match(r"\s*in\s+(?:de|het)\s", place.group(0))
        and not region(place["place"])
    ):
        place = None
    # (a region is a territory, never a venue: it names the body before a comma too, "in de Westhoek, op 21 oktober")
    if place and (
        (not place.group("comma") and _is_finite_verb(rest, place.end()))
        or (place.group("comma") and region(place.group("place")))
    ):
        site = [place.group("site")] if place.group("site") else []
        return " ".join([*prefix, m.group(0), *site, place.group("place")]).strip()
    tokens = [(t.group(0), t.start()) for t in _WORD_RE.finditer(rest)]
    suffix: list[str] = []
    topic: list[str] = []  # lowercase words naming the topic, kept only up to the verb or a comma
    place_end: int | None = None
    in_pp = bool(tokens) and tokens[0][0].lower() in _RIGHT_PREPS
    if in_pp and tokens[0][0].lower() == "voor" and len(tokens) > 1 and tokens[1][0][:1].islower() and prefix:
        in_pp = False
        # "VVSG werkgroep voor ...": a body with a name of its own takes no tail saying what it is for; a bare
        # head does ("Het begeleidingscomité voor het werkmodel lotgenotengroepen", "een intervisiegroep voor
        # lokale aanspreekpunten": GUIDELINES gold7, a bare head's complement is its name)
        tokens = []
    name_tail = 0  # tokens still to take as a name's lower-case tail ("Gezinsondersteuning in diversiteit")
    for i, (tok, at) in enumerate(tokens[:20]):
        low = tok.lower()
        if i < name_tail:
            suffix.append(tok)
            continue
        if low == "in" and not in_pp and not topic and suffix[-1:] and suffix[-1][:1].isupper():
            name_tail = _lower_name_tail(rest, tokens, i)
            if name_tail:
                suffix.append(tok)
                continue
        # "ET2020-werkgroep ‘Promoting ...’", "jury van de projectoproep ‘Tegenstem 2018’", "stuurgroep 'X'"
        if tok in _OPEN_QUOTES or (tok[0] == "'" and _QUOTED_RE.match(rest, at)):
            quoted = _QUOTED_RE.match(rest, at)
            if quoted and (in_pp or i == 0):
                suffix.append(quoted.group(1).strip())
            break
        if tok == "/" and suffix and i + 1 < len(tokens) and tokens[i + 1][0][:1].isupper():
            suffix[-1] += "/"  # "werkgroep Brussel/Vlaamse Rand"
            continue
        if tok == "," and suffix and suffix[-1][:1].isupper() and not topic and _NAME_ENUM_RE.match(rest, at):
            suffix[-1] += ","  # "RAN Working Group Youth, Families and Communities": a name's own enumeration
            continue
        if tok == "," and topic and not suffix and _topic_enumeration(rest, at):
            topic[-1] += ","  # "thematische werkgroep radicalisering, polarisering en gewelddadig extremisme"
            continue
        if not re.match(r"[\w'’&]", tok) or re.fullmatch(r"\d+", tok):
            break
        if _is_finite_verb(rest, at) or (topic and _PARTICLE_RE.match(rest, at)):
            if not _is_finite_verb(rest, at) and any(_ADVERB_RE.fullmatch(w) for w in topic):
                topic = []  # "kwam het overlegforum negen keer samen": no topic, only how often
            break
        if in_pp and tok == "," and suffix and suffix[-1][:1].isupper() and _NAME_ENUM_RE.match(rest, at):
            suffix[-1] += ","  # "Commissie voor Binnenlands Bestuur, Gelijke Kansen en Inburgering"
            continue
        if in_pp:
            if low in {"dat", "dit", "deze", "die"} and i > 0 and tokens[i - 1][0].lower() == "van":
                continue  # "De begeleidingscommissie van dat onderzoek": a demonstrative, no clause
            # a lowercase "op"/"in" between capitalised words is inside a name ("partneroverleg van Focus op
            # Talent"), as in the organisation extractor's names; before anything else it starts a tail
            inner = (
                low in {"op", "in"}
                and suffix[-1:] != []
                and suffix[-1][:1].isupper()
                and i + 1 < len(tokens)
                and tokens[i + 1][0][:1].isupper()
                and not _is_finite_verb(rest, tokens[i + 1][1])
                and not _is_place(tokens[i + 1][0])
            )
            if (
                low == "in"
                and i > 0
                and (placed := _PLACE_BEFORE_VERB_RE.match(rest, at))
                and (_is_place(placed.group("place")) and _is_finite_verb(rest, placed.end()))
            ):
                # the place of a local body after its owner, right before the verb: "Het regionaal overleg van de
                # coördinatoren van de Huizen van het Kind in Oost-Vlaanderen kwam samen" (G9-5)
                suffix.append(placed.group("place"))
                break
            if not inner and (low in _STOP_WORDS - {"het", "de", "en", "in", "op"} or (low in {"op", "in"} and i > 0)):
                break
            # (a date ends it: "het Network of Prevent Policy Makers van 1-2 juli")
            if tok[:1].isdigit() or (low == "van" and i + 1 < len(tokens) and tokens[i + 1][0][:1].isdigit()):
                break
            # (so does a number of members right after "van": "een redactieraad van twaalf jongeren uit Hasselt" says
            # who make it up, not which body it is)
            if i == 1 and tokens[0][0].lower() == "van" and low in _COUNT_WORDS and low not in ("een", "één"):
                break
            # (so does how often or the verb's particle: "kwam een klankbordgroep van leerkrachten vijf keer samen")
            if (
                i > 1
                and tok.islower()
                and (low in _COUNT_WORDS or _ADVERB_RE.fullmatch(low))
                and low not in ("een", "één", "ook")
            ):
                break
            # (so does a participle: "een klankbordgroep van praktijkdeskundigen samengesteld")
            if i > 1 and tok.islower() and _PARTICIPLE_RE.fullmatch(low) and not low.endswith(_TOPIC_ENDINGS):
                break
            suffix.append(tok)
            continue
        if suffix and suffix[-1].endswith("/"):
            suffix[-1] += tok
        elif (tok[0].isupper() or tok.isupper() or low == "and") and not topic:
            suffix.append(tok)
        elif topic and not suffix and (_is_place(tok) or re.fullmatch(r"[A-Z]{2,8}", tok)):
            # the place of a local body after its topic: "overlegplatform radicalisering Oost-Vlaanderen"; or its owner
            # printed without "van" ("overleg referentiepersonen CAW", dev-2021-12 J12)
            topic.append(tok)
            place_end = at + len(tok)
            break
        elif low in ("en", "&") and (suffix or topic) and i + 1 < len(tokens) and tokens[i + 1][0][:1].isupper():
            suffix.append(tok)  # an "en"-joined tail: "departement Onderwijs en Vorming", "Youth & Education"
        elif low == "en" and _second_owner(suffix, tokens, i, rest):
            # "de permanente werkgroep van het College van procureurs-generaal en de justitiehuizen kwam samen": a
            # second owner of the body, in the plural, before the verb (gold7: the owner as printed)
            suffix += [tok, tokens[i + 2][0]]
            break
        elif (
            low in ("op", "in")
            and suffix[-1:] != []
            and suffix[-1][:1].isupper()
            and i + 1 < len(tokens)
            and tokens[i + 1][0][:1].isupper()
            and not _is_place(tokens[i + 1][0])
            and not _is_finite_verb(rest, tokens[i + 1][1])
        ):
            # (after "in" a noun, not a city: "Gezinnen in Diversiteit", "Talent in Beweging"; "Education in Lissabon")
            if low == "in" and not tokens[i + 1][0].lower().endswith((*_TOPIC_ENDINGS, "teit", "en")):
                break
            suffix.append(tok)  # inside a name, as after "van": "stuurgroep Focus op Talent", "Gezinnen in Diversiteit"
        elif low == "van" and suffix and _van_inside_name(suffix[-1], rest[at + 4 :]):
            suffix.append(tok)  # "overlegtafel Huizen van het Kind Waasland": inside the name
        elif low in ("de", "het") and suffix[-1:] == ["van"]:
            suffix.append(tok)
        elif (
            low in ("on", "of", "for")
            and (suffix or m.group(0)[:1].isupper())
            and i + 1 < len(tokens)
            and tokens[i + 1][0][:1].isupper()
        ):
            suffix.append(tok)  # an English name: "High Level Expert Group on Radicalisation"
        elif _PARTICIPLE_RE.fullmatch(low) and not low.endswith(_TOPIC_ENDINGS):
            break  # "een begeleidingscomité samengesteld, dat ...": a participle is no part of the name
        elif not suffix and _ADVERB_RE.fullmatch(tok):
            break  # "vergaderde de beoordelingscommissie nog eenmaal": how often, not a topic
        elif (
            not suffix
            and low not in _STOP_WORDS - {"en"}
            and low not in _RIGHT_PREPS
            and low not in _VERB_PARTICLES
            and tok.islower()
        ):
            topic.append(tok)  # "werkgroep radicalisering", "klankbordgroep welzijn en radicalisering"
            if len(topic) > 5:
                topic = []
                break
        else:
            break
    else:
        i, at = len(tokens), len(rest)
    if topic:
        nxt = tokens[i][1] if i < len(tokens) else len(rest)
        if place_end is not None:
            nxt = place_end + len(rest[place_end:]) - len(rest[place_end:].lstrip())
        # A lowercase tail is the topic of the name when the subject ends there: at the verb or a
        # comma ("Het intersectoraal overleg lokale aanpak zat ... samen"); else only one topic noun.
        # Before a "van" tail the lowercase words are the topic too ("De werkgroep radicalisering en
        # polarisering van het ..."); a tail naming an organisation is kept, without "van" ("werkgroep
        # radicalisering VVSG", GUIDELINES: meetings).
        of = re.match(r"van\s+(?:de\s+|het\s+)?", rest[nxt:]) if nxt < len(rest) else None
        # (the place of a local body after its topic, right before the verb, as after its head: "De provinciale
        # werkgroep radicalisering in Limburg kwam samen" -> "... radicalisering Limburg")
        local = _PLACE_AT_NAME_END_RE.match(rest, nxt) if nxt < len(rest) else None
        # (a region before a comma too: "regionaal overleg jeugdwerk in de Vlaamse Rand, dat ...")
        at_comma = local is not None and local.group(0).endswith(",") and region(local.group("place"))
        if local and not (_is_place(local.group("place")) and (at_comma or _is_finite_verb(rest, local.end()))):
            local = None
        if topic[-1] == "en":
            topic = []
        elif local:
            topic = [*topic, local.group("place")]
        elif of:
            owner = find_organisations(rest[nxt + of.end() :])
            if owner and owner[0].char_start == 0:
                topic = [*topic, owner[0].mention]
            elif named := _proper_owner(rest, nxt + of.end()):
                topic = [*topic, named]  # "werkgroep radicalisering en polarisering van het Globaal ... Gewest"
        # (or at the particle of a split verb: "kwam voor het eerst de klankbordgroep jongeren samen")
        # (or at a time or manner adverbial: "kwam de werkgroep radicalisering en polarisering op 13/10/2020 samen",
        # "in een werkgroep diversiteit maandelijks samen")
        elif not (
            nxt >= len(rest)
            or rest[nxt] in ",(;."
            # (or at a relative clause: "De klankbordgroep leerkrachten die het kenniscentrum samenstelde, kwam")
            or _RELATIVE_RE.match(rest, nxt)
            or _is_finite_verb(rest, nxt)
            or _PARTICLE_RE.match(rest, nxt)
            or _TOPIC_END_RE.match(rest, nxt)
            # (or at a participle: "werd een stuurgroep vorming bedienaars erediensten opgericht", dev-2021-12 J29)
            or (i < len(tokens) and _PARTICIPLE_RE.fullmatch(tokens[i][0].lower()) is not None)
            # (or at where it met: "de vergadering van het Benelux-overleg preventie radicalisering in Den Haag")
            or _PLACE_TAIL_RE.match(rest, nxt)
        ):
            topic = topic[:1] if topic[0].endswith(_TOPIC_ENDINGS) else []
        suffix = topic
    # (an ordinal before how often is no part of it either: "vergaderde de begeleidingscommissie voor de tweede keer")
    while suffix and suffix[-1].lower() in _STOP_WORDS | _RIGHT_PREPS | _ORDINALS | {"and"}:
        suffix.pop()
    if prefix and (genitive := _GENITIVE_RE.fullmatch(prefix[-1])):
        # "Mediawijs' klankbordgroep onderwijs", "Unia's werkgroep": the owner in the genitive stands after the name,
        # as the organisation gold names it (gold7: "werkgroep radicalisering VVSG")
        owner = " ".join([*prefix[:-1], genitive.group("owner")])
        return " ".join([m.group(0), *suffix, _organisation_named(owner) or owner]).strip()
    return " ".join(prefix + [m.group(0)] + suffix).strip()


# The policy domain a body lies within: "binnen het beleidsdomein WVG", "... Welzijn, Volksgezondheid en Gezin"
_WITHIN_DOMAIN_RE = re.compile(
    r"\s+binnen\s+het\s+(?P<owner>beleidsdomein\s+(?:[A-Z]{2,}|[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)*\s+en\s+[A-Z][\w-]*"
    r"|[A-Z][\w-]*))$"
)
# An owner in the genitive before a body: "Unia's", "Mediawijs'" (an apostrophe alone after a final s, x or z)
_GENITIVE_RE = re.compile(r"(?P<owner>[\w-]+?)(?:['’]s|(?<=[sxz])['’])")


_ORDINALS = {"eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "laatste", "volgende"}


# A place after "in", with the article of a region: "in Limburg", "in de Westhoek", "in het Waasland"
_PLACE_IN = r"in\s+(?:de\s+|het\s+)?(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
_PLACE_BEFORE_VERB_RE = re.compile(_PLACE_IN + r"\s+")
_PLACE_AT_NAME_END_RE = re.compile(_PLACE_IN + r"[\s,]")
_PLACE_TAIL_RE = re.compile(r"(?:in|te)\s+(?:Den\s+)?[A-Z][\w-]+(?:\s*[,.;)]|\s*$)")


# An owner named by capitalised words that no organisation list knows, the subject ending there: "van het Globaal
# Veiligheids- en Preventieplan van het Brussels Hoofdstedelijk Gewest" (its own "van"-tail is part of it)
_PROPER_OWNER_RE = re.compile(
    r"[A-Z][\w'’&-]*(?:\s+(?:(?:en|&)\s+)?[A-Z][\w'’&-]*)*(?:\s+van\s+(?:de\s+|het\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)?"
)


def _proper_owner(rest: str, at: int) -> str | None:
    """The owner's proper name at ``at`` (without its inner "van" and article) when the subject ends right after it:
    at a finite verb, a comma or the end; None otherwise (a capitalised adjective before a noun: "de Vlaamse
    overheid")."""
    m = _PROPER_OWNER_RE.match(rest, at)
    if m is None:
        return None
    end = m.end()
    nxt = end + len(rest[end:]) - len(rest[end:].lstrip())
    # (or, the subject inverted after the verb, at the verb's particle or a time adverbial: "In Brussel kwam de
    # werkgroep radicalisering van het Globaal Veiligheids- en Preventieplan samen op ...")
    if not (
        end >= len(rest)
        or rest[end] in ",(;."
        or _is_finite_verb(rest, nxt)
        or _PARTICLE_RE.match(rest, nxt)
        or _TOPIC_END_RE.match(rest, nxt)
    ):
        return None
    return _INNER_OF_SUB_RE.sub(" ", m.group(0))


# A proper name's inner "van" and article, left out where it names an owner ("Preventieplan van het Brussels ...")
_INNER_OF_SUB_RE = re.compile(r"\s+van\s+(?:de\s+|het\s+)?")
_INNER_OF_RE = re.compile(r"(?:de|het)\s+(?=(?P<word>[A-Z][\w'’-]*))")


def _van_inside_name(word_before: str, after: str) -> bool:
    """Is a "van" between word_before and the text after it inside a capitalised name ("Huizen van het Kind Waasland",
    "Huis van de Vrede"), not the start of an owner tail? After a concrete name word, before an article plus a
    capitalised word that is no acronym, no place and no organisation's name. A topic named ("werkgroep Preventie van
    het Plan R", "lerend netwerk Polarisering van de VVSG") is followed by its owner."""
    m = _INNER_OF_RE.match(after)
    if not (word_before[:1].isupper() and m) or word_before.lower().endswith(_TOPIC_ENDINGS):
        return False
    if m.group("word").isupper() or _is_place(m.group("word")):
        return False
    owner = find_organisations(after[m.end() :])
    return not (owner and owner[0].char_start == 0)


_LOWER_ENUM_RE = re.compile(
    r",((?:\s+[a-zà-ÿ][\w-]*){1,2}(?:,(?:\s+[a-zà-ÿ][\w-]*){1,2})*\s+en(?:\s+[a-zà-ÿ][\w-]*){1,2})"
)


def _second_owner(suffix: list[str], tokens: list[tuple[str, int]], i: int, rest: str) -> bool:
    """Does "en de <plural>" at tokens[i] close an owner's "van"-tail as a second owner ("van het College van
    procureurs-generaal en de justitiehuizen samen"): after a capitalised owner, a lower-case plural noun, then the
    statement's end, a comma, the verb or its particle?"""
    if "van" not in (t.lower() for t in suffix) or not any(t[:1].isupper() for t in suffix) or i + 2 >= len(tokens):
        return False
    article, noun = tokens[i + 1][0].lower(), tokens[i + 2][0]
    if article not in ("de", "het") or not (noun.islower() and noun.isalpha() and noun.endswith(("en", "s"))):
        return False
    if i + 3 >= len(tokens):
        return True
    after = tokens[i + 3][0]
    return after in {",", ".", ";"} or after.lower() in ("samen", "bijeen") or _is_finite_verb(rest, tokens[i + 3][1])


def _lower_name_tail(rest: str, tokens: list[tuple[str, int]], i: int) -> int:
    """The end (token index) of a capitalised name's lower-case "in"-tail at tokens[i] ("werkgroep
    Gezinsondersteuning in diversiteit van Opgroeien kwam"), or 0: one or two lower-case words, the last a noun,
    ending where the name ends (an owner's "van" + a capitalised name, the finite verb, a comma); a place or a clause
    ("in Gent", "in samenwerking met") is no tail."""
    for n in (1, 2):
        words = tokens[i + 1 : i + 1 + n]
        if len(words) < n or not all(w.isalpha() and w.islower() for w, _ in words):
            return 0
        last = words[-1][0]
        if last in _STOP_WORDS or not last.endswith((*_TOPIC_ENDINGS, "teit")):
            continue
        nxt = i + 1 + n
        if nxt >= len(tokens) or tokens[nxt][0] in {",", ".", ";"}:
            return nxt
        if _is_finite_verb(rest, tokens[nxt][1]):
            return nxt
        if re.match(r"van\s+(?:de\s+|het\s+)?[A-Z]", rest[tokens[nxt][1] :]):
            return nxt
    return 0


def _is_clausal_participle(adj: str, before: list[str]) -> bool:
    """Is adj an attributive participle with complements of its own before it ("Het in het voorjaar van 2022
    aangekondigde netoverschrijdend overleg")? Such a phrase is a clause about the body, no part of its name."""
    return bool(
        adj.endswith("e")
        and _PARTICIPLE_RE.fullmatch(adj[:-1].lower())
        and before
        and before[-1].lower() not in _DEFINITE | {"een"} | _QUANTIFIERS
    )


def _topic_enumeration(rest: str, at: int) -> bool:
    """Does a lower-case enumeration of topics ending in "en" follow the comma at ``at`` ("werkgroep radicalisering,
    polarisering en gewelddadig extremisme", dev-2020-12 H02)? Not a clause, an apposition or a list of other things:
    no article, stop word, verb or particle among its words (the last one's end stands at a verb, adverbial or the
    end of the subject, which ``_body_at`` checks as for any topic)."""
    enum = _LOWER_ENUM_RE.match(rest, at)
    if enum is None:
        return False
    words = re.finditer(r"[a-zà-ÿ][\w-]*", enum.group(1))
    return all(
        w.group(0) == "en"
        or not (
            w.group(0) in _STOP_WORDS
            or w.group(0) in _ARTICLES
            or w.group(0) in _VERB_PARTICLES
            or _ADVERB_RE.fullmatch(w.group(0))
            or _is_finite_verb(rest, enum.start(1) + w.start())
            or _PARTICIPLE_RE.fullmatch(w.group(0))
        )
        for w in words
    )


_NP_PREPS = {"op", "aan", "voor", "in", "met", "bij", "tijdens", "naar"}
# Separable verb particles: "woont de vergaderingen van de NTF bij" (no topic of a name)
_VERB_PARTICLES = {"bij", "toe", "mee", "af", "aan", "uit", "door", "terug", "na", "voor", "op", "in", "plaats", "vast"}
# Where a name's lowercase topic ends: a time adverbial or a how-often or manner adverb after it
_TOPIC_END_RE = re.compile(
    r"(?:(?:op|sinds|vanaf|tot|tijdens)\s+\d|in\s+(?:de\s+rapportageperiode|\d{4}|(?:"
    + "|".join(MONTH_NAMES)
    + r")\b)|(?:\w*lijks|digitaal|online|opnieuw|nog|reeds|al|telkens|voortaan|[a-z]+maal|\d+\s+keer|"
    + "|".join(w for w in NUMBER_WORDS if w.isalpha())
    + r")\b)",
    re.IGNORECASE,
)
# The rest of a capitalised enumeration inside a name, after its first comma: ", Families and Communities"
_NAME_ENUM_RE = re.compile(r",(?:\s+[A-Z][\w'’-]*)+(?:,(?:\s+[A-Z][\w'’-]*)+)*\s+(?:en|and|&)\s+[A-Z]")
# Words between a head and the particle of its verb that say how or how often, not what the body is about
_ADVERB_RE = re.compile(
    r"(?:" + "|".join(_COUNT_WORDS) + r"|\d+|\w*(?:maal|keer|lijks|lijkse|matig|matige)|opnieuw|nog|reeds|al|ook|eerst"
    r"|telkens|elk|ieder|plenair|fysiek|online|digitaal|voortaan|nadien|daarna|sindsdien|inmiddels|weer|samen|bijeen)",
    re.IGNORECASE,
)
_PARTICLE_RE = re.compile(r"(?:samen|bijeen)\b(?!\s+met\b)", re.IGNORECASE)
# A relative clause after a body's name ends it: "De klankbordgroep leerkrachten die het kenniscentrum samenstelde"
_RELATIVE_RE = re.compile(r"(?:die|dat|waarin|waarvan)\s")
_OPEN_QUOTES = ("‘", "“", '"', "'")
# A past participle, with a separable prefix ("samengesteld", "opgericht", "gevormd"), not a topic noun.
_PARTICIPLE_RE = re.compile(
    r"(?:samen|op|bijeen|aan|in|uit|af|mee|door|vast|voor|her|terug|toe|na|over|weg|bij|verder|voort|goed|plaats|deel)?"
    r"ge(?:\w{2,}[dt]"
    # strong verbs: "Er werden drie vergaderingen van het begeleidingscomité gehouden"
    r"|(?:houden|geven|komen|zeten|sproken|bleven|vonden|daan|zien|nomen|weest|schreven|trokken|roepen|dragen|slagen))"
)
_DESCRIBING = ("e", "end", "aal", "eel", "isch", "ief", "lijk", "air")  # ("air": "multidisciplinair")
# Finite verbs that end a subject noun phrase ("De werkgroep infolux vergaderde", "De commissie van de
# evaluatie hield"): auxiliaries and the meeting, holding and organising verbs; regular past tenses.
_FINITE_VERB_RE = re.compile(
    r"(?i:zal|zullen|is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kwam|kwamen|komt|komen"
    r"|zat|zaten|zit|zitten|hield|hielden|houdt|houden|vond|vonden|vergadert|overlegt|organiseert|richtte"
    r"|startte|begeleidt|bereidt|besprak|bespreekt|ging|gingen|gaat|nam|neemt|bestaat|bestond|blijft|blijven|bleef"
    r"|bleven|kan|kon|konden|kunnen|moet|moest|wil|wilde"
    # (a conditional or a planning verb after the subject: "De werkgroep zou ...", "De werkgroep plant een ...")
    r"|zou|zouden|mag|mogen|plant|plannen|voorziet|voorzien|stelt|stellen|keurt|keuren|beslist|beslissen"
    # (what a body does: "Het Comité van Toezicht X volgt het project op")
    # (singular forms only: a plural such as "werken" or "zorgen" is also a noun of a name)
    r"|volgt|werkt|ondersteunt|geeft|biedt|brengt|maakt|zorgt|legt|telt|verzamelt|beheert|onderzoekt|ontwikkelt"
    r"|verzorgt|voert|bundelt|waakt|stuurt|[a-zà-ÿ]{3,}eert"
    # (the past of strong and mixed verbs, no regular "-de"/"-te": "De stuurgroep sloot ... af")
    r"|sloot|sloten|besloot|besloten|gaf|gaven|bracht|brachten|kreeg|kregen|liet|lieten|zag|zagen|stond|stonden|trok"
    r"|trokken|schreef|schreven|sprak|spraken|deed|deden|bood|boden|koos|kozen|droeg|droegen|ontving|ontvingen|bleek"
    r"|bleken|lag|lagen|vroeg|vroegen|zocht|zochten|riep|riepen|begon|begonnen|zond|zonden|verliep|verliepen|hief"
    r")(?!\w)"
    r"|[a-zà-ÿ]{3,}(?:de|te)(?!\w)",  # a regular past tense ("vergaderde", "overlegde"), never a name
)


def _is_place(name: str) -> bool:
    """A municipality, province or region name ("Gent", "Limburg", "Vlaanderen"): "in Gent" after a name is where,
    not part of the name."""
    return (
        bool(municipality(name) or province(name))
        or region(name)
        or name in ("Vlaanderen", "Wallonië", "België", "Europa")
    )


def _is_finite_verb(text: str, at: int) -> bool:
    """Does a finite verb (or a meeting predicate) start at text[at]?"""
    if _ATTRIBUTIVE_RE.match(text, at) and _ARTICLE_END_RE.search(text, 0, at):
        return False  # "van de gesubsidieerde gemeenten": an inflected participle after an article is an adjective
    if _DETERMINER_END_RE.search(text, 0, at):
        return False  # "van de gemeente Genk", "de ronde": no finite verb follows an article ("die", "dat" may)
    return bool(_FINITE_VERB_RE.match(text, at) or _VERBAL_RE.match(text, at) or _OVERLEG_VERB_RE.match(text, at))


_ATTRIBUTIVE_RE = re.compile(r"ge[a-zà-ÿ]{3,}[dt]e\s+[a-zà-ÿ]")
_DETERMINER_END_RE = re.compile(r"(?<![\w-])(?i:de|het|een|deze|dit)\s+$")
_ARTICLE_END_RE = re.compile(r"(?<![\w-])(?i:de|het|een|deze|die|dit|dat)\s+$")


def _bodies(stmt: str, pattern: re.Pattern[str] = _BODY_RE) -> list[tuple[int, str]]:
    """(position, name) of every body (or, with _PARTY_RE, party) named in stmt outside parentheses."""
    found = []
    matches = list(pattern.finditer(stmt))
    if pattern is _BODY_RE:
        # "Het Lokaal Overleg Preventie", "het Overleg Jeugdhulp": a capitalised Overleg in a name is a body
        # ("een regionaal overleg": an indefinite one is a meeting, not a standing body)
        matches += [
            m
            for m in _NAMED_OVERLEG_RE.finditer(stmt)
            if (" " in _body_at(stmt, m) or " " in m.group(0))
            # ("een regionaal overleg Polarisering": a capitalised name makes it a body again)
            # (or a place: "een regionaal overleg in de Westhoek", the territory's body, G9-5)
            and not (
                re.search(r"\been\s+$", stmt[: m.start()], re.I)
                and not re.match(r"\s+[A-Z]", stmt[m.end() :])
                and not ((placed := _IN_PLACE_RE.match(stmt, m.end())) and _is_place(placed.group("place")))
            )
        ]
        matches.sort(key=lambda m: m.start())
    for m in matches:
        if _in_parens(stmt, m.start()):
            continue
        name = _body_at(stmt, m)
        # ("Europese Commissie" is no committee that meets; "expertengroep van de Europese Commissie" is a body)
        if any(stmt[: m.end()].lower().endswith(bad) for bad in _BODY_NOT) or stmt[m.start() - 1 : m.start()] == "-":
            continue
        if _NOT_BODY_WORD.fullmatch(m.group(0)) and not _named_bare_head(stmt, m):
            continue
        # ("het lerend netwerk LIVC-R": the acronym inside the name just found is no second body, dev-2021-12 J10)
        prev_at = stmt.rfind(found[-1][1], 0, found[-1][0] + len(found[-1][1])) if found else -1
        if found and name in found[-1][1] and prev_at >= 0 and m.start() < prev_at + len(found[-1][1]):
            continue
        found.append((m.start(), name))
    return found


_IN_PLACE_RE = re.compile(r"(?:\s+[a-zà-ÿ]+){0,2}?\s+" + _PLACE_IN + r"(?=[\s,.;])")
# A bare "groep", "team" or "tafel" named by the capitalised words after it is a body: "strategische tafel Lokale
# politie Gent", "de groep Samenleven" (alone it is any group of people, or furniture)
_BARE_NAMED_RE = re.compile(
    r"(?i:groep|team|tafel|group|panel|bureau)\s+(?!(?:De|Het|In|Op|Een)\b)(?:[A-Z][\w'’-]+|[A-Z]{2,})"
)


def _named_bare_head(stmt: str, m: re.Match[str]) -> bool:
    """A bare head named by the capitalised words after it, or capitalised inside a name ("RAN Working Group")."""
    inside = m.group(0)[:1].isupper() and re.search(r"[A-Z][\w-]*\s+$", stmt[: m.start()])
    return bool(_BARE_NAMED_RE.match(stmt, m.start()) or inside)


def _subject_np(stmt: str) -> str | None:
    """'De verschillende hulplijnen (...) stemmen af' -> 'hulplijnen'; 'Het LIVC vergaderde' -> 'LIVC'."""
    acronym = re.match(r"(?:(?:De|Het)\s+)?([A-Z][A-Z0-9&!-]{1,9})(?=\s+[a-z])", stmt)
    if acronym:
        # "De LIVC van de stad Vilvoorde": a body with no name of its own keeps its owner, a municipality by its
        # place ("LIVC Vilvoorde", as "lotgenotengroep Vilvoorde")
        of = re.match(r"\s+van\s+(?:de\s+|het\s+)?", stmt[acronym.end() :])
        owner = find_organisations(stmt[acronym.end() + of.end() :][:80]) if of else []
        if owner and owner[0].char_start == 0:
            place = re.sub(r"^(?:stad|gemeente)\s+", "", owner[0].canonical)
            return f"{acronym.group(1)} {place}"
        return acronym.group(1)
    m = re.match(r"(?:De|Het)\s+((?:[a-zà-ÿ-]+\s+){0,2}[a-zà-ÿ-]+)\b", stmt)
    if not m:
        return None
    words: list[str] = []
    for w in m.group(1).split():
        if w.lower() in _STOP_WORDS:
            break  # "Het kwam ... samen": a pronoun subject, no noun phrase
        if w.lower() not in _QUANTIFIERS:
            words.append(w)
    if not words or _MEETING_NOUN_RE.fullmatch(words[-1]):
        return None
    return " ".join(words)


_PERIOD_WORD_RE = re.compile(r"\d|\b(?:" + "|".join(MONTH_NAMES) + r")\b", re.IGNORECASE)


def _between(stmt: str) -> str | None:
    """'overleg tussen het aanspreekpunt en de referentiepersonen radicalisering binnen ...' -> both parties."""
    m = _BETWEEN_RE.search(stmt)
    if m and _PERIOD_WORD_RE.search(m.group("parties")):
        return None  # "tussen juni en november 2019": a period
    return m.group("parties").strip() if m else None


# A single person or function is not a body; where one meets with a group, the group is the body
# (GUIDELINES, issue 12): "overleg tussen het aanspreekpunt en de referentiepersonen" -> "referentiepersonen".
_PERSON_HEADS = re.compile(
    r"(?:aanspreekpunt|minister|coördinator|coordinator|consulent|contactpersoon|medewerker|directeur"
    r"|voorzitter|ambtenaar|schepen|burgemeester|gouverneur|expert|verantwoordelijke|projectleider"
    # (people by their trade: "De jobcoaches ... en de bemiddelaars troffen elkaar", G11-1)
    r"|coach|bemiddelaar|begeleider|hulpverlener|leerkracht|leraar|docent|onderzoeker|deskundige|wijkagent"
    r"|manager|vrijwilliger|jeugdwerker|straathoekwerker|opbouwwerker|vertegenwoordiger|afgevaardigde"
    # (more trades: "preventiewerkers", "casusregisseurs", "brugfiguren", "functionarissen", "analisten")
    r"|werker|regisseur|figuur|functionaris|analist|jurist|psycholoog|agent)",
    re.IGNORECASE,
)
_WITH_RE = re.compile(
    r"\bsamen\s+met\s+(?:de\s+|het\s+)?(?P<who>[^,;:()]+?)"
    r"(?=\s+(?:op|in|over|om|rond|voor|binnen|waarbij|werd|is|was|zodat|en\s+\w+en)\b|[,;:()]|$)",
    re.IGNORECASE,
)


_OVERLEGD_MET_RE = re.compile(
    r"\b(?:overlegd|overlegde|overlegden|vergaderd|samengezeten|afgestemd|overleg\s+gepleegd|gesprekken(?:\s+gevoerd)?)"
    r"\s+met\s+(?:de\s+|het\s+)?(?P<who>[^,;:()]+?)"
    rf"(?=\s+(?:op|in|over|om|rond|{_NAME_VOOR}|binnen|waarbij|werd|is|was|zodat|en\s+met)\b|[,;:().]|$)"
    # "Met de provinciegouverneurs werd op 8 maart overlegd", "Met vzw Herstelpunt werden ... gesprekken gevoerd"
    r"|^Met\s+(?:de\s+|het\s+)?(?P<who2>[^,;:()]+?)(?:\s+\([^()]*\))?\s+(?:werd|wordt|is|was|werden|worden)\b"
    r"(?=[^.;]*\b(?:overlegd|afgestemd|vergaderd|gesprekken\s+gevoerd)\b)"
    # "Daarnaast werd er met het DG X tweewekelijks vergaderd"
    r"|\ber\s+met\s+(?:de\s+|het\s+)?(?P<who3>[^,;:()]+?)\s+(?-i:[a-z]+\s+){0,3}?(?:vergaderd|overlegd|samengezeten)\b",
    re.IGNORECASE,
)


def _is_person(name: str) -> bool:
    words = _clean_body(name).split()
    return bool(words) and bool(_PERSON_HEADS.fullmatch(words[0]))


def _group_of_pair(parties: str) -> str:
    """'A en B' meeting: A when it is a group or organisation, else B (A is a person or function)."""
    first, sep, second = parties.partition(" en ")
    if not sep:
        return parties
    # (a generic collective is no body either: "overleg tussen de ouderkoepelverenigingen en het NOD" -> NOD)
    collective = not _is_named_party(first) and _is_named_party(second)
    return second if _is_person(first) or collective else first


def _subject_body(stmt: str, pred_pos: int) -> str | None:
    """A party or organisation named before the predicate: the body of "X organiseerde een opstartoverleg"."""
    parties = [name for pos, name in _bodies(stmt, _PARTY_RE) if pos <= pred_pos]
    orgs = [o.mention for o in find_organisations(stmt[:pred_pos]) if not _in_parens(stmt, o.char_start)]
    return (parties or orgs or [None])[0]


# A body holding or organising its own meeting is its body ("Het departement OV organiseerde een
# opstartoverleg", "De provincie X organiseerde ... een overleg", "Op 13/11 hield het Platform een
# themavergadering"); an organ it holds is named with it ("hield haar algemene vergadering").
_ORGANISE_RE = re.compile(r"\b(?:organiseer\w*|hield|hielden|houdt|houden)\b", re.IGNORECASE)
_ORGAN_RE = re.compile(
    r"\b(?:haar|zijn|hun)\s+(?:\w+e\s+)?(?P<organ>algemene\s+vergadering|raad\s+van\s+(?:bestuur|beheer)"
    r"|dagelijks\s+bestuur)\b",
    re.IGNORECASE,
)
# A capitalised name standing as the subject right before the verb: "Katholiek Onderwijs Vlaanderen
# overlegde", "De Koepel Moskeevoorzitters Limburg vergaderde", "De Vlaamse Scholierenkoepel kwam".
_NAMED_SUBJECT_RE = re.compile(
    # (an old genitive links a name's words too: "Het Huis der Levensbeschouwingen Mechelen vergaderde")
    r"(?:(?:De|Het)\s+)?(?P<name>[A-Z][\w'’!&-]*(?:\s+(?:[A-Z0-9][\w'’!&-]*|van|voor|en|de|het|der|des)){0,7})"
    r"(?:\s*\([^)]*\))?\s*$"
)


def _verb_start(stmt: str) -> int | None:
    m = (
        _VERBAL_RE.search(stmt)
        or _OVERLEG_VERB_RE.search(stmt)
        or ((_MEET_UP_RE.search(stmt) or _AGREED_TO_MEET_RE.search(stmt)) if _frequency(stmt) else None)
    )
    return m.start() if m else None


def _named_subject(stmt: str, verb_start: int) -> str | None:
    """The subject before the verb when it is a capitalised name (or a body or organisation)."""
    head = stmt[:verb_start]
    m = _NAMED_SUBJECT_RE.fullmatch(head.rstrip())
    if not m:
        return None
    name = m.group("name")
    words = name.split()
    if not words[-1][:1].isupper() or words[0].lower() in _NOT_SUBJECT or _is_person(name):
        return None
    # One capitalised word may be an adverb opening the sentence ("Maandelijks vergadert ..."): only an
    # acronym or an organisation the organisation extractor knows is a name on its own.
    # (a hyphenated or inner-capital word has a proper name's shape: "Al-Wasat overlegde", "rePresent")
    proper = bool(re.fullmatch(r"[A-Z][a-z]+-[A-Z][\w-]+|[A-Za-z][a-z]+[A-Z][\w]*", name))
    if len(words) == 1 and not (name.isupper() or proper or find_organisations(name) or _v2_subject(stmt, verb_start)):
        return None
    return name


# What may stand as the subject right after a finite verb (Dutch inversion): an article, a pronoun, a name
_INVERTED_SUBJECT_START_RE = re.compile(r"\s*(?:(?:de|het|een|ze|zij|hij|we|wij|men|er|dit|deze)\b|[A-Z0-9])")


def _v2_subject(stmt: str, verb_start: int) -> bool:
    """Is the one capitalised word before the finite verb its subject? In a Dutch main clause one constituent stands
    before the verb: an adverb there ("Maandelijks vergadert de stuurgroep") leaves the subject after the verb, so a
    verb followed by no subject ("Opgroeien overlegde ook met de Gezinsbond", dev-2023-12 Q11) has it before."""
    verb = re.match(r"\w+", stmt[verb_start:])
    return bool(verb) and not _INVERTED_SUBJECT_START_RE.match(stmt, verb_start + verb.end())


# Capitalised at the start of a sentence, but a pronoun or a preposition, not a name: "Ze organiseert",
# "In Zaventem kwam de cel bijeen".
_NOT_SUBJECT = {
    "het",
    "de",
    "een",
    "ze",
    "zij",
    "hij",
    "wij",
    "we",
    "men",
    "dit",
    "dat",
    "deze",
    "die",
    "er",
    "in",
    "op",
    "te",
    "sinds",
    "vanaf",
    "tijdens",
    "na",
    "bij",
    "met",
    "voor",
    "door",
    "daarnaast",
    "ook",
    "nadien",
    # (sentence adverbs: "Sindsdien kwam die viermaal samen")
    "sindsdien",
    "daarna",
    "vervolgens",
    "intussen",
    "ondertussen",
    "inmiddels",
    "later",
    "toen",
    "nu",
    "eerst",
    "verder",
    "bovendien",
    "tevens",
    "eveneens",
    "voorts",
    "daarop",
    "opnieuw",
    "uiteindelijk",
    "recent",
    "onlangs",
    "binnen",
    "samen",
    "tot",
    "tegen",
    "over",
    "uit",
    "van",
}


# The subject noun phrase of a meeting verb, up to the verb: "De overlegtafel Preventie kwam tweemaal samen", "Het
# bestuur vergaderde"; one or two describing words before a singular head, capitalised name words after it.
_COMMON_SUBJECT_RE = re.compile(
    r"(?:De|Het|de|het)\s+(?P<np>(?:[a-zà-ÿ-]+\s+){0,2}?(?P<head>[a-zà-ÿ-]{3,})"
    r"(?:\s+[A-Z][\w'’&/-]*(?:\s+(?:en|van|voor)\s+[A-Z][\w'’&/-]*)*)*)\s*"
)
# Heads that name a thing or an act, not a group that can meet ("Het project kwam ... samen met", "De vraag").
_NOT_AGENT_RE = re.compile(
    r"\w*(?:ing|ie|heid|plan|project|nota|vraag|actie|thema|aanbod|punt|agenda|verslag|rapport|tekst|resultaat)"
)


def _common_subject(stmt: str, verb_start: int) -> str | None:
    """A common noun phrase standing as the subject right before the meeting verb, when its head is a
    singular noun that can name a group (not a person, a plural of people, a meeting noun or a thing)."""
    m = _COMMON_SUBJECT_RE.fullmatch(stmt, 0, verb_start)
    if m is None:
        return None
    head = m.group("head").lower()
    words = m.group("np").split()
    if (
        head in _STOP_WORDS
        or head in _NOT_NAMING
        or any(w.lower() in _STOP_WORDS for w in words)
        or head.endswith(("en", "s"))
        or _PERSON_HEADS.fullmatch(head)
        or _MEETING_NOUN_RE.fullmatch(head)
        or _NOT_AGENT_RE.fullmatch(head)
        or _NOT_BODY_WORD.fullmatch(head)
    ):
        return None
    return m.group("np")


# A party in a "samen met" phrase, or listed after one: "samen met de provincie Vlaams-Brabant en het RWOP"
# (the co-host, not the body it is brought together in: "bracht ABB hen samen met de VVSG in een lerend netwerk X")
_WITH_BEFORE_RE = re.compile(r"\bsamen\s+met\s+(?:(?!\s(?:in|op)\s)[^,;:()])*$", re.IGNORECASE)


def _relative_antecedent(stmt: str, verb_start: int, bodies: list[tuple[int, str]]) -> str | None:
    """'X richtte een commissie Burgerschap op, die ... samenkomt': the body just before ", die"."""
    # (also without the comma: "omgevormd tot een regionaal overleg Polarisering dat om de zes weken samenkomt")
    rels = list(re.finditer(r"(?:,\s+|(?<=\w)\s+)(?:die|dat|dewelke)\s", stmt[:verb_start]))
    rel = rels[-1] if rels else None
    if rel is None or "," in stmt[rel.end() : verb_start]:
        return None
    # (not a co-founder or co-host: "werd een werkgroep opgericht samen met de provincie en het RWOP, die ...")
    before = [name for pos, name in bodies if pos < rel.start() and not _WITH_BEFORE_RE.search(stmt, 0, pos)]
    if before:
        return before[-1]
    # "De VIR, die sinds februari 2020 maandelijks vergadert, bundelt ...": an acronym or an organisation right
    # before the relative pronoun is the antecedent too
    acronym = re.search(r"\b([A-Z][A-Z0-9&!-]{1,9})$", stmt[: rel.start()])
    if acronym:
        return acronym.group(1)
    if not re.search(r"[A-Z][^\s]*$", stmt[: rel.start()]):
        return None  # (cheap test first: an organisation's name ends in a capitalised word)
    orgs = find_organisations(stmt[: rel.start()])
    return orgs[-1].mention if orgs and orgs[-1].char_end == rel.start() else None


def _organiser(stmt: str, noun_pos: int) -> str | None:
    """The subject of "X organiseerde / hield (haar) <meeting noun>", with the organ when one is held."""
    verb = _ORGANISE_RE.search(stmt, 0, noun_pos)
    if not verb:
        return None
    subject = _named_subject(stmt, verb.start())
    if subject is None:
        parties = [name for pos, name in _bodies(stmt, _PARTY_RE) + _bodies(stmt) if pos < verb.start()]
        orgs = [o.mention for o in find_organisations(stmt[: verb.start()]) if not _in_parens(stmt, o.char_start)]
        # "het ATB verenigt 35 kmo's ... en organiseert driemaandelijks een werkgeversoverleg": an acronym subject of
        # the clause whose verbs are joined by "en"
        acronym = re.match(r"(?:(?i:de|het)\s+)?([A-Z][A-Z0-9&!-]{1,9})\s+[a-z]", stmt)
        subject = (parties or orgs or ([acronym.group(1)] if acronym else []) or [None])[0]
    organ = _ORGAN_RE.search(stmt, verb.end())
    if subject and organ:
        return _organ_body(organ.group("organ"), _clean_body(subject), stmt)
    return subject


def _is_named_party(who: str) -> bool:
    """'het College', 'de Brusselse politiezones', 'de VVSG', 'de stuurgroep': a party with a name or a body;
    not generic people ('de scholen', 'de lokale preventiewerkers': "er was overleg met de scholen" is not
    a meeting of a body, GUIDELINES)."""
    words = _clean_body(who).split()
    # a capitalised word before any prepositional tail names it ("het centraal Meldpunt Antwerpen"; not "de
    # scholen van Gent"); so do a body's or a party's head ("de referentiepersonen radicalisering")
    own = re.split(r"\s(?:van|voor|in|uit|binnen|over)\s", " ".join(words), maxsplit=1)[0].split()
    if own and _is_people_word(own[0]):
        return False  # people named by a compound with a name: "de LOP-deskundigen van Antwerpen" (GUIDELINES)
    return bool(words) and (
        any(w[:1].isupper() for w in own)
        or bool(_bodies(who))
        or bool(_PARTY_RE.match(words[0]))
        or bool(find_organisations(who))
    )


# A minister's cabinet, named by its minister: "het kabinet van de Vlaamse minister van Binnenlands Bestuur"
_CABINET_RE = re.compile(
    r"[Kk]abinet(?:ten)?\s+van\s+(?:de\s+)?(?:[A-Z][\w-]*\s+)?(?:minister|viceminister-president|minister-president"
    r"|staatssecretaris)(?:\s+van\s+[A-Z][\w-]*(?:(?:,\s*|\s+en\s+|\s+)[A-Z][\w-]*)*)?"
)


def _is_organisation(who: str) -> bool:
    """'Solentra', 'het Vlaams Vredesinstituut': an organisation named by the words before any prepositional tail;
    not people or a collective ('de scholen', 'onderzoekers van het CMW', 'de vzw')."""
    name = _clean_body(who)
    if _CABINET_RE.fullmatch(name):
        return True  # a minister's cabinet is an organisation ("het kabinet van de Vlaamse minister van Welzijn")
    own = re.split(r"\s(?:van|voor|in|uit|binnen|over|rond|om)\s", name, maxsplit=1)[0]
    orgs = find_organisations(own)
    return bool(own) and not _is_person(own) and (any(w[:1].isupper() for w in own.split()) or bool(orgs))


def _is_indefinite_collective(who: str) -> bool:
    """'een aantal lokale actoren', 'enkele partners': some members of a kind, not a named group."""
    first = who.split()[0].lower() if who.split() else ""
    if first not in {"een", "enkele", "sommige", "verschillende", "diverse", "aantal", "meerdere"}:
        return False
    # ("een aantal Brusselse scholen": a capitalised adjective of place names no group, dev-2021-12 J20)
    rest = " ".join(w for w in who.split() if not re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:se|sche|e)", w))
    return not _is_named_party(rest)


# The party after an organ's "van": one noun, or a capitalised name
_ORGAN_OF_RE = re.compile(
    r"(?P<who>[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,4}|[a-zà-ÿ][\w-]{3,})\b(?!\s+van\s+(?:de|het)\b)"
)


_ORGAN_NOUN_RE = re.compile(
    r"\b(algemene\s+vergadering|raad\s+van\s+(?:bestuur|beheer)|(?:dagelijks\s+)?bestuur)\s+van\s+(?:de\s+|het\s+)?",
    re.IGNORECASE,
)


# What an organ that decides does: "De algemene vergadering van de VFKZ keurde ... goed" (GUIDELINES G8-3)
_DECIDES_RE = re.compile(
    r"\b(?:keurde\w*|goedgekeurd|goedkeur\w*|besliste\w*|beslist|besloot|besloten|stemde\w*|verkoos|benoemde)\b",
    re.IGNORECASE,
)


def _organ_body(organ: str, owner: str, stmt: str) -> str:
    """An organ's meeting as a body: a general assembly is its organisation's meeting, named by the organisation,
    unless the statement makes it an organ that decides; a board or an executive keeps its head (GUIDELINES G8-3:
    "de algemene vergadering van X" -> X, "raad van bestuur X")."""
    organ = " ".join(organ.lower().split())
    if organ == "algemene vergadering" and not _DECIDES_RE.search(stmt):
        return owner
    return f"{organ} {owner}"


def _organ_name(stmt: str, at: int | None = None) -> str | None:
    """ "De algemene vergadering van vzw X vond plaats": an organ of a named organisation (as "hield haar algemene
    vergadering", _ORGAN_RE), as "algemene vergadering X"; ``at``: where the organ noun must start."""
    organ = _ORGAN_NOUN_RE.search(stmt) if at is None else _ORGAN_NOUN_RE.match(stmt, at)
    if organ and (orgs := find_organisations(stmt[organ.end() :])) and orgs[0].char_start == 0:
        return _organ_body(organ.group(1), orgs[0].canonical, stmt)
    if organ and (of := _ORGAN_OF_RE.match(stmt, organ.end())) and of.group("who").lower() not in _STOP_WORDS:
        # an organ of a party the organisation extractor does not know: "De raad van bestuur van de
        # onderwijsinspectie" -> "raad van bestuur onderwijsinspectie" (dev-2019)
        return _organ_body(organ.group(1), of.group("who"), stmt)
    return None


# "X bracht Y (...) samen in (een) Z": the group Z people are brought together in
_BROUGHT_INTO_RE = re.compile(
    r"\b(?:bracht|brachten|brengt|brengen)\b(?:\s+[^\s.;]+){0,14}?\s+samen\s+in\s+(?:een\s+|de\s+|het\s+)?"
    r"(?P<group>(?:[a-zà-ÿ]+\s+){0,2}?[a-zà-ÿ-]*(?:groep|groepen|netwerk|netwerken|platform|platformen|comité|comités"
    r"|team|teams|panel|forum|raad))\b"
)


def _brought_into_group(stmt: str, organiser: str) -> str | None:
    """The organiser's group a statement says it brought people together in ("regionale intervisiegroepen VOG"), or
    None: no such group, a meeting noun (G9-4: then a meeting of the organiser), or a group with a name of its own."""
    m = _BROUGHT_INTO_RE.search(stmt)
    if m is None or not (organiser[:1].isupper() or _is_organisation(organiser)):
        return None
    if re.match(r"\s+['‘\"“]?[A-ZÀ-Ý]", stmt[m.end() :]):
        # a group with a name of its own is named so ("in het platform Weerbare Wijken", gold5: organiser vs group)
        return next((name for at, name in _bodies(stmt) if at == m.start("group")), None)
    group = m.group("group")
    head = group.split()[-1]
    if not (_BODY_RE.fullmatch(head) or _singular_body_head(head)) or _MEETING_NOUN_RE.fullmatch(head):
        return None
    return f"{group} {_organisation_named(organiser) or organiser}"


# A statement opening with an organisation's overleg: "Het intern overleg van de afdeling Jeugd vond plaats op ..."
_OVERLEG_OF_RE = re.compile(
    r"\W*(?:[Hh]et|[Dd]e)\s+(?:[a-zà-ÿ]+\s+)?(?P<noun>[a-zà-ÿ-]*overleg)\s+van\s+(?:de\s+|het\s+)?"
)


def _overleg_of_organisation(stmt: str) -> str | None:
    """The organisation whose overleg a statement opens with ("Het interne overleg van de afdeling Jeugd", "Het
    partnerschapsoverleg van het Huis van het Kind Brussel vergaderde"): an overleg of an owner is the owner's meeting
    (GUIDELINES G9-7); None when the owner is no organisation (people, a project) or the overleg a table body."""
    m = _OVERLEG_OF_RE.match(stmt)
    if m is None or _known_bodies().get(body_key(m.group("noun"))):
        return None
    orgs = find_organisations(stmt[m.end() : m.end() + 100])
    return orgs[0].canonical if orgs and orgs[0].char_start == 0 else None


def _choose_body(stmt: str, pred_pos: int, kind: str) -> str | None:
    # "bijeenkomsten van de NTF": the body owns the meetings.
    owner = re.search(
        r"(?:bijeenkomst|vergadering|meeting|vergadermoment)\w*\s+van\s+(?:de|het)\s+", stmt, re.IGNORECASE
    )
    # (not a body a fronted phrase names as who asked for it: "Op vraag van de stuurgroep pleegde het Agentschap
    # overleg met ...")
    asked = {m.end() for m in _ON_BEHALF_RE.finditer(stmt)}
    bodies = [(pos, name) for pos, name in _bodies(stmt) if pos not in asked]
    if _DEMONSTRATIVE_NOUN_RE.match(stmt):
        # "dit overleg vond plaats op 16/12/2019, samen met het sectoroverleg X": a co-host is not the meeting the
        # demonstrative refers back to (dev-2020-06 G28)
        bodies = [(pos, name) for pos, name in bodies if not _CO_HOST_RE.search(stmt, 0, pos)]
    if organ := _organ_name(stmt):
        return organ
    if organisation := _overleg_of_organisation(stmt):
        return organisation
    if owner:
        owned = [name for pos, name in bodies if 0 <= pos - owner.end() < 40]
        if owned:
            return owned[0]
    if kind == "nominal" and (organiser := _organiser(stmt, pred_pos)):
        return organiser
    verb_start = _verb_start(stmt) if kind == "verbal" else None
    opening = _PARTICIPIAL_OPENING_RE.match(stmt) if verb_start is not None else None
    if opening and (after := [name for pos, name in bodies if pos >= opening.end()]):
        # "Opgericht in januari en sindsdien driemaal samengekomen (...), buigt de juridische werkgroep van het EMB zich
        # over ...": a participial phrase before the main clause says it of the main clause's subject
        return after[0]
    if verb_start is not None:
        if antecedent := _relative_antecedent(stmt, verb_start, bodies):
            return antecedent
        # The subject before the verb, before any group named inside the predicate ("kwam met zijn
        # leerlingenraad bijeen") or after it ("vergaderde ... met het netwerk"); not one a fronted phrase names as who
        # asked for it ("Op vraag van de stuurgroep pleegde het Agentschap overleg met ...").
        before_verb = [name for pos, name in bodies if pos < verb_start]
        if before_verb:
            return before_verb[0]
        if subject := _named_subject(stmt, verb_start):
            return subject
        if listed := _subject_list(stmt[:verb_start]):
            return listed[0]  # "Het OCAD, de VVSG en het centraal aanspreekpunt van ABB zaten ... samen" (G9-2)
        if subject := _common_subject(stmt, verb_start):
            return subject
        if cabinet := _CABINET_RE.match(stmt.removeprefix("Het ").removeprefix("De ")):
            # "Het kabinet van de Vlaamse minister van Welzijn overlegde op 14 juli 2020 met ..." (dev-2020-12 H16)
            return cabinet.group(0)
        if (where := _MET_IN_RE.search(stmt)) and (noun := _MEETING_NOUN_RE.match(stmt, where.end())):
            # "Zij komen tweemaandelijks samen in het overleg referentiepersonen CAW": the consultation they meet in
            # is the body (dev-2021-12 J12)
            name = _body_at(stmt, noun)
            if name.lower() != noun.group(0).lower():
                return name
    before = [name for pos, name in bodies if pos <= pred_pos]
    if kind == "nominal" and before and (with_whom := _indefinite_overleg_with(stmt, before[0])):
        return with_whom  # "vond een bilateraal werkoverleg plaats met de NCTV en ...": the party met (gold5)
    if before:
        return before[0]
    if kind == "verbal":
        # "Op 20 maart vergaderde de begeleidingscommissie": the subject right after the verb
        after = [(pos, name) for pos, name in bodies if 0 <= pos - pred_pos <= 30]
        # (one met with is not the subject when an organisation is, after the verb: "zaten het aanspreekpunt en de
        # VVSG samen met de Vlaamse Gemeenschapscommissie"; with a person only, it is the body: "Het aanspreekpunt had
        # een overleg met de cel Radicalisme")
        if (
            after
            and _MET_BEFORE_RE.search(stmt, 0, after[0][0])
            and verb_start is not None
            and (inverted := _inverted_subject(stmt, verb_start))
        ):
            return inverted
        if after:
            return after[0][1]
        if verb_start is not None and (inverted := _inverted_subject(stmt, verb_start)):
            return inverted
    parties = [name for pos, name in _bodies(stmt, _PARTY_RE) if pos <= pred_pos]
    if parties and kind != "nominal":
        return parties[0]  # the subject of "zit samen met", "ging in overleg met"
    fronted = _FRONTED_PARTNER_RE.match(stmt) if kind == "nominal" else None
    if fronted and _is_organisation(who := fronted.group("who")):
        # "Met Lantaarnwerk was er overleg op 22/9/2021" (GUIDELINES, gold5); a described party is its name ("de
        # Zweedse organisatie Stiftelsen X" -> "Stiftelsen X")
        orgs = find_organisations(who)
        return orgs[0].mention if len(orgs) == 1 and orgs[0].char_end == len(who) and orgs[0].char_start else who
    between = _between(stmt)
    # "tussen het aanspreekpunt en een aantal lokale actoren": a function and an unnamed, indefinite collective
    # name no body (GUIDELINES: "er was overleg met de scholen" is no meeting of a body; dev 4.7)
    if between and not _is_indefinite_collective(group := _group_of_pair(between)):
        return group
    # (a participle may stand between the noun and its partner: "werd een overleg georganiseerd met Unia")
    partner = _PARTNER_RE.search(stmt) or _CONSULTED_RE.search(stmt)
    indefinite = partner and not _DEFINITE & {w.lower() for w in stmt[: partner.start()].split()[-2:]}
    if kind == "nominal" and indefinite and _is_named_party(who := _partner_name(partner.group("who"))):
        if _is_indefinite_collective(who):
            return None  # "overleg met een aantal Brusselse scholen": some members of a collective, no body
        return who  # "een eerste overleg met het College": the body met with
    # (not a body named in the meeting's topic: "overleg ... tussen het OCAD, de FOD Justitie en ABB over de
    # informatiedoorstroming naar de LIVC's")
    topic = _TOPIC_AFTER_RE.search(stmt, max(pred_pos, 0))
    outside_topic = [name for pos, name in bodies if topic is None or pos < topic.start()]
    if kind == "nominal" and outside_topic:
        return outside_topic[0]  # "er vonden drie bijeenkomsten plaats van de klankbordgroep"
    if kind in ("verbal", "coordination"):
        subject = _subject_np(stmt)
        if subject and _is_person(subject) and (partner := _WITH_RE.search(stmt)):
            return partner.group("who")  # "Het aanspreekpunt zit samen met de referentiepersonen"
        if (
            kind == "coordination"
            and subject is None
            and (pair := _ORGANISATION_PAIR_RE.fullmatch(stmt[:pred_pos]))
            and (_is_named_party(pair.group("a")) or pair.group("a").isupper())
        ):
            return pair.group("a")  # "het PPM en het KSV stemden nadien, op 17 november, af" (G9-2: each met)
        if kind == "coordination" and (partner := _AF_WITH_RE.search(stmt)):
            # "stemde ... af met X": the subject party when it is an organisation ("Arktos stemde in september af met
            # het Onderwijscentrum"), else the party consulted ("Het aanspreekpunt stemde op 12 oktober af met de
            # VVSG"; two parties, G8-4)
            tuned = subject or _named_subject(stmt, partner.start())
            inverted = _INVERTED_BODY_RE.match(stmt, max(pred_pos, 0)) if tuned is None else None
            if inverted and _BODY_RE.fullmatch(inverted.group("head")):
                # "Tussen beide bijeenkomsten stemde het netwerk af met de Opvoedingslijn": the body after the verb
                # is its subject (named in full by the text before: find_meetings)
                tuned = inverted.group("head")
            if tuned and not _is_person(tuned):
                return tuned
            if _is_named_party(who := _partner_name(partner.group("who"))):
                return who
        if subject is None and (partner := _OVERLEGD_MET_RE.search(stmt)):
            # "Er werd op 3 april overlegd met de X", "Met de X werd overlegd", "werd er met X vergaderd"; not
            # "werd overlegd met de scholen" (GUIDELINES: no named body); a fronted partner ("Met de
            # provinciegouverneurs werd overlegd") is the group met
            who = partner.group("who") or partner.group("who3")
            if partner.group("who2") or _is_named_party(who):
                return who or partner.group("who2")
        # "De verschillende hulplijnen stemmen af": a plural common noun is several parties, not a body.
        named = subject and (subject.isupper() or _bodies(subject) or _PARTY_RE.search(subject))
        if subject and (named or find_organisations(subject)):
            return subject
    # "In 2017 werden 4 stuurgroepvergaderingen georganiseerd": a meeting noun compounded with a body's head
    for noun in _meeting_nouns(stmt, governed=True):
        if compound := _COMPOUND_MEETING_RE.fullmatch(noun.group(0)):
            return compound.group("head")
    return None


# A statement opening with a participial phrase that says a body met, up to the comma before its main clause
_PARTICIPIAL_OPENING_RE = re.compile(
    r"\W*(?:[A-Z][a-zà-ÿ]+\s+(?:[^,;]*?\s)?)?(?:samengekomen|bijeengekomen|vergaderd|samengeroepen|bijeengeroepen)\b"
    r"[^,;]*?(?:\([^()]*\))?\s*,\s+"
)
# A pronoun standing for a body's head with another owner: "Die van vzw Brugfiguur kwam ... samen"
_ONE_OF_RE = re.compile(r"\W*(?:Die|Dat|Deze)\s+van\s+(?:de\s+|het\s+)?(?P<owner>[^,;]+?)\s+(?=[a-z])")


def _kind_of(body: str, owner: str) -> str | None:
    """The head of ``body`` (its lower-case words before a name or owner) with ``owner`` ("lokale begeleidingsgroep
    Horizon", "vzw Brugfiguur" -> "lokale begeleidingsgroep Brugfiguur"), or None when the owner is no named party."""
    words = list(itertools.takewhile(lambda w: w[:1].islower(), body.split()))
    owner = re.sub(r"^(?:vzw|asbl|cvba|cv|nv|bv)\s+", "", _LEGAL_FORM_RE.sub("", owner).strip(), flags=re.I)
    if not words or not _BODY_RE.search(words[-1]) or not owner[:1].isupper():
        return None
    return f"{' '.join(words)} {_organisation_named(owner) or owner}"


# Who asked for or commissioned what a statement reports: "Op vraag van de stuurgroep", "In opdracht van het Platform"
_ON_BEHALF_RE = re.compile(
    r"\b(?:[Oo]p\s+(?:vraag|verzoek|initiatief|aanraden|uitnodiging)|[Ii]n\s+opdracht)\s+van\s+(?:de\s+|het\s+)?"
)
# A body as the subject right after a fronted adverbial's verb: "stemde het netwerk af", "overlegde de werkgroep"
_INVERTED_BODY_RE = re.compile(r"\w+\s+(?:de|het)\s+(?P<head>[a-zà-ÿ-]+)\b(?=\s)")
# What a meeting was about: the words after it name its topic, not the body that met.
_TOPIC_AFTER_RE = re.compile(r"\s(?:over|omtrent|inzake|betreffende|m\.b\.t\.|aangaande)\s")
_HAPPENED_SO_RE = re.compile(r"\b(?:gebeurde|gebeurden|gebeurt|is\s+dat\s+gebeurd)\s+(?:dat|dit)?\b", re.IGNORECASE)
# A sentence opening with an organisation and an apposition saying it is one: "Bindweefsel, een vzw van ..., startte"
_APPOSED_ORGANISATION_RE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4}),\s+(?:een|de|het)\s+(?:[a-zà-ÿ]+e\s+)?"
    r"(?:vzw|organisatie|vereniging|[\w-]*(?:organisatie|vereniging|netwerk|collectief|koepel))\b"
)
_MET_IN_RE = re.compile(r"\b(?:samen|bijeen)\s+in\s+(?:het|de)\s+", re.IGNORECASE)
_DAYS_AFTER_RE = re.compile(r"\s+op\s+\d{1,2}[/.-]\d{1,2}\b")
# A consulted party fronted before an existential meeting: "Met Lantaarnwerk was er overleg op 22/9/2021"
# (or one that took place: "Met de FMOK vond op 3 oktober een overleg plaats in Turnhout", dev-2023-12 Q22)
_FRONTED_PARTNER_RE = re.compile(
    # (the party may carry its acronym and its home town: "Met de organisatie X (XO) uit Malmö vond ...")
    r"Met\s+(?:de\s+|het\s+)?(?P<who>[^,;:()]+?)(?:\s*\([A-Z][\w&-]{1,12}\))?(?:\s+uit\s+[A-Z][\w-]+)?"
    r"\s+(?:(?:is|was|zijn|waren|wordt|werd|worden|werden)\s+er\b"
    r"|(?:vond|vonden|vindt|vinden)\s+(?=[^.;]*\bplaats\b))"
)


def _inverted_subject(stmt: str, verb_start: int) -> str | None:
    """The subject right after the finite verb when it is an organisation or an acronym: "Zowel in Gent als
    in Antwerpen komt het LIVC maandelijks samen", "In 2017 vergaderde de VVSG viermaal" (Dutch inversion
    after a fronted adverbial; a party after "met" is whom the subject met, not the subject)."""
    verb = re.match(r"\w+\s+(?:(?:de|het)\s+)?", stmt[verb_start:])
    if verb is None or _in_parens(stmt, verb_start):
        return None
    at = verb_start + verb.end()
    if m := re.match(r"[A-Z][A-Z0-9&!-]{1,9}\b", stmt[at:]):
        return m.group(0)
    # ("zaten het centraal aanspreekpunt en de VVSG samen met ...": a person or function beside an organisation in the
    # subject is no body, the organisation is, as before the verb)
    if (person := _PERSON_AND_RE.match(stmt, at)) and _PERSON_HEADS.fullmatch(person.group("person")):
        at = person.end()
    orgs = find_organisations(stmt[at : at + 80])
    if orgs and orgs[0].char_start == 0:
        return orgs[0].mention
    # "Op 12 januari overlegde het agentschap met de VDAB": an organisation named by its kind, after an article, is
    # the subject as it is before the verb (the organisation named earlier, found as for "Het agentschap overlegde")
    kind = _KIND_SUBJECT_RE.match(stmt, at)
    return kind.group("kind") if kind and verb.group(0).rstrip().endswith(("de", "het")) else None


_MET_BEFORE_RE = re.compile(r"\bmet\s+(?:de\s+|het\s+)?(?:[A-Za-zà-ÿ-]+\s+){0,2}$")
_PERSON_AND_RE = re.compile(r"(?:[a-zà-ÿ]+\s+){0,2}?(?P<person>[a-zà-ÿ]+)\s+en\s+(?:de\s+|het\s+)?")
_KIND_SUBJECT_RE = re.compile(r"(?P<kind>[Aa]gentschap|[Dd]epartement|[Aa]fdeling|[Aa]dministratie)\b(?!\s+[A-Z])")

_COMPOUND_MEETING_RE = re.compile(
    r"(?P<head>[\w]*(?:"
    + "|".join(s for s in _BODY_SUFFIXES if s not in ("groep", "team", "raad", "cel"))
    + r"))-?(?:vergadering|bijeenkomst|meeting|vergadermoment)\w*",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- attributes


def _count(stmt: str) -> int | None:
    for m in _COUNT_RE.finditer(stmt):
        if re.match(rf"\s+{_PER}", stmt[m.end() :], re.IGNORECASE):
            continue  # "drie keer per jaar" is a frequency
        if re.search(r"\bwaarvan\s+(?:\w+\s+)?$", stmt[: m.start()], re.I):
            continue  # "een vijftal keer samen, waarvan drie keer online": a part of the meetings, not their count
        if m.group("tal") or re.search(r"\b(?:ongeveer|gemiddeld|zo'n|ca\.|maximaal)\s+$", stmt[: m.start()], re.I):
            return None  # "een viertal keer", "ongeveer vijf keer": an estimate, not a count (and no other count)
        # "minstens vier keer", "minimaal driemaal", "minstens één keer" give the number printed (GUIDELINES, gold5:
        # bounded counts)
        if m.group("maal"):
            return _COUNT_WORDS.get(m.group("maal")[:-4].lower())
        if m.group("times"):
            return int(m.group("times"))
        word = m.group("num").lower()
        return int(word) if word.isdigit() else _COUNT_WORDS.get(word)
    return None


def _frequency(stmt: str) -> str | None:
    """The rate printed; of a change "van F1 naar F2", the new one (the rate the body meets at now)."""
    m = _FREQ_RE.search(stmt)
    if (
        m
        and (to := re.match(r"\s+(?:naar|tot)\s+", stmt[m.end() :]))
        and (new := _FREQ_RE.match(stmt, m.end() + to.end()))
    ):
        return new.group(0)
    return m.group(0) if m else None


def _meeting_dates(facts: list[DateFact], start: int, end: int, text: str = "") -> tuple[date, ...]:
    """Day dates inside [start, end); a short range is a meeting on each of its days ("van 10 tot 12
    oktober"); open periods ("sinds 1 oktober 2016"), long ranges and the day of a founding clause ("werd
    opgestart op 11 september en kwam nadien samen op ...") are not meeting dates."""
    days: list[date] = []
    for f in facts:
        if not (start <= f.char_start and f.char_end <= end) or f.granularity != "day":
            continue
        if f.relation is not None or f.end - f.start > timedelta(days=7):
            continue  # "sinds 1 oktober 2016" bounds the meetings, it is not one
        # (a relative pronoun opens a clause of its own too: "werd een werkgroep opgericht die op 4 mei voor het eerst
        # samenkwam")
        clause = re.split(r",|\b(?:en|die|dat)\b", text[start : f.char_start])[-1] if text else ""
        if (_FOUNDING_RE.search(clause) or _STARTING_RE.search(clause)) and not _VERBAL_RE.search(clause):
            continue
        if text and _dates_something_else(text, start, end, f):
            continue
        for n in range((f.end - f.start).days + 1):
            if (day := f.start + timedelta(days=n)) not in days:
                days.append(day)
    return tuple(days)


# A day dating a document ("het protocol van 31/3/2021", "de wet van 30 juli 2018") dates no meeting
_DOCUMENT_OF_RE = re.compile(
    r"\b[\w-]*(?:protocol|wet|decreet|besluit|omzendbrief|nota|brief|verslag|rapport|akkoord|overeenkomst|beslissing"
    r"|arrest|advies|mail|uitnodiging|oproep)(?:en)?\s+van\s+$",
    re.IGNORECASE,
)
_RELATIVE_AFTER_COMMA_RE = re.compile(r"(?P<ante>[\w-]+)\s*(?:\([^()]*\))?,\s+(?:die|dat)\s+[^,;]*$")


def _dates_something_else(text: str, start: int, end: int, f: DateFact) -> bool:
    """Does the day date a document, or sit in a relative clause about a thing that is no body or meeting ("de nieuwe
    LIVC-omzendbrief, die op 29 september 2020 werd gepubliceerd", dev-2020-12 H34; "zoals afgesproken in het
    protocol van 31/3/2021", dev-2021-12 J03)?"""
    before = text[start : f.char_start]
    if _DOCUMENT_OF_RE.search(before):
        return True
    # ("overleg over de omzendbrief, waarvan de publicatie pas tegen het voorjaar van 2023 verwacht wordt": a "waarvan"
    # clause tells of something of the antecedent's, not the meeting, unless it says a meeting took place)
    whose = re.search(r",\s+waarvan\s+[^,;]*$", before)
    if whose:
        clause = whose.group(0) + re.match(r"[^,;.]*", text[f.char_end : end]).group(0)
        return not (_VERBAL_RE.search(clause) or _MEETING_NOUN_RE.search(clause) or _TOOK_PLACE_RE.search(clause))
    rel = _RELATIVE_AFTER_COMMA_RE.search(before)
    if rel is None:
        return False
    ante = rel.group("ante")
    clause = rel.group(0) + re.match(r"[^,;.]*", text[f.char_end : end]).group(0)
    # (a name may be the antecedent, not a compound's common head: "de nieuwe LIVC-omzendbrief, die ...")
    meeting_like = _MEETING_NOUN_RE.fullmatch(ante) or _BODY_RE.fullmatch(ante) or ante.split("-")[-1][:1].isupper()
    # (a clause saying something took place is the meeting's: "een provinciaal overleg voor de Limburgse gemeenten, dat
    # op 6 juni 2018 te Hasselt doorging", dev-extra D09)
    said_of_meeting = _VERBAL_RE.search(clause) or _MEETING_NOUN_RE.search(clause) or _TOOK_PLACE_RE.search(clause)
    return not meeting_like and not said_of_meeting


# Founding a body is not a meeting of it (dev-2019 NOTES: "werd opgestart op 11 september 2018")
_FOUNDING_RE = re.compile(r"\b(?:opgestart|opgericht|geïnstalleerd|samengesteld|gelanceerd)\b", re.IGNORECASE)
# The day of another start in the same sentence is no meeting day: "elf projecten ..., die van start gaan op 1 januari
# 2022", "na de installatie van de regering op 1 oktober", "startte op 15/09/2021 een tweede groep" (dev-2021-12,
# dev-2020-12)
_STARTING_RE = re.compile(
    r"\b(?:die|dat)\s+(?:\w+\s+){0,2}?van\s+start\b|\bstart(?:te|ten|t|en)\b"
    r"|\b(?:installatie|oprichting|lancering|opstart)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- predicates


_CONSULTATION_COMPOUND_RE = re.compile(r"[\w-]+(?:overleg|vergadering|bijeenkomst)(?:en)?", re.IGNORECASE)


def _has_event(stmt: str) -> bool:
    """An event noun, not counting capitalised ones inside names ("Onderwijs en Vorming") nor a compound whose head
    is a meeting noun ("Het uitwisselingsoverleg": a consultation, dev-2019-12)."""
    return any(
        (m.start() == 0 or not m.group(0)[0].isupper() or stmt[: m.start()].rstrip().endswith(("-", "•", ":")))
        and not _CONSULTATION_COMPOUND_RE.fullmatch(m.group(0))
        and not _MEDIUM_RE.fullmatch(m.group(0))
        and not _of_a_body(stmt, m.start())
        for m in _EVENT_RE.finditer(stmt)
    )


def _of_a_body(stmt: str, at: int) -> bool:
    """Is the word at ``at`` the complement of a body's head ("De klankbordgroep van het vormingsaanbod")?"""
    head = re.search(r"([\w-]+)\s+van\s+(?:de|het)\s+$", stmt[max(0, at - 60) : at])
    return bool(head and _BODY_RE.fullmatch(head.group(1)))


# How a meeting was held, not an event: "verliep via videoconferentie" (dev-2020-06)
_MEDIUM_RE = re.compile(r"(?:video|tele|web)conferenti?e(?:s)?", re.IGNORECASE)


def _meeting_nouns(stmt: str, *, governed: bool) -> list[re.Match[str]]:
    """Meeting nouns of stmt; without governed=True, not those inside a prepositional phrase."""
    return [
        m
        for m in _MEETING_NOUN_RE.finditer(stmt)
        if not _in_parens(stmt, m.start()) and (governed or not _GOVERNED_RE.search(stmt[: m.start()]))
    ]


def _fronted_setting_partner(stmt: str) -> str | None:
    """The organisation agreed with in a statement that opens with where it happened ("Binnen de werkgroepen van het
    Globaal Veiligheids- en Preventieplan wordt verder afgestemd met Brussel Preventie & Veiligheid"), or None: the
    bodies in a fronted setting are no subject."""
    agreed = _OVERLEGD_MET_RE.search(stmt)
    if not re.match(r"(?:Binnen|In|Tijdens)\s", stmt) or agreed is None or not agreed.group("who"):
        return None
    who = agreed.group("who")
    return canonical_body(who) if _is_organisation(who) else None


def _in_agreement(stmt: str, m: re.Match[str]) -> bool:
    """Is the "met" phrase the adverbial "in (nauw) overleg/afstemming met X", a decision taken with X (gold5)?"""
    return bool(re.search(r"\bin\s+(?:nauw\s+|goed\s+)?(?:overleg|afstemming)\s*$", stmt[: m.start()], re.I))


def _predicate(stmt: str, has_attrs: bool, has_days: bool = False) -> tuple[str, int] | None:
    """(kind, position) of the meeting predicate of stmt, or None. The position of a verbal
    predicate is its end: the subject may stand inside it ("kwam de stuurgroep samen")."""
    verbal = _VERBAL_RE.search(stmt)
    if verbal and not has_attrs and re.match(r"(?i:bracht|brachten|brengt|brengen)\b", verbal.group(0)):
        # "bracht de brugfiguren samen in een begeleidingscomité": bringing people into a group, with no day, count or
        # rate, sets the group up (its owner, G8-1), it reports no meeting (GUIDELINES: membership without a time)
        verbal = None
    if verbal:
        return "verbal", verbal.end()
    bodies: list[tuple[int, str]] | None = None  # the bodies of stmt, found once and only when asked

    def named_bodies() -> list[tuple[int, str]]:
        nonlocal bodies
        if bodies is None:
            bodies = _bodies(stmt)
        return bodies

    if has_attrs and (rate := _RATE_OF_RE.search(stmt)) and _BODY_RE.match(stmt, rate.end()):
        # "In Antwerpen werd de frequentie van de LIVC teruggebracht van tweewekelijks naar maandelijks": how often a
        # body meets is a statement that it meets (dev-2019-12 F13)
        return "verbal", rate.end()
    if (meet_up := _MEET_UP_RE.search(stmt) or _AGREED_TO_MEET_RE.search(stmt)) and _frequency(stmt):
        # "de FMOK en KOOGO spreken sindsdien tweemaandelijks af": parties meeting at a rate (not "werd afgesproken
        # om", an agreement; dev-2023-12 Q22)
        return "verbal", meet_up.end()
    overleg = _OVERLEG_VERB_RE.search(stmt)
    # (the subject may stand after the verb: "Tussen de tweede en de derde bijeenkomst overlegde het NGV met ...")
    if overleg and (
        has_attrs or named_bodies() or _named_subject(stmt, overleg.start()) or _inverted_subject(stmt, overleg.start())
    ):
        return "verbal", overleg.end()
    # "Met de FOD Binnenlandse Zaken werd overlegd over ...": consultation with a named organisation is its meeting
    # (GUIDELINES, gold5: "overleg met ORGANISATIE")
    met = _OVERLEGD_MET_RE.search(stmt) if overleg else None
    if overleg and met and _is_organisation(met.group("who2") or met.group("who") or ""):
        return "verbal", overleg.end()
    # "Met vzw Herstelpunt werden verschillende bilaterale gesprekken gevoerd": talks (more than one) with a named
    # organisation are consultation with it (GUIDELINES G8-4); talks with people or clients are not
    talks = _TALKS_RE.search(stmt)
    met = _OVERLEGD_MET_RE.search(stmt) if talks else None
    if talks and met and _is_organisation(met.group("who2") or met.group("who") or ""):
        return "verbal", talks.end()
    if _PARTICIPATION_RE.search(stmt):
        return None  # a guest at another body's meeting or event is not a meeting (GUIDELINES)
    if has_days and (dated := _dated_reference(stmt)) is not None:
        # "Op de vergadering van 16/9/2021 was een delegatie ... te gast om ... toe te lichten", "Op het
        # begeleidingscomité van 2/9/2021 werd beslist": a meeting (or a body standing for its meeting) fronted with
        # its own day is a follow-up sentence naming a new day (GUIDELINES, gold5); a talk given there is no event
        # of its own (find_meetings drops the day when it is one of a meeting already found)
        return "dated", dated
    exchange = _EXCHANGE_RE.search(stmt) if has_days else None
    if exchange and (fronted := _FRONTED_PARTNER_RE.match(stmt)) and _is_organisation(fronted.group("who")):
        # "Met de Vereniging van Nederlandse Gemeenten (VNG) was er op 9 november een uitwisseling": an exchange with a
        # named organisation on a day is a consultation with it (G8-4; dev-2023-12 Q08, dev-2024-12 R05), unlike an
        # exchange day or moment offered to many (events)
        return "nominal", exchange.start()
    about = _ABOUT_RE.search(stmt)
    if _has_event(stmt[: about.end()] if about else stmt):
        return None  # (an event the meeting is about is none: "overleg met het EMB over ... de opleiding tot imam")
    happening = _HAPPENING_RE.search(stmt) or (_CONTINUED_RE.search(stmt) if has_attrs else None)
    nouns = _meeting_nouns(stmt, governed=bool(happening))
    if nouns and not happening:
        # "Het lokaal overleg stuurde op 14 oktober een brief", "werd op 14 oktober ontbonden": a meeting noun that
        # heads a body's name is the body, the subject of another verb; a body doing something on a day states no
        # meeting (as a council deciding on a day, dev-2019 adjudication #12), unless the statement says it happened
        # (after "er is/was" only a definite one: "Er was maandelijks een lokaal overleg" is the meeting; "Er werd
        # beslist om het lokaal overleg op te richten" the body)
        definite = bool(_EXISTENTIAL_RE.search(stmt))
        nouns = [
            n
            for n in nouns
            if _DELIBERATION_RE.search(stmt, n.end()) or not _heads_a_body_name(n, named_bodies(), stmt, definite)
        ]
    # Without a verb that makes it happen, the meeting must be said to exist ("er waren drie
    # vergadermomenten") or belong to a named body; a bare title ("RAN meeting polarisering te
    # Stockholm: 10-11/5/2017", in a list of events attended) is not a statement that a body met.
    anchored = bool(happening) or (has_attrs and bool(_EXISTENTIAL_RE.search(stmt) or named_bodies() or _between(stmt)))
    if nouns and not anchored and _EXISTENTIAL_RE.search(stmt) and (partner := _PARTNER_RE.search(stmt)):
        # "Hiervoor is er overleg met Solentra": consultation with a named organisation is its meeting, without a
        # when (GUIDELINES, gold5: overleg met ORGANISATIE); not with people or a generic collective, nor an overleg
        # set up ("Er werd een structureel bovenlokaal overleg met DG EPI opgestart": set-up is no meeting)
        anchored = _is_organisation(partner.group("who")) and not _FOUNDING_RE.search(stmt)
    if nouns and not anchored and (fronted := _FRONTED_PARTNER_RE.match(stmt)):
        # the same with the party fronted: "Met de FOD Binnenlandse Zaken was er overleg over ..."
        anchored = _is_organisation(fronted.group("who")) and not _FOUNDING_RE.search(stmt)
    if nouns and not anchored and _EXISTENTIAL_RE.search(stmt) and (between := _between(stmt)):
        # "was er in oktober 2020 overleg tussen de ouderkoepelverenigingen en het NOD": the same, between parties
        anchored = _is_organisation(_group_of_pair(between)) and not _FOUNDING_RE.search(stmt)
    dated = next((n for n in nouns if _DAYS_AFTER_RE.match(stmt, n.end())), None) if has_days else None
    if nouns and not anchored and dated is not None:
        # "startte een tweede groep ..., met bijeenkomsten op 29/9, 27/10 en 24/11/2021": meetings given their days
        # happened (dev-2021-12 J15)
        return "nominal", dated.start()
    if nouns and anchored:
        return "nominal", nouns[0].start()
    if not nouns and named_bodies() and _TOOK_PLACE_RE.search(stmt):
        return "nominal", named_bodies()[0][0]
    coordination = _COORDINATION_RE.search(stmt)
    # (or on a day with a party named: "Er werd afgestemd met het centraal Meldpunt Antwerpen (16/5/2017)", a
    # consultation of a named body as "er was een eerste overleg met het College op 11 oktober"; dev 4.7)
    # ("stemde op 4 september en 6 november af met De Ambrassade": the split verb's particle before "met", dev-2023-12
    # Q01)
    # (or the split verb: "Arktos stemde in september af met het Onderwijscentrum Brussel")
    agreed = (_OVERLEGD_MET_RE.search(stmt) or _AF_WITH_RE.search(stmt)) if coordination else None
    # (or how often it happened: "Het EWO en de Opvoedingslijn stemden in september en oktober driemaal af")
    # (or on a day, two named parties its subject: "het PPM en het KSV stemden op 17 november af over ...")
    paired = coordination and has_days and _ORGANISATION_PAIR_RE.fullmatch(stmt[: coordination.start()])
    if paired and all(_is_named_party(paired.group(g)) or paired.group(g).isupper() for g in ("a", "b")):
        return "coordination", coordination.start()
    if coordination and (_frequency(stmt) or _count(stmt) or (has_days and (agreed or _AF_MET_RE.search(stmt)))):
        return "coordination", coordination.start()
    if agreed and agreed.group("who") and _is_organisation(agreed.group("who")) and not _in_agreement(stmt, agreed):
        # "wordt verder afgestemd met Brussel Preventie & Veiligheid (BPV)": consultation with a named organisation is
        # its meeting without a time too, as "overleg met" (GUIDELINES gold5; dev-2022-12 adjudication #9)
        return "coordination", coordination.start()
    # (a council deciding on a day states no meeting: "De gemeenteraad van Menen besliste op 24 september 2018 om
    # ..." is no record, unlike "besliste tijdens zijn vergadering van 26 februari"; dev-2019 adjudication #12)
    if has_days:
        # "Op de vergadering van 19 maart werd ... besproken", "Op haar laatste bijeenkomst, op 7 mei, werd":
        # a meeting referred to by its day states that the body met that day (find_meetings drops it when
        # the day is one of a meeting already found)
        for m in _meeting_nouns(stmt, governed=True):
            if _GOVERNED_RE.search(stmt[: m.start()]) and _DATED_NOUN_RE.match(stmt, m.end()):
                return "dated", m.start()
            of = re.match(r"\s+van\s+(?:de|het)\s+", stmt[m.end() :])
            if (
                of
                and any(at == m.end() + of.end() for at, _ in named_bodies())
                and _PRESENCE_RE.search(stmt[: m.start()])
            ):
                # "Het ontwerp werd op 14 oktober besproken op een vergadering van de stuurgroep": a named body's
                # meeting, its day elsewhere in the statement (gold5: host body)
                return "dated", m.start()
    return None


# What a meeting does: "Het teamoverleg van de consultteams besprak op 14 november ...", a meeting noun as the subject
# of deliberation is the meeting itself (dev-2025-12 W15), unlike "Het lokaal overleg stuurde een brief"
_DELIBERATION_RE = re.compile(
    r"\b(?:besprak|bespraken|bespreekt|bespreken|behandelde|behandelden|behandelt|boog\s+zich|bogen\s+zich"
    r"|buigt\s+zich|besliste|beslisten|beslist|keurde|keurden|keurt|adviseerde|evalueerde|overliep|overliepen)\b",
    re.IGNORECASE,
)
_INDEFINITE_BEFORE_RE = re.compile(r"\b(?:een|geen|\w+\s+keer\s+een)\s+(?:[a-zà-ÿ]+\s+)?$", re.IGNORECASE)
_DEFINITE_BEFORE_RE = re.compile(r"\b(?:het|de|dit|deze|dat|die)\s+(?:[a-zà-ÿ]+\s+)?$", re.IGNORECASE)
# Where a body stands for its meeting: after a preposition of presence ("stelde zijn werking voor op het regionaal
# overleg van de Waaslandse gemeenten op 8 november", a host body's meeting, gold5)
_AT_A_MEETING_RE = re.compile(
    r"\b(?:op|tijdens|in|bij|aan|naar|voor)\s+(?:(?:het|de|een|dit|deze|dat|die|hun|haar|zijn)\s+)?$", re.IGNORECASE
)


def _heads_a_body_name(noun: re.Match[str], bodies: list[tuple[int, str]], stmt: str, definite: bool = False) -> bool:
    """Is the meeting noun the head of one of the statement's body names, standing for the body, not its meeting
    ("Het lokaal overleg stuurde", "de samenstelling van het lokaal overleg"; not "op het regionaal overleg van 8
    november")?"""
    return any(
        at <= noun.start()
        and noun.group(0).lower() in name.lower().split()
        and not _AT_A_MEETING_RE.search(stmt[:at])
        and not _INDEFINITE_BEFORE_RE.search(stmt[:at])  # ("hadden een werkoverleg": a meeting, no body named)
        and (not definite or _DEFINITE_BEFORE_RE.search(stmt[:at]))
        for at, name in bodies
    )


# At a meeting: "op een vergadering", "tijdens de bijeenkomst" (not "over", "na", "voor" it)
_PRESENCE_RE = re.compile(r"\b(?:op|tijdens|in|bij)\s+(?:(?:de|het|een|haar|zijn|hun)\s+)?(?:[a-zà-ÿ]+e\s+)?$", re.I)


# A bare exchange, no compound ("uitwisselingsdag", "uitwisselingsmoment" are events): "een online uitwisseling"
_EXCHANGE_RE = re.compile(r"\b(?:online\s+|digitale\s+)?uitwisseling\b")
_MEET_UP_RE = re.compile(
    r"\b(?:spreek|spreekt|spreken|sprak|spraken)\b(?:\s+[^\s.;,]+){0,4}?\s+af\b(?!\s+(?:om|dat)\b)"
)
# Parties agreeing to meet each other from now on: "spraken af om elkaar voortaan twee keer per jaar te treffen" (with a
# rate: a standing meeting, unlike "werd afgesproken om een nota op te stellen")
_AGREED_TO_MEET_RE = re.compile(
    r"\b(?:spreken|spraken)\s+af\s+om\s+elkaar\b[^.;]*?\bte\s+(?:treffen|ontmoeten|zien|spreken)\b"
    r"|\b(?:spreken|spraken)\s+af\s+om\b[^.;]*?\b(?:samen\s+te\s+komen|samen\s+te\s+zitten|bijeen\s+te\s+komen)\b"
)
# The party of the split verb "afstemmen": "stemde op 12 oktober af met de VVSG"
_AF_WITH_RE = re.compile(
    rf"{_STEM}[^.;]*?\baf\s+met\s+(?:de\s+|het\s+)?(?P<who>[^,;:()]+?)"
    r"(?=\s+(?:op|in|over|om|rond|binnen|waarbij|zodat|en\s+met)\b|[,;:().]|$)"
)
_AF_MET_RE = re.compile(rf"{_STEM}[^.;]*?\baf\s+met\s+(?:de\s+|het\s+)?[A-Z]")
# The rate at which a body meets: "de frequentie van de LIVC", "het vergaderritme van de stuurgroep"
_RATE_OF_RE = re.compile(r"\b(?:frequentie|vergaderfrequentie|vergaderritme)\s+van\s+(?:de\s+|het\s+)?", re.I)
# What a meeting is about: "overleg met het EMB over de erkenning van het traject als onderdeel van de opleiding"
_ABOUT_RE = re.compile(
    r"\b[\w-]*(?:overleg|vergadering|bijeenkomst)(?:en)?\s+(?:(?:met|tussen)\s+[^;:()]{1,80}?\s+)?(?:over|rond|omtrent|inzake)\s",
    re.IGNORECASE,
)
_OFFERED_VIA_RE = re.compile(r"\bvia\s+(?:een\s+)?(?:reeks\s+)?(?:[a-zà-ÿ]+e?\s+)?$", re.IGNORECASE)
_DAY_RE = re.compile(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}\s+[a-z]+(?:\s+\d{4})?")


def _day_end(stmt: str, pos: int) -> int:
    """End of the first day written after ``pos`` (the end of stmt when none)."""
    day = _DAY_RE.search(stmt, pos)
    return day.end() if day else len(stmt)


# A statement opening with a dated meeting or body: "Op de vergadering van 16/9/2021", "Op het begeleidingscomité van
# 2/9/2021", "Tijdens de stuurgroep van 26 september"
_FRONTED_DATED_RE = re.compile(r"(?:Op|Tijdens|Gedurende)\s+(?:de|het|haar|zijn|hun)\s+(?:[a-zà-ÿ]+e\s+)?")


def _dated_reference(stmt: str) -> int | None:
    """Position of the meeting noun or body a statement opens with when its own day follows ("van 2/9/2021")."""
    fronted = _FRONTED_DATED_RE.match(stmt)
    if fronted is None:
        return None
    at = fronted.end()
    noun = _MEETING_NOUN_RE.match(stmt, at)
    if noun is None and (body := _BODY_RE.search(stmt, at, at + 60)) is not None:
        # (a capitalised name before its head: "Op het Vlaams Platform Radicalisering van 14/9")
        noun = body if re.fullmatch(r"(?:[A-Z][\w'’-]*\s+){0,3}", stmt[at : body.start()]) else None
    if noun is None:
        return None
    # (the body's own name may stand between the noun and the day: "op het Vlaams Platform Radicalisering van 14/9")
    day = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,4}\s+(?:van|op)\s+\d{1,2}\b|\s*\(\s*\d{1,2}[/.-]\d")
    return noun.start() if day.match(stmt, noun.end()) else None


# A deliberative body as the subject of a decision: "De gemeenteraad van Menen besliste", "Het college keurde ... goed"
_DATED_NOUN_RE = re.compile(
    r"(?:\s+van\s+(?:de|het)(?:\s+[\w/-]+){1,4}?)?,?\s+(?:van|op)\s+\d{1,2}\b"
    # "Gedurende het eerste overleg met 7 gemeenten (10/03/2017) werd": its day in parentheses (GUIDELINES, gold5:
    # follow-up sentences)
    r"|(?:\s+met\s+[^(),;.]{1,40}?)?\s*\(\s*\d{1,2}[/.-]\d",
    re.IGNORECASE,
)


def _topic(text: str, para_start: int, upto: int) -> str | None:
    """First body named in text[para_start:upto] (the paragraph before the statement)."""
    for stmt_start, stmt_end in split_statements(text[para_start:upto]):
        bodies = _bodies(text[para_start + stmt_start : para_start + stmt_end])
        if bodies:
            return bodies[0][1]
    return None


def _described_meeting(stmt: str) -> str | None:
    """'Het overleg met de Brusselse politiezones vond plaats' -> 'overleg met de Brusselse politiezones':
    a definite meeting noun with a complement names the meeting itself."""
    m = re.search(
        r"\b(?:de|het)\s+(?P<np>[\w-]*(?:overleg|bijeenkomst|vergadering|meeting)\w*\s+(?:met|van|tussen)\s+"
        r"[^,;:()]+?)(?=\s+(?:vond|vonden|ging|gingen|werd|werden|wordt|is|was|zal|zullen|kwam|op|in)\b|[,;:()]|$)",
        stmt,
        re.IGNORECASE,
    )
    if m is None:
        return None
    # (any finite verb ends it: "Het overleg van de preventiediensten vergaderde op ...")
    verb = next(
        (w for w in re.finditer(r"\s(\S+)", m.group("np")) if _is_finite_verb(stmt, m.start("np") + w.start(1))), None
    )
    np = m.group("np")[: verb.start()] if verb else m.group("np")
    # ("de vergadering van juni" names a meeting by its month, not by a body: no name of its own)
    return np if not _WHEN_TAIL_RE.search(np) else None


def _is_anaphoric(stmt: str) -> bool:
    """Does the statement's meeting noun refer back ("De volgende bijeenkomst", "Dit overleg")?
    A statement without a meeting noun ("Het kwam ... samen") refers back to its context too."""
    nouns = _meeting_nouns(stmt, governed=True)
    if not nouns:
        return True
    for word in reversed(re.findall(r"[\w-]+", stmt[: nouns[0].start()])[-3:]):
        low = word.lower()
        if low in _DEFINITE or low in ("haar", "zijn", "hun", "volgende", "eerstvolgende"):
            return True  # "Op haar laatste bijeenkomst": the body's own meeting; "Een volgende sessie": the next one
        if not (low.endswith("e") and low not in _STOP_WORDS):
            return False  # "een", a numeral, a verb: an indefinite or bare noun
    return False


def _own_noun(stmt: str) -> str | None:
    """The printed meeting noun, the body of a statement that names none ("drie vergadermomenten")."""
    nouns = _meeting_nouns(stmt, governed=True)
    if not nouns:
        return None
    # (with the classifying adjective printed before it: "in een lokaal trajectoverleg", gold7 adjectives as printed)
    before = re.search(r"(?<![\w-])([a-zà-ÿ]+)\s+$", stmt[: nouns[0].start()])
    word = before.group(1) if before else ""
    not_naming = _NOT_NAMING | _ARTICLES | _QUANTIFIERS | _POSSESSIVES | set(_COUNT_WORDS)
    if word.endswith(_DESCRIBING) and word not in not_naming:
        return f"{word} {nouns[0].group(0)}"
    return nouns[0].group(0)


# "Dit (interne) overleg", "Deze vergaderingen": a meeting named just before
_DEMONSTRATIVE_NOUN_RE = re.compile(
    r"(?:Dit|Deze|Die|Dat|dit|deze)\s+(?:[a-zà-ÿ-]+e\s+)?[\w-]*(?:overleg|vergadering|bijeenkomst|meeting)\w*\b"
)
# "een intern overleg van de afdeling X", "de vergaderingen van het Platform": a meeting and its owner
_OWNED_MEETING_RE = re.compile(
    r"\b[\w-]*(?:overleg|vergadering|bijeenkomst|meeting)\w*\s+van\s+(?:de\s+|het\s+)?", re.IGNORECASE
)


_CO_HOST_RE = re.compile(r"\bsamen\s+met\s+(?:de\s+|het\s+)?$", re.IGNORECASE)


# An activity noun for generic participants as the subject: "De intervisie voor casemanagers", "De supervisiesessies
# voor de LIVC-coördinatoren" (an "intervisiegroep voor X" is a group of its own: not matched)
_ACTIVITY_FOR_RE = re.compile(
    r"(?:De|Het)\s+(?:[a-zà-ÿ]+e\s+)?(?:inter|super)visie(?:s|sessies?|momenten)?\s+voor\s+(?:de\s+)?"
    r"(?:[A-Z][A-Z0-9]+-)?[a-zà-ÿ]+(?:en|s)\b"
)
_ORGANISED_BY_RE = re.compile(r"\b(?:begeleid|georganiseerd|getrokken|gecoördineerd|aangeboden)\s+door\s+", re.I)


def _organiser_of(stmt: str, text: str) -> str | None:
    """Who organises the activity of ``stmt``: the organisation after "begeleid/georganiseerd door" in it, else the
    organisation the text (an entry) names most often (the first of those on a tie), or None."""
    if by := _ORGANISED_BY_RE.search(stmt):
        orgs = find_organisations(stmt[by.end() :][:120])
        if orgs and orgs[0].char_start <= 4:
            return orgs[0].mention
    counts: dict[str, int] = {}
    for o in find_organisations(text):
        counts[o.canonical] = counts.get(o.canonical, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _holder_before(before: str) -> str | None:
    """The party or organisation holding the meeting of the statement just before (``before`` ends there), when
    it names its meeting with generic partners: "de afdeling Jeugd zette het overleg met de jeugdwerkkoepels
    voort; dit overleg ..." -> "afdeling Jeugd" (GUIDELINES, gold5: organiser vs group)."""
    spans = split_statements(before)
    if not spans:
        return None
    last = before[spans[-1][0] : spans[-1][1]]
    nouns = _meeting_nouns(last, governed=True)
    partner = _PARTNER_RE.search(last)
    if not nouns or not partner or _is_named_party(partner.group("who")):
        return None
    return _subject_body(last, nouns[0].start())


def _owner_before(before: str) -> str | None:
    """The owner of the last meeting noun with a "van" owner in ``before`` (an organisation or a body)."""
    owned = list(_OWNED_MEETING_RE.finditer(before))
    if not owned:
        return None
    rest = before[owned[-1].end() :][:120]
    orgs = find_organisations(rest)
    if orgs and orgs[0].char_start == 0:
        return orgs[0].mention
    bodies = _bodies(rest) + _bodies(rest, _PARTY_RE)
    first = min(bodies) if bodies else None
    return first[1] if first and first[0] == 0 else None


def _pair_before(before: str) -> str | None:
    """The group of the parties of the statement just before (``before`` ends there), when it names a meeting
    "tussen A en B": the antecedent of "dit overleg"."""
    spans = split_statements(before)
    if not spans:
        return None
    last = before[spans[-1][0] : spans[-1][1]]
    between = _between(last) if _meeting_nouns(last, governed=True) else None
    group = _group_of_pair(between) if between else None
    return group if group and not _is_indefinite_collective(group) else None


def _partners_before(text: str, start: int, stmt: str, body: str) -> list[str]:
    """The named parties of the meeting "tussen A en B" of the statement before, when ``stmt`` refers back to it ("dit
    overleg") and ``body`` is the first party: the consultation is symmetric, each party met (GUIDELINES G9-2); else
    []."""
    if not _DEMONSTRATIVE_NOUN_RE.match(stmt):
        return []
    para = next((a for a, b in _paragraph_spans(text) if a <= start <= b), 0)
    spans = split_statements(text[para:start])
    last = text[para + spans[-1][0] : para + spans[-1][1]] if spans else ""
    return _between_partners(last, body) if last and _meeting_nouns(last, governed=True) else []


def _resolve_body(text: str, start: int, stmt: str, facts: list[MeetingFact]) -> str | None:
    """The body of a statement that names none: a standing body earlier in the paragraph;
    for an anaphoric reference the previous meeting of the paragraph or the paragraph
    before; otherwise the meeting noun itself. ``facts``: the meetings found before the statement."""
    if _people_of(stmt) is not None:
        return None  # "De coördinatoren van de vijf testhuizen kwamen samen": people, no body (GUIDELINES G11-1)
    previous = facts[-1] if facts else None
    paras = _paragraph_spans(text)
    idx = next(i for i, (a, b) in enumerate(paras) if a <= start <= b)
    # (the nearest antecedent first)
    if _DEMONSTRATIVE_NOUN_RE.match(stmt) and (pair := _pair_before(text[paras[idx][0] : start])):
        return pair  # "Tussen de afdeling X en Y werd een intern overleg opgestart; dit overleg komt ... samen"
    if _DEMONSTRATIVE_NOUN_RE.match(stmt) and (owner := _owner_before(text[paras[idx][0] : start])):
        return owner  # "... in een intern overleg van de afdeling X. Dit interne overleg kwam ... samen"
    if _DEMONSTRATIVE_NOUN_RE.match(stmt) and (holder := _holder_before(text[paras[idx][0] : start])):
        return holder
    # "Het EDRI organiseert maandelijks een casusoverleg ... Het overleg kwam samen op ...": a bare anaphoric meeting
    # noun is the meeting just reported in the paragraph, before any body the paragraph names first
    # (the same noun: "Het overleg" after "een casusoverleg", not after "zijn vergadering van 26 februari")
    bare = re.match(r"(?:De|Het|de|het)\s+(?P<noun>overleg|vergadering|bijeenkomst|meeting)\b", stmt)
    if (
        bare
        and previous is not None
        and previous.char_start >= paras[idx][0]
        and re.search(rf"{bare.group('noun')}\b", previous.raw, re.IGNORECASE)
    ):
        return previous.body
    if bare and (same := _last_meeting_named(facts, bare.group("noun"))) and _topic(text, paras[idx][0], start) is None:
        # "Het netoverschrijdend overleg ... vond plaats op 28 september. | Ter voorbereiding ... kwam een schrijfgroep
        # drie keer samen. | Het overleg wordt herhaald in het voorjaar": a definite bare noun takes up the last
        # meeting reported by that noun, across a paragraph about another body (GUIDELINES gold7: fullest mention)
        return same.body
    found = _topic(text, paras[idx][0], start)
    nouns = _meeting_nouns(stmt, governed=True)
    # (unless the paragraph's body is named by the same noun: "Het Jeugdwerkoverleg Polarisering ... Het overleg zal")
    same_noun = bool(found and nouns and found.split()[0].lower().endswith(nouns[0].group(0).lower()))
    if (
        _is_anaphoric(stmt)
        and previous is not None
        and previous.char_start >= paras[idx][0]
        and re.fullmatch(r"[\s.;]*", text[previous.char_end : start])
        and not same_noun
    ):
        # "...; de werkgroep vergaderde online op 18/06/2020 ... De volgende vergadering is voorzien voor 18 maart
        # 2021": the next meeting of the body just reported, before any body the paragraph names first
        return previous.body
    if found is not None:
        return found
    if not _is_anaphoric(stmt):
        return _own_noun(stmt)
    if previous is not None and previous.char_start >= paras[idx][0]:
        return previous.body
    earlier = [p for p in paras[:idx] if text[p[0] : p[1]].strip()]
    return _topic(text, *earlier[-1]) if earlier else None


# A sentence whose subject is people or functions of a kind, in the plural: "De coördinatoren van de vijf testhuizen
# kwamen ... samen", "Op lokaal niveau kwamen de directeurs ... samen"
_PEOPLE_SUBJECT_RE = re.compile(
    r"(?:^|^[^,;]*?\b(?:kwamen|komen|zaten|zitten|vergaderden|vergaderen)\s+)(?:De|de|Deze|deze|Die|die)\s+"
    r"(?:[a-zà-ÿ]+e\s+)?"
    r"(?P<people>[a-zà-ÿ]+(?:en|s))\b"
)


def _people_of(stmt: str) -> str | None:
    """The plural person head that is the subject of ``stmt`` ("coördinatoren", "referentieconsulenten": a compound
    ending in a person head too) when no group is named in it, else None: people or functions meeting are no body
    (GUIDELINES G11-1)."""
    m = _PEOPLE_SUBJECT_RE.match(stmt)
    if m is None or _bodies(stmt):
        return None
    people = m.group("people")
    singulars = (people[: len(people) - k] for k in (1, 2, 3))
    return people if any(_PERSON_HEAD_END_RE.search(w) for w in singulars) else None


_PERSON_HEAD_END_RE = re.compile(rf"(?:{_PERSON_HEADS.pattern})$", re.IGNORECASE)
# People of one organisation as the subject: "De trajectbegeleiders van VSK zitten", "De VDAB-bemiddelaars kwamen"
_EMPLOYED_SUBJECT_RE = re.compile(
    r"\W*(?:De|de)\s+(?:[a-zà-ÿ]+e\s+)?(?:(?P<prefix>[A-Z][\w!.&]*)-(?P<compound>[a-zà-ÿ]+(?:en|s))"
    # (the organisation may open on a lower-case type or legal form: "van de vzw Kantelpunt", "van de stad Aalst")
    r"|(?P<people>[a-zà-ÿ][\w-]*(?:en|s))\s+van\s+(?:de\s+|het\s+)?(?P<org>(?:[a-zà-ÿ]+\s+)?[A-Z][^,;:()]*?))"
    r"(?=\s+(?:met\s+een\s+[^,;]*?\s+)?(?:kwamen|komen|zaten|zitten|vergaderden|vergaderen|troffen|treffen)\b)"
    # or the organisation fronted, its people the subject after the verb: "Binnen de vzw Kantelpunt kwamen de
    # straathoekwerkers maandelijks samen"
    r"|\W*Binnen\s+(?:de\s+|het\s+)?(?P<within>(?:[a-zà-ÿ]+\s+)?[A-Z][^,;:()]*?)\s+"
    r"(?:kwamen|komen|zaten|zitten|vergaderden|vergaderen|troffen|treffen)\s+de\s+(?:[a-zà-ÿ]+e\s+)?"
    r"(?P<staff>[a-zà-ÿ][\w-]*(?:en|s))\b"
)


def _employer_of_people(stmt: str) -> str | None:
    """The canonical of the one named organisation whose people are a statement's subject, when they meet in no group
    named for them (a bare meeting noun aside: "in een teamoverleg"; not "in een intervisiegroep", G10-1), or None."""
    m = _EMPLOYED_SUBJECT_RE.match(stmt)
    if m is None or not _is_people_word(m.group("compound") or m.group("people") or m.group("staff")):
        return None
    group = _IN_GROUP_RE.search(stmt)
    named = group and (words := (group.group("group") or group.group("owned") or group.group("met") or "").split())
    if named and not _MEETING_NOUN_RE.search(words[0]) and not _MEETING_NOUN_RE.search(words[-1]):
        return None
    if re.search(r"\bsamen\s+met\b|\bmet\s+(?:de|het)\s", stmt[m.end() :]):
        return None  # (meeting others: "zitten samen met de back-office van ...")
    return _organisation_named(m.group("prefix") or m.group("org") or m.group("within"))


# People of a place: "de LIVC-coördinatoren van Sint-Niklaas"
_PEOPLE_OF_PLACE_RE = re.compile(r"(?:de\s+)?(?P<people>[\w-]+)\s+van\s+(?P<place>[A-Z][\w-]+)$", re.IGNORECASE)


_PEOPLE_BETWEEN_RE = re.compile(r"\btussen\s+(?P<parties>[^;:()]+?)(?=\s+(?:over|rond|om|op|in)\s|[;:()]|\.?$)")


def _between_people(stmt: str) -> bool:
    """Is what a meeting was held between only people ("tussen de LIVC-coördinatoren van Sint-Niklaas, Temse en
    Beveren", "tussen het aanspreekpunt en de consulenten")? Then no body met (GUIDELINES G11-1)."""
    m = _PEOPLE_BETWEEN_RE.search(stmt)
    if m is None:
        return False
    for parts in _list_readings(m.group("parties")):
        heads = [re.sub(r"^(?:de|het|een)\s+", "", p.strip(), flags=re.I).split() for p in parts]
        people = [h for h in heads if h and (_is_people_word(h[0]) or _PERSON_HEAD_END_RE.search(h[-1]))]
        places = [h for h in heads if h and _is_place(" ".join(h))]
        if heads and len(people) + len(places) == len(heads) and people:
            return True
    return False


def _is_people_word(word: str) -> bool:
    """A plural person head, alone or compounded ("coördinatoren", "LOP-deskundigen", "LIVC-coördinatoren")."""
    low = word.lower()
    if not re.search(r"(?:en|s)$", low) or _PARTY_RE.fullmatch(word):
        return False  # (a party head is a group that meets: "de inspecteurs Islam", "de referentiepersonen")
    # (a long vowel spelt once in the plural: "ambtenaren" -> "ambtenaar", "leraren" -> "leraar")
    singulars = [low[: len(low) - k] for k in (1, 2, 3)] + [re.sub(r"([aeou])([^aeiou])en$", r"\1\1\2", low)]
    return any(_PERSON_HEAD_END_RE.search(w) for w in singulars)


# Where people of a kind are placed in one organisation: "Binnen Opgroeien zijn 26 referentieconsulenten actief"
_PEOPLE_WITHIN_RE = re.compile(r"\b[Bb]innen\s+(?:de\s+|het\s+)?")


def _organisation_of_people(text: str, start: int, people: str) -> str | None:
    """The one organisation the text placed these people in before ``start`` ("Binnen Opgroeien zijn 26
    referentieconsulenten radicalisering actief. De referentieconsulenten komen vijf keer per jaar samen" ->
    Opgroeien; GUIDELINES G11-1: people meeting are no body unless one organisation owns the meeting), or None."""
    before = text[max(0, start - NAMING_WINDOW) : start]
    owners = set()
    for sentence in re.split(r"(?<=[.;])\s+", before):
        if not re.search(rf"(?<![\w-]){re.escape(people)}\b", sentence):
            continue
        # (found in the whole sentence: a name opening a text may be read as a word, "Opgroeien zijn ...")
        orgs = {o.char_start: o.canonical for o in find_organisations(sentence)}
        owners.update(orgs[m.end()] for m in _PEOPLE_WITHIN_RE.finditer(sentence) if m.end() in orgs)
    return owners.pop() if len(owners) == 1 else None


def _last_meeting_named(facts: list[MeetingFact], noun: str) -> MeetingFact | None:
    """The last meeting found whose own statement names it by ``noun`` (or a compound ending in it)."""
    named = re.compile(rf"{noun}\b", re.IGNORECASE)
    return next((f for f in reversed(facts) if named.search(f.raw)), None)


def _clean_body(name: str) -> str:
    """The body as a noun phrase: no markup, leading article or quantifier, no trailing clause; a policy domain it lies
    within kept as its owner ("interne netwerk van aanspreekpunten binnen het beleidsdomein WVG" -> "... aanspreekpunten
    beleidsdomein WVG": gold7, "binnen ABB een kernteam" -> "kernteam ABB")."""
    name = re.sub(r"\*+|</?(?:strong|b|em|i|u)>", "", name)
    if within := _WITHIN_DOMAIN_RE.search(name):
        name = f"{name[: within.start()]} {within.group('owner')}"
    name = _TRAILING_CLAUSE_RE.split(name, maxsplit=1)[0]
    name = " ".join(name.split()).strip(" '\"‘’“”,.:;-")
    words = name.split()
    while words and (words[0].lower() in _ARTICLES or words[0].lower() in _QUANTIFIERS):
        words = words[1:]
    return " ".join(words)


# A relative or final clause, a parenthesis or a comma ends a body's name: "het platform, dat overleg ..."; not the
# commas of a capitalised enumeration ending in "en" ("Commissie voor Cultuur, Jeugd, Sport en Media").
_TRAILING_CLAUSE_RE = re.compile(
    r"\s*[;:(]|\s*,(?!(?-i:(?:\s+[A-Z][\w'-]*)+(?:,(?:\s+[A-Z][\w'-]*)+)*\s+(?:en|and|&)\s+[A-Z]))"
    # (nor those of a lower-case topic enumeration that ends the name, as _body_at takes it: "werkgroep
    # radicalisering, polarisering en gewelddadig extremisme")
    r"(?!(?-i:(?:\s+[a-zà-ÿ][\w-]*){1,2}(?:,(?:\s+[a-zà-ÿ][\w-]*){1,2})*\s+en(?:\s+[a-zà-ÿ][\w-]*){1,2})$)|(?<!\svan)\s+(?-i:dat|die|waar|waar(?:in|bij|van|op|door|mee|aan|onder)|wat|om|zodat|welke|dewelke|wanneer|met|binnen|tussen"
    r"|tijdens|bij|ter|ten|rond\s+de|naar)\s"
    r"|\s+voor\s+(?:de|het)\s+(?:\w+\s+)?(?:keer|maal|eerst)\b",
    re.IGNORECASE,
)
# Words that are not a body that meets (CONVENTIONS-12): event and meeting nouns, one-off kick-offs,
# "overleg" alone, help lines. Compound "-overleg" names ("sectoroverleg") are bodies.
_GENERIC_BODY_RE = re.compile(
    r"[\w-]*(?:bijeenkomst|vergadering|vergadermoment|meeting|overlegmoment|sessie|samenkomst|moment)(?:en|s)?"
    r"|(?:(?:op)?start|kick-?off|eerste|volgende|)overleg(?:gen)?|hulplijn(?:en)?(?:overleg)?|(?:inter|super)visie(?:s|moment\w*|dag\w*|sessie\w*)?",
    re.IGNORECASE,
)


# Dutch generic head nouns, written in lower case in a canonical body ("werkgroep Communicatie").
_LOWER_HEADS = {h for h in _BODY_SUFFIXES + _PARTY_HEADS if h not in ("network",)} | {
    f"{h}en" for h in _BODY_SUFFIXES + _PARTY_HEADS
}


# How far back a bare head looks for its fuller name: a passage, not a whole (pathologically long) field.
NAMING_WINDOW = 20_000


def _introduced_in(stmt: str, body: str) -> bool:
    """Is the bare body introduced in ``stmt`` by an indefinite article ("In Vlaams-Brabant werd een werkgroep
    opgericht ..., die ... zal vergaderen")? A new body then, not one named earlier."""
    # (an ordinal is the next meeting of a known body: "Een tweede adviesraad staat gepland voor maart 2021")
    ordinal = r"(?!(?:tweede|derde|vierde|vijfde|volgende|laatste|eerstvolgende|extra)\s)"
    found = re.search(rf"\been\s+{ordinal}(?:[a-zà-ÿ]+e\s+)?{re.escape(body)}\b", stmt, re.IGNORECASE)
    return " " not in body and bool(found)


def _fuller_name(text: str, start: int, body: str) -> str:
    """A bare head ("De werkgroep", "het College") stands for the nearest fuller name earlier in the
    text that starts with it ("werkgroep radicalisering", "College van Procureurs-generaal")."""
    head = _clean_body(body)
    if introduced := _introduced_with_adjectives(text[max(0, start - NAMING_WINDOW) : start], head):
        return introduced
    if " " in head and head.islower():
        return _fuller_phrase(text, start, head) or body
    if " " in head or not head or re.fullmatch(r"[A-Z][A-Z0-9&!-]+", head):
        return body  # (an acronym names the organisation itself, not a head: "VVSG" is no "VVSG werkgroep X")
    # (a proper name is named by a fuller name that opens with it, "Al-Wasat – Centrum voor Religieuze Duiding"
    # (gold6 D4), not by a body of it: "Arktos" is no "interventieteam Arktos"; "Het Platform" is a head)
    proper = head[:1].isupper() and not _BODY_RE.fullmatch(head) and not _singular_body_head(head.lower())
    names = [(pos, name) for pos, name in _bodies_before(text, start) if _clean_body(name).lower() != head.lower()]
    names += [(pos, mention) for pos, mention in _organisations_before(text, start) if " " in mention]
    fuller = [(pos, name) for pos, name in names if _has_head(name, head)]
    if proper:
        fuller = [
            (pos, name)
            for pos, name in fuller
            if re.sub(r"^(?:vzw|asbl|cvba|nv)\s+", "", _clean_body(name), flags=re.I).startswith(f"{head} ")
        ]
    if not fuller and (single := _singular_body_head(head)):
        # "In elk van deze gemeenten werd een lokale stuurgroep samengesteld ...; de stuurgroepen kwamen ... samen":
        # a plural back-reference names the body introduced in the singular (dev-2020-06 G09)
        fuller = [(pos, name) for pos, name in names if " " in _clean_body(name) and _has_head(name, single)]
    if not fuller:
        return body
    pos, name = max(fuller)
    # "Het comité" after "Het stuurcomité" after "een netoverschrijdend stuurcomité X": the compound is itself a
    # bare head, named in its turn by the text before it
    return _fuller_name(text, pos, name) if " " not in _clean_body(name) else name


# A field is read statement by statement, and each bare head looks back over the passage before it: the bodies and
# organisations of each paragraph are found once per field, not once per statement (a 100,000-character field
# would otherwise cost its length squared).
@lru_cache(maxsize=4096)
def _paragraph_bodies(paragraph: str) -> tuple[tuple[int, str], ...]:
    return tuple(_bodies(paragraph))


@lru_cache(maxsize=4096)
def _paragraph_organisations(paragraph: str) -> tuple[tuple[int, str], ...]:
    return tuple((o.char_start, o.mention) for o in find_organisations(paragraph))


@lru_cache(maxsize=64)
def _paragraphs_of(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_paragraph_spans(text))


def _per_paragraph_before(
    text: str, start: int, find: Callable[[str], tuple[tuple[int, str], ...]]
) -> list[tuple[int, str]]:
    """What ``find`` gives for the passage of ``text`` before ``start`` (at most NAMING_WINDOW characters), paragraph
    by paragraph, at positions in ``text``; a paragraph the window or ``start`` cuts is read as cut."""
    low = max(0, start - NAMING_WINDOW)
    out = []
    for a, b in _paragraphs_of(text):
        if b <= low or a >= start:
            continue
        lo, hi = max(a, low), min(b, start)
        whole = lo == a and hi == b
        found = find(text[lo:hi]) if whole else find.__wrapped__(text[lo:hi])  # (a cut paragraph: not cached)
        out += [(lo + pos, name) for pos, name in found]
    return out


def _bodies_before(text: str, start: int) -> list[tuple[int, str]]:
    """The bodies named in the passage before ``start`` (``_bodies``), at their positions in ``text``."""
    return _per_paragraph_before(text, start, _paragraph_bodies)


def _organisations_before(text: str, start: int) -> list[tuple[int, str]]:
    """(position, mention) of the organisations named in the passage before ``start``."""
    return _per_paragraph_before(text, start, _paragraph_organisations)


def _introduced_with_adjectives(before: str, name: str) -> str | None:
    """A body named by its head or name alone ("De LIVC-R", "De cel Samenleven") that the text introduced earlier with
    classifying adjectives ("een gezamenlijke LIVC-R", "een interne cel Samenleven") is named as introduced: a body's
    name is its fullest mention in the action (GUIDELINES gold7, words as printed; G9-1 adjectives stay out); None
    when no such introduction precedes."""
    if not name or name.islower():
        return None  # (a lower-case name is a description, named by _fuller_phrase)
    introductions = list(re.finditer(rf"\been\s+(?P<adjectives>(?:[a-zà-ÿ]+e\s+)+){re.escape(name)}(?![\w-])", before))
    if not introductions:
        return None
    found = introductions[-1]  # (the nearest)
    adjectives = [w for w in found.group("adjectives").split() if w not in _NOT_NAMING]
    return " ".join([*adjectives, name]) if adjectives else None


def _singular_body_head(head: str) -> str | None:
    """The singular of a plural body head ("stuurgroepen" -> "stuurgroep", "platformen" -> "platform",
    "comités" -> "comité"), or None when the word is no plural of one."""
    low = head.lower()
    for single in (_singular_head(low), low[:-1] if low.endswith("s") else ""):
        if single and single != low and _BODY_RE.fullmatch(single) and not _NOT_BODY_WORD.fullmatch(single):
            return single
    return None


def _fuller_phrase(text: str, start: int, phrase: str) -> str | None:
    """A lowercase name of several words ("het lerend netwerk", "Het intersectoraal overleg") stands for the nearest
    longer name earlier in the text that contains it ("lerend netwerk Polarisering", "Vlaams intersectoraal
    overleg"): the report names a body in full once, then by its description."""
    words = phrase.split()
    if phrase not in text[max(0, start - NAMING_WINDOW) : start].lower():
        return None  # (cheap test first: the words must occur together before)
    fuller = []
    for pos, name in _bodies_before(text, start):
        cleaned = _clean_body(name).lower().split()
        inside = any(cleaned[i : i + len(words)] == words for i in range(len(cleaned) - len(words) + 1))
        if inside and len(cleaned) > len(words):
            fuller.append((pos, name))
    return max(fuller)[1] if fuller else None


# The same head noun in the report's other language ("het netwerk" after "het 'Network of ...'").
_HEAD_EQUIVALENTS = {"network": "netwerk", "committee": "comité", "group": "groep", "council": "raad"}


def _has_head(name: str, head: str) -> bool:
    """Is the bare head ("Platform", "netwerk") a word of the fuller name ("Vlaams Platform Radicalisering",
    "lerend netwerk Lokale aanpak radicalisering", "Network of national prevent policy makers")?"""

    def norm(w: str) -> str:
        return _HEAD_EQUIVALENTS.get(w.lower(), w.lower())

    # "De cel" after "kennis- en expertencel": a compound ending in the head names the same group.
    h = norm(head)
    words = [norm(w) for w in _clean_body(name).split()]
    hits = [i for i, w in enumerate(words) if w == h or (w.endswith(h) and len(w) > len(h) + 2)]
    if not hits:
        return False
    # (the head of the name, not of its owner: "het Platform" is no "bureau Vlaams Platform Radicalisering")
    first_head = next(
        (i for i, w in enumerate(words) if _BODY_RE.fullmatch(w) or w in _HEAD_EQUIVALENTS.values()), None
    )
    return first_head is None or hits[0] <= first_head


@lru_cache(maxsize=4096)  # (pure: the same names recur across statements, and each costs an organisation search)
def canonical_body(name: str) -> str | None:
    """The canonical name of a meeting body, or None when the name is not a body (CONVENTIONS-12); a municipality's
    own body or unit takes the municipality's canonical (GUIDELINES G9-3)."""
    nation = _NATIONALITY_RE.match(name)
    if nation and name[nation.end() :][:1].isupper() and body_key(name) not in _gazetteer_keys():
        # "het Nederlandse Landelijk Expertiseteam Verbinding": the country a named body belongs to describes it, no
        # part of its name (as for an organisation the gazetteer knows, below)
        return canonical_body(name[nation.end() :])
    if (owner := _OWNED_OVERLEG_RE.fullmatch(_clean_body(name))) and not _known_bodies().get(body_key(name)):
        # "het teamoverleg van de preventiedienst", "Het partnerschapsoverleg van het Huis van het Kind Brussel": an
        # overleg of an owner is the owner's meeting (GUIDELINES G9-7, as G8-3 for "vergadering van X")
        # (an owner is an organisation or a body: not "het overleg van het project", "van de betrokken diensten", nor a
        # programme: "Het partneroverleg van Focus op Talent", dev-2020-06 G30)
        who = owner.group("owner")
        if (_is_whole_organisation(who) or _BODY_RE.fullmatch(who.split()[0])) and (of := canonical_body(who)):
            return of
    # "de centrale administratie van Opgroeien", "de diensten van de stad Gent": an organisation's own administration
    # or services meeting is that organisation (as an overleg of an owner is the owner's meeting, G9-7)
    if (unit := _ADMINISTRATION_OF_RE.fullmatch(_clean_body(name))) and _is_organisation(unit.group("org")):
        return canonical_body(unit.group("org"))
    # "de referentiepersonen radicalisering van de onderwijskoepels": a body of the cross-round table named with a tail
    # saying whose members it gathers is that table body (GUIDELINES gold7, G8-5: the table's name)
    if (tail := _TABLE_TAIL_RE.match(_clean_body(name))) and (known := _known_bodies().get(body_key(tail.group(1)))):
        return known
    body = _canonical_body(name)
    return _municipal_unit(_placed_by_adjective(body)) if body else body


_ADMINISTRATION_OF_RE = re.compile(
    r"(?i:(?:centrale\s+)?(?:administratie|diensten|administratieve\s+diensten))\s+van\s+(?:de\s+|het\s+)?(?P<org>\S.*)"
)
_TABLE_TAIL_RE = re.compile(r"(.+?)\s+van\s+(?:de|het)\s+\S.*")


def _placed_by_adjective(body: str) -> str:
    """ "Limburgse platform" -> "platform Limburg", "Vilvoordse LIVC" -> "LIVC Vilvoorde": a place adjective before a
    body with no name of its own is its territory, after the head (GUIDELINES G9-5, G9-3); unchanged otherwise."""
    adjective, _, rest = body.partition(" ")
    if not rest or not adjective.endswith("se") or not adjective[:1].isupper() or not _UNNAMED_BODY_RE.fullmatch(rest):
        return body
    if re.search(r"[a-zà-ÿ](?:en|s)$", rest):
        return body  # a plural collective as printed: "Brusselse politiezones"
    for place in _places_of_adjective(adjective[:-2]):
        if _is_place(place):
            return f"{rest} {place}"
    return body


def _places_of_adjective(stem: str) -> tuple[str, ...]:
    """The place names a place adjective's stem may come from, by Dutch spelling: "Limburg(se)", "Vilvoord(se)" +e,
    "Mechel(se)" +en, "Oost-Vlaam(se)" -> Vlaanderen, "Roeselaar(se)" -> Roeselare and "Ninoof(se)" -> Ninove (a long
    vowel spelt once before "-e", "f" voiced), "Brug(se)" -> Brugge (a doubled consonant)."""
    out = [stem, stem + "e", stem + "en", re.sub(r"Vlaam$", "Vlaanderen", stem)]
    if long := re.fullmatch(r"(?P<base>.*[^aeiou])(?P<vowel>[aeou])(?P=vowel)(?P<cons>[^aeiou])", stem):
        out.append(f"{long['base']}{long['vowel']}{'v' if long['cons'] == 'f' else long['cons']}e")
    if re.search(r"[bdgklmnprst]$", stem):
        out.append(stem + stem[-1] + "e")
    return tuple(out)


_OWNED_OVERLEG_RE = re.compile(
    r"(?:[a-zà-ÿ]+\s+)?[\w-]*(?i:overleg)\s+van\s+(?:de\s+|het\s+|dit\s+|deze\s+)?(?P<owner>\S.*)"
)
# An overleg without a name of its own: "intern overleg", "overleg mediawijsheid" (a lower-case topic), "teamoverleg"
_UNNAMED_OVERLEG_RE = re.compile(r"(?:[a-zà-ÿ]+\s+)?[\w-]*overleg(?:\s+[a-zà-ÿ][\w\s-]*)?")


def _with_owner(body: str, owner: str) -> str:
    """A bare body named with its owner (gold7, G8-1: "kernteam ABB"); an overleg without a name of its own is the
    owner's meeting, named by the owner alone ("Binnen het departement CJM werd het overleg mediawijsheid
    verdergezet" -> "departement CJM"; GUIDELINES G9-7, as for "het teamoverleg van de preventiedienst")."""
    if _UNNAMED_OVERLEG_RE.fullmatch(body) and not _known_bodies().get(body_key(body)):
        return owner
    return f"{body} {owner}"


# A municipality's own cell or service with its bare town: "LIVC Antwerpen", "casustafel LIVC-R Kortrijk",
# "lokale integrale veiligheidscel Zaventem", "preventiedienst Gent" (not "dienst Preventie": a name of its own)
_TOWN_UNIT_RE = re.compile(
    r"(?P<head>.*?(?<![\w-])(?:LIVC(?:-R)?|lokale\s+integrale\s+veiligheidscel|[a-z]+dienst))\s+(?:van\s+)?(?P<town>[A-ZÀ-Ý][\w'’-]*)"
)


def _municipal_unit(body: str) -> str:
    """ "LIVC Antwerpen" -> "LIVC stad Antwerpen": a LIVC, LIVC-R or municipal service is always the
    municipality's, so its place is its owner, named as the municipality's canonical (GUIDELINES G9-3)."""
    m = _TOWN_UNIT_RE.fullmatch(body)
    return (municipal_body(m.group("head"), m.group("town")) if m else None) or body


def _canonical_body(name: str) -> str | None:
    """The canonical name of a meeting body as printed, or None when the name is not a body (CONVENTIONS-12).

    An organisation the organisation extractor recognises as the whole name gets its canonical
    ("departement Onderwijs en Vorming" -> "departement OV"); otherwise the cleaned noun phrase with
    a generic head noun in lower case ("Werkgroep Communicatie" -> "werkgroep Communicatie")."""
    cleaned = _clean_body(name)
    # ("vergadering van juni": a meeting named by its month is still only a meeting noun)
    cleaned = _WHEN_TAIL_RE.sub("", cleaned)
    if not cleaned or _GENERIC_BODY_RE.fullmatch(cleaned) or _REST_RE.match(cleaned):
        return None
    if known := _known_bodies().get(body_key(cleaned)) or _printed_bodies().get(cleaned):
        # one name per body across actions and rounds (models/meeting_bodies.jsonl); a bare head capitalised as a name
        # ("besproken op de vergadering van het Platform") is the report's own body of that name when the action
        # names no fuller one (that is looked up before)
        return known
    if known := _table_body_by_head(cleaned):
        return known
    if known := _collective_of_table_body(cleaned):
        return known
    if (topical := _TOPIC_OWNER_RE.fullmatch(cleaned)) and (owner := _organisation_named(topical["owner"])):
        # "klankbordgroep rond vroegsignalering van de vzw Kantelpunt" -> "klankbordgroep rond vroegsignalering
        # Kantelpunt": a head with a lower-case topic keeps its owner, named as in the organisation gold (gold7)
        return f"{topical['head']} {owner}"
    if (own := _OWN_NAME_OWNER_RE.fullmatch(cleaned)) and not _van_inside_name(
        own.group("name").split()[-1], cleaned[own.end("name") + 5 :]
    ):
        # "dienst Samenleven en Veiligheid van de stad Leuven" -> "dienst Samenleven en Veiligheid": a body with a name
        # of its own drops its owner (GUIDELINES; as "lerend netwerk Polarisering van de VVSG")
        return canonical_body(own.group("name"))
    orgs = find_organisations(cleaned)
    if len(orgs) == 1 and orgs[0].char_start == 0 and orgs[0].char_end == len(cleaned):
        head = cleaned.split()[0]
        if (town := _municipal_owner(orgs[0].canonical, cleaned)) and head.islower() and _BODY_RE.fullmatch(head):
            # an organ of a municipality: "gemeenteraad van Menen" -> "gemeenteraad Menen" (GUIDELINES gold7)
            return f"{head} {town}"
        return orgs[0].canonical
    if len(orgs) == 1 and orgs[0].char_end == len(cleaned) and _NATIONALITY_RE.fullmatch(cleaned[: orgs[0].char_start]):
        # "de Nederlandse Nationaal Coördinator Terrorismebestrijding en Veiligheid": the country an organisation
        # belongs to describes it, the organisation keeps its canonical name (GUIDELINES, Meetings)
        return orgs[0].canonical
    if (typed := _whole_organisation(cleaned)) and typed.char_start > 0:
        # "de jeugdorganisatie Tegenstroom" -> "Tegenstroom": a lower-case type word the organisation extractor leaves
        # out of a name of its own (gold6 D1), an organisation named as in the organisation gold (G8-1)
        return typed.canonical
    if known := _gazetteer_keys().get(body_key(cleaned)):
        return known  # a gazetteer name spelt in other case or punctuation ("college van procureurs-generaal")
    if known := _gazetteer_keys().get(body_key(_singular_head(cleaned))):
        return known  # its head in the plural: "de agentschappen integratie en inburgering" (dev 4.7)
    cleaned = _without_generic_tail(cleaned)
    head, _, rest = cleaned.partition(" ")
    if head.lower() in _LOWER_HEADS or head.lower().endswith("overleg"):
        head = head.lower()
    return f"{head} {rest}" if rest else head


_TOPIC_OWNER_RE = re.compile(
    r"(?P<head>[a-zà-ÿ][\w-]*\s+(?:rond|over|inzake|omtrent)\s+[a-zà-ÿ][a-zà-ÿ\s-]*?)\s+van\s+(?:de\s+|het\s+)?"
    r"(?P<owner>\S.*)"
)
# The organs and offices of an organisation, bodies of their own before its name
_ORGANS = frozenset({"bestuur", "directie", "kabinet", "administratie", "secretariaat", "leiding", "staf", "personeel"})
_COLLECTIVE_OF_RE = re.compile(r"(?i:netwerk|overleg|overlegforum|forum|groep)\s+van\s+(?:de\s+|het\s+)?(.+)")


def _collective_of_table_body(cleaned: str) -> str | None:
    """ "netwerk van referentiepersonen radicalisering (van de onderwijskoepels)": the group a table body is, named by
    a collective noun, as the table's "overleg(forum) van de referentiepersonen radicalisering" (G8-5: a variant
    name), its owner's "van"-tail left out; None otherwise."""
    if not (m := _COLLECTIVE_OF_RE.fullmatch(cleaned)):
        return None
    members = m.group(1)
    for name in (members, re.split(r"\s+van\s+", members, maxsplit=1)[0]):
        if known := _known_bodies().get(body_key(name)):
            return known
    return None


_NATIONALITY_RE = re.compile(
    r"(?:Nederlandse|Franse|Duitse|Belgische|Britse|Luxemburgse|Deense|Zweedse|Noorse|Finse|Oostenrijkse|Spaanse"
    r"|Italiaanse|Portugese|Poolse|Ierse|Schotse|Amerikaanse|Canadese)\s+"
)
_OWN_NAME_OWNER_RE = re.compile(
    r"(?P<name>(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ][\w-]*\s+[A-Z][\w'’-]*(?:\s+(?:en|&|[A-Z][\w'’-]*))*\s+[A-Z][\w'’-]*"
    r"|(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ][\w-]*\s+[A-Z][\w'’-]*"
    # (an English name of its own: "Network of Prevent Policy Makers van de Europese Commissie", dev-2023-12 Q05)
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:of|on|for)\s+[A-Z][\w'’-]*(?:\s+(?:of|on|for|and|&|[A-Z][\w'’-]*))*)"
    r"\s+van\s+(?:de|het)\s+(?P<owner>(?:stad|gemeente|provincie)\s+\S+"
    r"|[A-Z].*)"
)


def _municipal_owner(canonical: str, printed: str) -> str | None:
    """A municipality or province owner as the text names it: with its kind word when printed ("van de stad Mechelen"
    -> "stad Mechelen"), the bare place otherwise ("van Menen" -> "Menen"); None for any other organisation."""
    town = re.fullmatch(r"(?P<kind>stad|gemeente|provincie) (?P<place>.+)", canonical)
    if town is None:
        return None
    if re.search(rf"\b{town.group('kind')}\s", printed, re.IGNORECASE):
        return canonical
    return town.group("place")


def _singular_head(name: str) -> str:
    """The name with its first word from a Dutch plural in -en to the singular ("agentschappen" -> "agentschap",
    "departementen" -> "departement"); unchanged otherwise."""
    head, _, rest = name.partition(" ")
    if len(head) < 6 or not head.endswith("en"):
        return name
    stem = head[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        stem = stem[:-1]
    return f"{stem} {rest}" if rest else stem


_WHEN_TAIL_RE = re.compile(
    r"\s+(?:van|in|op)\s+(?:(?:begin|eind|half|midden)\s+)?(?:" + "|".join(MONTH_NAMES) + r")(?:\s+\d{4})?$",
    re.IGNORECASE,
)
# "de overige netwerken", "de andere werkgroepen": the rest of a set, no body named (dev-2020-06 NOTES)
_REST_RE = re.compile(r"(?:overige|andere|resterende)\s", re.IGNORECASE)

_LEGAL_FORM_RE = re.compile(r"\s+(?:vzw|v\.z\.w\.?|asbl|cvba|cv|nv|bv|bvba)$", re.IGNORECASE)
_OF_RE = re.compile(r"\s+van\s+(?!(?:bestuur|beheer)\b)(?:(?:de|het)\s+)?", re.IGNORECASE)


def _without_generic_tail(name: str) -> str:
    """A "van" tail naming something generic is dropped ("begeleidingscommissie van de evaluatie" ->
    "begeleidingscommissie"); one naming an organisation or a proper name is kept without "van" and
    without legal form ("raad van bestuur van Huis van de Vrede cvba" -> "raad van bestuur Huis van de
    Vrede", "jury van de projectoproep Tegenstem 2018" -> "jury Tegenstem 2018"; GUIDELINES, meetings)."""
    # (a "van" inside an organisation's name is no tail: "... van het College van Procureurs-generaal")
    # (found once, and only when a capitalised word follows a "van": an organisation's name has one)
    orgs = find_organisations(name) if re.search(r"\s(?i:van)\s.*\S*[A-Z]", name) else []
    # (an acronym that starts a compound names no owner: "stuurgroep van het VVSG-project Samen Sterk")
    orgs = [o for o in orgs if not re.match(r"-\w", name[o.char_end :])]
    inside = [(o.char_start, o.char_end) for o in orgs]
    # (nor one inside a name of the body's own: "overlegtafel Huizen van het Kind Waasland")
    m = next(
        (
            m
            for m in _OF_RE.finditer(name)
            if not any(a <= m.start() < b for a, b in inside)
            and not _van_inside_name(name[: m.start()].split()[-1], name[m.start() + 5 :])
        ),
        None,
    )
    if m and not re.search(r"(?:\b(?:bestuur|beheer)|" + _BODY_RE.pattern[2:] + r")$", name[: m.start()], re.I):
        # after a topic ("werkgroep rond radicalisering en polarisering van het Globaal ... Preventieplan"), a
        # "van" tail is the body's owner: kept, without "van" and article, when it is a proper name (gold7: a head
        # with a topic keeps its owner; dev 2.1 in the re-annotated dev gold), dropped when it is generic; else it
        # belongs to a longer name and is kept as printed
        if _TOPIC_TAIL_RE.search(name, 0, m.start()) and not any(o.char_start == m.end() for o in orgs):
            owner = _PROPER_OWNER_RE.fullmatch(name, m.end())
            if owner is None:
                return name[: m.start()]
            return f"{name[: m.start()]} {_INNER_OF_SUB_RE.sub(' ', owner.group(0))}"
        m = None
    if not m:
        return _LEGAL_FORM_RE.sub("", name)
    head, tail = name[: m.start()], name[m.end() :]
    if _MEMBER_SECTORS_RE.fullmatch(name, m.start()):
        return f"{head} {tail}"  # "werkgroep van politie en onderwijs": who it joins is its name (no article)
    # (a name may start in lower case with a capital inside: "redactieraad van rePresent")
    proper = re.search(r"(?<!\S)[a-z]*[A-Z0-9ÀÉÈ]\S*", tail)
    owner = next((o for o in orgs if o.char_start == m.end()), None)
    if proper and owner is not None:
        # the owner as the organisation is named in the organisation gold (GUIDELINES gold7): "wetenschappelijke raad
        # van het VVI" -> "wetenschappelijke raad Vlaams Vredesinstituut", a municipality with its printed kind ("LIVC
        # van de stad Ronse" -> "LIVC stad Ronse", the GUIDELINES' own "LIVC stad Mechelen")
        topic = _topic_after_owner(head, tail[owner.char_end - m.end() :])
        # (and a second owner in the plural after it: "van het College van procureurs-generaal en de justitiehuizen")
        second = re.fullmatch(r"\s+en\s+(?:de|het)\s+(?P<noun>[a-zà-ÿ]+(?:en|s))\s*", tail[owner.char_end - m.end() :])
        also = f" en {second['noun']}" if second else ""
        return f"{head}{topic} {_municipal_owner(owner.canonical, tail) or owner.canonical}{also}"
    if proper:
        # an owning organisation ends the name: "expertengroep van de Europese Commissie" -> "expertengroep Europese
        # Commissie" (GUIDELINES: no prepositional tail), but for the topic after it (below)
        org = next((o for o in orgs if o.char_start == m.end() + proper.start()), None)
        topic = _topic_after_owner(head, tail[org.char_end - m.end() :]) if org else ""
        tail = tail[: org.char_end - m.end()] if org else tail
        owner = _LEGAL_FORM_RE.sub("", tail[proper.start() :])
        # (the people it gathers before their organisation name it too: "netwerk van jeugdwerkers van de LJK" ->
        # "netwerk jeugdwerkers LJK", gold7: a bare head's complement is its name, its owner after it)
        members = _MEMBERS_OF_RE.fullmatch(tail[: proper.start()])
        between = [w for w in tail[: proper.start()].split() if w.lower() not in _ARTICLES]
        if members and _is_people_word(members.group("people")):
            head = f"{head} {members.group('people')}"
        elif between[-1:] == ["beleidsdomein"] and "van" not in between and all(w.islower() for w in between):
            # (a policy domain the body lies within is its owner with its kind word, after the complement: "netwerk van
            # aanspreekpunten beleidsdomein Welzijn, ..." -> "netwerk aanspreekpunten beleidsdomein Welzijn, ..."; a
            # kind word before another name is no part of it: "jury van de projectoproep Tegenstem 2018")
            head = f"{head} {' '.join(between)}"
        # (an owner printed by a table body's short name is that body: "De kerngroep van het Platform" -> "kerngroep
        # Vlaams Platform Radicalisering", models/meeting_bodies.jsonl)
        return f"{head}{topic} {_printed_bodies().get(owner, owner)}"
    # a bare head is named by its complement, up to the next linking word: "begeleidingscommissie van de evaluatie
    # van het actieplan" -> "begeleidingscommissie evaluatie", "De stuurgroep van het project" -> "stuurgroep
    # project" (GUIDELINES gold7); a demonstrative is no part of it ("van dat onderzoek")
    words = re.split(r"\s+(?:van|voor|over|rond|inzake|omtrent|met|in|op)\s", tail, maxsplit=1)[0].split()
    words = [w for w in words if w.lower() not in _ARTICLES]
    return f"{head} {' '.join(words)}" if words else head


_MEMBERS_OF_RE = re.compile(r"(?:de\s+|het\s+)?(?P<people>[a-zà-ÿ][\w-]*)\s+van\s+(?:de\s+|het\s+)?")
_TOPIC_TAIL_RE = re.compile(r"\s(?:rond|over|inzake|omtrent)\s", re.IGNORECASE)
_TOPIC_AFTER_RE = re.compile(r"\s+(?:rond|over|inzake|omtrent)\s+\S.*", re.IGNORECASE)


def _topic_after_owner(head: str, after: str) -> str:
    """The topic a standing body's owner is followed by, with its linking word, to go before the owner: "expertengroep
    van de Europese Commissie rond jeugdwerk en democratische veerkracht" -> "expertengroep rond jeugdwerk en
    democratische veerkracht Europese Commissie" (GUIDELINES gold7: a topic is part of the name, the owner after it);
    "" for none, or for a meeting noun (what one consultation is about names no body)."""
    if _MEETING_NOUN_RE.fullmatch(head.split()[-1]) or not (m := _TOPIC_AFTER_RE.fullmatch(after)):
        return ""
    return " " + " ".join(m.group(0).split())


# An articleless "van" tail of two sectors joined by "en" says whom the body joins, not whose it is: "werkgroep van
# politie en onderwijs" -> "werkgroep politie en onderwijs" (a tail with an article is the owner or a generic tail)
# (sectors are mass nouns; plural people are members, not a name: "lotgenotengroepen van ouders en familieleden")
_SECTOR = r"(?![a-zà-ÿ]*(?:en|rs)\b)[a-zà-ÿ]{4,}"
_MEMBER_SECTORS_RE = re.compile(rf"\s+van\s+(?!(?:de|het|een)\s){_SECTOR}\s+en\s+{_SECTOR}")


@dataclass(frozen=True)
class KnownBody:
    canonical: str
    aliases: tuple[str, ...]
    printed: tuple[str, ...] = ()  # names that stand for the body only as printed, capitals and all


@lru_cache(maxsize=2)
def load_meeting_bodies(path: Path = MEETING_BODIES) -> tuple[KnownBody, ...]:
    """The bodies of ``models/meeting_bodies.jsonl``, read once per process."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(
        KnownBody(entry["canonical"], tuple(entry["aliases"]), tuple(entry.get("printed", ())))
        for entry in map(json.loads, filter(str.strip, lines))
    )


@lru_cache(maxsize=1)
def _known_bodies() -> dict[str, str]:
    """body_key of every alias in models/meeting_bodies.jsonl (and of each canonical) -> its canonical."""
    keys: dict[str, str] = {}
    for body in load_meeting_bodies():
        for alias in [body.canonical, *body.aliases]:
            keys.setdefault(body_key(alias), body.canonical)
    return keys


def _table_body_by_head(cleaned: str) -> str | None:
    """ "sectoroverleg jeugd en polarisering", "sectoroverleg positieve identiteitsontwikkeling": the table's
    one-word body ("sectoroverleg") under another lower-case topic is that body (GUIDELINES gold8 G8-5: a variant
    name of a body of the table); a capitalised name of its own ("expertencel Disengagement") is another body."""
    head, _, topic = cleaned.partition(" ")
    if not topic or any(w[:1].isupper() for w in topic.split()):
        return None
    return _one_word_bodies().get(head.lower())


@lru_cache(maxsize=1)
def _table_canonicals() -> frozenset[str]:
    return frozenset(b.canonical for b in load_meeting_bodies())


@lru_cache(maxsize=1)
def _one_word_bodies() -> dict[str, str]:
    return {b.canonical.lower(): b.canonical for b in load_meeting_bodies() if " " not in b.canonical}


@lru_cache(maxsize=1)
def _printed_bodies() -> dict[str, str]:
    """Every printed-only name in models/meeting_bodies.jsonl ("Platform") -> its canonical."""
    return {name: body.canonical for body in load_meeting_bodies() for name in body.printed}


@lru_cache(maxsize=1)
def _gazetteer_keys() -> dict[str, str]:
    """body_key of every gazetteer alias -> its canonical (first entry wins)."""
    keys: dict[str, str] = {}
    for entry in load_gazetteer():
        for alias in entry.aliases:
            keys.setdefault(body_key(alias), entry.canonical)
    return keys


def body_key(body: str) -> str:
    """Normalised key of a canonical body: case, accents, articles, punctuation and the linking words between a
    head and its name do not count ("Het Sectoroverleg" and "sectoroverleg", "netwerk islamexperten en het
    aanspreekpunt" and "Netwerk Islamexperten en aanspreekpunt", "platform over radicalisering" and "platform
    radicalisering", "preventiedienst van de stad Gent" and "preventiedienst stad Gent" share one key; GUIDELINES
    gold7)."""
    text = unicodedata.normalize("NFKD", body).encode("ascii", "ignore").decode().casefold()
    words = [w for w in re.split(r"[^\w]+", text) if w and w not in _ARTICLES and w not in _LINKING_WORDS]
    return " ".join(words)


# Prepositions that link a body's head to its name, topic or owner: writers use them or leave them out.
_LINKING_WORDS = {"van", "voor", "over", "rond", "inzake", "omtrent"}


def _clauses(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Statements, with a future clause that has its own meeting predicate split off."""
    out = []
    for start, end in spans:
        stmt = text[start:end]
        cuts = [
            c
            for c in _FUTURE_CLAUSE_RE.finditer(stmt)
            if _VERBAL_RE.search(stmt[: c.start()]) and _VERBAL_RE.search(stmt[c.end() :])
        ]
        cut = cuts[0] if cuts else None
        if cut:
            out += [(start, start + cut.start()), (start + cut.end(), end)]
        else:
            out.append((start, end))
    return out


def find_meetings(
    text: str,
    report_date: date,
    date_facts: list[DateFact] | None = None,
    dropped: list[tuple[int, int, str]] | None = None,
) -> list[MeetingFact]:
    """Every statement in text that a body met, meets or will meet.

    ``date_facts``: the text's dates when the caller has them already (the spaCy pipeline does). ``dropped``, when
    given, receives (start, end, reason) for every statement with a meeting predicate that a rule then left out (an
    event, no body, ...): what scripts/error_kinds.py counts, so that work goes to the filter that loses most."""
    if date_facts is None:
        date_facts = find_dates(text, report_date)
    facts: list[MeetingFact] = []
    owned: dict[str, str] = {}  # a bare head -> its name with the owner its context gave it

    def drop(reason: str) -> None:
        if dropped is not None:
            dropped.append((start, end, reason))

    for start, end in _clauses(text, split_statements(text)):
        stmt = text[start:end]
        dates = _meeting_dates(date_facts, start, end, text)
        count, frequency = _count(stmt), _frequency(stmt)
        pred = _predicate(stmt, bool(dates or count or frequency), bool(dates))
        if (pred is None or pred[0] == "nominal") and dates and (listed := _listed_host(text, start, stmt)):
            # "namen deel aan de volgende RAN-werkgroepen: - RAN Local, digitale sessie ... (25/6/2020)": each listed
            # body's own dated meeting is the host's (GUIDELINES, gold5: host body; dev-2020-12 H44)
            planned = _is_planned(stmt, dates, [f for f in date_facts if start <= f.char_start < end], report_date)
            facts.append(MeetingFact(listed, None, None, dates, planned, stmt, start, end, body_key(listed)))
            continue
        if pred is None and (partner := _listed_partner(text, start, stmt)):
            # "Verder werd overlegd met: - het meldpunt radicalisering van de stad Antwerpen (7/7/2026); - de
            # preventiedienst van de stad Gent (2/9 en 18/11/2026); ...": each listed party consulted met, on its own
            # days (gold5: "overleg met ORGANISATIE", one record per body)
            planned = _is_planned(stmt, dates, [f for f in date_facts if start <= f.char_start < end], report_date)
            facts.append(MeetingFact(partner, count, frequency, dates, planned, stmt, start, end, body_key(partner)))
            continue
        if (
            pred is not None
            and pred[0] == "dated"
            and _GUEST_RE.search(stmt)
            and _STANDING_OR_PEOPLES_HOST_RE.search(stmt)
            and (hosts := _host_meetings(text, start, end, date_facts, facts, count))
        ):
            # "De VVSG lichtte het plan toe op het overleg van de LIVC-coördinatoren op 3 mei 2017": a guest at a
            # standing consultation's dated meeting is that host's meeting, not the guest's (gold5: host body)
            planned = _is_planned(stmt, dates, [f for f in date_facts if start <= f.char_start < end], report_date)
            facts += [replace(h, frequency=frequency, planned=planned) for h in hosts]
            continue
        if pred is None:
            owned.update(_owners_introduced(stmt, text))
            if (dates or count or frequency) and (hosts := _host_meetings(text, start, end, date_facts, facts, count)):
                # "neemt deel aan de maandelijkse bijeenkomsten van de NTF", "Toelichting ... op platform
                # Oost-Vlaanderen (15/5/2017)": a guest at a named body's meeting with its day, count or frequency
                # is that host body's meeting (GUIDELINES, gold5: host body)
                planned = _is_planned(stmt, dates, [f for f in date_facts if start <= f.char_start < end], report_date)
                prev = facts[-1] if facts else None
                if (
                    len(hosts) == 1
                    and prev is not None
                    and _semicolon_continuation(text, prev, start, stmt)
                    and prev.body_key.startswith(hosts[0].body_key)
                ):
                    # "Het LTF Limburg vergaderde maandelijks; op het LTF van 9/09/2020 werd ABB gehoord": the same
                    # body's meeting, one record per sentence
                    days = prev.dates + tuple(d for d in hosts[0].dates if d not in prev.dates)
                    facts[-1] = replace(prev, dates=days, raw=text[prev.char_start : end], char_end=end)
                    continue
                facts += [replace(h, frequency=frequency, planned=planned) for h in hosts]
                continue
            if (
                count
                and facts
                and facts[-1].count is None
                # ("; in de rapportageperiode gebeurde dat vier keer": the meetings just reported, dev-2021-12 J13)
                and (_meeting_nouns(stmt, governed=True) or _HAPPENED_SO_RE.search(stmt))
                and _semicolon_continuation(text, facts[-1], start, stmt)
            ):
                # "neemt deel aan de maandelijkse vergaderingen van de NTF; in de rapportageperiode werden zes
                # vergaderingen bijgewoond": the count of the meetings just reported (one record per sentence)
                facts[-1] = replace(facts[-1], count=count, raw=text[facts[-1].char_start : end], char_end=end)
                continue
            if dates and facts and _HAPPENED_SO_RE.search(stmt) and _continues_sentence(text, facts[-1], start):
                # "De intervisiegroep komt driemaandelijks samen; in de rapporteringsperiode gebeurde dat op 4 juli en
                # 10 oktober": the days of the meetings just reported, in the same sentence one record, in the next
                # sentence a record of their own (one record per statement)
                prev = facts[-1]
                planned = _is_planned(stmt, dates, [f for f in date_facts if start <= f.char_start < end], report_date)
                if _semicolon_continuation(text, prev, start, stmt) and not prev.dates:
                    facts[-1] = replace(prev, dates=dates, raw=text[prev.char_start : end], char_end=end)
                    _merge_into_clause(facts, facts[-1])  # (every party of that clause: "A en B stemden af; dat ...")
                else:
                    facts.append(MeetingFact(prev.body, count, None, dates, planned, stmt, start, end, prev.body_key))
                continue
            if facts and (party := _continued_partner(text, facts[-1], start, stmt)):
                # "Er is regelmatige afstemming tussen X en het aanspreekpunt; met de agentschappen integratie en
                # inburgering; met de inspecteurs Islam": each further partner of the consultation is a body met
                # with, at the same frequency (dev 4.7 adjudication #8-#9)
                prev = facts[-1]
                facts.append(
                    MeetingFact(party, None, prev.frequency, dates, prev.planned, stmt, start, end, body_key(party))
                )
                continue
            if dates and facts and (member := _gapped_member(text, facts[-1], start, stmt)):
                # "...kwamen de provinciale overlegplatformen samen: het overlegplatform Oost-Vlaanderen op 23/1/2020
                # in Gent, ...; het Limburgse platform, dat ..., op 13/2/2020 in Hasselt": a verbless ";"-clause of a
                # list of bodies with their own days, the verb left out (dev-2020-06 G08)
                planned = _is_planned(stmt, dates, [f for f in date_facts if start <= f.char_start < end], report_date)
                if _is_bare_set(facts[-1]):
                    facts.pop()  # a plural set whose members are listed after it is no record of its own (G08, G11)
                facts.append(MeetingFact(member, None, None, dates, planned, stmt, start, end, body_key(member)))
                continue
            if dates and facts and any(f(text, facts[-1], start) for f in (_continues_meeting, _invited_next)):
                # "...vond plaats op 7 februari; een tweede volgde op 3 juli": an elliptic next meeting of the
                # body just reported
                prev = facts[-1]
                planned = _is_planned(stmt, dates, [f for f in date_facts if start <= f.char_start < end], report_date)
                if merged := _with_next_planned(text, prev, prev.body_key, dates, planned, start, end):
                    _merge_into_clause(facts, merged)
                else:
                    facts.append(MeetingFact(prev.body, None, None, dates, planned, stmt, start, end, prev.body_key))
            continue
        kind, pos = pred
        if (
            kind == "verbal"
            and _did_not_meet(stmt, pos, True)
            and (again := _VERBAL_RE.search(stmt, pos))
            and not _NEGATION_RE.search(re.match(r"[^,;]*", stmt[again.start() :]).group(0))
        ):
            # "De werkgroep Preventie, die in het voorjaar niet kon samenkomen, werd in het najaar opnieuw
            # samengeroepen (15/10/2020)": a later predicate of its own that is not negated
            pos = again.end()
        if kind == "verbal" and _did_not_meet(stmt, pos, True) and (but := _planned_after_but(stmt, pos)) is not None:
            # "De werkgroep is nog niet samengekomen, maar een eerste vergadering is gepland in maart 2022": the
            # meeting the contrasting clause plans is the body's
            kind, pos = "nominal", but
        if _did_not_meet(stmt, pos, kind == "verbal"):
            drop("said not to be held")
            continue  # "kwam in 2017 niet samen", "De geplande vergadering ... werd geannuleerd": no meeting held
        if _EARLIER_PERIOD_RE.search(stmt):
            drop("an earlier period")
            continue  # "kwam in de vorige rapporteringsperiode drie keer samen": background, counted before (G11-2)
        if kind == "verbal" and _EVENT_AFTER_RE.match(stmt, pos) and _has_event(stmt[pos:]):
            drop("an event")
            continue  # "kwamen samen op een uitwisselingsdag": an event, not a body's meeting
        fronted = _FRONTED_EVENT_RE.match(stmt) if kind == "verbal" else None
        if fronted and _has_event(fronted.group(0)) and not _bodies(stmt[: fronted.end()]):
            drop("an event")
            continue  # "Op de uitwisselingsdag van 13 oktober 2021 in Rotterdam kwamen de leden samen": the same
        rel = _EVENT_RELATIVE_RE.search(stmt, 0, pos) if kind == "verbal" else None
        if rel and _EVENT_RE.search(stmt, 0, rel.start()) and not _bodies(stmt[: rel.start()]):
            drop("an event")
            continue  # "Een uitwisselingsdag ..., waarop de leden van de werkgroep samenkwamen, vond plaats": the event
        if (
            kind == "verbal"
            and (not (dates or count or frequency) or _timeless_composition(stmt, pos))
            and _in_composition(stmt)
        ):
            drop("who makes up a body")
            continue  # "een buurtnetwerk waarin wijkagenten en scholen samenzitten": who sits in it, not a meeting
        if not (dates or count or frequency) and _ON_DEMAND_RE.search(stmt):
            drop("only when needed")
            continue  # "komt de LIVC ad hoc samen wanneer een casus zich aandient": when needed, no meeting reported
        if kind == "dated" and set(dates) <= {d for f in facts for d in f.dates}:
            drop("a day already reported")
            continue  # a meeting already reported, referred back to by its day
        dated, kind = kind == "dated", "nominal" if kind == "dated" else kind
        # (an "overleg voor de gemeenten" is a consultation of them: still a meeting, dev-extra D09)
        if kind == "nominal" and _FOR_PEOPLE_RE.search(stmt, pos) and not re.match(r"[\w-]*overleg", stmt[pos:], re.I):
            drop("an activity for others")
            continue  # "organiseerde een lotgenotenbijeenkomst voor families": an activity for others, no body met
        if kind == "nominal" and _OFFERED_VIA_RE.search(stmt, 0, pos) and re.match(r"intervisie", stmt[pos:], re.I):
            # "ondersteunde de VVSG de besturen via een reeks online intervisiemomenten": intervisions an organisation
            # offers others are activities, like trainings (GUIDELINES, gold5: intervisie; dev-2020-12 H48)
            drop("intervisions offered")
            continue
        # (a statement continuing the meeting just reported names no body of its own: "dat van Lokeren")
        continued = _elliptic_or_repeated(stmt, facts[-1], text, start) if facts else None
        if continued is None and kind == "verbal" and _PRONOUN_SUBJECT_RE.match(stmt):
            # "Binnen het Platform werd in juli een tijdelijke schrijfgroep opgericht ... Zij kwam sindsdien viermaal
            # bijeen": a pronoun opening the sentence after one that set up a body stands for that body
            continued = _set_up_before(text, start)
        if (
            continued is None
            and kind == "verbal"
            and facts
            and _PRONOUN_SUBJECT_RE.search(stmt, 0, pos + 12)
            and (_semicolon_continuation(text, facts[-1], start, stmt) or _continues_sentence(text, facts[-1], start))
        ):
            # "... vergaderde op 10 juli 2020; op 5 november 2020 kwam ze samen met de stuurgroep X bijeen": a pronoun
            # subject is the body just reported, the party after "samen met" the one it met with
            continued = facts[-1].body
        if continued is None and kind == "verbal" and _ACTIVITY_FOR_RE.match(stmt):
            # "De intervisie voor casemanagers kwam driemaandelijks samen": an activity for generic participants has
            # no name of its own, so its organiser is the body (GUIDELINES, gold5: organiser vs group, intervisie)
            continued = _organiser_of(stmt, text)
        # (a meeting referred to by its day names its body up to that day: "Tijdens de bijeenkomst van 16/09/2020 in
        # Sint-Niklaas werd ingegaan op ... bewonersgroepen" is the paragraph's network's, dev-2020-12 H07)
        scope = stmt[: _day_end(stmt, pos)] if dated else stmt
        if continued is None and kind == "verbal" and (standing := _standing_overleg_between(stmt)):
            # "Het multidisciplinair casusoverleg tussen CAW Antwerpen en EXER kwam tweewekelijks samen": a definite
            # overleg with a classifying adjective is a standing consultation, itself the body; the parties between
            # whom it is make it up (G9-7; dev-2023-12 Q15, Q16)
            continued = standing
        if continued is None and kind == "verbal" and facts and (of := _ONE_OF_RE.match(stmt)):
            # "De lokale begeleidingsgroep van vzw Horizon kwam op 3 juli samen. Die van vzw Brugfiguur kwam op 15 juli
            # samen": a pronoun for the head just named, with another owner, is that owner's body of that kind (gold7)
            continued = _kind_of(facts[-1].body, of.group("owner"))
        if continued is None and kind == "nominal":
            # "Het LIVC-R ... stelde zijn werking voor op het regionaal overleg van de Waaslandse gemeenten op 8
            # november": a guest at a standing consultation's meeting is that host's meeting, not the guest's (gold5:
            # host body; dev-2022-12 M14)
            continued = _guest_at_overleg(stmt, pos)
        body = own_body = continued or _choose_body(scope, pos, kind) or (None if dated else _described_meeting(stmt))
        if body and kind == "verbal" and (count or dates or frequency) and (group := _brought_into_group(stmt, body)):
            # "Het VOG bracht de coördinatoren vier keer samen in regionale intervisiegroepen" -> "regionale
            # intervisiegroepen VOG": a body they are brought together in, with its meetings counted, is the
            # organiser's body (GUIDELINES G9-4, owner by G8-1)
            body = own_body = group
        employer = _employer_of_people(stmt) if kind == "verbal" and continued is None else None
        if employer:
            # "De trajectbegeleiders van VSK zitten tweewekelijks samen in een teamoverleg", "De VDAB-bemiddelaars ...
            # kwamen op 22 juni samen": people of one named organisation meeting, in no group of their own, are that
            # organisation's meeting (G11-1: the one organisation that owns it; G9-7)
            body = own_body = employer
        people = _people_of(stmt) if kind == "verbal" and continued is None and not employer else None
        if people and not _INVITED_BY_RE.search(stmt):
            # "kwamen de aanspreekpunten van het departement, AHOVOKS en de onderwijsinspectie drie keer samen": people
            # meeting, whoever employs them, name no body (the organiser who invites them would: below), unless the
            # text placed them in one organisation ("Binnen Opgroeien zijn 26 referentieconsulenten actief")
            body = own_body = _organisation_of_people(text, start, people)
            if body is None:
                drop("people, no group")
                continue
        if kind == "coordination" and (party := _fronted_setting_partner(stmt)):
            body = own_body = party  # "Binnen de werkgroepen van X wordt afgestemd met BPV": where, not who met
        if body is None and kind == "nominal" and (organiser := _passive_organiser(stmt)):
            # "Op 5 mei werd door het Agentschap X een overleg georganiseerd met de buurtbemiddelaars": the organiser of
            # a meeting with a group that has no name of its own, as "X organiseerde een overleg met ..." (gold5)
            body = own_body = organiser
        partner = _PARTNER_RE.search(stmt) or _CONSULTED_RE.search(stmt)
        # (a dated follow-up "Gedurende het eerste overleg met 7 gemeenten (10/03/2017)" is the meeting just reported)
        if (
            body is None
            and kind == "nominal"
            and partner
            and (not _is_named_party(partner.group("who")) or _is_indefinite_collective(partner.group("who")))
            and not (dated and facts)
        ):
            drop("a consultation of people")
            continue  # "werd er een overleg georganiseerd met de directies": a consultation of people, no body
        if body is None and (subject := _sentence_subject(text, start, stmt)):
            # "De werkgroep Communicatie, die in het voorjaar niet samenkwam, ...; een volgende vergadering is voorzien
            # in januari": the next meeting is that of its sentence's subject, even when the clause before gave none
            body = subject
        if body is None and facts and _split_from(text, facts[-1], start):
            body = facts[-1].body  # "..., dat bijeenkwam op 24 april en [tegen eind 2019 nog twee keer zal samenkomen]"
        if body is None and facts and _semicolon_continuation(text, facts[-1], start, stmt):
            body = facts[-1].body  # "Het Platform kwam samen op ...; vanaf half maart ... digitale vergaderingen"
        subjects = _subjects_before(text, start, stmt) if body is None else []
        if subjects:
            # "De Fondation Horizons Partagés en het GO! verkennen een gezamenlijke aanvraag; hierover was er een eerste
            # online overleg op 22 november 2023": an agentless meeting about what the clause before says its subjects
            # do is theirs, one record each (G9-2; as an agentless meeting continues the sentence's organiser)
            body = subjects[0]
        if body is None and _next_of_event(text, start, stmt):
            drop("an event's next session")
            continue  # "Een nascholing ... vond plaats op 24 november; een volgende sessie ...": the event's
        if body is None and kind == "verbal" and (own := _own_subject_parties(stmt, text)):
            # "vzw Ankerpunt en de Opvoedingslijn plegen tweemaandelijks overleg": the statement's own subject, not the
            # paragraph's body (one record each, below: G9-2)
            body = own[0]
        if (body is None or _PERSON_HEAD_END_RE.search(body)) and _between_people(stmt):
            drop("people, no group")
            continue  # "overleg tussen de LIVC-coördinatoren van A, B en C": people met, no body (G11-1)
        if body is None:
            body = _resolve_body(text, start, stmt, facts)
        if body is not None and not _introduced_in(stmt, body):
            body = _fuller_name(text, start, body)
        body = canonical_body(body) if body is not None else None
        body = _expanded(_one_party(body), text) if body else body
        body = _with_expanded_owner(body, text) if body else body
        if body and (
            owner := _within_owner(stmt, body) or (_setup_owner(stmt, body) if _FOUNDING_RE.search(stmt) else None)
        ):
            # "Binnen ABB werd een kernteam samengesteld dat ... samenkomt" -> "kernteam ABB"; a later bare mention
            # is that body ("...; in de rapportageperiode vergaderde het netwerk op ...")
            owned[body] = _with_owner(body, owner)
        elif body and (owner := _owner_of_kind(text, start, stmt, bare := _KIND_TAIL_RE.sub("", body))):
            # "De interne werkgroep verontrustend gedrag van het agentschap" after "In opdracht van het AgII": a body
            # without a name of its own keeps its owner, the organisation "het agentschap" refers back to (gold7)
            body = f"{bare} {owner}"
        elif body and (owner := _context_owner(stmt, body, text, start)):
            # "Het lerend netwerk dat ABB ... organiseert" -> "lerend netwerk ABB"
            owned[body] = _with_expanded_owner(_with_owner(body, owner), text)
        elif body and (named := _of_named_project(body, text[:start])):
            owned[body] = named  # "De stuurgroep van het project" after "Het project CONNECT" -> "stuurgroep CONNECT"
        # (a later bare mention is the body just named with its owner: "De stuurgroep kwam ... samen")
        body = owned.get(body, body) if body else body
        invited = _INVITED_BY_RE.search(stmt) if kind == "verbal" else None
        if invited and body and not _bodies(stmt[: invited.start()]) and not _named_subject(stmt, invited.start()):
            body = None  # (the participants' meeting noun: "samen ... in een uitwisselingsoverleg over de impact")
        if body is None and (host := invited) and (orgs := find_organisations(stmt[host.end() :])):
            # "De lokale coördinatoren kwamen, op uitnodiging van ABB, samen ... in een uitwisselingsoverleg": generic
            # participants meet at their organiser's invitation (GUIDELINES, gold5: organiser vs group)
            body = orgs[0].canonical if orgs[0].char_start == 0 else None
        if body is None and kind == "nominal" and (apposed := _APPOSED_ORGANISATION_RE.match(stmt)):
            # "Bindweefsel, een vzw van ervaringsdeskundigen, startte ... een tweede groep ..., met bijeenkomsten op
            # 29/9, ...": the organisation the sentence opens with holds the meetings of the group it runs (gold5,
            # organiser vs group: the group has no name of its own)
            body = apposed.group("name")
        if body is None and (subject := _subject_body(stmt, pos)):
            body = canonical_body(subject)  # the meeting noun was generic; its organiser is named
        if body is None and (organiser := _organiser_before(text, start)):
            # "De VVSG ondersteunt casemanagers door het organiseren van inter- en supervisies. Een startbijeenkomst
            # werd georganiseerd ..., waarna driemaandelijks werd samengekomen": an agentless meeting continues the
            # organiser of the sentence before (dev 4.3 adjudication; the held-out 9.1 organiser precedent)
            body = canonical_body(organiser)
        partner = _PARTNER_RE.search(stmt) or (_CONSULTED_RE.search(stmt) if kind == "nominal" else None)
        if (
            body is None
            and partner
            and not _is_indefinite_collective(partner.group("who"))
            and _is_named_party(who := _partner_name(partner.group("who")))
        ):
            # "Het overleg met de Brusselse politiezones vond plaats", "Er vonden drie overlegmomenten plaats met de
            # Franse Gemeenschap": the named party met with
            body = canonical_body(who)
        # (a ";"-clause takes the place its sentence opens with: "In Limburg werd het platform ... uitgebreid; het
        # platform komt sinds september 2020 maandelijks samen")
        place = _fronted_place(stmt) or _subject_place(stmt)
        if place is None and text[max(0, start - 3) : start].rstrip().endswith(";"):
            place = _fronted_place(text[_sentence_start(text, start) : start])
        if body is None and place and (count or dates) and (members := _introduced_set(text, start)):
            # "De VVSG organiseert ook provinciale overlegplatformen ...: - In Oost-Vlaanderen waren er reeds drie
            # vergadermomenten": that place's member of the set of bodies just introduced (dev 4.3)
            body = _local_body(members, place)
        # "werd op 22 oktober een overleg tussen de VVSG, de Opvoedingslijn en acht lokale besturen georganiseerd":
        # each named organisation between which it was held met (G9-2; one record each, below)
        between = _named_between(stmt) if body is None else []
        body = between[0] if between else body
        if body is None:
            drop("no body")
            continue  # no body that met: "Een startbijeenkomst werd georganiseerd", "hulplijnen"
        if _of_an_indefinite_set(stmt, body):
            drop("an indefinite set")
            continue  # "de LIVC in de meeste gemeenten", "verschillende lokale netwerken": no body named (G9-6)
        if place and (kind == "verbal" or own_body is None):
            body = _municipal_unit(_local_body(body, place))
        if (places := _fronted_places(stmt)) and _unnamed_plural(body):
            # "In Tienen en Landen vergaderden de lokale cellen", "In Antwerpen en Gent gingen de buurtregietafels
            # tweemaal door": a definite set of bodies without a name of their own, placed by the places the sentence
            # opens with, is one record named with them (G9-6: a definite set as one whole; G9-5: its places)
            body = f"{body} {places}"
        elif (sites := _SITE_LIST_RE.search(stmt)) and _unnamed_lower(body):
            # "De lokale trajectoverleggen in de gevangenissen van Haren, Hasselt en Brugge vonden maandelijks plaats",
            # "In de gevangenissen van A, B en C zitten de consultants samen in een lokaal trajectoverleg": a definite
            # list of sites names the body with them, as one place does (G9-5, G9-6: a definite set named as a whole)
            body = f"{body} {sites['site'].lower()} {sites['places']}"
        elif (territory := _framing_territory(text, start, stmt)) and _is_placeable(body):
            # "In Limburg werkt Arktos samen met vzw Oranjebrug. De coaches ... komen maandelijks samen in een
            # intervisiegroep" -> "intervisiegroep Limburg": a body with neither name nor owner placed in one
            # territory takes it (GUIDELINES G9-5)
            body = _municipal_unit(f"{body} {territory}")
        if kind == "verbal" and (by_members := _named_by_members(stmt, body)):
            # "De islamdeskundigen komen tweemaandelijks samen in een intervisiegroep" -> "intervisiegroep
            # islamdeskundigen": a bare group is named after who meets in it, and a later bare mention is that group
            # (GUIDELINES G10-1)
            owned[body] = body = by_members
        # (a period dating something else makes no meeting planned: "overleg ... over een campagne, die op 10 december
        # van start gaat")
        periods = [
            f for f in date_facts if start <= f.char_start < end and not _dates_something_else(text, start, end, f)
        ]
        planned = _is_planned(stmt, dates, periods, report_date)
        # (a meeting noun referring back with only a month or an open period adds no new day: "Sinds oktober 2021
        # vinden de bijeenkomsten afwisselend plaats in Antwerpen en Vilvoorde"; GUIDELINES gold5, follow-ups)
        if own_body is None and not ((periods if kind == "verbal" else dates) or count or frequency or planned):
            drop("a back-reference without a new day")
            continue  # "Er werd vergaderd in het Huis van ...": a meeting already reported, referred back to
        prev = facts[-1] if facts else None
        if (
            prev is not None
            and body == prev.body
            and _semicolon_continuation(text, prev, start, stmt)
            # one record per sentence unless its clauses differ in `planned` (dev-2020-06 NOTES: "kwam samen op ...;
            # een tweede vergadering ... op ...", "; een bijeenkomst ... vond online plaats op ..."); a series and its
            # next day are one statement too ("komt om de vier maanden samen; een volgende bijeenkomst is gepland op")
            and (planned == prev.planned or (prev.frequency is not None and not prev.dates and planned))
        ):
            # "Het comité komt voortaan per kwartaal samen; de eerstvolgende vergadering is voorzien voor
            # september": a ";"-clause continuing the sentence about the same body's meetings is one statement
            raw = text[prev.char_start : end]
            facts[-1] = replace(
                prev,
                frequency=prev.frequency or frequency,
                planned=prev.planned or planned,
                count=prev.count or count,
                dates=prev.dates + tuple(d for d in dates if d not in prev.dates),
                raw=raw,
                char_end=end,
            )
            # (so do the other parties of the first clause: "Het departement en de VVSG zitten elk kwartaal samen; in de
            # periode vond dit overleg plaats op 11 september": both met that day)
            _merge_into_clause(facts, facts[-1])
            # (the other parties of a joint subject meet too: "Met de FMOK vond ... een overleg plaats; de FMOK en
            # KOOGO spreken sindsdien tweemaandelijks af" -> KOOGO, at that rate; G9-2, dev-2023-12 Q22)
            joint = _subject_parties(stmt, body, text) if kind == "verbal" else []
            for member in joint[1:]:
                facts.append(
                    MeetingFact(member, count, frequency, dates, planned, raw, prev.char_start, end, body_key(member))
                )
            continue
        if kind == "verbal" and len(local := _set_in_places(stmt, body)) > 1:
            # "De lotgenotengroepen ... kwamen maandelijks samen in Antwerpen en Vilvoorde": a set of bodies without a
            # name of its own meeting in several named places is one body per place (G9-5, G9-6)
            facts += _each_met(local, count, frequency, dates, planned, stmt, start, end)
            continue
        both = _BOTH_ONE_OF_RE.search(stmt, 0, _verb_start(stmt) or pos) if kind == "verbal" else None
        if both and (other := _kind_of(body, both[1])):
            # "Zowel de stuurgroep van A als die van B kwamen op 10 maart samen": the pronoun is the head's body of
            # the other owner (gold7, as "Die van X"); both met
            facts += _each_met([body, other], count, frequency, dates, planned, stmt, start, end)
            continue
        if kind == "verbal" and (gaps := _gapped_bodies(stmt, pos, body)):
            # "Het lerend netwerk West-Vlaanderen kwam samen op 14/1/2020 in Roeselare, het lerend netwerk Limburg op
            # 6/2/2020 in Genk": a verb left out before a second body with its own day, one record per body; a
            # plural set whose members are listed after ":" is no record of its own (dev-2020-06 G08, G11)
            first = gaps[0][0]
            own_days = _meeting_dates(date_facts, start, start + first, text)
            own_count = _count(stmt[:first]) if count else None
            if own_days or own_count or frequency or stmt[first] != ":":
                facts.append(
                    MeetingFact(body, own_count, frequency, own_days, planned, stmt, start, end, body_key(body))
                )
            for a, b, name in gaps:
                member = canonical_body(name) or name
                days = _meeting_dates(date_facts, start + a, start + b, text)
                member_count = _count(stmt[a:b])
                facts.append(MeetingFact(member, member_count, None, days, planned, stmt, start, end, body_key(member)))
            continue
        if split := _party_list(body):
            # "Met de Nederlandse VNG en de Zweedse SALAR werd overlegd", "vergaderd met de directie van de campus en
            # het EMB", "Het departement Onderwijs en Vorming en VSK stemden af": a body read as a list of parties is
            # each named party's meeting (G8-4, G9-2), the generic ones left out
            facts += _each_met(split, count, frequency, dates, planned, stmt, start, end)
            continue
        impersonal = kind == "verbal" and bool(_IMPERSONAL_MET_RE.search(stmt))
        listed = _met_list(stmt, body, own_body is None or impersonal) if kind == "nominal" or impersonal else []
        if len(listed) > 1:
            # "Met Kif Kif, FMDO en Orbit was er op 16 september overleg", "overleg met Child Focus en Unia": each
            # organisation consulted is a body met, on the statement's days (GUIDELINES gold5: one record per body)
            facts += _each_met(listed, count, frequency, dates, planned, stmt, start, end)
            continue
        parties = _dated_parties(stmt) or _repeated_partners(stmt)
        if len(parties) > 1 and body_key(body) == body_key(canonical_body(parties[0][0]) or ""):
            # "afgestemd met X (16/5/2017) en Y (18/11/2016 en 17/6/2017)": each party met on its own days, one
            # record per body (dev 4.7 adjudication)
            # (days printed for none of the parties are all of theirs: "Op 5 mei was er overleg met X en met Y")
            own = any(_meeting_dates(date_facts, start + a, start + b, text) for _, a, b in parties)
            for name, a, b in parties:
                party = canonical_body(name) or name
                days = _meeting_dates(date_facts, start + a, start + b, text) if own else dates
                facts.append(MeetingFact(party, count, frequency, days, planned, stmt, start, end, body_key(party)))
            continue
        if (subject_named := _overleg_of_subject(stmt, body)) is not None:
            # "Het departement en de gesubsidieerde organisaties zitten elk kwartaal samen in een afstemmingsoverleg",
            # "De VVSG en het OCAD hadden een werkoverleg": an overleg with neither name nor adjective is the meeting of
            # the named parties that hold it (G9-2, G9-7), generic ones left out; with none named, no body met
            if not subject_named:
                drop("an overleg of unnamed parties")
            # (a kind word named in full before: "het departement" after "het departement Onderwijs en Vorming")
            subject_named = [canonical_body(_fuller_name(text, start, p)) or p for p in subject_named]
            facts += _each_met(subject_named, count, frequency, dates, planned, stmt, start, end)
            continue
        if (between_named := _organisations_between(stmt, body)) is not None:
            # "Het casusoverleg tussen Trajectbureau Wending, de CAW's en de justitiehuizen gaat maandelijks door": an
            # overleg with neither name nor classifying adjective is no standing body of its own; the named
            # organisations it is held between met, each one record (G9-2, G9-7); with none named, no body met
            if not between_named:
                drop("an overleg between unnamed parties")
            facts += _each_met(between_named, count, frequency, dates, planned, stmt, start, end)
            continue
        if (
            len(
                partners := _joined_partners(stmt, body)
                or _between_partners(stmt, body, text)
                or _between_list(stmt, body)
                or between
                or _partners_before(text, start, stmt, body)
                or subjects
            )
            > 1
        ):
            # "Er vond op 4 mei 2021 een overleg plaats met het OCAD en de VSSE": both organisations were met, on the
            # statement's days (GUIDELINES gold5: one record per body; "overleg met ORGANISATIE")
            # (an acronym the text introduced beside its expansion is named by it: "tussen het IMW en Statistiek
            # Vlaanderen" after "het Instituut voor Maatschappelijke Weerbaarheid (IMW)")
            facts += _each_met(
                (_expanded(p, text) or p for p in partners), count, frequency, dates, planned, stmt, start, end
            )
            continue
        if (
            kind in ("verbal", "coordination")
            and len(members := _conjoined_bodies(stmt, body) or _subject_parties(stmt, body, text)) > 1
        ):
            # "De werkgroep Preventie en de werkgroep Onderwijs kwamen elk drie keer samen", "De werkgroepen Preventie
            # en Onderwijs ...": a subject of two bodies, one record per body that met (GUIDELINES, gold5)
            facts += _each_met(members, count, frequency, dates, planned, stmt, start, end)
            continue
        if kind == "verbal" and (start_day := _start_meeting(text, start, stmt, date_facts, facts)):
            facts.append(start_day)  # "ging van start op 12 oktober 2018. Het platform kwam daarna nog tweemaal samen"
            if body.startswith(start_day.body + " "):
                # (the same body, named with the territory its start placed it in: G9-5)
                facts[-1] = replace(start_day, body=body, body_key=body_key(body))
            elif start_day.body.startswith(f"{body} "):
                body = start_day.body  # ("Het platform" that started there: the same local body)
        facts.append(MeetingFact(body, count, frequency, dates, planned, stmt, start, end, body_key(body)))
    return [part for f in facts for part in _past_and_planned(f, report_date)]


# Who meets in a group, as the statement's subject: "De (theologische) begeleiders", "de experten", "De
# diversiteitsconsulenten van ACV en ABVV", "De werknemersorganisaties ACV, ABVV en ACLVB" (lower-case words, a plural
# last; a "van"-tail, an apposition or "zelf"/"onderling" is no part of it), before the verb of meeting in a group, or
# after it ("Op 12/09/2023 kwamen de projectcoördinatoren van de zeven lokale besturen samen"; GUIDELINES G10-1).
_NUMERAL = r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d+)"
_MEMBERS = r"(?P<members>(?:[a-zà-ÿ]+e\s+)?[a-zà-ÿ-]{3,}(?:en|s|n))"
_GROUP_VERBS = (
    r"(?:komen|kwamen|zitten|zaten|hebben|hadden|worden|werden|vergaderen|vergaderden|treffen|troffen|ontmoeten"
    r"|ontmoetten)"
)
_MEMBERS_RES = (
    # (a number before them tells how many, not who: "De vijf projecten komen ... samen")
    re.compile(
        rf"(?:^|(?<=[:;]\s))(?:De|de)\s+(?:{_NUMERAL}\s+)?{_MEMBERS}(?:\s+[^;:()]{{2,60}}?)?\s+{_GROUP_VERBS}\b"
    ),
    # (not how often: "komen om de drie maanden samen")
    re.compile(rf"\b{_GROUP_VERBS}\s+(?:[^\s,;]+\s+){{0,3}}?(?<!\bom\s)de\s+{_MEMBERS}\b"),
)
# The group they meet in: "samen in een (gezamenlijke) intervisiegroep", "komen in een gezamenlijke werkgroep
# diversiteit ... samen", "hebben onderling een intervisiegroep die", "samengebracht in een werkgroep"
_IN_GROUP_RE = re.compile(
    r"\b(?:samen|samengebracht|vergaderen|vergaderden|komen|kwamen)\s+in\s+een\s+(?P<group>[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+){0,3})"
    r"|\b(?:hebben|hadden)\s+(?:onderling\s+|samen\s+)?een\s+(?P<owned>(?:[a-zà-ÿ]+e\s+)?[a-zà-ÿ-]+)\s+die\b"
    # ("treffen elkaar om de zes weken in een intervisiegroep")
    r"|\belkaar\b(?:\s+[^\s,;]+){0,5}?\s+in\s+een\s+(?P<met>[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+){0,3})"
)
# People in a role that says nothing of who they are: a group named after them would name no one.
_NO_MEMBER_NAME = frozenset(
    {"leden", "deelnemers", "partners", "partijen", "betrokkenen", "aanwezigen", "organisaties"}
)
# An ordinal before the group only places it in the story ("in een eerste lerend netwerk"; G9-1)
_PLACING_RE = re.compile(r"(?:eerste|tweede|derde|nieuwe|volgende)\s+")


def _named_by_members(stmt: str, body: str) -> str | None:
    """The name of a bare group after who meets in it ("De islamdeskundigen komen ... samen in een intervisiegroep" ->
    "intervisiegroep islamdeskundigen"), or None: when the statement's subject is people or units named by a plain
    plural, and ``body`` is the group they meet in as printed, with no name, owner or place of its own (G10-1)."""
    members = next((m for r in _MEMBERS_RES if (m := r.search(stmt))), None)
    group = _IN_GROUP_RE.search(stmt) if members else None
    if members is None or group is None or members.group("members").split()[-1].lower() in _NO_MEMBER_NAME:
        return None
    words = _PLACING_RE.sub("", group.group("group") or group.group("owned") or group.group("met")).split()
    key = body_key(body)
    printed = next((words[:k] for k in range(1, len(words) + 1) if body_key(" ".join(words[:k])) == key), None)
    if printed is None or not any(_BODY_RE.fullmatch(w) for w in printed):
        return None
    if any(_MEETING_NOUN_RE.search(w) for w in printed):
        return None  # "samen in een teamoverleg": a meeting noun, whose owner or members G8-3/G9-7 name
    # (who they are, not what was done to them: "De gescreende islamdeskundigen" -> "intervisiegroep islamdeskundigen";
    # a classifying adjective stays: "intervisiegroep theologische begeleiders")
    words = members.group("members").split()
    if len(words) > 1 and re.fullmatch(r"ge[a-zà-ÿ]+(?:de|te)", words[0]):
        words = words[1:]
    return f"{body} {' '.join(words)}"


# A statement opening with the event where people met: "Op de uitwisselingsdag van 13 oktober 2021 in Rotterdam"
_FRONTED_EVENT_RE = re.compile(r"(?:Op|Tijdens|Bij)\s+(?:de|het|een)\s+(?:[a-zà-ÿ]+e\s+)?[\w-]+")
_NEXT_RE = re.compile(r"(?:een|de|het)\s+(?:volgende|tweede|derde|nieuwe)\s", re.IGNORECASE)


def _next_of_event(text: str, start: int, stmt: str) -> bool:
    """Is stmt a ";"-clause announcing the next one ("een volgende sessie") of the event its sentence reports before it
    (a training, a study day: no body's meeting, dev-2021-12 J14)?"""
    if not _NEXT_RE.match(stmt) or not text[max(0, start - 3) : start].rstrip().endswith(";"):
        return False
    before = text[_sentence_start(text, start) : start]
    return _has_event(before) and not _VERBAL_RE.search(before) and not _bodies(before)


_LISTED_RE = re.compile(r"[-–•*\s]*(?P<name>[A-Z].*?),\s+(?=[a-zà-ÿ])(?P<rest>.*)", re.DOTALL)


# A list introduced by a consultation with whom it names: "Verder werd overlegd met:", "Er was afstemming met:"
_CONSULTED_LIST_RE = re.compile(
    r"\b(?:overlegd|afgestemd|vergaderd|samengezeten|overleg|afstemming|overlegmomenten|contact)\s+met\s*:\s*$",
    re.IGNORECASE,
)
# A list item naming one party, its acronym and days in parentheses after it: "- de Koepel X (KX) (22-10-2026);"
# (or with what it was about: "- het OCAD, over de actualisering van de dreigingsbeelden (1 juli 2026);")
_PARTY_ITEM_RE = re.compile(
    r"[-–•*\s]*(?:(?:de|het)\s+)?(?P<name>[^();:,]+?)\s*(?:\([A-Z][\w&-]{1,12}\)\s*)?"
    r"(?:,\s+(?:over|rond|omtrent|inzake|m\.b\.t\.)\s[^()]*?)?(?P<rest>\(.*)"
)


def _listed_partner(text: str, start: int, stmt: str) -> str | None:
    """The canonical of the party a list item names, with the days it was consulted in parentheses, when the list is
    introduced by a consultation with whom it lists ("Verder werd overlegd met:"); None otherwise."""
    item = _PARTY_ITEM_RE.fullmatch(stmt.strip().rstrip(";.").strip())
    if item is None or not _PERIOD_WORD_RE.search(item.group("rest")):
        return None
    colon = text.rfind(":", 0, start)
    if colon < 0 or re.search(r"[.!?]\s", text[colon:start]) or not _CONSULTED_LIST_RE.search(text, 0, colon + 1):
        return None
    name = item.group("name")
    # (the party must be named: an organisation or a body, not "enkele scholen")
    if not (_is_named_party(name) or _bodies(name)):
        return None
    # ("het meldpunt radicalisering van de stad Antwerpen" -> "meldpunt radicalisering stad Antwerpen": a body without
    # a name of its own keeps its owner, after it, gold7)
    return _unit_of_organisation(name) or canonical_body(name)


def _listed_host(text: str, start: int, stmt: str) -> str | None:
    """The body a list item names ("RAN Local, digitale sessie over ... (25/6/2020)") when the item describes a
    meeting of it, not an event ("webinar"), and the list is introduced by a guest taking part in a plural set of
    bodies ("namen deel aan de volgende RAN-werkgroepen:")."""
    item = _LISTED_RE.match(stmt)
    if item is None or not _MEETING_NOUN_RE.search(item.group("rest")) or _has_event(item.group("rest")):
        return None
    colon = text.rfind(":", 0, start)
    if colon < 0 or re.search(r"[.!?]\s", text[colon:start]):
        return None
    intro = text[_sentence_start(text, colon) : colon]
    plural = any(m.group(0).lower().endswith(("en", "s")) for m in _BODY_RE.finditer(intro))
    if not (plural and (_PARTICIPATION_RE.search(intro) or _GUEST_RE.search(intro))):
        return None
    return canonical_body(item.group("name"))


_NEXT_MEETING_RE = re.compile(
    r"(?:een|de|het)\s+(?:volgende|eerstvolgende|eerste|nieuwe|laatste|derde|vierde)\s+[\w-]*(?:bijeenkomst|vergadering|samenkomst"
    r"|meeting|overleg)\b",
    re.IGNORECASE,
)


_DEFINITE_MEETING_RE = re.compile(r"(?:de|het)\s+[\w-]*(?:bijeenkomst|vergadering|samenkomst|meeting)\b", re.IGNORECASE)


def _sentence_subject(text: str, start: int, stmt: str) -> str | None:
    """The body its sentence opens with (or the one body it names), for a ";"-clause announcing that body's next
    meeting or naming its meeting ("...; de startbijeenkomst op 27/10/2020 werd bijgewoond door 11 gemeenten"), or
    None."""
    if not text[max(0, start - 3) : start].rstrip().endswith(";"):
        return None
    if not (_NEXT_MEETING_RE.match(stmt) or _DEFINITE_MEETING_RE.match(stmt)):
        return None
    before = text[_sentence_start(text, start) : start]
    bodies = _bodies(before)
    if len(bodies) == 1 or (bodies and len(re.findall(r"\S+", before[: bodies[0][0]])) <= 2):
        return bodies[0][1]  # (the subject opens the sentence: "De werkgroep X", "Het interfederale platform X")
    return None


_WITHIN_RE = re.compile(r"\b[Bb]innen\s+(?:de\s+|het\s+)?")


def _ownable(body: str) -> bool:
    """A body that takes an owner: a bare head or a head with a lower-case topic (gold7, G8-1), or an overleg without
    a name of its own, which is then the owner's meeting (G9-7: "intern overleg binnen X")."""
    return _is_bare(body) or bool(_UNNAMED_OVERLEG_RE.fullmatch(body))


def _within_owner(stmt: str, body: str) -> str | None:
    """The organisation a bare head belongs to by "binnen X" in its statement ("Binnen ABB ... een kernteam", "de
    ambtelijke werkgroep binnen het departement WVG"), or None; a lower-case topic after the head does not stop it
    ("Binnen het departement WVG kwam de ambtelijke werkgroep disengagement ... samen"). A body with a name of its
    own keeps it without the owner (GUIDELINES G8-1: a bare head or a head with a lower-case topic)."""
    return _sole_owner_after(_WITHIN_RE, stmt, body)


def _sole_owner_after(cue: re.Pattern[str], stmt: str, body: str) -> str | None:
    """The one organisation named right after ``cue`` in ``stmt`` ("binnen X", "door X") as the owner of an ownable
    ``body``, or None: none or several such organisations, or the owner printed after the body ("van")."""
    if not _ownable(body):
        return None
    pattern = r"\W+".join(re.escape(w) for w in body.split())  # (quotes around a topic: "werkgroep 'X'")
    if re.search(rf"(?<![\w-]){pattern}\W*\s+van\s", stmt, re.I):
        return None  # its owner printed after it: "Binnen Brussel ... de werkgroep 'radicalisering' van het GVPP"
    owners = set()
    for m in cue.finditer(stmt):
        if named := _organisation_at(stmt, m.end()):
            owners.add(named)
        elif (word := re.match(r"[A-Z][\w-]*(?=[\s,.;]|$)", stmt[m.end() :])) and word.group(0) in _printed_bodies():
            # "binnen het Platform een kernteam opgericht": a body of the table printed by its short name (as an owner
            # of a bare head in _without_generic_tail)
            owners.add(_printed_bodies()[word.group(0)])
    return owners.pop() if len(owners) == 1 else None


# An owner named by its kind only, referring back: "van het agentschap", "van de afdeling" (no name after it)
# (capitalised as a back-reference too: "de regioteams van het Agentschap in Oost-Vlaanderen", dev-2023-12 Q07, which
# the name of the body keeps as its tail: "regioteams Agentschap")
_KIND_TAIL_RE = re.compile(r"\s+(?:Agentschap|Departement|Afdeling)$")
_KIND_OWNER_RE = re.compile(r"\s+van\s+(?:het|de)\s+(?P<kind>(?i:agentschap|departement|afdeling))\b(?!\s+[A-Z])")
REFERENT_WINDOW = 1500  # how far back (characters) an organisation named by its kind is looked for


def _owner_of_kind(text: str, start: int, stmt: str, body: str) -> str | None:
    """The organisation an owner named by its kind refers back to, for a body with no capitalised name of its own:
    the nearest organisation of that kind named before the statement (its gazetteer kind, or a name or canonical
    that starts with the kind), or None."""
    if any(w[:1].isupper() for w in body.split()[1:]):
        return None  # a name of its own drops its owner (GUIDELINES gold7)
    at = stmt.lower().find(body.lower())
    owner = _KIND_OWNER_RE.match(stmt, at + len(body)) if at >= 0 else None
    if owner is None:
        return None
    return _referent_of_kind(text, start, owner.group("kind").lower())


def _referent_of_kind(text: str, start: int, kind: str) -> str | None:
    """The canonical of the nearest organisation of ``kind`` ("agentschap", "kenniscentrum") named before ``start``
    (its gazetteer kind, or a mention, name or canonical that starts with the kind), or None."""
    entries = {e.canonical: e for e in load_gazetteer()}
    for org in reversed(find_organisations(text[max(0, start - REFERENT_WINDOW) : start])):
        entry = entries.get(org.canonical)
        names = (org.canonical, org.mention, entry.name if entry else "")
        if (entry is not None and entry.kind == kind) or any(n.lower().startswith(kind) for n in names):
            return org.canonical
    return None


# An organisation named by its kind alone, opening a clause: "die het kenniscentrum in het voorjaar samenstelde"
_KIND_CLAUSE_RE = re.compile(
    r"(?:de|het)\s+(?P<kind>agentschap|departement|afdeling|administratie|kenniscentrum|expertisecentrum|steunpunt"
    r"|centrum|universiteit|hogeschool|instituut|stichting|vzw|organisatie|koepel)\b(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)


# Verbs by which an organisation sets up, runs or steers through a body of its own ("installeerde een lokale
# stuurgroep", "het lerend netwerk dat ABB organiseert", "volgt de uitvoering op via ... een stuurgroep")
_OWNING_VERB = (
    r"(?:organiseer\w*|organiseren|samenstel\w*|samengesteld|stelde\s+[^,;]*\bsamen|richtte\s+[^,;]*\bop|opricht\w*"
    r"|installeer\w*|zette\s+[^,;]*\bop|opzet\w*|trekt|trok|coördineer\w*|volgt\s+[^,;]*\bop\s+(?:via|o\.b\.v(?=\.)|op\s+basis\s+van)"
    # who brings people together in a group, or guides them through one, holds it ("Het SAW brengt deze
    # referentiepersonen samen in een lerend netwerk", "Het KSD begeleidt de projecten via een lerend netwerk"; G8-1)
    r"|(?:brengt|brengen|bracht|brachten)\s+[^,;]*\bsamen\s+in|(?:begeleidt|begeleiden|begeleidde|begeleidden)\s+[^,;]*\bvia"
    # (who has a body, or works with one, holds it: "Het LHB heeft een adviesraad met vertegenwoordigers van ...",
    # "Media-atelier Brandpunt vzw werkt met een redactieraad van twaalf jongeren", G8-1)
    r"|heeft|hebben|had|hadden|(?:werkt|werken|werkte|werkten)\s+met)"
)
# A set-up verb whose particle follows the body: "Kleurrijk Kwartier vzw richtte binnen het project een
# jongerenadviesraad op" (the subject owns what it set up, G8-1)
_SPLIT_SETUP_RE = re.compile(
    r"(?P<clause>[^,;]*?\b(?:richtte|richtten|zette|zetten|stelde|stelden)\b[^,;]*?)\s+een\s+(?:[a-zà-ÿ]+e\s+)*$"
)
_SETUP_PARTICLE_RE = re.compile(r"[^.;,]*?\b(?:op|samen)\b")  # "richtte ... op", "stelde ... samen"
_RELATIVE_OWNER_RE = re.compile(rf"\s*,?\s+(?:die|dat)\s+(?P<clause>[^,;]*?\b{_OWNING_VERB})(?=[\s,;.]|$)", re.I)
_POSSESSIVE_RE = re.compile(r"\b(?:zijn|haar)\s+(?:eigen\s+)?(?:[a-zà-ÿ]+e\s+)*$")
_CO_ORGANISED_RE = re.compile(r"\s+(?:samen\s+)?met\s", re.I)
_SUBJECT_OWNER_RE = re.compile(rf"(?P<clause>[^,;]*?\b{_OWNING_VERB}\b[^,;]*?)\s+een\s+(?:[a-zà-ÿ]+e\s+)*$", re.I)


def _is_bare(body: str) -> bool:
    """A head without a name of its own: lower-case words only, one of them a body head ("lokale stuurgroep",
    "klankbordgroep leerkrachten"; GUIDELINES gold7: a bare head or a head with a lower-case topic keeps its owner)."""
    words = body.split()
    # (an acronym compounded with a lower-case noun is a topic or the members, no name: "ESF-projectpromotoren")
    lower = [w.islower() or bool(re.fullmatch(r"[A-Z][A-Z0-9]+-[a-zà-ÿ][\w-]*", w)) for w in words]
    return bool(words) and all(lower) and any(_BODY_RE.fullmatch(w) for w in words)


_LEADING_ACRONYM_RE = re.compile(r"([A-Z][A-Z0-9&-]{1,9})\s+(?=[a-zà-ÿ])")


_PARTNER_CUE_RE = re.compile(r"\s+(?:samen\s+met|i\.s\.m\.|in\s+samenwerking\s+met)\s", re.IGNORECASE)


def _leading_organisation(clause: str) -> str | None:
    """The canonical of the one organisation a clause opens with (after an article), or None; partners it names
    ("richtte samen met X een denktank op", "i.s.m. X") are no owners (G8-1)."""
    clause = _PARTNER_CUE_RE.split(clause, maxsplit=1)[0]
    at = len(clause) - len(re.sub(r"^(?:de|het)\s+", "", clause, flags=re.I))
    orgs = find_organisations(clause)
    if not orgs and (acronym := _LEADING_ACRONYM_RE.match(clause, at)):
        return acronym.group(1)  # ("Het KSD begeleidt ...": the caller names it by the text's expansion)
    if not orgs or orgs[0].char_start not in _name_starts(clause, at) or len({o.canonical for o in orgs}) != 1:
        return None
    return orgs[0].canonical


def _name_starts(text: str, at: int) -> tuple[int, int]:
    """Where a name opening at ``at`` may start as the organisation extractor gives it: there, or after a lower-case
    type word it leaves out of the name ("De jeugdorganisatie Tegenstroom" -> "Tegenstroom", gold6 D1)."""
    typed = re.match(r"(?P<type>[a-zà-ÿ]+)\s+(?=[A-ZÀ-Ý])", text[at:])
    if typed is None or not _is_type_word(typed["type"]):
        return (at, at)
    return (at, at + typed.end())


def _is_type_word(word: str) -> bool:
    """A lower-case word that may stand before an organisation's own name as its type ("jeugdorganisatie", "vzw"):
    not a plural, which names a kind the names after it are members of ("De werknemersorganisaties ACV, ABVV en
    ACLVB"), nor a body's head or a meeting noun ("stuurgroep Preventie"), nor an organ ("bestuur VSK")."""
    return not (
        re.search(r"(?:ies|ssen|ingen|[^aeiou]en)$", word)
        or _BODY_RE.fullmatch(word)
        or _MEETING_NOUN_RE.fullmatch(word)
        or word in _ORGANS
    )


def _whole_organisation(name: str) -> OrganisationMention | None:
    """The one organisation ``name`` is as a whole, after a lower-case type word the organisation extractor leaves out
    of a name of its own ("jeugdorganisatie Tegenstroom", gold6 D1; not an adjective before a unit: "federale cel
    Extremisme"), or None."""
    orgs = find_organisations(name)
    if len(orgs) != 1 or orgs[0].char_end != len(name):
        return None
    start = orgs[0].char_start
    return orgs[0] if start == 0 or (start == _name_starts(name, 0)[1] and orgs[0].canonical[:1].isupper()) else None


def _context_owner(stmt: str, body: str, text: str = "", start: int = 0) -> str | None:
    """The organisation that owns a bare head by its statement's own words, or None: the subject of a relative clause
    that organises or sets the body up ("Het lerend netwerk dat ABB voor de projecten organiseert" -> ABB), or the
    subject that installs it or follows up through it ("Sint-Niklaas ... installeerde een lokale stuurgroep" ->
    stad Sint-Niklaas), or the subject its possessive refers to ("X stelde er zijn oudergroepen voor"). Only where
    exactly one organisation is named so (dev-2022-12 adjudication, owner in context). A body with a name of its own
    takes only a municipality as owner ("De stad Genk richtte een interne cel Samenleven op" -> "interne cel Samenleven
    stad Genk": a municipality's own unit is named after it, GUIDELINES G9-3)."""
    owner = _owner_in_context(stmt, body, text, start)
    if owner is None or _is_bare(body):
        return owner
    return owner if re.match(r"(?:stad|gemeente)\s", owner) else None


def _owner_in_context(stmt: str, body: str, text: str, start: int) -> str | None:
    """The one organisation that owns ``body`` by its statement's own words, whatever the body's name (see
    _context_owner)."""
    # (the body's name drops linking words the text prints: "Het netwerk van lerarenopleiders burgerschap", gold7)
    pattern = r"(?:\s+(?:van|voor|over|rond)(?:\s+(?:de|het))?)?\s+".join(re.escape(w) for w in body.split())
    m = re.search(rf"(?<![\w-]){pattern}(?![\w-])", stmt, re.I)
    if m is None:
        # (a demonstrative back-reference by the head alone: "Dit netwerk, getrokken door het CAW Antwerpen, ...")
        m = re.match(rf"\W*(?:Dit|Deze|Dat|Die)\s+{re.escape(body.split()[-1])}(?![\w-])", stmt)
    if m is None:
        return None
    after = m.end() + (apposed.end() - apposed.start() if (apposed := _APPOSITION_RE.match(stmt, m.end())) else 0)
    if passive := _PASSIVE_OWNER_RE.match(stmt, after):
        # "Het netwerk van lerarenopleiders burgerschap, een lerend netwerk dat door het OHB wordt getrokken" -> OHB
        group = "agent" if passive.group("agent") else "agent2"
        agent = stmt[passive.start(group) : passive.end(group)]
        # (a one-word name the extractor does not know, capitalised after its article: "het ESF-Agentschap")
        one_word = re.fullmatch(r"(?:de\s+|het\s+)?(?P<name>[A-Z][\w-]+)", agent)
        return _leading_organisation(stmt[passive.start(group) : passive.end()]) or (one_word and one_word["name"])
    if rel := _RELATIVE_OWNER_RE.match(stmt, m.end()):
        # ("dat de afdeling Jeugd organiseert met De Ambrassade, VVJ, ...": several organisers, no one owner)
        if _CO_ORGANISED_RE.match(stmt, rel.end()) or re.search(r"\bsamen\s+met\b", rel.group("clause"), re.I):
            return None
        if (owner := _leading_organisation(rel.group("clause"))) or not text:
            return owner
        # ("De klankbordgroep leerkrachten die het kenniscentrum ... samenstelde": the organisation of that kind named
        # before, dev-2022-12 M16)
        kind = _KIND_CLAUSE_RE.match(rel.group("clause"))
        return _referent_of_kind(text, start, kind.group("kind").lower()) if kind else None
    if sub := _SUBJECT_OWNER_RE.fullmatch(stmt, 0, m.start()):
        return _leading_organisation(sub.group("clause"))
    if (sub := _SPLIT_SETUP_RE.fullmatch(stmt, 0, m.start())) and _SETUP_PARTICLE_RE.match(stmt, m.end()):
        return _leading_organisation(sub.group("clause"))
    if _POSSESSIVE_RE.search(stmt, 0, m.start()):
        # "Het Huis van het Kind Mechelen stelde er zijn oudergroepen voor": the possessive is the subject's
        return _leading_organisation(stmt[: m.start()])
    if text and _OPENING_POSSESSIVE_RE.fullmatch(stmt, 0, m.start()):
        # "Ouderplatform Brugkracht ... zette zijn werking voort. Zijn kerngroep vergaderde op ...": a sentence opening
        # with a possessive refers to the subject of the sentence before (G8-1: the owner in context)
        return _subject_organisation(_sentence_before(text, start))
    return None


def _set_up_before(text: str, start: int) -> str | None:
    """The body the sentence before ``start`` set up ("werd een tijdelijke schrijfgroep opgericht"), named with the
    owner it was set up within or by (G8-1), or None when that sentence sets up no one body."""
    before = _sentence_before(text, start)
    if not before or not _FOUNDING_RE.search(before):
        return None
    introduced = [name for pos, name in _bodies(before) if re.search(r"\been\s+(?:[a-zà-ÿ]+e\s+)*$", before[:pos])]
    if len(introduced) != 1:
        return None
    body = canonical_body(introduced[0])
    if body and _is_bare(body) and (owner := _within_owner(before, introduced[0]) or _setup_owner(before, body)):
        return _with_owner(body, canonical_body(owner) or owner)
    return body


# A sentence that opens with a possessive before its body: "Zijn kerngroep", "Haar stuurgroep", "Hun werkgroep"
_OPENING_POSSESSIVE_RE = re.compile(r"\W*(?:Zijn|Haar|Hun)\s+")


def _sentence_before(text: str, start: int) -> str:
    """The sentence that ends right before ``start`` (in its paragraph), or ""."""
    before = text[max(0, start - 2000) : start].rstrip()  # (a sentence, not the whole field before it)
    if not before.endswith((".", "!", "?")) or "\n" in before[-2:]:
        return ""
    return re.split(r"(?<=[.!?])\s+|\n", before[:-1])[-1]


def _subject_organisation(sentence: str) -> str | None:
    """The canonical of the organisation a sentence opens with (its subject, after an article), or None."""
    at = len(sentence) - len(re.sub(r"^\W*(?:de|het)\s+", "", sentence, flags=re.I))
    orgs = find_organisations(sentence)
    return orgs[0].canonical if orgs and orgs[0].char_start <= max(_name_starts(sentence, at)) + 1 else None


_OWNING_VERB_RE = re.compile(rf"\b{_OWNING_VERB}", re.IGNORECASE)
# An apposition that describes the body before its relative clause: ", een lerend netwerk"
_APPOSITION_RE = re.compile(r"\s*,\s+een\s+(?:[a-zà-ÿ-]+\s+){0,2}[a-zà-ÿ-]+(?=\s*,?\s+(?:die|dat)\s)")
# A passive relative clause naming who runs the body: "dat door het OHB wordt getrokken", "die door de VVSG werd
# opgericht" (G8-1; "begeleid door" only guides, G10-1)
_OWNED_BY = r"(?:getrokken|georganiseerd|gecoördineerd|opgericht|opgezet|samengesteld|geleid|geïnstalleerd)"
_PASSIVE_OWNER_RE = re.compile(
    rf"\s*,?\s+(?:die|dat)\s+door\s+(?P<agent>[^,;]+?)\s+(?:wordt|werd|is|werden|worden)\s+{_OWNED_BY}\b"
    # (or a participle in apposition: "Dit netwerk, getrokken door het CAW Antwerpen, vergaderde")
    rf"|\s*,\s+{_OWNED_BY}\s+door\s+(?P<agent2>[^,;]+?)\s*,",
    re.IGNORECASE,
)


def _owners_introduced(stmt: str, text: str) -> dict[str, str]:
    """The bare heads a statement that reports no meeting introduces with their owner ("Het SAW brengt deze
    referentiepersonen samen in een lerend netwerk radicalisering en polarisering; het netwerk kwam ... samen", "werd
    binnen de VVSG een intervisiegroep ... opgestart. De intervisiegroep heeft ... gehouden"): a later mention of the
    body is named so (G8-1)."""
    owning, founding = bool(_OWNING_VERB_RE.search(stmt)), bool(_FOUNDING_RE.search(stmt))
    if not (owning or founding or _WITHIN_RE.search(stmt)):
        return {}  # ("binnen X" places the body in its owner whatever the verb: "werd ... verdergezet", G8-1)
    out = {}
    for _, name in _bodies(stmt):
        body = canonical_body(name)
        owner = body and (
            _context_owner(stmt, body) or _within_owner(stmt, body) or (_setup_owner(stmt, body) if founding else None)
        )
        if body and owner:
            out[body] = _with_expanded_owner(_with_owner(body, owner), text)
    return out


_BY_RE = re.compile(r"\bdoor\s+(?:de\s+|het\s+)?")
_HELD_BY_RE = re.compile(r"\b(?:georganiseerd|gehouden|belegd|ingericht|samengeroepen|bijeengeroepen)\b", re.IGNORECASE)


def _passive_organiser(stmt: str) -> str | None:
    """The one organisation a passive statement names as who organised or held its meeting ("werd door de VVSG een
    overleg georganiseerd"), or None."""
    if not _HELD_BY_RE.search(stmt):
        return None
    found = {named for by in _BY_RE.finditer(stmt) if (named := _organisation_at(stmt, by.end()))}
    return found.pop() if len(found) == 1 else None


def _organisation_at(stmt: str, at: int) -> str | None:
    """The canonical of the organisation named right at ``at`` (after a cue: "binnen", "door"), its lower-case type
    word left out (``_name_starts``), or None."""
    after = stmt[at : at + 100]
    orgs = find_organisations(after)
    return orgs[0].canonical if orgs and orgs[0].char_start in _name_starts(after, 0) else None


# Where or by whom a body was set up: "binnen de VVSG", "bij DG EPI", "door het departement" (its owner, G8-1)
_SET_UP_BY_RE = re.compile(r"\b(?:[Bb]innen|[Bb]ij|door)\s+(?:de\s+|het\s+)?")


def _setup_owner(stmt: str, body: str) -> str | None:
    """The one organisation a statement that sets a bare head up names as where or by whom ("In het najaar werd
    binnen de VVSG een intervisiegroep ... opgestart" -> VVSG, "een werkgroep, door het departement OV opgericht"
    -> departement OV), or None: the set-up makes it that organisation's body (GUIDELINES G8-1: "binnen X", the one
    organisation that sets it up). Several such organisations, or a body with a name of its own, give none."""
    return _sole_owner_after(_SET_UP_BY_RE, stmt, body)


# A project named before: "Het project CONNECT", "het project 'Connect'" (its name), "het ESF-project van Sterk Werk
# Limburg" (its organisation); a compound names one too ("Het onderzoeksproject RADIPOL-2018"), and so does a
# name in camel case ("het project rePresent")
_NAME_WORDS = r"(?:[A-Z]|[a-z]+(?=[A-Z]))[\w&'-]*(?:\s+(?:&\s+)?[A-Z][\w&'-]*)*"
_NAMED_PROJECT_RE = re.compile(
    rf"\b(?:[\w-]*project|traject)\s+(?:['‘\"“](?P<quoted>[^'’\"”]{{2,80}})['’\"”]|(?-i:(?P<name>{_NAME_WORDS}))"
    rf"|van\s+(?:de\s+|het\s+)?(?P<owner>{_NAME_WORDS}))",
)


def _of_named_project(body: str, before: str) -> str | None:
    """A bare head that belongs to "the project" ("stuurgroep project" from "De stuurgroep van het project", or the
    compound "projectstuurgroep") named by the one project the text named before it: by the project's name, or by
    the organisation whose project it is; None when the text names no project or several (dev-2022-12 adjudication
    #3-#5: a bare head keeps its owner, an anaphoric owner resolved)."""
    words = body.split()
    # (a research project is "het onderzoek" too: "Het opvolgingscomité van het onderzoek", dev-2021-12 J28)
    research = len(words) > 1 and words[-1].lower() in ("onderzoek", "onderzoeksproject", "traject")
    if len(words) > 1 and (words[-1].lower() == "project" or research) and _is_bare(" ".join(words[:-1])):
        head = " ".join(words[:-1])
    elif len(words) == 1 and body.lower().startswith("project") and body.lower() != "project" and _is_bare(body):
        head = body
    else:
        return None
    names = set()
    for m in _NAMED_PROJECT_RE.finditer(before):
        if head == body and not re.match(r"(?:[\w-]+-)?project\s", m.group(0)):
            # (a compound head is the project's only after "project" or "X-project", not after another compound:
            # gold dev-extra D15 keeps "De projectstuurgroep" bare after "Het pilootproject ‘Klas in Dialoog’")
            continue
        if owner := m.group("owner"):
            names.add(canonical_body(owner) or owner)
        else:
            names.add(m.group("quoted") or m.group("name"))
    if not names and (titled := _TITLE_NAME_RE.match(before)) and _PROJECT_WORD_RE.search(before, titled.end()):
        # "POLDIA - Polarisering en dialoog in Vlaamse en Brusselse wijken. ... financiert BELSPO een onderzoeksproject
        # ...": the name heading the text is the project's it reports on (G8-2, dev-2021-12 J28)
        names.add(titled.group("name"))
    return f"{head} {names.pop()}" if len(names) == 1 else None


# A text headed by a project's name and a dash before its title: "POLDIA - Polarisering en dialoog in ... wijken."
_TITLE_NAME_RE = re.compile(rf"\s*(?P<name>[A-Z][A-Z0-9&-]{{1,14}}|{_NAME_WORDS})\s+[-–]\s+[A-Z]")
_PROJECT_WORD_RE = re.compile(r"\b(?:[\w-]*project|onderzoek)\b", re.IGNORECASE)


def _each_met(
    bodies: Iterable[str],
    count: int | None,
    frequency: str | None,
    dates: tuple[date, ...],
    planned: bool,
    stmt: str,
    start: int,
    end: int,
) -> list[MeetingFact]:
    """One record per body of a statement that several bodies or parties met in, with the statement's attributes."""
    return [MeetingFact(b, count, frequency, dates, planned, stmt, start, end, body_key(b)) for b in bodies]


def _with_next_planned(
    text: str, prev: MeetingFact, key: str, dates: tuple[date, ...], planned: bool, start: int, end: int
) -> MeetingFact | None:
    """The record of a frequency with the days a ";"-clause of its sentence gives ("De stuurgroep vergadert
    tweemaandelijks; de volgende vergadering is op 12 januari 2018", "zitten elk kwartaal samen in een
    afstemmingsoverleg; in de rapporteringsperiode vond dit overleg plaats op 11 september"): one record (GUIDELINES:
    one record per statement, a frequency and dates are one record), planned when the days are (G9-8); else None."""
    if not (dates and prev.frequency and not prev.dates and not prev.planned and prev.body_key == key):
        return None
    if not _semicolon_continuation(text, prev, start, text[start:end]):
        return None
    return replace(prev, dates=dates, planned=planned, raw=text[prev.char_start : end], char_end=end)


def _merge_into_clause(facts: list[MeetingFact], merged: MeetingFact) -> None:
    """Give the days ``merged`` adds to every record of the clause the last record came from ("De VVSG en het OCAD
    zitten elk kwartaal samen; in de periode vond dit overleg plaats op ...": both parties met that day)."""
    clause = facts[-1].char_start
    for i, f in enumerate(facts):
        if f.char_start == clause and f.frequency == merged.frequency and not f.dates:
            facts[i] = replace(f, dates=merged.dates, planned=merged.planned, raw=merged.raw, char_end=merged.char_end)


def _past_and_planned(fact: MeetingFact, report_date: date) -> list[MeetingFact]:
    """A record whose days lie both before and after the report date is two: the meetings held and the one(s)
    planned ("kwam driemaandelijks samen (3/9/2020 en 3/12/2020, deze laatste gepland)"; GUIDELINES: clauses about the
    same body are split when they differ in `planned`)."""
    past = tuple(d for d in fact.dates if d <= report_date)
    ahead = tuple(d for d in fact.dates if d > report_date)
    # (a day after the report date in a past-tense statement that plans nothing is reported as held: "vergaderde ...
    # op 5 november en 3 december 2021" in a December 2021 report; GUIDELINES: planned follows the text's tense)
    if not past or not ahead or not (_FUTURE_RE.search(fact.raw) or _PRESENT_MEETING_RE.search(fact.raw)):
        return [fact]
    return [replace(fact, dates=past, planned=False), replace(fact, dates=ahead, planned=True, count=None)]


# A verb in the present tense: a series that runs on ("komt driemaandelijks samen (3/9/2020 en 3/12/2020)", "In 2021
# worden vier meetings georganiseerd: ...; de laatste gaat door op 8 en 9 december")
_PRESENT_MEETING_RE = re.compile(
    r"\b(?:komt|komen|vergadert|vergaderen|zit|zitten|wordt|worden|gaat|gaan|vindt|vinden|staat|staan|is|zijn)\b",
    re.IGNORECASE,
)


# A body set up on a day ("ging van start op", "werd opgestart op", "startte op") ...
_STARTED_RE = re.compile(
    r"\b(?:ging|gingen|gaat)\b[^.;]*?\bvan\s+start\b|\b(?:startte|startten)\b|\b(?:werd|werden)\b[^.;]*?\bopgestart\b",
    re.IGNORECASE,
)
# ... that met "daarna" or "sindsdien" again: its start was its first meeting (GUIDELINES, gold5: set-up)
_AFTER_START_RE = re.compile(
    r"\b(?:daarna|nadien|sindsdien|vervolgens)\b(?:\s+\w+){0,3}?\s+(?:nog|opnieuw|nogmaals)\b", re.IGNORECASE
)


def _start_meeting(
    text: str, start: int, stmt: str, date_facts: list[DateFact], facts: list[MeetingFact]
) -> MeetingFact | None:
    """The first meeting of a body whose start on a day the sentence before reports, when ``stmt`` says it met
    again after that ("In de provincie Antwerpen ging het provinciaal overlegplatform radicalisering van start op 12
    oktober 2018 ... Het platform kwam daarna nog tweemaal samen"), or None."""
    if not _AFTER_START_RE.search(stmt):
        return None
    spans = split_statements(text[:start])
    if not spans:
        return None
    a, b = spans[-1]
    before = text[a:b]
    days = _meeting_dates(date_facts, a, b, text)
    if not days or not _STARTED_RE.search(before) or any(f.char_start >= a for f in facts):
        return None
    names = [name for _, name in _bodies(before) if " " in _clean_body(name)]
    body = canonical_body(names[0]) if names else None
    if body and (place := _fronted_place(before)):
        body = _local_body(body, place)  # (as for a body that met: "In de provincie Antwerpen ging ... van start")
    return MeetingFact(body, None, None, days, False, before, a, b, body_key(body)) if body else None


# A place fronted before the finite verb: "In stad Kortrijk vergaderde de casustafel ...", "in de gevangenis van
# Hasselt kwam dat lokaal overleg ... samen", "in Brussel kwam de groep samen" (Dutch inversion after the adverbial)
_FRONTED_PLACE_RE = re.compile(
    r"(?:[Ii]n)\s+(?:(?:de\s+)?(?P<kind>stad|gemeente|provincie)\s+(?:van\s+)?|de\s+(?P<site>gevangenis|regio)\s+(?:van\s+)?"
    r"|(?P<article>de|het)\s+(?=[A-Z]))?"  # ("In het Waasland": a region after its article)
    r"(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?=\w)"
)
# A body without a name of its own: describing adjectives, a head (or a type acronym: "LIVC", "LTF"), at most a
# type acronym after it ("casustafel LIVC-R")
_UNNAMED_BODY_RE = re.compile(r"(?:[a-zà-ÿ]+\s+){0,2}(?:[a-zà-ÿ-]+|[A-Z][A-Z0-9-]{1,9})(?:\s+[A-Z][A-Z0-9-]{1,9})?")


# An indefinite number of places or of bodies of one kind (GUIDELINES G9-6): "in de meeste gemeenten", "in acht van de
# tien gemeenten", "verschillende lokale netwerken" (not a definite whole: "de vijf provinciale overlegplatformen")
_INDEFINITE = (
    r"(?:de\s+meeste|vele?|verschillende|diverse|sommige|enkele|meerdere|een\s+aantal|heel\s+wat|\w+\s+van\s+de\s+\w+)"
)
_INDEFINITE_PLACES_RE = re.compile(
    rf"\b(?i:in|binnen)\s+{_INDEFINITE}\s+(?:gemeenten|steden|provincies|politiezones|zones|regio['’]s)\b"
    # (one per place of a kind: "komen per gevangenis samen in een lokaal afstemmingsoverleg", dev-2024-12 R16)
    r"|\b(?i:per|in\s+elke|in\s+iedere)\s+(?:gemeente|stad|provincie|gevangenis|regio|zone|politiezone|school|campus)\b"
)
_INDEFINITE_BODIES_RE = re.compile(rf"(?<![\w-])(?i:{_INDEFINITE})\s+(?P<bodies>(?:[a-zà-ÿ]+e\s+)?[\w-]+(?:en|s))\b")


def _of_an_indefinite_set(stmt: str, body: str) -> bool:
    """Is the statement about an indefinite set of bodies of one kind: a body without a name of its own in an
    indefinite number of places ("Uit de verslagen blijkt dat de LIVC in de meeste gemeenten maandelijks vergadert"),
    or the plural body itself counted indefinitely ("Verschillende lokale netwerken kwamen samen")? Such a
    statement names no body that met (GUIDELINES G9-6)."""
    if _UNNAMED_BODY_RE.fullmatch(body) and _INDEFINITE_PLACES_RE.search(stmt):
        return True
    return any(m.group("bodies").lower() == body.lower() for m in _INDEFINITE_BODIES_RE.finditer(stmt))


# A set of bodies introduced in the plural, with its describing adjectives: "organiseert de VVSG ook provinciale
# overlegplatformen", "In elk van deze gemeenten ... lokale stuurgroepen"
_BODY_SET_RE = re.compile(
    r"(?<![\w-])(?P<adjs>(?:[a-zà-ÿ]+(?:ale|ele|ische|lijke|ende|ieve|e)\s+){0,2})(?P<head>[\w-]*(?:"
    + "|".join(_BODY_SUFFIXES)
    + r")(?:en|s))\b"
)
# Het-words among the heads: their adjective is uninflected in the singular ("provinciaal overlegplatform", "lokaal
# overleg", "lerend netwerk"; but "lokale stuurgroep")
_NEUTER_HEADS = ("platform", "netwerk", "network", "overleg", "comité", "forum", "team", "college", "consortium")
_UNINFLECTED = (("ale", "aal"), ("ele", "eel"), ("ische", "isch"), ("lijke", "lijk"), ("ende", "end"), ("ieve", "ief"))


def _introduced_set(text: str, start: int) -> str | None:
    """The nearest set of bodies introduced in the plural in the passage before ``start`` (this paragraph and the
    two before), named in the singular with its adjectives ("provinciale overlegplatformen" -> "provinciaal
    overlegplatform"), or None."""
    paras = [p for p in _paragraph_spans(text) if p[0] <= start]
    since = paras[-3][0] if len(paras) >= 3 else 0
    found = [m for m in _BODY_SET_RE.finditer(text, since, start) if _singular_body_head(m.group("head"))]
    if not found:
        return None
    m = found[-1]
    head = _singular_body_head(m.group("head")) or ""
    adjs = m.group("adjs").split()
    if head.endswith(_NEUTER_HEADS):
        adjs = [next((a[: -len(e)] + u for e, u in _UNINFLECTED if a.endswith(e)), a) for a in adjs]
    return " ".join([*adjs, head])


# Kinds of bodies that exist per place: local, provincial, municipal ones and the local cells and task forces
_LOCAL_KIND_RE = re.compile(
    r"(?i:\b(?:lokaa?le?|provincia(?:al|le)|stedelijke?|gemeentelijke?|regionaa?le?|bovenlokaa?le?)\b)"
    r"|\b(?:LIVC|LTF)(?:-R)?\b"
)


_SENTENCE_END_RE = re.compile(r"[.!?](?:\s+|(?=[-–•]\s))|\n|</?(?:p|li|ul|ol|div|br)\b[^>]*>\s*", re.IGNORECASE)


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence (not the ";"-clause) containing ``start`` begins."""
    # (a block tag parts sentences too: "... samen.</p> <p>De interne Vlaamse stuurgroep ...", dev-2022-12 M01)
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text[max(0, start - 2000) : start])]
    return max(0, start - 2000) + ends[-1] if ends else max(0, start - 2000)


def _fronted_place(stmt: str) -> str | None:
    """The one place a statement opens with before its finite verb ("Hasselt", "gevangenis Hasselt"), or None."""
    m = _FRONTED_PLACE_RE.match(stmt.lstrip("-–•* \n"))
    stmt = stmt.lstrip("-–•* \n")
    if not m or not _named_place(m) or not _is_finite_verb(stmt, m.end()):
        return None
    if m.group("article") and not region(m.group("place")):
        return None
    if m.group("kind") == "provincie":
        # "In de provincie Antwerpen kwam het provinciaal overlegplatform samen": the province as an organisation
        # owns it, named as in the organisation gold ("provincie Antwerpen"; GUIDELINES gold7 owner)
        return f"provincie {m.group('place')}"
    # ("In de regio Zuid-West-Vlaanderen ...": the region is the territory, the word "regio" no part of it)
    return f"{m.group('site')} {m.group('place')}" if m.group("site") == "gevangenis" else m.group("place")


# A subject that refers back by a bare noun placed right after it: "De groep in Vilvoorde kwam ... samen"
_SUBJECT_PLACE_RE = re.compile(
    r"(?:De|Het|Die|Dat)\s+(?:groep|[a-zà-ÿ]*(?:groep|netwerk|overleg|platform))\s+in\s+(?P<place>[A-Z][\w-]+)\b"
)


def _subject_place(stmt: str) -> str | None:
    """The place a statement's bare subject noun is placed in ("De groep in Vilvoorde werd opgestart en kwam ... samen":
    the set's member there, G9-5), or None."""
    m = _SUBJECT_PLACE_RE.match(stmt.lstrip("-–•* \n"))
    return m.group("place") if m and _is_place(m.group("place")) else None


def _named_place(m: re.Match[str]) -> bool:
    """Is the place a fronted-place match names a territory: a municipality, province or region the gazetteers know,
    or any name the text itself calls a region ("In de regio Zuid-West-Vlaanderen")?"""
    return _is_place(m.group("place")) or m.group("site") == "regio"


def _framing_territory(text: str, start: int, stmt: str) -> str | None:
    """The one place that frames the statement as a territory, not a meeting's venue: one the statement opens with
    before a verb that is no meeting predicate ("In Vlaams-Brabant werd een werkgroep opgericht, die ... zal
    vergaderen"), or, when the statement opens on no place, one the sentence before it in the same paragraph opens
    with ("In Brussel werd de samenwerking met Actiris verdergezet. Het gezamenlijke coördinatieoverleg kwam
    maandelijks samen"); None otherwise ("In Brussel kwam de werkgroep samen" names the venue)."""
    lead = stmt.lstrip("-–•* \n")
    if m := _FRONTED_PLACE_RE.match(lead):
        verb = lead[m.end() :]
        return None if _VERBAL_RE.match(verb) or _OVERLEG_VERB_RE.match(verb) else _fronted_place(lead)
    sentence = _sentence_start(text, start)
    para = max((a for a, _ in _paragraph_spans(text) if a <= start), default=0)
    if sentence <= para or text[sentence:start].strip():
        return None  # (the statement opens no sentence, or the paragraph)
    before = text[_sentence_start(text, sentence - 1) : sentence].lstrip("-–•* \n")
    if _sentence_start(text, sentence - 1) < para or not (m := _FRONTED_PLACE_RE.match(before)):
        return None
    # (a fronted place is followed by the finite verb in Dutch, whatever verb it is: "In Limburg werkt Arktos")
    return _fronted_place(before) or (
        m.group("place") if _named_place(m) and m.group("kind") is None and before[m.end()].islower() else None
    )


# A definite list of sites: "in de gevangenissen van Haren, Hasselt, Brugge en Antwerpen"
_SITE_LIST_RE = re.compile(
    r"\b[Ii]n\s+de\s+(?P<site>gevangenissen)\s+van\s+"
    r"(?P<places>[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)*\s+en\s+[A-Z][\w-]+)"
)


# A sentence opening with two or more places: "In Tienen en Landen", "In Genk, As en Vilvoorde"
_FRONTED_PLACES_RE = re.compile(r"\W*[Ii]n\s+(?P<places>[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)*\s+en\s+[A-Z][\w-]+)\s+")


def _fronted_places(stmt: str) -> str | None:
    """The places ("Tienen en Landen") a statement opens with before its finite verb, when every one is a place."""
    m = _FRONTED_PLACES_RE.match(stmt)
    if m is None or not _is_finite_verb(stmt, m.end()):
        return None
    return m.group("places") if all(_is_place(p) for p in re.split(r",\s+|\s+en\s+", m.group("places"))) else None


def _unnamed_plural(body: str) -> bool:
    """A plural body of lower-case words (or a compound with a type acronym: "VDAB-teams"), with no name of its own."""
    words = body.split()
    named = any(w[:1].isupper() and not w.split("-")[0].isupper() for w in words)
    return len(words) <= 4 and not named and any(_singular_body_head(w.split("-")[-1]) for w in words)


def _unnamed_lower(body: str) -> bool:
    """A body of lower-case words only, no table body, with no site or place of its own yet."""
    return body.islower() and len(body.split()) <= 3 and body not in _known_bodies().values()


def _is_placeable(body: str) -> bool:
    """A body with neither a name of its own nor an owner (lower-case words only), in the singular, not one of the
    table's standing bodies ("sectoroverleg")."""
    head = body.split()[-1]
    # (a type acronym is no name: "gezamenlijke LIVC-R" is placed as "provinciaal platform" is, G9-5)
    return (
        (body.islower() or (head.lower() in _BODY_EXACT and (body[: -len(head)].islower() or body == head)))
        and len(body.split()) <= 3
        and _singular_body_head(head) is None
        and body not in _known_bodies().values()
    )


def _local_body(body: str, place: str) -> str:
    """A body with no name of its own meeting in a place the statement opens with is that place's body
    ("casustafel LIVC-R Kortrijk", "lokaal overleg gevangenis Hasselt"; one of a plural set, in the singular:
    "lotgenotengroepen ...; in Brussel kwam de groep samen" -> "lotgenotengroep Brussel"), as a place right after
    the head is kept ("lotgenotengroep in Vilvoorde"; GUIDELINES precedent "LTF Gent"). A named body stays as named
    ("In de gemeente Boom kwam de stuurgroep Samenleven samen")."""
    placed, _, last = body.rpartition(" ")
    if (
        placed
        and _is_place(last)
        and last not in place
        and _UNNAMED_BODY_RE.fullmatch(placed)
        and placed.split()[-1] not in ("stad", "gemeente", "provincie")
    ):
        # "...samen in Antwerpen en Vilvoorde; in Brussel kwam de groep samen": the member of a set just placed
        # elsewhere, referred back to in this place, is this place's member (G9-5)
        return f"{placed} {place}"
    if place.split()[-1] in body or not _UNNAMED_BODY_RE.fullmatch(body):
        return body
    head, _, rest = body.rpartition(" ")
    single = _singular_body_head(rest)
    if single:
        return f"{head} {single} {place}".strip()
    # (only a kind of body that exists per place: "In Brussel kwam de werkgroep samen" names the venue; a region is
    # a territory, never a venue: "In het Waasland kwam de kerngroep samen", G13-4)
    return f"{body} {place}" if _LOCAL_KIND_RE.search(body) or region(place) else body


# Taking part in, being invited to, presenting at or being heard at another body's meeting (GUIDELINES, gold5)
_GUEST_RE = re.compile(
    # (a text discussed at or put before a body's meeting: "werd op 12 juni besproken op de stuurgroep")
    _PARTICIPATION_RE.pattern + r"|\b(?:toelichting|presentatie|uitleg|gehoord|voorgesteld|besproken|voorgelegd)\b"
    # "lichtte het OCAD de dreigingsevaluatie toe", "gaf een stand van zaken in de Commissie", "op uitnodiging van"
    r"|\b(?:licht|lichtte|lichtten|lichten)\b[^.;]*?\btoe\b|\btoegelicht\b|\bstand\s+van\s+zaken\b"
    r"|\b(?:stel|stelt|stelde|stelden)\b[^.;]*?\bvoor\s+(?:op|aan|in|tijdens)\b"
    r"|\bop\s+uitnodiging\s+van\b",
    re.IGNORECASE,
)
# The preposition that makes a body the host: "deel aan de werkgroep", "uitgenodigd voor de RAN werkgroep", "een
# toelichting op het platform", "gehoord in de Commissie", "de bijeenkomsten van de NTF"
# ("van" only after a meeting noun: "de slotconferentie van de RAN-werkgroep" is an event, "een toelichting over de
# werking van het Netwerk" a topic)
_HOST_PREP_RE = re.compile(
    r"(?:\b(?:aan|voor|op|in)|\bgehoord\s+door|\b(?:[\w-]*(?:bijeenkomsten|vergaderingen|vergadering|bijeenkomst|meetings?)"
    r"|uitnodiging)\s+van)\s+"
    r"(?:(?:de|het|een)\s+)?(?:[a-zà-ÿ]+(?:aal|eel|lijk|isch|ieve?|ische|e)\s+)?['‘\"“]?$",
    re.IGNORECASE,
)
# A leading owner of a body's name stands after it in the canonical name ("VVSG werkgroep werk" -> "werkgroep
# werk VVSG", "stad Gent denktank X" -> "denktank X stad Gent", as "werkgroep radicalisering VVSG")
# (only before a topic: a body with a name of its own keeps its owner where it is, "RAN werkgroep Prison and ...")
_OWNER_FIRST_RE = re.compile(
    r"(?P<owner>(?:[Ss]tad\s+|[Gg]emeente\s+)?[A-Z][\w-]*)\s+(?P<rest>[a-zà-ÿ][\w-]*\s+[a-zà-ÿ].*)"
)


_BARE_HEADS = {head + ending for head in _BODY_SUFFIXES for ending in ("", "en", "s")}


def _host_name(stmt: str, m: re.Match[str]) -> tuple[int, str]:
    """(position, name as printed) of the host around head m: its name as a subject's (``_body_at``), with a
    municipality's title before it ("stad Gent denktank ..."), and, when the words after it run to a
    parenthesis or the end without a verb, those words too ("netwerk onderwijs Stad Gent (28/9/2017)")."""
    name = _body_at(stmt, m)
    at = stmt.rfind(name, 0, m.start() + len(name))
    if at < 0:
        return m.start(), name
    if owned := _owned_name(stmt, m):
        return at, stmt[at : m.end()] + owned
    # "het Lokaal Overlegplatform (LOP) Gent secundair onderwijs": its place after its acronym
    after_acronym = re.match(r"\s*\([A-Z][A-Za-z0-9&-]{1,9}\)\s+([A-Z][\w-]+)", stmt[at + len(name) :])
    if after_acronym and _is_place(after_acronym.group(1)):
        return at, f"{name} {after_acronym.group(1)}"
    title = re.search(r"\b(?:[Ss]tad|[Gg]emeente)\s+$", stmt[:at])
    if title and name[:1].isupper():
        at, name = title.start(), stmt[title.start() : at] + name
    tail = re.match(
        # (not a separable verb's particle or a date: "woont de vergaderingen van de NTF bij", "van 1-2 juli")
        r"((?:\s+(?!(?:op|in|tijdens|door|over|om|en|met|georganiseerd|bij|toe|mee|samen|af|aan|uit|van|voor)\b)"
        r"(?![\d])[\w'’-]+){1,6}?)\s*(?:\(|[.;:]?$)",
        stmt[at + len(name) :],
    )
    if tail and not any(
        _is_finite_verb(stmt, at + len(name) + w.start(1)) or _PARTICIPLE_RE.fullmatch(w.group(1))
        for w in re.finditer(r"\s+(\S+)", tail.group(1))
    ):
        name += tail.group(1)
    return at, name


# "Commissie voor Cultuur, Jeugd, Sport en Media van het Vlaamse Parlement", "commissie Brussel en de Vlaamse Rand van
# het Vlaams Parlement", "Commissie voor de Justitie van de Kamer": a capitalised name, its parts joined by commas and
# "en", then its owner
_OWNED_NAME_RE = re.compile(
    r"(?P<name>(?:\s+voor(?:\s+de|\s+het)?)?\s+[A-Z][\w'-]*(?:(?:,|\s+en(?:\s+de|\s+het)?)?\s+[A-Z][\w'-]*)*)"
    r"\s+van\s+(?:de|het)\s+(?=[A-Z])"
)


def _owned_name(stmt: str, m: re.Match[str]) -> str | None:
    """The name and owner after head m, the owner without "van" and by its canonical name ("voor Cultuur, ... en
    Media Vlaams Parlement"; GUIDELINES: an owner that is an organisation is part of the name), or None."""
    named = _OWNED_NAME_RE.match(stmt, m.end())
    if not named:
        return None
    orgs = find_organisations(stmt[named.end() :])
    proper = re.match(r"[A-Z][\w-]*(?=[\s.,;:]|$)", stmt[named.end() :])  # "van de Kamer"
    owner = orgs[0].canonical if orgs and orgs[0].char_start == 0 else proper.group(0) if proper else None
    if owner is not None and not _PARLIAMENT_RE.search(owner):
        # "werkgroep Gevangenissen van de NTF" -> "werkgroep Gevangenissen": a name of its own drops its owner; only a
        # parliament's commission keeps it (several parliaments have commissions of one name; GUIDELINES gold7)
        return named.group("name")
    return f"{named.group('name')} {owner}" if owner else None


_PARLIAMENT_RE = re.compile(r"\b(?:Parlement|Kamer|Senaat)\b")


def _owner_last(name: str) -> str:
    """A leading owner of a body's name stands after it ("VVSG werkgroep werk" -> "werkgroep werk VVSG", "stad Gent
    denktank X" -> "denktank X stad Gent"), as the GUIDELINES write owned bodies ("werkgroep radicalisering VVSG")."""
    owner = _OWNER_FIRST_RE.fullmatch(name)
    if owner and not _BODY_RE.fullmatch(owner.group("owner")):
        orgs = find_organisations(owner.group("owner"))
        if len(orgs) == 1 and orgs[0].char_end == len(owner.group("owner")):
            return f"{owner.group('rest')} {owner.group('owner')}"
    return name


# A second prepositional phrase joined by "en" to a host's, with a noun phrase of its own: its days are its own
_COORDINATED_PP_RE = re.compile(r"\s+en\s+(?:in|op|aan|tijdens|bij|voor)\s+(?:de|het|een)\s+", re.IGNORECASE)
_AT_ORGAN_RE = re.compile(r"\b(?:op|tijdens|aan|voor)\s+(?:de|het)\s+(?=algemene|raad|bestuur)", re.IGNORECASE)


_STANDING_BETWEEN_RE = re.compile(
    r"(?:Het|De)\s+(?P<name>(?:(?!(?:\w*dagelijks|\w*wekelijks|\w*maandelijks|\w*jaarlijks|eerste|volgend|nieuw)\b)"
    r"[a-zà-ÿ]+(?:aal|eel|lijk|isch|end|air)\s+)+[\w-]*overleg)\s+tussen\s+[^,;:()]+?"
    r"(?:\s+in\s+(?P<place>[A-Z][\w-]+))?\s+(?=(?:kwam|komt|kwamen|komen|vergaderde|vergadert|zat|zit)\b)"
)


def _standing_overleg_between(stmt: str) -> str | None:
    """The standing consultation a statement opens with, "Het <adjective> <…>overleg tussen X en Y" before its meeting
    verb, with the one territory it is placed in (G9-5: "regionaal overleg Oost-Vlaanderen"); or None."""
    m = _STANDING_BETWEEN_RE.match(stmt)
    if m is None:
        return None
    place = m.group("place")
    return f"{m.group('name')} {place}" if place and _is_place(place) else m.group("name")


def _indefinite_overleg_with(stmt: str, body: str) -> str | None:
    """The named organisation an indefinite, unnamed overleg is held with ("een bilateraal werkoverleg ... met de
    NCTV"): a one-off consultation is that party's meeting (GUIDELINES gold5: overleg met ORGANISATIE), a standing one
    has a name or is referred to as definite; or None."""
    if not (body.islower() and body.endswith("overleg")):
        return None
    if not re.search(rf"\been\s+{re.escape(body)}\b", stmt) or (m := _CONSULTED_RE.search(stmt)) is None:
        return None
    who = _partner_name(re.split(r"\s*\(|\s+en\s+(?:de\s+|het\s+)?(?=[a-z]+\s+[A-Z])", m.group("who"))[0])
    return who if _is_organisation(who) else None


def _guest_at_overleg(stmt: str, pos: int) -> str | None:
    """The standing consultation ("regionaal overleg van de Waaslandse gemeenten") whose meeting noun at ``pos`` a
    guest presents at, takes part in or is heard at, after the preposition that makes it the host; or None."""
    cue = _GUEST_RE.search(stmt, 0, pos)
    if cue is None:
        return None
    for at, name in _bodies(stmt, _NAMED_OVERLEG_RE):
        if at <= pos <= at + len(name) and at >= cue.end() and _HOST_PREP_RE.search(stmt, 0, at):
            return name
    return None


_MEETING_OF_RE = re.compile(r"\b[\w-]*(?:vergadering|bijeenkomst|meeting)(?:en)?\s+van\s+(?:het|de)\s+$", re.IGNORECASE)


def _host_meetings(
    text: str, start: int, end: int, date_facts: list[DateFact], facts: list[MeetingFact], count: int | None = None
) -> list[MeetingFact]:
    """The meetings of the named host bodies of a guest statement: one per host, each on the days of its own
    parentheses when the hosts have them ("op het provinciaal overlegplatform X (19/12/2016), Netwerk Y
    (23/1/2017)"), else on the statement's days. A host met on a day already reported for it is no new record."""
    stmt = text[start:end]
    cue = _GUEST_RE.search(stmt)
    if not cue:
        return []
    hosts = []
    for m in _BODY_RE.finditer(stmt):
        if _in_parens(stmt, m.start()) or (_NOT_BODY_WORD.fullmatch(m.group(0)) and not _named_bare_head(stmt, m)):
            continue
        at, name = _host_name(stmt, m)
        left = stmt[:at]
        if _is_indefinite_plural(m.group(0), left):
            continue  # "deel aan 58 casusoverleggen in LIVC's en lokale taskforces": a set of bodies, none named (G9-6)
        if name.lower() in _BARE_HEADS and name[:1].isupper() and _MEETING_OF_RE.search(left):
            # "op de volgende vergadering van het Platform" after "Het Vlaams Platform Radicalisering": the capitalised
            # back-reference whose meeting is named is the body named in full before (GUIDELINES D4; dev-2022-12 M01)
            word, cap = re.escape(name), r"[A-Z][\w'’-]*"
            full = re.findall(
                rf"(?<![\w-])(?:{cap}\s+)+{word}(?:\s+{cap})*|{word}(?:\s+{cap})+",
                text[max(0, start - NAMING_WINDOW) : start],
            )
            if not full:
                continue
            name = re.sub(r"^(?:De|Het)\s+", "", full[-1])
        elif name.lower() in _BARE_HEADS and not (
            # "aan de eerste vergadering van deze taskforce" after "een taskforce 'Online haatboodschappen' opgericht":
            # a demonstrative takes up the body the text named before (GUIDELINES gold7: its fullest mention)
            _DEMONSTRATIVE_END_RE.search(left) and (name := _named_before(text[:start], name))
        ):
            continue  # "aan de commissie voorgesteld": a bare head names no body
        # a host after the cue's preposition, or an element of the list of dated hosts after ":"
        listed = ":" in stmt[cue.end() : m.start()] and re.search(r"(?:[:,]\s*|\s(?:de|het)\s+)$", left)
        if not (_HOST_PREP_RE.search(left) or listed) or _in_parens(stmt, m.start()):
            continue
        own = re.match(r"[^()]{0,40}?\((?=[^()]*\d)[^()]*\)", stmt[m.end() :])
        # "op de LTF in Gent op 10 oktober": a body with no name of its own, in a place, is that place's body
        place = re.match(r"\s+in\s+([A-Z][\w-]+)", stmt[at + len(name) :])
        if place and _is_place(place.group(1)):
            name = _local_body(name, place.group(1))
        # "een toelichting ...: op de LTF in Gent op 10 oktober 2017 en een studiedag ... op 20 oktober": the days
        # after an event named after the host are the event's, and a count then counts talks at both
        event = _EVENT_RE.search(stmt, m.end())
        # (so are the days of a coordinated phrase after it: "op het Vlaams Platform Radicalisering van 14/9 en in het
        # Vlaams Parlement op 7 oktober 2021", dev-2021-12 J11)
        other = _COORDINATED_PP_RE.search(stmt, m.end())
        upto = min(event.start() if event else len(stmt), other.start() if other else len(stmt))
        hosts.append((name, m.end() + own.end() if own else None, upto))
    if not hosts and (standing := _STANDING_HOST_RE.search(stmt, cue.start())):
        # "nam op 3 mei deel aan het provinciaal overleg in Limburg": an overleg with a classifying adjective is a
        # standing consultation (G9-7), the host of its guest; placed in one territory, named with it (G9-5)
        name = standing.group("name")
        place = re.match(r"\s+in\s+([A-Z][\w-]+)", stmt[standing.end() :])
        if place and _is_place(place.group(1)):
            name = f"{name} {place.group(1)}"
        hosts.append((name, None, len(stmt)))
    if not hosts and (peoples := _PEOPLES_OVERLEG_HOST_RE.search(stmt, cue.start())):
        # "lichtte het plan toe op het overleg van de LIVC-coördinatoren": the consultation of people of a kind is a
        # body named after them (as "overleg LIVC-coördinatoren provincie Limburg", dev-2024-12), the guest's host
        people = peoples.group("people")
        if any(_PERSON_HEAD_END_RE.search(people[: len(people) - k]) for k in (1, 2, 3)):
            hosts.append((f"{peoples.group('noun')} {people}", None, len(stmt)))
    # "Op de algemene vergadering van de onderwijsinspectie van 18 december 2018 gaf het aanspreekpunt een
    # toelichting": a guest at an organ's meeting (dev-2019 E07)
    prep = None if hosts else _AT_ORGAN_RE.search(stmt)
    if prep and (organ := _organ_name(stmt, prep.end())):
        hosts.append((organ, None, len(stmt)))
    out: list[MeetingFact] = []
    dated = [h for h in hosts if h[1] is not None]
    for name, own_end, upto in dated if len(dated) > 1 else hosts[:1]:
        body = canonical_body(_owner_last(name))
        if body is None:
            continue
        # ("aanwezig op de stuurgroep van het project" after "Het project Kompas": the project's, G8-2)
        body = _of_named_project(body, text[:start]) or body
        if own_end is not None and len(dated) > 1:
            days = _meeting_dates(date_facts, start + stmt.rfind("(", 0, own_end), start + own_end, text)
        else:
            days = _meeting_dates(date_facts, start, start + upto, text)
        key = body_key(body)
        # (within the passage: a blank line parts texts joined into one field)
        block = text.rfind("\n\n", 0, start) + 1
        if days and any(f.body_key == key and set(days) <= set(f.dates) and f.char_start >= block for f in facts):
            continue  # "Tijdens de stuurgroep van 26 september 2017 gaf ... een toelichting": already reported
        # (the statement's count is the host's, unless an event after it shares it)
        out.append(MeetingFact(body, count if upto == len(stmt) else None, None, days, False, stmt, start, end, key))
    return out


# A definite standing overleg after a host's preposition: "aan het provinciaal overleg", "op het regionaal overleg"
_STANDING_HOST_RE = re.compile(
    r"\b(?:aan|op|in|voor)\s+(?:het|de)\s+(?P<name>[a-zà-ÿ]+(?:aal|eel|lijk|isch|ief|ieve|ische)\s+[\w-]*overleg)\b"
    r"(?!\s+(?:van|met|tussen)\b)"
)


_PEOPLES_OVERLEG_HOST_RE = re.compile(
    r"\b(?:aan|op|in|voor)\s+het\s+(?P<noun>[a-zà-ÿ-]*overleg)\s+van\s+de\s+(?P<people>[\w-]+(?:en|s))\b"
)
_STANDING_OR_PEOPLES_HOST_RE = re.compile(f"{_STANDING_HOST_RE.pattern}|{_PEOPLES_OVERLEG_HOST_RE.pattern}")


def _is_indefinite_plural(head: str, left: str) -> bool:
    """Is a body head printed as a plural after no determiner ("in LIVC's", "aan 58 casusoverleggen", "aan lokale
    taskforces")? Then it names a set of bodies of one kind, not a body (G9-6)."""
    plural = (
        head.endswith(("'s", "’s"))
        or _singular_head(head) != head
        or (head.endswith("s") and _BODY_RE.fullmatch(head[:-1]) is not None)
    )
    words = re.findall(r"[\w'’-]+", left)[-3:]
    return plural and not any(w.lower() in _ARTICLES | _POSSESSIVES | {"elk", "elke", "beide", "alle"} for w in words)


_DEMONSTRATIVE_END_RE = re.compile(r"\b(?:deze|dit|die|dat)\s+$", re.IGNORECASE)


def _named_before(before: str, head: str) -> str | None:
    """The last mention in ``before`` of bare ``head`` with a name of its own, quoted or capitalised ("een taskforce
    'Online haatboodschappen'" -> "taskforce Online haatboodschappen"), or None."""
    names = re.findall(
        rf"(?<![\w-]){re.escape(head)}\s+(?:['‘\"“]([^'’\"”]{{2,80}})['’\"”]|([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))",
        before[-NAMING_WINDOW:],
        re.IGNORECASE,
    )
    if not names:
        return None
    quoted, capitalised = names[-1]
    return f"{head.lower()} {quoted or capitalised}"


_GAP_RE = re.compile(r"[,:]\s+(?:en\s+)?(?:het|de)\s+(?:[a-zà-ÿ-]+\s+){0,2}$", re.IGNORECASE)
_GAP_DAY_RE = re.compile(r"\bop\s+\d{1,2}\b", re.IGNORECASE)


def _gapped_bodies(stmt: str, pred_end: int, body: str = "") -> list[tuple[int, int, str]]:
    """(start, end, name) of each body after the predicate that stands with its own day (or count) but no verb of its
    own, after a comma or colon (", het lerend netwerk Limburg op 6/2/2020 in Genk"), after "en" right at the
    predicate's end ("kwam op 4 februari samen en het stuurcomité van Y op 11 februari"), or as "die van X" for
    ``body``'s kind ("vergaderde zesmaal, die van Y tweemaal": ``_kind_of``)."""
    out: list[tuple[int, int, str]] = []
    gap_at = _GAP_AT_RE.search(stmt, pred_end)
    if gap_at is None or not (_GAP_DAY_RE.search(stmt, gap_at.end()) or _GAP_COUNT_RE.search(stmt, gap_at.end())):
        return out  # (cheap test first: no gap with a day or a count after the predicate)
    for pos, name in _bodies(stmt):
        gap = _GAP_RE.search(stmt, 0, pos) if pos >= pred_end else None
        if gap is None and pos > pred_end and (joined := _GAP_EN_RE.fullmatch(stmt, pred_end, pos)):
            gap = joined
        if gap is None:
            continue
        stop = re.compile(r"[,;]").search(stmt, pos)
        seg_end = stop.start() if stop else len(stmt)
        segment = stmt[pos:seg_end]
        if (_GAP_DAY_RE.search(segment) or _GAP_COUNT_RE.search(segment)) and not _is_finite_clause(segment):
            out.append((gap.start(), seg_end, name))
    for one in _GAP_ONE_OF_RE.finditer(stmt, pred_end):
        segment = stmt[one.end() : (stop.start() if (stop := re.compile(r"[,;]").search(stmt, one.end())) else None)]
        if (kind := _kind_of(body, one.group("owner"))) and not _is_finite_clause(segment):
            out.append((one.start(), one.end() + len(segment), kind))
    out.sort()
    for i in range(len(out) - 1):  # (a member's days run up to the next member)
        out[i] = (out[i][0], min(out[i][1], out[i + 1][0]), out[i][2])
    return out


_BOTH_ONE_OF_RE = re.compile(r"\b[Zz]owel\s+[^,;]+?\s+als\s+(?:die|dat)\s+van\s+(?:de\s+|het\s+)?([^,;]+?)\s*$")
_GAP_AT_RE = re.compile(r"[,:]\s+(?:en\s+)?(?:het|de|die|dat)\s|\s+en\s+(?:het|de)\s", re.IGNORECASE)
_GAP_EN_RE = re.compile(r"\s+en\s+(?:het|de)\s+(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
_GAP_COUNT_RE = re.compile(rf"\b(?:{_MAAL}|{_NUM}\s+(?:maal|keer))\b", re.IGNORECASE)
_GAP_ONE_OF_RE = re.compile(
    rf",\s+(?:die|dat)\s+van\s+(?:de\s+|het\s+)?(?P<owner>[A-Za-zÀ-ÿ][^,;]*?)(?=\s+(?:{_MAAL}|{_NUM}\s+(?:maal|keer)"
    r"|op\s+\d{1,2}\b))",
    re.IGNORECASE,
)


_PLACE_WORD = r"[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)*"
_IN_PLACES_RE = re.compile(
    rf"\b(?:samen|bijeen|vergaderden|samenkwamen|bijeenkwamen)\s+in\s+(?P<places>{_PLACE_WORD}(?:,\s+{_PLACE_WORD})*"
    rf"\s+en\s+{_PLACE_WORD})(?![\w'’-])"
)


def _set_in_places(stmt: str, body: str) -> list[str]:
    """The members of a plural set of bodies with no name of its own that meets in the named places, one per place
    ("lotgenotengroepen ... samen in Antwerpen en Vilvoorde" -> "lotgenotengroep Antwerpen", "lotgenotengroep
    Vilvoorde"); [] when the body is no such set or the places are no municipalities, provinces or regions."""
    words = body.split()
    at = next((i for i, w in enumerate(words) if _singular_body_head(w)), None)
    m = _IN_PLACES_RE.search(stmt)
    if at is None or m is None or any(w[:1].isupper() for w in words):
        return []  # (a set with a name of its own, "de werkgroepen Preventie", takes no place: G9-5)
    places = re.split(r",\s+|\s+en\s+", m.group("places"))
    if not all(_is_place(place) for place in places):
        return []
    # (a topic after the head is dropped with the set: the place names each member)
    head = _singular_body_head(words[at]) or words[at]
    adjs = words[:at]
    if head.endswith(_NEUTER_HEADS):  # "provinciale platformen" -> "provinciaal platform"
        adjs = [next((a[: -len(e)] + u for e, u in _UNINFLECTED if a.endswith(e)), a) for a in adjs]
    return [_municipal_unit(" ".join([*adjs, head, place])) for place in places]


def _is_bare_set(fact: MeetingFact) -> bool:
    """Is the record a plural set of bodies ("werkgroepen", "de provinciale overlegplatformen") with no day, count or
    frequency of its own?"""
    head = fact.body.split()[-1]
    return _singular_body_head(head) is not None and not (fact.dates or fact.count or fact.frequency)


_RELATIVE_INSERT_RE = re.compile(r",\s+(?:dat|die)\s[^,;]*,")


def _gapped_member(text: str, prev: MeetingFact, start: int, stmt: str) -> str | None:
    """The body a verbless ";"-clause opens with when it continues a list of bodies with their own days ("; het
    Limburgse platform, dat i.s.m. de provincie georganiseerd wordt, op 13/2/2020 in Hasselt"), by its canonical
    name; None when the clause has a verb of its own (outside a relative insert) or opens with no body."""
    # (or an item of a bulleted list after the meeting statement's colon or an item before it: "De werkgroepen kwamen
    # samen: • werkgroep Preventie op 3/2/2021; • werkgroep Onderwijs op 4/3/2021")
    listed = re.fullmatch(r"\s*[:;]?\s*[-–•*]\s*", text[prev.char_end : start]) and text[start - 1 : start] != ";"
    if not (_semicolon_continuation(text, prev, start, stmt) or listed):
        return None
    found = _bodies(stmt)
    if not found:
        return None
    name = found[0][1]
    at = stmt.find(name)
    opening = r"\s*(?:(?:en\s+)?(?:het|de)\s+)?" if listed else r"\s*(?:en\s+)?(?:het|de)\s+"
    if at < 0 or not re.fullmatch(opening, stmt[:at], re.IGNORECASE):
        return None
    rest = _RELATIVE_INSERT_RE.sub(",", stmt[at + len(name) :])
    if _is_finite_clause(rest) or not _GAP_DAY_RE.search(rest):
        return None
    return canonical_body(name)


def _is_finite_clause(segment: str) -> bool:
    return any(_is_finite_verb(segment, w.start()) for w in re.finditer(r"\b\w", segment))


# A party with its own days in parentheses, in a list after "met": "met het centraal Meldpunt Antwerpen
# (16/5/2017) en de preventiedienst van de stad Gent (18/11/2016 en 17/6/2017)"
# (an acronym in its own parentheses is part of the party: "het Centrum voor Wijkbemiddeling Kortrijk (CWK)
# (14/9/2021)")
_DATED_PARTY_RE = re.compile(
    r"(?:met\s+)?(?:de\s+|het\s+)?(?P<name>[^(),;]+?)(?:\s*\([A-Z][\w&-]{1,11}\))?\s*\((?=[^()]*\d)[^()]*\)"
)
_PARTY_SEP_RE = re.compile(r"\s*(?:,\s*(?:en\s+)?|\s+en\s+)")


def _dated_parties(stmt: str) -> list[tuple[str, int, int]]:
    """(name, start, end of its parentheses) of each party after "met" that has its own dated parentheses."""
    met = re.search(r"\bmet\s+", stmt)
    out: list[tuple[str, int, int]] = []
    at = met.end() if met else len(stmt)
    while m := _DATED_PARTY_RE.match(stmt, at):
        out.append((m.group("name"), m.start(), m.end()))
        sep = _PARTY_SEP_RE.match(stmt, m.end())
        if not sep:
            break
        at = sep.end()
    return out


# "met" opening the statement or right after the consultation noun or verb, before a list of the parties consulted
_MET_LIST_RE = re.compile(r"(?:^|\b(?:overleg|overlegd|overlegde|afgestemd)\s+)[Mm]et\s+")
_LIST_SEP_RE = re.compile(r",\s+|,?\s+en\s+(?:met\s+)?")
_NAME_RE = re.compile(r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*")


# An impersonal passive consultation names only the parties consulted: "Op 21 september 2023 werd overlegd met VOKA,
# UNIZO en het Minderhedenforum" (dev-2023-12 Q24)
_IMPERSONAL_MET_RE = re.compile(
    r"\b(?:werd|wordt|is|was)\s+(?:er\s+)?(?:[^\s,;]+\s+){0,6}?(?:overlegd|vergaderd|afgestemd)\s+met\s", re.IGNORECASE
)


def _met_list(stmt: str, body: str, no_body: bool) -> list[str]:
    """The canonical names of the organisations listed after one "met" ("met A, B en C"), when the body chosen is the
    first of them or the statement named no body of its own; else []. Every member is an organisation the
    organisation extractor finds there, or a capitalised name after the last "en" ("en Wijk-Werkt")."""
    m = _MET_LIST_RE.search(stmt)
    if m is None:
        return []
    orgs = {o.char_start: o for o in find_organisations(stmt)}
    names: list[str] = []
    at, last_sep = m.end(), ""
    while True:
        at += len(stmt[at:]) - len(re.sub(r"^(?:de|het)\s+", "", stmt[at:]))
        if (o := orgs.get(at)) is not None:
            names.append(o.canonical)
            at = o.char_end
        elif "en" in last_sep and (n := _NAME_RE.match(stmt, at)):
            names.append(canonical_body(n.group(0)) or n.group(0))
            at = n.end()
        else:
            return []  # a member that is no organisation: not a list of parties met
        sep = _LIST_SEP_RE.match(stmt, at)
        if sep is None or not re.match(r"(?:de\s+|het\s+)?[A-Z]", stmt[sep.end() :]) or "en" in last_sep:
            break
        at, last_sep = sep.end(), sep.group(0)
    if len(names) < 2 or "en" not in last_sep:
        return []
    return names if no_body or body_key(body) == body_key(names[0]) else []


# "afgestemd met de FOD Justitie en met Herkansweg": each "met" names a party consulted of its own (dev-2021-12 J19)
# (a name may be followed by its acronym and its own day: "met de NCTV (NCTV) op 5 juli 2022 en met het LSE")
_REPEATED_WITH_RE = re.compile(
    r"\bmet\s+(?:de\s+|het\s+)?(?P<name>[^(),;:]+?)"
    r"(?=\s+en\s+met\s|\s+(?:over|rond|inzake)\s|\s*[,;:.]|$|\s*\([A-Z][\w&-]{1,9}\)|\s+op\s+\d)"
)
# (between two partners, the first one's acronym, day or topic: "overleg met het OCAD over de actualisering van X en met
# het kabinet", "met de NCTV (NCTV) op 5 juli 2022 en met")
# (a topic with a clause of its own ends at a comma: "met CAPREV over de overdracht van dossiers van personen die ...
# verhuizen, en met CGG Vagga", dev-2022-12 M14)
_PARTNER_GAP_RE = re.compile(
    r"(?:\s*\([A-Z][\w&-]{1,9}\))?(?:\s+op\s+[\w/ -]*?\d{4})?(?:\s+(?:over|rond|inzake)\s+[^;:()]*?)?,?\s+en\s+"
)


_OWN_DAY_RE = re.compile(r"(?:\s*\([A-Z][\w&-]{1,9}\))?\s+op\s+[\w/ -]*?\d{4}")


def _repeated_partners(stmt: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of two or more named organisations each after its own "met", joined by "en"."""
    out: list[tuple[str, int, int]] = []
    for m in _REPEATED_WITH_RE.finditer(stmt):
        if out and not _PARTNER_GAP_RE.fullmatch(stmt[out[-1][2] : m.start()]):
            break
        own = _OWN_DAY_RE.match(stmt, m.end())  # its acronym and day, which the next partner's gap starts with
        out.append((m.group("name"), m.start(), own.end() if own else m.end()))
    return out if len(out) > 1 and all(_is_organisation(name) for name, _, _ in out) else []


# "met het OCAD en de VSSE": two parties after one "met", up to a topic, a time or the clause's end
# (the first may be followed by its acronym: "met de Nationaal Coördinator ... (NCTV) en de gemeente Rotterdam")
_JOINED_WITH_RE = re.compile(
    r"\bmet\s+(?:de\s+|het\s+)?(?P<a>[^(),;:]+?)(?:\s*\([A-Z][\w&-]{1,9}\))?\s+en\s+(?:de\s+|het\s+)?(?P<b>[^(),;:]+?)"
    r"(?=\s+(?:over|rond|inzake|op|in|tijdens|om)\s|\s*[,;:.]|$)"
)


def _joined_partners(stmt: str, body: str) -> list[str]:
    """The canonical names of two whole organisations joined by "en" after one "met", when the body chosen is
    the pair or its first (the consulted parties, not a subject); else []."""
    m = _JOINED_WITH_RE.search(stmt)
    if m is None or not (_is_whole_organisation(m.group("a")) and _is_whole_organisation(m.group("b"))):
        return []
    names = [canonical_body(m.group("a")), canonical_body(m.group("b"))]
    key = body_key(body)
    if None in names or not (key == body_key(names[0] or "") or key == body_key(m.group(0)[3:])):
        return []
    return [n for n in names if n]


_NAME_RUN_RE = re.compile(r"(?:(?:de|het|vzw)\s+)?(?:[a-z]+\s+)?[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|van|voor|en))*")


def _is_partner_name(name: str) -> bool:
    """A named party of a consultation: a capitalised name, no person or function, no generic collective."""
    words = re.sub(r"^(?:de|het|vzw)\s+", "", name.strip(), flags=re.I).split()
    return (
        0 < len(words) <= 6
        and any(w[:1].isupper() for w in words)
        and not any(_PERSON_HEADS.fullmatch(w) for w in words)
        and not _is_people_word(words[0])  # ("de LOP-deskundigen van Gent"; not "het Netwerk Islamexperten")
        and not _is_indefinite_collective(name)
        # (an acronym in the plural is a kind, not a party: "de CAW's", "de OCMW's")
        and not (len(words) == 1 and re.fullmatch(r"[A-Z][A-Z0-9-]+['’]s", words[0]))
    )


def _between_partners(stmt: str, body: str, text: str = "") -> list[str]:
    """The canonical names of the two named parties of "overleg tussen A en B" when the body chosen is the first:
    both were met (GUIDELINES G8-4: one record per organisation; "Het overleg tussen de VSK en Awel", "tussen Kind
    en Gezin en de Gezinsbond"); the "en" that splits them is the one that leaves the most gazetteer names."""
    parties = _between(stmt)
    # (the body may already be named by the expansion of the first party's acronym: "tussen het ISV en ...")
    first = re.sub(r"^(?:de|het)\s+", "", re.split(r"\s+en\s+", parties or "", maxsplit=1)[0], flags=re.I)
    if not parties or not (
        body_key(parties).startswith(body_key(body)) or (text and _expanded(first, text) == body != first)
    ):
        return []
    best: tuple[int, list[str]] = (-1, [])
    for m in re.finditer(r"\s+en\s+", parties):
        # (the second ends with its name: "tussen de VSK en Awel ging maandelijks door")
        second = _NAME_RUN_RE.match(parties, m.end())
        pair = [parties[: m.start()], second.group(0) if second else ""]
        # (a person's head after the name is no party: "tussen de VSSE en het Vlaams aanspreekpunt")
        person = any(_PERSON_HEADS.fullmatch(w) for w in parties[m.end() :].split()[:4])
        if all(_is_partner_name(p) for p in pair) and not person:
            known = sum(_is_whole_organisation(re.sub(r"^(?:de|het)\s+", "", p, flags=re.I)) for p in pair)
            best = max(best, (known, pair), key=lambda b: b[0])
    return [canonical_body(p) or p for p in best[1]]


# "een overleg tussen de VVSG, de Opvoedingslijn en acht lokale besturen", "vond een werkvergadering plaats tussen
# VDAB, Werkbrug vzw en de justitiehuizen": a meeting noun between a list of parties, up to a verb or the end
_MEETING_BETWEEN_RE = re.compile(
    r"\b[\w-]*(?i:overleg|overlegmoment(?:en)?|vergadering|bijeenkomst)\s+(?:plaats\s+)?tussen\s+"
    r"(?P<parties>[^;:()]+?,\s+[^;:()]+?\s+en\s+[^;:()]+?)"
    r"(?=\s+(?:georganiseerd|gehouden|plaats|vergaderde|kwam|vond|ging|werd|wordt|over|rond|om)\b|[;:()]|\.?$)"
)


def _list_readings(parties: str) -> Iterator[list[str]]:
    """Each reading of a printed list "A, B, C en D": the commas part its members, and any "en" of the last part may be
    the one that joins the final pair (a name holds an "en" of its own: "de Gezinsbond en Kind en Gezin")."""
    *firsts, last = re.split(r"\s*,\s+", parties)
    for en in re.finditer(r"\s+en\s+", last):
        yield [*firsts, last[: en.start()], last[en.end() :]]


def _named_between(stmt: str) -> list[str]:
    """The canonical names of the named organisations among three or more parties a meeting was held between (G9-2:
    each named party met; people, functions and generic collectives among them are no body); [] when none is named."""
    m = _MEETING_BETWEEN_RE.search(stmt)
    return _named_parties(m.group("parties")) if m else []


def _named_parties(parties: str) -> list[str]:
    """The canonical names of the named organisations in a printed list of parties ("VDAB, Werkbrug vzw en de
    justitiehuizen van Antwerpen en Mechelen"): its capitalised names, by the reading of the list that gives most, and
    the organisations a lower-case part names (each justitiehuis); people's employers ("een islamdeskundige van het
    CITH") and generic collectives ("de CAW's") are none."""
    best: tuple[int, list[str], int] = (0, [], 0)
    for parts in _list_readings(parties):
        # ("de LIVC-coördinatoren van Sint-Niklaas, Temse en Beveren": the places after people "van" a place are
        # more of their places, no parties)
        people_of = next(
            (i for i, p in enumerate(parts) if (m := _PEOPLE_OF_PLACE_RE.match(p)) and _is_people_word(m["people"])),
            None,
        )
        if people_of is not None:
            parts = [p for i, p in enumerate(parts) if i <= people_of or not _is_place(p.strip())]
        named = [re.sub(r"^(?:de|het)\s+", "", p, flags=re.I) for p in parts if _is_partner_name(p)]
        # (a name of its own, known or not: "Werkbrug vzw", "de Opvoedingslijn"; not "de justitiehuizen van Antwerpen")
        named = [p for p in named if p[:1].isupper() or _is_whole_organisation(_LEGAL_FORM_RE.sub("", p).strip())]
        # (or an organisation's unit, named with it: "de back-office van de Opvoedingslijn" -> "back-office
        # Opvoedingslijn", gold7: a bare head keeps its owner)
        named += [unit for p in parts if (unit := _unit_of_organisation(p.strip()))]
        # (of readings naming as many, the one with most whole organisations: "Kind en Gezin en de Gezinsbond")
        known = sum(_is_whole_organisation(_LEGAL_FORM_RE.sub("", p).strip()) for p in named)
        best = max(best, (len(named), named, known), key=lambda b: (b[0], b[2]))
    out = [canonical_body(_LEGAL_FORM_RE.sub("", p).strip()) or p for p in best[1]]
    for org in find_organisations(parties):
        lower_part = not parties[org.char_start : org.char_end][:1].isupper() or org.canonical[:1].islower()
        if lower_part and not _PERSON_OF_RE.search(parties[: org.char_start]) and org.canonical not in out:
            out.append(org.canonical)
    return out


_UNIT_OF_RE = re.compile(
    r"(?:(?:de|het)\s+)?(?P<unit>[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)*?)\s+van\s+(?:de\s+|het\s+)?"
    r"(?P<org>(?:stad\s+|gemeente\s+|provincie\s+)?[A-Z].*)"
)


def _unit_of_organisation(part: str) -> str | None:
    """ "de back-office van de Opvoedingslijn" -> "back-office Opvoedingslijn", "meldpunt radicalisering van de stad
    Antwerpen" -> "meldpunt radicalisering stad Antwerpen": a unit (no person, people or meeting; no collective) of a
    named organisation, named with the organisation's canonical after it (gold7); None otherwise."""
    m = _UNIT_OF_RE.fullmatch(part)
    words = m["unit"].split() if m else []
    last = words[-1] if words else ""
    if m is None or _is_person(last) or _is_people_word(last) or _PERSON_HEAD_END_RE.search(last):
        return None  # ("een islamdeskundige van het CITH": a person, whose employer met no one)
    if _MEETING_NOUN_RE.fullmatch(last) or words[0] in _QUANTIFIERS | {"een"} or words[0] in _COUNT_WORDS:
        return None
    if _is_place(m["org"]) or _singular_head(last) != last:
        return None  # ("de justitiehuizen van Gent": a place's services, a collective, no one unit)
    owner = _organisation_named(m["org"])
    return f"{m['unit']} {owner}" if owner else None


def _organisation_named(name: str) -> str | None:
    """The canonical of the organisation ``name`` is as a whole (the gazetteer's, or the organisation extractor's), a
    one-word name or acronym the text uses as a party ("Opvoedingslijn", "VSK") as printed, or None."""
    if known := _gazetteer_keys().get(body_key(name)):
        return known
    orgs = find_organisations(name)
    if len(orgs) == 1 and orgs[0].char_start == 0 and orgs[0].char_end == len(name):
        return orgs[0].canonical
    one_word = re.fullmatch(r"[A-Z][\w!&-]+", name) and _is_named_party(name)
    return name if one_word or re.fullmatch(r"[A-Z][A-Z0-9&!-]{1,9}", name) else None


# "Het coördinatieoverleg tussen A, B, C en D vergaderde": a bare overleg between a list of parties, up to the verb
_OVERLEG_BETWEEN_RE = re.compile(
    r"(?P<head>[\w-]*(?i:overleg))\s+tussen\s+(?P<parties>[^;:()]+?\s+en\s+[^;:()]+?)"
    r"(?=\s+(?:vergaderde|vergadert|vergaderden|kwam|komt|kwamen|komen|vond|vindt|ging|gaat|zat|zit|werd|wordt)\b|[;:()]|$)"
)


def _between_list(stmt: str, body: str) -> list[str]:
    """The canonical names of the parties of "<overleg> tussen A, B, C en D" when the body chosen is that bare overleg:
    the consultation is symmetric, each named party met (GUIDELINES G9-2); the last "en" that splits the final pair
    is the one that leaves the most whole organisations ("de Gezinsbond en Kind en Gezin"); else []."""
    m = _OVERLEG_BETWEEN_RE.search(stmt)
    if m is None or body_key(canonical_body(m.group("head")) or m.group("head")) != body_key(body):
        return []
    best: tuple[int, list[str]] = (-1, [])
    for parts in _list_readings(m.group("parties")):
        if all(_is_partner_name(p) for p in parts):
            known = sum(_is_whole_organisation(re.sub(r"^(?:de|het)\s+", "", p, flags=re.I)) for p in parts)
            best = max(best, (known, parts), key=lambda b: b[0])
    return [canonical_body(p) or p for p in best[1]]


# The first finite verb of a statement, after its subject
_SUBJECT_END_RE = re.compile(rf"\s(?:{_FINITE_VERB_RE.pattern})\b")
# An organisation referred to by its kind alone, named in full elsewhere in the action ("het departement")
_KIND_WORD_RE = re.compile(r"(?:[Hh]et\s+|[Dd]e\s+)?(?P<kind>departement|agentschap|afdeling)")


def _overleg_of_subject(stmt: str, body: str) -> list[str] | None:
    """The named parties of a subject of two or more that hold a bare, indefinite overleg ("De VVSG en het OCAD hadden
    een werkoverleg", "Het departement en de gesubsidieerde organisaties zitten ... samen in een afstemmingsoverleg":
    the VVSG and the OCAD; the departement, named in full by with_action_names), or []: the overleg has a name, an
    adjective or a table entry (a standing consultation, G9-7) or no subject of several parties holds it (None), or
    none of its parties is named ([])."""
    verb = _SUBJECT_END_RE.search(stmt)
    subject = stmt[: verb.start()].strip() if verb else ""
    # (the body chosen may be the subject's first party: "Ook het Nederlandse X en de stad Mechelen hadden op 12 oktober
    # een online overleg")
    first_party = bool(subject) and body_key(body) in body_key(subject.split(" en ")[0])
    bare = re.sub(rf"^{_MANNER}\s+", "", body)  # ("een online overleg": the overleg itself, its manner left out)
    if not (re.fullmatch(r"[a-zà-ÿ-]*overleg", bare) or first_party) or _known_bodies().get(body_key(body)):
        return None
    noun = re.escape(bare) if not first_party else r"[a-zà-ÿ-]*overleg"
    # (a manner is no classifying adjective: "een online overleg", "een kort overleg")
    if not re.search(rf"\been\s+(?:{_MANNER}\s+)?{noun}\b(?!\s+(?-i:[A-Z]))", stmt):
        return None
    subject = re.sub(r"^(?:Ook|Daarnaast|Verder|Tevens)\s+(?=[a-z])", "", subject)
    subject = subject[:1].upper() + subject[1:]
    if not re.search(r",\s|\sen\s", subject) or not re.match(r"(?:De|Het)\s|[A-Z]", subject):
        return None
    named = _named_parties(subject)
    kinds = [m.group("kind") for p in re.split(r",\s+|\s+en\s+", subject) if (m := _KIND_WORD_RE.fullmatch(p.strip()))]
    return [*named, *(k for k in kinds if not any(n.lower().startswith(k) for n in named))]


_MANNER = r"(?:online|digitaal|digitale|kort|korte|informeel|informele|bilateraal|bilaterale|eerste|nieuw|nieuwe)"
# A bare overleg between parties: "Het casusoverleg tussen X, de CAW's en de justitiehuizen", "een werkvergadering
# tussen A, B en C" (one word, no adjective before it, no name after it), the parties up to a verb or a clause
_BARE_OVERLEG_BETWEEN_RE = re.compile(
    r"(?:^|\b(?:[Hh]et|[Dd]e|[Ee]en)\s+)(?P<head>[a-zà-ÿ-]*(?:overleg|vergadering|overlegmoment(?:en)?))"
    r"(?:\s+plaats)?\s+tussen\s+(?P<parties>[^;:()]+?)"
    r"(?=\s+(?:gaat|ging|vond|vindt|kwam|komt|werd|wordt|vergaderde|vergadert|over|rond|om|op|in)\b|[;:()]|\.?$)"
)
# A person's head before an organisation: "een islamdeskundige van het CITH" (the person met, not the organisation)
_PERSON_OF_RE = re.compile(rf"\b{_PERSON_HEADS.pattern}\w*\s+van\s+(?:de\s+|het\s+)?$", re.IGNORECASE)


def _organisations_between(stmt: str, body: str) -> list[str] | None:
    """The canonicals of the organisations a bare overleg ``body`` is held between, as the organisation extractor
    finds them in its list ("Trajectbureau Wending, de CAW's en de justitiehuizen" -> Trajectbureau Wending; "de
    justitiehuizen van Antwerpen en Mechelen" -> each justitiehuis), people's employers left out; None when ``body``
    is no such overleg (a name, an adjective or a table body makes it a standing consultation, G9-7)."""
    m = _BARE_OVERLEG_BETWEEN_RE.search(stmt)
    # (the statement's own subject, whatever body a later word seemed to name: "Het overleg tussen ABB, de VVSG en de
    # FOD Binnenlandse Zaken over de handleiding LIVC vond plaats")
    opening = m is not None and not stmt[: m.start()].strip(" -–•*\n")
    # (or the body first chosen is one of the parties: "vond er een overleg plaats tussen vzw Achterland, Ouderplatform
    # Brugkracht en de back-office van de Opvoedingslijn")
    listed = m is not None and body_key(body) in body_key(m.group("parties"))
    if m is None or (body_key(m.group("head")) != body_key(body) and not opening and not listed):
        return None
    if _known_bodies().get(body_key(m.group("head"))):
        return None
    return _named_parties(m.group("parties"))


# "De VDAB en Jobkracht overlegden", "Het OCAD en de VSSE kwamen samen": two organisations as one subject
_ORGANISATION_PAIR_RE = re.compile(
    r"\W*(?:(?:[Dd]e|[Hh]et)\s+)?(?P<a>[^,;:()]+?)\s+en\s+(?:de\s+|het\s+)?(?P<b>[^,;:()]+?)\s+$"
)


def _subject_parties(stmt: str, body: str, text: str) -> list[str]:
    """The parties of a subject joined by "en" before the meeting verb, ``body`` first, when ``body`` is one of them:
    parties in the same role each met (GUIDELINES G9-2; a party after "met" gets none); else []. Each of two parties
    is a whole organisation (its canonical), an acronym the text defines (named by its expansion: "de FMOK en
    KOOGO" -> "Federatie van ... Kempen", "KOOGO") or, beside one of those, a one-word short name ("De VDAB en
    Jobkracht overlegden", "Arktos en het departement zitten ... samen"; with_action_names gives it the action's full
    name); three or more parties are read by ``_subject_list``."""
    # (or the split verb of coordination: "Het departement en de VDAB stemden driemaandelijks af")
    verb = _verb_start(stmt) or (c.start() if (c := _COORDINATION_RE.search(stmt)) else None)
    if not verb:
        return []
    m = _ORGANISATION_PAIR_RE.fullmatch(stmt[:verb])
    names = _subject_list(stmt[:verb]) if m is None else _pair_parties(m.group("a"), m.group("b"), body, text)
    if not names and m is not None:
        # (the "en" that parts the pair may be a later one: "Het departement Onderwijs en Vorming en de VDAB")
        subject = re.sub(r"^\W*(?:[Dd]e|[Hh]et)\s+", "", stmt[:verb].strip())
        for a, b in (parts for parts in _list_readings(subject) if len(parts) == 2):
            if names := _pair_parties(a, b, body, text):
                break
    if not names and (inverted := _INVERTED_PARTIES_RE.match(stmt, verb)):
        # "Op 14 oktober zaten De Ambrassade, Uit De Marge en de afdeling Jeugd samen": the subject after the verb
        parties = inverted.group("parties")
        pair = _ORGANISATION_PAIR_RE.fullmatch(f"{parties} ")
        names = _subject_list(parties) or (_pair_parties(pair.group("a"), pair.group("b"), body, text) if pair else [])
    key = body_key(body)
    whole = re.sub(r"^\W*(?:[Dd]e|[Hh]et)\s+", "", stmt[:verb].strip())
    if len(names) > 1 and key == body_key(whole) and not _is_whole_organisation(whole):
        # the body read as the whole "A en B" ("De VVSG en het Agentschap Integratie en Inburgering"), which is no one
        # organisation's name ("Het Platform van Vlaamse Imams en Moslimdeskundigen" is)
        return names
    return sorted(names, key=lambda n: body_key(n) != key) if key in {body_key(n) for n in names} else []


def _own_subject_parties(stmt: str, text: str) -> list[str]:
    """The parties of a subject "A en B" before the meeting verb when both are names and one at least a known party
    (``_pair_parties`` with no body found yet); else []."""
    verb = _verb_start(stmt)
    m = _ORGANISATION_PAIR_RE.fullmatch(stmt[:verb]) if verb else None
    return _pair_parties(m.group("a"), m.group("b"), "", text) if m else []


# A name the rules do not know beside a party they do: one word beside the body found ("Arktos en het departement"),
# up to four capitalised words as the subject of the clause a meeting refers back to ("De Fondation Horizons Partagés
# en het GO! verkennen ...; hierover was er overleg")
_SHORT_NAME = r"[A-Z][\w-]+"
_CAPITALISED_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"


def _pair_parties(a: str, b: str, body: str, text: str) -> list[str]:
    """The names of the two parties of "A en B", or [] unless both are parties and one at least a known one (an
    organisation, a defined acronym, or the body the statement's rules found: "het departement")."""
    names, known = [], 0
    for part in (a, b):
        part = re.sub(r"^(?:[Dd]e|[Hh]et)\s+", "", part)
        if legal := re.fullmatch(rf"(?:vzw|asbl|cvba)\s+(?P<name>{_CAPITALISED_NAME})", part):
            names.append(legal.group("name"))  # "vzw Ankerpunt": a name its legal form makes an organisation's
            known += 1
        elif body_key(part) == body_key(body) or (body and _is_head_of(part, body)):
            # (the body may already be the part's fuller name: "het departement" named "departement OV" before, "Het
            # Platform" the "Vlaams Platform Radicalisering")
            names.append(body)
            known += 1
        elif re.fullmatch(r"[A-Z][A-Z0-9&!-]{1,9}", part):
            names.append(_expanded(part, text) or part)
            known += 1
        elif _is_whole_organisation(part) and (name := canonical_body(part)):
            names.append(name)
            known += 1
        elif re.fullmatch(_SHORT_NAME if body else _CAPITALISED_NAME, part):
            names.append(part)
        else:
            return []
    return names if known else []


# A finite meeting verb, then its subject, then its particle: "zaten A, B en C (op 14 oktober) samen"
_INVERTED_PARTIES_RE = re.compile(
    r"(?:zaten|zitten|zat|zit|kwamen|komen|kwam|komt)\s+(?P<parties>(?:[Dd]e\s+|[Hh]et\s+)?[A-Z][^;:()]*?)"
    r"(?:\s+(?:op|in|tijdens|om)\s+[^;:()]*?)?\s+(?:samen|bijeen)\b"
)


# A country's adjective before a party's name: "de Nederlandse VNG", "de Zweedse SALAR"
_NATIONAL_RE = re.compile(r"(?:[A-Z][a-z]+se)\s+(?=[A-Z])")


def _party_list(body: str) -> list[str]:
    """The canonical names of the named parties when ``body`` is a list of parties joined by "en" rather than one
    name ("Nederlandse VNG en de Zweedse SALAR" -> VNG, SALAR; "directie van de campus en het EMB" -> EMB;
    "departement Onderwijs en Vorming en VSK" -> departement OV, VSK), by the reading that leaves most whole
    organisations; [] when it is one name ("Kind en Gezin", "werkgroep Jeugd en Onderwijs") or names no party."""
    if " en " not in body or _is_whole_organisation(body) or _BODY_RE.fullmatch(body.split()[0]):
        return []
    best: tuple[int, list[str]] = (0, [])
    for parts in _list_readings(body):
        parts = [_NATIONAL_RE.sub("", re.sub(r"^(?:de|het)\s+", "", p.strip(), flags=re.I)) for p in parts]
        named = []
        for part in parts:
            if _is_whole_organisation(part) or re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", part):
                named.append(canonical_body(part) or part)
            elif part[:1].isupper() or not _PERSON_OR_UNIT_RE.match(part):
                break  # a capitalised name the rules do not know, or a word that is no generic party: one name
        else:
            best = max(best, (len(named), named), key=lambda b: b[0])
    return best[1]


# A generic party a list may hold beside named ones: people, functions, a unit of a place ("de directie van de
# campus", "de consulenten")
_PERSON_OR_UNIT_RE = re.compile(rf"(?:{_PERSON_HEADS.pattern})\w*\b|(?:directie|directies|diensten|dienst)\b", re.I)


def _is_head_of(word: str, body: str) -> bool:
    """Is ``word`` alone the head or the kind of ``body`` (a short back-reference to it: "departement" of "departement
    OV", "Platform" of "Vlaams Platform Radicalisering")?"""
    if not re.fullmatch(r"[A-Za-zà-ÿ]+", word) or not _has_head(body, word):
        return False
    return word.islower() or bool(_BODY_RE.fullmatch(word))


def _subject_list(subject: str) -> list[str]:
    """The canonical names of the organisations of a subject listing three or more parties ("Het OCAD, de VVSG en het
    centraal aanspreekpunt van ABB"), persons and functions left out (no bodies); [] unless every other member is a
    whole organisation and at least two are (G9-2, dev-2023-12 Q03)."""
    parts = [re.sub(r"^(?:[Dd]e|[Hh]et)\s+", "", p.strip()) for p in re.split(r",\s+|\s+en\s+", subject.strip())]
    if len(parts) < 3:
        return []
    names, known = [], 0
    for part in parts:
        if _PERSON_HEADS.search(part.split(" van ")[0]):
            continue
        if _is_whole_organisation(part) and (name := canonical_body(part)):
            names.append(name)
            known += 1
        elif re.fullmatch(_CAPITALISED_NAME, part):
            names.append(part)  # a name the rules do not know beside known ones ("De Ambrassade, Kompasbrug en ...")
        else:
            return []
    return names if len(names) > 1 and known else []


# "dat van Lokeren kwam ... samen": the body just named, of another place
_ELLIPTIC_OF_RE = re.compile(r"(?:dat|die|deze)\s+van\s+(?P<place>[A-Z][\w'-]+)\s")
_DEFINITE_NOUN_RE = re.compile(
    r"(?:De|Het|Dit|Deze|Die|Dat)\s+(?P<noun>[\w-]{4,}(?:overleg|bijeenkomst|vergadering|meeting)\w*)\b"
)


def _elliptic_or_repeated(stmt: str, prev: MeetingFact, text: str, start: int) -> str | None:
    """The body of a statement that continues the meeting just reported in the same paragraph: "dat van Lokeren"
    after "Het buurtnetwerk in Sint-Niklaas vergaderde" is the buurtnetwerk of Lokeren; "Het uitwisselingsoverleg
    zal voortaan halfjaarlijks plaatsvinden" after "bracht ... samen in een uitwisselingsoverleg" is the same
    meeting's body (a compound meeting noun repeated, not a generic "het overleg")."""
    if "\n" in text[prev.char_end : start]:
        return None
    if _DEMONSTRATIVE_NOUN_RE.match(stmt) and re.fullmatch(r"\s*;\s*", text[prev.char_end : start]):
        return prev.body  # "zat het departement OV telkens samen met ...; dit afstemmingsoverleg vond plaats op ..."
    if m := _ELLIPTIC_OF_RE.match(stmt):
        return f"{prev.body.split()[0]} {m.group('place')}"
    m = _DEFINITE_NOUN_RE.match(stmt)
    if m and re.search(rf"\b{re.escape(m.group('noun'))}\b", prev.raw, re.IGNORECASE):
        return prev.body
    return None


_ORGANISING_RE = re.compile(r"\borganise(?:er|ert|erde|erden|ren)\b|\borganisatie\s+van\b", re.IGNORECASE)


# An agentless meeting referring back to the clause before: "...; hierover was er een overleg", "Daarover werd
# overlegd op ..."
_ABOUT_THAT_RE = re.compile(r"(?:[Hh]ierover|[Dd]aarover|[Hh]iervoor|[Dd]aarvoor|[Hh]ierbij|[Dd]aarbij)\b")
# A clause opening on its subject of one or two capitalised names, then a lower-case (verb) word
_CLAUSE_SUBJECT_RE = re.compile(
    r"(?:(?:De|Het)\s+)?(?P<a>[A-Z][^\s,;:()]*(?:\s+[A-Z][^\s,;:()]*)*)"
    r"(?:\s+en\s+(?:de\s+|het\s+)?(?P<b>[A-Z][^\s,;:()]*(?:\s+[A-Z][^\s,;:()]*)*))?\s+[a-z]"
)


def _subjects_before(text: str, start: int, stmt: str) -> list[str]:
    """The organisations the ";"-clause before ``stmt`` opens with as its subject, when ``stmt`` is an agentless
    existential meeting that refers back to it ("; hierover was er een eerste online overleg"); else []."""
    if not (_ABOUT_THAT_RE.match(stmt) and _EXISTENTIAL_RE.search(stmt)):
        return []
    if not text[max(0, start - 3) : start].rstrip().endswith(";"):
        return []
    para = next((a for a, b in _paragraph_spans(text) if a <= start <= b), 0)
    spans = split_statements(text[para:start])  # (the clause before as statements are cut: "GO!" ends none)
    m = _CLAUSE_SUBJECT_RE.match(text[para + spans[-1][0] : start].lstrip()) if spans else None
    if m is None:
        return []
    if m.group("b"):
        return _pair_parties(m.group("a"), m.group("b"), "", text)
    name = canonical_body(m.group("a")) if _is_whole_organisation(m.group("a")) else None
    return [name] if name else []


def _organiser_before(text: str, start: int) -> str | None:
    """The organisation that is the subject of the sentence before ``start`` in its paragraph, when that sentence
    says it organises something ("De VVSG ondersteunt ... door het organiseren van inter- en supervisies")."""
    para_start = text.rfind("\n", 0, start) + 1
    spans = split_statements(text[para_start:start])
    if not spans:
        return None
    prev = text[para_start + spans[-1][0] : para_start + spans[-1][1]]
    if not _ORGANISING_RE.search(prev):
        return None
    subject = re.match(r"(?:(?:De|Het)\s+)?", prev)
    orgs = find_organisations(prev[subject.end() :][:120])
    return orgs[0].mention if orgs and orgs[0].char_start == 0 else None


_CONSULTATION_RE = re.compile(r"\b(?:overleg\w*|afstem\w*|afgestemd|samen\s+met)\b", re.IGNORECASE)
_MORE_PARTNER_RE = re.compile(r"met\s+(?:de\s+|het\s+)?(?P<who>[^,;:()]+?)\s*[.]?")


def _continued_partner(text: str, prev: MeetingFact, start: int, stmt: str) -> str | None:
    """The canonical body of a ";"-clause that only adds a partner ("met de X") to the consultation ``prev``."""
    m = _MORE_PARTNER_RE.fullmatch(stmt)
    consultation = _CONSULTATION_RE.search(prev.raw) or _MORE_PARTNER_RE.fullmatch(prev.raw)  # (or a partner before)
    if not m or not re.fullmatch(r"\s*;\s*", text[prev.char_end : start]) or not consultation:
        return None
    body = canonical_body(m.group("who"))
    return body if body and (_is_named_party(m.group("who")) or body_key(body) in _gazetteer_keys()) else None


def _semicolon_continuation(text: str, prev: MeetingFact, start: int, stmt: str) -> bool:
    """Is the statement at ``start`` a ";"-clause of the sentence of the meeting ``prev`` (lowercase, only ";")?"""
    return stmt[:1].islower() and bool(re.fullmatch(r"\s*;\s*", text[prev.char_end : start]))


def _split_from(text: str, prev: MeetingFact, start: int) -> bool:
    """Is the statement at ``start`` the future clause split off the meeting ``prev`` (``_clauses``: only the
    joining "en"/"maar" between them)? It shares the subject of the clause before."""
    return bool(re.fullmatch(r"\s*,\s+|[\s,]+(?:en|maar)\s+", text[prev.char_end : start], re.IGNORECASE))


# "een tweede", "de volgende", "een laatste" with no noun of its own, then a verb that makes it happen
_ELLIPTIC_NEXT_RE = re.compile(
    # (with the article of a neuter meeting noun left out too: "vindt zesmaandelijks plaats; het laatste ging door op")
    r"(?:een|de|het)\s+(?:tweede|derde|vierde|vijfde|volgende|laatste|nieuwe|extra)\s+(?:\w+\s+){0,2}?"
    r"(?:volgde|volgden|vond|vonden|ging|gingen|is|werd|wordt|staat|zal)\b",
    re.IGNORECASE,
)


# A relative clause of an event: "Een uitwisselingsdag ..., waarop de leden van de werkgroep samenkwamen"
_EVENT_RELATIVE_RE = re.compile(r"\b(?:waarop|waarbij|waarin|tijdens\s+(?:dewelke|welke))\b")
# A personal pronoun as the subject of the meeting verb: "Ze kwam samen", "kwam ze samen met"
_PRONOUN_SUBJECT_RE = re.compile(
    r"^(?:Ze|Zij|Het)\s+(?:kwam|kwamen|vergaderde|vergaderden|zat|zaten|komt|komen|vergadert)\b"
    r"|\b(?:kwam|kwamen|vergaderde|vergaderden|zat|zaten|komt|komen|vergadert)\s+(?:ze|zij)\b"
)


def _continues_sentence(text: str, prev: MeetingFact, start: int) -> bool:
    """Is the statement at ``start`` the next one after the meeting ``prev`` (only a full stop, ";" or space)?"""
    return bool(re.fullmatch(r"[\s.;]*", text[prev.char_end : start]))


def _continues_meeting(text: str, prev: MeetingFact, start: int) -> bool:
    """Is the statement at ``start`` an elliptic next meeting right after the meeting ``prev`` (only ";", a
    full stop or space between them)?"""
    return bool(re.fullmatch(r"[\s.;]*", text[prev.char_end : start])) and bool(_ELLIPTIC_NEXT_RE.match(text, start))


# People invited on days, with no meeting of their own named: "Op 8/05/2017 en 13/09/2017 werden 9 lokale besturen
# uitgenodigd, samen met ..." (invited to something named is a guest at it: _GUEST_RE)
_INVITED_RE = re.compile(
    r"\b(?:werd|werden|wordt|worden)\b(?:\s+[^\s.;]+){1,8}?\s+uitgenodigd\b(?!\s+(?:voor|op|tijdens|bij|op|naar|aan)\b)",
    re.IGNORECASE,
)


def _invited_next(text: str, prev: MeetingFact, start: int) -> bool:
    """Is the statement at ``start``, right after the meeting ``prev``, the next meetings of that body, to which
    people were invited (GUIDELINES, gold5: follow-up sentences naming new days; dev 4.3)?"""
    end = next((b for a, b in split_statements(text[start:]) if a == 0), len(text) - start)
    stmt = text[start : start + end]
    invited = _INVITED_RE.search(stmt)
    # (who was invited may be named, after the verb: "samen met ... het Agentschap Integratie en Inburgering")
    return (
        invited is not None
        and bool(re.fullmatch(r"[\s.;]*", text[prev.char_end : start]))
        and not _bodies(stmt[: invited.end()])
        and not find_organisations(stmt[: invited.end()])
    )


# A meeting said not to happen is none (brief of issue 12: cancelled meetings): the predicate's clause is
# negated ("kwam niet (meer) samen", "heeft nog niet vergaderd", "geen nieuwe vergadering") or cancels it
# ("werd geannuleerd", "kon niet doorgaan"). "niet alleen", "al dan niet" do not negate.
_NEGATION_RE = re.compile(
    # ("niet enkel"/"niet alleen" is "not only"; "geen enkele keer" is none at all)
    r"(?<!\bdan\s)\b(?:niet|nooit|geen)\b(?!\s+(?:alleen|enkel|zozeer|langer\s+dan|meer\s+dan|minder)\b)",
    re.IGNORECASE,
)
_CANCELLED_RE = re.compile(
    r"\b(?:geannuleerd|geschrapt|afgelast|afgezegd|uitgesteld|verdaagd|verplaatst|annuleerde\w*|afgeblazen)\b",
    re.IGNORECASE,
)


# A meeting placed in the reporting period before this one: background, counted in that round (GUIDELINES G11-2);
# not "sinds de vorige rapportering", which is this period
_EARLIER_PERIOD_RE = re.compile(
    r"\b(?:in|tijdens|gedurende)\s+de\s+(?:vorige|voorgaande)\s+(?:rapporterings|rapportage|verslag)?periode\b"
    r"|\b(?:in|tijdens)\s+de\s+(?:vorige|voorgaande)\s+(?:rapportage|rapportering|voortgangsrapportage)\b"
    # "De laatste bijeenkomst van dit platform dateert van 22 februari 2024" (dev-2024-12 R01), "Het was al eerder, op
    # 14 maart, samengekomen" (dev-2025-12 W14)
    r"|\b(?:dateert|dateerde)\s+(?:al\s+|nog\s+)?van\b|\b(?:al|reeds)\s+eerder\b|\beerder\s+al\b",
    re.IGNORECASE,
)


# After the predicate, the occasion it met at: "samen op een uitwisselingsdag", "bijeen voor een studiedag"
# (or their own: "kwamen samen voor hun jaarlijkse studiedag"; or in the margin of one: "troffen elkaar ... in de marge
# van het congres")
_EVENT_AFTER_RE = re.compile(
    # (a day may stand before it: "ontmoetten elkaar op 14 oktober 2026 op de studiedag van de VVSG")
    r"\s+(?:[\w/.-]+\s+){0,4}?(?:op|voor|tijdens)\s+(?:een|de|het|hun|haar|zijn)\s+|[^.;]*?\bin\s+de\s+marge\s+van\s+",
    re.IGNORECASE,
)
# A meeting verb inside "waarin"/"waarbij" says who makes up a body ("waarin X, Y en Z samenzitten")
# Meeting only when needed: a standing arrangement, not a statement that the body met (dev-2019-12 F07)
_ON_DEMAND_RE = re.compile(
    r"\bad\s+hoc\b|\b(?:indien|wanneer|waar|als)\s+(?:dat\s+|dit\s+)?nodig\b|\bnaar\s+behoefte\b|\bop\s+afroep\b",
    re.IGNORECASE,
)
_COMPOSITION_RE = re.compile(r"\b(?:waarin|waarbij)\b[^;]*$", re.IGNORECASE)
_SEATED_IN_RE = re.compile(r"(?:In|Binnen)\s+(?:de|het)\s+(?P<body>(?:[\w-]+\s+){1,4})", re.IGNORECASE)


_CLAUSE_CLOSED_RE = re.compile(
    r"\b(?:zetel(?:t|en|de|den)|zit|zitten|zat|zaten|zijn|is|waren|was|hebben|heeft|vertegenwoordigd)\s*,",
    re.IGNORECASE,
)


def _in_composition(stmt: str) -> bool:
    """Is the meeting verb inside a "waarin" clause that says who makes up a body (not the main clause after it:
    "De werkgroep, waarin X en Y zetelen, kwam ... samen")?"""
    verb = _verb_start(stmt)
    if verb is not None and (seat := _SEATED_IN_RE.fullmatch(stmt, 0, verb)):
        # "In de stuurgroep zitten de steden, de provincies en de VVSG samen": the same said in a main clause, the body
        # fronted as where the parties sit
        return any(_BODY_RE.fullmatch(w) or _MEETING_NOUN_RE.fullmatch(w) for w in seat.group("body").split())
    if verb is None or not (clause := _COMPOSITION_RE.search(stmt, 0, verb)):
        return False
    # (the clause closed by its own verb and a comma before the meeting verb: "De werkgroep Preventie, waarin ook de
    # FOD zetelen, zal ... opnieuw samenkomen"; not the commas of its enumeration: "waarin wijkagenten, scholen en
    # verenigingen samenzitten")
    return not _CLAUSE_CLOSED_RE.search(stmt, clause.start(), verb)


# The main clause after a relative one closed by its comma, opening on its finite verb (", werd op 14 oktober
# opgericht")
_MAIN_CLAUSE_AFTER_RE = re.compile(
    r"[^,;\d]*,\s+(?P<main>(?:werd|werden|wordt|worden|is|was|zijn|waren|heeft|had|hebben|hadden|zal|zullen|zou|zouden"
    r"|[a-zà-ÿ]+(?:de|te|den|ten))\b[^;]*)",
    re.IGNORECASE,
)


def _timeless_composition(stmt: str, pos: int) -> bool:
    """Does the statement go on after the meeting verb's clause with a main clause of its own, no meeting in it, the
    time its ("De stuurgroep, waarin X en Y samenzitten, werd op 14 oktober opgericht": the day is the founding's)?"""
    rest = _MAIN_CLAUSE_AFTER_RE.match(stmt, pos)
    return bool(rest) and not (_VERBAL_RE.search(rest.group("main")) or _MEETING_NOUN_RE.search(rest.group("main")))


def _did_not_meet(stmt: str, pos: int, verbal: bool) -> bool:
    """Is the meeting predicate at ``pos`` negated or cancelled within its own clause? The clause runs from the
    comma before it to the end of a verbal predicate ("kwam in 2017 niet samen", "heeft nog niet vergaderd"), or
    for a meeting noun to the next comma or subordinate clause ("De vergadering kon niet doorgaan"): a negation in
    a clause of its own ("kwam samen om na te gaan waarom het project niet startte") does not count."""
    start = max(stmt.rfind(",", 0, max(pos - 1, 0)), stmt.rfind(";", 0, max(pos - 1, 0))) + 1
    if verbal:
        end = pos
    else:
        ends = [m.start() for m in _CLAUSE_END_RE.finditer(stmt, pos)]
        end = ends[0] if ends else len(stmt)
    clause = stmt[start:end]
    # (not in a main clause of its own about other bodies after the predicate: "de lokale overlegtafel ... komt
    # driemaandelijks samen, de overlegtafels in Brugge en Antwerpen zijn nog niet samengekomen", dev-2021-12 J27)
    other = re.search(r",\s+(?:de|het)\s", stmt[pos:]) if verbal else None
    # (a meeting noun's own clause and after: not a negated clause before it, "..., maar een eerste vergadering is")
    not_held = _NOT_HELD_RE.search(stmt, 0 if verbal else start, pos + other.start() if other else len(stmt))
    if not_held:
        return True  # "Een fysieke werkgroepmeeting in Lissabon, gepland voor 10-11 juni 2020, ging niet door"
    # ("Een vergadering met het EMB, gepland op 20 november, werd verplaatst": the noun's verb may stand after a comma)
    cancelled = _CANCELLED_RE.search(clause if verbal else stmt)
    # (moved, then held: "werd verplaatst en vond uiteindelijk digitaal plaats op 29/09/2020")
    held_after = cancelled is not None and _TOOK_PLACE_RE.search(stmt, cancelled.end()) is not None
    if verbal and _not_held_after(stmt, pos):
        return True
    if verbal and (but := _BUT_NEGATED_RE.match(stmt, pos)):
        # "komt normaal maandelijks samen, maar vergaderde in deze periode niet": it did not meet; "dat de stuurgroep
        # op 14 oktober zou samenkomen, maar dat bleek niet haalbaar": what it would have done did not happen (G8-6)
        would = re.search(r"\b(?:zou|zouden)\b", clause) and re.match(
            r"(?:dat|dit|die|het|deze)\s", but["clause"], re.I
        )
        if _VERBAL_RE.search(but["clause"]) or would:
            return True
    if not verbal and _STOPPED_RE.search(stmt) and not held_after:
        return True  # "Het overleg met de stuurgroep werd op 14 oktober stopgezet": it ended, it was not held
    # ("Zonder dat de stuurgroep moest samenkomen, werd het advies goedgekeurd": a meeting that was not needed)
    return bool(_NEGATION_RE.search(clause) or _WITHOUT_RE.search(clause) or (cancelled and not held_after))


# A "maar"-clause after the predicate that is negated ("…, maar vergaderde in deze periode niet", "…, maar dat bleek
# niet haalbaar"; not "niet alleen", "niet meer dan")
_BUT_NEGATED_RE = re.compile(rf"[^.;]*?,?\s+maar\s+(?P<clause>[^,;.]*?{_NEGATION_RE.pattern})", re.IGNORECASE)
_STOPPED_RE = re.compile(r"\b(?:stopgezet|opgeheven|ontbonden|afgeschaft|beëindigd)\b", re.IGNORECASE)
_WITHOUT_RE = re.compile(r"\bzonder\s+dat\b", re.IGNORECASE)


_BUT_RE = re.compile(r",?\s+maar\s+(?:wel\s+)?", re.IGNORECASE)


def _planned_after_but(stmt: str, pos: int) -> int | None:
    """Where the meeting noun of a "maar"-clause after ``pos`` starts when that clause plans it ("..., maar een eerste
    vergadering is gepland in maart 2022"), or None."""
    but = _BUT_RE.search(stmt, pos)
    if but is None:
        return None
    clause = stmt[but.end() :]
    noun = _MEETING_NOUN_RE.search(clause)
    if noun is None or not (_FUTURE_RE.search(clause) and _HAPPENING_RE.search(clause)):
        return None
    return but.end() + noun.start()


# After a verbal predicate: its negation ("vergaderde nog niet"), or, the predicate in a relative clause, the main
# clause cancelling the meeting ("De klankbordgroep, die op 27 oktober zou samenkomen, werd uitgesteld naar ...")
_NEGATED_AFTER_RE = re.compile(
    r"\s+(?:(?:nog|ook|toen|echter)\s+)*(?:niet|nooit)\b(?!\s+(?:alleen|enkel|zozeer|langer\s+dan|meer\s+dan|minder))",
    re.IGNORECASE,
)
_CANCELLED_MAIN_RE = re.compile(
    r"\s*,\s+(?:werd|werden|is|zijn|was|waren)\s+(?:(?:echter|nadien|later|toen|dan)\s+)?"
    r"(?:geannuleerd|geschrapt|afgelast|afgezegd|uitgesteld|verdaagd|verplaatst|afgeblazen)\b"
    # "zou op 3 mei samenkomen, maar de vergadering werd afgelast" (G8-6)
    r"|\s*,?\s+maar\s+(?:de|die|deze|dat|dit|het)\s+(?:[\w-]*(?:vergadering|bijeenkomst|overleg|meeting)\s+)?"
    r"(?:werd|werden|is|zijn|was|waren)\s+(?:(?:echter|nadien|later|toen|uiteindelijk)\s+)?"
    r"(?:geannuleerd|geschrapt|afgelast|afgezegd|uitgesteld|verdaagd|verplaatst|afgeblazen)\b",
    re.IGNORECASE,
)


def _not_held_after(stmt: str, pos: int) -> bool:
    """Do the words right after a verbal predicate say the meeting was not held (GUIDELINES, Meetings: "kwam niet
    samen", "werd verplaatst" give no record)?"""
    return bool(_NEGATED_AFTER_RE.match(stmt, pos) or _CANCELLED_MAIN_RE.match(stmt, pos))


# A meeting said not to be held, wherever its verb stands: "ging niet door", "is nog niet doorgegaan", "werd tussen
# juni en november niet georganiseerd"
_NOT_HELD_RE = re.compile(
    r"\b(?:niet|nooit)\s+(?:(?:meer|langer|opnieuw)\s+)?(?:door(?:gegaan|gaan)?|plaats(?:gevonden|vinden)?|georganiseerd"
    # ("werd aangekondigd maar nog niet gepland": not yet set, so not held either)
    r"|gehouden|samengekomen|bijeengekomen|gepland|ingepland|vastgelegd)\b",
    re.IGNORECASE,
)
_CLAUSE_END_RE = re.compile(r"[,;]|\s(?:om|omdat|zodat|waarbij|waarin|terwijl|hoewel|want|maar)\s", re.IGNORECASE)


# A meeting held for a group of people ("voor ouders", "voor de projectpromotoren") is an activity offered to them
# (dev-extra NOTES, the unseen U03 precedent: sessions organised for others)
_FOR_PEOPLE_RE = re.compile(
    # (people named with a body's acronym too: "voor LIVC-coördinatoren")
    r"\bvoor\s+(?:de\s+)?(?:[a-z]+e\s+)?(?!leden\b)(?-i:(?:[A-Z][A-Z0-9]+-)?[a-zà-ÿ]{3,}(?:en|s))\b(?!\s+\d)",
    re.IGNORECASE,
)


# "een overleg georganiseerd met de directies": the meeting noun, a participle, then whom it met
_CONSULTED_RE = re.compile(
    # (a compound too: "vond een bilateraal werkoverleg plaats met de NCTV", dev-2023-12 Q05)
    r"\b[\w-]*(?:overleg|vergadering|bijeenkomst)\w*\s+(?-i:[a-z]+\s+){1,2}?met\s+(?:de\s+|het\s+)?(?P<who>[^,;:()]+)",
    re.IGNORECASE,
)


def _partner_name(who: str) -> str:
    """The party met with, up to a preposition or verb that starts the rest of the statement."""
    return _PARTNER_END_RE.split(who, maxsplit=1)[0]


_PARTNER_END_RE = re.compile(
    rf"\s+(?:op|in|over|om|rond|{_NAME_VOOR}|waarbij|werd|werden|is|was|vond|vonden|ging|gingen|kwam|zal|wordt"
    rf"|{_CLOSING_PARTICIPLE})\b",
    re.IGNORECASE,
)


def named_across_pieces(text: str, facts: list[MeetingFact]) -> list[MeetingFact]:
    """Meetings found in pieces of one long ``text`` (spans into the whole text), each bare head named from
    the text before it in the whole text, as ``find_meetings`` names it in one piece (a chunk boundary must
    not lose "stuurgroep Imamopleiding" named just before it)."""
    out = []
    for f in facts:
        name = f.body if _introduced_in(f.raw, f.body) else _fuller_name(text, f.char_start, f.body)
        body = canonical_body(name) if name != f.body else None
        out.append(replace(f, body=body, body_key=body_key(body)) if body else f)
    return out


_INVITED_BY_RE = re.compile(r"\bop\s+uitnodiging\s+van\s+(?:de\s+|het\s+)?", re.IGNORECASE)
_OF_ORG_RE = re.compile(r"(?P<who>\S+)\s+van\s+(?:de\s+|het\s+)?(?P<org>.+)")


def _one_party(body: str) -> str:
    """The body a party phrase stands for: a person's organisation ("De coördinator van ABB bracht ... samen" ->
    ABB; a function is no body, GUIDELINES), the first of two organisations joined by "en" ("De VDAB en Jobkracht
    overlegden met ..." -> VDAB); else the phrase."""
    if (of := _OF_ORG_RE.fullmatch(body)) and _is_person(of.group("who")):
        orgs = find_organisations(of.group("org"))
        if orgs and orgs[0].char_start == 0:
            return orgs[0].mention
    first, sep, second = body.partition(" en ")
    # (the second with its article: "ABB en de VVSG kwamen samen" -> ABB)
    second = re.sub(r"^(?:de|het)\s+", "", second)
    named = sep and (_is_whole_organisation(second) or re.fullmatch(r"[A-Z][\w-]+", second))
    if named and " en " not in second and not _is_whole_organisation(body) and _is_whole_organisation(first):
        return first
    return body


# Two bodies as one subject: "De werkgroep X en de werkgroep Y kwamen ...", "Zowel de stuurgroep als de werkgroep ..."
_CONJOINED_SUBJECT_RE = re.compile(r"\W*(?:[Zz]owel\s+)?(?:[Dd]e|[Hh]et)\s+$")
_CONJUNCTION_RE = re.compile(r"\s+(?:en|als)\s+(?:ook\s+)?(?:de|het)\s+$")
# A plural head with two names: "De werkgroepen Preventie en Onderwijs"
_PLURAL_NAMES_RE = re.compile(r"(?P<head>[\w-]+)\s+(?P<a>[A-Z][\w'’-]*)\s+en\s+(?P<b>[A-Z][\w'’-]*)")


def _conjoined_bodies(stmt: str, body: str) -> list[str]:
    """The bodies of a subject that joins two bodies before the verb, by their canonical names, when ``body`` (the
    one chosen) is the first or the plural of both; else []. Organisations joined so met each other (``_one_party``)."""
    verb = _verb_start(stmt)
    if verb is None:
        return []
    found = [(pos, name) for pos, name in _bodies(stmt) if pos < verb]
    if len(found) == 1 and (plural := _PLURAL_NAMES_RE.fullmatch(found[0][1])):
        head = _singular_body_head(plural.group("head"))
        if head and _CONJOINED_SUBJECT_RE.fullmatch(stmt[: found[0][0]]):
            return [f"{head} {plural.group('a')}", f"{head} {plural.group('b')}"]
        return []
    if len(found) != 2 or not _CONJOINED_SUBJECT_RE.fullmatch(stmt[: found[0][0]]):
        return []
    (a_pos, a), (b_pos, b) = found
    if not _CONJUNCTION_RE.fullmatch(stmt[a_pos + len(a) : b_pos]) or any(map(_is_whole_organisation, (a, b))):
        return []
    names = [canonical_body(a), canonical_body(b)]
    if None in names or body_key(names[0] or "") != body_key(body):
        return []
    return [n for n in names if n]


def _is_whole_organisation(name: str) -> bool:
    return _whole_organisation(name) is not None


def _expanded(body: str | None, text: str) -> str | None:
    """An acronym the text introduces beside its expansion ("Het Vlaams Overlegplatform Jeugdhulp en Preventie
    (VOJP) ... Het VOJP zal vergaderen") is named by the expansion, unless the gazetteer knows the acronym
    (GUIDELINES, organisations: acronyms)."""
    if not body or not re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", body) or body_key(body) in _gazetteer_keys():
        return body
    for d in acronym_definitions(text):
        if d.acronym == body:
            return canonical_body(text[d.name_start : d.name_end]) or body
    # "een Overlegplatform Jeugd en Sport (OJS)": capitalised words whose initials spell the acronym
    for m in re.finditer(
        r"((?:[A-Z][\w-]*\s+(?:(?:en|van|voor|de|het|der)\s+)?){1,8})\(" + re.escape(body) + r"\)", text
    ):
        words = m.group(1).split()
        for i in range(len(words)):
            initials = "".join(w[0] for w in words[i:] if w[0].isupper())
            if initials.upper() == body.upper() and words[i][0].isupper():
                return canonical_body(" ".join(words[i:])) or body
    return body


def _with_expanded_owner(body: str, text: str) -> str:
    """A body whose owner is an acronym the text introduces beside its expansion names the owner by the expansion,
    as the organisation gold does ("De stuurgroep van het VCD" after "Het Vlaams Centrum Disengagement (VCD)" ->
    "stuurgroep Vlaams Centrum Disengagement"; GUIDELINES gold7: the owner as the organisation gold names it)."""
    head, _, last = body.rpartition(" ")
    if not head or not re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", last):
        return _with_full_owner(body, text)
    owner = _expanded(last, text)
    return f"{head} {owner}" if owner and owner != last else body


@lru_cache(maxsize=64)
def _organisations_in(text: str) -> tuple[OrganisationMention, ...]:
    """The organisations of a whole text, found once (each statement's owner is looked up in the same field)."""
    return tuple(find_organisations(text))


def _with_full_owner(body: str, text: str) -> str:
    """A bare head's owner printed by the leading words of a name the text prints in full names it in full ("De
    stuurgroep van de EU Knowledge Hub" after "de EU Knowledge Hub on Prevention of Radicalisation" -> "stuurgroep EU
    Knowledge Hub on Prevention of Radicalisation"; gold6 D4: a short proper form takes the full name's canonical)."""
    words = body.split()
    head = next((i for i, w in enumerate(words) if _BODY_RE.fullmatch(w)), None)
    if head is None or head + 2 >= len(words) or not words[head + 1][:1].isupper():
        return body
    owner = " ".join(words[head + 1 :])
    fuller = {
        o.canonical
        for o in _organisations_in(text)
        if o.canonical.startswith(f"{owner} ") and o.canonical.split()[len(owner.split())][:1].islower()
    }
    return f"{' '.join(words[: head + 1])} {fuller.pop()}" if len(fuller) == 1 else body


def _is_planned(stmt: str, days: tuple[date, ...], periods: list[DateFact], report_date: date) -> bool:
    """The meeting lies ahead: future tense or "gepland", its days after the report date, or the periods of
    the statement all ahead of it ("Vanaf januari 2019 komt X samen"; "vergadert t.e.m. juni 2019": an
    `until` period ending after the report date, as for dates). A series running since a past date is not
    planned even when it "zal blijven" ("komt sinds de lente van 2018 samen en zal dat blijven doen")."""
    if any(f.relation == "since" and f.start <= report_date for f in periods):
        return False
    if days and all(d <= report_date for d in days) and not re.search(r"\b(?:zal|zullen)\b", stmt, re.I):
        return False  # "Op de volgende vergadering, op 5 juni, werd": its day has passed
    if _FUTURE_RE.search(stmt) or (days and all(d > report_date for d in days)):
        return True
    # (a period starting on the report date lies ahead too: "de vergadering van juni" in a report of 1 June)
    ahead = [f.start >= report_date < f.end or (f.relation in ("until", "by") and f.end > report_date) for f in periods]
    return bool(ahead) and all(ahead)


def with_action_names(
    meetings: list[list[MeetingFact]], texts: list[str], names: dict[str, str] | None = None
) -> list[list[MeetingFact]]:
    """The meetings of one action's texts (in report order), each bare head ("De stuurgroep") named as
    the action names that group more fully elsewhere: the nearest fuller name in an earlier text, else
    the first in a later one ("stuurgroep Imamopleiding"; GUIDELINES, issue 12). ``names``: the forms the action
    establishes for organisations (printed form -> canonical, ``organisations.action_names``), by which a body that
    is an organisation, or a body's owner, is named as the organisation facts name it."""
    out = []
    executor = _action_executor(texts[0]) if texts else None
    for i, facts in enumerate(meetings):
        before = "\n".join(texts[:i])
        after = "\n".join(texts[i + 1 :])
        named = []
        for f in facts:
            name = f.body
            # (a body of the table keeps the table's one name: "Het sectoroverleg positieve identiteitsontwikkeling"
            # is no "Structureel sectoroverleg" the description prints, G8-5)
            in_table = name in _table_canonicals()
            if (" " not in name or name.islower()) and not in_table and not _introduced_in(f.raw, name):
                name = _fuller_name(before, len(before), name)
                if name == f.body and after:
                    name = _first_fuller(after, f.body)
            body = canonical_body(name) if name != f.body else None
            if (
                body is None
                and before
                and (of_project := _of_named_project(f.body, f"{before}\n{texts[i][: f.char_start]}"))
            ):
                body = of_project  # "De stuurgroep van het project" after the description's "het project 'X'" (G8-2)
            if body is None and before and _is_bare(f.body):
                # "De klankbordgroep leerkrachten die het kenniscentrum ... samenstelde" in an entry, the description
                # naming "het kenniscentrum Mediawijs": the owner its relative clause names by kind (G8-1, dev-2022-12
                # M16)
                earlier = f"{before}\n{texts[i][: f.char_start]}"
                if owner := _context_owner(f.raw, f.body, earlier, len(earlier)):
                    body = _with_owner(f.body, owner)
            if body is None and re.fullmatch(r"[A-Z][\w-]+", f.body) and (full := _full_name(f.body, texts)):
                body = full  # "Al-Wasat overlegde" after "Al-Wasat – Centrum voor Religieuze Duiding" (GUIDELINES D4)
            if body is None and re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", f.body):
                # an acronym another text of the action expands ("het Netwerk Ouders in Dialoog (NOD)" in the
                # description, "het NOD" in an entry)
                expanded = _expanded(f.body, "\n".join(texts))
                body = expanded if expanded != f.body else None
            if (
                executor
                and _head_with_topic(body or f.body)
                and (body or f.body) not in _table_canonicals()
                and {o.canonical for o in find_organisations(f.raw)} <= {executor}
            ):
                # "In de werkgroep radicalisering, die driemaandelijks samenkomt, ..." in the action "Advies en
                # ondersteuning door de VVSG ...": a head with a lower-case topic keeps its owner (gold7), here the one
                # organisation the action says carries it out, when the statement names no other (G8-1)
                body = f"{body or f.body} {executor}"
            body = _as_established(body or f.body, names or {})
            named.append(replace(f, body=body, body_key=body_key(body)) if body != f.body else f)
        out.append(named)
    return out


def _as_established(body: str, names: dict[str, str]) -> str:
    """A body printed as a form the action establishes for an organisation ("IMW" after "Instituut voor
    Maatschappelijke Weerbaarheid (IMW)" in "Andere betrokkenen") takes that organisation's canonical, and so does a
    bare head's acronym owner ("stuurgroep IMW"): a body that is an organisation keeps its canonical name
    (GUIDELINES, meetings: `body` is canonical; gold7: the owner as the organisation gold names it)."""
    if (canonical := names.get(body)) and re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", body):
        return canonical
    head, _, last = body.rpartition(" ")
    if head and _is_bare(head) and re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", last) and (owner := names.get(last)):
        return f"{head} {owner}"
    return body


def _head_with_topic(body: str) -> bool:
    """A head followed by lower-case topic words only ("werkgroep radicalisering", "werkgroep radicalisering en
    polarisering"): no name of its own, unlike a group named by its members ("intervisiegroep casemanagers", gold5:
    the group's own name) or one placed by an adjective ("provinciaal overlegplatform")."""
    head, *topic = body.split()
    return (
        bool(topic)
        and bool(_BODY_RE.fullmatch(head))
        and all(w == "en" or (w.islower() and w.endswith(_TOPIC_ENDINGS)) for w in topic)
    )


# The one organisation an action's description says carries it out: "Advies en ondersteuning door de VVSG van
# lokale besturen, ..."
_EXECUTOR_RE = re.compile(r"[^.:;]*?\bdoor\s+(?:de\s+|het\s+)?(?=[A-Z])")


def _action_executor(description: str) -> str | None:
    """The canonical of the organisation the action's description names as its doer ("door de VVSG"), or None."""
    m = _EXECUTOR_RE.match(description)
    if m is None:
        return None
    orgs = find_organisations(description[m.end() : m.end() + 80])
    return orgs[0].canonical if orgs and orgs[0].char_start == 0 else None


def _full_name(word: str, texts: list[str]) -> str | None:
    """The canonical of an organisation the action names in full starting with ``word`` ("Al-Wasat – Centrum voor
    Religieuze Duiding" for "Al-Wasat"), or None (the cheap test first: the word followed by more of a name)."""
    text = "\n".join(texts)
    # (or the name's last word after a capitalised kind: "Meridiaan" after "Onderzoeksbureau Meridiaan cvba",
    # dev-2023-12 Q02)
    after_kind = rf"\b[A-Z][a-zà-ÿ]+\s+{re.escape(word)}\b"
    if not re.search(rf"\b{re.escape(word)}\s+(?:[–-]\s+)?[A-Z]|{after_kind}", text):
        return None
    orgs = find_organisations(text)
    for o in orgs:
        if o.mention.startswith(word + " ") and o.canonical != word:
            return o.canonical
    ending = {o.canonical for o in orgs if re.fullmatch(rf"[A-Z][a-zà-ÿ]+\s+{re.escape(word)}", o.canonical)}
    return ending.pop() if len(ending) == 1 else None


def _first_fuller(text: str, head: str) -> str:
    names = [(pos, name) for pos, name in _bodies(text) if _clean_body(name).lower() != head.lower()]
    names += [(o.char_start, o.mention) for o in find_organisations(text) if " " in o.mention]
    fuller = [(pos, name) for pos, name in names if _has_head(name, head)]
    return min(fuller)[1] if fuller else head
