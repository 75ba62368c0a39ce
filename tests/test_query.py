"""SPARQL over built graphs: canned queries on both engines, safe parameters, rendering, the CLI."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg.cli import main
from kg.query import (
    ENGINES,
    QueryError,
    QueryResult,
    canned_queries,
    canned_query,
    check_parameters,
    check_query,
    iri,
    is_update,
    list_queries,
    load_store,
    parse_header,
    query_form,
    query_prefixes,
    query_variables,
    render,
    run_query,
)
from kg.vocab import KG

ROOT = Path(__file__).resolve().parent.parent
TTL = ROOT / "exports" / "graph.ttl"
TRIG = ROOT / "exports" / "graph.trig"
CAMEO = ROOT / "ontology" / "cameo.ttl"
ID = "https://w3id.org/kgnews/id/"
CHINA, CUBA = ID + "country/Q148", ID + "country/Q241"

REQUIRED = {
    "positions",
    "person-positions",
    "members-and-parts",
    "country-interactions",
    "statements-by",
    "most-connected",
    "facts-with-evidence",
    "multi-article-entities",
    "countries-wikidata",
    "events-by-cameo",
    "located-in",
    "nationality",
}

pytestmark = pytest.mark.skipif(not TTL.exists() or not TRIG.exists(), reason="no seed exports")


def rows(result: QueryResult) -> list[tuple]:
    """Rows as sorted tuples of Python values: how the engines are compared (0.90 == 0.9)."""
    return sorted(
        (tuple(record.values()) for record in result.records()),
        key=lambda row: tuple(repr(v) for v in row),
    )


def same_on_both(source, sparql: str, bindings=None) -> list[tuple]:
    ox_result = run_query(source, sparql, bindings, engine="oxigraph")
    rdf_result = run_query(source, sparql, bindings, engine="rdflib")
    assert ox_result.columns == rdf_result.columns
    assert rows(ox_result) == rows(rdf_result)
    return rows(ox_result)


# --- the catalogue -------------------------------------------------------------------------------


def test_at_least_ten_documented_canned_queries():
    queries = canned_queries()
    assert set(queries) >= REQUIRED
    for q in queries.values():
        assert q.title and len(q.description) > 40, q.name
        assert q.example.startswith("kg query ") and f"--name {q.name}" in q.example, q.name
        for p in q.parameters:
            assert p.kind in ("IRI", "literal") and not p.required


def test_canned_queries_use_only_contract_terms():
    contract = (ROOT / "ontology" / "README.md").read_text(encoding="utf-8")
    for q in canned_queries().values():
        body = "\n".join(line for line in q.text.splitlines() if not line.startswith("#"))
        for term in re.findall(r"\bkg:(\w+)", body):
            assert f"kg:{term}" in contract, f"{q.name}: kg:{term} is not in ontology/README.md"
            getattr(KG, term)  # and in the vocabulary (raises on an unknown term)


def test_list_prints_every_query_with_its_parameters(capsys):
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    for name in REQUIRED:
        assert f"{name}: " in out
    assert "?person (IRI, optional" in out and "--iri person=" in out
    assert "?name (literal, optional" in out and "--param name=" in out
    assert out == list_queries()


def test_header_parsing_and_its_errors():
    text = (
        "# title: T\n# description: first line\n#   and more\n"
        "# parameters: ?a (IRI, required: who), ?b (literal)\nSELECT ?a ?b { ?a ?p ?b }"
    )
    q = parse_header("t", text)
    assert q.description == "first line and more"
    assert [(p.name, p.kind, p.required, p.note) for p in q.parameters] == [
        ("a", "IRI", True, "who"),
        ("b", "literal", False, ""),
    ]
    with pytest.raises(QueryError, match="needs"):
        check_parameters(q, {})
    with pytest.raises(QueryError, match="no '# title:'"):
        parse_header("t", "# description: d\nASK {}")
    with pytest.raises(QueryError, match="not used"):
        parse_header("t", "# title: T\n# description: d\n# parameters: ?zz (IRI)\nASK { ?s ?p ?o }")


# --- both engines agree on every canned query ----------------------------------------------------


@pytest.mark.parametrize("name", sorted(canned_queries()))
@pytest.mark.parametrize("graph", [TTL, TRIG], ids=["ttl", "trig"])
def test_canned_query_same_rows_on_both_engines(name, graph):
    found = same_on_both(graph, canned_query(name).text)
    if name != "multi-article-entities":  # the seed is one article
        assert found, f"{name} finds nothing on the seed graph"


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_canned_query_same_rows_on_ttl_and_trig(name):
    text = canned_query(name).text
    assert rows(run_query(TTL, text)) == rows(run_query(TRIG, text))


PARAMETER_CASES = [
    ("person-positions", {"person": iri(ID + "person/raul-castro")}, "person", ID + "person/raul-castro"),
    ("person-positions", {"name": "Raul Castro"}, "name", "Raul Castro"),
    ("statements-by", {"speaker": iri(ID + "person/xi-jinping")}, "speaker", ID + "person/xi-jinping"),
    ("statements-by", {"name": "Pan Deng"}, "name", "Pan Deng"),
    ("members-and-parts", {"org": iri(ID + "organisation/communist-party-of-cuba")}, "orgName", None),
    ("country-interactions", {"a": iri(CHINA)}, "a", CHINA),
    ("country-interactions", {"a": iri(CUBA), "b": iri(CHINA)}, "b", CHINA),
    ("facts-with-evidence", {"subject": iri(ID + "person/xi-jinping")}, "subject", ID + "person/xi-jinping"),
    ("located-in", {"place": iri(CHINA)}, "place", CHINA),
    ("nationality", {"country": iri(CUBA)}, "country", CUBA),
]


@pytest.mark.parametrize(("name", "bindings", "column", "value"), PARAMETER_CASES)
def test_parameters_narrow_the_rows_on_both_engines(name, bindings, column, value):
    query = canned_query(name)
    check_parameters(query, bindings)
    everything = run_query(TTL, query.text)
    narrowed = run_query(TTL, query.text, bindings)
    assert 0 < len(narrowed) < len(everything)
    same_on_both(TTL, query.text, bindings)
    values = {record[column] for record in narrowed.records()}
    assert len(values) == 1 and (value is None or values == {value})


def test_parameter_kinds_are_checked_against_the_header():
    query = canned_query("nationality")
    with pytest.raises(QueryError, match="--iri country="):
        check_parameters(query, {"country": "Cuba"})
    with pytest.raises(QueryError, match="no parameter \\?nation"):
        check_parameters(query, {"nation": iri(CUBA)})
    with pytest.raises(QueryError, match="--param name="):
        check_parameters(canned_query("statements-by"), {"name": iri(CUBA)})


def test_events_by_cameo_labels_come_from_cameo_ttl_when_loaded():
    text = canned_query("events-by-cameo").text
    bare = {r["root"]: r["label"] for r in run_query(TTL, text).records()}
    assert all(root == label for root, label in bare.items())
    labelled = same_on_both([TTL, CAMEO], text)
    labels = {row[0]: row[1] for row in labelled}
    assert labels["04"] == "Consult" and labels["16"] == "Reduce relations"
    assert sum(r["events"] for r in run_query(TTL, text).records()) == len(
        run_query(TTL, "SELECT ?e WHERE { ?e a kg:Event }")
    )


TWO_ARTICLES = """
@prefix kg: <https://w3id.org/kgnews/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<urn:a1> { <urn:x> kg:interactsWith <urn:y> . <urn:x> kg:mentionedIn <urn:a1> . }
<urn:a2> { <urn:x> kg:interactsWith <urn:y> . <urn:x> kg:mentionedIn <urn:a2> . }
<urn:entities> {
  <urn:x> a kg:Country ; rdfs:label "X" ; kg:mentionCount 5 .
  <urn:y> a kg:Country ; rdfs:label "Y" ; kg:mentionedIn <urn:a1> ; kg:mentionCount 1 .
}
"""


def test_trig_default_graph_is_the_merge_of_its_graphs(tmp_path):
    path = tmp_path / "two.trig"
    path.write_text(TWO_ARTICLES)
    # the same edge in two article graphs counts once (set semantics), on both engines
    assert same_on_both(path, "SELECT (COUNT(*) AS ?n) WHERE { ?s kg:interactsWith ?o }") == [(1,)]
    assert same_on_both(path, canned_query("multi-article-entities").text) == [
        ("X", "https://w3id.org/kgnews/ontology#Country", 2, 5, "urn:x")
    ]
    degree = same_on_both(path, canned_query("most-connected").text)
    assert [(r[0], r[2]) for r in degree] == [("X", 1), ("Y", 1)]
    # named graphs stay queryable
    graphs = same_on_both(path, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s kg:interactsWith ?o } }")
    assert graphs == [("urn:a1",), ("urn:a2",)]


# --- parameters cannot inject --------------------------------------------------------------------

EVIL = '"} . ?s ?p ?o {'


@pytest.mark.parametrize("engine", ENGINES)
def test_a_literal_parameter_stays_one_literal(engine, tmp_path):
    sparql = "SELECT ?s ?name WHERE { ?s rdfs:label ?name }"
    assert len(run_query(TTL, sparql, {"name": EVIL}, engine=engine)) == 0
    graph = tmp_path / "evil.ttl"
    escaped = EVIL.replace("\\", "\\\\").replace('"', '\\"')
    graph.write_text(f'<urn:evil> <http://www.w3.org/2000/01/rdf-schema#label> "{escaped}" .\n')
    result = run_query([TTL, graph], sparql, {"name": EVIL}, engine=engine)
    assert result.records() == [{"s": "urn:evil", "name": EVIL}]


def test_an_iri_parameter_must_be_an_iri():
    with pytest.raises(QueryError, match="not a valid IRI"):
        iri("http://x/> . ?s ?p ?o . <http://y/")
    with pytest.raises(QueryError, match="not an absolute IRI"):
        iri("Cuba")


def test_unknown_parameters_are_refused():
    with pytest.raises(QueryError, match=r"no variable \?nope"):
        run_query(TTL, "SELECT ?s WHERE { ?s ?p ?o }", {"nope": "x"})
    with pytest.raises(QueryError, match="SELECT clause"):
        run_query(TTL, "SELECT ?s WHERE { ?s rdfs:label ?n }", {"n": "China"})


# --- what check_query refuses --------------------------------------------------------------------


def test_query_form_and_updates():
    assert query_form("PREFIX a: <urn:a#>\n# SELECT in a comment\nconstruct {} where {}") == "CONSTRUCT"
    assert is_update("PREFIX kg: <urn:x#> INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert is_update("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert not is_update('SELECT ("INSERT" AS ?x) {}')
    assert query_variables("SELECT ?a $b { ?a <urn:p?x> 'x ?c' }") == {"a", "b"}
    assert query_prefixes("PREFIX  ex:<urn:ex#> PREFIX : <urn:d#> ASK {}") == {"ex": "urn:ex#", "": "urn:d#"}


@pytest.mark.parametrize("engine", ENGINES)
def test_updates_and_service_are_refused(engine):
    with pytest.raises(QueryError, match="SPARQL Update"):
        run_query(TTL, "DELETE WHERE { ?s ?p ?o }", engine=engine)
    with pytest.raises(QueryError, match="SERVICE"):
        run_query(TTL, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", engine=engine)
    # the words inside strings, IRIs and variable names do not count
    check_query('SELECT ?service WHERE { ?service rdfs:label "SERVICE" . ?s <urn:SERVICE> ?o }', engine)


def test_rdflib_from_is_refused_but_oxigraph_picks_named_graphs():
    sparql = f"SELECT (COUNT(*) AS ?n) FROM <{ID}graph/entities> WHERE {{ ?s a kg:Country }}"
    with pytest.raises(QueryError, match="FROM"):
        run_query(TRIG, sparql, engine="rdflib")
    assert run_query(TRIG, sparql).records()[0]["n"] == 4
    assert run_query(TTL, sparql).records()[0]["n"] == 0  # no such graph in a .ttl


@pytest.mark.parametrize("engine", ENGINES)
def test_syntax_errors_name_the_problem(engine):
    with pytest.raises(QueryError) as err:
        run_query(TTL, "SELECT ?x WHERE {\n  ?x ?y\n}", engine=engine)
    message = str(err.value)
    assert message.startswith("the query is not valid SPARQL: ")
    assert re.search(r"\n  line [23]: (\?x \?y|})$", message)  # the line the parser stopped at


# --- sources and results -------------------------------------------------------------------------


def test_sources_store_and_rdflib_graph():
    store = load_store(TTL)
    graph = rdflib.Graph().parse(TTL)
    sparql = "SELECT ?c WHERE { ?c a kg:Country }"
    expected = rows(run_query(TTL, sparql))
    for source in (store, graph):
        for engine in ENGINES:
            assert rows(run_query(source, sparql, engine=engine)) == expected


def test_missing_and_unknown_files():
    from kg.errors import InputError

    with pytest.raises(InputError, match="no such file"):
        load_store(ROOT / "nope.ttl")
    with pytest.raises(InputError, match="unknown RDF file type"):
        load_store(ROOT / "pyproject.toml")


def test_limit_truncates():
    result = run_query(TTL, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", limit=5)
    assert len(result) == 5 and result.truncated
    result = run_query(TTL, "CONSTRUCT WHERE { ?s ?p ?o }", limit=7, engine="rdflib")
    assert len(result) == 7 and result.truncated
    assert not run_query(TTL, "SELECT ?c WHERE { ?c a kg:Country }", limit=4).truncated


def test_python_values():
    record = run_query(
        TTL, "SELECT ?n ?c ?f WHERE { ?x kg:mentionCount ?n . ?e kg:confidence ?c ; kg:isFormer ?f } LIMIT 1"
    ).records()[0]
    assert isinstance(record["n"], int) and isinstance(record["c"], Decimal) and isinstance(record["f"], bool)


# --- rendering -----------------------------------------------------------------------------------

COUNTRIES = """SELECT ?name ?iso2 ?c
WHERE { ?c a kg:Country ; rdfs:label ?name ; kg:iso3166Alpha2 ?iso2 }
ORDER BY ?name"""


def test_render_csv_tsv():
    result = run_query(TTL, COUNTRIES)
    text = render(result, "csv")
    assert text.startswith("name,iso2,c\r\n")
    table = list(csv.reader(io.StringIO(text)))
    assert table[1] == ["China", "CN", CHINA] and len(table) == 5
    tsv = render(result, "tsv").splitlines()
    assert tsv[0] == "?name\t?iso2\t?c" and tsv[1] == f'"China"\t"CN"\t<{CHINA}>'


def test_render_json_is_sparql_results_json():
    result = run_query(TTL, COUNTRIES)
    doc = json.loads(render(result, "json"))
    assert doc["head"]["vars"] == ["name", "iso2", "c"]
    assert doc["results"]["bindings"][0] == {
        "name": {"type": "literal", "value": "China"},
        "iso2": {"type": "literal", "value": "CN"},
        "c": {"type": "uri", "value": CHINA},
    }
    # pyoxigraph reads it back
    parsed = ox.parse_query_results(render(result, "json"), format=ox.QueryResultsFormat.JSON)
    assert [s["c"].value for s in parsed][0] == CHINA
    count = run_query(TTL, "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Country }")
    assert json.loads(render(count, "json"))["results"]["bindings"][0]["n"]["datatype"].endswith("#integer")
    ask = json.loads(render(run_query(TTL, "ASK { ?s a kg:Person }"), "json"))
    assert ask == {"head": {}, "boolean": True}


def test_render_xml():
    root = ET.fromstring(render(run_query(TTL, COUNTRIES), "xml"))
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert [v.get("name") for v in root.iter(ns + "variable")] == ["name", "iso2", "c"]
    assert len(list(root.iter(ns + "result"))) == 4


def test_render_table_is_aligned():
    result = run_query(
        TTL, "SELECT ?name ?n WHERE { ?c a kg:Country ; rdfs:label ?name ; kg:mentionCount ?n }"
    )
    lines = render(result, "table").splitlines()
    assert lines[0].split() == ["name", "n"] and set(lines[1]) <= {"-", " "}
    assert lines[-1] == "(4 rows)"
    width = len(lines[1])
    assert all(len(line) == width for line in lines[2:-1])  # numbers right-aligned to the rule
    assert render(run_query(TTL, "ASK { ?s a kg:Nope }"), "table") == "false\n"


def test_render_table_abbreviates_vocabulary_and_cuts_long_literals():
    result = run_query(TTL, "SELECT ?t ?s WHERE { ?e a ?t ; kg:sentence ?s } LIMIT 1")
    line = render(result, "table", max_width=20).splitlines()[2]
    assert line.startswith("kg:") and line.endswith("…") and len(line.split("  ")[-1].strip()) == 20


def test_render_construct():
    sparql = "CONSTRUCT { ?p kg:citizenOf ?c } WHERE { ?p kg:citizenOf ?c }"
    for engine in ENGINES:
        result = run_query(TTL, sparql, engine=engine)
        turtle = render(result, "turtle")
        assert turtle.startswith("@prefix kg: <https://w3id.org/kgnews/ontology#> .")
        graph = rdflib.Graph().parse(data=turtle, format="turtle")
        assert len(graph) == 3 == len(rdflib.Graph().parse(data=render(result, "ntriples"), format="nt"))
        assert render(result, "csv").startswith("subject,predicate,object\r\n")
        assert render(result, "table").splitlines()[-1] == "(3 triples)"
    with pytest.raises(QueryError, match="CONSTRUCT and DESCRIBE"):
        render(run_query(TTL, COUNTRIES), "turtle")


def test_rendering_is_deterministic():
    for name in ("facts-with-evidence", "most-connected"):
        text = canned_query(name).text
        for fmt in ("table", "csv", "json"):
            assert render(run_query(TTL, text), fmt) == render(run_query(TRIG, text), fmt)


# --- the command line ----------------------------------------------------------------------------


def test_cli_runs_a_canned_query(capsys):
    assert (
        main(["query", str(TTL), "--name", "nationality", "--iri", f"country={CUBA}", "--format", "csv"]) == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "name,countryName,iso2,evidence,person,country"
    assert {line.split(",")[0] for line in out[1:]} == {"Miguel Diaz-Canel", "Raul Castro"}


def test_cli_text_file_stdin_and_output(tmp_path, capsys, monkeypatch):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?n WHERE { ?c a kg:Country ; rdfs:label ?n } ORDER BY ?n")
    assert main(["query", str(TTL), "--file", str(rq), "--engine", "rdflib", "--format", "tsv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == '"China"'
    monkeypatch.setattr("sys.stdin", io.StringIO("ASK { ?s a kg:Country }"))
    assert main(["query", str(TTL), "-"]) == 0
    assert capsys.readouterr().out == "true\n"
    out = tmp_path / "out" / "countries.json"
    assert main(["query", str(TTL), "--name", "countries-wikidata", "--format", "json", "-o", str(out)]) == 0
    assert "wrote 4 rows" in capsys.readouterr().out
    assert len(json.loads(out.read_text())["results"]["bindings"]) == 4


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["SELECT ?x WHERE { ?x ?y }"], "not valid SPARQL"),
        (["--name", "position"], "did you mean positions"),
        (["--name", "nationality", "--param", "country=Cuba"], "--iri country="),
        (["--name", "positions", "--iri", "x=not an iri"], "not an absolute IRI"),
        (["--name", "positions", "--param", "novalue"], "NAME=VALUE"),
        (["INSERT DATA { <urn:a> <urn:b> <urn:c> }"], "SPARQL Update"),
        ([], "exactly one of"),
        (["--file", "missing.rq"], "no such query file"),
        (["SELECT * {}", "--format", "turtle"], "CONSTRUCT and DESCRIBE"),
    ],
)
def test_cli_errors_exit_2_with_a_message(argv, message, capsys):
    assert main(["query", str(TTL), *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg query: error:") and message in err


def test_cli_missing_graph(capsys):
    assert main(["query", "no/such/graph.ttl", "--name", "positions"]) == 2
    assert "no/such/graph.ttl: no such file" in capsys.readouterr().err
    assert main(["query"]) == 2
    assert "give the graph file" in capsys.readouterr().err


def test_other_formats_and_remote_json_ld_contexts(tmp_path):
    nt = tmp_path / "g.nt"
    nt.write_text(f'<{CUBA}> <http://www.w3.org/2000/01/rdf-schema#label> "Cuba" .\n')
    doc = tmp_path / "g.jsonld"
    doc.write_text(
        json.dumps(
            {
                "@context": {"label": "http://www.w3.org/2000/01/rdf-schema#label"},
                "@id": "urn:x",
                "label": "X",
            }
        )
    )
    for engine in ENGINES:
        result = run_query([nt, doc], "SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l", engine=engine)
        assert result.records() == [{"s": CUBA, "l": "Cuba"}, {"s": "urn:x", "l": "X"}]
    remote = tmp_path / "remote.jsonld"
    remote.write_text(json.dumps({"@context": "http://127.0.0.1:9/context.jsonld", "@id": "urn:x"}))
    from kg.errors import InputError

    for engine in ENGINES:  # neither engine goes to the network for it
        with pytest.raises(InputError, match="remote JSON-LD contexts"):
            run_query(remote, "ASK {}", engine=engine)


def test_queries_readme_lists_every_query():
    readme = (ROOT / "kg" / "queries" / "README.md").read_text(encoding="utf-8")
    for name in canned_queries():
        assert f"| `{name}` |" in readme, name
