"""``kg view``: write a built graph as one self-contained HTML page to explore in a browser."""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.commands import add_command

EXAMPLES = """\
  kg view                                   # exports/graph.ttl -> exports/graph.html
  kg view exports/graph.ttl -o graph.html   # write the page where you like
  kg view out/graph.trig --title "Week 12"  # TriG works too (named graphs are merged)"""


def register(sub) -> None:
    """Add ``kg view`` to the sub-command parsers."""
    parser = add_command(
        sub,
        "view",
        "write the graph as one self-contained HTML page to explore in a browser",
        "Write an HTML page (no network needed to view it) that draws the graph: nodes coloured "
        "by type and sized by degree, edges coloured by relation, a search box, filters by "
        "relation and confidence, and a panel with each node's facts and their sentences.",
        EXAMPLES,
    )
    parser.add_argument(
        "graph",
        nargs="?",
        default="exports/graph.ttl",
        help="built graph: .ttl, .trig, .nt, .nq, .jsonld or .rdf (default: exports/graph.ttl)",
    )
    parser.add_argument(
        "-o",
        "--out",
        default=None,
        help="HTML file to write (default: beside GRAPH with the suffix .html, e.g. exports/graph.html)",
    )
    parser.add_argument("--title", default=None, help="page title (default: 'kg: ' + the graph's file name)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the page and say where it is."""
    from kg.view import default_output, load_graph, write_view

    source = Path(args.graph)
    target = Path(args.out) if args.out else default_output(source)
    title = args.title if args.title is not None else f"kg: {source.name}"
    summary = write_view(load_graph(source), target, title=title)
    print(
        f"wrote {summary.path} ({summary.nodes} nodes, {summary.edges} edges from {summary.facts} facts, "
        f"{summary.events} events, {summary.statements} statements; {summary.bytes / 1024:.0f} KiB)"
    )
    print(f"  open it in a browser: {summary.path.resolve().as_uri()}")
    return 0
