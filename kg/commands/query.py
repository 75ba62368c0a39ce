"""``kg query``: run SPARQL (typed, from a file, or a canned query by name) over a built graph."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from kg.commands import add_command

EXAMPLES = """\
  kg query --list                                             # the canned queries and their parameters
  kg query exports/graph.ttl --name positions                 # who holds which position where
  kg query exports/graph.ttl --name statements-by --param name="Xi Jinping"
  kg query exports/graph.ttl --name nationality --iri country=https://w3id.org/kgnews/id/country/Q241
  kg query exports/graph.ttl --data ontology/cameo.ttl --name events-by-cameo --format csv
  kg query exports/graph.trig "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
  kg query exports/graph.ttl "SELECT ?p ?c WHERE { ?p kg:citizenOf ?c }" --format json
  kg query exports/graph.ttl --file my.rq --iri person=https://w3id.org/kgnews/id/person/xi-jinping
  kg query exports/graph.ttl --name facts-with-evidence --format csv -o facts.csv
  kg query exports/graph.ttl --name statements-by --limit 100 --offset 100   # rows 100-199"""


def _pairs(values: list[str], option: str) -> list[tuple[str, str]]:
    from kg.query import QueryError

    out = []
    for value in values:
        name, sep, text = value.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not name:
            raise QueryError(f"{option} {value!r}: write it as {option} NAME=VALUE")
        out.append((name, text))
    return out


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number >= 0")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``kg query`` to the CLI."""
    p = add_command(
        sub,
        "query",
        help="run SPARQL (or a canned query) over a built graph",
        description=textwrap.fill(
            "Run a SPARQL query over a built graph (.ttl, .trig, .nt, .nq, .jsonld) and print the "
            "results. The query is given as text, with --file, or by the name of a canned query "
            "(kg query --list). Parameters are bound by the SPARQL engine, never pasted into the "
            "query text: --param gives a plain literal, --iri an IRI. The prefixes kg:, rdf:, "
            "rdfs:, owl:, skos:, prov:, xsd:, wd: and cameo: need no PREFIX line."
        ),
        examples=EXAMPLES,
    )
    p.add_argument("graph", nargs="?", help="the graph file, e.g. exports/graph.ttl")
    p.add_argument("sparql", nargs="?", metavar="QUERY", help="SPARQL text ('-' reads it from stdin)")
    p.add_argument("-f", "--file", help="read the query from this .rq file")
    p.add_argument("-n", "--name", help="run this canned query (see --list)")
    p.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="bind ?NAME to the plain literal VALUE (repeatable)",
    )
    p.add_argument(
        "--iri",
        action="append",
        default=[],
        metavar="NAME=IRI",
        help="bind ?NAME to the IRI (repeatable)",
    )
    p.add_argument(
        "--data",
        action="append",
        default=[],
        metavar="FILE",
        help="load this RDF file too, e.g. ontology/cameo.ttl for CAMEO labels (repeatable)",
    )
    p.add_argument(
        "--format",
        default="table",
        choices=["table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "rdfxml"],
        help="output format (default: table; turtle, ntriples, rdfxml for CONSTRUCT and DESCRIBE)",
    )
    p.add_argument(
        "--engine",
        default="oxigraph",
        choices=["oxigraph", "rdflib"],
        help="SPARQL engine (default: oxigraph, fast; rdflib is pure Python)",
    )
    p.add_argument(
        "--max-width",
        type=int,
        default=80,
        metavar="N",
        help="cut literals longer than N characters in tables (default: 80; 0 keeps them whole)",
    )
    p.add_argument(
        "--limit",
        type=_count,
        metavar="N",
        help="page of a SELECT query: at most N rows, those from --offset on in the query's ORDER BY "
        "(combined with the query's own LIMIT/OFFSET; without ORDER BY the engine's order, which "
        "is not stable); canned listings with a page-by line answer first pages fast",
    )
    p.add_argument(
        "--offset",
        type=_count,
        default=0,
        metavar="M",
        help="skip the first M rows of a SELECT query's result (default: 0; with --limit: a page)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write the results to FILE instead of stdout")
    p.add_argument("--list", action="store_true", help="list the canned queries and exit")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Handle ``kg query``; returns the exit code (errors are raised as KgError)."""
    from kg.fileio import atomic_write
    from kg.query import (
        QueryError,
        canned_query,
        check_parameters,
        iri,
        list_queries,
        render,
        run_query,
    )

    if args.list:
        sys.stdout.write(list_queries())
        return 0
    if not args.graph:
        raise QueryError("give the graph file, e.g. kg query exports/graph.ttl --name positions")
    given = [x for x in (args.sparql, args.file, args.name) if x]
    if len(given) != 1:
        raise QueryError(
            "give exactly one of: a query text, --file F.rq or --name NAME (kg query --list shows the names)"
        )
    canned = None
    if args.name:
        canned = canned_query(args.name)
        sparql = canned.text
    elif args.file:
        path = Path(args.file)
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        sparql = path.read_text(encoding="utf-8")
    elif args.sparql == "-":
        sparql = sys.stdin.read()
    else:
        sparql = args.sparql

    bindings: dict[str, object] = {}
    for name, value in _pairs(args.param, "--param"):
        bindings[name] = value
    for name, value in _pairs(args.iri, "--iri"):
        if name in bindings:
            raise QueryError(f"?{name} is given twice (--param and --iri)")
        bindings[name] = iri(value)
    if canned is not None:
        check_parameters(canned, bindings)  # type: ignore[arg-type]

    sources = [args.graph, *args.data]
    result = run_query(
        sources,
        sparql,
        bindings,  # type: ignore[arg-type]
        engine=args.engine,
        page_limit=args.limit,
        offset=args.offset,
    )
    text = render(result, args.format, max_width=args.max_width)
    if args.output:
        with atomic_write(args.output) as fh:
            fh.write(text)
        what = {"select": f"{len(result)} rows", "graph": f"{len(result)} triples", "ask": "the answer"}
        print(f"wrote {what[result.kind]} to {args.output}")
    else:
        sys.stdout.write(text)
    if args.limit is not None and result.truncated:
        print(f"more rows follow: --offset {args.offset + args.limit} for the next page", file=sys.stderr)
    return 0
