"""Every word table extraction reads, one module a topic; the rules that read them stay general.

Everything here is data: extend a table to teach the extractor a new word. Words are spaCy lemmas, lower case,
unless a table says otherwise.

- `event_types`: the event types and subtypes, with their PLOVER and CAMEO codes;
- `triggers`: the verbs and nouns that report an event, each with its senses and what a sense needs;
- `clauses`: the words around a trigger that change what its clause reports (light verbs, control verbs, verbs an
  attack is the means of, what explodes) and the page's boilerplate lines;
- `actors`: what makes a phrase an actor: military and government nouns, office titles, roles that never act,
  organisations' names, pronouns;
- `modality`: the words that give an event its status (planned, threatened, hypothetical, claimed, denied);
- `headlines`: the words the headline and target writer reads (`timeline.extract.headlines`).
"""

from __future__ import annotations


def words(text: str) -> tuple[str, ...]:
    """The words of a space-separated list (tables stay readable as plain text)."""
    return tuple(text.split())
