"""Every export format kg writes, by name: one place for ``kg build --formats`` and ``kg export``.

Each :class:`ExportFormat` has a name (``ttl``), the file or folder a build writes
(``graph.ttl``, ``neo4j/``) and a writer ``(Source, path) -> None``. A :class:`Source` is
the graph plus, when a build or a TriG file has them, its named graphs; formats that need
named graphs (TriG) rebuild them from the graph when there are none
(:func:`kg.export.rdf_formats.dataset_from_graph`).

Every format is derived from the one RDF graph, writes atomically (a file through
:func:`kg.fileio.atomic_write`; a folder is filled beside its target and swapped in) and
gives the same bytes for the same graph.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph

from kg.errors import ExportError

__all__ = [
    "DEFAULT_FORMATS",
    "FORMATS",
    "FORMAT_FILES",
    "ExportFormat",
    "Source",
    "check_formats",
    "default_output",
    "export_file",
    "replace_path",
    "write_format",
]

log = logging.getLogger(__name__)


@dataclass
class Source:
    """What a writer exports: the graph, its named graphs if known, and the base IRI if known."""

    graph: Graph
    dataset: Dataset | None = None
    base_iri: str | None = None
    _view: nx.MultiDiGraph | None = field(default=None, repr=False, compare=False)

    def view(self) -> nx.MultiDiGraph:
        """The property-graph view (:func:`kg.export.graphml.to_networkx`), made once for GEXF,
        Neo4j and the tables."""
        if self._view is None:
            from kg.export.graphml import to_networkx

            self._view = to_networkx(self.graph)
        return self._view

    def named_graphs(self) -> Dataset:
        """The named graphs: the given ones, or rebuilt from the graph as a build makes them."""
        if self.dataset is None:
            from kg.export.rdf_formats import dataset_from_graph

            self.dataset = dataset_from_graph(self.graph, self.base_iri)
        return self.dataset


@dataclass(frozen=True)
class ExportFormat:
    """One export format.

    Attributes
    ----------
    name:
        What ``--formats`` and ``--to`` take (``ttl``).
    output:
        The file or folder name a build writes into its output folder.
    description:
        One line for ``--help`` and the docs.
    write:
        ``(source, path) -> None``; writes ``path`` (a file, or a folder when ``is_dir``).
    is_dir:
        Whether the output is a folder of files.
    """

    name: str
    output: str
    description: str
    write: Callable[[Source, Path], object]
    is_dir: bool = False


def _ttl(source: Source, path: Path) -> None:
    from kg.export.rdf_formats import write_turtle

    write_turtle(source.graph, path)


def _nt(source: Source, path: Path) -> None:
    from kg.export.rdf_formats import write_ntriples

    write_ntriples(source.graph, path)


def _trig(source: Source, path: Path) -> None:
    from kg.export.rdf_formats import write_trig

    write_trig(source.named_graphs(), path)


def _jsonld(source: Source, path: Path) -> None:
    from kg.export.jsonld import write_jsonld

    write_jsonld(source.graph, path, base_iri=source.base_iri)


def _graphml(source: Source, path: Path) -> None:
    # Looked up at call time: tests replace it to simulate a failing export.
    from kg.export.graphml import export_graphml

    export_graphml(source.graph, path, view=source.view())


def _gexf(source: Source, path: Path) -> None:
    from kg.export.gexf import to_gexf_graph, write_gexf

    write_gexf(to_gexf_graph(source.view()), path)


def _folder_writer(write: Callable[[Source, Path], object]) -> Callable[[Source, Path], None]:
    def run(source: Source, path: Path) -> None:
        staging = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
        try:
            write(source, staging)
            replace_path(staging, path)
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    return run


def _neo4j(source: Source, folder: Path) -> None:
    from kg.export.neo4j import export_neo4j

    export_neo4j(source.graph, folder, view=source.view())


def _tables(source: Source, folder: Path) -> None:
    from kg.export.tables import log_tables, write_evidence_tables, write_view_tables

    counts = write_view_tables(source.graph, folder, source.view())
    # The tables are the last format that reads the view (FORMATS order): it is let go before the
    # evidence tables take their memory.
    source._view = None
    counts.update(write_evidence_tables(source.graph, folder))
    log_tables(folder, counts)


#: Every format, in the order builds write them and help lists them.
FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("ttl", "graph.ttl", "Turtle (RDF 1.1)", _ttl),
        ExportFormat("nt", "graph.nt", "N-Triples, one triple a line, sorted", _nt),
        ExportFormat(
            "trig", "graph.trig", "TriG, one named graph per article plus the entities graph", _trig
        ),
        ExportFormat("jsonld", "graph.jsonld", "JSON-LD compacted with ontology/context.jsonld", _jsonld),
        ExportFormat(
            "graphml", "graph.graphml", "GraphML property graph (networkx, igraph, Neo4j APOC)", _graphml
        ),
        ExportFormat("gexf", "graph.gexf", "GEXF 1.3 for Gephi (colours, sizes, edge kinds)", _gexf),
        ExportFormat(
            "neo4j",
            "neo4j",
            "Neo4j: neo4j-admin import CSVs and a LOAD CSV script",
            _folder_writer(_neo4j),
            True,
        ),
        ExportFormat(
            "csv",
            "tables",
            "CSV tables for spreadsheets (entities, relations, events, statements, articles)",
            _folder_writer(_tables),
            True,
        ),
    )
}
#: What ``kg build`` writes unless told otherwise: every format.
DEFAULT_FORMATS: tuple[str, ...] = tuple(FORMATS)
#: Format name -> the file or folder a build writes.
FORMAT_FILES: dict[str, str] = {name: f.output for name, f in FORMATS.items()}


def check_formats(names: Sequence[str]) -> list[str]:
    """The format names, checked; duplicates dropped, order kept.

    Raises
    ------
    ExportError
        Naming the unknown formats and listing the choices.

    Example
    -------
    >>> check_formats(["ttl", "gexf", "ttl"])
    ['ttl', 'gexf']
    """
    unknown = [n for n in names if n not in FORMATS]
    if unknown:
        raise ExportError(
            f"unknown format(s) {', '.join(repr(n) for n in unknown)}; choose from {', '.join(FORMATS)}"
        )
    if not names:
        raise ExportError(f"no format given; choose from {', '.join(FORMATS)}")
    return list(dict.fromkeys(names))


def replace_path(src: Path, dst: Path) -> None:
    """Move a finished file or folder over ``dst``; a folder swaps in with two renames.

    The old folder is renamed aside first and removed only after the new one is in place,
    so ``dst`` is never half-written.
    """
    if not src.is_dir():
        if dst.is_dir():
            raise ExportError(f"{dst} is a folder; cannot replace it with the file {src.name}")
        os.replace(src, dst)
        return
    if dst.exists() and not dst.is_dir():
        raise ExportError(f"{dst} is a file; cannot replace it with a folder")
    old = None
    if dst.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{dst.name}.old.", dir=dst.parent))
        os.replace(dst, old / dst.name)
    try:
        os.replace(src, dst)
    except OSError:
        if old is not None:
            os.replace(old / dst.name, dst)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    # mkdtemp makes folders private (0700); give the new one the permissions mkdir would.
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        os.chmod(dst, 0o777 & ~umask)


def write_format(name: str, source: Source | Graph, path: str | os.PathLike[str]) -> Path:
    """Write one format to ``path`` (a file, or a folder for ``neo4j`` and ``csv``).

    Example
    -------
    >>> write_format("gexf", graph, "out/graph.gexf")  # doctest: +SKIP
    PosixPath('out/graph.gexf')
    """
    (fmt,) = (FORMATS[n] for n in check_formats([name]))
    if isinstance(source, Dataset):
        union = Graph()
        for prefix, ns in source.namespaces():
            union.bind(prefix, ns)
        for s, p, o, _g in source.quads((None, None, None, None)):
            union.add((s, p, o))
        source = Source(union, source)
    elif isinstance(source, Graph):
        source = Source(source)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fmt.write(source, target)
    return target


def default_output(graph_file: str | os.PathLike[str], name: str) -> Path:
    """Where ``kg export`` writes by default: beside the input, named after it (or the format, for folders).

    Example
    -------
    >>> default_output("exports/graph.ttl", "gexf"), default_output("exports/week12.ttl", "neo4j")
    (PosixPath('exports/graph.gexf'), PosixPath('exports/neo4j'))
    """
    (fmt,) = (FORMATS[n] for n in check_formats([name]))
    src = Path(graph_file)
    if fmt.is_dir:
        return src.parent / fmt.output
    return src.with_name(src.stem + Path(fmt.output).suffix)


def export_file(
    graph_file: str | os.PathLike[str],
    name: str,
    out: str | os.PathLike[str] | None = None,
    base_iri: str | None = None,
    min_confidence: float | None = None,
) -> Path:
    """Read an RDF file (``.ttl``, ``.nt``, ``.trig``, ``.nq``, ``.jsonld``) and write one format.

    Parameters
    ----------
    graph_file:
        The graph to export, e.g. ``exports/graph.ttl``.
    name:
        The format (a key of :data:`FORMATS`).
    out:
        The file or folder to write; default: :func:`default_output`
        (``exports/graph.gexf``, ``exports/neo4j``).
    base_iri:
        The build's base IRI; found from the graph's IRIs when not given.
    min_confidence:
        When given (0 to 1), write only the facts whose evidence is at least this confident
        (:func:`kg.export.filter.cut_source`): evidence nodes below it go with their triples,
        and so do the direct edges no remaining evidence backs; entities and articles stay.
        ``None`` (the default) writes the graph as it is.

    Returns
    -------
    pathlib.Path
        What was written.

    Raises
    ------
    ExportError
        For an unknown format, an unreadable input, or an output that would overwrite the input.
    ValueError
        For a ``min_confidence`` that is not a number from 0 to 1.

    Example
    -------
    >>> export_file("exports/graph.ttl", "jsonld")  # doctest: +SKIP
    PosixPath('exports/graph.jsonld')
    """
    from kg.export.rdf_formats import read_rdf

    (fmt,) = (FORMATS[n] for n in check_formats([name]))
    if min_confidence is not None:
        from kg.export.filter import check_min_confidence

        min_confidence = check_min_confidence(min_confidence)
    src = Path(graph_file)
    target = Path(out) if out is not None else default_output(src, fmt.name)
    if target.resolve() == src.resolve():
        raise ExportError(f"{target} is the input file; give another output with -o")
    graph, dataset = read_rdf(src, base_iri=base_iri)
    log.info("read %s: %d triples", src, len(graph))
    if min_confidence is not None:
        from kg.export.filter import cut_source

        cut = cut_source(graph, dataset, min_confidence)
        log.info("--min-confidence %s: removed %s; %d triples left", min_confidence, cut, len(graph))
    return write_format(fmt.name, Source(graph, dataset, base_iri), target)
