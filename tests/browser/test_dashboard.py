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


# rectangles (left, top, right, bottom) of what is visible under a selector
RECTS = """sel => [...document.querySelectorAll(sel)].filter(e => {
  const s = getComputedStyle(e);
  return s.visibility !== 'hidden' && s.display !== 'none' && parseFloat(s.opacity) > 0;
}).map(e => { const b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; })
  .filter(r => r[2] > r[0] && r[3] > r[1])"""
# what is drawn at the middle of each rectangle: true when it is the element itself (nothing covers it)
ON_TOP = """sel => [...document.querySelectorAll(sel)].every(e => {
  const b = e.getBoundingClientRect();
  const hit = document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2);
  return hit !== null && (e === hit || e.contains(hit));
})"""
X_RANGE = "() => document.querySelector('.js-plotly-plot')._fullLayout.xaxis.range.map(v => new Date(v).getTime())"
DAY_MS = 86_400_000


def overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_toolbar_and_range_buttons_are_both_usable_with_the_mouse_over_the_chart(page: Any, seed_app_url: str) -> None:
    page.goto(seed_app_url)
    wait_for_chart(page)
    chart = page.locator(".js-plotly-plot").first
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 3)  # over the lanes: the toolbar shows
    page.wait_for_selector(".modebar-container .modebar", state="visible", timeout=TIMEOUT)
    page.wait_for_timeout(500)  # the toolbar fades in
    buttons = page.evaluate(RECTS, ".rangeselector .button")
    toolbars = page.evaluate(RECTS, ".modebar") + page.evaluate(RECTS, "[data-testid='stElementToolbar']")
    assert len(buttons) == 3 and toolbars
    assert not [(b, t) for b in buttons for t in toolbars if overlap(b, t)]
    assert page.evaluate(ON_TOP, ".rangeselector .button") and page.evaluate(ON_TOP, ".modebar-btn")
    page.screenshot(path=str(SCREENSHOTS / "app_mouse_over_chart.png"))
    first = page.evaluate(X_RANGE)
    page.locator(".rangeselector .button").filter(has_text="1 month").click()  # usable: the view becomes a month
    page.wait_for_function(f"(({X_RANGE})()[1] - ({X_RANGE})()[0]) < 32 * {DAY_MS}", timeout=TIMEOUT)
    page.locator(".modebar-btn[data-title='Reset axes']").click()  # and so is the toolbar
    page.wait_for_function(f"Math.abs(({X_RANGE})()[0] - {first[0]}) < 1000", timeout=TIMEOUT)


def test_country_names_leave_the_markers_of_their_first_lanes_clear(page: Any, seed_app_url: str) -> None:
    page.goto(seed_app_url)
    wait_for_chart(page)
    names = page.evaluate(RECTS, ".js-plotly-plot .annotation-text-g")
    markers = page.evaluate(RECTS, POINTS)
    labels = page.evaluate("() => [...document.querySelectorAll('.js-plotly-plot .annotation-text-g')]"
                           ".map(e => e.textContent)")
    assert labels[:2] == ["UNITED STATES", "VENEZUELA"] and len(names) == len(labels) >= 2
    assert not [(n, m) for n in names for m in markers if overlap(n, m)]
    ticks = page.evaluate(RECTS, ".js-plotly-plot .yaxislayer-above .y2tick text")
    second_band_top = names[1][1]
    below = [t for t in ticks if t[1] > second_band_top]
    chart = page.locator(".js-plotly-plot").first.bounding_box()
    top = names[0][1] - 46  # with the dates above the lanes
    page.screenshot(path=str(SCREENSHOTS / "country_bands.png"), full_page=True,
                    clip={"x": chart["x"], "y": top + page.evaluate("window.scrollY"), "width": chart["width"],
                          "height": below[1][3] + 12 - top})  # the first band's header and the second's first lanes
