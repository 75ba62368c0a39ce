"""Exports: views of a built RDF graph in other formats, one module per format.

Every export is derived from the RDF graph (never from the extraction records), so
the exports cannot disagree with it or with each other.

- ``registry``: every format by name (``ttl``, ``nt``, ``trig``, ``jsonld``, ``graphml``, ``gexf``,
  ``neo4j``, ``csv``), its output name and writer; ``kg build --formats`` and ``kg export`` use it.
- ``rdf_formats``: Turtle, N-Triples, TriG; reading RDF files (pyoxigraph); per-article named graphs.
- ``jsonld``: compacted JSON-LD with the published context ``ontology/context.jsonld``.
- ``graphml``: the property-graph view (``to_networkx``) and GraphML.
- ``gexf``: GEXF 1.3 for Gephi, from the same view.
- ``neo4j``: ``neo4j-admin import`` CSVs and a ``LOAD CSV`` script, from the same view.
- ``tables``: CSV tables for spreadsheets.
"""
