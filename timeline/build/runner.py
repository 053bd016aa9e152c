"""The build step: articles -> time expressions -> mentions -> merged events frame.

The one place where stages are chained, and where parallelism and caching live (the stages stay pure
functions of one article). The unit of work is `article_mentions(article, registry) -> rows`; every
runner (serial, a process pool on this machine, a Dask cluster in `timeline.build.distributed`) calls the
same function on batches of articles, collects the rows in article order, then merges them once.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from datetime import date
from typing import TYPE_CHECKING, Any

import pandas as pd

from timeline import schema
from timeline.build.cache import merge_fingerprint
from timeline.curation import apply_curation
from timeline.errors import TimelineError
from timeline.extract.actors.registry import Registry
from timeline.extract.rows import article_mentions, batch_mentions
from timeline.ingest.articles import Article
from timeline.merge import merge_mentions
from timeline.timex.temporal import find_timexes

if TYPE_CHECKING:
    from timeline.build.cache import RowCache

Progress = Callable[[int, int, str], None]  # (done, total, article id)
Rows = list[dict[str, Any]]
ArticleFn = Callable[[Article, Registry | None], Rows]  # pure: one article -> its mention rows
Done = Callable[[int, Rows], None]  # (position in the to-do list, that article's rows)
# Runs `extract` over the to-do articles somewhere (this process, a pool, a cluster), calling `done` per article.
Runner = Callable[[Sequence[Article], Registry | None, ArticleFn, Done], None]


def frame_from_rows(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    if not rows:
        return schema.empty_frame()
    return schema.coerce(pd.DataFrame(list(rows), columns=list(schema.COLUMN_NAMES)))


# --- running the per-article function over many articles -------------------------------------------


def rows_for(article: Article, registry: Registry | None, extract: ArticleFn = article_mentions) -> Rows:
    """`extract(article, registry)`, with any unexpected failure turned into an error naming the article."""
    try:
        return extract(article, registry)
    except TimelineError:
        raise
    except NotImplementedError:
        raise
    except Exception as exc:  # one bad article must say which one it was, never show a traceback
        raise TimelineError(f"could not be processed ({type(exc).__name__}: {str(exc)[:200]})",
                            where=article.path or article.id,
                            fix="check the article's text; if it looks fine, report it with this message") from exc


PARSE_BATCH = 16  # articles spaCy parses together in a serial build (nlp.pipe; bench/RESULTS.md, "Batched parsing")


def rows_for_batch(batch: Sequence[Article], registry: Registry | None,
                   extract: ArticleFn = article_mentions) -> list[Rows]:
    """Rows of each article of `batch`, in order (the task a worker process or Dask worker runs). The real
    extractor parses the batch in one go (`batch_mentions`); if that fails, the articles are redone one by one
    so the error names the article at fault."""
    if extract is article_mentions and len(batch) > 1:
        with contextlib.suppress(Exception):  # redone below, one article at a time
            return batch_mentions(batch, registry)
    return [rows_for(article, registry, extract) for article in batch]


def batches(items: Sequence[Article], size: int) -> Iterator[tuple[int, Sequence[Article]]]:
    """(offset, slice) pairs covering `items` in order."""
    step = max(1, size)
    for offset in range(0, len(items), step):
        yield offset, items[offset: offset + step]


def batch_size_for(count: int, workers: int) -> int:
    """Batches small enough to keep every worker busy and the progress bar moving, big enough to amortise
    the cost of sending a task (about four batches per worker, at most 32 articles each)."""
    return max(1, min(32, count // max(1, workers * 4)))


MIN_ARTICLES_PER_WORKER = 8  # below this a new process costs more (loading spaCy) than it saves


def effective_workers(requested: int, count: int) -> int:
    """Processes worth starting for `count` articles: at most `requested`, one per 8 articles."""
    return max(1, min(requested, count // MIN_ARTICLES_PER_WORKER))


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


_WARM_UP = Article(id="warm-up", text="Warships were deployed to the Caribbean on Monday, the ministry said.\n",
                   published=date(2000, 1, 5), title="warm-up")

# Per-process state of a worker, set once by `_init_worker` so tasks carry only their articles.
_worker_registry: Registry | None = None
_worker_extract: ArticleFn = article_mentions


def warm_up(extract: ArticleFn, registry: Registry | None) -> None:
    """Run `extract` once on a one-sentence article so the process loads spaCy and builds the date parser
    before its first real task. A failure here is ignored: it shows again, naming the article, on real work."""
    with contextlib.suppress(Exception):  # reported later, with the article's name
        extract(_WARM_UP, registry)


def _init_worker(registry: Registry | None, extract: ArticleFn, warm: bool) -> None:
    global _worker_registry, _worker_extract
    _worker_registry, _worker_extract = registry, extract
    if warm:
        warm_up(extract, registry)


def _run_batch(batch: Sequence[Article]) -> list[Rows]:
    return rows_for_batch(batch, _worker_registry, _worker_extract)


def _pool_rows(todo: Sequence[Article], registry: Registry | None, extract: ArticleFn, workers: int,
               done: Done, batch_size: int | None, warm: bool) -> None:
    size = batch_size or batch_size_for(len(todo), workers)
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(registry, extract, warm)) as pool:
        pending: dict[Future[list[Rows]], int] = {
            pool.submit(_run_batch, batch): offset for offset, batch in batches(todo, size)
        }
        try:
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    offset = pending.pop(future)
                    for i, rows in enumerate(future.result()):
                        done(offset + i, rows)
        except BaseException:
            for future in pending:
                future.cancel()
            raise


def collect_rows(articles: Sequence[Article], registry: Registry | None = None, progress: Progress | None = None,
                 *, workers: int = 1, cache: RowCache | None = None, extract: ArticleFn = article_mentions,
                 batch_size: int | None = None, warm: bool = True, runner: Runner | None = None) -> list[Rows]:
    """Mention rows of every article, in article order: from `cache` when it holds them, otherwise by
    running `extract` in this process (`workers=1`), a pool of up to `workers` processes (see
    `effective_workers`), or `runner` (e.g. a
    Dask cluster, see `timeline.build.distributed`). New rows are written to `cache` as they arrive, so an
    interrupted build keeps what it finished."""
    results: list[Rows | None] = [None] * len(articles)
    todo_index: list[int] = []
    count = 0
    total = len(articles)
    for i, article in enumerate(articles):
        cached = cache.get(article) if cache is not None else None
        if cached is None:
            todo_index.append(i)
            continue
        results[i] = cached
        count += 1
        if progress:
            progress(count, total, article.id)
    todo = [articles[i] for i in todo_index]

    def done(position: int, rows: Rows) -> None:
        nonlocal count
        article = todo[position]
        results[todo_index[position]] = rows
        if cache is not None:
            cache.put(article, rows)
        count += 1
        if progress:
            progress(count, total, article.id)

    if runner is not None and todo:
        runner(todo, registry, extract, done)
    elif effective_workers(workers, len(todo)) > 1:
        _pool_rows(todo, registry, extract, effective_workers(workers, len(todo)), done, batch_size, warm)
    else:
        for offset, batch in batches(todo, PARSE_BATCH):
            for i, rows in enumerate(rows_for_batch(batch, registry, extract)):
                done(offset + i, rows)
    return [rows if rows is not None else [] for rows in results]


def curate(frame: pd.DataFrame) -> pd.DataFrame:
    """Apply a person's corrections (timeline/curation.py; the default curation file, if any)."""
    return apply_curation(frame)


Merge = Callable[[pd.DataFrame], pd.DataFrame]


def finish(per_article: Iterable[Rows], merge: Merge = merge_mentions) -> pd.DataFrame:
    """Merge every article's rows once, apply curation, validate."""
    return finish_frame(frame_from_rows([row for article_rows in per_article for row in article_rows]), merge)


def finish_frame(rows: pd.DataFrame, merge: Merge = merge_mentions) -> pd.DataFrame:
    """`finish` for rows already in a frame (`frame_from_rows`)."""
    return schema.validate(curate(merge(rows)))


def build_with(articles: Sequence[Article], collect: Callable[[], list[Rows]], *, cache: RowCache | None,
               progress: Progress | None, merge: Merge) -> pd.DataFrame:
    """The shared end of every build: the cache's pack when the archive is unchanged (one file read),
    otherwise `collect()` (per-article cache entries and extraction) and a new pack; then merge once (or read
    the merge stored beside the pack, `_merged`), curate and validate (`finish_frame`)."""
    rows = cache.read_pack(articles) if cache is not None else None
    if rows is not None:
        if progress and articles:
            progress(len(articles), len(articles), "unchanged: every article from the cache")
    else:
        rows = frame_from_rows([row for article_rows in collect() for row in article_rows])
        if cache is not None:
            cache.write_pack(articles, rows)
    return finish_frame(rows, lambda frame: _merged(articles, frame, cache, merge))


def _merged(articles: Sequence[Article], rows: pd.DataFrame, cache: RowCache | None, merge: Merge) -> pd.DataFrame:
    """`merge(rows)`, read from the cache's merged pack when these articles were merged by this merge code
    before (only for the real merge: a test's fake merge is never cached)."""
    if cache is None or merge is not merge_mentions:
        return merge(rows)
    key = merge_fingerprint()
    merged = cache.read_merged(articles, key)
    if merged is None:
        merged = merge(rows)
        cache.write_merged(articles, merged, key)
    return merged


def build_events(articles: Sequence[Article], registry: Registry | None = None,
                 progress: Progress | None = None, *, workers: int = 1, cache: RowCache | None = None,
                 extract: ArticleFn = article_mentions, batch_size: int | None = None,
                 merge: Merge = merge_mentions) -> pd.DataFrame:
    """The events table for `articles`: one row per mention, merged event ids filled in, validated.

    `workers` > 1 spreads the articles over that many processes (each loads spaCy once); `cache` skips
    articles whose content hash it already holds rows for; `extract` is the per-article function
    (the real extractor by default; tests pass small fakes), `merge` the merge stage."""

    def collect() -> list[Rows]:
        return collect_rows(articles, registry, progress, workers=workers, cache=cache, extract=extract,
                            batch_size=batch_size)

    return build_with(articles, collect, cache=cache, progress=progress, merge=merge)


def timex_records(article: Article, published: date | None = None) -> list[dict[str, Any]]:
    """The `timex` command's JSON objects for one article (`dateline`: the date of a dateline or byline,
    which dates the article, not an event)."""
    base = published or article.published
    if base is None:
        return []
    return [
        {"article_id": article.id, "start": s.start, "end": s.end, "text": s.text, "type": s.type,
         "value": s.value, "date_start": s.date_start.isoformat() if s.date_start else None,
         "date_end": s.date_end.isoformat() if s.date_end else None, "precision": s.precision,
         "basis": s.basis, "dateline": s.dateline}
        for s in find_timexes(article.text, base)
    ]
