"""``kg serve``: a read-only SPARQL 1.1 endpoint over a built graph, on 127.0.0.1 by default."""

from __future__ import annotations

import argparse
import signal
import sys
import textwrap
from types import FrameType

from kg.commands import add_command

EXAMPLES = """\
  kg serve exports/graph.ttl                       # http://127.0.0.1:7878/sparql (and a form at /)
  kg serve exports/graph.trig --data ontology/cameo.ttl --port 8890 --timeout 30 --limit 50000
  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s a kg:Person }' \\
       http://127.0.0.1:7878/sparql"""


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``kg serve`` to the CLI."""
    from kg.serve import DEFAULT_HOST, DEFAULT_LIMIT, DEFAULT_PORT, DEFAULT_TIMEOUT, DEFAULT_WORKERS

    p = add_command(
        sub,
        "serve",
        help="serve a built graph as a read-only SPARQL endpoint",
        description=textwrap.fill(
            "Serve a graph file as a read-only SPARQL 1.1 Protocol endpoint at /sparql (GET "
            "?query=..., POST form or application/sparql-query), with an HTML form at /. Results "
            "as SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle (default), "
            "N-Triples or RDF/XML, chosen by the Accept header or format=. Updates are refused, a "
            "query that overruns --timeout gets 503 and is stopped, and replies are cut at "
            "--limit rows (header X-Result-Truncated: true). Ctrl-C stops the server."
        ),
        examples=EXAMPLES,
    )
    p.add_argument("graph", help="the graph file, e.g. exports/graph.ttl")
    p.add_argument(
        "--data",
        action="append",
        default=[],
        metavar="FILE",
        help="load this RDF file too, e.g. ontology/cameo.ttl (repeatable)",
    )
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default: {DEFAULT_HOST})")
    p.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT}; 0 picks a free one)"
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"stop a query after this long and answer 503 (default: {DEFAULT_TIMEOUT:g})",
    )
    p.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="ROWS",
        help=f"cut replies after this many rows or triples (default: {DEFAULT_LIMIT})",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=DEFAULT_WORKERS,
        metavar="N",
        help=f"queries that can run at once; each worker holds the graph (default: {DEFAULT_WORKERS})",
    )
    p.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a --host that other machines can reach (off: loopback only)",
    )
    p.set_defaults(handler=run)


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    """Handle ``kg serve``: serve until Ctrl-C (or SIGTERM), then stop the workers; exit code 0."""
    from kg.serve import make_server

    server = make_server(
        [args.graph, *args.data],
        host=args.host,
        port=args.port,
        timeout=args.timeout,
        limit=args.limit,
        workers=args.workers,
        allow_remote=args.allow_remote,
    )
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        print(
            f"kg serve: SPARQL endpoint at {server.url} ({server.triples} triples from "
            f"{', '.join([args.graph, *args.data])}); form at {server.url[: -len('sparql')]}; "
            "Ctrl-C stops it",
            flush=True,
        )
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        signal.signal(signal.SIGTERM, previous)
    print("kg serve: stopped", file=sys.stderr, flush=True)
    return 0
