"""The dashboard in a real browser: chart drawn, an actor filter redraws it, a click opens an event."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser.conftest import SCREENSHOTS

pytestmark = pytest.mark.browser
POINTS = ".js-plotly-plot .scatterlayer path.point"
TIMEOUT = 60_000


def wait_for_chart(page: Any) -> int:
    page.wait_for_selector(POINTS, timeout=TIMEOUT)
    return int(page.locator(POINTS).count())


# every lane label lies inside the chart: the figure sets the left margin itself (no automargin), by estimate
LABELS_INSIDE = """() => {
  const left = document.querySelector('.js-plotly-plot .main-svg').getBoundingClientRect().left;
  const labels = [...document.querySelectorAll('.js-plotly-plot .yaxislayer-above .y2tick text')];
  return labels.length > 0 && labels.every(t => t.getBoundingClientRect().left >= left);
}"""


def test_filter_by_actor_redraws_fewer_points(page: Any, app_url: str) -> None:
    page.goto(app_url)
    before = wait_for_chart(page)
    assert page.evaluate(LABELS_INSIDE)
    page.screenshot(path=str(SCREENSHOTS / "timeline.png"))
    actor = page.get_by_test_id("stMultiSelect").filter(has=page.get_by_text("Actor", exact=True))
    actor.locator("input").click()
    page.get_by_role("option").filter(has_text=re.compile(r"\(\d+\)$")).first.click()  # not "Select all"
    page.keyboard.press("Escape")
    page.wait_for_url("**actor=**", timeout=TIMEOUT)  # the filter is mirrored in the URL
    count = f"document.querySelectorAll('{POINTS}').length"
    page.wait_for_function(f"{count} > 0 && {count} < {before}", timeout=TIMEOUT)  # redrawn with fewer points
    page.screenshot(path=str(SCREENSHOTS / "filtered.png"))


def test_click_opens_event_detail_and_a_link_reopens_it(page: Any, app_url: str) -> None:
    page.goto(app_url)
    wait_for_chart(page)
    page.locator(POINTS).nth(3).click(force=True)
    heading = page.get_by_text("Sentences (time expression highlighted)")
    heading.wait_for(timeout=TIMEOUT)
    page.locator("blockquote mark").first.wait_for(timeout=TIMEOUT)  # the time expression is highlighted
    page.get_by_text("Why merged:").wait_for(timeout=TIMEOUT)
    page.wait_for_url("**event=**", timeout=TIMEOUT)
    page.screenshot(path=str(SCREENSHOTS / "detail.png"), full_page=True)
    link = page.url
    page.goto("about:blank")
    page.goto(link)
    page.get_by_text("Sentences (time expression highlighted)").wait_for(timeout=TIMEOUT)
