"""kg.shacl: the SPARQL check of ontology/shapes.ttl agrees with pyshacl, shape by shape."""

from __future__ import annotations

from collections.abc import Callable

import pyshacl
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from test_ontology import BROKEN, build_instance_graph

from kg.shacl import check_store, compile_shapes
from kg.store import GraphStore


def _store(graph: Graph) -> GraphStore:
    ds = Dataset()
    for t in graph:
        ds.graph(URIRef("urn:g")).add(t)
    store = GraphStore(None, "https://w3id.org/kgnews/id/")
    store.add_dataset(ds)
    store.flush()
    return store


def test_instance_graph_conforms() -> None:
    result = check_store(_store(build_instance_graph()))
    assert result.conforms and not result.violations


@pytest.mark.parametrize(("change", "expected"), BROKEN)
def test_broken_graph_is_caught(change: Callable[[Graph], None], expected: tuple) -> None:
    """Every mistake of tests/test_ontology.py's list is caught, at the focus node pyshacl names."""
    data = build_instance_graph()
    change(data)
    result = check_store(_store(data))
    assert not result.conforms
    focus = expected[0]
    if isinstance(focus, URIRef):
        assert str(focus) in {v.focus for v in result.violations}, result.report()


def test_violations_name_each_failed_check_with_the_shape_message() -> None:
    """One violation per failed check of a shape, with the shape's message, in the shape's order."""
    data = build_instance_graph()
    event = next(s for s in data.subjects() if "/event/" in str(s))
    data.set(
        (event, URIRef("https://w3id.org/kgnews/ontology#confidence"), Literal("1.5", datatype=XSD.decimal))
    )
    data.remove((event, URIRef("https://w3id.org/kgnews/ontology#rule"), None))
    result = check_store(_store(data))
    mine = [v for v in result.violations if v.focus == str(event)]
    assert [v.shape for v in mine] == ["https://w3id.org/kgnews/shapes#EventShape"] * 2
    assert mine[0].message.startswith("This kg:Event lacks valid evidence")


SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:S a sh:NodeShape ;
    sh:targetClass ex:C ;
    sh:message "bad" ;
    sh:property [ sh:path ex:two ; sh:minCount 2 ; sh:maxCount 3 ] ,
        [ sh:path ex:lo ; sh:lessThanOrEquals ex:hi ] ,
        [ sh:path ex:a ; sh:equals ex:b ] ,
        [ sh:path ex:a ; sh:disjoint ex:c ] ,
        [ sh:path ex:tag ; sh:hasValue "t" ] ,
        [ sh:path ( ex:link ex:name ) ; sh:datatype xsd:string ] ,
        [ sh:path [ sh:inversePath ex:owns ] ; sh:maxCount 1 ] ;
    sh:xone ( [ sh:class ex:D ] [ sh:class ex:E ] ) ;
    sh:not [ sh:property [ sh:path ex:forbidden ; sh:minCount 1 ] ] .
"""
EX = "http://example.org/"


def _good() -> Graph:
    g = Graph()
    x = URIRef(EX + "x")
    lines = f"""
    <{x}> a <{EX}C>, <{EX}D> ; <{EX}two> 1, 2 ; <{EX}lo> 1 ; <{EX}hi> 1, 2 ; <{EX}a> <{EX}y> ;
        <{EX}b> <{EX}y> ; <{EX}c> <{EX}z> ; <{EX}tag> "t" ; <{EX}link> <{EX}l> .
    <{EX}l> <{EX}name> "n" .
    <{EX}o> <{EX}owns> <{x}> .
    """
    g.parse(data=lines, format="turtle")
    return g


def _x(p: str) -> tuple[URIRef, URIRef]:
    return URIRef(EX + "x"), URIRef(EX + p)


DAMAGE = [
    pytest.param(lambda g: None, id="none"),
    pytest.param(lambda g: g.remove((*_x("two"), Literal(2))), id="one value of two"),
    pytest.param(lambda g: [g.add((*_x("two"), Literal(n))) for n in (3, 4)], id="four values"),
    pytest.param(lambda g: g.add((*_x("two"), Literal(3))), id="three values"),
    pytest.param(lambda g: g.add((*_x("lo"), Literal(2))), id="lo equal to a hi"),
    pytest.param(lambda g: g.add((*_x("lo"), Literal("x"))), id="lo incomparable"),
    pytest.param(lambda g: g.add((*_x("b"), URIRef(EX + "w"))), id="b without a"),
    pytest.param(lambda g: g.add((*_x("a"), URIRef(EX + "w"))), id="a without b"),
    pytest.param(lambda g: g.add((*_x("c"), URIRef(EX + "y"))), id="a and c share"),
    pytest.param(lambda g: g.remove((*_x("tag"), None)), id="no tag"),
    pytest.param(lambda g: g.add((URIRef(EX + "l"), URIRef(EX + "name"), Literal(1))), id="sequence path"),
    pytest.param(lambda g: g.add((URIRef(EX + "p"), URIRef(EX + "owns"), _x("")[0])), id="two owners"),
    pytest.param(lambda g: g.add((_x("")[0], URIRef(EX + "forbidden"), Literal(1))), id="not"),
    pytest.param(lambda g: g.add((_x("")[0], _rdf_type(), URIRef(EX + "E"))), id="xone both"),
    pytest.param(lambda g: g.remove((_x("")[0], _rdf_type(), URIRef(EX + "D"))), id="xone neither"),
]


def _rdf_type() -> URIRef:
    return URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


@pytest.mark.parametrize("change", DAMAGE)
def test_core_constraints_agree_with_pyshacl(change: Callable[[Graph], None]) -> None:
    """Counts above one, pair constraints, hasValue, complex paths, sh:xone and sh:not: the
    constraints kg's shapes do not use, checked against pyshacl on a small shapes graph."""
    shapes = Graph().parse(data=SHAPES, format="turtle")
    data = _good()
    change(data)
    conforms = pyshacl.validate(data, shacl_graph=shapes, ont_graph=None, inference="none")[0]
    result = check_store(_store(data), compile_shapes(shapes))
    assert result.conforms == conforms, result.report()
    assert all(v.message == "bad" and v.focus == EX + "x" for v in result.violations)


class _EveryWitnessMatches:
    """A store whose witness scans all say "something matches": every check then runs in the
    shapes' queries, focus node by focus node, none left out."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    def query(self, sparql: str) -> object:
        result = self.store.query(sparql)
        if sparql.startswith("ASK {") and not sparql.startswith("ASK { FILTER"):
            return True
        return result


def _same_either_way(store: GraphStore, shapes: object = None) -> None:
    scanned = check_store(store, shapes)
    looked_up = check_store(_EveryWitnessMatches(store), shapes)
    assert scanned == looked_up, (scanned.report(), looked_up.report())


@pytest.mark.parametrize("change", DAMAGE)
def test_lookups_and_witness_scans_agree_on_core_constraints(change: Callable[[Graph], None]) -> None:
    """A check's EXISTS (lookups for one focus node) and its witness (an ASK scan of the whole
    graph, with nested flags as hash joins) find the same faults."""
    data = _good()
    change(data)
    _same_either_way(_store(data), compile_shapes(Graph().parse(data=SHAPES, format="turtle")))


@pytest.mark.parametrize(("change", "expected"), BROKEN)
def test_lookups_and_witness_scans_agree_on_kg_shapes(
    change: Callable[[Graph], None], expected: tuple
) -> None:
    data = build_instance_graph()
    change(data)
    _same_either_way(_store(data))


@pytest.mark.parametrize("subclasses", [False, True])
def test_shape_queries_hold_no_hash_join_of_the_graph(subclasses: bool) -> None:
    """The shapes' queries stream over their focus nodes: every flag is an EXISTS (index lookups
    for the node at hand), none an OPTIONAL subquery, whose hash table would hold the matches of
    the whole graph (+1.5 GB on a 2.4M-triple graph); aggregates only in counts under EXISTS."""
    from kg.shacl import kg_shapes

    for query in kg_shapes(subclasses).queries:
        if query.checks:
            assert "OPTIONAL" not in query.sparql, query.sparql
            assert "GROUP BY" not in query.sparql, query.sparql


def test_counts_above_two_use_grouped_lookups() -> None:
    """sh:maxCount 3 (four values) needs COUNT under EXISTS; its witness scan groups the graph."""
    shapes = Graph().parse(data=SHAPES, format="turtle")
    (query,) = compile_shapes(shapes).queries
    assert "EXISTS { SELECT ?this WHERE" in query.sparql and "GROUP BY ?this" in query.sparql
    data = _good()
    for n in (3, 4):
        data.add((*_x("two"), Literal(n)))
    result = check_store(_store(data), compile_shapes(shapes))
    assert not result.conforms and {v.focus for v in result.violations} == {EX + "x"}
