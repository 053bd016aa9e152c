"""Views: mentions -> events, filters, the URL form of filters, event details and safe text."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from timeline import views
from timeline.synthetic import mentions_frame
from timeline.views import Filters


@pytest.fixture
def crisis() -> pd.DataFrame:
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


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(), ["e1", "e2", "e4"]),  # planned e3 hidden by default
    (Filters(modalities=("asserted", "planned")), ["e1", "e2", "e3", "e4"]),
    (Filters(actors=("Russian Navy",)), ["e1", "e4"]),
    (Filters(countries=("Ukraine",)), ["e2"]),
    (Filters(countries=(views.UNKNOWN_COUNTRY,), modalities=("planned",)), ["e3"]),
    (Filters(types=("statement",)), ["e2"]),
    (Filters(date_from=date(2025, 3, 3), date_to=date(2025, 3, 31)), ["e2"]),
    (Filters(date_from=date(2025, 4, 15)), ["e4"]),  # a month range overlapping the window counts
    (Filters(min_sources=2), ["e1"]),
    (Filters(outlets=("Daily",)), ["e1"]),  # any mention's outlet
    (Filters(articles=("a3",)), ["e4"]),
    (Filters(text="black sea"), ["e1"]),  # words of the second mention's sentence
    (Filters(text="ukrainian condemned"), ["e2"]),  # every word must match, anywhere in the row
    (Filters(text="nothing like this"), []),
])
def test_apply_filters(crisis: pd.DataFrame, filters: Filters, expected: list[str]) -> None:
    assert ids(views.apply_filters(views.events_of(crisis), filters, crisis)) == expected


@pytest.mark.parametrize("filters", [
    Filters(),
    Filters(actors=("Russian Navy", "Iran, Islamic Republic of"), types=("statement",), text="ship & sea"),
    Filters(modalities=(), date_from=date(2025, 1, 1), date_to=date(2025, 2, 1), min_sources=3, event="e-9"),
    Filters(countries=("(unknown)",), outlets=("A+B",), articles=("x",), modalities=("denied",)),
])
def test_query_params_round_trip(filters: Filters) -> None:
    assert views.from_params(views.to_params(filters)) == filters


def test_default_view_has_an_empty_query_string() -> None:
    assert views.to_params(Filters()) == {}


def test_every_query_key_is_declared() -> None:
    full = Filters(actors=("a",), countries=("c",), types=("statement",), outlets=("o",), articles=("x",),
                   modalities=("denied",), date_from=date(2025, 1, 1), date_to=date(2025, 2, 1), text="t",
                   min_sources=2, event="e")
    assert set(views.to_params(full)) == set(views.PARAM_KEYS)


@pytest.mark.parametrize(("params", "expected"), [
    ({"from": "2025-13-45", "min_sources": "-2"}, Filters()),
    ({"type": ["statement", "bogus"], "status": "asserted"}, Filters(types=("statement",), modalities=("asserted",))),
    ({"actor": "Hamas", "q": " drones "}, Filters(actors=("Hamas",), text="drones")),
    ({"unknown": "x", "min_sources": "abc"}, Filters()),
])
def test_from_params_ignores_what_it_cannot_read(params: dict[str, str | list[str]], expected: Filters) -> None:
    assert views.from_params(params) == expected


def test_restrict_drops_choices_missing_from_the_data(crisis: pd.DataFrame) -> None:
    got = views.restrict(Filters(actors=("Russian Navy", "Gone Actor"), outlets=("Wire", "Old")),
                         views.events_of(crisis))
    assert got.actors == ("Russian Navy",)
    assert got.outlets == ("Wire",)


@pytest.mark.parametrize(("given", "expected"), [
    (Filters(date_from=date(2000, 1, 1), date_to=date(2030, 1, 1)), Filters()),
    (Filters(date_from=date(2025, 3, 20), date_to=date(2025, 3, 4)),
     Filters(date_from=date(2025, 3, 4), date_to=date(2025, 3, 20))),
    (Filters(date_from=date(2026, 1, 1)), Filters(date_from=date(2025, 4, 30))),
    (Filters(min_sources=40), Filters(min_sources=2)),
])
def test_restrict_keeps_dates_and_sources_inside_the_data(crisis: pd.DataFrame, given: Filters,
                                                          expected: Filters) -> None:
    assert views.restrict(given, views.events_of(crisis)) == expected


def test_choices_count_events(crisis: pd.DataFrame) -> None:
    options = views.choices(views.events_of(crisis), crisis)
    assert options["actors"]["Russian Navy"] == 2
    assert options["outlets"] == {"Wire": 2, "Gazette": 2, "Daily": 1}
    assert next(iter(options["countries"])) == "Russia"


@pytest.mark.parametrize(("filters", "must_say"), [
    (Filters(actors=("X",), text="y"), ["actor", "search text", "Reset"]),
    (Filters(modalities=("asserted",)), ["status", "planned, threatened"]),
    (Filters(), ["empty"]),
])
def test_empty_hint_names_the_narrowing_filters(filters: Filters, must_say: list[str]) -> None:
    hint = views.empty_hint(filters)
    for words in must_say:
        assert words in hint


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
     "&lt;script&gt;alert&#40;1&#41;&lt;/script&gt; <mark>on Monday</mark>"),
    ("Costs $5 and $6 *now* [x](javascript:y)", "",
     "Costs &#36;5 and &#36;6 &#42;now&#42; &#91;x&#93;&#40;javascript&#58;y&#41;"),
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


@pytest.mark.parametrize(("column", "values", "expected"), [
    (pd.Series(["e1", "e2", None, "e3"], dtype="string"), pd.Series(["e3", "e1"], dtype="string"),
     [True, False, False, True]),
    (pd.Series(["e1", "e2"], dtype=object), ["e2"], [False, True]),  # object columns and plain lists
    (pd.Series(["e1", "e2"], dtype="string"), [], [False, False]),
    (pd.Series([], dtype="string"), ["e1"], []),
    (pd.Series(["e1", "e2"], dtype="category"), pd.Series(["e1"]), [True, False]),
])
def test_among_is_isin_as_a_bool_array(column: pd.Series, values: object, expected: list[bool]) -> None:
    got = views.among(column, values)  # type: ignore[arg-type]
    assert got.dtype == bool and got.tolist() == expected
    assert got.tolist() == column.isin(list(values)).fillna(False).tolist()  # type: ignore[call-overload]
