"""HTML and Markdown -> article text and metadata (trafilatura for HTML; front matter for Markdown)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.errors import InputError
from timeline.ingest import html as ingest_html


@pytest.mark.parametrize(
    ("source", "text_has", "text_lacks", "title", "published"),
    [
        ("# Strike on depot\n\nJets **struck** a [depot](https://x.example) on *Monday*.\n",
         "Jets struck a depot on Monday.", ["**", "](", "#"], "Strike on depot", None),
        ("---\ntitle: 'Talks resume'\ndate: 2023-07-14\noutlet: Wire\n---\nDiplomats met in Doha on Friday.\n",
         "Diplomats met in Doha on Friday.", ["---", "title:"], "Talks resume", date(2023, 7, 14)),
        ("---\npublished: not a date\n---\n> Troops crossed the river, the army said.\n",
         "Troops crossed the river, the army said.", ["> ", "published"], "", None),
        ("Plain text with a snake_case_word and 2*3 maths stays.\n",
         "snake_case_word and 2*3 maths", [], "", None),
        ("<div>Embedded <b>HTML</b> tags are dropped, words kept.</div>\n",
         "Embedded HTML tags are dropped, words kept.", ["<b>", "<div>"], "", None),
    ],
)
def test_markdown(source: str, text_has: str, text_lacks: list[str], title: str, published: date | None) -> None:
    out = ingest_html.from_markdown(source, where="a.md")
    assert text_has in out.text
    assert not any(mark in out.text for mark in text_lacks)
    assert out.title == title and out.published == published
    assert out.date_source == ("front matter" if published else "")


def test_markdown_with_only_front_matter_is_refused() -> None:
    with pytest.raises(InputError, match=r"a\.md: holds no text after its front matter"):
        ingest_html.from_markdown("---\ntitle: x\n---\n\n", where="a.md")


PAGE = """<html><head><title>Ceasefire announced - Example</title>
<meta name="date" content="2024-01-09"><meta property="og:site_name" content="Example">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-01-09"}</script>
<style>p { color: red }</style></head><body>
<header>Subscribe now</header><main><article><h1>Ceasefire announced</h1>
<p>Both sides agreed to a ceasefire on Tuesday, mediators said in a statement.</p>
<p>{extra}</p></article></main><aside>Most read: celebrity news</aside></body></html>"""


def test_html_keeps_the_article_and_drops_the_rest() -> None:
    out = ingest_html.from_html(PAGE.replace("{extra}", "Monitors will arrive next week to observe the truce."),
                                where="p.html")
    assert "Both sides agreed to a ceasefire on Tuesday" in out.text and "Monitors will arrive" in out.text
    assert "Subscribe" not in out.text and "color: red" not in out.text and "NewsArticle" not in out.text
    assert (out.published, out.date_source, out.outlet) == (date(2024, 1, 9), "page metadata", "Example")
    assert "\n\n" in out.text  # paragraphs separated as in the plain-text articles


def test_html_without_a_date_in_its_markup_stays_undated() -> None:
    page = ("<html><head><title>Talks</title></head><body><article><p>Talks continued in Geneva on Monday, "
            "officials said, and more rounds are planned.</p><p>The next round opens on 3 March 2031.</p>"
            "</article></body></html>")
    out = ingest_html.from_html(page, where="t.html")
    assert out.published is None and out.date_source == ""  # a date in the prose is never the publication date


@pytest.mark.parametrize("name", ["a.txt", "b.TXT", "c", "d.text"])
def test_other_suffixes_are_kept_verbatim(name: str) -> None:
    assert ingest_html.convert(name, "Keep <b>this</b> as is.\n").text == "Keep <b>this</b> as is.\n"
