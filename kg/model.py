"""Plain records passed between the stages. Nothing here imports spaCy or rdflib."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One cleaned news article.

    ``text`` is the cleaned text that the pipeline reads; every character offset kg
    records is a Python string index into it. The headline, when known, is the first
    paragraph of ``text`` too, so facts in headlines are found like any others.
    """

    id: str
    text: str
    title: str = ""
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    url: str | None = None
    source: str | None = None
    path: str | None = None  # the file it was read from, for messages


@dataclass(frozen=True)
class Evidence:
    """Where a fact was found and how sure we are of it."""

    article_id: str
    sentence: str
    begin: int  # character offsets of the triggering span in Article.text
    end: int
    rule: str
    confidence: float


@dataclass
class Mention:
    """A span of text that names (or stands for) an entity."""

    text: str
    begin: int
    end: int
    label: str  # PERSON, ORG, COUNTRY, LOC (kg's types, after repair)
    entity: str | None = None  # key of the Entity it resolves to
    rule: str = "ner"
    country: str | None = None  # ISO alpha-3 for country and demonym mentions


@dataclass
class Entity:
    """A resolved entity of one build: one node in the graph."""

    key: str  # stable key: type + normalised canonical name, or Wikidata id for countries
    type: str  # Person, Organisation, Country, Location
    name: str  # canonical label
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    articles: set[str] = field(default_factory=set)
    wikidata: str | None = None  # Q-id for countries
    iso2: str | None = None
    iso3: str | None = None


@dataclass(frozen=True)
class Relation:
    """A direct relation between two entities with its evidence.

    ``kind`` is one of ``locatedIn``, ``partOf``, ``citizenOf``, ``residesIn``.
    """

    kind: str
    subject: str  # entity keys
    object: str
    evidence: Evidence


@dataclass(frozen=True)
class Position:
    """A post held: ``holder`` (a person) in ``org`` (an organisation or country)."""

    holder: str
    org: str
    title: str
    former: bool
    prop: str  # the affiliatedWith sub-property: holdsPositionIn, leads, memberOf, worksFor, founded
    evidence: Evidence


@dataclass(frozen=True)
class Event:
    """An interaction between actors, coded with CAMEO."""

    actor: str
    target: str | None
    cameo: str  # e.g. "041"
    trigger: str
    evidence: Evidence
    date: str | None = None
    negated: bool = False
    modality: str | None = None  # e.g. "intent", "expected", "threatened"


@dataclass(frozen=True)
class Statement:
    """Something an actor said, directly quoted or reported."""

    speaker: str
    quote: str
    direct: bool
    evidence: Evidence


@dataclass(frozen=True)
class CorefLink:
    """A word or phrase that stands for an entity named elsewhere in the article ("he", "the
    minister", "the company", a surname alone, an acronym), and that entity: a resolution the
    extractor relied on, kept as evidence."""

    anaphor: str  # as written
    entity: str  # the entity key it resolves to
    evidence: Evidence


@dataclass
class ArticleFacts:
    """Everything extracted from one article, before resolution across articles."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    links: list[CorefLink] = field(default_factory=list)
