"""What every rule family shares: the parsed article, its mentions, and evidence records."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.mentions import ORG_NOUNS, MentionIndex
from kg.extract.tokens import columns
from kg.model import Article, Evidence

#: Prior confidence of each rule: how often a fact from it was right when it was written
#: (a rough precision on tests/gold/dev; rules not listed get DEFAULT_CONFIDENCE).
RULE_CONFIDENCE: dict[str, float] = {
    "position.prenominal.v1": 0.9,
    "position.appositive.v1": 0.85,
    "position.relative_clause.v1": 0.85,
    "position.copula.v1": 0.75,
    "position.pre_appositive.v1": 0.8,
    "nationality.demonym_title.v1": 0.85,
    "located.possessive.v1": 0.8,
    "located.based.v1": 0.9,
    "located.of_country.v1": 0.85,
    "located.prep_in.v1": 0.7,
    "located.city_country.v1": 0.85,
    "located.gazetteer.v1": 0.8,
    "located.place_descriptor.v1": 0.75,
    "located.demonym_descriptor.v1": 0.8,
    "located.appositive_descriptor.v1": 0.75,
    "located.headquarters_in.v1": 0.85,
    "located.based_clause.v1": 0.85,
    "located.facility_in.v1": 0.85,
    "located.apposed_place.v1": 0.85,
    "located.apposed_demonym_place.v1": 0.85,
    "located.possessive_part.v1": 0.85,
    "located.demonym_place.v1": 0.85,
    "located.its_own.v1": 0.8,
    "located.country_city.v1": 0.8,
    "located.name_prefix.v1": 0.6,
    "part_of.unit_of.v1": 0.85,
    "part_of.known_body.v1": 0.9,
    "part_of.appositive.v1": 0.8,
    "part_of.descriptor.v1": 0.7,
    "part_of.apposed_parent.v1": 0.85,
    "part_of.possessive.v1": 0.8,
    "part_of.renamed_unit.v1": 0.8,
    "located.renamed_unit.v1": 0.8,
    "position.appointed_as.v1": 0.8,
    "position.led_by.v1": 0.75,
    "position.prenominal.officers_body.v1": 0.6,
    "position.of_body.v1": 0.7,
    "position.sits_for.v1": 0.8,
    "position.works_for.v1": 0.8,
    "position.leads_as_subject.v1": 0.7,
    "position.prenominal.dateline_country.v1": 0.55,
    "position.appositive.dateline_country.v1": 0.55,
    "residence.town_occupation.v1": 0.75,
    "nationality.named_nationals.v1": 0.85,
    "nationality.counterpart.v1": 0.8,
    "position.prenominal.home_country.v1": 0.5,
    "position.prenominal.city_country.v1": 0.6,
    "position.pre_appositive.city_country.v1": 0.6,
    "nationality.demonym_occupation.v1": 0.8,
    "nationality.of_country.v1": 0.8,
    "position.pre_appositive.dateline_country.v1": 0.55,
    "position.pre_appositive.home_country.v1": 0.5,
    "event.verb.v1": 0.7,
    "event.noun.v1": 0.65,
    "event.noun.clause_subject.v1": 0.45,
    "event.mutual.v1": 0.75,
    "event.reciprocal.v1": 0.7,
    "event.reported_act.v1": 0.6,
    "event.aid_to_dateline.v1": 0.6,
    "event.brokered_deal.v1": 0.7,
    "event.spoken_for.v1": 0.6,
    "event.threatening_quote.v1": 0.6,
    "position.prenominal.government_country.v1": 0.7,
    "position.copula.dateline_country.v1": 0.55,
    "position.copula.home_country.v1": 0.5,
    "position.copula.city_country.v1": 0.6,
    "position.copula.government_country.v1": 0.7,
    "position.pre_appositive.government_country.v1": 0.7,
    "position.prenominal.of_body.v1": 0.8,
    "position.prenominal.of_country.v1": 0.8,
    "position.relative_clause.unit.v1": 0.75,
    "position.joined.v1": 0.75,
    "position.prenominal.nominal_owner.v1": 0.7,
    "statement.reported.v1": 0.85,
    "residence.of_place.v1": 0.7,
    "residence.resident.v1": 0.85,
    "residence.lives_in.v1": 0.85,
    "residence.home_in.v1": 0.8,
    "residence.based.v1": 0.75,
    "statement.direct.v1": 0.9,
    "statement.according_to.v1": 0.85,
    "statement.view.v1": 0.7,
    # Coreference links: priors only (the gold sets annotate facts, not links, so kg eval
    # --calibrate cannot measure them; a wrong link shows up as a wrong fact).
    "coref.alias.person_part.v1": 0.9,
    "coref.alias.acronym.v1": 0.9,
    "coref.alias.scan.v1": 0.85,
    "coref.pronoun.v1": 0.75,
    "coref.nominal.v1": 0.7,
    "coref.group.v1": 0.7,
}
DEFAULT_CONFIDENCE = 0.6
#: Where ``kg eval --calibrate`` writes the measured confidences that override the priors above.
CALIBRATION_TABLE = Path(__file__).resolve().parent.parent / "data" / "rule_confidence.tsv"


@functools.cache
def calibrated() -> dict[str, float]:
    from kg.calibrate import read_table

    return read_table(CALIBRATION_TABLE)


#: Rules of the coreference links the extractor keeps as evidence.
PRONOUN = "coref.pronoun.v1"  # "he said", "its chief executive"
NOMINAL = "coref.nominal.v1"  # "the minister said", "the company", "the Norwegian added"
GROUP = "coref.group.v1"  # "the two leaders", "both countries"

#: Plural nouns that, with "two" or "both", stand for the last two entities of these kinds.
_GROUP_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ["leaders", "presidents", "ministers", "men", "women", "officials", "executives", "envoys"],
        frozenset({"Person"}),
    ),
    **dict.fromkeys(
        ["countries", "nations", "governments", "states", "neighbours", "neighbors"], frozenset({"Country"})
    ),
    **dict.fromkeys(
        ["companies", "firms", "banks", "groups", "organisations", "organizations"],
        frozenset({"Organisation"}),
    ),
    "sides": frozenset({"Country", "Organisation"}),  # "the two sides": two states, or a state and rebels
    "members": frozenset({"Country"}),  # "called on both members": a bloc's two member states
    "allies": frozenset({"Country"}),  # "urged both allies to settle the row": two states of one bloc
    "parties": frozenset({"Country", "Organisation"}),  # "both parties to the conflict"
}


#: A state's forces named by their kind: "the military said", "urged the junta to ...".
_FORCE_NOUNS = frozenset({"army", "military", "junta", "navy"})

#: Armed groups that fight states, not for them: "a Congo militia", "Malian jihadists".
_NON_STATE_FIGHTERS = frozenset(
    {"militia", "rebel", "insurgent", "jihadist", "militant", "separatist", "gunman", "guerrilla", "bandit"}
)
#: A state's armed bodies, named by their owner: "soldiers of the Malian army".
_FORCES = frozenset({"army", "navy", "military", "police", "forces", "force", "militia", "guard"})


@dataclass
class Context:
    article: Article
    doc: Doc
    index: MentionIndex
    #: (organisation or place, country) pairs the place rules found: lets a ministry act for its country.
    located: set[tuple[str, str]] = field(default_factory=set)
    #: (holder, organisation or country) pairs of the posts the role rules found.
    served: set[tuple[str, str]] = field(default_factory=set)
    #: Anaphors resolved so far: (token index, entity key) -> rule. Facts that rely on one keep it
    #: as evidence (:func:`kg.extract.coref_links`).
    anaphors: dict[tuple[int, str], str] = field(default_factory=dict)

    @functools.cached_property
    def text(self) -> str:
        """The doc's text, joined once (``Doc.text`` joins every token on each call)."""
        return columns(self.doc).doc_text

    @functools.cached_property
    def dates(self) -> list[Span]:
        """The doc's DATE entities (``Doc.ents`` builds every entity's Span on each call)."""
        return [ent for ent in self.doc.ents if ent.label_ == "DATE"]

    @functools.cached_property
    def _newlines(self) -> list[int]:
        return [i for i, ch in enumerate(self.text) if ch == "\n"]

    def paragraph_of(self, char: int) -> int:
        """The number of line breaks before character ``char``: equal for characters of one paragraph."""
        return bisect.bisect_left(self._newlines, char)

    def evidence(
        self, rule: str, begin: int, end: int, sent: Span, confidence: float | None = None
    ) -> Evidence:
        if confidence is None:
            confidence = calibrated().get(rule, RULE_CONFIDENCE.get(rule, DEFAULT_CONFIDENCE))
        conf = confidence
        # The span covers the mention and the words the rule read, whichever comes first.
        begin, end = min(begin, end), max(begin, end)
        return Evidence(
            article_id=self.article.id,
            sentence=self.text[sent.start_char : sent.end_char].strip(),  # sent.text, not joined again
            begin=begin,
            end=end,
            rule=rule,
            confidence=round(conf, 2),
        )

    def evidence_like(self, evidence: Evidence, rule: str) -> Evidence:
        """The same span and sentence as ``evidence``, read by another rule (with its confidence)."""
        confidence = calibrated().get(rule, RULE_CONFIDENCE.get(rule, DEFAULT_CONFIDENCE))
        return dataclasses.replace(evidence, rule=rule, confidence=round(confidence, 2))

    def resolved(self, tok: Token, key: str | None, rule: str) -> str | None:
        """Note that ``tok`` was resolved to ``key`` by ``rule`` (a coreference link) and return ``key``."""
        if key is not None:
            self.anaphors.setdefault((tok.i, key), rule)
        return key

    def _reporting_speaker(self, tok: Token) -> str | None:
        """ "The envoy said he had spoken to both sides": the subject of a clause reported with a
        speech verb, as "he" or "she", is the person who speaks (named, or a title noun for one)."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return None
        speech = clause.head
        if lexicon.fold(speech.lemma_) not in lexicon.speech_verbs():
            return None
        subjects = [c for c in speech.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].pos_ == "PRON":
            return None
        key = self.entity_of(subjects[0], via_modifiers=False)
        return key if key is not None and key.startswith("Person:") else None

    def group_of(self, tok: Token, skip: Collection[str] = ()) -> list[str]:
        """The entities a plural phrase such as "the two leaders", "both countries" or "the two
        companies" stands for: the two of the noun's kind named most often before it, the story's
        two sides (leaving out ``skip``: "Georgia summoned the ambassadors of both countries" are
        two others)."""
        kind = _GROUP_NOUNS.get(tok.lower_)
        if kind is None or tok.tag_ != "NNS":
            return []
        if not any(
            (c.dep_ == "nummod" and c.lower_ in {"two", "2"})
            or (c.dep_ in {"det", "predet"} and c.lower_ == "both")
            for c in tok.children
        ):
            return []
        # the two most often named before it (the story's two sides); on a tie, those the story named
        # first (its protagonists, not a body a later paragraph brings in: "urged both sides")
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for m in self.index.mentions:
            if m.start < tok.i and not m.nested and m.type in kind and m.key not in skip:
                counts[m.key] = counts.get(m.key, 0) + 1
                last[m.key] = m.start
        first: dict[str, int] = {}
        for m in self.index.mentions:
            if m.key in counts:
                first.setdefault(m.key, m.start)
        keys = sorted(counts, key=lambda k: (-counts[k], first[k]))[:2]
        if len(keys) < 2:
            return []
        keys.sort(key=lambda k: last[k])
        return [self.resolved(tok, key, GROUP) for key in keys]

    def entity_of(self, tok: Token, *, via_modifiers: bool = True) -> str | None:
        """The entity a token stands for: its own mention, a pronoun's antecedent, or the
        entity that owns or qualifies a common noun ("Xi's comment", "Chinese support")."""
        m = self.index.at(tok.i)
        # "the navy", and "India's navy": a possessor makes a noun definite too
        definite = any(
            (c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or c.dep_ == "poss"
            for c in tok.children
        )
        if m is not None:
            # "the Norwegian said": a demonym used as a noun with "the" is a person, not the country.
            if m.label == "NORP" and definite and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
                return self.resolved(tok, self.index.antecedent(tok.i, frozenset({"Person"})), NOMINAL)
            return m.key
        if tok.lower_ in {"he", "she", "him", "her"}:
            speaker = self._reporting_speaker(tok)
            if speaker is not None:
                return self.resolved(tok, speaker, PRONOUN)
            return self.resolved(tok, self.index.antecedent(tok.i, frozenset({"Person"})), PRONOUN)
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and not _expletive(tok):
            # "The World Bank approved funding for Malawi. It said ...": the organisation or
            # country that was the subject of this or the previous sentence, if one was
            key = self.index.antecedent(tok.i, frozenset({"Organisation", "Country"}), subject_only=True)
            if key is None:
                # "Sudan's army said it had repelled ...": the subject of the verb of saying, a
                # body named by a common noun and its owner
                verb = tok.head
                while verb.dep_ in {"ccomp", "conj"} and verb.head.i != verb.i:
                    verb = verb.head
                    if lexicon.fold(verb.lemma_) in lexicon.speech_verbs():
                        said = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
                        key = self.entity_of(said[0]) if said else None
                        if key is not None and key.split(":", 1)[0] not in {"Organisation", "Country"}:
                            key = None
                        break
            return self.resolved(tok, key, PRONOUN)
        # "The U.N. mission in Congo, MONUSCO, said": the apposition names the same thing.
        for child in tok.children:
            if child.dep_ == "appos" and self.index.at(child.i) is not None:
                return self.index.at(child.i).key
            # "the mission in Mali, MINUSMA, said": parsed as an apposition to the place, but an
            # organisation cannot rename a place, so it names the noun.
            if child.dep_ == "prep" and tok.pos_ == "NOUN":
                for pobj in child.children:
                    place = self.index.at(pobj.i)
                    for appos in pobj.children:
                        org = self.index.at(appos.i)
                        if (
                            appos.dep_ == "appos"
                            and place
                            and place.type in {"Country", "Location"}
                            and org
                            and (org.type == "Organisation")
                        ):
                            return org.key
        if (
            tok.lemma_.lower() in {"government", "administration", "authorities", "regime"}
            and tok.pos_ == "NOUN"
        ):
            return self._government(tok)
        if (
            definite
            and tok.pos_ == "NOUN"
            and tok.dep_ in {"nsubj", "nsubjpass"}
            and tok.lemma_.lower() not in ORG_NOUNS  # ("the company" is resolved below)
            and any(c.dep_ == "amod" and c.lower_ in {"based", "headquartered"} for c in tok.children)
        ):
            # "Quarnby Mining rejected the offer. The Geelong-based miner said ...": a place-based
            # description is of a body, the one that was the subject of this or the last sentence
            key = self.index.antecedent(tok.i, frozenset({"Organisation"}), subject_only=True)
            if key is not None:
                return self.resolved(tok, key, NOMINAL)
        if definite and tok.pos_ == "NOUN":
            # "the minister said" -> the last person; "the company said" -> the last organisation,
            # preferring one whose name ends in the noun ("the bank" -> "Meridian Trust Bank").
            if lexicon.fold(tok.text) in lexicon.titles():
                # "the envoy said": the last person named as an envoy, else the last person (not
                # for one acted on that the words before the title describe: "asked the
                # parliamentary standards commissioner" is an office no one named has held)
                described = tok.dep_ not in {"nsubj", "nsubjpass"} and any(
                    c.dep_ in {"amod", "compound"} and c.is_lower and self.index.at(c.i) is None
                    for c in tok.children
                )
                # ("expelled the Vatican's envoy": an owner named, though not as an entity, is
                # someone else's official, not the last person named)
                described = described or any(
                    c.dep_ == "poss" and c.pos_ == "PROPN" and self.index.at(c.i) is None
                    for c in tok.children
                )
                key = self.index.antecedent_titled(tok.i, tok.lemma_.lower())
                if key is None and not described:
                    key = self.index.antecedent(tok.i, frozenset({"Person"}))
                found = self.resolved(tok, key, NOMINAL)
                if found is not None or not via_modifiers:
                    return found
                # "Spain's prime minister", named nowhere before: the country stands for them
                for child in tok.children:
                    m = self.index.at(child.i) if child.dep_ in {"poss", "amod", "compound"} else None
                    if m is not None and m.type == "Country":
                        return m.key
                return None
            if tok.lemma_.lower() in ORG_NOUNS:
                # "the Sudanese army" after other organisations: not the last one named, unless its
                # name says army; else the country below stands for it.
                nations = [
                    m.key
                    for c in tok.children
                    if c.dep_ in {"amod", "compound", "poss"}
                    and (m := self.index.at(c.i)) is not None
                    and m.type == "Country"
                ]
                # "the finance ministry": a body qualified by a noun is one whose name says it (not
                # "the global lender", "the governing body": adjectives only describe)
                kinds = [
                    c.lower_
                    for c in tok.children
                    if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and self.index.at(c.i) is None
                ]
                # "the army" is an army named before, never just the last body named (a rebel group)
                forces = tok.lemma_.lower() in {"army", "navy"}
                key = self.index.antecedent_org(
                    tok.i, tok.lemma_.lower(), named_only=bool(nations or kinds) or forces
                )
                if key is not None and kinds:
                    name = lexicon.fold(self.index.names.get(key, ""))
                    if not all(k in name for k in kinds):
                        key = None
                if key is None and nations and tok.lemma_.lower() == "army":
                    key = self._armed_forces(nations[0])
                elif key is None and not nations and not kinds and tok.lemma_.lower() == "army":
                    # "..., the army said" before the army is named: the dateline country's, when the
                    # story names it ("BAMAKO - ..., the army said. The Malian Armed Forces ...")
                    home = self.dateline_country()
                    key = self._armed_forces(home) if home else None
                if key is not None or not (nations or kinds or forces):
                    return self.resolved(tok, key, NOMINAL)
        if definite and tok.pos_ == "NOUN" and tok.lemma_.lower() in _FORCE_NOUNS:
            # "A Myanmar military air strike killed ... China urged the military to stop": the
            # country whose force the story named before
            key = self._force_named_before(tok)
            if key is not None:
                return self.resolved(tok, key, NOMINAL)
        # "Fighters from the X Movement attacked": a sentence's first word may be tagged PROPN.
        if via_modifiers and (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_sent_start)):
            for child in tok.children:
                if child.dep_ in {"poss", "compound", "amod", "nmod", "appos"}:
                    m = self.index.at(child.i)
                    if (
                        m is not None
                        and m.type == "Country"
                        and child.dep_ != "poss"
                        and tok.lemma_.lower() in _NON_STATE_FIGHTERS
                    ):
                        continue  # "a Congo militia", "Malian rebels": where they fight, not the state
                    if m is not None:
                        return m.key
            # "fighters from the X Movement", "a position of the Y army", "a spokeswoman for Z"
            preps = {"of", "from", "for"} if lexicon.fold(tok.lemma_) in lexicon.titles() else {"of", "from"}
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in preps:
                    for pobj in child.children:
                        m = self.index.at(pobj.i) if pobj.dep_ == "pobj" else None
                        if m is not None and m.type in {"Person", "Organisation", "Country"}:
                            return m.key
                        if (
                            m is None
                            and pobj.dep_ == "pobj"
                            and pobj.pos_ == "NOUN"
                            and pobj.lemma_.lower() in _FORCES
                            and any(c.dep_ in {"amod", "poss", "compound"} for c in pobj.children)
                        ):
                            # "soldiers of the Malian army", "troops from Kenya's army": the force's
                            key = self.entity_of(pobj)
                            if key is not None and key.split(":", 1)[0] in {"Organisation", "Country"}:
                                return key
        return None

    def _force_named_before(self, tok) -> str | None:
        """The state of a force named by its kind alone ("the military", "the army", "the junta"),
        when it has no modifier of its own: the last country named before as that force's owner
        ("Myanmar's military", "a Myanmar military air strike", "the Sudanese army")."""
        if any(c.dep_ in {"amod", "compound", "poss", "nmod"} for c in tok.children):
            return None
        for prev in reversed(tok.doc[: tok.i]):
            if prev.lemma_.lower() not in _FORCE_NOUNS:
                continue
            owners = list(prev.children)
            if prev.dep_ in {"amod", "compound"}:
                # ("a Myanmar military air strike": the country may hang on the head noun)
                owners += [c for c in prev.head.children if c.i < prev.i]
            for c in owners:
                m = self.index.at(c.i) if c.dep_ in {"amod", "compound", "poss", "nmod"} else None
                if m is not None and m.type == "Country":
                    return self._armed_forces(m.key) or m.key
        return None

    def _armed_forces(self, country: str) -> str | None:
        """The organisation "the Sudanese army" names: the article's "Sudanese Armed Forces" or "Armed
        Forces of Sudan" (an army's name that names the country)."""
        iso3 = country.split(":", 1)[1]
        for key, name in self.index.names.items():
            if not key.startswith("Organisation:"):
                continue
            words = lexicon.fold(name).split()
            if not ({"army", "military"} & set(words) or "armed forces" in " ".join(words)):
                continue
            grams = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
            if any(lexicon.country_of(g) == iso3 for g in grams):
                return key
        return None

    def _government(self, tok) -> str | None:
        """The country a government stands for: "Somalia's government", "the government in Kinshasa",
        "the Kenyan government"; plain "the government" is the dateline's country."""
        for child in tok.children:
            m = self.index.at(child.i)
            if child.dep_ in {"poss", "amod", "compound", "nmod"} and m is not None and m.type == "Country":
                return m.key
            if child.dep_ == "prep" and child.lower_ in {"in", "of"}:
                for pobj in child.children:
                    m = self.index.at(pobj.i)
                    if m is not None and m.type == "Country":
                        return m.key
                    if m is not None and m.type == "Location":
                        iso3 = lexicon.city_country(m.text)
                        key = f"Country:{iso3}" if iso3 else None
                        if key in self.index.surface:
                            return key
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return self._speakers_country(tok) or self.dateline_country()
        return None

    def _speakers_country(self, tok) -> str | None:
        """ "Colombia's Minister of Sport, X, said the government would freeze ...": in what an
        official of a named country says, "the government" is that country's."""
        cur = tok
        for _ in range(8):
            if cur.head.i == cur.i:
                return None
            if cur.dep_ == "ccomp" and lexicon.fold(cur.head.lemma_) in lexicon.speech_verbs():
                break
            cur = cur.head
        else:
            return None
        speech = cur.head
        subjects = [c for c in speech.children if c.dep_ == "nsubj"]
        while not subjects and speech.dep_ == "conj" and speech.head.i != speech.i:
            # "X thanked the WHO and said the government had asked ...": the first verb's subject
            speech = speech.head
            subjects = [c for c in speech.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        found = {
            m.key
            for t in subjects[0].subtree
            if t.dep_ in {"poss", "amod", "compound"}
            and (m := self.index.at(t.i)) is not None
            and m.type == "Country"
        }
        return found.pop() if len(found) == 1 else None

    def dateline_country(self) -> str | None:
        """The country of the article's dateline ("LUSAKA, June 1 -", "KAMPALA, Uganda -"), when the
        article names it too: wire copy leaves local officials' country unsaid."""
        if hasattr(self, "_dateline"):
            return self._dateline
        self._dateline = None
        doc = self.doc
        for m in self.index.mentions[:12]:
            tok = doc[m.start]
            if m.type != "Location" or not tok.text.isupper():
                continue
            if m.start > 0 and "\n" not in doc[m.start - 1].text_with_ws:
                continue
            nxt = self.index.at(m.end + 1) if m.end + 1 < len(doc) and doc[m.end].text == "," else None
            if nxt is not None and nxt.type == "Country":
                key = nxt.key
            else:
                iso3 = lexicon.city_country(m.text)
                key = f"Country:{iso3}" if iso3 else None
            if key and key in self.index.surface:
                self._dateline = key
            break
        else:
            key = dateline_country_of(self.text)
            if key and key in self.index.surface:
                self._dateline = key
        return self._dateline

    def home_country(self) -> str | None:
        """The country a story without a dateline is about: the one it names at least twice
        and more than twice as often as any other ("the Portuguese capital", "Portugal's
        housing crisis", ... "Housing Minister X said": the minister is Portugal's)."""
        if hasattr(self, "_home"):
            return self._home
        tally: dict[str, int] = {}
        for key, forms in self.index.surface.items():
            if key.startswith("Country:"):
                tally[key] = tally.get(key, 0) + sum(forms.values())
            elif key.startswith("Location:") and (iso3 := lexicon.city_country(self.index.names[key])):
                # "... was found guilty by the High Court in Lusaka": a city of the country counts for it
                country = f"Country:{iso3}"
                if country in self.index.surface:
                    tally[country] = tally.get(country, 0) + 1
        counts = sorted(((n, key) for key, n in tally.items()), reverse=True)
        self._home = None
        if counts and counts[0][0] >= 2 and (len(counts) == 1 or counts[0][0] > 2 * counts[1][0]):
            self._home = counts[0][1]
        return self._home

    def actor_types(self, key: str | None) -> bool:
        return key is not None and key.split(":", 1)[0] in {"Person", "Organisation", "Country"}


#: A dateline opening a paragraph: "DAR ES SALAAM —", "KAMPALA, Uganda -", "LAGOS, Feb 6 (Reuters) -",
#: "LONDON/PARIS -", "Prague (AFP) -" (a place in title case only when an agency follows it or
#: it is a city the gazetteer knows).
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'/\-]*(?: [A-Z][A-Z.'/\-]*)*|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*)"
    r"(?:, (?P<region>[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*)*))?"
    r"(?:,? [A-Z][a-z]{2,4}\.? \d{1,2})?"
    r"(?: ?\((?P<agency>[A-Za-z][A-Za-z. ]{1,24})\))?"
    r"\.? ?(?:\u2014|\u2013|--|-) "
)


#: Verbs whose subject "it" is usually a dummy: "it is expected that", "it seems", "it takes".
_DUMMY_IT_VERBS = frozenset({"be", "seem", "appear", "happen", "remain", "take", "become", "matter", "mean"})


def _expletive(tok: Token) -> bool:
    """Whether "it" is a dummy subject ("it is unclear whether", "it emerged that") rather than a
    pronoun for something named before."""
    head = tok.head
    if head.lemma_.lower() in _DUMMY_IT_VERBS or any(c.dep_ == "expl" for c in head.children):
        return True
    # "it emerged that ...", "it was reported that ...": a clause is what the sentence is about
    return head.lemma_.lower() in {"emerge", "transpire", "follow", "turn"} and any(
        c.dep_ == "ccomp" for c in head.children
    )


def dateline_match(line: str) -> re.Match[str] | None:
    """The dateline opening ``line`` ("KIGALI, Rwanda, May 2 -"), or None: a place in capitals,
    or in title case when a wire agency follows it or the gazetteer knows it as a city."""
    found = _DATELINE.match(line)
    if found is None:
        return None
    place = found.group("place").split("/")[0]
    if not place.isupper() and not found.group("agency") and lexicon.city_country(place) is None:
        return None  # "Prague (AFP) -" or "Prague -" (the reader drops agencies), not "Talks - ..."
    return found


def dateline_country_of(text: str) -> str | None:
    """The country key of a dateline in the first paragraphs of ``text``: a country named in it
    ("KAMPALA, Uganda -"), else the country of the city it names (GeoNames)."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()][:5]
    for para in paragraphs:
        found = dateline_match(para)
        if found is None:
            continue
        place = found.group("place").split("/")[0]
        region = found.group("region")
        iso3 = lexicon.country_of(region) if region else None
        if iso3 is None:
            iso3 = lexicon.country_of(place) or lexicon.city_country(place)
        return f"Country:{iso3}" if iso3 else None
    return None
