"""Exports: views of a built RDF graph in other formats, one module per format.

Every export is derived from the RDF graph (never from the extraction records), so
the exports cannot disagree with it or with each other.
"""
