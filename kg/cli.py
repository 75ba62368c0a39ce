"""The ``kg`` command line: a thin layer that maps library errors to messages and exit codes.

Exit codes: 0 success; 1 some inputs failed (the rest were built); 2 bad usage; 3 the spaCy
model is missing; 4 the graph does not conform to the shapes; 5 ontology files missing;
6 an export could not be written; 7 malformed gold; 8 a push to a triple store failed;
9 another build is writing to the output folder.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from kg.commands import COMMAND_MODULES, add_command
from kg.commands.export import min_confidence_type
from kg.config import DEFAULT_MODEL
from kg.errors import KgError
from kg.export.registry import DEFAULT_FORMATS, FORMAT_FILES
from kg.vocab import DEFAULT_BASE_IRI

log = logging.getLogger("kg")

EXAMPLES = {
    "build": """examples:
  kg build                                  # seeds/ -> exports/ (every format)
  kg build --formats ttl,graphml            # only Turtle and GraphML
  kg build articles/ feed.jsonl -o out/     # several inputs, another output folder
  kg build seeds --model en_core_web_md --base-iri https://example.org/news/
  kg build archive/ -o out/ --workers 2      # two spaCy processes; a rebuild parses only new/changed articles
  kg build archive/ -o out/ --dask --dask-workers 4          # a local Dask cluster of 4 processes
  kg build archive/ -o out/ --dask --scheduler tcp://10.0.0.5:8786   # an existing Dask cluster
  kg build archive/ -o out/ --clean           # parse every article again, ignoring the cache""",
    "validate": """examples:
  kg validate                               # checks exports/graph.ttl
  kg validate out/graph.ttl""",
    "eval": """examples:
  kg eval                                   # scores the extractor on tests/gold/dev
  kg eval tests/gold/seed --explain         # lists every missed and spurious fact
  kg eval tests/gold/dev --json
  kg eval tests/gold/dev --calibrate          # measure each rule's precision -> its confidence""",
}


def _command(sub, name: str, help: str, description: str) -> argparse.ArgumentParser:
    """A sub-command whose --help ends with its examples."""
    parser = add_command(sub, name, help, description, EXAMPLES[name].split("\n", 1)[1])
    parser.set_defaults(handler={"build": _build, "validate": _validate, "eval": _eval}[name])
    return parser


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph (RDF, GraphML) of who is who and who did what in news articles.",
        epilog="example:\n  kg build seeds -o exports && kg validate exports/graph.ttl\n\n"
        "Run 'kg COMMAND --help' for each command's options and examples.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = _command(
        sub,
        "build",
        "build the graph of articles into an exports folder",
        "Read .txt, .html and .jsonl articles, extract entities and relations, and "
        "write every export format (Turtle, N-Triples, TriG, JSON-LD, GraphML, GEXF, Neo4j CSV, CSV tables).",
    )
    b.add_argument("inputs", nargs="*", default=["seeds"], help="files or folders (default: seeds/)")
    b.add_argument("-o", "--out", default="exports", help="output folder (default: exports/)")
    b.add_argument(
        "--model", default=DEFAULT_MODEL, help=f"installed spaCy pipeline (default: {DEFAULT_MODEL})"
    )
    b.add_argument(
        "--base-iri", default=DEFAULT_BASE_IRI, help=f"base of instance IRIs (default: {DEFAULT_BASE_IRI})"
    )
    b.add_argument(
        "--formats",
        default=",".join(DEFAULT_FORMATS),
        help=f"comma-separated, from: {', '.join(FORMAT_FILES)} (default: all of them)",
    )
    b.add_argument("--batch-size", type=int, default=16, help="articles per spaCy batch (default: 16)")
    b.add_argument(
        "--min-confidence",
        type=min_confidence_type,
        default=0.0,
        help="leave out facts below this confidence (0 to 1)",
    )
    b.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="spaCy processes that parse and extract (nlp.pipe n_process; default: 1)",
    )
    b.add_argument(
        "--dask",
        action="store_true",
        help="parse and extract on a Dask cluster: a local one (see --dask-workers) or --scheduler's",
    )
    b.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --dask)",
    )
    b.add_argument(
        "--dask-workers",
        type=int,
        default=2,
        metavar="N",
        help="worker processes of the local Dask cluster (default: 2; ignored with --scheduler)",
    )
    b.add_argument(
        "--extract-processes",
        type=int,
        default=None,
        metavar="N",
        help="with --workers 1: processes that run kg's extraction on each parsed article while "
        "spaCy parses the next (default: 1 when another core is free; 0: all in the build's process)",
    )
    b.add_argument(
        "--export-processes",
        type=int,
        default=None,
        metavar="N",
        help="processes that write Turtle, N-Triples, TriG and JSON-LD while the build writes the "
        "other formats (default: one per core besides the build's own; 0: every format in the "
        "build's process)",
    )
    b.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="where parsed articles and the build manifest are kept (default: .kg-cache/NAME beside -o)",
    )
    b.add_argument(
        "--no-cache", action="store_true", help="keep no cache: parse everything, remember nothing"
    )
    b.add_argument("--clean", action="store_true", help="parse every article again, ignoring the cache")

    v = _command(
        sub,
        "validate",
        "check a built graph against ontology/shapes.ttl (SHACL)",
        "SHACL-validate a Turtle graph; exit code 0 when it conforms.",
    )
    v.add_argument(
        "file", nargs="?", default="exports/graph.ttl", help="Turtle file (default: exports/graph.ttl)"
    )

    e = _command(
        sub,
        "eval",
        "score the extractor against hand-written gold annotations",
        "Build each gold article on its own and print precision, recall and F1 per category.",
    )
    e.add_argument(
        "gold",
        nargs="*",
        default=["tests/gold/dev"],
        help="gold JSON files or folders (default: tests/gold/dev)",
    )
    e.add_argument(
        "--explain", action="store_true", help="list every missed and spurious fact with its sentence"
    )
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument(
        "--calibrate",
        nargs="?",
        const="kg/data/rule_confidence.tsv",
        metavar="TSV",
        help="measure each rule's precision and write it as the rules' confidence "
        "(default file: kg/data/rule_confidence.tsv); run on tests/gold/dev only",
    )
    e.add_argument("--model", default=DEFAULT_MODEL, help="installed spaCy pipeline")
    e.add_argument("--search", action="append", default=["seeds"], help="where else to look for gold texts")
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr)
    if args.command is None:
        _parser().print_help()
        return 2
    try:
        return args.handler(args)
    except KgError as err:
        print(f"kg {args.command}: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted; existing exports were left as they were", file=sys.stderr)
        return 130


def _build(args: argparse.Namespace) -> int:
    from kg.pipeline import FORMAT_FILES, build

    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMAT_FILES]
    if unknown:
        choices = ", ".join(FORMAT_FILES)
        print(
            f"kg build: error: unknown format(s) {', '.join(unknown)} (choose from {choices})",
            file=sys.stderr,
        )
        return 2

    for flag, value in (("--workers", args.workers), ("--dask-workers", args.dask_workers)):
        if value < 1:
            print(f"kg build: error: {flag} must be at least 1", file=sys.stderr)
            return 2
    for flag, value in (
        ("--export-processes", args.export_processes),
        ("--extract-processes", args.extract_processes),
    ):
        if value is not None and value < 0:
            print(f"kg build: error: {flag} must be 0 or more", file=sys.stderr)
            return 2
    dask = args.dask or args.scheduler is not None
    if dask and args.workers > 1:
        print("kg build: error: use --workers or --dask, not both", file=sys.stderr)
        return 2

    def report(err: KgError) -> None:
        print(f"kg build: error: {err}", file=sys.stderr)

    result = build(
        args.inputs,
        args.out,
        model=args.model,
        base_iri=args.base_iri,
        formats=formats,
        batch_size=args.batch_size,
        min_confidence=args.min_confidence,
        progress=True,
        on_error=report,
        workers=args.workers,
        dask=dask,
        scheduler=args.scheduler,
        dask_workers=args.dask_workers,
        export_processes=args.export_processes,
        extract_processes=args.extract_processes,
        cache_dir=args.cache_dir,
        use_cache=not args.no_cache,
        clean=args.clean,
        keep_graph=False,
    )
    for warning in result.warnings:
        print(f"kg build: warning: {warning}", file=sys.stderr)
    print(result.summary())
    for path in result.outputs:
        print(f"  {'unchanged' if result.unchanged else 'wrote'} {path}")
    return 1 if result.errors else 0


def _validate(args: argparse.Namespace) -> int:
    from kg.export.rdf_formats import read_turtle
    from kg.validate import validate_graph

    path = Path(args.file)
    if not path.exists():
        print(f"kg validate: error: {path}: no such file", file=sys.stderr)
        return 2
    result = validate_graph(read_turtle(path))
    if result.conforms:
        print(f"{path}: conforms to ontology/shapes.ttl")
        return 0
    print(result.report)
    print(f"{path}: does NOT conform ({result.violations} violation(s))")
    return 4


def _eval(args: argparse.Namespace) -> int:
    from kg.evaluation_run import run_eval

    report, text = run_eval(
        [Path(g) for g in args.gold],
        [Path(s) for s in args.search],
        model=args.model,
        explain=args.explain,
        calibrate=Path(args.calibrate) if args.calibrate else None,
    )
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, sort_keys=True))
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
