"""The ontology files agree with kg/vocab.py, with DESIGN.md's contract and with each other.

- ``ontology/kg.ttl`` declares every term of ``kg.vocab.KG`` (and nothing else in the kg: namespace),
  with a type, label, comment, domain and range, and the class and property hierarchy of the contract.
- ``ontology/cameo.ttl`` holds the CAMEO codebook as SKOS.
- ``ontology/shapes.ttl`` accepts a hand-built graph shaped as ``ontology/README.md`` describes and
  rejects broken variants of it, each for the expected reason.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, PROV, RDF, RDFS, SH, SKOS, XSD

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"

try:
    from kg.vocab import CAMEO_NS, DEFAULT_BASE_IRI, KG, KG_NS
except ModuleNotFoundError:  # run from outside the repository without an install
    sys.path.insert(0, str(ROOT))
    from kg.vocab import CAMEO_NS, DEFAULT_BASE_IRI, KG, KG_NS

CAMEO = Namespace(CAMEO_NS)
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
KGSH = Namespace("https://w3id.org/kgnews/shapes#")

TERMS: list[str] = list(KG.__annotations__)
CLASSES = [t for t in TERMS if t[0].isupper()]
PROPERTIES = [t for t in TERMS if t[0].islower()]

AFFILIATION_SUBPROPERTIES = ["holdsPositionIn", "leads", "memberOf", "worksFor", "founded"]
# property -> the CAMEO code it stands for (kg/vocab.py comments)
CAMEO_PROPERTIES = {
    "makesPublicStatementAbout": "01",
    "appealsTo": "02",
    "intendsToCooperateWith": "03",
    "consults": "04",
    "cooperatesWith": "05",
    "cooperatesMateriallyWith": "06",
    "providesAidTo": "07",
    "yieldsTo": "08",
    "investigates": "09",
    "demandsFrom": "10",
    "disapprovesOf": "11",
    "accuses": "112",
    "rejects": "12",
    "threatens": "13",
    "protestsAgainst": "14",
    "exhibitsForcePostureToward": "15",
    "reducesRelationsWith": "16",
    "sanctions": "163",
    "expels": "166",
    "coerces": "17",
    "assaults": "18",
    "fights": "19",
    "usesMassViolenceAgainst": "20",
}
DATATYPE_RANGES = {
    "mentionCount": XSD.integer,
    "evidenceCount": XSD.integer,
    "articleCount": XSD.integer,
    "iso3166Alpha2": XSD.string,
    "iso3166Alpha3": XSD.string,
    "articleId": XSD.string,
    "headline": XSD.string,
    "datePublished": XSD.date,
    "url": XSD.anyURI,
    "source": XSD.string,
    "sentence": XSD.string,
    "beginOffset": XSD.integer,
    "endOffset": XSD.integer,
    "rule": XSD.string,
    "confidence": XSD.decimal,
    "title": XSD.string,
    "isFormer": XSD.boolean,
    "cameoCode": XSD.string,
    "trigger": XSD.string,
    "date": XSD.date,
    "negated": XSD.boolean,
    "modality": XSD.string,
    "quote": XSD.string,
    "isDirect": XSD.boolean,
    "anaphor": XSD.string,
}
# how many 3-digit codes (x0, x1, ...) each root has in the CAMEO 1.1b3 codebook
THREE_DIGIT_COUNTS = {
    "01": 10, "02": 9, "03": 10, "04": 7, "05": 8, "06": 5, "07": 6, "08": 8, "09": 5, "10": 9,
    "11": 7, "12": 10, "13": 10, "14": 6, "15": 6, "16": 7, "17": 7, "18": 7, "19": 7, "20": 5,
}  # fmt: skip


def _parse(name: str) -> Graph:
    return Graph().parse(ONTOLOGY_DIR / name, format="turtle")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return _parse("kg.ttl")


@pytest.fixture(scope="module")
def cameo() -> Graph:
    return _parse("cameo.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return _parse("shapes.ttl")


def _kg_terms_used(g: Graph) -> set[URIRef]:
    return {
        node for triple in g for node in triple if isinstance(node, URIRef) and str(node).startswith(KG_NS)
    }


def _members(g: Graph, node) -> set:
    """The classes a class expression stands for: itself, or the members of its owl:unionOf."""
    union = g.value(node, OWL.unionOf)
    return set(Collection(g, union)) if union is not None else {node}


def _supers(g: Graph, term: URIRef, predicate: URIRef) -> set[URIRef]:
    return set(g.transitive_objects(term, predicate)) - {term}


# --------------------------------------------------------------------------------------------------
# All three files
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl", "cameo.ttl"])
def test_file_parses(name: str) -> None:
    assert len(_parse(name)) > 100


# --------------------------------------------------------------------------------------------------
# kg.ttl against kg/vocab.py
# --------------------------------------------------------------------------------------------------


def test_ontology_header(onto: Graph) -> None:
    ontology = URIRef(KG_NS.rstrip("#"))
    assert (ontology, RDF.type, OWL.Ontology) in onto
    assert onto.value(ontology, OWL.versionInfo) == Literal("0.1.0")
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.license):
        assert onto.value(ontology, prop) is not None, f"the ontology has no {prop}"


@pytest.mark.parametrize("name", TERMS)
def test_vocab_term_is_declared(onto: Graph, name: str) -> None:
    term = KG[name]
    types = set(onto.objects(term, RDF.type))
    if name in CLASSES:
        assert OWL.Class in types, f"kg:{name} is not declared an owl:Class"
    else:
        kinds = types & {OWL.ObjectProperty, OWL.DatatypeProperty}
        assert len(kinds) == 1, f"kg:{name} must be exactly one of owl:ObjectProperty, owl:DatatypeProperty"
        assert onto.value(term, RDFS.domain) is not None, f"kg:{name} has no rdfs:domain"
        assert onto.value(term, RDFS.range) is not None, f"kg:{name} has no rdfs:range"
    for prop, min_length in ((RDFS.label, 1), (RDFS.comment, 20)):
        values = [v for v in onto.objects(term, prop) if getattr(v, "language", None) == "en"]
        assert len(values) == 1, f"kg:{name} needs exactly one {prop} @en"
        assert len(str(values[0]).strip()) >= min_length, f"kg:{name} has a too short {prop}"


def test_no_kg_term_beyond_vocab(onto: Graph) -> None:
    extra = _kg_terms_used(onto) - {KG[t] for t in TERMS}
    assert not extra, f"kg.ttl uses kg: terms that kg/vocab.py lacks: {sorted(extra)}"


@pytest.mark.parametrize("name", sorted(DATATYPE_RANGES))
def test_datatype_property_range(onto: Graph, name: str) -> None:
    assert (KG[name], RDF.type, OWL.DatatypeProperty) in onto
    assert onto.value(KG[name], RDFS.range) == DATATYPE_RANGES[name]


def test_object_properties_are_the_rest(onto: Graph) -> None:
    for name in PROPERTIES:
        if name not in DATATYPE_RANGES:
            assert (KG[name], RDF.type, OWL.ObjectProperty) in onto, f"kg:{name} is not an ObjectProperty"
            for rng in _members(onto, onto.value(KG[name], RDFS.range)):
                assert not str(rng).startswith(str(XSD)), f"kg:{name} has a datatype range"
    assert onto.value(KG.directProperty, RDFS.range) == RDF.Property
    assert onto.value(KG.cameoConcept, RDFS.range) == SKOS.Concept


# --------------------------------------------------------------------------------------------------
# kg.ttl: the contract of DESIGN.md section 2
# --------------------------------------------------------------------------------------------------


def test_class_hierarchy(onto: Graph) -> None:
    def supers(name: str) -> set[URIRef]:
        return _supers(onto, KG[name], RDFS.subClassOf)

    for name in ("Person", "Organisation", "Country", "Location"):
        assert KG.Entity in supers(name), name
    for name in ("Person", "Organisation", "Country"):
        assert KG.Actor in supers(name), name
    assert KG.Actor not in supers("Location")
    for name in ("Position", "Event", "Statement", "Assertion"):
        assert KG.Evidence in supers(name), name
    assert PROV.Entity in supers("Evidence")
    # every other class sits under one of the three roots, but the summary of an edge's evidence
    # (no evidence itself: a count over the edge's kg:Assertion nodes, a reified rdf:Statement)
    assert supers("EdgeSupport") & {KG.Entity, KG.Evidence, KG.Article} == set()
    assert RDF.Statement in supers("EdgeSupport")
    for name in set(CLASSES) - {"Entity", "Article", "Evidence", "EdgeSupport"}:
        assert {KG.Entity, KG.Evidence} & supers(name), name
    disjoint = set(onto.subject_objects(OWL.disjointWith))
    assert {(KG.Country, KG.Location), (KG.Location, KG.Country)} & disjoint


def test_subproperties_reach_the_contract_terms(onto: Graph) -> None:
    for name in AFFILIATION_SUBPROPERTIES:
        assert KG.affiliatedWith in _supers(onto, KG[name], RDFS.subPropertyOf), name
    for name in CAMEO_PROPERTIES:
        assert KG.interactsWith in _supers(onto, KG[name], RDFS.subPropertyOf), name
    assert (KG.accuses, RDFS.subPropertyOf, KG.disapprovesOf) in onto
    assert (KG.sanctions, RDFS.subPropertyOf, KG.reducesRelationsWith) in onto
    assert (KG.expels, RDFS.subPropertyOf, KG.reducesRelationsWith) in onto
    # every declared sub-property hierarchy ends at one of the two contract super-properties
    for sub, sup in onto.subject_objects(RDFS.subPropertyOf):
        if str(sup).startswith(KG_NS):
            assert {KG.affiliatedWith, KG.interactsWith} & _supers(onto, sub, RDFS.subPropertyOf)


def test_direct_edge_domains_and_ranges(onto: Graph) -> None:
    def dom(name: str) -> set:
        return _members(onto, onto.value(KG[name], RDFS.domain))

    def rng(name: str) -> set:
        return _members(onto, onto.value(KG[name], RDFS.range))

    for name in ["affiliatedWith", *AFFILIATION_SUBPROPERTIES]:
        assert dom(name) == {KG.Person} and rng(name) == {KG.Organisation, KG.Country}, name
    assert dom("locatedIn") == {KG.Organisation, KG.Location}
    assert rng("locatedIn") == {KG.Location, KG.Country}
    assert dom("partOf") == rng("partOf") == {KG.Organisation}
    assert dom("citizenOf") == {KG.Person} and rng("citizenOf") == {KG.Country}
    assert dom("residesIn") == {KG.Person} and rng("residesIn") == {KG.Location, KG.Country}
    for name in ["interactsWith", *CAMEO_PROPERTIES]:
        assert dom(name) == rng(name) == {KG.Actor}, name
    assert _members(onto, onto.value(KG.Actor, OWL.equivalentClass)) == {
        KG.Person,
        KG.Organisation,
        KG.Country,
    }


@pytest.mark.parametrize(("name", "code"), sorted(CAMEO_PROPERTIES.items()))
def test_cameo_property_links_its_code(onto: Graph, cameo: Graph, name: str, code: str) -> None:
    concept = CAMEO[code]
    assert (KG[name], RDFS.seeAlso, concept) in onto
    assert (concept, RDF.type, SKOS.Concept) in cameo
    assert code in str(onto.value(KG[name], RDFS.comment))


def test_alignments(onto: Graph) -> None:
    expected = [
        (KG.Person, OWL.equivalentClass, SCHEMA.Person),
        (KG.Person, RDFS.subClassOf, FOAF.Person),
        (KG.Organisation, OWL.equivalentClass, SCHEMA.Organization),
        (KG.Organisation, RDFS.subClassOf, ORG.Organization),
        (KG.Organisation, RDFS.subClassOf, FOAF.Organization),
        (KG.Country, RDFS.subClassOf, SCHEMA.Country),
        (KG.Location, RDFS.subClassOf, SCHEMA.Place),
        (KG.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
        (KG.Article, RDFS.subClassOf, PROV.Entity),
        (KG.Actor, RDFS.subClassOf, PROV.Agent),
        (KG.Position, SKOS.closeMatch, ORG.Post),
        (KG.Position, SKOS.closeMatch, ORG.Membership),
        (KG.Position, SKOS.closeMatch, WD.Q4164871),
        (KG.Event, SKOS.closeMatch, SCHEMA.Event),
        (KG.holdsPositionIn, SKOS.closeMatch, WDT.P39),
        (KG.worksFor, SKOS.closeMatch, WDT.P108),
        (KG.worksFor, SKOS.closeMatch, SCHEMA.worksFor),
        (KG.memberOf, SKOS.closeMatch, WDT.P463),
        (KG.memberOf, SKOS.closeMatch, WDT.P102),
        (KG.memberOf, SKOS.closeMatch, ORG.memberOf),
        (KG.leads, SKOS.closeMatch, ORG.headOf),
        (KG.partOf, SKOS.closeMatch, ORG.subOrganizationOf),
        (KG.partOf, SKOS.closeMatch, WDT.P361),
        (KG.citizenOf, SKOS.closeMatch, WDT.P27),
        (KG.locatedIn, SKOS.closeMatch, WDT.P17),
        (KG.locatedIn, SKOS.closeMatch, WDT.P159),
        (KG.headline, SKOS.closeMatch, SCHEMA.headline),
        (KG.datePublished, SKOS.closeMatch, SCHEMA.datePublished),
        (KG.url, SKOS.closeMatch, SCHEMA.url),
    ]
    missing = [t for t in expected if t not in onto]
    assert not missing, f"missing alignments: {missing}"


# --------------------------------------------------------------------------------------------------
# cameo.ttl
# --------------------------------------------------------------------------------------------------


def _one_label(cameo: Graph, concept: URIRef) -> str:
    labels = [x for x in cameo.objects(concept, SKOS.prefLabel) if x.language == "en"]
    assert len(labels) == 1, f"{concept} needs exactly one prefLabel@en"
    return str(labels[0])


@pytest.mark.parametrize("root", [f"{i:02d}" for i in range(1, 21)])
def test_cameo_root(cameo: Graph, root: str) -> None:
    concept = CAMEO[root]
    scheme = URIRef(CAMEO_NS)
    assert (concept, RDF.type, SKOS.Concept) in cameo
    assert cameo.value(concept, SKOS.notation) == Literal(root)
    assert (concept, SKOS.topConceptOf, scheme) in cameo
    assert (scheme, SKOS.hasTopConcept, concept) in cameo
    assert _one_label(cameo, concept)
    for digit in range(THREE_DIGIT_COUNTS[root]):
        code = f"{root}{digit}"
        child = CAMEO[code]
        assert cameo.value(child, SKOS.notation) == Literal(code), code
        assert cameo.value(child, SKOS.broader) == concept, code
        assert _one_label(cameo, child)


def test_cameo_concepts_are_consistent(cameo: Graph) -> None:
    scheme = URIRef(CAMEO_NS)
    assert (scheme, RDF.type, SKOS.ConceptScheme) in cameo
    assert cameo.value(scheme, DCTERMS.title) is not None
    concepts = set(cameo.subjects(RDF.type, SKOS.Concept))
    notations = [str(cameo.value(c, SKOS.notation)) for c in concepts]
    assert len(set(notations)) == len(concepts)
    expected = {f"{root}{digit}" for root, count in THREE_DIGIT_COUNTS.items() for digit in range(count)}
    assert {n for n in notations if len(n) == 3} == expected
    for concept in concepts:
        code = str(cameo.value(concept, SKOS.notation))
        assert str(concept) == CAMEO_NS + code
        assert (concept, SKOS.inScheme, scheme) in cameo
        if len(code) > 2:
            assert cameo.value(concept, SKOS.broader) == CAMEO[code[:-1]], code
    assert not _kg_terms_used(cameo)


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("04", "Consult"),
        ("041", "Discuss by telephone"),
        ("042", "Make a visit"),
        ("043", "Host a visit"),
        ("044", "Meet at a 'third' location"),
        ("051", "Praise or endorse"),
        ("057", "Sign formal agreement"),
        ("071", "Provide economic aid"),
        ("073", "Provide humanitarian aid"),
        ("112", "Accuse, not specified below"),
        ("163", "Impose embargo, boycott, or sanctions"),
        ("166", "Expel or withdraw, not specified below"),
        ("174", "Expel or deport individuals"),
        ("20", "Use unconventional mass violence"),
    ],
)
def test_cameo_labels(cameo: Graph, code: str, label: str) -> None:
    assert _one_label(cameo, CAMEO[code]) == label


# --------------------------------------------------------------------------------------------------
# shapes.ttl
# --------------------------------------------------------------------------------------------------

BASE = Namespace(DEFAULT_BASE_IRI)
ARTICLE = BASE["article/xi-cuba"]
XI = BASE["person/xi-jinping"]
DIAZ_CANEL = BASE["person/miguel-diaz-canel"]
CPC = BASE["organisation/communist-party-of-china"]
CHINA = BASE["country/Q148"]
POSITION = BASE["position/xi-cuba/120-139/3f2a9c01"]
EVENT = BASE["event/xi-cuba/0-48/81bd22e0"]
STATEMENT = BASE["statement/xi-cuba/210-265/c07e1a44"]
ASSERTION = BASE["assertion/xi-cuba/300-341/9d0b5f17"]
SUPPORT = BASE["support/5f0c2a9e41d7b3c8"]


def build_instance_graph() -> Graph:
    """A small graph shaped as ontology/README.md describes."""
    g = Graph()
    g.bind("kg", KG_NS)
    sentence = "Chinese President Xi Jinping held a phone call with Cuban President Miguel Diaz-Canel."

    g.add((ARTICLE, RDF.type, KG.Article))
    g.add((ARTICLE, KG.articleId, Literal("xi-cuba")))
    g.add((ARTICLE, KG.headline, Literal("Xi holds phone talks with Cuban president")))
    g.add((ARTICLE, KG.datePublished, Literal(date(2021, 7, 22))))
    g.add((ARTICLE, KG.url, Literal("https://example.org/news/xi-cuba", datatype=XSD.anyURI)))
    g.add((ARTICLE, KG.source, Literal("Xinhua")))

    def entity(node: URIRef, cls: URIRef, label: str, mentions: int, *aliases: str) -> None:
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label)))
        for alias in aliases:
            g.add((node, SKOS.altLabel, Literal(alias)))
        g.add((node, KG.mentionCount, Literal(mentions)))
        g.add((node, KG.mentionedIn, ARTICLE))

    entity(XI, KG.Person, "Xi Jinping", 4, "Xi")
    entity(DIAZ_CANEL, KG.Person, "Miguel Diaz-Canel", 2, "Diaz-Canel")
    entity(CPC, KG.Organisation, "Communist Party of China", 1, "CPC")
    entity(CHINA, KG.Country, "China", 3, "Chinese")
    g.add((CHINA, OWL.sameAs, WD.Q148))
    g.add((CHINA, KG.iso3166Alpha2, Literal("CN")))
    g.add((CHINA, KG.iso3166Alpha3, Literal("CHN")))

    # direct edges, each with its super-property edge
    g.add((XI, KG.holdsPositionIn, CPC))
    g.add((XI, KG.affiliatedWith, CPC))
    g.add((XI, KG.consults, DIAZ_CANEL))
    g.add((XI, KG.interactsWith, DIAZ_CANEL))
    g.add((CPC, KG.locatedIn, CHINA))

    def evidence(node: URIRef, cls: URIRef, begin: int, end: int, rule: str, confidence: str) -> None:
        g.add((node, RDF.type, cls))
        g.add((node, PROV.wasDerivedFrom, ARTICLE))
        g.add((node, KG.sentence, Literal(sentence)))
        g.add((node, KG.beginOffset, Literal(begin)))
        g.add((node, KG.endOffset, Literal(end)))
        g.add((node, KG.rule, Literal(rule)))
        g.add((node, KG.confidence, Literal(Decimal(confidence))))

    evidence(POSITION, KG.Position, 120, 139, "position.prenominal.v1", "0.9")
    g.add((POSITION, KG.holder, XI))
    g.add((POSITION, KG.postIn, CPC))
    g.add((POSITION, KG.title, Literal("General Secretary")))
    g.add((POSITION, KG.isFormer, Literal(False)))
    g.add((POSITION, KG.directProperty, KG.holdsPositionIn))

    evidence(EVENT, KG.Event, 0, 48, "event.verb.v1", "0.8")
    g.add((EVENT, KG.actor, XI))
    g.add((EVENT, KG.target, DIAZ_CANEL))
    g.add((EVENT, KG.cameoCode, Literal("041")))
    g.add((EVENT, KG.cameoConcept, CAMEO["041"]))
    g.add((EVENT, KG.trigger, Literal("held a phone call with")))
    g.add((EVENT, KG.date, Literal(date(2021, 7, 22))))
    g.add((EVENT, KG.negated, Literal(False)))
    g.add((EVENT, KG.directProperty, KG.consults))

    evidence(STATEMENT, KG.Statement, 210, 265, "quote.direct.v1", "0.95")
    g.add((STATEMENT, KG.speaker, XI))
    g.add((STATEMENT, KG.quote, Literal("China firmly supports Cuba")))
    g.add((STATEMENT, KG.isDirect, Literal(True)))

    evidence(ASSERTION, KG.Assertion, 300, 341, "located.headquarters.v1", "0.7")
    g.add((ASSERTION, RDF.subject, CPC))
    g.add((ASSERTION, RDF.predicate, KG.locatedIn))
    g.add((ASSERTION, RDF.object, CHINA))
    g.add((SUPPORT, RDF.type, KG.EdgeSupport))
    g.add((SUPPORT, RDF.subject, CPC))
    g.add((SUPPORT, RDF.predicate, KG.locatedIn))
    g.add((SUPPORT, RDF.object, CHINA))
    g.add((SUPPORT, KG.evidenceCount, Literal(1)))
    g.add((SUPPORT, KG.articleCount, Literal(1)))
    return g


def _validate(data: Graph, shapes: Graph) -> tuple[bool, Graph, str]:
    conforms, results, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=None, inference="none")
    return conforms, results, text


def _violations(results: Graph) -> set[tuple]:
    """(focus node, result path, constraint component, value node) of every result, nested ones too."""
    return {
        tuple(
            results.value(r, p) for p in (SH.focusNode, SH.resultPath, SH.sourceConstraintComponent, SH.value)
        )
        for r in results.subjects(RDF.type, SH.ValidationResult)
    }


def test_shapes_use_only_vocab_terms(shapes: Graph) -> None:
    extra = _kg_terms_used(shapes) - {KG[t] for t in TERMS}
    assert not extra, f"shapes.ttl uses kg: terms that kg/vocab.py lacks: {sorted(extra)}"


def test_shapes_target_every_concrete_class(shapes: Graph) -> None:
    targeted = set(shapes.objects(None, SH.targetClass))
    concrete = {KG[c] for c in CLASSES} - {KG.Entity, KG.Actor, KG.Evidence}
    assert concrete <= targeted, f"no shape targets {sorted(concrete - targeted)}"
    for name in ("PositionShape", "EventShape", "StatementShape", "AssertionShape"):
        assert (KGSH[name], SH.node, KGSH.EvidenceShape) in shapes


def test_instance_graph_conforms(shapes: Graph) -> None:
    conforms, _, text = _validate(build_instance_graph(), shapes)
    assert conforms, text


def test_shapes_graph_is_valid_shacl(shapes: Graph) -> None:
    conforms, _, text = pyshacl.validate(
        build_instance_graph(), shacl_graph=shapes, ont_graph=None, inference="none", meta_shacl=True
    )
    assert conforms, text


def _remove(*triple) -> Callable[[Graph], None]:
    return lambda g: g.remove(triple)


def _set(s, p, o) -> Callable[[Graph], None]:
    return lambda g: g.set((s, p, o))


def _add(*triples) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        for t in triples:
            g.add(t)

    return change


SPARQL = SH.SPARQLConstraintComponent
# (change to the valid graph, expected violation: (focus node, result path or None, constraint
# component[, value node])); the whole-graph SPARQL checks report the property as focus node.
BROKEN = [
    # the three variants the contract names first
    pytest.param(
        _remove(POSITION, KG.holder, None),
        (POSITION, KG.holder, SH.MinCountConstraintComponent),
        id="position without holder",
    ),
    pytest.param(
        _set(EVENT, KG.confidence, Literal(Decimal("1.5"))),
        (EVENT, KG.confidence, SH.MaxInclusiveConstraintComponent),
        id="confidence above 1",
    ),
    pytest.param(
        _add((XI, KG.locatedIn, CHINA)),
        (XI, None, SH.OrConstraintComponent),
        id="locatedIn from a person",
    ),
    # further mistakes the shapes catch
    pytest.param(
        _set(SUPPORT, KG.evidenceCount, Literal(0)),
        (SUPPORT, KG.evidenceCount, SH.MinInclusiveConstraintComponent),
        id="edge support of no evidence",
    ),
    pytest.param(
        _set(SUPPORT, RDF.predicate, KG.leads),
        (SUPPORT, RDF.predicate, SH.InConstraintComponent),
        id="edge support of an affiliation edge",
    ),
    pytest.param(
        _set(STATEMENT, KG.confidence, Literal(0.5)),
        (STATEMENT, KG.confidence, SH.DatatypeConstraintComponent),
        id="confidence as xsd:double",
    ),
    pytest.param(
        _set(ASSERTION, KG.beginOffset, Literal(341)),
        (ASSERTION, KG.beginOffset, SH.LessThanConstraintComponent),
        id="begin not before end",
    ),
    pytest.param(
        _set(EVENT, KG.cameoCode, Literal("21")),
        (EVENT, KG.cameoCode, SH.PatternConstraintComponent),
        id="cameo code out of range",
    ),
    pytest.param(
        _set(EVENT, KG.cameoConcept, CAMEO["042"]),
        (KG.cameoConcept, KG.cameoConcept, SPARQL, EVENT),
        id="cameo concept of another code",
    ),
    pytest.param(
        _set(EVENT, KG.directProperty, KG.threatens),
        (KG.directProperty, KG.directProperty, SPARQL, EVENT),
        id="direct property of another root",
    ),
    pytest.param(
        _remove(EVENT, KG.directProperty, None),
        (EVENT, None, SH.OrConstraintComponent),
        id="event with target and no direct property",
    ),
    pytest.param(
        _remove(XI, KG.interactsWith, DIAZ_CANEL),
        (KG.interactsWith, KG.consults, SPARQL, XI),
        id="sub-property edge without super-property edge",
    ),
    pytest.param(
        _add((XI, KG.memberOf, DIAZ_CANEL), (XI, KG.affiliatedWith, DIAZ_CANEL)),
        (XI, None, SH.OrConstraintComponent),
        id="affiliation with a person",
    ),
    pytest.param(
        _set(CHINA, OWL.sameAs, URIRef("http://dbpedia.org/resource/China")),
        (CHINA, OWL.sameAs, SH.PatternConstraintComponent),
        id="country sameAs outside Wikidata",
    ),
    pytest.param(
        _set(ASSERTION, RDF.predicate, KG.leads),
        (ASSERTION, RDF.predicate, SH.InConstraintComponent),
        id="assertion predicate not an assertion property",
    ),
    pytest.param(
        _add((XI, RDF.type, KG.Organisation)),
        (XI, RDF.type, SH.MaxCountConstraintComponent),
        id="two types on one node",
    ),
    pytest.param(
        _add((BNode("b0"), RDF.type, KG.Statement)),
        (BNode("b0"), None, SH.PatternConstraintComponent),
        id="blank node evidence",
    ),
]


@pytest.mark.parametrize(("change", "expected"), BROKEN)
def test_broken_graph_is_rejected(shapes: Graph, change: Callable[[Graph], None], expected: tuple) -> None:
    data = build_instance_graph()
    change(data)
    conforms, results, text = _validate(data, shapes)
    assert not conforms, "the shapes accepted the broken graph"
    focus, path, component, *value = expected
    matches = [
        result
        for result in _violations(results)
        if result[0] == focus
        and result[2] == component
        and path in (None, result[1])
        and (not value or result[3] == value[0])
    ]
    assert matches, f"expected a violation {expected}, got\n{text}"
