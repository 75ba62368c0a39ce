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
  kg export exports/graph.ttl --to gexf --min-confidence 0.9 -o sure.gexf   # only facts at 0.9 or above
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
    parser.add_argument(
        "--min-confidence",
        type=min_confidence_type,
        default=None,
        metavar="X",
        help="write only the facts whose evidence is at least X confident (0 to 1), as "
        "'kg build --min-confidence X' would have built them: evidence nodes (kg:Position, "
        "kg:Event, kg:Assertion, kg:Statement) whose kg:confidence is below X go with all "
        "their triples, and so does every direct edge between entities (kg:leads, "
        "kg:affiliatedWith, kg:locatedIn, kg:consults, kg:interactsWith, ...) that no "
        "remaining evidence node backs; entities and articles stay, even those left without "
        "facts (default: write the graph as it is)",
    )
    parser.set_defaults(handler=run)


def min_confidence_type(text: str) -> float:
    """``--min-confidence``'s value, checked (argparse reports the error and exits with 2)."""
    from kg.export.filter import check_min_confidence

    try:
        return check_min_confidence(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


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
    target = export_file(
        args.graph, args.to, args.out, base_iri=args.base_iri, min_confidence=args.min_confidence
    )
    kib = f"{_size(target) / 1024:.0f} KiB"
    if target.is_dir():
        files = ", ".join(sorted(p.name for p in target.iterdir() if p.is_file()))
        print(f"wrote {target}/: {files} ({kib})")
    else:
        print(f"wrote {target} ({kib})")
    return 0
