"""The documentation cannot drift from the code: the README and `docs/` are checked here.

- the command-line reference in `docs/cli.md` is each command's `--help`, as it prints it;
- every `python -m timeline` line of a page's code blocks runs, in order, on the seed articles;
- the events-table columns shown are `schema.markdown_table()`;
- every relative link and `#anchor` points at a file and heading that exist;
- the README stays a five-minute read (under 12 KB) and links every page of `docs/`.

Run as a script to rewrite the generated parts (`python -m tests.test_docs --write`).

The commands of each page run in a scratch copy of the workspace (the seed articles and curation file;
`TIMELINE_DATA_DIR` pointing at it), from a working directory holding the files the examples add
(`tests/fixtures/docs/`) and the repository's `tests/` (for the unseen test articles), with `/tmp/` mapped into it.
A line with a placeholder (`ARTICLES_DIR`, `tcp://SCHEDULER:8786`) cannot run as written: it must still be a valid
command line once its placeholders are filled in.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import shutil
import sys
from pathlib import Path

import pytest

from tests.fixtures import FIXTURES, ROOT
from timeline import cli, schema

README = ROOT / "README.md"
DOCS = ROOT / "docs"
PAGES = [README, *sorted(DOCS.glob("*.md"))]
LINKED = [*PAGES, ROOT / "bench" / "RESULTS.md"]
CLI_PAGE = DOCS / "cli.md"
EXAMPLE_FILES = FIXTURES / "docs"
README_LIMIT = 12_000  # bytes

COMMAND = re.compile(r"^(?:\$ )?(?:\.venv/bin/)?python -m timeline (.+)$")
PLACEHOLDER = re.compile(r"\b[A-Z][A-Z_]{2,}\b")
FILLED = {"ARTICLES_DIR": "data/articles", "FILE": "events.csv", "DIR": "events/", "SCHEDULER": "scheduler.example"}
HELP_COLUMNS = "100"  # argparse wraps help to the terminal's width; the reference is printed at this one


def generated(text: str, name: str) -> str:
    """The text between `<!-- name:start -->` and `<!-- name:end -->`."""
    start, end = f"<!-- {name}:start -->\n", f"<!-- {name}:end -->"
    assert start in text and end in text, f"markers of the generated part `{name}` are missing"
    return text.split(start, 1)[1].split(end, 1)[0]


def with_generated(text: str, name: str, content: str) -> str:
    start, end = f"<!-- {name}:start -->\n", f"<!-- {name}:end -->"
    return text.split(start, 1)[0] + start + content + end + text.split(end, 1)[1]


def help_text(args: list[str]) -> str:
    """What `python -m timeline ARGS --help` prints, at HELP_COLUMNS columns."""
    out = io.StringIO()
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = HELP_COLUMNS
    try:
        with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
            cli.main([*args, "--help"])
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved
    assert out.getvalue().startswith("usage: "), f"`{' '.join(args)} --help` printed no help"
    return out.getvalue()


def cli_reference() -> str:
    """The reference part of docs/cli.md: the top-level help, then each command's."""
    commands = re.search(r"\{([a-z,-]+)\}", help_text([]))
    assert commands, "the top-level help lists no commands"
    parts = [f"```text\n$ python -m timeline --help\n{help_text([])}```\n"]
    for command in commands.group(1).split(","):
        parts.append(f"\n### {command}\n\n```text\n$ python -m timeline {command} --help\n{help_text([command])}```\n")
    return "".join(parts)


def commands_of(page: Path) -> list[str]:
    """The arguments of every `python -m timeline` line in a page's fenced code blocks, in order (comments dropped);
    `text` blocks show output (the reference's `--help`), not commands to run."""
    found: list[str] = []
    for language, block in re.findall(r"^```([a-z]*)\n(.*?)^```", page.read_text(encoding="utf-8"), re.S | re.M):
        if language == "text":
            continue
        for line in block.splitlines():
            match = COMMAND.match(line.strip())
            if match:
                found.append(shlex.join(shlex.split(match.group(1), comments=True)))
    return found


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


# -- the generated parts ----------------------------------------------------------------------------------------


def test_the_cli_reference_is_the_help_the_commands_print() -> None:
    shown = generated(CLI_PAGE.read_text(encoding="utf-8"), "cli-help")
    assert shown == cli_reference(), "docs/cli.md drifted from --help: run `python -m tests.test_docs --write`"


@pytest.mark.parametrize("page", [README, DOCS / "data-model.md"], ids=lambda p: p.name)
def test_the_schema_tables_are_the_schema(page: Path) -> None:
    table = generated(page.read_text(encoding="utf-8"), "schema-table")
    assert table == schema.markdown_table() + "\n", (
        f"{page.name}'s schema table drifted from timeline/schema.py: run `python -m tests.test_docs --write`")


# -- the commands -----------------------------------------------------------------------------------------------


def test_the_pages_show_every_command() -> None:
    shown = {c.split()[0] for page in PAGES for c in commands_of(page)}
    assert shown == {"extract", "timex", "add", "build", "export", "export-html"}
    cli_page = commands_of(CLI_PAGE)
    assert "export --format timelinejs --out story.json" in cli_page  # the example of issue 16
    assert any(c.startswith("export --format markdown") for c in commands_of(README))


@pytest.mark.slow
@pytest.mark.parametrize("page", [p for p in PAGES if commands_of(p)], ids=lambda p: p.name)
def test_every_command_shown_runs_on_the_seed_data(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(ROOT / "data" / "articles", tmp_path / "data" / "articles")
    shutil.copy(ROOT / "data" / "curation.csv", tmp_path / "data" / "curation.csv")
    for example in EXAMPLE_FILES.iterdir():
        shutil.copy(example, tmp_path / example.name)
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TIMELINE_DATA_DIR", str(tmp_path / "data"))
    for key in ("TIMELINE_EVENTS", "TIMELINE_READ_ONLY"):
        monkeypatch.delenv(key, raising=False)
    ran = 0
    for command in commands_of(page):
        argv = [arg.replace("/tmp/", f"{tmp_path}/tmp/") for arg in shlex.split(command)]
        if PLACEHOLDER.search(command):
            filled = [PLACEHOLDER.sub(lambda m: FILLED[m.group(0)], arg) for arg in argv]
            cli.parser().parse_args(filled)  # argparse exits (status 2) on a line it does not accept
            continue
        code = cli.main([*argv, "--quiet"] if argv[0] in ("extract", "timex", "build") else argv)
        assert code == 0, f"{page.name}: `python -m timeline {command}` exited {code}: {capsys.readouterr().err}"
        ran += 1
    assert ran
    if page == README:
        assert (tmp_path / "data" / "events.parquet").exists()
        brief = (tmp_path / "brief.md").read_text(encoding="utf-8")
        assert brief.startswith("# Crisis timeline\n\nChronology of ")
        assert "Korea Strait" in brief  # the article `add` took in is in the built events


# -- links and size ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", LINKED, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_relative_link_points_at_a_file_and_heading(page: Path) -> None:
    text = re.sub(r"^```.*?^```", "", page.read_text(encoding="utf-8"), flags=re.S | re.M)
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        assert linked.exists(), f"{page.name} links to {path}, which does not exist"
        if anchor and linked.suffix == ".md":
            headings = {slug(h) for h in re.findall(r"^#+ (.*)$", linked.read_text(encoding="utf-8"), re.M)}
            assert anchor in headings, f"{page.name} links to {target}: {linked.name} has no such heading"


def test_the_readme_is_a_short_read_that_links_every_page() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < README_LIMIT, "README.md is 12 KB or more: move the detail into docs/"
    for page in DOCS.glob("*.md"):
        assert f"(docs/{page.name})" in text, f"README.md does not link docs/{page.name}"


# -- the layout ---------------------------------------------------------------------------------------------


def layout_tree() -> str:
    """The tree of `docs/develop.md`'s "The layout" (its first `text` block)."""
    section = (DOCS / "develop.md").read_text(encoding="utf-8").split("## The layout", 1)[1]
    found = re.search(r"^```text\n(.*?)^```", section, flags=re.S | re.M)
    assert found, "docs/develop.md has no tree under \"The layout\""
    return found.group(1)


def modules() -> list[Path]:
    return sorted(p.relative_to(ROOT) for package in ("timeline", "ui") for p in (ROOT / package).rglob("*.py")
                  if p.name != "__init__.py" or p.parent.name == "timeline")


@pytest.mark.parametrize("module", modules(), ids=lambda p: p.as_posix())
def test_the_layout_names_every_module(module: Path) -> None:
    """A module added, moved or renamed shows in the tree a newcomer reads first: its folder as `name/` and its
    own name, with or without `.py`."""
    tree = layout_tree()
    for folder in module.parts[:-1]:
        assert f"{folder}/" in tree, f"docs/develop.md's layout has no {folder}/ (for {module.as_posix()})"
    assert re.search(rf"\b{re.escape(module.stem)}\b", tree), f"docs/develop.md's layout does not name {module}"


def write() -> None:
    """Rewrite the generated parts of the pages from the code."""
    CLI_PAGE.write_text(with_generated(CLI_PAGE.read_text(encoding="utf-8"), "cli-help", cli_reference()),
                        encoding="utf-8")
    for page in (README, DOCS / "data-model.md"):
        table = schema.markdown_table() + "\n"
        page.write_text(with_generated(page.read_text(encoding="utf-8"), "schema-table", table), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python -m tests.test_docs --write")
    write()
