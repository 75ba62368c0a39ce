"""``kg export``: write a built graph in another format (JSON-LD, GEXF, Neo4j CSV, spreadsheet CSV...)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.commands import add_command

EXAMPLES = """\
  kg export exports/graph.ttl --to gexf          # -> exports/graph.gexf, for Gephi
  kg export exports/graph.ttl --to neo4j         # -> exports/neo4j/ (neo4j-admin CSVs + load.cypher)
  kg export exports/graph.ttl --to csv -o sheets # -> sheets/entities.csv, relations.csv, ...
  kg export exports/graph.ttl --to trig          # per-article named graphs, as the build writes them
  kg export big.nt --to jsonld -o big.jsonld --base-iri https://example.org/news/"""


def _format_list() -> str:
    from kg.export.registry import FORMATS

    width = max(len(name) for name in FORMATS)
    return "\n".join(f"  {name:<{width}}  {f.output:<14} {f.description}" for name, f in FORMATS.items())


def register(sub) -> None:
    """Add ``kg export`` to the sub-command parsers."""
    parser = add_command(
        sub,
        "export",
        "write a built graph in another format (JSON-LD, GEXF, Neo4j, CSV, ...)",
        "Read a graph (.ttl, .nt, .trig, .nq or .jsonld) and write it in one format. Every "
        "format is derived from the RDF graph, written atomically, and byte-identical for the "
        "same graph. Formats:\n" + _format_list(),
        EXAMPLES,
    )
    parser.add_argument(
        "graph",
        nargs="?",
        default="exports/graph.ttl",
        help="built graph: .ttl, .nt, .trig, .nq or .jsonld (default: exports/graph.ttl)",
    )
    parser.add_argument("--to", required=True, metavar="FORMAT", help="the format to write (listed above)")
    parser.add_argument(
        "-o",
        "--out",
        default=None,
        help="file (or folder, for neo4j and csv) to write; default: beside GRAPH, "
        "e.g. exports/graph.gexf or exports/neo4j/",
    )
    parser.add_argument(
        "--base-iri",
        default=None,
        help="base of the graph's instance IRIs (default: read off the graph's article and entity IRIs)",
    )
    parser.set_defaults(handler=run)


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def run(args: argparse.Namespace) -> int:
    """Export and say what was written."""
    from kg.export.registry import FORMATS, export_file

    if args.to not in FORMATS:
        print(
            f"kg export: error: unknown format {args.to!r}; choose one of:\n{_format_list()}",
            file=sys.stderr,
        )
        return 2
    target = export_file(args.graph, args.to, args.out, base_iri=args.base_iri)
    kib = f"{_size(target) / 1024:.0f} KiB"
    if target.is_dir():
        files = ", ".join(sorted(p.name for p in target.iterdir() if p.is_file()))
        print(f"wrote {target}/: {files} ({kib})")
    else:
        print(f"wrote {target} ({kib})")
    return 0
