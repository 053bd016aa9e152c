"""Beyond one machine: the same per-article function over article batches on a Dask cluster.

`python -m timeline extract ARTICLES_DIR --dask tcp://SCHEDULER:8786 --dataset DIR` connects to a running
`dask.distributed` scheduler, warms every worker once (spaCy loaded, date parser built), sends batches
of articles to `timeline.build.runner.rows_for_batch`, and gathers the rows here, where they are cached,
merged once and written, exactly as a local build does. Each worker's Python needs this package installed
from the same commit with its dask extra (`pip install '.[dask]'`: same versions, and `timeline` importable
wherever the worker runs, with no PYTHONPATH); workers never read or write files of the archive.

`--dask local` (or `local:N`) starts a throw-away cluster of N worker processes on this machine.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any
from uuid import uuid4

import pandas as pd

from timeline.build import runner as build
from timeline.errors import TimelineError
from timeline.extract.actors.registry import Registry
from timeline.extract.rows import article_mentions
from timeline.ingest.articles import Article
from timeline.merge import merge_mentions

if TYPE_CHECKING:
    from timeline.build.cache import RowCache

INSTALL_FIX = "install the project's dask extra: `.venv/bin/pip install -e '.[dask]'` (pinned in requirements-dask.txt)"


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise TimelineError("dask.distributed is not installed", where="--dask", fix=INSTALL_FIX) from exc
    return distributed


@contextmanager
def client_for(address: str, *, timeout: str = "20s") -> Iterator[Any]:
    """A connected `distributed.Client`: to the scheduler at `address`, or to a local cluster for
    `local` / `local:N` (N worker processes, one thread each, closed afterwards)."""
    distributed = _distributed()
    if address == "local" or address.startswith("local:"):
        count = address.partition(":")[2]
        workers = int(count) if count.isdigit() and int(count) > 0 else build.default_workers()
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        raise TimelineError(f"cannot reach the Dask scheduler ({type(exc).__name__}: {str(exc)[:120]})",
                            where=address, fix="start it with `dask scheduler` and pass its address, e.g. "
                            "tcp://10.0.0.5:8786, or use --dask local") from exc
    with client:
        yield client


def worker_threads(client: Any) -> int:
    """How many tasks the cluster runs at once (threads over all workers)."""
    workers = client.scheduler_info().get("workers", {})
    return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))


def dask_runner(address: str, *, batch_size: int | None = None, warm: bool = True) -> build.Runner:
    """A `build.Runner` that runs the to-do articles on the cluster at `address`."""

    def run(todo: Sequence[Article], registry: Registry | None, extract: build.ArticleFn, done: build.Done) -> None:
        with client_for(address) as client:
            run_on(client, todo, registry, extract, done, batch_size=batch_size, warm=warm)

    return run


def run_on(client: Any, todo: Sequence[Article], registry: Registry | None, extract: build.ArticleFn,
           done: build.Done, *, batch_size: int | None = None, warm: bool = True) -> None:
    """Submit `todo` in batches to `client`'s cluster and report each article's rows as batches finish."""
    distributed = _distributed()
    if warm:
        client.run(build.warm_up, extract, registry)  # every worker loads its models once, before any task
    size = batch_size or build.batch_size_for(len(todo), worker_threads(client))
    shared = client.scatter(registry, broadcast=True) if registry is not None else None
    run_id = uuid4().hex[:8]
    offsets: dict[Any, int] = {}
    for offset, batch in build.batches(todo, size):
        future = client.submit(build.rows_for_batch, list(batch), shared, extract, pure=False,
                               key=f"timeline-batch-{run_id}-{offset}")
        offsets[future] = offset
    try:
        for future in distributed.as_completed(list(offsets)):
            offset = offsets[future]
            for i, rows in enumerate(future.result()):
                done(offset + i, rows)
    except BaseException:
        client.cancel(list(offsets))
        raise


def build_events(articles: Sequence[Article], address: str, registry: Registry | None = None,
                 progress: build.Progress | None = None, *, cache: RowCache | None = None,
                 extract: build.ArticleFn = article_mentions, batch_size: int | None = None,
                 merge: build.Merge = merge_mentions) -> pd.DataFrame:
    """`build.build_events` with extraction on the Dask cluster at `address`; same rows, same order."""
    def collect() -> list[build.Rows]:
        return build.collect_rows(articles, registry, progress, cache=cache, extract=extract,
                                  runner=dask_runner(address, batch_size=batch_size))

    return build.build_with(articles, collect, cache=cache, progress=progress, merge=merge)
