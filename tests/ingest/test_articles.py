"""Ingest: folders of .txt/.md/.html articles with a manifest, and adding articles (file + manifest row)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.ingest import articles
from timeline.ingest.articles import add_article, add_text, load_folder, safe_stem

HTML_PAGE = """<!doctype html><html><head><title>Drills near Taiwan | Example News</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://example.org/drills">
<script>window.track = function () { document.write('tracking'); };</script></head>
<body><nav>Home | World | Sport</nav><article><h1>Drills near Taiwan</h1>
<p>China said on Tuesday it would hold drills near Taiwan next week, the defence ministry announced.</p>
<p>The navy moved three ships to the strait on Monday, officials said, and more units were expected.</p>
<script>alert('in the body')</script></article><footer>Copyright Example News</footer></body></html>
"""

MARKDOWN = """---
title: "Sudan: army moves on El Fasher"
date: 2024-05-04
outlet: Example Wire
url: https://example.org/sudan
---
# Army moves on El Fasher

Sudan's army **moved** artillery toward [El Fasher](https://example.org/map) on Friday, witnesses said.
"""


def _folder(tmp_path: Path, files: dict[str, str | bytes], manifest: str | None = None) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    if manifest is not None:
        (folder / "manifest.csv").write_text(manifest, encoding="utf-8")
    return folder


def test_html_and_markdown_are_reduced_to_their_text(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"drills.html": HTML_PAGE, "sudan.md": MARKDOWN})
    loaded = load_folder(folder)
    assert loaded.issues == []
    by_id = {a.id: a for a in loaded.articles}
    page = by_id["drills"]
    assert "China said on Tuesday it would hold drills" in page.text
    assert "alert" not in page.text and "tracking" not in page.text and "Copyright" not in page.text
    assert (page.published, page.date_source) == (date(2024, 3, 5), "page metadata")
    assert (page.title, page.outlet, page.url) == ("Drills near Taiwan", "Example News", "https://example.org/drills")
    md = by_id["sudan"]
    assert "Sudan's army moved artillery toward El Fasher on Friday" in md.text
    assert "**" not in md.text and "](" not in md.text and "title:" not in md.text
    assert (md.published, md.date_source, md.outlet) == (date(2024, 5, 4), "front matter", "Example Wire")


def test_manifest_wins_over_page_metadata(tmp_path: Path) -> None:
    manifest = "file,title,outlet,url,published\ndrills.html,Own title,Own outlet,,2024-03-07\n"
    loaded = load_folder(_folder(tmp_path, {"drills.html": HTML_PAGE}, manifest))
    article = loaded.articles[0]
    assert (article.title, article.outlet, article.published, article.date_source) == (
        "Own title", "Own outlet", date(2024, 3, 7), "manifest")


def test_dateline_still_dates_plain_text(tmp_path: Path) -> None:
    loaded = load_folder(_folder(tmp_path, {"a.txt": "Headline\nPublished: Dec 1, 2025\n\nTroops moved.\n"}))
    assert (loaded.articles[0].published, loaded.articles[0].date_source) == (date(2025, 12, 1), "dateline")


@pytest.mark.parametrize(("text", "published", "source", "warning"), [
    ("Curfew extended\nby Jane Doe, The Hill - 07/09/24 10:05 AM ET\n\nTroops stayed.\n", date(2024, 7, 9),
     "dateline", ""),
    ("Curfew extended\nPublished Mar 3, 2024 Updated Mar 5, 2024\n\nTroops stayed.\n", date(2024, 3, 3), "dateline",
     ""),
    ("Curfew extended\nLast updated: 5 March 2024\n\nTroops stayed.\n", date(2024, 3, 5), "dateline (last update)", ""),
    ("Curfew extended\nby Ravi Rao, Agency - 07/09/24 10:05\n\nTroops stayed.\n", None, "",
     "its dateline date '07/09/24' can be read as 2024-07-09 or 2024-09-07"),
    ("Curfew extended\nJAMMU, May 8 - Troops stayed.\n", None, "", "its dateline 'May 8' gives no year"),
    ("Curfew extended\n\nTroops stayed.\n", None, "", "has no publication date in the manifest or its text"),
])
def test_date_read_from_the_text_or_why_not(tmp_path: Path, text: str, published: date | None, source: str,
                                            warning: str) -> None:
    loaded = load_folder(_folder(tmp_path, {"a.txt": text}))
    article = loaded.articles[0]
    assert (article.published, article.date_source) == (published, source)
    undated = [str(i) for i in loaded.issues if "no publication date" in str(i)]
    if warning:  # still listed, with the fix
        assert len(undated) == 1 and warning in undated[0] and "add its date to manifest.csv" in undated[0]
    else:
        assert undated == []


def test_same_id_in_two_formats_keeps_the_first(tmp_path: Path) -> None:
    loaded = load_folder(_folder(tmp_path, {"x.html": HTML_PAGE, "x.txt": "Other text about ships.\n"}))
    assert [a.path.endswith("x.html") for a in loaded.articles] == [True]
    assert any("same article id (x)" in str(i) and "rename one" in str(i) for i in loaded.issues)


@pytest.mark.parametrize(
    ("name", "stem"),
    [("../../etc/passwd", "passwd"), ("My Article (final).txt", "My-Article-final"), ("..txt", "article"),
     ("C:\\Users\\me\\report.html", "report"), ("ok_name-1.md", "ok_name-1"), ("", "article")],
)
def test_safe_stem(name: str, stem: str) -> None:
    assert safe_stem(name) == stem


def test_add_article_writes_text_and_manifest_row(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"old.txt": "Old article.\n"},
                     "file,title,outlet,url,published,date_evidence\nold.txt,Old,,,2024-01-01,kept as is\n")
    added = add_article(folder, "drills.html", HTML_PAGE.encode("utf-8"))
    assert added.path == folder / "drills.txt" and added.issues == []
    assert added.article.published == date(2024, 3, 5) and added.article.date_source == "page metadata"
    with (folder / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0] == {"file": "old.txt", "title": "Old", "outlet": "", "url": "", "published": "2024-01-01",
                       "date_evidence": "kept as is", "source_file": ""}
    assert rows[1]["file"] == "drills.txt" and rows[1]["published"] == "2024-03-05"
    assert rows[1]["source_file"] == "drills.html" and rows[1]["outlet"] == "Example News"
    again = {a.id: a for a in load_folder(folder).articles}
    assert again["drills"].text == added.article.text and again["drills"].published == date(2024, 3, 5)


def test_given_date_and_metadata_win(tmp_path: Path) -> None:
    added = add_article(tmp_path / "new", "drills.html", HTML_PAGE.encode("utf-8"), published=date(2024, 3, 6),
                        outlet="Wire", url="https://wire.example/x", title="Mine")
    assert (added.article.published, added.article.date_source) == (date(2024, 3, 6), "given")
    assert (added.article.title, added.article.outlet, added.article.url) == ("Mine", "Wire", "https://wire.example/x")


def test_add_text_names_the_paste_and_warns_when_undated(tmp_path: Path) -> None:
    added = add_text(tmp_path, "Troops massed at the border on Monday.\n", title="Border: troops mass!")
    assert added.path.name.startswith("border-troops-mass-") and added.path.suffix == ".txt"
    assert added.article.published is None
    assert len(added.issues) == 1 and "no publication date" in str(added.issues[0])


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("empty.txt", b"  \n", "is empty"),
        ("blob.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "looks binary"),
        ("cp1252.txt", "Caf\u00e9 talks".encode("cp1252"), "is not UTF-8 (byte 0xe9 on line 1)"),
        ("big.txt", b"x" * 2_000, "over the 1,000-byte limit"),
        ("shell.html", b"<html><body><script>alert(1)</script><div id=app></div></body></html>", "no article text"),
        ("sheet.xlsx", b"PK\x03\x04", "not an article format"),
    ],
)
def test_add_refuses_bad_input_and_writes_nothing(tmp_path: Path, name: str, data: bytes, fragment: str) -> None:
    folder = _folder(tmp_path, {"keep.txt": "Kept article.\n"})
    with pytest.raises(InputError, match=None) as caught:
        add_article(folder, name, data, max_bytes=1_000)
    assert fragment in caught.value.message and name in caught.value.message and "Fix:" in caught.value.message
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt"]


def test_add_refuses_a_duplicate(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"one.txt": "Ships moved north.\n"})
    with pytest.raises(InputError, match=r"same text as the article one\.txt"):
        add_article(folder, "copy.txt", b"Ships moved north.\n")
    with pytest.raises(InputError, match="an article with the id one exists"):
        add_article(folder, "one.md", b"Different words entirely.\n")


def test_failed_manifest_write_removes_the_new_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path, {"one.txt": "Ships moved north.\n"}, "file,title,outlet,url,published\n")

    def crash(folder: Path, row: dict[str, str]) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(articles, "append_manifest_row", crash)
    with pytest.raises(OSError):
        add_article(folder, "two.txt", b"Jets flew south.\n")
    assert sorted(p.name for p in folder.iterdir()) == ["manifest.csv", "one.txt"]
    assert (folder / "manifest.csv").read_text() == "file,title,outlet,url,published\n"


def test_unreadable_manifest_is_never_overwritten(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"one.txt": "Ships moved north.\n"})
    (folder / "manifest.csv").write_bytes("file,title\none.txt,Caf\u00e9\n".encode("cp1252"))
    with pytest.raises(InputError, match=r"manifest\.csv: is not UTF-8"):
        add_article(folder, "two.txt", b"Jets flew south.\n")
    assert not (folder / "two.txt").exists()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<script>", "file:///etc/passwd", "ftp://x"])
def test_only_web_addresses_are_kept(tmp_path: Path, url: str) -> None:
    with pytest.raises(InputError, match="not a web address"):
        add_article(tmp_path, "a.txt", b"Ships moved north.\n", url=url)
    manifest = f"file,title,outlet,url,published\na.txt,,,\"{url}\",2024-01-01\n"
    loaded = load_folder(_folder(tmp_path, {"a.txt": "Ships moved north.\n"}, manifest))
    assert loaded.articles[0].url == ""
    assert any("field url" in str(i) and "Fix: write the article's address" in str(i) for i in loaded.issues)


def test_web_address_is_kept(tmp_path: Path) -> None:
    added = add_article(tmp_path, "a.txt", b"Ships moved north.\n", url="https://example.org/a?b=1")
    assert added.article.url == "https://example.org/a?b=1"
