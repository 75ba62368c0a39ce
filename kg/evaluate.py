"""Score a built graph against hand-written gold annotations.

The evaluator reads only the RDF graph, through SPARQL on the public contract terms
(``ontology/README.md``), so it measures what a user of the graph would see, not the
extractor's internals. Gold lives in ``tests/gold/*.json``, one file per article::

    {"doc": "name.txt", "date": "2024-03-04",
     "entities": [{"id": "otieno", "type": "Person", "names": ["Amina Otieno", "Otieno"]}],
     "not_entities": ["COVID-19"],
     "relations": [
       {"s": "otieno", "cat": "affiliation", "o": "kenya", "role": "Foreign Minister"},
       {"s": "kenya", "cat": "interaction", "o": "uganda", "cameo": "04", "symmetric": true},
       {"s": "otieno", "cat": "statement", "o": null, "min": 2}]}

Scoring, in brief:

- Entities: a predicted node (typed ``kg:Person``, ``kg:Organisation``, ``kg:Country`` or
  ``kg:Location``) matches a gold entity of the same type when any of its names
  (``rdfs:label`` + ``skos:altLabel``, normalised by :func:`normalise_name`) is one of the
  gold names. One node per gold entity is the true positive; further nodes for the same
  entity are duplicates and count as false positives. A node whose names match a gold
  entity of another type, a ``not_entities`` string, or nothing at all is a false positive.
- Relations are compared as sets of gold-id pairs, after mapping each predicted endpoint
  through the entity matching (a duplicate node maps to the entity it duplicates).
  Interactions are compared as pairs (``symmetric`` gold pairs match either direction);
  the CAMEO root is scored separately, as an accuracy over matched pairs.
- Statements are scored by speaker.
- ``"required": false`` (on an entity or a relation) takes the item out of the score:
  finding it is not a true positive and missing it is not a false negative. Predicted
  relations that touch an optional entity and match no gold relation are ignored too.

Example
-------
>>> golds = load_gold([Path("tests/gold")])            # doctest: +SKIP
>>> report = evaluate(golds, {"article": graph})        # doctest: +SKIP
>>> print(format_table(report))                         # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, SKOS, Graph, URIRef
from rdflib.term import Node

from kg.errors import GoldError
from kg.vocab import KG

logger = logging.getLogger(__name__)

#: Entity types a gold entity may have (the local names of the ontology classes).
ENTITY_TYPES: tuple[str, ...] = ("Person", "Organisation", "Country", "Location")
#: Categories scored as (subject, object) pairs and counted in the overall relation score.
RELATION_CATEGORIES: tuple[str, ...] = (
    "affiliation",
    "located",
    "part_of",
    "nationality",
    "residence",
    "interaction",
)
#: Every category a gold relation may have.
CATEGORIES: tuple[str, ...] = (*RELATION_CATEGORIES, "statement")

_ACTORS = frozenset({"Person", "Organisation", "Country"})
# Domain and range of each category, as the ontology contract states them; a gold relation
# outside them could never be matched, so it is reported as a gold error.
_DOMAIN_RANGE: dict[str, tuple[frozenset[str], frozenset[str] | None]] = {
    "affiliation": (frozenset({"Person"}), frozenset({"Organisation", "Country"})),
    "located": (frozenset({"Organisation", "Location"}), frozenset({"Location", "Country"})),
    "part_of": (frozenset({"Organisation"}), frozenset({"Organisation"})),
    "nationality": (frozenset({"Person"}), frozenset({"Country"})),
    "residence": (frozenset({"Person"}), frozenset({"Location", "Country"})),
    "interaction": (_ACTORS, _ACTORS),
    "statement": (_ACTORS, None),
}
# The direct property read for each pair category, and the evidence node that backs it.
_PAIR_PROPERTY: dict[str, URIRef] = {
    "affiliation": KG.affiliatedWith,
    "located": KG.locatedIn,
    "part_of": KG.partOf,
    "nationality": KG.citizenOf,
    "residence": KG.residesIn,
}
_TYPE_IRI: dict[str, URIRef] = {name: KG[name] for name in ENTITY_TYPES}
_IRI_TYPE: dict[URIRef, str] = {iri: name for name, iri in _TYPE_IRI.items()}

_DOC_KEYS = {"doc", "date", "entities", "not_entities", "relations"}
_ENTITY_KEYS = {"id", "type", "names", "required"}
_RELATION_KEYS = {"s", "cat", "o", "role", "former", "cameo", "symmetric", "min", "required"}
# Keys that only make sense in one category: a "cameo" on an affiliation is a typo.
_CATEGORY_KEYS = {
    "role": {"affiliation"},
    "former": {"affiliation"},
    "cameo": {"interaction"},
    "symmetric": {"interaction"},
    "min": {"statement"},
}
_COMMENT_KEYS = {"comment", "note", "notes"}
_CAMEO_CODE = re.compile(r"\d{2,4}")

_NS = {"kg": KG._NS, "rdf": RDF, "rdfs": RDFS, "skos": SKOS}


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldEntity:
    """An entity the article names.

    Attributes
    ----------
    id:
        Identifier used by the gold relations.
    type:
        One of :data:`ENTITY_TYPES`.
    names:
        Surface forms; the first is the full name.
    required:
        ``False`` takes the entity out of the score (neither found nor missed).
    """

    id: str
    type: str
    names: tuple[str, ...]
    required: bool = True

    @property
    def name(self) -> str:
        """The full (first) name."""
        return self.names[0]


@dataclass(frozen=True)
class GoldRelation:
    """A fact the article states.

    Attributes
    ----------
    s, o:
        Gold entity ids; ``o`` is ``None`` for a statement.
    cat:
        One of :data:`CATEGORIES`.
    role, former:
        Affiliation only: the post as written and whether it is a former one.
    cameo:
        Interaction only: the CAMEO code (its first two digits are the root scored).
    symmetric:
        Interaction only: either direction matches.
    min:
        Statement only: how many statements the speaker makes (at least).
    required:
        ``False`` takes the fact out of the score.
    """

    s: str
    cat: str
    o: str | None
    role: str | None = None
    former: bool | None = None
    cameo: str | None = None
    symmetric: bool = False
    min: int = 1
    required: bool = True

    @property
    def cameo_root(self) -> str | None:
        """The two-digit CAMEO root, or ``None`` when the gold gives no code."""
        return self.cameo[:2] if self.cameo else None


@dataclass(frozen=True)
class GoldDoc:
    """The gold annotation of one article.

    Attributes
    ----------
    path:
        The gold JSON file.
    doc:
        The article's file name (relative to the gold file or to a search folder).
    date:
        The article's date (ISO 8601), when the gold gives it.
    """

    path: Path
    doc: str
    date: str | None
    entities: tuple[GoldEntity, ...]
    not_entities: tuple[str, ...]
    relations: tuple[GoldRelation, ...]

    @property
    def stem(self) -> str:
        """The article's file name without folder and suffix: the key of its graph."""
        return Path(self.doc).stem

    def entity(self, entity_id: str) -> GoldEntity:
        """Return the gold entity with id ``entity_id``."""
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        raise KeyError(entity_id)


class _GoldParser:
    """Checks one gold file's JSON and builds its :class:`GoldDoc`; errors name the file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, message: str) -> GoldError:
        prefix = f"{self.path}: {where}: " if where else f"{self.path}: "
        return GoldError(prefix + message)

    def check_keys(self, obj: Mapping[str, Any], allowed: set[str], where: str) -> None:
        unknown = sorted(
            k for k in obj if k not in allowed and k not in _COMMENT_KEYS and not k.startswith("_")
        )
        if unknown:
            raise self.fail(
                where,
                f"unknown key(s) {', '.join(map(repr, unknown))}; expected some of "
                f"{', '.join(sorted(allowed))} (or a key starting with '_' for a comment)",
            )

    def get(self, obj: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
        if key not in obj:
            raise self.fail(where, f"missing key {key!r}")
        return self.typed(obj[key], key, kind, where)

    def typed(self, value: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
        # bool is an int in Python; a count of `true` is a mistake.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            kinds = kind if isinstance(kind, tuple) else (kind,)
            wanted = " or ".join(_JSON_NAMES.get(k, k.__name__) for k in kinds)
            raise self.fail(where, f"{key!r} must be {wanted}, not {json.dumps(value)}")
        return value

    def parse(self, data: Any) -> GoldDoc:
        if not isinstance(data, dict):
            raise self.fail("", "the top level must be a JSON object")
        self.check_keys(data, _DOC_KEYS, "top level")
        doc = self.get(data, "doc", str, "top level")
        if not doc.strip():
            raise self.fail("top level", "'doc' is empty; give the article's file name")
        when = data.get("date")
        if when is not None:
            self.typed(when, "date", str, "top level")
            try:
                date.fromisoformat(when)
            except ValueError as err:
                raise self.fail("top level", f"'date' {when!r} is not an ISO date (YYYY-MM-DD)") from err
        raw_entities = self.get(data, "entities", list, "top level")
        raw_relations = self.get(data, "relations", list, "top level")
        not_entities = self.typed(data.get("not_entities", []), "not_entities", list, "top level")
        for i, text in enumerate(not_entities):
            self.typed(text, f"not_entities[{i}]", str, "top level")

        entities = [self.parse_entity(i, raw) for i, raw in enumerate(raw_entities)]
        by_id: dict[str, GoldEntity] = {}
        for i, ent in enumerate(entities):
            if ent.id in by_id:
                raise self.fail(f"entities[{i}]", f"duplicate entity id {ent.id!r}")
            by_id[ent.id] = ent
        banned = {normalise_name(t): t for t in not_entities}
        for ent in entities:
            for name in ent.names:
                if normalise_name(name) in banned:
                    raise self.fail(
                        f"entity {ent.id!r}",
                        f"name {name!r} is also listed in not_entities ({banned[normalise_name(name)]!r})",
                    )
        relations = tuple(self.parse_relation(i, raw, by_id) for i, raw in enumerate(raw_relations))
        return GoldDoc(
            path=self.path,
            doc=doc,
            date=when,
            entities=tuple(entities),
            not_entities=tuple(not_entities),
            relations=relations,
        )

    def parse_entity(self, i: int, raw: Any) -> GoldEntity:
        where = f"entities[{i}]"
        if not isinstance(raw, dict):
            raise self.fail(where, "each entity must be a JSON object")
        self.check_keys(raw, _ENTITY_KEYS, where)
        ent_id = self.get(raw, "id", str, where)
        where = f"entities[{i}] ({ent_id!r})"
        kind = self.get(raw, "type", str, where)
        if kind not in ENTITY_TYPES:
            raise self.fail(where, f"unknown type {kind!r}; expected one of {', '.join(ENTITY_TYPES)}")
        names = self.get(raw, "names", list, where)
        if not names:
            raise self.fail(where, "'names' is empty; give at least the full name")
        for j, name in enumerate(names):
            self.typed(name, f"names[{j}]", str, where)
            if not normalise_name(name):
                raise self.fail(where, f"names[{j}] {name!r} is empty once normalised")
        required = self.typed(raw.get("required", True), "required", bool, where)
        return GoldEntity(id=ent_id, type=kind, names=tuple(names), required=required)

    def parse_relation(self, i: int, raw: Any, by_id: Mapping[str, GoldEntity]) -> GoldRelation:
        where = f"relations[{i}]"
        if not isinstance(raw, dict):
            raise self.fail(where, "each relation must be a JSON object")
        self.check_keys(raw, _RELATION_KEYS, where)
        cat = self.get(raw, "cat", str, where)
        if cat not in CATEGORIES:
            raise self.fail(where, f"unknown category {cat!r}; expected one of {', '.join(CATEGORIES)}")
        where = f"relations[{i}] ({cat})"
        for key, cats in _CATEGORY_KEYS.items():
            if key in raw and cat not in cats:
                raise self.fail(where, f"key {key!r} only applies to {', '.join(sorted(cats))}")
        subject = self.get(raw, "s", str, where)
        if cat == "statement":
            obj = self.typed(raw.get("o"), "o", (str, type(None)), where)
        else:
            obj = self.get(raw, "o", str, where)
        domain, range_ = _DOMAIN_RANGE[cat]
        for key, ent_id, allowed in (("s", subject, domain), ("o", obj, range_)):
            if ent_id is None:
                continue
            if ent_id not in by_id:
                raise self.fail(
                    where, f"{key!r} is {ent_id!r}, which is not the id of an entity in this file"
                )
            if allowed is not None and by_id[ent_id].type not in allowed:
                raise self.fail(
                    where,
                    f"{key!r} {ent_id!r} is a {by_id[ent_id].type}; {cat} takes "
                    f"{' or '.join(sorted(allowed))} there",
                )
        cameo = raw.get("cameo")
        if cameo is not None:
            self.typed(cameo, "cameo", str, where)
            if not _CAMEO_CODE.fullmatch(cameo) or not 1 <= int(cameo[:2]) <= 20:
                raise self.fail(where, f'\'cameo\' {cameo!r} is not a CAMEO code such as "04" or "042"')
        role = self.typed(raw.get("role"), "role", (str, type(None)), where)
        former = self.typed(raw.get("former"), "former", (bool, type(None)), where)
        symmetric = self.typed(raw.get("symmetric", False), "symmetric", bool, where)
        minimum = self.typed(raw.get("min", 1), "min", int, where)
        if minimum < 1:
            raise self.fail(where, f"'min' must be at least 1, not {minimum}")
        required = self.typed(raw.get("required", True), "required", bool, where)
        return GoldRelation(
            s=subject,
            cat=cat,
            o=obj,
            role=role,
            former=former,
            cameo=cameo,
            symmetric=symmetric,
            min=minimum,
            required=required,
        )


_JSON_NAMES: dict[type, str] = {
    str: "a string",
    int: "an integer",
    bool: "true or false",
    list: "a list",
    dict: "an object",
    type(None): "null",
}


def load_gold(paths: Sequence[Path | str]) -> list[GoldDoc]:
    """Read gold annotation files.

    Parameters
    ----------
    paths:
        JSON files, or folders searched recursively for ``*.json`` (in sorted order).

    Returns
    -------
    list of GoldDoc
        One per file, in the order found.

    Raises
    ------
    GoldError
        A path does not exist, a folder holds no gold file, a file is not valid JSON or
        not valid gold (missing key, unknown category or type, a relation naming an
        entity id the file does not define, ...), or two files annotate the same article.
        The message names the file and what is wrong.

    Example
    -------
    >>> [g.doc for g in load_gold([Path("tests/gold")])]   # doctest: +SKIP
    ['xi-cuba-socialism.txt']
    """
    files: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.json") if p.is_file())
            if not found:
                raise GoldError(f"{path}: no gold files (*.json) in this folder")
            files.update(dict.fromkeys(found))
        elif path.is_file():
            files[path] = None
        else:
            raise GoldError(f"{path}: no such gold file or folder")
    golds = [_load_gold_file(path) for path in files]
    seen: dict[str, GoldDoc] = {}
    for gold in golds:
        if gold.stem in seen:
            raise GoldError(
                f"{gold.path}: annotates {gold.doc!r}, which {seen[gold.stem].path} annotates too; "
                "keep one gold file per article"
            )
        seen[gold.stem] = gold
    return golds


def _load_gold_file(path: Path) -> GoldDoc:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise GoldError(f"{path}: cannot read the gold file: {err}") from err
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise GoldError(f"{path}: not valid JSON: {err.msg} (line {err.lineno}, column {err.colno})") from err
    return _GoldParser(path).parse(data)


def resolve_doc_path(gold: GoldDoc, search_dirs: Sequence[Path | str] = ()) -> Path:
    """Find the article a gold file annotates.

    Parameters
    ----------
    gold:
        The gold annotation.
    search_dirs:
        Folders to look in (e.g. ``seeds/``) when the article is not beside the gold file.

    Returns
    -------
    Path
        The first of ``<gold folder>/<doc>``, ``<search dir>/<doc>``, ... that exists.

    Raises
    ------
    GoldError
        The article is in none of these places.
    """
    doc = Path(gold.doc)
    candidates = [doc] if doc.is_absolute() else [gold.path.parent / doc]
    if not doc.is_absolute():
        candidates += [Path(d) / doc for d in search_dirs]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise GoldError(
        f"{gold.path}: the article {gold.doc!r} was not found (looked in {looked}); "
        "put it beside the gold file or pass the folder that holds it"
    )


# --------------------------------------------------------------------------- names

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
_DASHES = re.compile(r"[-\u2010-\u2015\u2212]+")
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " \t\n'\",;:!?()[]{}"


def normalise_name(name: str) -> str:
    """Normalise a name for matching.

    Casefolds, strips accents, unifies quotes and apostrophes, drops dots, turns hyphens
    and dashes into spaces, strips a possessive ``'s``, a leading "the" and surrounding
    punctuation, and collapses whitespace.

    Examples
    --------
    >>> normalise_name("U.S.") == normalise_name("US")
    True
    >>> normalise_name("Díaz-Canel")
    'diaz canel'
    >>> normalise_name("the Global Times’s")
    'global times'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_QUOTES).casefold()
    text = _DASHES.sub(" ", text.replace(".", ""))
    text = _SPACES.sub(" ", text).strip(_EDGE_PUNCT)
    if text.endswith("'s"):
        text = text[:-2]
    text = text.strip(_EDGE_PUNCT)
    if text.startswith("the "):
        text = text[4:]
    return _SPACES.sub(" ", text).strip(_EDGE_PUNCT)


# --------------------------------------------------------------------------- scores


@dataclass
class Counts:
    """True positives, false positives and false negatives, with P/R/F1.

    With nothing predicted and nothing to find, precision, recall and F1 are 1.0 (there
    was nothing to get wrong); :attr:`empty` tells that case apart.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def empty(self) -> bool:
        """Nothing was predicted and nothing was expected."""
        return self.tp == self.fp == self.fn == 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp)."""
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn)."""
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The counts and the three scores."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class Evidence:
    """The evidence node behind a predicted fact."""

    node: str
    sentence: str | None = None
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"node": self.node, "sentence": self.sentence, "rule": self.rule}


@dataclass(frozen=True)
class Fact:
    """A missed gold fact, a spurious predicted fact, or a note (wrong CAMEO root, ...).

    Attributes
    ----------
    category:
        ``entity:<Type>``, a relation category, ``cameo`` or ``statement count``.
    description:
        A readable account with names.
    evidence:
        For predicted facts: the backing evidence nodes (sentence and rule).
    """

    category: str
    description: str
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "category": self.category,
            "description": self.description,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class SpeakerCount:
    """How many statements a gold speaker makes, against how many the graph has."""

    speaker: str
    name: str
    predicted: int
    gold_min: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "speaker": self.speaker,
            "name": self.name,
            "predicted": self.predicted,
            "gold_min": self.gold_min,
        }


@dataclass
class DocScore:
    """The score of one article's graph against its gold.

    Attributes
    ----------
    entities:
        Counts per entity type.
    relations:
        Counts per category in :data:`RELATION_CATEGORIES`.
    statements:
        Statement speakers: found, spurious, missed.
    cameo_right, cameo_total:
        Matched interaction pairs (with a gold CAMEO code) and how many have the right root.
    statements_predicted, statements_gold_min:
        Statement nodes in the graph, and the sum of the gold minimums of required speakers.
    speakers:
        Per required gold speaker: predicted count against the gold minimum.
    matches:
        Predicted entity IRI -> the gold id it was mapped to (true positives, duplicates
        and optional entities).
    missed, spurious, notes:
        What ``--explain`` shows.
    """

    doc: str
    gold_path: Path
    entities: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in ENTITY_TYPES})
    relations: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in RELATION_CATEGORIES})
    statements: Counts = field(default_factory=Counts)
    cameo_right: int = 0
    cameo_total: int = 0
    statements_predicted: int = 0
    statements_gold_min: int = 0
    speakers: list[SpeakerCount] = field(default_factory=list)
    matches: dict[str, str] = field(default_factory=dict)
    missed: list[Fact] = field(default_factory=list)
    spurious: list[Fact] = field(default_factory=list)
    notes: list[Fact] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "doc": self.doc,
            "gold": str(self.gold_path),
            "entities": {t: c.to_dict() for t, c in self.entities.items()},
            "relations": {c: n.to_dict() for c, n in self.relations.items()},
            "statements": self.statements.to_dict(),
            "statements_predicted": self.statements_predicted,
            "statements_gold_min": self.statements_gold_min,
            "speakers": [s.to_dict() for s in self.speakers],
            "cameo": {"right": self.cameo_right, "total": self.cameo_total},
            "matches": dict(sorted(self.matches.items())),
            "missed": [f.to_dict() for f in self.missed],
            "spurious": [f.to_dict() for f in self.spurious],
            "notes": [f.to_dict() for f in self.notes],
        }


def _total(counts: Iterable[Counts]) -> Counts:
    out = Counts()
    for c in counts:
        out = out + c
    return out


@dataclass
class EvalReport:
    """Scores over several documents, micro-averaged (counts are summed, then divided)."""

    docs: list[DocScore] = field(default_factory=list)

    def entity_type_counts(self) -> dict[str, Counts]:
        """Counts per entity type."""
        return {t: _total(d.entities[t] for d in self.docs) for t in ENTITY_TYPES}

    def entity_counts(self) -> Counts:
        """Counts over all entity types."""
        return _total(self.entity_type_counts().values())

    def category_counts(self) -> dict[str, Counts]:
        """Counts per relation category (statements excluded)."""
        return {c: _total(d.relations[c] for d in self.docs) for c in RELATION_CATEGORIES}

    def relation_counts(self) -> Counts:
        """Counts over affiliation, located, part_of, nationality, residence and interaction pairs."""
        return _total(self.category_counts().values())

    def statement_counts(self) -> Counts:
        """Statement speakers."""
        return _total(d.statements for d in self.docs)

    def entity_f1(self) -> float:
        """F1 over all entities."""
        return self.entity_counts().f1

    def relation_f1(self) -> float:
        """F1 over all relations (not statements)."""
        return self.relation_counts().f1

    def statement_f1(self) -> float:
        """F1 over statement speakers."""
        return self.statement_counts().f1

    @property
    def cameo_right(self) -> int:
        """Matched interaction pairs with the right CAMEO root."""
        return sum(d.cameo_right for d in self.docs)

    @property
    def cameo_total(self) -> int:
        """Matched interaction pairs with a gold CAMEO code."""
        return sum(d.cameo_total for d in self.docs)

    def cameo_accuracy(self) -> float | None:
        """Right-root matched pairs / matched pairs, or ``None`` when no pair matched."""
        return self.cameo_right / self.cameo_total if self.cameo_total else None

    def to_dict(self) -> dict[str, Any]:
        """Every score, overall and per document, ready for ``json.dumps``."""
        types = self.entity_type_counts()
        cats = self.category_counts()
        return {
            "documents": len(self.docs),
            "entities": {"all": self.entity_counts().to_dict()} | {t: c.to_dict() for t, c in types.items()},
            "relations": {"all": self.relation_counts().to_dict()}
            | {c: n.to_dict() for c, n in cats.items()},
            "statements": {
                **self.statement_counts().to_dict(),
                "predicted": sum(d.statements_predicted for d in self.docs),
                "gold_min": sum(d.statements_gold_min for d in self.docs),
            },
            "cameo": {
                "right": self.cameo_right,
                "total": self.cameo_total,
                "accuracy": self.cameo_accuracy(),
            },
            "docs": [d.to_dict() for d in self.docs],
        }


# --------------------------------------------------------------------------- reading the graph


@dataclass
class _Node:
    iri: URIRef
    type: str
    label: str | None
    names: tuple[str, ...]
    norm: frozenset[str]
    mentions: int

    @property
    def display(self) -> str:
        if self.label:
            return self.label
        return str(self.iri).rstrip("/").rsplit("/", 1)[-1]


def _str(value: Node | None) -> str | None:
    return None if value is None else str(value)


def _read_entities(graph: Graph) -> dict[URIRef, _Node]:
    rows = graph.query(
        """SELECT ?node ?type ?label ?alt ?count WHERE {
             VALUES ?type { kg:Person kg:Organisation kg:Country kg:Location }
             ?node a ?type .
             OPTIONAL { ?node rdfs:label ?label }
             OPTIONAL { ?node skos:altLabel ?alt }
             OPTIONAL { ?node kg:mentionCount ?count }
           }""",
        initNs=_NS,
    )
    types: dict[URIRef, set[str]] = defaultdict(set)
    labels: dict[URIRef, set[str]] = defaultdict(set)
    alts: dict[URIRef, set[str]] = defaultdict(set)
    counts: dict[URIRef, int] = {}
    for node, kind, label, alt, count in rows:  # type: ignore[misc]
        if not isinstance(node, URIRef):
            continue
        types[node].add(_IRI_TYPE[kind])
        if label is not None:
            labels[node].add(str(label))
        if alt is not None:
            alts[node].add(str(alt))
        if count is not None:
            with contextlib.suppress(TypeError, ValueError):
                counts[node] = int(count.toPython())
    nodes: dict[URIRef, _Node] = {}
    for iri in sorted(types):
        # The contract says one type per node; if a graph breaks it, score the node once.
        kind = next(t for t in ENTITY_TYPES if t in types[iri])
        if len(types[iri]) > 1:
            logger.warning(
                "%s has several entity types (%s); scoring it as %s", iri, ", ".join(sorted(types[iri])), kind
            )
        label_list = sorted(labels[iri])
        names = tuple(label_list + sorted(alts[iri] - labels[iri]))
        norm = frozenset(n for n in (normalise_name(x) for x in names) if n)
        nodes[iri] = _Node(iri, kind, label_list[0] if label_list else None, names, norm, counts.get(iri, 0))
    return nodes


def _evidence(ev: Node | None, sentence: Node | None, rule: Node | None) -> Evidence | None:
    if ev is None:
        return None
    return Evidence(str(ev), _str(sentence), _str(rule))


def _read_pairs(graph: Graph, category: str) -> dict[tuple[URIRef, URIRef], set[Evidence]]:
    prop = _PAIR_PROPERTY[category]
    if category == "affiliation":
        backing = "?ev a kg:Position ; kg:holder ?s ; kg:postIn ?o ."
    else:
        backing = f"?ev a kg:Assertion ; rdf:subject ?s ; rdf:predicate <{prop}> ; rdf:object ?o ."
    rows = graph.query(
        f"""SELECT ?s ?o ?ev ?sentence ?rule WHERE {{
              ?s <{prop}> ?o .
              OPTIONAL {{ {backing}
                         OPTIONAL {{ ?ev kg:sentence ?sentence }}
                         OPTIONAL {{ ?ev kg:rule ?rule }} }}
            }}""",
        initNs=_NS,
    )
    out: dict[tuple[URIRef, URIRef], set[Evidence]] = defaultdict(set)
    for s, o, ev, sentence, rule in rows:  # type: ignore[misc]
        found = out[(s, o)]
        item = _evidence(ev, sentence, rule)
        if item is not None:
            found.add(item)
    return out


@dataclass(frozen=True)
class _Event:
    node: URIRef
    actor: URIRef
    target: URIRef
    code: str
    trigger: str | None
    evidence: Evidence


def _read_events(graph: Graph) -> list[_Event]:
    rows = graph.query(
        """SELECT ?ev ?a ?t ?c ?trigger ?sentence ?rule WHERE {
             ?ev a kg:Event ; kg:actor ?a ; kg:target ?t ; kg:cameoCode ?c .
             OPTIONAL { ?ev kg:trigger ?trigger }
             OPTIONAL { ?ev kg:sentence ?sentence }
             OPTIONAL { ?ev kg:rule ?rule }
           }""",
        initNs=_NS,
    )
    events = {
        _Event(ev, a, t, str(c), _str(trigger), Evidence(str(ev), _str(sentence), _str(rule)))
        for ev, a, t, c, trigger, sentence, rule in rows  # type: ignore[misc]
    }
    return sorted(events, key=lambda e: (str(e.node), e.code, str(e.actor), str(e.target)))


def _read_statements(graph: Graph) -> list[tuple[URIRef, Evidence, str | None]]:
    rows = graph.query(
        """SELECT ?ev ?speaker ?quote ?sentence ?rule WHERE {
             ?ev a kg:Statement ; kg:speaker ?speaker .
             OPTIONAL { ?ev kg:quote ?quote }
             OPTIONAL { ?ev kg:sentence ?sentence }
             OPTIONAL { ?ev kg:rule ?rule }
           }""",
        initNs=_NS,
    )
    seen: dict[tuple[str, str], tuple[URIRef, Evidence, str | None]] = {}
    for ev, speaker, quote, sentence, rule in rows:  # type: ignore[misc]
        seen.setdefault(
            (str(ev), str(speaker)), (speaker, Evidence(str(ev), _str(sentence), _str(rule)), _str(quote))
        )
    return [seen[k] for k in sorted(seen)]


# --------------------------------------------------------------------------- matching

# Why a predicted node was not a true positive.
_MATCH, _DUPLICATE, _OPTIONAL, _WRONG_TYPE, _NOT_ENTITY, _UNMATCHED = (
    "match",
    "duplicate",
    "optional",
    "wrong type",
    "not entity",
    "unmatched",
)


@dataclass
class _Matching:
    gold_of: dict[URIRef, str]  # node -> gold id (match, duplicate, optional)
    status: dict[URIRef, str]
    other: dict[URIRef, str]  # wrong type: the gold id whose names it has
    winner: dict[str, URIRef]  # gold id -> the true-positive node


def _match_entities(gold: GoldDoc, nodes: Mapping[URIRef, _Node]) -> _Matching:
    gold_norm = {g.id: frozenset(normalise_name(n) for n in g.names) for g in gold.entities}
    full_name = {g.id: normalise_name(g.names[0]) for g in gold.entities}
    order = {g.id: i for i, g in enumerate(gold.entities)}
    banned = {normalise_name(t) for t in gold.not_entities}
    result = _Matching({}, {}, {}, {})
    claims: dict[str, list[URIRef]] = defaultdict(list)

    for iri, node in nodes.items():
        if node.norm & banned:
            result.status[iri] = _NOT_ENTITY
            continue
        label = normalise_name(node.label) if node.label else None
        same = [g for g in gold.entities if g.type == node.type and gold_norm[g.id] & node.norm]
        if same:
            best = max(
                same,
                key=lambda g: (label == full_name[g.id], len(gold_norm[g.id] & node.norm), -order[g.id]),
            )
            result.gold_of[iri] = best.id
            claims[best.id].append(iri)
            continue
        other = [g for g in gold.entities if gold_norm[g.id] & node.norm]
        if other:
            result.status[iri] = _WRONG_TYPE
            result.other[iri] = other[0].id
        else:
            result.status[iri] = _UNMATCHED

    for gold_id, claimants in claims.items():
        ent = gold.entity(gold_id)
        if not ent.required:
            for iri in claimants:
                result.status[iri] = _OPTIONAL
            continue

        def rank(iri: URIRef, gid: str = gold_id) -> tuple[bool, bool, int, int]:
            node = nodes[iri]
            label = normalise_name(node.label) if node.label else None
            return (
                label == full_name[gid],
                label in gold_norm[gid],
                len(gold_norm[gid] & node.norm),
                node.mentions,
            )

        # Highest rank wins; ties go to the smallest IRI so the result is deterministic.
        ranked = sorted(claimants, key=lambda i: (tuple(-int(x) for x in rank(i)), str(i)))
        result.winner[gold_id] = ranked[0]
        result.status[ranked[0]] = _MATCH
        for iri in ranked[1:]:
            result.status[iri] = _DUPLICATE
    return result


# Endpoint keys: ("gold", id) for a node mapped to a gold entity, ("node", iri) otherwise.
_Key = tuple[str, str]


class _Scorer:
    """Scores one document; holds what the steps share."""

    def __init__(self, gold: GoldDoc, graph: Graph) -> None:
        self.gold = gold
        self.graph = graph
        self.nodes = _read_entities(graph)
        self.matching = _match_entities(gold, self.nodes)
        self.score = DocScore(doc=gold.doc, gold_path=gold.path)
        self.score.matches = {str(i): g for i, g in self.matching.gold_of.items()}

    # --- helpers

    def key(self, iri: URIRef) -> _Key:
        gold_id = self.matching.gold_of.get(iri)
        return ("gold", gold_id) if gold_id is not None else ("node", str(iri))

    def optional(self, key: _Key) -> bool:
        return key[0] == "gold" and not self.gold.entity(key[1]).required

    def name(self, key: _Key) -> str:
        if key[0] == "gold":
            return self.gold.entity(key[1]).name
        node = self.nodes.get(URIRef(key[1]))
        if node is None:
            return f"<{key[1]}> (not an entity)"
        return f'"{node.display}" (no gold match: {self.matching.status.get(node.iri, _UNMATCHED)})'

    # --- steps

    def entities(self) -> None:
        score, matching = self.score, self.matching
        for ent in self.gold.entities:
            if not ent.required:
                continue
            if ent.id in matching.winner:
                score.entities[ent.type].tp += 1
            else:
                score.entities[ent.type].fn += 1
                score.missed.append(Fact(f"entity:{ent.type}", f'{ent.type} "{ent.name}" (id {ent.id})'))
        for iri, node in self.nodes.items():
            status = matching.status[iri]
            if status in (_MATCH, _OPTIONAL):
                continue
            score.entities[node.type].fp += 1
            if status == _DUPLICATE:
                gid = matching.gold_of[iri]
                winner = self.nodes[matching.winner[gid]]
                why = (
                    f"duplicate of {self.gold.entity(gid).name!r} "
                    f'(matched by "{winner.display}" <{winner.iri}>)'
                )
            elif status == _WRONG_TYPE:
                other = self.gold.entity(matching.other[iri])
                why = f"wrong type: gold has {other.name!r} as {other.type}"
            elif status == _NOT_ENTITY:
                why = "listed in not_entities"
            else:
                why = "no gold entity has this name"
            names = ", ".join(repr(n) for n in node.names) or "no names"
            score.spurious.append(
                Fact(f"entity:{node.type}", f'{node.type} "{node.display}" <{iri}> [{names}]: {why}')
            )

    def _match_pairs(
        self,
        category: str,
        predicted: Mapping[tuple[_Key, _Key], Any],
    ) -> tuple[list[tuple[GoldRelation, set[tuple[_Key, _Key]]]], set[tuple[_Key, _Key]]]:
        """Match gold pairs of one category; return (required gold, hits) and unconsumed predictions."""
        consumed: set[tuple[_Key, _Key]] = set()
        matched: list[tuple[GoldRelation, set[tuple[_Key, _Key]]]] = []
        counts = self.score.relations[category]
        seen: set[tuple[str, str, bool]] = set()
        for rel in self.gold.relations:
            if rel.cat != category or rel.o is None:
                continue
            s, o = ("gold", rel.s), ("gold", rel.o)
            accepted = {(s, o), (o, s)} if rel.symmetric else {(s, o)}
            hits = {p for p in accepted if p in predicted}
            consumed |= hits
            ident = (*sorted((rel.s, rel.o)), True) if rel.symmetric else (rel.s, rel.o, False)
            # Several gold entries for one pair (two roles in one organisation) are one fact.
            if not rel.required or ident in seen:
                continue
            seen.add(ident)
            if hits:
                counts.tp += 1
                matched.append((rel, hits))
            else:
                counts.fn += 1
                self.score.missed.append(Fact(category, self.describe_gold(rel)))
        return matched, set(predicted) - consumed

    @staticmethod
    def _same_pair(a: GoldRelation, b: GoldRelation) -> bool:
        pairs_a = {(a.s, a.o), (a.o, a.s)} if a.symmetric else {(a.s, a.o)}
        pairs_b = {(b.s, b.o), (b.o, b.s)} if b.symmetric else {(b.s, b.o)}
        return pairs_a == pairs_b

    def describe_gold(self, rel: GoldRelation) -> str:
        s = self.gold.entity(rel.s).name
        if rel.cat == "statement":
            return f"statement by {s} (at least {rel.min})"
        o = self.gold.entity(rel.o).name if rel.o else "?"
        extra = []
        if rel.role:
            extra.append(f"role {rel.role!r}")
        if rel.former:
            extra.append("former")
        if rel.cameo:
            extra.append(f"CAMEO {rel.cameo}")
        if rel.symmetric:
            extra.append("either direction")
        tail = f" ({', '.join(extra)})" if extra else ""
        return f"{rel.cat}: {s} -> {o}{tail}"

    def pairs(self, category: str) -> None:
        raw = _read_pairs(self.graph, category)
        predicted: dict[tuple[_Key, _Key], set[Evidence]] = defaultdict(set)
        for (s, o), evidence in raw.items():
            predicted[(self.key(s), self.key(o))] |= evidence
        _, leftover = self._match_pairs(category, predicted)
        for s, o in sorted(leftover):
            if self.optional(s) or self.optional(o):
                continue
            self.score.relations[category].fp += 1
            evidence = tuple(sorted(predicted[(s, o)], key=lambda e: e.node))
            self.score.spurious.append(
                Fact(category, f"{category}: {self.name(s)} -> {self.name(o)}", evidence)
            )

    def interactions(self) -> None:
        events: dict[tuple[_Key, _Key], list[_Event]] = defaultdict(list)
        for event in _read_events(self.graph):
            events[(self.key(event.actor), self.key(event.target))].append(event)
        matched, leftover = self._match_pairs("interaction", events)
        for rel, hits in matched:
            roots = {
                r.cameo_root
                for r in self.gold.relations
                if r.cat == "interaction" and r.cameo and self._same_pair(r, rel)
            }
            if not roots:
                continue
            self.score.cameo_total += 1
            found = [e for pair in sorted(hits) for e in events[pair]]
            if any(e.code[:2] in roots for e in found):
                self.score.cameo_right += 1
            else:
                codes = ", ".join(sorted({e.code for e in found}))
                self.score.notes.append(
                    Fact(
                        "cameo",
                        f"interaction {self.name(('gold', rel.s))} -> {self.name(('gold', str(rel.o)))}: "
                        f"gold CAMEO root {', '.join(sorted(roots))}, predicted {codes}",
                        tuple(e.evidence for e in found),
                    )
                )
        for s, o in sorted(leftover):
            if self.optional(s) or self.optional(o):
                continue
            self.score.relations["interaction"].fp += 1
            found = events[(s, o)]
            codes = ", ".join(sorted({f"{e.code}" + (f" {e.trigger!r}" if e.trigger else "") for e in found}))
            self.score.spurious.append(
                Fact(
                    "interaction",
                    f"interaction: {self.name(s)} -> {self.name(o)} (CAMEO {codes})",
                    tuple(e.evidence for e in found),
                )
            )

    def statements(self) -> None:
        predicted = _read_statements(self.graph)
        self.score.statements_predicted = len(predicted)
        by_speaker: dict[_Key, list[Evidence]] = defaultdict(list)
        for speaker, evidence, _quote in predicted:
            by_speaker[self.key(speaker)].append(evidence)
        gold_min: dict[str, int] = {}
        gold_required: dict[str, bool] = {}
        for rel in self.gold.relations:
            if rel.cat == "statement":
                gold_min[rel.s] = max(gold_min.get(rel.s, 0), rel.min)
                gold_required[rel.s] = gold_required.get(rel.s, False) or rel.required
        counts = self.score.statements
        for speaker, minimum in gold_min.items():
            if not gold_required[speaker] or not self.gold.entity(speaker).required:
                continue
            found = len(by_speaker.get(("gold", speaker), []))
            name = self.gold.entity(speaker).name
            self.score.statements_gold_min += minimum
            self.score.speakers.append(SpeakerCount(speaker, name, found, minimum))
            if found:
                counts.tp += 1
            else:
                counts.fn += 1
                self.score.missed.append(Fact("statement", f"statement by {name} (at least {minimum})"))
            if 0 < found < minimum:
                self.score.notes.append(
                    Fact(
                        "statement count",
                        f"statements by {name}: {found} predicted, gold has at least {minimum}",
                    )
                )
        for key in sorted(by_speaker):
            if (key[0] == "gold" and key[1] in gold_min) or self.optional(key):
                continue
            counts.fp += 1
            evidence = tuple(by_speaker[key])
            self.score.spurious.append(
                Fact("statement", f"statement by {self.name(key)} ({len(evidence)} in the graph)", evidence)
            )


def score_document(gold: GoldDoc, graph: Graph) -> DocScore:
    """Score the graph built from one article against the article's gold.

    Parameters
    ----------
    gold:
        The article's gold annotation.
    graph:
        The graph kg built from that article alone.

    Returns
    -------
    DocScore
        Counts per entity type and per category, CAMEO root accuracy, statement counts,
        and the missed and spurious facts for ``--explain``.
    """
    scorer = _Scorer(gold, graph)
    scorer.entities()
    for category in _PAIR_PROPERTY:
        scorer.pairs(category)
    scorer.interactions()
    scorer.statements()
    logger.debug(
        "scored %s: %d missed, %d spurious", gold.doc, len(scorer.score.missed), len(scorer.score.spurious)
    )
    return scorer.score


def evaluate(golds: Sequence[GoldDoc], graphs: Mapping[str, Graph]) -> EvalReport:
    """Score many articles.

    Parameters
    ----------
    golds:
        Gold annotations, e.g. from :func:`load_gold`.
    graphs:
        The graph built from each article, keyed by :attr:`GoldDoc.stem` (the article file
        name without suffix); the gold file's own stem is accepted as a fallback.

    Returns
    -------
    EvalReport

    Raises
    ------
    GoldError
        No graph was given for a gold document.
    """
    report = EvalReport()
    for gold in golds:
        graph = graphs.get(gold.stem)
        if graph is None:
            graph = graphs.get(gold.path.stem)
        if graph is None:
            raise GoldError(f"{gold.path}: no graph was built for {gold.doc!r} (expected key {gold.stem!r})")
        report.docs.append(score_document(gold, graph))
    return report


# --------------------------------------------------------------------------- output


def _row(label: str, counts: Counts, width: int) -> str:
    if counts.empty:
        scores = f"{'-':>9}  {'-':>6}  {'-':>5}"
    else:
        scores = f"{counts.precision:>9.3f}  {counts.recall:>6.3f}  {counts.f1:>5.3f}"
    return f"{label:<{width}}  {counts.tp:>3}  {counts.fp:>3}  {counts.fn:>3}  {scores}"


def format_table(report: EvalReport) -> str:
    """Precision, recall and F1 per entity type and category as a fixed-width table.

    Rows with nothing predicted and nothing expected show ``-`` for the scores.
    """
    rows: list[tuple[str, Counts]] = [(f"entity:{t}", c) for t, c in report.entity_type_counts().items()]
    rows.append(("entities (all)", report.entity_counts()))
    rows += list(report.category_counts().items())
    rows.append(("relations (all)", report.relation_counts()))
    rows.append(("statements (by speaker)", report.statement_counts()))
    width = max(len(label) for label, _ in rows)
    header = f"{'category':<{width}}  {'tp':>3}  {'fp':>3}  {'fn':>3}  precision  recall     f1"
    lines = [header, "-" * len(header)]
    for label, counts in rows:
        if label in ("entities (all)", "relations (all)", "affiliation", "statements (by speaker)"):
            lines.append("")
        lines.append(_row(label, counts, width))
    lines.append("")
    accuracy = report.cameo_accuracy()
    shown = f"{accuracy:.2f}" if accuracy is not None else "-"
    lines.append(
        "cameo root accuracy on matched interaction pairs: "
        f"{shown} ({report.cameo_right}/{report.cameo_total})"
    )
    speakers = [s for d in report.docs for s in d.speakers]
    meeting = sum(1 for s in speakers if s.predicted >= s.gold_min)
    lines.append(
        f"statements: {sum(d.statements_predicted for d in report.docs)} predicted, "
        f"gold expects at least {sum(d.statements_gold_min for d in report.docs)}; "
        f"speakers with at least their gold minimum: {meeting}/{len(speakers)}"
    )
    lines.append(f"documents: {len(report.docs)}")
    return "\n".join(lines)


def _format_fact(fact: Fact) -> list[str]:
    lines = [f"  - {fact.description}"]
    for ev in fact.evidence:
        rule = f" [{ev.rule}]" if ev.rule else ""
        sentence = " ".join(ev.sentence.split()) if ev.sentence else "(no sentence)"
        lines.append(f"      {sentence!r}{rule}")
    return lines


def format_explain(report: EvalReport) -> str:
    """Per document, the missed gold facts and the spurious predicted ones, with their sentences."""
    lines: list[str] = []
    for doc in report.docs:
        lines.append(f"== {doc.doc} (gold {doc.gold_path})")
        for title, facts in (
            ("missed (in the gold, not in the graph)", doc.missed),
            ("spurious (in the graph, not in the gold)", doc.spurious),
            ("notes", doc.notes),
        ):
            if not facts:
                continue
            lines.append(f"{title}:")
            for fact in facts:
                lines += _format_fact(fact)
        if not (doc.missed or doc.spurious or doc.notes):
            lines.append("nothing missed, nothing spurious")
        lines.append("")
    return "\n".join(lines).rstrip("\n")
