"""The chronology brief: periods said as such, Markdown that stays text, the seed data's brief for each view."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pandas as pd
import pytest
from markdown_it import MarkdownIt

from tests.fixtures import ROOT
from tests.test_schema import frame, one_row
from timeline import schema
from timeline.export import brief
from timeline.present import views
from timeline.store import tables as store
from timeline.store.query import Filters, apply_filters

SEED = ROOT / "data" / "events.parquet"
HOSTILE = "<script>alert(1)</script> **bold** [link](javascript:alert(2)) <img src=x onerror=alert(3)> &amp; `code`"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# what a CommonMark renderer may make of a brief: its headings, paragraphs, quotations, emphasis and source links
ALLOWED_TAGS = {"h1", "h2", "p", "strong", "blockquote", "a"}


class Tags(HTMLParser):
    """The tags, link addresses and text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag != "a" and tag != "strong":  # a block starts: its text is apart from the one before
            self.text.append(" ")
        self.hrefs += [v or "" for k, v in attrs if k == "href"]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(fragment: str) -> Tags:
    tags = Tags()
    tags.feed(fragment)
    return tags


def rendered(markdown: str) -> Tags:
    """The brief as a CommonMark renderer shows it (raw HTML allowed, as most renderers do)."""
    return parsed(MarkdownIt("commonmark", {"html": True}).render(markdown))


def visible(tags: Tags) -> str:
    return " ".join("".join(tags.text).split())


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    return store.read_table(SEED)


@pytest.mark.parametrize(("start", "end", "precision", "said"), [
    ("2025-11-05", "2025-11-05", "day", "Wed 5 Nov 2025"),
    ("2025-11-10", "2025-11-16", "week", "Week of 10 Nov 2025"),
    ("2025-11-08", "2025-11-09", "day", "Weekend of 8 Nov 2025"),
    ("2025-11-01", "2025-11-30", "month", "November 2025"),
    ("2025-02-01", "2025-02-28", "day", "February 2025"),  # a merged event may keep a day's precision
    ("2025-09-01", "2025-11-30", "season", "Autumn 2025"),
    ("2024-12-01", "2025-02-28", "season", "Winter 2024–25"),
    ("2025-10-01", "2025-12-31", "quarter", "Q4 2025"),
    ("2025-01-01", "2025-12-31", "year", "2025"),
    ("2020-01-01", "2029-12-31", "decade", "2020s"),
    ("2025-08-25", "2025-08-27", "day", "25–27 Aug 2025"),
    ("2025-11-03", "2025-12-02", "week", "3 Nov – 2 Dec 2025"),
    ("2024-12-28", "2025-01-03", "day", "28 Dec 2024 – 3 Jan 2025"),
])
def test_each_period_is_said_as_such(start: str, end: str, precision: str, said: str) -> None:
    assert brief.period_text(pd.Timestamp(start), pd.Timestamp(end), precision) == said


@pytest.mark.parametrize(("text", "escaped"), [
    ("Maduro said: no", "Maduro said: no"),
    ("*strong* _em_ `code`", r"\*strong\* \_em\_ \`code\`"),
    ("[x](https://evil.example)", r"\[x\](https\://evil.example)"),
    ("<b>bold</b> & AT&T &amp;", r"\<b\>bold\</b\> & AT&T \&amp;"),
    ("see www.example.com or http://x.example", r"see www\.example.com or http\://x.example"),
    ("write to a@b.example", r"write to a\@b.example"),
    ("# not a heading | ~~no~~ $x$ \\", r"\# not a heading \| \~\~no\~\~ \$x\$ \\"),
    ("two\nlines\r\n\tand  spaces", "two lines and spaces"),
])
def test_markdown_escapes_what_could_become_markup(text: str, escaped: str) -> None:
    assert brief.md_escape(text) == escaped
    assert visible(rendered(escaped)) == " ".join(text.split())  # and a renderer shows the text as written


@pytest.mark.parametrize("view", [
    Filters(),
    Filters(modalities=schema.MODALITIES),
    Filters(actors=("Donald Trump", "Nicolás Maduro")),
    Filters(types=("designation",), date_from=date(2025, 9, 1)),
    Filters(text="caribbean"),
    Filters(countries=("Venezuela",), min_sources=2),
], ids=["default", "every-status", "two-actors", "designations-since-september", "text", "venezuela-2-sources"])
def test_seed_brief_lists_every_event_shown_in_date_order(seed: pd.DataFrame, view: Filters) -> None:
    shown = apply_filters(views.events_of(seed), view, seed)
    text = brief.to_markdown(seed, filters=view)
    quotes = views.mention_sources(seed)
    blocks = text.split("\n\n")
    found: list[tuple[int, pd.Timestamp]] = []
    for event in shown.itertuples(index=False):
        line = f"**{brief.md_escape(views.headline(event))}** — {brief.md_escape(str(event.actor))}"
        shortest = min((m["sentence"] for m in quotes[str(event.event_id)]), key=len)
        quote = f"> “{brief.md_escape(shortest.strip())}”"
        at = [i for i, b in enumerate(blocks) if b.startswith(line) and blocks[i + 1].startswith(quote)]
        assert len(at) == 1, (event.event_id, line)
        found.append((at[0], event.date_start))
    assert sum(b.startswith("**") for b in blocks) == len(shown)  # no event that is not shown
    starts = [start for _, start in sorted(found)]
    assert starts == sorted(starts)  # in date order
    assert f"Chronology of {len(shown)} event" in text and f"Filters: {brief.md_escape(brief.describe(view))}." in text
    html = rendered(text)
    assert set(html.tags) <= ALLOWED_TAGS
    assert not [line for line in text.splitlines() if line.startswith(FORMULA_START)]


def test_the_seed_brief_is_plain_text_an_email_keeps(seed: pd.DataFrame) -> None:
    text = brief.to_markdown(seed, filters=Filters())
    assert text.startswith("# Crisis timeline\n\nChronology of ") and text.endswith("\n") and "\n\n\n" not in text
    assert not re.search(r"<[a-z/]", text)
    # every day or period heading once, in order
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert len(headings) == len(set(headings))


def test_hostile_text_stays_text_in_markdown_and_html() -> None:
    mentions = frame(
        one_row(summary=HOSTILE, actor="=cmd|' /C calc'!A0", target="<b>Cartel</b>", sentence=HOSTILE + ".",
                outlet="@Outlet <i>", title="[t](javascript:x)", url="javascript:alert(4)"),
        one_row(event_id="e-2", mention_id="m-2", summary="+SUM(1)", sentence="-1 www.example.com a@b.example",
                url="https://example.org/a?x=(1)b", outlet="Wire"),  # (a URL with a space is no link at all)
    )
    view = Filters(actors=("=cmd|' /C calc'!A0", "United States"))
    text = brief.to_markdown(mentions, title="Brief <script>", filters=view)
    html = rendered(text)
    assert set(html.tags) <= ALLOWED_TAGS
    assert html.hrefs == ["https://example.org/a?x=%281%29b"]  # only the checked source link, quoted
    shown = visible(html)
    for literal in (HOSTILE, "=cmd|' /C calc'!A0 → <b>Cartel</b>", "@Outlet <i>", "Brief <script>",
                    "Filters: actor =cmd|' /C calc'!A0 or United States", "www.example.com a@b.example"):
        assert literal in shown
    assert not [line for line in text.splitlines() if line.startswith(FORMULA_START)]
    fragment = parsed(brief.to_html(mentions, title="Brief <script>", filters=view))
    assert set(fragment.tags) <= {"h2", "h3", "p", "strong", "blockquote", "a"}
    assert fragment.hrefs == ["https://example.org/a?x=(1)b"]
    assert visible(fragment) == shown  # the HTML says what the Markdown says


def test_a_line_says_status_sources_dating_and_curation() -> None:
    mentions = frame(
        one_row(event_id="e-p", mention_id="m-1", modality="planned", date_basis="publication", date_text="",
                target="Venezuela", summary="US plans strikes", article_id="a1", sentence="A long sentence here.",
                curated=True),
        one_row(event_id="e-p", mention_id="m-2", modality="planned", date_basis="publication", date_text="",
                target="Venezuela", article_id="a2", sentence="Short one.", outlet="AP",
                url="https://example.org/ap", published="2025-10-16", sources=2),
    )
    text = brief.to_markdown(mentions)
    line = ("**US plans strikes** — United States → Venezuela · planned · 2 sources · dated only by its article's "
            "publication · curated")
    assert line in text
    assert "> “Short one.”\n>\n> — [AP](https://example.org/ap), 16 Oct 2025; T, 18 Oct 2025" in text
    assert "Filters: none (every event, every status)." in text


@pytest.mark.parametrize(("view", "said"), [
    (None, "none (every event, every status)"),
    (Filters(modalities=schema.MODALITIES), "none (every event, every status)"),
    (Filters(), "status asserted or claimed"),
    (Filters(actors=("A", "B"), types=("statement",), modalities=()), "actor A or B; type statement; status none"),
    (Filters(date_from=date(2025, 10, 1), date_to=date(2025, 11, 3), text="  two   words ", min_sources=3,
             modalities=schema.MODALITIES), "from 1 Oct 2025; to 3 Nov 2025; text “two words”; at least 3 sources"),
])
def test_filters_are_said_in_words(view: Filters | None, said: str) -> None:
    assert brief.describe(view) == said


def test_an_empty_view_still_gives_a_brief() -> None:
    text = brief.to_markdown(schema.empty_frame(), filters=Filters())
    assert "Chronology of 0 events (0 mentions) from 0 articles." in text and "## " not in text
