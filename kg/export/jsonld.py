"""JSON-LD export: the RDF graph as compacted JSON-LD with kg's published ``@context``.

The context (``ontology/context.jsonld``, :data:`CONTEXT_URL` once published) is generated
from ``ontology/kg.ttl`` by :func:`context_from_ontology`: one term per kg class and
property (``"Person"``, ``"leads"``, ``"confidence"``), ``rdfs:label`` as ``"label"``,
``skos:altLabel`` as the set ``"altLabel"``, object properties typed ``@id`` and typed
literals (``xsd:integer``, ``xsd:decimal``, ``xsd:boolean``, ``xsd:date``, ``xsd:anyURI``)
declared, so a node reads as plain JSON::

    {"@id": "kgi:person/xi-jinping", "@type": "Person", "label": "Xi Jinping",
     "altLabel": ["Xi"], "mentionCount": 9, "mentionedIn": "kgi:article/xi-cuba-socialism"}

Integers and booleans are written as JSON numbers and ``true``/``false`` (the context's
type coercion keeps them ``xsd:integer``/``xsd:boolean``); decimals stay strings
(``"0.85"``), since a JSON number would come back as an ``xsd:double``. The writer compacts
directly (no JSON-LD processor at run time, so it is fast on large graphs); the tests prove
with pyld, rdflib and pyoxigraph that the file expands to exactly the graph it came from.
Output is deterministic: nodes sorted by IRI, values sorted, keys sorted. :func:`write_jsonld`
streams: it sorts the subjects once, then builds each node from its subject's triples and writes
it, so memory stays flat on large builds; :func:`to_jsonld` gives the same document as a dict.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.errors import ExportError
from kg.fileio import atomic_write
from kg.vocab import CAMEO_NS, KG_NS, WD

__all__ = [
    "CONTEXT_URL",
    "context_from_ontology",
    "document_loader",
    "dumps_jsonld",
    "load_context",
    "read_jsonld",
    "to_jsonld",
    "write_jsonld",
]

log = logging.getLogger(__name__)

#: Where the context is published; a document may reference it instead of embedding it.
CONTEXT_URL = "https://w3id.org/kgnews/ontology/context.jsonld"
#: The prefix of instance IRIs in the output (its IRI is the build's base IRI).
INSTANCE_PREFIX = "kgi"

#: Prefixes of the published context.
CONTEXT_PREFIXES: dict[str, str] = {
    "kg": KG_NS,
    "cameo": CAMEO_NS,
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "wd": str(WD),
    "xsd": str(XSD),
}
#: Terms for the terms kg uses from other vocabularies: (term, IRI, @type or None, @container or None).
_EXTERNAL_TERMS: tuple[tuple[str, URIRef, str | None, str | None], ...] = (
    ("label", RDFS.label, None, None),
    ("altLabel", SKOS.altLabel, None, "@set"),
    ("sameAs", OWL.sameAs, "@id", None),
    ("wasDerivedFrom", PROV.wasDerivedFrom, "@id", None),
    ("subject", RDF.subject, "@id", None),
    ("predicate", RDF.predicate, "@id", None),
    ("object", RDF.object, "@id", None),
)
# Characters a prefix's IRI must end with to be used in compact IRIs (JSON-LD 1.1, 4.1.3).
_GEN_DELIMS = (":", "/", "?", "#", "[", "]", "@")
_MAX_SAFE_INT = 2**53 - 1


def _compact_with(prefixes: Mapping[str, str], iri: str) -> str:
    for prefix, ns in sorted(prefixes.items(), key=lambda item: (-len(item[1]), item[0])):
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def context_from_ontology(ontology: Graph) -> dict[str, Any]:
    """The JSON-LD context of kg's terms, generated from ``ontology/kg.ttl``.

    Classes become plain terms (``"Person": "kg:Person"``); object properties terms typed
    ``@id``; datatype properties terms typed with their ``rdfs:range`` (none for
    ``xsd:string``, so plain JSON strings stay plain literals).

    Parameters
    ----------
    ontology:
        The parsed ``ontology/kg.ttl``.

    Returns
    -------
    dict
        ``{"@context": {...}}``, the document ``ontology/context.jsonld`` holds.

    Example
    -------
    >>> from kg.validate import ontology_path
    >>> ctx = context_from_ontology(Graph().parse(ontology_path("kg.ttl")))
    >>> ctx["@context"]["leads"], ctx["@context"]["mentionCount"]
    ({'@id': 'kg:leads', '@type': '@id'}, {'@id': 'kg:mentionCount', '@type': 'xsd:integer'})
    """
    ctx: dict[str, Any] = dict(CONTEXT_PREFIXES)

    def local(node: URIRef) -> str | None:
        text = str(node)
        return text[len(KG_NS) :] if text.startswith(KG_NS) else None

    for cls in ontology.subjects(RDF.type, OWL.Class):
        if isinstance(cls, URIRef) and (name := local(cls)):
            ctx[name] = f"kg:{name}"
    for prop in ontology.subjects(RDF.type, OWL.ObjectProperty):
        if isinstance(prop, URIRef) and (name := local(prop)):
            ctx[name] = {"@id": f"kg:{name}", "@type": "@id"}
    for prop in ontology.subjects(RDF.type, OWL.DatatypeProperty):
        if not (isinstance(prop, URIRef) and (name := local(prop))):
            continue
        ranges = sorted(str(r) for r in ontology.objects(prop, RDFS.range) if isinstance(r, URIRef))
        datatype = ranges[0] if len(ranges) == 1 else None
        if datatype is None or datatype == str(XSD.string):
            ctx[name] = f"kg:{name}"
        else:
            ctx[name] = {"@id": f"kg:{name}", "@type": _compact_with(CONTEXT_PREFIXES, datatype)}
    for term, iri, coerce, container in _EXTERNAL_TERMS:
        if term in ctx:
            raise ExportError(f"the ontology defines kg:{term}, which clashes with the context term {term!r}")
        definition: dict[str, str] = {"@id": _compact_with(CONTEXT_PREFIXES, str(iri))}
        if coerce:
            definition["@type"] = coerce
        if container:
            definition["@container"] = container
        ctx[term] = definition if len(definition) > 1 else definition["@id"]
    return {"@context": dict(sorted(ctx.items()))}


@functools.cache
def _context_text() -> str:
    from kg.validate import ontology_path

    return ontology_path("context.jsonld").read_text(encoding="utf-8")


def load_context() -> dict[str, Any]:
    """The published context document (``ontology/context.jsonld``), ``{"@context": {...}}``.

    Example
    -------
    >>> load_context()["@context"]["label"]
    'rdfs:label'
    """
    try:
        return json.loads(_context_text())
    except json.JSONDecodeError as err:
        raise ExportError(f"ontology/context.jsonld is not valid JSON: {err}") from err


def document_loader(
    documents: Mapping[str, Path] | None = None,
) -> Callable[[str, dict[str, Any] | None], dict[str, Any]]:
    """A pyld document loader that serves kg's context from disk and never goes to the network.

    Parameters
    ----------
    documents:
        Extra URL -> local file mappings; :data:`CONTEXT_URL` always maps to
        ``ontology/context.jsonld``.

    Example
    -------
    >>> from pyld import jsonld  # doctest: +SKIP
    >>> jsonld.expand(doc, {"documentLoader": document_loader()})  # doctest: +SKIP
    """
    known = {url: Path(path) for url, path in (documents or {}).items()}

    def load(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
        if url == CONTEXT_URL and url not in known:
            document = load_context()
        elif url in known:
            document = json.loads(known[url].read_text(encoding="utf-8"))
        else:
            raise ExportError(f"JSON-LD document {url} is not available offline (kg does not fetch URLs)")
        return {"contextUrl": None, "documentUrl": url, "document": document}

    return load


@dataclass(frozen=True)
class _Term:
    name: str
    iri: str
    coerce: str | None  # "@id", a datatype IRI, or None
    container: str | None


class _Compactor:
    """Compaction against one context whose terms are simple (no scoped contexts, no @reverse)."""

    def __init__(self, context: Mapping[str, Any]) -> None:
        raw_prefixes = {
            k: v for k, v in context.items() if isinstance(v, str) and ":" not in k and not k.startswith("@")
        }

        def expand(value: str) -> str:
            prefix, sep, suffix = value.partition(":")
            if sep and prefix in raw_prefixes and not suffix.startswith("//"):
                return raw_prefixes[prefix] + suffix
            return value

        self.prefixes = {
            k: expand(v)
            for k, v in raw_prefixes.items()
            if expand(v).endswith(_GEN_DELIMS) and ":" in expand(v)
        }
        self._ordered_prefixes = sorted(self.prefixes.items(), key=lambda item: (-len(item[1]), item[0]))
        self.terms: dict[str, _Term] = {}
        by_iri: dict[str, list[_Term]] = defaultdict(list)
        for name, value in context.items():
            if name.startswith("@") or name in self.prefixes:
                continue
            definition = {"@id": value} if isinstance(value, str) else dict(value)
            iri = expand(str(definition.get("@id", name)))
            coerce = definition.get("@type")
            if coerce is not None and coerce not in ("@id", "@vocab"):
                coerce = expand(coerce)
            term = _Term(name, iri, coerce, definition.get("@container"))
            self.terms[name] = term
            by_iri[iri].append(term)
        self.term_for = {
            iri: sorted(terms, key=lambda t: (len(t.name), t.name))[0] for iri, terms in by_iri.items()
        }

    def iri(self, iri: str, vocab: bool = False) -> str:
        """An IRI as a term (``vocab``), a compact IRI, or itself."""
        if vocab and iri in self.term_for and self.term_for[iri].coerce is None:
            return self.term_for[iri].name
        for prefix, ns in self._ordered_prefixes:
            if iri.startswith(ns) and len(iri) > len(ns):
                suffix = iri[len(ns) :]
                candidate = f"{prefix}:{suffix}"
                if not suffix.startswith("//") and candidate not in self.terms:
                    return candidate
        return iri

    def node_id(self, node: URIRef | BNode) -> str:
        return f"_:{node}" if isinstance(node, BNode) else self.iri(str(node))


_XSD_STRING = str(XSD.string)
_XSD_INTEGER = str(XSD.integer)
_XSD_BOOLEAN = str(XSD.boolean)
_RDF_TYPE = RDF.type
_RDF_TYPE_IRI = str(RDF.type)
# What a term's class is, for the per-triple work (rdflib's terms are ABCs: isinstance is slow).
_IRI, _BLANK, _LITERAL, _OTHER = range(1, 5)
_KINDS: dict[type, int] = {}
#: Entries kept by each of the per-export caches of compacted IRIs before they are cleared.
_CACHE_LIMIT = 10_000


def _kind(node: Any) -> int:
    cls = type(node)
    kind = _KINDS.get(cls)
    if not kind:
        if issubclass(cls, URIRef):
            kind = _IRI
        elif issubclass(cls, BNode):
            kind = _BLANK
        elif issubclass(cls, Literal):
            kind = _LITERAL
        else:
            kind = _OTHER
        _KINDS[cls] = kind
    return kind


class _NodeBuilder:
    """Builds one node object from a subject's (predicate, object) pairs.

    The compactions that repeat from triple to triple (predicates, classes, datatypes, object
    IRIs) are cached, so a node costs little more than reading its triples.
    """

    def __init__(self, compactor: _Compactor) -> None:
        self.compactor = compactor
        # predicate -> (whether it is rdf:type, key, term, container)
        self._predicates: dict[Any, tuple[bool, str, _Term | None, str | None]] = {}
        self._types: dict[Any, str] = {}
        self._datatypes: dict[str, str] = {}
        self._ids: dict[Any, str] = {}

    def _predicate(self, predicate: Any) -> tuple[bool, str, _Term | None, str | None]:
        found = self._predicates.get(predicate)
        if found is None:
            text = str(predicate)
            term = self.compactor.term_for.get(text)
            key = term.name if term else self.compactor.iri(text)
            found = (predicate == _RDF_TYPE, key, term, term.container if term else None)
            if len(self._predicates) > _CACHE_LIMIT:
                self._predicates.clear()
            self._predicates[predicate] = found
        return found

    def _type(self, obj: Any) -> str:
        found = self._types.get(obj)
        if found is None:
            found = self.compactor.iri(str(obj), vocab=True)
            if len(self._types) > _CACHE_LIMIT:
                self._types.clear()
            self._types[obj] = found
        return found

    def _object_id(self, obj: Any) -> str:
        found = self._ids.get(obj)
        if found is None:
            found = self.compactor.iri(str(obj))
            if len(self._ids) > _CACHE_LIMIT:
                self._ids.clear()
            self._ids[obj] = found
        return found

    def value(self, obj: Any, term: _Term | None) -> Any:
        """One object as a JSON-LD value, compacted for the term of its predicate."""
        coerce = term.coerce if term else None
        kind = _KINDS.get(type(obj)) or _kind(obj)
        if kind == _IRI:
            compact = self._object_id(obj)
            return compact if coerce == "@id" else {"@id": compact}
        if kind == _BLANK:
            compact = f"_:{obj}"
            return compact if coerce == "@id" else {"@id": compact}
        if kind != _LITERAL:  # pragma: no cover - rdflib terms are one of the three
            raise ExportError(f"cannot write {obj!r} as JSON-LD")
        lexical = str(obj)
        language = obj.language
        if language:
            return {"@value": lexical, "@language": language}
        datatype = obj.datatype
        datatype = str(datatype) if datatype else None
        if datatype is None or datatype == _XSD_STRING:
            return lexical if coerce is None else {"@value": lexical}
        if coerce == datatype:
            if datatype == _XSD_INTEGER and _canonical_int(lexical):
                return int(lexical)
            if datatype == _XSD_BOOLEAN and lexical in ("true", "false"):
                return lexical == "true"
            return lexical
        compact = self._datatypes.get(datatype)
        if compact is None:
            if len(self._datatypes) > _CACHE_LIMIT:
                self._datatypes.clear()
            compact = self._datatypes[datatype] = self.compactor.iri(datatype, vocab=True)
        return {"@value": lexical, "@type": compact}

    def node(self, subject: Any, pairs: Iterable[tuple[Any, Any]]) -> dict[str, Any]:
        """The node object of ``subject`` with the given (predicate, object) pairs."""
        types: list[str] = []
        values: dict[str, list[Any]] = {}
        containers: dict[str, str | None] = {}
        predicates, predicate_info, value = self._predicates, self._predicate, self.value
        for predicate, obj in pairs:
            is_type, key, term, container = predicates.get(predicate) or predicate_info(predicate)
            if is_type:
                kind = _KINDS.get(type(obj)) or _kind(obj)
                if kind == _IRI:
                    types.append(self._type(obj))
                    continue
                if kind == _BLANK:
                    types.append(f"_:{obj}")
                    continue
            found = values.get(key)
            if found is None:
                found = values[key] = []
            found.append(value(obj, term))
            containers[key] = container
        return _node_object(self.compactor.node_id(subject), types, values, containers, _sort_key)


def _node_object(
    node_id: str, types: list[str], values: dict[str, list], containers: dict[str, Any], sort_key: Any
) -> dict[str, Any]:
    """A node object as the writers lay it out: "@id", sorted "@type" (a list only when there are
    several), then each property's values, sorted by ``sort_key``, a list only when there are
    several or the property is a "@set" container."""
    node: dict[str, Any] = {"@id": node_id}
    if types:
        types.sort()
        node["@type"] = types if len(types) > 1 else types[0]
    for key, found in values.items():
        if len(found) > 1:
            found.sort(key=sort_key)
            node[key] = found
        else:
            node[key] = found if containers[key] == "@set" else found[0]
    return node


def _canonical_int(lexical: str) -> bool:
    try:
        number = int(lexical)
    except ValueError:
        return False
    return str(number) == lexical and abs(number) <= _MAX_SAFE_INT


def _sort_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _value_sort_key(value: Any) -> str:
    """:func:`_sort_key`, without json.dumps for a string (its text is ``_encode_string``'s)."""
    return _encode_string(value) if type(value) is str else _sort_key(value)


@dataclass
class _Plan:
    """What writing a graph as JSON-LD needs: the context, the node builder, the subjects in order."""

    context: Any
    graph: Graph
    subjects: list[Any]
    builder: _NodeBuilder

    def nodes(self) -> Iterator[dict[str, Any]]:
        """The node objects, one at a time, in the output order."""
        source = getattr(self.graph.store, "oxigraph_source", None)
        if source is not None:  # kg.store's view of a build's store: read pyoxigraph directly
            yield from _OxNodes(self.builder, source).nodes(self.subjects)
            return
        node, pairs = self.builder.node, self.graph.predicate_objects
        for subject in self.subjects:
            yield node(subject, pairs(subject))


class _OxNodes:
    """The node objects of a :class:`kg.store.GraphStore` without blank nodes, read from
    pyoxigraph directly: the values :class:`_NodeBuilder` makes from the rdflib view's terms,
    made from the stored terms' text (no rdflib term per triple)."""

    def __init__(self, builder: _NodeBuilder, source: Any) -> None:
        import pyoxigraph as ox

        self.builder = builder
        self.source = source
        self.named_node = ox.NamedNode
        self.literal_type = ox.Literal
        self.default = ox.DefaultGraph()
        # predicate IRI -> (whether it is rdf:type, key, term, container)
        self.predicates: dict[str, tuple[bool, str, _Term | None, str | None]] = {}
        self.types: dict[str, str] = {}
        self.ids: dict[str, str] = {}
        # (typed literal, coercion) -> its JSON-LD value
        self.typed: dict[tuple[Any, str | None], Any] = {}

    def _predicate(self, iri: str) -> tuple[bool, str, _Term | None, str | None]:
        term = self.builder.compactor.term_for.get(iri)
        key = term.name if term else self.builder.compactor.iri(iri)
        found = (iri == _RDF_TYPE_IRI, key, term, term.container if term else None)
        if len(self.predicates) > _CACHE_LIMIT:
            self.predicates.clear()
        self.predicates[iri] = found
        return found

    def _typed(self, obj: Any, term: _Term | None) -> Any:
        """A literal with a language or a datatype other than xsd:string, as
        :meth:`_NodeBuilder.value` makes it from the rdflib term the view gives (the same
        Literal, which rdflib may normalise), kept for the next time."""
        if obj.language:
            literal = Literal(obj.value, lang=obj.language)
        else:
            literal = Literal(self.source.lexical(obj), datatype=URIRef(obj.datatype.value))
        value = self.builder.value(literal, term)
        if len(self.typed) > _CACHE_LIMIT:
            self.typed.clear()
        self.typed[(obj, term.coerce if term else None)] = value
        return value

    def nodes(self, subjects: Iterable[Any]) -> Iterator[dict[str, Any]]:
        quads_for_pattern = self.source.store.quads_for_pattern
        named_node, default = self.named_node, self.default
        literal_type = self.literal_type
        predicates, predicate_info = self.predicates, self._predicate
        types, ids, typed = self.types, self.ids, self.typed
        compact = self.builder.compactor.iri
        node_id = self.builder.compactor.node_id
        for subject in subjects:
            type_list: list[str] = []
            values: dict[str, list[Any]] = {}
            containers: dict[str, str | None] = {}
            for quad in quads_for_pattern(named_node(str(subject)), None, None, default):
                obj = quad.object
                is_type, key, term, container = predicates.get(quad.predicate.value) or predicate_info(
                    quad.predicate.value
                )
                coerce = term.coerce if term else None
                if type(obj) is literal_type:
                    if obj.datatype.value == _XSD_STRING:
                        value: Any = obj.value if coerce is None else {"@value": obj.value}
                    else:
                        value = typed.get((obj, coerce))
                        if value is None:
                            value = self._typed(obj, term)
                else:  # a named node (the view says when the graph has blank nodes)
                    iri = obj.value
                    if is_type:
                        found = types.get(iri)
                        if found is None:
                            if len(types) > _CACHE_LIMIT:
                                types.clear()
                            found = types[iri] = compact(iri, vocab=True)
                        type_list.append(found)
                        continue
                    found = ids.get(iri)
                    if found is None:
                        if len(ids) > _CACHE_LIMIT:
                            ids.clear()
                        found = ids[iri] = compact(iri)
                    value = found if coerce == "@id" else {"@id": found}
                kept = values.get(key)
                if kept is None:
                    kept = values[key] = []
                kept.append(value)
                containers[key] = container
            yield _node_object(node_id(subject), type_list, values, containers, _value_sort_key)


def _sorted_subjects(graph: Graph) -> tuple[list[Any], bool]:
    """The graph's subjects in output order (IRIs, then blank nodes, each by label), and whether
    any term of the graph is a blank node. One pass over the triples, or a store's own answer."""
    fast = getattr(graph.store, "sorted_subjects", None)
    if fast is not None:  # kg.store's view of a build's store (no blank nodes, or it says so)
        return fast()
    subjects: set[Any] = set()
    term_types: set[type] = set()
    add, add_type = subjects.add, term_types.add
    for s, p, o in graph:
        add(s)
        add_type(type(p))
        add_type(type(o))
    named: list[Any] = []
    blanks: list[Any] = []
    for s in subjects:
        (blanks if _kind(s) == _BLANK else named).append(s)
    del subjects
    named.sort(key=str)
    blanks.sort(key=str)
    blank = bool(blanks) or any(issubclass(t, BNode) for t in term_types)
    return named + blanks, blank


def _plan(
    graph: Graph,
    base_iri: str | None,
    context_url: str | None,
    context: Mapping[str, Any] | None,
) -> _Plan:
    from kg.export.rdf_formats import find_base_iri

    published = dict((context or load_context())["@context"])
    base = base_iri or find_base_iri(graph)
    if INSTANCE_PREFIX in published:
        raise ExportError(f"the context already defines {INSTANCE_PREFIX!r}, the prefix of instance IRIs")
    compactor = _Compactor({**published, INSTANCE_PREFIX: base})
    subjects, blank = _sorted_subjects(graph)
    if blank:
        # Blank node labels differ from parse to parse; canonical ones keep the output stable.
        graph = to_canonical_graph(graph)
        subjects, _blank = _sorted_subjects(graph)
    ctx: Any = {**published, INSTANCE_PREFIX: base}
    if context_url:
        ctx = [context_url, {INSTANCE_PREFIX: base}]
    return _Plan(ctx, graph, subjects, _NodeBuilder(compactor))


def to_jsonld(
    graph: Graph,
    base_iri: str | None = None,
    context_url: str | None = None,
    context: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The graph as a compacted JSON-LD document with kg's context.

    The whole document is built in memory; :func:`write_jsonld` writes the same document to a
    file node by node.

    Parameters
    ----------
    graph:
        Any RDF graph; kg's terms get short names, other IRIs compact IRIs or full IRIs.
    base_iri:
        The build's base IRI, declared as the ``kgi`` prefix; found from the graph when
        not given.
    context_url:
        Reference the published context by this URL (e.g. :data:`CONTEXT_URL`) instead of
        embedding it; readers must then be able to load that URL.
    context:
        The context document to use instead of ``ontology/context.jsonld``.

    Returns
    -------
    dict
        ``{"@context": ..., "@graph": [node, ...]}`` with nodes sorted by IRI.

    Example
    -------
    >>> from rdflib import Graph, Literal, RDF, RDFS, URIRef
    >>> from kg.vocab import KG
    >>> g = Graph()
    >>> xi = URIRef("https://w3id.org/kgnews/id/person/xi-jinping")
    >>> _ = g.add((xi, RDF.type, KG.Person))
    >>> _ = g.add((xi, RDFS.label, Literal("Xi Jinping")))
    >>> to_jsonld(g)["@graph"]
    [{'@id': 'kgi:person/xi-jinping', '@type': 'Person', 'label': 'Xi Jinping'}]
    """
    plan = _plan(graph, base_iri, context_url, context)
    return {"@context": plan.context, "@graph": list(plan.nodes())}


def dumps_jsonld(document: Mapping[str, Any]) -> str:
    """A JSON-LD document as deterministic text: keys sorted, two-space indent, UTF-8, final newline."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


_encode_string = json.encoder.encode_basestring  # what json.dumps uses with ensure_ascii=False
_INDENTS = ["\n" + "  " * level for level in range(8)]


def _encode(value: Any, level: int) -> str:
    """``value`` as :func:`dumps_jsonld` writes it at nesting ``level`` (without the final newline).

    :func:`json.dumps` with ``indent`` runs in pure Python; this does the same for the JSON
    a node is made of (str, int, bool, None, lists and str-keyed dicts) several times faster,
    and hands anything else to :func:`json.dumps`.
    """
    if isinstance(value, str):
        return _encode_string(value)
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, int):
        return int.__repr__(value)
    if level + 1 < len(_INDENTS):
        if isinstance(value, dict):
            if not value:
                return "{}"
            if all(isinstance(k, str) for k in value):
                inner = _INDENTS[level + 1]
                items = sorted(value.items())
                return (
                    "{"
                    + inner
                    + ("," + inner).join(f"{_encode_string(k)}: {_encode(v, level + 1)}" for k, v in items)
                    + _INDENTS[level]
                    + "}"
                )
        elif isinstance(value, list | tuple):
            if not value:
                return "[]"
            inner = _INDENTS[level + 1]
            return (
                "[" + inner + ("," + inner).join(_encode(v, level + 1) for v in value) + _INDENTS[level] + "]"
            )
    text = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)
    return text.replace("\n", _INDENTS[level] if level < len(_INDENTS) else "\n" + "  " * level)


_KEYS: dict[str, str] = {}


def _encode_node(node: dict[str, Any]) -> str:
    """``_encode(node, 2)`` for a node object (str keys; values strings, numbers, booleans,
    value objects, or non-empty lists of them), with strings and lists of them written here."""
    inner, inner_list = _INDENTS[3], "," + _INDENTS[4]
    parts = []
    for key, value in sorted(node.items()):
        encoded_key = _KEYS.get(key)
        if encoded_key is None:
            if len(_KEYS) > _CACHE_LIMIT:
                _KEYS.clear()
            encoded_key = _KEYS[key] = _encode_string(key) + ": "
        kind = type(value)
        if kind is str:
            parts.append(encoded_key + _encode_string(value))
        elif kind is list and value:
            items = inner_list.join(_encode_string(v) if type(v) is str else _encode(v, 4) for v in value)
            parts.append(encoded_key + "[" + _INDENTS[4] + items + inner + "]")
        else:
            parts.append(encoded_key + _encode(value, 3))
    return "{" + inner + ("," + inner).join(parts) + _INDENTS[2] + "}"


def write_jsonld(
    graph: Graph,
    path: str | os.PathLike[str],
    base_iri: str | None = None,
    context_url: str | None = None,
) -> int:
    """Write the graph as compacted JSON-LD; the same graph gives the same bytes.

    The file is written node by node (the bytes :func:`dumps_jsonld` gives for
    :func:`to_jsonld`'s document): only the sorted subjects are held, and each node is built
    from its subject's triples, written and dropped, so memory stays flat on large graphs.

    Parameters
    ----------
    graph:
        A built kg graph (or any RDF graph).
    path:
        The ``.jsonld`` file; replaced only once the new one is complete.
    base_iri:
        The build's base IRI (the ``kgi`` prefix); found from the graph when not given.
    context_url:
        Reference the published context by URL instead of embedding it.

    Returns
    -------
    int
        The number of nodes written.

    Example
    -------
    >>> write_jsonld(graph, "exports/graph.jsonld")  # doctest: +SKIP
    139
    """
    plan = _plan(graph, base_iri, context_url, None)
    count = 0
    try:
        with atomic_write(path) as fh:
            # dumps_jsonld's layout: {"@context": ..., "@graph": [node, ...]} at two spaces an indent.
            fh.write('{\n  "@context": ' + _encode(plan.context, 1) + ',\n  "@graph": [')
            separator = "\n    "
            for node in plan.nodes():
                fh.write(separator + _encode_node(node))
                separator = ",\n    "
                count += 1
            fh.write("\n  ]\n}\n" if count else "]\n}\n")
    except OSError as err:
        raise ExportError(f"cannot write JSON-LD to {os.fspath(path)}: {err}") from err
    log.info("wrote %s (%d nodes)", os.fspath(path), count)
    return count


def _inline_contexts(value: Any) -> Any:
    """Replace references to kg's published context with the context itself."""
    if isinstance(value, str) and value == CONTEXT_URL:
        return load_context()["@context"]
    if isinstance(value, list):
        return [_inline_contexts(v) for v in value]
    return value


def read_jsonld(path: str | os.PathLike[str]) -> Graph:
    """Read a JSON-LD file into an rdflib Graph (default and named graphs merged).

    A reference to kg's published context (:data:`CONTEXT_URL`) is served from
    ``ontology/context.jsonld``; other remote contexts are not fetched. pyoxigraph parses.

    Example
    -------
    >>> graph = read_jsonld("exports/graph.jsonld")  # doctest: +SKIP
    """
    import pyoxigraph as ox

    from kg.export.rdf_formats import oxigraph_term

    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as err:
        raise ExportError(f"cannot read {os.fspath(path)}: {err}") from err
    except json.JSONDecodeError as err:
        raise ExportError(f"{os.fspath(path)}: not JSON: {err}") from err
    if isinstance(document, dict) and "@context" in document:
        document["@context"] = _inline_contexts(document["@context"])
    graph = Graph()
    try:
        for quad in ox.parse(json.dumps(document), format=ox.RdfFormat.JSON_LD):
            graph.add(
                (oxigraph_term(quad.subject), oxigraph_term(quad.predicate), oxigraph_term(quad.object))
            )
    except (SyntaxError, ValueError) as err:
        raise ExportError(f"{os.fspath(path)}: not readable as JSON-LD: {err}") from err
    return graph
