"""Pages of SELECT results (kg query --limit/--offset), the fast page-by forms, bound listings."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.query import (
    QueryError,
    _top_level,
    _union_branches,
    canned_queries,
    fast_page_texts,
    iri,
    keyed_text,
    load_dataset,
    load_store,
    page_by,
    paged_text,
    query_shape,
    run_query,
)

ROOT = Path(__file__).resolve().parent.parent
TTL = ROOT / "exports" / "graph.ttl"
CAMEO = ROOT / "ontology" / "cameo.ttl"

needs_seed = pytest.mark.skipif(not TTL.exists(), reason="no seed exports")

#: (limit, offset) pairs tried on every canned query; the seed results have 0-23 rows.
PAGES = [(1, 0), (2, 0), (3, 1), (5, 2), (10, 7), (100, 0), (4, 20), (0, 3), (7, 500)]


@pytest.fixture(scope="module")
def sources():
    return {
        "oxigraph": load_store([TTL, CAMEO]),
        "rdflib": load_dataset([TTL, CAMEO]),
    }


def _plain(text: str) -> str:
    """The query without its page-by line, so that run_query takes the plain path."""
    return "\n".join(line for line in text.splitlines() if not line.startswith("# page-by:")) + "\n"


# --- every canned query: a page is the slice of the full result ----------------------------------


@needs_seed
@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_pages_are_slices_of_the_full_result(sources, engine, name):
    text = canned_queries()[name].text
    full = run_query(sources[engine], text, engine=engine).rows
    for limit, offset in PAGES + [(2, max(0, len(full) - 1))]:
        page = run_query(sources[engine], text, engine=engine, page_limit=limit, offset=offset)
        assert page.rows == full[offset : offset + limit], (name, limit, offset)
        assert page.truncated == (len(full) > offset + limit), (name, limit, offset)
    assert run_query(sources[engine], text, engine=engine, offset=2).rows == full[2:]


@needs_seed
@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("name", sorted(n for n, q in canned_queries().items() if page_by(q.text)))
def test_bound_listing_rows_are_the_full_rows_of_that_entity(sources, engine, name):
    """The keyed form run for bound parameters gives the rows of the plain query, on both engines."""
    query = canned_queries()[name]
    text, plain = query.text, _plain(query.text)
    full = run_query(sources[engine], text, engine=engine)
    assert full.rows == run_query(sources[engine], plain, engine=engine).rows
    for param in query.parameters:
        column = full.columns.index(param.name)
        for value in sorted({row[column] for row in full.rows}, key=str)[:4]:
            expect = tuple(row for row in full.rows if row[column] == value)
            got = run_query(sources[engine], text, {param.name: value}, engine=engine)
            assert got.rows == expect, (name, param.name, value)
            assert got.rows == run_query(sources[engine], plain, {param.name: value}, engine=engine).rows
            bound = {param.name: value}
            page = run_query(sources[engine], text, bound, engine=engine, page_limit=1, offset=1)
            assert page.rows == expect[1:2]


def test_every_page_by_line_is_usable():
    listing = {n for n, q in canned_queries().items() if page_by(q.text)}
    assert listing >= {
        "facts-with-evidence",
        "statements-by",
        "person-positions",
        "positions",
        "nationality",
        "members-and-parts",
    }
    for name in listing:
        text = canned_queries()[name].text
        var, pattern = page_by(text)
        assert query_shape(text).order_by[0] == var, name
        fast, count = fast_page_texts(text, 10, 5)
        assert query_shape(fast).limit == 10 and query_shape(fast).offset == 5
        assert query_shape(count).form == "SELECT"
        params = {p.name for p in canned_queries()[name].parameters}
        names = params & set(re.findall(r"\?(\w+)", pattern))
        if params and not names:
            # a key pattern without the parameters (nationality: every label, one scan) leaves a
            # bound run to the engine, which binds them in the plain query
            assert keyed_text(text, {n: iri("https://example.org/x") for n in params}) is None, name
        if names:  # parameters in the key pattern are bound from it (the keyed form)
            keyed, engine_binds = keyed_text(text, {n: iri("https://example.org/x") for n in names})
            # a WHERE group that is a UNION of branches gets the bound values first in each
            # branch (VALUES), the others the key pattern first, with the values bound by the engine
            where_open = _top_level(text)[0]
            branches = _union_branches(text, where_open)
            assert engine_binds == (branches is None), name
            assert keyed.count("VALUES") == (len(branches) if branches else 0), name


def test_page_by_goes_first_in_each_branch_of_a_union():
    text = (
        "# page-by: ?n { ?s rdfs:label ?n }\n"
        "SELECT ?n ?o WHERE {\n  { ?s <p:a> ?o . ?s rdfs:label ?n }\n  UNION\n"
        "  { ?s <p:b> ?o . ?s rdfs:label ?n }\n}\n"
        "ORDER BY ?n"
    )
    fast, _count = fast_page_texts(text, 10, 0)
    assert fast.count("SELECT DISTINCT ?n WHERE { ?s rdfs:label ?n }") == 2
    keyed, engine_binds = keyed_text(text, {"s": iri("https://example.org/s")})
    assert keyed.count("VALUES (?s) { (<https://example.org/s>) }") == 2 and not engine_binds
    assert keyed_text(text, {"s": ox.BlankNode("b")}) is None  # VALUES takes no blank node
    plain = "# page-by: ?n { ?s rdfs:label ?n }\nSELECT ?n WHERE { ?s rdfs:label ?n } ORDER BY ?n"
    keyed, engine_binds = keyed_text(plain, {"s": iri("https://example.org/s")})
    assert keyed.count("SELECT DISTINCT *") == 1 and engine_binds


# --- the fast form stays exact where the page-by pattern finds more, and on ties ------------------

TIES = """
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:a1 rdfs:label "A" . ex:a2 rdfs:label "A" . ex:b rdfs:label "B" . ex:c rdfs:label "C" .
ex:d rdfs:label "D" . ex:e rdfs:label "E" . ex:f rdfs:label "F" .
ex:s1 ex:by ex:a2 ; ex:n 1 . ex:s2 ex:by ex:a1 ; ex:n 2 . ex:s3 ex:by ex:a2 ; ex:n 3 .
ex:s4 ex:by ex:c ; ex:n 4 . ex:s5 ex:by ex:f ; ex:n 5 . ex:s6 ex:by ex:f ; ex:n 6 .
"""

TIES_QUERY = """# page-by: ?name { ?who rdfs:label ?name }
PREFIX ex: <http://example.org/>
SELECT ?name ?n ?who ?s WHERE { ?s ex:by ?who ; ex:n ?n . ?who rdfs:label ?name } ORDER BY ?name ?n ?s
"""


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_fast_pages_exact_with_ties_and_values_without_rows(engine):
    store = ox.Store()
    store.load(TIES, format=ox.RdfFormat.TURTLE)
    full = run_query(store, TIES_QUERY, engine=engine).rows
    assert [row[1].value for row in full] == ["1", "2", "3", "4", "5", "6"]
    for offset in range(8):
        for limit in range(1, 8):
            page = run_query(store, TIES_QUERY, engine=engine, page_limit=limit, offset=offset)
            assert page.rows == full[offset : offset + limit], (limit, offset)
    who = ox.NamedNode("http://example.org/a2")
    bound = run_query(store, TIES_QUERY, {"who": who}, engine=engine).rows
    assert bound == tuple(row for row in full if row[2] == who)


# --- the text transformation ---------------------------------------------------------------------


def test_paged_text_combines_with_the_query_own_limit_and_offset():
    base = 'SELECT ?s WHERE { ?s ?p "LIMIT 3" } ORDER BY ?s'
    assert paged_text(base, 10, 0).endswith("ORDER BY ?s\nLIMIT 10\n")
    assert paged_text(base + " LIMIT 50 OFFSET 5", 20, 40).endswith("ORDER BY ?s LIMIT 10 OFFSET 45")
    assert paged_text(base + " OFFSET 5 LIMIT 50", 20, 60).endswith("ORDER BY ?s LIMIT 0 OFFSET 65")
    assert paged_text(base + " limit 50", None, 10).endswith("ORDER BY ?s LIMIT 40 OFFSET 10")
    # a subquery keeps its LIMIT; a trailing VALUES block stays after the new LIMIT
    sub = "SELECT ?s WHERE { { SELECT ?s { ?s ?p ?o } LIMIT 7 } } ORDER BY ?s VALUES ?s { <urn:a> }"
    out = paged_text(sub, 2, 1)
    assert "LIMIT 7 }" in out and out.endswith("ORDER BY ?s LIMIT 2 OFFSET 1\nVALUES ?s { <urn:a> }")
    # a comment on the last line does not swallow the LIMIT
    assert query_shape(paged_text(base + " # the end", 3, 0)).limit == 3


def test_pages_refused_for_other_forms_and_bad_numbers():
    with pytest.raises(QueryError, match="SELECT"):
        paged_text("ASK { ?s ?p ?o }", 1, 0)
    with pytest.raises(QueryError, match="SELECT"):
        paged_text("CONSTRUCT WHERE { ?s ?p ?o }", 1, 0)
    with pytest.raises(QueryError, match=">= 0"):
        paged_text("SELECT * { ?s ?p ?o }", -1, 0)
    with pytest.raises(QueryError, match="not valid SPARQL"):
        paged_text("SELECT * { ?s ?p ", 1, 0)


@needs_seed
def test_page_without_order_by_warns(caplog):
    with caplog.at_level(logging.WARNING, logger="kg.query"):
        run_query(TTL, "SELECT ?c WHERE { ?c a kg:Country }", page_limit=1)
    assert "no ORDER BY" in caplog.text


# --- the CLI -------------------------------------------------------------------------------------


@needs_seed
def test_cli_limit_and_offset(capsys):
    args = ["query", str(TTL), "--name", "statements-by", "--format", "csv"]
    assert main(args) == 0
    full = capsys.readouterr().out.splitlines()
    assert main([*args, "--limit", "3", "--offset", "2"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [full[0], *full[3:6]]
    assert "--offset 5" in captured.err
    with pytest.raises(SystemExit):
        main([*args, "--limit", "-2"])


def test_cli_help_documents_paging(capsys):
    with pytest.raises(SystemExit):
        main(["query", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--limit N" in out and "--offset M" in out and "ORDER BY" in out
