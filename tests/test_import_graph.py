"""The import graph runs one way: `timeline/` (the library) never imports the dashboard (`ui/`, `app.py`) or
Streamlit, and the store never imports what presents it. Read from the source with `ast`, so that an import inside
a function or behind `TYPE_CHECKING` counts too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ROOT / "timeline"
DASHBOARD = ("ui", "app", "streamlit")  # the dashboard package, its script, and what it draws with


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every module `path` imports, absolute (a relative import resolved against its package)."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            stem = ".".join([*base, node.module] if node.module else base)
            found.add(stem)
            found.update(f"{stem}.{alias.name}" for alias in node.names)
    return found


def edges(folder: Path) -> list[tuple[str, str]]:
    return sorted((module_name(p), name) for p in folder.rglob("*.py") for name in imports_of(p))


def reaches(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def test_the_walk_sees_every_module_and_its_imports() -> None:
    found = edges(LIBRARY)
    assert {m for m, _ in found} >= {"timeline.store.dataset", "timeline.present.link", "timeline.cli.commands"}
    assert ("timeline.store.dataset", "timeline.store.query.Filters") in found
    assert ("timeline.present.figures", "plotly.graph_objects") in found
    assert imports_of(ROOT / "ui" / "sources.py") & {"streamlit", "timeline.store.dataset"}  # it sees the UI's too


def test_no_edge_from_the_library_to_the_dashboard_or_streamlit() -> None:
    assert [(m, name) for m, name in edges(LIBRARY) if reaches(name, DASHBOARD)] == []


@pytest.mark.parametrize("layer", ["store", "build", "ingest", "timex", "nlp", "extract"])
def test_the_store_and_the_stages_before_it_never_import_what_presents_or_exports(layer: str) -> None:
    later = ("timeline.present", "timeline.export", "timeline.cli", *DASHBOARD)
    assert [(m, name) for m, name in edges(LIBRARY / layer) if reaches(name, later)] == []
