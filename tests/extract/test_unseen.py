"""Extraction on articles the tool has never seen: eight hand-written articles in tests/fixtures/unseen.

The articles (wire copy, a broadcaster's explainer, a live blog, a government press release, an
analysis piece full of commentators, a regional paper, a world page and a news digest) cover other
crises than the seed articles, with people absent from the actor registry. `expected.csv` lists, per
article, the events an analyst would write down (written before the tool was run on them) and
sentences that must yield no event:

- ``expect=event``: some row whose sentence contains `fragment` has `event_type` and an actor among
  the `|`-separated `actor` names; when `date` is given (YYYY, YYYY-MM or YYYY-MM-DD), the row's
  [date_start, date_end] overlaps that period.
- ``expect=none``: no row's sentence contains `fragment`.

A row whose `xfail` column holds a reason documents a known gap (strict: the test fails once the
gap is fixed, so the mark gets removed). Run this file as a script to print recall and precision::

    python -m tests.extract.test_unseen /tmp/unseen.csv
"""

from __future__ import annotations

import calendar
import csv
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from tests.fixtures import FIXTURES as ALL_FIXTURES

FIXTURES = ALL_FIXTURES / "unseen"


@dataclass(frozen=True)
class Expectation:
    file: str
    expect: str
    event_type: str
    actors: tuple[str, ...]
    period: tuple[date, date] | None
    fragment: str
    xfail: str

    @property
    def article_id(self) -> str:
        return Path(self.file).stem


def _period(text: str) -> tuple[date, date] | None:
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    day = date(parts[0], parts[1], parts[2])
    return day, day


def load_expectations(path: Path = FIXTURES / "expected.csv") -> list[Expectation]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [Expectation(file=r["file"], expect=r["expect"], event_type=r["event_type"],
                            actors=tuple(a.strip().casefold() for a in r["actor"].split("|") if a.strip()),
                            period=_period(r["date"].strip()), fragment=r["fragment"], xfail=r["xfail"].strip())
                for r in csv.DictReader(handle)]


def _norm(text: str) -> str:
    return " ".join(str(text).split())


def covering(frame: pd.DataFrame, exp: Expectation) -> pd.DataFrame:
    """Rows of the expectation's article whose sentence contains its fragment."""
    rows = frame[frame["article_id"].astype(str).str.removesuffix(".txt") == exp.article_id]
    fragment = _norm(exp.fragment)
    return rows[[fragment in _norm(s) for s in rows["sentence"]]]


def _day(value: object) -> date:
    return pd.Timestamp(str(value)).date()


def row_matches(row: pd.Series, exp: Expectation, *, check_date: bool = True) -> bool:
    if row["event_type"] != exp.event_type or str(row["actor"]).casefold() not in exp.actors:
        return False
    if check_date and exp.period is not None:
        start, end = _day(row["date_start"]), _day(row["date_end"])
        return start <= exp.period[1] and exp.period[0] <= end
    return True


def verdict(frame: pd.DataFrame, exp: Expectation, *, check_date: bool = True) -> bool:
    rows = covering(frame, exp)
    if exp.expect == "none":
        return rows.empty
    return any(row_matches(row, exp, check_date=check_date) for _, row in rows.iterrows())


def score(frame: pd.DataFrame, expectations: list[Expectation]) -> dict[str, float]:
    """Recall (type+actor, and with the date), rows on no-event sentences, and precision on annotated sentences."""
    events = [e for e in expectations if e.expect == "event"]
    nones = [e for e in expectations if e.expect == "none"]
    found = sum(verdict(frame, e, check_date=False) for e in events)
    dated = sum(verdict(frame, e) for e in events)
    false_none = sum(not verdict(frame, e) for e in nones)
    # precision: of the rows on sentences an expectation names, how many match some expected event there
    annotated = matched = 0
    seen: set[str] = set()
    for exp in expectations:
        for idx, row in covering(frame, exp).iterrows():
            key = str(row.get("mention_id", idx))
            if key in seen:
                continue
            seen.add(key)
            annotated += 1
            same = [e for e in events if e.article_id == exp.article_id and _norm(e.fragment) in _norm(row["sentence"])]
            matched += any(row_matches(row, e, check_date=False) for e in same)
    return {"events": len(events), "found": found, "dated": dated, "none": len(nones), "false_none": false_none,
            "annotated_rows": annotated, "matched_rows": matched, "rows": len(frame)}


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    from timeline.build.runner import build_events
    from timeline.ingest.articles import load_folder

    loaded = load_folder(FIXTURES)
    assert len(loaded.articles) == 8, loaded.issues
    return build_events(loaded.articles)


def _case(exp: Expectation) -> object:
    name = f"{exp.article_id}:{exp.expect}:{exp.fragment[:40]}"
    marks = [pytest.mark.xfail(reason=exp.xfail, strict=True)] if exp.xfail else []
    return pytest.param(exp, id=name, marks=marks)


CASES = [_case(e) for e in load_expectations()]


@pytest.mark.parametrize("exp", CASES)
def test_unseen(frame: pd.DataFrame, exp: Expectation) -> None:
    rows = covering(frame, exp)
    shown = rows[["event_type", "actor", "date_start", "date_end", "modality"]].to_string() if len(rows) else "no rows"
    assert verdict(frame, exp), f"{exp.expect} {exp.event_type} {exp.actors} {exp.period}: {shown}"


def test_fragments_are_in_their_articles() -> None:
    for exp in load_expectations():
        text = _norm((FIXTURES / exp.file).read_text(encoding="utf-8"))
        assert _norm(exp.fragment) in text, (exp.file, exp.fragment)


def main(argv: list[str]) -> None:
    from timeline.store.tables import read_table

    frame = read_table(Path(argv[0]))
    expectations = load_expectations()
    s = score(frame, expectations)
    print(f"recall (type+actor) {s['found']}/{s['events']} = {s['found'] / s['events']:.0%}; "
          f"with date {s['dated']}/{s['events']} = {s['dated'] / s['events']:.0%}; "
          f"no-event sentences with a row {s['false_none']}/{s['none']}; "
          f"precision on annotated sentences {s['matched_rows']}/{s['annotated_rows']} = "
          f"{s['matched_rows'] / max(1, s['annotated_rows']):.0%}; rows {s['rows']}")
    if "-v" in argv:
        for exp in expectations:
            if not verdict(frame, exp):
                rows = covering(frame, exp)
                got = "; ".join(f"{r.event_type}/{r.actor}/{r.date_start}..{r.date_end}/{r.modality}"
                                for r in rows.itertuples()) or "-"
                tag = "XFAIL " if exp.xfail else ""
                print(f"{tag}{exp.file[:14]} {exp.expect} {exp.event_type} {'|'.join(exp.actors)[:40]} "
                      f"{exp.period[0] if exp.period else ''} «{exp.fragment[:50]}» got: {got}")


if __name__ == "__main__":
    main(sys.argv[1:])
