"""Crisis Timeline: news articles -> a pandas frame of dated deployments, designations and statements.

The library's entry points, one stage after the other (each lives in the sub-package of its stage):

    import timeline
    loaded = timeline.load_folder("data/articles")            # ingest: articles, with the problems found
    events = timeline.build_events(loaded.articles)           # time expressions, mentions, merge, curation
    timeline.write_table(events, "events.parquet")            # or timeline.to_csv_bytes(events), ...

or stage by stage: `find_timexes` (time expressions resolved against the publication date), `extract_mentions`
(with an actor `Registry`), `merge_mentions`, `apply_curation`, `validate` (the contract in `schema`).
Every error the library raises on purpose is a `TimelineError`.

`import timeline` itself imports nothing else: each name is imported from its module when first used, so
spaCy, dateparser and pandas load only when a stage needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# The library's interface: a name added or removed here is a change made on purpose (tests/test_public_interface.py)
__all__ = [  # sorted (ruff); _MODULES below groups them by stage
    "Actor", "Article", "InputError", "Issue", "Loaded", "Mention", "ReadOnlyError", "Registry", "RowCache",
    "SchemaError", "StoreError", "TimeSpan", "TimelineError", "__version__", "add_article", "apply_curation",
    "article_mentions", "build_events", "export_bytes", "extract_many", "extract_mentions", "find_dateline",
    "find_timexes", "load_folder", "merge_mentions", "read_table", "schema", "to_csv_bytes", "to_html",
    "to_json_bytes", "to_markdown", "to_timelinejs", "validate", "write_table",
]

# where each name is defined (the imports below, for type checkers, say the same; a test checks that)
_MODULES: dict[str, tuple[str, ...]] = {
    "timeline.ingest.articles": ("Article", "Loaded", "add_article", "load_folder"),
    "timeline.ingest.files": ("Issue",),
    "timeline.timex.temporal": ("TimeSpan", "find_dateline", "find_timexes"),
    "timeline.extract.actors.registry": ("Actor", "Registry"),
    "timeline.extract.events": ("Mention", "extract_many", "extract_mentions"),
    "timeline.extract.rows": ("article_mentions",),
    "timeline.merge": ("merge_mentions",),
    "timeline.curation": ("apply_curation",),
    "timeline.build.cache": ("RowCache",),
    "timeline.build.runner": ("build_events",),
    "timeline.schema": ("schema", "validate"),
    "timeline.store.tables": ("read_table", "write_table"),
    "timeline.export.tables": ("export_bytes", "to_csv_bytes", "to_json_bytes", "to_timelinejs"),
    "timeline.export.brief": ("to_markdown",),
    "timeline.export.page": ("to_html",),
    "timeline.errors": ("TimelineError", "InputError", "SchemaError", "StoreError", "ReadOnlyError"),
}
_EXPORTS: dict[str, str] = {name: module for module, names in _MODULES.items() for name in names}

if TYPE_CHECKING:
    from timeline import schema
    from timeline.build.cache import RowCache
    from timeline.build.runner import build_events
    from timeline.curation import apply_curation
    from timeline.errors import InputError, ReadOnlyError, SchemaError, StoreError, TimelineError
    from timeline.export.brief import to_markdown
    from timeline.export.page import to_html
    from timeline.export.tables import export_bytes, to_csv_bytes, to_json_bytes, to_timelinejs
    from timeline.extract.actors.registry import Actor, Registry
    from timeline.extract.events import Mention, extract_many, extract_mentions
    from timeline.extract.rows import article_mentions
    from timeline.ingest.articles import Article, Loaded, add_article, load_folder
    from timeline.ingest.files import Issue
    from timeline.merge import merge_mentions
    from timeline.schema import validate
    from timeline.store.tables import read_table, write_table
    from timeline.timex.temporal import TimeSpan, find_dateline, find_timexes


def __getattr__(name: str) -> Any:
    """Import an exported name from its module on first use (PEP 562), then keep it here."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(where)
    value = module if where == f"{__name__}.{name}" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
