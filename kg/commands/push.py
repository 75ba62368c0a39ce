"""``kg push``: load a built graph into a triple store (SPARQL 1.1 Graph Store HTTP Protocol)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from kg.commands import add_command

EXAMPLES = """\
  kg push exports/graph.ttl --endpoint http://127.0.0.1:7878/store --graph https://example.org/news
  kg push exports/graph.ttl --endpoint http://127.0.0.1:7878/store --graph https://example.org/news --append
  VIRTUOSO_PASSWORD=dba kg push exports/graph.ttl --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth \\
      --graph https://example.org/news --user dba --password-env VIRTUOSO_PASSWORD
  kg push exports/graph.ttl --endpoint http://127.0.0.1:3030/news/data --graph https://example.org/news
  kg push exports/graph.ttl --endpoint https://graphdb.example.org/repositories/news/rdf-graphs/service \\
      --graph https://example.org/news --token-env GRAPHDB_TOKEN"""


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``kg push`` to the ``kg`` command line."""
    from kg.push import DEFAULT_CHUNK_SIZE

    p = add_command(
        sub,
        "push",
        "load a built graph into a triple store (oxigraph, Virtuoso, Fuseki, GraphDB)",
        "Send a graph to a store's SPARQL 1.1 Graph Store endpoint (PUT replaces the named graph, "
        "POST appends to it), in chunks, then count the triples in the target graph through the "
        "store's SPARQL query endpoint. Credentials: --user with --password-env VAR (or a prompt), "
        "HTTP Basic or Digest as the store asks; or --token-env VAR for a Bearer token.",
        EXAMPLES,
    )
    p.add_argument(
        "source",
        metavar="GRAPH",
        nargs="?",
        default="exports/graph.ttl",
        help="graph file: .ttl, .nt, .trig, .nq, .rdf, .jsonld (default: exports/graph.ttl)",
    )
    p.add_argument(
        "--endpoint", required=True, metavar="URL", help="the store's Graph Store URL (see the examples)"
    )
    p.add_argument(
        "--graph",
        dest="graph_iri",
        metavar="IRI",
        help="named graph to write (default: the store's default graph; Virtuoso needs a name)",
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--replace",
        dest="mode",
        action="store_const",
        const="replace",
        help="the graph holds exactly these triples afterwards (default)",
    )
    mode.add_argument(
        "--append", dest="mode", action="store_const", const="append", help="add to what the graph holds"
    )
    p.set_defaults(mode="replace")
    creds = p.add_argument_group("credentials (never logged)")
    creds.add_argument("--user", metavar="U", help="user name for HTTP Basic or Digest authentication")
    secret = creds.add_mutually_exclusive_group()
    secret.add_argument(
        "--password-env", metavar="VAR", help="read the password from environment variable VAR"
    )
    secret.add_argument(
        "--password",
        metavar="P",
        help="the password (visible to other users in the process list: prefer --password-env)",
    )
    token = creds.add_mutually_exclusive_group()
    token.add_argument("--token-env", metavar="VAR", help="read a Bearer token from environment variable VAR")
    token.add_argument("--token", metavar="T", help="a Bearer token (prefer --token-env)")
    creds.add_argument(
        "--auth",
        choices=("auto", "basic", "digest"),
        default="auto",
        help="scheme for --user: auto asks the store (default), basic, digest",
    )
    p.add_argument(
        "--query-endpoint",
        metavar="URL",
        help="SPARQL query URL for the triple count afterwards (default: derived for oxigraph, "
        "Virtuoso, Fuseki, GraphDB)",
    )
    p.add_argument("--no-verify", action="store_true", help="do not count the triples afterwards")
    p.add_argument(
        "--chunk-size",
        type=int,
        default=DEFAULT_CHUNK_SIZE,
        metavar="N",
        help=f"triples per request (default: {DEFAULT_CHUNK_SIZE})",
    )
    p.add_argument(
        "--format",
        dest="fmt",
        choices=("nt", "ttl"),
        default="nt",
        help="request body format: N-Triples (default) or Turtle",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        metavar="S",
        help="seconds to wait for each answer (default: 60)",
    )
    p.set_defaults(handler=_push)


def _secret(value: str | None, env: str | None, what: str) -> str | None:
    from kg.push import PushError

    if env:
        if env not in os.environ:
            raise PushError(f"--{what}-env {env}: the environment variable {env} is not set")
        return os.environ[env]
    if value is not None:
        print(
            f"kg push: note: a {what} on the command line is visible in the process list; "
            f"prefer --{what}-env VAR",
            file=sys.stderr,
        )
    return value


def _auth(args: argparse.Namespace):
    from kg.push import Auth, PushError

    password = _secret(args.password, args.password_env, "password")
    token = _secret(args.token, args.token_env, "token")
    if token is not None and args.user is not None:
        raise PushError("give either --user (with a password) or a token, not both")
    if token is not None:
        return Auth(token=token)
    if args.user is None:
        if password is not None:
            raise PushError("a password needs a --user")
        return None
    if password is None:
        if not sys.stdin.isatty():
            raise PushError(f"no password for user {args.user!r}: give --password-env VAR")
        password = getpass.getpass(f"password for {args.user} at {args.endpoint}: ")
    return Auth(user=args.user, password=password, scheme=args.auth)


def _push(args: argparse.Namespace) -> int:
    from kg.push import PushError, push_graph

    if args.chunk_size < 1:
        raise PushError(f"--chunk-size must be at least 1, not {args.chunk_size}")
    result = push_graph(
        args.source,
        args.endpoint,
        args.graph_iri,
        mode=args.mode,
        auth=_auth(args),
        timeout=args.timeout,
        query_endpoint=args.query_endpoint,
        verify=not args.no_verify,
        chunk_size=args.chunk_size,
        fmt=args.fmt,
    )
    print(result.summary())
    if result.verified is False:
        print(
            "kg push: warning: the store holds a different number of triples than expected",
            file=sys.stderr,
        )
        return 1
    if result.verify_error and args.query_endpoint:
        return 1
    return 0
