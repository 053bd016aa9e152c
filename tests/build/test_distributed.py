"""Dask: the same pure per-article function on a two-worker LocalCluster gives the local build's table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from tests.build.test_runner import failing_extract, fake_extract, fake_merge, make_articles, never_called
from tests.fixtures import ROOT
from timeline.build import distributed
from timeline.build import runner as build
from timeline.build.cache import RowCache
from timeline.errors import TimelineError
from timeline.ingest.articles import Article, load_folder
from timeline.store import dataset

pytestmark = pytest.mark.slow

DATA = ROOT / "data" / "articles"


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield str(cluster.scheduler_address)


@pytest.fixture
def articles() -> list[Article]:
    return make_articles(23)


@pytest.mark.parametrize("batch_size", [1, 5, None], ids=["1", "5", "auto"])
def test_cluster_gives_the_local_result(scheduler: str, articles: list[Article], batch_size: int | None) -> None:
    local = build.build_events(articles, extract=fake_extract, merge=fake_merge)
    remote = distributed.build_events(articles, scheduler, extract=fake_extract, merge=fake_merge,
                                      batch_size=batch_size)
    pd.testing.assert_frame_equal(remote, local)


def test_progress_and_cache_work_as_locally(scheduler: str, tmp_path: Path, articles: list[Article]) -> None:
    seen: list[int] = []
    first = distributed.build_events(articles, scheduler, progress=lambda d, t, n: seen.append(d),
                                     cache=RowCache(tmp_path, version="v1"), extract=fake_extract, merge=fake_merge)
    assert seen == list(range(1, len(articles) + 1))
    again = distributed.build_events(articles, scheduler, cache=RowCache(tmp_path, version="v1"),
                                     extract=never_called, merge=fake_merge)
    pd.testing.assert_frame_equal(again, first)


def test_a_failing_article_is_named(scheduler: str, articles: list[Article]) -> None:
    bad = Article(id="bad", text="Troops deployed. poison\n", published=articles[0].published, path="/corpus/bad.txt")
    with pytest.raises(TimelineError, match=r"/corpus/bad\.txt: could not be processed"):
        distributed.build_events([*articles, bad], scheduler, extract=failing_extract, merge=fake_merge)


def test_the_cluster_writes_the_same_dataset(scheduler: str, tmp_path: Path, articles: list[Article]) -> None:
    frame = distributed.build_events(articles, scheduler, extract=fake_extract, merge=fake_merge)
    dataset.write(frame, tmp_path / "events")
    back = dataset.read(tmp_path / "events").sort_values("mention_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(back, frame.sort_values("mention_id").reset_index(drop=True))


def test_real_extractor_on_the_seed_articles(scheduler: str) -> None:
    seeds = load_folder(DATA).articles[:2]
    try:
        local = build.build_events(seeds)
    except NotImplementedError:
        pytest.skip("the extractor is not written yet")
    pd.testing.assert_frame_equal(distributed.build_events(seeds, scheduler), local)


def test_unreachable_scheduler_is_named_with_the_fix(articles: list[Article]) -> None:
    unreachable = distributed.client_for("tcp://127.0.0.1:9", timeout="1s")
    with pytest.raises(TimelineError, match=r"tcp://127\.0\.0\.1:9: cannot reach the Dask scheduler.*Fix: start it"):
        unreachable.__enter__()
