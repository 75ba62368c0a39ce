"""kg: an offline knowledge-graph builder for news articles (spaCy -> RDF -> Turtle, TriG, GraphML)."""

__version__ = "0.1.0"
