"""Every `python -m timeline` command shown in the README's code blocks runs, in order, on the seed articles.

The commands run in a scratch copy of the workspace (the seed articles and curation file; `TIMELINE_DATA_DIR`
pointing at it), from a working directory holding the files the examples add (`tests/fixtures/readme/`), with
`/tmp/` mapped into it. A line with a placeholder (`ARTICLES_DIR`, `tcp://SCHEDULER:8786`) cannot run as written:
it must still be a valid command line once its placeholders are filled in.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from tests.fixtures import FIXTURES, ROOT
from timeline import cli

README = ROOT / "README.md"
EXAMPLE_FILES = FIXTURES / "readme"
COMMAND = re.compile(r"^(?:\$ )?(?:\.venv/bin/)?python -m timeline (.+)$")
PLACEHOLDER = re.compile(r"\b[A-Z][A-Z_]{2,}\b")
FILLED = {"ARTICLES_DIR": "data/articles", "FILE": "events.csv", "DIR": "events/", "SCHEDULER": "scheduler.example"}


def readme_commands() -> list[str]:
    """The arguments of every `python -m timeline` line in the README's fenced code blocks, in document order
    (comments dropped)."""
    found: list[str] = []
    for block in re.findall(r"^```[a-z]*\n(.*?)^```", README.read_text(encoding="utf-8"), re.S | re.M):
        for line in block.splitlines():
            match = COMMAND.match(line.strip())
            if match:
                found.append(shlex.join(shlex.split(match.group(1), comments=True)))
    return found


COMMANDS = readme_commands()


def test_the_readme_shows_every_command() -> None:
    shown = {c.split()[0] for c in COMMANDS}
    assert shown == {"extract", "timex", "add", "build", "export", "export-html"}
    assert "export --format timelinejs --out story.json" in COMMANDS  # the example of issue 16
    assert any(c.startswith("export --format markdown") for c in COMMANDS)


@pytest.mark.slow
def test_every_readme_command_runs_on_the_seed_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(ROOT / "data" / "articles", tmp_path / "data" / "articles")
    shutil.copy(ROOT / "data" / "curation.csv", tmp_path / "data" / "curation.csv")
    for example in EXAMPLE_FILES.iterdir():
        shutil.copy(example, tmp_path / example.name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TIMELINE_DATA_DIR", str(tmp_path / "data"))
    for key in ("TIMELINE_EVENTS", "TIMELINE_READ_ONLY"):
        monkeypatch.delenv(key, raising=False)
    ran = 0
    for command in COMMANDS:
        argv = [arg.replace("/tmp/", f"{tmp_path}/tmp/") for arg in shlex.split(command)]
        if PLACEHOLDER.search(command):
            filled = [PLACEHOLDER.sub(lambda m: FILLED[m.group(0)], arg) for arg in argv]
            cli.parser().parse_args(filled)  # argparse exits (status 2) on a line it does not accept
            continue
        code = cli.main([*argv, "--quiet"] if argv[0] in ("extract", "timex", "build") else argv)
        assert code == 0, f"`python -m timeline {command}` exited {code}: {capsys.readouterr().err}"
        ran += 1
    assert ran >= 15
    assert (tmp_path / "data" / "events.parquet").exists()
    brief = (tmp_path / "brief.md").read_text(encoding="utf-8")
    assert brief.startswith("# Crisis timeline\n\nChronology of ")
    assert "Korea Strait" in brief  # the article `add` took in is in the built events
