"""Cut a built graph to the facts whose evidence is at least so confident (``kg export --min-confidence``).

A kg graph states each fact twice: as an evidence node (``kg:Position``, ``kg:Event``,
``kg:Assertion``, ``kg:Statement``, each with a ``kg:confidence``) and, for facts between two
entities, as the direct edge the node backs (``kg:leads`` and ``kg:affiliatedWith``,
``kg:consults`` and ``kg:interactsWith``, ``kg:locatedIn``...). :func:`cut_graph` removes

- every evidence node whose ``kg:confidence`` is below the threshold, with all its triples;
- every direct edge between entities that no remaining evidence node backs (a super-property
  triple such as ``kg:affiliatedWith`` stays while another remaining node still backs it).

Entities and articles stay, with every triple describing them (labels, mention counts,
``kg:mentionedIn``): an entity whose facts are all gone is still an entity the articles
mention. This is what ``kg build --min-confidence`` leaves out at build time
(:class:`kg.rdf.GraphBuilder`), so cutting a build's graph gives the graph a build with the
same threshold writes. Evidence nodes compare as the build does: the graph's two-decimal
``kg:confidence`` as a float against the threshold (kept when ``>=``). A node without a
readable ``kg:confidence`` is kept (it cannot be judged).

The kg:EdgeSupport node of each assertion-backed edge is counted again: its edge's remaining
assertions and their articles, or gone with its edge.

Which edges a node backs is read as :class:`kg.rdf.GraphBuilder` writes them: a Position backs
``holder --directProperty--> postIn`` and ``holder --kg:affiliatedWith--> postIn``; an Event that
is not negated and has a target backs ``actor --directProperty--> target`` and
``actor --kg:interactsWith--> target``; an Assertion backs ``rdf:subject --rdf:predicate-->
rdf:object``; a Statement backs nothing.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.export.rdf_formats import edges_backed
from kg.rdf import AFFILIATION_PROPERTY, CAMEO_PROPERTY, RELATION_PROPERTY, support_counts, support_iri
from kg.vocab import KG

__all__ = ["EVIDENCE_CLASSES", "DIRECT_PROPERTIES", "Cut", "check_min_confidence", "cut_graph", "cut_source"]

Triple = tuple[Node, Node, Node]

#: The classes of evidence nodes, each with one ``kg:confidence``.
EVIDENCE_CLASSES = (KG.Position, KG.Event, KG.Assertion, KG.Statement, KG.CoreferenceLink)
#: The properties of direct edges between entities (the ones evidence nodes back).
DIRECT_PROPERTIES = frozenset(
    [
        KG.affiliatedWith,
        KG.interactsWith,
        *AFFILIATION_PROPERTY.values(),
        *RELATION_PROPERTY.values(),
        *CAMEO_PROPERTY.values(),
    ]
)


@dataclass(frozen=True)
class Cut:
    """What :func:`cut_graph` removed: evidence nodes, direct edges, and triples in all."""

    evidence: int = 0
    edges: int = 0
    triples: int = 0

    def __str__(self) -> str:
        return f"{self.evidence} evidence node(s) and {self.edges} direct edge(s) ({self.triples} triples)"


def check_min_confidence(value: object) -> float:
    """A confidence threshold, checked: a number in [0, 1].

    Raises
    ------
    ValueError
        For anything else (not a number, NaN, negative, above 1), saying why.

    Example
    -------
    >>> check_min_confidence("0.9")
    0.9
    """
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not a number; give a confidence from 0 to 1, e.g. 0.9") from None
    if math.isnan(number):
        raise ValueError(f"{value!r} is not a number; give a confidence from 0 to 1, e.g. 0.9")
    if not 0.0 <= number <= 1.0:
        raise ValueError(f"{value!r} is outside 0 to 1 (kg:confidence is always in [0, 1]); e.g. 0.9")
    return number


def _objects(graph: Graph, prop: Node) -> dict[Node, list[Node]]:
    """Subject -> objects of one property, from one scan of the property."""
    found: dict[Node, list[Node]] = defaultdict(list)
    for s, o in graph.subject_objects(prop):
        found[s].append(o)
    return found


def _confidence(values: list[Node]) -> float | None:
    for value in values:
        if isinstance(value, Literal):
            try:
                return float(value.toPython())
            except (TypeError, ValueError):
                continue
    return None


class _Evidence:
    """The evidence nodes of a graph, their confidence and the edges each one backs."""

    def __init__(self, graph: Graph) -> None:
        self.types: dict[Node, set[Node]] = defaultdict(set)
        for cls in EVIDENCE_CLASSES:
            for node in graph.subjects(RDF.type, cls):
                self.types[node].add(cls)
        confidence = _objects(graph, KG.confidence)
        self.confidence = {node: _confidence(confidence.get(node, [])) for node in self.types}
        self._props = {
            prop: _objects(graph, prop)
            for prop in (
                KG.holder,
                KG.postIn,
                KG.directProperty,
                KG.actor,
                KG.target,
                KG.negated,
                RDF.subject,
                RDF.predicate,
                RDF.object,
            )
        }

    def dropped(self, min_confidence: float) -> set[Node]:
        """The nodes below the threshold (nodes without a confidence are kept)."""
        return {node for node, conf in self.confidence.items() if conf is not None and conf < min_confidence}

    def backs(self, node: Node) -> Iterable[Triple]:
        """The direct edges ``node`` backs (whether or not they are in the graph)."""
        return edges_backed(self.types[node], lambda prop: self._props[prop].get(node, ()))

    def backed(self, exclude: set[Node]) -> set[Triple]:
        """Every edge some evidence node not in ``exclude`` backs."""
        return {t for node in self.types if node not in exclude for t in self.backs(node)}

    def direct_properties(self) -> set[Node]:
        """The properties of direct edges: kg's, and any an evidence node of this graph names."""
        props = set(DIRECT_PROPERTIES)
        for prop in (KG.directProperty, RDF.predicate):
            for values in self._props[prop].values():
                props.update(values)
        return props


def _removals(
    graph: Graph, dropped: set[Node], props: set[Node], keep_edge: Callable[[Triple], bool]
) -> tuple[list[Triple], int]:
    """The triples to remove from ``graph`` and how many of them are direct edges."""
    remove: list[Triple] = []
    for node in sorted(dropped, key=str):
        remove.extend(graph.triples((node, None, None)))
        remove.extend(t for t in graph.triples((None, None, node)) if t[0] not in dropped)
    edges = 0
    for prop in sorted(props, key=str):
        for s, o in graph.subject_objects(prop):
            if s not in dropped and o not in dropped and not keep_edge((s, prop, o)):
                remove.append((s, prop, o))
                edges += 1
    return remove, edges


def cut_graph(graph: Graph, min_confidence: float) -> Cut:
    """Remove, in place, the evidence below ``min_confidence`` and the direct edges nothing backs any more.

    Parameters
    ----------
    graph:
        A kg graph (e.g. read from ``graph.ttl``); changed in place.
    min_confidence:
        Evidence nodes whose ``kg:confidence`` is below this go. Any number works here
        (above 1 removes every fact); the command line takes [0, 1] only.

    Returns
    -------
    Cut
        How many evidence nodes, direct edges and triples were removed.

    Example
    -------
    >>> from rdflib import Graph
    >>> cut_graph(Graph(), 0.9)
    Cut(evidence=0, edges=0, triples=0)
    """
    evidence = _Evidence(graph)
    dropped = evidence.dropped(min_confidence)
    kept = evidence.backed(exclude=dropped)
    remove, edges = _removals(graph, dropped, evidence.direct_properties(), kept.__contains__)
    for triple in remove:
        graph.remove(triple)
    return Cut(len(dropped), edges, len(remove) + _recount_supports(graph, None))


def _name(context: Node | Graph | None) -> Node:
    """A named graph's name, whether rdflib's ``quads`` gives the graph or its name."""
    if context is None:
        return DATASET_DEFAULT_GRAPH_ID
    return context.identifier if isinstance(context, Graph) else context


def cut_source(graph: Graph, dataset: Dataset | None, min_confidence: float) -> Cut:
    """:func:`cut_graph` for a graph and, when the file had them, its named graphs.

    ``graph`` is the union of ``dataset``'s graphs (as :func:`kg.export.rdf_formats.read_rdf`
    returns them); both are changed in place. A dropped evidence node goes from every named
    graph. A direct edge stays in a named graph when a remaining evidence node of that graph
    backs it, so an article's graph keeps only the edges its own remaining evidence backs, as
    a build writes it; an edge that a named graph holds without any evidence of its own for it
    is judged by the evidence of the whole graph. The union then loses the triples that no
    named graph still has.
    """
    if dataset is None:
        return cut_graph(graph, min_confidence)
    evidence = _Evidence(graph)
    dropped = evidence.dropped(min_confidence)
    props = evidence.direct_properties()
    backed_anywhere = evidence.backed(exclude=dropped)
    # edge -> the named graphs holding an evidence node that backs it (any / a remaining one)
    backers: dict[Triple, set[Node]] = defaultdict(set)
    kept_backers: dict[Triple, set[Node]] = defaultdict(set)
    for node, types in evidence.types.items():
        homes = {_name(c) for cls in types for *_t, c in dataset.quads((node, RDF.type, cls, None))}
        for edge in evidence.backs(node):
            backers[edge] |= homes
            if node not in dropped:
                kept_backers[edge] |= homes
    remove, _edges = _removals(graph, dropped, props, lambda t: False)
    removed: set[Triple] = set()
    for triple in remove:
        homes = {_name(c) for *_t, c in dataset.quads((*triple, None))}
        if triple[0] not in dropped and triple[2] not in dropped:  # a direct edge
            homes = {
                home
                for home in homes
                if home not in kept_backers.get(triple, ())
                and (home in backers.get(triple, ()) or triple not in backed_anywhere)
            }
        for home in sorted(homes, key=str):
            dataset.graph(home).remove(triple)
        removed.add(triple)
    gone = [
        t
        for t in sorted(removed, key=lambda t: tuple(map(str, t)))
        if next(dataset.quads((*t, None)), None) is None
    ]
    edges = 0
    for triple in gone:
        graph.remove(triple)
        if triple[0] not in dropped and triple[2] not in dropped:
            edges += 1
    return Cut(len(dropped), edges, len(gone) + _recount_supports(graph, dataset))


def _recount_supports(graph: Graph, dataset: Dataset | None) -> int:
    """Count again what backs each edge (the kg:EdgeSupport nodes a build writes, :mod:`kg.rdf`)
    once evidence has gone: a node whose edge lost all its assertions goes, the others get the
    counts a build with the same threshold writes. A graph without such nodes is left as it is.
    Returns how many triples were removed."""
    old = sorted(set(graph.subjects(RDF.type, KG.EdgeSupport)), key=str)
    if not old:
        return 0
    base = str(old[0]).rsplit("support/", 1)[0]
    homes = (
        sorted({_name(c) for *_t, c in dataset.quads((old[0], RDF.type, KG.EdgeSupport, None))}, key=str)
        if dataset is not None
        else []
    )
    before = {t for node in old for t in graph.triples((node, None, None))}
    after: set[Triple] = set()
    for (s, p, o), (evidence, articles) in support_counts([graph]).items():
        node = URIRef(support_iri(base, s, p, o))
        after.update(
            [
                (node, RDF.type, KG.EdgeSupport),
                (node, RDF.subject, URIRef(s)),
                (node, RDF.predicate, URIRef(p)),
                (node, RDF.object, URIRef(o)),
                (node, KG.evidenceCount, Literal(evidence)),
                (node, KG.articleCount, Literal(articles)),
            ]
        )
    gone = sorted(before - after, key=lambda t: tuple(map(str, t)))
    for triple in gone:
        graph.remove(triple)
        for home in homes:
            dataset.graph(home).remove(triple)
    for triple in sorted(after - before, key=lambda t: tuple(map(str, t))):
        graph.add(triple)
        for home in homes:
            dataset.graph(home).add(triple)
    return len(gone)
