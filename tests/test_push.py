"""kg push: the Graph Store Protocol client against a scripted fake, oxigraph and Virtuoso.

The fake (tests/servers.py) checks what goes over the wire: methods, chunks, media types,
auth headers, error messages. The real stores check that what kg sends is what they hold:
the triple count through their SPARQL endpoint, and the triples themselves read back.
"""

from __future__ import annotations

import base64
import json
import logging
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from push_fixtures import oxigraph_store, virtuoso_store  # noqa: F401  (pytest fixtures)
from servers import FakeStore, Recorded, fake_store, free_port

from kg.cli import main
from kg.push import (
    DEFAULT_CHUNK_SIZE,
    Auth,
    PushError,
    PushResult,
    count_triples,
    derive_query_endpoint,
    push_graph,
)

ROOT = Path(__file__).resolve().parent.parent
SEED_GRAPH = ROOT / "exports" / "graph.ttl"
IRI = "https://example.org/graphs/news"
SECRET = "s3cret-Pa55word"

SMALL_TTL = """\
@prefix kg: <https://w3id.org/kgnews/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/kgnews/id/person/a> a kg:Person ; rdfs:label "A" ; kg:mentionCount 2 .
<https://w3id.org/kgnews/id/country/Q1> a kg:Country ; rdfs:label "Q \\"one\\"\\nline"@en .
<https://w3id.org/kgnews/id/person/a> kg:citizenOf <https://w3id.org/kgnews/id/country/Q1> .
"""
EXTRA_TTL = """\
@prefix kg: <https://w3id.org/kgnews/ontology#> .
<https://example.org/x/1> a kg:Person .
<https://example.org/x/2> a kg:Person .
<https://example.org/x/3> a kg:Organisation .
"""


def _canonical(quads) -> set[ox.Triple]:
    # Through a store, so typed literals compare by value ("0.90" and "0.9" are one xsd:decimal),
    # as a triple store gives them back.
    store = ox.Store()
    store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
    return {quad.triple for quad in store}


def _triples_of(data: bytes, fmt: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> set[ox.Triple]:
    return _canonical(ox.parse(data, format=fmt))


def _file_triples(path: Path) -> set[ox.Triple]:
    return _canonical(ox.parse(path=path))


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "small.ttl"
    path.write_text(SMALL_TTL)
    return path


@pytest.fixture
def extra(tmp_path: Path) -> Path:
    path = tmp_path / "extra.ttl"
    path.write_text(EXTRA_TTL)
    return path


@pytest.fixture
def seed_graph() -> Path:
    if not SEED_GRAPH.is_file():
        pytest.skip("exports/graph.ttl not built (kg build seeds -o exports)")
    return SEED_GRAPH


def _graph_param(request: Recorded) -> list[str]:
    return urllib.parse.parse_qs(urllib.parse.urlsplit(request.path).query).get("graph", [])


def _counting(store: FakeStore, count: int) -> None:
    """Make the fake answer SPARQL count queries with ``count``, everything else with success."""

    def respond(request: Recorded) -> tuple[int, dict[str, str], bytes]:
        if request.method == "GET" and request.path.startswith("/query"):
            body = {"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"value": str(count)}}]}}
            return 200, {"Content-Type": "application/sparql-results+json"}, json.dumps(body).encode()
        return (201 if request.method == "PUT" else 204), {}, b""

    store.responder = respond


# ---------------------------------------------------------------------------------------------
# What goes over the wire (fake store)


def test_replace_puts_the_first_chunk_and_posts_the_rest(small):
    with fake_store() as store:
        result = push_graph(small, store.base + "/store", IRI, chunk_size=2, verify=False)
    assert [r.method for r in store.requests] == ["PUT", "POST", "POST"]
    assert all(_graph_param(r) == [IRI] for r in store.requests)
    assert all(r.headers["Content-Type"] == "application/n-triples" for r in store.requests)
    sent = set().union(*(_triples_of(r.body) for r in store.requests))
    assert sent == _file_triples(small)
    assert (result.triples, result.distinct, result.requests) == (6, 6, 3)
    assert result.bytes_sent == sum(len(r.body) for r in store.requests)
    assert result.verified is None and result.triples_after is None


def test_append_only_posts(small):
    with fake_store() as store:
        result = push_graph(small, store.base + "/store", IRI, mode="append", chunk_size=4, verify=False)
    assert [r.method for r in store.requests] == ["POST", "POST"]
    assert result.requests == 2


def test_an_empty_graph_replaces_with_one_empty_put(tmp_path):
    empty = tmp_path / "empty.nt"
    empty.write_text("")
    with fake_store() as store:
        result = push_graph(empty, store.base + "/store", IRI, verify=False)
    assert [(r.method, r.body) for r in store.requests] == [("PUT", b"")]
    assert result.triples == 0


def test_no_graph_iri_writes_the_default_graph(small):
    with fake_store() as store:
        result = push_graph(small, store.base + "/store", verify=False)
    assert store.requests[0].path == "/store?default"
    assert result.target == "the default graph"


def test_blank_nodes_stay_in_one_request(tmp_path):
    path = tmp_path / "b.ttl"
    path.write_text("<urn:a> <urn:p> [ <urn:q> 1 ; <urn:r> 2 ] .\n<urn:a> <urn:s> 3 .\n")
    with fake_store() as store:
        push_graph(path, store.base + "/store", IRI, chunk_size=1, verify=False)
    assert len(store.requests) == 1
    assert len(_triples_of(store.requests[0].body)) == 4


def test_turtle_body(small):
    with fake_store() as store:
        push_graph(small, store.base + "/store", IRI, fmt="ttl", verify=False)
    (request,) = store.requests
    assert request.headers["Content-Type"] == "text/turtle"
    assert b"@prefix kg:" in request.body
    assert _triples_of(request.body, ox.RdfFormat.TURTLE) == _file_triples(small)


def test_rdflib_graph_dataset_and_pyoxigraph_store_inputs(small):
    from rdflib import Dataset, Graph, URIRef

    graph = Graph().parse(small)
    dataset = Dataset()
    named = dataset.graph(URIRef("urn:g1"))
    for triple in graph:
        named.add(triple)
    store = ox.Store()
    store.load(path=small)
    expected = _file_triples(small)
    for source in (graph, dataset, store):
        with fake_store() as fake:
            result = push_graph(source, fake.base + "/store", IRI, verify=False)
        assert _triples_of(fake.requests[0].body) == expected, type(source)
        assert result.triples == len(expected)


def test_the_same_graph_gives_the_same_bytes(small):
    from rdflib import Graph

    bodies = []
    for _ in range(2):
        with fake_store() as store:
            push_graph(Graph().parse(small), store.base + "/store", IRI, verify=False)
        bodies.append(store.requests[0].body)
    assert bodies[0] == bodies[1]


def test_trig_named_graphs_are_merged(tmp_path):
    path = tmp_path / "d.trig"
    path.write_text(
        "<urn:g1> { <urn:a> <urn:p> <urn:b> . }\n<urn:g2> { <urn:a> <urn:p> <urn:b> . <urn:c> <urn:p> 1 . }\n"
    )
    with fake_store() as store:
        result = push_graph(path, store.base + "/store", IRI, verify=False)
    assert len(_triples_of(store.requests[0].body)) == 2
    assert (result.triples, result.distinct) == (3, 2)


# ---------------------------------------------------------------------------------------------
# Credentials


def test_basic_auth_is_sent_when_asked_for(small):
    with fake_store() as store:
        push_graph(small, store.base + "/store", IRI, auth=Auth("u", SECRET, scheme="basic"), verify=False)
    expected = "Basic " + base64.b64encode(f"u:{SECRET}".encode()).decode()
    assert [r.headers.get("Authorization") for r in store.requests] == [expected]


def test_auto_auth_follows_a_basic_challenge_without_sending_the_body_twice(small):
    def respond(request: Recorded):
        if "Authorization" not in request.headers:
            return 401, {"WWW-Authenticate": 'Basic realm="store"'}, b""
        return 201, {}, b""

    with fake_store(FakeStore(responder=respond)) as store:
        push_graph(small, store.base + "/store", IRI, auth=Auth("u", SECRET), verify=False)
    assert [r.method for r in store.requests] == ["HEAD", "PUT"]
    assert store.requests[1].headers["Authorization"].startswith("Basic ")


def test_digest_auth_answers_the_challenge_once_and_reuses_it(small):
    fake = FakeStore(digest_user="dba", digest_password=SECRET)
    with fake_store(fake) as store:
        push_graph(small, store.base + "/store", IRI, auth=Auth("dba", SECRET), chunk_size=2, verify=False)
    assert [r.method for r in store.requests] == ["HEAD", "PUT", "POST", "POST"]
    ncs = [r.headers["Authorization"].split("nc=")[1][:8] for r in store.requests[1:]]
    assert ncs == ["00000001", "00000002", "00000003"]


def test_bearer_token(small):
    with fake_store() as store:
        push_graph(small, store.base + "/store", IRI, auth=Auth(token="tok-123"), verify=False)
    assert [r.headers.get("Authorization") for r in store.requests] == ["Bearer tok-123"]


def test_auth_repr_hides_secrets():
    assert SECRET not in repr(Auth("u", SECRET)) and "tok" not in repr(Auth(token="tok"))
    with pytest.raises(ValueError):
        Auth(user="u")


def test_secrets_reach_no_log_line_and_no_error(small, caplog):
    caplog.set_level(logging.DEBUG)
    fake = FakeStore(digest_user="dba", digest_password="right")
    with fake_store(fake) as store, pytest.raises(PushError) as exc:
        push_graph(small, store.base + "/store", IRI, auth=Auth("dba", SECRET))
    assert exc.value.status == 401 and "refused the credentials" in str(exc.value)
    assert SECRET not in str(exc.value) and SECRET not in caplog.text


def test_credentials_in_the_url_are_refused_and_not_repeated(small):
    with pytest.raises(PushError) as exc:
        push_graph(small, f"http://dba:{SECRET}@127.0.0.1:1/store", IRI)
    assert "--password-env" in str(exc.value) and SECRET not in str(exc.value)


# ---------------------------------------------------------------------------------------------
# Errors a user meets


def _failing(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> FakeStore:
    return FakeStore(responder=lambda request: (status, headers or {}, body))


@pytest.mark.parametrize(
    ("status", "body", "fragments"),
    [
        (401, b"", ["401", "wants credentials", "--password-env"]),
        (403, b"", ["403", "may not write"]),
        (404, b"", ["404", "no Graph Store endpoint", "/sparql-graph-crud-auth", "/store"]),
        (415, b"", ["415", "media type"]),
        (
            500,
            b"<html><head><title>x</title></head><body><h1>500</h1><xmp>Error 22 it broke</xmp></body>",
            ["500", "the store said: Error 22 it broke"],
        ),
    ],
)
def test_http_errors_say_what_to_do(small, status, body, fragments):
    with fake_store(_failing(status, body)) as store, pytest.raises(PushError) as exc:
        push_graph(small, store.base + "/store", IRI)
    message = str(exc.value)
    assert exc.value.status == status
    for fragment in fragments:
        assert fragment in message, message
    assert "<" not in message.split("the store said:")[-1]


def test_connection_refused(small):
    port = free_port()
    with pytest.raises(PushError, match=rf"cannot connect to 127.0.0.1:{port}: connection refused"):
        push_graph(small, f"http://127.0.0.1:{port}/store", IRI)


def test_timeout(small):
    def slow(request: Recorded):
        time.sleep(1.5)
        return 201, {}, b""

    with fake_store(FakeStore(responder=slow)) as store, pytest.raises(PushError, match="no answer"):
        push_graph(small, store.base + "/store", IRI, timeout=0.3)


def test_a_failure_after_the_first_chunk_says_the_graph_is_partial(small):
    def second_fails(request: Recorded):
        return (500, {}, b"disk full") if request.method == "POST" else (201, {}, b"")

    with fake_store(FakeStore(responder=second_fails)) as store, pytest.raises(PushError) as exc:
        push_graph(small, store.base + "/store", IRI, chunk_size=2)
    assert "stopped after 1 of 3 requests" in str(exc.value) and "disk full" in str(exc.value)


def test_unreadable_input_fails_before_the_store_is_touched(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .\n")
    with fake_store() as store:
        with pytest.raises(PushError, match="bad.ttl: not readable as Turtle"):
            push_graph(bad, store.base + "/store", IRI)
        with pytest.raises(PushError, match="no such file"):
            push_graph(tmp_path / "missing.ttl", store.base + "/store", IRI)
        (tmp_path / "g.csv").write_text("a,b\n")
        with pytest.raises(PushError, match="unknown RDF file extension"):
            push_graph(tmp_path / "g.csv", store.base + "/store", IRI)
    assert store.requests == []


@pytest.mark.parametrize("iri", ["news", "https://example.org/a b", "<https://example.org/x>"])
def test_bad_graph_iri(small, iri):
    with pytest.raises(PushError, match="not an absolute IRI"):
        push_graph(small, "http://127.0.0.1:1/store", iri)


def test_bad_endpoint(small):
    with pytest.raises(PushError, match="http:// or https://"):
        push_graph(small, "ftp://127.0.0.1/store", IRI)


# ---------------------------------------------------------------------------------------------
# Verification


def test_derive_query_endpoint():
    assert derive_query_endpoint("http://h:7878/store") == "http://h:7878/query"
    assert derive_query_endpoint("http://h:8890/sparql-graph-crud-auth") == "http://h:8890/sparql"
    assert derive_query_endpoint("http://h:8890/sparql-graph-crud") == "http://h:8890/sparql"
    assert derive_query_endpoint("http://h:3030/news/data") == "http://h:3030/news/query"
    assert (
        derive_query_endpoint("https://h/graphdb/repositories/news/rdf-graphs/service")
        == "https://h/graphdb/repositories/news"
    )
    assert derive_query_endpoint("http://h/somewhere/else") is None


def test_verification_reports_a_mismatch(small):
    with fake_store() as store:
        _counting(store, 4)
        result = push_graph(small, store.base + "/store", IRI)
    assert (result.triples_after, result.verified) == (4, False)
    assert "MISMATCH" in result.summary()
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(store.requests[-1].path).query)["query"][0]
    assert f"GRAPH <{IRI}>" in query


def test_append_counts_before_and_after(small):
    with fake_store() as store:
        _counting(store, 7)
        result = push_graph(small, store.base + "/store", IRI, mode="append")
    assert (result.triples_before, result.triples_after, result.verified) == (7, 7, True)


def test_unknown_query_endpoint_is_reported_not_fatal(small):
    with fake_store() as store:
        result = push_graph(small, store.base + "/gsp", IRI)
    assert result.verified is None and "no SPARQL query endpoint" in result.summary()


# ---------------------------------------------------------------------------------------------
# The command line


def test_cli_reads_the_password_from_the_environment(small, monkeypatch, capsys):
    monkeypatch.setenv("KG_TEST_PASSWORD", SECRET)
    fake = FakeStore(digest_user="dba", digest_password=SECRET)
    with fake_store(fake) as store:
        _counting(store, 6)
        code = main(
            ["push", str(small), "--endpoint", store.base + "/store", "--graph", IRI]
            + ["--user", "dba", "--password-env", "KG_TEST_PASSWORD"]
        )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "pushed 6 triples" in out and "verified: graph" in out
    assert SECRET not in out + err


def test_cli_errors(small, monkeypatch, capsys):
    monkeypatch.delenv("KG_TEST_PASSWORD", raising=False)
    code = main(
        ["push", str(small), "--endpoint", "http://127.0.0.1:1/store", "--user", "u"]
        + ["--password-env", "KG_TEST_PASSWORD"]
    )
    assert code == PushError.exit_code
    assert "KG_TEST_PASSWORD is not set" in capsys.readouterr().err
    code = main(["push", str(small), "--endpoint", f"http://127.0.0.1:{free_port()}/store"])
    assert code == PushError.exit_code
    assert "connection refused" in capsys.readouterr().err


def test_cli_exits_1_on_a_count_mismatch(small, capsys):
    with fake_store() as store:
        _counting(store, 1)
        code = main(["push", str(small), "--endpoint", store.base + "/store", "--graph", IRI])
    assert code == 1
    assert "MISMATCH" in capsys.readouterr().out


# ---------------------------------------------------------------------------------------------
# oxigraph


def _get(url: str, accept: str) -> bytes:
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


def test_oxigraph_replace_append_replace(oxigraph_store, seed_graph, extra):  # noqa: F811
    store = oxigraph_store
    seed = _file_triples(seed_graph)

    result = push_graph(seed_graph, store.gsp, IRI)
    assert result.verified and result.triples_after == len(seed) == result.distinct
    assert result.query_endpoint == store.query
    back = _get(store.gsp + "?" + urllib.parse.urlencode({"graph": IRI}), "application/n-triples")
    assert _triples_of(back) == seed

    result = push_graph(seed_graph, store.gsp, IRI, mode="append", chunk_size=100)
    assert result.requests == -(-len(seed) // 100)
    assert (result.triples_before, result.triples_after, result.verified) == (len(seed), len(seed), True)

    result = push_graph(extra, store.gsp, IRI, mode="append")
    assert result.triples_after == len(seed) + 3 and result.verified

    result = push_graph(extra, store.gsp, IRI, mode="replace")
    assert result.triples_after == 3 and result.verified

    result = push_graph(seed_graph, store.gsp, IRI, chunk_size=250, fmt="ttl")
    assert result.requests == -(-len(seed) // 250)
    assert result.triples_after == len(seed) and result.verified
    assert count_triples(store.query, IRI) == len(seed)


def test_oxigraph_default_graph_and_cli(oxigraph_store, small, capsys):  # noqa: F811
    store = oxigraph_store
    result = push_graph(small, store.gsp)
    assert result.triples_after == 6 and result.verified
    code = main(["push", str(small), "--endpoint", store.gsp, "--graph", IRI + "/cli", "--append"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"verified: graph <{IRI}/cli> now holds 6 triples" in out


def test_oxigraph_wrong_path(oxigraph_store, small):  # noqa: F811
    with pytest.raises(PushError, match="404 Not Found: no Graph Store endpoint"):
        push_graph(small, oxigraph_store.base + "/nope", IRI)
    result = push_graph(small, oxigraph_store.gsp, IRI, query_endpoint=oxigraph_store.base + "/nope")
    assert result.verified is None and result.requests == 1
    assert "no SPARQL query endpoint at this URL" in result.verify_error
    assert "not verified:" in result.summary()


# ---------------------------------------------------------------------------------------------
# Virtuoso


def test_virtuoso_digest_replace_append_replace(virtuoso_store, seed_graph, extra):  # noqa: F811
    store = virtuoso_store
    auth = Auth(store.user, store.password)
    seed = _file_triples(seed_graph)

    result = push_graph(seed_graph, store.gsp, IRI, auth=auth)
    assert result.query_endpoint == store.query
    assert result.verified and result.triples_after == len(seed)
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{IRI}> {{ ?s ?p ?o }} }}"
    back = _get(store.query + "?" + urllib.parse.urlencode({"query": query}), "application/n-triples")
    assert _triples_of(back) == seed

    result = push_graph(seed_graph, store.gsp, IRI, mode="append", auth=auth, chunk_size=200)
    assert result.requests == -(-len(seed) // 200)
    assert (result.triples_before, result.triples_after, result.verified) == (len(seed), len(seed), True)

    result = push_graph(extra, store.gsp, IRI, mode="append", auth=auth)
    assert result.triples_after == len(seed) + 3 and result.verified

    result = push_graph(extra, store.gsp, IRI, auth=auth, chunk_size=2)
    assert result.triples_after == 3 and result.verified


def test_virtuoso_errors(virtuoso_store, small):  # noqa: F811
    store = virtuoso_store
    with pytest.raises(PushError, match="refused the credentials") as exc:
        push_graph(small, store.gsp, IRI, auth=Auth(store.user, SECRET))
    assert SECRET not in str(exc.value)
    with pytest.raises(PushError, match="wants credentials"):
        push_graph(small, store.gsp, IRI)
    with pytest.raises(PushError, match="not configured to have default graph") as exc:
        push_graph(small, store.gsp, auth=Auth(store.user, store.password))
    assert "--graph IRI" in str(exc.value)
    with pytest.raises(PushError, match="403 Forbidden: the user may not write"):
        push_graph(small, store.base + "/sparql-graph-crud", IRI)


def test_virtuoso_open_endpoint_after_grant(virtuoso_store, small):  # noqa: F811
    """The 403 hint is right: after the GRANT, the unauthenticated Graph Store endpoint writes."""
    isql = shutil.which("isql-vt") or shutil.which("isql")
    if isql is None:
        pytest.skip("isql-vt not installed")
    store = virtuoso_store
    grant = 'GRANT SPARQL_UPDATE TO "SPARQL";'
    cmd = [isql, f"127.0.0.1:{store.sql_port}", store.user, store.password, f"exec={grant}"]
    subprocess.run(cmd, check=True, capture_output=True, timeout=30)
    result = push_graph(small, store.base + "/sparql-graph-crud", IRI + "/open")
    assert result.triples_after == 6 and result.verified


def test_default_chunk_size_is_sane():
    assert 1_000 <= DEFAULT_CHUNK_SIZE <= 1_000_000
    assert PushResult("g", "http://h/store", None, "replace", 0, 0, 1, 0, 0.0).target == "the default graph"
