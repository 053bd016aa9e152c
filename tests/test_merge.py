"""Merging mentions of the same happening across articles: explainable, stable, never across actors."""

from __future__ import annotations

import gc
from datetime import date
from typing import Any

import pandas as pd
import pytest

from timeline import merge, schema
from timeline.merge import jaccard, merge_mentions


def row(mention_id: str, article: str, sentence: str, *, event_type: str = "designation",
        subtype: str = "terrorist-listing", actor: str = "United States", target: str = "Cartel de los Soles",
        start: date = date(2025, 11, 24), end: date | None = None, basis: str = "explicit") -> dict[str, Any]:
    return dict(event_id="", mention_id=mention_id, event_type=event_type, subtype=subtype, modality="asserted",
                actor=actor, actor_country="United States", target=target, date_start=start, date_end=end or start,
                date_precision="day", date_text="", date_basis=basis, timex=start.isoformat(), summary="",
                sentence=sentence, char_start=0, char_end=len(sentence), article_id=article, title="", outlet="",
                url="", published=date(2025, 12, 1), confidence=0.8, sources=1, merge_reason="", curated=False)


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    return schema.coerce(pd.DataFrame(list(rows), columns=list(schema.COLUMN_NAMES)))


A = "The Trump administration designated the Cartel de los Soles as a foreign terrorist organization."
B = "The U.S. labeled the Cartel de los Soles, tied to Venezuela's government, a foreign terrorist organization."
C = "Washington designated the Cartel de los Soles a terrorist group on Monday."


def test_same_happening_in_three_articles_is_one_event_with_a_reason() -> None:
    out = merge_mentions(frame(row("m-1", "a1", A), row("m-2", "a2", B), row("m-3", "a3", C)))
    assert out["event_id"].nunique() == 1
    assert out["sources"].tolist() == [3, 3, 3]
    reason = out["merge_reason"].iloc[0]
    for part in ("designation", "United States", "Cartel de los Soles", "2025-11-24", "similarity"):
        assert part in reason
    schema.validate(out)


@pytest.mark.parametrize(("change", "why"), [
    ({"actor": "Venezuela"}, "different actors"),
    ({"start": date(2025, 3, 1)}, "dates that do not overlap"),
    ({"target": "Tren de Aragua"}, "different targets"),
    ({"event_type": "statement", "subtype": "statement"}, "different types"),
    ({"subtype": "bounty"}, "different subtype families"),
])
def test_never_merged(change: dict[str, Any], why: str) -> None:
    out = merge_mentions(frame(row("m-1", "a1", A), row("m-2", "a2", A, **change)))
    assert out["event_id"].nunique() == 2, why
    assert out["merge_reason"].tolist() == ["", ""]


def test_unrelated_sentences_of_one_actor_stay_apart() -> None:
    out = merge_mentions(frame(
        row("m-1", "a1", "Trump said the talks were over.", event_type="statement", subtype="statement",
            actor="Donald Trump", target=""),
        row("m-2", "a2", "Trump praised the Navy's new frigate programme in a speech.", event_type="statement",
            subtype="statement", actor="Donald Trump", target="")))
    assert out["event_id"].nunique() == 2


def test_same_explicit_day_lowers_the_bar_for_one_actors_remarks() -> None:
    day = date(2025, 10, 15)
    said: dict[str, Any] = dict(event_type="statement", subtype="statement", actor="Donald Trump", target="", start=day,
                basis="relative")
    first = row("m-1", "a1", "Then on Wednesday, Trump acknowledged he had authorized the CIA to act in Venezuela.",
                **said)
    second = row("m-2", "a1", "Trump said Wednesday that he authorized the CIA to operate inside Venezuela.", **said)
    out = merge_mentions(frame(first, second))
    assert out["event_id"].nunique() == 1 and "same day 2025-10-15" in out["merge_reason"].iloc[0]
    other_day = merge_mentions(frame(first, {**second, "date_start": date(2025, 10, 16),
                                             "date_end": date(2025, 10, 16)}))
    assert other_day["event_id"].nunique() == 2


def test_a_chain_never_links_incompatible_dates() -> None:
    early = row("m-1", "a1", A, start=date(2025, 11, 1), end=date(2025, 11, 30))
    middle = row("m-2", "a2", A, start=date(2025, 11, 24))
    late = row("m-3", "a3", A, start=date(2025, 12, 20))
    out = merge_mentions(frame(early, middle, late))
    ids = dict(zip(out["mention_id"], out["event_id"], strict=True))
    assert ids["m-1"] == ids["m-2"] != ids["m-3"]


def test_publication_dated_mention_covers_the_days_before_publication() -> None:
    explicit = row("m-1", "a1", A, start=date(2025, 11, 24))
    by_publication = row("m-2", "a2", B, start=date(2025, 12, 1), basis="publication")
    assert merge_mentions(frame(explicit, by_publication))["event_id"].nunique() == 1


def test_event_id_is_stable_and_independent_of_row_order() -> None:
    rows = [row("m-1", "a1", A), row("m-2", "a2", B), row("m-9", "a3", "Russia sent troops.", actor="Russia",
                                                              event_type="deployment", subtype="deployment")]
    first = merge_mentions(frame(*rows)).set_index("mention_id")["event_id"]
    again = merge_mentions(frame(*reversed(rows))).set_index("mention_id")["event_id"]
    assert first.sort_index().tolist() == again.sort_index().tolist()
    assert first["m-1"] == first["m-2"] != first["m-9"]


def test_mentions_in_one_article_count_as_one_source() -> None:
    out = merge_mentions(frame(row("m-1", "a1", A), row("m-2", "a1", C)))
    assert out["event_id"].nunique() == 1 and out["sources"].tolist() == [1, 1]


def test_empty_frame_passes_through() -> None:
    assert merge_mentions(schema.empty_frame()).empty


def test_jaccard() -> None:
    assert jaccard(frozenset({"a", "b"}), frozenset({"b", "c"})) == pytest.approx(1 / 3)
    assert jaccard(frozenset(), frozenset({"a"})) == 0.0


PUBLISHED = date(2025, 12, 1)
HEADLINE = "Iran moves missile batteries to Gulf islands as nuclear talks stall"
BODY = "Iran has deployed new missile batteries on three Gulf islands, Iranian state television said on Saturday."


def deployment(mention_id: str, article: str, sentence: str, *, actor: str = "Iran", country: str = "Iran",
               char_start: int = 0, basis: str = "explicit", start: date = date(2025, 11, 29)) -> dict[str, Any]:
    if basis == "publication":
        start = PUBLISHED
    base = row(mention_id, article, sentence, event_type="deployment", subtype="deployment", actor=actor, target="",
               start=start, basis=basis)
    return {**base, "actor_country": country, "char_start": char_start, "char_end": char_start + len(sentence),
            "date_text": "" if basis == "publication" else "Saturday"}


def test_a_headline_joins_its_restatement_in_the_body() -> None:
    out = merge_mentions(frame(deployment("m-1", "a1", HEADLINE, basis="publication"),
                               deployment("m-2", "a1", BODY, char_start=80)))
    assert out["event_id"].nunique() == 1
    reason = out["merge_reason"].iloc[0]
    assert "headline/lede restated in the body" in reason and "dated by 'Saturday'" in reason


def test_two_body_sentences_of_one_article_need_the_usual_similarity() -> None:
    lead = {**row("m-0", "a1", "Tehran warned its neighbours.", event_type="statement", subtype="warning",
                  actor="Iran", target=""), "char_start": 0}
    other = "Iran has moved fighter jets to an air base near Isfahan, state television said."  # some shared words
    out = merge_mentions(frame(lead, deployment("m-1", "a1", BODY, char_start=40),
                               deployment("m-2", "a1", other, char_start=160)))
    assert out["event_id"].nunique() == 3


@pytest.mark.parametrize(("actor", "country", "event_type", "merged"), [
    ("People's Liberation Army", "China", "deployment", True),  # a state and its own armed forces
    ("China armed forces", "China", "deployment", True),  # the generic name of tables written before 2026-12-03
    ("Taiwan", "Taiwan", "deployment", False),  # two countries never
    ("People's Liberation Army", "China", "statement", False),  # only deployments
])
def test_a_state_and_its_own_forces_are_one_deployer(actor: str, country: str, event_type: str, merged: bool) -> None:
    """(China's registered force is the People's Liberation Army; a country with none: the next test.)"""
    text = "China sent warships and bombers around the island of Kinmen on Monday in a show of force."
    first = deployment("m-1", "a1", text, actor="China", country="China")
    second = deployment("m-2", "a2", text, actor=actor, country=country)
    if event_type == "statement":
        first = {**first, "event_type": "statement", "subtype": "statement"}
        second = {**second, "event_type": "statement", "subtype": "statement"}
    out = merge_mentions(frame(first, second))
    assert (out["event_id"].nunique() == 1) is merged
    if merged:
        assert "a state and its own armed forces" in out["merge_reason"].iloc[0]


def test_a_state_and_its_generic_forces_are_one_deployer() -> None:
    text = "Pakistan moved troops and artillery toward the Line of Control on Monday in a show of force."
    first = deployment("m-1", "a1", text, actor="Pakistan", country="Pakistan")
    second = deployment("m-2", "a2", text, actor="Pakistani armed forces", country="Pakistan")
    out = merge_mentions(frame(first, second))
    assert out["event_id"].nunique() == 1 and "a state and its own armed forces" in out["merge_reason"].iloc[0]


@pytest.mark.parametrize(("actor", "country", "merged"), [
    ("Indian Navy", "India", True),  # an unlisted country's service, named as the story names it
    ("Indian Army", "India", True),
    ("Pakistan Navy", "India", False),  # another country's
    ("Indian Coast Guard", "India", False),  # not a service named so
])
def test_a_state_and_its_named_service_are_one_deployer(actor: str, country: str, merged: bool) -> None:
    text = "India moved two frigates and a submarine into the Arabian Sea on Monday in a show of force."
    first = deployment("m-1", "a1", text, actor="India", country="India")
    second = deployment("m-2", "a2", text, actor=actor, country=country)
    out = merge_mentions(frame(first, second))
    assert (out["event_id"].nunique() == 1) is merged


@pytest.mark.parametrize("order", ["wide-first", "narrow-first"])
def test_wide_and_narrow_ranges_meet_across_weeks(order: str) -> None:
    """Clusters are looked up by the weeks they cover: a year-long mention and a day in its last month must
    still meet, whichever is seen first (mentions are taken in mention_id order)."""
    wide = dict(start=date(2025, 1, 1), end=date(2025, 12, 31), basis="relative")
    narrow = dict(start=date(2025, 11, 24))
    first, second = (wide, narrow) if order == "wide-first" else (narrow, wide)
    out = merge_mentions(frame(row("m-1", "a1", A, **first), row("m-2", "a2", A, **second)))
    assert out["event_id"].nunique() == 1


def test_many_reports_of_many_weeks_merge_each_with_its_own() -> None:
    """Thirty weekly designations of different targets, each reported by two articles: thirty events of two."""
    rows = []
    for week in range(30):
        day = date.fromordinal(date(2025, 1, 6).toordinal() + 7 * week)
        for copy in ("x", "y"):
            rows.append(row(f"m-{week:02d}{copy}", f"a-{copy}", A.replace("Cartel de los Soles", f"Group {week}"),
                            target=f"Group {week}", start=day))
    out = merge_mentions(frame(*rows))
    assert out["event_id"].nunique() == 30
    assert set(out["sources"]) == {2}


# --- the indexed merge gives what comparing every pair of mentions gives ---------------------------------


def _pairwise_event_ids(data: pd.DataFrame) -> dict[str, str]:
    """Reference: each mention, in mention_id order, joins the first cluster whose every member is compatible
    and some member joins it (`merge._compatible`, `merge._joins`), trying every cluster."""
    clusters: list[list[merge._Item]] = []
    for item in sorted(merge._items(data), key=lambda it: it.mention_id):
        home = next((c for c in clusters if all(merge._compatible(item, o) for o in c)
                     and any(merge._joins(item, o) for o in c)), None)
        if home is None:
            clusters.append([item])
        else:
            home.append(item)
    return {it.mention_id: c[0].mention_id for c in clusters for it in c}


SAID: dict[str, Any] = dict(event_type="statement", subtype="statement", actor="Donald Trump", target="")
CASES = {
    "same words twice and a lower-similarity third": [
        row("m-1", "a1", A), row("m-2", "a2", A), row("m-3", "a3", C)],
    "a later member's target shuts out another target": [
        row("m-1", "a1", A, target=""), row("m-2", "a2", A), row("m-3", "a3", A, target="Tren de Aragua")],
    "a chain narrows the common date range": [
        row("m-1", "a1", A, start=date(2025, 11, 1), end=date(2025, 11, 30)),
        row("m-2", "a2", B, start=date(2025, 11, 20), end=date(2025, 11, 24)),
        row("m-3", "a3", A, start=date(2025, 11, 25), end=date(2025, 11, 28)),
        row("m-4", "a4", C, start=date(2025, 11, 24))],
    "the same day lowers the bar, another day does not": [
        row("m-1", "a1", "Trump said Wednesday that he authorized the CIA to operate inside Venezuela.",
            start=date(2025, 10, 15), basis="relative", **SAID),
        row("m-2", "a2", "Then on Wednesday, Trump acknowledged he had authorized the CIA to act in Venezuela.",
            start=date(2025, 10, 15), basis="relative", **SAID),
        row("m-3", "a3", "Trump acknowledged he had authorized the CIA, officials said.", start=date(2025, 10, 16),
            basis="relative", **SAID)],
    "a headline joins its body, a body sentence of another article does not": [
        deployment("m-1", "a1", HEADLINE, basis="publication"), deployment("m-2", "a1", BODY, char_start=80),
        deployment("m-3", "a2", "Iran moved troops near the border on Saturday.", char_start=0),
        deployment("m-4", "a2", "Gulf islands saw new batteries, officials in Tehran said on Saturday.",
                    char_start=90)],
    "no content words never join": [
        row("m-1", "a1", "It was."), row("m-2", "a2", "It was."), row("m-3", "a3", A)],
    "many weeks, targets and actors": [
        row(f"m-{i:02d}", f"a{i % 4}", A if i % 3 else B, target=("", "Group X", "Group Y")[i % 3],
            actor=("United States", "Venezuela")[i % 2],
            start=date.fromordinal(date(2025, 1, 6).toordinal() + 5 * (i % 7)),
            basis=("explicit", "publication", "relative")[i % 3]) for i in range(24)],
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_indexed_merge_matches_every_pair_compared(case: str) -> None:
    data = frame(*CASES[case])
    out = merge_mentions(data).set_index("mention_id")["event_id"]
    reference = _pairwise_event_ids(data)
    ids = {m: out[first] for m, first in reference.items()}  # the reference's clusters, as event ids
    assert out.to_dict() == ids
    assert out.nunique() == len(set(reference.values()))


@pytest.mark.parametrize(("sentences", "expected"), [
    (["Troops moved north.", "Troops moved north."], 1.0),  # the same words twice
    (["It was.", "It was."], 0.0),  # no content words: nothing in common
    (["Troops moved north.", "Troops moved south."], 0.5),  # troop, moved / troop, moved, north, south
    (["Troops moved north.", "Ships sailed west.", "Troops moved west."], 0.5),
])
def test_closest_similarity_compares_distinct_sentences(sentences: list[str], expected: float) -> None:
    items = merge._items(frame(*(row(f"m-{i}", f"a{i}", s, target="") for i, s in enumerate(sentences))))
    assert merge._closest(items) == pytest.approx(expected)
    pairs = [merge.jaccard(a.words, b.words) for i, a in enumerate(items) for b in items[i + 1:]]
    assert merge._closest(items) == max(pairs)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        if not enabled:
            gc.disable()
        merge_mentions(frame(row("m-1", "a1", A), row("m-2", "a2", B)))
        assert gc.isenabled() is enabled
    finally:
        if was:
            gc.enable()


@pytest.mark.parametrize(("better", "worse"), [
    (("United States designated the Cartel de los Soles as a terrorist group", "Cartel de los Soles"),
     ("United States designated the group", "")),  # naming the target first
    (("US military struck drug boats", ""), ("US military: strikes on drug boats", "")),  # the actor's clause
    (("US military struck drug boats", ""), ("US military striking drug boats", "")),  # not a participle
    (("United States doubled its bounty on Maduro to $50 million", ""),
     ("United States doubled its bounty on the president", "")),  # names and figures
    (("United States sanctioned four front companies in Oman", ""),
     ("United States sanctioned four companies", "")),  # then more content words
], ids=["target", "noun-phrase", "participle", "names-and-figures", "content-words"])
def test_headline_rank(better: tuple[str, str], worse: tuple[str, str]) -> None:
    actor = "US military" if better[0].startswith("US") else "United States"
    assert merge.headline_rank(better[0], actor, better[1]) > merge.headline_rank(worse[0], actor, worse[1])


def test_a_merged_event_shows_its_best_headline_and_says_why() -> None:
    """Every mention of the event gets the best of their headlines; `merge_reason` names its mention."""
    rows = [row("m-1", "a1", A, target=""), row("m-2", "a2", B), row("m-3", "a3", C, target="")]
    rows[0]["summary"] = "United States designated the Cartel de los Soles"
    rows[1]["summary"] = "United States labeled the Cartel de los Soles a foreign terrorist organization"
    rows[2]["summary"] = "United States designated the Cartel de los Soles a terrorist group"
    out = merge_mentions(frame(*rows))
    assert out["event_id"].nunique() == 1
    assert set(out["summary"]) == {"United States labeled the Cartel de los Soles a foreign terrorist organization"}
    assert "headline from mention m-2 (a2), the best of 3: names the target" in out["merge_reason"].iloc[0]


def test_one_headline_for_all_is_not_explained() -> None:
    out = merge_mentions(frame(row("m-1", "a1", A), row("m-2", "a2", B)))
    assert out["event_id"].nunique() == 1 and "headline from" not in out["merge_reason"].iloc[0]


@pytest.mark.parametrize(("first", "second", "merged"), [
    ("U.S. embassies in Kenya", "American Embassies in Kenya", True),  # a shared content word: one target
    ("cartel", "Cartel de los Soles", True),
    ("Cartel de los Soles", "Tren de Aragua", False),  # "de" is no content word
    ("UN headquarters", "UN", True),  # two capitals count
])
def test_targets_agree_when_they_share_a_content_word(first: str, second: str, merged: bool) -> None:
    out = merge_mentions(frame(row("m-1", "a1", A, target=first), row("m-2", "a2", A, target=second)))
    assert (out["event_id"].nunique() == 1) is merged
