"""The output contract: the one source of truth for writer, validator, data dictionary and run report.

Owns: every dataset's columns and Arrow types (each field carries its meaning, and the Dutch term of
the report where there is one, in its metadata), the datasets' primary and foreign keys, and the
partition layout ``<out>/<dataset>/report_id=<YYYY-MM>/part-0.parquet``. ``report_id`` is not stored
inside the files: it is the hive partition and readers add it as a column.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

SCHEMA_VERSION = "1"
PARTITION_KEY = "report_id"
PART_NAME = "part-0.parquet"  # the one file of a partition


# --- the partition layout ------------------------------------------------------------------------------------------


def partition_path(dataset: str, report_id: str) -> Path:
    """Where a round of a dataset is stored, relative to the output folder."""
    return Path(dataset, f"{PARTITION_KEY}={report_id}", PART_NAME)


def partition_folder(out: Path, dataset: str, report_id: str) -> Path:
    return out / partition_path(dataset, report_id).parent


def partition_file(out: Path, dataset: str, report_id: str) -> Path:
    return out / partition_path(dataset, report_id)


def partition_round(file: Path) -> str:
    """The report_id of a partition file (its folder's name says it)."""
    return file.parent.name.removeprefix(f"{PARTITION_KEY}=")


def partition_glob(dataset: str) -> str:
    """The glob (relative to the output folder) that matches every partition file of ``dataset``."""
    return partition_path(dataset, "*").as_posix()


def partition_folders(out: Path, dataset: str) -> dict[str, Path]:
    """report_id → partition folder of ``dataset``, in round order (a folder a cut-off run left may lack its file)."""
    prefix = f"{PARTITION_KEY}="
    return {f.name.removeprefix(prefix): f for f in sorted((out / dataset).glob(f"{prefix}*"))}


def partitions(out: Path, dataset: str) -> dict[str, Path]:
    """report_id → partition file of every round of ``dataset`` written under ``out``, in round order."""
    return {
        rid: folder / PART_NAME
        for rid, folder in partition_folders(out, dataset).items()
        if (folder / PART_NAME).exists()
    }


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    meaning: str
    dutch: str = ""
    example: str = ""
    nullable: bool = True


def _pandas_metadata(columns: list[Column]) -> str:
    """pandas' own schema note, so that ``pd.read_parquet`` gives integer columns as nullable ``Int32``/``Int16``.

    Without it a column like ``entry_no`` reads as int32 where it has no nulls and as float64 where it
    has some, so the same key would have two types across datasets. Other columns keep pandas' default."""
    ints = [c for c in columns if pa.types.is_integer(c.type)]
    described = [
        {
            "name": c.name,
            "field_name": c.name,
            "pandas_type": str(c.type),
            "metadata": None,
            "numpy_type": str(c.type).capitalize(),
        }
        for c in ints
    ]
    return json.dumps(
        {"index_columns": [], "column_indexes": [], "columns": described, "creator": {"library": "rapportage"}}
    )


def _schema(columns: list[Column]) -> pa.Schema:
    return pa.schema(
        [
            pa.field(
                c.name,
                c.type,
                nullable=c.nullable,
                metadata={"meaning": c.meaning, "dutch": c.dutch, "example": c.example},
            )
            for c in columns
        ],
        metadata={"rapportage.schema_version": SCHEMA_VERSION, "pandas": _pandas_metadata(columns)},
    )


STR = pa.string()
INT = pa.int32()
STRS = pa.list_(pa.string())

_PROVENANCE = [
    Column("action_id", STR, "Action the fact belongs to", "Actie", "1.2", nullable=False),
    Column(
        "entry_no",
        INT,
        "Row of the action's Rapportage table (1-based); null for the action's own description",
        example="3",
    ),
    Column(
        "field",
        STR,
        "Which text the span indexes: 'description', 'budget_text' or (organisations) "
        "'other_parties' (the action's other_parties_text)",
        example="description",
    ),
    Column("page", INT, "Page of the source where the action or entry starts (null for text sources)", example="4"),
    Column("char_start", INT, "Start of the fact in that text (0-based, Python string index)", example="112"),
    Column("char_end", INT, "End of the fact in that text (exclusive)", example="121"),
    Column("context", STR, "The text around the fact, for checking it by eye"),
]

# Every fact dataset carries it (set by compare, from the novelty matching of actions across rounds).
_IS_NEW = Column(
    "is_new",
    pa.bool_(),
    "The action's counterpart in the previous round had no fact of this value "
    "(same dates / amount / canonical name / meeting) nor this expression as printed; true in the first round",
    example="true",
)

DATASETS: dict[str, list[Column]] = {
    "reports": [
        Column(
            "title",
            STR,
            "Title of the report",
            "titel",
            "Actieplan ter preventie van gewelddadige radicalisering en polarisering",
        ),
        Column("round_label", STR, "Round as printed on the title page", "", "Tussentijdse rapportage December 2017"),
        Column("report_date", pa.date32(), "First day of the reporting month", "", "2017-12-01"),
        Column("source_file", STR, "File name of the input", example="report-2017-12.pdf"),
        Column("source_format", STR, "pdf, docx or text", example="pdf"),
        Column("sha256", STR, "SHA-256 of the input file: re-runs skip an unchanged file"),
        Column("n_pages", INT, "Number of pages (null for text and Word sources)", example="46"),
        Column("n_actions", INT, "Number of actions parsed", example="62"),
        Column(
            "n_actions_seen",
            INT,
            "Number of actions the document's plain text shows (the self-check, "
            "independent of layout: 'Actie N.N' headings and 'Status actie' labels); more than n_actions "
            "means some could not be read (null: not checked)",
            example="62",
        ),
        Column(
            "actions_unread",
            STRS,
            "Actions the self-check saw in the text but the parser could not read "
            "(a number guessed from its neighbours where the heading is not text)",
            example="['5.2']",
        ),
        Column("n_entries", INT, "Number of Rapportage rows parsed", example="101"),
        Column("n_warnings", INT, "Number of warnings for this round", example="2"),
        Column("synthetic", pa.bool_(), "True for test rounds made by the project, never real reports"),
        Column("pipeline_version", STR, "Version of rapportage that wrote the round", example="0.1.0"),
    ],
    "actions": [
        Column("action_id", STR, "Action number as printed", "Actie", "1.1", nullable=False),
        Column("line_no", pa.int16(), "Policy line number (1-5) in order of the report", "beleidslijn", "1"),
        Column("line_title", STR, "Policy line title", "beleidslijn", "Coördinatie en samenwerking in de uitvoering"),
        Column("measure_no", pa.int16(), "Measure number (1-14)", "maatregel", "1"),
        Column("measure_title", STR, "Measure title", "maatregel", "Coördinatie op Vlaams niveau"),
        Column(
            "description",
            STR,
            "Text of the action (paragraphs separated by newlines, list items start '- ')",
            "omschrijving",
        ),
        Column("status", STR, "Status as printed", "Status actie", "Lopende"),
        Column(
            "ministers",
            STRS,
            "Responsible ministers, one per element",
            "Verantwoordelijke ministers",
            "['Minister van Onderwijs']",
        ),
        Column("policy_domains", STRS, "Policy-domain codes", "Beleidsdomeinen", "['KB', 'OV']"),
        Column("coordinating_domain", STR, "The domain marked '(coördinatie)'", "coördinatie", "KB"),
        Column("other_parties", STRS, "Other parties involved", "Andere betrokkenen", "['VVSG', 'OCAD']"),
        Column(
            "other_parties_text",
            STR,
            "The 'Andere betrokkenen' field as printed (party facts' spans index it)",
            "Andere betrokkenen",
            "VVSG, OCAD",
        ),
        Column(
            "other_parties_canonical",
            STRS,
            "Canonical name of each of other_parties, in the same order",
            "Andere betrokkenen",
            "['VVSG', 'OCAD']",
        ),
        Column("n_entries", INT, "Rows in the action's Rapportage table", example="3"),
        Column("competences", STRS, "All competences reporting on the action", "Bevoegdheden", "['Onderwijs']"),
        Column(
            "budget_total_eur",
            pa.float64(),
            "Sum of the euro amounts in the Budget column, breakdown parts not double-counted; null if none",
            "Budget",
            "568311.0",
        ),
        Column("page", INT, "Page where the action starts", example="3"),
    ],
    "entries": [
        Column("action_id", STR, "Action the row belongs to", "Actie", "1.2", nullable=False),
        Column(
            "entry_no", INT, "Row number within the action's Rapportage table (1-based)", example="1", nullable=False
        ),
        Column("competences", STRS, "Competences in the first cell", "Bevoegdheden", "['Onderwijs', 'Welzijn']"),
        Column("description", STR, "What was done", "Beschrijving"),
        Column("budget_text", STR, "Budget cell as printed (empty string when empty)", "Budget", "568.311 euro"),
        Column("page", INT, "Page where the row starts", example="5"),
    ],
    "amounts": [
        *_PROVENANCE[:3],
        Column(
            "amount_eur",
            pa.float64(),
            "Amount in euro; null for a non-numeric budget like 'Nog te bepalen'",
            "bedrag",
            "344575.62",
        ),
        Column("raw", STR, "The amount as printed", example="344.575,62 euro"),
        Column("location", STR, "'budget' (Budget column) or 'text'", example="budget"),
        Column("breakdown", pa.bool_(), "True when the amount splits a total printed beside it"),
        Column("label", STR, "What the amount is for, as printed beside it", example="Dilbeek"),
        _IS_NEW,
        *_PROVENANCE[3:],
    ],
    "dates": [
        *_PROVENANCE[:3],
        Column("raw", STR, "The date expression as printed", example="24 tot en met 28 juli 17"),
        Column(
            "start",
            pa.date32(),
            "First day of the period the expression itself names (TimeML TIMEX3 value): 'sinds 1 oktober "
            "2016' gives 2016-10-01, 'tot eind december 2017' 2017-12-21",
            example="2017-07-24",
        ),
        Column(
            "end",
            pa.date32(),
            "Last day of that period: 'sinds 1 oktober 2016' gives 2016-10-01, 'tot eind december 2017' 2017-12-31",
            example="2017-07-28",
        ),
        Column(
            "granularity",
            STR,
            "Unit of the bounds: day, month, part_of_month, season, part_of_year, year, school_year, years",
            example="day",
        ),
        Column(
            "relation",
            STR,
            "What the phrasing adds to the period: since (sinds), from (vanaf, met ingang van), until (tot, tot "
            "en met), by (tegen, uiterlijk), before (vóór), after (na); null when nothing ('in mei 2017', a "
            "closed range). An open interval is derived: since/from = [start, open), until/by/before = "
            "(open, end], after = (end, open)",
            example="until",
        ),
        Column("planned", pa.bool_(), "Announced or in the future at the report date"),
        _IS_NEW,
        *_PROVENANCE[3:],
    ],
    "organisations": [
        *_PROVENANCE[:3],
        Column("mention", STR, "The organisation as printed", example="Vereniging van Vlaamse Steden en Gemeenten"),
        Column(
            "canonical",
            STR,
            "Canonical name (gazetteer in models/organisations.jsonl; 'stad X', 'gemeente X', "
            "'provincie X' from models/municipalities.csv; else the name without legal form)",
            example="VVSG",
        ),
        Column(
            "source",
            STR,
            "What found it: gazetteer, register (a name of `models/register.jsonl`), pattern, model, or party_list "
            "(an 'Andere betrokkenen' party)",
            example="gazetteer",
        ),
        _IS_NEW,
        *_PROVENANCE[3:],
    ],
    "meetings": [
        *_PROVENANCE[:3],
        Column(
            "body",
            STR,
            "The body that met, canonical: the organisation's canonical name (models/organisations.jsonl) where "
            "it is one, else the noun phrase without article or trailing clause",
            example="departement OV",
        ),
        Column(
            "body_key",
            STR,
            "Normalised key of body (lower case, no accents, articles or punctuation): one key per body across "
            "spellings, actions and rounds; group by it",
            example="werkgroep communicatie",
        ),
        Column("count", INT, "Number of meetings stated", example="5"),
        Column("frequency", STR, "Frequency as printed", example="maandelijks"),
        Column("dates", pa.list_(pa.date32()), "Dates of the meetings named in the statement"),
        Column("planned", pa.bool_(), "The meeting lies ahead at the report date"),
        Column("raw", STR, "The statement"),
        _IS_NEW,
        *_PROVENANCE[3:],
    ],
    "warnings": [
        Column("source_file", STR, "Input file"),
        Column("stage", STR, "read, structure, extract or publish", example="structure"),
        Column("action_id", STR, "Action concerned, if any", example="7.1"),
        Column("page", INT, "Page concerned, if known"),
        Column("message", STR, "What could not be placed or parsed"),
    ],
    "changes": [
        Column("from_report", STR, "Earlier round", example="2017-12", nullable=False),
        Column("to_report", STR, "Later round", example="2018-06", nullable=False),
        Column("action_id_from", STR, "Action number in the earlier round (null when added)", example="13.2"),
        Column("action_id_to", STR, "Action number in the later round (null when removed)", example="13.3"),
        Column(
            "match",
            STR,
            "How the actions were matched: id, content, added, removed, or unread (absent from "
            "the later round's parsed actions, but its self-check saw it: not a removal)",
            example="id",
        ),
        Column("similarity", pa.float64(), "Text similarity of the two descriptions (0-1)", example="0.98"),
        Column("status_from", STR, "Status in the earlier round", "Status actie", "Opgestart"),
        Column("status_to", STR, "Status in the later round", "Status actie", "Lopende"),
        Column("status_changed", pa.bool_(), "Status differs"),
        Column("budget_from_eur", pa.float64(), "Budget total in the earlier round"),
        Column("budget_to_eur", pa.float64(), "Budget total in the later round"),
        Column("budget_delta_eur", pa.float64(), "budget_to_eur - budget_from_eur (missing totals count as 0)"),
        Column("parties_added", STRS, "Other parties new in the later round"),
        Column("parties_removed", STRS, "Other parties gone in the later round"),
        Column("competences_added", STRS, "Competences reporting only in the later round"),
        Column("competences_removed", STRS, "Competences reporting only in the earlier round"),
        Column("description_changed", pa.bool_(), "The action's own text differs"),
    ],
    "novelty": [
        Column(
            "action_id",
            STR,
            "Action in this round (for a removed action's dropped sentences: its number in the previous round)",
            "Actie",
            "1.3",
            nullable=False,
        ),
        Column(
            "entry_no",
            INT,
            "Rapportage row of the sentence (1-based); null for the action's own description; "
            "for a dropped sentence its row in the previous round",
            example="1",
        ),
        Column("field", STR, "Which text the span indexes: 'description' or 'budget_text'", example="description"),
        Column("sentence_no", INT, "Sentence number within that text (1-based)", example="2"),
        Column("text", STR, "The sentence exactly as in its field (text[char_start:char_end])"),
        Column("page", INT, "Page where its action or entry starts (null for text sources)", example="4"),
        Column("char_start", INT, "Start of the sentence in its field (0-based)", example="0"),
        Column("char_end", INT, "End of the sentence in its field (exclusive)", example="61"),
        Column(
            "status",
            STR,
            "new; carried (same sentence in the same action of the previous round, layout "
            "ignored); revised (a close match with changes); dropped (a sentence of the previous round that is "
            "gone; its place is in the previous round)",
            example="revised",
        ),
        Column(
            "similarity",
            pa.float64(),
            "Similarity to the previous sentence (0-1): 1 for carried, >= 0.6 for revised, null for new and dropped",
            example="0.82",
        ),
        Column("previous_text", STR, "The previous round's sentence that this one revises"),
        Column("previous_report", STR, "The round compared against (null in the first round)", example="2017-12"),
        Column(
            "previous_action_id",
            STR,
            "The same action's number in the previous round (renumbering followed; null when the action is new)",
            example="13.2",
        ),
        Column("previous_entry_no", INT, "Rapportage row of the matched sentence in the previous round", example="1"),
    ],
    "timeline": [
        Column("action_id", STR, "Action number in this round", "Actie", "1.1", nullable=False),
        Column(
            "lineage_id",
            STR,
            "Action number in the first round it appeared in, followed through renumbering",
            example="13.2",
        ),
        Column("status", STR, "Status in this round", "Status actie", "Lopende"),
        Column("budget_total_eur", pa.float64(), "Budget total in this round"),
        Column("n_entries", INT, "Rapportage rows"),
        Column("n_dates", INT, "Date expressions found"),
        Column("n_planned_dates", INT, "Of which planned"),
        Column("n_meetings", INT, "Meeting statements found"),
        Column("n_organisations", INT, "Distinct organisations mentioned"),
        Column("first_date", pa.date32(), "Earliest date mentioned"),
        Column("last_date", pa.date32(), "Latest date mentioned"),
    ],
}

SCHEMAS: dict[str, pa.Schema] = {name: _schema(cols) for name, cols in DATASETS.items()}


# --- keys ----------------------------------------------------------------------------------------------------------
# Over a dataset read whole, report_id (the partition) included; checked by ``validate``, declared in
# ``datapackage.json`` and docs/DATA.md.


@dataclass(frozen=True)
class ForeignKey:
    """``fields`` of a row point at ``reference`` of a row of ``resource``; rows with a null in ``fields`` skip."""

    fields: tuple[str, ...]
    resource: str
    reference: tuple[str, ...]

    def descriptor(self) -> dict:
        return {"fields": list(self.fields), "reference": {"resource": self.resource, "fields": list(self.reference)}}


ROUND = (PARTITION_KEY,)
ACTION = (PARTITION_KEY, "action_id")
ENTRY = (PARTITION_KEY, "action_id", "entry_no")

PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "reports": ROUND,
    "actions": ACTION,
    "entries": ENTRY,
    "timeline": ACTION,
}

_FACT_KEYS = [ForeignKey(ACTION, "actions", ACTION), ForeignKey(ENTRY, "entries", ENTRY)]
FOREIGN_KEYS: dict[str, list[ForeignKey]] = {
    "actions": [ForeignKey(ROUND, "reports", ROUND)],
    "entries": [ForeignKey(ACTION, "actions", ACTION)],
    "amounts": _FACT_KEYS,
    "dates": _FACT_KEYS,
    "organisations": _FACT_KEYS,
    "meetings": _FACT_KEYS,
    "warnings": [ForeignKey(ROUND, "reports", ROUND), ForeignKey(ACTION, "actions", ACTION)],
    "timeline": [ForeignKey(ACTION, "actions", ACTION)],
    "novelty": [
        ForeignKey(ROUND, "reports", ROUND),
        ForeignKey(("previous_report", "previous_action_id"), "actions", ACTION),
    ],
    "changes": [
        ForeignKey(ROUND, "reports", ROUND),
        ForeignKey(("from_report", "action_id_from"), "actions", ACTION),
        ForeignKey(("to_report", "action_id_to"), "actions", ACTION),
    ],
}
