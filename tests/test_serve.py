"""The read-only SPARQL endpoint, queried the way users do: SPARQLWrapper, curl-like HTTP, the CLI."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib

from kg.cli import main
from kg.serve import ServeError, SparqlServer, check_host, make_server, negotiate

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")

ROOT = Path(__file__).resolve().parent.parent
TTL = ROOT / "exports" / "graph.ttl"
CUBA = "https://w3id.org/kgnews/id/country/Q241"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 700^3 rows: most of a minute

pytestmark = pytest.mark.skipif(not TTL.exists(), reason="no seed exports")


@contextlib.contextmanager
def running(**settings) -> Iterator[SparqlServer]:
    """An endpoint on a free loopback port, served from a thread, always stopped afterwards."""
    server = make_server([TTL], port=0, **settings)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.close()
        thread.join(10)
        assert not thread.is_alive()


@pytest.fixture(scope="module")
def endpoint() -> Iterator[SparqlServer]:
    with running(workers=2, timeout=20) as server:
        yield server


def http(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, headers, body) of one request; errors are answers too."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return reply.status, reply.headers, reply.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read().decode("utf-8")


def get(server: SparqlServer, query: str, accept: str | None = None, **params):
    url = server.url + "?" + urllib.parse.urlencode({"query": query, **params})
    return http(url, headers={"Accept": accept} if accept else {})


def wrapper(server: SparqlServer, query: str, fmt: str):
    sparql = SPARQLWrapper.SPARQLWrapper(server.url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


COUNTRIES = "SELECT ?name ?c WHERE { ?c a kg:Country ; rdfs:label ?name } ORDER BY ?name"
NAMES = ["China", "Cuba", "Taiwan", "United States"]


# --- SPARQLWrapper, every format -----------------------------------------------------------------


def test_select_json(endpoint):
    result = wrapper(endpoint, COUNTRIES, SPARQLWrapper.JSON).queryAndConvert()
    assert result["head"]["vars"] == ["name", "c"]
    assert [b["name"]["value"] for b in result["results"]["bindings"]] == NAMES
    assert result["results"]["bindings"][1]["c"] == {"type": "uri", "value": CUBA}


def test_select_xml(endpoint):
    document = wrapper(endpoint, COUNTRIES, SPARQLWrapper.XML).queryAndConvert()
    literals = [node.firstChild.data for node in document.getElementsByTagName("literal")]
    assert literals == NAMES


def test_select_csv_and_tsv(endpoint):
    text = wrapper(endpoint, COUNTRIES, SPARQLWrapper.CSV).queryAndConvert().decode("utf-8")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == ["name", "c"] and [row[0] for row in table[1:]] == NAMES
    text = wrapper(endpoint, COUNTRIES, SPARQLWrapper.TSV).queryAndConvert().decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == "?name\t?c" and lines[2] == f'"Cuba"\t<{CUBA}>'


def test_construct_turtle(endpoint):
    query = "CONSTRUCT { ?p kg:citizenOf ?c } WHERE { ?p kg:citizenOf ?c }"
    data = wrapper(endpoint, query, SPARQLWrapper.TURTLE).queryAndConvert()
    graph = rdflib.Graph().parse(data=data, format="turtle")
    assert len(graph) == 3
    assert set(graph.predicates()) == {rdflib.URIRef("https://w3id.org/kgnews/ontology#citizenOf")}


def test_post_form_and_post_direct(endpoint):
    for method in (SPARQLWrapper.POST, SPARQLWrapper.POSTDIRECTLY):
        sparql = wrapper(endpoint, COUNTRIES, SPARQLWrapper.JSON)
        sparql.setMethod(SPARQLWrapper.POST)
        sparql.setRequestMethod(SPARQLWrapper.URLENCODED if method == SPARQLWrapper.POST else method)
        result = sparql.queryAndConvert()
        assert [b["name"]["value"] for b in result["results"]["bindings"]] == NAMES
    # and by hand, with the exact content types of the protocol
    status, headers, body = http(
        endpoint.url,
        data=urllib.parse.urlencode({"query": "ASK { ?s a kg:Person }"}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}
    status, headers, body = http(
        endpoint.url,
        data=b"ASK { ?s a kg:Nothing }",
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert status == 200 and body == "false" and headers["Content-Type"].startswith("text/csv")


# --- content negotiation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "kind", "fmt", "expected"),
    [
        (None, "select", None, "json"),
        ("*/*", "select", None, "json"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", "select", None, "json"),
        ("text/csv;q=0.5, application/sparql-results+xml", "select", None, "xml"),
        ("application/json", "ask", None, "json"),
        ("text/tab-separated-values", "select", None, "tsv"),
        ("application/sparql-results+json", "select", "csv", "csv"),
        (None, "graph", None, "turtle"),
        ("application/turtle,text/turtle", "graph", None, "turtle"),
        ("application/n-triples", "graph", None, "ntriples"),
        ("application/rdf+xml", "graph", None, "rdfxml"),
        ("*/*", "graph", "xml", "rdfxml"),
        ("image/png", "select", None, None),
        ("text/csv", "graph", None, None),
    ],
)
def test_negotiate(accept, kind, fmt, expected):
    choice = negotiate(accept, kind, fmt)
    assert (choice[1] if choice else None) == expected


def test_accept_header_picks_the_format(endpoint):
    status, headers, body = get(endpoint, "CONSTRUCT WHERE { ?c a kg:Country }", "application/n-triples")
    assert status == 200 and headers["Content-Type"] == "application/n-triples"
    assert len(body.splitlines()) == 4
    status, headers, body = get(endpoint, f"DESCRIBE <{CUBA}>")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle") and '"Cuba"' in body
    status, headers, body = get(endpoint, COUNTRIES, "application/sparql-results+json", format="csv")
    assert headers["Content-Type"].startswith("text/csv") and body.splitlines()[1].startswith("China,")
    status, _, body = get(endpoint, COUNTRIES, "image/png")
    assert status == 406 and "application/sparql-results+json" in body
    assert "X-Result-Truncated" not in headers


# --- what the endpoint refuses -------------------------------------------------------------------


def test_updates_are_refused(endpoint):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    status, headers, body = http(
        endpoint.url,
        data=urllib.parse.urlencode({"update": update}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 405 and "read-only" in body and headers["Allow"] == "GET, POST"
    status, _, body = http(
        endpoint.url, data=update.encode(), headers={"Content-Type": "application/sparql-update"}
    )
    assert status == 405 and "read-only" in body
    status, _, body = get(endpoint, update)
    assert status == 400 and "read-only" in body
    sparql = SPARQLWrapper.SPARQLWrapper(endpoint.url)
    sparql.setQuery("DELETE WHERE { ?s ?p ?o }")
    sparql.setMethod(SPARQLWrapper.POST)
    with pytest.raises(urllib.error.HTTPError):
        sparql.query()
    # nothing changed
    assert len(wrapper(endpoint, COUNTRIES, SPARQLWrapper.JSON).queryAndConvert()["results"]["bindings"]) == 4
    status, _, body = http(endpoint.url, data=b"x", method="PUT")
    assert status == 405


def test_bad_requests_say_what_is_wrong(endpoint):
    status, _, body = get(endpoint, "SELECT ?x WHERE { ?x ?y }")
    assert status == 400 and body.startswith("the query is not valid SPARQL")
    status, _, body = get(endpoint, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    assert status == 400 and "SERVICE" in body
    status, _, body = get(endpoint, COUNTRIES, **{"default-graph-uri": "urn:g"})
    assert status == 400 and "default-graph-uri" in body
    status, _, body = http(endpoint.url, data=b"query=x", headers={"Content-Type": "text/plain"})
    assert status == 415
    status, _, body = http(endpoint.url.replace("/sparql", "/nope"))
    assert status == 404
    status, _, body = http(endpoint.url + "?query=ASK{}&query=ASK{}")
    assert status == 400 and "exactly one" in body


def test_html_form(endpoint):
    status, headers, body = http(endpoint.url.replace("/sparql", "/"))
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert '<form action="/sparql"' in body and "country-interactions" in body
    assert endpoint.triples > 600 and f"({endpoint.triples} triples)" in body


# --- limit, timeout, stopping --------------------------------------------------------------------


def test_limit_truncates_and_says_so():
    with running(limit=5, workers=1) as server:
        status, headers, body = get(server, "SELECT * WHERE { ?s ?p ?o }")
        assert status == 200 and headers["X-Result-Truncated"] == "true"
        assert len(json.loads(body)["results"]["bindings"]) == 5
        status, headers, body = get(server, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
        assert headers["X-Result-Truncated"] == "true" and len(body.splitlines()) == 5
        status, headers, body = get(server, "SELECT ?c WHERE { ?c a kg:Country }")
        assert "X-Result-Truncated" not in headers and len(json.loads(body)["results"]["bindings"]) == 4


def test_timeout_stops_a_slow_query_and_the_server_goes_on():
    with running(timeout=0.2, workers=1) as server:
        started = time.monotonic()
        status, _, body = get(server, SLOW)
        assert status == 503 and "did not finish within 0.2 s" in body
        assert time.monotonic() - started < 10
        # the overrunning worker was killed and is replaced; a fast query soon works again
        deadline = time.monotonic() + 60
        while True:
            status, _, body = get(server, "ASK { ?s ?p ?o }")
            if status == 200 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert status == 200 and json.loads(body)["boolean"] is True
        assert all(w.process.poll() is None for w in server.pool._all)


def test_server_stops():
    with running(workers=1) as server:
        url = server.url
        processes = [w.process for w in server.pool._all]
        assert get(server, "ASK { ?s ?p ?o }")[0] == 200
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=5)
    assert processes and all(p.poll() is not None for p in processes)


def test_only_loopback_unless_allowed(capsys):
    check_host("127.0.0.1")
    check_host("localhost")
    with pytest.raises(ServeError, match="--allow-remote"):
        check_host("0.0.0.0")
    with pytest.raises(ServeError, match="--allow-remote"):
        make_server([TTL], host="0.0.0.0", port=0)
    check_host("0.0.0.0", allow_remote=True)  # checked only: the tests never listen beyond loopback
    assert main(["serve", str(TTL), "--host", "0.0.0.0", "--port", "0"]) == 2
    assert "--allow-remote" in capsys.readouterr().err
    assert main(["serve", str(ROOT / "nope.ttl"), "--port", "0"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_cli_serves_until_ctrl_c():
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", str(TTL), "--port", "0", "--workers", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.append(proc.stdout.readline()), daemon=True)
        reader.start()
        reader.join(60)
        assert lines and "SPARQL endpoint at http://127.0.0.1:" in lines[0], lines
        url = lines[0].split(" at ")[1].split()[0]
        status, _, body = http(url + "?" + urllib.parse.urlencode({"query": "ASK { ?s a kg:Person }"}))
        assert status == 200 and json.loads(body)["boolean"] is True
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 0 and "kg serve: stopped" in err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
