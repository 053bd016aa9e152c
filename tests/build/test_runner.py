"""The build step: every runner (serial, process pool, cache) gives the same rows in article order.

The per-article function and the merge are passed in, so these tests use small hand-made fakes
(`fake_extract`, `fake_merge`) and never depend on the real extractor's output.
"""

from __future__ import annotations

import os
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from tests.fixtures import ROOT
from timeline import schema
from timeline.build import runner as build
from timeline.build.cache import RowCache
from timeline.errors import TimelineError
from timeline.extract.actors.registry import Registry
from timeline.extract.rows import article_mentions, batch_mentions
from timeline.ingest.articles import Article

_TRIGGER = re.compile(r"[^.\n]*\b(?:deployed|sent|moved)\b[^.\n]*\.")


def fake_extract(article: Article, registry: Registry | None = None) -> list[dict[str, Any]]:
    """One deployment row per sentence with 'deployed', 'sent' or 'moved', dated by publication."""
    assert article.published is not None
    rows = []
    for match in _TRIGGER.finditer(article.text):
        sentence = match.group(0).strip()
        start = article.text.index(sentence, match.start())
        rows.append({
            "event_id": "", "mention_id": f"m-{article.id}-{start}", "event_type": "deployment", "subtype": "",
            "modality": "asserted", "actor": sentence.split()[0], "actor_country": "", "target": "",
            "date_start": article.published, "date_end": article.published, "date_precision": "day",
            "date_text": "", "date_basis": "publication", "timex": article.published.isoformat(),
            "summary": sentence[:40], "sentence": sentence, "char_start": start, "char_end": start + len(sentence),
            "article_id": article.id, "title": article.title, "outlet": article.outlet, "url": article.url,
            "published": article.published, "confidence": 0.5, "sources": 1, "merge_reason": "", "curated": False,
        })
    return rows


def failing_extract(article: Article, registry: Registry | None = None) -> list[dict[str, Any]]:
    if "poison" in article.text:
        raise ValueError("cannot parse this")
    return fake_extract(article, registry)


def pid_extract(article: Article, registry: Registry | None = None) -> list[dict[str, Any]]:
    """`fake_extract`, with the id of the process that ran it as the summary."""
    return [{**row, "summary": str(os.getpid())} for row in fake_extract(article, registry)]


def never_called(article: Article, registry: Registry | None = None) -> list[dict[str, Any]]:
    raise AssertionError(f"extraction ran for {article.id}; the cache should have answered")


def fake_merge(frame: pd.DataFrame) -> pd.DataFrame:
    """Mentions with the same actor and day form one event."""
    out = frame.copy()
    key = out["actor"].astype(str) + "|" + out["date_start"].astype(str)
    out["event_id"] = pd.Series([f"e-{n}" for n in key.factorize()[0]], index=out.index, dtype="string")
    out["sources"] = out.groupby("event_id")["article_id"].transform("nunique").astype("Int64")
    return out


SENTENCES = (
    "Russia deployed armoured brigades near Kharkiv.",
    "China sent warships into the Taiwan Strait.",
    "Sudan's army moved artillery toward El Fasher.",
    "Iran said nothing new.",
)


def make_articles(count: int, *, start: date = date(2024, 3, 1)) -> list[Article]:
    """`count` small articles, each with one to three trigger sentences, a day apart."""
    return [
        Article(id=f"a{i:03d}", text=" ".join(SENTENCES[j % 4] for j in range(i, i + 1 + i % 3)) + "\n",
                published=start + timedelta(days=i), title=f"Article {i}", path=f"/corpus/a{i:03d}.txt")
        for i in range(count)
    ]


@pytest.fixture
def articles() -> list[Article]:
    return make_articles(24)  # enough for three workers (one per 8 articles)


def test_serial_build_has_one_row_per_trigger_sentence(articles: list[Article]) -> None:
    frame = build.build_events(articles, extract=fake_extract, merge=fake_merge)
    expected = sum(len(_TRIGGER.findall(a.text)) for a in articles)
    assert len(frame) == expected and expected > len(articles)
    assert schema.problems(frame) == []
    assert list(frame["article_id"].drop_duplicates()) == [a.id for a in articles if _TRIGGER.search(a.text)]


@pytest.mark.parametrize(("workers", "batch_size"), [(2, 1), (2, 4), (3, None)], ids=["2x1", "2x4", "3xauto"])
def test_process_pool_gives_the_serial_result(articles: list[Article], workers: int, batch_size: int | None) -> None:
    serial = build.build_events(articles, extract=fake_extract, merge=fake_merge)
    parallel = build.build_events(articles, workers=workers, batch_size=batch_size, extract=fake_extract,
                                  merge=fake_merge)
    pd.testing.assert_frame_equal(parallel, serial)


def test_work_runs_in_worker_processes(articles: list[Article]) -> None:
    frame = build.build_events(articles, workers=2, batch_size=2, extract=pid_extract, merge=fake_merge)
    pids = set(frame["summary"])
    assert str(os.getpid()) not in pids and 1 <= len(pids) <= 2


@pytest.mark.parametrize("workers", [1, 2])
def test_progress_counts_every_article_once(articles: list[Article], workers: int) -> None:
    seen: list[tuple[int, int, str]] = []
    build.collect_rows(articles, progress=lambda d, t, n: seen.append((d, t, n)), workers=workers,
                       extract=fake_extract)
    assert [d for d, _, _ in seen] == list(range(1, len(articles) + 1))
    assert {t for _, t, _ in seen} == {len(articles)}
    assert sorted(n for _, _, n in seen) == [a.id for a in articles]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_article_is_named(articles: list[Article], workers: int) -> None:
    bad = Article(id="bad", text="Troops deployed. poison\n", published=date(2024, 1, 1), path="/corpus/bad.txt")
    with pytest.raises(TimelineError, match=r"/corpus/bad\.txt: could not be processed \(ValueError: cannot parse"):
        build.collect_rows([*articles, bad], workers=workers, extract=failing_extract)


def test_undated_article_yields_no_rows() -> None:
    undated = Article(id="u", text="Troops deployed on Monday.\n", published=None)
    assert article_mentions(undated) == []


@pytest.mark.parametrize(("count", "size", "expected"), [(0, 3, []), (5, 2, [(0, 2), (2, 2), (4, 1)]),
                                                         (3, 0, [(0, 1), (1, 1), (2, 1)])])
def test_batches_cover_every_article_in_order(count: int, size: int, expected: list[tuple[int, int]]) -> None:
    items = make_articles(count)
    assert [(offset, len(batch)) for offset, batch in build.batches(items, size)] == expected


@pytest.mark.parametrize(("requested", "count", "expected"), [(2, 5, 1), (2, 16, 2), (8, 20, 2), (2, 10_000, 2)])
def test_few_articles_do_not_start_idle_processes(requested: int, count: int, expected: int) -> None:
    assert build.effective_workers(requested, count) == expected


@pytest.mark.parametrize(("count", "workers", "expected"), [(1, 2, 1), (100, 2, 12), (10_000, 2, 32)])
def test_batch_size_keeps_workers_busy(count: int, workers: int, expected: int) -> None:
    assert build.batch_size_for(count, workers) == expected


def test_unchanged_articles_come_from_the_cache(tmp_path: Path, articles: list[Article]) -> None:
    cache = RowCache(tmp_path, version="v1")
    first = build.build_events(articles, cache=cache, extract=fake_extract, merge=fake_merge)
    again = build.build_events(articles, cache=RowCache(tmp_path, version="v1"), extract=never_called,
                               merge=fake_merge)
    pd.testing.assert_frame_equal(again, first)


def test_only_changed_articles_are_extracted(tmp_path: Path, articles: list[Article]) -> None:
    build.build_events(articles, cache=RowCache(tmp_path, version="v1"), extract=fake_extract, merge=fake_merge)
    edited = [*articles[:-1], Article(id=articles[-1].id, text="Japan sent destroyers south.\n",
                                      published=articles[-1].published)]
    cache = RowCache(tmp_path, version="v1")
    frame = build.build_events(edited, cache=cache, workers=2, extract=fake_extract, merge=fake_merge)
    assert (cache.stats.hits, cache.stats.writes) == (len(articles) - 1, 1)
    assert "Japan sent destroyers south." in set(frame["sentence"])


def test_curation_hook_leaves_a_frame_without_corrections_alone(articles: list[Article]) -> None:
    frame = build.build_events(articles[:2], extract=fake_extract, merge=fake_merge)
    assert len(build.curate(frame)) == len(frame)


def test_batched_parsing_gives_the_rows_of_one_article_at_a_time() -> None:
    """The real extractor parses a batch together (nlp.pipe); rows equal `article_mentions` one by one."""
    from timeline.ingest.articles import load_folder

    seeds = list(load_folder(ROOT / "data" / "articles").articles)
    batch = [*seeds, Article(id="undated", text="Troops were deployed.\n", published=None)]
    assert batch_mentions(batch) == [article_mentions(a) for a in batch]
    assert build.collect_rows(batch) == [article_mentions(a) for a in batch]


def test_a_failing_article_in_a_parsed_batch_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.extract import events

    real = events.extract_mentions

    def failing(article: Article, *args: Any, **kwargs: Any) -> list[events.Mention]:
        if article.id == "bad":
            raise IndexError("boom")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(events, "extract_mentions", failing)
    day = date(2024, 10, 16)
    batch = [Article(id=name, text="Warships were deployed to the Gulf on Monday.\n", published=day, path=f"{name}.txt")
             for name in ("good", "bad", "also-good")]
    with pytest.raises(TimelineError, match=r"bad\.txt.*IndexError"):
        build.rows_for_batch(batch, None)
