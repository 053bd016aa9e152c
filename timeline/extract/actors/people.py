"""People a phrase names: a named person with their titles and nationality, and "the president"-type titles.

"Brazilian Foreign Minister Mauro Vieira" -> Mauro Vieira, Brazil; "Lai" after "Lai Ching-te" -> Lai Ching-te;
"the foreign minister" -> the foreign minister last named. A person with no office title (a quoted resident)
or an analyst gets a role that does not act (`Actor.acts` is False). Used by `timeline.extract.actors.resolve`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from timeline.extract.actors.context import Context, Resolved
from timeline.extract.actors.organisations import registered_among
from timeline.extract.actors.phrases import (
    blocked,
    clean_name,
    country_of_tokens,
    entity_of,
    left_modifiers,
    sentence_state,
    titles_before,
    titles_of,
)
from timeline.extract.actors.pronouns import SUBJECTS, body_that_spoke
from timeline.extract.actors.registry import NAMED, PRIVATE, Actor
from timeline.extract.lexicon.actors import (
    HEAD_OF_STATE_TITLES,
    INDEFINITE_DETERMINERS,
    INSTITUTION_HEADS,
    MILITARY_HEADS,
    MINISTRY_KINDS,
    OFFICE_TITLES,
    ROYAL_TITLES,
    SPOKESPERSONS,
)

FAR = 1500  # characters: a title's holder named further back than that yields to a state the story turned to


def person(ctx: Context, name: str, head: Token, title_head: Token | None = None) -> Resolved | None:
    """The person `name` (headed by `head`; `title_head` is a title the parser split off), registered, met
    before in the article, or new (then remembered under their full name, surname and first name)."""
    if not name:  # only titles ("Lt Col", "Brig Gen"): no name to act under
        return None
    reg = ctx.registry
    surname = name.split()[-1]
    known = reg.lookup(name) or (reg.by_surname(name) if " " not in name else None)
    if known is not None:
        return Resolved(known, "registry")
    seen = ctx.people.get(name) or _bearer_of(ctx.people.get(surname), name)
    titles = titles_of(head)
    owner: Token | None = None
    if not titles:  # "Trinidad and Tobago's Prime Minister X" parsed apart: the titles and whose they are
        titles, owner = titles_before(head)
    is_blocked = blocked(head)
    mods = left_modifiers(head) + [t for c in head.children if c.dep_ == "appos" for t in c.subtree]
    if head.dep_ == "appos":  # "Taiwan's Premier, Cho Jung-tai": the title's modifiers give the country
        mods += left_modifiers(head.head)
    if title_head is not None:  # "army chief Abdel Fattah al-Burhan" parsed as two phrases
        titles |= {title_head.lower_} | titles_of(title_head)
        is_blocked = is_blocked or blocked(title_head)
        mods += left_modifiers(title_head)
    described = not any(t.lower_.rstrip(".") in titles for t in left_modifiers(head))  # "Burton, the chairman"
    if seen is not None and titles and (
            (seen.role not in {PRIVATE, NAMED} and not titles & set(seen.role.split()) and not described)
            or (titles & ROYAL_TITLES and not seen.name.lower().startswith(tuple(ROYAL_TITLES)))):
        seen = None  # "King Hussein" after "(President) Saddam Hussein": another person with that name
    if seen is not None and " " not in name and name in seen.name.split():
        name, surname = seen.name, seen.name.split()[-1]  # "Minister Morishita": Kenji Morishita, named before
    elif " " not in name and titles & ROYAL_TITLES:
        name = " ".join([*(t.text for t in mods if t.lower_.rstrip(".") in ROYAL_TITLES), name])  # "King Hussein"
    if seen is not None and not titles and not is_blocked:
        return Resolved(_named_again(ctx, seen, head), "coref")
    if seen is not None and titles and described and is_blocked and seen.acts:
        # "Alarcon, former Cuban ambassador to the UN," after "Ricardo Alarcon, president of the National Assembly":
        # the office holder named before, whatever else the apposition says they were
        return Resolved(_named_again(ctx, seen, head), "coref")
    of_place = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj"] if titles else []  # "President Kuchma of Ukraine"
    country = (country_of_tokens([owner], reg) if owner is not None else "") or country_of_tokens(mods, reg) or \
        country_of_tokens(of_place, reg) or (seen.country if seen else "")
    if not country and titles:  # a subject state before a titled person; "Defense Minister X": that ministry's
        country = sentence_state(head, reg) or _office_country(ctx, mods)
    if not country and titles and not is_blocked:
        country = ctx.told_from()  # "ISLAMABAD: Defence Minister Khawaja Asif said": an office holder named
        # without a country in a story told from a country's city holds that country's office
    # A person with no office title (a quoted resident, a cook) or an analyst never acts in the crisis; one named
    # as a country's ("Iraq's Saddam Hussein", "Russia's Putin") is a figure of that country.
    owned = not titles and any(t.dep_ == "poss" and country_of_tokens([t], reg) for t in mods)
    role = "commentator" if is_blocked else NAMED if owned else PRIVATE if not titles else " ".join(sorted(titles))
    actor = Actor(name, country, "person", role)
    ctx.people[name] = actor
    for part in {surname, name.split()[0]} - {name}:  # "Lai Ching-te" is later "Lai"
        if len(part) > 2 and part.lower() not in ROYAL_TITLES and _takes_the_name(ctx.people.get(part), head):
            ctx.people[part] = actor  # the person last named in full: "Hussein" after "King Hussein" is the king
    return Resolved(_named_again(ctx, actor, head), "ner")


def _bearer_of(holder: Actor | None, name: str) -> Actor | None:
    """The person met before who answers to the surname of `name`, when `name` can be theirs: a surname alone, or
    a part of their full name ("Miguel Gonzalez" of "Juan Miguel Gonzalez"), never another first name ("Lazaro
    Gonzalez" is not "Elian Gonzalez")."""
    if holder is None or " " not in name:
        return holder
    return holder if set(name.split()) <= set(holder.name.split()) else None


def _takes_the_name(holder: Actor | None, head: Token) -> bool:
    """Whether a person named in full now answers to their bare surname (or first name) that `holder` answered to
    so far: always when no one did; else only when named as a subject ("King Hussein arrived" after "Saddam
    Hussein"), not in passing ("Raul Castro ... 82 men led by Fidel Castro ... Castro said": Raul)."""
    return holder is None or head.dep_ in SUBJECTS or (head.dep_ == "appos" and head.head.dep_ in SUBJECTS)


def _named_again(ctx: Context, actor: Actor, head: Token) -> Actor:
    """An untitled person the article names in two or more sentences is a figure of the story ("Fidel Castro
    invited John Paul ... Castro has said"), whose words are statements; one named once (a quoted resident) is not."""
    sentences = ctx.named_in.setdefault(actor.name, set())
    sentences.add(head.sent.start)
    if actor.role != PRIVATE or len(sentences) < 2:
        return actor
    figure = Actor(actor.name, actor.country, "person", NAMED)
    for key, known in list(ctx.people.items()):
        if known == actor:
            ctx.people[key] = figure
    return figure


def _state_in_focus(ctx: Context, head: Token) -> Actor | None:
    """The state or government that is the main subject of the sentence before `head`'s, if any."""
    if head.sent.start == 0:
        return None
    before = head.doc[head.sent.start - 1].sent.start_char
    return next((m.actor for m in ctx.mentions if m.roles.sentence == before and m.roles.main and m.governing
                 and m.actor.kind != "person" and m.actor.country), None)


def _office_country(ctx: Context, mods: list[Token]) -> str:
    """"Defense Minister X" with no nationality: the country of the defence ministry last named, if any."""
    kind = next((MINISTRY_KINDS[t.lower_] for t in mods if t.lower_ in MINISTRY_KINDS), "")
    prev = ctx.last_named(mods[-1].idx if mods else 0, "ministry", also=kind) if kind else None
    return prev.country if prev is not None else ""


def untagged_person(ctx: Context, head: Token, mods: list[Token]) -> Resolved | None:
    """"Lt Col Vikram Sethi" left untagged by the model: a titled proper name is a person."""
    lemma = head.lemma_.lower()
    if head.pos_ != "PROPN" or entity_of(head) is not None or not mods or lemma in OFFICE_TITLES | \
            INSTITUTION_HEADS | MILITARY_HEADS or any(t.ent_type_ for t in mods):
        return None
    titles = {t.lower_.rstrip(".") for t in mods} & OFFICE_TITLES
    name = [t.text for t in mods if t.pos_ == "PROPN" and t.lower_.rstrip(".") not in OFFICE_TITLES]
    if not titles or not name or any(t.pos_ not in {"PROPN", "PUNCT"} for t in mods):
        return None
    return person(ctx, " ".join([*name, head.text]), head)


def named_in_apposition(title: Token) -> Span | None:
    """The person a title is in apposition with: "Russia's foreign minister, X,"."""
    of_phrase = [t for p in title.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
    for appos in (c for t in [title, *of_phrase] for c in t.children if c.dep_ == "appos"):  # (the parser may hang
        named = entity_of(appos)  # the name on the office's last word: "the Minister of Defense, X,")
        if named is not None and (named.label_ == "PERSON" or _personal(named)):
            return named
        if named is None and appos.lower_.rstrip(".") in OFFICE_TITLES:  # "the Minister of Defense, General in
            held = next((t for t in appos.subtree if t.ent_type_ == "PERSON"), None)  # Chief X,": the rank's holder
            named = entity_of(held) if held is not None else None
            if named is not None and named.label_ == "PERSON":
                return named
    return None


def _personal(named: Span) -> bool:
    """A name the model took for an organisation: two to five capitalised words, no institution's head."""
    return named.label_ == "ORG" and not named.ent_id_ and all(t.pos_ == "PROPN" and t.is_title for t in named) \
        and 2 <= len(named) <= 5 and named.root.lemma_.lower() not in INSTITUTION_HEADS


def named_as_person(ent: Span) -> bool:
    """A person's name, also one the model took for an organisation in apposition with a role that does not
    act ("An Afghan refugee in Switzerland, Homira Atimadi,"): then "Ms. Atimadi" is that refugee, no actor."""
    return ent.label_ == "PERSON" or (ent.root.dep_ == "appos" and _personal(ent) and blocked(ent.root))


def _head_of_state(head: Token, lemma: str) -> bool:
    """"The head of state", "the head of government": the state's leader, not a head of some body."""
    return lemma == "head" and any(o.lemma_.lower() in {"state", "government"} for p in head.children
                                   if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")


def title_holder(ctx: Context, head: Token, lemma: str, country: str) -> Resolved | None:
    """Who a title with no name names: a registered organisation inside the phrase, the person last named
    with that title ("the foreign minister"; "the leader" is also the last president), else the country."""
    reg = ctx.registry
    registered = registered_among(reg, (t for t in head.subtree if t.i != head.i),
                                  lambda actor: actor.kind == "organisation" and actor.acts)
    if registered is not None:
        return registered
    # "a spokesman", "an ambassador" brings in someone new: not the spokesman named before
    indefinite = any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in head.children)
    prev = None if indefinite else ctx.last(head.idx, person=True, title=lemma, country=country)
    if indefinite and not country and lemma in SPOKESPERSONS:  # "The Foreign Office said ... said a spokesman"
        body = body_that_spoke(ctx, head.idx, governing_too=True)
        return Resolved(body, "coref") if body is not None else None
    focus = _state_in_focus(ctx, head) if not country and not left_modifiers(head)[1:] else None
    if focus is not None and focus.country != (prev.country if prev is not None else "") and (
            prev is None or head.idx - ctx.last_offset(prev, head.idx) > FAR):
        return Resolved(ctx.registry.state(focus.country), "coref")  # "Saudi Arabia called for ... The minister"
    if prev is None and lemma == "premier" and not indefinite:  # "the premier wrote": the prime minister named
        prev = ctx.last(head.idx, person=True, title="prime", country=country)
    if prev is None and (lemma == "leader" or _head_of_state(head, lemma)):  # "the head of state said": the
        prev = ctx.last(head.idx, person=True, title="president", country=country)  # president named before
    if prev is None and country and lemma in HEAD_OF_STATE_TITLES:  # "the Iraqi leader": Iraq's figure named before
        prev = ctx.last(head.idx, person=True, country=country)
    if prev is not None:
        return Resolved(prev, "coref")
    if country:
        return Resolved(reg.state(country), "country")
    for tok in head.subtree:  # "the head of the FBI investigation": the body whose office it is
        ent = entity_of(tok)
        if tok.i != head.i and ent is not None and ent.label_ == "ORG" and tok.i == ent.root.i and not ent.ent_id_:
            return Resolved(Actor(clean_name(ent.text), "", "organisation", ""), "ner")
    return None
