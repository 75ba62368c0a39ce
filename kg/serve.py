"""A read-only SPARQL 1.1 Protocol endpoint over a built graph (stdlib HTTP server, pyoxigraph).

Queries run in worker processes that each hold the graph in a pyoxigraph store. A query that
overruns ``timeout`` is answered with 503 and its worker is killed and replaced, so a runaway
query never keeps running in the background (pyoxigraph queries cannot be cancelled inside a
process). Results beyond ``limit`` rows (or triples) are cut and the reply says so in
``X-Result-Truncated: true``. Updates are refused.

Endpoints: ``GET /`` (an HTML form), ``GET /sparql?query=...``, ``POST /sparql`` with
``application/x-www-form-urlencoded`` (``query=...``) or ``application/sparql-query``.

Example
-------
>>> server = make_server(["exports/graph.ttl"], port=0)  # doctest: +SKIP
>>> threading.Thread(target=server.serve_forever, daemon=True).start()  # doctest: +SKIP
>>> server.url  # doctest: +SKIP
'http://127.0.0.1:40411/sparql'
>>> server.close()  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import html
import ipaddress
import json
import logging
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError
from kg.query import (
    QueryError,
    canned_queries,
    check_query,
    check_sources,
    is_update,
    load_store,
    render,
    run_query,
)

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 10.0
DEFAULT_LIMIT = 10000
DEFAULT_WORKERS = 2
#: Largest request body accepted (a query, not data: kg serve takes no uploads).
MAX_BODY = 1_000_000

_TEXT = "text/plain; charset=utf-8"

#: Media types the endpoint writes, by result kind: name -> (media type, kg.query.render format).
RESULT_TYPES: dict[str, tuple[str, str]] = {
    "application/sparql-results+json": ("application/sparql-results+json", "json"),
    "application/json": ("application/sparql-results+json", "json"),
    "application/sparql-results+xml": ("application/sparql-results+xml", "xml"),
    "application/xml": ("application/sparql-results+xml", "xml"),
    "text/xml": ("application/sparql-results+xml", "xml"),
    "text/csv": ("text/csv; charset=utf-8", "csv"),
    "text/tab-separated-values": ("text/tab-separated-values; charset=utf-8", "tsv"),
}
GRAPH_TYPES: dict[str, tuple[str, str]] = {
    "text/turtle": ("text/turtle; charset=utf-8", "turtle"),
    "application/turtle": ("text/turtle; charset=utf-8", "turtle"),
    "application/x-turtle": ("text/turtle; charset=utf-8", "turtle"),
    "application/n-triples": ("application/n-triples", "ntriples"),
    "application/rdf+xml": ("application/rdf+xml", "rdfxml"),
}
#: Short names accepted in a ``format=`` (or ``output=``) request parameter.
_SHORT_RESULT = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
_SHORT_GRAPH = {
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "ntriples": "application/n-triples",
    "nt": "application/n-triples",
    "xml": "application/rdf+xml",
    "rdfxml": "application/rdf+xml",
}


class ServeError(KgError):
    """The endpoint cannot start: a host that is not loopback, a port in use, a graph that fails."""

    exit_code = 2


@dataclass(frozen=True)
class Reply:
    """One HTTP answer: status, content type, body and extra headers."""

    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def text(cls, status: int, message: str) -> Reply:
        """A plain-text reply (errors), ending with a newline."""
        return cls(status, _TEXT, (message.rstrip("\n") + "\n").encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Content negotiation and answering one query (pure: no sockets, no processes)
# ---------------------------------------------------------------------------------------------


def _accept_entries(accept: str) -> list[tuple[str, float]]:
    entries = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        entries.append((media, q, i))
    entries.sort(key=lambda e: (-e[1], e[2]))
    return [(m, q) for m, q, _ in entries if q > 0]


def negotiate(accept: str | None, kind: str, fmt: str | None = None) -> tuple[str, str] | None:
    """Pick the reply's media type and render format for a result ``kind`` (select, ask, graph).

    A ``format`` request parameter (``json``, ``xml``, ``csv``, ``tsv``, ``turtle``, ``ntriples``
    or a media type) wins over ``Accept``. Without either, SELECT/ASK get SPARQL JSON and
    CONSTRUCT/DESCRIBE get Turtle. Returns None when nothing acceptable can be written (406).

    Example
    -------
    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "select")
    ('application/sparql-results+xml', 'xml')
    >>> negotiate(None, "graph")
    ('text/turtle; charset=utf-8', 'turtle')
    """
    table = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    short = _SHORT_GRAPH if kind == "graph" else _SHORT_RESULT
    if fmt:
        media = short.get(fmt.strip().lower(), fmt.strip().lower())
        if media in table:
            return table[media]
    default = table["text/turtle" if kind == "graph" else "application/sparql-results+json"]
    if not accept or not accept.strip():
        return default
    for media, _ in _accept_entries(accept):
        if media in table:
            return table[media]
        if media == "*/*":
            return default
        if media.endswith("/*"):
            major = media[:-1]
            if default[0].startswith(major):
                return default
            for name, choice in table.items():
                if name.startswith(major):
                    return choice
    return None


def answer(store: Any, sparql: str, accept: str | None, fmt: str | None, limit: int) -> Reply:
    """Run one query on a pyoxigraph store and serialise the reply (in the calling thread).

    Example
    -------
    >>> import pyoxigraph
    >>> answer(pyoxigraph.Store(), "ASK { ?s ?p ?o }", None, None, 10).body
    b'{"head":{},"boolean":false}'
    """
    try:
        form = check_query(sparql)
    except QueryError as err:
        return Reply.text(400, str(err))
    kind = "graph" if form in ("CONSTRUCT", "DESCRIBE") else "select"
    choice = negotiate(accept, kind, fmt)
    if choice is None:
        offered = ", ".join(
            sorted({m for m, _ in (GRAPH_TYPES if kind == "graph" else RESULT_TYPES).values()})
        )
        return Reply.text(406, f"cannot write {form} results as {accept!r}; this endpoint writes {offered}")
    media, render_fmt = choice
    try:
        result = run_query(store, sparql, limit=limit)
    except QueryError as err:
        return Reply.text(400, str(err))
    body = render(result, render_fmt, pretty=False).encode("utf-8")
    headers: tuple[tuple[str, str], ...] = ()
    if result.truncated:
        headers = (
            ("X-Result-Truncated", "true"),
            ("X-Result-Limit", str(limit)),
        )
    return Reply(200, media, body, headers)


# ---------------------------------------------------------------------------------------------
# Worker processes
# ---------------------------------------------------------------------------------------------


def _count_triples(store: Any) -> int:
    rows = list(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
    return int(rows[0]["n"].value)


def _worker_main(argv: Sequence[str]) -> None:
    """Body of a worker process: load the graph, then answer queries until told to stop.

    ``argv`` is: read fd, write fd, limit, graph files. Messages are pickled by
    ``multiprocessing.connection.Connection`` over two pipes.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when workers stop
    inbox = Connection(int(argv[0]), writable=False)
    outbox = Connection(int(argv[1]), readable=False)
    limit = int(argv[2])
    try:
        store = load_store(list(argv[3:]))
        outbox.send(("ready", _count_triples(store)))
    except KgError as err:
        outbox.send(("error", str(err)))
        return
    while True:
        try:
            message = inbox.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        sparql, accept, fmt = message
        try:
            reply = answer(store, sparql, accept, fmt, limit)
        except Exception as err:  # a bug must not take the worker down silently
            log.exception("query failed")
            reply = Reply.text(500, f"internal error: {type(err).__name__}: {err}")
        try:
            outbox.send(reply)
        except OSError:  # the server is gone
            return


class _Worker:
    """One worker process and the two pipes to it.

    A plain ``python -c`` child (not multiprocessing's spawn, which re-imports the parent's
    ``__main__``: the whole CLI, or nothing at all under ``python - < script``).
    """

    def __init__(self, sources: Sequence[Path], limit: int) -> None:
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        code = "import sys; from kg.serve import _worker_main; _worker_main(sys.argv[1:])"
        args = [str(to_child_r), str(from_child_w), str(limit), *(str(s) for s in sources)]
        # the child imports kg from where this process did, installed or not
        package_root = str(Path(__file__).resolve().parent.parent)
        path = os.environ.get("PYTHONPATH")
        env = {**os.environ, "PYTHONPATH": package_root + (os.pathsep + path if path else "")}
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", code, *args],
                pass_fds=(to_child_r, from_child_w),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                env=env,
            )
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        self.outbox = Connection(to_child_w, readable=False)
        self.inbox = Connection(from_child_r, writable=False)

    def send(self, message: object) -> None:
        self.outbox.send(message)

    def poll(self, timeout: float) -> bool:
        return self.inbox.poll(timeout)

    def recv(self) -> Any:
        return self.inbox.recv()

    def wait_ready(self, timeout: float) -> int:
        try:
            if not self.poll(timeout):
                raise ServeError(f"a query worker did not load the graph within {timeout:g} s")
            status, value = self.recv()
        except (EOFError, OSError) as err:
            self.stop()
            raise ServeError(
                "a query worker exited while loading the graph (see the messages above)"
            ) from err
        except ServeError:
            self.stop()
            raise
        if status != "ready":
            self.stop()
            raise ServeError(value)
        return int(value)

    def stop(self, grace: float = 0.0) -> None:
        if grace > 0:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(grace)
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(5)
        self.outbox.close()
        self.inbox.close()


class WorkerPool:
    """Worker processes that each hold the graph; one query per worker at a time.

    Parameters
    ----------
    sources:
        The graph file(s), as for :func:`kg.query.load_store`.
    workers:
        How many queries can run at once.
    limit:
        Rows (or triples) per reply before truncation.
    load_timeout:
        Seconds a worker may take to load the graph.

    Example
    -------
    >>> pool = WorkerPool(["exports/graph.ttl"], workers=1, limit=100)  # doctest: +SKIP
    >>> pool.start()  # doctest: +SKIP
    675
    >>> pool.execute("ASK { ?s ?p ?o }", None, None, timeout=5).status  # doctest: +SKIP
    200
    >>> pool.close()  # doctest: +SKIP
    """

    def __init__(
        self, sources: Sequence[str | os.PathLike], workers: int, limit: int, load_timeout: float = 600.0
    ) -> None:
        if workers < 1:
            raise ServeError("--workers must be at least 1")
        self.sources = [Path(s) for s in sources]
        self.size = workers
        self.limit = limit
        self.load_timeout = load_timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    def start(self) -> int:
        """Start the workers; returns the number of triples in the graph."""
        started = [_Worker(self.sources, self.limit) for _ in range(self.size)]
        with self._lock:
            self._all.update(started)
        try:
            counts = [w.wait_ready(self.load_timeout) for w in started]
        except BaseException:
            self.close()
            raise
        for worker in started:
            self._idle.put(worker)
        return counts[0]

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._all.discard(worker)
            if self._closed:
                return

        def spawn() -> None:
            try:
                fresh = _Worker(self.sources, self.limit)
            except OSError as err:
                log.error("could not start a query worker: %s", err)
                return
            with self._lock:
                if self._closed:
                    fresh.stop()
                    return
                self._all.add(fresh)
            try:
                fresh.wait_ready(self.load_timeout)
            except ServeError as err:
                log.error("could not replace a query worker: %s", err)
                with self._lock:
                    self._all.discard(fresh)
                return
            self._idle.put(fresh)

        threading.Thread(target=spawn, name="kg-sparql-respawn", daemon=True).start()

    def execute(self, sparql: str, accept: str | None, fmt: str | None, timeout: float) -> Reply:
        """Run a query on an idle worker; 503 when none is free or the query overruns ``timeout``."""
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return Reply.text(
                503, f"all {self.size} query workers are busy; try again (kg serve --workers N runs more)"
            )
        try:
            worker.send((sparql, accept, fmt))
            if worker.poll(timeout):
                reply = worker.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError) as err:
            log.error("a query worker died: %s", err)
            self._replace(worker)
            return Reply.text(500, "the query worker died while running this query; it has been replaced")
        log.warning("query stopped after %g s: %s", timeout, " ".join(sparql.split())[:200])
        self._replace(worker)
        return Reply.text(
            503,
            f"the query did not finish within {timeout:g} s (kg serve --timeout) and was stopped; "
            "add a LIMIT or narrow its patterns, or raise --timeout",
        )

    def close(self) -> None:
        """Stop every worker (idempotent)."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            with contextlib.suppress(OSError, ValueError):
                worker.send(None)
        deadline = time.monotonic() + 2.0
        for worker in workers:
            worker.stop(grace=max(0.01, deadline - time.monotonic()))


# ---------------------------------------------------------------------------------------------
# HTTP
# ---------------------------------------------------------------------------------------------

_FORM = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL endpoint</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto}}
textarea{{width:100%;font-family:monospace}}</style></head><body>
<h1>kg SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 over <code>{graph}</code> ({triples} triples). Queries stop after {timeout:g} s;
results are cut at {limit} rows. The prefixes kg:, rdf:, rdfs:, owl:, skos:, prov:, xsd:, wd: and cameo:
need no PREFIX line. Endpoint: <code>/sparql</code> (GET ?query=..., or POST).</p>
<form action="/sparql" method="get">
<p><label>Canned query: <select id="canned"><option value="">(choose one)</option>{options}</select>
</label></p>
<p><textarea name="query" id="query" rows="16">{default}</textarea></p>
<p><label>Format: <select name="format">
<option value="json">JSON</option><option value="xml">XML</option><option value="csv">CSV</option>
<option value="tsv">TSV</option><option value="turtle">Turtle (CONSTRUCT/DESCRIBE)</option>
</select></label> <button type="submit">Run</button></p>
</form>
<script>
const QUERIES = {queries};
document.getElementById("canned").addEventListener("change", function (e) {{
  if (QUERIES[e.target.value]) document.getElementById("query").value = QUERIES[e.target.value];
}});
</script>
</body></html>
"""

_DEFAULT_QUERY = """SELECT ?type (COUNT(?s) AS ?n)
WHERE { ?s a ?type }
GROUP BY ?type
ORDER BY DESC(?n)"""


class SparqlServer(ThreadingHTTPServer):
    """The HTTP side: parses SPARQL Protocol requests and hands queries to a :class:`WorkerPool`."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        pool: WorkerPool,
        timeout: float,
        triples: int,
        address_family: int = socket.AF_INET,
    ) -> None:
        self.address_family = address_family
        self.pool = pool
        self.query_timeout = timeout
        self.triples = triples
        queries = canned_queries()
        self.form_page = _FORM.format(
            graph=html.escape(", ".join(str(s) for s in pool.sources)),
            triples=triples,
            timeout=timeout,
            limit=pool.limit,
            options="".join(
                f'<option value="{html.escape(n)}">{html.escape(n)}: {html.escape(q.title)}</option>'
                for n, q in queries.items()
            ),
            default=html.escape(_DEFAULT_QUERY),
            queries=json.dumps({n: q.text for n, q in queries.items()}).replace("</", "<\\/"),
        ).encode("utf-8")
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Log a failed request instead of printing a traceback (clients hang up all the time)."""
        err = sys.exc_info()[1]
        if isinstance(err, (ConnectionError, TimeoutError)):
            log.debug("%s: %s", client_address, err)
        else:
            log.exception("error while answering %s", client_address)

    @property
    def url(self) -> str:
        """The endpoint's URL, e.g. ``http://127.0.0.1:7878/sparql``."""
        host, port = self.server_address[:2]
        if ":" in str(host):
            host = f"[{host}]"
        return f"http://{host}:{port}/sparql"

    def close(self) -> None:
        """Stop serving (when serve_forever runs in another thread), close the socket and workers."""
        if getattr(self, "_serving", False):
            self.shutdown()
        self.server_close()
        self.pool.close()

    def serve_forever(self, poll_interval: float = 0.2) -> None:
        self._serving = True
        try:
            super().serve_forever(poll_interval)
        finally:
            self._serving = False


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "kg-sparql"
    timeout = 60  # seconds a client may take to send its request

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib signature)
        log.info("%s %s", self.address_string(), format % args)

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Vary", "Accept")
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in reply.headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def _not_allowed(self) -> None:
        reply = Reply.text(405, f"{self.command} is not allowed: this endpoint is read-only (GET and POST)")
        self._send(Reply(reply.status, reply.content_type, reply.body, (("Allow", "GET, POST"),)))

    do_PUT = do_DELETE = do_PATCH = _not_allowed

    def _run(self, query: list[str], params: dict[str, list[str]]) -> None:
        if len(query) != 1:
            self._send(Reply.text(400, "give exactly one query parameter"))
            return
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            self._send(
                Reply.text(
                    400,
                    "default-graph-uri and named-graph-uri are not supported: the dataset is the "
                    "loaded graph (use GRAPH in the query for the named graphs of a .trig file)",
                )
            )
            return
        if is_update(query[0]):
            self._send(Reply.text(400, "this endpoint is read-only: SPARQL Update requests are refused"))
            return
        fmt = next(iter(params.get("format", []) + params.get("output", [])), None)
        reply = self.server.pool.execute(query[0], self.headers.get("Accept"), fmt, self.server.query_timeout)
        self._send(reply)

    def _refuse_update(self) -> None:
        reply = Reply.text(405, "this endpoint is read-only: SPARQL Update requests are refused")
        self._send(Reply(reply.status, reply.content_type, reply.body, (("Allow", "GET, POST"),)))

    def do_GET(self) -> None:  # noqa: N802 (stdlib name)
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html") or (url.path == "/sparql" and not params):
            self._send(Reply(200, "text/html; charset=utf-8", self.server.form_page))
        elif url.path == "/sparql":
            if "update" in params:
                self._refuse_update()
            elif "query" not in params:
                self._send(Reply.text(400, "missing query parameter: GET /sparql?query=SELECT..."))
            else:
                self._run(params["query"], params)
        else:
            self._send(Reply.text(404, f"no such page {url.path}; the endpoint is /sparql"))

    def do_HEAD(self) -> None:  # noqa: N802 (stdlib name)
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html", "/sparql"):
            self._send(Reply(200, "text/html; charset=utf-8", self.server.form_page))
        else:
            self._send(Reply.text(404, "not found"))

    def do_POST(self) -> None:  # noqa: N802 (stdlib name)
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._send(Reply.text(404, f"no such endpoint {url.path}; POST to /sparql"))
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            self._send(Reply.text(400, "bad Content-Length"))
            return
        if length > MAX_BODY:
            self.close_connection = True
            self._send(Reply.text(413, f"the request body is larger than {MAX_BODY} bytes"))
            return
        body = self.rfile.read(length) if length > 0 else b""
        params = parse_qs(url.query, keep_blank_values=True)
        ctype = self.headers.get_content_type()
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            if "update" in form:
                self._refuse_update()
            elif "query" not in form:
                self._send(Reply.text(400, "missing query field in the form body"))
            else:
                self._run(form["query"], {**params, **form})
        elif ctype == "application/sparql-query":
            self._run([body.decode("utf-8", "replace")], params)
        elif ctype == "application/sparql-update":
            self._refuse_update()
        else:
            self._send(
                Reply.text(
                    415,
                    f"cannot read a {ctype} body; send application/sparql-query or "
                    "application/x-www-form-urlencoded with query=...",
                )
            )


# ---------------------------------------------------------------------------------------------
# Starting
# ---------------------------------------------------------------------------------------------


def check_host(host: str, allow_remote: bool = False) -> int:
    """Refuse to listen beyond this machine unless ``allow_remote``; returns the address family.

    Raises
    ------
    ServeError
        ``host`` does not resolve, or resolves to a non-loopback address without ``allow_remote``.

    Example
    -------
    >>> check_host("127.0.0.1") == socket.AF_INET
    True
    """
    try:
        infos = socket.getaddrinfo(host or None, None, proto=socket.IPPROTO_TCP, flags=socket.AI_PASSIVE)
    except socket.gaierror as err:
        raise ServeError(f"cannot listen on {host!r}: {err}") from err
    addresses = sorted({info[4][0] for info in infos})
    remote = [a for a in addresses if not ipaddress.ip_address(a.split("%")[0]).is_loopback]
    if remote and not allow_remote:
        raise ServeError(
            f"{host!r} is reachable from other machines ({', '.join(remote)}); kg serve binds "
            "127.0.0.1 by default. Add --allow-remote if you really mean to share the graph"
        )
    return infos[0][0]


def make_server(
    sources: Sequence[str | os.PathLike],
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    timeout: float = DEFAULT_TIMEOUT,
    limit: int = DEFAULT_LIMIT,
    workers: int = DEFAULT_WORKERS,
    allow_remote: bool = False,
) -> SparqlServer:
    """Load the graph in worker processes and bind the HTTP server (not yet serving).

    Call ``serve_forever()`` (blocking) and ``close()`` when done.

    Raises
    ------
    ServeError
        Bad host, port in use, bad settings; ``InputError`` when the graph cannot be read.

    Example
    -------
    >>> server = make_server(["exports/graph.ttl"], port=0, workers=1)  # doctest: +SKIP
    >>> server.url.startswith("http://127.0.0.1:")  # doctest: +SKIP
    True
    >>> server.close()  # doctest: +SKIP
    """
    if timeout <= 0:
        raise ServeError("--timeout must be more than 0 seconds")
    if limit < 1:
        raise ServeError("--limit must be at least 1")
    family = check_host(host, allow_remote)
    check_sources(sources)  # fail here, with the usual message, not inside a worker
    pool = WorkerPool(sources, workers, limit)
    triples = pool.start()
    try:
        server = SparqlServer((host, port), pool, timeout, triples, family)
    except OSError as err:
        pool.close()
        raise ServeError(
            f"cannot listen on {host}:{port}: {err.strerror or err} (another program may use the port; "
            "pick another with --port, or --port 0 for any free one)"
        ) from err
    return server
