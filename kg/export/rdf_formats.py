"""Turtle, N-Triples and TriG writers and readers: deterministic, and atomic (temporary file, then rename).

Besides the writers, this module reads any RDF file kg exports (:func:`read_rdf`, pyoxigraph's
fast parsers where it can) and rebuilds a build's named graphs from a plain graph
(:func:`dataset_from_graph`), so ``kg export graph.ttl --to trig`` writes the TriG the build wrote.
"""

from __future__ import annotations

import logging
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import PROV, RDF, XSD
from rdflib.term import Node

from kg.errors import ExportError
from kg.fileio import atomic_write
from kg.rdf import bind_namespaces as bind_kg_namespaces
from kg.vocab import DEFAULT_BASE_IRI, KG

__all__ = [
    "dataset_from_graph",
    "find_base_iri",
    "oxigraph_term",
    "read_rdf",
    "read_trig",
    "read_turtle",
    "write_ntriples",
    "write_trig",
    "write_turtle",
]

log = logging.getLogger(__name__)

#: File name endings kg reads, and the RDF syntax of each.
RDF_INPUTS: dict[str, str] = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".ntriples": "nt",
    ".trig": "trig",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}


def _write(data: str, path: Path) -> None:
    try:
        with atomic_write(path) as fh:
            fh.write(data)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err}") from err


def write_turtle(graph: Graph, path: str | Path) -> None:
    """Write ``graph`` as Turtle; the same triples always give the same bytes.

    Example
    -------
    >>> from rdflib import Graph
    >>> write_turtle(Graph(), "/tmp/empty.ttl")
    """
    _write(graph.serialize(format="turtle"), Path(path))


def read_turtle(path: str | Path) -> Graph:
    """Read a Turtle file written by ``write_turtle`` (or anyone else)."""
    try:
        return Graph().parse(str(path), format="turtle")
    except Exception as err:  # rdflib raises several parser-specific types
        raise ExportError(f"{path}: not readable as Turtle: {err}") from err


def write_ntriples(graph: Graph, path: str | Path) -> None:
    """Write ``graph`` as N-Triples, one triple a line, lines sorted."""
    lines = sorted(line for line in graph.serialize(format="nt").splitlines() if line.strip())
    _write("\n".join(lines) + ("\n" if lines else ""), Path(path))


def write_trig(dataset: Dataset, path: str | Path) -> None:
    """Write every non-empty named graph of ``dataset`` as TriG, graphs in IRI order.

    rdflib's TriG writer emits graphs in the store's (hash-seeded) order; writing each graph on
    its own and joining them in sorted order makes the file byte-identical across runs.
    """
    prefixes: set[str] = set()
    blocks: list[str] = []
    # The default graph (if anything is in it) first, as an unnamed "{ ... }" block.
    graphs = sorted(
        (g for g in dataset.graphs() if len(g)),
        key=lambda g: (g.identifier != DATASET_DEFAULT_GRAPH_ID, str(g.identifier)),
    )
    for graph in graphs:
        single = Dataset()
        for prefix, ns in dataset.namespaces():
            single.bind(prefix, ns)
        target = single.graph(graph.identifier)
        for triple in graph:
            target.add(triple)
        text = single.serialize(format="trig")
        body = []
        for line in text.splitlines():
            if line.startswith("@prefix"):
                prefixes.add(line)
            else:
                body.append(line)
        blocks.append("\n".join(body).strip() + "\n")
    _write("\n".join(sorted(prefixes)) + "\n\n" + "\n".join(blocks), Path(path))


def read_trig(path: str | Path) -> Dataset:
    """Read a TriG file into a Dataset (one rdflib graph per named graph)."""
    ds = Dataset()
    try:
        ds.parse(str(path), format="trig")
    except Exception as err:
        raise ExportError(f"{path}: not readable as TriG: {err}") from err
    return ds


_BASE_PATTERNS = (
    (KG.Article, re.compile(r"^(.+[/#])article/[^/]+$")),
    (KG.Person, re.compile(r"^(.+[/#])person/[^/]+$")),
    (KG.Organisation, re.compile(r"^(.+[/#])organisation/[^/]+$")),
    (KG.Country, re.compile(r"^(.+[/#])country/[^/]+$")),
    (KG.Location, re.compile(r"^(.+[/#])location/[^/]+$")),
)


def find_base_iri(graph: Graph, default: str = DEFAULT_BASE_IRI) -> str:
    """The base IRI a kg graph was built with, read off its article and entity IRIs.

    kg mints ``{base}article/{id}`` and ``{base}person/{slug}`` style IRIs; the base most of
    them share wins (ties go to the first in IRI order). A graph without such IRIs gives
    ``default``.

    Example
    -------
    >>> from rdflib import Graph, URIRef, RDF
    >>> from kg.vocab import KG
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://example.org/news/article/a1"), RDF.type, KG.Article))
    >>> find_base_iri(g)
    'https://example.org/news/'
    """
    votes: dict[str, int] = defaultdict(int)
    for cls, pattern in _BASE_PATTERNS:
        for node in graph.subjects(RDF.type, cls):
            if isinstance(node, URIRef) and (match := pattern.match(str(node))):
                votes[match.group(1)] += 1
    if not votes:
        log.debug("no kg article or entity IRIs; using the base IRI %s", default)
        return default
    return sorted(votes.items(), key=lambda item: (-item[1], item[0]))[0][0]


def _is_true(value: Node) -> bool:
    return isinstance(value, Literal) and value.toPython() is True


def edges_backed(
    types: Iterable[Node], values: Callable[[Node], Iterable[Node]]
) -> Iterator[tuple[Node, Node, Node]]:
    """The direct-edge triples an evidence node backs, as :class:`kg.rdf.GraphBuilder` writes them
    (whether or not they are in the graph), given the node's classes and ``values(prop)``, its
    values of a property. A Position backs its direct property and ``kg:affiliatedWith``, an
    Event with a target its direct property and ``kg:interactsWith`` (a negated one, "did not
    meet", backs none), an Assertion its reified triple.
    """
    types = set(types)
    if KG.Position in types:
        props = [*values(KG.directProperty), KG.affiliatedWith]
        for s in values(KG.holder):
            for o in values(KG.postIn):
                yield from ((s, p, o) for p in props)
    if KG.Event in types and not any(_is_true(v) for v in values(KG.negated)):
        props = [*values(KG.directProperty), KG.interactsWith]
        for s in values(KG.actor):
            for o in values(KG.target):
                yield from ((s, p, o) for p in props)
    if KG.Assertion in types:
        for s in values(RDF.subject):
            for p in values(RDF.predicate):
                yield from ((s, p, o) for o in values(RDF.object))


def _backed_edges(graph: Graph, evidence: Node) -> list[tuple[Node, Node, Node]]:
    """The direct-edge triples an evidence node backs that are in ``graph``."""
    backed = edges_backed(graph.objects(evidence, RDF.type), lambda prop: list(graph.objects(evidence, prop)))
    return [t for t in backed if t in graph]


def dataset_from_graph(graph: Graph, base_iri: str | None = None) -> Dataset:
    """Split a plain kg graph into the named graphs a build writes to ``graph.trig``.

    Each article's graph (named by the article IRI) gets the article node, every evidence
    node derived from the article (``prov:wasDerivedFrom``) and the direct edges those
    nodes back; the entity descriptions and the edges' support nodes go to
    ``{base}graph/entities``. A triple that is neither (only in graphs kg did not build) goes
    to the default graph. For a built
    graph the result equals the build's own dataset, so its TriG is byte-identical.

    Parameters
    ----------
    graph:
        A kg graph, e.g. read from ``graph.ttl``.
    base_iri:
        The base IRI of the build; found from the graph's IRIs when not given.

    Returns
    -------
    rdflib.Dataset
        The named graphs, with kg's prefixes bound.

    Example
    -------
    >>> ds = dataset_from_graph(read_turtle("exports/graph.ttl"))  # doctest: +SKIP
    >>> write_trig(ds, "exports/graph.trig")  # doctest: +SKIP
    """
    base = base_iri or find_base_iri(graph)
    if not base.endswith(("/", "#")):
        base += "/"
    ds = Dataset()
    bind_kg_namespaces(ds, base)
    placed: set[tuple[Node, Node, Node]] = set()

    def put(name: Node, triples: list[tuple[Node, Node, Node]]) -> None:
        target = ds.graph(name)
        for triple in triples:
            target.add(triple)
            placed.add(triple)

    for article in sorted(set(graph.subjects(RDF.type, KG.Article)), key=str):
        put(article, list(graph.triples((article, None, None))))
    for evidence, article in sorted(
        graph.subject_objects(PROV.wasDerivedFrom), key=lambda t: tuple(map(str, t))
    ):
        if not isinstance(article, URIRef):
            continue
        put(article, [*graph.triples((evidence, None, None)), *_backed_edges(graph, evidence)])

    entities = set()
    for cls in (KG.Person, KG.Organisation, KG.Country, KG.Location):
        entities.update(graph.subjects(RDF.type, cls))
    entities.update(graph.subjects(RDF.type, KG.EdgeSupport))  # the build writes them beside the entities
    described = [t for e in entities for t in graph.triples((e, None, None)) if t not in placed]
    put(URIRef(base + "graph/entities"), described)

    rest = [t for t in graph if t not in placed]
    if rest:
        log.info("%d triple(s) belong to no article and no entity; they go to the default graph", len(rest))
        for triple in rest:
            ds.add(triple)
    return ds


def oxigraph_term(node: object, iris: dict[str, URIRef] | None = None) -> Node:
    """A pyoxigraph term as the rdflib term rdflib's own parsers would make.

    Plain literals get no datatype (as rdflib parses ``"x"``), language-tagged ones a
    language. ``iris`` caches URIRefs so that a large file shares one object per IRI.

    Raises
    ------
    ExportError
        For an RDF-star quoted triple: kg reads plain RDF 1.1 only.

    Example
    -------
    >>> import pyoxigraph as ox
    >>> oxigraph_term(ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    rdflib.term.Literal('7', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer'))
    """
    import pyoxigraph as ox

    def iri(value: str) -> URIRef:
        if iris is None:
            return URIRef(value)
        found = iris.get(value)
        if found is None:
            found = iris[value] = URIRef(value)
        return found

    if isinstance(node, ox.NamedNode):
        return iri(node.value)
    if isinstance(node, ox.BlankNode):
        return BNode(node.value)
    if isinstance(node, ox.Literal):
        if node.language:
            return Literal(node.value, lang=node.language)
        datatype = node.datatype.value
        return (
            Literal(node.value)
            if datatype == str(XSD.string)
            else Literal(node.value, datatype=iri(datatype))
        )
    raise ExportError(f"RDF-star quoted triple {node}: kg reads plain RDF 1.1 only")


def _read_with_oxigraph(
    path: Path, fmt: str
) -> tuple[list[tuple[Node, Node, Node, Node | None]], dict[str, str]]:
    """Every quad of an RDF file (graph None for the default graph) and its prefixes, parsed by pyoxigraph."""
    import pyoxigraph as ox

    formats = {
        "turtle": ox.RdfFormat.TURTLE,
        "nt": ox.RdfFormat.N_TRIPLES,
        "trig": ox.RdfFormat.TRIG,
        "nquads": ox.RdfFormat.N_QUADS,
    }
    iris: dict[str, URIRef] = {}

    def term(node: object) -> Node:
        try:
            return oxigraph_term(node, iris)
        except ExportError as err:
            raise ExportError(f"{path}: {err}") from err

    parser = ox.parse(path=os.fspath(path), format=formats[fmt], rename_blank_nodes=False)
    quads = []
    for quad in parser:
        graph_name = None if isinstance(quad.graph_name, ox.DefaultGraph) else term(quad.graph_name)
        quads.append((term(quad.subject), term(quad.predicate), term(quad.object), graph_name))
    return quads, dict(parser.prefixes)


def read_rdf(path: str | Path, base_iri: str | None = None) -> tuple[Graph, Dataset | None]:
    """Read a Turtle, N-Triples, TriG, N-Quads or JSON-LD file.

    Turtle, N-Triples, TriG and N-Quads go through pyoxigraph's parsers (10-70 times
    faster than rdflib's); JSON-LD through :func:`kg.export.jsonld.read_jsonld`. kg's
    prefixes are bound on the result so that writers abbreviate the same way a build does.

    Parameters
    ----------
    path:
        The file; its format comes from its name (``.ttl``, ``.nt``, ``.trig``, ``.nq``,
        ``.jsonld``).
    base_iri:
        The base IRI of instance IRIs (for the ``kgi`` prefix); found from the graph when
        not given.

    Returns
    -------
    tuple
        The graph (the union of every graph in the file) and, for a file that has named
        graphs, the dataset; else None.

    Raises
    ------
    ExportError
        If the file is missing, has an unknown ending, or does not parse.

    Example
    -------
    >>> graph, dataset = read_rdf("exports/graph.trig")  # doctest: +SKIP
    >>> len(graph), len(list(dataset.graphs()))  # doctest: +SKIP
    (675, 3)
    """
    path = Path(path)
    fmt = RDF_INPUTS.get(path.suffix.lower())
    if fmt is None:
        raise ExportError(
            f"{path}: cannot tell the RDF format from the name; use one of {', '.join(sorted(RDF_INPUTS))}"
        )
    if not path.is_file():
        raise ExportError(f"{path}: no such file")
    if fmt == "json-ld":
        from kg.export.jsonld import read_jsonld

        graph = read_jsonld(path)
        quads = [(s, p, o, None) for s, p, o in graph]
        prefixes = {prefix: str(ns) for prefix, ns in graph.namespaces()}
    else:
        try:
            quads, prefixes = _read_with_oxigraph(path, fmt)
        except (SyntaxError, ValueError) as err:
            raise ExportError(f"{path}: not readable as {fmt}: {err}") from err
        except OSError as err:
            raise ExportError(f"cannot read {path}: {err}") from err

    union = Graph()
    for s, p, o, _g in quads:
        union.add((s, p, o))
    base = base_iri or find_base_iri(union)
    bind_kg_namespaces(union, base)
    for prefix, ns in sorted(prefixes.items()):
        union.bind(prefix, ns, override=False)
    if not any(g is not None for *_t, g in quads):
        return union, None
    dataset = Dataset()
    for prefix, ns in union.namespaces():
        dataset.bind(prefix, ns, override=False)
    for s, p, o, g in quads:
        if g is None:
            dataset.add((s, p, o))
        else:
            dataset.graph(g).add((s, p, o))
    return union, dataset
