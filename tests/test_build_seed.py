"""End to end on the seed article: the facts the product promises, from the extractor running."""

from __future__ import annotations

import filecmp
import shutil
import subprocess

import pytest
from conftest import ROOT, SHARED
from rdflib import RDF, RDFS, SKOS, Literal, URIRef
from rdflib.namespace import OWL

from kg.vocab import KG, WD

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def graph(seed_build):
    return seed_build[0].graph


def node(graph, cls, label):
    found = [s for s in graph.subjects(RDF.type, cls) if (s, RDFS.label, Literal(label)) in graph]
    assert len(found) == 1, f"expected one {cls} labelled {label!r}, got {found}"
    return found[0]


def labels_of(graph, cls):
    return {str(graph.value(s, RDFS.label)) for s in graph.subjects(RDF.type, cls)}


def test_persons_one_node_each_with_aliases(graph):
    persons = labels_of(graph, KG.Person)
    assert {"Xi Jinping", "Miguel Diaz-Canel", "Raul Castro", "Pan Deng"} <= persons
    for full, alias in [("Xi Jinping", "Xi"), ("Miguel Diaz-Canel", "Diaz-Canel"), ("Pan Deng", "Pan")]:
        assert (node(graph, KG.Person, full), SKOS.altLabel, Literal(alias)) in graph
    assert not any(p in persons for p in ("Xi", "Diaz-Canel", "Pan", "Law", "Castro"))


def test_countries_linked_to_wikidata(graph):
    for name, qid in [("China", "Q148"), ("Cuba", "Q241"), ("United States", "Q30")]:
        assert (node(graph, KG.Country, name), OWL.sameAs, WD[qid]) in graph


def test_organisations_and_non_entities(graph):
    orgs = labels_of(graph, KG.Organisation)
    expected = {
        "Communist Party of Cuba",
        "Global Times",
        "Western Returned Students\u2019 Association",
        "Sinopharm",
        "Havana Times",
        "China University of Political Science and Law",
        "Latin America and Caribbean Region Law Center of China University of Political Science and Law",
    }
    assert expected <= orgs, expected - orgs
    everything = {str(o) for o in graph.objects(None, RDFS.label)}
    for bad in ("COVID-19", "Law", "China Cuba File", "Pan"):
        assert bad not in orgs
    assert "COVID-19" not in everything


def test_positions_for_all_four_persons(graph):
    holders = {
        str(graph.value(graph.value(p, KG.holder), RDFS.label)) for p in graph.subjects(RDF.type, KG.Position)
    }
    assert {"Xi Jinping", "Miguel Diaz-Canel", "Raul Castro", "Pan Deng"} <= holders
    castro = node(graph, KG.Person, "Raul Castro")
    formers = {graph.value(p, KG.isFormer) for p in graph.subjects(KG.holder, castro)}
    assert formers == {Literal(True)}
    center = node(
        graph,
        KG.Organisation,
        "Latin America and Caribbean Region Law Center of China University of Political Science and Law",
    )
    assert (node(graph, KG.Person, "Pan Deng"), KG.affiliatedWith, center) in graph
    assert (
        center,
        KG.partOf,
        node(graph, KG.Organisation, "China University of Political Science and Law"),
    ) in graph


def _events(graph, actor, target, root):
    a, t = node(graph, KG.Country if actor in {"China", "Cuba", "United States"} else KG.Person, actor), None
    if target:
        t = node(graph, KG.Country if target in {"China", "Cuba", "United States"} else KG.Person, target)
    out = []
    for ev in graph.subjects(KG.actor, a):
        code = str(graph.value(ev, KG.cameoCode))
        if code.startswith(root) and (t is None or (ev, KG.target, t) in graph):
            out.append(ev)
    return out


def test_phone_call_aid_cooperation_embargo(graph):
    assert _events(graph, "Xi Jinping", "Miguel Diaz-Canel", "04"), "the phone call"
    assert _events(graph, "China", "Cuba", "07"), "China's aid to Cuba"
    assert _events(graph, "China", "Cuba", "03") or _events(graph, "China", "Cuba", "06"), "cooperation"
    assert _events(graph, "United States", None, "16"), "the US embargo"


def test_statements_by_xi_diaz_canel_and_pan(graph):
    speakers = [
        str(graph.value(graph.value(s, KG.speaker), RDFS.label))
        for s in graph.subjects(RDF.type, KG.Statement)
    ]
    for who in ("Xi Jinping", "Miguel Diaz-Canel", "Pan Deng"):
        assert speakers.count(who) >= 1, who
    assert len(speakers) >= 6


def test_every_fact_has_evidence(graph):
    for cls in (KG.Position, KG.Event, KG.Statement, KG.Assertion, KG.CoreferenceLink):
        for n in graph.subjects(RDF.type, cls):
            for prop in (KG.sentence, KG.beginOffset, KG.endOffset, KG.rule, KG.confidence):
                assert graph.value(n, prop) is not None, (n, prop)
            assert isinstance(graph.value(n, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")), URIRef)


def test_offsets_point_into_the_article_text(graph):
    from kg.read import read_file

    article = next(iter(read_file(ROOT / "seeds" / "xi-cuba-socialism.txt")))
    for n in graph.subjects(RDF.type, KG.Statement):
        begin, end = int(graph.value(n, KG.beginOffset)), int(graph.value(n, KG.endOffset))
        quote = str(graph.value(n, KG.quote))
        assert quote[:20] in article.text[begin : end + 1] or article.text[begin:end].strip(" .,") in quote


def test_speakers_role_at_the_time(graph):
    # "Chinese President Xi Jinping ... Xi said": his statements carry the post he held then.
    xi = node(graph, KG.Person, "Xi Jinping")
    china = node(graph, KG.Country, "China")
    roles = [graph.value(s, KG.speakerRole) for s in graph.subjects(KG.speaker, xi)]
    assert roles and all(r is not None for r in roles)
    for role in roles:
        assert graph.value(role, KG.holder) == xi
        assert graph.value(role, KG.postIn) == china
        assert "president" in str(graph.value(role, KG.title)).lower()


def test_coreference_links_kept_as_evidence(graph):
    # The seed names its people in full once and then by surname ("Xi said"): those resolutions,
    # which the statements and positions rely on, are kept as kg:CoreferenceLink nodes whose
    # offsets point at the words as written.
    from kg.read import read_file

    article = next(iter(read_file(ROOT / "seeds" / "xi-cuba-socialism.txt")))
    links = list(graph.subjects(RDF.type, KG.CoreferenceLink))
    assert links
    xi = node(graph, KG.Person, "Xi Jinping")
    to_xi = [n for n in links if graph.value(n, KG.refersTo) == xi]
    assert any(str(graph.value(n, KG.anaphor)) == "Xi" for n in to_xi)
    for n in links:
        begin, end = int(graph.value(n, KG.beginOffset)), int(graph.value(n, KG.endOffset))
        assert article.text[begin:end] == str(graph.value(n, KG.anaphor))
        assert str(graph.value(n, KG.rule)).startswith("coref.")
        assert (graph.value(n, KG.refersTo), RDF.type, None) in graph


def test_committed_exports_are_current(seed_build):
    _, out = seed_build
    built = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(ROOT / "exports") for p in (ROOT / "exports").rglob("*") if p.is_file())
    assert built == committed, "exports/ has other files than a build writes: run 'kg build' and commit"
    for rel in built:
        assert filecmp.cmp(out / rel, ROOT / "exports" / rel, shallow=False), (
            f"exports/{rel} is stale: run 'kg build' and commit exports/"
        )


@pytest.mark.parametrize("seed", ["1", "2"])
def test_build_is_deterministic_across_processes(seed_build, tmp_path, seed):
    """Another process (another hash seed, so another set order) writes the same bytes."""
    import os
    import sys

    _, out = seed_build
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "-o", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    for name in ("graph.ttl", "graph.trig", "graph.graphml"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_graph_conforms_to_shapes(seed_build):
    from kg.export.rdf_formats import read_turtle
    from kg.validate import validate_graph

    _, out = seed_build
    assert validate_graph(read_turtle(out / "graph.ttl")).conforms


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (raptor2-utils) not installed")
@pytest.mark.parametrize(("name", "syntax"), [("graph.ttl", "turtle"), ("graph.trig", "trig")])
def test_rapper_parses_exports(seed_build, name, syntax):
    _, out = seed_build
    proc = subprocess.run(["rapper", "-i", syntax, "-c", str(out / name)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_graphml_valid_and_same_counts_in_networkx_and_igraph(seed_build):
    from lxml import etree

    from kg.export.graphml import read_graphml, to_networkx

    result, out = seed_build
    path = out / "graph.graphml"
    expected = to_networkx(result.graph)
    g = read_graphml(path)
    assert (g.number_of_nodes(), g.number_of_edges()) == (
        expected.number_of_nodes(),
        expected.number_of_edges(),
    )
    assert g.number_of_edges() >= 15
    igraph = pytest.importorskip("igraph")
    ig = igraph.Graph.Read_GraphML(str(path))
    assert (ig.vcount(), ig.ecount()) == (g.number_of_nodes(), g.number_of_edges())
    xsd = SHARED / "schemas" / "graphml" / "graphml.xsd"
    if xsd.exists():
        schema = etree.XMLSchema(etree.parse(str(xsd)))
        assert schema.validate(etree.parse(str(path))), schema.error_log


def test_each_asserted_edge_has_one_support_counting_its_assertions(graph):
    """kg:EdgeSupport: one per kg:locatedIn, kg:partOf, kg:citizenOf and kg:residesIn edge, with
    the number of its assertions and of their articles."""
    from collections import Counter

    asserted = Counter(
        (graph.value(a, RDF.subject), graph.value(a, RDF.predicate), graph.value(a, RDF.object))
        for a in graph.subjects(RDF.type, KG.Assertion)
    )
    supports = {
        (graph.value(s, RDF.subject), graph.value(s, RDF.predicate), graph.value(s, RDF.object)): (
            graph.value(s, KG.evidenceCount).toPython(),
            graph.value(s, KG.articleCount).toPython(),
        )
        for s in graph.subjects(RDF.type, KG.EdgeSupport)
    }
    assert asserted and supports.keys() == asserted.keys()
    assert {edge: n for edge, (n, _) in supports.items()} == dict(asserted)
    assert all(1 <= articles <= n for n, articles in supports.values())
    assert all(edge in graph for edge in supports)
