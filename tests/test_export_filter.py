"""``kg export --min-confidence``: a built graph cut to its confident facts, as a build with the threshold."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace
from rdflib.namespace import PROV

from kg.cli import main
from kg.export import registry
from kg.export.filter import DIRECT_PROPERTIES, EVIDENCE_CLASSES, check_min_confidence, cut_graph, cut_source
from kg.export.rdf_formats import read_rdf
from kg.vocab import KG

ROOT = Path(__file__).resolve().parent.parent
#: Removes some of the seed's facts (its confidences run from 0.75 to 0.97), keeps others.
THRESHOLD = 0.9


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _same_output(a: Path, b: Path) -> bool:
    return _files(a) == _files(b) if a.is_dir() else a.read_bytes() == b.read_bytes()


def _export(graph_file: Path, name: str, out: Path, threshold: str) -> int:
    return main(["export", str(graph_file), "--to", name, "-o", str(out), "--min-confidence", threshold])


def _evidence(graph: Graph) -> set:
    return {node for cls in EVIDENCE_CLASSES for node in graph.subjects(RDF.type, cls)}


def _edges(graph: Graph) -> set:
    return {t for p in DIRECT_PROPERTIES for t in graph.triples((None, p, None))}


@pytest.fixture(scope="module")
def full(seed_build, tmp_path_factory) -> Path:
    """seeds/ built with every format and no threshold."""
    from kg.pipeline import build

    _result, out = seed_build
    if all((out / f.output).exists() for f in registry.FORMATS.values()):
        return out
    out = tmp_path_factory.mktemp("full")
    build([ROOT / "seeds"], out, formats=list(registry.FORMATS))
    return out


@pytest.fixture(scope="module")
def cut_build(tmp_path_factory) -> Path:
    """seeds/ built with every format and ``--min-confidence THRESHOLD``."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp(f"min-confidence-{THRESHOLD}")
    result = build([ROOT / "seeds"], out, formats=list(registry.FORMATS), min_confidence=THRESHOLD)
    assert not result.errors
    return out


def test_the_threshold_removes_some_facts_of_the_seed(full: Path, cut_build: Path) -> None:
    whole, cut = Graph().parse(full / "graph.ttl"), Graph().parse(cut_build / "graph.ttl")
    confidences = [float(c) for c in whole.objects(None, KG.confidence)]
    assert min(confidences) < THRESHOLD <= max(confidences)
    assert 0 < len(_evidence(cut)) < len(_evidence(whole))
    assert 0 < len(_edges(cut)) < len(_edges(whole))


@pytest.mark.parametrize("name", list(registry.FORMATS))
def test_export_with_min_confidence_is_the_build_with_it(
    full: Path, cut_build: Path, tmp_path: Path, name: str
) -> None:
    fmt = registry.FORMATS[name]
    target = registry.export_file(full / "graph.ttl", name, tmp_path / fmt.output, min_confidence=THRESHOLD)
    assert _same_output(target, cut_build / fmt.output)


@pytest.mark.parametrize("source", ["graph.trig", "graph.nt", "graph.jsonld"])
def test_every_input_format_cuts_the_same(full: Path, cut_build: Path, tmp_path: Path, source: str) -> None:
    for name in ("ttl", "trig"):
        out = tmp_path / f"cut.{name}"
        assert _export(full / source, name, out, str(THRESHOLD)) == 0
        assert out.read_bytes() == (cut_build / f"graph.{name}").read_bytes()


def test_cut_graph_conforms_to_the_shapes(cut_build: Path) -> None:
    from kg.validate import validate_graph

    graph, _ = read_rdf(cut_build / "graph.ttl")
    result = validate_graph(graph)
    assert result.conforms, result.report
    assert cut_graph(graph, 1.0).evidence > 0  # and cut further, to no facts at all
    result = validate_graph(graph)
    assert result.conforms, result.report


# (0.25 is under every calibrated rule of the seed build: the weakest, reported accusations, is ~0.5)
@pytest.mark.parametrize("threshold", ["0", "0.25", "lowest"])
@pytest.mark.parametrize("name", ["ttl", "trig", "csv"])
def test_a_low_threshold_keeps_everything(full: Path, tmp_path: Path, threshold: str, name: str) -> None:
    if threshold == "lowest":  # the least confident fact of the seed build stays at its own value
        whole = Graph().parse(full / "graph.ttl")
        threshold = str(min(float(c) for c in whole.objects(None, KG.confidence)))
    fmt = registry.FORMATS[name]
    out = tmp_path / fmt.output
    assert _export(full / "graph.ttl", name, out, threshold) == 0
    assert _same_output(out, full / fmt.output)


def test_the_top_threshold_keeps_no_facts_but_every_entity_and_article(full: Path, tmp_path: Path) -> None:
    whole = Graph().parse(full / "graph.ttl")
    assert all(float(c) < 1 for c in whole.objects(None, KG.confidence))  # no seed fact is certain
    out = tmp_path / "none.ttl"
    assert _export(full / "graph.ttl", "ttl", out, "1") == 0
    left = Graph().parse(out)
    assert not _evidence(left) and not _edges(left)
    # What is left is exactly the entity and article descriptions.
    described = {
        t
        for cls in (KG.Person, KG.Organisation, KG.Country, KG.Location, KG.Article)
        for node in whole.subjects(RDF.type, cls)
        for t in whole.triples((node, None, None))
        if t[1] not in DIRECT_PROPERTIES
    }
    assert set(left) == described
    # In Python any threshold works; above 1 keeps no facts either.
    graph, dataset = read_rdf(full / "graph.trig")
    cut = cut_source(graph, dataset, 1.5)
    assert cut.evidence == len(_evidence(whole)) and cut.edges == len(_edges(whole))
    assert set(graph) == described
    assert {(s, p, o) for s, p, o, _g in dataset.quads((None, None, None, None))} == described


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("-0.1", "outside 0 to 1"),
        ("1.01", "outside 0 to 1"),
        ("2", "outside 0 to 1"),
        ("abc", "not a number"),
        ("nan", "not a number"),
        ("", "not a number"),
    ],
)
def test_invalid_thresholds_are_usage_errors(
    full: Path, tmp_path: Path, capsys, value: str, says: str
) -> None:
    out = tmp_path / "x.ttl"
    with pytest.raises(SystemExit) as exit_:
        _export(full / "graph.ttl", "ttl", out, value)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "argument --min-confidence" in err and says in err
    assert not out.exists()
    with pytest.raises(ValueError, match=says):
        registry.export_file(full / "graph.ttl", "ttl", out, min_confidence=value)  # type: ignore[arg-type]
    assert not out.exists()


def test_check_min_confidence() -> None:
    assert check_min_confidence("0") == 0.0
    assert check_min_confidence(1) == 1.0
    assert check_min_confidence("0.9") == 0.9


# -- the rules, on a graph made by hand --------------------------------------------------------

ID = Namespace("https://example.org/id/")


def _node(g: Graph, node, cls, conf: str, article=ID["article/a"]) -> None:
    g.add((node, RDF.type, cls))
    g.add((node, KG.confidence, Literal(Decimal(conf))))
    g.add((node, PROV.wasDerivedFrom, article))


def _position(g: Graph, node, holder, prop, org, conf: str, article=ID["article/a"]) -> None:
    _node(g, node, KG.Position, conf, article)
    g.add((node, KG.holder, holder))
    g.add((node, KG.postIn, org))
    g.add((node, KG.directProperty, prop))
    g.add((holder, prop, org))
    g.add((holder, KG.affiliatedWith, org))


def _hand_made() -> Graph:
    g = Graph()
    ann, acme, zed, paris = ID["person/ann"], ID["organisation/acme"], ID["person/zed"], ID["location/paris"]
    for entity, cls in ((ann, KG.Person), (acme, KG.Organisation), (zed, KG.Person), (paris, KG.Location)):
        g.add((entity, RDF.type, cls))
        g.add((entity, RDFS.label, Literal(entity.rsplit("/", 1)[1])))
        g.add((entity, KG.mentionedIn, ID["article/a"]))
    g.add((ID["article/a"], RDF.type, KG.Article))
    # Ann leads Acme (strong) and works for it (weak): affiliatedWith stays, worksFor goes.
    _position(g, ID["position/1"], ann, KG.leads, acme, "0.95")
    _position(g, ID["position/2"], ann, KG.worksFor, acme, "0.60")
    # Zed is a member of Acme, on weak evidence only: memberOf and affiliatedWith both go.
    _position(g, ID["position/3"], zed, KG.memberOf, acme, "0.70")
    # Acme is in Paris, said twice, once weakly: the edge stays.
    for n, conf in (("4", "0.91"), ("5", "0.50")):
        a = ID[f"assertion/{n}"]
        _node(g, a, KG.Assertion, conf)
        g.add((a, RDF.subject, acme))
        g.add((a, RDF.predicate, KG.locatedIn))
        g.add((a, RDF.object, paris))
    g.add((acme, KG.locatedIn, paris))
    # Ann consults Zed (weak) and, strongly, did not threaten him (a negated event backs nothing).
    ev = ID["event/6"]
    _node(g, ev, KG.Event, "0.80")
    g.add((ev, KG.actor, ann))
    g.add((ev, KG.target, zed))
    g.add((ev, KG.negated, Literal(False)))
    g.add((ev, KG.directProperty, KG.consults))
    g.add((ann, KG.consults, zed))
    g.add((ann, KG.interactsWith, zed))
    neg = ID["event/7"]
    _node(g, neg, KG.Event, "0.99")
    g.add((neg, KG.actor, ann))
    g.add((neg, KG.target, zed))
    g.add((neg, KG.negated, Literal(True)))
    g.add((neg, KG.directProperty, KG.threatens))
    # A weak statement by Zed.
    st = ID["statement/8"]
    _node(g, st, KG.Statement, "0.89")
    g.add((st, KG.speaker, zed))
    g.add((st, KG.quote, Literal("hello")))
    return g


def test_the_rules_on_a_hand_made_graph() -> None:
    g = _hand_made()
    before = len(g)
    cut = cut_graph(g, 0.9)
    ann, acme, zed, paris = ID["person/ann"], ID["organisation/acme"], ID["person/zed"], ID["location/paris"]
    assert _evidence(g) == {ID["position/1"], ID["assertion/4"], ID["event/7"]}
    assert _edges(g) == {
        (ann, KG.leads, acme),
        (ann, KG.affiliatedWith, acme),  # still backed by position/1
        (acme, KG.locatedIn, paris),  # still backed by assertion/4
    }
    # Every entity stays, with its description, though Zed has no fact left.
    assert set(g.subjects(RDF.type, KG.Person)) == {ann, zed}
    assert (zed, RDFS.label, Literal("zed")) in g and (zed, KG.mentionedIn, ID["article/a"]) in g
    assert (ID["article/a"], RDF.type, KG.Article) in g
    assert cut.evidence == 5 and cut.edges == 5 and cut.triples == before - len(g)
    assert Counter(p for _s, p, _o in g)[KG.confidence] == 3


def test_named_graphs_keep_only_the_edges_their_own_evidence_backs() -> None:
    """Ann leads Acme in articles a (weak) and b (strong): the edge leaves a's graph only."""
    ann, acme = ID["person/ann"], ID["organisation/acme"]
    ds = Dataset()
    for article, node, conf in (("a", "1", "0.5"), ("b", "2", "0.95")):
        g = ds.graph(ID[f"article/{article}"])
        g.add((ID[f"article/{article}"], RDF.type, KG.Article))
        _position(g, ID[f"position/{node}"], ann, KG.leads, acme, conf, ID[f"article/{article}"])
    entities = ds.graph(ID["graph/entities"])
    entities.add((ann, RDF.type, KG.Person))
    entities.add((acme, RDF.type, KG.Organisation))
    # An edge stated with no evidence in its own graph is judged by the whole graph's evidence.
    ds.graph(ID["graph/other"]).add((ann, KG.leads, acme))
    union = Graph()
    for s, p, o, _g in ds.quads((None, None, None, None)):
        union.add((s, p, o))

    cut = cut_source(union, ds, 0.9)
    assert (ann, KG.leads, acme) not in ds.graph(ID["article/a"])
    assert (ann, KG.affiliatedWith, acme) not in ds.graph(ID["article/a"])
    assert (ann, KG.leads, acme) in ds.graph(ID["article/b"])
    assert (ann, KG.leads, acme) in ds.graph(ID["graph/other"])
    assert (ann, KG.leads, acme) in union and (ID["position/1"], None, None) not in union
    assert cut.evidence == 1 and cut.edges == 0  # the edges are still in the union

    cut = cut_source(union, ds, 1.0)
    assert _edges(union) == set() and not any(True for _ in ds.quads((ann, KG.leads, acme, None)))
    assert cut.evidence == 1 and cut.edges == 2


def test_edge_support_is_counted_again_after_a_cut() -> None:
    """An edge two articles assert: its kg:EdgeSupport counts both, then the one left, then goes
    with the edge."""
    from rdflib import URIRef

    from kg.rdf import support_counts, support_iri

    base = "https://w3id.org/kgnews/id/"
    ids = Namespace(base)
    org, place = ids["organisation/quarnby-freight"], ids["country/Q31"]
    g = Graph()
    g.add((org, KG.locatedIn, place))
    for article, confidence in (("a", "0.95"), ("b", "0.5")):
        node = ids[f"assertion/{article}/0-4/0a"]
        g.add((node, RDF.type, KG.Assertion))
        g.add((node, RDF.subject, org))
        g.add((node, RDF.predicate, KG.locatedIn))
        g.add((node, RDF.object, place))
        g.add((node, PROV.wasDerivedFrom, ids[f"article/{article}"]))
        g.add((node, KG.confidence, Literal(Decimal(confidence))))
    edge = (str(org), str(KG.locatedIn), str(place))
    assert support_counts([g]) == {edge: (2, 2)}
    support = URIRef(support_iri(base, *edge))
    for p, o in (
        (RDF.type, KG.EdgeSupport),
        (RDF.subject, org),
        (RDF.predicate, KG.locatedIn),
        (RDF.object, place),
        (KG.evidenceCount, Literal(2)),
        (KG.articleCount, Literal(2)),
    ):
        g.add((support, p, o))

    cut_graph(g, 0.9)
    assert (g.value(support, KG.evidenceCount), g.value(support, KG.articleCount)) == (Literal(1), Literal(1))
    cut_graph(g, 0.99)
    assert (org, KG.locatedIn, place) not in g
    assert not list(g.subjects(RDF.type, KG.EdgeSupport))
