"""Who a phrase names, in the context of its article.

`Resolver` walks an article's sentences in order and remembers every actor mentioned
(`timeline.extract.actors.context`), so that "he", "the president", "the regime", "the military" or "the Foreign
Ministry" resolve to the last compatible actor before them. A phrase resolves through, in order: the registry
gazetteer (exact), a country name, demonym or seat ("Washington", "the U.S."), a named entity with its title and
nationality ("Brazilian Foreign Minister Mauro Vieira" -> Mauro Vieira, Brazil), a government or military head
noun with a country modifier ("the Trump administration", "Maduro's forces"), and last the article context.
Analysts, experts, former officials, ordinary people and news outlets resolve to an actor that does not act
(`Actor.acts` is False) so the caller can drop their sentences. People and titles are resolved in
`timeline.extract.actors.people`, armed forces, ministries and institutions in
`timeline.extract.actors.organisations`; this module dispatches a phrase to them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from timeline.extract.actors import forces, people, pronouns
from timeline.extract.actors import organisations as org
from timeline.extract.actors.context import Context, Resolved, Roles
from timeline.extract.actors.phrases import (
    blocked,
    clean_name,
    country_of_tokens,
    entity_of,
    left_modifiers,
    organisation_role,
    sentence_ents,
    titles_of,
)
from timeline.extract.actors.registry import Actor, Registry
from timeline.extract.lexicon.actors import (
    ARMED_BODY_NOUNS,
    ARMED_GROUP_NOUNS,
    BODY_NOUNS,
    COMMANDING_TITLES,
    COURT_NOUNS,
    DEFINITE_BODY_HEADS,
    GOVERNMENT_NOUNS,
    GROUP_MEMBER_HEADS,
    GROUP_TITLES,
    LEADERS_GOVERNMENTS,
    MILITARY_HEADS,
    MINISTRY_KINDS,
    MISSION_NOUNS,
    NAVAL_PREFIXES,
    NON_ACTOR_MODIFIERS,
    NON_ACTOR_ROLES,
    OFFICE_TITLES,
    POLICE_NOUNS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS_PERSON,
    PRONOUNS_RELATIVE,
    QUANTIFIERS,
    SPOKESPERSONS,
    TIME_ZONES,
    TITLE_ADJECTIVES,
)
from timeline.extract.lexicon.clauses import COLLECTIVE_NOUNS
from timeline.extract.lexicon.triggers import STATEMENT_VERBS
from timeline.extract.syntax import governors, is_verbal
from timeline.extract.triggers import is_military_token
from timeline.nlp.pipeline import DEFINED_ACRONYMS


class Resolver:
    """Resolves phrases of one article (a fresh one per article)."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.ctx = Context(registry)
        self.reading = pronouns.Reading()

    # ---- recording the article's mentions -------------------------------------------------------

    def observe(self, sent: Span) -> None:
        """Remember every actor named in `sent` (call before resolving phrases inside it), and the person each
        subject "he" or "she" in it names."""
        self.reading.enter(sent)
        for ent in sentence_ents(sent):
            if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"}:
                continue
            head = ent.root
            if head.lemma_.lower() == "ministry" and not ent.ent_id_:  # named as `phrase` names it
                res = org.ministry(self.ctx, head, left_modifiers(head), self.context_country)
            else:
                res = self._entity(ent, head)
            if res is None and ent.label_ == "NORP" and ent.ent_id_.startswith("country:"):
                res = self._demonym_head(ent)
            if res is None:
                continue
            governing = res.actor.is_government and (ent.label_ != "GPE" or head.dep_ in {"nsubj", "nsubjpass"})
            surface = sent.doc[left_modifiers(head)[0].i if left_modifiers(head) else ent.start: ent.end].text
            if head.dep_ in {"nsubj", "nsubjpass", "poss", "compound", "amod"} and head.head.lemma_.lower() in \
                    GOVERNMENT_NOUNS:
                governing = True
                surface += " " + head.head.lemma_.lower()  # "Niger's junta": the antecedent of "the junta"
            elif head.dep_ in {"poss", "compound", "amod"} and head.head.lemma_.lower() in MISSION_NOUNS:
                surface += " " + head.head.lemma_.lower()  # "the U.S. Embassy": the antecedent of "the embassy"
            self.ctx.remember(ent.start_char, res.actor, titles_of(head), governing, surface,
                              roles=self.reading.roles(head))
            gender = pronouns.gender_of_name(left_modifiers(head) + list(ent)) if res.actor.kind == "person" else ""
            if gender:
                self.ctx.genders.setdefault(res.actor.name, gender)
        pronouns.remember_pronouns(self.ctx, sent, self.reading)  # "... He said": who, for later pronouns
        for tok in sent:  # "Minister of Defense Kenji Morishita instructed ...": a titled name the model left untagged
            if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and not tok.ent_type_:
                people.untagged_person(self.ctx, tok, left_modifiers(tok))

    def _demonym_head(self, ent: Span) -> Resolved | None:
        """"the Venezuelan government" -> Venezuela; "Russian troops" -> Russia's armed forces."""
        country = ent.ent_id_.removeprefix("country:")
        noun = ent.root.head
        lemma = noun.lemma_.lower()
        if ent.root.dep_ not in {"amod", "compound", "nmod"}:
            return None
        if lemma in GOVERNMENT_NOUNS - {"official", "authority"} or (
                lemma in MISSION_NOUNS and noun.dep_ in {"nsubj", "nsubjpass"}):  # not a place: "at the embassy"
            return Resolved(self.registry.state(country), "country")
        if lemma in MILITARY_HEADS:
            return Resolved(self.registry.military(country), "nationality")
        return None

    def remember_event(self, offset: int, actor: Actor, event_type: str, family: str) -> None:
        """An event's actor becomes the antecedent of later "the troops", "the government", "he said", and of
        the authority of a later agentless act of the same family ("17 people have been indicted")."""
        if event_type == "deployment" and actor.country and actor.kind != "organisation" and not actor.is_military:
            actor = self.registry.military(actor.country)  # "Venezuela deployed troops": then "the troops"
        self.ctx.remember(offset, actor, governing=actor.is_government, did=family,
                          roles=Roles(self.reading.sent_char))

    # ---- entities ----------------------------------------------------------------------------------

    def _entity(self, ent: Span, head: Token) -> Resolved | None:
        reg = self.registry
        if ent.ent_id_.startswith("country:"):
            country = ent.ent_id_.removeprefix("country:")
            if ent.label_ == "NORP":
                return None
            return Resolved(reg.state(country), "country")
        if ent.ent_id_:
            known = reg.lookup(ent.ent_id_)
            if known is not None:
                return Resolved(known, "registry")
        name = clean_name(ent.text)
        if not name or name in TIME_ZONES or name.endswith(" of"):  # "The Government of" cut before "Japan"
            return None
        if name in self.ctx.people or people.named_as_person(ent):  # the model may tag a known surname as ORG
            name = clean_name(ent.text, person=True)
            return people.person(self.ctx, name, head)
        if ent.label_ == "ORG":
            known = reg.lookup(name)
            if known is not None:
                return Resolved(known, "registry")
            if ent[0].text in NAVAL_PREFIXES and len(ent) > 1:  # "USS Mason", "HMS Diamond": a ship of that navy
                return Resolved(reg.military(NAVAL_PREFIXES[ent[0].text]), "nationality")
            if head.lemma_.lower() in MILITARY_HEADS:  # "the Army": the country's force (`phrase`), no person
                return forces.proper_force(self.ctx, ent, head)
            if head.lemma_.lower() == "department":  # "the Department of Foreign Affairs": a ministry
                named_department = org.department(self.ctx, head, left_modifiers(head), self.context_country)
                if named_department is not None:
                    return named_department
            country = country_of_tokens(left_modifiers(head), reg) or org.state_body_country(self.ctx, name, head)
            if " " not in name and not name.isupper():  # "said Olena": a one-word "organisation" is a person's name
                return people.person(self.ctx, name, head)
            role = organisation_role(name)
            return Resolved(Actor(name, country, "organisation", role), "ner")
        if ent.label_ == "GPE":
            named = reg.country(name)
            if named:
                return Resolved(reg.state(named), "country")
        return None


    # ---- phrases -----------------------------------------------------------------------------------

    def phrase(self, head: Token) -> Resolved | None:
        """The actor a noun phrase headed by `head` names, or None when it names none."""
        reg = self.registry
        lower, lemma = head.lower_, head.lemma_.lower()
        if lower in PRONOUNS_PERSON:
            prev = pronouns.antecedent(self.ctx, head, self.reading.quoted_in(head))
            return Resolved(prev, "coref") if prev is not None else None
        if lower in PRONOUNS_RELATIVE and head.head.dep_ == "relcl":
            return self.phrase(head.head.head)
        if head.text in TIME_ZONES:  # "14:10 GMT — Russia's foreign ministry spokeswoman ... warned"
            appos = next((c for c in head.children if c.dep_ == "appos"), None)
            return self.phrase(appos) if appos is not None else None
        if lemma in NON_ACTOR_ROLES:  # analysts, sources, residents, "Pentagon lawyers"
            if lemma == "source":  # "Pentagon sources said": the registered body they speak from, unnamed
                body = org.registered_among(reg, left_modifiers(head), lambda a: a.kind == "organisation" and a.acts)
                if body is not None:
                    return body
            return Resolved(Actor(head.text, "", "person", "commentator"), "ner")
        defined = head.doc.user_data.get(DEFINED_ACRONYMS, {}).get(head.text) if not head.ent_id_ else None
        if defined is not None and not defined[0] <= head.i < defined[1]:  # "the CCG said" after "China Coast
            name = head.doc[defined[0]: defined[1]].root  # Guard (CCG) vessels": the name it stands for
            if name.i != head.i and name.text != head.text:
                found = self.phrase(name)
                if found is not None:
                    return found
        mods = left_modifiers(head)
        span_text = head.doc[mods[0].i if mods else head.i: head.i + 1].text if mods else head.text
        known = reg.lookup(span_text)
        if known is not None and not (mods and mods[0].lower_ in NON_ACTOR_MODIFIERS):
            return Resolved(known, "registry")
        if not mods and lemma in DEFINITE_BODY_HEADS and any(t.lower_ == "the" for t in head.lefts) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in head.children):  # (not "the Department of the Treasury")
            prev = self.ctx.last_named(head.idx, lemma)  # "the ministry said": the ministry last named
            if prev is not None:
                return Resolved(prev, "coref")
        if lemma in MISSION_NOUNS:
            return org.mission(self.ctx, head, mods)
        if lemma == "department":
            named_department = org.department(self.ctx, head, mods, self.context_country)
            if named_department is not None:
                return named_department
        if lemma in GOVERNMENT_NOUNS - {"official", "authority"}:  # "the Government of Japan"
            of_country = country_of_tokens([t for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                                            for t in p.subtree], reg)
            if of_country:
                return Resolved(reg.state(of_country), "country")
        if lemma == "ministry" or (lemma in MINISTRY_KINDS and head.head.lemma_.lower() == "ministry"):
            return org.ministry(self.ctx, head, mods, self.context_country)
        nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if lemma in OFFICE_TITLES and nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
            named = entity_of(nxt)
            if named is not None and not named.ent_id_:
                return people.person(self.ctx, clean_name(named.text, person=True), named.root, title_head=head)
        if lemma in OFFICE_TITLES:  # "Chief of Army Staff General Asim Munir said": the name the parser hung on "of"
            held = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                         if o.dep_ == "pobj" and o.ent_type_ == "PERSON"), None)
            named = entity_of(held) if held is not None else None
            if held is not None and named is not None and not named.ent_id_ and named.root.i == held.i:
                return people.person(self.ctx, clean_name(named.text, person=True), named.root, title_head=head)
        ent = entity_of(head)
        if (ent is None or (len(ent) == 1 and not ent.ent_id_)) and head.pos_ == "PROPN" and \
                head.text in self.ctx.people:
            return Resolved(self.ctx.people[head.text], "coref")  # a name seen before, untagged this time
        if ent is not None and ent.label_ == "ORG" and not ent.ent_id_ and lemma in MILITARY_HEADS:
            proper = forces.proper_force(self.ctx, ent, head)
            if proper is not None:
                return proper
            ent = None  # "the Navy" untagged by the registry: a force of the country in the news
        if ent is not None and ent.label_ == "ORG" and not ent.ent_id_ and lemma in OFFICE_TITLES and \
                people.named_in_apposition(head) is not None:
            ent = None  # "the Minister of Information, X," the model tagged an organisation: X speaks (below)
        if ent is not None and ent.label_ in {"PERSON", "ORG", "GPE"}:
            res = self._entity(ent, ent.root)
            if res is not None and ent.label_ == "PERSON" and blocked(head):
                return Resolved(Actor(res.actor.name, res.actor.country, "person", "commentator"), "ner")
            if res is not None:
                return res
        if lemma in COURT_NOUNS and mods and not head.ent_type_:  # "a federal appeals court", "a federal judge"
            court = org.court(self.ctx, head, mods, self.context_country)
            if court is not None:
                return court
        if lemma in ARMED_GROUP_NOUNS or (lemma in GROUP_MEMBER_HEADS and any(
                m.lemma_.lower() in ARMED_GROUP_NOUNS for m in mods)):
            group = org.armed_group(self.ctx, head, mods)  # "Rwandan rebels", "rebel forces", "the militants"
            if group is not None:
                return group
        people_of = self._people_of(head, mods)
        if people_of is not None:
            return people_of
        country = country_of_tokens(mods, reg)
        if lemma in POLICE_NOUNS:
            return org.police(self.ctx, head, mods, country)
        if head.tag_ == "NNS" and lemma in GROUP_TITLES:
            return self._office_holders(head, mods, country)
        if lemma == "opposition" or (lemma in BODY_NOUNS | {"party"} and any(
                m.lower_ == "opposition" for m in mods)):
            return self._opposition(head, mods, country)  # "the opposition", "opposition groups in Zimbabwe"
        spokes = org.speakers_body(head, mods)  # "Red Cross officials", "an official from the organization"
        if spokes is not None and (spoken_for := self.phrase(spokes)) is not None:
            return spoken_for
        if lemma in GOVERNMENT_NOUNS:
            if lemma in {"official", "authority"} and not country:  # "federal officials": of the dateline's state
                return org.state_officials(self.ctx, head, mods, reg)
            leader = next((m for m in mods if m.ent_type_ == "PERSON"), None) if not country else None
            if leader is not None and lemma in LEADERS_GOVERNMENTS:
                return self._leaders_government(leader, head)  # "the Bush administration"
            if not country and lemma not in {"official", "authority"}:  # "the junta in Niger", "the government of
                country = country_of_tokens([o for p in head.children if p.dep_ == "prep" and p.lower_ in {"in", "of"}
                                             for o in p.children if o.dep_ == "pobj"], reg)  # Chad": that place's
                if country:
                    return Resolved(reg.state(country), "country")
            if not country:  # "the government", "the junta", "his government"
                country = self.context_country(head)
            return Resolved(reg.state(country), "coref" if not mods else "country") if country else None
        if ent is None and lemma in MILITARY_HEADS and head.pos_ == "PROPN" and head.is_title:
            start = head.left_edge.i  # "Poland's Operational Command" the model left untagged: the name before the head
            start += head.doc[start].pos_ == "DET"
            proper = forces.proper_force(self.ctx, head.doc[start: head.i + 1], head) if start < head.i else None
            if proper is not None:
                return proper
        if lemma in MILITARY_HEADS or is_military_token(head) or any(
                is_military_token(t) for c in head.children if c.dep_ == "appos" for t in c.subtree) or any(
                c.dep_ == "compound" and (c.lemma_.lower() in MILITARY_HEADS or (
                    c.text in NAVAL_PREFIXES and head.pos_ == "PROPN") or (
                    lemma in COLLECTIVE_NOUNS and is_military_token(c)))  # "the carrier strike group"
                for c in head.children):  # "USS Gravely" (tagged a product), "a Russian
            # Border Guard boat", "a Coast Guard cutter": the force's
            return self._forces_of_person(head, country) or forces.military(
                self.ctx, head, mods, country, speaker_country=self.speaker_country)
        if lemma in OFFICE_TITLES - TITLE_ADJECTIVES:  # "Israeli defences" is no defence minister
            named = people.named_in_apposition(head)  # "Russia's foreign minister, X,"
            owner = next((c for c in head.children if c.dep_ == "poss" and c.ent_type_ in {"PERSON", "ORG"}), None)
            spoken_for = self.phrase(owner) if owner is not None and lemma in SPOKESPERSONS else None
            if named is None:  # "McKinnon's spokeswoman said": she speaks for him
                return spoken_for if spoken_for is not None and spoken_for.acts else people.title_holder(
                    self.ctx, head, lemma, country)
            if named.ent_id_:
                return self._entity(named, named.root)
            return people.person(self.ctx, clean_name(named.text, person=True), named.root, title_head=head)
        if lemma in BODY_NOUNS and any(t.lower_ == "the" for t in head.lefts):
            prev = self.ctx.last(head.idx, armed=True, within=1000) if lemma in ARMED_BODY_NOUNS else None
            # ("demanded that the group end the siege": the RSF, not the Security Council named in between)
            prev = prev or self.ctx.last(head.idx, body=True)  # "the group said", "the bloc imposed"
            return Resolved(prev, "coref") if prev is not None else None
        if ent is None and reg.country(head.text) and head.pos_ == "PROPN":
            return Resolved(reg.state(reg.country(head.text) or ""), "country")
        return (org.body_of(reg, mods) or org.institution(self.ctx, head, mods, country)
                or people.untagged_person(self.ctx, head, mods))

    def _forces_of_person(self, head: Token, country: str) -> Resolved | None:
        """"Hun Sen's troops", "Gen. Nhek Bunchhay's soldiers": the forces of a person the registry does not know
        (a registered one's country is found with the phrase's). A head of state or government commands the
        state's forces; anyone else's forces are their own, never those of another country the sentence names."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"), None)
        named = entity_of(owner) if owner is not None and not country else None
        if named is None or named.ent_id_:
            return None
        found = people.person(self.ctx, clean_name(named.text, person=True), named.root)
        if found is None:
            return None
        person = found.actor
        if set(person.role.split()) & COMMANDING_TITLES:  # of the country in the news when none is said
            state = person.country or self.ctx.topic(head.sent.start_char)
            if state:
                return Resolved(self.registry.military(state), "coref")
        return Resolved(Actor(f"{person.name} forces", person.country, "organisation", "military"), "ner")

    def context_country(self, head: Token) -> str:
        """The country of a government, ministry or force named without one: "his government" is that person's;
        "the government" in what a speaker says is the speaker's ("Hungary's prime minister said the government
        had ..."); else the country the article is about there (`Context.topic`), never one named elsewhere in
        the sentence; in an article's first sentence, the governing actor named before it in that sentence."""
        ctx = self.ctx
        owner = next((c.lower_ for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), "")
        if owner:
            prev = ctx.last(head.idx, person=owner in {"his", "her"}, governing=owner not in {"his", "her"})
            if prev is not None and prev.country:
                return prev.country
        said_by = self.speaker_country(head)
        if said_by:
            return said_by
        named = ctx.last_named(head.sent.start_char, head.lemma_.lower(), any_kind=True) if \
            head.lemma_.lower() in GOVERNMENT_NOUNS else None
        if named is not None and named.country:
            return named.country  # "Niger's junta ... The junta closed": the junta named before
        topic = ctx.topic(head.sent.start_char)
        if topic:
            return topic
        prev = ctx.last(head.idx, governing=True)
        return prev.country if prev is not None else ""

    def _opposition(self, head: Token, mods: list[Token], country: str) -> Resolved | None:
        """A country's political opposition as one actor: "Zimbabwe's opposition", "opposition groups in Zimbabwe",
        "the opposition" (of the country the article is about there)."""
        source = "country"
        if not country:
            country = country_of_tokens([o for p in head.children if p.dep_ == "prep" and p.lower_ in {"in", "of"}
                                         for o in p.children if o.dep_ == "pobj"], self.registry)
        if not country:
            country, source = self.context_country(head), "context"
        if not country:
            return None
        demonym = (self.registry.demonyms.get(country) or [country])[0]
        return Resolved(Actor(f"{demonym} opposition", country, "organisation", "opposition"), source)

    def _leaders_government(self, leader: Token, head: Token) -> Resolved | None:
        """"The Bush administration", "the Netanyahu government": the leader's state, or, with the leader's country
        unknown, the government named after them ("Bush administration")."""
        person = self.phrase(leader)
        if person is not None and person.actor.country:
            return Resolved(self.registry.state(person.actor.country), "country")
        name = f"{clean_name(leader.text, person=True)} {head.lemma_.lower()}"
        return Resolved(Actor(name, "", "organisation", "government"), "ner")

    def speaker_country(self, head: Token) -> str:
        """The country of whoever says what `head` is part of ("Hungary's prime minister said the government had
        ...", "the army said troops killed ..."), or ""."""
        for gov in governors(head):
            if is_verbal(gov) and gov.lemma_.lower() in STATEMENT_VERBS:
                speaker = next((c for c in gov.children if c.dep_ == "nsubj" and c.i != head.i
                                and c.pos_ != "PRON"), None)
                said = self.phrase(speaker) if speaker is not None and head not in speaker.subtree else None
                return said.actor.country if said is not None else ""
        return ""

    def _people_of(self, head: Token, mods: list[Token]) -> Resolved | None:
        """"The Palestinians", "Iraqis" (a demonym's plural): their state speaking or acting; "ethnic
        Albanians in Kosovo": a community, named as written, of the country it lives in."""
        if head.tag_ not in {"NNPS", "NNS"} or not head.text[:1].isupper() or any(
                c.dep_ in {"nummod", "quantmod"} or (c.dep_ in {"det", "amod"} and c.lower_ in QUANTIFIERS)
                for c in head.children) or (head.dep_ == "pobj" and head.head.lower_ == "of"):
            return None  # "some Kenyans", "1,500 ethnic Albanians", "thousands of Iraqis": people, not their state
        country = self.registry.country(head.text)
        if not country or self.registry.is_country_name(head.text):
            return None
        if not any(m.lower_ == "ethnic" for m in mods):
            return Resolved(self.registry.state(country), "country")
        place = country_of_tokens([o for p in head.children if p.dep_ == "prep" and p.lower_ in {"in", "of"}
                                   for o in p.subtree], self.registry) or self.ctx.topic(head.sent.start_char)
        return Resolved(Actor(f"ethnic {head.text}", place, "organisation", "community"), "ner")

    def _office_holders(self, head: Token, mods: list[Token], country: str) -> Resolved | None:
        """"EU foreign ministers", "Arab leaders", "Russian commanders": office holders as a group speak or act
        for the body or state they serve; with neither named, for the group as written ("European foreign
        ministers"); bare ("the ministers") for nobody."""
        registered = org.body_of(self.registry, mods)
        if registered is not None:
            return registered
        if country:
            return Resolved(self.registry.state(country), "country")
        named = [t for t in mods if t.ent_type_ in {"NORP", "ORG", "GPE"} or (t.pos_ == "ADJ" and t.is_title)]
        if not named:
            return None
        start = min(t.i for t in mods if t.dep_ != "det")
        name = head.doc[start: head.i + 1].text
        return Resolved(Actor(name, "", "organisation", " ".join(sorted({head.lemma_.lower()}))), "ner")

    def force(self, head: Token) -> Resolved | None:
        """The armed force a military noun names, even bare ("militia members would be deployed")."""
        mods = left_modifiers(head)
        return forces.military(self.ctx, head, mods, country_of_tokens(mods, self.registry), definite=True,
                            speaker_country=self.speaker_country)
