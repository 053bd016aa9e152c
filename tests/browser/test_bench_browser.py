"""`python -m bench.dashboard --dataset N --browser` still works: the page served, drawn and filtered in Chromium.

Only that it runs and reports each step; the figures themselves live in bench/RESULTS.md."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from bench import dashboard

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_browser_mode_times_every_step(chromium_path: Path, tmp_path: Path) -> None:
    rows = dashboard.run_dataset(3_000, 60, store=tmp_path / "events", browser=True)
    steps = {step: (seconds, note) for step, seconds, note in rows}
    for visit in (*dashboard.VISITS, dashboard.SEARCH):
        for what in ("chart data received", "chart drawn", "table shown", "page done"):
            seconds = steps[f"{visit}: {what}"][0]
            assert math.isfinite(seconds) and seconds > 0, (visit, what)
    before = int(re.sub(r"\D", "", steps["returning visitor (cached): chart drawn"][1].split(" points")[0]))
    after = int(re.sub(r"\D", "", steps["filter change (one actor): chart redrawn"][1].split(": ")[-1]
                       .split(" points")[0]))
    assert 0 < after < before  # one actor: fewer points drawn
    for what in ("chart data received", "chart redrawn", "page done"):  # a word typed in the search box
        seconds = steps[f"filter change (a word searched): {what}"][0]
        assert math.isfinite(seconds) and seconds > 0, what
    searched = steps["filter change (a word searched): chart redrawn"][1]
    assert int(re.sub(r"\D", "", searched.split(": ")[-1].split(" points")[0])) < before  # a word: fewer points
