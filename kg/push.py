"""Load a built graph into a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

The Graph Store Protocol (https://www.w3.org/TR/sparql11-http-rdf-update/) is the one
write interface that oxigraph, Virtuoso, Apache Jena Fuseki, GraphDB, Stardog, Blazegraph
and RDF4J all speak: ``PUT endpoint?graph=IRI`` replaces a graph with the request body,
``POST`` adds the body to it, ``?default`` names the default graph instead of a named one.

:func:`push_graph` reads the graph (a Turtle, N-Triples, TriG, N-Quads, RDF/XML or
JSON-LD file, an rdflib graph or a pyoxigraph store) with pyoxigraph, checks that it
parses before it touches the store, sends it as N-Triples (or Turtle) in chunks of
``chunk_size`` triples (replace: ``PUT`` the first chunk, ``POST`` the rest), and then
counts the triples in the target graph through the store's SPARQL query endpoint.

Only the standard library speaks HTTP here (``urllib.request``). Credentials are HTTP
Basic, HTTP Digest (Virtuoso's ``/sparql-graph-crud-auth`` asks for Digest; the digest is
computed by ``urllib.request.HTTPDigestAuthHandler``) or a Bearer token; they never reach
a log line or an error message.
"""

from __future__ import annotations

import base64
import html
import http.client
import json
import logging
import math
import os
import re
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import __version__
from kg.errors import PushError

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "Auth",
    "PushError",
    "PushResult",
    "count_triples",
    "derive_query_endpoint",
    "push_graph",
]

#: Triples per request. 50,000 N-Triples lines of a kg graph are about 10 MB.
DEFAULT_CHUNK_SIZE = 50_000
#: Body formats: N-Triples (every store reads it; also valid Turtle) or Turtle (smaller).
MEDIA_TYPES = {"nt": "application/n-triples", "ttl": "text/turtle"}
_OX_FORMATS = {"nt": ox.RdfFormat.N_TRIPLES, "ttl": ox.RdfFormat.TURTLE}
#: The Graph Store paths of common stores, for error messages.
USUAL_PATHS = (
    "oxigraph http://HOST:7878/store, Fuseki http://HOST:3030/DATASET/data, "
    "GraphDB http://HOST:7200/repositories/REPO/rdf-graphs/service, "
    "Virtuoso http://HOST:8890/sparql-graph-crud-auth"
)
USUAL_QUERY_PATHS = (
    "oxigraph http://HOST:7878/query, Fuseki http://HOST:3030/DATASET/query, "
    "GraphDB http://HOST:7200/repositories/REPO, Virtuoso http://HOST:8890/sparql"
)
_AUTH_SCHEMES = ("auto", "basic", "digest", "bearer")
_BAD_IRI_CHARS = re.compile(r'[\s<>"{}|^`\\]')
_MAX_SERVER_MESSAGE = 400


@dataclass(frozen=True)
class Auth:
    """Credentials for a store; ``repr`` never shows the password or the token.

    Parameters
    ----------
    user, password:
        For HTTP Basic or Digest authentication.
    token:
        For ``Authorization: Bearer TOKEN`` (GraphDB, Stardog and hosted stores issue these).
    scheme:
        ``"auto"`` (default: ask the store which scheme it wants, prefer Digest, fall back to
        Basic), ``"basic"``, ``"digest"`` or ``"bearer"``.

    Example
    -------
    >>> Auth(user="dba", password="dba")
    Auth(user='dba', scheme='auto')
    >>> Auth(token="abc").scheme
    'bearer'
    """

    user: str | None = None
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    scheme: str = "auto"

    def __post_init__(self) -> None:
        if self.token is not None and self.scheme == "auto":
            object.__setattr__(self, "scheme", "bearer")
        if self.scheme not in _AUTH_SCHEMES:
            raise ValueError(f"auth scheme must be one of {', '.join(_AUTH_SCHEMES)}, not {self.scheme!r}")
        if self.scheme == "bearer":
            if not self.token:
                raise ValueError("bearer authentication needs a token")
            if self.user is not None:
                raise ValueError("give either a user and password or a token, not both")
        elif self.user is None or self.password is None:
            raise ValueError(f"{self.scheme} authentication needs a user and a password")


@dataclass
class PushResult:
    """What :func:`push_graph` did, and what the store holds afterwards."""

    source: str
    endpoint: str
    graph_iri: str | None
    mode: str
    triples: int
    distinct: int
    requests: int
    bytes_sent: int
    seconds: float
    query_endpoint: str | None = None
    triples_before: int | None = None
    triples_after: int | None = None
    verified: bool | None = None
    verify_error: str | None = None

    @property
    def target(self) -> str:
        """The graph written to, as a user reads it: ``graph <IRI>`` or ``the default graph``."""
        return f"graph <{self.graph_iri}>" if self.graph_iri else "the default graph"

    def summary(self) -> str:
        """Two or three lines for the command line.

        Example
        -------
        >>> r = PushResult("g.ttl", "http://h/store", "urn:g", "replace", 2, 2, 1, 90, 0.01)
        >>> print(r.summary())
        pushed 2 triples from g.ttl to http://h/store, graph <urn:g> (replace): 1 request, 90 bytes, 0.01 s
        """
        requests = f"{self.requests} request" + ("" if self.requests == 1 else "s")
        lines = [
            f"pushed {self.triples} triples from {self.source} to {self.endpoint}, {self.target} "
            f"({self.mode}): {requests}, {_size(self.bytes_sent)}, {self.seconds:.2f} s"
        ]
        if self.triples != self.distinct:
            lines.append(f"  ({self.distinct} distinct: the input repeats some triples)")
        if self.triples_after is not None:
            expected = self._expected()
            before = f"; it held {self.triples_before} before" if self.triples_before is not None else ""
            verdict = "verified" if self.verified else "MISMATCH"
            lines.append(
                f"{verdict}: {self.target} now holds {self.triples_after} triples "
                f"(expected {expected}{before}) [counted via {self.query_endpoint}]"
            )
        elif self.verify_error:
            lines.append(f"not verified: {self.verify_error}")
        return "\n".join(lines)

    def _expected(self) -> str:
        if self.mode == "replace" or self.triples_before is None:
            return str(self.distinct) if self.mode == "replace" else f"at least {self.distinct}"
        low = max(self.triples_before, self.distinct)
        high = self.triples_before + self.distinct
        return str(low) if low == high else f"{low} to {high}"


def push_graph(
    path_or_graph: str | os.PathLike[str] | Any,
    endpoint: str,
    graph_iri: str | None = None,
    mode: str = "replace",
    auth: Auth | None = None,
    timeout: float = 60,
    *,
    query_endpoint: str | None = None,
    verify: bool = True,
    chunk_size: int | None = DEFAULT_CHUNK_SIZE,
    fmt: str = "nt",
) -> PushResult:
    """Load a graph into a store's SPARQL 1.1 Graph Store endpoint, then count what arrived.

    Parameters
    ----------
    path_or_graph:
        A graph file (``.ttl``, ``.nt``, ``.trig``, ``.nq``, ``.rdf``, ``.jsonld``; the named
        graphs of a dataset are merged into one), an ``rdflib.Graph``/``Dataset`` or a
        ``pyoxigraph.Store``.
    endpoint:
        The Graph Store URL, e.g. ``http://127.0.0.1:7878/store`` (oxigraph) or
        ``http://127.0.0.1:8890/sparql-graph-crud-auth`` (Virtuoso).
    graph_iri:
        The named graph to write; ``None`` writes the store's default graph (``?default``,
        which Virtuoso does not support).
    mode:
        ``"replace"`` (the graph holds exactly these triples afterwards) or ``"append"``.
    auth:
        Credentials, or ``None`` for an open endpoint.
    timeout:
        Seconds to wait for each answer.
    query_endpoint:
        SPARQL query URL used to count the triples afterwards; ``None`` derives it from
        ``endpoint`` for oxigraph, Virtuoso, Fuseki and GraphDB (see
        :func:`derive_query_endpoint`).
    verify:
        Count the triples in the target graph after the push.
    chunk_size:
        Triples per request (``None``: all in one). A graph with blank nodes always goes
        in one request, since a blank node label only means the same node within one document.
    fmt:
        ``"nt"`` (N-Triples, default) or ``"ttl"`` (Turtle).

    Returns
    -------
    PushResult
        Counts, requests, bytes, and the verification outcome (``verified`` is ``None`` when
        nothing was counted; ``verify_error`` says why).

    Raises
    ------
    PushError
        When the input cannot be read, the store cannot be reached, or it refuses the request.
        A replace that fails after its first request leaves the graph partly loaded; the
        message says so.

    Example
    -------
    >>> result = push_graph(  # doctest: +SKIP
    ...     "exports/graph.ttl", "http://127.0.0.1:7878/store", "https://example.org/news"
    ... )
    >>> result.verified  # doctest: +SKIP
    True
    """
    if mode not in ("replace", "append"):
        raise ValueError(f"mode must be 'replace' or 'append', not {mode!r}")
    if fmt not in MEDIA_TYPES:
        raise ValueError(f"fmt must be one of {', '.join(MEDIA_TYPES)}, not {fmt!r}")
    if chunk_size is not None and chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    endpoint = _check_url(endpoint, "endpoint")
    if graph_iri is not None:
        _check_graph_iri(graph_iri)
    if query_endpoint is not None:
        query_endpoint = _check_url(query_endpoint, "query endpoint")
    elif verify:
        query_endpoint = derive_query_endpoint(endpoint)

    source = _Source.of(path_or_graph)
    scan = source.scan()  # a file that does not parse fails here, before the store is touched
    size = None if scan.blank_nodes else chunk_size
    if scan.blank_nodes and chunk_size is not None and scan.triples > chunk_size:
        log.warning("the graph has blank nodes: sending all %d triples in one request", scan.triples)
    planned = 1 if size is None else max(1, math.ceil(scan.triples / size))
    target = _target_url(endpoint, graph_iri)
    client = _Client(auth, timeout)
    result = PushResult(
        source=source.label,
        endpoint=endpoint,
        graph_iri=graph_iri,
        mode=mode,
        triples=scan.triples,
        distinct=scan.distinct,
        requests=0,
        bytes_sent=0,
        seconds=0.0,
        query_endpoint=query_endpoint if verify else None,
    )
    if verify and query_endpoint is None:
        result.verify_error = "no SPARQL query endpoint known for this store; give one to count the triples"
    if verify and query_endpoint and mode == "append":
        try:
            result.triples_before = _count(client, query_endpoint, graph_iri)
        except PushError as err:
            result.verify_error = str(err)

    log.info(
        "pushing %d triples from %s to %s, %s (%s), %d request(s)",
        scan.triples,
        source.label,
        endpoint,
        result.target,
        mode,
        planned,
    )
    start = time.monotonic()
    client.prepare(target)
    for index, chunk in enumerate(_chunks(source.triples(), size)):
        method = "PUT" if mode == "replace" and index == 0 else "POST"
        body = ox.serialize(chunk, format=_OX_FORMATS[fmt], prefixes=scan.prefixes if fmt == "ttl" else None)
        try:
            client.send(method, target, body, {"Content-Type": MEDIA_TYPES[fmt]}, what="Graph Store endpoint")
        except PushError as err:
            if index == 0 and graph_iri is None and err.status not in (None, 401, 403):
                raise PushError(
                    f"{err}\n(the store may not have a writable default graph: name one with --graph IRI)",
                    err.status,
                ) from err
            if index == 0:
                raise
            raise PushError(
                f"{err}\n(stopped after {index} of {planned} requests: {result.target} now holds part of "
                f"the graph; run the same push again to complete it)",
                err.status,
            ) from err
        result.requests += 1
        result.bytes_sent += len(body)
        log.debug("%s %s: %d triples, %d bytes", method, target, len(chunk), len(body))
    result.seconds = time.monotonic() - start

    if verify and query_endpoint and not (mode == "append" and result.verify_error):
        try:
            result.triples_after = _count(client, query_endpoint, graph_iri)
        except PushError as err:
            result.verify_error = str(err)
        else:
            result.verified = _consistent(result)
    return result


def count_triples(
    query_endpoint: str, graph_iri: str | None = None, auth: Auth | None = None, timeout: float = 60
) -> int:
    """Count the triples in one graph of a store through its SPARQL query endpoint.

    ``graph_iri=None`` counts the default graph (in Virtuoso, and in stores that serve the
    union of all graphs as the default graph, that is every triple in the store).

    Example
    -------
    >>> count_triples("http://127.0.0.1:7878/query", "https://example.org/news")  # doctest: +SKIP
    675
    """
    query_endpoint = _check_url(query_endpoint, "query endpoint")
    if graph_iri is not None:
        _check_graph_iri(graph_iri)
    return _count(_Client(auth, timeout), query_endpoint, graph_iri)


def derive_query_endpoint(endpoint: str) -> str | None:
    """Guess the SPARQL query URL that belongs to a Graph Store URL, for the stores kg knows.

    oxigraph ``/store`` -> ``/query``; Virtuoso ``/sparql-graph-crud[-auth]`` -> ``/sparql``;
    Fuseki ``/DATASET/data`` -> ``/DATASET/query``; GraphDB and RDF4J
    ``/repositories/REPO/rdf-graphs/service`` -> ``/repositories/REPO``. Anything else: ``None``.

    Example
    -------
    >>> derive_query_endpoint("http://127.0.0.1:7878/store")
    'http://127.0.0.1:7878/query'
    >>> derive_query_endpoint("http://127.0.0.1:8890/sparql-graph-crud-auth")
    'http://127.0.0.1:8890/sparql'
    >>> derive_query_endpoint("http://127.0.0.1:3030/news/data")
    'http://127.0.0.1:3030/news/query'
    """
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    rules = (
        (r"^(.*)/sparql-graph-crud(-auth)?$", r"\1/sparql"),
        (r"^(.*/repositories/[^/]+)/rdf-graphs/service$", r"\1"),
        (r"^(.*)/store$", r"\1/query"),
        (r"^(/[^/]+)/data$", r"\1/query"),
    )
    for pattern, replacement in rules:
        if re.match(pattern, path):
            new_path = re.sub(pattern, replacement, path)
            return urllib.parse.urlunsplit((parts.scheme, parts.netloc, new_path, "", ""))
    return None


# ---------------------------------------------------------------------------------------------
# The graph to send


@dataclass
class _Scan:
    triples: int
    distinct: int
    blank_nodes: bool
    prefixes: dict[str, str]


@dataclass
class _Source:
    """A graph that can be read more than once, from a file (parsed each time) or memory."""

    label: str
    path: Path | None = None
    format: ox.RdfFormat | None = None
    loaded: list[ox.Triple] | None = None
    prefixes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, obj: Any) -> _Source:
        if isinstance(obj, str | os.PathLike):
            path = Path(obj)
            if not path.is_file():
                raise PushError(f"{path}: no such file (build a graph first: kg build seeds -o exports)")
            fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
            if fmt is None:
                raise PushError(
                    f"{path}: unknown RDF file extension {path.suffix!r} "
                    "(use .ttl, .nt, .trig, .nq, .rdf or .jsonld)"
                )
            return cls(label=str(path), path=path, format=fmt)
        if isinstance(obj, ox.Store):
            triples = sorted({quad.triple for quad in obj}, key=str)
            return cls(label="a pyoxigraph store", loaded=triples)
        from rdflib import ConjunctiveGraph, Graph  # rdflib is slow to import; only when needed

        if isinstance(obj, Graph):
            dataset = isinstance(obj, ConjunctiveGraph)  # Dataset is a ConjunctiveGraph
            with warnings.catch_warnings():  # rdflib 7's N-Quads writer calls its own deprecated API
                warnings.simplefilter("ignore", DeprecationWarning)
                data = obj.serialize(format="nquads" if dataset else "nt", encoding="utf-8")
            quads = ox.parse(data, format=ox.RdfFormat.N_QUADS if dataset else ox.RdfFormat.N_TRIPLES)
            triples = sorted({quad.triple for quad in quads}, key=str)
            prefixes = {prefix: str(ns) for prefix, ns in obj.namespaces() if prefix}
            return cls(label="an rdflib graph", loaded=triples, prefixes=prefixes)
        raise TypeError(f"cannot push a {type(obj).__name__}: give a file path, an rdflib Graph or a Store")

    def triples(self) -> Iterator[ox.Triple]:
        if self.loaded is not None:
            yield from self.loaded
            return
        assert self.path is not None and self.format is not None
        try:
            parser = ox.parse(path=self.path, format=self.format)
            for quad in parser:
                yield quad.triple
        except SyntaxError as err:
            raise PushError(f"{self.path}: not readable as {self.format.name}: {err}") from err
        except OSError as err:
            raise PushError(f"{self.path}: cannot read: {err}") from err
        if not self.prefixes:
            self.prefixes = dict(parser.prefixes)

    def scan(self) -> _Scan:
        seen: set[int] = set()
        count = 0
        blank = False
        for triple in self.triples():
            count += 1
            seen.add(hash(triple))
            if not blank:
                blank = isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)
        return _Scan(count, len(seen), blank, dict(sorted(self.prefixes.items())))


def _chunks(triples: Iterable[ox.Triple], size: int | None) -> Iterator[list[ox.Triple]]:
    """Lists of ``size`` triples; always at least one list, so an empty graph is still PUT."""
    chunk: list[ox.Triple] = []
    sent = False
    for triple in triples:
        chunk.append(triple)
        if size is not None and len(chunk) == size:
            yield chunk
            sent = True
            chunk = []
    if chunk or not sent:
        yield chunk


# ---------------------------------------------------------------------------------------------
# HTTP


@dataclass
class _Response:
    status: int
    headers: Message
    body: bytes


class _Client:
    """One store's HTTP conversation: urllib, plus the auth state that outlives a request."""

    def __init__(self, auth: Auth | None, timeout: float) -> None:
        self.auth = auth
        self.timeout = timeout
        self.scheme: str | None = auth.scheme if auth and auth.scheme != "auto" else None
        self._opener = urllib.request.build_opener()
        self._digest: urllib.request.HTTPDigestAuthHandler | None = None
        self._challenge: dict[str, str] | None = None

    def prepare(self, url: str) -> None:
        """Learn the auth scheme from a body-less request, so no large body is sent twice."""
        if self.auth is None or self.auth.scheme in ("basic", "bearer"):
            return
        try:
            self.send("HEAD", url, None, {}, what="Graph Store endpoint", authenticate=False)
        except PushError as err:
            if err.status is None:
                raise
        if self.scheme is None:  # the store did not ask: send what the user gave, as Basic
            self.scheme = "basic"

    def send(
        self,
        method: str,
        url: str,
        body: bytes | None,
        headers: Mapping[str, str],
        *,
        what: str,
        authenticate: bool = True,
    ) -> _Response:
        for attempt in range(2):
            request = urllib.request.Request(url, data=body, method=method)
            request.add_header("User-Agent", f"kg/{__version__}")
            request.add_header("Accept", headers.get("Accept", "*/*"))
            for name, value in headers.items():
                request.add_header(name, value)
            if authenticate:
                self._authorize(request)
            try:
                with self._opener.open(request, timeout=self.timeout) as response:
                    return _Response(response.status, response.headers, response.read())
            except urllib.error.HTTPError as err:
                payload = _read_quietly(err)
                if err.code == 401 and self._learn(err.headers) and (attempt == 0 and authenticate):
                    log.debug("%s %s: 401, answering the store's %s challenge", method, url, self.scheme)
                    continue
                location = err.headers.get("Location") if err.headers else None
                raise _http_error(
                    method, url, err.code, err.reason, payload, self.auth, what, location
                ) from err
            except urllib.error.URLError as err:
                raise _connection_error(url, err.reason, self.timeout) from err
            except TimeoutError as err:
                raise PushError(
                    f"{method} {url}: no answer within {self.timeout:g} s (raise the timeout, "
                    "or lower the chunk size)"
                ) from err
            except (OSError, http.client.HTTPException) as err:
                raise PushError(f"{method} {url}: the connection failed: {err}") from err
        raise AssertionError("unreachable")

    def _learn(self, headers: Message) -> bool:
        """Take the scheme and challenge from a 401; True when a retry could now succeed."""
        if self.auth is None or self.auth.scheme == "bearer":
            return False
        challenges = _challenges(headers)
        if "digest" in challenges and self.auth.scheme in ("auto", "digest"):
            self.scheme = "digest"
            self._challenge = challenges["digest"]
            return True
        if "basic" in challenges and self.auth.scheme == "auto" and self.scheme is None:
            self.scheme = "basic"
            return True
        return False

    def _authorize(self, request: urllib.request.Request) -> None:
        auth = self.auth
        if auth is None or self.scheme is None:
            return
        if self.scheme == "bearer":
            request.add_unredirected_header("Authorization", f"Bearer {auth.token}")
        elif self.scheme == "basic":
            pair = f"{auth.user}:{auth.password}".encode()
            request.add_unredirected_header(
                "Authorization", "Basic " + base64.b64encode(pair).decode("ascii")
            )
        elif self.scheme == "digest" and self._challenge is not None:
            if self._digest is None:
                manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
                parts = urllib.parse.urlsplit(request.full_url)
                manager.add_password(None, f"{parts.scheme}://{parts.netloc}/", auth.user, auth.password)
                self._digest = urllib.request.HTTPDigestAuthHandler(manager)
            try:
                value = self._digest.get_authorization(request, self._challenge)
            except urllib.error.URLError as err:  # e.g. qop=auth-int, which urllib lacks
                raise PushError(f"the store's Digest challenge cannot be answered: {err.reason}") from err
            if value is None:
                algorithm = self._challenge.get("algorithm", "MD5")
                raise PushError(f"the store's Digest challenge (algorithm {algorithm}) cannot be answered")
            request.add_unredirected_header("Authorization", "Digest " + value)


def _challenges(headers: Message) -> dict[str, dict[str, str]]:
    """``WWW-Authenticate`` headers as ``{"digest": {"realm": ..., "nonce": ...}, "basic": {...}}``."""
    found: dict[str, dict[str, str]] = {}
    for value in headers.get_all("WWW-Authenticate") or []:
        scheme, _, rest = value.strip().partition(" ")
        params = urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest)) if rest else {}
        found.setdefault(scheme.lower(), params)
    return found


def _count(client: _Client, query_endpoint: str, graph_iri: str | None) -> int:
    pattern = f"GRAPH <{graph_iri}> {{ ?s ?p ?o }}" if graph_iri else "?s ?p ?o"
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"
    url = query_endpoint + ("&" if "?" in query_endpoint else "?") + urllib.parse.urlencode({"query": query})
    headers = {"Accept": "application/sparql-results+json"}
    try:
        response = client.send("GET", url, None, headers, what="SPARQL query endpoint", authenticate=False)
    except PushError as err:
        if err.status != 401 or client.auth is None:
            raise
        response = client.send("GET", url, None, headers, what="SPARQL query endpoint")
    try:
        bindings = json.loads(response.body)["results"]["bindings"]
        return int(bindings[0]["n"]["value"])
    except (ValueError, KeyError, IndexError, TypeError) as err:
        start = response.body[:120].decode("utf-8", "replace")
        raise PushError(
            f"{query_endpoint} did not answer the count query with SPARQL JSON results "
            f"(is it the store's SPARQL query endpoint?): {start!r}"
        ) from err


def _consistent(result: PushResult) -> bool:
    after = result.triples_after
    assert after is not None
    if result.mode == "replace":
        return after == result.distinct
    if result.triples_before is None:
        return after >= result.distinct
    return max(result.triples_before, result.distinct) <= after <= result.triples_before + result.distinct


# ---------------------------------------------------------------------------------------------
# URLs and messages


def _check_url(url: str, what: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.username is not None or parts.password is not None:
        shown = urllib.parse.urlunsplit(
            (parts.scheme, parts.hostname or "", parts.path, parts.query, parts.fragment)
        )
        raise PushError(
            f"the {what} URL carries credentials ({parts.scheme}://USER:...@{shown.split('://', 1)[-1]}); "
            "give them as --user and --password-env instead"
        )
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"the {what} must be an http:// or https:// URL, not {url!r}")
    if parts.fragment:
        raise PushError(f"the {what} URL must not have a #fragment: {url!r}")
    return url


def _check_graph_iri(iri: str) -> None:
    if not urllib.parse.urlsplit(iri).scheme or _BAD_IRI_CHARS.search(iri):
        raise PushError(
            f"graph name {iri!r} is not an absolute IRI (write it like https://example.org/graphs/news)"
        )


def _target_url(endpoint: str, graph_iri: str | None) -> str:
    query = urllib.parse.urlencode({"graph": graph_iri}) if graph_iri else "default"
    return endpoint + ("&" if "?" in endpoint else "?") + query


def _read_quietly(err: urllib.error.HTTPError) -> bytes:
    try:
        return err.read()
    except (OSError, http.client.HTTPException):
        return b""
    finally:
        err.close()


def _server_message(payload: bytes) -> str:
    """The store's explanation, without HTML and repeated status lines, cut to a readable length."""
    text = payload.decode("utf-8", "replace")
    text = re.sub(r"(?is)<(title|h1|head|style|script)\b.*?</\1>", " ", text)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = " ".join(text.split())
    if len(text) > _MAX_SERVER_MESSAGE:
        text = text[:_MAX_SERVER_MESSAGE].rstrip() + " ..."
    return text


def _http_error(
    method: str,
    url: str,
    status: int,
    reason: str,
    payload: bytes,
    auth: Auth | None,
    what: str,
    location: str | None = None,
) -> PushError:
    said = _server_message(payload)
    head = f"{method} {url}: {status} {reason}".rstrip()
    usual = USUAL_QUERY_PATHS if "query" in what else USUAL_PATHS
    if status == 401:
        hint = (
            "the store refused the credentials; check the user name and password (or token)"
            if auth
            else "the store wants credentials; give --user and --password-env VAR (or --token-env VAR)"
        )
    elif status == 403:
        hint = (
            "the user may not write to this store; use a user with write rights (Virtuoso: dba, "
            'or GRANT SPARQL_UPDATE TO "SPARQL" for the open /sparql-graph-crud)'
        )
    elif status == 404:
        hint = f"no {what} at this URL; check the path (usual URLs: {usual})"
    elif status in (405, 501):
        hint = f"this URL does not accept {method}; is it the {what}? (usual URLs: {usual})"
    elif status == 413:
        hint = "the request is too large for the store; lower the chunk size"
    elif status == 415:
        hint = "the store does not accept this media type; try the other body format (nt or ttl)"
    elif 300 <= status < 400:
        hint = f"the store redirects to {location or 'another URL'}; give that URL instead"
    elif status < 500:
        hint = "the store rejected the request"
    else:
        hint = "the store failed to handle the request"
    message = f"{head}: {hint}"
    if said:
        message += f"\nthe store said: {said}"
    return PushError(message, status)


def _connection_error(url: str, reason: object, timeout: float) -> PushError:
    parts = urllib.parse.urlsplit(url)
    where = f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}"
    if isinstance(reason, ConnectionRefusedError):
        return PushError(f"cannot connect to {where}: connection refused (is the store running there?)")
    if isinstance(reason, socket.gaierror):
        return PushError(f"cannot find host {parts.hostname!r}: {reason.strerror or reason}")
    if isinstance(reason, TimeoutError):
        return PushError(
            f"no answer from {where} within {timeout:g} s (is the host right? raise the timeout)"
        )
    if isinstance(reason, ssl.SSLError):
        return PushError(f"TLS with {where} failed: {reason}")
    return PushError(f"cannot reach {where}: {reason}")


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} bytes"
    if count < 1024 * 1024:
        return f"{count / 1024:.1f} KiB"
    return f"{count / (1024 * 1024):.1f} MiB"
