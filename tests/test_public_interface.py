"""The library's public interface, `timeline/__init__.py`, locked as httpx locks its own.

`__all__` is a contract: a name added or removed here is a change of the library's interface, made on purpose."""

from __future__ import annotations

import ast
import inspect
import json
import subprocess
import sys

import pytest

import timeline
from tests.fixtures import ROOT

PUBLIC = [
    "Actor", "Article", "InputError", "Issue", "Loaded", "Mention", "ReadOnlyError", "Registry", "RowCache",
    "SchemaError", "StoreError", "TimeSpan", "TimelineError", "__version__", "add_article", "apply_curation",
    "article_mentions", "build_events", "export_bytes", "extract_many", "extract_mentions", "find_dateline",
    "find_timexes", "load_folder", "merge_mentions", "read_table", "schema", "to_csv_bytes", "to_html",
    "to_json_bytes", "to_markdown", "to_timelinejs", "validate", "write_table",
]
HEAVY = ("spacy", "thinc", "dateparser", "pandas", "pyarrow", "plotly", "streamlit", "trafilatura")


def test_all_is_exactly_the_public_interface() -> None:
    assert timeline.__all__ == PUBLIC
    assert sorted(timeline.__all__) == sorted(["__version__", *timeline._EXPORTS])  # each name has one module


@pytest.mark.parametrize("name", [n for n in PUBLIC if n != "__version__"])
def test_every_name_imports_and_is_documented(name: str) -> None:
    namespace: dict[str, object] = {}
    exec(f"from timeline import {name}", namespace)
    value = namespace[name]
    assert value is getattr(timeline, name)
    own_doc = vars(value).get("__doc__") if inspect.isclass(value) else value.__doc__  # not a dataclass's signature
    assert own_doc and own_doc.strip(), f"timeline.{name} has no docstring"
    if not inspect.ismodule(value):
        assert value.__module__.startswith("timeline."), f"timeline.{name} comes from {value.__module__}"


def test_type_checkers_see_the_names_the_runtime_imports() -> None:
    """The `if TYPE_CHECKING:` imports (what mypy and editors read) name the same module for every name."""
    tree = ast.parse((ROOT / "timeline" / "__init__.py").read_text(encoding="utf-8"))
    block = next(node for node in tree.body if isinstance(node, ast.If) and getattr(node.test, "id", "") ==
                 "TYPE_CHECKING")
    seen = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names:
            seen[alias.name] = node.module if node.module != "timeline" else f"timeline.{alias.name}"
    assert seen == timeline._EXPORTS


def test_unknown_names_are_attribute_errors() -> None:
    with pytest.raises(AttributeError, match="no attribute 'extract_everything'"):
        timeline.extract_everything  # noqa: B018
    assert set(PUBLIC) <= set(dir(timeline))


def test_import_is_cheap_and_stages_load_what_they_need() -> None:
    """`import timeline` loads no library; reading articles, the registry, checking or exporting a table never
    loads spaCy (only extraction needs it)."""
    probe = f"""
import json, sys
heavy = lambda: sorted({{m.split(".")[0] for m in sys.modules}} & set({HEAVY!r}))
import timeline
first = heavy(), sorted(m for m in sys.modules if m.startswith("timeline"))
timeline.load_folder, timeline.validate, timeline.Registry, timeline.to_csv_bytes, timeline.TimelineError
print(json.dumps([first, heavy()]))
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    (libraries, modules), later = json.loads(done.stdout)
    assert (libraries, modules) == ([], ["timeline"])
    assert "spacy" not in later
