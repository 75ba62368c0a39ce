"""spaCy components that repair the statistical NER for news.

``kg_country_ruler`` adds country names and demonyms the model missed.
``kg_entity_repair`` rewrites ``doc.ents`` into kg's labels:

- ``PERSON``, ``ORG``, ``LOC`` (places that are not countries), ``COUNTRY`` (``kb_id_`` is the
  ISO alpha-3 code) and ``NORP`` (a demonym such as "Cuban"; ``kb_id_`` is its country);
- other model labels (DATE, MONEY, ...) are kept as they are for the date rules.

Repairs, each from how news names things: capitalised runs that end in an organisation
head word ("... Law Center of China University of Political Science and Law") become one
organisation; a leading "the" and a trailing possessive are trimmed; diseases and web
furniture are dropped; a name right after a title ("Foreign Minister Ana Ruiz") is a
person; places are split into countries and other locations with the gazetteer.
Names nested inside organisation names (the university in "Center of X University", the
country in "Communist Party of Cuba") go to ``doc.spans["kg_nested"]``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg import lexicon
from kg.extract.tokens import CAP_WORD, columns, pos_ids

NESTED = "kg_nested"
_NUMERIC = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
_CONNECTORS = frozenset({"of", "for", "and", "&", "on", "de", "del", "la", "du", "des", "y", "the"})
_DISEASE = re.compile(r"^[A-Z][A-Za-z]*-?\d+[A-Za-z]?$|^H\d+N\d+$")
_SUFFIXED = re.compile(
    r"^(?P<name>.+?)-(?:led|backed|based|born|made|brokered|funded|owned|run|sponsored|allied|registered"
    r"|headquartered|incorporated)$"
)


#: Labels the NER gives a lone demonym that are never right for it (not LANGUAGE: "spoke Uzbek").
_MISREAD_DEMONYM_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})


@Language.factory("kg_country_ruler", requires=["doc.ents"], assigns=["doc.ents"])
def make_country_ruler(nlp: Language, name: str) -> CountryRuler:
    return CountryRuler(nlp)


class CountryRuler:
    """Add country names and demonyms that the NER left unlabelled (never overwrites)."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.meta: dict[str, tuple[str, str]] = {}
        for form, iso3, label in lexicon.country_surface_forms():
            key = f"{label}|{iso3}"
            self.meta[key] = (label, iso3)
            self.matcher.add(key, [nlp.make_doc(form)])

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        taken = {i for ent in ents if ent.label_ not in _NUMERIC for i in range(ent.start, ent.end)}
        # A demonym the NER took for a name of its own ("Uzbek President X": "Uzbek" as ORG)
        misread = {(e.start, e.end): e for e in ents if e.label_ in _MISREAD_DEMONYM_LABELS}
        new = []
        for match_id, start, end in self.matcher(doc):
            label, iso3 = self.meta[doc.vocab.strings[match_id]]
            if label == "NORP" and (start, end) in misread:
                ents.remove(misread.pop((start, end)))
                taken.difference_update(range(start, end))
            inside = [e for e in ents if start <= e.start and e.end <= end and e.label_ not in _NUMERIC]
            if label == "GPE" and inside and (start, end) not in {(e.start, e.end) for e in inside}:
                # "Timor-Leste" with the NER's "Timor" inside it: the whole name is the country's
                for e in inside:
                    ents.remove(e)
                taken.difference_update(i for e in inside for i in range(e.start, e.end))
            if any(i in taken for i in range(start, end)):
                continue
            new.append(Span(doc, start, end, label=label, kb_id=iso3))
        new += self._ambiguous_countries(doc, ents, taken | {i for n in new for i in range(n.start, n.end)})
        if new:
            # A date the model ran on into a name ("June 1 - Zambia's") keeps only its date part.
            kept = []
            for ent in ents:
                clash = [n for n in new if n.start < ent.end and ent.start < n.end]
                if clash and ent.label_ in _NUMERIC:
                    cut = min(n.start for n in clash)
                    while cut > ent.start and not doc[cut - 1].is_alpha and not doc[cut - 1].like_num:
                        cut -= 1
                    if cut > ent.start:
                        kept.append(Span(doc, ent.start, cut, label=ent.label_))
                    continue
                kept.append(ent)
            doc.ents = filter_spans([*kept, *new])
        return doc

    @staticmethod
    def _ambiguous_countries(doc: Doc, ents: list[Span], taken: set[int]) -> list[Span]:
        """ "Chad severed relations with Israel", "Niger ordered the ambassador to leave": a country
        name that is also a personal name or a word (left to the NER) is the country where the NER
        left it untagged, it stands alone (no name before or after it: not "Chad Sutton"), and the
        article names that country elsewhere, by the name tagged a place or by a demonym ("the
        Chadian army")."""
        iso3s = {
            lexicon.country_of(e.text)
            for e in ents
            if e.label_ in {"GPE", "NORP", "COUNTRY"} and lexicon.country_of(e.text)
        }
        iso3s |= {
            iso for t in doc if t.text[:1].isupper() and (iso := lexicon.demonyms().get(lexicon.fold(t.text)))
        }
        # (a person named with the word elsewhere: "Tom Jordan ... Jordan said" is that person)
        named = {t.text for e in ents if e.label_ == "PERSON" for t in e}
        out = []
        for t in doc:
            if t.i in taken or t.text not in lexicon.AMBIGUOUS_COUNTRY_NAMES or t.text in named:
                continue
            if t.text in {"America", "Korea"}:
                continue  # (a continent, a peninsula)
            iso3 = lexicon.country_of(t.text)
            if iso3 is None or iso3 not in iso3s:
                continue
            beside = [doc[k] for k in (t.i - 1, t.i + 1) if 0 <= k < len(doc)]
            if any(b.pos_ == "PROPN" or (b.text[:1].isupper() and not b.is_sent_start) for b in beside):
                continue
            out.append(Span(doc, t.i, t.i + 1, label="GPE", kb_id=iso3))
        return out


@Language.factory(
    "kg_entity_repair", requires=["doc.ents", "token.dep", "token.pos"], assigns=["doc.ents", "doc.spans"]
)
def make_entity_repair(nlp: Language, name: str) -> EntityRepair:
    return EntityRepair(_common_words(nlp))


def _common_words(nlp: Language) -> frozenset[str]:
    """English common nouns, verbs, adjectives and adverbs known to the pipeline's lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        if pos in index:
            words.update(index[pos])
    return frozenset(words)


class EntityRepair:
    """Rewrite ``doc.ents`` into kg's labels; see the module docstring."""

    def __init__(self, common_words: frozenset[str] = frozenset()) -> None:
        self.common_words = common_words

    def __call__(self, doc: Doc) -> Doc:
        nested: list[Span] = []
        runs = [run for sent in doc.sents for run in _org_runs(doc, sent.start, sent.end)]
        # "seen by The Associated Press", "Bloomberg News reported": a source, not a body in the story
        runs = [
            r
            for r in runs
            if not (lexicon.fold(r.text) in lexicon.news_agencies() and _cited_as_source(doc, r))
        ]
        run_tokens = {i for run in runs for i in range(run.start, run.end)}
        spans: list[Span] = list(runs)
        for ent in doc.ents:
            if any(i in run_tokens for i in range(ent.start, ent.end)):
                continue
            split = _person_of_country(doc, ent)
            if split:
                spans.extend(split)
                continue
            fixed = _relabel(doc, ent, self.common_words)
            if fixed is not None:
                spans.append(fixed)
        _countries_cut_from_names(doc, spans, self.common_words)
        _facilities_listed_with_bodies(doc, spans)
        _currencies(doc, spans)
        spans.extend(_owners_of_runs(doc, runs, spans))
        _bodies_inside_titles(doc, spans)
        spans.extend(_persons_after_titles(doc, spans))
        spans.extend(_datelines(doc, spans))
        spans.extend(_places_before_based(doc, spans))
        spans.extend(_lowercase_ministries(doc, spans))
        spans.extend(_lowercase_forces(doc, spans))
        _lowercase_courts(doc, spans)
        units = _lowercase_units(doc, spans)
        _region_tails(doc, spans)
        spans.extend(_persons_before_appositions(doc, spans))
        spans.extend(_persons_by_role(doc, spans))
        spans.extend(_bodies_before_officers(doc, spans, self.common_words))
        _bodies_cut_at_the_front(doc, spans)
        _surnames_after_persons(doc, spans)
        _first_names_left_out(doc, spans)
        spans.extend(_parties_before_member_titles(doc, spans))
        spans.extend(_acronyms_that_speak(doc, spans))
        spans.extend(_names_after_body_nouns(doc, spans))
        spans.extend(_bodies_with_parts(doc, spans))
        _bodies_described_in_apposition(doc, spans, self.common_words)
        spans.extend(_bodies_known_as(doc, spans))
        spans.extend(_companies_with_shares(doc, spans, self.common_words))
        _bodies_with_officers(doc, spans)
        spans.extend(_names_spelled_by_acronyms(doc, spans))
        _acronyms_read_as_countries(doc, spans)
        _places_the_ner_missed(doc, spans)
        _places_taken_or_struck(doc, spans)
        _places_of_residents(doc, spans)
        _places_after_settlement_nouns(doc, spans)
        _places_in_apposition(doc, spans)
        _names_before_place_kinds(doc, spans)
        _regions_the_ner_missed(doc, spans)
        _storm_names(doc, spans)
        _places_joined_by_particles(doc, spans)
        _persons_only_in_places(doc, spans)
        _persons_listed_with_persons(doc, spans)
        _products_of_bodies(doc, spans)
        _events_named_as_bodies(doc, spans)
        _parties_named_by_members(doc, spans)
        _employers_after_staff(doc, spans)
        spans = [_with_office_holder(doc, s) for s in spans]
        spans = filter_spans(spans)
        documents = [s for s in spans if _names_a_document(s)]
        documents += _documents_cut_short(doc, spans, documents)
        # "the Digital Markets Act (DMA)": the acronym names the document too
        initials = {"".join(t.text[0] for t in d if t.text[:1].isupper()) for d in documents}
        spans = [s for s in spans if s not in documents and not (len(s) == 1 and s.text in initials)]
        spans = _outside_title_case_headline(doc, spans)
        # places and bodies named inside organisation names, the NER's as well as the runs'
        for span in spans:
            if span.label_ == "ORG":
                nested.extend(_nested_in_org(doc, span))
                if (span.start, span.end) in units:
                    nested.append(units[span.start, span.end])
        doc.ents = sorted(spans, key=lambda s: s.start)
        doc.spans[NESTED] = nested
        return doc


#: Verbs whose object is a person when it is a bare proper name: "appointed Arne Fosse chief executive",
#: "elected Sigrun Vesterlund as chair", "will succeed Odd Dahle", "police arrested Rustam Nazarov".
_PERSONNEL_VERBS = frozenset(
    {"appoint", "name", "elect", "hire", "nominate", "promote", "succeed", "replace", "sack", "fire",
     "dismiss", "oust", "reappoint", "re-elect", "swear",
     "arrest", "detain", "jail", "imprison", "sentence", "convict", "acquit", "indict", "extradite",
     "deport", "kidnap", "abduct", "interrogate", "meet"}
)  # fmt: skip
#: Of those, the ones no company or body undergoes: a name the NER called an organisation there is
#: a person's ("police arrested Aigul Bekova").
_ONLY_PEOPLE_VERBS = frozenset(
    {
        "arrest",
        "detain",
        "jail",
        "imprison",
        "sentence",
        "extradite",
        "deport",
        "kidnap",
        "abduct",
        "interrogate",
    }
)
#: What firms are appointed as.
FIRM_ROLES = frozenset(
    {"adviser", "advisor", "auditor", "underwriter", "bookrunner", "broker", "arranger", "counsel",
     "consultant", "contractor", "supplier", "operator", "manager", "lender", "sponsor", "partner"}
)  # fmt: skip
#: Verbs whose agent ("chaired by X") is a person when it is a bare proper name.
_PERSON_AGENT_VERBS = frozenset({"chair", "head", "sign", "write", "deliver"})


#: Verbs whose subject, a bare name, is a person's: "Rustam Akhmetov arrived in Kampala", the
#: lead's subject after a dateline, which the small model often leaves untagged.
_PEOPLE_SUBJECT_VERBS = frozenset({"arrive", "visit", "travel", "fly", "resign", "die", "meet"})


def _names_a_known_place(text: str) -> bool:
    """A country, a city the gazetteer knows, a region or a subdivision."""
    return bool(
        lexicon.country_of(text)
        or lexicon.is_city(text, 1000)
        or lexicon.fold(text) in lexicon.regions()
        or lexicon.subdivision_country(text)
    )


def _persons_by_role(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name of two or three capitalised words that the NER left untagged is a person where only
    people stand: the object of a verb of appointing or replacing ("Quarnby Capital appointed Arne
    Fosse chief executive": bodies are bought and merged, not appointed) or of arresting and
    sentencing ("police arrested Rustam Nazarov"), who succeeds or replaces a person, who says or
    tells something ('"It will fail," Odd Dahle told reporters'), who chairs or signs ("chaired by
    Arne Ruud"). Not a name with an organisation word, a known place or country, or a title."""
    # (the small model tags some such names a work of art or a product)
    by_tok = {i: s for s in spans for i in range(s.start, s.end)}
    taken = {i for i, s in by_tok.items() if s.label_ not in _NAMES_AS_THINGS}
    persons = {i for s in spans if s.label_ == "PERSON" for i in range(s.start, s.end)}
    speech = lexicon.speech_verbs()
    out: list[Span] = []
    for tok in doc:
        if tok.pos_ != "PROPN":
            continue
        verb, lemma = tok.head, tok.head.lemma_.lower()
        if tok.i in taken and not (
            (
                by_tok[tok.i].label_ == "ORG"
                and tok.dep_ in {"dobj", "nsubjpass"}
                and lemma in _ONLY_PEOPLE_VERBS
            )
            # "Rustam Akhmetov arrived", tagged a place no gazetteer knows: who arrives or says
            or (
                by_tok[tok.i].label_ in {"GPE", "LOC"}
                and tok.dep_ == "nsubj"
                and (lemma in _PEOPLE_SUBJECT_VERBS or lexicon.fold(lemma) in speech)
                and not _names_a_known_place(by_tok[tok.i].text)
            )
        ):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            verb, lemma = tok.head.head, "accord"  # "according to Odd Dahle": a source, a person here
        elif tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent":
            verb, lemma = tok.head.head, tok.head.head.lemma_.lower()
            if lemma not in _PERSON_AGENT_VERBS:
                continue
        elif tok.dep_ in {"dobj", "nsubjpass"}:
            if lemma not in _PERSONNEL_VERBS or (tok.dep_ == "nsubjpass" and lemma in {"name", "swear"}):
                continue  # ("the bridge was named ...", "an oath was sworn")
            if any(
                p.lower_ == "as" and any(o.lemma_.lower() in FIRM_ROLES for o in p.children)
                for p in verb.children
            ):
                continue  # "appointed Hartley Quayle as financial adviser": firms advise and audit
        elif tok.dep_ == "nsubj":
            # "Arne Fosse will succeed Odd Dahle": who takes a person's place is a person
            succeeds = lemma in {"succeed", "replace"} and any(
                c.dep_ == "dobj" and c.i in persons for c in verb.children
            )
            if not (succeeds or lexicon.fold(lemma) in speech or lemma in _PEOPLE_SUBJECT_VERBS):
                continue
        else:
            continue
        if verb.pos_ != "VERB" and lemma != "accord":
            continue
        start = tok.i
        # (a first name opening the sentence may be tagged an adjective: "Arne Fosse will succeed")
        while start > tok.left_edge.i and (
            (doc[start - 1].dep_ == "compound" and _is_cap(doc[start - 1]))
            # "Jean-Pierre Mbemba": a hyphenated first name, its halves joined by a hyphen token
            or (
                doc[start - 1].text == "-"
                and start - 2 >= tok.left_edge.i
                and _is_cap(doc[start - 2])
                and doc[start - 1].whitespace_ == ""
            )
        ):
            start -= 1
        words = doc[start : tok.i + 1]
        own = by_tok.get(tok.i)
        named = [t for t in words if t.text != "-"]
        if not 2 <= len(named) <= 3 or any(by_tok.get(t.i) is not own for t in words):
            continue
        if not all(_is_cap(t) and t.is_alpha and not t.text.isupper() for t in named):
            continue
        if start > 0 and doc[start - 1].lower_ in {"the", "a", "an"}:
            continue  # a person's bare name has no article ("the Social Democrats said")
        text = words.text
        if (
            any(t.text in lexicon.org_words() for t in words)
            or lexicon.country_of(text)
            or lexicon.is_city(text, 15000)
            or lexicon.fold(text) in lexicon.titles()
            or any(lexicon.fold(t.text) in lexicon.titles() for t in words)
        ):
            continue
        if own is not None:
            if (own.start, own.end) != (start, tok.i + 1):
                continue
            spans.remove(own)
        out.append(Span(doc, start, tok.i + 1, label="PERSON"))
    return out


def ends_title(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is the last word(s) of a title begun before it: "State" in
    "Secretary of State Delia Corliss", "Homeland Security" in "Secretary of Homeland Security X"."""
    return any(
        lexicon.fold(doc[j:end].text.rstrip(".")) in lexicon.titles() for j in range(max(0, start - 3), start)
    )


#: Last words of the titles of a company's officers: "Korvel chief executive X", "Korvel's CFO X".
_OFFICER_WORDS = frozenset(
    {"executive", "officer", "ceo", "cfo", "coo", "chairman", "chairwoman", "chairperson", "founder",
     "co-founder", "spokesman", "spokeswoman", "spokesperson", "director", "president"}
)  # fmt: skip


#: Words before an officer's title that name no particular body.
_GENERIC_OWNERS = frozenset(
    {
        "government",
        "presidential",
        "state",
        "federal",
        "national",
        "company",
        "army",
        "police",
        "military",
        "party",
        "group",
        "palace",
        "court",
        "ministry",
        "embassy",
        "opposition",
        "union",
    }
)


def _bodies_before_officers(
    doc: Doc, spans: list[Span], common_words: frozenset[str] = frozenset()
) -> list[Span]:
    """A capitalised name the NER left untagged right before an officer's title and a person's
    name is the body the officer serves: "Korvel chief executive Ola Vesterberg resigned" (not a
    country, a known city or a title)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for person in [s for s in spans if s.label_ == "PERSON"]:
        sent_start = doc[person.start].sent.start
        title = _title_end(doc, person.start, sent_start)
        if title is None or doc[person.start - 1].lower_ not in _OFFICER_WORDS:
            continue
        end = start = title
        while start > sent_start and end - start < 3 and start - 1 not in taken and _is_cap(doc[start - 1]):
            start -= 1
        # (a name opening the sentence may be tagged a noun: not a common word, then)
        if (
            start == end
            or not all(
                t.is_alpha
                and t.lower_ not in _GENERIC_OWNERS  # "Government spokeswoman X", "Army chief X"
                and (t.pos_ == "PROPN" or (t.pos_ in {"NOUN", "ADJ"} and t.lower_ not in common_words))
                for t in doc[start:end]
            )
        ):
            continue
        name = doc[start:end].text
        if (
            lexicon.country_of(name)
            or lexicon.is_city(name, 15000)
            or any(
                lexicon.fold(t.text) in lexicon.titles() or lexicon.fold(t.text) in HONORIFICS
                for t in doc[start:end]
            )
        ):
            continue
        out.append(Span(doc, start, end, label="ORG"))
        taken.update(range(start, end))
    return out


def _bodies_cut_at_the_front(doc: Doc, spans: list[Span]) -> None:
    """ "Oderra LNG" tagged "LNG", "Islamic Jihad" tagged "Jihad": capitalised words the parser
    joins to an organisation's name as its first words, which the NER left out (untagged, or a
    group's adjective that names no country), are part of the name."""
    by_tok = {i: s for s in spans for i in range(s.start, s.end)}
    for span in [s for s in spans if s.label_ == "ORG"]:
        start = span.start
        sent_start = doc[span.start].sent.start
        while start > sent_start:
            prev = doc[start - 1]
            own = by_tok.get(prev.i)
            if not (
                _is_cap(prev)
                and prev.is_alpha
                and prev.dep_ == "compound"
                and span.start <= prev.head.i < span.end
                and (
                    own is None
                    or (own.label_ == "NORP" and len(own) == 1 and not lexicon.country_of(prev.text))
                )
                and not lexicon.country_of(prev.text)
                and lexicon.fold(prev.text) not in lexicon.titles()
                and lexicon.fold(prev.text.rstrip(".")) not in HONORIFICS  # "Mr Blamo": no body's name
                # "Former Corvant Bank chief executive X": the holder's former post, no word of the name
                and prev.lower_ not in {"former", "ex", "then", "outgoing", "incoming", "acting", "interim"}
            ):
                break
            start -= 1
        if start == span.start:
            continue
        for i in range(start, span.start):
            if by_tok.get(i) is not None and by_tok[i] in spans:
                spans.remove(by_tok[i])
        spans[spans.index(span)] = Span(doc, start, span.end, label="ORG", kb_id=span.kb_id_)


#: Labels the NER gives some people's names that kg has no use for.
_NAMES_AS_THINGS = frozenset({"WORK_OF_ART", "PRODUCT"})


#: Titles of a party's members and leaders: the capitalised word before one names the party.
_MEMBER_TITLES = frozenset(
    {"mp", "mps", "lawmaker", "lawmakers", "legislator", "councillor", "senator", "leader"}
)


def _parties_before_member_titles(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Labour MP for Kendal", "a Likud lawmaker": one capitalised word between "the"/"a"
    and a member's title, untagged and no place, demonym or title, names the party."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    lower, pos = columns(doc).lower, pos_ids(doc)
    out = []
    for i in range(1, len(doc) - 1):
        if pos[i] != PROPN or lower[i - 1] not in {"the", "a", "an"}:
            continue  # (tested again below, with the rest)
        tok = doc[i]
        nxt, prev = doc[tok.i + 1], doc[tok.i - 1]
        if (
            tok.i in taken
            or not (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start)
            or prev.lower_ not in {"the", "a", "an"}
            or lexicon.fold(nxt.text) not in _MEMBER_TITLES
            or lexicon.country_of(tok.text)
            or lexicon.fold(tok.text) in lexicon.titles()
            or lexicon.is_city(tok.text, 1000)
            or lexicon.fold(tok.text) in lexicon.subdivisions()
        ):
            continue
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        # "the Labour MP for X", "a Likud lawmaker, Dan Levi," (not "the Kendal MP said": a seat)
        if after is None or not (after.lower_ in {"for", ","} or after.ent_type_ == "PERSON"):
            continue
        out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return out


def _first_names_left_out(doc: Doc, spans: list[Span]) -> None:
    """ "the chairperson of the commission, Idriss Moussa Taher, said": a capitalised word the
    NER left out right before a person's name, opening an apposition or the sentence, is the
    person's first name (not a title, country, demonym or organisation word)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    for span in [s for s in spans if s.label_ == "PERSON"]:
        i = span.start - 1
        if i < 0 or i in taken:
            continue
        if (
            doc[i].text == "-"
            and i > 0
            and i - 1 not in taken
            and not doc[i - 1].whitespace_
            and not doc[i].whitespace_
            and _is_cap(doc[i - 1])
            and doc[i - 1].is_alpha
            and lexicon.fold(doc[i - 1].text) not in lexicon.titles()
        ):
            # "Jean-Pierre Mbemba" tagged "Pierre Mbemba": the first half of a hyphenated first name
            spans.remove(span)
            spans.append(Span(doc, i - 1, span.end, label="PERSON"))
            continue
        tok = doc[i]
        if not (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()):
            continue
        if not (tok.is_sent_start or (i > 0 and doc[i - 1].text in {",", "(", "\u2014", "-"})):
            continue
        if (
            lexicon.fold(tok.text) in lexicon.titles()
            or lexicon.fold(tok.text) in HONORIFICS  # "Mr Lowell said", British style: no first name
            or tok.lower_ in _MILITARY_RANKS  # "his deputy, Major Abdou Sani,": a rank
            or lexicon.country_of(tok.text)
            or tok.text in lexicon.org_words()
            or lexicon.fold(tok.text) in _CALENDAR
            or (tok.text == "Justice" and len(span) >= 2 and _about_a_court(doc))
        ):
            continue
        spans.remove(span)
        spans.append(Span(doc, i, span.end, label="PERSON"))


def _names_a_document(span: Span) -> bool:
    """ "the Non-Proliferation Treaty", "the Simla Agreement", "the Treaty of Rome": the name of a
    document, law, treaty or index, which kg does not model as an entity."""
    if len(span) < 2 or span.label_ == "COUNTRY":
        return False
    words = lexicon.document_words()
    return span[-1].text in words or (
        span[0].text in {"Treaty", "Convention", "Protocol"} and span[1].lower_ in {"of", "on"}
    )


def _documents_cut_short(doc: Doc, spans: list[Span], documents: list[Span]) -> list[Span]:
    """ "the Promotion of Family Values Bill", tagged "Promotion of Family" and "Bill": a name
    the capitalised words right after which end on a word for a document is part of that
    document's name, and so are the names among those words."""
    words = lexicon.document_words()
    out: list[Span] = []
    for span in spans:
        if span in documents or span.label_ not in {"ORG", "PERSON"}:
            continue
        k = span.end
        while k < len(doc) and k - span.end < 4 and _is_cap(doc[k]) and "\n" not in doc[k - 1].text_with_ws:
            if doc[k].text in words:
                out.append(span)
                out.extend(s for s in spans if span.end <= s.start and s.end <= k + 1 and s not in out)
                break
            k += 1
    return out


def _person_of_country(doc: Doc, ent: Span) -> list[Span]:
    """ "the trade ministers, Ana Ruiz Soto of Peru and ...": a name the NER runs on
    into "of <country>" is a person and the country, when the words before "of" are a name that
    holds no word of an organisation, a title or a place; "ambassador to Iceland Karma Wangdi",
    one name from the country on, is the country and the person."""
    if (
        ent.label_ in {"ORG", "PERSON"}
        and len(ent) >= 3
        and ent.start >= 2
        and doc[ent.start - 1].lower_ == "to"
        and lexicon.fold(doc[ent.start - 2].text) in lexicon.titles()
    ):
        # "Bhutanese ambassador to Iceland Karma Wangdi": the post's country, then the holder
        for n in (3, 2, 1):
            name = doc[ent.start + n : ent.end]
            iso3 = lexicon.country_of(doc[ent.start : ent.start + n].text) if len(name) else None
            if iso3 and len(name) >= 2 and all(t.pos_ == "PROPN" and _is_cap(t) for t in name):
                return [
                    Span(doc, ent.start, ent.start + n, label="COUNTRY", kb_id=iso3),
                    Span(doc, ent.start + n, ent.end, label="PERSON"),
                ]
    if ent.label_ != "ORG" or len(ent) < 4:
        return []
    of = next((t.i for t in ent if t.lower_ == "of"), None)
    if of is None or of - ent.start < 2:
        return []
    iso3 = lexicon.country_of(doc[of + 1 : ent.end].text)
    name = doc[ent.start : of]
    if (
        iso3 is None
        or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in name)
        or any(t.text in lexicon.org_words() or lexicon.fold(t.text) in lexicon.titles() for t in name)
        or lexicon.is_feature_name(name.text)
        or lexicon.country_of(name.text)
        or lexicon.is_city(name.text)
    ):
        return []
    return [
        Span(doc, ent.start, of, label="PERSON"),
        Span(doc, of + 1, ent.end, label="COUNTRY", kb_id=iso3),
    ]


def _outside_title_case_headline(doc: Doc, spans: list[Span]) -> list[Span]:
    """A headline in title case ("Chile Copper Strike Drags On as Union Rejects Offer") capitalises
    every word, so the NER finds names in it that are none; there, a name counts only if the
    article's body writes it too."""
    text = columns(doc).doc_text
    first = text.find("\n")
    if first <= 0:
        return spans
    words = [w for w in text[:first].split() if len(w) >= 4 and w[:1].isalpha()]
    if len(words) < 4 or sum(w[:1].isupper() for w in words) < 0.75 * len(words):
        return spans
    body = text[first:]
    return [
        s
        for s in spans
        if s.start_char > first or s.label_ not in {"ORG", "PERSON", "LOC", "GPE"} or s.text.strip() in body
    ]


def _is_cap(tok) -> bool:
    text = tok.text
    return bool(text[:1].isupper()) and (tok.is_alpha or bool(CAP_WORD.match(text)))


def _org_runs(doc: Doc, start: int, end: int) -> list[Span]:
    """Capitalised runs that contain an organisation head word, as ORG spans."""
    org_words = lexicon.org_words()
    cap = columns(doc).cap
    out: list[Span] = []
    i = start
    while i < end:
        if not cap[i]:
            i += 1
            continue
        j = i
        last_cap = i
        while j < end:
            tok = doc[j]
            if cap[j] or (
                j >= 2 and tok.is_alpha and doc[j - 2].text in _PREFIXES and doc[j - 1].text == "-"
            ):
                last_cap = j
                j += 1
            elif (
                tok.lower_ in _CONNECTORS
                and j + 1 < end
                and doc[j + 1].ent_type_ not in _NUMERIC
                and (
                    _is_cap(doc[j + 1])
                    or (doc[j + 1].lower_ == "the" and j + 2 < end and _is_cap(doc[j + 2]))
                )
                or tok.text in {"'", "\u2019"}
                and doc[j - 1].text.endswith("s")
                and j + 1 < end
                and _is_cap(doc[j + 1])
                # "the People's Liberation Front", "Women's Rights Network"
                or tok.text in {"'s", "\u2019s"}
                and doc[j - 1].text in _COLLECTIVE_OWNERS
                and j + 1 < end
                and _is_cap(doc[j + 1])
                or tok.text == "-"
                and not doc[j - 1].whitespace_
                and not tok.whitespace_
                and j + 1 < end
                and _is_cap(doc[j + 1])
                or _arabic_article(doc, j, end)
                or _prefix_hyphen(doc, j, end)
                # "Council for Security Co-operation in Asia": a name "for" something
                # "in" a continent goes on
                or tok.lower_ == "in"
                and j + 1 < end
                and lexicon.fold(doc[j + 1].text) in lexicon.CONTINENTS
                and any(doc[x].lower_ == "for" for x in range(i, j))
                or _listed_portfolio(doc, i, j, end)
                or _place_inside_name(doc, i, j, end)
            ):
                j += 1
            else:
                break
        run_start, run_end = i, last_cap + 1
        i = max(j, i + 1)
        # "Acme Steel and the Japan Business Federation" are two names, "... of Science and Law" one.
        for k in range(run_start + 1, run_end - 1):
            if (
                doc[k].lower_ == "and"
                and (  # "Mining & Smelting Co." is one name
                    doc[k + 1].lower_ == "the"
                    # "a loan from Norvik Bank of Norway and Finland's Halvmark Group": a place's
                    # possessive after "and" opens another name
                    or (
                        run_end < len(doc)
                        and doc[run_end].text in {"'s", "\u2019s"}
                        and (
                            lexicon.country_of(doc[k + 1 : run_end].text)
                            or lexicon.is_city(doc[k + 1 : run_end].text)
                        )
                    )
                    or doc[k + 1].text in lexicon.head_first_org_words()  # "... and Banque Morel"
                    or (
                        any(doc[x].text in org_words for x in range(run_start, k))
                        and any(
                            doc[x].text in org_words
                            and (x + 1 >= len(doc) or doc[x + 1].text != "-")
                            # "Directorate of Forests and Mineral Resources": a field of a body named
                            # for its fields is no head of a second name
                            and not (
                                doc[x].lower_ in MINISTRY_AREAS
                                and any(doc[y].lower_ in {"of", "for"} for y in range(run_start, k))
                            )
                            for x in range(k + 1, run_end)
                        )
                        # "the Bank of Tolmere and Vask and Orrin Securities": of two "and"s, the
                        # one nearer the second name's head word parts the names
                        and not _another_and_before_head(doc, k, run_end, org_words)
                        # "the U.S. Securities and Exchange Commission": one word before "and"
                        # (after a country's name) is no name of its own
                        and len(
                            [
                                t
                                for t in doc[run_start:k]
                                if t.lower_ != "the" and not lexicon.country_of(t.text)
                            ]
                        )
                        > 1
                    )
                    # "financed by the Arvel Union and Germany": a country after "and", the first
                    # name ending on its head word, is no part of that name
                    or (
                        doc[k - 1].text in org_words
                        and doc[k - 1].text not in lexicon.head_first_org_words()
                        and lexicon.country_of(doc[k + 1 : run_end].text)
                    )
                    or _listed_names(doc, run_start, k, run_end, org_words, out)
                )
            ):
                run_end = k
                while run_end > run_start and doc[run_end - 1].lower_ in _CONNECTORS:
                    run_end -= 1
                i = k + 1
                break
        heads = [k for k in range(run_start, run_end) if doc[k].text in org_words]
        if not heads:
            continue
        # "Professor Ana Ruiz of Makerere University": a person, or a title, before "of" is no
        # part of the body's name
        for k in range(run_start + 1, heads[-1]):
            if doc[k].lower_ not in {"of", "at"}:
                continue
            if any(e.label_ == "PERSON" and e.start < k and e.end > run_start for e in doc.ents) or (
                lexicon.fold(doc[run_start].text.rstrip(".")) in lexicon.titles()
            ):
                run_start = k + 1
            break
        # "Finance Minister X and Energy Minister Y": a person named inside the run, before its head
        # word, is no part of a body's name; what follows the person may be
        inside = [
            e.end
            for e in doc.ents
            if e.label_ == "PERSON"
            and run_start < e.start
            and e.end <= heads[-1]
            and lexicon.fold(doc[e.start - 1].text.rstrip(".")) in lexicon.titles()  # "Minister X"
        ]
        if inside:
            run_start = max(inside)
            while run_start < run_end and doc[run_start].lower_ in {"and", "&", ","}:
                run_start += 1
        # Cut trailing words after the last head word unless they hang on "of"/"for"/"on".
        last_head = heads[-1]
        if (
            last_head + 2 < run_end
            and doc[last_head + 1].lower_ in {"on", "in", "at"}
            and _known_place_text(doc[last_head + 2 : run_end].text)
        ):
            # "an assault by the Northern Shield Forces on El Fasher": a place acted on is no part of it
            run_end = last_head + 1
        named_after = any(doc[x].lower_ in {"of", "for"} for x in range(heads[0] + 1, last_head))
        if (
            not named_after  # "Institute of Forestry Permits": the words after "of" are all the name
            and last_head + 1 < run_end
            and doc[last_head + 1].lower_ not in _NAME_GOES_ON
            and doc[last_head].text not in lexicon.head_first_org_words()
        ):
            run_end = last_head + 1
        # "Harwick Resources SA", "Norvik Metals A/S": a legal form after the head word ends the name
        if doc[run_end - 1].text in org_words and run_end < end:
            for n in (3, 1):  # ("A/S" is three tokens)
                form = doc[run_end : min(run_end + n, end)]
                if form.text in _LEGAL_FORMS and not any(t.whitespace_ for t in form[:-1]):
                    run_end += n
                    break
        # "Port Workers Union No. 4": a number after the head word is part of the name
        if doc[run_end - 1].text in org_words and run_end < end:
            k = run_end
            if doc[k].text == "No." or (doc[k].text == "No" and k + 1 < end and doc[k + 1].text == "."):
                k += 1 if doc[k].text == "No." else 2
                if k < end and doc[k].like_num and doc[k].text.isdigit():
                    run_end = k + 1
        # Trim leading words that are capitalised only because they open the sentence ("Former
        # Acme chief executive X said", not "the Former Yugoslav Republic").
        while run_start < run_end and (
            doc[run_start].lower_ == "the"
            or (doc[run_start].is_sent_start and doc[run_start].pos_ not in {"PROPN", "NOUN", "ADJ"})
            or (doc[run_start].lower_ == "former" and (run_start == 0 or doc[run_start - 1].lower_ != "the"))
        ):
            run_start += 1
        # "Shares on the Nairobi Securities Exchange fell": a plural common noun opening the
        # sentence, joined to the name by a lower-case preposition, is not part of it.
        if (
            run_start + 1 < run_end
            # (or anywhere, before "of": "Supporters of the Kessan Party marched")
            and (doc[run_start].is_sent_start or doc[run_start + 1].lower_ == "of")
            and doc[run_start].tag_ == "NNS"
            and doc[run_start].text not in org_words
            and doc[run_start + 1].text.islower()
        ):
            run_start += 1
            while run_start < run_end and doc[run_start].text.islower():
                run_start += 1
        while run_end > run_start and doc[run_end - 1].lower_ in _CONNECTORS:
            run_end -= 1
        if run_end - run_start < 2 and doc[run_start].text in org_words:
            continue  # a bare "University" or "Party" is not a name
        if run_end <= run_start:
            continue
        span = Span(doc, run_start, run_end, label="ORG")
        if lexicon.country_of(span.text) or _ministry_title(doc, run_start, run_end):
            continue
        out.append(span)
    return out


def _place_inside_name(doc: Doc, i: int, j: int, end: int) -> bool:
    """ "the Crisis in Ostland Coalition": "in" and a country the name goes on from to its head word,
    in a name "the" opens that has no head word before "in"."""
    first = i + (doc[i].lower_ == "the")  # (a run may open on the sentence's "The")
    if doc[j].lower_ != "in" or first == 0 or doc[first - 1].lower_ != "the" or j + 2 >= end or first >= j:
        return False
    org_words = lexicon.org_words()
    if any(doc[x].text in org_words or doc[x].tag_ in {"NNS", "NNPS"} for x in range(first, j)):
        return False
    for n in (3, 2, 1):
        place = doc[j + 1 : j + 1 + n]
        if j + 1 + n < end and all(_is_cap(t) for t in place) and lexicon.country_of(place.text):
            k = j + 1 + n
            while k < end and _is_cap(doc[k]) and k - j < 7:
                if doc[k].text in org_words:
                    return True
                k += 1
            return False
    return False


def _acronyms_read_as_countries(doc: Doc, spans: list[Span]) -> None:
    """ "the Danish Refugee Council (DRC)": an acronym the article defines in brackets after an
    organisation's name whose initials it spells is that organisation wherever the article writes
    it, though the gazetteer reads it as a country's."""
    by_end = {s.end: s for s in spans if s.label_ == "ORG"}
    defined = set()
    for span in spans:
        text = span.text
        if span.label_ != "COUNTRY" or not (text.isalpha() and text.isupper() and 2 <= len(text) <= 6):
            continue
        if not (span.start >= 2 and doc[span.start - 1].text == "(" and span.end < len(doc)):
            continue
        if doc[span.end].text != ")":
            continue
        org = by_end.get(span.start - 1)
        if org is None:
            continue
        initials = "".join(t.text[0] for t in org if t.text[:1].isupper())
        if initials == text:
            defined.add(text)
    if not defined:
        return
    for span in [s for s in spans if s.label_ == "COUNTRY" and s.text in defined]:
        spans.remove(span)
        spans.append(Span(doc, span.start, span.end, label="ORG"))


def _ner_org_covers(doc: Doc, start: int, end: int) -> bool:
    """The NER tagged the words ``start:end`` as (part of) an organisation's name."""
    return any(e.label_ == "ORG" and e.start <= start and end <= e.end for e in doc.ents)


def _listed_names(doc: Doc, start: int, k: int, end: int, org_words: frozenset[str], out: list[Span]) -> bool:
    """The "and" at ``k`` closes a list of names rather than joining the words of one:

    - "Tamber Reef, Ostin Gale and Lonmar Mining said": the last two items of a list whose items
      are parted by commas, the last one with its head word, the one before of proper nouns only;
    - "Quill Capital and Birch Hill": a name ending on its head word (no "of" in it) and a name of
      proper nouns after it.

    A part with no head word that the NER tagged as an organisation is added to ``out``."""
    start += doc[start].lower_ == "the"  # (a run may open on the sentence's "The")
    left, right = doc[start:k], doc[k + 1 : end]
    # (the name after "and" may join its own words with "&": "Orrel & Vine")
    if (
        len(left) < 2
        or not len(right)
        or not right[0].text[:1].isupper()
        or any((t.lower_ in _CONNECTORS or not t.text[:1].isupper()) and t.text != "&" for t in right)
    ):
        return False
    proper = all(t.pos_ == "PROPN" and t.is_alpha and t.text not in org_words for t in left)
    listed = (
        start >= 2
        and doc[start - 1].text == ","
        and doc[start - 2].text[:1].isupper()
        and proper
        and right[-1].text in org_words
    )
    ended = (
        (left[-1].text in org_words or left[-1].text == "International")  # "Relief International and ..."
        and left[-1].lower_ not in MINISTRY_AREAS
        and not any(t.lower_ in _CONNECTORS for t in left)
        and right[0].text not in org_words
        and all(
            (t.pos_ in {"PROPN", "ADJ"} or t.text == "&") and t.lower_ not in MINISTRY_AREAS for t in right
        )
    )
    if not (listed or ended):
        return False
    if listed and _ner_org_covers(doc, start, k):
        out.append(Span(doc, start, k, label="ORG"))
    if ended and not any(t.text in org_words for t in right) and _ner_org_covers(doc, k + 1, end):
        out.append(Span(doc, k + 1, end, label="ORG"))
    if ended and left[-1].text not in org_words:
        out.append(Span(doc, start, k, label="ORG"))  # "Relief International"
    return True


def _another_and_before_head(doc: Doc, k: int, run_end: int, org_words: frozenset[str]) -> bool:
    """Another "and" stands between the "and" at ``k`` and the next organisation word after it."""
    for x in range(k + 1, run_end):
        if doc[x].text in org_words:
            return False
        if doc[x].lower_ in {"and", "&"}:
            return True
    return False


#: Legal forms that end a company's name after its trade ("Metals A/S"), few of them head words.
_LEGAL_FORMS = frozenset(
    {"SA", "S.A.", "A/S", "AS", "ASA", "AB", "NV", "N.V.", "SE", "Bhd", "Berhad", "Pty", "KK", "Oy", "Oyj",
     "SpA", "Srl", "PLC", "Plc", "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "AG", "GmbH", "LLC", "LLP",
     "BV", "Tbk", "SAS", "SARL"}
)  # fmt: skip

#: Plural nouns whose possessive opens many names: "People's Party", "Children's Fund".
_COLLECTIVE_OWNERS = frozenset({"People", "Women", "Children", "Men"})

#: Words after an organisation's head word that carry its name on: "Bank of ...", "Instituto de
#: ...", "Harakat al-...".
_NAME_GOES_ON = frozenset(
    {"of", "for", "on", "&", "and", "de", "del", "do", "da", "di", "du", "des", "al", "el"}
)
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az"})


_PREFIXES = frozenset({"Co", "Non", "Anti", "Inter", "Pre", "Post", "Re", "Sub", "Trans", "Multi", "Counter"})


def _prefix_hyphen(doc: Doc, j: int, end: int) -> bool:
    """The hyphen of a prefixed word inside a name: "Co-operation" in "Organization for Security and
    Co-operation in Europe"."""
    return (
        doc[j].text == "-"
        and j + 1 < end
        and doc[j - 1].text in _PREFIXES
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and doc[j + 1].is_alpha
    )


def _listed_portfolio(doc: Doc, i: int, j: int, end: int) -> bool:
    """A comma inside a ministry's list of portfolios: "Ministry of Land, Infrastructure, Transport
    and Tourism", "Department for Environment, Food and Rural Affairs" (a capitalised word follows,
    and the list ends with "and" before its last one; not "the Ministry of Health, Kenya and
    Uganda", a list of actors)."""
    if doc[j].text != "," or j + 1 >= end or not _is_cap(doc[j + 1]):
        return False
    if not any(doc[k].lower_ in {"of", "for"} for k in range(i, j)):
        return False
    for k in range(j + 1, min(j + 10, end)):
        if lexicon.country_of(doc[k].text) or lexicon.is_city(doc[k].text, 15000):
            return False
        if doc[k].lower_ in {"and", "&"}:
            return k + 1 < end and _is_cap(doc[k + 1]) and not lexicon.country_of(doc[k + 1].text)
        if not (_is_cap(doc[k]) or doc[k].text == ","):
            return False
    return False


def _arabic_article(doc: Doc, j: int, end: int) -> bool:
    """An Arabic article inside a name, lower-case and hyphened to the next word: "al-" in
    "Harakat al-Nasr"."""
    return (
        doc[j].lower_ in _ARABIC_ARTICLES
        and not doc[j].whitespace_
        and j + 2 < end
        and doc[j + 1].text == "-"
        and not doc[j + 1].whitespace_
        and _is_cap(doc[j + 2])
    )


def _ministry_title(doc: Doc, start: int, end: int) -> bool:
    """ "Mines and Energy" in "Colombian Mines and Energy Minister X", "Chief Financial" in "Chief
    Financial Officer X": words that open a title are part of it, not an organisation."""
    if end >= len(doc):
        return False
    for n in (1, 2):  # "Chief Financial" + "Officer": the words open a title
        if lexicon.fold(doc[start : min(end + n, len(doc))].text) in lexicon.titles():
            return True
    if lexicon.fold(doc[end].text) not in lexicon.titles():
        return False
    return all(
        t.lower_ in MINISTRY_AREAS or t.lower_ in {"and", "&"} or lexicon.country_of(t.text)
        for t in doc[start:end]
    )


#: Honorifics written before a name: not part of it, and no position.
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "rev", "mx", "father", "fr", "reverend",
     "pastor", "imam", "rabbi"}
)  # fmt: skip
#: Lower-case kinds of administrative area written after a place's name.
_PLACE_KINDS = frozenset(
    {
        "province",
        "region",
        "district",
        "county",
        "prefecture",
        "governorate",
        "department",
        "municipality",
        "oblast",
    }
)


_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


#: Adverbs that open a sentence, capitalised there, which the NER may join to the name after them.
_OPENING_ADVERBS = frozenset(
    {"later", "earlier", "meanwhile", "separately", "afterwards", "afterward", "subsequently", "then",
     "still", "instead", "also", "yesterday", "today", "tonight", "now", "previously", "initially",
     "eventually", "finally", "however", "nevertheless", "moreover", "furthermore", "additionally"}
)  # fmt: skip


def _known_place_text(text: str) -> bool:
    """Whether ``text`` names a country or a city of 15,000 people or more."""
    return lexicon.country_of(text) is not None or lexicon.is_city(text, 15000)


def _trim(doc: Doc, ent: Span) -> Span | None:
    cols = columns(doc)
    texts, lower, text_of = cols.text, cols.lower, cols.span_text
    label, titles = ent.label_, lexicon.titles()
    start, end = ent.start, ent.end
    for k in range(start, end):
        if texts[k] in {"(", "[", ","} and k > start:
            end = k
            break
    while start < end and lower[start] in {"the", "a", "an"}:
        start += 1
    # "Later Orlov met officials": a sentence's opening adverb, capitalised, is no part of a name
    while end - start > 1 and lower[start] in _OPENING_ADVERBS and (start == 0 or doc[start].is_sent_start):
        start += 1
    # "Dr. Samir Haddad", "Mr Lowell": an honorific is not part of the name
    while end - start > 1 and lexicon.fold(texts[start].rstrip(".")) in HONORIFICS:
        start += 1
        if texts[start] == ".":
            start += 1
    # "Colonel Jean-Pierre Mbala": the title is not part of the name.
    if label == "PERSON":
        # "Brigadier General Musa Danjuma": titles of one or more words before the name
        cut = True
        while cut:
            cut = False
            for n in (3, 2, 1):
                if start + n < end and lexicon.fold(text_of(start, start + n).rstrip(".")) in titles:
                    start, cut = start + n, True
                    break
    # "Justice Anvar Selvig Rell is due to hear the case": a judge's title, in a story about a court,
    # before a name of two words or more (a lone "Justice" may be a first name)
    if label == "PERSON" and texts[start] == "Justice" and end - start >= 3 and _about_a_court(doc):
        start += 1
    if label == "PERSON" and lexicon.fold(text_of(start, end).rstrip(".")) in lexicon.titles():
        return None  # a title alone ("Magistrate", "General") names nobody
    if label == "ORG" and start > 0 and lower[start - 1] in {"of", "for"} and ends_title(doc, start, end):
        return None  # "Secretary of Homeland Security X": the NER's "Homeland Security" ends a post
    bare = _POSSESSIVE_END.sub("", lexicon.fold(text_of(start, end))).rstrip(".")
    if label == "ORG" and bare in lexicon.titles():
        return None  # "the Chief Magistrate's Court": the NER's "Magistrate" is a post
    of = next((k for k in range(start + 1, end) if lower[k] == "of"), None)
    if label == "ORG" and of is not None and lexicon.fold(text_of(start, of)) in lexicon.titles():
        return None  # "(Director) General of Naval Operations", "Commissioner of Police": a post
    # "Kazakh Foreign" + "Minister": words that begin a title are not part of a name.
    if label in {"ORG", "PERSON", "NORP"} and end < len(doc):
        for k in range(start, end):
            phrase = lexicon.fold(text_of(k, end + 1))
            if phrase in lexicon.titles() or (
                end + 1 < len(doc) and lexicon.fold(text_of(k, end + 2)) in lexicon.titles()
            ):
                end = k
                break
    while end > start and texts[end - 1] in {"'s", "\u2019s", "'", "\u2019"}:
        end -= 1
    # "Malawi PM Chiumia": a title ending an organisation's name after a country is the post's
    if (
        label == "ORG"
        and end - start == 2
        and lexicon.fold(texts[end - 1]) in titles
        and lexicon.country_of(texts[start])
    ):
        end -= 1
    # "the Gedo and Lower Kora regions": a conjunction ends no name
    while end - start > 1 and lower[end - 1] in {"and", "or", "&"}:
        end -= 1
    if label == "PERSON" and lower[start] in _MILITARY_RANKS and end - start > 2 and cols.cap[start + 1]:
        start += 1  # "Major Prasit Thongdee": a rank, not part of the name
    # "Marib province", "the Tillaberi region": the place is its name; the lower-case kind is not part of it
    if label in {"GPE", "LOC"} and end - start >= 2 and lower[end - 1] in _PLACE_KINDS:
        end -= 1
    # "led by the NFU union": the lower-case kind of body after an acronym is not part of its name
    if (
        label == "ORG"
        and end - start == 2
        and texts[end - 1].islower()
        and lower[end - 1] in _NAMING_BODY_WORDS
        and texts[start].isupper()
    ):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_)


_COURT_WORDS = frozenset({"court", "courts", "tribunal", "judge", "judges", "judgment", "judgement", "bench"})


def _about_a_court(doc: Doc) -> bool:
    """The article names a court or a judge."""
    return any(low in _COURT_WORDS for low in columns(doc).lower)


#: Military ranks that are also ordinary words (so not titles): they open no name.
_MILITARY_RANKS = frozenset({"major", "private", "marshal"})

_SOURCE_VERBS = frozenset({"tell", "say", "confirm", "show", "give", "send", "write", "email", "inform"})
_AGENCY_WORK = frozenset(
    {
        "reporter", "correspondent", "journalist", "photographer", "tally", "calculation", "count",
        "poll", "survey", "analysis", "investigation", "report", "witness", "interview", "review",
        "story", "estimate", "reporting", "coverage", "photo",
    }
)  # fmt: skip
_AGENCY_VERBS = frozenset(
    {
        "report",
        "calculate",
        "contribute",
        "see",
        "review",
        "obtain",
        "tally",
        "count",
        "verify",
        "confirm",
        "reach",
    }
)


def _posted_on(doc: Doc, start: int) -> bool:
    """Whether a platform's name at ``start`` follows "on" or "via", perhaps with a determiner or
    possessive between: "on Telegram", "on the Telegram messaging app", "on its Telegram channel"."""
    k = start - 1
    if k >= 0 and doc[k].lower_ in {"the", "its", "his", "her", "their", "our", "a"}:
        k -= 1
    return k >= 0 and doc[k].lower_ in {"on", "via"}


def _cited_as_source(doc: Doc, span: Span) -> bool:
    """Whether a news agency is named as the story's source: "told Reuters", "seen by AFP",
    "according to Reuters", "a Reuters tally", "Reuters reported"."""
    root = span.root
    head = root.head
    if (
        span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].text == "("
        and doc[span.end].text == ")"
    ):
        return True  # "HARARE (AP) -", "DAKAR, May 2 (AFP) -": the dateline's agency
    if root.dep_ in {"dobj", "dative", "iobj"} and head.lemma_ in _SOURCE_VERBS:
        return True
    if root.dep_ == "pobj" and head.lower_ in {"by", "to", "with", "for"}:
        return True
    if root.dep_ in {"compound", "poss", "nmod", "amod"} and head.lemma_.lower() in _AGENCY_WORK:
        return True
    return root.dep_ in {"nsubj", "nsubjpass"} and head.lemma_ in _AGENCY_VERBS


#: Month and weekday names and their abbreviations: a span of nothing else is a date.
_CALENDAR = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "january", "february", "march", "april", "june", "july", "august", "september", "october",
     "november", "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip


def _relabel(doc: Doc, ent: Span, common_words: frozenset[str] = frozenset()) -> Span | None:
    label = ent.label_
    if label in {"FAC", "ORG"} and len(ent) > 1 and ent[-1].text in FACILITY_ENDINGS:
        # "Estevez Palace", "Carrasco International Airport": places, whatever the NER said;
        # "Quito's San Roque Cathedral": the city before is not part of the name
        label, start = "LOC", ent.start
        owner = next((t.i for t in ent[:-1] if t.text in {"'s", "\u2019s"}), None)
        if owner is not None and lexicon.is_city(doc[ent.start : owner].text):
            start = owner + 1
        ent = Span(doc, start, ent.end, label=label)
    if label not in {"PERSON", "ORG", "GPE", "LOC", "NORP", "COUNTRY"}:
        return ent  # DATE, MONEY, ... kept for other rules
    span = _trim(doc, ent)
    if span is None:
        return None
    text = span.text
    if lexicon.fold(text) in lexicon.nonentities() or _DISEASE.match(text):
        return None
    words = [t.lower_.rstrip(".") for t in span if t.is_alpha or t.text.endswith(".")]
    if words and all(w in _CALENDAR for w in words):
        return None  # "Tue 14 Oct 2025", "Oct 3 -": a date in a by-line or dateline
    if (
        len(span) == 2
        and span[0].is_sent_start
        and (span[0].lower_ in common_words or span[0].pos_ == "ADJ")
        and lexicon.country_of(span[1].text)
        and lexicon.country_of(text) is None  # "South Sudan" is a name of its own
    ):
        # "Landlocked Paraguay has ...": an adjective opening the sentence is no part of the name
        return _relabel(doc, Span(doc, span.end - 1, span.end, label="GPE"), common_words)
    if label == "ORG" and len(span) >= 3:
        k = next((t.i for t in span[1:-1] if t.lower_ == "and"), None)
        if k is not None and lexicon.country_of(doc[k + 1 : span.end].text):
            # "Berlin-based Preisvogel and Dutch travel site X": a name and a demonym run together
            return _relabel(doc, Span(doc, span.start, k, label=label), common_words)
    if lexicon.fold(text) in lexicon.news_agencies() and _cited_as_source(doc, span):
        return None
    if label == "PERSON" and (
        lexicon.fold(text) in lexicon.news_agencies() or lexicon.fold(text.rstrip(".")) in lexicon.platforms()
    ):
        return None  # "IRNA quoted X", "wrote on Twitter": a news agency or a platform is nobody
    if lexicon.fold(text.rstrip(".")) in lexicon.platforms() and _posted_on(doc, span.start):
        return None  # "said on Telegram", "wrote on X", "on its Telegram channel"
    if (
        len(span) > 1
        and span[0].text.endswith(".")
        and lexicon.fold(span[0].text.rstrip(".")) in lexicon.platforms()
        and span.start > 0
        and doc[span.start - 1].lower_ in {"on", "via"}
    ):
        # "wrote on X. Telegram blocked ...": the platform ends a sentence, the rest is another name
        return _relabel(doc, Span(doc, span.start + 1, span.end, label=label), common_words)
    if label == "ORG" and _ministry_title(doc, span.start, span.end):
        return None  # "Social Welfare" + "Minister X": part of the title
    if lexicon.fold(span[0].text) in _STORMS and len(span) > 1:
        return None  # "Cyclone Idai", "Operation Barkhane": an event, not an actor or a place
    if not any(c.isupper() for c in text) and (
        label != "GPE" or (lexicon.country_of(text) is None and not lexicon.is_city(text))
    ):
        return None  # "the naira weakened": a lower-case "place" is one only if the gazetteer says so
    iso3 = lexicon.country_of(text)
    if (
        len(span) == 1
        and label in {"GPE", "LOC"}
        and span[0].is_sent_start
        and (span[0].lower_ in common_words or span[0].lower_.removesuffix("s") in common_words)
        and iso3 is None
        and not lexicon.is_city(text)
    ):
        return None  # "Tributes poured in ...": a common word opening the sentence
    if (
        len(span) == 1
        and label in {"PERSON", "ORG"}
        and span[0].is_sent_start
        and iso3 is None  # "Kazakh President X ...": a demonym opening the sentence is one
        and not span[0].text.isupper()
        and not lexicon.is_city(text, 15000)
        and (span[0].lower_ in common_words or span[0].pos_ in {"NOUN", "ADJ", "VERB", "ADV"})
    ):
        return None  # "Turnout was 69%": a common word capitalised because it opens the sentence
    if label == "PERSON" and len(span) > 1 and span[-1].is_lower and span[-1].pos_ == "NOUN":
        return None  # "the Velora minivan": a product's name before a common noun is no person
    if label == "NORP":
        if iso3 is None:
            return None
        kind = "COUNTRY" if lexicon.country_names().get(lexicon.fold(text)) else "NORP"
        return Span(doc, span.start, span.end, label=kind, kb_id=iso3)
    if iso3 is not None and label in {"GPE", "LOC", "ORG", "PERSON", "COUNTRY"}:
        kind = (
            "NORP"
            if lexicon.demonyms().get(lexicon.fold(text))
            and not lexicon.country_names().get(lexicon.fold(text))
            else "COUNTRY"
        )
        return Span(doc, span.start, span.end, label=kind, kb_id=iso3)
    if (
        label in {"GPE", "LOC"}
        or _is_dateline(doc, span)
        or (label in {"ORG", "PERSON"} and lexicon.is_city(text))
        or (label in {"ORG", "PERSON"} and _after_locative(doc, span) and lexicon.is_city(text, 15000))
    ):
        return Span(doc, span.start, span.end, label="LOC")
    return Span(doc, span.start, span.end, label=label)


#: The fields a ministry is named for, as news writes them in lower case ("Chile's foreign ministry",
#: "the Kenyan health ministry"); kg.extract.mentions names a country's generic bodies with them too.
MINISTRY_AREAS = frozenset(
    {
        "foreign", "defence", "defense", "health", "finance", "interior", "justice", "education",
        "agriculture", "trade", "economy", "energy", "transport", "environment", "labour", "labor",
        "industry", "information", "culture", "tourism", "mining", "mines", "petroleum", "oil",
        "communications", "security", "home", "affairs", "public", "works", "water", "housing",
        "foreign-affairs", "emergencies", "emergency", "economic", "development", "humanitarian",
        "social", "women", "youth", "sports", "fisheries", "livestock", "lands", "planning",
        "commerce", "investment", "telecommunications", "digital", "science", "technology",
        "religious", "veterans", "family", "gender", "local", "government", "infrastructure",
        "reconstruction", "climate", "natural", "resources", "forestry", "aviation", "welfare",
    }
)  # fmt: skip


#: A country's forces named in lower case after it: "the Libyan coast guard", "Israel's military".
_NATIONAL_FORCES = (("coast", "guard"), ("military",), ("embassy",))


def _lowercase_forces(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Libyan coast guard", "Italy's coast guard", "Israel's military", "the US embassy said": a
    country's force or embassy named in lower case after its country (a demonym or a possessive)
    is an organisation."""
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    firsts = {words[0] for words in _NATIONAL_FORCES}
    out = []
    for i, text in enumerate(columns(doc).text):
        if text not in firsts:
            continue
        tok = doc[i]
        for words in _NATIONAL_FORCES:
            end = tok.i + len(words)
            if tok.text != words[0] or end > len(doc) or tok.i in by_token:
                continue
            if tuple(t.text for t in doc[tok.i : end]) != words:
                continue
            if doc[end - 1].pos_ not in {"NOUN", "PROPN"} or tok.i == 0:
                continue
            # "the US embassy said": an embassy is a body in the story when it acts, not where
            # someone works ("diplomats at the Ostland embassy")
            if words == ("embassy",) and tok.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            before = doc[tok.i - 1]
            if before.text in {"'s", "\u2019s"} and tok.i >= 2:
                before = doc[tok.i - 2]
            owner = by_token.get(before.i)
            if owner is not None and owner.label_ in {"COUNTRY", "NORP"}:
                out.append(Span(doc, tok.i, end, label="ORG"))
    return out


def _lowercase_ministries(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Algeria's foreign ministry", "the Kenyan health ministry": a ministry named in lower case
    after its country (a possessive or a demonym) is an organisation the NER does not tag."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    out = []
    for i, lower in enumerate(columns(doc).lower):
        if lower not in {"ministry", "ministries"}:
            continue
        tok = doc[i]
        if tok.lower_ not in {"ministry", "ministries"} or not tok.text.islower() or tok.i in taken:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].lower_ in MINISTRY_AREAS and doc[start - 1].text.islower():
            start -= 1
        if start == tok.i or start == 0:
            continue
        before = doc[start - 1]
        if before.text in {"'s", "\u2019s", "'", "\u2019"} and start >= 2:
            before = doc[start - 2]
        owner = by_token.get(before.i)
        if owner is not None and owner.label_ in {"COUNTRY", "NORP"}:
            out.append(Span(doc, start, tok.i + 1, label="ORG"))
    return out


#: Capitalised words that end a region's name: "Lakeland Province", "Niigata Prefecture".
_REGION_TAILS = frozenset({"Province", "Prefecture", "Region", "State", "County", "Oblast", "Governorate"})


def _region_tails(doc: Doc, spans: list[Span]) -> None:
    """A place the NER cut before the word that makes it a region keeps that word: "the
    Lakeland Province", "Niigata Prefecture" (not "Foreign Province"-like words of other spans)."""
    for span in [s for s in spans if s.label_ in {"GPE", "LOC"}]:
        nxt = span.end
        if (
            nxt < len(doc)
            and doc[nxt].text in _REGION_TAILS
            and not any(s.start <= nxt < s.end for s in spans)
        ):
            spans.remove(span)
            spans.append(Span(doc, span.start, nxt + 1, label="LOC"))
    # "in Tarnby, Karsk Prefecture": a name the NER left out before such a word is a region's
    # ("State" left out: it ends the names of armed groups too)
    taken = {i for s in spans for i in range(s.start, s.end)}
    for tail in range(2, len(doc)):
        if doc[tail].text not in _REGION_TAILS - {"State"} or tail in taken:
            continue
        start = tail
        while start > 0 and tail - start < 2 and doc[start - 1].pos_ == "PROPN" and _is_cap(doc[start - 1]):
            start -= 1
        if start == tail or any(i in taken for i in range(start, tail)) or doc[start].is_sent_start:
            continue
        spans.append(Span(doc, start, tail + 1, label="LOC"))
        taken.update(range(start, tail + 1))


#: Head nouns of a body's unit named in lower case after the body: "the U.N. human rights office".
#: Not "agency": "the U.N. refugee agency", "the U.N. nuclear agency" are epithets of agencies
#: with names of their own, which the article gives too.
_UNIT_HEADS = frozenset({"office"})


def _lowercase_units(doc: Doc, spans: list[Span]) -> dict[tuple[int, int], Span]:
    """ "the United Nations human rights office": an organisation's unit named in lower case after
    it is an organisation of its own. Returns the body of each such unit by the unit's bounds
    (nested in it). A unit an acronym renames ("the U.N. refugee agency, UNHCR,") is left to the
    acronym."""
    bodies = {}
    for span in [s for s in spans if s.label_ == "ORG"]:
        k = span.end
        while (
            k < len(doc)
            and k - span.end < 6
            and (
                (doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"})
                or (doc[k].text == "-" and k > span.end and doc[k - 1].is_lower)  # "anti-fraud"
            )
        ):
            k += 1
        if k == span.end or sum(doc[j].is_alpha for j in range(span.end, k)) > 3:
            continue
        head = doc[k - 1]
        if (
            head.lower_ in _UNIT_HEADS
            and head.pos_ == "NOUN"
            and span.root.head == head
            and span.root.dep_ in {"compound", "nmod"}
            and all(doc[j].head.i in range(span.end, k) for j in range(span.end, k - 1))
            and not any(c.dep_ == "appos" for c in head.children)
        ):
            spans.remove(span)
            spans.append(Span(doc, span.start, k, label="ORG"))
            bodies[span.start, k] = span
    return bodies


_COURT_KINDS = frozenset(
    {"district", "city", "regional", "provincial", "county", "high", "appeals", "military", "municipal",
     "criminal", "civil", "magistrates", "magistrate", "administrative", "economic"}
)  # fmt: skip


def _lowercase_courts(doc: Doc, spans: list[Span]) -> None:
    """ "the Leninsky district court", "an Osh city court": a court named in lower case after
    its district or town is an organisation (with the place, when the NER tagged it, inside)."""
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    for i, lower in enumerate(columns(doc).lower):
        if lower != "court":
            continue
        tok = doc[i]
        if tok.lower_ != "court" or not tok.text.islower() or tok.i in by_token or tok.i < 2:
            continue
        kind = doc[tok.i - 1]
        name = doc[tok.i - 2]
        if not (
            kind.lower_ in _COURT_KINDS and kind.text.islower() and name.pos_ == "PROPN" and _is_cap(name)
        ):
            continue
        owner = by_token.get(name.i)
        if owner is not None and (
            owner.label_ not in {"GPE", "LOC", "PERSON", "ORG"} or owner.end not in {name.i + 1, kind.i + 1}
        ):
            continue
        start = owner.start if owner is not None else name.i
        if owner is not None:
            spans.remove(owner)
        spans.append(Span(doc, start, tok.i + 1, label="ORG"))


def _owners_of_runs(doc: Doc, runs: list[Span], spans: list[Span]) -> list[Span]:
    """ "Chile's Foreign Ministry": the country before an organisation's possessive, when the
    NER took it into the organisation's name and the name was cut back to the organisation."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for run in runs:
        k = run.start - 1
        if k < 1 or doc[k].text not in {"'s", "\u2019s", "'", "\u2019"}:
            continue
        for start in range(max(0, k - 4), k):
            if any(i in taken for i in range(start, k)):
                continue
            iso3 = lexicon.country_of(doc[start:k].text)
            if iso3 is not None:
                label = "COUNTRY" if lexicon.country_names().get(lexicon.fold(doc[start:k].text)) else "NORP"
                out.append(Span(doc, start, k, label=label, kb_id=iso3))
                break
    return out


_BASED = frozenset({"based", "headquartered"})
#: First words of names that are events, not actors or places: storms, military operations.
_STORMS = frozenset({"cyclone", "hurricane", "typhoon", "storm", "tropical", "operation"})


#: The NER's labels for a name before "-based" that make no place of it, which kg relabels.
_NOT_PLACES_BEFORE_BASED = frozenset({"ORG", "PRODUCT", "PERSON", "FAC", "WORK_OF_ART"})


def _places_before_based(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Nairobi-based Savanna Mutual Bank", "a Cape Town-based charity": the place before "-based"
    when the NER left it out and the gazetteer knows it as a city or a country."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    lowers = columns(doc).lower
    for i in range(2, len(doc)):
        if lowers[i] not in _BASED:
            continue
        tok = doc[i]
        if tok.lower_ not in _BASED or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_:
            continue
        end = tok.i - 1
        org = next((s for s in spans if s.end == end and s.label_ in _NOT_PLACES_BEFORE_BASED), None)
        if (
            org is not None
            and end - org.start <= 3
            and all(_is_cap(w) and w.text not in lexicon.org_words() for w in org)
        ):
            # "Halvmark-based security firm X": what a body is based in is a place, whatever
            # the NER said (a city the gazetteer lacks)
            spans.remove(org)
            out.append(Span(doc, org.start, end, label="LOC"))
            continue
        for start in range(max(0, end - 3), end):
            words = doc[start:end]
            if any(i in taken for i in range(start, end)) or not all(_is_cap(w) for w in words):
                continue
            iso3 = lexicon.country_of(words.text)
            if iso3 is not None:
                out.append(Span(doc, start, end, label="COUNTRY", kb_id=iso3))
                break
            if lexicon.is_city(words.text):
                out.append(Span(doc, start, end, label="LOC"))
                break
        else:
            # "a Halvmark-based company": a name the gazetteer lacks, left untagged, is a place too
            start = end
            while start > max(0, end - 3) and _is_cap(doc[start - 1]) and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if start < end and not any(i in taken for i in range(start, end)):
                out.append(Span(doc, start, end, label="LOC"))
    return out


def _datelines(doc: Doc, spans: list[Span]) -> list[Span]:
    """All-capitals place names that open a paragraph, where the NER found nothing or a person/org."""
    out = []
    for i, text in enumerate(columns(doc).text):
        if not (text.isupper() and len(text) > 3):
            continue
        tok = doc[i]
        if not (tok.is_alpha and tok.text.isupper() and len(tok.text) > 3):
            continue
        if tok.i > 0 and "\n" not in doc[tok.i - 1].text_with_ws:
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].is_alpha and doc[end].text.isupper():
            end += 1
        span = Span(doc, tok.i, end, label="LOC")
        if not _is_dateline(doc, span) or lexicon.country_of(span.text):
            continue
        clash = [s for s in spans if s.start < end and tok.i < s.end]
        if all(s.label_ in {"PERSON", "ORG"} for s in clash):
            spans[:] = [s for s in spans if s not in clash]
            out.append(span)
    return out


def _after_locative(doc: Doc, span: Span) -> bool:
    """The span is the object of "in", "near", "outside" ...: where something happens."""
    return span.start > 0 and doc[span.start - 1].lower_ in _LOCATIVE


_LOCATIVE = frozenset({"in", "near", "outside", "around", "from", "to", "at"})
#: A city this large that opens a sentence as its subject is the city (a metonym for its state).
_CAPITAL_SIZED = 1_000_000
#: Country names that are also the names of US states: "in Georgia" may be either.
_STATES_TOO = frozenset({"Georgia"})


def _is_dateline(doc: Doc, span: Span) -> bool:
    """An all-capitals place name opening a paragraph: "NAIROBI, March 4 -", "GENEVA (AP) -"."""
    first = doc[span.start]
    at_paragraph_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    return (
        at_paragraph_start
        and all(t.text.isupper() for t in span if t.is_alpha)
        and len(span.text) > 3
        and span.end < len(doc)
        and doc[span.end].text in {",", "-", "(", "\u2014", "\u2013"}
        and first.is_alpha
    )


def _title_end(doc: Doc, end: int, start_limit: int) -> int | None:
    """If a title phrase ends just before token ``end``, return its first token index."""
    titles = lexicon.titles()
    if end == 0 or "\n" in doc[end - 1].text_with_ws:
        return None
    if not lexicon.may_end_title(doc[end - 1].text):
        return _portfolio_title_start(doc, end, start_limit) if _is_cap(doc[end - 1]) else None
    for n in range(min(lexicon.max_title_words(), end - start_limit), 0, -1):
        if any("\n" in t.text_with_ws for t in doc[end - n : end - 1]):
            continue
        phrase = lexicon.fold(doc[end - n : end].text)
        if phrase in titles:
            return end - n
    return _portfolio_title_start(doc, end, start_limit)


#: Heads of titles named for a list of fields: "Minister of Agriculture, Fisheries and Food".
_PORTFOLIO_HEADS = frozenset({"minister", "secretary", "commissioner"})


def _portfolio_title_start(doc: Doc, end: int, start_limit: int) -> int | None:
    """ "Minister of Agriculture, Fisheries and Food X": the start of a minister's title that lists
    the fields of the post (capitalised words, commas, "and"), when one ends just before ``end``."""
    k = end - 1
    while k > start_limit and end - k < 12:
        tok = doc[k]
        if (
            tok.lower_ in {"of", "for"}
            and doc[k - 1].lower_ in _PORTFOLIO_HEADS
            and doc[k - 1].text[:1].isupper()
        ):
            start = k - 1
            if start > start_limit and doc[start - 1].lower_ in {"deputy", "vice", "junior", "state"}:
                start -= 1
            fields = doc[k + 1 : end]
            if len(fields) and any(t.lower_ in {"and", "&"} for t in fields):
                return start
            return None
        if not (_is_cap(tok) or tok.text == "," or tok.lower_ in {"and", "&"}):
            return None
        k -= 1
    return None


def _bodies_inside_titles(doc: Doc, spans: list[Span]) -> None:
    """ "Minister of Agriculture, Fisheries and Food X": a field of the post the NER tagged as an
    organisation ("Agriculture") is part of the title, not a body."""
    for span in list(spans):
        if span.label_ != "ORG":
            continue
        end = span.end
        while end < len(doc) and (
            _is_cap(doc[end]) or doc[end].text == "," or doc[end].lower_ in {"and", "&"}
        ):
            end += 1
        start = _portfolio_title_start(doc, end, max(0, span.start - 3)) if end > span.end else None
        if start is not None and start < span.start:
            spans.remove(span)


def _persons_after_titles(doc: Doc, spans: list[Span]) -> list[Span]:
    """A capitalised name right after a title is a person, whatever the NER said."""
    taken = {i: s for s in spans for i in range(s.start, s.end)}
    cap, pos = columns(doc).cap, pos_ids(doc)
    out: list[Span] = []
    for sent in doc.sents:
        i = sent.start
        while i < sent.end:
            apposed = False
            # (the cheap tests of the name's first word before the title is looked for; "his
            # Slovak counterpart Jan Hruby": a person, as after a title)
            if (
                i > sent.start
                and cap[i]
                and pos[i] == PROPN
                and (
                    doc[i - 1].lower_ in _COUNTERPART
                    or _title_end(doc, i, sent.start) is not None
                    or (apposed := _after_apposed_title(doc, i, sent.start))
                )
            ):
                # more titles before the name: "spokesman Brigadier General Musa Danjuma"
                while n := next(
                    (
                        n
                        for n in (3, 2, 1)
                        if i + n < sent.end
                        and (
                            lexicon.fold(doc[i : i + n].text.rstrip(".")) in lexicon.titles()
                            or n == 1
                            and lexicon.fold(doc[i].text.rstrip(".")) in HONORIFICS | _MILITARY_RANKS
                        )
                        and _is_cap(doc[i + n])
                    ),
                    0,
                ):
                    i += n
                j = i
                while j < sent.end:
                    if _is_cap(doc[j]) and doc[j].pos_ == "PROPN" and doc[j].text not in lexicon.org_words():
                        j += 1
                    elif (
                        doc[j].text == "-"
                        and j > i
                        and not doc[j - 1].whitespace_
                        and j + 1 < sent.end
                        and _is_cap(doc[j + 1])
                    ):
                        j += 2
                    else:
                        break
                existing = taken.get(i)
                if (
                    (
                        existing is not None
                        and existing.label_ == "ORG"
                        and any(t.text in lexicon.org_words() for t in existing)
                    )
                    or (j < sent.end and doc[j].text in lexicon.org_words())
                    # "its director, Oselia Pranta, said": a name of two words or more closed by a comma
                    or (apposed and not (j - i >= 2 and j < sent.end and doc[j].text == ","))
                ):
                    i = max(j, i + 1)
                    continue  # "General Election Commission": no person after the title "general"
                if (
                    j > i
                    and (
                        existing is None
                        or existing.label_ == "ORG"
                        or (existing.label_ == "PERSON" and existing.start < i)
                        # '..." Magistrate Beatrice Kapumba said' tagged a work of art after a quote
                        or existing.label_ in {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}
                        # "President Tumelo Sekhoto" tagged a place: no place the gazetteer knows
                        or (
                            existing.label_ in {"GPE", "LOC"}
                            and existing.start == i
                            and not _known_place(existing)
                        )
                    )
                    and not lexicon.country_of(doc[i:j].text)
                    and lexicon.fold(doc[i:j].text.rstrip("."))
                    not in lexicon.titles()  # "Chief Magistrate's Court"
                ):
                    spans[:] = [s for s in spans if not (s.start < j and i < s.end)]
                    out.append(Span(doc, i, j, label="PERSON"))
                i = max(j, i + 1)
            else:
                i += 1
    return out


def _after_apposed_title(doc: Doc, i: int, start_limit: int) -> bool:
    """ "Its director, Oselia Pranta, said", "the union's leader, ...": token ``i`` follows a comma
    after a title that its own determiner or possessor opens."""
    if i - 1 <= start_limit or doc[i - 1].text != ",":
        return False
    t = _title_end(doc, i - 1, start_limit)
    for k in range(i - 3, max(start_limit, i - 6), -1):
        if t is not None:
            break
        if doc[k].lower_ in {"for", "to", "in"} and all(_is_cap(x) for x in doc[k + 1 : i - 1]):
            # "the bloc's envoy for Polynesia, X,", "Acme's ambassador to Peru, X,", "Ecuador's
            # ambassador in Lima, X,"
            t = _title_end(doc, k, start_limit)
    if t is None:
        return False
    return (
        t == start_limit
        or doc[t - 1].lower_ in {"its", "his", "her", "their", "the"}
        or (doc[t - 1].text in {"'s", "\u2019s", "'", "\u2019"})
        # "Acme's Toulouse-based head of research, X,": where the post is, between
        or (t - 2 > start_limit and doc[t - 1].lower_ == "based" and doc[t - 2].text == "-")
    )


#: Nouns for a person's opposite number, followed by their name like a title.
_COUNTERPART = frozenset({"counterpart", "counterparts"})


def _known_place(span: Span) -> bool:
    text = span.text
    return lexicon.country_of(text) is not None or lexicon.is_city(text) or text.isupper()


_BODY_WORDS = frozenset(
    {"mission", "agency", "force", "group", "movement", "party", "company", "bank", "ministry",
     "commission", "council", "committee", "organisation", "organization", "alliance", "coalition",
     "regulator", "authority", "union", "association", "institute", "office", "project", "programme"}
)  # fmt: skip


def renamed_body(tok: Token, spans: Sequence[Span] = ()) -> Token | None:
    """The body noun an apposition renames: "the X mission, ABC," (apposition to "mission"), and
    "the mission in Mali, ABC," which the parser attaches to the place, though an acronym cannot
    rename a place after "in". ``spans`` are the entity spans known so far (to tell a place)."""
    if tok.dep_ != "appos":
        return None
    head = tok.head
    if head.lemma_.lower() in _BODY_WORDS and head.pos_ == "NOUN":
        return head
    prep = head.head
    if (
        head.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in {"in", "for", "to"}
        and prep.head.lemma_.lower() in _BODY_WORDS
        and prep.head.pos_ == "NOUN"
        and (
            head.ent_type_ in _PLACE_LABELS
            or any(s.label_ in _PLACE_LABELS and s.start <= head.i < s.end for s in spans)
            or lexicon.country_of(head.text)
        )
    ):
        return prep.head
    return None


_PLACE_LABELS = frozenset({"GPE", "LOC", "COUNTRY"})


def _acronyms_that_speak(doc: Doc, spans: list[Span]) -> list[Span]:
    """An upper-case acronym the NER left untagged that says, warns or does something to another
    actor, renames a body in apposition, or follows a body noun is an organisation: "UNHCR warned
    that ...", "CONSUMO welcomed ...", "the African Union mission, AUMIK, said", "consumer
    organisation CONSUMO"."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for i, word in enumerate(columns(doc).text):
        text = word.replace(".", "")
        if not (text.isalpha() and text.isupper()):
            continue  # (tested again below, with the rest)
        tok = doc[i]
        if (
            tok.i not in taken
            and text.isalpha()
            and text.isupper()
            and 3 <= len(text) <= 8
            and (
                (
                    tok.dep_ == "nsubj"
                    and (
                        lexicon.fold(tok.head.lemma_) in lexicon.speech_verbs()
                        or (lexicon.fold(tok.head.lemma_), "VERB") in lexicon.cameo_triggers()
                    )
                )
                # "the African Union mission, AUMIK, said": an acronym in apposition to a body
                or (tok.dep_ == "appos" and renamed_body(tok, spans) is not None)
                # "consumer organisation CONSUMO": an acronym right after a body noun
                or (tok.i > 0 and doc[tok.i - 1].is_lower and doc[tok.i - 1].lower_ in _BODY_WORDS)
            )
            and lexicon.fold(tok.text) not in lexicon.titles()
            and lexicon.fold(tok.text) not in lexicon.nonentities()
            and not lexicon.country_of(tok.text)
        ):
            out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return out


#: Nouns for a kind of body that news puts right before the body's name: "the Dutch charity X".
_NAMING_BODY_WORDS = _BODY_WORDS | frozenset(
    {"charity", "firm", "brokerage", "think-tank", "tank", "consultancy", "broadcaster", "operator",
     "network", "foundation", "trust", "fund", "newspaper", "carrier", "airline", "insurer", "lender",
     "startup", "start-up", "developer", "watchdog", "nonprofit", "ngo",
     # businesses named by what they do ("the Chinese carmaker X", "X, a Brazilian conglomerate,");
     # not trades a person may have as well: "the miner Juan Perez was rescued"
     "carmaker", "automaker", "manufacturer", "conglomerate", "shipbuilder", "steelmaker", "drugmaker",
     "chipmaker", "utility", "bloc", "federation", "parliament", "legislature", "site", "website",
     "subsidiary", "unit", "affiliate"}
)  # fmt: skip


#: Trades only a business has: a name right after one is the business's, whatever the NER said.
_CORPORATE_TRADES = frozenset(
    {
        "carmaker",
        "automaker",
        "manufacturer",
        "conglomerate",
        "shipbuilder",
        "steelmaker",
        "drugmaker",
        "chipmaker",
        "subsidiary",
        "unit",
        "affiliate",
        # bodies no person is called: "rights group Masar Watch", "shipping firm Ollard Lines"
        "group",
        "firm",
        "company",
        "charity",
        "agency",
        "bank",
        "lender",
        "insurer",
        "airline",
        "brokerage",
        "watchdog",
        "think-tank",
        "tank",
        "nonprofit",
        "ngo",
        "startup",
        "start-up",
        "foundation",
        "organisation",
        "organization",
        "newspaper",
    }
)


def _renames(name: Span, noun: Token) -> bool:
    """Whether the name right after a body noun renames it: "the charity Sea Lantern" (the name
    hangs on the noun, or the noun on the name), or "rights group Sawt Adala said", which the
    parser reads as two subjects of one verb."""
    root = name.root
    return (
        root.head.i == noun.i
        or name.start <= noun.head.i < name.end
        or (
            root.head.i == noun.head.i
            and root.dep_ == noun.dep_
            and root.i != noun.head.i
            # the whole name: "broadcaster TV Zenitra" cut before "Zenitra" is not one
            and (name.end >= len(name.doc) or not _is_cap(name.doc[name.end]))
        )
    )


def _names_after_body_nouns(doc: Doc, spans: list[Span]) -> list[Span]:
    """A capitalised name the NER left untagged right after a word for a kind of body, which it
    renames, is that body: "run by the Dutch charity Sea Lantern", "consumer group Voz Activa
    said" (the noun must have a determiner or modifier of its own: "the charity", "Dutch
    charity", not a sentence that opens "Charity Ngozi said")."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for i, lower in enumerate(columns(doc).lower):
        if lower not in _NAMING_BODY_WORDS:
            continue
        noun = doc[i]
        if not (noun.is_lower and noun.lower_ in _NAMING_BODY_WORDS and noun.i + 1 < len(doc)):
            continue
        if not any(
            c.dep_ in {"det", "amod", "compound", "poss", "nmod"} and c.i < noun.i for c in noun.children
        ):
            continue
        person = next((s for s in spans if s.start == noun.i + 1 and s.label_ == "PERSON"), None)
        if person is not None and _renames(person, noun) and noun.lower_ in _CORPORATE_TRADES:
            # "the Chinese carmaker Jinhua Auto", tagged a person: a business named by its trade
            # (not "the broadcaster X", "the developer X": people have those trades too)
            spans.remove(person)
            taken.difference_update(range(person.start, person.end))
        end = noun.i + 1
        while (
            end < len(doc)
            and end - noun.i <= 4
            and end not in taken
            and _is_cap(doc[end])
            # "told public broadcaster TVK that": an acronym, whatever part of speech it was given
            and (doc[end].pos_ == "PROPN" or (doc[end].text.isupper() and len(doc[end].text) > 1))
        ):
            end += 1
        if end == noun.i + 1 or "\n" in doc[noun.i : end].text:
            continue
        name = doc[noun.i + 1 : end]
        if not _renames(name, noun):
            continue  # the name neither renames the noun nor is described by it
        if lexicon.country_of(name.text) or lexicon.is_city(name.text, 1000):
            continue
        if any(lexicon.fold(t.text.rstrip(".")) in lexicon.titles() for t in name):
            continue  # "the company Chief Executive ..."
        out.append(Span(doc, name.start, name.end, label="ORG"))
    return out


#: Lower-case nouns for things a body makes or sells: "its Tap & Pay service", "their Ravel Z3 chip".
_PRODUCT_NOUNS = frozenset(
    {"service", "app", "application", "platform", "brand", "drug", "vaccine", "medicine", "chip",
     "processor", "phone", "smartphone", "handset", "device", "model", "car", "vehicle", "jet", "aircraft",
     "drone", "software", "product", "console", "tablet", "laptop", "engine", "wallet", "game", "line",
     "range", "satellite", "rocket", "missile", "tank", "helicopter", "truck", "sedan", "SUV", "suv"}
)  # fmt: skip
_MODEL_CODE = re.compile(r"^(?=.*\d)[A-Z0-9][A-Za-z0-9-]*$")


def _products_of_bodies(doc: Doc, spans: list[Span]) -> None:
    """ "its Tap & Pay service", "their Falcon 9X drone": a name a body owns ("its", "their") before
    a word for a product (after a model number or not) names the product, not an entity."""
    org_words = lexicon.org_words()
    for span in [s for s in spans if s.label_ in {"ORG", "PERSON", "GPE", "LOC"}]:
        if span.start == 0 or doc[span.start - 1].lower_ not in {"its", "their"}:
            continue
        if any(t.text in org_words for t in span) or lexicon.country_of(span.text):
            continue
        k = span.end
        while k < len(doc) and k - span.end < 2 and _MODEL_CODE.match(doc[k].text):
            k += 1
        if k < len(doc) and doc[k].lower_ in _PRODUCT_NOUNS and doc[k].text[:1].islower():
            spans.remove(span)


#: Parties named by what their members are called: "Republicans hold 53 seats", "the Tories".
_PARTY_PLURALS = frozenset(
    {"Republicans", "Democrats", "Conservatives", "Tories", "Socialists", "Liberals", "Greens",
     "Labourites", "Christian Democrats", "Social Democrats", "Liberal Democrats", "Free Democrats"}
)  # fmt: skip


def _parties_named_by_members(doc: Doc, spans: list[Span]) -> None:
    """ "Republicans hold 53 of the 100 seats", "the Social Democrats": a party named by the plural
    of its members' name is the party (the NER calls it a nationality or leaves it)."""
    texts = columns(doc).text
    for i in range(len(texts)):
        for n in (2, 1):
            if i + n > len(doc) or " ".join(texts[i : i + n]) not in _PARTY_PLURALS:
                continue
            # (not "Democrats Abroad", a name of its own)
            if i + n < len(doc) and _is_cap(doc[i + n]) and not doc[i + n].is_sent_start:
                break
            over = [s for s in spans if s.start < i + n and i < s.end]
            if any(s.label_ != "NORP" or s.start < i or s.end > i + n for s in over):
                break
            for s in over:
                spans.remove(s)
            spans.append(Span(doc, i, i + n, label="ORG"))
            break


#: Capitalised words that end the name of an event, not of a body: "the Velgrad Motor Show".
_EVENT_HEADS = frozenset(
    {"Marathon", "Show", "Festival", "Games", "Olympics", "Championship", "Championships", "Tournament",
     "Expo", "Fair", "Summit", "Cup", "Open", "Awards", "Exhibition", "Carnival", "Biennale", "Regatta"}
)  # fmt: skip


def _events_named_as_bodies(doc: Doc, spans: list[Span]) -> None:
    """ "the Velgrad Motor Show", "the Ostland Open": a name the NER tagged an organisation that
    ends on a word for an event names the event, not a body (kg models no events); "the Arvel
    Union Summit" keeps the body that holds it."""
    org_words = lexicon.org_words()
    for span in [s for s in spans if s.label_ == "ORG" and len(s) >= 2 and s[-1].text in _EVENT_HEADS]:
        spans.remove(span)
        if span[-2].text in org_words and len(span) >= 3:
            spans.append(Span(doc, span.start, span.end - 1, label="ORG"))


#: People who work for a firm named after "at": "an analyst at Berenberg", "economists at Orrin".
_STAFF_AT = frozenset(
    {"analyst", "analysts", "economist", "economists", "strategist", "strategists", "researcher",
     "researchers", "trader", "traders", "banker", "bankers", "lawyer", "lawyers", "partner", "director"}
)  # fmt: skip


def _employers_after_staff(doc: Doc, spans: list[Span]) -> None:
    """ "an analyst at Berenberg", "analysts at Orrin and Vask": a name after a word for a firm's
    staff and "at" is the firm, when the NER tagged it a place or a person and no gazetteer knows
    it as a place; a name joined to it by "and" too."""
    lower = columns(doc).lower
    by_start = {s.start: s for s in spans}
    for i in range(len(doc) - 2):
        if lower[i] not in _STAFF_AT or lower[i + 1] != "at":
            continue
        span = by_start.get(i + 2)
        if span is None and not any(s.start <= i + 2 < s.end for s in spans):
            end = i + 2
            while end < len(doc) and end - i < 6 and _is_cap(doc[end]) and doc[end].pos_ == "PROPN":
                end += 1
            name = doc[i + 2 : end]
            if (
                len(name)
                and "\n" not in name.text
                and not lexicon.country_of(name.text)
                and not lexicon.is_city(name.text, 1000)
                and not lexicon.is_feature_name(name.text)
            ):
                spans.append(Span(doc, name.start, name.end, label="ORG"))
            continue
        while span is not None:
            if (
                span.label_ in {"GPE", "LOC", "PERSON"}
                and not _known_place(span)
                and not (span.label_ == "PERSON" and len(span) > 1)
            ):
                spans.remove(span)
                spans.append(Span(doc, span.start, span.end, label="ORG"))
            elif span.label_ != "ORG":
                break
            nxt = span.end
            span = by_start.get(nxt + 1) if nxt + 1 < len(doc) and lower[nxt] == "and" else None


#: Nouns for a part of a body: the name after "<part> of" is a body's ("a unit of X", "the armed
#: wing of X").
_PART_NOUNS = frozenset(
    {"unit", "units", "subsidiary", "subsidiaries", "division", "affiliate", "affiliates", "arm", "wing",
     "offshoot", "spin-off", "splinter"}
)  # fmt: skip


def _bodies_with_parts(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Eco-Lend, a unit of Varro Wireless,", "the armed wing of the Kessan Front": the name after a
    word for a part of a body and "of" is the parent body's, when the NER tagged it a person or
    left it untagged (a place stays a place: "the Kenyan unit of ...")."""
    out = []
    lower = columns(doc).lower
    for i in range(len(doc) - 2):
        if lower[i] not in _PART_NOUNS or lower[i + 1] != "of" or not doc[i].is_lower:
            continue
        if not any(c.dep_ in {"det", "amod", "compound", "poss"} and c.i < i for c in doc[i].children):
            continue
        # "Lendo Pay, a unit of X,": the name the part noun is in apposition to is a body too
        p = i - 1
        while p > 0 and doc[p].pos_ in {"DET", "ADJ"}:
            p -= 1
        if p < i - 1 and doc[p].text == ",":
            before = next((s for s in spans if s.end == p and s.label_ == "PERSON"), None)
            if before is not None and not any(lexicon.fold(t.text) in lexicon.titles() for t in before):
                spans.remove(before)
                out.append(Span(doc, before.start, before.end, label="ORG"))
        start = i + 2 + (lower[i + 2] == "the" and i + 3 < len(doc))
        person = next((s for s in spans if s.start == start), None)
        if person is not None:
            if person.label_ != "PERSON" or len(person) < 2:
                continue
            spans.remove(person)
            out.append(Span(doc, person.start, person.end, label="ORG"))
            continue
        if any(s.start < start < s.end for s in spans):
            continue
        end = start
        while end < len(doc) and end - start < 5 and _is_cap(doc[end]) and doc[end].pos_ == "PROPN":
            end += 1
        name = doc[start:end]
        if (
            len(name) >= 2
            and "\n" not in name.text
            and not any(s.start < end and start < s.end for s in spans)
            and not lexicon.country_of(name.text)
            and not lexicon.is_city(name.text, 1000)
        ):
            out.append(Span(doc, start, end, label="ORG"))
    return out


#: Trades only a business has, after which an apposition names it: "Tevra, a Danish shipping company,".
_BUSINESS_NOUNS = frozenset(
    {"fintech", "retailer", "refiner", "exporter", "importer", "supplier", "distributor", "provider",
     "bottler", "meatpacker", "chain", "outlet", "multinational", "subsidiary", "e-commerce", "telco"}
)  # fmt: skip
_BASED_WORDS = frozenset({"based", "listed", "headquartered", "registered"})
#: Trades a person may have as well, a business's only when "X-based" or "X-listed" describes it.
_TRADES_OF_PEOPLE_TOO = frozenset(
    {"miner", "trader", "broker", "contractor", "publisher", "brewer", "builder"}
)
#: Trades after which "of" names what the business makes: "a maker of electric buses".
_MAKERS = frozenset({"maker", "manufacturer", "producer", "supplier", "distributor", "provider", "operator"})


#: Lower-case nouns after "whose" that only a body has: "X, whose leader, Y, ...".
_WHOSE_BODY_PARTS = frozenset(
    {"leader", "leaders", "leadership", "members", "chairman", "chairwoman", "founder", "lawmakers",
     "shareholders", "board", "headquarters", "fighters"}
)  # fmt: skip


def _bodies_described_in_apposition(
    doc: Doc, spans: list[Span], common_words: frozenset[str] = frozenset()
) -> None:
    """A name the NER left out, cut at a hyphen, or tagged a person, a product or a facility, is a
    body when an apposition describes it as one ("the Varde, Norway's parliament,", "the LO-TCO,
    Norway's trade union federation,", "the Velora trade bloc's") or a relative clause gives it a
    leader or members ("Norvik Samling, whose leader, Ana Velsko, ..."). Places and countries keep
    their type ("Tarnby, whose mayor")."""
    by_tok = {i: s for s in spans for i in range(s.start, s.end)}

    def name_before(end: int) -> tuple[int, int, Span | None] | None:
        own = by_tok.get(end - 1)
        if own is not None:
            # (a place no gazetteer knows may be a business: "Kobalt, a Turin-based fintech,")
            unknown_place = own.label_ in {"GPE", "LOC"} and not _known_place(own)
            if (own.label_ not in {"PERSON", "PRODUCT", "FAC"} and not unknown_place) or own.end != end:
                return None
            return own.start, end, own
        start = end
        while start > 0 and end - start < 4 and _is_cap(doc[start - 1]) and by_tok.get(start - 1) is None:
            start -= 1
        if start == end or lexicon.country_of(doc[start:end].text):
            return None
        # a capitalised word opening the sentence is a name only as a proper noun ("Tevra, a
        # Danish shipping company,"; not "However, a ...")
        if doc[start].is_sent_start and not all(
            t.pos_ == "PROPN" or (t.is_alpha and t.lower_ not in common_words) for t in doc[start:end]
        ):
            return None
        if any(lexicon.fold(t.text) in lexicon.titles() for t in doc[start:end]):
            return None
        return start, end, None

    def make_org(start: int, end: int, own: Span | None) -> None:
        text = doc[start:end].text
        # the article's other mentions of the name, tagged the same wrong way, name the body too
        retyped = {"PERSON", "PRODUCT", "FAC"} | ({own.label_} if own is not None else set())
        for other in [s for s in spans if s.text == text and s.label_ in retyped]:
            spans.remove(other)
            if other.start != start:
                renamed = Span(doc, other.start, other.end, label="ORG")
                spans.append(renamed)
                by_tok.update({i: renamed for i in range(other.start, other.end)})
        if own is not None and own in spans:
            spans.remove(own)
        new = Span(doc, start, end, label="ORG")
        spans.append(new)
        by_tok.update({i: new for i in range(start, end)})

    for comma in range(1, len(doc) - 2):
        if doc[comma].text != ",":
            continue
        end = comma
        # "the LO-TCO," tokenised "LO", "-", "TCO", the NER's "LO": the whole acronym is the name
        if end >= 3 and doc[end - 2].text == "-" and doc[end - 1].text.isupper():
            own = by_tok.get(end - 3)
            if own is not None and own.end == end - 2 and own.label_ == "ORG":
                spans.remove(own)
                new = Span(doc, own.start, end, label="ORG")
                spans.append(new)
                by_tok.update({i: new for i in range(new.start, end)})
                continue
        sent_end = doc[comma].sent.end
        k = comma + 1
        if doc[k].lower_ == "whose":
            if k + 1 < sent_end and doc[k + 1].lower_ in _WHOSE_BODY_PARTS:
                named = name_before(end)
                if named is not None:
                    make_org(*named)
            continue
        if doc[k].lower_ in {"a", "an", "the"}:
            k += 1
        owner = by_tok.get(k)
        if owner is not None and owner.label_ in {"COUNTRY", "GPE", "LOC", "NORP"} and owner.start == k:
            k = owner.end
            if k < sent_end and doc[k].text in {"'s", "\u2019s"}:
                k += 1
        elif k == comma + 1:
            continue  # the description needs a determiner or an owner: "X, Norway's parliament"
        start_desc = k
        listed = based = False
        while k < min(sent_end, start_desc + 6):
            # "a Turin-based fintech", "a Krakow-listed miner": a place joined to the participle
            if k + 1 < sent_end and doc[k].text == "-" and doc[k + 1].lower_ in _BASED_WORDS:
                listed = listed or doc[k + 1].lower_ == "listed"
                based = True
                k += 2
            elif k + 2 < sent_end and doc[k + 1].text == "-" and doc[k + 2].lower_ in _BASED_WORDS:
                listed = listed or doc[k + 2].lower_ == "listed"
                based = True
                k += 3
            elif doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN", "VERB"} and doc[k].text != "-":
                k += 1
            elif doc[k].text in {"'s", "\u2019s"} and k > start_desc and doc[k - 1].pos_ == "NOUN":
                k += 1  # "X, the country's largest lender,"
            else:
                break
        if k == start_desc:
            continue
        head = doc[k - 1].lower_
        if not (
            head in _NAMING_BODY_WORDS
            or head in _BUSINESS_NOUNS
            or (head in _MAKERS and k < sent_end and doc[k].lower_ == "of")
            or (based and head in _TRADES_OF_PEOPLE_TOO)
            or (listed and doc[k - 1].pos_ == "NOUN")
        ):
            continue
        # "X, a maker of electric buses,": what a business makes may follow its trade
        if k < sent_end and doc[k].lower_ == "of" and head in _MAKERS:
            while k < sent_end and doc[k].text not in {",", ".", ";", ")"}:
                k += 1
        if k < sent_end and doc[k].text not in {",", ".", ";", ")"}:
            continue  # "X, the party's candidate" is no body: the phrase goes on
        named = name_before(end)
        people_too = not listed and head in _TRADES_OF_PEOPLE_TOO and head not in _NAMING_BODY_WORDS
        if named is not None and people_too and named[2] is not None and len(named[2]) > 1:
            continue  # "Tobin Verro, a Marseille-based miner,": a person's full name keeps its person
        if named is not None:
            make_org(*named)
    # "29 of the 100 seats in the Varde", "the 169-seat Varde": a chamber with seats is a body
    for i in range(2, len(doc) - 1):
        if doc[i].lower_ in {"seats", "seat"} and doc[i + 1].lower_ == "in" and i + 2 < len(doc):
            at = i + 3 if doc[i + 2].lower_ == "the" else i + 2
        elif doc[i].lower_ == "seat" and doc[i - 1].text == "-" and doc[i - 2].like_num:
            at = i + 1
        else:
            continue
        named = None
        own = by_tok.get(at)
        if own is not None and own.start == at and own.label_ in {"FAC", "PRODUCT", "WORK_OF_ART", "PERSON"}:
            named = (own.start, own.end, own)
        elif own is None and at < len(doc) and _is_cap(doc[at]) and doc[at].pos_ == "PROPN":
            end = at
            while end < len(doc) and end - at < 3 and _is_cap(doc[end]) and by_tok.get(end) is None:
                end += 1
            if not lexicon.country_of(doc[at:end].text) and not lexicon.is_city(doc[at:end].text):
                named = (at, end, None)
        if named is not None:
            make_org(*named)
    # "the Velora trade bloc's agreement": a name the NER took for a product or a facility before a
    # lower-case word for a body is that body's
    for span in [s for s in spans if s.label_ in {"PRODUCT", "FAC"}]:
        k = span.end
        while k < min(span.end + 3, len(doc)) and doc[k].is_lower and doc[k].pos_ == "NOUN":
            k += 1
        if (
            k > span.end
            and doc[k - 1].lower_ in _NAMING_BODY_WORDS
            and span.start > 0
            and doc[span.start - 1].lower_ == "the"
            and all(_is_cap(t) for t in span)
        ):
            spans.remove(span)
            spans.append(Span(doc, span.start, span.end, label="ORG"))


#: What only a body has, after its name's possessive: "Hessling Werke's head of purchasing, X".
_CORPORATE_POSSESSIONS = frozenset(
    {"ceo", "cfo", "coo", "cto", "shareholders", "subsidiary", "subsidiaries", "headquarters", "board",
     "factory", "plant", "plants", "revenue", "revenues", "workforce", "employees"}
)  # fmt: skip
#: Corporate posts written after a body's possessive: "X's chief financial officer", "X's head of sales".
_CORPORATE_POSTS = (
    ("chief", "executive"),
    ("chief", "financial"),
    ("chief", "operating"),
    ("chief", "technology"),
    ("managing", "director"),
    ("head", "of"),
)


def _bodies_with_officers(doc: Doc, spans: list[Span]) -> None:
    """ "Hessling Werke's head of battery purchasing, X", "Tarvo's chief financial officer": a name
    the NER tagged a person is a body when what it has is an officer or a board, plant or
    shareholders only a body has (not a person's "spokesman" or "adviser")."""
    lower = columns(doc).lower
    for k, span in enumerate(spans):
        end = span.end
        if span.label_ != "PERSON" or end + 1 >= len(doc) or lower[end] not in ("'s", "’s"):
            continue
        first = lower[end + 1]
        pair = (first, lower[end + 2]) if end + 2 < len(doc) else (first, "")
        if first not in _CORPORATE_POSSESSIONS and pair not in _CORPORATE_POSTS:
            continue
        if lexicon.country_of(span.text) or lexicon.is_city(span.text, 15000):
            continue
        spans[k] = Span(doc, span.start, span.end, label="ORG")


def _companies_with_shares(
    doc: Doc, spans: list[Span], common_words: frozenset[str] = frozenset()
) -> list[Span]:
    """ "Safaricom shares rose 3%", "shares in Tullow Oil fell": what has shares is a company, a
    capitalised name the NER left untagged, or tagged a place no gazetteer knows, a person or a
    thing ("Shares in Korvel fell", the NER's "Korvel" a place)."""
    by_tok = {i: s for s in spans for i in range(s.start, s.end)}
    taken = set(by_tok)
    out = []
    for tok in doc:
        if tok.lower_ not in {"shares", "stock"}:
            continue
        if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in {"in", "of"}:
            start = end = tok.i + 2  # "shares in Tullow Oil"
            while end < len(doc) and end - start < 4 and _is_cap(doc[end]) and doc[end].pos_ == "PROPN":
                end += 1
        else:
            end = start = tok.i  # "Safaricom shares" (a name the tagger may take for an adjective)
            while (
                start > 0
                and tok.i - start < 4
                and _is_cap(doc[start - 1])
                and (
                    doc[start - 1].pos_ == "PROPN"
                    or (doc[start - 1].pos_ in {"ADJ", "NOUN"} and doc[start - 1].lower_ not in common_words)
                )
            ):
                start -= 1
        own = by_tok.get(start)
        mistyped = (
            own is not None
            and (own.start, own.end) == (start, end)
            and own.label_ in {"GPE", "LOC", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART"}
            and not lexicon.country_of(own.text)
            and not lexicon.is_city(own.text, 15000)
            and own in spans
        )
        if end == start or (not mistyped and any(i in taken for i in range(start, end))):
            continue
        name = doc[start:end].text
        if lexicon.country_of(name) or lexicon.is_city(name, 1000) or lexicon.fold(name) in lexicon.titles():
            continue
        if mistyped:
            spans.remove(own)
        out.append(Span(doc, start, end, label="ORG"))
        taken.update(range(start, end))
    return out


def _bodies_known_as(doc: Doc, spans: list[Span]) -> list[Span]:
    """A capitalised name the NER left untagged after "the group, known (to researchers) as" or
    "a militia dubbed": another name for the body, so a body itself."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for verb in doc:
        if verb.lower_ not in {"known", "dubbed", "nicknamed"} or verb.head.lower_ not in _NAMING_BODY_WORDS:
            continue
        k = verb.i + 1
        if verb.lower_ == "known":
            if k < len(doc) and doc[k].lower_ == "to":  # "known to researchers as"
                while k < len(doc) and k < verb.i + 6 and doc[k].lower_ != "as":
                    k += 1
            if k >= len(doc) or doc[k].lower_ != "as":
                continue
            k += 1
        person = next((s for s in spans if s.start == k and s.label_ == "PERSON"), None)
        if person is not None:  # "a hacking group known as Grey Heron", tagged a person
            spans.remove(person)
            taken.difference_update(range(person.start, person.end))
        end = k
        while (
            end < len(doc)
            and end - k < 4
            and end not in taken
            and _is_cap(doc[end])
            and doc[end].pos_ == "PROPN"
        ):
            end += 1
        if end > k and not lexicon.country_of(doc[k:end].text) and not lexicon.is_city(doc[k:end].text, 1000):
            out.append(Span(doc, k, end, label="ORG"))
    return out


def _names_spelled_by_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """A capitalised name whose initials are the acronym in brackets after it is one organisation,
    whatever its head word: "Inter-Forces Public Relations (IFPR)", "Office for Fisheries and
    Coastal Resources (OFCR)" (linking words are not spelled). Names of countries and of people
    the NER found are left as they are."""
    out = []
    texts = columns(doc).text
    for i in range(1, len(doc) - 2):
        if texts[i] != "(":
            continue
        tok = doc[i]
        acronym = doc[tok.i + 1].text
        if not (
            tok.text == "("
            and doc[tok.i + 2].text == ")"
            and acronym.isalpha()
            and acronym.isupper()
            and 2 <= len(acronym) <= 8
        ):
            continue
        letters: list[tuple[int, str]] = []  # (token, initial) of each capitalised word, last first
        k = tok.i - 1
        while k >= 0 and (_is_cap(doc[k]) or doc[k].lower_ in _CONNECTORS or doc[k].text == "-"):
            if _is_cap(doc[k]):
                letters.append((k, doc[k].text[0].upper()))
            k -= 1
        if len(letters) < 2 or len(letters) < len(acronym):
            continue
        first, _ = letters[len(acronym) - 1]
        if "".join(c for _, c in reversed(letters[: len(acronym)])) != acronym.upper():
            continue
        span = Span(doc, first, tok.i, label="ORG")
        if lexicon.country_of(span.text) or any(
            s.label_ in {"PERSON", "GPE"} and s.start < span.end and span.start < s.end for s in spans
        ):
            continue
        out.append(span)
    return out


def _persons_listed_with_persons(doc: Doc, spans: list[Span]) -> None:
    """A short name the NER calls an organisation, joined by "and" or a comma to a person's name,
    is a person too: "Britain's envoy, A B, France's C D and Germany's E F said" (no word of an
    organisation's name, no country)."""
    by_tok = {i: s for s in spans for i in range(s.start, s.end)}
    for span in list(spans):
        if span.label_ != "ORG" or not 2 <= len(span) <= 3:
            continue
        if not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in span):
            continue
        if any(t.text in lexicon.org_words() for t in span) or lexicon.country_of(span.text):
            continue
        root = span.root
        partners = [c for c in root.children if c.dep_ == "conj"]
        if root.dep_ == "conj":
            partners.append(root.head)
        if any((p := by_tok.get(t.i)) is not None and p.label_ == "PERSON" for t in partners):
            spans.remove(span)
            person = Span(doc, span.start, span.end, label="PERSON")
            spans.append(person)
            for i in range(span.start, span.end):
                by_tok[i] = person


#: Lower-case nouns after a name that make it a region's: "the Tessit region".
_REGION_NOUNS = frozenset({"region", "province", "district", "sector", "prefecture", "governorate"})


#: Nouns for a kind of place that "the X of" puts before a place's name: "the town of Kantchari".
SETTLEMENT_NOUNS = frozenset(
    {"town", "city", "village", "port", "island", "islands", "province", "region", "district", "municipality",
     "state"}
)  # fmt: skip
#: Parts of a city named after "the ... of": "the Kumasi suburb of Bantama".
_CITY_PART_NOUNS = frozenset({"suburb", "neighbourhood", "neighborhood", "quarter", "borough", "township"})
#: Lower-case words inside a place's name: "Mato Grosso do Sul", "Ciudad del Este".
_NAME_PARTICLES = frozenset({"do", "da", "dos", "das", "de", "del", "la", "di", "el"})
#: Last words of the names of places built or laid out, which the NER may tag an organisation.
FACILITY_ENDINGS = frozenset(
    {"Airport", "Palace", "Square", "Bridge", "Dam", "Cathedral", "Mosque", "Stadium", "Temple", "Park"}
)


def _places_after_settlement_nouns(doc: Doc, spans: list[Span]) -> None:
    """ "near the town of Kantchari", "the port city of Lamu": the name after "the <kind of place> of" is
    a place, untagged or tagged a person, an organisation or a facility ("the port of La Caleta")."""
    by_tok = {i: s for s in spans for i in range(s.start, s.end)}
    for of in doc[2:-1]:
        noun = doc[of.i - 1]
        if of.lower_ != "of" or noun.lower_ not in SETTLEMENT_NOUNS | _CITY_PART_NOUNS or noun.head.i == of.i:
            continue
        if not any(c.lower_ == "the" for c in noun.children):
            continue
        start = end = of.i + 1
        while end < len(doc) and end - start < 5:
            if _is_cap(doc[end]) and doc[end].pos_ == "PROPN":
                end += 1
            elif (
                end > start
                and doc[end].lower_ in _NAME_PARTICLES
                and end + 1 < len(doc)
                and _is_cap(doc[end + 1])
                and doc[end + 1].pos_ == "PROPN"
            ):
                end += 2  # "the state of Mato Grosso do Sul"
            else:
                break
        if end == start or lexicon.country_of(doc[start:end].text):
            continue
        own = by_tok.get(start)
        if own is not None and own.label_ == "DATE" and own.start == start and own.end <= end:
            # "the Norwegian port of Tarnby", the name tagged a date: a place unless a date word
            if any(t.lower_.rstrip(".") in _CALENDAR or t.like_num for t in own):
                continue
        elif own is not None and (
            own.label_ not in {"PERSON", "ORG", "FAC"} or own.start != start or own.end > end
        ):
            continue
        if own is not None:
            spans.remove(own)
            end = own.end
        new = Span(doc, start, end, label="LOC")
        spans.append(new)
        by_tok.update({i: new for i in range(start, end)})


#: Nouns that head a description of a place set in apposition to its name: "X, a town in the Y
#: region", "X, the country's largest island", "X, a fishing village on the coast of Y".
APPOSED_PLACE_NOUNS = SETTLEMENT_NOUNS | frozenset(
    {
        "capital",
        "suburb",
        "neighbourhood",
        "neighborhood",
        "hamlet",
        "settlement",
        "atoll",
        "seaport",
        "township",
    }
)
#: Lower-case nouns before "of" that put a place at the edge or in a part of another: "on the
#: northeast coast of Y", "on the outskirts of Y".
_PART_OF_PLACE = frozenset(
    {"coast", "shore", "shores", "banks", "bank", "edge", "outskirts", "tip", "north", "south", "east",
     "west", "part", "heart", "foot", "mouth"}
)  # fmt: skip


#: Prepositions no place name holds, over which the NER sometimes runs two names into one.
_NOT_IN_PLACE_NAMES = frozenset({"for", "to", "from", "with", "by", "via"})


def apposed_place_noun(doc: Doc, comma: int) -> int | None:
    """The index of the noun heading a place's description set after the comma at ``comma``
    ("X, a market town in ...", "X, the country's largest island,"), or None. The noun must end
    the noun phrase: "X, a town councillor" or "X, the city's mayor" describe no place."""
    sent_end = doc[comma].sent.end
    k = comma + 1
    if k >= sent_end or doc[k].lower_ not in {"a", "an", "the"}:
        return None
    k += 1
    while k < min(comma + 8, sent_end):
        tok = doc[k]
        if tok.lower_ in APPOSED_PLACE_NOUNS and tok.is_lower:
            nxt = doc[k + 1] if k + 1 < sent_end else None
            if nxt is None or (nxt.pos_ not in {"NOUN", "PROPN"} and nxt.text not in {"'s", "\u2019s", "-"}):
                return k
            if not (nxt.lower_ in APPOSED_PLACE_NOUNS and nxt.is_lower):
                return None  # (but "X, a port town in ...": the town is the head)
        if not (
            (tok.is_lower and tok.pos_ in {"ADJ", "NOUN", "VERB", "ADV", "NUM"})
            or tok.text in {"'s", "\u2019s", "-"}
            or tok.like_num
        ):
            return None
        k += 1
    return None


#: Nouns whose "of" names the place they are: "the southern state of X".
_STATE_NOUNS = APPOSED_PLACE_NOUNS | frozenset({"state"})


def place_in_description(doc: Doc, head: int) -> int | None:
    """Where the name of the place a described place is in starts: after "in" or "on" (or "of"),
    skipping "the", lower-case adjectives and "the coast of": "a town in the Karsk region",
    "a village on the northeast coast of Osterby Island", "a fishing town in northern Norway"."""
    sent_end = doc[head].sent.end
    k = head + 1
    if k >= sent_end or doc[k].lower_ not in {"in", "on", "of"}:
        return None
    k += 1
    for _ in range(2):
        if k < sent_end and doc[k].lower_ == "the":
            k += 1
        while (
            k < sent_end
            and doc[k].is_lower
            and doc[k].pos_ in {"ADJ", "NOUN"}
            and doc[k].lower_ not in _PART_OF_PLACE
        ):
            k += 1
        if k + 1 < sent_end and doc[k].lower_ == "of" and doc[k - 1].lower_ in _STATE_NOUNS:
            k += 1  # "in the southern state of Karsk"
            continue
        if k + 1 < sent_end and doc[k].lower_ in _PART_OF_PLACE and doc[k + 1].lower_ == "of":
            k += 2
            continue
        break
    return k if k < sent_end and _is_cap(doc[k]) else None


def _places_in_apposition(doc: Doc, spans: list[Span]) -> None:
    """ "Velmora Bay, a town in the Karsk region", "Tarnby, the gateway town to ...",
    "X, a village on the coast of Y": a name the NER left out or tagged a facility, a person or an
    organisation is a place when a description headed by a kind of place stands in apposition to
    it; so is the name of the place the description puts it in or on."""
    by_tok = {i: s for s in spans for i in range(s.start, s.end)}

    def make_place(start: int, end: int) -> None:
        for i in range(start, end):
            own = by_tok.get(i)
            if own is not None and own in spans:
                spans.remove(own)
                by_tok.update({j: None for j in range(own.start, own.end)})
        new = Span(doc, start, end, label="LOC")
        spans.append(new)
        by_tok.update({i: new for i in range(start, end)})

    def name_at(start: int, forward: bool) -> tuple[int, int] | None:
        own = by_tok.get(start)
        if own is not None:
            if own.label_ not in {"ORG", "PERSON", "FAC"} or lexicon.country_of(own.text):
                return None
            if (own.start != start) if forward else (own.end != start + 1):
                return None  # the name must open (or close) right there
            cut = [t.i for t in own if t.lower_ in _NOT_IN_PLACE_NAMES]
            if cut and not forward:
                # "left Halvmark for Tarnby, the main town on ...": the NER ran two places into one
                # name over a preposition; the description is the last one's
                spans.remove(own)
                by_tok.update({j: None for j in range(own.start, own.end)})
                head = doc[own.start : cut[0]]
                if lexicon.is_city(head.text):
                    first = Span(doc, head.start, head.end, label="LOC")
                    spans.append(first)
                    by_tok.update({j: first for j in range(first.start, first.end)})
                return cut[-1] + 1, own.end
            return own.start, own.end
        if not (_is_cap(doc[start]) and doc[start].pos_ == "PROPN"):
            return None
        begin = end = start
        if forward:
            while end < len(doc) and end - start < 4 and _is_cap(doc[end]) and by_tok.get(end) is None:
                end += 1
        else:
            end = start + 1
            while (
                begin > 0 and start - begin < 3 and _is_cap(doc[begin - 1]) and by_tok.get(begin - 1) is None
            ):
                begin -= 1
        if lexicon.fold(doc[begin:end].text) in lexicon.titles() or lexicon.country_of(doc[begin:end].text):
            return None
        return begin, end

    for comma in range(1, len(doc) - 2):
        if doc[comma].text != ",":
            continue
        head = apposed_place_noun(doc, comma)
        before = by_tok.get(comma - 1)
        if head is None and before is not None and before.label_ == "LOC":
            if doc[comma + 1].lower_ in {"in", "on"}:
                head = comma  # "in Tarnby, in the southern state of Karsk": the state is a place too
            elif doc[comma + 1].lower_ == "also" and comma + 2 < len(doc):
                head = comma + 1  # "X, also on Osterby island"
            else:
                continue
        elif head is None:
            continue
        else:
            named = name_at(comma - 1, forward=False)
            if named is not None:
                make_place(*named)
        where = place_in_description(doc, head)
        inner = name_at(where, forward=True) if where is not None else None
        if inner is not None:
            make_place(*inner)


#: Prepositions that put something in a place ("at X", "near X"), unlike "to X" or "from X",
#: which persons follow as often ("a letter to X").
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "around"})
#: Nouns whose "of" names a place: "the roads of X", "a former mayor of X".
_OF_PLACE_NOUNS = frozenset(
    {"roads", "streets", "outskirts", "suburbs", "centre", "center", "mayor", "governor", "residents",
     "people", "town", "city", "village", "port", "capital", "north", "south", "east", "west",
     "resident", "native", "natives", "inhabitants", "citizens"}
)  # fmt: skip


def _persons_only_in_places(doc: Doc, spans: list[Span]) -> None:
    """A name the NER tagged a person that the article only ever puts somewhere ("the plant at
    X", "fighting near X", "the roads of X", "a former mayor of X") is a place."""
    by_name: dict[str, list[Span]] = {}
    for span in spans:
        if span.label_ == "PERSON":
            by_name.setdefault(span.text, []).append(span)
    place_ends = {s.end for s in spans if s.label_ in {"LOC", "GPE", "COUNTRY"}}
    # "a former mayor of Tarnby", "in Tarnby": a one-word name tagged an organisation, with no word
    # of a body's name, is such a name too (not after "at": "an analyst at Norvik")
    org_words = lexicon.org_words()
    for span in spans:
        if span.label_ == "ORG" and len(span) == 1 and not span.text.isupper() and span.text not in org_words:
            by_name.setdefault(span.text, []).append(span)

    def somewhere(span: Span) -> bool:
        if span.label_ == "ORG" and span.start > 0 and doc[span.start - 1].lower_ == "at":
            return False
        if (
            span.start > 1
            and doc[span.start - 1].lower_ in {"in", "of"}
            and doc[span.start - 2].lower_ in _HELD
        ):
            return False  # "shares in Korvel", "a stake in X": a company's
        return _put_somewhere(doc, span, place_ends)

    for found in by_name.values():
        if all(somewhere(s) for s in found):
            for span in found:
                spans.remove(span)
                spans.append(Span(doc, span.start, span.end, label="LOC"))


#: What one holds in a company: "shares in X", "a 20% stake in X".
_HELD = frozenset({"shares", "stake", "stakes", "holding", "holdings", "stock", "interest"})


def _put_somewhere(doc: Doc, span: Span, place_ends: set[int] = frozenset()) -> bool:
    if span.start < 2 or (span.end < len(doc) and doc[span.end].text in {"'s", "\u2019s"}):
        return False  # "at Smith's farm"
    before = doc[span.start - 1]
    if before.lower_ in _LOCATIVE_PREPS:
        return True
    if before.lower_ in {"and", "or"} and span.start - 1 in place_ends:
        # "flew food to Halvmark and Tarnby": joined to a place named right before
        k = span.start - 1
        return any(doc[j].lower_ in _LOCATIVE_PREPS | {"to", "from"} for j in range(max(0, k - 5), k))
    if before.lower_ == "of":
        k = span.start - 2
        return doc[k].lower_ in _OF_PLACE_NOUNS
    return False


#: Verbs whose object, named, is a place: a town seized, shelled, reached or entered.
_PLACE_TAKING_VERBS = frozenset(
    {"seize", "capture", "retake", "recapture", "overrun", "storm", "besiege", "shell", "bomb",
     "encircle", "liberate", "reach", "enter", "evacuate"}
)  # fmt: skip
#: Verbs whose object is a place when a disaster is their subject ("floods hit X").
_STRIKING_VERBS = frozenset({"hit", "strike", "batter", "ravage", "lash", "flood", "inundate", "devastate"})
_DISASTERS = frozenset(
    {"flood", "floods", "flooding", "storm", "cyclone", "typhoon", "hurricane", "earthquake", "quake",
     "tremor", "landslide", "landslides", "wildfire", "fire", "drought", "tornado", "rain", "rains",
     "tsunami", "mudslide", "mudslides", "blizzard", "heatwave"}
)  # fmt: skip


def _places_of_residents(doc: Doc, spans: list[Span]) -> None:
    """ "Mombasa resident X said", "Gdansk residents": a known city, or a region or province the
    gazetteer knows, right before a word for its residents is a place, where the NER left it
    untagged or took it for a person or a body."""
    by_tok = {i: s for s in spans for i in range(s.start, s.end)}
    lower = columns(doc).lower
    for i in range(1, len(doc)):
        if lower[i] not in {"resident", "residents", "villager", "villagers"}:
            continue
        start = i
        while start > 0 and i - start < 3 and _is_cap(doc[start - 1]) and doc[start - 1].is_alpha:
            start -= 1
        if start == i:
            continue
        name = doc[start:i]
        if not _names_a_known_place(name.text) or lexicon.country_of(name.text):
            continue  # (a country before "residents" is the NER's to tag: "Kenyan residents")
        own = {by_tok.get(k) for k in range(start, i)}
        if own == {None}:
            spans.append(Span(doc, start, i, label="LOC"))
        elif len(own) == 1:
            span = own.pop()
            if (span.start, span.end) == (start, i) and span.label_ in {"PERSON", "ORG"} and span in spans:
                spans[spans.index(span)] = Span(doc, start, i, label="LOC")


def _places_taken_or_struck(doc: Doc, spans: list[Span]) -> None:
    """ "Rebels seized Dorvik on Friday", "the convoy reached Mbodiene", "floods hit Nakhimbe": a
    name that is what a town-taking verb takes, or what a disaster strikes, is a place, where the
    NER left it untagged or took it for a person or a body (not a name with a title or an
    honorific before it, an organisation word in it, or a country)."""
    by_tok = {i: s for s in spans for i in range(s.start, s.end)}
    org_words = lexicon.org_words()
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        if lemma not in _PLACE_TAKING_VERBS and not (
            lemma in _STRIKING_VERBS
            and any(c.dep_ == "nsubj" and c.lower_ in _DISASTERS for c in verb.children)
        ):
            continue
        if lemma == "reach" and any(c.dep_ == "prep" and c.lower_ in {"by", "for"} for c in verb.children):
            continue  # "reached X by phone", "could not be reached for comment"
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.pos_ != "PROPN" or not obj.text[:1].isupper():
                continue
            start = obj.i
            while start > verb.i + 1 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
                start -= 1
            name = doc[start : obj.i + 1]
            if len(name) > 3 or any(
                t.text in org_words
                or lexicon.fold(t.text) in lexicon.titles()
                or lexicon.fold(t.text) in HONORIFICS
                for t in name
            ):
                continue
            if doc[start - 1].lower_ in HONORIFICS or lexicon.country_of(name.text):
                continue
            own = by_tok.get(start)
            if own is None and all(i not in by_tok for i in range(name.start, name.end)):
                spans.append(Span(doc, name.start, name.end, label="LOC"))
            elif (
                own is not None
                and (own.start, own.end) == (name.start, name.end)
                and own.label_ in {"PERSON", "ORG"}
                and own in spans
            ):
                spans[spans.index(own)] = Span(doc, name.start, name.end, label="LOC")


def _places_the_ner_missed(doc: Doc, spans: list[Span]) -> None:
    """Places the NER leaves out or mistypes, from where they stand:

    - a known city (GeoNames, 15,000 people or more) after "in", "to", "from", "near" ... that
      the NER did not tag, or tagged a product: "a memorandum signed in Sfax", "in and around
      Mzuzu";
    - a capitalised word joined by "and" to a place ("flown to Kismayo and Dhusamareb", "its
      Tver and Oryol regions"), untagged, or tagged a date, or a person or product the article
      never names again as one;
    - a capitalised word between "the" and a region noun, untagged or tagged a person or an
      organisation: "in the Tessit region", "the Dravik sector".
    """
    by_tok = {i: s for s in spans for i in range(s.start, s.end)}
    places = {"LOC", "GPE", "COUNTRY"}
    for i, text in enumerate(columns(doc).text):
        if not text[:1].isupper() or text.isupper():
            continue  # (tested again below, with the rest)
        tok = doc[i]
        # (an unknown name before a region noun may be tagged an adjective: "the Dravik sector")
        regional = tok.pos_ == "ADJ" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _REGION_NOUNS
        if not (
            (tok.pos_ == "PROPN" or (regional and not lexicon.country_of(tok.text)))
            and tok.is_alpha
            and tok.text[:1].isupper()
            and not tok.text.isupper()
        ):
            continue
        if lexicon.fold(tok.text) in lexicon.titles():
            continue
        own = by_tok.get(tok.i)
        if tok.is_sent_start:
            if (
                own is None
                and tok.dep_ == "nsubj"
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")
                and lexicon.is_city(tok.text, _CAPITAL_SIZED)
            ):
                # "Nairobi said it had reinforced its side of the border": a big city opening the
                # sentence as its subject, untagged (it stands for its government, as a place)
                new = Span(doc, tok.i, tok.i + 1, label="LOC")
                spans.append(new)
                by_tok[tok.i] = new
            continue
        if own is not None and (len(own) > 1 or own.label_ not in {"PERSON", "PRODUCT", "ORG", "DATE"}):
            continue
        new = None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (
            (own is None or own.label_ in {"ORG", "PERSON"})
            and tok.lower_ not in lexicon.GENERIC_AREAS  # "the Northern region": no name
            and _region_determiner(doc, tok.i, by_tok)
            and nxt is not None
            and nxt.is_lower
            and nxt.lower_ in _REGION_NOUNS
        ):
            new = Span(doc, tok.i, tok.i + 1, label="LOC")  # "in the Tessit region"
        # "Cesare Brondolo of Alessandria", "Kieran Brolly-Stewart, 29, of Renfrew": where a person is from
        from_person = _of_after_person(doc, tok.i, by_tok)
        if (
            new is None
            and (
                own is None
                or own.label_ == "PRODUCT"
                or (from_person and own.label_ == "ORG" and len(own) == 1)  # (a town the NER took for a body)
            )
            and (
                doc[tok.i - 1].lower_ in _LOCATIVE | {"and"}
                or (tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and doc[tok.i - 2].lower_ in _OF_PLACE_NOUNS)
                or from_person
            )
        ):
            # "at his home in Rio de Janeiro", "residents of Thika": the longest known city name from here
            for size in (4, 3, 2, 1):
                end = tok.i + size
                if end > len(doc) or any(i in by_tok for i in range(tok.i + 1, end)):
                    continue
                if not doc[end - 1].text[:1].isupper() or not lexicon.is_city(doc[tok.i : end].text, 15000):
                    continue
                nxt = doc[end] if end < len(doc) else None
                if nxt is None or not (nxt.pos_ == "PROPN" and nxt.text[:1].isupper()):
                    new = Span(doc, tok.i, end, label="LOC")
                break
        if (
            new is None
            and (own is None or own.label_ == "DATE")
            and doc[tok.i - 1].lower_ in _LOCATIVE
            and tok.text in lexicon.AMBIGUOUS_COUNTRY_NAMES - _STATES_TOO
            and (iso3 := lexicon.country_of(tok.text))
        ):
            # "in Mali, in Sudan, in Niger" (Niger tagged a date): a country the phrase matcher
            # leaves to the NER because its name is also a word or a given name
            new = Span(doc, tok.i, tok.i + 1, label="COUNTRY", kb_id=iso3)
        if new is None:
            partner = None
            if tok.dep_ == "conj":
                partner = tok.head
            else:
                partner = next((c for c in tok.children if c.dep_ == "conj"), None)
            other = by_tok.get(partner.i) if partner is not None else None
            same_name = own is not None and any(
                s is not own and s.label_ == own.label_ and s.text == own.text for s in spans
            )
            if (
                other is not None
                and other.label_ in places
                and other is not own
                and not same_name
                and any(t.lower_ == "and" for t in doc[min(tok.i, partner.i) : max(tok.i, partner.i)])
            ):
                start = tok.i  # "the Allenby and Sheikh Hussein crossings": the whole name
                while (
                    start > 0
                    and doc[start - 1].dep_ == "compound"
                    and doc[start - 1].head.i == tok.i
                    and doc[start - 1].pos_ == "PROPN"
                    and doc[start - 1].i not in by_tok
                ):
                    start -= 1
                new = Span(doc, start, tok.i + 1, label="LOC")
        if new is None:
            continue
        if own is not None:
            spans.remove(own)
        spans.append(new)
        by_tok[tok.i] = new


def _ends_person(span: Span | None, end: int) -> bool:
    """Whether ``span`` is a person's name of two words or more ending right before ``end``."""
    return span is not None and span.label_ == "PERSON" and span.end == end and len(span) > 1


def _of_after_person(doc: Doc, i: int, by_tok: dict[int, Span]) -> bool:
    """Whether ``doc[i]`` follows a person's "of": "Maria Gomez of", "Kieran Brolly-Stewart, 29, of"."""
    if i < 2 or doc[i - 1].lower_ != "of":
        return False
    if _ends_person(by_tok.get(i - 2), i - 1):
        return True
    return (
        i >= 5
        and doc[i - 2].text == ","
        and doc[i - 3].like_num
        and doc[i - 4].text == ","
        and _ends_person(by_tok.get(i - 5), i - 4)
    )


#: Lower-case words after a place's name that say what kind of place it is: "in Tarnby district",
#: "on Osterby island", "the Varde range".
_KIND_AFTER_NAME = _REGION_NOUNS | frozenset(
    {"county", "island", "range", "pass", "valley", "municipality", "department", "oblast"}
)


def _names_before_place_kinds(doc: Doc, spans: list[Span]) -> None:
    """ "in Kvam Lia district", "on Halvoy island", "Norway's Sor-Varde region": a name of one to
    three capitalised words right before a lower-case word for a kind of place, after a
    preposition of place, a determiner or a place's possessive, is a place, whatever the NER
    made of it (left out, a person, an organisation, a facility, or cut in two)."""
    by_tok = {i: s for s in spans for i in range(s.start, s.end)}
    preps = _LOCATIVE | {"on", "across", "of", "into"}
    for kind in range(1, len(doc)):
        tok = doc[kind]
        if not (tok.is_lower and tok.lower_ in _KIND_AFTER_NAME and tok.pos_ == "NOUN"):
            continue
        start = kind
        while start > 1 and kind - start < 5 and not doc[start - 1].is_sent_start:
            prev = doc[start - 1]
            hyphen = prev.text == "-" and not prev.whitespace_ and _is_cap(doc[start - 2]) and start < kind
            if not (_is_cap(prev) or hyphen):
                break
            start -= 1  # "the Centre-Nord region": a hyphen inside the name
        if start == kind or start == 0:
            continue
        name = doc[start:kind]
        if lexicon.country_of(name.text) or lexicon.fold(name.text) in lexicon.GENERIC_AREAS:
            continue
        if any(lexicon.fold(t.text) in lexicon.titles() for t in name):
            continue
        before = doc[start - 1]
        owner = by_tok.get(start - 2) if before.text in {"'s", "\u2019s"} and start >= 2 else None
        if not (
            before.lower_ in preps | {"the", "its", "their"}
            or (owner is not None and owner.label_ in {"LOC", "GPE", "COUNTRY"})
        ):
            continue
        owns = {by_tok[i] for i in range(start, kind) if i in by_tok}
        if any(
            o.start < start or o.end > kind or o.label_ not in {"PERSON", "ORG", "FAC", "LOC", "GPE"}
            for o in owns
        ):
            continue  # part of a longer name, or a date, a number ...
        if (
            len(owns) == 1
            and next(iter(owns)).label_ in {"LOC", "GPE"}
            and len(next(iter(owns))) == len(name)
        ):
            continue  # already the place
        for own in owns:
            spans.remove(own)
        new = Span(doc, start, kind, label="LOC")
        spans.append(new)
        by_tok.update({i: new for i in range(start, kind)})


#: Words that name a storm before its given name: "Cyclone X", "Hurricane X", "Tropical Storm X".
_STORM_WORDS = frozenset({"Cyclone", "Hurricane", "Typhoon", "Storm"})


def _storm_names(doc: Doc, spans: list[Span]) -> None:
    """ "Cyclone Orvald tore across the islands ... Orvald was the strongest storm": the given
    name of a storm the article names is no person, body or place, alone either."""
    names = set()
    for i, tok in enumerate(doc[:-1]):
        if tok.text in _STORM_WORDS and _is_cap(doc[i + 1]) and doc[i + 1].pos_ == "PROPN":
            end = i + 2
            if end < len(doc) and _is_cap(doc[end]) and doc[end].pos_ == "PROPN":
                end += 1
            names.add(doc[i + 1 : end].text)
    if names:
        # ("Cyclone X" itself, which a rule may have made a person's full name, too)
        spans[:] = [
            s
            for s in spans
            if s.label_ not in {"PERSON", "ORG", "GPE", "LOC"}
            or not any(s.text == n or s.text.endswith(" " + n) for n in names)
        ]


#: Lower-case particles inside Portuguese, Spanish, Italian and French place names: "Velmora da
#: Serrinha", "Aldea de Karsk".
_PLACE_PARTICLES = frozenset({"do", "da", "dos", "das", "de", "del", "di", "du", "des"})


def _places_joined_by_particles(doc: Doc, spans: list[Span]) -> None:
    """ "at its shipyard in Velmora da Serrinha": a place the NER cut at a lower-case particle, the rest
    tagged a person or a place or left untagged, is one place."""
    by_start = {s.start: s for s in spans}
    for span in [s for s in spans if s.label_ in {"LOC", "GPE"}]:
        k = span.end
        if k + 1 >= len(doc) or doc[k].text not in _PLACE_PARTICLES or not _is_cap(doc[k + 1]):
            continue
        rest = by_start.get(k + 1)
        if rest is not None and rest.label_ not in {"PERSON", "LOC", "GPE"}:
            continue
        end = rest.end if rest is not None else k + 2
        if rest is None and any(s.start <= k + 1 < s.end for s in spans):
            continue
        if span not in spans:
            continue
        spans.remove(span)
        if rest is not None:
            spans.remove(rest)
        spans.append(Span(doc, span.start, end, label="LOC"))


#: Currencies named after a country's demonym: "4.2 million Swiss francs", "Danish crowns".
_CURRENCY_WORDS = frozenset(
    {"franc", "francs", "dollar", "dollars", "crown", "crowns", "krone", "kroner", "krona", "kronor",
     "pound", "pounds", "rupee", "rupees", "peso", "pesos", "dinar", "dinars", "shilling", "shillings",
     "rand", "reais", "lira", "yuan", "yen", "ringgit", "rupiah", "naira", "cedi", "cedis"}
)  # fmt: skip


def _facilities_listed_with_bodies(doc: Doc, spans: list[Span]) -> None:
    """ "Staff at Helvetica Lifesciences and its rival Orbion Therapeutics": a name the NER called a
    facility (without a facility's word: "Airport", "Palace"), joined in a list to an organisation's
    name, is an organisation."""
    orgs = [s for s in spans if s.label_ == "ORG"]
    for n, ent in enumerate(spans):
        if ent.label_ != "FAC" or len(ent) < 2 or ent[-1].text in FACILITY_ENDINGS:
            continue
        root = ent.root
        members = [root.head] if root.dep_ == "conj" else []
        members += [c for c in root.children if c.dep_ == "conj"]
        listed = any(o.start <= t.i < o.end for t in members for o in orgs) or any(
            _joined(doc, ent, o) or _joined(doc, o, ent) for o in orgs
        )
        if listed:
            spans[n] = Span(doc, ent.start, ent.end, label="ORG")


def _joined(doc: Doc, first: Span, second: Span) -> bool:
    """Whether ``second`` follows ``first`` after "and" or "or" and at most three lower-case words:
    "X and its rival Y", "X or the Y"."""
    gap = doc[first.end : second.start]
    return (
        0 < len(gap) <= 4
        and gap[0].lower_ in {"and", "or"}
        and all(t.is_lower and t.is_alpha for t in gap[1:])
    )


def _currencies(doc: Doc, spans: list[Span]) -> None:
    """ "an appeal for 4.2 million Swiss francs": a demonym naming a currency names no country."""
    for span in [s for s in spans if s.label_ == "NORP"]:
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.is_lower and nxt.lower_ in _CURRENCY_WORDS:
            spans.remove(span)


def _countries_cut_from_names(doc: Doc, spans: list[Span], common_words: frozenset[str]) -> None:
    """ "Berlin-based Preisvogel and Dutch travel site X", one span of the NER's that kg cut after
    the first name: the country or demonym left over is tagged on its own."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        for tok in ent:
            if tok.i in taken or not tok.text[:1].isupper() or tok.i == ent.start:
                continue
            if doc[tok.i - 1].lower_ != "and" or not lexicon.country_of(tok.text):
                continue
            fixed = _relabel(doc, Span(doc, tok.i, tok.i + 1, label="GPE"), common_words)
            if fixed is not None:
                spans.append(fixed)
                taken.add(tok.i)


def _regions_the_ner_missed(doc: Doc, spans: list[Span]) -> None:
    """ "armed groups in the Maghreb", "glaciers in the Himalayas": a region the gazetteer knows
    (kg/data/regions.tsv) is a place when the NER tagged it a product, a facility, a work of art or
    an event, or left it untagged after "the" or a preposition of place."""
    regions = lexicon.regions()
    for span in [s for s in spans if s.label_ in {"PRODUCT", "FAC", "WORK_OF_ART", "EVENT"}]:
        if lexicon.fold(span.text.removeprefix("the ").removeprefix("The ")) in regions:
            spans.remove(span)
            spans.append(Span(doc, span.start, span.end, label="LOC"))
    taken = {i for s in spans for i in range(s.start, s.end)}
    for i in range(1, len(doc)):
        if i in taken or not _is_cap(doc[i]) or doc[i - 1].lower_ not in _LOCATIVE | {"the", "across"}:
            continue
        for size in (3, 2, 1):
            end = i + size
            if end > len(doc) or any(j in taken for j in range(i, end)):
                continue
            if lexicon.fold(doc[i:end].text) in regions and (end == len(doc) or not _is_cap(doc[end])):
                spans.append(Span(doc, i, end, label="LOC"))
                taken.update(range(i, end))
                break


def _with_office_holder(doc: Doc, span: Span) -> Span:
    """ "the Attorney General's Office", tagged "General's Office": an office named after its
    holder's title keeps the whole title."""
    if span.label_ != "ORG" or span.start == 0:
        return span
    prev = doc[span.start - 1]
    if prev.text[:1].isupper() and lexicon.fold(f"{prev.text} {span[0].text}") in lexicon.titles():
        return Span(doc, span.start - 1, span.end, label="ORG")
    return span


def _region_determiner(doc: Doc, i: int, by_tok: dict[int, Span]) -> bool:
    """Whether the name at ``i`` is determined as a region's is: "the Tessit region", "its
    northern Kara region", "Dakar's Medina district" (lower-case adjectives may come between)."""
    k = i - 1
    while k > 0 and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k -= 1
    if k < 0:
        return False
    if doc[k].lower_ in {"the", "its", "their"}:
        return True
    owner = by_tok.get(k - 1)
    possessive = doc[k].text in {"'s", "\u2019s"}
    return possessive and owner is not None and owner.label_ in {"LOC", "GPE", "COUNTRY"}


def _surnames_after_persons(doc: Doc, spans: list[Span]) -> None:
    """A second surname the NER left out of a name joins it: "Andrés Quintero Lozano", where the
    model tags "Andrés Quintero" and leaves "Lozano" (or calls it a place). The parser shows the
    words are one name: the person's last word is a compound of the capitalised word after it."""
    by_start = {s.start: s for s in spans}
    for n, span in enumerate(spans):
        if span.label_ != "PERSON" or span.end >= len(doc):
            continue
        nxt = doc[span.end]
        last = doc[span.end - 1]
        taken = by_start.get(span.end)
        adjacent = (  # "Tomás Quispe" + "Huamán" (or the place "Murcia"): side by side, one name
            taken is not None
            and taken.label_ in {"PERSON", "GPE", "LOC"}
            and len(taken) == 1
            and last.whitespace_ != ""
            and not taken.text.isupper()
            and not lexicon.country_of(taken.text)
        )
        if not adjacent and not (
            nxt.pos_ == "PROPN"
            and _is_cap(nxt)
            and not nxt.is_sent_start
            and last.dep_ == "compound"
            and last.head.i == nxt.i
            and last.whitespace_ != ""
            and nxt.ent_type_ not in _NUMERIC
            and lexicon.fold(nxt.text) not in lexicon.titles()
            and nxt.text not in lexicon.org_words()
            and not lexicon.country_of(nxt.text)
            and not (span.end + 1 < len(doc) and doc[span.end + 1].text == "-")
        ):
            continue
        if taken is not None and (len(taken) > 1 or taken.label_ in {"COUNTRY", "NORP"}):
            continue
        if any(s.start < span.end + 1 and span.end < s.end and s is not taken for s in spans):
            continue
        spans[n] = Span(doc, span.start, span.end + 1, label="PERSON")
        if taken is not None:
            spans.remove(taken)
            by_start.pop(span.end, None)


def _persons_before_appositions(doc: Doc, spans: list[Span]) -> list[Span]:
    """Two or three capitalised words the NER skipped, followed by an age, an apposition with a
    title or "who", are a person: "Ana Ruiz, an Oxford University historian, said"; "Tom Lee, 54,
    said"; "Ana Ruiz, who has led the union since 2019,"."""
    # a lone place word may be a surname the model misread ("Ana Duarte Murcia, 61,")
    loose = {
        s.start: s
        for s in spans
        if s.label_ in {"GPE", "LOC"}
        and len(s) == 1
        and not lexicon.country_of(s.text)
        and not s.text.isupper()
    }
    taken = {i for s in spans for i in range(s.start, s.end) if s.start not in loose}
    out = []
    cap, pos = columns(doc).cap, pos_ids(doc)
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 3 and pos[j] == PROPN and cap[j] and j not in taken:
            j += 1
        misread = [k for k in range(i, j) if k in loose]
        if j - i >= 2 and j < len(doc) and doc[j].text == "," and not lexicon.country_of(doc[i:j].text):
            window = doc[j + 1 : min(j + 9, len(doc))]
            age = len(window) > 1 and window[0].like_num and window[1].text == ","
            clause = []
            for t in window:
                if t.text in {",", ".", ";"}:
                    break
                clause.append(lexicon.fold(t.text))
            # "X Y, a 34-year-old teacher from Z,": an age in the apposition
            age = age or (
                window[0].lower_ in {"a", "an"}
                and re.search(r"\d+ ?- ?year ?- ?old", " ".join(clause)) is not None
            )
            titled = any(w in lexicon.titles() for w in clause) and (
                window[0].lower_ in {"a", "an", "the", "former"}
                or window[0].pos_ in {"PROPN", "ADJ"}
                or lexicon.fold(window[0].text) in lexicon.titles()  # "X, director of ..."
            )
            words = {t.text for t in doc[i:j]}
            # "X Y, who has led the federation since 2019,": people are "who", bodies "which"
            who = len(window) > 0 and window[0].lower_ == "who" and not misread
            if (
                (age or titled or who)
                # a word the NER read as a place counts only before an age, or as a third name
                and (not misread or age or misread == [j - 1] and j - i == 3)
                and not words & lexicon.org_words()
                and not lexicon.is_city(doc[i:j].text, 15000)
            ):
                out.append(Span(doc, i, j, label="PERSON"))
                for k in misread:
                    spans.remove(loose[k])
                i = j
                continue
        i = max(j, i + 1)
    return out


def _nested_in_org(doc: Doc, run: Span) -> list[Span]:
    """Organisations and places named inside a longer organisation name."""
    out: list[Span] = []
    units = lexicon.unit_words()
    org_words = lexicon.org_words()
    # An acronym that opens the name is its parent body: "U.N. Office for ...", "EU Council".
    first = doc[run.start]
    letters = first.text.replace(".", "")
    if (
        run.end - run.start >= 3
        and letters.isalpha()
        and letters.isupper()
        and 2 <= len(letters) <= 6
        and not lexicon.country_of(first.text)
        and any(t.text in org_words for t in run[1:])
    ):
        out.append(Span(doc, run.start, run.start + 1, label="ORG"))
    # A country or demonym that opens the name: "China University ...", "Kenyan Red Cross".
    for n in (3, 2, 1):
        if run.end - run.start > n:
            head = doc[run.start : run.start + n]
            iso3 = lexicon.country_of(head.text)
            if iso3:
                label = "COUNTRY" if lexicon.country_names().get(lexicon.fold(head.text)) else "NORP"
                out.append(Span(doc, head.start, head.end, label=label, kb_id=iso3))
                break
    for k in range(run.start + 1, run.end - 1):
        if doc[k].lower_ not in {"of", "in"}:
            continue
        right_start = k + 1
        if doc[right_start].lower_ == "the":
            right_start += 1
        right = doc[right_start : run.end]
        if len(right) == 0:
            continue
        iso3 = lexicon.country_of(right.text)
        if iso3:
            out.append(Span(doc, right.start, right.end, label="COUNTRY", kb_id=iso3))
            break
        # "General Union of Greek Workers": a demonym opening what follows "of"
        first = lexicon.country_of(right[0].text) if len(right) > 1 and right[0].pos_ != "DET" else None
        if first and not lexicon.country_names().get(lexicon.fold(right[0].text)):
            out.append(Span(doc, right.start, right.start + 1, label="NORP", kb_id=first))
            break
        # "Council of the European Union"; not "Institute of Forestry Permits"
        if doc[k - 1].text in units and (
            # (not "Directorate of Forests and Mineral Resources": a field of the body's)
            (right[-1].text in org_words and right[-1].lower_ not in MINISTRY_AREAS)
            or right[0].text in lexicon.head_first_org_words()
            or any(  # "University of Science and Technology": a head word the name goes on from
                t.text in org_words and t.i + 1 < right.end and doc[t.i + 1].lower_ in {"of", "for"}
                for t in right
            )
        ):
            out.append(Span(doc, right.start, right.end, label="ORG"))
            out.extend(_nested_in_org(doc, right))
            break
    return out
