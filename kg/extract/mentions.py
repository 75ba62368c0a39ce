"""Mentions of one article and which entity each stands for (coreference without a neural model).

Within an article:

- persons: a full name ("Miguel Diaz-Canel") is a cluster; a later surname or first name
  ("Diaz-Canel", "Xi", "Pan") joins the cluster of the most recent full name it is part
  of, whatever label the NER gave it; such names are also found where the NER missed them;
- organisations: "the X" and "X" are one; an acronym defined in brackets ("World Health
  Organization (WHO)") is an alias; a name the NER calls a person in some places and an
  organisation in others is decided by a vote;
- countries are keyed by ISO code, so "US", "U.S.", "United States" and "American" are one;
- pronouns and "the minister"-style references are resolved on demand by ``antecedent``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.ner_repair import MINISTRY_AREAS, NESTED, ends_title
from kg.extract.tokens import columns

TYPE_OF_LABEL = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "COUNTRY": "Country",
    "NORP": "Country",
    "LOC": "Location",
}
#: Nouns that, with "the", refer back to an organisation ("the company said").
#: Nouns for a business, and words that name a state body rather than one.
_BUSINESS_NOUNS = frozenset(
    {
        "company",
        "firm",
        "carrier",
        "operator",
        "maker",
        "manufacturer",
        "retailer",
        "insurer",
        "airline",
        "startup",
        "lender",
    }
)
#: Words that name a state's own body: such a body acts for its country ("Russia's Foreign
#: Ministry accused ..."), and is no business.
STATE_BODY_WORDS = frozenset(
    {"government", "ministry", "army", "forces", "force", "police", "navy", "military", "cabinet",
     "parliament", "presidency", "embassy", "office", "guard", "council", "court", "agency",
     "department", "commission", "assembly", "senate", "authority"}
)  # fmt: skip
#: ... and, with the words of international bodies, what "the company" does not stand for.
_STATE_WORDS = STATE_BODY_WORDS | frozenset(
    {"nations", "union", "organisation", "organization", "operations"}
)
ORG_NOUNS = frozenset(
    {
        "company", "firm", "group", "bank", "agency", "organisation", "organization", "ministry", "party",
        "university", "institute", "court", "lender", "carrier", "newspaper", "union", "insurer", "airline",
        "retailer", "manufacturer", "maker", "startup", "commission", "council", "committee", "fund", "army",
        "militia", "regulator", "watchdog", "exchange", "club", "federation", "association", "mission",
        "alliance", "movement", "coalition", "board", "forum", "bloc", "hospital", "embassy", "tribunal",
        "navy", "centre", "center", "school", "college", "laboratory", "foundation", "trust", "network",
    }
)  # fmt: skip


@dataclass
class DocMention:
    start: int  # token indices
    end: int
    label: str  # PERSON, ORG, COUNTRY, NORP, LOC
    text: str
    key: str = ""  # article-local entity key, e.g. "Person:xi jinping", "Country:CHN"
    rule: str = "ner"
    nested: bool = False
    #: the name this mention gives its entity when it is not its text ("Algeria's foreign ministry")
    surface: str | None = None
    #: another name the text gives it, kept as an alias ("Thai foreign ministry")
    written: str | None = None

    @property
    def type(self) -> str:
        return TYPE_OF_LABEL[self.label]


@dataclass
class MentionIndex:
    """The mentions of one Doc and lookups from tokens to entities."""

    doc: Doc
    mentions: list[DocMention] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # key -> canonical name
    surface: dict[str, Counter] = field(default_factory=dict)  # key -> surface forms seen
    by_token: dict[int, DocMention] = field(default_factory=dict)
    nested_by_token: dict[int, DocMention] = field(default_factory=dict)

    def first(self, key: str) -> DocMention | None:
        """The first mention of the entity ``key``, or None."""
        return next((m for m in self.mentions if m.key == key), None)

    def at(self, i: int) -> DocMention | None:
        """The (outermost) mention covering token ``i``."""
        return self.by_token.get(i)

    def key_at(self, i: int) -> str | None:
        m = self.by_token.get(i)
        return m.key if m else None

    def in_span(self, start: int, end: int, nested: bool = False) -> list[DocMention]:
        """Mentions starting inside tokens [start, end), in order (nested ones may overlap)."""
        return [m for m in self.mentions if m.nested == nested and start <= m.start < end]

    def antecedent(
        self,
        i: int,
        types: frozenset[str] = frozenset({"Person"}),
        prefer_subject: bool = True,
        *,
        subject_only: bool = False,
        named_subject: bool = False,
    ) -> str | None:
        """The entity a pronoun or definite description at token ``i`` most likely refers to.

        The most recent mention of one of ``types`` before ``i``; a grammatical subject in the
        same or the previous sentence wins over other mentions (with ``named_subject``, also the
        name given to a subject noun: "The environmental group Brixley Rights Watch criticised ...").
        """
        before = [m for m in self.mentions if m.start < i and not m.nested and m.type in types]
        if not before:
            return None
        if prefer_subject:
            sent_start = self.doc[i].sent.start
            prev_start = self.doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
            for m in reversed(before):
                if m.start < prev_start:
                    break
                if any(self.doc[k].dep_ in {"nsubj", "nsubjpass"} for k in range(m.start, m.end)):
                    return m.key
                if named_subject and self._names_the_subject(m):
                    return m.key
        return None if subject_only else before[-1].key

    def _called(self, m: DocMention, noun: str) -> bool:
        """Whether a mention is given a common noun as its description: "Y, a production company",
        "production company Y"."""
        doc = self.doc
        for k in range(m.start, m.end):
            tok = doc[k]
            head = tok.head
            outside = head.i not in range(m.start, m.end) and head.is_lower
            if outside and tok.dep_ in {"appos", "compound"} and head.lemma_.lower() == noun:
                return True
            if any(c.dep_ == "appos" and c.lemma_.lower() == noun and c.is_lower for c in tok.children):
                return True
        return False

    def _names_the_subject(self, m: DocMention) -> bool:
        """Whether a mention is the name the subject noun is given ("The environmental group Brixley
        Rights Watch criticised ...": the group is the subject, the name its apposition or compound)."""
        doc = self.doc
        heads = [doc[k] for k in range(m.start, m.end) if not m.start <= doc[k].head.i < m.end]
        if len(heads) != 1 or heads[0].dep_ not in {"appos", "compound"}:
            return False
        noun = heads[0].head
        return noun.dep_ in {"nsubj", "nsubjpass"} and noun.pos_ == "NOUN" and noun.is_lower

    def antecedent_titled(self, i: int, word: str) -> str | None:
        """The person "the envoy" / "the governor" at token ``i`` refers to: the last one before it
        named with that title ("special envoy Kojo Antwi", "Antwi, Ghana's envoy,", "the
        governor, Ana Ruiz,"), or None when no person was named with it."""
        doc = self.doc
        for m in reversed(self.mentions):
            if m.start >= i or m.nested or m.type != "Person":
                continue
            start = doc[m.start].sent.start
            k = m.start - 1
            if k >= start and doc[k].text == ",":
                k -= 1  # "the governor, Ana Ruiz,"
            before = doc[max(start, k - 3) : k + 1]
            after = []
            if m.end < len(doc) and doc[m.end].text == ",":  # "Ana Ruiz, the governor,"
                for t in doc[m.end + 1 : min(m.end + 7, doc[m.start].sent.end)]:
                    if t.text in {",", ";", "."}:
                        break
                    after.append(t)
            if any(t.lemma_.lower() == word or t.lower_ == word for t in [*before, *after]):
                return m.key
        return None

    def antecedent_org(self, i: int, noun: str, *, named_only: bool = False) -> str | None:
        """The organisation "the company" / "the bank" at token ``i`` refers to: the last one before it
        whose name contains the noun, else (unless ``named_only``) the last organisation mentioned."""
        before = [m for m in self.mentions if m.start < i and not m.nested and m.type == "Organisation"]
        named = [m for m in before if noun in lexicon.fold(self.names.get(m.key, m.text)).split()]
        if not named:
            if named_only:
                return None
            if noun in _BUSINESS_NOUNS:
                # "the company's chief executive": the last business named, not a navy or a ministry
                # (by the body's whole name: "the NPA" is the National Prosecuting Authority)
                firms = [
                    m
                    for m in before
                    if not set(lexicon.fold(f"{m.text} {self.names.get(m.key, '')}").split()) & _STATE_WORDS
                ]
                # "the rail company's chief executive": a firm whose name has the noun's modifier
                trade = {
                    c.lower_ for c in self.doc[i].children if c.dep_ in {"compound", "amod"} and c.is_lower
                }
                traded = [
                    m for m in firms if trade & set(lexicon.fold(self.names.get(m.key, m.text)).split())
                ]
                if traded:
                    return traded[-1].key
                owner = i + 1 < len(self.doc) and self.doc[i + 1].text in {"'s", "\u2019s"}
                bare = all(c.dep_ == "det" for c in self.doc[i].children if c.i < i)
                if owner and bare:
                    # a post in "the company's" (no "Odense-based"): a firm the article called
                    # by that noun ("Y, a Keetmanshoop-based production company"), else the last one a
                    # sentence was about, not one named in passing ("appointed X, a former director
                    # at telecoms group Y, as its chief executive. ... the company's")
                    described = [m for m in firms if self._called(m, noun)]
                    subjects = [
                        m
                        for m in firms
                        if any(self.doc[k].dep_ in {"nsubj", "nsubjpass"} for k in range(m.start, m.end))
                        or self._names_the_subject(m)
                    ]
                    if described or subjects:
                        return (described or subjects)[-1].key
                if firms:
                    return firms[-1].key
            return self.antecedent(i, frozenset({"Organisation"}))
        # The story's subject: news introduces it first ("Meridian Trust Bank said ... The bank
        # added"), so the first one named, then the most talked-about.
        counts = Counter(m.key for m in named)
        first: dict[str, int] = {}
        for m in named:
            first.setdefault(m.key, m.start)
        return min(counts, key=lambda k: (first[k], -counts[k]))


@functools.lru_cache(maxsize=1 << 14)
def normalise(text: str) -> str:
    """Cached: each mention's text is normalised by many rules."""
    text = _ARTICLE.sub("", _sentence_stop_off(text.strip()))
    text = _POSSESSIVE.sub("", text)
    # "U.N." and "UN", "U.K.-based" and "UK-based": an acronym with or without its periods
    text = _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    return lexicon.fold(text)


_ARTICLE = re.compile(r"^(the|a|an)\s+", flags=re.I)
_POSSESSIVE = re.compile(r"(['\u2019]s?)$")
_DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}")


#: Abbreviations a name may end with, period and all ("Acme Co.", "Martin Luther King Jr.").
_NAME_ABBREVIATIONS = frozenset({"co", "corp", "inc", "ltd", "jr", "sr", "bros", "st", "no", "plc"})


def _sentence_stop_off(text: str) -> str:
    """ "Kano." at the very end of an article, where the tokenizer leaves the full stop on the
    word: the stop is not part of the name (a name's own "Co." or "U.S." keeps it)."""
    if len(text) > 3 and text.endswith(".") and text[-2].islower():
        last = text.rsplit(None, 1)[-1].rstrip(".").lower()
        if last not in _NAME_ABBREVIATIONS:
            return text[:-1]
    return text


def build_index(doc: Doc) -> MentionIndex:
    """Resolve the entity mentions of one parsed article; see the module docstring."""
    index = MentionIndex(doc)
    outer = [DocMention(e.start, e.end, e.label_, e.text) for e in doc.ents if e.label_ in TYPE_OF_LABEL]
    nested = [
        DocMention(e.start, e.end, e.label_, e.text, nested=True, rule="ner.nested")
        for e in doc.spans.get(NESTED, [])
        if e.label_ in TYPE_OF_LABEL
    ]
    isos = {(e.start, e.end): e.kb_id_ for e in [*doc.ents, *doc.spans.get(NESTED, [])]}

    _places_that_speak(doc, outer)
    _unknown_places_that_act(doc, outer)
    _organisations_that_are_people(doc, outer)
    _relabel_by_context(doc, outer)
    _places_tagged_persons(outer)
    persons = _person_clusters(outer)
    _scan_aliases(doc, outer, persons)
    acronyms = _acronyms(doc, outer)
    _scan_org_aliases(doc, outer, acronyms)
    for norm in [n for n in persons if n in acronyms]:
        del persons[norm]  # "Zambezi Copper", tagged a person, is the first words of an organisation's name
    votes = _type_votes(outer, persons)

    for m in [*outer, *nested]:
        if m.label in {"COUNTRY", "NORP"}:
            m.key = f"Country:{isos.get((m.start, m.end)) or lexicon.country_of(m.text)}"
            continue
        norm = normalise(m.text)
        full = _lookup_person(persons, m, outer) if m.label in {"PERSON", "ORG", "LOC"} else None
        if full is not None:
            m.label, m.key = "PERSON", f"Person:{full}"
            if m.rule == "ner" and len(_words(norm)) == 1:
                m.rule = "alias.person_part"
            continue
        if m.label == "ORG" and norm in acronyms:
            m.key, m.rule = f"Organisation:{acronyms[norm]}", "alias.acronym"
            continue
        if m.label in {"PERSON", "ORG"}:
            m.label = votes.get(norm, m.label)
        m.key = f"{TYPE_OF_LABEL[m.label]}:{norm}"

    _plural_group_names(outer)
    _qualify_national_bodies(doc, outer)
    _names_known_as(doc, outer)

    for m in sorted([*outer, *nested], key=lambda m: (m.start, m.nested)):
        if not m.key or m.key.endswith(":None"):
            continue
        index.mentions.append(m)
        table = index.nested_by_token if m.nested else index.by_token
        for i in range(m.start, m.end):
            table.setdefault(i, m)
        index.surface.setdefault(m.key, Counter())[m.surface or _clean_surface(m.text)] += 1
        if m.written:
            index.surface[m.key][m.written] += 0  # an alias, not a mention of its own
    for key, forms in index.surface.items():
        index.names[key] = _canonical(key, forms)
    return index


#: Head words of the bodies every country has: "Foreign Ministry", "health ministry", "National
#: Assembly", "Supreme Court", "Central Bank", "armed forces".
_NATIONAL_HEADS = frozenset(
    {
        "ministry", "army", "navy", "police", "forces", "government", "parliament", "cabinet", "bank",
        "court", "commission", "assembly", "senate", "department", "embassy", "presidency", "council",
        "office", "guard", "service", "agency", "military",
    }
)  # fmt: skip
#: Other words such names are made of (a ministry's field, and these); a name with any other word
#: ("Nordlys Robotics", "Bank of Ghana") is a proper name of its own.
_NATIONAL_WORDS = (
    _NATIONAL_HEADS
    | MINISTRY_AREAS
    | frozenset(
        {
            "of",
            "and",
            "for",
            "the",
            "national",
            "central",
            "supreme",
            "constitutional",
            "electoral",
            "election",
            "armed",
            "state",
            "federal",
            "presidential",
            "intelligence",
            "border",
            "coast",
            "republican",
            "high",
            "general",
        }
    )  # fmt: skip
)


def _plural_group_names(mentions: list[DocMention]) -> None:
    """ "the Zorvani movement ... the Zorvanis": a group's members named in the plural are the group
    (one word ending in "s" whose singular is an organisation of the article, or the first word of
    exactly one)."""
    orgs = {m.key.split(":", 1)[1] for m in mentions if m.key.startswith("Organisation:")}
    for m in mentions:
        if not m.key.startswith("Organisation:"):
            continue
        ident = m.key.split(":", 1)[1]
        if " " in ident or len(ident) <= 4 or not ident.endswith("s") or ident.endswith(("ss", "us")):
            continue
        base = ident[:-1]
        found = [o for o in orgs if o == base] or [o for o in orgs if o.startswith(base + " ")]
        if len(found) == 1:
            m.key = f"Organisation:{found[0]}"


def _qualify_national_bodies(doc: Doc, mentions: list[DocMention]) -> None:
    """Give a country's generic body its country: "Algeria's foreign ministry", "the Kenyan
    Supreme Court" become organisations of their own ("Algeria's foreign ministry"), not one
    "foreign ministry" that every article's ministry would merge into. Other mentions of the
    same name in the article ("the Foreign Ministry said") are that body when only one country's
    is named."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    qualified: dict[str, set[str]] = {}
    for m in mentions:
        if m.label != "ORG" or not m.key.startswith("Organisation:"):
            continue
        words = normalise(m.text).split()
        if not words or words[-1] not in _NATIONAL_HEADS or not set(words) <= _NATIONAL_WORDS:
            continue
        k = m.start - 1
        if k >= 1 and doc[k].text in {"'s", "\u2019s", "'", "\u2019"}:
            k -= 1
        owner = at.get(k)
        if owner is None or owner.label not in {"COUNTRY", "NORP"} or not owner.key.startswith("Country:"):
            continue
        country = lexicon.countries().get(owner.key.split(":", 1)[1])
        if country is None:
            continue
        old = m.key
        m.key = f"Organisation:{lexicon.fold(country.name)} {old.split(':', 1)[1]}"
        m.surface = f"{country.name}'s {_clean_surface(m.text)}"
        if owner.label == "NORP" or k == m.start - 1:
            # "Thai foreign ministry", "the US embassy": the name as written is one of its names
            m.written = _clean_surface(doc[owner.start : m.end].text)
        qualified.setdefault(old, set()).add(m.key)
    for m in mentions:
        if m.key in qualified and len(qualified[m.key]) == 1:
            m.key = next(iter(qualified[m.key]))


def _words(norm: str) -> list[str]:
    return [w for w in norm.split() if w]


def _clean_surface(text: str) -> str:
    text = _THE.sub("", _sentence_stop_off(text.strip()))
    return _POSSESSIVE.sub("", text).strip()


_THE = re.compile(r"^(the|The)\s+")


def _canonical(key: str, forms: Counter) -> str:
    kind, _, ident = key.partition(":")
    if kind == "Country":
        country = lexicon.countries().get(ident)
        return country.name if country else ident
    # The longest form is the fullest name; then a form not in capitals ("Kampala" over a
    # dateline's "KAMPALA"); then the most frequent, then alphabetical.
    lowered = {f.lower() for f in forms if not f.isupper()}
    best = sorted(
        forms, key=lambda f: (-len(f.split()), f.isupper() and f.lower() in lowered, -forms[f], -len(f), f)
    )[0]
    if kind == "Location" and best.isupper():
        # a dateline's "BAMAKO", named nowhere else: the city as the gazetteer spells it
        return lexicon.city_name(best) or best
    return best


def _places_that_speak(doc: Doc, mentions: list[DocMention]) -> None:
    """A two- or three-word "place" that says something is a person the NER mistook ("said Ana Obi")."""
    verbs = lexicon.speech_verbs()
    for m in mentions:
        if m.label != "LOC" or not 2 <= m.end - m.start <= 3:
            continue
        toks = doc[m.start : m.end]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in toks) or lexicon.is_city(
            m.text, 15000
        ):
            continue
        head = toks.root
        if head.dep_ == "nsubj" and head.head.lemma_.lower() in verbs:
            m.label = "PERSON"


def _listed_with_bodies(tok: Token, mentions: list[DocMention]) -> bool:
    """Whether a word joined in a list is listed with an organisation's name: its head, or another
    member of the list, is an organisation the NER tagged."""
    head = tok.head
    members = [head, *(c for c in head.children if c.dep_ == "conj" and c.i != tok.i)]
    return any(m.label == "ORG" and m.start <= t.i < m.end for t in members for m in mentions)


def _unknown_places_that_act(doc: Doc, mentions: list[DocMention]) -> None:
    """A one-word "place" no gazetteer knows that speaks or acts, has a spokesperson, follows a
    body noun, or is tagged an organisation elsewhere in the article is an organisation, wherever
    the article names it: "Ofrail said", "UEFA banned ...", "UEFA spokesperson X", "think-tank
    Varnhagen" (a known city that speaks stands for its state, and stays a place)."""
    verbs = lexicon.speech_verbs()
    acts = {lemma for lemma, _pos in lexicon.cameo_triggers()}
    found: set[str] = set()
    orgs = {normalise(m.text) for m in mentions if m.label == "ORG"}
    for m in mentions:
        if m.label != "LOC" or m.end - m.start != 1 or m.nested:
            continue
        tok = doc[m.start]
        text = m.text
        if (
            lexicon.is_city(text, 1000)
            or lexicon.fold(text) in lexicon.city_other_names()
            or lexicon.country_of(text)
            or lexicon.fold(text) in lexicon.subdivisions()
            or lexicon.fold(text) in lexicon.regions()
        ):
            continue
        prev = doc[m.start - 1] if m.start > 0 else None
        nxt = doc[m.end] if m.end < len(doc) else None
        if (
            normalise(text) in orgs  # tagged an organisation elsewhere in the article
            or (tok.dep_ == "nsubj" and (tok.head.lemma_.lower() in verbs or tok.head.lemma_.lower() in acts))
            or (nxt is not None and nxt.is_lower and lexicon.fold(nxt.text) in lexicon.titles())
            or (prev is not None and prev.is_lower and prev.lower_ in ORG_NOUNS | {"tank", "think-tank"})
            # "an analyst at Kelvermont in London": where a person works
            or (
                prev is not None and prev.lower_ == "at" and m.start >= 2 and is_person_noun(doc[m.start - 2])
            )
            # "Mercy Corps, Oxfam and the Norwegian Refugee Council said": listed with bodies
            or (tok.dep_ == "conj" and _listed_with_bodies(tok, mentions))
        ):
            found.add(normalise(text))
    for m in mentions:  # every mention of the name, not only the one that acts
        if m.label == "LOC" and not m.nested and normalise(m.text) in found:
            m.label, m.rule = "ORG", "ner.context"


def _organisations_that_are_people(doc: Doc, mentions: list[DocMention]) -> None:
    """A two- or three-word "organisation" with no organisation word is a person when the article
    also calls it by its last word alone as a person, gives it an age ("Faustin Kalemba, 44,"), or
    a title right before it ("the company's chief executive, Anna Varga,")."""
    org_words = lexicon.org_words()
    person_words = {
        lexicon.fold(m.text) for m in mentions if m.label == "PERSON" and len(m.text.split()) == 1
    }
    for m in mentions:
        # (a hyphenated surname is one word: "Yetunde Adebayo-Cole")
        toks = [t for t in doc[m.start : m.end] if not (t.text == "-" and not t.whitespace_)]
        if m.label != "ORG" or not 2 <= len(m.text.split()) <= 3 or len(toks) > 5:
            continue
        if any(t.text in org_words or not t.text[:1].isupper() or t.text.isupper() for t in toks):
            continue
        aged = m.end + 2 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].like_num
        # "replacing Grace Kalunga, who moves to ...": people are "who", bodies "which"
        aged = aged or (m.end + 2 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "who")
        # "the company's founder and chief executive, X Y,": a title right before the name
        titled = (
            m.start >= 2
            and doc[m.start - 1].text == ","
            and doc[m.start - 2].is_lower
            and lexicon.fold(doc[m.start - 2].text) in lexicon.titles()
        ) or _title_before_comma(doc, m.start)
        if (
            aged
            or titled
            or lexicon.fold(toks[-1].text) in person_words
            or _described_as_person(doc, m)
            or _takes_a_post(doc, m)
        ):
            m.label = "PERSON"


def _title_before_comma(doc: Doc, start: int) -> bool:
    """ "The U.N. special envoy for Yemen, Lars-Erik Holmqvist,": a title (lower case) heads the
    phrase before the comma, and a comma follows the name too (an apposition)."""
    if start < 2 or doc[start - 1].text != ",":
        return False
    k = start - 2
    while k >= 0 and start - 2 - k < 6 and doc[k].text not in {",", ";", ":", ".", '"', "\u201c", "\u201d"}:
        if doc[k].pos_ in {"VERB", "AUX"}:
            return False
        if doc[k].is_lower and doc[k].pos_ == "NOUN" and lexicon.fold(doc[k].text) in lexicon.titles():
            return doc[k].dep_ != "pobj"  # ("talks with the envoy for X, Y": the envoy is not Y's head noun)
        k -= 1
    return False


#: Verbs whose subject takes the post their complement names: "X became chief executive".
_TAKES_POST = frozenset({"become", "name", "appoint", "elect", "promote", "swear", "remain"})
#: Titles "of" a person as often as of a body: "a lawyer of X", "an aide of X".
_TITLES_OF_PERSONS = frozenset(
    {
        "aide", "adviser", "advisor", "lawyer", "attorney", "counsel", "spokesman", "spokeswoman",
        "spokesperson", "assistant", "secretary", "deputy", "bodyguard", "ally", "biographer",
        "successor", "predecessor", "rival", "critic", "supporter", "envoy", "representative",
    }
)  # fmt: skip


def _takes_a_post(doc: Doc, m: DocMention) -> bool:
    """ "Leocadia Banda became chief executive of ...", "X was named chairman": the subject of a verb
    of taking a post, with the post its complement, is a person."""
    root = doc[m.start : m.end].root
    verb = root.head
    if root.dep_ not in {"nsubj", "nsubjpass"} or lexicon.fold(verb.lemma_) not in _TAKES_POST:
        return False
    return any(
        c.dep_ in {"attr", "oprd"} and c.pos_ == "NOUN" and lexicon.fold(c.text) in lexicon.titles()
        for c in verb.children
    )


def _post_of_body(doc: Doc, m: DocMention) -> bool:
    """ "chief executive of Zamtel Copperworks", "the chairman of Andespar Energía": what a post
    is "of" is a body (or a country), not a person (but "an aide of X", "a lawyer of X")."""
    if m.start < 2 or doc[m.start - 1].lower_ != "of":
        return False
    title = doc[m.start - 2]
    word = lexicon.fold(title.text)
    return (
        title.pos_ == "NOUN"
        and title.is_lower
        and word in lexicon.titles()
        and word not in _TITLES_OF_PERSONS
        and not any(w in _TITLES_OF_PERSONS for w in word.split())
    )


#: Nouns after a name that make it a place: "Rossio square", "the Tana river".
#: One word with a capital inside it, as brands are written ("EuroVax", "PetroGhana"), not as the
#: names of people are ("McDonald", "MacLeod", "DeSantis", "LeBlanc", "DiMaggio", "VanDyke").
_CAMEL_CASE = re.compile(r"^(?!Mc|Mac|De|Di|Le|La|Van|Von|Du|Da)[A-Z][a-z]+[A-Z][A-Za-z]*$")
_PLACE_NOUNS = frozenset(
    {
        "square", "capital", "street", "avenue", "road", "district", "province", "region", "county", "park",
        "river", "village", "town", "city", "market", "neighbourhood", "neighborhood", "valley",
        "lake", "island", "camp", "border", "crossing", "port", "airport", "state", "mine", "oilfield",
        "dam", "strait", "peninsula", "desert", "delta", "basin", "prefecture", "governorate",
    }
)  # fmt: skip
#: Nouns after a name, or heading its apposition, that make it an organisation: "the Wazalendo
#: party", "Ordabasy, the presidential press service".
#: Nouns for a part of a company or body ("its logistics arm, X"): what renames one is a body.
UNIT_NOUNS = frozenset({"unit", "subsidiary", "arm", "division", "affiliate", "branch"})
BODY_NOUNS = ORG_NOUNS | frozenset(
    {
        "service",
        "brokerage",
        "broadcaster",
        "operator",
        "charity",
        "network",
        "movement",
        "alliance",
        "coalition",
    }
)
_WHERE_PREPS = frozenset({"in", "near", "outside", "between", "around", "inside", "across"})


def _owner_of_a_unit(doc: Doc, m: DocMention) -> bool:
    """Whether a name follows "a unit of", "a subsidiary of" (past a country's possessive: "a unit
    of Japan's Hitachi")."""
    if m.end < len(doc) and doc[m.end].text == "-":
        return False  # "a subsidiary of Dubai-based Qamar Tides": the place of the owner
    k = m.start - 1
    if k >= 1 and doc[k].text in {"'s", "\u2019s"} and lexicon.country_of(doc[k - 1].text):
        k -= 2  # (a one-word country; "of the United States' X" is rare enough)
    unit = doc[k - 1] if k >= 1 else None
    return unit is not None and doc[k].lower_ == "of" and unit.lemma_.lower() in UNIT_NOUNS and unit.is_lower


def _relabel_by_context(doc: Doc, mentions: list[DocMention]) -> None:
    """Types the small model gets wrong, read off the words around a name: a "person" in "between
    Tessit and Labbezanga", "in Labbezanga" or "from Rossio square" is a place; one in "the
    Wazalendo party" or "Ordabasy, the presidential press service" is an organisation; a lone first
    name the model calls a place, right before a person's surname, is part of that person's name."""
    described: set[str] = set()  # names an apposition calls a body
    for n, m in enumerate(mentions):
        if m.label not in {"PERSON", "ORG", "LOC"} or m.nested:
            continue
        nxt = doc[m.end] if m.end < len(doc) else None
        prev = doc[m.start - 1] if m.start > 0 else None
        if (
            m.label in {"PERSON", "ORG"}
            and nxt is not None
            and nxt.lower_ in _PLACE_NOUNS
            and nxt.text.islower()
            and not any(w in lexicon.org_words() for w in m.text.split())
            or (
                m.label == "PERSON"
                and prev is not None
                and prev.lower_ in _WHERE_PREPS
                and not (nxt is not None and nxt.text in {"'s", "\u2019s"})
            )
        ):
            m.label, m.rule = "LOC", "ner.context"
        elif (
            m.label in {"PERSON", "ORG"}
            and prev is not None
            and prev.lower_ == "from"
            and prev.i > 0
            and is_person_noun(doc[prev.i - 1])
            and not any(w in lexicon.org_words() for w in m.text.split())
        ):
            m.label, m.rule = "LOC", "ner.context"  # "a herder from Tessalit"
        elif m.label == "PERSON" and (
            (m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "which")
            or (m.start >= 2 and doc[m.start - 1].lower_ == "based" and doc[m.start - 2].text == "-")
            or _appointed_as_firm(doc, m)
        ):
            # "Piraeus-based Thalassa Lines, which owns ...", "appointed Hartley Quayle as financial adviser"
            m.label, m.rule = "ORG", "ner.context"
        elif (
            m.label == "PERSON"
            and m.end - m.start == 1
            and (
                lexicon.is_city(m.text, 50000)
                or lexicon.city_other_names().get(lexicon.fold(m.text), (0,))[0] >= 50000
            )
            and not (prev is not None and lexicon.fold(prev.text.rstrip(".")) in lexicon.titles())
            and not (
                doc[m.start].dep_ == "nsubj"
                and lexicon.fold(doc[m.start].head.lemma_) in lexicon.speech_verbs()
            )
        ):
            m.label, m.rule = "LOC", "ner.context"  # a lone "Kendari": a city of 50,000 people or more
        elif (
            m.label in {"PERSON", "ORG"}
            and lexicon.is_feature_name(m.text)
            and not any(w in lexicon.org_words() for w in m.text.split())
        ):
            m.label, m.rule = "LOC", "ner.context"  # "Corvo Shoal", "Gulf of Aden", "Mount Elgon"
        elif m.label in {"PERSON", "ORG"} and lexicon.fold(m.text.removeprefix("the ")) in lexicon.regions():
            m.label, m.rule = "LOC", "ner.context"  # "the West Bank", "occupied Crimea"
        elif (
            m.label in {"PERSON", "ORG"}
            and lexicon.fold(m.text) in lexicon.subdivisions()
            and not any(w in lexicon.org_words() for w in m.text.split())
            and not (
                doc[m.start : m.end].root.dep_ == "nsubj"
                and lexicon.fold(doc[m.start : m.end].root.head.lemma_) in lexicon.speech_verbs()
            )
        ):
            m.label, m.rule = "LOC", "ner.context"  # "Gauteng", "Tamil Nadu": a province or state
        elif (
            m.label in {"PERSON", "ORG"}
            and prev is not None
            and prev.lower_ == "of"
            and prev.i > 0
            and doc[prev.i - 1].lower_ in _PLACE_NOUNS
            and doc[prev.i - 1].text.islower()
        ):
            m.label, m.rule = "LOC", "ner.context"  # "the village of Bemal"
        elif (
            m.label in {"PERSON", "ORG"}
            and prev is not None
            and prev.lower_ in _PLACE_NOUNS
            and prev.text.islower()
            and not any(w in lexicon.org_words() for w in m.text.split())
        ):
            m.label, m.rule = "LOC", "ner.context"  # "the provincial capital Bemal"
        elif (
            m.label in {"ORG", "LOC"}
            and m.end + 2 < len(doc)
            and doc[m.end].text == ","
            and doc[m.end + 1].like_num
            and doc[m.end + 1].text.isdigit()
            and 1 <= int(doc[m.end + 1].text) <= 110
            and doc[m.end + 2].text == ","
            and not any(w in lexicon.org_words() for w in m.text.split())
            and not lexicon.is_city(m.text, 15000)
        ):
            m.label, m.rule = "PERSON", "ner.context"  # "said Sutarmi, 52, whose home ...": an age
        elif m.label == "PERSON" and _post_of_body(doc, m):
            m.label, m.rule = "ORG", "ner.context"  # "chief executive of Zamtel Copperworks"
            described.add(normalise(m.text))
        elif m.label == "PERSON" and m.end - m.start == 1 and _CAMEL_CASE.match(m.text):
            m.label, m.rule = "ORG", "ner.context"  # "EuroVax": no person's name is written so
        elif m.label == "PERSON" and lexicon.fold(doc[m.end - 1].text) in _COMPANY_ENDINGS:
            m.label, m.rule = "ORG", "ner.context"  # "Kelang Jaya Bhd": a company's legal form
        elif (
            m.label == "PERSON"
            and prev is not None
            and prev.lower_ == "and"
            and n > 0
            and mentions[n - 1].label == "LOC"
            and mentions[n - 1].end == prev.i
            and mentions[n - 1].start > 0
            and doc[mentions[n - 1].start - 1].lower_ in _WHERE_PREPS
        ):
            m.label, m.rule = "LOC", "ner.context"  # "between Tessit and Labbezanga"
        elif (
            m.label in {"PERSON", "LOC"}
            and nxt is not None
            and nxt.lower_ in BODY_NOUNS
            and nxt.text.islower()
        ):
            if not lexicon.is_city(m.text, 15000):
                m.label = "ORG"  # "the Wazalendo party"
        elif (
            m.label in {"PERSON", "LOC"}
            and prev is not None
            and prev.lower_ in BODY_NOUNS
            and prev.text.islower()
            and prev.dep_ in {"compound", "nmod", "amod"}
            and not lexicon.is_city(m.text, 15000)
        ):
            m.label = "ORG"  # "the Danish charity Sea Watchers", "security firm Tern Risk"
        elif (
            m.label in {"PERSON", "LOC"}
            and (head := _apposition_head(doc, m)) is not None
            and head.lower_ in BODY_NOUNS
            and head.text.islower()
            and not lexicon.is_city(m.text, 15000)
        ):
            m.label = "ORG"  # "Ordabasy, the presidential press service"
            described.add(normalise(m.text))
        elif m.label in {"PERSON", "LOC"} and _owner_of_a_unit(doc, m):
            m.label = "ORG"  # "Hitachi Energy, a unit of Japan's Hitachi": what owns a unit is a body
            described.add(normalise(m.text))
        elif (
            m.label in {"PERSON", "LOC"}
            and (root := doc[m.start : m.end].root).dep_ == "appos"
            and root.head.i < m.start
            and root.head.text.islower()
            and root.head.lemma_.lower() in UNIT_NOUNS
            and not lexicon.is_city(m.text, 15000)
        ):
            m.label = "ORG"  # "Its Canadian unit, Ostrander Copper,": what a unit renames is a body
            described.add(normalise(m.text))
    for m in mentions:
        # "Latvia's ruling New Unity party won ... who leads New Unity": a name followed by a body's
        # noun is the body's wherever the article uses it
        nxt = doc[m.end] if m.end < len(doc) else None
        if (
            m.label == "ORG"
            and not m.nested
            and nxt is not None
            and nxt.text.islower()
            and nxt.lower_ in BODY_NOUNS
            and not lexicon.country_of(m.text)
            and not lexicon.is_city(m.text, 15000)
        ):
            described.add(normalise(m.text))
    for m in mentions:  # what the apposition says holds wherever the article uses the name
        if m.label in {"PERSON", "LOC"} and normalise(m.text) in described:
            m.label = "ORG"
    _groups_named_as_persons(doc, mentions)
    # "between Tessit and Labbezanga" read as one name: two places
    split: list[DocMention] = []
    for m in mentions:
        ands = [i for i in range(m.start + 1, m.end - 1) if doc[i].lower_ == "and"]
        if (
            m.label == "LOC"
            and len(ands) == 1
            and not lexicon.country_of(m.text)
            and lexicon.fold(m.text) not in lexicon.subdivisions()  # "Jammu and Kashmir"
        ):
            k = ands[0]
            split += [
                DocMention(m.start, k, "LOC", doc[m.start : k].text, rule="ner.context"),
                DocMention(k + 1, m.end, "LOC", doc[k + 1 : m.end].text, rule="ner.context"),
            ]
            m.label = ""
    mentions[:] = sorted([m for m in mentions if m.label] + split, key=lambda m: (m.start, m.nested))
    # the same name elsewhere in the article is the same place: "a herder from Tessalit"
    places = {normalise(m.text) for m in mentions if m.label == "LOC" and m.rule == "ner.context"}
    for m in mentions:
        if m.label in {"PERSON", "ORG"} and normalise(m.text) in places:
            m.label, m.rule = "LOC", "ner.context"
    # "Rosa" (LOC) + "Quispe" (PERSON): one name split in two
    for n in range(len(mentions) - 1):
        a, b = mentions[n], mentions[n + 1]
        if (
            a.label in {"LOC", "ORG"}
            and b.label == "PERSON"
            and a.end == b.start
            and a.end - a.start == 1
            and not a.nested
            and not b.nested
            and doc[a.start].pos_ == "PROPN"
            and not lexicon.country_of(a.text)
            and not lexicon.is_city(a.text, 100000)
            and not doc[a.start].text.isupper()
            and not ends_title(doc, a.start, a.end)
        ):
            b.start, b.text = a.start, doc[a.start : b.end].text
            a.label = ""
    mentions[:] = [m for m in mentions if m.label]


#: Nouns for the members of an armed or political group: "Nasr fighters", "militants of Nasr".
_GROUP_MEMBERS = frozenset(
    {
        "militant", "fighter", "rebel", "insurgent", "jihadist", "gunman", "militiaman", "guerrilla",
        "guerilla", "combatant", "loyalist",
    }
)  # fmt: skip
#: Nouns for a part of a group: "a commander of Nasr", "the armed wing of Nasr".
_GROUP_PARTS = _GROUP_MEMBERS | frozenset({"member", "commander", "wing", "faction", "cell", "founder"})
#: Parts of a group named after its possessor: "Nasr's political bureau".
_GROUP_BODIES = frozenset(
    {"bureau", "wing", "leadership", "ranks", "fighter", "militant", "commander", "cadre"}
)
#: What a group claims: "Nasr claimed responsibility for the attack".
_CLAIMED = frozenset(
    {"responsibility", "attack", "attacks", "bombing", "bombings", "killing", "killings", "abduction", "raid"}
)


#: What only firms are appointed as: "appointed Hartley Quayle as auditor" (and "as financial adviser").
_FIRM_ONLY_ROLES = frozenset({"auditor", "underwriter", "bookrunner", "broker", "arranger"})


def _appointed_as_firm(doc: Doc, m: DocMention) -> bool:
    """Whether a name is appointed or hired "as" what only firms are: "appointed Hartley Quayle as
    financial adviser" (a deal's adviser; "as his adviser" may be a person), "as auditor"."""
    head = doc[m.end - 1]
    verb = head.head
    if head.dep_ not in {"dobj", "conj"} or verb.lemma_.lower() not in {"appoint", "hire", "retain", "name"}:
        return False
    roles = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
    return any(
        o.lemma_.lower() in _FIRM_ONLY_ROLES
        or (
            o.lemma_.lower() in {"adviser", "advisor"}
            and any(c.lower_ in {"financial", "legal", "lead"} for c in o.children)
        )
        for o in roles
    )


def _group_context(doc: Doc, m: DocMention) -> bool:
    """Whether the words around a "person" show a group: "Nasr militants", "fighters from Nasr",
    "the armed wing of Nasr", "Nasr claimed responsibility", "the Ansaris" (a plural name)."""
    nxt = doc[m.end] if m.end < len(doc) else None
    prev = doc[m.start - 1] if m.start > 0 else None
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.lemma_.lower() in _GROUP_MEMBERS:
        return True
    if (
        prev is not None
        and prev.lower_ in {"of", "from"}
        and prev.i > 0
        and doc[prev.i - 1].pos_ == "NOUN"
        and doc[prev.i - 1].lemma_.lower() in _GROUP_PARTS
        and not (nxt is not None and nxt.text in {"'s", "\u2019s"})
    ):
        return True
    if nxt is not None and nxt.text in {"'s", "\u2019s"}:
        # "Nasr's political bureau", "Nasr's armed wing": a group's parts
        k = m.end + 1
        while k < len(doc) and doc[k].pos_ == "ADJ":
            k += 1
        if k < len(doc) and doc[k].lemma_.lower() in _GROUP_BODIES:
            return True
    root = doc[m.start : m.end].root
    if (
        root.dep_ == "nsubj"
        and root.head.lemma_ == "claim"
        and any(c.dep_ == "dobj" and c.lower_ in _CLAIMED for c in root.head.children)
    ):
        return True
    # a plural proper name after "the": "the Ansaris said", never a person's name
    return (
        prev is not None
        and prev.lower_ == "the"
        and m.end - m.start == 1
        and root.tag_ in {"NNP", "NNPS"}
        and len(root.text) > 4
        and root.text.endswith("s")
        and not root.text.endswith(("ss", "us"))
        and root.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj"}
    )


def _groups_named_as_persons(doc: Doc, mentions: list[DocMention]) -> None:
    """Armed and political groups the model calls persons ("Harakat al-Nasr", "the Ansaris") become
    organisations when some mention of the name is read as a group, with every mention of the
    name and of its last words ("Al-Nasr" for "Harakat al-Nasr")."""
    groups = {
        normalise(m.text) for m in mentions if m.label == "PERSON" and not m.nested and _group_context(doc, m)
    }
    if not groups:
        return
    for m in mentions:
        if m.label != "PERSON":
            continue
        name = normalise(m.text)
        if name in groups or any(g.endswith(" " + name) for g in groups):
            m.label, m.rule = "ORG", "ner.context"


#: Common nouns that describe a person in an apposition ("X, a livestock trader,"), besides the
#: titles and occupations of titles.tsv.
_PERSON_NOUNS = frozenset(
    {
        "trader", "farmer", "resident", "student", "teacher", "worker", "nurse", "doctor", "activist",
        "mother", "father", "son", "daughter", "wife", "husband", "widow", "brother", "sister", "man",
        "woman", "veteran", "survivor", "victim", "witness", "defendant", "owner", "shopkeeper",
        "vendor", "driver", "fisherman", "herder", "pastor", "priest", "imam", "villager", "refugee",
        "migrant", "engineer", "entrepreneur", "businessman", "businesswoman", "retiree", "pensioner",
        "tenant", "voter", "supporter", "relative", "friend", "neighbour", "neighbor", "cousin",
    }
)  # fmt: skip


def is_person_noun(tok) -> bool:
    word = lexicon.fold(tok.lemma_)
    return tok.pos_ == "NOUN" and (word in _PERSON_NOUNS or word in lexicon.titles())


_BASED = frozenset({"based", "registered", "headquartered", "owned", "run", "backed", "led"})


def _apposition_head(doc: Doc, m: DocMention):
    """The noun an apposition after a name is about: "X, a former colonel in ..." -> "colonel",
    "X, the Kazakh presidential press service" -> "service"; None without one."""
    i = m.end + 1
    if i >= len(doc) or doc[m.end].text != ",":
        return None
    if i + 2 < len(doc) and doc[i].like_num and doc[i + 1].text == ",":
        i += 2  # "X, 38, a mother of six": the age comes first
    if i < len(doc) and doc[i].tag_ in {"WP", "WP$", "WDT"}:
        return None  # "X, whose coalition ...": a relative clause, not an apposition
    # determiners, adjectives and demonyms ("the Kazakh presidential ...") modify the head, and
    # so does "X-based" ("a Kismayo-based aid group")
    while i < len(doc) and i < m.end + 8:
        if doc[i].pos_ in {"DET", "ADJ", "ADV"} or doc[i].ent_type_ == "NORP":
            i += 1
        elif i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in _BASED:
            i += 3
        elif doc[i].ent_type_ in {"COUNTRY", "GPE", "LOC"} and (
            (j := _entity_end(doc, i)) < len(doc) and doc[j].text in {"'s", "\u2019s"}
        ):
            i = j + 1  # "X, Mongolia's flag carrier", "X, South Africa's top diplomat": a place's
        else:
            break
    head = None
    while i < len(doc) and doc[i].pos_ in {"NOUN", "PROPN"} and not doc[i].ent_type_:
        head, i = doc[i], i + 1
    if head is not None and i + 1 < len(doc) and doc[i].text in {"'s", "\u2019s"}:
        # "the union's general secretary": the possessor is not the head
        i += 1
        while i < len(doc) and doc[i].pos_ in {"DET", "ADJ", "ADV"}:
            i += 1
        while i < len(doc) and doc[i].pos_ in {"NOUN", "PROPN"} and not doc[i].ent_type_:
            head, i = doc[i], i + 1
    if head is not None and i < len(doc) and doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in _SPEECH:
        return None  # "... in Kumamoto Prefecture, the company said": who said it, not an apposition
    return head


_SPEECH = frozenset({"say", "tell", "add", "announce", "report", "confirm", "state", "write"})


def _entity_end(doc: Doc, i: int) -> int:
    """The end of the entity that ``doc[i]`` opens."""
    j = i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return j


def _described_as_person(doc: Doc, m: DocMention) -> bool:
    """ "Osman Idris, a former colonel in ...", "Moussa Diarra, a livestock trader,", "Boateng's
    lawyer, Adwoa Owusu,": an apposition names what the bearer is, and it is a person."""
    head = _apposition_head(doc, m)
    if head is not None and is_person_noun(head):
        return True
    if m.start >= 2 and doc[m.start - 1].text == ",":
        before = doc[m.start - 2]
        if is_person_noun(before) and any(c.dep_ == "poss" for c in before.children):
            return True
    return False


def _person_clusters(mentions: list[DocMention]) -> dict[str, list[int]]:
    """Full person names (two words or more), folded -> token starts of their mentions."""
    clusters: dict[str, list[int]] = {}
    for m in mentions:
        if m.label == "PERSON":
            norm = normalise(m.text)
            if len(_words(norm)) >= 2:
                clusters.setdefault(norm, []).append(m.start)
    # "Xi Jinping" inside a longer "Xi Jinping Thought"-style name is left alone; a full name
    # contained in a longer one joins it ("Ana Ruiz" -> "Ana Maria Ruiz").
    for short in sorted(clusters, key=len):
        for long in clusters:
            if long != short and f" {short} " in f" {long} ":
                clusters[long].extend(clusters.pop(short))
                break
    # "Ana Ruiz" for "Ana Maria Ruiz" when the middle name is left out: first and last words the
    # same, and only one longer name has them
    for short in sorted(clusters, key=len):
        words = _words(short)
        if len(words) != 2 or short not in clusters:
            continue
        longer = [
            long
            for long in clusters
            if len(_words(long)) >= 3 and _words(long)[0] == words[0] and _words(long)[-1] == words[1]
        ]
        if len(longer) == 1:
            clusters[longer[0]].extend(clusters.pop(short))
    return clusters


def _lookup_person(persons: dict[str, list[int]], m: DocMention, mentions: list[DocMention]) -> str | None:
    norm = normalise(m.text)
    if norm in persons:
        return norm
    words = _words(norm)
    if len(words) != 1:
        # a name joined to a longer one in _person_clusters
        if m.label == "PERSON":
            return next((full for full, starts in persons.items() if m.start in starts), None)
        return None
    word = words[0]
    # "Pardo" for "Julián Pardo Uribe": the first of two surnames counts as much as the last
    candidates = [
        full
        for full in persons
        if word in (_words(full)[0], _words(full)[-1], _without_article(_words(full)[-1]))
        or word in _middle_names(full)
    ]
    if not candidates:
        return None

    # The full name mentioned most recently before this one; else the first one mentioned.
    def last_before(full: str) -> int:
        starts = [s for s in persons[full] if s < m.start]
        return max(starts) if starts else -1

    return sorted(candidates, key=lambda f: (-last_before(f), min(persons[f]), f))[0]


#: Particles inside names that are never a name on their own.
_NAME_PARTICLES = frozenset(
    {"de", "del", "da", "do", "dos", "das", "di", "la", "van", "von", "der", "bin", "ibn", "al", "el", "abu"}
)


_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|az|an|ar|ud|ul)-(?=\w{3})")


def _without_article(word: str) -> str:
    """ "Qadiri" for "al-Qadiri": wires drop the Arabic article of a surname written alone."""
    return _ARABIC_ARTICLE.sub("", word)


def _middle_names(full: str) -> list[str]:
    """The words between the first and the last of a name of three words or more: the first
    surname of "Julián Pardo Uribe"."""
    words = _words(full)
    return [w for w in words[1:-1] if w not in _NAME_PARTICLES and len(w) > 2] if len(words) >= 3 else []


def _scan_aliases(doc: Doc, mentions: list[DocMention], persons: dict[str, list[int]]) -> None:
    """Find surnames and first names of known persons where the NER tagged nothing."""
    parts = {
        w
        for full in persons
        for w in (_words(full)[0], _words(full)[-1], _without_article(_words(full)[-1]), *_middle_names(full))
    }
    if not parts:
        return
    taken = {i for m in mentions for i in range(m.start, m.end)}
    cols = columns(doc)
    i = 0
    while i < len(doc):
        if i in taken or not cols.text[i][:1].isupper():
            i += 1
            continue
        tok = doc[i]
        j = i + 1
        while (
            j + 1 < len(doc)
            and doc[j].text == "-"
            and not doc[j].whitespace_
            and doc[j + 1].text[:1].isupper()
        ):
            j += 2
        if any(k in taken for k in range(i, j)):
            i += 1
            continue
        text = cols.span_text(i, j)
        # (a surname opening a sentence may be tagged an adverb or adjective: "Brandhorst, 51, joined")
        subject = tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ in {"ADV", "ADJ", "VERB"}
        if lexicon.fold(text) in parts and (tok.pos_ in {"PROPN", "NOUN", "X"} or subject):
            mentions.append(DocMention(i, j, "PERSON", text, rule="alias.scan"))
            taken.update(range(i, j))
        i = j
    mentions.sort(key=lambda m: m.start)


def _acronyms(doc: Doc, mentions: list[DocMention]) -> dict[str, str]:
    """Acronyms defined in brackets after an organisation name: folded acronym -> folded name."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.label != "ORG" or m.end + 2 >= len(doc):
            continue
        if doc[m.end].text == "(" and doc[m.end + 2].text == ")":
            acro = doc[m.end + 1].text
            # Defined in brackets right after the name, an acronym needs no letter match: it may
            # come from another language ("Armed Forces of the DRC (FARDC)").
            letters = acro.replace(".", "").replace("-", "")
            upper = letters.isalpha() and 2 <= len(letters) <= 8 and sum(c.isupper() for c in letters) >= 2
            # "the Peruvian Chess Federation (Fedajedrez)": one capitalised word in
            # brackets is the body's short name in its own language (not a place or a source)
            short = (
                acro.isalpha()
                and acro[:1].isupper()
                and 4 <= len(acro) <= 16
                and not lexicon.country_of(acro)
                and not lexicon.is_city(acro, 15000)
                and lexicon.fold(acro) not in lexicon.news_agencies()
            )
            if upper or short or _clipped_name(acro, m.text):
                out[lexicon.fold(acro)] = normalise(m.text)
        # "the U.N. Office for Disaster Risk Reduction, known as UNDRR,"
        k = m.end
        if (
            k + 3 < len(doc)
            and doc[k].text == ","
            and doc[k + 1].lower_ == "known"
            and doc[k + 2].lower_ == "as"
        ):
            acro = doc[k + 3].text
            if acro.isupper() and acro.isalpha() and 2 <= len(acro) <= 8:
                out[lexicon.fold(acro)] = normalise(m.text)
    # The bracketed acronym itself is a mention of the organisation.
    for m in mentions:
        norm = normalise(m.text)
        if norm in out and m.label in {"ORG", "PERSON", "LOC"}:
            m.label = "ORG"
    return out


def _clipped_name(short: str, full: str) -> bool:
    """A company's clipped name in brackets after its full one: "Distribuidora Nacional del Sur
    (Disur)", "Petróleos Mexicanos (Pemex)"."""
    return (
        short.isalpha()
        and short[:1].isupper()
        and 4 <= len(short) <= 12
        and len(full.split()) >= 2
        and lexicon.fold(full)[:2] == lexicon.fold(short)[:2]
    )


_GENERIC_FIRST_WORDS = frozenset(
    {
        "national",
        "international",
        "central",
        "world",
        "united",
        "african",
        "european",
        "democratic",
        "new",
        "royal",
        "federal",
        "state",
        "general",
        "global",
        "public",
        "people's",
        "peoples",
        "supreme",
        "high",
        "first",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "asian",
        "american",
        "arab",
        "islamic",
        "ministry",
        "department",
        "office",
        "bank",
        "university",
        "institute",
        "council",
        "the",
        "association",
        "party",
        "commission",
        "committee",
        "court",
        "agency",
        "union",
        "federation",
        "foundation",
        "centre",
        "center",
    }
)


def _initials_match(acronym: str, name: str) -> bool:
    """Whether ``acronym`` can be read off ``name`` ("AfDB" <- "African Development Bank")."""
    every = re.findall(r"[A-Za-z]+", name)
    words = [w for w in every if w.lower() not in {"of", "the", "and", "for", "on", "de"}]
    # "BoG" <- "Bank of Ghana": a lower-case letter may stand for "of"
    return _initials_of(acronym, words) or (
        any(c.islower() for c in acronym) and _initials_of(acronym, [w for w in every if w.lower() != "the"])
    )


def _initials_of(acronym: str, words: list[str]) -> bool:
    acro = acronym.lower().replace(".", "")
    if len(acro) < 2 or not words or acro[0] != words[0][0].lower():
        return False

    def match(ai: int, wi: int, ci: int) -> bool:
        if ai == len(acro):
            return wi == len(words) - 1 or (wi == len(words) and ci == 0)
        if wi >= len(words):
            return False
        word = words[wi].lower()
        # next word's initial
        if wi + 1 < len(words) and words[wi + 1][0].lower() == acro[ai] and match(ai + 1, wi + 1, 1):
            return True
        # a later letter of the current word ("Af" in "African")
        return ci < len(word) and acro[ai] in word[ci:] and match(ai + 1, wi, word.index(acro[ai], ci) + 1)

    return match(1, 0, 1)


#: Lower-case words that make the capitalised word before them a place ("the Tessit region"),
#: and that make the name after "<word> of" one ("the city of Pinsk").
_PLACE_CONTEXT = frozenset(
    {"region", "province", "district", "sector", "prefecture", "county", "state", "valley", "area",
     "city", "town", "village", "municipality", "governorate", "capital"}
)  # fmt: skip


def _placed(doc: Doc, m: DocMention) -> bool:
    """Whether the words around ``m`` say it is a place: "the Tessit region", "the city of Pinsk"."""
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.is_lower and after.lower_ in _PLACE_CONTEXT:
        return True
    return m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in _PLACE_CONTEXT


def _scan_org_aliases(doc: Doc, mentions: list[DocMention], acronyms: dict[str, str]) -> None:
    """Acronyms and short forms of the article's organisations: "EU", "AfDB", "Helix" for "Helix Robotics"."""
    orgs = {normalise(m.text): m.text for m in mentions if m.label == "ORG" and len(m.text.split()) >= 2}
    for m in mentions:
        norm = normalise(m.text)
        if m.label not in {"ORG", "PERSON", "LOC"} or norm in orgs or norm in acronyms:
            continue
        if m.text.replace(".", "").isupper() or re.fullmatch(r"[A-Z][a-z]?[A-Z]+[a-z]?[A-Z]*", m.text):
            for full_norm, full in orgs.items():
                if _initials_match(m.text, full):
                    acronyms[norm] = full_norm
                    m.label = "ORG"
                    break
    short: dict[str, str] = {}
    for full_norm, full in orgs.items():
        first = full.split()[0]
        if (
            first[:1].isupper()
            and not first.replace(".", "").isupper()  # "U.N." in "U.N. Office for ...": the parent body
            and lexicon.fold(first) not in _GENERIC_FIRST_WORDS
            and not lexicon.country_of(first)
            and first not in lexicon.org_words()
            and not lexicon.is_city(first, 15000)
        ):
            short.setdefault(lexicon.fold(first), full_norm)
    # "the Fund" for "the International Monetary Fund", "the Movement" for "the Darfur Unity
    # Movement": a capitalised head word after "the" is the first organisation named with it.
    heads: dict[str, str] = {}
    for full_norm, full in orgs.items():
        words = full.split()
        if words[-1] in lexicon.org_words():
            heads.setdefault(lexicon.fold(words[-1]), full_norm)
        # "the Treasury" for "the U.S. Treasury Department"
        if len(words) >= 2 and words[-2] in lexicon.org_words() and words[-1] in {"Department", "Ministry"}:
            heads.setdefault(lexicon.fold(words[-2]), full_norm)

    def after_the(start: int) -> bool:
        # "the Fund said", and "Ministry spokeswoman X": a title after it names its holder's body
        return (start > 0 and doc[start - 1].lower_ == "the") or (
            start + 1 < len(doc) and lexicon.fold(doc[start + 1].text) in lexicon.titles()
        )

    # "Zambezi Copper" for "Zambezi Copper Holdings": a company's name without its legal suffix
    # (not "United Nations" for "United Nations Security Council": an organ is no suffix)
    prefixes: dict[str, str] = {}
    for full_norm in orgs:
        words = full_norm.split()
        for n in range(2, len(words)):
            if set(words[n:]) <= _CORPORATE_SUFFIXES or (
                # "Quenby Moss" for "Quenby Moss Partners": a company's name without its trade
                set(words[n:]) <= _CORPORATE_SUFFIXES | _TRADE_HEADS and words[n] in _TRADE_HEADS
            ):
                prefixes.setdefault(" ".join(words[:n]), full_norm)
    # "Al-Nasr" for "Harakat al-Nasr": the proper last word of a name, when it names no place
    tails: dict[str, str] = {}
    for full_norm, full in orgs.items():
        last = full.split()[-1]
        if (
            len(full_norm.split()) >= 2
            and (last[:1].isupper() or re.match(r"(?i)(al|el|ad|as|an|ash)-[A-Z]", last))
            and last not in lexicon.org_words()
            and lexicon.fold(last) not in _CORPORATE_SUFFIXES
            and lexicon.fold(last) not in _GENERIC_FIRST_WORDS
            and not lexicon.country_of(last)
            and not lexicon.is_city(last, 15000)
        ):
            tails.setdefault(lexicon.fold(last), full_norm)
    # "Corvane" and "Sierra Norte" for "Lumière Corvane SA" and "Minera Sierra Norte SA": the
    #: the proper words inside a company's name, when no other name of the article has them
    person_words = {
        w
        for m in mentions
        if m.label == "PERSON" and len(m.text.split()) > 1 and normalise(m.text) not in orgs
        for w in _words(normalise(m.text))
    }
    infixes: dict[str, str | None] = {}
    for full_norm, full in orgs.items():
        words = full.split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                part = words[i:j]
                if (i, j) == (0, len(words)) or not part[0][:1].isupper() or not part[-1][:1].isupper():
                    continue
                folded = [lexicon.fold(w) for w in part]
                if any(
                    w in lexicon.org_words() or f in _CORPORATE_SUFFIXES or f in _GENERIC_FIRST_WORDS
                    for w, f in zip(part, folded, strict=True)
                ):
                    continue
                key = " ".join(folded)
                # "Valle Rojo" in "Minera Valle Rojo SA": the name left when the company's
                # opening kind and legal form are taken off is the company's, even tagged a person
                bare = all(
                    w in lexicon.head_first_org_words() or lexicon.fold(w) in _CORPORATE_SUFFIXES
                    for w in words[:i] + words[j:]
                )
                if (
                    lexicon.country_of(key)
                    or lexicon.is_city(key, 15000)
                    or (set(folded) & person_words and not (bare and len(part) >= 2))
                ):
                    continue
                if any(w.replace(".", "").isupper() for w in part) or any(
                    w in lexicon.org_words() for w in words[j:]
                ):
                    continue  # "U.N.", "UEFA" in "UEFA Appeals Body": the parent, not a short form
                infixes[key] = full_norm if infixes.get(key, full_norm) == full_norm else None
    spelled = set(acronyms)  # "AU", spelled by "African Union", is no tail of "Council of the AU"
    # "Valle Rojo", tagged a body once and a person once: the words inside the company's name
    tagged_persons = {normalise(m.text) for m in mentions if m.label == "PERSON"}
    for m in mentions:
        norm = normalise(m.text)
        if (
            norm in tails
            and norm not in spelled
            and (m.label == "ORG" or (m.label == "PERSON" and m.rule == "ner.context"))
        ):
            acronyms[norm] = tails[norm]
            m.label = "ORG"
        elif (
            m.label in {"ORG", "PERSON", "LOC"}
            and norm in short
            and len(norm.split()) == 1
            and not (m.label == "LOC" and _placed(doc, m))
        ):
            acronyms[norm] = short[norm]
            m.label = "ORG"
        elif m.label in {"ORG", "PERSON"} and norm in prefixes:
            acronyms[norm] = prefixes[norm]
            m.label = "ORG"
        elif m.label == "ORG" and m.end - m.start == 1 and norm in heads and after_the(m.start):
            acronyms.setdefault(norm, heads[norm])
        elif (
            m.label in {"ORG", "PERSON"}
            and infixes.get(norm)
            and (norm not in orgs or norm in tagged_persons)
        ):
            acronyms[norm] = infixes[norm]
            m.label = "ORG"
    # "Democrats" for "the Democratic Party", "Greens" for "the Green Future Party": a party
    # named by its members is the one party the article names after them
    for m in mentions:
        if m.label != "ORG" or m.text not in _MEMBER_PLURALS or normalise(m.text) in acronyms:
            continue
        stem = _MEMBER_PLURALS[m.text]
        parties = [n for n in orgs if re.search(rf"(?:^|[ -]){stem}", n) and n != normalise(m.text)]
        if len(parties) == 1:
            acronyms[normalise(m.text)] = parties[0]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    _repeated_org_names(doc, mentions, taken)
    _untagged_company_prefixes(doc, mentions, taken, prefixes, acronyms)
    for i, text in enumerate(columns(doc).text):
        if i in taken or not text[:1].isupper():
            continue
        tok = doc[i]
        key = lexicon.fold(tok.text)
        # "Savanna spokesperson Ada Obi": a short form is often tagged as an adjective
        if key in acronyms or (
            key in short and (tok.pos_ == "PROPN" or (tok.pos_ in {"ADJ", "NOUN"} and not tok.is_sent_start))
        ):
            acronyms.setdefault(key, short.get(key, ""))
            mentions.append(DocMention(tok.i, tok.i + 1, "ORG", tok.text, rule="alias.org_short_form"))
        elif key in heads and tok.pos_ in {"PROPN", "NOUN"} and after_the(tok.i):
            acronyms.setdefault(key, heads[key])
            mentions.append(DocMention(tok.i, tok.i + 1, "ORG", tok.text, rule="alias.org_short_form"))
        elif tok.is_alpha and tok.text.isupper() and 2 <= len(tok.text) <= 6:
            # "WHO Director-General X" with the acronym never spelt out: it still abbreviates the
            # organisation the article names in full.
            full_norm = next((n for n, full in orgs.items() if _initials_match(tok.text, full)), None)
            if full_norm is not None:
                acronyms[key] = full_norm
                mentions.append(DocMention(tok.i, tok.i + 1, "ORG", tok.text, rule="alias.org_short_form"))
    # "Norvik" -> "Norvik Biologics" -> "Norvik Biologics A/S": each short form to the full name
    for key, full_norm in list(acronyms.items()):
        seen = {key}
        while full_norm in acronyms and full_norm not in seen and acronyms[full_norm]:
            seen.add(full_norm)
            full_norm = acronyms[full_norm]
        acronyms[key] = full_norm
    mentions.sort(key=lambda m: m.start)


#: Parties named by their members, and the stem of the party's own name.
_MEMBER_PLURALS = {
    "Republicans": "republican", "Democrats": "democrat", "Conservatives": "conservative",
    "Tories": "conservative", "Socialists": "socialist", "Liberals": "liberal", "Greens": "green",
    "Christian Democrats": "christian democrat",
    "Social Democrats": "social democrat", "Liberal Democrats": "liberal democrat",
    "Free Democrats": "free democrat",
}  # fmt: skip


def _untagged_company_prefixes(
    doc: Doc, mentions: list[DocMention], taken: set[int], prefixes: dict[str, str], acronyms: dict[str, str]
) -> None:
    """ "Vasko Terra said" after "Vasko Terra Energy Ltd": a company's name without its legal form
    or trade, written untagged in capitals, is the company."""
    sizes = {len(key.split()) for key in prefixes}
    texts = columns(doc).text
    for start, word in enumerate(texts):
        if start in taken or not word[:1].isupper():
            continue
        for size in sorted(sizes, reverse=True):
            end = start + size
            if end > len(doc) or any(i in taken for i in range(start, end)):
                continue
            if not all(texts[i][:1].isupper() for i in range(start, end)):
                continue
            norm = normalise(doc[start:end].text)
            if norm not in prefixes:
                continue
            acronyms.setdefault(norm, prefixes[norm])
            mentions.append(DocMention(start, end, "ORG", doc[start:end].text, rule="alias.org_short_form"))
            taken.update(range(start, end))
            break


def _repeated_org_names(doc: Doc, mentions: list[DocMention], taken: set[int]) -> None:
    """An organisation's name, as the NER tagged it once, is the organisation wherever else the
    article writes it untagged: '"The ban is final," VOLTAR spokesperson X said' after "VOLTAR
    banned ...". A one-word name must read as a name there (a proper noun, or an adjective or noun inside
    the sentence, as "Savanna spokesperson" is tagged), and must be no word of a person's name."""
    person_words = {w for m in mentions if m.label == "PERSON" for w in _words(normalise(m.text))}
    texts = columns(doc).text
    names = {
        tuple(texts[m.start : m.end])
        for m in mentions
        if m.label == "ORG" and not m.nested and m.end - m.start <= 8
    }
    names = {n for n in names if len(n) > 1 or lexicon.fold(n[0]) not in person_words}
    if not names:
        return
    longest = max(len(n) for n in names)
    first_words = {n[0] for n in names}
    found = []
    for start, word in enumerate(texts):
        if start in taken or not word[:1].isupper() or word not in first_words:
            continue
        tok = doc[start]
        for size in range(min(longest, len(doc) - tok.i), 0, -1):
            words = tuple(texts[tok.i : tok.i + size])
            if words not in names or any(i in taken for i in range(tok.i, tok.i + size)):
                continue
            if size == 1 and not (
                tok.pos_ == "PROPN" or (tok.pos_ in {"ADJ", "NOUN"} and not tok.is_sent_start)
            ):
                break
            text = doc[tok.i : tok.i + size].text
            found.append(DocMention(tok.i, tok.i + size, "ORG", text, rule="alias.org_repeat"))
            taken.update(range(tok.i, tok.i + size))
            break
    mentions.extend(found)


#: Nouns for another name: "known by the nom de guerre X", "known by the alias X".
_OTHER_NAME_NOUNS = frozenset({"name", "alias", "nickname", "pseudonym", "guerre", "moniker"})


def _names_known_as(doc: Doc, mentions: list[DocMention]) -> None:
    """ "the Korea Shipbuilders Federation, known as Kosfed", "a former commander known by the
    nom de guerre Abu Zubair": the second name is the first entity's, wherever the article uses it."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    aliases: dict[str, DocMention] = {}
    for i, lower in enumerate(columns(doc).lower):
        if lower != "known" or i + 2 >= len(doc):
            continue
        known = doc[i]
        k = known.i + 1
        if doc[k].lower_ == "as":
            k += 1
        elif doc[k].lower_ == "by":
            k += 1
            while k < len(doc) and k < known.i + 7 and doc[k].lower_ not in _OTHER_NAME_NOUNS:
                k += 1
            k += 1
        else:
            continue
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        alias = at.get(k)
        if alias is None or alias.start != k:
            continue
        # the entity the participle describes: its head, or the name that head stands beside
        head, owner = known.head, None
        for _ in range(3):
            owner = at.get(head.i)
            if owner is not None or head.dep_ != "appos":
                break
            head = head.head
        if owner is None or owner is alias or not owner.key or owner.type not in {"Person", "Organisation"}:
            continue
        aliases.setdefault(normalise(alias.text), owner)
    for m in mentions:
        owner = aliases.get(normalise(m.text))
        if owner is not None and m is not owner and m.type in {"Person", "Organisation", "Location"}:
            m.label, m.key, m.written = owner.label, owner.key, m.text
            m.surface = None


#: Words that end a company's full name and that news drops after the first mention.
_CORPORATE_SUFFIXES = frozenset(
    {
        "holdings", "holding", "group", "inc", "inc.", "ltd", "ltd.", "limited", "corp", "corp.",
        "corporation", "company", "co", "co.", "plc", "sa", "ag", "nv", "llc", "ab", "asa", "se",
        "spa", "gmbh", "bhd", "pty", "trading", "international", "a/s", "oyj", "oy", "bv", "kk", "srl",
        "sas", "sarl", "s.a.", "n.v.",
    }
)  # fmt: skip
#: Words for a company's trade that end its name and that news drops after the first mention,
#: when two proper words are left ("Partners", "Capital", "Securities"; not the "Foundation" or
#: "Institute" named for a person, whose name alone is the person's).
_TRADE_HEADS = frozenset(
    {
        "partners", "capital", "securities", "ventures", "analytics", "labs", "robotics", "pharma",
        "semiconductors", "semiconductor", "mining", "motors", "logistics", "systems", "technologies",
        "industries", "investments", "resources", "airlines", "airways", "shipping", "therapeutics",
        "biosciences", "electronics", "chemicals", "petroleum", "software", "solutions", "consulting",
        "insurance", "enterprises", "biologics", "metals", "minerals", "energy",
        # more trades companies are named for ("Hoang Long Textiles" -> "Hoang Long's chairman")
        "textiles", "apparel", "garments", "foods", "beverages", "breweries", "brewing", "cement",
        "steel", "construction", "engineering", "aerospace", "automotive", "devices", "instruments",
        "materials", "plastics", "pharmaceuticals", "healthcare", "hotels", "media", "telecom",
        "telecoms", "retail", "freight", "cargo", "marine", "shipyards", "refining", "copper", "gold",
        "agro", "fertilizers", "fertilisers", "mills", "dairy", "farms", "transport", "power",
    }
)  # fmt: skip
#: Of those, the legal forms that end only a company's name, never a person's or a common phrase's
#: ("Group", "Company", "International", "Trading" and short forms such as "Co", "SA", "AB" may).
_COMPANY_ENDINGS = _CORPORATE_SUFFIXES - frozenset(
    {"holding", "group", "company", "co", "co.", "sa", "nv", "ab", "asa", "se", "spa", "trading",
     "international", "a/s", "oy", "bv", "kk", "srl", "sas", "sarl"}
)  # fmt: skip


def _places_tagged_persons(mentions: list[DocMention]) -> None:
    """A name the article tags a place somewhere ("the town of X") and a person or an organisation
    elsewhere ("the X depot") is the place, unless it is a word of a longer person's name there (a
    surname the NER took for a town)."""
    places = {normalise(m.text) for m in mentions if m.label in {"LOC", "GPE"}}
    if not places:
        return
    names = [_words(normalise(m.text)) for m in mentions if m.label == "PERSON"]
    person_words = {w for words in names if len(words) > 1 for w in words}
    for m in mentions:
        norm = normalise(m.text)
        if m.label in {"PERSON", "ORG"} and norm in places and not set(_words(norm)) & person_words:
            m.label = "LOC"


def _type_votes(mentions: list[DocMention], persons: dict[str, list[int]]) -> dict[str, str]:
    """A name tagged PERSON in some places and ORG in others gets its majority label."""
    votes: dict[str, Counter] = {}
    for m in mentions:
        if m.label in {"PERSON", "ORG"}:
            votes.setdefault(normalise(m.text), Counter())[m.label] += 1
    out = {}
    for norm, counter in votes.items():
        if len(counter) > 1:
            words = norm.split()
            if words and words[-1] in {lexicon.fold(w) for w in lexicon.org_words()}:
                out[norm] = "ORG"
            else:
                out[norm] = counter.most_common(1)[0][0] if counter["PERSON"] != counter["ORG"] else "PERSON"
    return out
