"""The events table: the one written contract between every stage, the tests, the README and the UI.

`COLUMNS` lists every column of the frame that `extract` writes (one row per mention: one event
reported in one sentence of one article). `validate()` reports every problem at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

import pandas as pd

from timeline.errors import SchemaError

EVENT_TYPES: Final = ("deployment", "designation", "statement")
PRECISIONS: Final = ("day", "week", "month", "season", "quarter", "year", "decade")
DATE_BASES: Final = ("explicit", "relative", "publication")
MODALITIES: Final = ("asserted", "planned", "threatened", "denied", "hypothetical", "claimed")
ACTOR_BASES: Final = ("sentence", "nationality", "context", "unattributed")

EVENT_TYPE_DEFINITIONS: Final = {
    "deployment": "armed forces moved, positioned, mobilised, exercised or used: troops, ships, carriers, "
    "aircraft, militia mobilisations, drills, military alerts, strikes, raids, interdictions",
    "designation": "a formal act by an authority that labels or binds: terrorist listings and delistings, "
    "sanctions, bounties and rewards, asset seizures, decrees and states of emergency, recognitions of "
    "governments, airspace closures, blockades ordered",
    "statement": "a public utterance by an actor in the crisis: speeches, posts, press releases, denials, "
    "threats, warnings, calls, requests to bodies such as the UN",
}


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # pandas dtype name as stored in the frame
    label: str  # short label the UI shows
    meaning: str
    added: bool = False  # added to the contract later: a table written before it may lack it (read as empty)


COLUMNS: Final[tuple[Column, ...]] = (
    Column("event_id", "string", "Event", "Id of the merged event this mention belongs to; stable across runs"),
    Column("mention_id", "string", "Mention", "Id of this mention (article, sentence offsets, type, actor)"),
    Column("event_type", "category", "Type", "deployment, designation or statement"),
    Column("subtype", "string", "Subtype", "finer kind, e.g. strike, exercise, terrorist-listing, sanction, "
           "bounty, decree, threat, denial; may be empty"),
    Column("modality", "category", "Status", "asserted, planned, threatened, denied, hypothetical or claimed"),
    Column("actor", "string", "Actor", "canonical name of who acts or speaks"),
    Column("actor_country", "string", "Actor country", "country of the actor; may be empty"),
    Column("target", "string", "Target", "whom or what the event is aimed at: a named entity's canonical name, "
           "else the noun phrase that names it (never a pronoun, number or the actor); may be empty"),
    Column("date_start", "datetime64[s]", "From", "first calendar day the event may fall on (inclusive)"),
    Column("date_end", "datetime64[s]", "To", "last calendar day the event may fall on (inclusive, >= date_start)"),
    Column("date_precision", "category", "Precision", "day, week, month, season, quarter, year or decade"),
    Column("date_text", "string", "Date as written", "the time expression used; empty when dated by publication"),
    Column("date_basis", "category", "Dated by", "explicit, relative (to publication or an earlier date) "
           "or publication"),
    Column("timex", "string", "TIMEX3", "TIMEX3 value of the date, e.g. 2025-10-15, 2025-W42, 2025-FA"),
    Column("summary", "string", "Headline", "the event's headline, in the article's own words: the actor's name, "
           "the verb as written, what it acts on (at most 14 words; no date, attribution or subordinate clause); "
           "a merged event's is the best of its mentions' (see merge_reason)"),
    Column("sentence", "string", "Sentence", "the sentence that reports the event, verbatim"),
    Column("char_start", "Int64", "Start offset", "offset of the sentence's first character in the article"),
    Column("char_end", "Int64", "End offset", "offset just past the sentence's last character"),
    Column("article_id", "string", "Article", "article file name without extension"),
    Column("title", "string", "Title", "article title"),
    Column("outlet", "string", "Outlet", "publisher; may be empty"),
    Column("url", "string", "Link", "article address; may be empty"),
    Column("published", "datetime64[s]", "Published", "article publication date"),
    Column("confidence", "float64", "Confidence", "0..1, how sure the extractor is of this mention"),
    Column("sources", "Int64", "Sources", "number of distinct articles reporting the merged event"),
    Column("merge_reason", "string", "Why merged", "what matched when mentions were merged; empty when alone"),
    Column("curated", "boolean", "Curated", "true when a person's correction changed or confirmed this row"),
    Column("actor_basis", "category", "Actor from", "how the actor was found: sentence (named in it: subject, agent, "
           "speaker, owner), nationality (only a nationality names it: 'Dutch fighters', 'U.S. strikes'), context "
           "(an earlier sentence, the title or the dateline: 'he', 'the junta', an agentless passive) or "
           "unattributed (an attack the text reports without saying who carried it out); empty in tables written "
           "before this column existed", added=True),
)

COLUMN_NAMES: Final = tuple(c.name for c in COLUMNS)
LABELS: Final = {c.name: c.label for c in COLUMNS}
_BY_NAME: Final = {c.name: c for c in COLUMNS}
_CATEGORIES: Final = {
    "event_type": EVENT_TYPES,
    "date_precision": PRECISIONS,
    "date_basis": DATE_BASES,
    "modality": MODALITIES,
    "actor_basis": ACTOR_BASES,
}
_REQUIRED_VALUES: Final = ("event_id", "mention_id", "event_type", "modality", "actor", "date_start",
                           "date_end", "date_precision", "date_basis", "sentence", "article_id", "published")


_WEB_URL: Final = re.compile(r"(?i)^https?://[^\s<>\"'`\\]+$")


def is_web_url(url: str) -> bool:
    """What the `url` column may show as a link: an http(s) address with no space, quote, angle bracket or
    backslash (never javascript:, data: or file: URLs, nothing that could leave an HTML attribute)."""
    return _WEB_URL.match(url.strip()) is not None


def empty_frame() -> pd.DataFrame:
    """A frame with every column and no rows, typed as the contract says."""
    return coerce(pd.DataFrame({name: [] for name in COLUMN_NAMES}))


def coerce(frame: pd.DataFrame) -> pd.DataFrame:
    """Cast the contract's columns to their dtypes (after reading CSV or JSON), column order as listed.

    Extra columns are kept after the contract's ones. Missing columns are left missing so that
    `validate` can name them.
    """
    out = frame.copy()
    for col in COLUMNS:
        if col.name not in out.columns and col.added:
            out[col.name] = pd.NA  # a table written before the column existed
        if col.name not in out.columns:
            continue
        series = out[col.name]
        if col.dtype.startswith("datetime64"):
            out[col.name] = pd.to_datetime(series, errors="coerce").dt.normalize().astype(col.dtype)
        elif col.dtype == "category":
            text = series.astype("string").replace("", pd.NA)
            known = text.isna() | text.isin(_CATEGORIES[col.name])
            # unknown values stay visible as text so that `validate` can name them
            out[col.name] = pd.Categorical(text, categories=list(_CATEGORIES[col.name])) if known.all() else text
        elif col.dtype == "Int64":
            out[col.name] = pd.to_numeric(series, errors="coerce").astype("Int64")
        elif col.dtype == "float64":
            out[col.name] = pd.to_numeric(series, errors="coerce").astype("float64")
        elif col.dtype == "boolean":
            out[col.name] = _to_boolean(series)
        else:
            out[col.name] = series.astype("string").fillna("")
    ordered = [c for c in COLUMN_NAMES if c in out.columns]
    return out[ordered + [c for c in out.columns if c not in _BY_NAME]]


def _to_boolean(series: pd.Series) -> pd.Series:
    if series.dtype == "boolean" or series.dtype == bool:
        return series.astype("boolean").fillna(False)
    text = series.astype("string").str.strip().str.lower()
    return text.isin(["true", "1", "yes"]).astype("boolean")


def problems(frame: pd.DataFrame) -> list[str]:
    """Every way `frame` breaks the contract, as readable lines; empty when it holds."""
    found: list[str] = []
    missing = [c for c in COLUMN_NAMES if c not in frame.columns]
    if missing:
        found.append("missing column(s): " + ", ".join(missing))
    for col in COLUMNS:
        if col.name not in frame.columns:
            continue
        series = frame[col.name]
        if col.name in _CATEGORIES:
            bad = set(series.dropna().astype(str)) - set(_CATEGORIES[col.name])
            if bad:
                found.append(f"column {col.name!r} has unknown value(s) {sorted(bad)}; "
                             f"allowed: {', '.join(_CATEGORIES[col.name])}")
                continue
        if str(series.dtype) != col.dtype:
            found.append(f"column {col.name!r} has dtype {series.dtype}, expected {col.dtype}")
            continue
        if col.name in _REQUIRED_VALUES:
            empty = series.isna() | (series.astype("string") == "")
            if empty.any():
                found.append(f"column {col.name!r} is empty in {int(empty.sum())} row(s), "
                             f"first at row {int(empty.to_numpy().nonzero()[0][0])}")
    if {"date_start", "date_end"} <= set(frame.columns) and not any("date_" in p for p in found):
        reversed_rows = (frame["date_end"] < frame["date_start"]).fillna(False)
        if reversed_rows.any():
            found.append(f"date_end before date_start in {int(reversed_rows.sum())} row(s), "
                         f"first at row {int(reversed_rows.to_numpy().nonzero()[0][0])}")
    if "confidence" in frame.columns and str(frame["confidence"].dtype) == "float64":
        out_of_range = ~frame["confidence"].between(0, 1)
        if out_of_range.any():
            found.append(f"confidence outside 0..1 in {int(out_of_range.sum())} row(s)")
    if {"char_start", "char_end"} <= set(frame.columns) and str(frame["char_start"].dtype) == "Int64":
        bad_offsets = (frame["char_end"] < frame["char_start"]).fillna(False)
        if bad_offsets.any():
            found.append(f"char_end before char_start in {int(bad_offsets.sum())} row(s)")
    if "mention_id" in frame.columns and frame["mention_id"].duplicated().any():
        found.append(f"mention_id not unique: {int(frame['mention_id'].duplicated().sum())} duplicate(s)")
    return found


def validate(frame: pd.DataFrame, *, where: str = "events table") -> pd.DataFrame:
    """Return `frame` when it holds the contract; raise `SchemaError` listing every problem otherwise."""
    found = problems(frame)
    if found:
        raise SchemaError(found, where=where)
    return frame


def markdown_table() -> str:
    """The schema table of the README and docs/data-model.md, generated from `COLUMNS` (tests/test_docs.py fails
    when either drifts)."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    lines += [f"| `{c.name}` | {c.dtype} | {c.meaning} |" for c in COLUMNS]
    return "\n".join(lines)
