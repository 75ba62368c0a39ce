"""The build's graph on disk: a pyoxigraph store, and the Turtle, TriG and N-Triples written from it.

A build adds each article's named graph to a :class:`GraphStore` as soon as it is mapped to RDF
(and every triple once more to the store's default graph, which is the union: the graph of
``graph.ttl``), so the whole graph never sits in Python objects. The store answers the SHACL
check (:mod:`kg.shacl`) and the summary counts with SPARQL, and the RDF exports are written from
it, one subject at a time, with the bytes kg's rdflib-based writers give for the same graph:

- ``graph.ttl``: what ``rdflib.Graph.serialize(format="turtle")`` writes (the layout of
  rdflib's Turtle serializer: its prefixes, its order of subjects, properties and values, its
  indentation; term labels are made by rdflib itself, and cached);
- ``graph.trig``: what :func:`kg.export.rdf_formats.write_trig` writes;
- ``graph.nt``: what :func:`kg.export.rdf_formats.write_ntriples` writes (sorted lines).

So ``kg export graph.ttl --to ttl`` still rebuilds a build's file exactly, whichever wrote it.
Graphs with blank nodes (kg writes none) go through rdflib itself, which nests them.

The formats written through rdflib (JSON-LD, GraphML, GEXF, Neo4j, CSV) read the store through
:meth:`GraphStore.rdflib_view`, a read-only rdflib Graph over it (no copy of the graph);
:meth:`GraphStore.to_rdflib` makes a copy for callers who keep the graph.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Container, Iterator
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, RDFS, XMLNS
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Node

from kg.errors import ExportError
from kg.export.rdf_formats import oxigraph_term
from kg.fileio import atomic_write
from kg.rdf import GraphBuilder, bind_namespaces
from kg.resolve import Resolved

__all__ = [
    "GraphStore",
    "QuadSink",
    "StoreGraphBuilder",
    "TrigBlocks",
    "ox_term",
    "share_with_forks",
    "write_inherited",
]

log = logging.getLogger(__name__)

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"
_XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_TRUE = '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'
_FALSE = '"false"^^<http://www.w3.org/2001/XMLSchema#boolean>'
#: Characters an IRI cannot hold in N-Triples (kg's own IRIs are made of slugs and never do).
_UNSAFE_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_RDF_TYPE = str(RDF.type)
_RDFS_LABEL = str(RDFS.label)
_PROBE = ox.NamedNode("urn:kg:probe")
_DEFAULT = ox.DefaultGraph()
_NAMED_NODE = ox.NamedNode
_LITERAL = ox.Literal
#: Quads gathered before one write to the store (larger batches load faster, use more memory).
_BATCH = 100_000
#: Bytes of cached N-Quads gathered before one bulk load.
_LOADED_BATCH = 16 << 20
#: Cached labels and terms are dropped beyond this many, so memory stays bounded.
_CACHE_LIMIT = 200_000
#: Where str.splitlines breaks a line besides "\n" and "\r" (which rdflib escapes in literals).
_LINE_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: Letters after a backslash in pyoxigraph's N-Triples that rdflib's would not write (rdflib
#: escapes only \\, \n, " and \r; pyoxigraph also tabs and other control characters).
_OX_ONLY_ESCAPES = (b"t", b"b", b"f", b"u", b"U")


def ox_term(
    node: Node, iris: dict[str, ox.NamedNode] | None = None
) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term of an rdflib term (the inverse of :func:`kg.export.rdf_formats.oxigraph_term`).

    Example
    -------
    >>> ox_term(Literal(3))
    <Literal value=3 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    if isinstance(node, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return node
    if isinstance(node, URIRef):
        if iris is None:
            return ox.NamedNode(str(node))
        found = iris.get(node)
        if found is None:
            found = iris[node] = ox.NamedNode(str(node))
        return found
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype is not None and str(node.datatype) != _XSD_STRING:
            return ox.Literal(str(node), datatype=ox_term(node.datatype, iris))
        return ox.Literal(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    raise ExportError(f"cannot store the RDF term {node!r}")


class GraphStore:
    """An on-disk pyoxigraph store holding a build's named graphs and, in its default graph, their union.

    Parameters
    ----------
    path:
        A folder for the store (created; emptied first if it exists). None keeps the store in
        memory.
    base_iri:
        The build's base IRI (the ``kgi`` prefix; see :func:`kg.rdf.bind_namespaces`).

    Example
    -------
    >>> from rdflib import Dataset, URIRef
    >>> ds = Dataset()
    >>> _ = ds.graph(URIRef("https://example.org/g")).add(
    ...     (URIRef("https://example.org/a"), RDF.type, URIRef("https://example.org/C")))
    >>> store = GraphStore(None, "https://example.org/")
    >>> store.add_dataset(ds)
    >>> len(store), store.named_graphs()
    (1, [rdflib.term.URIRef('https://example.org/g')])
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None,
        base_iri: str,
    ) -> None:
        self.path = Path(path) if path is not None else None
        if self.path is not None:
            if self.path.exists():
                shutil.rmtree(self.path)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.store = ox.Store(str(self.path))
        else:
            self.store = ox.Store()
        self.base_iri = base_iri
        # The N-Quads kg loads are parsed leniently (IRIs not checked again: a third of the load's
        # time). Every IRI kg makes is the base IRI with a slug of safe characters (checked in
        # StoreGraphBuilder.iri), or a fixed vocabulary IRI, so checking the base IRI once here
        # keeps invalid IRIs out of the store.
        try:
            ox.NamedNode(base_iri + "x")
        except ValueError as err:
            raise ExportError(f"the base IRI <{base_iri}> is not an IRI: {err}") from None
        self._iris: dict[str, ox.NamedNode] = {}
        self._pending: list[ox.Quad] = []
        # pyoxigraph keeps typed literals by value and gives back the canonical lexical form
        # ("0.80"^^xsd:decimal comes back as "0.8"); rdflib keeps the form it was given. The
        # forms kg wrote are kept here, by (datatype, canonical form), and put back on reading.
        self._lexical: dict[tuple[str, str], str] = {}
        self._canonical: dict[tuple[str, str], str] = {}
        self._article_lexical: set[tuple[str, str, str]] | None = None
        self._lines: list[str] = []
        self._lines_size = 0
        self._mark = 0
        self._loaded: list[bytes] = []
        self._loaded_size = 0
        self._scratch = ox.Store()
        #: Whether the union has a blank node: None until asked (a full scan) or known from what
        #: was added (kg adds none: every term added is looked at, so no scan is needed).
        self._blank: bool | None = None
        self._blank_added = False
        #: The distinct subjects or predicates of the union, by variable (several writers ask;
        #: forgotten when something is added, as ``_blank`` is).
        self._distinct: dict[str, list[str]] = {}
        #: The article graphs' TriG blocks kept in the build cache, if a build set them.
        self.trig_blocks: TrigBlocks | None = None

    def write(self, fmt: str, path: str | os.PathLike[str]) -> None:
        """Write ``ttl``, ``nt`` or ``trig``."""
        {"ttl": self.write_turtle, "nt": self.write_ntriples, "trig": self.write_trig}[fmt](path)

    def reader(self) -> dict[str, Any]:
        """What another process needs to read this store on disk (:func:`write_from_disk`):
        everything added is written first."""
        if self.path is None:
            raise ExportError("only a store on disk can be read by another process")
        self.flush()
        self.store.flush()
        return {
            "path": str(self.path),
            "base_iri": self.base_iri,
            "lexical": dict(self._lexical),
            "blank": self._blank,
        }

    @classmethod
    def open_reader(cls, reader: dict[str, Any]) -> GraphStore:
        """The store another process described with :meth:`reader`, opened read-only, with the
        lexical forms the build gave its literals."""
        store = cls(None, reader["base_iri"])
        store.path = Path(reader["path"])
        store.store = ox.Store.read_only(reader["path"])
        store._lexical = dict(reader["lexical"])
        store._blank = reader.get("blank")
        return store

    def close(self) -> None:
        """Write what is pending and let go of the store (its folder can then be removed)."""
        self.flush()
        self.store = None  # type: ignore[assignment]
        self._scratch = None  # type: ignore[assignment]

    # -- loading ------------------------------------------------------------------------
    def add_dataset(self, dataset: Dataset) -> None:
        """Add every quad of ``dataset`` to its named graph and to the union (the default graph)."""
        iris = self._iris
        pending = self._pending
        for s, p, o, g in dataset.quads((None, None, None, None)):
            if isinstance(o, Literal) and o.datatype is not None:
                self._remember(str(o.datatype), str(o))
            elif isinstance(o, BNode) or isinstance(s, BNode):
                self._blank_added = True
            triple = (ox_term(s, iris), ox_term(p, iris), ox_term(o, iris))
            pending.append(ox.Quad(*triple, _DEFAULT))
            name = g.identifier if isinstance(g, Graph) else g
            if name is not None and name != DATASET_DEFAULT_GRAPH_ID:
                pending.append(ox.Quad(*triple, ox_term(name, iris)))
        if len(pending) >= _BATCH:
            self.flush()
        if len(iris) > _CACHE_LIMIT:
            iris.clear()

    def sink(self) -> QuadSink:
        """A stand-in for a :class:`kg.rdf.GraphBuilder`'s rdflib Dataset, adding to the store."""
        return QuadSink(self)

    def add_line(self, subject: str, predicate: str, obj: str, graph: str) -> None:
        """Add one triple, its terms in N-Triples syntax, to a named graph and to the union."""
        if subject[:2] == "_:" or obj[:2] == "_:":
            self._blank_added = True
        self._lines.append(f"{subject} {predicate} {obj} {graph} .\n{subject} {predicate} {obj} .\n")

    def term_text(self, node: Node) -> str:
        """An rdflib term in N-Triples syntax, with the lexical form of a typed literal kept."""
        if isinstance(node, Literal) and node.datatype is not None:
            self._remember(str(node.datatype), str(node))
        return str(ox_term(node))

    def _remember(self, datatype: str, lexical: str) -> None:
        """Keep the lexical form of a typed literal that the store would change."""
        key = (datatype, lexical)
        canonical = self._canonical.get(key)
        if canonical is None:
            if datatype == _XSD_STRING:
                return
            probe = ox.Quad(_PROBE, _PROBE, ox.Literal(lexical, datatype=ox.NamedNode(datatype)))
            self._scratch.add(probe)
            (stored,) = self._scratch.quads_for_pattern(_PROBE, _PROBE, None)
            self._scratch.remove(stored)
            canonical = self._canonical[key] = stored.object.value
            if canonical != lexical:
                self._keep_lexical(datatype, canonical, lexical)
        if canonical != lexical and self._article_lexical is not None:
            self._article_lexical.add((datatype, canonical, lexical))

    def _keep_lexical(self, datatype: str, canonical: str, lexical: str) -> None:
        kept = self._lexical.setdefault((datatype, canonical), lexical)
        if kept != lexical:
            raise ExportError(
                f'the graph has both "{kept}" and "{lexical}" as <{datatype}> literals; the store '
                "cannot keep them apart (kg writes one lexical form per value)"
            )

    # -- one article at a time, with its N-Quads for the build cache ---------------------------
    def begin_graph(self) -> None:
        """Start collecting what is added until :meth:`end_graph` (one article's graph)."""
        self.flush_if_full()
        self._mark = len(self._lines)
        self._article_lexical = set()

    def end_graph(self) -> bytes:
        """The quads added since :meth:`begin_graph` as N-Quads (named graph and union), with the
        lexical forms the store changes in a first comment line: :meth:`add_nquads` takes them back."""
        forms = sorted(self._article_lexical or ())
        self._article_lexical = None
        header = "# kg-lexical " + json.dumps(forms, ensure_ascii=False) + "\n"
        body = "".join(self._lines[self._mark :])
        self._lines_size += len(body)
        return (header + body).encode("utf-8")

    def add_nquads(self, data: bytes) -> None:
        """Add what :meth:`end_graph` gave (parsed by pyoxigraph, in bulk)."""
        first, _, body = data.partition(b"\n")
        if not first.startswith(b"# kg-lexical "):
            raise ExportError("cached N-Quads without their lexical forms")
        for datatype, canonical, lexical in json.loads(first[len(b"# kg-lexical ") :]):
            self._canonical[(datatype, lexical)] = canonical
            self._keep_lexical(datatype, canonical, lexical)
        if b"_:" in body:  # (or a literal holding "_:": then the store is asked)
            self._blank_added = True
        self._loaded.append(body)
        self._loaded_size += len(body)
        self.flush_if_full()

    def flush_if_full(self) -> None:
        if len(self._pending) >= _BATCH or self._loaded_size + self._lines_size >= _LOADED_BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the quads gathered so far."""
        if self._pending:
            self.store.bulk_extend(self._pending)
            self._pending = []
            self._blank = None if self._blank_added else False
            self._distinct = {}
        if self._lines:
            self._loaded.append("".join(self._lines).encode("utf-8"))
            self._lines = []
            self._lines_size = 0
        if self._loaded:
            self._blank = None if self._blank_added else False
            self._distinct = {}
            self.store.bulk_load(b"".join(self._loaded), format=ox.RdfFormat.N_QUADS, lenient=True)
            self._loaded = []
            self._loaded_size = 0

    # -- reading ------------------------------------------------------------------------
    def term(self, node: object, iris: dict[str, URIRef] | None = None) -> Node:
        """The rdflib term of a stored term, with the lexical form the build gave it."""
        if isinstance(node, ox.Literal) and self._lexical:
            original = self._lexical.get((node.datatype.value, node.value))
            if original is not None:
                return Literal(original, datatype=URIRef(node.datatype.value))
        return oxigraph_term(node, iris)

    def lexical(self, literal: ox.Literal) -> str:
        """The lexical form the build gave a stored literal."""
        if self._lexical:
            return self._lexical.get((literal.datatype.value, literal.value), literal.value)
        return literal.value

    def query(self, sparql: str) -> ox.QuerySolutions | ox.QueryBoolean:
        """SPARQL over the union graph (the store's default graph)."""
        self.flush()
        return self.store.query(sparql)

    def __len__(self) -> int:
        """Triples in the union graph."""
        self.flush()
        (row,) = self.store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(row["n"].value)

    def named_graphs(self) -> list[URIRef]:
        """The named graphs, in IRI order."""
        self.flush()
        return sorted(URIRef(g.value) for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def union_triples(self) -> Iterator[tuple[Node, Node, Node]]:
        """Every triple of the union as rdflib terms (in the store's order)."""
        self.flush()
        iris: dict[str, URIRef] = {}
        for q in self.store.quads_for_pattern(None, None, None, _DEFAULT):
            yield oxigraph_term(q.subject, iris), oxigraph_term(q.predicate, iris), self.term(q.object, iris)

    def to_rdflib(self) -> Graph:
        """The union as an rdflib Graph, with kg's prefixes bound (as a build's graph has them)."""
        graph = Graph()
        bind_namespaces(graph, self.base_iri)
        for triple in self.union_triples():
            graph.add(triple)
        return graph

    def rdflib_view(self) -> Graph:
        """The union as a read-only rdflib Graph that reads the store on each lookup.

        What the formats written through rdflib (JSON-LD, GraphML, GEXF, Neo4j, CSV) get in a
        build: unlike :meth:`to_rdflib`, nothing of the graph is copied into Python objects, so
        memory stays flat however large the build. The store must stay open while it is used.
        """
        self.flush()
        graph = Graph(store=_UnionView(self))
        bind_namespaces(graph, self.base_iri)
        return graph

    def to_dataset(self) -> Dataset:
        """The named graphs as an rdflib Dataset (as :class:`kg.rdf.GraphBuilder` makes it)."""
        self.flush()
        ds = Dataset()
        bind_namespaces(ds, self.base_iri)
        iris: dict[str, URIRef] = {}
        for name in self.named_graphs():
            target = ds.graph(name)
            for q in self.store.quads_for_pattern(None, None, None, ox.NamedNode(str(name))):
                target.add(
                    (
                        oxigraph_term(q.subject, iris),
                        oxigraph_term(q.predicate, iris),
                        self.term(q.object, iris),
                    )
                )
        return ds

    def distinct(self, variable: str) -> list[str]:
        """The distinct values (their text) of ``s`` or ``p`` in the union, in the store's order:
        a full scan, made once until something is added."""
        self.flush()
        found = self._distinct.get(variable)
        if found is None:
            if variable not in ("s", "p"):
                raise ValueError(f"no distinct {variable!r}")
            rows = self.store.query(f"SELECT DISTINCT ?{variable} WHERE {{ ?s ?p ?o }}")
            found = self._distinct[variable] = [row[0].value for row in rows]
        return found

    def has_blank_nodes(self) -> bool:
        """Whether the union has a blank node (asked once until something is added: a full scan)."""
        self.flush()
        if self._blank is None:
            self._blank = bool(self.store.query("ASK { ?s ?p ?o FILTER (isBlank(?s) || isBlank(?o)) }"))
        return self._blank

    # -- writing ------------------------------------------------------------------------
    def write_ntriples(self, path: str | os.PathLike[str]) -> None:
        """Sorted N-Triples of the union: the bytes of :func:`kg.export.rdf_formats.write_ntriples`."""
        self.flush()
        if self.path is None:
            # pyoxigraph's own N-Triples of the union, when its bytes are rdflib's (see
            # _sorted_ntriples): one dump, no Python object per term.
            data = self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=_DEFAULT)
            if self._blank is None and b"_:" not in data:  # no blank node label anywhere
                self._blank = False
            if not self.has_blank_nodes() and not _escapes_differ(data):
                lines = data.split(b"\n")
                del data
                self._sorted_ntriples(lines, path)
                return
            del data
        if self.has_blank_nodes():
            self._ntriples_by_rdflib(path)
            return
        # A line starts with "<subject> ", and ">" cannot occur inside an IRI, so sorting the
        # subjects as "<iri>" and then each subject's lines gives the order of sorting every line.
        subjects = list(self.distinct("s"))
        subjects.sort(key=lambda s: f"<{s}>")
        try:
            with _body_file(path) as (out, _):
                for subject in subjects:
                    head = f"<{subject}> "
                    lines = [
                        f"{head}<{q.predicate.value}> {self._nt_object(q.object)} .\n"
                        for q in self.store.quads_for_pattern(ox.NamedNode(subject), None, None, _DEFAULT)
                    ]
                    lines.sort()
                    text = "".join(lines)
                    if _LINE_BREAKS.search(text):
                        raise _OnlyRdflib
                    out.write(text)
        except _OnlyRdflib:
            # write_ntriples splits rdflib's text with str.splitlines, which also breaks lines at
            # characters such as U+2028 inside literals: only rdflib itself gives those bytes.
            self._ntriples_by_rdflib(path)

    def _sorted_ntriples(self, lines: list[bytes], path: str | os.PathLike[str]) -> None:
        """Write the lines of pyoxigraph's N-Triples of the union sorted, as rdflib's writer
        would: the caller has made sure no literal holds a character pyoxigraph escapes and rdflib
        does not (a tab, a control character) or one at which ``str.splitlines`` breaks a line
        (:func:`_escapes_differ`).

        The lines are sorted as bytes: UTF-8 keeps the order of code points, so this is the order
        of sorting the text. Typed literals get back the lexical forms the build gave them. For a
        store in memory only: the lines are held at once (about the size of ``graph.nt`` again,
        with the dump while it is split).
        """
        if lines and not lines[-1]:
            lines.pop()
        by_datatype: dict[str, dict[bytes, bytes]] = defaultdict(dict)
        for (datatype, canonical), lexical in self._lexical.items():
            by_datatype[datatype][canonical.encode("utf-8")] = lexical.encode("utf-8")
        for datatype, forms in sorted(by_datatype.items()):
            # A line's object is a literal of the datatype when the line ends with this; its
            # lexical form follows the last '"' before it (a '"' inside a literal is escaped, and
            # no form kg keeps holds a backslash).
            end = b'"^^<' + datatype.encode("utf-8") + b"> ."
            for n, line in enumerate(lines):
                if line.endswith(end):
                    head, quote, lexical = line[: -len(end)].rpartition(b'"')
                    kept = forms.get(lexical)
                    if kept is not None and quote:
                        lines[n] = head + quote + kept + end
        lines.sort()
        try:
            with atomic_write(path, "wb") as fh:
                for start in range(0, len(lines), 10_000):
                    fh.write(b"\n".join(lines[start : start + 10_000]) + b"\n")
        except OSError as err:
            raise ExportError(f"cannot write {path}: {err}") from err

    def _ntriples_by_rdflib(self, path: str | os.PathLike[str]) -> None:
        from kg.export.rdf_formats import write_ntriples

        write_ntriples(self.to_rdflib(), path)

    def _nt_object(self, node: object) -> str:
        """An object as rdflib's N-Triples serializer writes it (only \\, \\n, " and \\r escaped)."""
        if isinstance(node, ox.NamedNode):
            return f"<{node.value}>"
        if isinstance(node, ox.Literal):
            encoded = _nt_quote(self.lexical(node) if node.datatype.value != _XSD_STRING else node.value)
            if node.language:
                return f"{encoded}@{node.language}"
            if node.datatype.value != _XSD_STRING:
                return f"{encoded}^^<{node.datatype.value}>"
            return encoded
        raise ExportError(f"unexpected term {node} in a graph without blank nodes")

    def write_turtle(self, path: str | os.PathLike[str]) -> None:
        """Turtle of the union: the bytes of rdflib's ``Graph.serialize(format="turtle")``."""
        self.flush()
        labels = _Labels(self)
        if self.has_blank_nodes() or not labels.predicates_have_prefixes(self._predicates()):
            _atomic_text(path, self.to_rdflib().serialize(format="turtle"))
            return
        refs: dict[str, int] = {}
        query = "SELECT ?o (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER isIRI(?o) } GROUP BY ?o"
        for row in self.store.query(query):
            refs[row["o"].value] = int(row["n"].value)
        subjects = list(self.distinct("s"))
        subjects.sort(key=lambda s: (refs.get(s, 0), s))
        with _body_file(path) as (out, finish):
            for subject in subjects:
                props = _group(self.store.quads_for_pattern(ox.NamedNode(subject), None, None, _DEFAULT))
                out.write(labels.block(subject, props, 0))
            finish(labels.turtle_header(), "\n")

    def write_trig(self, path: str | os.PathLike[str]) -> None:
        """TriG of the named graphs: the bytes of :func:`kg.export.rdf_formats.write_trig`."""
        self.flush()
        labels = _Labels(self)
        if self.has_blank_nodes() or not labels.predicates_have_prefixes(self._predicates()):
            from kg.export.rdf_formats import write_trig

            write_trig(self.to_dataset(), path)
            return
        blocks = self.trig_blocks
        prefixes: set[str] = set()
        with _body_file(path) as (out, finish):
            for n, name in enumerate(self.named_graphs()):
                cached = blocks.get(str(name)) if blocks is not None else None
                if cached is not None:
                    block, declared = cached
                    prefixes.update(f"@prefix {p}: <{ns}> ." for p, ns in declared)
                    out.write(("\n" if n else "") + block)
                    continue
                labels.used = set()
                text = self._trig_graph(ox.NamedNode(str(name)), labels)
                # What write_trig does with rdflib's text of each graph.
                kept = []
                for line in text.splitlines():
                    if line.startswith("@prefix"):
                        prefixes.add(line)
                    else:
                        kept.append(line)
                block = "\n".join(kept).strip() + "\n"
                out.write(("\n" if n else "") + block)
                if blocks is not None:
                    blocks.put(str(name), block, labels.declared(labels.used))
                labels.used = None
            prefixes.update(labels.prefix_lines())
            finish("\n".join(sorted(prefixes)) + "\n\n", "")

    def _trig_graph(self, graph: ox.NamedNode, labels: _Labels) -> str:
        """rdflib's TriG text of a Dataset holding only ``graph``, less its prefix lines."""
        # One pass: each subject's (predicate -> objects), and how often each IRI is an object
        # (rdflib's order of subjects); terms by their text, hashed as str.
        refs: dict[str, int] = {}
        by_subject: dict[str, dict[str, list[object]]] = {}
        for q in self.store.quads_for_pattern(None, None, None, graph):
            obj = q.object
            if type(obj) is _NAMED_NODE:
                value = obj.value
                refs[value] = refs.get(value, 0) + 1
            subject = q.subject.value
            props = by_subject.get(subject)
            if props is None:
                props = by_subject[subject] = {}
            predicate = q.predicate.value
            found = props.get(predicate)
            if found is None:
                props[predicate] = [obj]
            else:
                found.append(obj)
        parts = [f"\n{labels.iri(graph.value)} {{"]
        for subject in sorted(by_subject, key=lambda s: (refs.get(s, 0), s)):
            parts.append(labels.block(subject, by_subject[subject], 1))
        parts.append("}\n\n")
        return "".join(parts)

    def _predicates(self) -> list[str]:
        return sorted(self.distinct("p"))


#: The store a forked process inherits (see :func:`write_inherited`).
_INHERITED: GraphStore | None = None


def share_with_forks(store: GraphStore | None) -> None:
    """Make ``store`` (in memory) the one that processes forked from now on write from."""
    global _INHERITED
    _INHERITED = store


def write_inherited(fmt: str, target: str) -> float:
    """Write one format from the in-memory store this process inherited when it was forked from
    the build (:func:`share_with_forks`). Returns the seconds it took."""
    import time

    started = time.perf_counter()
    if _INHERITED is None:
        raise ExportError("no store was shared with this process")
    _write_format(_INHERITED, fmt, target, _INHERITED.base_iri)
    return time.perf_counter() - started


def write_from_disk(reader: dict[str, Any], fmt: str, target: str) -> float:
    """Write one format from a build's store on disk, in a process of its own (spawned: a RocksDB
    handle does not survive a fork), through a read-only handle. ``reader`` is
    :meth:`GraphStore.reader`. Returns the seconds it took."""
    import time

    started = time.perf_counter()
    store = _opened(reader)
    _write_format(store, fmt, target, store.base_iri)
    return time.perf_counter() - started


def check_from_disk(reader: dict[str, Any]) -> tuple[bool, float]:
    """Whether a build's store on disk conforms to the shapes (the SPARQL check of
    :func:`kg.shacl.check_store`), asked in a side process through the read-only handle the
    exports there share. Returns (conforms, seconds); the build itself finds and reports what is
    wrong when it does not."""
    import time

    from kg.shacl import Unsupported, check_store

    started = time.perf_counter()
    try:
        conforms = check_store(_opened(reader)).conforms
    except Unsupported:
        conforms = False  # (shapes the SPARQL check cannot read: the build asks pyshacl)
    return conforms, time.perf_counter() - started


#: The read-only store a side process opened (:func:`write_from_disk`), with what described it.
_READER: tuple[dict[str, Any], GraphStore] | None = None


def _opened(reader: dict[str, Any]) -> GraphStore:
    """The store ``reader`` describes, opened read-only once per process: every format and the
    check a side process runs share the handle, so what one asks of the whole store (its distinct
    subjects) the next one reuses."""
    global _READER
    if _READER is None or _READER[0] != reader:
        _READER = (reader, GraphStore.open_reader(reader))
    return _READER[1]


def _write_format(store: GraphStore, fmt: str, target: str, base_iri: str) -> None:
    if fmt in ("ttl", "nt", "trig"):
        store.write(fmt, target)
    else:  # a format written through rdflib, from the read-only view of the store
        from kg.export import registry

        registry.write_format(fmt, registry.Source(store.rdflib_view(), None, base_iri), Path(target))


#: Datatypes an rdflib literal does not carry (a plain or a language-tagged string).
_UNTYPED = frozenset(
    {"http://www.w3.org/2001/XMLSchema#string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}
)


class _UnionView(SimpleMemory):
    """A read-only rdflib store over a :class:`GraphStore`'s union graph (its default graph).

    Prefixes are kept as rdflib's simple memory store keeps them; triples come from pyoxigraph,
    with the lexical forms the build wrote (:meth:`GraphStore.term`).
    """

    def __init__(self, store: GraphStore) -> None:
        super().__init__()
        self._source = store
        #: The store itself, for writers that read pyoxigraph directly (kg.export.jsonld).
        self.oxigraph_source = store
        self._iris: dict[str, URIRef] = {}
        self._ox: dict[object, ox.NamedNode] = {}
        #: Stored terms -> rdflib terms (making an rdflib Literal costs more than a lookup).
        self._terms: dict[object, Node] = {}
        #: Property -> its (subject, object) pairs, from a store in memory (see :meth:`pairs`).
        self._pairs: dict[URIRef, list[tuple[Node, Node]]] = {}
        self._all_terms: dict[object, Node] = {}

    def _pattern_term(self, node: Node | None) -> object:
        if node is None:
            return None
        if isinstance(node, URIRef):
            found = self._ox.get(node)
            if found is None:
                if len(self._ox) > _CACHE_LIMIT:
                    self._ox.clear()
                found = self._ox[node] = ox.NamedNode(str(node))
            return found
        return ox_term(node)

    def triples(self, triple_pattern: tuple, context: object = None) -> Iterator[tuple[tuple, Iterator]]:
        s, p, o = triple_pattern
        if len(self._iris) > _CACHE_LIMIT:
            self._iris.clear()
        if len(self._terms) > _CACHE_LIMIT:
            self._terms.clear()
        iris, terms, term = self._iris, self._terms, self._source.term
        quads = self._source.store.quads_for_pattern(
            self._pattern_term(s), self._pattern_term(p), self._pattern_term(o), _DEFAULT
        )
        for q in quads:
            if o is None:
                obj = q.object
                found = terms.get(obj)
                if found is None:
                    found = terms[obj] = term(obj, iris)
            else:
                found = o
            yield (
                (
                    s if s is not None else oxigraph_term(q.subject, iris),
                    p if p is not None else oxigraph_term(q.predicate, iris),
                    found,
                ),
                iter(()),
            )

    def __len__(self, context: object = None) -> int:
        return len(self._source)

    def pairs(self, prop: URIRef) -> list[tuple[Node, Node]] | Iterator[tuple[Node, Node]]:
        """(subject, object) of every triple of ``prop``, in the order ``Graph.subject_objects``
        gives them, without rdflib's layers of generators.

        The property-graph formats (GraphML, GEXF, Neo4j, CSV) each scan the same properties
        of every evidence node; from a store in memory, each property's pairs are made once
        and kept while the view lives (about as many rdflib terms as the graph has triples,
        for a build small enough to keep its store in memory). From a store on disk they
        are read again each time, so memory stays flat.
        """
        found = self._pairs.get(prop)
        if found is not None:
            return found
        if self._source.path is not None:
            return self._scan_pairs(prop)
        # A tight loop: each stored term is made an rdflib term once (the graph's terms stay
        # in memory with the pairs anyway).
        terms, iris, convert = self._all_terms, self._iris, self._source.term
        found = self._pairs[prop] = []
        append = found.append
        for q in self._source.store.quads_for_pattern(None, self._pattern_term(prop), None, _DEFAULT):
            s, o = q.subject, q.object
            subject = terms.get(s)
            if subject is None:
                subject = terms[s] = convert(s, iris)
            obj = terms.get(o)
            if obj is None:
                obj = terms[o] = convert(o, iris)
            append((subject, obj))
        return found

    def pairs_from(self, prop: URIRef, subjects: Container[str]) -> Iterator[tuple[str, Node]]:
        """(subject IRI, object) of each triple of ``prop`` whose subject's IRI is in ``subjects``;
        the other triples' objects are never made rdflib terms (the CSV tables read a few
        properties of the events among every evidence node)."""
        if self._source.path is None:
            for subject, obj in self.pairs(prop):
                key = str(subject)
                if key in subjects:
                    yield key, obj
            return
        iris, convert = self._iris, self._source.term
        for q in self._source.store.quads_for_pattern(None, self._pattern_term(prop), None, _DEFAULT):
            key = q.subject.value
            if key in subjects and isinstance(q.subject, ox.NamedNode):
                yield key, convert(q.object, iris)

    def lexical_pairs(self, prop: URIRef) -> Iterator[tuple[str, str, str]]:
        """(subject IRI, object IRI or lexical form, datatype IRI) of each triple of ``prop`` whose
        subject is an IRI, with no rdflib term made (ten times faster, for the property-graph
        view's scans of every evidence node). The datatype is "" for an IRI and for a plain or
        language-tagged string, as an rdflib term has none."""
        lexical = self._source.lexical
        for q in self._source.store.quads_for_pattern(None, self._pattern_term(prop), None, _DEFAULT):
            s, o = q.subject, q.object
            if not isinstance(s, ox.NamedNode):
                continue
            if isinstance(o, ox.Literal):
                datatype = o.datatype.value
                yield s.value, lexical(o), "" if datatype in _UNTYPED else datatype
            else:
                yield s.value, o.value, ""

    def _scan_pairs(self, prop: URIRef) -> Iterator[tuple[Node, Node]]:
        """The pairs of ``prop`` read from the store, for a store on disk: the objects' rdflib
        terms are shared only within the scan, so nothing of it stays once the caller is done
        (the view's term cache would keep up to its limit of them, sentences included)."""
        if len(self._iris) > _CACHE_LIMIT:
            self._iris.clear()
        terms: dict[object, Node] = {}
        iris, convert = self._iris, self._source.term
        for q in self._source.store.quads_for_pattern(None, self._pattern_term(prop), None, _DEFAULT):
            o = q.object
            obj = terms.get(o)
            if obj is None:
                obj = terms[o] = convert(o, iris)
            yield oxigraph_term(q.subject, iris), obj

    def sorted_subjects(self) -> tuple[list[Node], bool]:
        """The distinct subjects in IRI order and whether the graph has blank nodes (for writers
        that go subject by subject: one SPARQL query instead of converting every triple)."""
        if self._source.has_blank_nodes():
            return [], True
        return [URIRef(s) for s in sorted(self._source.distinct("s"))], False

    def add(self, *args: object, **kwargs: object) -> None:
        raise ExportError("the store view of a build's graph is read-only")

    addN = remove = add  # noqa: N815


class QuadSink:
    """The part of rdflib's Dataset that :class:`kg.rdf.GraphBuilder` writes to (``graph(name).add``,
    ``bind``), adding each triple to a :class:`GraphStore` as a line of N-Quads: no rdflib store in
    between. Terms are text in N-Triples syntax (as :class:`StoreGraphBuilder` makes them) or rdflib
    terms (converted once and remembered)."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.texts: dict[Node, str] = {}

    def graph(self, identifier: Node) -> _SinkGraph:
        return _SinkGraph(self, self.text(identifier))

    def text(self, node: Node | str) -> str:
        if type(node) is str:
            return node
        found = self.texts.get(node)
        if found is None:
            if len(self.texts) > _CACHE_LIMIT:
                self.texts.clear()
            found = self.texts[node] = self.store.term_text(node)
        return found

    def bind(self, *args: object, **kwargs: object) -> None:
        """Prefixes belong to the writers; nothing to keep here."""


class _SinkGraph:
    def __init__(self, sink: QuadSink, name: str) -> None:
        self.sink = sink
        self.name = name

    def add(self, triple: tuple[Node | str, Node | str, Node | str]) -> _SinkGraph:
        text = self.sink.text
        self.sink.store.add_line(text(triple[0]), text(triple[1]), text(triple[2]), self.name)
        return self


class StoreGraphBuilder(GraphBuilder):
    """A :class:`kg.rdf.GraphBuilder` whose named graphs go straight into a :class:`GraphStore` as
    N-Quads text: its own IRIs and literals are made as text in N-Triples syntax, with no rdflib
    or pyoxigraph term made only to be converted (which was most of the cost of mapping a build to
    RDF), and pyoxigraph parses them in bulk."""

    def __init__(
        self, store: GraphStore, resolved: Resolved, base_iri: str, min_confidence: float = 0.0
    ) -> None:
        self.store = store
        super().__init__(resolved, base_iri, min_confidence)

    def new_dataset(self) -> QuadSink:
        return QuadSink(self.store)

    def iri(self, value: str) -> str:  # type: ignore[override]
        if _UNSAFE_IRI.search(value):
            raise ExportError(f"cannot write the IRI <{value}>")
        return f"<{value}>"

    def literal(self, value: object, datatype: str | None = None) -> str:  # type: ignore[override]
        kind = type(value)
        if datatype is None:
            if kind is str:
                return _nt_quote(value)
            if kind is bool:
                return _TRUE if value else _FALSE
            if kind is int:  # str() of a Python int is the canonical form: nothing to remember
                return f'"{value}"^^<{_XSD_INTEGER}>'
            if kind is Decimal:
                datatype, value = _XSD_DECIMAL, str(value)
            else:
                return self.store.term_text(Literal(value))
        value = str(value)
        self.store._remember(datatype, value)
        return f"{_nt_quote(value)}^^<{datatype}>"


class TrigBlocks:
    """The blocks of ``graph.trig`` of a build's article graphs, kept beside their N-Quads in the
    build cache (``rdf/<key>.trig``, :class:`kg.manifest.GraphCache`).

    An article's block (``<graph> { ... }``) is a function of its named graph alone, which the
    graph-cache key covers (records, settings, the RDF code, the IRIs its entities resolve to),
    and of rdflib's labels; so an incremental build writes the blocks of unchanged articles from
    the cache, and formats only the changed ones and the entities graph. Each block is kept with
    the prefixes its labels use, which the file's header must declare.

    ``keys`` maps each article graph's IRI to its graph-cache key (None for a graph that two
    articles share, whose block is never kept); ``reuse`` False (``--clean``) writes blocks
    without reading any.
    """

    def __init__(self, cache: object, keys: dict[str, str | None], reuse: bool = True) -> None:
        import rdflib

        self.cache = cache
        self.keys = keys
        self.reuse = reuse
        # The labels are rdflib's: a block kept by another rdflib version is made again.
        self.stamp = json.dumps({"rdflib": rdflib.__version__})

    def get(self, name: str) -> tuple[str, list[tuple[str, str]]] | None:
        """The kept block of graph ``name`` and the (prefix, namespace) pairs it uses, or None."""
        key = self.keys.get(name)
        if key is None or not self.reuse:
            return None
        data = self.cache.get(key, ".trig")
        if data is None:
            return None
        stamp, declared, block = data.decode("utf-8").split("\n", 2)
        if stamp != self.stamp:
            return None
        return block, [tuple(pair) for pair in json.loads(declared)]

    def put(self, name: str, block: str, declared: list[tuple[str, str]]) -> None:
        key = self.keys.get(name)
        if key is None:
            return
        text = f"{self.stamp}\n{json.dumps(declared, ensure_ascii=False)}\n{block}"
        try:
            self.cache.put(key, text.encode("utf-8"), ".trig")
        except OSError as err:  # the cache is an optimisation: a build does not fail on it
            log.warning("cannot keep the TriG block of %s in the build cache: %s", name, err)


class _OnlyRdflib(Exception):
    """The graph needs rdflib's own writer to get its bytes."""


def _group(quads: object) -> dict[str, list[object]]:
    props: dict[str, list[object]] = {}
    for q in quads:
        predicate = q.predicate.value
        found = props.get(predicate)
        if found is None:
            props[predicate] = [q.object]
        else:
            found.append(q.object)
    return props


class _Labels:
    """Term labels and the statement layout of rdflib's Turtle serializer, one subject at a time.

    The labels come from rdflib (``TurtleSerializer.get_pname``, ``Literal._literal_n3``,
    ``Literal._quote_encode``), cached; the layout below mirrors
    ``TurtleSerializer.statement`` for subjects that are IRIs. The prefixes rdflib declares
    are those of every IRI, predicate and literal datatype it met (its ``preprocess``), which
    :meth:`prefix_lines` gives after the body is written.
    """

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.graph = Graph()
        bind_namespaces(self.graph, store.base_iri)
        self.serializer = TurtleSerializer(self.graph)
        self.serializer.reset()
        self.bound = sorted({str(ns) for _, ns in self.graph.namespaces()})
        self.initial = {str(ns) for _, ns in self.graph.namespaces()}
        self.iris: dict[str, str] = {}
        self.verbs: dict[str, str] = {"http://www.w3.org/1999/02/22-rdf-syntax-ns#type": "a"}
        self.literals: dict[object, str] = {}
        #: The prefix each cached typed literal's datatype makes rdflib declare (see ``used``).
        self.literal_prefixes: dict[object, str] = {}
        self.datatypes: set[str] = set()
        #: While a set, the prefixes of the labels given (made or cached): the prefixes a TriG
        #: block needs declared, kept with the block in the build cache (see :class:`TrigBlocks`).
        self.used: set[str] | None = None
        self._datatype_prefix: dict[str, str | None] = {}

    def predicates_have_prefixes(self, predicates: list[str]) -> bool:
        """Whether every predicate has a bound prefix: otherwise rdflib makes up ``ns1`` prefixes
        in the order it meets the triples, and only rdflib itself can say which."""
        for p in predicates:
            self.verb(p)
        return {str(ns) for _, ns in self.graph.namespaces()} == self.initial

    def prefix_lines(self) -> list[str]:
        return [f"@prefix {p}: <{ns}> ." for p, ns in sorted(self.serializer.namespaces.items())]

    def turtle_header(self) -> str:
        return "".join(line + "\n" for line in self.prefix_lines())

    def iri(self, value: str) -> str:
        found = self.iris.get(value)
        if found is None:
            if len(self.iris) > _CACHE_LIMIT:
                self.iris.clear()
            node = URIRef(value)
            found = (self._may_have_prefix(value) and self.serializer.get_pname(node, False)) or node.n3()
            self.iris[value] = found
        if self.used is not None and found[0] != "<":
            self.used.add(found.partition(":")[0])
        return found

    def verb(self, value: str) -> str:
        found = self.verbs.get(value)
        if found is None:
            node = URIRef(value)
            found = self.serializer.get_pname(node, True) or node.n3()
            self.verbs[value] = found
        if self.used is not None and found != "a" and found[0] != "<":
            self.used.add(found.partition(":")[0])
        return found

    def declared(self, prefixes: set[str]) -> list[tuple[str, str]]:
        """The (prefix, namespace) of each of ``prefixes``, as declared so far."""
        return [(p, str(self.serializer.namespaces[p])) for p in sorted(prefixes)]

    def _may_have_prefix(self, value: str) -> bool:
        """False only when rdflib would surely write ``<value>``: no bound namespace starts it
        with a rest free of "/" and "#" (rdflib splits a name off after the last of them)."""
        if value.startswith(XMLNS):
            return True
        for ns in self.bound:
            if value.startswith(ns):
                rest = value[len(ns) :]
                if "/" not in rest and "#" not in rest:
                    return True
        return False

    def literal(self, node: ox.Literal) -> str:
        found = self.literals.get(node)
        if self.used is not None:
            self._note_datatype(node)
        if found is not None:
            return found
        if len(self.literals) > _CACHE_LIMIT:
            self.literals.clear()
            self.literal_prefixes.clear()
        datatype = node.datatype.value
        if node.language:
            found = Literal(node.value, lang=node.language)._literal_n3(
                use_plain=True, qname_callback=self._datatype_label
            )
        elif datatype == _XSD_STRING:
            found = Literal._quote_encode(node.value)  # what rdflib writes for a plain literal
        else:
            if datatype not in self.datatypes:  # rdflib's preprocess declares every datatype's prefix
                self.datatypes.add(datatype)
                self.serializer.get_pname(URIRef(datatype), False)
            lit = Literal(self.store.lexical(node), datatype=URIRef(datatype))
            found = lit._literal_n3(use_plain=True, qname_callback=self._datatype_label)
        self.literals[node] = found
        if not node.language and datatype != _XSD_STRING:
            prefix = self._datatype_prefix_of(datatype)
            if prefix is not None:
                self.literal_prefixes[node] = prefix
        return found

    def _note_datatype(self, node: ox.Literal) -> None:
        """Note the prefix rdflib declares for the datatype of ``node`` (see :meth:`literal`)."""
        if node.language:
            return
        datatype = node.datatype.value
        if datatype == _XSD_STRING:
            return
        prefix = self._datatype_prefix_of(datatype)
        if prefix is not None:
            self.used.add(prefix)

    def _datatype_prefix_of(self, datatype: str) -> str | None:
        """The prefix rdflib declares for a literal datatype (None: written as an IRI)."""
        if datatype not in self._datatype_prefix:
            label = self.serializer.get_pname(URIRef(datatype), False)
            self._datatype_prefix[datatype] = label.partition(":")[0] if label else None
        return self._datatype_prefix[datatype]

    def _datatype_label(self, datatype: URIRef) -> str | None:
        return self.serializer.get_pname(datatype, False)

    def label(self, node: object) -> str:
        if isinstance(node, ox.NamedNode):
            return self.iri(node.value)
        if isinstance(node, ox.Literal):
            return self.literal(node)
        raise ExportError(f"unexpected term {node} in a graph without blank nodes")

    def _sorted_objects(self, objects: list[object]) -> list[object]:
        """Values in rdflib's order (``Node.__lt__``): IRIs and plain strings by their text."""
        if len(objects) < 2:
            return objects
        if all(isinstance(o, ox.NamedNode) for o in objects) or all(
            isinstance(o, ox.Literal) and not o.language and o.datatype.value == _XSD_STRING for o in objects
        ):
            return sorted(objects, key=lambda o: o.value)
        terms = sorted((self.store.term(o), i) for i, o in enumerate(objects))
        return [objects[i] for _, i in terms]

    def block(self, subject: str, props: dict[str, list[object]], depth: int) -> str:
        """One statement as ``TurtleSerializer.statement`` writes it, with the newline after it.

        The cached labels are looked up here, not through :meth:`label` (a call per triple is
        much of the writers' time), and while :attr:`used` is a set the prefixes of cached
        labels are noted here too; a label not cached yet goes through :meth:`iri`,
        :meth:`literal` or :meth:`label` as before.
        """
        pad = "    "
        if len(props) > 1:
            order = [p for p in (_RDF_TYPE, _RDFS_LABEL) if p in props]
            order += sorted(p for p in props if p not in (_RDF_TYPE, _RDFS_LABEL))
        else:
            order = list(props)
        used = self.used
        iris, literals, verbs, literal_prefixes = self.iris, self.literals, self.verbs, self.literal_prefixes
        iri_label, literal_label = self.iri, self.literal
        out = ["\n", pad * depth, self.iri(subject)]
        between = ",\n" + pad * (depth + 2)
        for n, predicate in enumerate(order):
            if n:
                out.append(" ;\n" + pad * (depth + 1))
            else:
                out.append(" ")
            verb = verbs.get(predicate)
            if verb is None:
                verb = self.verb(predicate)
            elif used is not None and verb != "a" and verb[0] != "<":
                used.add(verb.partition(":")[0])
            out.append(verb)
            objects = props[predicate]
            if len(objects) > 1:
                objects = self._sorted_objects(objects)
            first = True
            for obj in objects:
                kind = type(obj)
                if kind is _NAMED_NODE:
                    label = iris.get(obj.value)
                    if label is None:
                        label = iri_label(obj.value)
                    elif used is not None and label[0] != "<":
                        used.add(label.partition(":")[0])
                elif kind is _LITERAL:
                    label = literals.get(obj)
                    if label is None:
                        label = literal_label(obj)
                    elif used is not None:
                        prefix = literal_prefixes.get(obj)
                        if prefix is not None:
                            used.add(prefix)
                else:
                    label = self.label(obj)
                if first:
                    out.append(" " + label)
                    first = False
                else:
                    out.append(between + label)
        out.append(" .\n")
        return "".join(out)


class _body_file:  # noqa: N801 (used as a context manager, like a function)
    """Write a file whose header is known only at the end: the body goes to a temporary file,
    then header + body + trailer go to ``path`` atomically.

    ``with _body_file(path) as (out, finish): out.write(...); finish(header, trailer)``; without
    a call to ``finish`` the body alone is written.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = path
        self.header = ""
        self.trailer = ""

    def __enter__(self) -> tuple[_TextSink, object]:
        self.raw = tempfile.TemporaryFile()
        self.sink = _TextSink(self.raw)

        def finish(header: str, trailer: str) -> None:
            self.header, self.trailer = header, trailer

        return self.sink, finish

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if exc_type is not None:
                return
            self.sink.flush()
            try:
                with atomic_write(self.path, "wb") as fh:
                    fh.write(self.header.encode("utf-8"))
                    self.raw.seek(0)
                    shutil.copyfileobj(self.raw, fh, 1 << 20)
                    fh.write(self.trailer.encode("utf-8"))
            except OSError as err:
                raise ExportError(f"cannot write {self.path}: {err}") from err
        finally:
            self.raw.close()


class _TextSink:
    """Gathers many small text writes into large binary ones."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.parts: list[str] = []
        self.size = 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        if self.size > 1 << 20:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.raw.write("".join(self.parts).encode("utf-8"))
            self.parts = []
            self.size = 0


def _escapes_differ(data: bytes) -> bool:
    """Whether pyoxigraph's N-Triples ``data`` may differ from rdflib's beyond the lexical forms:
    an escape rdflib does not make, or a character at which ``str.splitlines`` breaks a line
    (U+0085, U+2028, U+2029 in UTF-8; those below U+0020 are escapes). The bytes are searched
    for one byte at a time (memchr), which is many times faster than a regular expression."""
    i = data.find(b"\\")
    while i >= 0:
        if data.startswith(_OX_ONLY_ESCAPES, i + 1):
            return True
        i = data.find(b"\\", i + 2)  # an escape is two characters ("\\\\" included)
    i = data.find(b"\xe2")
    while i >= 0:
        if data.startswith((b"\x80\xa8", b"\x80\xa9"), i + 1):
            return True
        i = data.find(b"\xe2", i + 1)
    i = data.find(b"\xc2\x85")
    return i >= 0


def _nt_quote(text: str) -> str:
    """rdflib's N-Triples quoting (``rdflib.plugins.serializers.nt._quote_encode``)."""
    escaped = text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    return f'"{escaped}"'


def _atomic_text(path: str | os.PathLike[str], text: str) -> None:
    try:
        with atomic_write(path) as fh:
            fh.write(text)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err}") from err
