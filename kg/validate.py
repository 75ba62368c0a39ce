"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.errors import OntologyError

log = logging.getLogger(__name__)

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


def ontology_path(name: str) -> Path:
    """Path of a file in ``ontology/`` (kg.ttl, shapes.ttl, cameo.ttl)."""
    path = ONTOLOGY_DIR / name
    if not path.exists():
        raise OntologyError(
            f"{path} is missing; kg must be installed from its source tree (pip install -e .)"
        )
    return path


@functools.cache
def shapes_graph() -> Graph:
    return Graph().parse(ontology_path("shapes.ttl"), format="turtle")


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    report: str
    violations: int


def validate_graph(graph: Graph) -> ValidationResult:
    """Validate ``graph`` against the SHACL shapes; never raises on non-conformance.

    Example
    -------
    >>> from rdflib import Graph
    >>> validate_graph(Graph()).conforms
    True
    """
    from pyshacl import validate

    conforms, results_graph, text = validate(
        graph, shacl_graph=shapes_graph(), inference="none", abort_on_first=False, allow_warnings=True
    )
    from rdflib.namespace import SH

    violations = len(set(results_graph.subjects(predicate=SH.resultSeverity, object=SH.Violation)))
    return ValidationResult(bool(conforms), text, violations)
