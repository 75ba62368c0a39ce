"""GraphML export: the property-graph view of a kg RDF graph.

The view has one node per entity (``kg:Person``, ``kg:Organisation``, ``kg:Country``,
``kg:Location``) and one edge per evidence node that backs a direct edge (a
``kg:Position``, a ``kg:Event`` with a target, a ``kg:Assertion``), so parallel
evidence stays parallel. It is derived with SPARQL over the ontology's contract terms
(``ontology/README.md``), never from the extraction records.

networkx writes the XML; :func:`write_graphml` then repairs what networkx gets wrong
for Neo4j APOC, Gephi and igraph (DESIGN.md section 4): key ids ``labels`` (node
labels) and ``label`` (edge type), every other key id prefixed ``n_``/``e_``/``g_``
(never ``d0``), keys in a fixed order, nodes before edges, unique edge ids, ``label``
first in every edge, booleans as ``true``/``false``. The same graph gives the same
bytes.
"""

from __future__ import annotations

import io
import logging
import os
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
from lxml import etree
from networkx.readwrite.graphml import GraphMLWriter
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


def _q(tag: str) -> str:
    return f"{{{GRAPHML_NS}}}{tag}"


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


def _convert(value: Node, kind: str, where: str) -> bool | int | float | str | None:
    """A literal as the Python type of an attribute, or None (logged) when it is not one."""
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
        for entity, value in graph.subject_objects(prop):
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


def _evidence_attributes(graph: Graph) -> dict[URIRef, dict[str, Any]]:
    """Edge attributes (after ``label`` and ``e_iri``) of every evidence node, in attribute order."""
    article_ids: dict[Node, list[Node]] = defaultdict(list)
    for article in graph.subjects(RDF.type, KG.Article):
        article_ids[article].extend(graph.objects(article, KG.articleId))
    nodes = {e for cls in (KG.Position, KG.Event, KG.Assertion) for e in graph.subjects(RDF.type, cls)}
    values: dict[Node, dict[Node, list[Node]]] = {e: defaultdict(list) for e in nodes}
    for prop, _name, _kind in _EVIDENCE_ATTRS:
        for evidence, value in graph.subject_objects(prop):
            if evidence in nodes:
                values[evidence][prop].append(value)

    result: dict[URIRef, dict[str, Any]] = {}
    for evidence, props in values.items():
        attrs: dict[str, Any] = {}
        for prop, name, kind in _EVIDENCE_ATTRS:
            found = _sorted_values(props.get(prop, ()))
            if not found:
                continue
            if kind == "article":
                ids = _sorted_values(article_ids.get(found[0], ()))
                value: bool | int | float | str | None = str(ids[0]) if ids else None
                if value is None:
                    log.warning("%s: article %s has no kg:articleId; e_article omitted", evidence, found[0])
            else:
                value = _convert(found[0], kind, str(evidence))
            if value is not None and value != "":
                attrs[name] = value
        result[evidence] = attrs
    return result


def _objects_of(graph: Graph, nodes: set[Node], *props: URIRef) -> list[dict[Node, list[Node]]]:
    """For each property, the values each of ``nodes`` has (one scan of the property each)."""
    found: list[dict[Node, list[Node]]] = []
    for prop in props:
        values: dict[Node, list[Node]] = defaultdict(list)
        for node, value in graph.subject_objects(prop):
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
    evidence_attrs = _evidence_attributes(graph)

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
        attrs = {EDGE_TYPE_KEY: kind, "e_iri": str(evidence), **evidence_attrs.get(evidence, {})}
        edges.append((source, kind, target, str(evidence), attrs))

    roots = set(DIRECT_ROOTS)
    unbacked: set[tuple[Node, Node, Node]] = set()
    # A plain loop over the direct properties: a SPARQL join over every entity pair grows with
    # the square of the graph (minutes at 60k triples).
    direct = sorted(
        (p for p in set(supers) | roots if p in roots or supers.get(p, frozenset()) & roots), key=str
    )
    for prop in direct:
        for subj, _, obj in graph.triples((None, prop, None)):
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
    for i, (source, _kind, target, _evidence, attrs) in enumerate(_edges(graph, entities)):
        view.add_edge(node_ids[source], node_ids[target], key=f"e{i}", **attrs)
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


def _key_order(key: etree._Element) -> tuple[int, int, str]:
    scope = key.get("for", "")
    rank = _SCOPE_ORDER.index(scope) if scope in _SCOPE_ORDER else len(_SCOPE_ORDER)
    return (rank, 0 if _KEY_FIXED.get(scope) == key.get("id") else 1, key.get("id", ""))


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _fix_document(raw: bytes, g: nx.Graph) -> bytes:
    """Repair networkx's GraphML (DESIGN.md section 4) and serialise it canonically."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    root = etree.fromstring(raw, parser)

    keys = root.findall(_q("key"))
    new_ids: dict[str, str] = {}
    names: dict[str, str] = {}
    for key in keys:
        scope, name = key.get("for", ""), key.get("attr.name", "")
        new_id = _key_id(scope, name)
        if new_id in names:
            raise ExportError(
                f"{scope} attribute {name!r} would share the GraphML key id {new_id!r} with "
                f"attribute {names[new_id]!r}; rename one of them"
            )
        names[new_id] = name
        new_ids[key.get("id", "")] = new_id
        key.set("id", new_id)
    for data in root.iter(_q("data")):
        data.set("key", new_ids[data.get("key", "")])
    for key in keys:
        root.remove(key)
    for i, key in enumerate(sorted(keys, key=_key_order)):
        root.insert(i, key)

    graph_el = root.find(_q("graph"))
    if graph_el is None:  # pragma: no cover - networkx always writes one
        raise ExportError("networkx wrote GraphML without a <graph> element")
    rank = {_q("data"): 0, _q("node"): 1, _q("edge"): 2}
    children = sorted(graph_el, key=lambda el: rank.get(el.tag, 3))  # stable: keeps node and edge order
    graph_el[:] = children
    nodes = graph_el.findall(_q("node"))
    edges = graph_el.findall(_q("edge"))
    if len(nodes) != g.number_of_nodes() or len(edges) != g.number_of_edges():  # pragma: no cover
        raise ExportError("networkx wrote a different number of nodes or edges than the graph has")

    # Texts from the values themselves: XML parsing turned any "\r" into "\n", and
    # networkx writes booleans as "True", which is not xsd:boolean.
    graph_data = {str(k): v for k, v in g.graph.items() if k not in ("node_default", "edge_default")}
    owners = [(graph_el, graph_data)]
    owners += [
        (el, {str(k): v for k, v in data.items()}) for el, data in zip(nodes, g.nodes.values(), strict=True)
    ]
    owners += [
        (el, {str(k): v for k, v in data.items()})
        for el, (_u, _v, data) in zip(edges, g.edges(data=True), strict=True)
    ]
    for element, values in owners:
        for data in element.findall(_q("data")):
            data.text = _text(values[names[data.get("key", "")]])

    for edge in edges:
        label = [d for d in edge.findall(_q("data")) if d.get("key") == EDGE_TYPE_KEY]
        edge.remove(label[0])
        edge.insert(0, label[0])
    edge_ids = [edge.get("id") or "" for edge in edges]
    if len(set(edge_ids)) != len(edge_ids) or not all(map(_is_nmtoken, edge_ids)):
        log.debug("edge keys are not unique XML name tokens; numbering the edges e0, e1, ...")
        for i, edge in enumerate(edges):
            edge.set("id", f"e{i}")

    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def write_graphml(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write a property graph as GraphML that Neo4j APOC, Gephi, igraph and networkx read.

    networkx writes the document; it is then repaired as DESIGN.md section 4 requires
    (key ids ``labels``, ``label`` and ``n_*``/``e_*``, nodes before edges, unique
    edge ids, ``label`` first in every edge) and written atomically. The same graph
    gives the same bytes.

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
    writer = GraphMLWriter(
        encoding="utf-8", prettyprint=False, infer_numeric_types=False, named_key_ids=False
    )
    graph_id = g.graph.get("id")
    try:
        writer.add_graph_element(g)
        buffer = io.BytesIO()
        writer.dump(buffer)
    except nx.NetworkXError as err:
        raise ExportError(f"networkx cannot write the graph as GraphML: {err}") from err
    finally:
        if graph_id is not None:  # networkx pops it from the caller's graph
            g.graph["id"] = graph_id
    document = _fix_document(buffer.getvalue(), g)
    try:
        with atomic_write(path, "wb") as fh:
            fh.write(document)
    except OSError as err:
        raise ExportError(f"cannot write GraphML to {os.fspath(path)}: {err}") from err
    log.info("wrote %s (%d nodes, %d edges)", os.fspath(path), g.number_of_nodes(), g.number_of_edges())


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
