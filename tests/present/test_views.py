"""Views: mentions -> events, the table, event details and safe text (the filters: tests/store/test_query.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.present import hover, views
from timeline.store.query import Filters, apply_filters
from timeline.store.synthetic import mentions_frame


def crisis_mentions() -> pd.DataFrame:
    """Four events: e1 has two mentions from two outlets; e3 is planned; e4 is a month-long range."""
    return mentions_frame([
        {"event_id": "e1", "actor": "Russian Navy", "actor_country": "Russia", "target": "Ukraine",
         "date_start": "2025-03-02", "article_id": "a1", "outlet": "Wire", "confidence": 0.6,
         "sentence": "The Russian Navy moved ships on March 2.", "date_text": "on March 2"},
        {"event_id": "e1", "actor": "Russian Navy", "actor_country": "Russia", "target": "Ukraine",
         "date_start": "2025-03-02", "article_id": "a2", "outlet": "Daily", "confidence": 0.8,
         "sentence": "Warships of the Black Sea Fleet sailed on Sunday.", "date_text": "on Sunday",
         "merge_reason": "same actor and day"},
        {"event_id": "e2", "event_type": "statement", "actor": "Ukrainian Foreign Ministry",
         "actor_country": "Ukraine", "date_start": "2025-03-05", "article_id": "a1", "outlet": "Wire",
         "sentence": "Kyiv condemned the move on March 5."},
        {"event_id": "e3", "event_type": "designation", "modality": "planned", "actor": "European Union",
         "date_start": "2025-03-10", "article_id": "a3", "outlet": "Gazette",
         "sentence": "The EU plans sanctions next week."},
        {"event_id": "e4", "actor": "Russian Navy", "actor_country": "Russia", "date_start": "2025-04-01",
         "date_end": "2025-04-30", "date_precision": "month", "date_text": "in April", "date_basis": "relative",
         "article_id": "a3", "outlet": "Gazette", "sentence": "Exercises are held in April."},
    ])


@pytest.fixture
def crisis() -> pd.DataFrame:
    return crisis_mentions()


def ids(frame: pd.DataFrame) -> list[str]:
    return sorted(frame["event_id"].astype(str))


def test_events_of_merges_mentions_into_one_row(crisis: pd.DataFrame) -> None:
    events = views.events_of(crisis)
    assert ids(events) == ["e1", "e2", "e3", "e4"]
    e1 = events.set_index("event_id").loc["e1"]
    assert e1["mentions"] == 2
    assert e1["sources"] == 2  # two distinct articles, although each row says 1
    assert e1["outlets"] == "Daily, Wire"
    assert e1["sentence"].startswith("Warships")  # the most confident mention represents the event


def test_events_of_empty_frame_has_the_extra_columns() -> None:
    events = views.events_of(mentions_frame([]))
    assert events.empty
    assert {"mentions", "outlets", "first_published"} <= set(events.columns)


# (outlet, merge_reason, date_basis, confidence) of one event's mentions, in row order -> outlets, merge_reason
_RANKED = [("Wire", "", "explicit", 0.5), ("Daily", "same day", "publication", 0.9), ("Gazette", "", "relative", 0.7)]


@pytest.mark.parametrize(
    ("mentions", "outlets", "reason"),
    [
        # in the ranking's order: dated by their words first (most confident first), then publication-dated
        (_RANKED, "Gazette, Wire, Daily", "same day"),
        # each value once, empty ones skipped; reasons joined by "; " in the same order
        ([("Wire", "same actor", "explicit", 0.9), ("", "same day", "explicit", 0.8),
          ("Wire", "same actor", "explicit", 0.7), ("Daily", "", "explicit", 0.6)],
         "Wire, Daily", "same actor; same day"),
        # equal ranks keep the rows' order
        ([("Wire", "b", "explicit", 0.5), ("Daily", "a", "explicit", 0.5)], "Wire, Daily", "b; a"),
        # no outlet and no reason at all
        ([("", "", "explicit", 0.5), ("", "", "publication", 0.9)], "", ""),
    ],
    ids=["ranking-order", "distinct-non-empty", "ties-keep-row-order", "all-empty"],
)
def test_events_of_joins_outlets_and_reasons_in_ranking_order(
        mentions: list[tuple[str, str, str, float]], outlets: str, reason: str) -> None:
    rows = [{"event_id": "e1", "outlet": o, "merge_reason": r, "date_basis": b, "confidence": c,
             "article_id": f"a{i}", "date_text": "" if b == "publication" else "then"}
            for i, (o, r, b, c) in enumerate(mentions)]
    rows.append({"event_id": "e0", "outlet": "Other", "merge_reason": "", "article_id": "a9"})  # untouched
    events = views.events_of(mentions_frame(rows)).set_index("event_id")
    assert (events.loc["e1", "outlets"], events.loc["e1", "merge_reason"]) == (outlets, reason)
    assert (events.loc["e0", "outlets"], events.loc["e0", "merge_reason"]) == ("Other", "")


def test_events_of_rows_by_date_then_id_with_counts() -> None:
    rows = [{"event_id": "b", "date_start": "2025-03-02", "article_id": "a1", "published": "2025-03-04"},
            {"event_id": "b", "date_start": "2025-03-02", "article_id": "a1", "published": "2025-03-03"},
            {"event_id": "c", "date_start": "2025-03-01", "article_id": "a2"},
            {"event_id": "a", "date_start": "2025-03-02", "article_id": "a2"},
            {"event_id": "b", "date_start": "2025-03-02", "article_id": "a3", "published": "2025-03-05"}]
    events = views.events_of(mentions_frame(rows))
    assert list(events["event_id"]) == ["c", "a", "b"]
    assert list(events.index) == [0, 1, 2]
    b = events.iloc[2]
    assert (b["mentions"], b["sources"], str(b["first_published"].date())) == (3, 2, "2025-03-03")
    assert list(events.columns[:2]) == ["event_id", "mention_id"]
    assert list(events.columns[-3:]) == ["mentions", "first_published", "outlets"]


def test_resolved_and_written_dates(crisis: pd.DataFrame) -> None:
    events = views.events_of(crisis.assign(date_basis=crisis["date_basis"].where(
        crisis["event_id"] != "e2", "publication"))).set_index("event_id")
    resolved = views.resolved_text(events)
    written = views.written_text(events)
    assert resolved["e1"] == "2025-03-02"
    assert resolved["e4"] == "2025-04-01 – 2025-04-30 (month)"
    assert written["e4"] == "in April"
    assert written["e2"].startswith("(no date in text; published 2025-03-05")


def test_detail_lists_every_mention_and_source(crisis: pd.DataFrame) -> None:
    got = views.detail(crisis, "e1")
    assert got is not None
    assert len(got.mentions) == 2
    assert sorted(got.sources["outlet"]) == ["Daily", "Wire"]
    assert list(got.sources.columns) == ["title", "outlet", "published", "url", "article_id"]
    assert got.event["merge_reason"] == "same actor and day"
    assert views.detail(crisis, "nope") is None


def test_table_uses_schema_labels(crisis: pd.DataFrame) -> None:
    table = views.table(views.events_of(crisis))
    assert {"Actor", "From", "To", "Type", "Sources", "Event"} <= set(table.columns)
    assert len(table) == 4


@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    ("Ships sailed on March 2.", "on March 2", "Ships sailed <mark>on March 2</mark>."),
    ("Ships sailed ON MARCH 2.", "on march 2", "Ships sailed <mark>ON MARCH 2</mark>."),
    ("No date here", "yesterday", "No date here"),
    ("<script>alert(1)</script> on Monday", "on Monday",
     "&lt;script&gt;alert(1)&lt;/script&gt; <mark>on Monday</mark>"),
    # HTML, shown inside `html_block`: Markdown never reads it, so only HTML is escaped, once
    ("Costs $5 *now* [x](javascript:y) & Iran's \"reply\"", "",
     "Costs $5 *now* [x](javascript:y) &amp; Iran&#x27;s &quot;reply&quot;"),
    ("Line one\nline two", "", "Line one<br>line two"),
])
def test_highlight_escapes_then_marks(sentence: str, expression: str, expected: str) -> None:
    assert views.highlight(sentence, expression) == expected


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.org/a", "https://example.org/a"),
    (" HTTP://example.org ", "HTTP://example.org"),
    ("javascript:alert(1)", ""),
    ("data:text/html,<b>x</b>", ""),
    ("", ""),
    (None, ""),
])
def test_safe_url_keeps_only_web_links(url: object, expected: str) -> None:
    assert views.safe_url(url) == expected


def test_detail_drops_unsafe_links(crisis: pd.DataFrame) -> None:
    frame = crisis.assign(url=crisis["url"].where(crisis["article_id"] != "a2", "javascript:alert(1)"))
    got = views.detail(frame, "e1")
    assert got is not None
    assert sorted(got.sources["url"]) == ["", "https://example.org/a1"]


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        # an explicit day wins over a headline dated only by publication two days later
        ([("2025-04-01", "2025-04-01", "relative"), ("2025-04-03", "2025-04-03", "publication")],
         ("2025-04-01", "2025-04-01")),
        # two explicit readings that agree narrow to where they overlap
        ([("2025-04-01", "2025-04-30", "relative"), ("2025-04-07", "2025-04-13", "relative")],
         ("2025-04-07", "2025-04-13")),
        # explicit readings that disagree keep the span of all of them, honestly wide
        ([("2025-04-01", "2025-04-01", "explicit"), ("2025-04-05", "2025-04-05", "relative")],
         ("2025-04-01", "2025-04-05")),
        # only publication dates: the span of all of them
        ([("2025-04-02", "2025-04-02", "publication"), ("2025-04-04", "2025-04-04", "publication")],
         ("2025-04-02", "2025-04-04")),
    ],
    ids=["explicit-beats-publication", "explicit-intersection", "disagreeing-union", "publication-only"],
)
def test_event_date_prefers_mentions_dated_by_their_words(dates: list[tuple[str, str, str]],
                                                          expected: tuple[str, str]) -> None:
    rows = [{"event_id": "e1", "date_start": s, "date_end": e, "date_basis": b, "article_id": f"a{i}",
             "date_precision": "day" if s == e else "month", "confidence": 0.9 if b == "publication" else 0.5,
             "date_text": "" if b == "publication" else "then"}
            for i, (s, e, b) in enumerate(dates)]
    event = views.events_of(mentions_frame(rows)).iloc[0]
    assert (str(event["date_start"].date()), str(event["date_end"].date())) == expected
    if any(b != "publication" for _, _, b in dates):
        assert event["date_basis"] != "publication"  # the representative mention is one dated by its words


def test_the_view_needs_only_view_columns() -> None:
    """A store's view reads `VIEW_COLUMNS` only: its events, hover texts, figure, table, picker and filters
    (the search text aside: the store matches it) are those of the full mentions."""
    from dataclasses import replace

    from timeline import schema
    from timeline.present import figures
    from timeline.store.synthetic import synthetic_events

    full = synthetic_events(3_000, seed=11, n_actors=12)
    narrow = full[list(views.VIEW_COLUMNS)]
    assert set(views.VIEW_COLUMNS) < set(schema.COLUMN_NAMES) and "sentence" not in views.VIEW_COLUMNS
    wide, slim = hover.with_hover(views.events_of(full)), hover.with_hover(views.events_of(narrow))
    assert set(wide.columns) - set(slim.columns) == {c for c in schema.COLUMN_NAMES if c not in views.VIEW_COLUMNS}
    pd.testing.assert_frame_equal(wide[list(slim.columns)], slim, check_exact=True)
    pd.testing.assert_frame_equal(views.table(wide), views.table(slim))
    assert views.pick_label(wide) == views.pick_label(slim)
    assert figures.timeline_figure(wide).to_json() == figures.timeline_figure(slim).to_json()
    actor = str(full["actor"].iloc[0])
    for chosen in (Filters(), Filters(actors=(actor,), min_sources=2, modalities=schema.MODALITIES),
                   Filters(outlets=(str(full["outlet"].iloc[0]),), text="x"),
                   Filters(articles=tuple(full["article_id"].iloc[:50]), types=("statement",))):
        plain = replace(chosen, text="")
        assert ids(apply_filters(slim, plain, narrow)) == ids(apply_filters(wide, plain, full))


@pytest.mark.parametrize(("reason", "origin"), [
    ("same type designation (listing), actor United States; target Cartel de los Soles; 2 mentions from 2 "
     "article(s); headline from mention m-1 (a2), the best of 2: names the target, a clause, 2 names or figures, "
     "7 content words", "from mention m-1 (a2), the best of 2: names the target, a clause, 2 names or figures, "
     "7 content words"),
    ("same type statement (statement), actor Donald Trump; same day 2025-10-15; 2 mentions from 2 article(s)",
     "the same in every mention"),
    ("", "its only mention's"),
], ids=["chosen", "all-alike", "alone"])
def test_headline_origin_says_which_mention_the_headline_comes_from(reason: str, origin: str) -> None:
    assert views.headline_origin(reason) == origin
