"""The build: inputs -> articles -> spaCy -> records -> entities -> RDF -> SHACL -> exports.

This module does the I/O at the edges and calls the pure stages in order. Exports are
written into a staging folder and moved into place only when every file is complete, so
an error half-way leaves the previous exports untouched.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import RDF, Graph

from kg.errors import InputError, ValidationError
from kg.export import registry as _registry
from kg.extract import extract_article
from kg.model import Article, ArticleFacts
from kg.nlp import DEFAULT_MODEL, load_pipeline
from kg.rdf import GraphBuilder, build_graph
from kg.resolve import resolve
from kg.validate import validate_graph
from kg.vocab import DEFAULT_BASE_IRI, KG

log = logging.getLogger(__name__)

#: Every format by default (kg/export/registry.py lists them); FORMAT_FILES maps each to its output.
DEFAULT_FORMATS = _registry.DEFAULT_FORMATS
FORMAT_FILES = _registry.FORMAT_FILES


@dataclass
class BuildResult:
    """What a build produced, for the summary line and for callers."""

    articles: int = 0
    errors: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    relations: Counter = field(default_factory=Counter)
    events: int = 0
    statements: int = 0
    triples: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    graph: Graph | None = None

    def summary(self) -> str:
        ents = ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())) or "none"
        rels = ", ".join(f"{k} {v}" for k, v in sorted(self.relations.items())) or "none"
        failed = f", {len(self.errors)} input(s) failed" if self.errors else ""
        return (
            f"{self.articles} article(s){failed}; entities: {ents}; relations: {rels}; "
            f"events {self.events}; statements {self.statements}; triples {self.triples}; "
            f"{self.seconds:.1f} s"
        )


def extract_all(
    articles: Sequence[Article],
    model: str = DEFAULT_MODEL,
    batch_size: int = 16,
    progress: bool = False,
    nlp=None,
) -> list[ArticleFacts]:
    """Parse and extract every article (batched ``nlp.pipe``)."""
    nlp = nlp or load_pipeline(model)
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    bar = _progress(len(articles)) if progress else None
    out = []
    for article, doc in zip(articles, docs, strict=True):
        out.append(extract_article(article, doc))
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return out


def graph_of(
    facts: Iterable[ArticleFacts], base_iri: str = DEFAULT_BASE_IRI, min_confidence: float = 0.0
) -> GraphBuilder:
    """Resolve entities across articles and map everything to RDF."""
    facts = list(facts)
    return build_graph(facts, resolve(facts), base_iri=base_iri, min_confidence=min_confidence)


def build(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    *,
    model: str = DEFAULT_MODEL,
    base_iri: str = DEFAULT_BASE_IRI,
    formats: Sequence[str] = DEFAULT_FORMATS,
    batch_size: int = 16,
    min_confidence: float = 0.0,
    progress: bool = False,
    on_error: Callable[[InputError], None] | None = None,
) -> BuildResult:
    """Build the graph of ``inputs`` into ``out_dir``.

    Bad inputs are reported (``on_error``) and skipped; the rest are built. The exports
    replace the old ones only once they are all complete.

    Example
    -------
    >>> result = build(["seeds"], "exports")  # doctest: +SKIP
    >>> print(result.summary())  # doctest: +SKIP
    """
    from kg.read import read_inputs

    started = time.perf_counter()
    result = BuildResult()
    articles, errors = read_inputs(list(inputs))
    for err in errors:
        result.errors.append(err)
        if on_error:
            on_error(err)
    facts = extract_all(articles, model=model, batch_size=batch_size, progress=progress) if articles else []
    for af in facts:
        if not af.entities:
            msg = f"{af.article.path or af.article.id}: no entities found; the article adds no facts"
            result.warnings.append(msg)
            log.warning(msg)
    builder = graph_of(facts, base_iri=base_iri, min_confidence=min_confidence)
    graph = builder.union()
    check = validate_graph(graph)
    if not check.conforms:
        raise ValidationError(check.report)
    result.outputs = write_exports(builder, graph, Path(out_dir), formats)
    result.articles = len(articles)
    _count(result, graph)
    result.graph = graph
    result.seconds = time.perf_counter() - started
    return result


def write_exports(builder: GraphBuilder, graph: Graph, out_dir: Path, formats: Sequence[str]) -> list[Path]:
    """Write every requested format into a staging folder, then move them all into place.

    The formats come from :mod:`kg.export.registry`; TriG takes the build's own named graphs.
    """
    formats = _registry.check_formats(list(formats))
    source = _registry.Source(graph, builder.ds, str(builder.base))
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=out_dir))
    written = []
    try:
        for fmt in formats:
            name = FORMAT_FILES[fmt]
            _registry.write_format(fmt, source, staging / name)
            written.append(name)
        for name in written:
            _registry.replace_path(staging / name, out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [out_dir / name for name in written]


def with_dates(articles: Sequence[Article], dates: dict[str, str]) -> list[Article]:
    return [replace(a, date=a.date or dates.get(a.id)) for a in articles]


def _count(result: BuildResult, graph: Graph) -> None:
    types = {
        KG.Person: "Person",
        KG.Organisation: "Organisation",
        KG.Country: "Country",
        KG.Location: "Location",
    }
    for cls, name in types.items():
        n = len(set(graph.subjects(RDF.type, cls)))
        if n:
            result.entities[name] = n
    direct = [
        KG.holdsPositionIn,
        KG.leads,
        KG.memberOf,
        KG.worksFor,
        KG.founded,
        KG.locatedIn,
        KG.partOf,
        KG.citizenOf,
        KG.residesIn,
        KG.interactsWith,
    ]
    for prop in direct:
        n = len(set(graph.subject_objects(prop)))
        if n:
            result.relations[prop.split("#")[-1]] = n
    result.events = len(set(graph.subjects(RDF.type, KG.Event)))
    result.statements = len(set(graph.subjects(RDF.type, KG.Statement)))
    result.triples = len(graph)


def _progress(total: int):
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="article", desc="kg build", leave=False)
