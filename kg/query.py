"""SPARQL over a built graph: load it, run a query (pyoxigraph or rdflib), render the results.

The canned queries in ``kg/queries/*.rq`` are plain SPARQL files with a comment header
(``# title:``, ``# description:``, ``# parameters:``, ``# example:``) that :func:`canned_queries`
reads. Parameters are bound by the engines themselves (pyoxigraph ``substitutions``, rdflib
``initBindings``), never by pasting text into the query, so a value is always one RDF term.

Results come back as a :class:`QueryResult` whose cells are pyoxigraph terms (``NamedNode``,
``Literal``, ``BlankNode``) whichever engine ran the query, so both engines render the same way.

Example
-------
>>> from kg.query import run_query, render
>>> result = run_query("exports/graph.ttl", "SELECT ?c WHERE { ?c a kg:Country }")  # doctest: +SKIP
>>> print(render(result, "csv"))  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import functools
import itertools
import json
import logging
import os
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Union

import pyoxigraph as ox

from kg.errors import InputError, KgError
from kg.vocab import CAMEO_NS, KG_NS, WD

if TYPE_CHECKING:
    import rdflib

log = logging.getLogger(__name__)

ENGINES: tuple[str, ...] = ("oxigraph", "rdflib")
#: Output formats of :func:`render`; turtle and ntriples only for CONSTRUCT and DESCRIBE.
FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "rdfxml")

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
BindingValue = str | int | float | bool | ox.NamedNode | ox.BlankNode | ox.Literal
Source = Union[str, os.PathLike, Sequence[str | os.PathLike], ox.Store, "rdflib.Graph"]  # noqa: UP007

_XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = _XSD + "string"

#: Prefixes every query may use without declaring them (both engines), and that tables abbreviate.
STANDARD_PREFIXES: dict[str, str] = {
    "cameo": CAMEO_NS,
    "kg": KG_NS,
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "wd": str(WD),
    "xsd": _XSD,
}

#: File name endings load_store and load_dataset read, and the format of each.
RDF_SUFFIXES: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}

_QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")


class QueryError(KgError):
    """A query that cannot run: bad SPARQL, an update, an unknown canned query or parameter.

    Exit code 2 (bad usage), like every other mistake in what the user typed.
    """

    exit_code = 2


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


def _paths(source: str | os.PathLike | Sequence[str | os.PathLike]) -> list[Path]:
    if isinstance(source, (str, os.PathLike)):
        return [Path(source)]
    return [Path(p) for p in source]


def _rdf_format(path: Path) -> ox.RdfFormat:
    try:
        return RDF_SUFFIXES[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(RDF_SUFFIXES))
        raise InputError(path, f"unknown RDF file type {path.suffix!r} (kg reads {known})") from None


def _check_file(path: Path) -> None:
    if not path.exists():
        raise InputError(path, "no such file (build a graph first: kg build seeds -o exports)")
    if path.is_dir():
        raise InputError(path, "is a folder; give the graph file, e.g. exports/graph.ttl")


def check_sources(source: str | os.PathLike | Sequence[str | os.PathLike]) -> list[Path]:
    """The files of ``source``, checked to exist and to have a known RDF suffix.

    Raises
    ------
    InputError
        A file is missing, a folder, or of an unknown type.

    Example
    -------
    >>> check_sources(["exports/graph.ttl"])  # doctest: +SKIP
    [PosixPath('exports/graph.ttl')]
    """
    paths = _paths(source)
    for path in paths:
        _check_file(path)
        _rdf_format(path)
    return paths


def _parse(path: Path) -> list[ox.Quad]:
    """Every quad of one file, parsed by pyoxigraph (which never fetches remote JSON-LD contexts)."""
    _check_file(path)
    fmt = _rdf_format(path)
    try:
        return list(ox.parse(path=str(path), format=fmt))
    except (SyntaxError, ValueError) as err:
        hint = ""
        if "LoadDocumentCallback" in str(err):
            hint = " (kg does not fetch remote JSON-LD contexts: embed the @context in the file)"
        raise InputError(path, f"not readable as {fmt.name}: {err}{hint}") from err
    except OSError as err:
        raise InputError(path, f"cannot read: {err}") from err


def load_store(source: str | os.PathLike | Sequence[str | os.PathLike]) -> ox.Store:
    """Read one or more RDF files into an in-memory pyoxigraph store.

    Turtle, N-Triples, RDF/XML and N3 go into the default graph. Datasets (TriG, N-Quads,
    JSON-LD) keep their named graphs, for ``GRAPH ?g { ... }`` queries, and every quad is also
    copied into the default graph, so that plain patterns see the RDF merge of all graphs: a
    triple stated in two article graphs matches once, as in rdflib's union graph. (pyoxigraph's
    ``use_default_graph_as_union`` would match it once per graph and double counts.)

    Parameters
    ----------
    source:
        A file, or several (e.g. the graph and ``ontology/cameo.ttl``); the suffix names the format.

    Raises
    ------
    InputError
        A file is missing, of an unknown type, or not readable in its format.

    Example
    -------
    >>> store = load_store(["exports/graph.trig", "ontology/cameo.ttl"])  # doctest: +SKIP
    >>> len(store) > 0  # doctest: +SKIP
    True
    """
    store = ox.Store()
    for path in _paths(source):
        quads = _parse(path)
        store.extend(quads)
        store.extend(
            ox.Quad(q.subject, q.predicate, q.object)
            for q in quads
            if not isinstance(q.graph_name, ox.DefaultGraph)
        )
        log.info("loaded %s (%d quads in the store)", path, len(store))
    return store


def load_dataset(source: str | os.PathLike | Sequence[str | os.PathLike]) -> rdflib.Dataset:
    """Read one or more RDF files into an rdflib ``Dataset`` whose default graph is the union.

    The files are parsed by pyoxigraph and handed over as N-Quads: faster than rdflib's parsers,
    and rdflib's JSON-LD parser would fetch remote contexts over the network.

    Example
    -------
    >>> ds = load_dataset("exports/graph.trig")  # doctest: +SKIP
    """
    from rdflib import Dataset

    quads = [quad for path in _paths(source) for quad in _parse(path)]
    ds = Dataset(default_union=True)
    # one parse: rdflib's N-Quads parser starts a fresh default graph on every call
    with _quiet_rdflib():
        ds.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    return ds


@contextlib.contextmanager
def _quiet_rdflib() -> Iterator[None]:
    """Silence the DeprecationWarnings rdflib 7 raises from inside its own Dataset code."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield


# ---------------------------------------------------------------------------------------------
# Looking at query text without parsing it
# ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
      (?P<comment>\#[^\n\r]*)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                 |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+)
    | (?P<word>[A-Za-z_\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*(?::[\w.\-%\\]*)?|:[\w.\-%\\]*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def _tokens(sparql: str) -> Iterable[tuple[str, str]]:
    for m in _TOKEN.finditer(sparql):
        kind = m.lastgroup or "other"
        if kind not in ("comment", "other"):
            yield kind, m.group()


def _keywords(sparql: str) -> list[str]:
    """Bare words outside strings, IRIs and comments, upper-cased (prefixed names left out)."""
    return [t.upper() for k, t in _tokens(sparql) if k == "word" and ":" not in t]


def query_form(sparql: str) -> str | None:
    """The operation a SPARQL text starts with: SELECT, ASK, CONSTRUCT, DESCRIBE, INSERT, ...

    Example
    -------
    >>> query_form("PREFIX kg: <https://w3id.org/kgnews/ontology#> # hi\\nselect * { ?s ?p ?o }")
    'SELECT'
    >>> query_form("DELETE WHERE { ?s ?p ?o }")
    'DELETE'
    """
    for word in _keywords(sparql):
        if word in ("PREFIX", "BASE"):
            continue
        return word
    return None


def is_update(sparql: str) -> bool:
    """True when the text is a SPARQL Update request (INSERT, DELETE, LOAD, CLEAR, ...).

    Example
    -------
    >>> is_update("INSERT DATA { <urn:a> <urn:b> <urn:c> }"), is_update("ASK { ?s ?p ?o }")
    (True, False)
    """
    return query_form(sparql) in _UPDATE_FORMS


def query_variables(sparql: str) -> set[str]:
    """Names of the variables a query mentions (without ``?``/``$``).

    Example
    -------
    >>> sorted(query_variables('SELECT ?a WHERE { ?a ?b "?not" }'))
    ['a', 'b']
    """
    return {t[1:] for k, t in _tokens(sparql) if k == "var"}


def query_prefixes(sparql: str) -> dict[str, str]:
    """The ``PREFIX`` declarations of a query, for abbreviating IRIs in tables.

    Example
    -------
    >>> query_prefixes("PREFIX ex: <http://example.org/> SELECT * {}")
    {'ex': 'http://example.org/'}
    """
    toks = list(_tokens(sparql))
    out: dict[str, str] = {}
    for i, (kind, text) in enumerate(toks[:-2]):
        if kind == "word" and text.upper() == "PREFIX" and toks[i + 2][0] == "iri":
            out[toks[i + 1][1].rstrip(":")] = toks[i + 2][1][1:-1]
    return out


def check_query(sparql: str, engine: str = "oxigraph") -> str:
    """Refuse what kg does not run, before any engine sees it; return the query form.

    Updates are refused (kg queries are read-only); so is ``SERVICE`` (both engines would
    fetch it over the network), and with rdflib also ``FROM`` (rdflib downloads the graph).

    Raises
    ------
    QueryError
        With a message that says what to do instead.

    Example
    -------
    >>> check_query("SELECT * WHERE { ?s ?p ?o }")
    'SELECT'
    """
    if not sparql.strip():
        raise QueryError("the query is empty")
    form = query_form(sparql)
    if form in _UPDATE_FORMS:
        raise QueryError(
            f"this is a SPARQL Update ({form}); kg only runs read-only queries "
            "(SELECT, ASK, CONSTRUCT, DESCRIBE): change the graph by rebuilding it with kg build"
        )
    if form not in _QUERY_FORMS:
        raise QueryError(
            f"the query is not valid SPARQL: it should start with SELECT, ASK, CONSTRUCT or DESCRIBE "
            f"(after any PREFIX lines), not {form or 'nothing'}"
        )
    words = _keywords(sparql)
    if "SERVICE" in words:
        raise QueryError("SERVICE (federated query) is not supported: kg queries one local graph, offline")
    if engine == "rdflib" and "FROM" in words:
        raise QueryError(
            "FROM / FROM NAMED would make rdflib download graphs; use --engine oxigraph, where FROM "
            "picks named graphs (article graphs of a .trig file) from the loaded data"
        )
    return form


# ---------------------------------------------------------------------------------------------
# Terms
# ---------------------------------------------------------------------------------------------


def to_term(value: BindingValue) -> Term:
    """A parameter value as one RDF term: str -> plain literal, int -> xsd:integer, float ->
    xsd:double, bool -> xsd:boolean; pyoxigraph terms (``NamedNode`` for IRIs) and rdflib terms
    pass through.

    Example
    -------
    >>> to_term("Xi Jinping"), to_term(3)
    (<Literal value=Xi Jinping datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>, \
<Literal value=3 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>)
    """
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple)):
        return value
    if isinstance(value, (bool, int, float)):
        return ox.Literal(value)
    if isinstance(value, str):
        if type(value) is not str:  # rdflib terms are str subclasses
            return _from_rdflib(value)
        return ox.Literal(value)
    raise QueryError(f"cannot bind a {type(value).__name__} ({value!r}) as a SPARQL parameter")


def iri(value: str) -> ox.NamedNode:
    """An IRI parameter value, checked.

    Raises
    ------
    QueryError
        ``value`` is not an absolute IRI.

    Example
    -------
    >>> iri("https://w3id.org/kgnews/id/person/xi-jinping").value
    'https://w3id.org/kgnews/id/person/xi-jinping'
    """
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", value):
        raise QueryError(f"{value!r} is not an absolute IRI (it should look like https://...)")
    try:
        return ox.NamedNode(value)
    except ValueError as err:
        raise QueryError(f"{value!r} is not a valid IRI: {err}") from err


def _from_rdflib(term: Any) -> Term | None:
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != XSD_STRING:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise QueryError(f"cannot convert rdflib term {term!r}")


def _to_rdflib(term: Term) -> Any:
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise QueryError(f"rdflib cannot bind {term!r}")


_INTEGER_TYPES = {
    _XSD + t
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}


def term_to_python(term: Term | None) -> object:
    """A term as a Python value: IRIs as str, numbers as int/Decimal/float, booleans, dates.

    Example
    -------
    >>> term_to_python(ox.Literal("0.85", datatype=ox.NamedNode(_XSD + "decimal")))
    Decimal('0.85')
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Triple):
        return tuple(term_to_python(t) for t in (term.subject, term.predicate, term.object))
    datatype = term.datatype.value
    text = term.value
    try:
        if datatype in _INTEGER_TYPES:
            return int(text)
        if datatype == _XSD + "decimal":
            return Decimal(text)
        if datatype in (_XSD + "double", _XSD + "float"):
            return float(text)
        if datatype == _XSD + "boolean":
            return text in ("true", "1")
        if datatype == _XSD + "date":
            return dt.date.fromisoformat(text)
        if datatype == _XSD + "dateTime":
            return dt.datetime.fromisoformat(text)
    except (ValueError, InvalidOperation):
        pass
    return text


# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueryResult:
    """What a query returned, the same shape from either engine.

    Attributes
    ----------
    kind:
        ``"select"``, ``"ask"`` or ``"graph"`` (CONSTRUCT and DESCRIBE).
    columns:
        SELECT variable names, in the query's order.
    rows:
        SELECT rows: one pyoxigraph term per column, ``None`` where unbound.
    boolean:
        The answer of an ASK query.
    triples:
        CONSTRUCT/DESCRIBE triples, sorted.
    prefixes:
        The query's PREFIX declarations (tables and Turtle abbreviate with them).
    truncated:
        True when rows or triples beyond a limit were left out.

    Example
    -------
    >>> r = QueryResult("select", ("n",), ((ox.Literal(3),),))
    >>> r.records()
    [{'n': 3}]
    """

    kind: Literal["select", "ask", "graph"]
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = ()
    prefixes: Mapping[str, str] = field(default_factory=dict)
    truncated: bool = False

    def __len__(self) -> int:
        return len(self.triples) if self.kind == "graph" else len(self.rows)

    def records(self) -> list[dict[str, object]]:
        """Rows as dicts of Python values (see :func:`term_to_python`); triples as s/p/o dicts."""
        columns, rows = self.table()
        return [dict(zip(columns, (term_to_python(t) for t in row), strict=True)) for row in rows]

    def table(self) -> tuple[tuple[str, ...], tuple[tuple[Term | None, ...], ...]]:
        """Columns and rows; a graph result as subject/predicate/object rows; ASK as one cell."""
        if self.kind == "graph":
            return ("subject", "predicate", "object"), tuple(
                (t.subject, t.predicate, t.object) for t in self.triples
            )
        if self.kind == "ask":
            return ("boolean",), ((ox.Literal(bool(self.boolean)),),)
        return self.columns, self.rows


def _sort_triples(triples: Iterable[ox.Triple]) -> tuple[ox.Triple, ...]:
    return tuple(sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object))))


def _syntax_error(err: Exception, sparql: str) -> QueryError:
    message = " ".join(str(err).split())
    head, sep, expected = message.partition("expected one of ")
    if sep and len(expected) > 100:  # pyoxigraph lists every character class it would take
        message = f"{head}{sep}{expected[:100]}…"
    lines = sparql.splitlines()
    m = re.search(r"at (\d+):(\d+)", message) or re.search(r"line:(\d+), col:(\d+)", message)
    if m and 0 < int(m.group(1)) <= len(lines):
        message += f"\n  line {m.group(1)}: {lines[int(m.group(1)) - 1].strip()}"
    return QueryError(f"the query is not valid SPARQL: {message}")


def _check_bindings(sparql: str, bindings: Mapping[str, BindingValue]) -> dict[str, Term]:
    mentioned = query_variables(sparql)
    out: dict[str, Term] = {}
    for name, value in sorted(bindings.items()):
        name = name.lstrip("?$")
        if name not in mentioned:
            names = ", ".join(f"?{v}" for v in sorted(mentioned)) or "none"
            raise QueryError(f"the query has no variable ?{name} to bind (its variables: {names})")
        out[name] = to_term(value)
    return out


# ---------------------------------------------------------------------------------------------
# Pages: --limit and --offset
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueryShape:
    """What SPARQL's grammar says about a query's top level (read by rdflib's parser).

    Attributes
    ----------
    form:
        ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``.
    limit, offset:
        The query's own top-level ``LIMIT`` and ``OFFSET`` (``None`` when absent); those of
        subqueries do not count.
    order_by:
        One entry per top-level ``ORDER BY`` condition: the variable name for a plain ascending
        variable, ``""`` for anything else (``DESC(...)``, an expression).
    """

    form: str
    limit: int | None
    offset: int | None
    order_by: tuple[str, ...]


_SHAPE_FORMS = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}


@functools.lru_cache(maxsize=64)
def query_shape(sparql: str) -> QueryShape:
    """The top-level form, LIMIT, OFFSET and ORDER BY of a query, from rdflib's SPARQL parser.

    Cached per text: the parser takes 5-40 ms, a canned query is parsed once per process.

    Raises
    ------
    QueryError
        The text is not valid SPARQL.

    Example
    -------
    >>> query_shape("SELECT ?a WHERE { { SELECT ?a { ?a ?b ?c } LIMIT 5 } } ORDER BY ?a DESC(?b) OFFSET 2")
    QueryShape(form='SELECT', limit=None, offset=2, order_by=('a', ''))
    """
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.term import Variable

    try:
        query = parseQuery(sparql)[1]
    except Exception as err:  # pyparsing's ParseException and rdflib's own errors
        raise _syntax_error(err, sparql) from err
    # CompValue.get answers a missing key with the key's name: ask with ``in`` first
    limit = offset = None
    if "limitoffset" in query:
        lo = query["limitoffset"]
        limit = int(lo["limit"]) if "limit" in lo else None
        offset = int(lo["offset"]) if "offset" in lo else None
    order: list[str] = []
    if "orderby" in query:
        for cond in query["orderby"]["condition"]:
            if isinstance(cond, Variable):
                order.append(str(cond))
                continue
            expr = cond["expr"] if "expr" in cond else None  # noqa: SIM401 (CompValue.get, see above)
            plain = isinstance(expr, Variable) and "order" not in cond
            order.append(str(expr) if plain else "")
    return QueryShape(_SHAPE_FORMS.get(query.name, query.name), limit, offset, tuple(order))


def _top_level(sparql: str) -> tuple[int | None, list[tuple[int, int, str, int]], int | None]:
    """Where a SELECT's WHERE group opens, its top-level LIMIT/OFFSET clauses, its trailing VALUES.

    Returns the index just after the first ``{`` at brace depth 0, a list of
    ``(start, end, keyword, value)`` for each ``LIMIT n`` / ``OFFSET n`` at depth 0, and the
    index of a ``VALUES`` keyword at depth 0 after the WHERE group (None when absent).
    Strings, IRIs and comments are skipped by the same tokenizer as :func:`query_variables`.
    """
    depth = 0
    where_open: int | None = None
    clauses: list[tuple[int, int, str, int]] = []
    values: int | None = None
    for m in _TOKEN.finditer(sparql):
        kind, text = m.lastgroup, m.group()
        if kind == "other" and text == "{":
            if depth == 0 and where_open is None:
                where_open = m.end()
            depth += 1
        elif kind == "other" and text == "}":
            depth -= 1
        elif kind == "word" and depth == 0 and where_open is not None:
            word = text.upper()
            if word in ("LIMIT", "OFFSET"):
                number = re.compile(r"\s*(\d+)").match(sparql, m.end())
                if number:
                    clauses.append((m.start(), number.end(), word, int(number.group(1))))
            elif word == "VALUES" and values is None:
                values = m.start()
    return where_open, clauses, values


def _with_page(sparql: str, limit: int | None, offset: int, shape: QueryShape) -> str:
    """The query text with its top-level LIMIT/OFFSET replaced by ``LIMIT limit OFFSET offset``."""
    where_open, clauses, values = _top_level(sparql)
    found = {word: value for _, _, word, value in clauses}
    if where_open is None or found.get("LIMIT") != shape.limit or found.get("OFFSET") != shape.offset:
        raise QueryError("cannot page this query: its LIMIT/OFFSET could not be located in the text")
    modifier = (f" LIMIT {limit}" if limit is not None else "") + (f" OFFSET {offset}" if offset else "")
    if clauses:
        start, end = clauses[0][0], clauses[-1][1]
        return sparql[:start] + modifier.strip() + sparql[end:]
    if values is not None:
        return sparql[:values] + modifier.strip() + "\n" + sparql[values:]
    return sparql.rstrip() + "\n" + modifier.strip() + "\n"


def paged_text(sparql: str, limit: int | None, offset: int = 0) -> str:
    """A SELECT query that returns rows ``offset .. offset+limit-1`` of ``sparql``'s results.

    The page is taken from the query's own result: a query that has ``LIMIT 50`` itself gives,
    with ``limit=20, offset=40``, its rows 40-49. Subqueries keep their LIMIT/OFFSET.

    Raises
    ------
    QueryError
        Not a SELECT query, a negative limit or offset, or invalid SPARQL.

    Example
    -------
    >>> print(paged_text("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 50", 20, 40))
    SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 10 OFFSET 40
    """
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError("--limit and --offset take a number >= 0")
    shape = query_shape(sparql)
    if shape.form != "SELECT":
        raise QueryError(
            f"--limit/--offset page the rows of a SELECT query; this is {shape.form} "
            "(write LIMIT/OFFSET in the query itself)"
        )
    own_offset = shape.offset or 0
    if shape.limit is not None:
        remaining = max(0, shape.limit - offset)
        limit = remaining if limit is None else min(limit, remaining)
    return _with_page(sparql, limit, own_offset + offset, shape)


#: ``# page-by: ?var { pattern }``: see kg/queries/README.md.
_PAGE_BY = re.compile(r"^\?(\w+)\s*(\{.*\})\s*$", re.DOTALL)


def page_by(sparql: str) -> tuple[str, str] | None:
    """The ``# page-by:`` header line of a query as (variable, pattern), or None.

    Example
    -------
    >>> page_by("# page-by: ?name { ?x rdfs:label ?name }\\nSELECT ?name { ?x rdfs:label ?name }")
    ('name', '{ ?x rdfs:label ?name }')
    """
    value = None
    for line in sparql.splitlines():
        if not line.startswith("#"):
            break
        m = re.match(r"#\s?page-by:\s*(.*)$", line)
        if m:
            value = m.group(1).strip()
        elif value is not None and line.startswith("#  "):
            value += " " + line[1:].strip()
        elif value is not None:
            break
    if not value:
        return None
    m = _PAGE_BY.match(value)
    if not m:
        raise QueryError(f"'# page-by: {value}' should read '# page-by: ?var {{ pattern }}'")
    return m.group(1), m.group(2)


def _page_by_parts(sparql: str) -> tuple[str, str, int] | None:
    """(variable, pattern, where the WHERE group opens) of a usable ``# page-by`` query, or None."""
    header = page_by(sparql)
    if header is None:
        return None
    shape = query_shape(sparql)
    if shape.form != "SELECT" or shape.limit is not None or shape.offset is not None:
        return None
    where_open, _, _ = _top_level(sparql)
    if where_open is None:
        return None
    return header[0], header[1], where_open


def _union_branches(sparql: str, where_open: int) -> list[int] | None:
    """Where each branch of the WHERE group opens, when the group is only a UNION of groups
    ("{ A } UNION { B } UNION { C }"); None otherwise."""
    depth, opens, expect_group = 1, [], True
    for m in _TOKEN.finditer(sparql, where_open):
        kind, text = m.lastgroup, m.group()
        if kind == "comment" or (kind == "other" and text.isspace()):
            continue
        if depth == 1:
            if kind == "other" and text == "{" and expect_group:
                opens.append(m.end())
                expect_group = False
                depth += 1
                continue
            if kind == "word" and text.upper() == "UNION" and not expect_group and opens:
                expect_group = True
                continue
            if kind == "other" and text == "}":
                return opens if len(opens) > 1 and not expect_group else None
            return None
        if kind == "other" and text == "{":
            depth += 1
        elif kind == "other" and text == "}":
            depth -= 1
    return None


def _with_leading(sparql: str, where_open: int, sub: str) -> str:
    """The query with ``sub`` first in its WHERE group, or first in each branch when the group is
    a UNION of groups (so that pyoxigraph starts every branch from the sub-select's values)."""
    opens = _union_branches(sparql, where_open) or [where_open]
    out, last = [], 0
    for at in opens:
        out += [sparql[last:at], sub]
        last = at
    return "".join(out) + sparql[last:]


def keyed_text(sparql: str, bound: Mapping[str, Term]) -> tuple[str, bool] | None:
    """The form of a ``# page-by`` query that pyoxigraph answers fast with parameters bound, and
    whether the engine must still be given the bound values; or None.

    pyoxigraph binds a parameter as an initial value, but plans the joins as if it were free,
    so a bound speaker still scans every statement. Putting the ``page-by`` pattern first, as
    ``{ SELECT DISTINCT * WHERE { pattern } }``, makes the plan start from the bound values. The
    rows are the same because the pattern holds for every result row (its contract). When the
    WHERE group is a UNION of branches, the sub-select would be joined with each branch's
    result, so the bound values go first in each branch instead, as ``VALUES``, and are not
    given to the engine again (it then plans each branch from them: 0.07 s against 0.31 s for
    one busy entity's facts on a 5-million-triple graph). None when the query has no
    ``page-by`` line or a bound variable is not in the pattern.
    """
    parts = _page_by_parts(sparql)
    if parts is None:
        return None
    var, pattern, where_open = parts
    names = set(bound)
    if not names or not names <= query_variables(pattern):
        return None
    if _union_branches(sparql, where_open) is not None:
        if not all(isinstance(term, (ox.NamedNode, ox.Literal)) for term in bound.values()):
            return None  # VALUES takes IRIs and literals only
        order = sorted(names)
        row = " ".join(str(bound[name]) for name in order)
        values = f"\n    VALUES ({' '.join('?' + name for name in order)}) {{ ({row}) }}\n"
        return _with_leading(sparql, where_open, values), False
    sub = f"\n  {{ SELECT DISTINCT * WHERE {pattern} }}\n"
    return sparql[:where_open] + sub + sparql[where_open:], True


def fast_page_texts(
    sparql: str, limit: int, offset: int, picked: int | None = None
) -> tuple[str, str] | None:
    """The fast form of a page of a ``# page-by`` query, and its completeness check; or None.

    With ``# page-by: ?v { P }``, where ``?v`` is the first ORDER BY key (ascending) and ``P``
    holds for every result row (it may hold for more), the page query first picks the
    ``picked`` (default ``offset + limit``) smallest values of ``?v`` from ``P`` in a subquery
    and joins the query's pattern only for them. Its rows are all the rows whose ``?v`` is at
    most the last value picked: a prefix of the full ordered result. When that prefix holds
    ``offset + limit`` rows the page is exact; :func:`run_query` checks this (a short page is
    exact only when ``P`` has no more values than were picked, which the second text counts)
    and otherwise picks more values.

    Raises
    ------
    QueryError
        The ``page-by`` variable is not the first ORDER BY key.
    """
    parts = _page_by_parts(sparql)
    if parts is None:
        return None
    var, pattern, where_open = parts
    shape = query_shape(sparql)
    if not shape.order_by or shape.order_by[0] != var:
        raise QueryError(f"'# page-by: ?{var}' needs ORDER BY ?{var} (ascending) as the first key")
    picked = offset + limit if picked is None else picked
    sub = f"\n  {{ SELECT DISTINCT ?{var} WHERE {pattern} ORDER BY ?{var} LIMIT {picked} }}\n"
    fast = _with_page(_with_leading(sparql, where_open, sub), limit, offset, shape)
    select = next(
        m.start() for m in _TOKEN.finditer(sparql) if m.lastgroup == "word" and m.group().upper() == "SELECT"
    )
    count = f"{sparql[:select]}SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?{var} WHERE {pattern} }}"
    return fast, count


def run_query(
    source: Source,
    sparql: str,
    bindings: Mapping[str, BindingValue] | None = None,
    engine: str = "oxigraph",
    limit: int | None = None,
    *,
    page_limit: int | None = None,
    offset: int = 0,
) -> QueryResult:
    """Run one SPARQL query over a graph and return its results.

    Parameters
    ----------
    source:
        RDF file(s) (see :func:`load_store`), a ``pyoxigraph.Store`` or an rdflib graph/dataset.
    sparql:
        A SELECT, ASK, CONSTRUCT or DESCRIBE query. The prefixes in :data:`STANDARD_PREFIXES`
        (kg:, rdfs:, skos:, ...) may be used without declaring them.
    bindings:
        Values for variables, bound by the engine (pyoxigraph ``substitutions``, rdflib
        ``initBindings``): a ``str`` is a plain literal, an IRI must be a ``pyoxigraph.NamedNode``
        (see :func:`iri`). With pyoxigraph a bound variable must be in the SELECT clause
        (SPARQL SEP-0007); the canned queries are written that way.
    engine:
        ``"oxigraph"`` (fast; the default) or ``"rdflib"`` (pure Python; small graphs).
    limit:
        Keep at most this many rows or triples and set ``truncated`` when there were more.
    page_limit, offset:
        Return one page of a SELECT query's rows: rows ``offset .. offset+page_limit-1`` of its
        full result (``kg query --limit --offset``), with ``truncated`` set when more rows
        follow. The page is applied in SPARQL (:func:`paged_text`), combined with the query's
        own LIMIT/OFFSET; a query with a ``# page-by:`` header gets the fast form of
        :func:`fast_page_texts` (of :func:`keyed_text` when parameters are bound). Without
        ORDER BY the page follows the engine's order, which neither engine promises to keep (a
        warning is logged).

    Raises
    ------
    QueryError
        Bad SPARQL (the message names the problem and the line), an update, an unknown variable,
        a page of a query that is not a SELECT.
    InputError
        A graph file is missing or unreadable.

    Example
    -------
    >>> r = run_query("exports/graph.ttl", "SELECT ?p WHERE { ?p kg:citizenOf ?c }",
    ...               {"c": iri("https://w3id.org/kgnews/id/country/Q148")})  # doctest: +SKIP
    >>> [row["p"] for row in r.records()]  # doctest: +SKIP
    ['https://w3id.org/kgnews/id/person/xi-jinping']
    """
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    check_query(sparql, engine)
    terms = _check_bindings(sparql, bindings or {})
    prefixes = query_prefixes(sparql)
    keyed = keyed_text(sparql, terms) if terms else None  # a page-by query's fast bound form
    if keyed is not None:
        sparql = keyed[0]
    if engine == "oxigraph":
        store = _as_store(source)
        given = terms if keyed is None or keyed[1] else {}

        def run(text: str, cap: int | None) -> QueryResult:
            return _run_oxigraph(store, text, given, prefixes, cap)

    else:
        graph = _as_rdflib(source)

        def run(text: str, cap: int | None) -> QueryResult:
            return _run_rdflib(graph, text, terms, prefixes, cap)

    if page_limit is None and not offset:
        return run(sparql, limit)
    return _run_page(run, sparql, bool(terms), page_limit, offset, limit)


def _run_page(
    run: Any, sparql: str, bound: bool, page_limit: int | None, offset: int, limit: int | None
) -> QueryResult:
    """One page of a SELECT query (see :func:`run_query`); ``run(text, cap)`` runs a text."""
    if page_limit is not None and page_limit < 0 or offset < 0:
        raise QueryError("--limit and --offset take a number >= 0")
    shape = query_shape(sparql)
    if shape.form == "SELECT" and not shape.order_by:
        log.warning(
            "the query has no ORDER BY: its pages follow the engine's order, which the two engines "
            "(and their versions) need not share; add ORDER BY for stable pages"
        )
    # one row more than the page, to know whether more rows follow
    probe = None if page_limit is None else page_limit + 1
    result = None
    if not bound and probe is not None and page_by(sparql) is not None:
        # a page-by query: pick values of its first key, few first (a value usually has several
        # rows); while the page is short and there are more values, pick as many more as the rows
        # per value seen so far say are needed, and at least twice as many
        wanted = offset + probe
        picked, total = max(8, wanted // 8), None
        while result is None:
            texts = fast_page_texts(sparql, probe, offset, picked)
            if texts is None:
                break
            result = run(texts[0], None)
            got = len(result.rows)
            if got < probe:  # exact only if the subquery picked every value
                if total is None:
                    total = term_to_python(run(texts[1], None).rows[0][0])
                if total > picked:  # type: ignore[operator]
                    log.info("page-by: %d values gave a short page, picking more", picked)
                    seen = got + offset  # rows of the picked values, this page and those before it
                    guess = -(-picked * wanted * 5 // (4 * seen)) if seen else picked * 4
                    picked, result = max(picked * 2, guess), None
    if result is None:
        result = run(paged_text(sparql, probe, offset), None)
    rows = result.rows
    more = page_limit is not None and len(rows) > page_limit
    rows = rows[:page_limit]
    if limit is not None and len(rows) > limit:
        rows, more = rows[:limit], True
    return QueryResult("select", result.columns, rows, prefixes=result.prefixes, truncated=more)


def _as_store(source: Source) -> ox.Store:
    if isinstance(source, ox.Store):
        return source
    if isinstance(source, (str, os.PathLike, list, tuple)):
        return load_store(source)  # type: ignore[arg-type]
    store = ox.Store()  # an rdflib graph or dataset
    if getattr(source, "context_aware", False):
        store.load(source.serialize(format="nquads"), format=ox.RdfFormat.N_QUADS)
    else:
        store.load(source.serialize(format="nt"), format=ox.RdfFormat.N_TRIPLES)
    store.extend(
        ox.Quad(q.subject, q.predicate, q.object)
        for q in store.quads_for_pattern(None, None, None, None)
        if not isinstance(q.graph_name, ox.DefaultGraph)
    )
    return store


def _as_rdflib(source: Source) -> Any:
    if isinstance(source, (str, os.PathLike, list, tuple)):
        return load_dataset(source)  # type: ignore[arg-type]
    if isinstance(source, ox.Store):
        from rdflib import Dataset

        ds = Dataset(default_union=True)
        with _quiet_rdflib():
            ds.parse(data=source.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
        return ds
    return source


def execute_oxigraph(
    store: ox.Store, sparql: str, substitutions: Mapping[str, Term] | None = None
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """``store.query`` with kg's standard prefixes and substitutions; errors become QueryError.

    The returned iterator must be consumed in the thread that called this (pyoxigraph's rule).

    Example
    -------
    >>> bool(execute_oxigraph(ox.Store(), "ASK { ?s ?p ?o }"))
    False
    """
    subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
    try:
        return store.query(sparql, prefixes=STANDARD_PREFIXES, substitutions=subs or None)
    except SyntaxError as err:
        raise _syntax_error(err, sparql) from err
    except Exception as err:  # pyoxigraph raises ValueError, OSError or RuntimeError
        text = str(err)
        m = re.search(r"does not contains? variable \?(\w+)", text)
        if m:
            raise QueryError(
                f"?{m.group(1)} is given as a parameter but is not in the SELECT clause: pyoxigraph "
                "binds parameters to the results (SPARQL SEP-0007), so add it there"
            ) from err
        raise QueryError(f"the query failed: {text}") from err


def _run_oxigraph(
    store: ox.Store, sparql: str, terms: dict[str, Term], prefixes: dict[str, str], limit: int | None
) -> QueryResult:
    result = execute_oxigraph(store, sparql, terms)
    truncated = False
    try:
        if isinstance(result, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(result), prefixes=prefixes)
        if isinstance(result, ox.QueryTriples):
            triples = []
            for triple in result:
                if limit is not None and len(triples) >= limit:
                    truncated = True
                    break
                triples.append(triple)
            return QueryResult(
                "graph", triples=_sort_triples(triples), prefixes=prefixes, truncated=truncated
            )
        columns = tuple(v.value for v in result.variables)
        # tuple(solution) reads the values in SELECT order (None where unbound) in one call,
        # cheaper than one solution[column] lookup per cell
        if limit is None:
            rows = [tuple(solution) for solution in result]
        else:
            rows = list(itertools.islice(map(tuple, result), limit + 1))
            truncated = len(rows) > limit
            del rows[limit:]
    except (SyntaxError, ValueError, OSError) as err:  # evaluation errors surface while iterating
        raise QueryError(f"the query failed: {err}") from err
    return QueryResult("select", columns, tuple(rows), prefixes=prefixes, truncated=truncated)


def _run_rdflib(
    graph: Any, sparql: str, terms: dict[str, Term], prefixes: dict[str, str], limit: int | None
) -> QueryResult:
    from rdflib import Variable
    from rdflib.plugins.sparql import prepareQuery

    try:
        prepared = prepareQuery(sparql, initNs=STANDARD_PREFIXES)
    except Exception as err:  # pyparsing's ParseException and rdflib's own errors
        raise _syntax_error(err, sparql) from err
    init = {Variable(k): _to_rdflib(v) for k, v in terms.items()}
    try:
        with _quiet_rdflib():
            return _collect_rdflib(graph.query(prepared, initBindings=init), prefixes, limit)
    except QueryError:
        raise
    except Exception as err:  # rdflib evaluation errors have no common base class
        raise QueryError(f"the query failed in rdflib: {err}") from err


def _collect_rdflib(result: Any, prefixes: dict[str, str], limit: int | None) -> QueryResult:
    if result.type == "ASK":
        return QueryResult("ask", boolean=bool(result.askAnswer), prefixes=prefixes)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        triples = _sort_triples(ox.Triple(*(_from_rdflib(t) for t in triple)) for triple in result)
        truncated = limit is not None and len(triples) > limit
        return QueryResult(
            "graph", triples=triples[:limit] if truncated else triples, prefixes=prefixes, truncated=truncated
        )
    columns = tuple(str(v) for v in result.vars)
    rows = []
    truncated = False
    for row in result:
        if limit is not None and len(rows) >= limit:
            truncated = True
            break
        rows.append(tuple(_from_rdflib(row[i]) for i in range(len(columns))))
    return QueryResult("select", columns, tuple(rows), prefixes=prefixes, truncated=truncated)


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------


def _json_term(term: Term) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _json_term(term.subject),
                "predicate": _json_term(term.predicate),
                "object": _json_term(term.object),
            },
        }
    out: dict[str, Any] = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def sparql_json(
    columns: Sequence[str],
    rows: Iterable[Sequence[Term | None]],
    boolean: bool | None = None,
    indent: int | None = None,
) -> str:
    """SPARQL 1.1 Query Results JSON for a table of terms (or an ASK answer).

    Example
    -------
    >>> sparql_json(["n"], [[ox.Literal(1)]])
    '{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"1",\
"datatype":"http://www.w3.org/2001/XMLSchema#integer"}}]}}'
    """
    if boolean is not None:
        doc: dict[str, Any] = {"head": {}, "boolean": boolean}
    else:
        bindings = [
            {c: _json_term(t) for c, t in zip(columns, row, strict=True) if t is not None} for row in rows
        ]
        doc = {"head": {"vars": list(columns)}, "results": {"bindings": bindings}}
    separators = (",", ": ") if indent is not None else (",", ":")
    return json.dumps(doc, ensure_ascii=False, indent=indent, separators=separators)


_RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}
_GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def _compact(term: Term | None, prefixes: Mapping[str, str]) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        best = max(
            ((p, ns) for p, ns in prefixes.items() if term.value.startswith(ns)),
            key=lambda item: len(item[1]),
            default=None,
        )
        if best is not None:
            local = term.value[len(best[1]) :]
            if re.fullmatch(r"[\w\-]*", local):
                return f"{best[0]}:{local}"
        return term.value
    if isinstance(term, ox.Literal):
        return " ".join(term.value.split())
    return str(term)


def _cell(term: Term | None, prefixes: Mapping[str, str], max_width: int) -> str:
    text = _compact(term, prefixes)
    # IRIs stay whole so they can be pasted into --iri; long literals (sentences) are cut.
    if max_width > 0 and isinstance(term, ox.Literal) and len(text) > max_width:
        return text[: max_width - 1] + "…"
    return text


def render_table(result: QueryResult, max_width: int = 80) -> str:
    """An aligned text table with a row count; IRIs abbreviated, literals cut to ``max_width``.

    Example
    -------
    >>> print(render_table(QueryResult("select", ("n",), ((ox.Literal(3),),))))
    n
    -
    3
    (1 row)
    """
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    prefixes = {**STANDARD_PREFIXES, **result.prefixes}
    columns, rows = result.table()
    cells = [[_cell(t, prefixes, max_width) for t in row] for row in rows]
    numeric = [
        all(
            isinstance(t, ox.Literal) and term_to_python(t).__class__ in (int, float, Decimal)
            for t in (row[i] for row in rows)
            if t is not None
        )
        and any(row[i] is not None for row in rows)
        for i in range(len(columns))
    ]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out.extend(line(row) for row in cells)
    n = len(rows)
    noun = ("triple" if result.kind == "graph" else "row") + ("" if n == 1 else "s")
    footer = f"({n} {noun}"
    footer += ", truncated)" if result.truncated else ")"
    out.append(footer)
    return "\n".join(out)


_PLAIN_TYPES = (XSD_STRING, "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")


def _serialize_graph(result: QueryResult, fmt: ox.RdfFormat) -> str:
    if fmt != ox.RdfFormat.TURTLE:
        return ox.serialize(list(result.triples), format=fmt).decode("utf-8")
    iris = set()
    for triple in result.triples:
        for term in (triple.subject, triple.predicate, triple.object):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal) and term.datatype.value not in _PLAIN_TYPES:
                iris.add(term.datatype.value)
    known = {**STANDARD_PREFIXES, **result.prefixes}
    used = {p: ns for p, ns in known.items() if any(i.startswith(ns) for i in iris)}
    text = ox.serialize(list(result.triples), format=fmt, prefixes=used).decode("utf-8")
    # pyoxigraph writes the prefixes in hash order; sort them so the same graph gives the same bytes
    lines = text.splitlines(keepends=True)
    head = sorted(line for line in lines if line.startswith("@prefix"))
    return "".join(head + [line for line in lines if not line.startswith("@prefix")])


def render(result: QueryResult, fmt: str = "table", max_width: int = 80, pretty: bool = True) -> str:
    """Render a result as ``table``, ``csv``, ``tsv``, ``json``, ``xml``, ``turtle`` or ``ntriples``.

    CSV, TSV, JSON and XML are the SPARQL 1.1 Query Results formats (CSV/TSV/XML written by
    pyoxigraph's serializers; JSON indented unless ``pretty`` is false); a CONSTRUCT/DESCRIBE
    result in them is a subject/predicate/object table. Turtle, N-Triples and RDF/XML
    (``rdfxml``) are for CONSTRUCT/DESCRIBE results only.

    Raises
    ------
    QueryError
        An unknown format, or turtle/ntriples for a SELECT or ASK result.

    Example
    -------
    >>> render(QueryResult("ask", boolean=True), "json")
    '{\\n  "head": {},\\n  "boolean": true\\n}\\n'
    """
    if fmt == "table":
        return render_table(result, max_width) + "\n"
    if fmt in _GRAPH_FORMATS:
        if result.kind != "graph":
            raise QueryError(
                f"{fmt} output is for CONSTRUCT and DESCRIBE queries; use table, csv, tsv, json or xml"
            )
        return _serialize_graph(result, _GRAPH_FORMATS[fmt])
    columns, rows = result.table()
    boolean = result.boolean if result.kind == "ask" else None
    if fmt == "json":
        if not pretty:
            return sparql_json(columns, rows, boolean)
        return sparql_json(columns, rows, boolean, indent=2) + "\n"
    if fmt in _RESULT_FORMATS:
        doc = sparql_json(columns, rows, boolean)
        parsed = ox.parse_query_results(doc, format=ox.QueryResultsFormat.JSON)
        return parsed.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8")
    raise QueryError(f"unknown output format {fmt!r} (choose from {', '.join(FORMATS)})")


# ---------------------------------------------------------------------------------------------
# Canned queries
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Parameter:
    """One ``?name (IRI|literal, optional|required)`` entry of a canned query's header."""

    name: str
    kind: Literal["IRI", "literal"]
    required: bool
    note: str = ""

    def describe(self) -> str:
        flag = "--iri" if self.kind == "IRI" else "--param"
        need = "required" if self.required else "optional"
        note = f": {self.note}" if self.note else ""
        return f"?{self.name} ({self.kind}, {need}{note}; {flag} {self.name}=...)"


@dataclass(frozen=True)
class CannedQuery:
    """A query shipped in ``kg/queries/NAME.rq`` with its header."""

    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    example: str
    text: str


_PARAM = re.compile(r"\?(\w+)\s*\(\s*(IRI|literal)\s*(?:,\s*(optional|required))?\s*(?::\s*([^)]*))?\)")


def parse_header(name: str, text: str) -> CannedQuery:
    """Read the ``# key: value`` comment header of a canned query.

    Continuation lines start with ``#`` and at least two spaces. ``parameters`` lists
    ``?name (IRI|literal, optional|required: note)`` entries separated by commas, or ``none``.

    Raises
    ------
    QueryError
        A header without ``title`` or ``description``, or a parameter the query does not use.

    Example
    -------
    >>> q = parse_header("x", "# title: X\\n# description: d\\n# parameters: ?a (IRI, optional)\\n"
    ...                  "SELECT ?a { ?a ?b ?c }")
    >>> q.parameters[0].kind, q.parameters[0].required
    ('IRI', False)
    """
    fields: dict[str, str] = {}
    key = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = re.match(r"#\s?(\w+):\s*(.*)$", line)
        if m and not line.startswith("#  "):
            key = m.group(1).lower()
            fields[key] = m.group(2).strip()
        elif key is not None and line.startswith("#  "):
            fields[key] += " " + line[1:].strip()
    for needed in ("title", "description"):
        if not fields.get(needed):
            raise QueryError(f"canned query {name}: the header has no '# {needed}:' line")
    params = tuple(
        Parameter(m.group(1), m.group(2), m.group(3) == "required", (m.group(4) or "").strip())  # type: ignore[arg-type]
        for m in _PARAM.finditer(fields.get("parameters", ""))
    )
    unused = [p.name for p in params if p.name not in query_variables(text)]
    if unused:
        raise QueryError(f"canned query {name}: parameter(s) {', '.join(unused)} not used in the query")
    return CannedQuery(name, fields["title"], fields["description"], params, fields.get("example", ""), text)


def canned_queries() -> dict[str, CannedQuery]:
    """Every canned query shipped in ``kg/queries``, by name, in name order.

    Example
    -------
    >>> "positions" in canned_queries()
    True
    """
    folder = resources.files("kg") / "queries"
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            out[name] = parse_header(name, entry.read_text(encoding="utf-8"))
    return out


def canned_query(name: str) -> CannedQuery:
    """One canned query by name.

    Raises
    ------
    QueryError
        No such query (the message suggests the nearest names).

    Example
    -------
    >>> canned_query("positions").title
    'Positions'
    """
    queries = canned_queries()
    if name.endswith(".rq"):
        name = name[:-3]
    if name not in queries:
        close = difflib.get_close_matches(name, list(queries), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise QueryError(f"no canned query {name!r}{hint}; kg query --list shows all {len(queries)}")
    return queries[name]


def check_parameters(query: CannedQuery, bindings: Mapping[str, BindingValue]) -> None:
    """Check values against a canned query's declared parameters (names, IRI or literal, required).

    Raises
    ------
    QueryError
        A parameter the query does not take, an IRI given as a literal or the reverse, or a
        required parameter missing; the message says which option to use.

    Example
    -------
    >>> check_parameters(canned_query("positions"), {})
    """
    declared = {p.name: p for p in query.parameters}
    for name, value in bindings.items():
        name = name.lstrip("?$")
        param = declared.get(name)
        if param is None:
            takes = ", ".join(p.describe() for p in query.parameters) or "no parameters"
            raise QueryError(f"{query.name} has no parameter ?{name}; it takes {takes}")
        is_iri = isinstance(value, ox.NamedNode) or type(value).__name__ == "URIRef"
        if param.kind == "IRI" and not is_iri:
            raise QueryError(f"?{name} of {query.name} is an IRI: give it with --iri {name}=https://...")
        if param.kind == "literal" and is_iri:
            raise QueryError(f"?{name} of {query.name} is a literal: give it with --param {name}=...")
    missing = [p for p in query.parameters if p.required and p.name not in {k.lstrip("?$") for k in bindings}]
    if missing:
        raise QueryError(f"{query.name} needs " + ", ".join(p.describe() for p in missing))


def list_queries() -> str:
    """The catalogue that ``kg query --list`` prints: name, title, description, parameters.

    Example
    -------
    >>> "positions" in list_queries()
    True
    """
    import textwrap

    blocks = []
    for q in canned_queries().values():
        lines = [f"{q.name}: {q.title}"]
        lines += textwrap.wrap(q.description, 96, initial_indent="    ", subsequent_indent="    ")
        for p in q.parameters:
            lines.append(f"    parameter {p.describe()}")
        if q.example:
            lines.append(f"    example: {q.example}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
