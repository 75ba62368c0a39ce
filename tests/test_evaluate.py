"""Tests for kg.evaluate on hand-built graphs (shaped as ontology/README.md describes)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV

from kg.errors import GoldError
from kg.evaluate import (
    CATEGORIES,
    ENTITY_TYPES,
    RELATION_CATEGORIES,
    Counts,
    EvalReport,
    GoldDoc,
    evaluate,
    format_explain,
    format_table,
    load_gold,
    normalise_name,
    resolve_doc_path,
    score_document,
)
from kg.vocab import KG

BASE = Namespace("https://w3id.org/kgnews/id/")
ARTICLE_ID = "kenya-uganda"


class GraphBuilder:
    """Builds a small graph the way kg writes one: typed entities, direct edges, evidence nodes."""

    def __init__(self) -> None:
        self.g = Graph()
        self.article = BASE[f"article/{ARTICLE_ID}"]
        self.g.add((self.article, RDF.type, KG.Article))
        self.g.add((self.article, KG.articleId, Literal(ARTICLE_ID)))
        self.offset = 0

    def entity(self, kind: str, slug: str, label: str, *alts: str, count: int = 1) -> URIRef:
        folder = "country" if kind == "Country" else kind.lower()
        iri = BASE[f"{folder}/{slug}"]
        self.g.add((iri, RDF.type, KG[kind]))
        self.g.add((iri, RDFS.label, Literal(label)))
        for alt in alts:
            self.g.add((iri, SKOS.altLabel, Literal(alt)))
        self.g.add((iri, KG.mentionCount, Literal(count, datatype=XSD.integer)))
        self.g.add((iri, KG.mentionedIn, self.article))
        return iri

    def _evidence(self, kind: str, kg_type: URIRef, sentence: str, rule: str) -> URIRef:
        begin, end = self.offset, self.offset + len(sentence)
        self.offset = end + 1
        digest = hashlib.sha1(f"{rule}{sentence}".encode()).hexdigest()[:8]
        node = BASE[f"{kind}/{ARTICLE_ID}/{begin}-{end}/{digest}"]
        self.g.add((node, RDF.type, kg_type))
        self.g.add((node, PROV.wasDerivedFrom, self.article))
        self.g.add((node, KG.sentence, Literal(sentence)))
        self.g.add((node, KG.beginOffset, Literal(begin, datatype=XSD.integer)))
        self.g.add((node, KG.endOffset, Literal(end, datatype=XSD.integer)))
        self.g.add((node, KG.rule, Literal(rule)))
        self.g.add((node, KG.confidence, Literal("0.9", datatype=XSD.decimal)))
        return node

    def position(
        self,
        holder: URIRef,
        post_in: URIRef,
        title: str,
        sentence: str,
        rule: str = "position.prenominal.v1",
        prop: URIRef = KG.leads,
    ) -> URIRef:
        node = self._evidence("position", KG.Position, sentence, rule)
        self.g.add((node, KG.holder, holder))
        self.g.add((node, KG.postIn, post_in))
        self.g.add((node, KG.title, Literal(title)))
        self.g.add((node, KG.isFormer, Literal(False)))
        self.g.add((node, KG.directProperty, prop))
        self.g.add((holder, prop, post_in))
        self.g.add((holder, KG.affiliatedWith, post_in))
        return node

    def event(
        self,
        actor: URIRef,
        target: URIRef,
        code: str,
        sentence: str,
        trigger: str = "met",
        rule: str = "event.verb.v1",
        prop: URIRef = KG.consults,
    ) -> URIRef:
        node = self._evidence("event", KG.Event, sentence, rule)
        self.g.add((node, KG.actor, actor))
        self.g.add((node, KG.target, target))
        self.g.add((node, KG.cameoCode, Literal(code)))
        self.g.add((node, KG.cameoConcept, URIRef(f"https://w3id.org/kgnews/cameo/{code}")))
        self.g.add((node, KG.trigger, Literal(trigger)))
        self.g.add((node, KG.negated, Literal(False)))
        self.g.add((node, KG.directProperty, prop))
        self.g.add((actor, prop, target))
        self.g.add((actor, KG.interactsWith, target))
        return node

    def statement(self, speaker: URIRef, quote: str, sentence: str, rule: str = "quote.said.v1") -> URIRef:
        node = self._evidence("statement", KG.Statement, sentence, rule)
        self.g.add((node, KG.speaker, speaker))
        self.g.add((node, KG.quote, Literal(quote)))
        self.g.add((node, KG.isDirect, Literal(True)))
        return node

    def assertion(
        self, subject: URIRef, prop: URIRef, obj: URIRef, sentence: str, rule: str = "located.in.v1"
    ) -> URIRef:
        node = self._evidence("assertion", KG.Assertion, sentence, rule)
        self.g.add((node, RDF.subject, subject))
        self.g.add((node, RDF.predicate, prop))
        self.g.add((node, RDF.object, obj))
        self.g.add((subject, prop, obj))
        return node


def gold_dict(**changes: Any) -> dict[str, Any]:
    gold: dict[str, Any] = {
        "doc": f"{ARTICLE_ID}.txt",
        "date": "2024-03-04",
        "entities": [
            {"id": "otieno", "type": "Person", "names": ["Amina Otieno", "Otieno"]},
            {"id": "kenya", "type": "Country", "names": ["Kenya", "Kenyan"]},
            {"id": "uganda", "type": "Country", "names": ["Uganda"]},
            {"id": "acme", "type": "Organisation", "names": ["Acme Corp", "Acme"]},
            {"id": "nairobi", "type": "Location", "names": ["Nairobi"]},
            {"id": "lab", "type": "Organisation", "names": ["Acme Lab"]},
            {"id": "university", "type": "Organisation", "names": ["University of Nairobi"]},
        ],
        "not_entities": ["COVID-19"],
        "relations": [
            {"s": "otieno", "cat": "affiliation", "o": "kenya", "role": "Foreign Minister", "former": False},
            {"s": "otieno", "cat": "nationality", "o": "kenya", "required": True},
            {"s": "acme", "cat": "located", "o": "nairobi"},
            {"s": "lab", "cat": "part_of", "o": "university"},
            {"s": "otieno", "cat": "residence", "o": "nairobi"},
            {"s": "kenya", "cat": "interaction", "o": "uganda", "cameo": "04", "symmetric": True},
            {"s": "otieno", "cat": "statement", "o": None, "min": 2},
        ],
    }
    gold.update(changes)
    return gold


def write_gold(tmp_path: Path, data: dict[str, Any], name: str = "gold.json") -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def load_one(tmp_path: Path, data: dict[str, Any] | None = None) -> GoldDoc:
    (gold,) = load_gold([write_gold(tmp_path, data if data is not None else gold_dict())])
    return gold


def perfect_graph() -> tuple[GraphBuilder, dict[str, URIRef]]:
    b = GraphBuilder()
    e = {
        "otieno": b.entity("Person", "amina-otieno", "Amina Otieno", "Otieno", count=3),
        "kenya": b.entity("Country", "Q114", "Kenya", "Kenyan"),
        "uganda": b.entity("Country", "Q1036", "Uganda"),
        "acme": b.entity("Organisation", "acme-corp", "Acme Corp"),
        "nairobi": b.entity("Location", "nairobi", "Nairobi"),
        "lab": b.entity("Organisation", "acme-lab", "Acme Lab"),
        "university": b.entity("Organisation", "university-of-nairobi", "University of Nairobi"),
    }
    b.position(e["otieno"], e["kenya"], "Foreign Minister", "Kenyan Foreign Minister Amina Otieno spoke.")
    b.assertion(e["otieno"], KG.citizenOf, e["kenya"], "Kenyan Foreign Minister Amina Otieno spoke.")
    b.assertion(e["acme"], KG.locatedIn, e["nairobi"], "Acme Corp, based in Nairobi, grew.")
    b.assertion(e["lab"], KG.partOf, e["university"], "Acme Lab at the University of Nairobi.")
    b.assertion(e["otieno"], KG.residesIn, e["nairobi"], "Otieno lives in Nairobi.")
    b.event(e["kenya"], e["uganda"], "040", "Kenya held talks with Uganda.", trigger="held talks")
    b.statement(e["otieno"], "We are ready", '"We are ready," Otieno said.')
    b.statement(e["otieno"], "Trade will grow", "Otieno said that trade will grow.")
    return b, e


def score(tmp_path: Path, graph: Graph, data: dict[str, Any] | None = None) -> EvalReport:
    gold = load_one(tmp_path, data)
    return evaluate([gold], {gold.stem: graph})


# --------------------------------------------------------------------------- scoring


def test_perfect_match_scores_one(tmp_path: Path) -> None:
    b, _ = perfect_graph()
    report = score(tmp_path, b.g)
    assert report.entity_f1() == 1.0
    assert report.relation_f1() == 1.0
    assert report.entity_counts() == Counts(tp=7)
    for category in RELATION_CATEGORIES:
        assert report.category_counts()[category] == Counts(tp=1), category
    assert report.statement_counts() == Counts(tp=1)
    assert report.cameo_accuracy() == 1.0
    doc = report.docs[0]
    assert doc.missed == [] and doc.spurious == [] and doc.notes == []
    assert doc.statements_predicted == 2 and doc.statements_gold_min == 2
    assert "nothing missed" in format_explain(report)


def test_duplicate_node_lowers_entity_precision_but_relations_still_match(tmp_path: Path) -> None:
    b, e = perfect_graph()
    dup = b.entity("Person", "otieno", "Otieno")
    # The extractor attached the citizenship to the duplicate: it still maps to the gold entity.
    b.assertion(dup, KG.citizenOf, e["kenya"], "Otieno, a Kenyan, said.")
    b.statement(dup, "Later", "Otieno said later.")
    report = score(tmp_path, b.g)
    people = report.entity_type_counts()["Person"]
    assert people == Counts(tp=1, fp=1, fn=0)
    assert report.entity_counts().precision == pytest.approx(7 / 8)
    assert report.entity_counts().recall == 1.0
    assert report.category_counts()["nationality"] == Counts(tp=1)
    assert report.statement_counts() == Counts(tp=1)
    # The full-name node is the true positive, the short one the duplicate.
    assert report.docs[0].matches[str(dup)] == "otieno"
    assert "duplicate of 'Amina Otieno'" in format_explain(report)


def test_wrong_type_is_a_false_positive(tmp_path: Path) -> None:
    b, e = perfect_graph()
    b.g.remove((e["otieno"], None, None))
    b.g.remove((None, None, e["otieno"]))
    wrong = b.entity("Organisation", "amina-otieno", "Amina Otieno")
    report = score(tmp_path, b.g)
    assert report.entity_type_counts()["Person"] == Counts(tp=0, fp=0, fn=1)
    assert report.entity_type_counts()["Organisation"] == Counts(tp=3, fp=1, fn=0)
    assert str(wrong) not in report.docs[0].matches
    assert "wrong type: gold has 'Amina Otieno' as Person" in format_explain(report)


def test_wrong_type_node_beside_a_right_one(tmp_path: Path) -> None:
    b, e = perfect_graph()
    b.entity("Organisation", "otieno", "Otieno")
    report = score(tmp_path, b.g)
    assert report.entity_type_counts()["Person"] == Counts(tp=1)
    assert report.entity_type_counts()["Organisation"].fp == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("U.S.", "US"),
        ("the Global Times", "Global Times"),
        ("The Global Times", "global times"),
        ("People’s Daily", "People's Daily"),
        ("Kenya’s", "Kenya"),
        ("Díaz-Canel", "Diaz Canel"),
        ("Miguel  Díaz–Canel", "miguel diaz canel"),
        ("Xi's", "Xi"),
    ],
)
def test_normalise_name_equal(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b)


@pytest.mark.parametrize(("a", "b"), [("US", "UK"), ("Theresa May", "Resa May"), ("Xi", "Xia")])
def test_normalise_name_different(a: str, b: str) -> None:
    assert normalise_name(a) != normalise_name(b)


def test_name_normalisation_in_matching(tmp_path: Path) -> None:
    data = {
        "doc": "n.txt",
        "entities": [
            {"id": "us", "type": "Country", "names": ["United States", "U.S."]},
            {"id": "gt", "type": "Organisation", "names": ["the Global Times"]},
            {"id": "pd", "type": "Organisation", "names": ["People's Daily"]},
            {"id": "dc", "type": "Person", "names": ["Miguel Díaz-Canel", "Díaz-Canel"]},
        ],
        "relations": [],
    }
    b = GraphBuilder()
    b.entity("Country", "Q30", "US")
    b.entity("Organisation", "global-times", "Global Times")
    b.entity("Organisation", "peoples-daily", "People’s Daily")
    b.entity("Person", "diaz-canel", "Diaz Canel")
    gold = load_one(tmp_path, data)
    doc = score_document(gold, b.g)
    assert sum((c for c in doc.entities.values()), Counts()) == Counts(tp=4)


def test_optional_entity_and_relation_neither_help_nor_hurt(tmp_path: Path) -> None:
    data = gold_dict()
    data["entities"].append({"id": "eac", "type": "Organisation", "names": ["EAC"], "required": False})
    data["relations"].append(
        {"s": "kenya", "cat": "interaction", "o": "eac", "cameo": "04", "required": False}
    )
    data["relations"].append(
        {"s": "otieno", "cat": "affiliation", "o": "uganda", "role": "envoy", "required": False}
    )
    base, _ = perfect_graph()
    without = score(tmp_path, base.g, data)

    b, e = perfect_graph()
    eac = b.entity("Organisation", "eac", "EAC")
    b.event(e["kenya"], eac, "043", "Kenya hosted the EAC.")  # optional relation, found
    b.position(e["otieno"], eac, "member", "Otieno of the EAC.")  # touches an optional entity
    b.statement(eac, "x", "The EAC said x.")  # optional speaker
    with_optional = score(tmp_path / "2", b.g, data)

    for report in (without, with_optional):
        assert report.entity_counts() == Counts(tp=7)
        assert report.relation_counts() == Counts(tp=6)
        assert report.statement_counts() == Counts(tp=1)
        assert report.cameo_total == 1


def test_unmatched_endpoint_makes_relation_false_positive(tmp_path: Path) -> None:
    b, e = perfect_graph()
    pan = b.entity("Organisation", "pan", "Pan")
    b.position(pan, e["kenya"], "head", "Pan heads Kenya.")
    b.g.add((pan, RDF.type, KG.Organisation))
    b.assertion(e["acme"], KG.locatedIn, e["uganda"], "Acme Corp, active in Uganda.")
    report = score(tmp_path, b.g)
    assert report.category_counts()["affiliation"] == Counts(tp=1, fp=1)
    assert report.category_counts()["located"] == Counts(tp=1, fp=1)
    assert report.relation_counts() == Counts(tp=6, fp=2)
    explain = format_explain(report)
    assert 'affiliation: "Pan" (no gold match: unmatched) -> Kenya' in explain
    assert "Acme Corp, active in Uganda." in explain


def test_symmetric_interaction_matches_reversed(tmp_path: Path) -> None:
    b, e = perfect_graph()
    b.g.remove((None, KG.actor, None))
    b.g.remove((None, KG.target, None))
    b.event(e["uganda"], e["kenya"], "042", "Uganda's president visited Kenya.")
    b.event(e["kenya"], e["uganda"], "041", "Kenya phoned Uganda.")
    report = score(tmp_path, b.g)
    # Both directions of one symmetric gold pair count once.
    assert report.category_counts()["interaction"] == Counts(tp=1)
    assert report.cameo_accuracy() == 1.0


def test_asymmetric_interaction_reversed_is_fp_and_fn(tmp_path: Path) -> None:
    data = gold_dict()
    data["relations"][5] = {"s": "kenya", "cat": "interaction", "o": "uganda", "cameo": "07"}
    b, e = perfect_graph()
    b.g.remove((None, KG.actor, None))
    b.g.remove((None, KG.target, None))
    b.event(e["uganda"], e["kenya"], "070", "Uganda gave aid to Kenya.", prop=KG.providesAidTo)
    report = score(tmp_path, b.g, data)
    assert report.category_counts()["interaction"] == Counts(tp=0, fp=1, fn=1)
    explain = format_explain(report)
    assert "interaction: Kenya -> Uganda (CAMEO 07)" in explain
    assert "interaction: Uganda -> Kenya (CAMEO 070 'met')" in explain


def test_cameo_accuracy(tmp_path: Path) -> None:
    data = gold_dict()
    data["entities"].append({"id": "tanzania", "type": "Country", "names": ["Tanzania"]})
    data["relations"].append({"s": "kenya", "cat": "interaction", "o": "tanzania", "cameo": "163"})
    data["relations"].append({"s": "uganda", "cat": "interaction", "o": "tanzania", "cameo": "05"})
    b, e = perfect_graph()  # kenya-uganda 040 against gold 04: right
    tz = b.entity("Country", "Q924", "Tanzania")
    b.event(e["kenya"], tz, "112", "Kenya accused Tanzania.", prop=KG.accuses)  # wrong root
    b.event(e["uganda"], tz, "04", "Uganda consulted Tanzania.")  # one of two events right
    b.event(e["uganda"], tz, "057", "Uganda signed a deal with Tanzania.", prop=KG.cooperatesWith)
    report = score(tmp_path, b.g, data)
    assert report.category_counts()["interaction"] == Counts(tp=3)
    assert (report.cameo_right, report.cameo_total) == (2, 3)
    assert report.cameo_accuracy() == pytest.approx(2 / 3)
    explain = format_explain(report)
    assert "interaction Kenya -> Tanzania: gold CAMEO root 16, predicted 112" in explain
    assert "Kenya accused Tanzania." in explain
    assert "cameo root accuracy on matched interaction pairs: 0.67 (2/3)" in format_table(report)


def test_statements_by_speaker(tmp_path: Path) -> None:
    b, e = perfect_graph()
    b.g.remove((None, KG.speaker, e["otieno"]))
    b.statement(e["otieno"], "Only once", "Otieno said only once.")
    b.statement(e["kenya"], "a", "Kenya said a.")
    b.statement(e["kenya"], "b", "Kenya said b.")
    report = score(tmp_path, b.g)
    # Kenya has no gold statement: one false positive however many statements it makes.
    assert report.statement_counts() == Counts(tp=1, fp=1, fn=0)
    doc = report.docs[0]
    assert doc.statements_predicted == 3  # statements with a speaker
    assert [(s.speaker, s.predicted, s.gold_min) for s in doc.speakers] == [("otieno", 1, 2)]
    assert report.to_dict()["statements"]["gold_min"] == 2
    explain = format_explain(report)
    assert "statements by Amina Otieno: 1 predicted, gold has at least 2" in explain
    assert "Kenya said a." in explain
    # Statements stay out of the overall relation score.
    assert report.relation_counts() == Counts(tp=6)


def test_missing_statement_speaker_is_fn(tmp_path: Path) -> None:
    b, e = perfect_graph()
    b.g.remove((None, KG.speaker, e["otieno"]))
    report = score(tmp_path, b.g)
    assert report.statement_counts() == Counts(fn=1)
    assert "statement by Amina Otieno (at least 2)" in format_explain(report)


def test_not_entities_are_false_positives(tmp_path: Path) -> None:
    b, _ = perfect_graph()
    covid = b.entity("Organisation", "covid-19", "Covid 19")
    report = score(tmp_path, b.g)
    assert report.entity_type_counts()["Organisation"] == Counts(tp=3, fp=1)
    assert str(covid) not in report.docs[0].matches
    assert "listed in not_entities" in format_explain(report)


def test_not_entity_beats_a_gold_name(tmp_path: Path) -> None:
    # A node that merged a gold name with a not_entity string is still wrong.
    b, _ = perfect_graph()
    b.entity("Location", "nairobi-covid", "Nairobi", "COVID-19")
    report = score(tmp_path, b.g)
    assert report.entity_type_counts()["Location"] == Counts(tp=1, fp=1)


def test_unmatched_entity_is_false_positive(tmp_path: Path) -> None:
    b, _ = perfect_graph()
    b.entity("Person", "law", "Law")
    report = score(tmp_path, b.g)
    assert report.entity_type_counts()["Person"] == Counts(tp=1, fp=1)
    assert 'Person "Law"' in format_explain(report)


def test_missed_entity_is_false_negative(tmp_path: Path) -> None:
    b, e = perfect_graph()
    b.g.remove((e["nairobi"], RDF.type, None))
    report = score(tmp_path, b.g)
    assert report.entity_type_counts()["Location"] == Counts(fn=1)
    assert 'Location "Nairobi" (id nairobi)' in format_explain(report)
    # Its relations lose their endpoint and so do not match.
    assert report.category_counts()["located"] == Counts(fp=1, fn=1)


def test_same_surname_prefers_full_name(tmp_path: Path) -> None:
    data = gold_dict()
    data["entities"].append({"id": "john", "type": "Person", "names": ["John Otieno", "Otieno"]})
    b, _ = perfect_graph()
    john = b.entity("Person", "john-otieno", "John Otieno", "Otieno")
    report = score(tmp_path, b.g, data)
    assert report.entity_type_counts()["Person"] == Counts(tp=2)
    assert report.docs[0].matches[str(john)] == "john"


# --------------------------------------------------------------------------- explain and table


def test_explain_shows_missed_fact_and_spurious_sentence(tmp_path: Path) -> None:
    b, e = perfect_graph()
    b.g.remove((e["lab"], KG.partOf, e["university"]))
    b.assertion(e["acme"], KG.partOf, e["university"], "Acme Corp belongs to the university.", "partof.v1")
    report = score(tmp_path, b.g)
    explain = format_explain(report)
    assert f"== {ARTICLE_ID}.txt" in explain
    missed = explain.index("missed")
    spurious = explain.index("spurious")
    assert explain.index("part_of: Acme Lab -> University of Nairobi", missed) < spurious
    assert explain.index("part_of: Acme Corp -> University of Nairobi", spurious) > spurious
    assert "'Acme Corp belongs to the university.' [partof.v1]" in explain


def test_format_table_has_every_row(tmp_path: Path) -> None:
    b, _ = perfect_graph()
    table = format_table(score(tmp_path, b.g))
    lines = table.splitlines()
    assert lines[0].split() == ["category", "tp", "fp", "fn", "precision", "recall", "f1"]
    labels = [f"entity:{t}" for t in ENTITY_TYPES] + ["entities (all)"]
    labels += list(RELATION_CATEGORIES) + ["relations (all)", "statements (by speaker)"]
    for label in labels:
        (row,) = [line for line in lines if line.startswith(label + " ")]
        assert row.split()[-1] == "1.000", row
    assert "cameo root accuracy on matched interaction pairs: 1.00 (1/1)" in table
    assert set(CATEGORIES) - set(RELATION_CATEGORIES) == {"statement"}


def test_format_table_marks_empty_rows(tmp_path: Path) -> None:
    data = {"doc": "empty.txt", "entities": [], "relations": []}
    table = format_table(score(tmp_path, GraphBuilder().g, data))
    row = next(line for line in table.splitlines() if line.startswith("residence"))
    assert row.split()[1:] == ["0", "0", "0", "-", "-", "-"]
    assert "cameo root accuracy on matched interaction pairs: - (0/0)" in table


def test_to_dict_is_json(tmp_path: Path) -> None:
    b, _ = perfect_graph()
    b.entity("Person", "law", "Law")
    out = json.loads(json.dumps(score(tmp_path, b.g).to_dict()))
    assert out["documents"] == 1
    assert out["entities"]["Person"]["fp"] == 1
    assert out["relations"]["all"]["f1"] == 1.0
    assert out["cameo"] == {"right": 1, "total": 1, "accuracy": 1.0}
    assert out["docs"][0]["spurious"][0]["category"] == "entity:Person"


def test_micro_average_over_documents(tmp_path: Path) -> None:
    good, _ = perfect_graph()
    g1 = load_one(tmp_path / "a", gold_dict(doc="one.txt"))
    g2 = load_one(tmp_path / "b", gold_dict(doc="two.txt"))
    report = evaluate([g1, g2], {"one": good.g, "two": GraphBuilder().g})
    assert report.entity_counts() == Counts(tp=7, fn=7)
    assert report.relation_counts() == Counts(tp=6, fn=6)
    assert report.entity_f1() == pytest.approx(2 / 3)


def test_evaluate_without_graph_raises(tmp_path: Path) -> None:
    gold = load_one(tmp_path)
    with pytest.raises(GoldError, match="no graph was built"):
        evaluate([gold], {})


# --------------------------------------------------------------------------- loading gold


def test_load_gold_reads_folders_recursively_sorted(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold", gold_dict(doc="b.txt"), "b.json")
    write_gold(tmp_path / "gold" / "sub", gold_dict(doc="a.txt"), "a.json")
    write_gold(tmp_path / "gold", gold_dict(doc="c.txt"), "c.json")
    golds = load_gold([tmp_path / "gold"])
    assert [g.doc for g in golds] == ["b.txt", "c.txt", "a.txt"]
    g = golds[0]
    assert g.date == "2024-03-04" and g.stem == "b"
    assert g.entity("otieno").names == ("Amina Otieno", "Otieno")
    assert g.relations[0].role == "Foreign Minister" and g.relations[0].required
    assert g.relations[5].symmetric and g.relations[5].cameo_root == "04"
    assert g.relations[6].o is None and g.relations[6].min == 2


def test_load_gold_rejects_two_files_for_one_article(tmp_path: Path) -> None:
    write_gold(tmp_path, gold_dict(), "a.json")
    write_gold(tmp_path, gold_dict(), "b.json")
    with pytest.raises(GoldError, match="keep one gold file per article"):
        load_gold([tmp_path])


def _broken(change: str) -> dict[str, Any] | str:
    data = gold_dict()
    if change == "missing doc":
        del data["doc"]
    elif change == "missing names":
        del data["entities"][0]["names"]
    elif change == "unknown category":
        data["relations"][0]["cat"] = "employs"
    elif change == "unknown entity id":
        data["relations"][0]["o"] = "kenia"
    elif change == "unknown type":
        data["entities"][1]["type"] = "Nation"
    elif change == "typo key":
        data["relations"][0]["requried"] = False
    elif change == "bad cameo":
        data["relations"][5]["cameo"] = "4"
    elif change == "wrong range":
        data["relations"][3]["o"] = "kenya"
    elif change == "bad json":
        return '{"doc": "x.txt", "entities": [}'
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("missing doc", "missing key 'doc'"),
        ("missing names", "entities[0] ('otieno'): missing key 'names'"),
        ("unknown category", "unknown category 'employs'"),
        ("unknown entity id", "'o' is 'kenia', which is not the id of an entity"),
        ("unknown type", "unknown type 'Nation'"),
        ("typo key", "unknown key(s) 'requried'"),
        ("bad cameo", "is not a CAMEO code"),
        ("wrong range", "part_of takes Organisation there"),
        ("bad json", "not valid JSON"),
    ],
)
def test_malformed_gold_raises_naming_the_file(tmp_path: Path, change: str, message: str) -> None:
    data = _broken(change)
    path = tmp_path / "broken-gold.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    with pytest.raises(GoldError) as info:
        load_gold([path])
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_missing_gold_path_raises(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no such gold file"):
        load_gold([tmp_path / "nope.json"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(GoldError, match="no gold files"):
        load_gold([tmp_path / "empty"])


def test_resolve_doc_path(tmp_path: Path) -> None:
    gold = load_one(tmp_path / "gold")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    with pytest.raises(GoldError, match=f"{ARTICLE_ID}.txt' was not found"):
        resolve_doc_path(gold, [seeds])
    (seeds / f"{ARTICLE_ID}.txt").write_text("text", encoding="utf-8")
    assert resolve_doc_path(gold, [tmp_path / "elsewhere", seeds]) == seeds / f"{ARTICLE_ID}.txt"
    beside = tmp_path / "gold" / f"{ARTICLE_ID}.txt"
    beside.write_text("text", encoding="utf-8")
    assert resolve_doc_path(gold, [seeds]) == beside
