"""kg: an offline knowledge-graph builder for news articles (spaCy -> RDF -> Turtle, TriG, GraphML, ...).

>>> import kg
>>> graph = kg.build(["Kenyan President Ruto Kamau met Ugandan officials in Kampala."])  # doctest: +SKIP
>>> graph.export("out.ttl")  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "build"]


def build(*args: Any, **kwargs: Any) -> Any:
    """Build a knowledge graph in memory; see :func:`kg.api.build`."""
    from kg.api import build as _build

    return _build(*args, **kwargs)


def __getattr__(name: str) -> Any:
    if name == "KnowledgeGraph":
        from kg.api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
