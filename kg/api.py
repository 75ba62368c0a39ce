"""The Python API for notebooks and scripts: ``kg.build(...) -> KnowledgeGraph``.

Example
-------
>>> import kg
>>> g = kg.build(["Kenyan President Ruto Kamau met Ugandan officials on Monday."])  # doctest: +SKIP
>>> g.query("SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }").records()  # doctest: +SKIP
[{'name': 'Ruto Kamau'}]
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.config import DEFAULT_MODEL
from kg.errors import InputError
from kg.model import Article
from kg.vocab import DEFAULT_BASE_IRI

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Dataset, Graph

    from kg.query import QueryResult
    from kg.validate import ValidationResult

TextOrPath = str | os.PathLike[str] | Article


@dataclass
class KnowledgeGraph:
    """A built graph: the RDF, its named graphs per article, and views of it.

    Attributes
    ----------
    rdf:
        The whole graph (an rdflib ``Graph``), as ``graph.ttl`` holds it.
    dataset:
        One named graph per article plus the entities graph, as ``graph.trig`` holds it.
    errors:
        Inputs that could not be read (the rest were built).
    """

    rdf: Graph
    dataset: Dataset
    errors: list[InputError]

    def to_networkx(self) -> nx.MultiDiGraph:
        """The property-graph view (entities and direct edges) that GraphML, GEXF and Neo4j use."""
        from kg.export.graphml import to_networkx

        return to_networkx(self.rdf)

    def query(
        self, sparql: str, bindings: Mapping[str, Any] | None = None, engine: str = "oxigraph"
    ) -> QueryResult:
        """Run SPARQL over the graph; ``kg:``, ``rdfs:``, ``skos:`` ... need no PREFIX lines.

        Values in ``bindings`` are bound by the engine, never pasted into the query text.
        """
        from kg.query import run_query

        return run_query(self.rdf, sparql, bindings, engine=engine)

    def export(self, path: str | os.PathLike[str], format: str | None = None) -> Path:  # noqa: A002
        """Write one export format (``ttl``, ``nt``, ``trig``, ``jsonld``, ``graphml``, ``gexf``,
        ``neo4j``, ``csv``); the format follows the file suffix when not given."""
        from kg.export.registry import Source, write_format

        path = Path(path)
        fmt = format or _format_of(path)
        return write_format(fmt, Source(self.rdf, self.dataset), path)

    def validate(self) -> ValidationResult:
        """SHACL validation against ``ontology/shapes.ttl``."""
        from kg.validate import validate_graph

        return validate_graph(self.rdf)

    def __len__(self) -> int:
        return len(self.rdf)


_SUFFIX_FORMATS = {
    ".ttl": "ttl",
    ".nt": "nt",
    ".trig": "trig",
    ".jsonld": "jsonld",
    ".json": "jsonld",
    ".graphml": "graphml",
    ".gexf": "gexf",
}


def _format_of(path: Path) -> str:
    try:
        return _SUFFIX_FORMATS[path.suffix.lower()]
    except KeyError:
        raise ValueError(
            f"cannot tell the format of {path} from its suffix; pass format= "
            f"(one of ttl, nt, trig, jsonld, graphml, gexf, neo4j, csv)"
        ) from None


def _articles(items: Iterable[TextOrPath]) -> tuple[list[Article], list[InputError]]:
    from kg.read import clean_text, read_inputs

    articles: list[Article] = []
    errors: list[InputError] = []
    paths: list[Path] = []
    for n, item in enumerate(items, start=1):
        if isinstance(item, Article):
            articles.append(item)
        elif isinstance(item, os.PathLike) or (
            isinstance(item, str) and "\n" not in item and Path(item).exists()
        ):
            paths.append(Path(item))
        elif isinstance(item, str):
            text = clean_text(item)
            title = text.split("\n", 1)[0] if "\n" in text else ""
            articles.append(Article(id=f"text-{n}", text=text, title=title))
        else:
            raise TypeError(f"expected text, a path or an Article, got {type(item).__name__}")
    if paths:
        read, errors = read_inputs(paths)
        articles.extend(read)
    return articles, errors


def build(
    texts_or_paths: Iterable[TextOrPath] | TextOrPath,
    *,
    model: str = DEFAULT_MODEL,
    base_iri: str = DEFAULT_BASE_IRI,
    min_confidence: float = 0.0,
    batch_size: int = 16,
    nlp: Any = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from article texts, files or folders, in memory.

    Parameters
    ----------
    texts_or_paths:
        Article texts (``str``; the first line is taken as the title when there are several),
        paths of ``.txt``/``.html``/``.jsonl`` files or folders, or ``kg.model.Article`` records.
    model:
        An installed spaCy pipeline.
    base_iri:
        The base of instance IRIs.
    min_confidence:
        Leave out facts below this confidence.
    nlp:
        An already loaded pipeline (``kg.nlp.load_pipeline``), to save loading it again.

    Example
    -------
    >>> g = build(["Japan's Foreign Minister Ana Sato met Kenyan President Tom Otieno."])  # doctest: +SKIP
    >>> len(g.to_networkx())  # doctest: +SKIP
    4
    """
    from kg.pipeline import extract_all, graph_of

    if isinstance(texts_or_paths, str | os.PathLike | Article):
        texts_or_paths = [texts_or_paths]
    articles, errors = _articles(texts_or_paths)
    facts = extract_all(articles, model=model, batch_size=batch_size, nlp=nlp) if articles else []
    builder = graph_of(facts, base_iri=base_iri, min_confidence=min_confidence)
    return KnowledgeGraph(rdf=builder.union(), dataset=builder.ds, errors=errors)
