"""The read-only rdflib view of a build's store: what the exports read in a build."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.errors import ExportError
from kg.store import GraphStore

EX = "https://example.org/"


def _store() -> GraphStore:
    from rdflib import Dataset

    ds = Dataset()
    g = ds.graph(URIRef(EX + "graph/a"))
    a, b = URIRef(EX + "a"), URIRef(EX + "b")
    g.add((a, RDF.type, URIRef(EX + "Person")))
    g.add((a, URIRef(EX + "knows"), b))
    # a lexical form pyoxigraph would make canonical ("0.8"): the view gives back the build's form
    g.add((a, URIRef(EX + "confidence"), Literal("0.80", datatype=XSD.decimal)))
    g.add((b, URIRef(EX + "name"), Literal("Bé", lang="fr")))
    store = GraphStore(None, EX)
    store.add_dataset(ds)
    return store


def test_view_has_the_triples_of_the_copy_with_their_lexical_forms():
    store = _store()
    view, copy = store.rdflib_view(), store.to_rdflib()
    assert len(view) == len(copy) == 4
    assert set(view) == set(copy)
    assert {str(o) for o in view.objects(None, URIRef(EX + "confidence"))} == {"0.80"}
    assert list(view.subjects(URIRef(EX + "knows"), URIRef(EX + "b"))) == [URIRef(EX + "a")]
    assert dict(view.namespaces())["kgi"] == URIRef(EX)


def test_view_is_read_only():
    view = _store().rdflib_view()
    with pytest.raises(ExportError):
        view.add((URIRef(EX + "x"), RDF.type, URIRef(EX + "Person")))
    assert isinstance(view, Graph)


def test_trig_blocks_from_the_build_cache_give_the_same_file(tmp_path):
    from kg.manifest import GraphCache
    from kg.store import TrigBlocks

    store = _store()
    fresh = tmp_path / "fresh.trig"
    store.write_trig(fresh)
    # the first write keeps the article graph's block, the second takes it from the cache
    cache = GraphCache(tmp_path / "cache")
    store.trig_blocks = TrigBlocks(cache, {EX + "graph/a": "ab" * 20})
    for name in ("kept.trig", "reused.trig"):
        store.write_trig(tmp_path / name)
        assert (tmp_path / name).read_bytes() == fresh.read_bytes()
    assert cache.get("ab" * 20, ".trig") is not None
    # the prefixes a kept block needs (xsd, for its decimal) are declared though no fresh block uses them
    assert b"@prefix xsd:" in fresh.read_bytes()
    reuse_only = GraphStore(None, EX)
    reuse_only.add_dataset(_store().to_dataset())
    reuse_only.trig_blocks = store.trig_blocks
    reuse_only.write_trig(tmp_path / "again.trig")
    assert (tmp_path / "again.trig").read_bytes() == fresh.read_bytes()


@pytest.mark.parametrize("blank", [False, True])
def test_a_side_process_knows_whether_the_store_has_blank_nodes(tmp_path, blank):
    """What was added says whether the store has blank nodes (no scan of the whole store), and a
    process that opens it read-only is told so; either way every RDF file is rdflib's."""
    from rdflib import BNode, Dataset

    from kg.export.rdf_formats import write_ntriples, write_turtle
    from kg.rdf import bind_namespaces
    from kg.store import write_from_disk

    ds = Dataset()
    g = ds.graph(URIRef(EX + "graph/a"))
    a = URIRef(EX + "a")
    g.add((a, RDF.type, URIRef(EX + "Person")))
    g.add((a, URIRef(EX + "knows"), BNode("x") if blank else URIRef(EX + "b")))
    store = GraphStore(tmp_path / "store", EX)
    store.add_dataset(ds)
    reader = store.reader()
    assert reader["blank"] is (None if blank else False)  # None: the store is asked, once
    assert store.has_blank_nodes() is blank
    union = Graph()
    bind_namespaces(union, EX)
    for t in g:
        union.add(t)
    for fmt, write in (("ttl", write_turtle), ("nt", write_ntriples)):
        write(union, tmp_path / f"expected.{fmt}")
        write_from_disk(reader, fmt, str(tmp_path / f"side.{fmt}"))
        assert (tmp_path / f"side.{fmt}").read_bytes() == (tmp_path / f"expected.{fmt}").read_bytes()
