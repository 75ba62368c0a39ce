"""Turtle, N-Triples and TriG writers: deterministic, and atomic (temporary file, then rename)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import ExportError
from kg.fileio import atomic_write


def _write(data: str, path: Path) -> None:
    try:
        with atomic_write(path) as fh:
            fh.write(data)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err}") from err


def write_turtle(graph: Graph, path: str | Path) -> None:
    """Write ``graph`` as Turtle; the same triples always give the same bytes.

    Example
    -------
    >>> from rdflib import Graph
    >>> write_turtle(Graph(), "/tmp/empty.ttl")
    """
    _write(graph.serialize(format="turtle"), Path(path))


def read_turtle(path: str | Path) -> Graph:
    """Read a Turtle file written by ``write_turtle`` (or anyone else)."""
    try:
        return Graph().parse(str(path), format="turtle")
    except Exception as err:  # rdflib raises several parser-specific types
        raise ExportError(f"{path}: not readable as Turtle: {err}") from err


def write_ntriples(graph: Graph, path: str | Path) -> None:
    """Write ``graph`` as N-Triples, one triple a line, lines sorted."""
    lines = sorted(line for line in graph.serialize(format="nt").splitlines() if line.strip())
    _write("\n".join(lines) + ("\n" if lines else ""), Path(path))


def write_trig(dataset: Dataset, path: str | Path) -> None:
    """Write every non-empty named graph of ``dataset`` as TriG, graphs in IRI order.

    rdflib's TriG writer emits graphs in the store's (hash-seeded) order; writing each graph on
    its own and joining them in sorted order makes the file byte-identical across runs.
    """
    prefixes: set[str] = set()
    blocks: list[str] = []
    graphs = sorted((g for g in dataset.graphs() if len(g)), key=lambda g: str(g.identifier))
    for graph in graphs:
        single = Dataset()
        for prefix, ns in dataset.namespaces():
            single.bind(prefix, ns)
        target = single.graph(graph.identifier)
        for triple in graph:
            target.add(triple)
        text = single.serialize(format="trig")
        body = []
        for line in text.splitlines():
            if line.startswith("@prefix"):
                prefixes.add(line)
            else:
                body.append(line)
        blocks.append("\n".join(body).strip() + "\n")
    _write("\n".join(sorted(prefixes)) + "\n\n" + "\n".join(blocks), Path(path))


def read_trig(path: str | Path) -> Dataset:
    ds = Dataset()
    try:
        ds.parse(str(path), format="trig")
    except Exception as err:
        raise ExportError(f"{path}: not readable as TriG: {err}") from err
    return ds
