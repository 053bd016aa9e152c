"""The row cache: exact round trip, keyed by content and by code/registry version, robust to damage."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from tests.build.test_runner import fake_extract, fake_merge, make_articles, never_called
from timeline.build import cache
from timeline.build import runner as build
from timeline.build.cache import RowCache
from timeline.ingest.articles import Article


@pytest.fixture
def article() -> Article:
    return make_articles(3)[2]


def test_rows_round_trip_exactly(tmp_path: Path, article: Article) -> None:
    rows = fake_extract(article)
    store = RowCache(tmp_path, version="v1")
    store.put(article, rows)
    assert store.get(article) == rows
    assert isinstance(rows[0]["date_start"], date)
    assert (store.stats.hits, store.stats.writes) == (1, 1)


def test_no_rows_is_a_hit_not_a_miss(tmp_path: Path, article: Article) -> None:
    store = RowCache(tmp_path, version="v1")
    store.put(article, [])
    assert store.get(article) == []


@pytest.mark.parametrize(
    "change",
    [{"text": "Other text.\n"}, {"published": date(2030, 1, 1)}, {"title": "New title"}, {"outlet": "BBC"},
     {"url": "https://example.org/x"}, {"id": "renamed"}],
    ids=["text", "published", "title", "outlet", "url", "id"],
)
def test_any_change_the_extractor_reads_misses(tmp_path: Path, article: Article, change: dict[str, object]) -> None:
    store = RowCache(tmp_path, version="v1")
    store.put(article, fake_extract(article))
    fields = {**article.__dict__, **change}
    assert store.get(Article(**fields)) is None  # type: ignore[arg-type]


def test_another_version_starts_empty(tmp_path: Path, article: Article) -> None:
    RowCache(tmp_path, version="v1").put(article, fake_extract(article))
    assert RowCache(tmp_path, version="v2").get(article) is None


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"article_id": "someone-else", "rows": []}', b"[1, 2]"],
                         ids=["empty", "truncated", "other-article", "not-an-object"])
def test_a_damaged_entry_is_a_miss(tmp_path: Path, article: Article, damage: bytes) -> None:
    store = RowCache(tmp_path, version="v1")
    store.put(article, fake_extract(article))
    store.path(article).write_bytes(damage)
    assert store.get(article) is None
    store.put(article, fake_extract(article))
    assert store.get(article) == fake_extract(article)


def test_writes_leave_no_temporary_files(tmp_path: Path) -> None:
    store = RowCache(tmp_path, version="v1")
    for a in make_articles(5):
        store.put(a, fake_extract(a))
    names = [p.name for p in tmp_path.rglob("*") if p.is_file()]
    assert len(names) == 5 and all(n.endswith(".json") and not n.startswith(".") for n in names)


def _package(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


FLAT = {  # a small package whose unit of work imports some modules and not others
    "pkg/__init__.py": "",
    "pkg/rows.py": "from pkg import events\ndef run():\n    from pkg.rules import RULES  # deferred, still counts\n",
    "pkg/events.py": "from . import lexicon\n",
    "pkg/lexicon.py": "WORDS = 1\n",
    "pkg/rules.py": "RULES = 1\n",
    "pkg/figures.py": "from pkg import events\nCOLOURS = 1\n",
}


def test_code_fingerprint_follows_what_extraction_imports(tmp_path: Path) -> None:
    _package(tmp_path, FLAT)
    assert set(cache.imported_modules("pkg.rows", tmp_path)) == {"pkg", "pkg.rows", "pkg.events", "pkg.lexicon",
                                                                  "pkg.rules"}
    before = cache.code_fingerprint("pkg.rows", tmp_path)
    (tmp_path / "pkg/figures.py").write_text("from pkg import events\nCOLOURS = 2\n")
    assert cache.code_fingerprint("pkg.rows", tmp_path) == before  # downstream of extraction
    (tmp_path / "pkg/rules.py").write_text("RULES = 2\n")
    assert cache.code_fingerprint("pkg.rows", tmp_path) != before


@pytest.mark.parametrize("test", ["TYPE_CHECKING", "typing.TYPE_CHECKING"])
def test_imports_only_type_checkers_read_are_not_in_the_key(tmp_path: Path, test: str) -> None:
    """`if TYPE_CHECKING:` never runs (the package's `__init__` lists every public module there); its `else` does."""
    lazy = (f"import typing\nfrom typing import TYPE_CHECKING\nif {test}:\n    from pkg import figures\n"
            "else:\n    import pkg.rules\n")
    _package(tmp_path, FLAT | {"pkg/__init__.py": lazy, "pkg/rows.py": "from pkg import events\n"})
    assert set(cache.imported_modules("pkg.rows", tmp_path)) == {"pkg", "pkg.rows", "pkg.events", "pkg.lexicon",
                                                                  "pkg.rules"}


def test_moving_a_module_into_a_sub_package_keeps_it_in_the_key(tmp_path: Path) -> None:
    """The set of sources in the key comes from the imports, not from file names: after a move (with its imports
    updated) the same code is in the key, so no module silently drops out and stale rows are never reused."""
    _package(tmp_path / "flat", FLAT)
    moved = dict(FLAT)
    del moved["pkg/lexicon.py"]
    moved |= {"pkg/extract/__init__.py": "", "pkg/extract/lexicon.py": FLAT["pkg/lexicon.py"],
              "pkg/events.py": "from pkg.extract import lexicon\n"}
    _package(tmp_path / "nested", moved)

    def sources(root: Path) -> set[str]:
        return {path.read_text(encoding="utf-8") for name, path in cache.imported_modules("pkg.rows", root).items()
                if name not in {"pkg.events", "pkg.extract"}}  # the module whose import line changed, the new package

    assert sources(tmp_path / "flat") == sources(tmp_path / "nested")
    assert "pkg.extract.lexicon" in cache.imported_modules("pkg.rows", tmp_path / "nested")


EXTRACTION = {"timeline.extract.rows", "timeline.extract.events", "timeline.timex.temporal", "timeline.nlp.pipeline",
              "timeline.extract.lexicon", "timeline.extract.triggers", "timeline.extract.actors.resolve",
              "timeline.ingest.articles", "timeline.extract.actors.registry"}
DOWNSTREAM = {"timeline.merge", "timeline.present.figures", "timeline.present.views", "timeline.export.tables",
              "timeline.export.page", "timeline.export.brief", "timeline.store.query", "timeline.curation",
              "timeline.build.cache", "timeline.build.runner", "timeline.store.dataset", "timeline.store.workspace"}


def test_the_key_holds_what_the_extractor_imports_and_nothing_downstream() -> None:
    modules = set(cache.imported_modules(cache.EXTRACTION_ENTRY))
    assert modules >= EXTRACTION
    assert not modules & DOWNSTREAM, "a downstream module would make cached rows and the store look stale"


def test_the_merge_key_is_the_merge_code_beyond_extraction() -> None:
    assert cache.merge_fingerprint() == cache.merge_fingerprint()  # once per process
    assert "timeline.merge" in cache.imported_modules(cache.MERGE_ENTRY)


class _Registry:
    def __init__(self, aliases: dict[str, str]) -> None:
        self.aliases = aliases


def test_registry_fingerprint_changes_with_the_registry(tmp_path: Path) -> None:
    one = cache.registry_fingerprint(_Registry({"Putin": "Vladimir Putin"}))  # type: ignore[arg-type]
    same = cache.registry_fingerprint(_Registry({"Putin": "Vladimir Putin"}))  # type: ignore[arg-type]
    other = cache.registry_fingerprint(_Registry({"Xi": "Xi Jinping"}))  # type: ignore[arg-type]
    assert one == same != other
    actors, countries = tmp_path / "actors.csv", tmp_path / "countries.csv"
    actors.write_text("name,country\nVladimir Putin,Russia\n")
    default = cache.registry_fingerprint(None, (actors, countries))
    other = tmp_path / "other.csv"
    other.write_text("name,country\nXi Jinping,China\n")
    assert cache.registry_fingerprint(None, (other, countries)) != default
    more_countries = tmp_path / "more_countries.csv"
    more_countries.write_text("name\nChina\n")
    assert cache.registry_fingerprint(None, (actors, more_countries)) != default


def test_version_key_is_stable() -> None:
    assert cache.version_key() == cache.version_key() and len(cache.version_key()) == 16


# --- the pack: a whole unchanged build in one file ----------------------------------------------------


def _built(tmp_path: Path, articles: list[Article]) -> RowCache:
    store = RowCache(tmp_path, version="v1")
    build.build_events(articles, cache=store, extract=fake_extract, merge=fake_merge)
    return store


def test_an_unchanged_archive_is_read_from_the_pack_alone(tmp_path: Path) -> None:
    articles = make_articles(6)
    first = build.build_events(articles, cache=_built(tmp_path, articles), extract=fake_extract, merge=fake_merge)
    for entry in (tmp_path / "v1").glob("*/*.json"):
        entry.unlink()  # only the pack is left
    again = build.build_events(articles, cache=RowCache(tmp_path, version="v1"), extract=never_called,
                               merge=fake_merge)
    pd.testing.assert_frame_equal(again, first)


@pytest.mark.parametrize("change", ["reordered", "one-less", "one-more"])
def test_another_article_list_skips_the_pack(tmp_path: Path, change: str) -> None:
    articles = make_articles(6)
    store = _built(tmp_path, articles)
    other = {"reordered": articles[::-1], "one-less": articles[:-1], "one-more": make_articles(7)}[change]
    assert store.read_pack(other) is None
    assert store.read_pack(articles) is not None


@pytest.mark.parametrize("damage", ["index-missing", "index-garbled", "rows-truncated", "count-differs"])
def test_a_damaged_pack_is_not_used(tmp_path: Path, damage: str) -> None:
    articles = make_articles(6)
    store = _built(tmp_path, articles)
    index, rows = tmp_path / "v1" / cache.PACK_INDEX, tmp_path / "v1" / cache.PACK_ROWS
    if damage == "index-missing":
        index.unlink()
    elif damage == "index-garbled":
        index.write_text("{")
    elif damage == "rows-truncated":
        rows.write_bytes(rows.read_bytes()[:100])
    else:
        index.write_text(json.dumps({"hashes": [a.content_hash for a in articles], "rows": 1}))
    assert store.read_pack(articles) is None
    again = build.build_events(articles, cache=RowCache(tmp_path, version="v1"), extract=never_called,
                               merge=fake_merge)  # the per-article entries still answer
    assert len(again) == sum(len(fake_extract(a)) for a in articles)


def test_an_unchanged_archive_reuses_its_merge(tmp_path: Path) -> None:
    articles = make_articles(6)
    first = build.build_events(articles, cache=RowCache(tmp_path, version="v1"), extract=fake_extract)
    store = RowCache(tmp_path, version="v1")
    merged = store.read_merged(articles, cache.merge_fingerprint())
    assert merged is not None  # the real merge's result was kept beside the pack
    packed = store.read_pack(articles)
    assert packed is not None
    pd.testing.assert_frame_equal(merged, build.merge_mentions(packed))
    again = build.build_events(articles, cache=RowCache(tmp_path, version="v1"), extract=never_called)
    pd.testing.assert_frame_equal(again, first)


@pytest.mark.parametrize("stale", ["other-merge-code", "other-articles", "rows-truncated"])
def test_a_stale_or_damaged_merge_is_not_used(tmp_path: Path, stale: str) -> None:
    articles = make_articles(6)
    first = build.build_events(articles, cache=RowCache(tmp_path, version="v1"), extract=fake_extract)
    store = RowCache(tmp_path, version="v1")
    key = cache.merge_fingerprint()
    if stale == "other-merge-code":
        key = "another-merge"
    elif stale == "other-articles":
        articles = articles[:-1]
    else:
        path = tmp_path / "v1" / cache.MERGED_ROWS
        path.write_bytes(path.read_bytes()[:100])
    assert store.read_merged(articles, key) is None
    if stale == "rows-truncated":  # the build merges again and repairs the stored merge
        again = build.build_events(articles, cache=RowCache(tmp_path, version="v1"), extract=never_called)
        pd.testing.assert_frame_equal(again, first)
        assert store.read_merged(articles, cache.merge_fingerprint()) is not None
