"""GraphML export: the property-graph view of a kg RDF graph.

The view has one node per entity (``kg:Person``, ``kg:Organisation``, ``kg:Country``,
``kg:Location``) and one edge per evidence node that backs a direct edge (a
``kg:Position``, a ``kg:Event`` with a target, a ``kg:Assertion``), so parallel
evidence stays parallel. It is derived with SPARQL over the ontology's contract terms
(``ontology/README.md``), never from the extraction records.

:func:`write_graphml` writes what networkx's GraphML writer makes, with what networkx
gets wrong for Neo4j APOC, Gephi and igraph repaired (DESIGN.md section 4): key ids
``labels`` (node labels) and ``label`` (edge type), every other key id prefixed
``n_``/``e_``/``g_`` (never ``d0``), keys in a fixed order, nodes before edges, unique
edge ids, ``label`` first in every edge, booleans as ``true``/``false``. It writes one
element at a time (the document is never held in memory), byte for byte what networkx's
document, repaired and indented by lxml, was. The same graph gives the same bytes.
"""

from __future__ import annotations

import logging
import os
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, Any

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.errors import ExportError
from kg.fileio import atomic_write
from kg.vocab import KG, KG_NS, WD

__all__ = ["export_graphml", "read_graphml", "to_networkx", "write_graphml"]

log = logging.getLogger(__name__)

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
#: Key id of the node labels (":Person"); APOC reads labels only from a key with this id.
NODE_LABELS_KEY = "labels"
#: Key id of the edge type ("leads"); APOC takes the relationship type from it.
EDGE_TYPE_KEY = "label"
#: ``e_rule`` of an edge for a direct triple that no evidence node backs.
ASSERTED_RULE = "asserted"

#: Entity classes, in the order used when a node (wrongly) has more than one of them.
ENTITY_CLASSES: tuple[URIRef, ...] = (KG.Person, KG.Organisation, KG.Country, KG.Location)

_AFFILIATION_SUBS = (KG.holdsPositionIn, KG.leads, KG.memberOf, KG.worksFor, KG.founded)
_INTERACTION_SUBS = (
    KG.makesPublicStatementAbout,
    KG.appealsTo,
    KG.intendsToCooperateWith,
    KG.consults,
    KG.cooperatesWith,
    KG.cooperatesMateriallyWith,
    KG.providesAidTo,
    KG.yieldsTo,
    KG.investigates,
    KG.demandsFrom,
    KG.disapprovesOf,
    KG.accuses,
    KG.rejects,
    KG.threatens,
    KG.protestsAgainst,
    KG.exhibitsForcePostureToward,
    KG.reducesRelationsWith,
    KG.sanctions,
    KG.expels,
    KG.coerces,
    KG.assaults,
    KG.fights,
    KG.usesMassViolenceAgainst,
)
#: The root direct properties of the contract; sub-properties declared in a graph with
#: ``rdfs:subPropertyOf`` are direct properties too.
DIRECT_ROOTS: tuple[URIRef, ...] = (
    KG.affiliatedWith,
    KG.interactsWith,
    KG.locatedIn,
    KG.partOf,
    KG.citizenOf,
    KG.residesIn,
)
# kg:accuses (CAMEO 112) refines kg:disapprovesOf (11), as sanctions and expels refine
# reducesRelationsWith (16); all of them are interactsWith.
_BUILTIN_SUPERS: dict[URIRef, frozenset[URIRef]] = {
    **{p: frozenset({KG.affiliatedWith}) for p in _AFFILIATION_SUBS},
    **{p: frozenset({KG.interactsWith}) for p in _INTERACTION_SUBS},
    KG.accuses: frozenset({KG.disapprovesOf, KG.interactsWith}),
    KG.sanctions: frozenset({KG.reducesRelationsWith, KG.interactsWith}),
    KG.expels: frozenset({KG.reducesRelationsWith, KG.interactsWith}),
}

_INIT_NS = {"kg": KG_NS, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "owl": OWL, "prov": PROV}

_ENTITY_PROPS = (RDFS.label, SKOS.altLabel, KG.mentionCount, KG.mentionedIn, OWL.sameAs, KG.iso3166Alpha3)


_SUBPROPERTY_QUERY = "SELECT ?p ?super WHERE { ?p rdfs:subPropertyOf+ ?super . }"


# Edge attributes taken from evidence nodes, in the order they appear on an edge.
_EVIDENCE_ATTRS: tuple[tuple[URIRef, str, str], ...] = (
    (KG.confidence, "e_confidence", "float"),
    (KG.rule, "e_rule", "str"),
    (KG.sentence, "e_sentence", "str"),
    (KG.beginOffset, "e_begin", "int"),
    (KG.endOffset, "e_end", "int"),
    (PROV.wasDerivedFrom, "e_article", "article"),
    (KG.title, "e_title", "str"),
    (KG.isFormer, "e_former", "bool"),
    (KG.cameoCode, "e_cameo", "str"),
    (KG.trigger, "e_trigger", "str"),
    (KG.date, "e_date", "str"),
    (KG.negated, "e_negated", "bool"),
)

# Characters XML 1.0 cannot carry, even escaped.
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NMTOKEN_BAD = re.compile(r"[^\w.\-:]")
_XML_TYPES: dict[type, str] = {bool: "boolean", int: "long", float: "double", str: "string"}
_KEY_PREFIX = {"node": "n_", "edge": "e_", "graph": "g_", "all": "a_"}
_KEY_FIXED = {"node": NODE_LABELS_KEY, "edge": EDGE_TYPE_KEY}
_SCOPE_ORDER = ("graph", "node", "edge")


def local_name(iri: Node) -> str:
    """The local name of an IRI: what follows the kg namespace, or the last ``#``/``/``.

    Example
    -------
    >>> from kg.vocab import KG
    >>> local_name(KG.leads)
    'leads'
    """
    text = str(iri)
    if text.startswith(KG_NS):
        return text[len(KG_NS) :]
    for sep in ("#", "/"):
        if sep in text.rstrip(sep):
            return text.rstrip(sep).rsplit(sep, 1)[1]
    return text


def _convert(value: Node | str, kind: str, where: str) -> bool | int | float | str | None:
    """A literal (or its lexical form) as the Python type of an attribute, or None (logged) when it
    is not one."""
    native = value.toPython() if isinstance(value, Literal) else str(value)
    try:
        if kind == "str":
            return str(value)
        if kind == "int":
            if isinstance(native, bool):
                raise ValueError(native)
            return int(str(native))
        if kind == "float":
            result = float(native)
            if not 0.0 <= result <= 1.0:
                log.warning("%s: confidence %s is outside [0, 1]", where, value)
            return result
        if kind == "bool":
            if isinstance(native, bool):
                return native
            return {"true": True, "1": True, "false": False, "0": False}[str(value).strip().lower()]
    except (KeyError, TypeError, ValueError):
        log.warning("%s: cannot read %r as %s; attribute omitted", where, str(value), kind)
        return None
    raise AssertionError(kind)  # pragma: no cover


def subject_objects(graph: Graph, prop: URIRef) -> Iterable[tuple[Node, Node]]:
    """``graph.subject_objects(prop)``, read straight from a build's store when the graph is its
    view (:meth:`kg.store.GraphStore.rdflib_view`), which keeps each property's pairs for the
    next format that scans it."""
    pairs = getattr(graph.store, "pairs", None)
    return pairs(prop) if pairs is not None else graph.subject_objects(prop)


def _sorted_values(values: Iterable[Node]) -> list[Node]:
    return sorted(set(values), key=lambda v: (str(v), str(getattr(v, "datatype", "") or "")))


def _super_properties(graph: Graph) -> dict[URIRef, frozenset[URIRef]]:
    """Every direct property's super-properties: the contract's plus those the graph declares."""
    supers: dict[URIRef, set[URIRef]] = defaultdict(set)
    for prop, parents in _BUILTIN_SUPERS.items():
        supers[prop] |= parents
    for row in graph.query(_SUBPROPERTY_QUERY, initNs=_INIT_NS):
        if isinstance(row.p, URIRef) and isinstance(row.super, URIRef):
            supers[row.p].add(row.super)
    for prop in list(supers):
        for parent in list(supers[prop]):
            supers[prop] |= _BUILTIN_SUPERS.get(parent, frozenset())
    return {prop: frozenset(parents) for prop, parents in supers.items()}


def _entities(graph: Graph) -> dict[URIRef, dict[str, Any]]:
    """Node attributes of every entity, keyed by entity IRI, in attribute order."""
    # Plain triple lookups, not SPARQL joins: rdflib's engine is slow on large graphs.
    classes: dict[URIRef, list[URIRef]] = defaultdict(list)
    for cls in ENTITY_CLASSES:
        for entity in graph.subjects(RDF.type, cls):
            if isinstance(entity, URIRef):
                classes[entity].append(cls)
    # One scan per property, not one lookup per entity and property: far fewer calls when the
    # graph is read from a store (kg.store.GraphStore.rdflib_view).
    values: dict[tuple[URIRef, URIRef], list[Node]] = defaultdict(list)
    for prop in _ENTITY_PROPS:
        for entity, value in subject_objects(graph, prop):
            if entity in classes:
                values[(entity, prop)].append(value)

    entities: dict[URIRef, dict[str, Any]] = {}
    for iri in sorted(classes, key=str):
        found = [cls for cls in ENTITY_CLASSES if cls in classes[iri]]
        if len(found) > 1:
            log.warning("%s has %d entity classes; exporting it as %s", iri, len(found), local_name(found[0]))
        cls = found[0]
        kind = local_name(cls)
        attrs: dict[str, Any] = {NODE_LABELS_KEY: f":{kind}", "n_iri": str(iri)}
        names = _sorted_values(values[(iri, RDFS.label)])
        if names and str(names[0]):
            attrs["n_name"] = str(names[0])
        attrs["n_type"] = kind
        aliases = sorted({str(v) for v in values[(iri, SKOS.altLabel)]} - {""})
        if aliases:
            attrs["n_aliases"] = "; ".join(aliases)
        counts = _sorted_values(values[(iri, KG.mentionCount)])
        if counts:
            mentions = _convert(counts[0], "int", str(iri))
            if mentions is not None:
                attrs["n_mentions"] = mentions
        attrs["n_articles"] = len(set(values[(iri, KG.mentionedIn)]))
        if cls == KG.Country:
            wikidata = [
                str(v)[len(str(WD)) :]
                for v in _sorted_values(values[(iri, OWL.sameAs)])
                if isinstance(v, URIRef) and str(v).startswith(str(WD))
            ]
            if wikidata:
                attrs["n_wikidata"] = wikidata[0]
            iso3 = _sorted_values(values[(iri, KG.iso3166Alpha3)])
            if iso3:
                attrs["n_iso3"] = str(iso3[0])
        entities[iri] = attrs
    return entities


def _evidence_attributes(graph: Graph, nodes: Iterable[Node] | None = None) -> dict[URIRef, dict[str, Any]]:
    """Edge attributes (after ``label`` and ``e_iri``) of every evidence node (or of ``nodes``), in
    attribute order.

    One property at a time: only that property's terms are alive at once (a 10,000-article graph
    has a quarter of a million evidence nodes, each with up to a dozen literals), and each kept
    value is a Python value, strings that repeat (rules, articles, sentences) shared.
    """
    article_ids: dict[Node, list[Node]] = defaultdict(list)
    for article in graph.subjects(RDF.type, KG.Article):
        article_ids[article].extend(graph.objects(article, KG.articleId))
    result: dict[URIRef, dict[str, Any]] = {}
    if nodes is None:
        nodes = (e for cls in (KG.Position, KG.Event, KG.Assertion) for e in graph.subjects(RDF.type, cls))
    for evidence in nodes:
        result.setdefault(evidence, {})
    shared: dict[str, str] = {}

    def put(evidence: URIRef, name: str, value: bool | int | float | str | None) -> None:
        if value is not None and value != "":
            if isinstance(value, str):
                value = shared.setdefault(value, value)
            result[evidence][name] = value

    articles = {str(a): ids for a, ids in article_ids.items()}
    raw = getattr(graph.store, "lexical_pairs", None)
    if raw is not None and all(isinstance(e, URIRef) for e in result):
        _raw_evidence_attributes(raw, result, articles, put)
        return result
    for prop, name, kind in _EVIDENCE_ATTRS:
        values: dict[Node, list[Node]] = defaultdict(list)
        for evidence, value in subject_objects(graph, prop):
            if evidence in result:
                values[evidence].append(value)
        for evidence, found in values.items():
            first = found[0] if len(found) == 1 else _sorted_values(found)[0]
            put(evidence, name, _attribute(first, kind, evidence, articles))
        del values
    return result


def _attribute(
    value: Node | str, kind: str, evidence: Node, articles: Mapping[str, list[Node]]
) -> bool | int | float | str | None:
    """An evidence node's value (a term or its lexical form) as the edge attribute of ``kind``: an
    article's ``kg:articleId`` for ``"article"``, else :func:`_convert`'s."""
    if kind != "article":
        return _convert(value, kind, str(evidence))
    ids = _sorted_values(articles.get(str(value), ()))
    if not ids:
        log.warning("%s: article %s has no kg:articleId; e_article omitted", evidence, value)
        return None
    return str(ids[0])


def _raw_evidence_attributes(
    raw: Callable[[URIRef], Iterable[tuple[str, str, str]]],
    result: dict[URIRef, dict[str, Any]],
    article_ids: Mapping[str, list[Node]],
    put: Callable[[URIRef, str, bool | int | float | str | None], None],
) -> None:
    """:func:`_evidence_attributes` from a build's store (:meth:`kg.store._UnionView.lexical_pairs`):
    each value read as text and made the attribute's type, the same values as from rdflib terms."""
    nodes = {str(e): e for e in result}
    for prop, name, kind in _EVIDENCE_ATTRS:
        best: dict[str, tuple[str, str]] = {}
        for subject, text, datatype in raw(prop):
            if subject in nodes:
                old = best.get(subject)
                if old is None or (text, datatype) < old:
                    best[subject] = (text, datatype)
        for subject, (text, _datatype) in best.items():
            evidence = nodes[subject]
            put(evidence, name, _attribute(text, kind, evidence, article_ids))


def _objects_of(graph: Graph, nodes: set[Node], *props: URIRef) -> list[dict[Node, list[Node]]]:
    """For each property, the values each of ``nodes`` has (one scan of the property each)."""
    found: list[dict[Node, list[Node]]] = []
    for prop in props:
        values: dict[Node, list[Node]] = defaultdict(list)
        for node, value in subject_objects(graph, prop):
            if node in nodes:
                values[node].append(value)
        found.append(values)
    return found


def _edges(
    graph: Graph, entities: Mapping[URIRef, dict[str, Any]]
) -> list[tuple[URIRef, str, URIRef, str, dict[str, Any]]]:
    """Every edge as (source IRI, type, target IRI, evidence IRI or "", attributes), sorted."""
    supers = _super_properties(graph)

    backing: dict[Node, set[tuple[Node, Node, Node]]] = defaultdict(set)
    for cls, first, second, default in (
        (KG.Position, KG.holder, KG.postIn, KG.affiliatedWith),
        (KG.Event, KG.actor, KG.target, KG.interactsWith),
    ):
        # A Position or an Event without kg:directProperty still backs the super-property triple.
        # (One scan per property rather than lookups per node: see _entities.)
        nodes = set(graph.subjects(RDF.type, cls))
        props, firsts, seconds = _objects_of(graph, nodes, KG.directProperty, first, second)
        for ev in nodes:
            for subj in firsts.get(ev, ()):
                for obj in seconds.get(ev, ()):
                    backing[ev].update((subj, prop, obj) for prop in props.get(ev) or [default])
    nodes = set(graph.subjects(RDF.type, KG.Assertion))
    subjects, predicates, objects = _objects_of(graph, nodes, RDF.subject, RDF.predicate, RDF.object)
    for ev in nodes:
        for subj in subjects.get(ev, ()):
            for prop in predicates.get(ev, ()):
                for obj in objects.get(ev, ()):
                    backing[ev].add((subj, prop, obj))
    evidence_attrs = _evidence_attributes(graph, sorted(backing, key=str))

    edges: list[tuple[URIRef, str, URIRef, str, dict[str, Any]]] = []
    covered: set[tuple[Node, Node, Node]] = set()
    for evidence in sorted(backing, key=str):
        candidates = sorted(backing[evidence], key=lambda t: tuple(map(str, t)))
        if len(candidates) > 1:
            log.warning("%s backs %d edges; exporting the first", evidence, len(candidates))
        source, prop, target = candidates[0]
        if source not in entities or target not in entities or not isinstance(prop, URIRef):
            log.warning(
                "%s: %s %s %s is not an edge between two entities; skipped", evidence, source, prop, target
            )
            continue
        covered.add((source, prop, target))
        covered.update((source, parent, target) for parent in supers.get(prop, ()))
        kind = local_name(prop)
        # Popped: each evidence node's attributes are copied into its edge once and let go.
        attrs = {EDGE_TYPE_KEY: kind, "e_iri": str(evidence), **evidence_attrs.pop(evidence, {})}
        edges.append((source, kind, target, str(evidence), attrs))

    roots = set(DIRECT_ROOTS)
    unbacked: set[tuple[Node, Node, Node]] = set()
    # A plain loop over the direct properties: a SPARQL join over every entity pair grows with
    # the square of the graph (minutes at 60k triples).
    direct = sorted(
        (p for p in set(supers) | roots if p in roots or supers.get(p, frozenset()) & roots), key=str
    )
    for prop in direct:
        for subj, obj in subject_objects(graph, prop):
            if subj in entities and obj in entities and (subj, prop, obj) not in covered:
                unbacked.add((subj, prop, obj))
    # kg writes a sub-property triple and its super-property triple: one edge, the specific one.
    implied = {(s, parent, o) for s, p, o in unbacked for parent in supers.get(p, ())}
    for source, prop, target in sorted(unbacked - implied, key=lambda t: tuple(map(str, t))):
        log.warning("%s %s %s has no evidence node; exported as %r", source, prop, target, ASSERTED_RULE)
        kind = local_name(prop)
        attrs = {EDGE_TYPE_KEY: kind, "e_confidence": 1.0, "e_rule": ASSERTED_RULE}
        edges.append((source, kind, target, "", attrs))

    edges.sort(key=lambda e: (str(e[0]), e[1], str(e[2]), e[3]))
    return edges


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """The property-graph view of a built kg graph.

    Parameters
    ----------
    graph:
        An RDF graph shaped as ``ontology/README.md`` describes.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes ``n0, n1, ...`` (entities, in the order of their sorted IRIs) with
        ``labels``, ``n_iri``, ``n_name``, ``n_type``, ``n_aliases``, ``n_mentions``,
        ``n_articles`` and, for countries, ``n_wikidata`` and ``n_iso3``. Edges keyed
        ``e0, e1, ...`` (sorted by source IRI, type, target IRI, evidence IRI), one per
        evidence node that backs a direct edge, with ``label`` (the type) first, then
        ``e_iri``, ``e_confidence``, ``e_rule``, ``e_sentence``, ``e_begin``, ``e_end``,
        ``e_article`` and, where present, ``e_title``, ``e_former``, ``e_cameo``,
        ``e_trigger``, ``e_date``, ``e_negated``. A direct triple that no evidence node
        backs gets an edge with ``e_confidence`` 1.0 and ``e_rule`` ``"asserted"``.
        Values are bool, int, float or str; missing and empty values are omitted
        (GraphML cannot tell an empty string from a missing value).

    Example
    -------
    >>> from rdflib import Graph, Literal, Namespace, RDF, RDFS
    >>> from kg.vocab import KG
    >>> ID = Namespace("https://w3id.org/kgnews/id/")
    >>> g = Graph()
    >>> _ = g.add((ID["person/xi-jinping"], RDF.type, KG.Person))
    >>> _ = g.add((ID["person/xi-jinping"], RDFS.label, Literal("Xi Jinping")))
    >>> view = to_networkx(g)
    >>> view.nodes["n0"]["labels"], view.nodes["n0"]["n_name"]
    (':Person', 'Xi Jinping')
    """
    entities = _entities(graph)
    node_ids = {iri: f"n{i}" for i, iri in enumerate(entities)}
    view = nx.MultiDiGraph()
    for iri, attrs in entities.items():
        view.add_node(node_ids[iri], **attrs)
    edges = _edges(graph, entities)
    # Taken from the end of the reversed list, so each edge's attributes are let go once networkx
    # has its copy (a 10,000-article graph has about 200,000 edges).
    edges.reverse()
    i = 0
    while edges:
        source, _kind, target, _evidence, attrs = edges.pop()
        view.add_edge(node_ids[source], node_ids[target], key=f"e{i}", **attrs)
        i += 1
    log.debug("GraphML view: %d nodes, %d edges", view.number_of_nodes(), view.number_of_edges())
    return view


def _is_nmtoken(text: str) -> bool:
    return bool(text) and not _NMTOKEN_BAD.search(text)


def _check_attributes(g: nx.Graph) -> None:
    """Raise ExportError for what GraphML (or the tools that read it) cannot take."""
    types: dict[tuple[str, str], set[str]] = defaultdict(set)

    def check(scope: str, owner: object, data: Mapping[Any, Any]) -> None:
        for name, value in data.items():
            if type(value) not in _XML_TYPES:
                raise ExportError(
                    f"{scope} {owner}: attribute {name!r} is a {type(value).__name__}; GraphML takes "
                    "bool, int, float or str only (join lists or encode them as JSON)"
                )
            if isinstance(value, str) and (bad := _XML_ILLEGAL.search(value)):
                raise ExportError(
                    f"{scope} {owner}: attribute {name!r} contains U+{ord(bad.group()):04X}, "
                    "which XML 1.0 cannot represent; remove it before exporting"
                )
            types[(scope, str(name))].add(_XML_TYPES[type(value)])

    check("graph", "", {k: v for k, v in g.graph.items() if k not in ("node_default", "edge_default")})
    for node, data in g.nodes(data=True):
        if not _is_nmtoken(str(node)):
            raise ExportError(
                f"node id {str(node)!r} is not an XML name token; relabel the nodes (n0, n1, ...) "
                "and keep the IRI in an attribute"
            )
        check("node", node, data)
    for source, target, data in g.edges(data=True):
        if not isinstance(data.get(EDGE_TYPE_KEY), str) or not data[EDGE_TYPE_KEY]:
            raise ExportError(
                f"edge {source} -> {target} has no {EDGE_TYPE_KEY!r} attribute (the relationship type "
                "Neo4j APOC reads)"
            )
        check("edge", f"{source} -> {target}", data)
    for (scope, name), found in sorted(types.items()):
        if len(found) > 1:
            raise ExportError(
                f"{scope} attribute {name!r} has values of more than one type ({', '.join(sorted(found))}); "
                "GraphML declares one type per attribute"
            )


def _key_id(scope: str, name: str) -> str:
    if _KEY_FIXED.get(scope) == name:
        return name
    prefix = _KEY_PREFIX.get(scope, "x_")
    return _NMTOKEN_BAD.sub("_", name if name.startswith(prefix) else prefix + name)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
_GRAPHML_HEAD = (
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    f'<graphml xmlns="{GRAPHML_NS}" xmlns:xsi="{_XSI_NS}" '
    f'xsi:schemaLocation="{GRAPHML_NS} {GRAPHML_NS}/1.0/graphml.xsd">\n'
)
# What libxml2 escapes when it serialises text and attribute values as UTF-8 (lxml's output),
# and, in the same search, any character XML 1.0 cannot carry.
_TEXT_SPECIAL = re.compile(f"[&<>\r]|{_XML_ILLEGAL.pattern}")
_ATTR_SPECIAL = re.compile(f'[&<>"\n\r\t]|{_XML_ILLEGAL.pattern}')
#: Characters of the document written to the file at a time.
_CHUNK_CHARS = 1 << 18


def _check_xml_chars(text: str, what: str) -> None:
    if bad := _XML_ILLEGAL.search(text):
        raise ExportError(f"{what} contains U+{ord(bad.group()):04X}, which XML 1.0 cannot represent")


def _escape_text(text: str) -> str:
    """Element text as lxml serialises it (``&``, ``<``, ``>`` and carriage returns escaped)."""
    if _TEXT_SPECIAL.search(text) is None:
        return text
    _check_xml_chars(text, f"the text {text[:60]!r}")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _escape_attr(text: str) -> str:
    """A double-quoted attribute value as lxml serialises it."""
    if _ATTR_SPECIAL.search(text) is None:
        return text
    _check_xml_chars(text, f"the value {text[:60]!r}")
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\r", "&#13;")
        .replace("\n", "&#10;")
        .replace("\t", "&#9;")
    )


def _parsed_text(text: str) -> str:
    """Text as an XML parser returns it: line ends normalised to ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _default_element(default: Any, indent: str) -> str:
    """A ``<default>`` child of a key: networkx writes ``str(default)``, which a parse normalises."""
    text = str(default)
    _check_xml_chars(text, f"the default value {text[:60]!r}")
    text = _parsed_text(text)
    if not text:
        return f"{indent}<default/>\n"
    return f"{indent}<default>{_escape_text(text)}</default>\n"


def _named_items(data: Mapping[Any, Any]) -> list[tuple[str, Any]]:
    """Attributes as (name, value); names that read the same (``1``, ``"1"``) share the last value."""
    items = [(k if type(k) is str else str(k), v) for k, v in data.items()]
    if any(type(k) is not str for k in data):
        last = dict(items)
        items = [(name, last[name]) for name, _ in items]
    return items


def _graph_data(g: nx.Graph) -> dict[Any, Any]:
    """The graph attributes networkx writes as ``<data>`` (not its id nor the node and edge defaults)."""
    return {k: v for k, v in g.graph.items() if k not in ("node_default", "edge_default", "id")}


def _graphml_keys(g: nx.Graph) -> tuple[list[str], dict[tuple[str, str], str]]:
    """The ``<key>`` lines, in document order, and the key id of every (scope, attribute name).

    networkx makes one key per attribute in the order it meets them (graph, nodes, edges),
    with the default of its first value; DESIGN.md section 4 renames and sorts them.
    """
    created: dict[tuple[str, str], tuple[str, Any]] = {}
    node_default = g.graph.get("node_default", {})
    edge_default = g.graph.get("edge_default", {})
    for scope, datas, default in (
        ("graph", (_graph_data(g),), {}),
        ("node", g.nodes.values(), node_default),
        ("edge", (data for *_ends, data in g.edges(data=True)), edge_default),
    ):
        for data in datas:
            for k, v in data.items():
                name = str(k)
                if (scope, name) not in created:
                    created[(scope, name)] = (_XML_TYPES[type(v)], default.get(k))
    # networkx inserts every new key first, so the document (and the id checks) meets them last-made first.
    names: dict[str, str] = {}
    ids: dict[tuple[str, str], str] = {}
    for scope, name in reversed(created):
        _check_xml_chars(name, f"{scope} attribute name {name[:60]!r}")
        new_id = _key_id(scope, name)
        if new_id in names:
            raise ExportError(
                f"{scope} attribute {name!r} would share the GraphML key id {new_id!r} with "
                f"attribute {names[new_id]!r}; rename one of them"
            )
        names[new_id] = name
        ids[(scope, name)] = new_id

    def order(item: tuple[tuple[str, str], tuple[str, Any]]) -> tuple[int, int, str]:
        (scope, name), _ = item
        key_id = ids[(scope, name)]
        return (_SCOPE_ORDER.index(scope), 0 if _KEY_FIXED.get(scope) == key_id else 1, key_id)

    lines = []
    for (scope, name), (xml_type, default) in sorted(created.items(), key=order):
        head = (
            f'  <key id="{ids[(scope, name)]}" for="{scope}" attr.name="{_escape_attr(name)}" '
            f'attr.type="{xml_type}"'
        )
        if default is None:
            lines.append(head + "/>\n")
        else:
            lines.append(head + ">\n" + _default_element(default, "    ") + "  </key>\n")
    return lines, ids


def _edge_ids_are_usable(g: nx.Graph) -> bool:
    """Whether the edge keys are unique XML name tokens (else the edges are numbered e0, e1, ...)."""
    if not g.is_multigraph():
        return g.number_of_edges() == 0
    seen: set[str] = set()
    for _u, _v, key in g.edges(keys=True):
        text = str(key)
        if text in seen or not _is_nmtoken(text):
            return False
        seen.add(text)
    return True


def _data_lines(
    scope: str, data: Mapping[Any, Any], ids: Mapping[tuple[str, str], str], indent: str
) -> list[str]:
    items = _named_items(data)
    if scope == "edge":  # the edge type first (Neo4j APOC)
        first = next(i for i, (name, _v) in enumerate(items) if name == EDGE_TYPE_KEY)
        items.insert(0, items.pop(first))
    return [
        f'{indent}<data key="{ids[(scope, name)]}">{_escape_text(_text(value))}</data>\n'
        for name, value in items
    ]


def _graph_head(g: nx.Graph) -> str:
    """The ``<graph`` start tag, without its end: ``edgedefault`` and the graph's ``id``, if any."""
    head = f'  <graph edgedefault="{"directed" if g.is_directed() else "undirected"}"'
    graph_id = g.graph.get("id")
    if graph_id is not None:
        if not isinstance(graph_id, str):
            raise ExportError(
                f"the graph id {graph_id!r} is a {type(graph_id).__name__}; GraphML takes a string"
            )
        head += f' id="{_escape_attr(graph_id)}"'
    return head


def _graphml_lines(g: nx.Graph, keys: list[str], ids: Mapping[tuple[str, str], str]) -> Iterator[str]:
    """The GraphML document, a piece at a time, as lxml's ``indent(space="  ")`` lays it out."""
    yield _GRAPHML_HEAD
    yield from keys
    head = _graph_head(g)
    graph_data = _data_lines("graph", _graph_data(g), ids, "    ")
    if not graph_data and not g.number_of_nodes() and not g.number_of_edges():
        yield head + "/>\n</graphml>\n"
        return
    yield head + ">\n"
    yield from graph_data
    for node, data in g.nodes(data=True):
        if data:
            yield f'    <node id="{str(node)}">\n'
            yield from _data_lines("node", data, ids, "      ")
            yield "    </node>\n"
        else:
            yield f'    <node id="{str(node)}"/>\n'
    keep_ids = _edge_ids_are_usable(g)
    if not keep_ids:
        log.debug("edge keys are not unique XML name tokens; numbering the edges e0, e1, ...")
    edges = (
        g.edges(keys=True, data=True)
        if g.is_multigraph()
        else ((u, v, "", d) for u, v, d in g.edges(data=True))
    )
    for i, (source, target, key, data) in enumerate(edges):
        edge_id = str(key) if keep_ids else f"e{i}"
        yield f'    <edge source="{str(source)}" target="{str(target)}" id="{edge_id}">\n'
        yield from _data_lines("edge", data, ids, "      ")
        yield "    </edge>\n"
    yield "  </graph>\n</graphml>\n"


def write_graphml(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write a property graph as GraphML that Neo4j APOC, Gephi, igraph and networkx read.

    The document is what networkx's GraphML writer makes, repaired as DESIGN.md section 4
    requires (key ids ``labels``, ``label`` and ``n_*``/``e_*``, nodes before edges, unique
    edge ids, ``label`` first in every edge, booleans ``true``/``false``) and laid out two
    spaces an indent; it is written one element at a time, so memory does not grow with
    the graph, and atomically. The same graph gives the same bytes.

    Parameters
    ----------
    g:
        A graph such as :func:`to_networkx` returns. Node ids must be XML name tokens,
        every edge needs a ``label`` (its type), and attribute values must be bool,
        int, float or str, one type per attribute name.
    path:
        The file to write; an existing file is replaced only once the new one is complete.

    Raises
    ------
    ExportError
        If the graph cannot be written as GraphML or the file cannot be written.

    Example
    -------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("n0", labels=":Person", n_name="Xi Jinping")
    >>> g.add_node("n1", labels=":Country", n_name="Cuba")
    >>> _ = g.add_edge("n0", "n1", key="e0", label="consults", e_confidence=0.9)
    >>> write_graphml(g, "graph.graphml")  # doctest: +SKIP
    >>> read_graphml("graph.graphml").edges["n0", "n1", "e0"]["label"]  # doctest: +SKIP
    'consults'
    """
    _check_attributes(g)
    keys, ids = _graphml_keys(g)
    _graph_head(g)  # checked before the file is opened
    try:
        with atomic_write(path, "w") as fh:
            _write_chunked(fh, _graphml_lines(g, keys, ids))
    except OSError as err:
        raise ExportError(f"cannot write GraphML to {os.fspath(path)}: {err}") from err
    log.info("wrote %s (%d nodes, %d edges)", os.fspath(path), g.number_of_nodes(), g.number_of_edges())


def _write_chunked(fh: IO[str], pieces: Iterable[str]) -> None:
    """Write pieces of text some 256 KB at a time (one ``write`` per piece is slower)."""
    buffer: list[str] = []
    size = 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= _CHUNK_CHARS:
            fh.write("".join(buffer))
            buffer.clear()
            size = 0
    fh.write("".join(buffer))


def read_graphml(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a GraphML file written by :func:`write_graphml` (or any GraphML) with networkx.

    Parameters
    ----------
    path:
        The GraphML file.

    Returns
    -------
    networkx.MultiDiGraph
        Node ids as written, edge keys from the edge ids, attributes under their names
        (``labels``, ``n_name``, ``label``, ``e_confidence``...) with their declared types.

    Raises
    ------
    ExportError
        If the file cannot be read or is not GraphML.

    Example
    -------
    >>> view = read_graphml("graph.graphml")  # doctest: +SKIP
    >>> view.nodes["n0"]["labels"]  # doctest: +SKIP
    ':Person'
    """
    try:
        return nx.read_graphml(path, force_multigraph=True)
    except (OSError, ET.ParseError, nx.NetworkXError, KeyError, ValueError) as err:
        raise ExportError(f"cannot read GraphML from {os.fspath(path)}: {err}") from err


def export_graphml(
    graph: Graph, path: str | os.PathLike[str], view: nx.MultiDiGraph | None = None
) -> tuple[int, int]:
    """Write the property-graph view of a kg graph to a GraphML file.

    Parameters
    ----------
    graph:
        A built kg graph.
    path:
        The GraphML file to write.
    view:
        The graph's property-graph view (:func:`to_networkx`) if already made.

    Returns
    -------
    tuple of int
        The numbers of nodes and edges written.

    Raises
    ------
    ExportError
        If the file cannot be written.

    Example
    -------
    >>> export_graphml(built_graph, "exports/kg.graphml")  # doctest: +SKIP
    (6, 4)
    """
    if view is None:
        view = to_networkx(graph)
    write_graphml(view, path)
    return view.number_of_nodes(), view.number_of_edges()
