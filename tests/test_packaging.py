"""The installable package: pyproject.toml reads its dependencies from the requirements files (one source), ships
every data file the library reads, and its `timeline` console script is `python -m timeline`."""

from __future__ import annotations

import ast
import fnmatch
import importlib.metadata
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from tests.fixtures import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PROJECT["tool"]["setuptools"]
EXTRAS = {"dask": ["requirements-dask.txt"], "dev": ["requirements-dev.txt", "requirements-dask.txt"]}


def test_dependencies_and_extras_are_read_from_the_requirements_files() -> None:
    assert {"dependencies", "optional-dependencies", "version"} <= set(PROJECT["project"]["dynamic"])
    assert "dependencies" not in PROJECT["project"] and "optional-dependencies" not in PROJECT["project"]
    dynamic = SETUPTOOLS["dynamic"]
    assert dynamic["dependencies"] == {"file": ["requirements.txt"]}
    assert {name: extra["file"] for name, extra in dynamic["optional-dependencies"].items()} == EXTRAS


@pytest.mark.parametrize("name", sorted({"requirements.txt", *(f for files in EXTRAS.values() for f in files)}))
def test_every_requirement_line_is_one_pinned_requirement(name: str) -> None:
    """setuptools reads each line that is not a comment as a requirement: no `-r`, no comment after it."""
    lines = [line.strip() for line in (ROOT / name).read_text(encoding="utf-8").splitlines()]
    requirements = [Requirement(line) for line in lines if line and not line.startswith("#")]
    assert requirements
    for requirement in requirements:
        assert str(requirement.specifier).startswith("=="), f"{name}: {requirement} is not pinned"


def test_every_file_the_library_reads_is_package_data() -> None:
    globs = SETUPTOOLS["package-data"]
    unlisted = []
    for path in sorted((ROOT / "timeline").rglob("*")):
        if path.is_dir() or path.suffix in {".py", ".pyc"}:
            continue
        relative = path.relative_to(ROOT)
        owners = [p for p in relative.parents if ".".join(p.parts) in globs]
        if not any(fnmatch.fnmatch(str(relative.relative_to(owner)), pattern)
                   for owner in owners for pattern in globs[".".join(owner.parts)]):
            unlisted.append(str(relative))
    assert unlisted == [], "add them to [tool.setuptools.package-data] in pyproject.toml"


def test_the_console_script_runs_what_python_m_timeline_runs() -> None:
    assert PROJECT["project"]["scripts"] == {"timeline": "timeline.cli:main"}
    module_main = ast.parse((ROOT / "timeline" / "__main__.py").read_text(encoding="utf-8"))
    imported = [(node.module, alias.name) for node in ast.walk(module_main) if isinstance(node, ast.ImportFrom)
                for alias in node.names]
    assert imported == [("timeline.cli", "main")]


def _installed_here() -> bool:
    """Whether this virtualenv has this checkout installed (a fresh clone's venv, CI); a venv shared by several
    checkouts has only the requirements (scripts/_venv.sh)."""
    installs = importlib.metadata.distributions(name="crisis-timeline")  # also the checkout's own egg-info
    return any(ROOT.as_uri() in (dist.read_text("direct_url.json") or "") for dist in installs)


@pytest.mark.skipif(not _installed_here(), reason="the project is not installed in this virtualenv (a venv shared "
                    "by several checkouts gets only the requirements: scripts/_venv.sh)")
def test_the_installed_console_script_runs_anywhere(tmp_path: Path) -> None:
    script = shutil.which("timeline", path=str(Path(sys.executable).parent))
    assert script, "pip install -e . did not install the `timeline` script"
    done = subprocess.run([script, "timex", "--help"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: timeline timex ")


def _edits_sys_path(path: Path) -> bool:
    """Whether the file calls `sys.path.insert/append/extend` or assigns `sys.path`."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        target = node.func.value if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) else None
        if isinstance(node, ast.Assign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            target = next((t for t in targets if ast.unparse(t) == "sys.path"), None)
        if target is not None and ast.unparse(target) == "sys.path":
            return True
    return False


def test_nothing_puts_the_checkout_on_sys_path() -> None:
    """The package is imported as installed, or from the checkout's root (`python -m bench.NAME`, pytest): no
    benchmark, test or library module edits `sys.path`."""
    files = [*ROOT.glob("bench/*.py"), *ROOT.glob("tests/**/*.py"), *ROOT.glob("timeline/**/*.py")]
    assert len(files) > 100
    assert [str(p.relative_to(ROOT)) for p in files if _edits_sys_path(p)] == []
