"""Who does what a trigger reports: the actor of each event in a sentence.

A verb trigger's subject ("Moscow and Beijing held drills": both), the object of a verb whose object acts
("observed Chinese warships"), the forces of a passive posture change ("troops were deployed"), a noun
trigger's possessor, "by" agent, modifier ("U.S. strikes") or light verb's subject ("carried out strikes");
pronouns ("it", "its own drones", "we") are the governing speaker, "the two sides" the last two countries
named. Each phrase resolves through `timeline.extract.actors.resolve` in the article's context. Used by
`timeline.extract.events`.
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline.extract.actors.agentless import Agentless
from timeline.extract.actors.context import Resolved
from timeline.extract.actors.organisations import armed_group, registered_among
from timeline.extract.actors.people import named_in_apposition
from timeline.extract.actors.phrases import country_of_tokens
from timeline.extract.actors.pronouns import body_that_spoke
from timeline.extract.actors.registry import Actor
from timeline.extract.actors.resolve import Resolver
from timeline.extract.lexicon.actors import ARMED_GROUP_NOUNS, OFFICE_TITLES, PAIR_NOUNS, ROOTLESS_GROUP_NOUNS
from timeline.extract.lexicon.clauses import (
    COLLECTIVE_NOUNS,
    HOLDING_VERBS,
    JOINING_VERBS,
    LIGHT_VERBS,
    LOCATED_EVENTS,
    MESSAGE_NOUNS,
    OBJECT_ACTOR_VERBS,
)
from timeline.extract.lexicon.event_types import PATIENT_SUBTYPES, SUBTYPES, TARGETED_SUBTYPES
from timeline.extract.lexicon.triggers import NOUN_TRIGGERS, STATEMENT_VERBS
from timeline.extract.syntax import (
    core,
    drawn_from,
    governors,
    host_verb,
    is_verbal,
    judged,
    light_verb,
    nested_modifiers,
    noun_agent,
    responsibility_claimer,
    subject_of,
)
from timeline.extract.triggers import Hit, is_military_token

TOLD_AGAIN_SUBTYPES = frozenset({"invasion", "occupation"})  # "the invasion": one event an article tells again


class ActorFinder:
    """Finds the actors of triggers in one article, in text order (with the article's `Resolver`)."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self.registry = resolver.registry
        self.agentless = Agentless(resolver, self._resolve)

    def find(self, hit: Hit) -> list[Resolved]:
        """Who acts: one actor, or several for coordinated subjects ("Moscow and Beijing held drills")."""
        tok = hit.token
        if hit.noun:
            return self._noun_actor(hit)
        if tok.lemma_.lower() in OBJECT_ACTOR_VERBS and hit.event_type == "deployment" and not self._force_joins(tok):
            obj = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)
            found = self.resolver.phrase(obj) if obj is not None else None
            return [found] if found is not None else []
        agent = noun_agent(tok) if tok.tag_ == "VBG" and hit.event_type == "deployment" and tok.dep_ in {
            "acl", "nsubj", "nsubjpass", "ROOT"} else None  # (not a byline's "Reporting by X")
        found = self.resolver.phrase(agent) if agent is not None else None
        if found is not None:  # "Heavy shelling by the Pakistan Army was reported", the gerund read as a verb
            return [found]
        subject = subject_of(tok)
        if subject is None:
            agentless = self.agentless
            return agentless.summoner(hit) or agentless.passive_force(hit) or agentless.posture_in_context(hit) or \
                agentless.authority_in_context(hit)
        return self._subjects(subject)

    @staticmethod
    def _force_joins(tok: Token) -> bool:
        """"Its troops would join multinational forces": a force that joins another is the one that moves (but
        "thousands joined the militia": the militia mobilises)."""
        if tok.lemma_.lower() not in JOINING_VERBS:
            return False
        subject = subject_of(tok)
        return subject is not None and any(is_military_token(t) for t in core(subject))

    def _resolve(self, head: Token) -> Resolved | None:
        lower = head.lower_
        if lower in {"its", "their"} or (lower == "it" and head.dep_ != "nsubj"):
            verb = next((g for g in governors(head) if is_verbal(g)), None)
            inner = subject_of(verb) if verb is not None else None
            return self._resolve(inner) if inner is not None and inner.i != head.i else None
        if lower in {"it", "they", "we"}:
            found = self._speaker_of(head)
            if found is None and lower == "it" and head.dep_ == "nsubj" and is_verbal(head.head) and \
                    head.head.lemma_.lower() in STATEMENT_VERBS:  # "It strongly condemns the attacks"
                found = self._body_before(head)
                if found is None:
                    thing = self.resolver.ctx.last(head.idx, speaking_body=True)
                    found = Resolved(thing, "coref") if thing is not None else None
            if found is None and lower == "they" and head.dep_ == "nsubj" and is_verbal(head.head) and \
                    head.head.lemma_.lower() in STATEMENT_VERBS:  # "The party threatened ... They say"
                body = body_that_spoke(self.resolver.ctx, head.idx)
                found = Resolved(body, "coref") if body is not None else None
            return found
        message = head.lemma_.lower() in MESSAGE_NOUNS
        author = self._author(head) if message else None
        if author is not None:  # "Saddam's message called for", "a statement by X said"
            return self.resolver.phrase(author)
        if message and head.dep_ == "nsubj" and not any(c.dep_ in {"compound", "amod"} and c.ent_type_ for c in
                                                        head.children):  # "The State Department said ... An
            body = body_that_spoke(self.resolver.ctx, head.idx, governing_too=True)  # accompanying statement warned
            return Resolved(body, "coref") if body is not None else None  # against travel": that body's
        res = self.resolver.phrase(head)
        if res is not None and res.source == "ner" and res.actor.kind == "organisation" and head.dep_ == "nsubj":
            holder = self._office_holder_named(head)  # "The Director of Defence Media Operations, Maj.-Gen.
            res = holder if holder is not None else res  # Edward E. Buba, disclosed": the director, not the office
        if res is None and head.dep_ in {"nsubj", "nsubjpass"}:  # "X, the UN relief coordinator, demanded": a name
            appos = next((c for c in head.children if c.dep_ == "appos"), None)  # nothing knows, its title says
            titled = self.resolver.phrase(appos) if appos is not None else None
            if titled is not None and (titled.actor.is_government or titled.actor.is_military or titled.actor.role in {
                    "international organisation", "armed group"}):  # not "a container line, Nordlund Maritime,"
                res = titled
            elif titled is None and appos is not None and head.lemma_.lower() == "party" and appos.pos_ == "PROPN":
                res = self._named_party(head, appos)  # "Northern Ireland's biggest party, the Ulster Unionists,"
        if res is None and head.lemma_.lower() in COLLECTIVE_NOUNS:  # "a first batch of French troops arrived"
            members = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                            if o.dep_ == "pobj" and is_military_token(o)), None)
            if members is not None:
                return self._resolve(members)
        if res is None and is_military_token(head) and any(c.dep_ == "poss" and c.lower_ in {"its", "their"}
                                                           for c in head.children):
            res = self._owner_of(head)
        if res is None and head.dep_ == "dobj" and head.head.lemma_.lower() in LIGHT_VERBS | HOLDING_VERBS:
            author = subject_of(head.head)  # "signed an order imposing sanctions": the signer imposes them
            if author is not None and author.i != head.i:
                return self._resolve(author)
        return res

    def _office_holder_named(self, office: Token) -> Resolved | None:
        """The person in apposition to an office's name the parser made the subject, when an office title
        leads the phrase ("The Director of Defence Media Operations, ..., Edward E. Buba,")."""
        if not any(t.lower_ in OFFICE_TITLES for t in office.subtree if t.i < office.i):
            return None
        named = named_in_apposition(office)
        found = self.resolver.phrase(named.root) if named is not None else None
        return found if found is not None and found.actor.kind == "person" else None

    def _body_before(self, pronoun: Token) -> Resolved | None:
        """The subject before `pronoun` in its sentence that names a state or body: "the Trump administration
        designated the cartel, an organization it claims is led by Maduro"."""
        for tok in reversed([t for t in pronoun.sent if t.i < pronoun.i and t.dep_ == "nsubj" and t.pos_ != "PRON"]):
            found = self.resolver.phrase(tok)
            if found is not None and found.actor.kind != "person" and found.acts:
                return found
        return None

    def _named_party(self, head: Token, name: Token) -> Resolved:
        """A political party named in apposition to "party" ("Northern Ireland's biggest Protestant party, the
        Ulster Unionists,"): an actor of the country its description names."""
        words = [t.text for t in name.subtree if t.dep_ not in {"det", "punct"}]
        country = country_of_tokens([t for t in head.subtree if t.i < head.i], self.registry)
        return Resolved(Actor(" ".join(words), country, "organisation", "political party"), "ner")

    @staticmethod
    def _author(message: Token) -> Token | None:
        """Who a message, letter or proposal is by: its possessor, or its "by"/"from" phrase."""
        for child in message.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "from"}:
                return next((o for o in child.children if o.dep_ == "pobj"), None)
        return None

    def _owner_of(self, force: Token) -> Resolved | None:
        """"Ukraine says its own drones struck a refinery": the speaker's forces."""
        for gov in governors(force):
            subject = next((c for c in gov.children if c.dep_ == "nsubj"), None) if is_verbal(gov) else None
            if subject is None or subject.i == force.i or subject.pos_ == "PRON":
                continue
            owner = self.resolver.phrase(subject)
            if owner is None:
                return None
            actor = owner.actor
            if actor.kind == "state" and actor.country:
                actor = self.registry.military(actor.country)
            return Resolved(actor, "coref")
        return None

    def _speaker_of(self, pronoun: Token) -> Resolved | None:
        """"The Pentagon said it would deploy", "'we will respond,' the ministry said": the governing speaker."""
        for gov in governors(pronoun):
            if not is_verbal(gov):
                continue
            subject = next((c for c in gov.children if c.dep_ == "nsubj" and c.i != pronoun.i), None)
            if subject is not None and subject.pos_ != "PRON":
                return self.resolver.phrase(subject)
        return None

    def _subjects(self, subject: Token) -> list[Resolved]:
        pair = self._two_sides(subject)
        if pair:
            return pair
        if is_military_token(subject):  # "Thai and Cambodian troops", "Indian and Pakistani forces": both sides' forces
            for mod in (c for c in subject.children if c.dep_ in {"amod", "compound", "nmod"}):
                countries = list(dict.fromkeys(c for c in (country_of_tokens([t], self.registry)
                                                           for t in [mod, *mod.conjuncts]) if c))
                if len(countries) > 1:
                    return [Resolved(self.registry.military(c), "nationality") for c in countries]
        heads = [subject]
        for head in heads:  # "Britain, France and Germany": each conjunct's own conjuncts too
            heads += [c for c in head.children if c.dep_ == "conj"]
        return [r for r in (self._resolve(h) for h in heads) if r is not None]

    def _two_sides(self, subject: Token) -> list[Resolved]:
        """"The two sides agreed", "both countries accused each other": the last two countries named."""
        if subject.lemma_.lower() not in PAIR_NOUNS or subject.tag_ != "NNS":
            return []
        words = {c.lower_ for c in subject.children if c.dep_ in {"det", "nummod", "predet", "preconj"}}
        if "both" not in words and not {"the", "two"} <= words:
            return []
        countries = self.resolver.ctx.last_countries(subject.idx, 2)
        if len(countries) < 2:
            return []
        return [Resolved(self.registry.state(c), "coref") for c in reversed(countries)]

    def _noun_actor(self, hit: Hit) -> list[Resolved]:
        sides = self._sides(hit.token)
        if sides:
            return sides
        found = self._one_noun_actor(hit)
        verb = light_verb(hit.token)
        subject = subject_of(verb) if verb is not None else None
        if subject is None:
            if found is not None:
                return [found]
            return self.agentless.posture_in_context(hit) or (  # "a reward has been offered"
                self.agentless.authority_in_context(hit, verb) if verb is not None else [])
        if found is None:
            return self._subjects(subject)
        return [found, *self._subjects(subject)[1:]]  # "Moscow and Beijing held drills": both

    def _sides(self, tok: Token) -> list[Resolved]:
        """"Clashes between Sudanese troops and RSF fighters", "fighting between the army and rebels": each side."""
        between = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "between"
                   for o in p.children if o.dep_ == "pobj"] or [  # "an encounter with security forces": that side
            o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
            if o.dep_ == "pobj" and is_military_token(o)]
        if not between or SUBTYPES.get("clash") is None or tok.lemma_.lower() not in NOUN_TRIGGERS or not any(
                s.subtype == "clash" for s in NOUN_TRIGGERS[tok.lemma_.lower()]):
            return []
        return self._subjects(between[0])

    def _one_noun_actor(self, hit: Hit) -> Resolved | None:
        tok, reg = hit.token, self.registry
        for child in tok.children:
            if child.dep_ == "poss" and hit.subtype in PATIENT_SUBTYPES and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                return None  # "his abduction", "Pol Pot's arrest": who suffered it (not "Israel's arrest of X")
            if child.dep_ == "poss":
                return self._resolve(child)
            if child.dep_ in {"prep", "agent"} and child.lower_ == "from" and hit.event_type == "statement":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)  # "warnings from Moscow"
                if obj is not None:
                    return self._resolve(obj)
        drawn = drawn_from(tok) if hit.event_type == "statement" else None
        if drawn is not None:  # "drawing a sharp rebuke from Beijing"
            return self._resolve(drawn)
        claimer = responsibility_claimer(tok)  # (before a "by" phrase the parser may hang nearby: "claimed
        if claimer is not None:  # responsibility for the attack in a statement by their spokesman")
            return self._resolve(claimer)
        agent = noun_agent(tok)
        if agent is not None:
            return self._resolve(agent)
        accused = judged(tok)
        if accused is not None:  # "accused India of ceasefire violations": India's
            return self._resolve(accused)
        mods = [c for c in tok.lefts if c.dep_ in {"compound", "amod", "nmod"}]
        mods += [g for g in nested_modifiers(tok) if g.i < tok.i]  # "US Predator attacks"
        if any(m.lemma_.lower() in ARMED_GROUP_NOUNS and m.lemma_.lower() not in ROOTLESS_GROUP_NOUNS
               for m in mods):  # "rebel strikes on tankers" (but "terrorist attacks" name no group)
            group = armed_group(self.resolver.ctx, tok, mods)
            if group is not None:
                return group
        if mods:
            span = tok.doc[mods[0].i: tok.i]
            known = reg.lookup(span.text)
            if known is not None and known.acts:
                return Resolved(known, "registry")
            registered = registered_among(reg, mods, lambda actor: actor.acts)
            if registered is not None:
                return registered
            if tok.lemma_.lower() in LOCATED_EVENTS:  # "the Kenya bombing": where, not who
                mods = [m for m in mods if m.ent_type_ != "GPE"]
            country = country_of_tokens(mods, reg)
            if country:
                actor = reg.military(country) if hit.event_type == "deployment" else reg.state(country)
                return Resolved(actor, "nationality")  # "U.S. strikes", "a Russian drone attack"
        host = host_verb(tok)
        if host is not None:
            subject = subject_of(host)
            return self._resolve(subject) if subject is not None else None
        verb = light_verb(tok)
        if verb is not None:
            subject = subject_of(verb)
            if subject is not None:
                return self._resolve(subject)
            return None
        if hit.subtype in TOLD_AGAIN_SUBTYPES and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                                      for c in tok.children):
            told = self.resolver.ctx.last(tok.idx, did=SUBTYPES[hit.subtype].family)
            if told is not None:  # "the invasion": the one the article told, by whoever carried it out
                return Resolved(told, "coref")
        if hit.event_type == "deployment" and hit.subtype not in TARGETED_SUBTYPES:
            return self._deployed_force(tok)
        return None

    def _deployed_force(self, tok: Token) -> Resolved | None:
        """The owner of the forces a deployment noun moves: "the deployment of U.S. troops", else a force
        with a nationality named elsewhere in the sentence (only when the noun has an object)."""
        objects = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        if not objects:
            return None
        for obj in objects:
            for member in [obj, *[c for c in obj.subtree if c.dep_ == "conj"]]:
                if is_military_token(member) or member.ent_type_ == "ORG":
                    res = self.resolver.phrase(member)
                    if res is not None and res.actor.is_military:
                        return res
        for other in tok.sent:
            if other.i == tok.i or not is_military_token(other) or other.pos_ != "NOUN":
                continue
            mods = [c for c in other.lefts if c.dep_ in {"compound", "amod", "poss"}]
            if mods and country_of_tokens(mods, self.registry):
                res = self.resolver.phrase(other)
                if res is not None and res.actor.is_military:
                    return Resolved(res.actor, "context")
        return None
