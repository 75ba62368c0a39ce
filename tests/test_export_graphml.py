"""GraphML export: the property-graph view, DESIGN.md section 4, and round trips."""

from __future__ import annotations

import copy
import io
import math
import random
import re
import tracemalloc
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from networkx.readwrite.graphml import GraphMLWriter
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kg import fileio
from kg.errors import ExportError
from kg.export.graphml import (
    _KEY_FIXED,
    _SCOPE_ORDER,
    _check_attributes,
    _is_nmtoken,
    _key_id,
    _text,
    export_graphml,
    read_graphml,
    to_networkx,
    write_graphml,
)
from kg.vocab import CAMEO_NS, DEFAULT_BASE_IRI, KG, WD

ID = Namespace(DEFAULT_BASE_IRI)
CAMEO = Namespace(CAMEO_NS)
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
XSD_PATH = Path("/work/shared/schemas/graphml/graphml.xsd")

ARTICLE = ID["article/xi-cuba"]
XI = ID["person/xi-jinping"]
DIAZ = ID["person/miguel-diaz-canel"]
CPC = ID["organisation/communist-party-of-china"]
CHINA = ID["country/Q148"]
CUBA = ID["country/Q241"]
BEIJING = ID["location/beijing"]

POSITION = ID["position/xi-cuba/0-40/a1b2c3"]
CALL = ID["event/xi-cuba/120-180/d4e5f6"]
VISIT = ID["event/xi-cuba/300-360/0a1b2c"]
NO_TARGET = ID["event/xi-cuba/400-440/3d4e5f"]
STATEMENT = ID["statement/xi-cuba/500-560/6a7b8c"]
ASSERTION = ID["assertion/xi-cuba/600-640/9d0e1f"]

NODE_ATTRS = ["labels", "n_iri", "n_name", "n_type", "n_aliases", "n_mentions", "n_articles"]


def _evidence(node: URIRef, sentence: str, begin: int, end: int, rule: str, confidence: str) -> list[tuple]:
    return [
        (node, PROV.wasDerivedFrom, ARTICLE),
        (node, KG.sentence, Literal(sentence)),
        (node, KG.beginOffset, Literal(begin, datatype=XSD.integer)),
        (node, KG.endOffset, Literal(end, datatype=XSD.integer)),
        (node, KG.rule, Literal(rule)),
        (node, KG.confidence, Literal(confidence, datatype=XSD.decimal)),
    ]


def _entity(iri: URIRef, cls: URIRef, name: str, aliases: list[str], mentions: int) -> list[tuple]:
    triples = [
        (iri, RDF.type, cls),
        (iri, RDFS.label, Literal(name)),
        (iri, KG.mentionCount, Literal(mentions, datatype=XSD.integer)),
        (iri, KG.mentionedIn, ARTICLE),
    ]
    triples += [(iri, SKOS.altLabel, Literal(alias)) for alias in aliases]
    return triples


def _triples() -> list[tuple]:
    t: list[tuple] = [
        (ARTICLE, RDF.type, KG.Article),
        (ARTICLE, KG.articleId, Literal("xi-cuba")),
        (ARTICLE, KG.headline, Literal("Xi and Díaz-Canel talk by phone")),
        (ARTICLE, KG.datePublished, Literal("2023-03-06", datatype=XSD.date)),
        (ARTICLE, KG.url, Literal("https://example.org/xi-cuba", datatype=XSD.anyURI)),
    ]
    t += _entity(XI, KG.Person, "Xi Jinping", ["Xi", "President Xi"], 5)
    t += _entity(DIAZ, KG.Person, "Miguel Díaz-Canel", ["Díaz-Canel"], 3)
    t += _entity(CPC, KG.Organisation, "Communist Party of China", ["CPC"], 2)
    t += _entity(CHINA, KG.Country, "China", ["Chinese"], 4)
    t += _entity(CUBA, KG.Country, "Cuba", [], 2)
    t += _entity(BEIJING, KG.Location, "Beijing", [], 1)
    for country, qid, iso2, iso3 in ((CHINA, "Q148", "CN", "CHN"), (CUBA, "Q241", "CU", "CUB")):
        t += [
            (country, OWL.sameAs, WD[qid]),
            (country, KG.iso3166Alpha2, Literal(iso2)),
            (country, KG.iso3166Alpha3, Literal(iso3)),
        ]
    # Position: Xi leads the CPC, with its direct triples.
    t += [
        (POSITION, RDF.type, KG.Position),
        (POSITION, KG.holder, XI),
        (POSITION, KG.postIn, CPC),
        (POSITION, KG.title, Literal("General Secretary")),
        (POSITION, KG.isFormer, Literal(False)),
        (POSITION, KG.directProperty, KG.leads),
        (XI, KG.leads, CPC),
        (XI, KG.affiliatedWith, CPC),
    ]
    t += _evidence(POSITION, "General Secretary Xi Jinping of the CPC said ...", 0, 40, "position.v1", "0.9")
    # Two events between the same pair: two parallel edges.
    for event, code, trigger, date, sentence, begin in (
        (CALL, "041", "phone call", "2023-03-06", 'Xi held a "phone call" with Díaz-Canel & aides.', 120),
        (VISIT, "042", "visit", None, "Xi will visit Díaz-Canel <soon>.", 300),
    ):
        t += [
            (event, RDF.type, KG.Event),
            (event, KG.actor, XI),
            (event, KG.target, DIAZ),
            (event, KG.cameoCode, Literal(code)),
            (event, KG.cameoConcept, CAMEO[code]),
            (event, KG.trigger, Literal(trigger)),
            (event, KG.negated, Literal(False)),
            (event, KG.directProperty, KG.consults),
        ]
        if date:
            t.append((event, KG.date, Literal(date, datatype=XSD.date)))
        t += _evidence(event, sentence, begin, begin + 60, "event.consult.v1", "0.8")
    t += [(XI, KG.consults, DIAZ), (XI, KG.interactsWith, DIAZ)]
    # An event without a target: no edge.
    t += [
        (NO_TARGET, RDF.type, KG.Event),
        (NO_TARGET, KG.actor, DIAZ),
        (NO_TARGET, KG.cameoCode, Literal("010")),
        (NO_TARGET, KG.cameoConcept, CAMEO["010"]),
        (NO_TARGET, KG.trigger, Literal("announced")),
        (NO_TARGET, KG.negated, Literal(False)),
    ]
    t += _evidence(NO_TARGET, "Díaz-Canel announced reforms.", 400, 440, "event.statement.v1", "0.7")
    # A statement: no edge.
    t += [
        (STATEMENT, RDF.type, KG.Statement),
        (STATEMENT, KG.speaker, XI),
        (STATEMENT, KG.quote, Literal("We are brothers")),
        (STATEMENT, KG.isDirect, Literal(True)),
    ]
    t += _evidence(STATEMENT, 'Xi said: "We are brothers".', 500, 560, "quote.direct.v1", "0.95")
    # An assertion: Beijing is located in China.
    t += [
        (ASSERTION, RDF.type, KG.Assertion),
        (ASSERTION, RDF.subject, BEIJING),
        (ASSERTION, RDF.predicate, KG.locatedIn),
        (ASSERTION, RDF.object, CHINA),
        (BEIJING, KG.locatedIn, CHINA),
    ]
    t += _evidence(ASSERTION, "Beijing, China's capital, ...", 600, 640, "located.appositive.v1", "0.85")
    return t


def build_graph(seed: int | None = None) -> Graph:
    triples = _triples()
    if seed is not None:
        random.Random(seed).shuffle(triples)
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build_graph()


@pytest.fixture(scope="module")
def view(graph: Graph) -> nx.MultiDiGraph:
    return to_networkx(graph)


@pytest.fixture
def written(view: nx.MultiDiGraph, tmp_path: Path) -> Path:
    path = tmp_path / "kg.graphml"
    write_graphml(view, path)
    return path


def _node_by_iri(view: nx.MultiDiGraph, iri: URIRef) -> str:
    return next(n for n, data in view.nodes(data=True) if data["n_iri"] == str(iri))


def _edge_by_evidence(view: nx.MultiDiGraph, iri: URIRef) -> tuple[str, str, str, dict]:
    return next(e for e in view.edges(keys=True, data=True) if e[3].get("e_iri") == str(iri))


# --- the view ---------------------------------------------------------------------------------------


def test_nodes_are_the_entities_in_sorted_iri_order(view: nx.MultiDiGraph) -> None:
    assert list(view.nodes) == [f"n{i}" for i in range(6)]
    iris = [view.nodes[n]["n_iri"] for n in view.nodes]
    assert iris == sorted(str(i) for i in (XI, DIAZ, CPC, CHINA, CUBA, BEIJING))


def test_node_attributes(view: nx.MultiDiGraph) -> None:
    xi = view.nodes[_node_by_iri(view, XI)]
    assert list(xi) == NODE_ATTRS
    assert xi == {
        "labels": ":Person",
        "n_iri": str(XI),
        "n_name": "Xi Jinping",
        "n_type": "Person",
        "n_aliases": "President Xi; Xi",
        "n_mentions": 5,
        "n_articles": 1,
    }
    china = view.nodes[_node_by_iri(view, CHINA)]
    assert list(china) == [*NODE_ATTRS, "n_wikidata", "n_iso3"]
    assert (china["labels"], china["n_type"], china["n_wikidata"], china["n_iso3"]) == (
        ":Country",
        "Country",
        "Q148",
        "CHN",
    )
    cuba = view.nodes[_node_by_iri(view, CUBA)]
    assert "n_aliases" not in cuba  # no altLabel: omitted, not ""
    assert view.nodes[_node_by_iri(view, CPC)]["labels"] == ":Organisation"
    assert view.nodes[_node_by_iri(view, BEIJING)]["labels"] == ":Location"


def test_one_edge_per_backing_evidence_node(view: nx.MultiDiGraph) -> None:
    assert view.number_of_edges() == 4
    assert [k for _, _, k in view.edges(keys=True)] == ["e0", "e1", "e2", "e3"]
    evidence = {data.get("e_iri") for _, _, data in view.edges(data=True)}
    assert evidence == {str(POSITION), str(CALL), str(VISIT), str(ASSERTION)}
    assert str(NO_TARGET) not in evidence and str(STATEMENT) not in evidence


def test_edge_order_is_source_type_target_evidence(view: nx.MultiDiGraph) -> None:
    labels = [(data["label"], data["e_iri"]) for _, _, data in view.edges(data=True)]
    assert labels == [
        ("locatedIn", str(ASSERTION)),
        ("consults", str(CALL)),
        ("consults", str(VISIT)),
        ("leads", str(POSITION)),
    ]


def test_parallel_events_stay_two_edges(view: nx.MultiDiGraph) -> None:
    assert view.number_of_edges(_node_by_iri(view, XI), _node_by_iri(view, DIAZ)) == 2


def test_position_edge_attributes(view: nx.MultiDiGraph) -> None:
    source, target, _, data = _edge_by_evidence(view, POSITION)
    assert (source, target) == (_node_by_iri(view, XI), _node_by_iri(view, CPC))
    assert list(data) == [
        "label",
        "e_iri",
        "e_confidence",
        "e_rule",
        "e_sentence",
        "e_begin",
        "e_end",
        "e_article",
        "e_title",
        "e_former",
    ]
    assert data["label"] == "leads"
    assert data["e_confidence"] == pytest.approx(0.9) and isinstance(data["e_confidence"], float)
    assert (data["e_begin"], data["e_end"], data["e_article"]) == (0, 40, "xi-cuba")
    assert data["e_title"] == "General Secretary"
    assert data["e_former"] is False


def test_event_edge_attributes(view: nx.MultiDiGraph) -> None:
    source, target, _, data = _edge_by_evidence(view, CALL)
    assert (source, target) == (_node_by_iri(view, XI), _node_by_iri(view, DIAZ))
    assert next(iter(data)) == "label"
    assert data["label"] == "consults"
    assert data["e_cameo"] == "041"
    assert data["e_trigger"] == "phone call"
    assert data["e_date"] == "2023-03-06"
    assert data["e_negated"] is False
    assert data["e_rule"] == "event.consult.v1"
    assert "e_date" not in _edge_by_evidence(view, VISIT)[3]


def test_assertion_edge_attributes(view: nx.MultiDiGraph) -> None:
    source, target, _, data = _edge_by_evidence(view, ASSERTION)
    assert (source, target) == (_node_by_iri(view, BEIJING), _node_by_iri(view, CHINA))
    assert data["label"] == "locatedIn"
    assert data["e_confidence"] == pytest.approx(0.85)


def test_values_are_graphml_types(view: nx.MultiDiGraph) -> None:
    values = [v for _, d in view.nodes(data=True) for v in d.values()]
    values += [v for _, _, d in view.edges(data=True) for v in d.values()]
    assert all(type(v) in (bool, int, float, str) for v in values)


def test_unbacked_direct_triple_becomes_an_asserted_edge() -> None:
    graph = build_graph()
    graph.add((DIAZ, KG.citizenOf, CUBA))
    graph.add((DIAZ, KG.memberOf, CPC))  # sub-property and its super-property: one edge
    graph.add((DIAZ, KG.affiliatedWith, CPC))
    view = to_networkx(graph)
    assert view.number_of_edges() == 6
    asserted = [(u, v, d) for u, v, d in view.edges(data=True) if d["e_rule"] == "asserted"]
    assert sorted(d["label"] for _, _, d in asserted) == ["citizenOf", "memberOf"]
    for _, _, data in asserted:
        assert data["e_confidence"] == 1.0 and "e_iri" not in data


# --- the file -----------------------------------------------------------------------------------------


@pytest.mark.skipif(not XSD_PATH.exists(), reason="GraphML XSD (/work/shared/schemas) not available")
def test_file_validates_against_the_graphml_xsd(written: Path) -> None:
    schema = etree.XMLSchema(etree.parse(str(XSD_PATH)))
    document = etree.parse(str(written))
    assert schema.validate(document), schema.error_log


def test_key_ids_and_element_order_follow_design_section_4(written: Path) -> None:
    root = etree.parse(str(written)).getroot()
    keys = root.findall(f"{GRAPHML}key")
    ids = [key.get("id") for key in keys]
    assert len(ids) == len(set(ids))
    assert not any(re.fullmatch(r"d\d+", i) for i in ids)
    by_id = {key.get("id"): key for key in keys}
    assert by_id["labels"].get("for") == "node"
    assert by_id["label"].get("for") == "edge"
    for key in keys:
        prefix = {"node": "n_", "edge": "e_"}[key.get("for")]
        assert key.get("id") in ("labels", "label") or key.get("id").startswith(prefix)
        assert key.get("attr.type") in ("boolean", "int", "long", "float", "double", "string")
    node_keys = [k.get("id") for k in keys if k.get("for") == "node"]
    edge_keys = [k.get("id") for k in keys if k.get("for") == "edge"]
    assert node_keys == ["labels", *sorted(node_keys[1:])]
    assert edge_keys == ["label", *sorted(edge_keys[1:])]

    graph = root.find(f"{GRAPHML}graph")
    tags = [child.tag for child in graph]
    assert tags == sorted(tags, key=lambda t: t != f"{GRAPHML}node")  # every node before every edge
    edges = graph.findall(f"{GRAPHML}edge")
    assert len(edges) == 4
    assert len({e.get("id") for e in edges}) == len(edges)
    for edge in edges:
        assert edge[0].tag == f"{GRAPHML}data" and edge[0].get("key") == "label"
    booleans = [d.text for d in root.iter(f"{GRAPHML}data") if d.get("key") in ("e_former", "e_negated")]
    assert booleans and set(booleans) <= {"true", "false"}


def test_networkx_reads_back_the_same_graph(view: nx.MultiDiGraph, written: Path) -> None:
    back = read_graphml(written)
    assert isinstance(back, nx.MultiDiGraph)
    assert (back.number_of_nodes(), back.number_of_edges()) == (6, 4)
    assert dict(back.nodes(data=True)) == dict(view.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True)) == sorted(view.edges(keys=True, data=True))
    for _, _, _, data in back.edges(keys=True, data=True):
        assert type(data["e_begin"]) is int and type(data["e_confidence"]) is float


def test_igraph_reads_it(written: Path) -> None:
    igraph = pytest.importorskip("igraph")
    g = igraph.Graph.Read_GraphML(str(written))
    assert (g.vcount(), g.ecount()) == (6, 4)
    assert sorted(g.vs["labels"]) == sorted(
        [":Country", ":Country", ":Location", ":Organisation"] + [":Person"] * 2
    )
    assert sorted(g.es["label"]) == ["consults", "consults", "leads", "locatedIn"]


def test_export_graphml_returns_counts(graph: Graph, tmp_path: Path) -> None:
    assert export_graphml(graph, tmp_path / "out" / "kg.graphml") == (6, 4)
    assert read_graphml(tmp_path / "out" / "kg.graphml").number_of_edges() == 4


def test_output_is_byte_identical(tmp_path: Path) -> None:
    first, second, shuffled = tmp_path / "a.graphml", tmp_path / "b.graphml", tmp_path / "c.graphml"
    export_graphml(build_graph(), first)
    export_graphml(build_graph(), second)
    export_graphml(build_graph(seed=7), shuffled)  # triples added in another order
    assert first.read_bytes() == second.read_bytes() == shuffled.read_bytes()


def test_failed_write_leaves_existing_file_untouched(
    view: nx.MultiDiGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kg.graphml"
    path.write_bytes(b"previous export")

    def boom(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "fsync", boom)  # fails after the bytes are written, before the rename
    with pytest.raises(ExportError, match="cannot write GraphML") as info:
        write_graphml(view, path)
    assert isinstance(info.value.__cause__, OSError)
    assert path.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.graphml"]  # no temporary file left behind


def test_unwritable_values_raise_export_error(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node("n0", labels=":Person", n_name="bad \x00 byte")
    with pytest.raises(ExportError, match="U\\+0000"):
        write_graphml(g, tmp_path / "x.graphml")
    g.nodes["n0"]["n_name"] = ["a", "list"]
    with pytest.raises(ExportError, match="JSON"):
        write_graphml(g, tmp_path / "x.graphml")
    assert not (tmp_path / "x.graphml").exists()


def test_read_graphml_wraps_errors(tmp_path: Path) -> None:
    with pytest.raises(ExportError):
        read_graphml(tmp_path / "missing.graphml")
    (tmp_path / "broken.graphml").write_text("<graphml", encoding="utf-8")
    with pytest.raises(ExportError):
        read_graphml(tmp_path / "broken.graphml")


# Text XML 1.0 can carry (no C0 controls but tab, newline and carriage return; no surrogates or
# non-characters), with the characters that need escaping made likely.
xml_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("\"'&<>;\t\n\r ]]>")),
        st.characters(blacklist_categories=("Cs", "Cc", "Cn")),
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=xml_text, alias=xml_text)
def test_names_survive_write_and_read(name: str, alias: str, tmp_path: Path) -> None:
    graph = Graph()
    graph.add((XI, RDF.type, KG.Person))
    graph.add((XI, RDFS.label, Literal(name)))
    graph.add((XI, SKOS.altLabel, Literal(alias)))
    path = tmp_path / "names.graphml"
    export_graphml(graph, path)
    back = read_graphml(path)
    assert back.nodes["n0"]["n_name"] == name
    assert back.nodes["n0"]["n_aliases"] == alias


# --- the streaming writer writes what networkx's document, repaired, was ------------------------------
#
# write_graphml used to have networkx build the whole document, parse it back with lxml, repair it and
# serialise it again. The writer now writes one element at a time; this is that old writer, kept to
# check that the bytes did not change.


def _legacy_key_order(key: etree._Element) -> tuple[int, int, str]:
    scope = key.get("for", "")
    rank = _SCOPE_ORDER.index(scope) if scope in _SCOPE_ORDER else len(_SCOPE_ORDER)
    return (rank, 0 if _KEY_FIXED.get(scope) == key.get("id") else 1, key.get("id", ""))


def _legacy_fix_document(raw: bytes, g: nx.Graph) -> bytes:
    q = lambda tag: f"{GRAPHML}{tag}"  # noqa: E731
    root = etree.fromstring(raw, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    keys = root.findall(q("key"))
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
    for data in root.iter(q("data")):
        data.set("key", new_ids[data.get("key", "")])
    for key in keys:
        root.remove(key)
    for i, key in enumerate(sorted(keys, key=_legacy_key_order)):
        root.insert(i, key)
    graph_el = root.find(q("graph"))
    rank = {q("data"): 0, q("node"): 1, q("edge"): 2}
    graph_el[:] = sorted(graph_el, key=lambda el: rank.get(el.tag, 3))
    nodes = graph_el.findall(q("node"))
    edges = graph_el.findall(q("edge"))
    graph_data = {str(k): v for k, v in g.graph.items() if k not in ("node_default", "edge_default")}
    owners = [(graph_el, graph_data)]
    owners += [(el, {str(k): v for k, v in d.items()}) for el, d in zip(nodes, g.nodes.values(), strict=True)]
    owners += [
        (el, {str(k): v for k, v in d.items()})
        for el, (_u, _v, d) in zip(edges, g.edges(data=True), strict=True)
    ]
    for element, values in owners:
        for data in element.findall(q("data")):
            data.text = _text(values[names[data.get("key", "")]])
    for edge in edges:
        label = [d for d in edge.findall(q("data")) if d.get("key") == "label"]
        edge.remove(label[0])
        edge.insert(0, label[0])
    edge_ids = [edge.get("id") or "" for edge in edges]
    if len(set(edge_ids)) != len(edge_ids) or not all(map(_is_nmtoken, edge_ids)):
        for i, edge in enumerate(edges):
            edge.set("id", f"e{i}")
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def legacy_graphml(g: nx.Graph) -> bytes:
    """What write_graphml wrote before it streamed: networkx's document, repaired."""
    _check_attributes(g)
    writer = GraphMLWriter(
        encoding="utf-8", prettyprint=False, infer_numeric_types=False, named_key_ids=False
    )
    graph_id = g.graph.get("id")
    try:
        writer.add_graph_element(g)
        buffer = io.BytesIO()
        writer.dump(buffer)
    finally:
        if graph_id is not None:
            g.graph["id"] = graph_id
    return _legacy_fix_document(buffer.getvalue(), g)


def _outcome(write: Any, g: nx.Graph) -> tuple[str, Any]:
    try:
        return ("bytes", write(copy.deepcopy(g)))
    except ExportError as err:
        return ("ExportError", str(err))


def _streamed(tmp_path: Path) -> Any:
    def write(g: nx.Graph) -> bytes:
        path = tmp_path / "streamed.graphml"
        write_graphml(g, path)
        return path.read_bytes()

    return write


def test_streamed_file_is_the_legacy_document(view: nx.MultiDiGraph, tmp_path: Path) -> None:
    assert _streamed(tmp_path)(view) == legacy_graphml(copy.deepcopy(view))
    graph = build_graph()
    graph.add((DIAZ, KG.citizenOf, CUBA))  # an asserted edge: no e_iri
    other = to_networkx(graph)
    assert _streamed(tmp_path)(other) == legacy_graphml(copy.deepcopy(other))


# Attribute names and the type of their values: with clashing key ids ("a b" and "a_b"), names that
# read the same ("1" and 1), the fixed ids (labels, label) and names that already have their prefix.
_NAMES: dict[Any, str] = {
    "labels": "str",
    "label": "str",
    "n_name": "str",
    "name": "str",
    "count": "int",
    "e_begin": "int",
    "flag": "bool",
    "score": "float",
    "a b": "str",
    "a_b": "str",
    1: "str",
    "1": "str",
    "x&<y>\"'": "float",
    "\u00e9t\u00e9": "int",
}
_special_floats = st.sampled_from([math.inf, -math.inf, math.nan, 0.1, -0.0, 1e300, 1e-7, 2.0])
_VALUES = {
    "str": st.one_of(st.just(""), st.sampled_from([" ", "\r\n", "a\rb", "true"]), xml_text),
    "int": st.integers(min_value=-(2**70), max_value=2**70),
    "bool": st.booleans(),
    "float": st.one_of(st.floats(allow_nan=True, allow_infinity=True), _special_floats),
}


@st.composite
def _attributes(draw: st.DrawFn, required: tuple[str, ...] = ()) -> dict[Any, Any]:
    names = draw(st.lists(st.sampled_from(list(_NAMES)), max_size=5, unique=True))
    names = [*required, *(n for n in names if n not in required)]
    return {name: draw(_VALUES[_NAMES[name]]) for name in names}


_NODE_IDS = st.one_of(st.sampled_from(["n0", "n1", "a.b", "x-1", "\u00e9", "_", "n:2"]), st.integers(0, 5))
_EDGE_KEYS = st.one_of(
    st.none(), st.sampled_from(["e0", "e1", "k", "a b", "", "\u00e9.1"]), st.integers(0, 3)
)


@st.composite
def property_graphs(draw: st.DrawFn) -> nx.Graph:
    kind = draw(st.sampled_from([nx.MultiDiGraph, nx.MultiDiGraph, nx.MultiGraph, nx.DiGraph, nx.Graph]))
    g = kind()
    if draw(st.booleans()):
        g.graph.update(draw(_attributes()))
    if draw(st.booleans()):
        g.graph["id"] = draw(st.sampled_from(["G", "my graph", "a&b\t"]))
    for scope in ("node_default", "edge_default"):
        if draw(st.integers(0, 3)) == 0:
            g.graph[scope] = {
                name: draw(st.one_of(st.none(), _VALUES[_NAMES[name]], st.sampled_from(["", "a\r\nb", True])))
                for name in draw(st.lists(st.sampled_from(list(_NAMES)), max_size=3, unique=True))
            }
    nodes = draw(st.lists(_NODE_IDS, max_size=6, unique_by=str))
    for node in nodes:
        g.add_node(node, **{str(k): v for k, v in draw(_attributes()).items()})
        if draw(st.integers(0, 4)) == 0:
            g.nodes[node][1] = draw(_VALUES["str"])  # a name that is not a string
    if nodes:
        for _ in range(draw(st.integers(0, 8))):
            u, v = draw(st.sampled_from(nodes)), draw(st.sampled_from(nodes))
            data = draw(_attributes(required=("label",) if draw(st.integers(0, 9)) else ()))
            if "label" in data and data["label"] == "":
                data["label"] = "rel"
            key = draw(_EDGE_KEYS)
            if g.is_multigraph():
                g.add_edge(
                    u,
                    v,
                    key=key if key is not None else g.new_edge_key(u, v),
                    **{str(k): x for k, x in data.items()},
                )
            else:
                g.add_edge(u, v, **{str(k): x for k, x in data.items()})
    return g


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(g=property_graphs())
def test_streamed_file_is_the_legacy_document_for_any_graph(g: nx.Graph, tmp_path: Path) -> None:
    assert _outcome(_streamed(tmp_path), g) == _outcome(legacy_graphml, g)


def test_streamed_writer_leaves_the_caller_graph_alone(view: nx.MultiDiGraph, tmp_path: Path) -> None:
    g = copy.deepcopy(view)
    g.graph.update(name="kg", id="kg-1", year=2024)
    before = copy.deepcopy(g.graph)
    write_graphml(g, tmp_path / "g.graphml")
    assert list(g.graph.items()) == list(before.items())  # networkx popped the id and put it back last


def test_what_the_legacy_writer_crashed_on_is_an_export_error(tmp_path: Path) -> None:
    # networkx (ElementTree) could not serialise these, or wrote XML lxml could not parse back.
    g = nx.MultiDiGraph(id=7)
    with pytest.raises(ExportError, match="graph id 7"):
        write_graphml(g, tmp_path / "a.graphml")
    g = nx.MultiDiGraph()
    g.add_node("n0", **{"bad\x01name": "x"})
    with pytest.raises(ExportError, match="U\\+0001"):
        write_graphml(g, tmp_path / "a.graphml")
    g = nx.MultiDiGraph(node_default={"n_name": "bad\x02"})
    g.add_node("n0", n_name="ok")
    with pytest.raises(ExportError, match="U\\+0002"):
        write_graphml(g, tmp_path / "a.graphml")
    assert not list(tmp_path.iterdir())


def test_memory_does_not_grow_with_the_document(tmp_path: Path) -> None:
    rng = random.Random(5)
    g = nx.MultiDiGraph()
    for i in range(400):
        g.add_node(
            f"n{i}", labels=":Person", n_iri=f"https://example.org/{i}", n_name=f"Person {i}", n_articles=i
        )
    for i in range(3000):
        g.add_edge(
            f"n{rng.randrange(400)}",
            f"n{rng.randrange(400)}",
            key=f"e{i}",
            label="consults",
            e_confidence=rng.random(),
            e_sentence="x" * 1000 + " & <y>",
            e_negated=bool(i % 2),
        )
    path = tmp_path / "big.graphml"
    tracemalloc.start()
    try:
        write_graphml(g, path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = path.stat().st_size
    assert size > 3_000_000
    assert peak < 1_500_000, (peak, size)  # a few pieces of 256 KB, not the document
    assert path.read_bytes() == legacy_graphml(g)
