"""Every export format, derived from one RDF graph, proven with the tools users take it to.

One build of seeds/ (all formats) is checked with rapper (Turtle, N-Triples, TriG), the GEXF
1.3 RelaxNG schema, networkx and igraph (GraphML, GEXF), kuzu (the Neo4j CSVs, by Cypher,
against the same question in SPARQL), pyld, rdflib and pyoxigraph (JSON-LD), and the csv
module (tables); ``kg export`` must rebuild each file byte for byte from graph.ttl.
"""

from __future__ import annotations

import csv
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import graph_diff, isomorphic
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg.cli import main
from kg.errors import ExportError
from kg.export import registry
from kg.export.jsonld import (
    CONTEXT_URL,
    _encode,
    context_from_ontology,
    document_loader,
    dumps_jsonld,
    load_context,
    to_jsonld,
    write_jsonld,
)
from kg.export.neo4j import NODE_HEADER, RELATIONSHIP_HEADER
from kg.export.rdf_formats import dataset_from_graph, find_base_iri, read_rdf, write_trig
from kg.export.tables import TABLE_COLUMNS
from kg.validate import ontology_path
from kg.vocab import DEFAULT_BASE_IRI, KG

ROOT = Path(__file__).resolve().parent.parent
GEXF_RNG = Path("/work/shared/schemas/gexf-1.3/gexf.rng")
if not GEXF_RNG.exists():
    GEXF_RNG = ROOT.parent / "shared" / "schemas" / "gexf-1.3" / "gexf.rng"
FILE_FORMATS = [name for name, f in registry.FORMATS.items() if not f.is_dir]
PREFIXES = (
    "PREFIX kg: <https://w3id.org/kgnews/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
)
ID = Namespace(DEFAULT_BASE_IRI)
ENTITY_COUNT = """SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  VALUES ?c { kg:Person kg:Organisation kg:Country kg:Location } ?e a ?c }"""


@pytest.fixture(scope="module")
def built(seed_build, tmp_path_factory) -> Path:
    """seeds/ built with every format: the session's seed build when it has them all, else a new one."""
    from kg.pipeline import build

    _result, out = seed_build
    if all((out / f.output).exists() for f in registry.FORMATS.values()):
        return out
    out = tmp_path_factory.mktemp("all-formats")
    result = build([ROOT / "seeds"], out, formats=list(registry.FORMATS))
    assert [p.name for p in result.outputs] == [f.output for f in registry.FORMATS.values()]
    return out


@pytest.fixture(scope="module")
def graph(built: Path) -> Graph:
    return Graph().parse(built / "graph.ttl", format="turtle")


def _count(graph: Graph, query: str) -> int:
    return int(next(iter(graph.query(PREFIXES + query)))[0])


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- the build ----------------------------------------------------------------------------


def test_registry_lists_every_format_once() -> None:
    assert list(registry.FORMATS) == ["ttl", "nt", "trig", "jsonld", "graphml", "gexf", "neo4j", "csv"]
    assert tuple(registry.FORMATS) == registry.DEFAULT_FORMATS
    assert len(set(registry.FORMAT_FILES.values())) == len(registry.FORMATS)


def test_a_default_build_writes_every_format(seed_build) -> None:
    result, out = seed_build
    assert [p.name for p in result.outputs] == [f.output for f in registry.FORMATS.values()]
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]  # no staging left


def test_unknown_format_is_refused_with_the_choices(tmp_path, capsys) -> None:
    with pytest.raises(ExportError, match="choose from ttl, nt, trig, jsonld, graphml, gexf, neo4j, csv"):
        registry.check_formats(["ttl", "xlsx"])
    src = tmp_path / "g.ttl"
    src.write_text("")
    assert main(["export", str(src), "--to", "xlsx"]) == 2
    err = capsys.readouterr().err
    assert "unknown format 'xlsx'" in err and "gexf" in err and "neo4j" in err


# -- RDF: Turtle, N-Triples, TriG ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "syntax"), [("graph.nt", "ntriples"), ("graph.ttl", "turtle"), ("graph.trig", "trig")]
)
def test_rapper_parses_the_rdf_files(built: Path, graph: Graph, name: str, syntax: str) -> None:
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.skip("rapper (raptor2-utils) is not installed")
    proc = subprocess.run(
        [rapper, "-i", syntax, "-c", str(built / name)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    expected = len(graph)
    if syntax == "trig":  # rapper counts every quad: a triple in two named graphs counts twice
        ds = Dataset()
        ds.parse(built / name, format="trig")
        expected = sum(len(g) for g in ds.graphs())
    assert f"returned {expected} " in proc.stderr, proc.stderr


def test_rdf_files_hold_the_same_graph(built: Path, graph: Graph) -> None:
    nt = Graph().parse(built / "graph.nt", format="nt")
    union, dataset = read_rdf(built / "graph.trig")
    assert dataset is not None
    assert isomorphic(graph, nt) and isomorphic(graph, union)
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    articles = {str(a) for a in graph.subjects(RDF.type, KG.Article)}
    assert names == articles | {DEFAULT_BASE_IRI + "graph/entities"}


def test_read_rdf_matches_rdflib(built: Path, graph: Graph) -> None:
    fast, dataset = read_rdf(built / "graph.ttl")
    assert dataset is None
    assert set(fast) == set(graph)  # same terms, not just isomorphic: literals keep their lexical forms


def test_dataset_from_graph_rebuilds_the_named_graphs_by_hand() -> None:
    art1, art2 = ID["article/one"], ID["article/two"]
    xi, china, cuba = ID["person/xi"], ID["country/Q148"], ID["country/Q241"]
    pos1, pos2 = ID["position/one/0-5/a"], ID["position/two/0-5/b"]
    met = ID["event/two/9-12/c"]
    g = Graph()
    for art in (art1, art2):
        g.add((art, RDF.type, KG.Article))
    g.add((xi, RDF.type, KG.Person))
    g.add((xi, RDFS.label, Literal("Xi")))
    g.add((china, RDF.type, KG.Country))
    g.add((cuba, RDF.type, KG.Country))
    for pos, art in ((pos1, art1), (pos2, art2)):
        g.add((pos, RDF.type, KG.Position))
        g.add((pos, KG.holder, xi))
        g.add((pos, KG.postIn, china))
        g.add((pos, KG.directProperty, KG.leads))
        g.add((pos, PROV.wasDerivedFrom, art))
    g.add((xi, KG.leads, china))
    g.add((xi, KG.affiliatedWith, china))
    g.add((met, RDF.type, KG.Event))
    g.add((met, KG.actor, xi))
    g.add((met, KG.target, cuba))
    g.add((met, KG.negated, Literal(True)))
    g.add((met, KG.directProperty, KG.consults))
    g.add((met, PROV.wasDerivedFrom, art2))
    g.add((china, KG.consults, cuba))  # backed by nothing
    extra = (URIRef("http://example.org/x"), RDFS.comment, Literal("not kg"))
    g.add(extra)

    ds = dataset_from_graph(g)
    graphs = {g.identifier: set(g) for g in ds.graphs() if len(g)}
    assert (xi, KG.leads, china) in graphs[art1] and (xi, KG.leads, china) in graphs[art2]
    assert (xi, KG.affiliatedWith, china) in graphs[art2]
    assert (xi, KG.consults, cuba) not in graphs[art2]  # the event is negated
    assert (met, KG.target, cuba) in graphs[art2]
    entities = graphs[ID["graph/entities"]]
    assert (xi, RDFS.label, Literal("Xi")) in entities and (china, KG.consults, cuba) in entities
    assert (xi, KG.leads, china) not in entities
    assert graphs[URIRef("urn:x-rdflib:default")] == {extra}
    union = set().union(*graphs.values())
    assert union == set(g)


def test_find_base_iri() -> None:
    g = Graph()
    g.add((URIRef("https://example.org/news/article/a"), RDF.type, KG.Article))
    g.add((URIRef("https://example.org/news/person/b"), RDF.type, KG.Person))
    g.add((URIRef("https://other.org/person/c"), RDF.type, KG.Person))
    assert find_base_iri(g) == "https://example.org/news/"
    assert find_base_iri(Graph()) == DEFAULT_BASE_IRI


def test_trig_with_a_default_graph_round_trips(tmp_path) -> None:
    ds = Dataset()
    ds.add((URIRef("http://a/s"), URIRef("http://a/p"), Literal("default")))
    ds.graph(URIRef("http://g/1")).add((URIRef("http://a/s"), URIRef("http://a/p"), Literal("named")))
    write_trig(ds, tmp_path / "d.trig")
    text = (tmp_path / "d.trig").read_text()
    assert text.index("{") < text.index("<http://g/1>")  # the unnamed graph first
    back = Dataset()
    back.parse(tmp_path / "d.trig", format="trig")
    assert {(str(g.identifier), len(g)) for g in back.graphs() if len(g)} == {
        ("urn:x-rdflib:default", 1),
        ("http://g/1", 1),
    }


# -- JSON-LD --------------------------------------------------------------------------------


def test_published_context_is_generated_from_the_ontology() -> None:
    expected = context_from_ontology(Graph().parse(ontology_path("kg.ttl"), format="turtle"))
    assert load_context() == expected, "regenerate ontology/context.jsonld (see docs/formats.md)"
    ctx = expected["@context"]
    assert ctx["label"] == "rdfs:label"
    assert ctx["altLabel"] == {"@id": "skos:altLabel", "@container": "@set"}
    assert ctx["leads"] == {"@id": "kg:leads", "@type": "@id"}
    for term, datatype in (
        ("mentionCount", "xsd:integer"),
        ("confidence", "xsd:decimal"),
        ("isFormer", "xsd:boolean"),
        ("date", "xsd:date"),
    ):
        assert ctx[term] == {"@id": f"kg:{term}", "@type": datatype}
    assert ctx["quote"] == "kg:quote"


def _pyld_graph(document: dict) -> Graph:
    pyld = pytest.importorskip("pyld")
    from pyld import jsonld

    assert pyld is not None
    options = {"documentLoader": document_loader()}
    expanded = jsonld.expand(document, options)
    assert expanded, "pyld expanded the document to nothing"
    nquads = jsonld.to_rdf(document, {**options, "format": "application/n-quads"})
    return _oxigraph_graph(nquads, "N_QUADS")


def _oxigraph_graph(text: str, syntax: str) -> Graph:
    import pyoxigraph as ox

    from kg.export.rdf_formats import oxigraph_term

    out = Graph()
    for quad in ox.parse(text, format=getattr(ox.RdfFormat, syntax)):
        out.add((oxigraph_term(quad.subject), oxigraph_term(quad.predicate), oxigraph_term(quad.object)))
    return out


def _assert_isomorphic(expected: Graph, got: Graph, what: str) -> None:
    if not isomorphic(expected, got):
        _both, only_expected, only_got = graph_diff(expected, got)
        pytest.fail(
            f"{what} differs:\n  missing: {sorted(only_expected)[:5]}\n  extra:   {sorted(only_got)[:5]}"
        )


def test_jsonld_is_the_turtle_graph_for_pyld_rdflib_and_oxigraph(built: Path, graph: Graph) -> None:
    text = (built / "graph.jsonld").read_text(encoding="utf-8")
    document = json.loads(text)
    _assert_isomorphic(graph, _pyld_graph(document), "pyld's reading of graph.jsonld")
    _assert_isomorphic(graph, Graph().parse(data=text, format="json-ld"), "rdflib's reading of graph.jsonld")
    _assert_isomorphic(graph, _oxigraph_graph(text, "JSON_LD"), "pyoxigraph's reading of graph.jsonld")


def test_jsonld_reads_like_plain_json(built: Path) -> None:
    document = json.loads((built / "graph.jsonld").read_text(encoding="utf-8"))
    nodes = document["@graph"]
    ids = [n["@id"] for n in nodes]
    assert len(ids) == len(set(ids))
    xi = next(n for n in nodes if n["@id"] == "kgi:person/xi-jinping")
    assert xi["@type"] == "Person" and xi["label"] == "Xi Jinping"
    assert isinstance(xi["mentionCount"], int) and isinstance(xi["altLabel"], list)
    assert document["@context"]["kgi"] == DEFAULT_BASE_IRI
    position = next(n for n in nodes if n.get("@type") == "Position")
    assert isinstance(position["isFormer"], bool) and isinstance(position["confidence"], str)
    assert position["holder"].startswith("kgi:person/")


def test_jsonld_with_a_context_url_needs_only_the_local_loader(graph: Graph) -> None:
    document = to_jsonld(graph, context_url=CONTEXT_URL)
    assert document["@context"] == [CONTEXT_URL, {"kgi": DEFAULT_BASE_IRI}]
    _assert_isomorphic(graph, _pyld_graph(document), "pyld's reading of the URL-context document")


def test_jsonld_round_trips_what_kg_does_not_write() -> None:
    ex = Namespace("http://example.org/")
    person = ID["person/a"]
    g = Graph()
    g.add((person, RDF.type, KG.Person))
    g.add((person, RDF.type, ex.Thing))
    g.add((person, RDFS.label, Literal("A", lang="en")))
    g.add((person, RDFS.label, Literal("1", datatype=XSD.integer)))
    g.add((person, KG.mentionCount, Literal("x")))
    g.add((person, KG.mentionCount, Literal(9007199254740993)))
    g.add((person, KG.leads, Literal("not an IRI")))
    blank = BNode()
    g.add((person, KG.leads, blank))
    g.add((blank, ex.p, Literal("q")))
    g.add((person, KG.confidence, Literal("0.50", datatype=XSD.decimal)))
    g.add((person, ex.weird, Literal("2.5", datatype=XSD.double)))
    g.add((person, SKOS.altLabel, Literal("only one")))
    g.add((URIRef("urn:x:y"), ex.p, KG.leads))
    document = to_jsonld(g)
    _assert_isomorphic(g, _pyld_graph(document), "pyld's reading of a non-kg graph")
    node = next(n for n in document["@graph"] if n["@id"] == "kgi:person/a")
    assert node["altLabel"] == ["only one"]  # a set stays a list
    assert json.dumps(to_jsonld(g), sort_keys=True) == json.dumps(document, sort_keys=True)


def _non_kg_graph() -> Graph:
    ex = Namespace("http://example.org/")
    g = Graph()
    person = ID["person/a"]
    g.add((person, RDF.type, KG.Person))
    g.add((person, RDF.type, ex.Thing))
    g.add((person, RDF.type, Literal("a literal type")))
    g.add((person, RDFS.label, Literal("A", lang="en")))
    g.add((person, RDFS.label, Literal('quote " backslash \\ newline \n \u2028 \x01 é')))
    g.add((person, KG.mentionCount, Literal(9007199254740993)))
    g.add((person, KG.mentionCount, Literal(3)))
    g.add((person, KG.isFormer, Literal(True)))
    g.add((person, KG.leads, BNode()))
    g.add((person, ex.weird, Literal("2.5", datatype=XSD.double)))
    g.add((person, SKOS.altLabel, Literal("only one")))
    g.add((URIRef("urn:x:y"), ex.p, KG.leads))
    blank = BNode()
    g.add((blank, ex.p, Literal("q")))
    g.add((blank, RDF.type, BNode()))
    return g


@pytest.mark.parametrize("which", ["built", "non-kg", "empty"])
@pytest.mark.parametrize("context_url", [None, CONTEXT_URL])
def test_jsonld_writer_streams_the_bytes_of_the_document(
    which: str, context_url: str | None, graph: Graph, tmp_path: Path
) -> None:
    g = {"built": graph, "non-kg": _non_kg_graph(), "empty": Graph()}[which]
    target = tmp_path / "graph.jsonld"
    written = write_jsonld(g, target, context_url=context_url)
    document = to_jsonld(g, context_url=context_url)
    assert target.read_bytes() == dumps_jsonld(document).encode("utf-8")
    assert written == len(document["@graph"])


def test_jsonld_writer_matches_the_build_file(built: Path, graph: Graph, tmp_path: Path) -> None:
    write_jsonld(graph, tmp_path / "graph.jsonld")
    assert (tmp_path / "graph.jsonld").read_bytes() == (built / "graph.jsonld").read_bytes()


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"b": {}, "a": [1, -2.5, None, True, False, 'x\u2028\x00"é']},
        [[[[[[[[[[["deep"]]]]]]]]]]],
        {"z": {"y": {"x": {"w": {"v": {"u": {"t": {"s": {"r": [1, {}]}}}}}}}}},
        {1: "int keys", 2: "go to json"},
        (1, "tuple"),
        1e300,
    ],
)
def test_jsonld_encoder_writes_what_json_dumps_writes(value) -> None:
    for level in range(12):
        expected = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)
        assert _encode(value, level) == expected.replace("\n", "\n" + "  " * level)


# -- GraphML and GEXF -----------------------------------------------------------------------


def test_gexf_validates_against_the_relaxng_schema(built: Path) -> None:
    if not GEXF_RNG.exists():
        pytest.skip(f"{GEXF_RNG} is not here")
    from lxml import etree

    schema = etree.RelaxNG(etree.parse(str(GEXF_RNG)))
    document = etree.parse(str(built / "graph.gexf"))
    assert schema.validate(document), schema.error_log
    root = document.getroot()
    assert root.get("version") == "1.3" and root.tag == "{http://gexf.net/1.3}gexf"


def test_gexf_has_kinds_colours_sizes_and_declared_attributes(built: Path) -> None:
    from lxml import etree

    ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
    root = etree.parse(str(built / "graph.gexf")).getroot()
    declared = {a.get("id") for a in root.iterfind(".//g:attributes/g:attribute", ns)}
    used = {v.get("for") for v in root.iterfind(".//g:attvalue", ns)}
    assert used <= declared
    for node in root.iterfind(".//g:node", ns):
        assert node.find("viz:color", ns) is not None and float(node.find("viz:size", ns).get("value")) > 0
    edges = root.findall(".//g:edge", ns)
    assert edges and all(e.get("kind") == e.get("label") for e in edges)
    node_attributes = root.iterfind(".//g:attributes[@class='node']/g:attribute", ns)
    type_id = next(a.get("id") for a in node_attributes if a.get("title") == "type")
    colours = {
        (n.find(f".//g:attvalue[@for='{type_id}']", ns).get("value"), n.find("viz:color", ns).get("r"))
        for n in root.iterfind(".//g:node", ns)
    }
    assert len({t for t, _ in colours}) == len(colours)  # one colour per type


def test_networkx_and_igraph_read_the_same_graph(built: Path, graph: Graph) -> None:
    igraph = pytest.importorskip("igraph")
    from kg.export.gexf import read_gexf
    from kg.export.graphml import read_graphml

    entities = _count(graph, ENTITY_COUNT)
    graphml = read_graphml(built / "graph.graphml")
    gexf = read_gexf(built / "graph.gexf")
    ig_graphml = igraph.Graph.Read_GraphML(str(built / "graph.graphml"))
    ig_gexf = igraph.Graph.from_networkx(gexf)
    assert (
        graphml.number_of_nodes()
        == gexf.number_of_nodes()
        == ig_graphml.vcount()
        == ig_gexf.vcount()
        == entities
    )
    edges = graphml.number_of_edges()
    assert edges == gexf.number_of_edges() == ig_graphml.ecount() == ig_gexf.ecount() > 0

    names = sorted(d["n_name"] for _n, d in graphml.nodes(data=True))
    assert names == sorted(d["label"] for _n, d in gexf.nodes(data=True))
    assert names == sorted(ig_graphml.vs["n_name"]) == sorted(ig_gexf.vs["label"])
    kinds = Counter(d["label"] for *_e, d in graphml.edges(data=True))
    assert kinds == Counter(d["label"] for *_e, d in gexf.edges(data=True)) == Counter(ig_graphml.es["label"])

    # the same edges between the same names
    def triples(g: nx.MultiDiGraph, name: str) -> Counter:
        return Counter((g.nodes[u][name], d["label"], g.nodes[v][name]) for u, v, d in g.edges(data=True))

    assert triples(graphml, "n_name") == triples(gexf, "label")


# -- Neo4j CSVs, loaded into kuzu ----------------------------------------------------------------

_KUZU_TYPES = {None: "STRING", "long": "INT64", "double": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE"}


def _kuzu_columns(header: list[str], skip: set[str]) -> list[tuple[str, str, str]]:
    """(CSV column, kuzu property, kuzu type) for the property columns of a neo4j-admin header."""
    out = []
    for column in header:
        if column in skip:
            continue
        name, _sep, kind = column.partition(":")
        if kind.startswith("ID("):
            kind = ""
        # kuzu's CSV list syntax is its own; the array stays the ;-joined text here.
        out.append((column, name, _KUZU_TYPES.get(kind or None, "STRING")))
    return out


def _kuzu_from_neo4j_csv(folder: Path, work: Path):
    """A kuzu database loaded (COPY FROM) with kuzu-style copies of the exported Neo4j CSVs."""
    kuzu = pytest.importorskip("kuzu")
    node_header, nodes = _read_csv(folder / "nodes.csv")
    rel_header, rels = _read_csv(folder / "relationships.csv")
    db = kuzu.Database(str(work / "db"))
    conn = kuzu.Connection(db)
    node_cols = _kuzu_columns(node_header, {":LABEL"})
    props = ", ".join(f"{name} {kind}" for _c, name, kind in node_cols)
    conn.execute(f"CREATE NODE TABLE Entity({props}, labels STRING, PRIMARY KEY ({node_cols[0][1]}))")
    with (work / "nodes.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        for row in nodes:
            writer.writerow([row[c] for c, _n, _k in node_cols] + [row[":LABEL"]])
    conn.execute(f"COPY Entity FROM '{work / 'nodes.csv'}' (header=false, parallel=false)")

    rel_cols = _kuzu_columns(rel_header, set(rel_header[:3]))
    for kind in sorted({r[":TYPE"] for r in rels}):
        props = ", ".join(f"{name} {t}" for _c, name, t in rel_cols)
        conn.execute(f"CREATE REL TABLE {kind}(FROM Entity TO Entity, {props})")
        path = work / f"{kind}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            for row in rels:
                if row[":TYPE"] == kind:
                    writer.writerow(
                        [row[rel_header[0]], row[rel_header[1]]] + [row[c] for c, _n, _t in rel_cols]
                    )
        conn.execute(f"COPY {kind} FROM '{path}' (header=false, parallel=false)")
    return db, conn


def _rows(result) -> list[tuple]:
    out = []
    while result.has_next():
        out.append(tuple(result.get_next()))
    return out


def test_neo4j_headers_are_the_neo4j_admin_ones(built: Path, graph: Graph) -> None:
    node_header, nodes = _read_csv(built / "neo4j" / "nodes.csv")
    rel_header, rels = _read_csv(built / "neo4j" / "relationships.csv")
    assert node_header == list(NODE_HEADER)
    assert node_header[0] == "iri:ID(Entity)" and node_header[1] == "name" and node_header[-1] == ":LABEL"
    assert rel_header == list(RELATIONSHIP_HEADER)
    assert rel_header[:4] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "confidence:double"]
    assert "aliases:string[]" in node_header
    assert all(row[":LABEL"] == f"Entity;{row['type']}" for row in nodes)
    cuba = next(row for row in nodes if row["name"] == "Cuba")
    assert ";" in cuba["aliases:string[]"]
    ids = {row["iri:ID(Entity)"] for row in nodes}
    assert all(r[":START_ID(Entity)"] in ids and r[":END_ID(Entity)"] in ids for r in rels)
    cypher = (built / "neo4j" / "load.cypher").read_text()
    assert "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'" in cypher and "MERGE" in cypher
    for kind in {r[":TYPE"] for r in rels}:
        assert f"MERGE (s)-[r:`{kind}` {{evidence: coalesce(row.evidence, '')}}]->(o)" in cypher


def test_kuzu_cypher_answers_like_sparql(built: Path, graph: Graph, tmp_path) -> None:
    db, conn = _kuzu_from_neo4j_csv(built / "neo4j", tmp_path)
    try:
        cypher = _rows(
            conn.execute(
                "MATCH (p:Entity)-[r:leads]->(o:Entity) WHERE p.type = 'Person' "
                "RETURN p.name, o.name, r.title, r.confidence"
            )
        )
        sparql = [
            (str(r.pn), str(r.on), str(r.title), float(r.conf))
            for r in graph.query(
                PREFIXES
                + """SELECT ?pn ?on ?title ?conf WHERE {
                  ?pos a kg:Position ; kg:directProperty kg:leads ; kg:holder ?p ; kg:postIn ?o ;
                       kg:title ?title ; kg:confidence ?conf .
                  ?p a kg:Person ; rdfs:label ?pn . ?o rdfs:label ?on .
                  ?p kg:leads ?o .
                }"""
            )
        ]
        assert cypher and Counter(cypher) == Counter(sparql)

        who_leads = {
            tuple(r)
            for r in _rows(conn.execute("MATCH (p:Entity)-[:leads]->(o) RETURN DISTINCT p.name, o.name"))
        }
        truthy = {
            (str(r.pn), str(r.on))
            for r in graph.query(
                PREFIXES + "SELECT ?pn ?on WHERE { ?p kg:leads ?o . ?p rdfs:label ?pn . ?o rdfs:label ?on }"
            )
        }
        assert who_leads == truthy

        (count,) = _rows(conn.execute("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"))[0]
        backed = _count(
            graph,
            """SELECT (COUNT(DISTINCT ?ev) AS ?n) WHERE {
              { ?ev a kg:Position } UNION { ?ev a kg:Event ; kg:target ?t } UNION { ?ev a kg:Assertion } }""",
        )
        assert count == backed
        (nodes,) = _rows(conn.execute("MATCH (e:Entity) RETURN count(e)"))[0]
        assert nodes == len(_read_csv(built / "neo4j" / "nodes.csv")[1])
    finally:
        conn.close()
        db.close()


# -- spreadsheet tables -------------------------------------------------------------------------


def test_tables_have_their_headers_and_one_row_per_thing(built: Path, graph: Graph) -> None:
    folder = built / "tables"
    assert sorted(p.name for p in folder.iterdir()) == sorted(TABLE_COLUMNS)
    rows = {}
    for name, columns in TABLE_COLUMNS.items():
        header, rows[name] = _read_csv(folder / name)
        assert header == list(columns), name
        raw = (folder / name).read_bytes()
        assert raw.endswith(b"\r\n") and not raw.startswith(b"\xef\xbb\xbf")
    entity_count = _count(graph, ENTITY_COUNT)
    assert len(rows["entities.csv"]) == entity_count
    assert len(rows["events.csv"]) == _count(
        graph, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Event }"
    )
    assert len(rows["statements.csv"]) == _count(
        graph, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Statement }"
    )
    assert len(rows["articles.csv"]) == _count(
        graph, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Article }"
    )
    assert len(rows["relations.csv"]) == len(_read_csv(built / "neo4j" / "relationships.csv")[1])
    assert [r["iri"] for r in rows["entities.csv"]] == sorted(r["iri"] for r in rows["entities.csv"])
    xi = next(r for r in rows["entities.csv"] if r["name"] == "Xi Jinping")
    assert xi["type"] == "Person" and int(xi["mentions"]) >= 1
    sentences = [r["sentence"] for r in rows["relations.csv"] + rows["events.csv"] + rows["statements.csv"]]
    assert any("," in s for s in sentences)  # quoted fields came back whole
    names = {r["iri"]: r["name"] for r in rows["entities.csv"]}
    assert all(names[r["subject"]] == r["subject_name"] for r in rows["relations.csv"])


# -- kg export: the same bytes from graph.ttl ----------------------------------------------------


@pytest.mark.parametrize("name", list(registry.FORMATS))
def test_kg_export_from_turtle_rebuilds_the_build_output(built: Path, tmp_path, name: str) -> None:
    fmt = registry.FORMATS[name]
    target = tmp_path / fmt.output
    written = registry.export_file(built / "graph.ttl", name, target)
    assert written == target
    if fmt.is_dir:
        assert _files(target) == _files(built / fmt.output)
    else:
        assert target.read_bytes() == (built / fmt.output).read_bytes()


@pytest.mark.parametrize("source", ["graph.trig", "graph.nt", "graph.jsonld"])
def test_kg_export_reads_every_rdf_format(built: Path, tmp_path, capsys, source: str) -> None:
    code = main(["export", str(built / source), "--to", "ttl", "-o", str(tmp_path / "back.ttl")])
    assert code == 0, capsys.readouterr().err
    assert "wrote" in capsys.readouterr().out
    assert (tmp_path / "back.ttl").read_bytes() == (built / "graph.ttl").read_bytes()


def test_kg_export_cli_default_output_and_refusals(built: Path, tmp_path, capsys) -> None:
    src = tmp_path / "graph.ttl"
    shutil.copy(built / "graph.ttl", src)
    assert main(["export", str(src), "--to", "trig"]) == 0
    assert (tmp_path / "graph.trig").read_bytes() == (built / "graph.trig").read_bytes()
    assert main(["export", str(src), "--to", "neo4j"]) == 0
    assert (tmp_path / "neo4j" / "nodes.csv").exists()
    assert main(["export", str(src), "--to", "ttl"]) == 6  # would overwrite its input
    assert "input file" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "missing.ttl"), "--to", "gexf"]) == 6
    assert "no such file" in capsys.readouterr().err


def test_folder_exports_are_swapped_in_whole(built: Path, tmp_path, monkeypatch) -> None:
    target = tmp_path / "tables"
    target.mkdir()
    (target / "stale.csv").write_text("old")
    registry.export_file(built / "graph.ttl", "csv", target)
    assert sorted(p.name for p in target.iterdir()) == sorted(TABLE_COLUMNS)  # no stale file

    import kg.export.tables as tables

    def boom(*args, **kwargs):
        raise ExportError("disk full")

    monkeypatch.setattr(tables, "write_evidence_tables", boom)  # after two tables are written
    before = _files(target)
    with pytest.raises(ExportError):
        registry.export_file(built / "graph.ttl", "csv", target)
    assert _files(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]  # no staging left behind


_SECOND_WRITE = """
import sys
from pathlib import Path
from kg.export import registry
src, out = Path(sys.argv[1]), Path(sys.argv[2])
for name in registry.FORMATS:
    registry.export_file(src, name, out / registry.FORMATS[name].output)
"""


def test_every_format_is_byte_identical_across_processes(built: Path, tmp_path) -> None:
    """Two more writes, under two hash seeds (set and dict order differ), give the build's bytes."""
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-c", _SECOND_WRITE, str(built / "graph.ttl"), str(out)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        for fmt in registry.FORMATS.values():
            if fmt.is_dir:
                assert _files(out / fmt.output) == _files(built / fmt.output), (seed, fmt.name)
            else:
                assert (out / fmt.output).read_bytes() == (built / fmt.output).read_bytes(), (seed, fmt.name)


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_LITERALS = st.one_of(
    _TEXT.map(Literal),
    st.tuples(_TEXT, st.sampled_from(["en", "fr", "zh-hans"])).map(lambda t: Literal(t[0], lang=t[1])),
    st.integers(min_value=-(2**60), max_value=2**60).map(Literal),
    st.booleans().map(Literal),
    st.decimals(allow_nan=False, allow_infinity=False, places=2).map(Literal),
    st.dates().map(Literal),
)
_PREDICATES = st.sampled_from(
    [KG.mentionCount, KG.confidence, KG.isFormer, KG.date, KG.title, KG.leads, RDFS.label, SKOS.altLabel]
    + [URIRef("http://example.org/p"), RDF.type]
)
_NODES = st.sampled_from(
    [ID["person/a"], ID["event/x/1-2/abc"], URIRef("http://example.org/thing"), KG.Person]
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_NODES, _PREDICATES, st.one_of(_LITERALS, _NODES)), min_size=1, max_size=12))
def test_jsonld_round_trips_any_triples(triples) -> None:
    g = Graph()
    for triple in triples:
        g.add(triple)
    _assert_isomorphic(g, _pyld_graph(to_jsonld(g)), "pyld's reading of generated triples")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "graph.jsonld"
        write_jsonld(g, target)
        assert target.read_bytes() == dumps_jsonld(to_jsonld(g)).encode("utf-8")


# -- GEXF, written one element at a time ------------------------------------------------------
#
# write_gexf streams the document; kg.export.gexf._networkx_document still makes it the old way
# (networkx's GEXF writer, parsed back and repaired by _fix_document), for dynamic attributes,
# and is the reference the streamed bytes must match.

# Text XML 1.0 can carry, with the characters that need escaping made likely.
_XML_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("\"'&<>;\t\n\r ]]>")), st.characters(blacklist_categories=("Cs", "Cc", "Cn"))
    ),
    max_size=20,
)
_GEXF_VALUES = st.one_of(
    _XML_TEXT,
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([math.inf, -math.inf, math.nan, 0.5, np.float64(0.25), np.int64(3), np.float32(1.5)]),
    st.dictionaries(st.sampled_from(["a", "b"]), st.integers(0, 3), max_size=2),
)
_GEXF_NAMES = st.sampled_from(
    ["iri", "name", "type", "weight", "key", "networkx_key", "a b", "x&<y>", 1, "é"]
)
_VIZ = st.one_of(
    st.sampled_from([False, None, {}]),
    st.fixed_dictionaries(
        {},
        optional={
            "color": st.fixed_dictionaries(
                {"r": st.integers(0, 255), "g": st.integers(0, 255), "b": st.integers(0, 255)},
                optional={"a": st.floats(0, 1)},
            ),
            "size": st.one_of(st.none(), st.floats(0, 100)),
            "thickness": st.floats(0, 5),
            "shape": st.sampled_from(["disc", "square", "http://example.org/i.png"]),
            "position": st.fixed_dictionaries(
                {"x": st.floats(-9, 9), "y": st.floats(-9, 9), "z": st.just(0.0)}
            ),
        },
    ),
)


@st.composite
def _gexf_data(draw: st.DrawFn, extra: dict, names: st.SearchStrategy = _GEXF_NAMES) -> dict:
    data = {name: draw(_GEXF_VALUES) for name in draw(st.lists(names, max_size=4, unique=True))}
    for name, values in extra.items():
        if draw(st.booleans()):
            data[name] = draw(values)
    keys = list(data)
    return {k: data[k] for k in draw(st.permutations(keys))}


@st.composite
def gexf_graphs(draw: st.DrawFn) -> nx.MultiDiGraph:
    g = draw(st.sampled_from([nx.MultiDiGraph, nx.MultiDiGraph, nx.MultiGraph]))()
    label = st.one_of(_XML_TEXT, st.integers(0, 9))
    nodes = draw(
        st.lists(st.one_of(st.sampled_from(["n0", "n1", "a&b", "x y", "é"]), st.integers(0, 4)), max_size=5)
    )
    for node in nodes:
        g.add_node(node)
        g.nodes[node].update(
            draw(_gexf_data({"label": label, "id": st.sampled_from(["i0", "i1", 7]), "viz": _VIZ}))
        )
    if nodes:
        edge_extra = {
            "id": st.one_of(st.none(), st.sampled_from(["0", "1", "e0", 2, 'a"b'])),
            "label": label,
            "weight": st.floats(0, 1),
            "type": st.sampled_from(["directed", "mutual"]),
            "viz": _VIZ,
        }
        for _ in range(draw(st.integers(0, 6))):
            data = draw(_gexf_data(edge_extra, _GEXF_NAMES.filter(lambda name: name != "key")))
            data["kind"] = draw(st.sampled_from(["leads", "a&b", 3]))
            key = draw(st.one_of(st.none(), st.sampled_from(["e0", "k", 5])))
            source, target = draw(st.sampled_from(nodes)), draw(st.sampled_from(nodes))
            key = g.add_edge(source, target, key=key)
            g.edges[source, target, key].update(data)
    return g


def _gexf_outcome(write, g: nx.MultiDiGraph) -> tuple[str, object]:
    try:
        return ("bytes", write(g))
    except ExportError as err:
        return ("ExportError", str(err))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(g=gexf_graphs())
def test_streamed_gexf_is_networkx_document_repaired(g: nx.MultiDiGraph) -> None:
    from kg.export.gexf import _networkx_document, write_gexf

    def streamed(graph: nx.MultiDiGraph) -> bytes:
        with tempfile.TemporaryDirectory() as folder:
            write_gexf(graph, Path(folder) / "g.gexf")
            return (Path(folder) / "g.gexf").read_bytes()

    assert _gexf_outcome(streamed, g) == _gexf_outcome(_networkx_document, g)


def test_streamed_gexf_of_the_build_is_networkx_document_repaired(
    built: Path, graph: Graph, tmp_path
) -> None:
    from kg.export.gexf import _networkx_document, to_gexf_graph, write_gexf
    from kg.export.graphml import to_networkx

    gexf = to_gexf_graph(to_networkx(graph))
    write_gexf(gexf, tmp_path / "graph.gexf")
    assert (
        (tmp_path / "graph.gexf").read_bytes()
        == _networkx_document(gexf)
        == (built / "graph.gexf").read_bytes()
    )


def test_gexf_with_a_dynamic_attribute_is_still_networkx_document(tmp_path) -> None:
    from kg.export.gexf import _networkx_document, write_gexf

    g = nx.MultiDiGraph()
    g.add_node("n0", label="A", score=[(1, 2000, 2001), (2, 2001, None)])
    g.add_node("n1", label="B", score=[(3, None, None)])
    g.add_edge("n0", "n1", key="e0", id="e0", label="leads", kind="leads", weight=0.5)
    write_gexf(g, tmp_path / "g.gexf")
    text = (tmp_path / "g.gexf").read_bytes()
    assert text == _networkx_document(g) and b'mode="dynamic"' in text


def test_gexf_memory_does_not_grow_with_the_document(tmp_path) -> None:
    import random
    import tracemalloc

    from kg.export.gexf import _networkx_document, write_gexf

    rng = random.Random(3)
    g = nx.MultiDiGraph()
    for i in range(400):
        g.add_node(
            f"n{i}",
            label=f"N{i}",
            viz={"color": {"r": 1, "g": 2, "b": 3, "a": 1.0}, "size": 10.0},
            iri=f"u{i}",
        )
    for i in range(3000):
        source, target = f"n{rng.randrange(400)}", f"n{rng.randrange(400)}"
        g.add_edge(
            source,
            target,
            key=f"e{i}",
            id=f"e{i}",
            label="leads",
            kind="leads",
            weight=0.5,
            sentence="x" * 1000 + "&",
        )
    path = tmp_path / "big.gexf"
    tracemalloc.start()
    try:
        write_gexf(g, path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = path.stat().st_size
    assert size > 3_000_000
    assert peak < 1_500_000, (peak, size)  # a few pieces of 256 KB, not the document
    assert path.read_bytes() == _networkx_document(g)


def test_gexf_refuses_what_it_cannot_write(tmp_path) -> None:
    from kg.export.gexf import _networkx_document, write_gexf

    g = nx.MultiDiGraph()
    g.add_node("n0", label="bad \x00 byte")
    with pytest.raises(ExportError, match="U\\+0000"):
        write_gexf(g, tmp_path / "g.gexf")
    g = nx.MultiDiGraph()
    g.add_node("n0", ok=1)
    g.add_node("n1", bad=("a", "tuple"))
    with pytest.raises(ExportError) as streamed:
        write_gexf(g, tmp_path / "g.gexf")
    with pytest.raises(ExportError) as legacy:
        _networkx_document(g)
    assert str(streamed.value) == str(legacy.value)
    assert "attribute value type is not allowed: <class 'tuple'>" in str(streamed.value)
    g = nx.MultiDiGraph()
    g.add_edge("n0", "n1", key="e0", kind="leads")
    g.edges["n0", "n1", "e0"]["key"] = "mine"
    with pytest.raises(ExportError, match="attribute 'key'"):  # networkx's writer crashed on it
        write_gexf(g, tmp_path / "g.gexf")
    assert not list(tmp_path.iterdir())


def test_a_table_whose_rows_fail_midway_leaves_no_file(tmp_path):
    """Rows are written as they are made: a failure part-way leaves neither the table nor a
    temporary file, and an existing table stays as it was."""
    from kg.export.tables import write_csv

    path = tmp_path / "events.csv"
    path.write_bytes(b"old\r\n")

    def rows():
        yield ["a", "b"]
        raise RuntimeError("a row builder failed")

    with pytest.raises(RuntimeError):
        write_csv(path, ["x", "y"], rows())
    assert path.read_bytes() == b"old\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv"]
    assert write_csv(path, ["x", "y"], iter([["1", "2"]])) == 1
    assert path.read_bytes() == b"x,y\r\n1,2\r\n"
