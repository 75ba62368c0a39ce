"""Builds at scale: streaming records, incremental builds, resume, the lock, crash isolation,
--workers, Dask, the store's writers and the SPARQL SHACL check.

The builds run the real model on small corpora made from copies of tests/gold/dev texts (light
edits where a test needs a changed article), with the session's loaded pipeline handed to the
build so that no test loads the model again.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg import pipeline
from kg.cli import main
from kg.errors import BuildLockedError, ValidationError
from kg.manifest import (
    LOCK_NAME,
    BuildLock,
    GraphCache,
    Manifest,
    RecordCache,
    content_hash,
    default_cache_dir,
)
from kg.model import Article, ArticleFacts, Entity, Event, Evidence, Mention, Position, Relation, Statement
from kg.records import dumps_facts, loads_facts
from kg.vocab import KG

GOLD = ROOT / "tests" / "gold" / "dev"
BASE = [
    "philippines-japan-state-visit",
    "zambia-ruling-party-candidate",
    "congo-rebel-attack",
    "lithuania-belarus-expulsions",
]
FORMATS = ["ttl", "trig", "nt"]


def make_corpus(folder: Path, names: list[str], edits: dict[str, tuple[str, str]] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        text = (GOLD / f"{name}.txt").read_text(encoding="utf-8")
        if edits and name in edits:
            old, new = edits[name]
            assert old in text
            text = text.replace(old, new)
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def shared_nlp(nlp, monkeypatch):
    """Builds use the session's pipeline instead of loading the model again."""
    monkeypatch.setattr(pipeline, "load_pipeline", lambda model=None: nlp)
    return nlp


@pytest.fixture(scope="module")
def reference(tmp_path_factory, nlp) -> tuple[Path, bytes]:
    """A clean build of the base corpus (no cache): the graph every other build must give."""
    root = tmp_path_factory.mktemp("reference")
    corpus = make_corpus(root / "in", BASE)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline, "load_pipeline", lambda model=None: nlp)
        # Parsed and extracted in this one process (the default build finishes articles beside it).
        result = pipeline.build([corpus], root / "out", formats=FORMATS, use_cache=False, extract_processes=0)
    assert result.articles == len(BASE) and not result.errors
    assert result.extracted == len(BASE) and result.reused == 0
    assert not (root / ".kg-cache").exists()  # --no-cache leaves nothing behind
    return corpus, (root / "out" / "graph.ttl").read_bytes()


def ttl(out: Path) -> bytes:
    return (out / "graph.ttl").read_bytes()


# -- records and manifest ------------------------------------------------------------------


def _facts() -> ArticleFacts:
    ev = Evidence("a1", "Xi met Díaz-Canel.\nThey spoke.", 0, 2, "rule.v1", 0.85)
    return ArticleFacts(
        article=Article("a1", "Xi met Díaz-Canel.", title="T", date="2021-07-01", path="in/a1.txt"),
        mentions=[Mention("Xi", 0, 2, "PERSON", "Person:xi", "ner", None)],
        entities={
            "Person:xi": Entity("Person:xi", "Person", "Xi", {"XI", "Xi Jinping"}, 2, {"a1"}),
            "Country:CUB": Entity("Country:CUB", "Country", "Cuba", set(), 1, {"a1"}, "Q241", "CU", "CUB"),
        },
        relations=[Relation("citizenOf", "Person:xi", "Country:CUB", ev)],
        positions=[Position("Person:xi", "Country:CUB", "President", False, "leads", ev)],
        events=[Event("Person:xi", None, "041", "met", ev, "2021-07-01", True, "intent")],
        statements=[Statement("Person:xi", "We spoke.", True, ev)],
    )


def test_records_round_trip_and_are_deterministic():
    facts = _facts()
    text = dumps_facts(facts)
    assert "\n" not in text
    assert loads_facts(text) == facts
    assert dumps_facts(loads_facts(text)) == text
    with pytest.raises(ValueError, match="record format"):
        loads_facts('{"format": 99}')


def test_content_hash_and_cache_location(tmp_path):
    a = Article("a", "Text.", path="x/a.txt")
    assert content_hash(a) == content_hash(Article("a", "Text.", path="y/a.txt"))
    assert content_hash(a) != content_hash(Article("a", "Text!"))
    assert default_cache_dir(tmp_path / "exports") == tmp_path / ".kg-cache" / "exports"
    cache = RecordCache(tmp_path / "c")
    cache.put("k" * 40, _facts())
    assert cache.get("k" * 40) == _facts()
    cache.path("b" * 40).parent.mkdir(parents=True)
    cache.path("b" * 40).write_text("{broken")
    assert cache.get("b" * 40) is None  # an unreadable record is a cache miss
    assert cache.prune(["k" * 40]) == 1 and list(cache.keys()) == ["k" * 40]


def test_a_damaged_cached_graph_is_a_miss(tmp_path):
    graphs = GraphCache(tmp_path)
    data = b'# kg-lexical []\n<urn:a> <urn:p> "x" <urn:g> .\n<urn:a> <urn:p> "x" .\n'
    graphs.put("g" * 40, data)
    assert graphs.get("g" * 40) == data
    # written without fsync: a file cut short (a power cut) fails its checksum and is mapped again
    path = graphs.path("g" * 40)
    path.write_bytes(path.read_bytes()[:30])
    assert graphs.get("g" * 40) is None
    path.write_bytes(b"")
    assert graphs.get("g" * 40) is None
    assert graphs.get("h" * 40) is None


# -- the lock ------------------------------------------------------------------------------


def test_lock_refuses_a_second_build_with_exit_code_9(tmp_path, capsys):
    out = tmp_path / "out"
    with BuildLock(out):
        assert (out / LOCK_NAME).read_text().strip() == str(os.getpid())
        with pytest.raises(BuildLockedError, match=f"another kg build is writing to {out}"):
            BuildLock(out).acquire()
        assert main(["build", str(GOLD / f"{BASE[0]}.txt"), "-o", str(out)]) == 9
        err = capsys.readouterr().err
        assert f"another kg build is writing to {out} (pid {os.getpid()}); wait or use another -o" in err
    assert not (out / LOCK_NAME).exists()  # released and removed
    with BuildLock(out):  # free again
        pass


def test_lock_survives_its_holder_removing_the_file(tmp_path, monkeypatch):
    """A build that opened the lock file just before its holder removed it locks a fresh file."""
    import kg.manifest as manifest

    out = tmp_path / "out"
    holder = BuildLock(out).acquire()
    real_flock = manifest.fcntl.flock
    calls = []

    def holder_finishes_first(fd, op):
        if not calls:
            holder.release()  # between our open() and our flock()
        calls.append(fd)
        return real_flock(fd, op)

    monkeypatch.setattr(manifest.fcntl, "flock", holder_finishes_first)
    waiter = BuildLock(out).acquire()
    monkeypatch.setattr(manifest.fcntl, "flock", real_flock)
    try:
        assert len(calls) == 2  # the first lock was on the removed file, so it locked again
        assert (out / LOCK_NAME).read_text().strip() == str(os.getpid())
        with pytest.raises(BuildLockedError):
            BuildLock(out).acquire()
    finally:
        waiter.release()


# -- builds --------------------------------------------------------------------------------


@pytest.mark.model
def test_incremental_build_equals_clean_build(tmp_path, reference, shared_nlp):
    corpus = tmp_path / "in"
    shutil.copytree(reference[0], corpus)
    out = tmp_path / "out"
    first = pipeline.build([corpus], out, formats=FORMATS)
    assert (first.extracted, first.reused, first.removed) == (len(BASE), 0, 0)
    assert ttl(out) == reference[1]

    # Grow, edit and shrink the corpus.
    make_corpus(corpus, ["romania-minister-trial"])
    make_corpus(corpus, [BASE[1]], {BASE[1]: ("Mwansa Chileshe", "Mwansa Chilufya Chileshe")})
    (corpus / f"{BASE[2]}.txt").unlink()
    again = pipeline.build([corpus], out, formats=FORMATS)
    assert (again.extracted, again.reused, again.removed) == (2, 2, 1)
    manifest = Manifest.load(default_cache_dir(out) / "manifest.json")
    assert list(manifest.articles) == sorted(p.stem for p in corpus.glob("*.txt"))
    assert len(list(RecordCache(default_cache_dir(out)).keys())) == 4  # the old records are gone

    clean = pipeline.build([corpus], tmp_path / "clean", formats=FORMATS, use_cache=False)
    assert ttl(out) == ttl(tmp_path / "clean")
    for name in ("graph.trig", "graph.nt"):
        assert (out / name).read_bytes() == (tmp_path / "clean" / name).read_bytes()
    assert isomorphic(Graph().parse(out / "graph.ttl"), clean.graph)
    assert f"article/{BASE[2]}".encode() not in ttl(out)  # the deleted article's facts went
    assert "Chilufya" in ttl(out).decode()

    unchanged = pipeline.build([corpus], out, formats=FORMATS)
    assert (unchanged.extracted, unchanged.reused) == (0, 4)
    assert ttl(out) == ttl(tmp_path / "clean")

    # New settings need no parsing: only the graph is made again.
    other = pipeline.build([corpus], out, formats=FORMATS, base_iri="https://example.org/news/")
    assert other.extracted == 0 and b"https://example.org/news/person/" in ttl(out)


@pytest.mark.model
def test_interrupted_build_keeps_exports_and_resumes(tmp_path, reference, shared_nlp, monkeypatch):
    corpus = tmp_path / "in"
    shutil.copytree(reference[0], corpus)
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous export")
    real_put = RecordCache.put_text
    calls = []

    def put_then_interrupt(self, key, text):
        if len(calls) == 2:
            raise KeyboardInterrupt  # Ctrl-C after two articles
        calls.append(key)
        real_put(self, key, text)

    monkeypatch.setattr(RecordCache, "put_text", put_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        pipeline.build([corpus], out, formats=FORMATS)
    assert (out / "graph.ttl").read_text() == "previous export"
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]  # no lock, no staging left
    monkeypatch.setattr(RecordCache, "put_text", real_put)

    resumed = pipeline.build([corpus], out, formats=FORMATS)
    assert (resumed.extracted, resumed.reused) == (len(BASE) - 2, 2)
    assert ttl(out) == reference[1]


@pytest.mark.model
def test_a_crash_on_one_article_is_reported_and_the_rest_built(
    tmp_path, reference, shared_nlp, monkeypatch, capsys
):
    corpus = tmp_path / "in"
    shutil.copytree(reference[0], corpus)
    real = pipeline.extract_article

    def crash_on_congo(article, doc):
        if article.id == BASE[2]:
            raise RuntimeError("rule exploded")
        return real(article, doc)

    monkeypatch.setattr(pipeline, "extract_article", crash_on_congo)
    out = tmp_path / "out"
    code = main(["build", str(corpus), "-o", str(out), "--formats", "ttl"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"{BASE[2]}.txt: extraction failed" in err and "RuntimeError: rule exploded" in err
    text = ttl(out).decode()
    assert f"article/{BASE[2]}>" not in text and f"article/{BASE[0]}>" in text
    assert BASE[2] not in Manifest.load(default_cache_dir(out) / "manifest.json").articles

    monkeypatch.setattr(pipeline, "extract_article", real)
    fixed = pipeline.build([corpus], out, formats=FORMATS)
    assert (fixed.extracted, fixed.reused, len(fixed.errors)) == (1, len(BASE) - 1, 0)
    assert ttl(out) == reference[1]


@pytest.mark.model
def test_extraction_beside_the_parse_gives_the_same_graph(tmp_path, reference, shared_nlp, caplog):
    caplog.set_level("INFO", logger="kg.split_extract")
    out = tmp_path / "out"
    result = pipeline.build([reference[0]], out, formats=FORMATS, extract_processes=1, use_cache=False)
    assert result.extracted == len(BASE) and not result.errors
    assert "finishing in 1 process(es): kg_attribute_ruler, kg_lemmatizer, kg_entity_repair" in caplog.text
    assert ttl(out) == reference[1]
    for name in ("graph.trig", "graph.nt"):
        assert (out / name).read_bytes() == (reference[0].parent / "out" / name).read_bytes()


def test_components_that_move_beside_the_parse():
    import doctest

    from kg import split_extract

    assert doctest.testmod(split_extract).failed == 0
    names = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "kg_entity_repair"]
    assert split_extract.moved_components(names) == ("attribute_ruler", "lemmatizer", "kg_entity_repair")
    # a component after them that may read lemmas keeps them here; the last one still moves
    names = ["parser", "kg_lemmatizer", "entity_linker", "kg_entity_repair"]
    assert split_extract.moved_components(names) == ("kg_entity_repair",)


def _build_with_a_process_dying_on_one_article(reference, out, monkeypatch, capsys, *flags) -> str:
    """Build the base corpus with ``flags`` while whichever process extracts BASE[2] dies on it (as
    a crash in native code would: no exception, no result); the others must be built. Returns
    the build's stderr."""
    real = pipeline.extract_article

    def die_on_congo(article, doc):
        if article.id == BASE[2]:
            os._exit(3)
        return real(article, doc)

    monkeypatch.setattr(pipeline, "extract_article", die_on_congo)
    code = main(["build", str(reference[0]), "-o", str(out), "--formats", "ttl", "--no-cache", *flags])
    err = capsys.readouterr().err
    assert code == 1
    assert f"{BASE[2]}.txt: extraction failed" in err
    text = ttl(out).decode()
    assert f"article/{BASE[2]}>" not in text
    assert all(f"article/{name}>" in text for name in BASE if name != BASE[2])
    return err


@pytest.mark.model
def test_a_finishing_process_that_dies_fails_only_its_article(
    tmp_path, reference, shared_nlp, monkeypatch, capsys
):
    err = _build_with_a_process_dying_on_one_article(
        reference, tmp_path / "out", monkeypatch, capsys, "--extract-processes", "1"
    )
    assert "the extraction process died on it" in err


@pytest.mark.model
def test_two_workers_give_the_same_graph(tmp_path, reference, shared_nlp, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_EXPORT_MIN_TRIPLES", 0)  # Turtle etc. from side processes
    result = pipeline.build([reference[0]], tmp_path / "out", formats=FORMATS, workers=2, use_cache=False)
    assert result.extracted == len(BASE) and not result.errors
    assert "export:ttl (side process)" in result.timings
    assert ttl(tmp_path / "out") == reference[1]


@pytest.mark.model
@pytest.mark.parametrize("store", ["disk", "memory"])
def test_json_ld_from_a_side_process_is_the_same_file(tmp_path, reference, shared_nlp, monkeypatch, store):
    formats = ["jsonld", "graphml", "ttl", "nt", "trig"]
    single = pipeline.build([reference[0]], tmp_path / "one", formats=formats, use_cache=False)
    monkeypatch.setattr(pipeline, "PARALLEL_EXPORT_MIN_TRIPLES", 0)
    if store == "disk":
        monkeypatch.setattr(pipeline, "MEMORY_STORE_MAX_ARTICLES", 0)
    two = pipeline.build([reference[0]], tmp_path / "two", formats=formats, workers=2, use_cache=False)
    # a forked process writes from a store in memory it inherits, or from the store on disk it opens
    expected = "export:jsonld (side process)"
    assert expected in two.timings and "export:jsonld" in single.timings
    # one spaCy process with its exports beside it, and --workers 2 with every export in the build's
    side = pipeline.build(
        [reference[0]], tmp_path / "side", formats=formats, export_processes=2, use_cache=False
    )
    solo = pipeline.build(
        [reference[0]], tmp_path / "solo", formats=formats, workers=2, export_processes=0, use_cache=False
    )
    assert expected in side.timings
    assert "export:jsonld" in solo.timings and "export:jsonld (side process)" not in solo.timings
    for name in ("graph.jsonld", "graph.graphml", "graph.ttl", "graph.nt", "graph.trig"):
        for other in ("two", "side", "solo"):
            assert (tmp_path / other / name).read_bytes() == (tmp_path / "one" / name).read_bytes()


@pytest.mark.model
def test_a_store_on_disk_gives_the_same_files_as_one_in_memory(tmp_path, reference, shared_nlp, monkeypatch):
    # keep_graph=True exports from an rdflib graph; kg build (keep_graph=False) reads the store
    # through its view, which reads a store on disk and one in memory in different ways
    rdflib = pipeline.build([reference[0]], tmp_path / "rdflib", use_cache=False)
    memory = pipeline.build([reference[0]], tmp_path / "memory", use_cache=False, keep_graph=False)
    monkeypatch.setattr(pipeline, "MEMORY_STORE_MAX_ARTICLES", 0)
    disk = pipeline.build([reference[0]], tmp_path / "disk", use_cache=False, keep_graph=False)
    assert rdflib.triples == memory.triples == disk.triples > 0
    names = sorted(
        str(f.relative_to(tmp_path / "memory")) for f in (tmp_path / "memory").rglob("*") if f.is_file()
    )
    assert {"graph.gexf", "neo4j/load.cypher", "tables/statements.csv"} <= set(names)
    for name in names:
        expected = (tmp_path / "rdflib" / name).read_bytes()
        assert (tmp_path / "memory" / name).read_bytes() == expected, name
        assert (tmp_path / "disk" / name).read_bytes() == expected, name


@pytest.mark.model
def test_dask_local_cluster_of_two_workers_gives_the_same_graph(tmp_path, reference):
    pytest.importorskip("distributed")
    code = main(
        ["build", str(reference[0]), "-o", str(tmp_path / "out"), "--formats", ",".join(FORMATS)]
        + ["--dask", "--dask-workers", "2", "--no-cache"]
    )
    assert code == 0
    assert ttl(tmp_path / "out") == reference[1]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers inherit the patch only when forked")
def test_an_article_that_kills_dask_workers_fails_alone(tmp_path, reference, monkeypatch, capsys):
    pytest.importorskip("distributed")
    err = _build_with_a_process_dying_on_one_article(
        reference, tmp_path / "out", monkeypatch, capsys, "--dask"
    )
    assert "a Dask worker died while parsing it" in err


def test_build_flags_are_checked(tmp_path, capsys):
    src = str(GOLD / f"{BASE[0]}.txt")
    assert main(["build", src, "-o", str(tmp_path / "o"), "--workers", "0"]) == 2
    assert main(["build", src, "-o", str(tmp_path / "o"), "--workers", "2", "--dask"]) == 2
    assert "not both" in capsys.readouterr().err
    assert main(["build", src, "-o", str(tmp_path / "o"), "--export-processes", "-1"]) == 2
    assert "--export-processes must be 0 or more" in capsys.readouterr().err
    assert main(["build", src, "-o", str(tmp_path / "o"), "--extract-processes", "-1"]) == 2
    assert "--extract-processes must be 0 or more" in capsys.readouterr().err


@pytest.mark.model
def test_a_non_conforming_graph_fails_the_build(tmp_path, shared_nlp, monkeypatch, capsys):
    from kg.rdf import GraphBuilder

    real = GraphBuilder.add_entities

    def with_a_second_type(self):
        real(self)
        node = self.base["person/two-types"]
        self.entities_graph.add((node, RDF.type, KG.Person))
        self.entities_graph.add((node, RDF.type, KG.Organisation))

    monkeypatch.setattr(GraphBuilder, "add_entities", with_a_second_type)
    src = make_corpus(tmp_path / "in", [BASE[0]])
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous export")
    with pytest.raises(ValidationError, match="more than one rdf:type"):
        pipeline.build([src], out, formats=FORMATS)
    assert (out / "graph.ttl").read_text() == "previous export"
    assert main(["build", str(src), "-o", str(out), "--formats", "ttl"]) == 4
    assert "does not conform" in capsys.readouterr().err


def _build_leaving_out(tmp_path: Path, bad: str, reason: str) -> Path:
    """Build the base corpus into ``tmp_path/out``; it must leave out ``bad`` alone, with one error
    naming its file and ``reason``. Returns the corpus folder."""
    src = make_corpus(tmp_path / "in", BASE)
    result = pipeline.build([src], tmp_path / "out", formats=FORMATS)
    assert result.articles == len(BASE) - 1
    assert len(result.errors) == 1
    message = str(result.errors[0])
    assert f"{bad}.txt" in message and "left out" in message and reason in message
    return src


@pytest.mark.model
def test_an_article_whose_facts_break_a_shape_is_left_out_and_reported(
    tmp_path, shared_nlp, monkeypatch, capsys
):
    """One article's bad evidence node costs that article, not the build: the rest is built as a
    build without it would be, the error names the file, and the exit code says something failed."""
    from kg.rdf import GraphBuilder

    bad = BASE[2]
    rest = make_corpus(tmp_path / "rest", [n for n in BASE if n != bad])
    expected = pipeline.build([rest], tmp_path / "expected", formats=FORMATS, use_cache=False)
    assert not expected.errors

    real = GraphBuilder.add_article

    def with_a_confidence_above_one(self, facts):
        real(self, facts)
        if Path(facts.article.path).stem == bad:
            node = self.base[f"statement/{bad}/0-1/broken"]
            g = self.ds.graph(self.article(facts.article.id))
            g.add((node, RDF.type, KG.Statement))
            g.add((node, KG.confidence, Literal(Decimal("7"), datatype=XSD.decimal)))

    monkeypatch.setattr(GraphBuilder, "add_article", with_a_confidence_above_one)
    src = _build_leaving_out(tmp_path, bad, "confidence")
    assert ttl(tmp_path / "out") == ttl(tmp_path / "expected")
    # The CLI reports it and exits non-zero, with the exports of the others in place.
    assert main(["build", str(src), "-o", str(tmp_path / "cli"), "--formats", "ttl"]) == 1
    assert ttl(tmp_path / "cli") == ttl(tmp_path / "expected")
    # Built again with nothing changed: the exports stay, and the article is reported again.
    capsys.readouterr()
    assert main(["build", str(src), "-o", str(tmp_path / "cli"), "--formats", "ttl"]) == 1
    captured = capsys.readouterr()
    assert f"{bad}.txt" in captured.err and "left out" in captured.err
    assert "unchanged" in captured.out
    # A store on disk is checked by the side process that writes Turtle while this one writes the
    # rest; when it does not conform, the build finds the article, leaves it out, and builds again.
    monkeypatch.setattr(pipeline, "MEMORY_STORE_MAX_ARTICLES", 0)
    monkeypatch.setattr(pipeline, "PARALLEL_EXPORT_MIN_TRIPLES", 0)
    disk = pipeline.build([src], tmp_path / "disk", formats=FORMATS, use_cache=False, export_processes=1)
    assert len(disk.errors) == 1 and f"{bad}.txt" in str(disk.errors[0])
    assert "validate (side process)" in disk.timings
    assert ttl(tmp_path / "disk") == ttl(tmp_path / "expected")


@pytest.mark.model
def test_an_article_that_breaks_a_shape_on_an_entity_others_describe_is_left_out(
    tmp_path, shared_nlp, monkeypatch
):
    """A violation on an entity several articles describe is put down to the one article whose
    graph alone breaks the shape on it (here: an interaction pointed at a place), not to the build."""
    from kg.rdf import GraphBuilder

    bad = BASE[2]
    country = URIRef("https://w3id.org/kgnews/id/country/Q974")  # named in the bad article
    place = URIRef("https://w3id.org/kgnews/id/location/not-an-actor")
    real = GraphBuilder.add_article

    def with_an_interaction_aimed_at_a_place(self, facts):
        real(self, facts)
        g = self.ds.graph(self.article(facts.article.id))
        article_node = URIRef(self.article(facts.article.id)[1:-1])
        g.add((country, KG.mentionedIn, article_node))  # every article describes the country
        if Path(facts.article.path).stem == bad:
            g.add((place, RDF.type, KG.Location))
            g.add((country, KG.interactsWith, place))

    monkeypatch.setattr(GraphBuilder, "add_article", with_an_interaction_aimed_at_a_place)
    _build_leaving_out(tmp_path, bad, "actor")
    assert "not-an-actor" not in ttl(tmp_path / "out").decode()


@pytest.mark.model
def test_a_build_with_nothing_changed_leaves_the_exports_alone(tmp_path, shared_nlp, capsys):
    src = make_corpus(tmp_path / "in", BASE[:2])
    out = tmp_path / "out"
    args = ["build", str(src), "-o", str(out), "--formats", "ttl,csv"]
    assert main(args) == 0
    first = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(out.rglob("*")) if p.is_file()}
    capsys.readouterr()
    assert main(args) == 0
    captured = capsys.readouterr().out
    assert "unchanged" in captured and "wrote" not in captured
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(out.rglob("*")) if p.is_file()} == first
    # An export changed by hand is written again; so is everything when the formats change.
    (out / "graph.ttl").write_text("edited", encoding="utf-8")
    assert main(args) == 0
    assert (out / "graph.ttl").read_bytes() == first[out / "graph.ttl"][0]
    assert "wrote" in capsys.readouterr().out
    assert main(["build", str(src), "-o", str(out), "--formats", "ttl,nt"]) == 0
    assert "wrote" in capsys.readouterr().out and (out / "graph.nt").exists()
    # A changed article is parsed and the graph rebuilt.
    text = (src / f"{BASE[0]}.txt").read_text(encoding="utf-8")
    text += "\n\nKenya and Uganda signed a trade pact.\n"
    (src / f"{BASE[0]}.txt").write_text(text, encoding="utf-8")
    assert main(["build", str(src), "-o", str(out), "--formats", "ttl,nt"]) == 0
    assert "parsed 1" in capsys.readouterr().out
    # An API caller that keeps the graph gets it, built.
    result = pipeline.build([src], out, formats=["ttl", "nt"])
    assert not result.unchanged and result.graph is not None and len(result.graph) > 0


# -- the store's writers -------------------------------------------------------------------


def _store_of(dataset: Dataset, base: str = "https://w3id.org/kgnews/id/"):
    from kg.store import GraphStore

    store = GraphStore(None, base)
    store.add_dataset(dataset)
    store.flush()
    return store


def test_store_writes_the_committed_exports_byte_for_byte(tmp_path):
    from kg.export.rdf_formats import read_rdf

    _, dataset = read_rdf(ROOT / "exports" / "graph.trig")
    store = _store_of(dataset)
    store.write_turtle(tmp_path / "graph.ttl")
    store.write_trig(tmp_path / "graph.trig")
    store.write_ntriples(tmp_path / "graph.nt")
    for name in ("graph.ttl", "graph.trig", "graph.nt"):
        assert (tmp_path / name).read_bytes() == (ROOT / "exports" / name).read_bytes(), name
    assert isomorphic(store.to_rdflib(), Graph().parse(ROOT / "exports" / "graph.ttl"))


_NS = ["https://w3id.org/kgnews/id/person/", "https://w3id.org/kgnews/ontology#", "http://example.org/a/b#"]
_IRIS = st.builds(
    lambda ns, local: URIRef(ns + local),
    st.sampled_from(_NS + ["http://www.w3.org/2000/01/rdf-schema#", "http://www.wikidata.org/entity/"]),
    st.text("abcXY019-_.", min_size=1, max_size=6),
)
_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=10)
_VALUES = st.one_of(
    _TEXT.map(Literal),
    st.tuples(_TEXT, st.sampled_from(["en", "fr"])).map(lambda t: Literal(t[0], lang=t[1])),
    st.integers(-(10**6), 10**6).map(Literal),
    st.booleans().map(Literal),
    st.decimals(min_value=0, max_value=1, places=2).map(lambda d: Literal(Decimal(f"{d:.2f}"))),
    st.dates().map(lambda d: Literal(d.isoformat(), datatype=XSD.date)),
    _IRIS,
)


# Predicates with a bound prefix: for others rdflib makes up "ns1" prefixes in the order its store
# happens to give the triples, so not even two rdflib writes of one graph need agree.
_PREDICATES = st.builds(
    lambda ns, local: URIRef(ns + local),
    st.sampled_from(["https://w3id.org/kgnews/ontology#", "http://www.w3.org/2000/01/rdf-schema#"]),
    st.text("abcXY019", min_size=1, max_size=4),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(_IRIS, _PREDICATES, _VALUES, st.sampled_from(["g1", "g2"])), min_size=1, max_size=15)
)
def test_store_writers_match_rdflib_on_any_graph(tmp_path_factory, quads):
    from kg.export.jsonld import write_jsonld
    from kg.export.rdf_formats import write_ntriples, write_trig, write_turtle
    from kg.rdf import bind_namespaces

    base = "https://w3id.org/kgnews/id/"
    ds = Dataset()
    bind_namespaces(ds, base)
    for s, p, o, g in quads:
        ds.graph(URIRef(base + "graph/" + g)).add((s, p, o))
    union = Graph()
    bind_namespaces(union, base)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    lexical = {}
    for o in union.objects():  # a store keeps one lexical form per value, as kg writes them
        if (
            isinstance(o, Literal)
            and o.datatype is not None
            and lexical.setdefault((o.datatype, o.toPython()), str(o)) != str(o)
        ):
            return
    folder = tmp_path_factory.mktemp("w")
    store = _store_of(ds, base)
    store.write_turtle(folder / "a.ttl")
    store.write_trig(folder / "a.trig")
    store.write_ntriples(folder / "a.nt")
    write_turtle(union, folder / "b.ttl")
    write_trig(ds, folder / "b.trig")
    write_ntriples(union, folder / "b.nt")
    # JSON-LD from the store's view (read from pyoxigraph directly) and from the rdflib graph
    write_jsonld(store.rdflib_view(), folder / "a.jsonld", base_iri=base)
    write_jsonld(union, folder / "b.jsonld", base_iri=base)
    for ext in ("ttl", "trig", "nt", "jsonld"):
        assert (folder / f"a.{ext}").read_bytes() == (folder / f"b.{ext}").read_bytes(), ext


# -- the SPARQL SHACL check ----------------------------------------------------------------


def _mutations(graph: Graph, rng: random.Random, subjects: list) -> list[str]:
    triples = sorted(graph, key=lambda t: tuple(map(str, t)))
    s, p, o = rng.choice(triples)
    kind = rng.randrange(7)
    if kind == 0:
        graph.remove((s, p, o))
        return [f"removed {p}"]
    if kind == 1:
        graph.add((s, RDF.type, rng.choice([KG.Person, KG.Organisation, KG.Event, KG.Article])))
        return ["second type"]
    if kind == 2 and isinstance(o, Literal):
        graph.remove((s, p, o))
        bad = [Literal(str(o)), Literal(-1), Literal(Decimal("1.50")), Literal(""), Literal("x", lang="en")]
        bad += [Literal(str(o), datatype=XSD.double), Literal("2021-13-45", datatype=XSD.date)]
        graph.add((s, p, rng.choice(bad)))
        return [f"literal of {p}"]
    if kind == 3 and isinstance(o, URIRef):
        graph.remove((s, p, o))
        graph.add((s, p, rng.choice([*subjects, BNode("b"), Literal("x"), URIRef("http://example.org/x")])))
        return [f"object of {p}"]
    if kind == 4:
        edge = rng.choice([KG.locatedIn, KG.partOf, KG.citizenOf, KG.leads, KG.consults, KG.affiliatedWith])
        graph.add((s, edge, rng.choice(subjects)))
        return [f"edge {edge}"]
    if kind == 5:
        graph.add((s, p, Literal(str(o) + "2", datatype=o.datatype) if isinstance(o, Literal) else o))
        return [f"second value of {p}"]
    graph.remove((s, p, o))
    return [f"removed {p}"]


def test_sparql_shacl_check_agrees_with_pyshacl():
    """On the seed graph and on damaged copies of it, the SPARQL check and pyshacl agree."""
    from kg.shacl import check_store
    from kg.validate import validate_graph

    seed = Graph().parse(ROOT / "exports" / "graph.ttl")
    subjects = sorted(set(seed.subjects()), key=str)
    rng = random.Random(5)
    verdicts = []
    for n in range(16):
        damaged = Graph()
        for t in seed:
            damaged.add(t)
        what = [] if n == 0 else _mutations(damaged, rng, subjects)
        ds = Dataset()
        for t in damaged:
            ds.graph(URIRef("urn:g")).add(t)
        fast = check_store(_store_of(ds)).conforms
        slow = validate_graph(damaged).conforms
        assert fast == slow, (what, fast, slow)
        verdicts.append(slow)
    assert verdicts[0] and verdicts.count(False) >= 8  # most damage is caught, by both


def test_store_keeps_the_lexical_forms_kg_wrote():
    ds = Dataset()
    ds.graph(URIRef("urn:g")).add((URIRef("urn:a"), KG.confidence, Literal(Decimal("0.80"))))
    store = _store_of(ds)
    assert [str(o) for _, _, o in store.union_triples()] == ["0.80"]


def test_lock_is_exclusive_across_threads_of_builds(tmp_path):
    """Of several builds started at once into one folder, exactly one gets the lock."""
    out = tmp_path / "out"
    wins, losses = [], []
    barrier = threading.Barrier(4)

    def attempt():
        lock = BuildLock(out)
        barrier.wait()
        try:
            lock.acquire()
        except BuildLockedError:
            losses.append(1)
            return
        wins.append(lock)

    threads = [threading.Thread(target=attempt) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(wins) == 1 and len(losses) == 3
    wins[0].release()
