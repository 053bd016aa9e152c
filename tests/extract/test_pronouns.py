"""Who "he" and "she" are (`timeline.extract.actors.pronouns`), on short texts the team wrote.

Each case: a text, the actor a statement in its last sentence must have, and actors no row of that sentence may
have (the person a naive "last person named" rule would pick).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract.actors.registry import Registry
from timeline.extract.events import Mention, extract_mentions
from timeline.ingest.articles import Article

PUBLISHED = date(2024, 10, 16)


def extract(text: str) -> list[Mention]:
    return extract_mentions(Article(id="t", text=text, published=PUBLISHED, title=""), [], Registry.default())


def last_sentence_rows(text: str) -> list[Mention]:
    mentions = extract(text)
    last = max(m.char_start for m in mentions) if mentions else -1
    return [m for m in mentions if m.char_start == last]


CASES: list[tuple[str, str, str, list[str]]] = [
    ("topic-over-last-named",  # the subject of the sentence before, not the person named last in it
     "Gen. Omar Sayed, who had searched for the engineer Peter Lund for months, was confident he would find "
     "Lund's body. He said villagers had told him where it was buried.",
     "Omar Sayed", ["Peter Lund"]),
    ("chain-of-pronouns",
     "Gen. Omar Sayed, who had searched for the engineer Peter Lund for months, was confident he would find "
     "Lund's body. He said villagers had told him where it was buried. If the body is found, he said, it will be "
     "flown home.",
     "Omar Sayed", ["Peter Lund"]),
    ("she-tells-the-gender",  # "she" made the minister a woman: "he said" is not her, though she spoke last
     "Interior Minister Anna Berg said on Monday that the border would stay closed, and she ordered more patrols. "
     "General Karl Holm toured the border posts. “The troops are ready,” he said.",
     "Karl Holm", ["Anna Berg"]),
    ("honorific-tells-the-gender",
     "Mrs. Anna Berg, the interior minister, said on Monday that the border would stay closed. General Karl Holm "
     "toured the border posts. “The troops are ready,” he said.",
     "Karl Holm", ["Anna Berg"]),
    ("name-inside-a-quotation",  # "“Novak is wrong,” he said": he is not Novak
     "President Ivo Marek arrived in the capital on Tuesday. “Prime Minister Jan Novak is wrong about the army,” he "
     "said.",
     "Ivo Marek", ["Jan Novak"]),
    ("not-a-name-before-the-subject",  # "After meeting X, he said": he is not X
     "Defence Minister Karl Holm flew to the front on Monday. After meeting General Ivan Petrov, he said the army "
     "would hold its lines.",
     "Karl Holm", ["Ivan Petrov"]),
    ("appositive-of-a-title",  # the head of an inquiry named in apposition speaks on
     "Interior Minister Anna Berg said the border would stay closed. “We will not back down,” she declared. The "
     "head of the police inquiry in Mombasa, Peter Otieno, said 30 people had been questioned. “We have no "
     "suspect yet,” he said.",
     "Peter Otieno", ["Anna Berg"]),
]


@pytest.mark.parametrize(("name", "text", "actor", "not_actors"), CASES, ids=[c[0] for c in CASES])
def test_pronoun_antecedent(name: str, text: str, actor: str, not_actors: list[str]) -> None:
    rows = last_sentence_rows(text)
    actors = {m.actor for m in rows if m.event_type == "statement"}
    assert actor in actors, (name, [(m.event_type, m.actor, m.sentence) for m in rows])
    assert not actors & set(not_actors), (name, actors)


def test_an_unnamed_spokesman_speaks_for_the_body_that_spoke() -> None:
    """"a spokesman" brings in someone new: not the spokesman named before, but one of the body last quoted."""
    rows = last_sentence_rows(
        "Russian Foreign Ministry spokesman Ivan Petrov said talks would resume. The British Foreign Office said on "
        "Monday that conditions in the capital were deteriorating. Food was still available, said a spokesman, who "
        "was not identified.")
    assert {m.actor for m in rows if m.event_type == "statement"} == {"Foreign Office"}


def test_an_unnamed_spokesman_with_no_body_before_is_nobody_named() -> None:
    rows = extract(
        "Russian Foreign Ministry spokesman Ivan Petrov said talks would resume. Heavy rain fell on the capital for "
        "most of the week, and many roads were closed by floods. Food was still available, said a spokesman, who "
        "was not identified.")
    assert not [m for m in rows if m.sentence.startswith("Food")]


def test_a_bare_title_far_back_yields_to_the_state_in_focus() -> None:
    """"the minister" named long before was another country's: after "Norway called for talks", "The minister
    denied" is Norway's minister."""
    filler = " ".join(["Shipping through the strait slowed again on Wednesday as insurers raised their rates."] * 20)
    rows = extract(
        f"British Foreign Office Minister Alan Grey called the blockade illegal. {filler} Norway called for an "
        "emergency conference of oil producers on Thursday. The minister denied that Norway had cut its supplies.")
    actors = {m.actor for m in rows if m.sentence.startswith("The minister")}
    assert actors == {"Norway"}, actors
