"""The country an article is about, standing in for an agent a sentence does not name."""

from __future__ import annotations

import pytest

from tests.extract.test_events import extract


@pytest.mark.parametrize("text", [
    "An ice storm hit Canada and the United States on Monday. Five counties have been declared under a state of "
    "emergency.",
    "Heavy snow fell in Canada. Heavy snow fell in the United States. Five counties have been declared under a "
    "state of emergency.",
])
def test_no_state_is_guessed_between_two_about_as_much_in_the_news(text: str) -> None:
    got = [(m.event_type, m.actor) for m in extract(text) if m.event_type == "designation"]
    assert not got, f"unexpected {got}"


def test_the_one_state_in_the_news_still_stands_in() -> None:
    text = "An ice storm hit Canada on Monday. Five counties have been declared under a state of emergency."
    assert any(m.event_type == "designation" and m.actor == "Canada" for m in extract(text))
