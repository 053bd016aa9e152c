"""Who acts in a passive that names no agent: "the envoy was summoned to the Foreign Ministry", "Seventeen people
have been indicted", "Flight operations were suspended at Srinagar airport", "troops were deployed", "fighters were
scrambled". The authority or force the article points to: where the act took place, whose list or airspace it
is, who last did an act of its kind, else the state the article is about there. Used by
`timeline.extract.actors.event_actors`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from timeline.extract.actors.context import Resolved
from timeline.extract.actors.organisations import POLICE, police
from timeline.extract.actors.places import city_country
from timeline.extract.actors.resolve import Resolver
from timeline.extract.lexicon.clauses import LIST_NOUNS
from timeline.extract.lexicon.event_types import SUBTYPES
from timeline.extract.syntax import core, light_verb
from timeline.extract.triggers import Hit, carries_forces, is_military_token

ARREST_REACH = 600  # characters: "Police said they arrested 14 men ... The 14 were rounded up" is that police's act


class Agentless:
    """The actors of passives with no agent, in one article (`resolve`: the finder's own phrase resolution)."""

    def __init__(self, resolver: Resolver, resolve: Callable[[Token], Resolved | None]) -> None:
        self.resolver = resolver
        self.registry = resolver.registry
        self._resolve = resolve

    def summoner(self, hit: Hit) -> list[Resolved]:
        """"Russia's ambassador was summoned to the Estonian Foreign Ministry": whoever the envoy was summoned to; with
        no one named, the state the story is told from."""
        tok = hit.token
        if hit.subtype != "protest" or not any(c.dep_ == "nsubjpass" for c in tok.children):
            return []
        to = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                   if o.dep_ == "pobj"), None)
        found = self._resolve(to) if to is not None else None
        if found is None and to is None and self.resolver.ctx.told_from():  # "TALLINN — The Russian envoy was
            found = Resolved(self.registry.state(self.resolver.ctx.told_from()), "context")  # summoned": the host's
        return [found] if found is not None and found.acts else []

    def authority_in_context(self, hit: Hit, passive: Token | None = None) -> list[Resolved]:
        """"Seventeen people have been indicted", "five Iraqis were deported", "a reward has been offered": a formal
        act in the passive with no agent is the act of the authority that last did one of its kind in the article,
        else of the state the article is about there."""
        tok = passive if passive is not None else hit.token  # the verb in the passive (a noun's light verb)
        shared = next((o for v in tok.conjuncts for c in v.children if c.dep_ == "agent" for o in c.children
                       if o.dep_ == "pobj"), None)
        if shared is not None and any(c.dep_ == "nsubjpass" for c in tok.children):
            found = self._resolve(shared)  # "rounded up and held by Iraqi troops": the conjunct's agent
            return [found] if found is not None else []
        arrest = hit.subtype == "arrest"
        if not (hit.event_type == "designation" or arrest) or not any(
                c.dep_ == "nsubjpass" for c in tok.children) or any(c.dep_ == "agent" for c in tok.children):
            return []
        owner = self.list_owner(tok)
        if owner is not None:
            return [owner]
        ctx = self.resolver.ctx
        if arrest:  # "14 foreigners were rounded up": by the police that last acted in the article, if lately, else
            earlier = ctx.last(tok.idx, did="force", within=ARREST_REACH)  # by the police of the country in the news
            if earlier is not None and earlier.role == POLICE:
                return [Resolved(earlier, "context")]
            found = police(ctx, tok, [], self.resolver.context_country(tok))
            return [Resolved(found.actor, "context")] if found is not None else []
        family = SUBTYPES[hit.subtype].family
        where = self.closed_where(tok) if family == "closure" or hit.subtype == "suspension" else ""
        if where:  # "Flight operations were suspended at Srinagar, Jammu and Leh airports": India's
            return [Resolved(self.registry.state(where), "context")]
        earlier = ctx.last(tok.idx, did=family)
        if earlier is not None:
            return [Resolved(earlier, "context")]
        country = self.resolver.context_country(tok)
        return [Resolved(self.registry.state(country), "context")] if country else []

    def closed_where(self, verb: Token) -> str:
        """The one country of the places where something was closed or suspended ("at Srinagar, Jammu and Leh
        airports", "over Kharkiv", "Israel's airspace"), a city placed by GeoNames too, or ""."""
        places = [t for p in verb.children if p.dep_ == "prep" and p.lower_ in {"at", "in", "over", "across"}
                  for t in p.subtree if t.ent_type_ == "GPE" or (t.pos_ == "PROPN" and t.is_title)]
        places += [o for c in verb.children if c.dep_ == "nsubjpass" for o in c.children if o.dep_ == "poss" and
                   o.ent_type_ == "GPE"]  # "Israel's airspace has been closed": Israel's own
        found = {self.registry.country(t.text) or city_country(t.text, self.registry) or "" for t in places} - {""}
        return found.pop() if len(found) == 1 else ""

    def list_owner(self, verb: Token) -> Resolved | None:
        """"He was placed on the FBI's most wanted list", "put on the UN blacklist": whose list it is (its possessor,
        or an organisation named before its noun) made the listing."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "to", "onto"}):
            for noun in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in LIST_NOUNS):
                owner = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
                    (c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in {"ORG", "GPE"}), None)
                found = self._resolve(owner) if owner is not None else None
                if found is not None:
                    return found
        return None

    def posture_in_context(self, hit: Hit) -> list[Resolved]:
        """"Exercises were held off the coast", "fighters were scrambled": a posture change whose passive names no
        agent and no nationality is made by the forces of the country the article is about there."""
        if SUBTYPES[hit.subtype].family != "posture":
            return []
        tok = hit.token
        verb = light_verb(tok) if hit.noun else tok
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if verb is not None else None
        if patient is None or any(c.dep_ == "agent" for c in verb.children) or not (  # type: ignore[union-attr]
                patient.i == tok.i or is_military_token(patient) or carries_forces(patient)):
            return []  # the forces themselves, or the posture noun, must be what the passive is about
        country = self.resolver.context_country(tok)
        return [Resolved(self.registry.military(country), "context")] if country else []

    def passive_force(self, hit: Hit) -> list[Resolved]:
        """"Troops were deployed", "the army was placed on alert": a posture change of the forces named."""
        if SUBTYPES[hit.subtype].family != "posture":
            return []
        patient = next((c for c in hit.token.children if c.dep_ == "nsubjpass"), None)
        if patient is None:
            return []
        for tok in [patient, *(t for t in core(patient) if is_military_token(t) and t.i != patient.i)]:
            found = self.resolver.phrase(tok) if tok.i == patient.i else self.resolver.force(tok)
            if found is not None and found.actor.is_military:
                return [found]
        return []
