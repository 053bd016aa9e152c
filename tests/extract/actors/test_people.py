"""Who a person named in the article is: a figure of the crisis, or someone whose words are no event."""

from __future__ import annotations

import pytest

from tests.extract.test_events import extract


@pytest.mark.parametrize("text", [
    # the model tags the name as an organisation and hangs it on the place: still the refugee
    "A Syrian refugee in Germany, Layla Haddad, is a senior official of a group called the Syrian Women Relief "
    "Network. Ms. Haddad says the war has created a generation of orphans. Ms. Haddad says the shelling has "
    "emptied the towns.",
    "A Sudanese refugee in Egypt, Amira Osman, is a spokeswoman of a group called the Darfur Women Forum. "
    "Ms. Osman says the fighting has destroyed her village. Ms. Osman says the militia burned the market.",
])
def test_a_refugee_introduced_once_stays_no_actor_when_named_again(text: str) -> None:
    got = [(m.event_type, m.actor) for m in extract(text) if m.event_type == "statement"]
    assert not got, f"unexpected {got}"


@pytest.mark.parametrize(("text", "speaker"), [
    # the figure of the story keeps the bare surname when a relative is named only in passing
    ("Defense Minister Raul Castro, brother of President Fidel Castro, praised the militia on Saturday. The rebels "
     "landed in 1956 with 82 men led by Fidel Castro. \"No one gives up,\" Castro said.", "Raul Castro"),
    ("Opposition leader Tomas Varga addressed the rally on Sunday. The party was founded by his father, Andras "
     "Varga, in 1990. Varga said the government must resign.", "Tomas Varga"),
    # named again as a subject, the other person takes the surname
    ("Saddam Hussein spoke on Sunday. King Hussein of Jordan arrived in Washington on Monday. Hussein said he "
     "carried a message.", "King Hussein"),
])
def test_a_shared_surname_is_the_person_last_named_as_a_subject(text: str, speaker: str) -> None:
    got = [m.actor for m in extract(text) if m.event_type == "statement" and "said" in m.sentence]
    assert got == [speaker], got


def test_another_first_name_is_another_person() -> None:
    text = ("Carlos Lopez told reporters on Monday that he wants to stay. Carlos Lopez said he likes his school. "
            "Miguel Lopez said on Tuesday that he wants his son back.")
    got = [m.actor for m in extract(text) if m.event_type == "statement" and "Miguel" in m.sentence]
    assert "Carlos Lopez" not in got, got


def test_a_surname_described_by_another_title_is_the_same_person() -> None:
    text = ("Rep. Martin Greer subpoenaed the two envoys on Monday. Greer, the committee's chairman, said in a "
            "release that the hearing would be public.")
    got = [m.actor for m in extract(text) if m.event_type == "statement" and "release" in m.sentence]
    assert got == ["Martin Greer"], got


def test_an_office_holder_described_by_a_former_office_still_acts() -> None:
    text = ("Hector Alvarado, president of the National Assembly and Castro's point man on U.S.-Cuban relations, told "
            "reporters that officials are frustrated by the delay.\n\nAlvarado, former Cuban ambassador to the United "
            "Nations, dismissed suggestions by some U.S. politicians that the father travel to Miami.")
    got = [m.actor for m in extract(text) if "dismissed" in m.sentence]
    assert got == ["Hector Alvarado"], got
