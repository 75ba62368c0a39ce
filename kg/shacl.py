"""SHACL validation compiled to SPARQL: ``ontology/shapes.ttl`` checked by pyoxigraph in seconds.

pyshacl checks a graph node by node in Python: about 6 s for 10,000 triples, a minute for
250,000. This module reads the shapes (the same ``ontology/shapes.ttl``) and turns each node
shape into one SPARQL query that returns the focus nodes that violate it; pyoxigraph runs the
queries over the build's store (:class:`kg.store.GraphStore`). The SHACL-SPARQL constraints of
the shapes run as they are, with ``$this`` bound to their target node.

A shape's query streams over its focus nodes and looks each one's values up (``EXISTS``), so
the check's memory stays about flat in the size of the graph (+85 MB on 2.4M triples, where
hash joins of the whole graph took +1.5 GB); checks that cannot fail in a graph where no value
is wrong are first ruled out by one scan each (see :meth:`_Compiler.flag`).

It covers the SHACL Core constraints kg's shapes use and a few more: targets (class, subjects
of, objects of, node), ``sh:class``, ``sh:datatype`` (with well-formed numbers, booleans and
dates), ``sh:nodeKind``, ``sh:minLength``/``sh:maxLength``, ``sh:pattern``/``sh:flags``,
``sh:min/maxInclusive``/``Exclusive``, ``sh:in``, ``sh:hasValue``, ``sh:minCount``/``sh:maxCount``,
``sh:lessThan``/``sh:lessThanOrEquals``, ``sh:equals``, ``sh:disjoint``, ``sh:node``,
``sh:not``, ``sh:and``, ``sh:or``, ``sh:xone``, ``sh:property`` with predicate, inverse,
alternative, sequence and ``*``/``+``/``?`` paths, ``sh:deactivated`` and ``sh:severity`` (only
violations count, as ``allow_warnings=True`` has it in :func:`kg.validate.validate_graph`). A
shape that uses anything else raises :class:`Unsupported`, and the caller falls back to pyshacl.

pyshacl stays the authority for reports: :func:`kg.pipeline.build` uses this check to find out
*whether* the graph conforms, and when it does not, asks pyshacl for the report (for graphs of
a size pyshacl can handle) so the error reads as ``kg validate``'s does.

Example
-------
>>> from kg.store import GraphStore
>>> store = GraphStore(None, "https://w3id.org/kgnews/id/")
>>> check_store(store).conforms
True
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, SH, XSD
from rdflib.term import BNode, Node

log = logging.getLogger(__name__)

__all__ = ["CompiledShapes", "FastResult", "Unsupported", "Violation", "check_store", "compile_shapes"]


class Unsupported(Exception):
    """The shapes use a SHACL feature this compiler does not implement (use pyshacl)."""


@dataclass(frozen=True)
class Violation:
    """A focus node that does not conform to a shape, with the shape's message."""

    shape: str
    focus: str
    message: str


@dataclass
class FastResult:
    """What :func:`check_store` found."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def report(self, limit: int = 20) -> str:
        """A readable list of (at most ``limit``) violations."""
        lines = [f"Conforms: {self.conforms}", f"Results ({len(self.violations)}):"]
        for v in self.violations[:limit]:
            lines.append(f"  {v.focus}: {v.message or 'violates ' + v.shape} ({v.shape})")
        if len(self.violations) > limit:
            lines.append(f"  ... and {len(self.violations) - limit} more")
        return "\n".join(lines)


@dataclass(frozen=True)
class _Query:
    """The query of one shape (or one SHACL-SPARQL constraint): ``sparql`` returns its violations."""

    shape: str
    message: str
    sparql: str
    #: How many ``?check{i}`` variables the query binds, one per check of the shape (true where
    #: the focus node ``?this`` fails it); 0 for a SHACL-SPARQL query, each of whose rows is a violation.
    checks: int = 0
    #: The parts ``sparql`` is made of, so that :func:`check_store` can leave out checks that
    #: cannot fail: the targets, the flags (flag variable, the ``EXISTS`` expression that
    #: ``BOUND(flag variable)`` stands for in the conditions), the checks' conditions and the
    #: witness flags (flag variable, ``ASK`` query; see :meth:`_Compiler.flag`).
    targets: str = ""
    clauses: tuple[tuple[str, str], ...] = ()
    conditions: tuple[str, ...] = ()
    witnesses: tuple[tuple[str, str], ...] = ()

    def without(self, never: set[str], false: Callable[[str], bool]) -> tuple[str | None, list[int]]:
        """``sparql`` with the flags in ``never`` known to be false everywhere and the checks
        that ``false`` finds constant and false left out (None if no check is left), and the
        numbers of the checks left."""
        conditions = []
        for i, condition in enumerate(self.conditions):
            for name in never:
                condition = condition.replace(f"BOUND({name})", "false")
            if "?" not in condition and false(condition):
                continue
            conditions.append((i, condition))
        if not conditions:
            return None, []
        return _shape_query(self.targets, self.clauses, conditions), [i for i, _ in conditions]


def _shape_query(
    targets: str, clauses: tuple[tuple[str, str], ...], conditions: list[tuple[int, str]]
) -> str:
    """``SELECT DISTINCT ?this ?check{i}...``: the targets that fail at least one check.

    Each flag ``BOUND(?v...)`` in the conditions becomes its ``EXISTS`` expression, which
    pyoxigraph evaluates by index lookups for the focus node at hand: the query streams over
    the targets and holds only the rows that fail (no hash table of the whole graph).
    """
    expressions = dict(clauses)
    names = [f"?check{i}" for i, _ in conditions]
    where = " ".join(
        [
            targets,
            *(f"BIND ({_exists(condition, expressions)} AS ?check{i})" for i, condition in conditions),
            f"FILTER ({' || '.join(names)})",
        ]
    )
    return f"SELECT DISTINCT ?this {' '.join(names)} WHERE {{ {where} }}"


_FLAG = re.compile(r"BOUND\((\?v\d+)\)")


def _exists(condition: str, expressions: dict[str, str]) -> str:
    """``condition`` with each flag of ``expressions`` replaced by its expression (in one pass)."""
    return _FLAG.sub(lambda m: expressions.get(m.group(1), m.group(0)), condition)


@dataclass(frozen=True)
class CompiledShapes:
    """The queries for a shapes graph: each returns violating focus nodes as ``?this``."""

    queries: tuple[_Query, ...]


_CASTS = {
    XSD.integer,
    XSD.decimal,
    XSD.boolean,
    XSD.date,
    XSD.dateTime,
    XSD.double,
    XSD.float,
}
_NODE_KINDS = {
    SH.IRI: "!isIRI({x})",
    SH.Literal: "!isLiteral({x})",
    SH.BlankNode: "!isBlank({x})",
    SH.BlankNodeOrIRI: "isLiteral({x})",
    SH.BlankNodeOrLiteral: "isIRI({x})",
    SH.IRIOrLiteral: "isBlank({x})",
}
_COMPARE = {
    SH.minInclusive: ">=",
    SH.minExclusive: ">",
    SH.maxInclusive: "<=",
    SH.maxExclusive: "<",
}
#: Predicates of a shape that carry no constraint (or one handled elsewhere).
_IGNORED = {
    RDF.type,
    RDFS.comment,
    RDFS.label,
    RDFS.seeAlso,
    SH.message,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
    SH.defaultValue,
    SH.path,
    SH.severity,
    SH.deactivated,
    SH.targetClass,
    SH.targetNode,
    SH.targetSubjectsOf,
    SH.targetObjectsOf,
    SH.flags,
    SH.declare,
    SH.prefixes,
}


def _sparql_term(node: Node) -> str:
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        text = json.dumps(str(node), ensure_ascii=False)
        if node.language:
            return f"{text}@{node.language}"
        if node.datatype is not None:
            return f"{text}^^<{node.datatype}>"
        return text
    raise Unsupported(f"blank node {node} as a constant in a shape")


class _Compiler:
    def __init__(self, shapes: Graph, subclasses: bool = True) -> None:
        self.g = shapes
        self.counter = itertools.count(1)
        # SHACL instances are rdf:type/rdfs:subClassOf*; a data graph without rdfs:subClassOf
        # triples needs only rdf:type, which is much cheaper to evaluate.
        self.type_path = f"<{RDF.type}>/<{RDFS.subClassOf}>*" if subclasses else f"<{RDF.type}>"
        #: The flags of the groups being built, innermost last (see :meth:`flag`), each as
        #: (variable, OPTIONAL clause, EXISTS expression).
        self.scopes: list[list[tuple[str, str, str]]] = [[]]
        #: The witness flags of the query being built (see :meth:`flag`): name -> ASK query.
        self.witnesses: dict[str, str] = {}

    def var(self) -> str:
        return f"?v{next(self.counter)}"

    def items(self, node: Node) -> list[Node]:
        return list(Collection(self.g, node))

    # -- paths --------------------------------------------------------------------------
    def path(self, node: Node) -> str:
        if isinstance(node, URIRef):
            return f"<{node}>"
        if (node, RDF.first, None) in self.g:
            return "(" + "/".join(self.path(p) for p in self.items(node)) + ")"
        for pred, fmt in (
            (SH.inversePath, "^({})"),
            (SH.zeroOrMorePath, "({})*"),
            (SH.oneOrMorePath, "({})+"),
            (SH.zeroOrOnePath, "({})?"),
        ):
            inner = self.g.value(node, pred)
            if inner is not None:
                return fmt.format(self.path(inner))
        alternatives = self.g.value(node, SH.alternativePath)
        if alternatives is not None:
            return "(" + "|".join(self.path(p) for p in self.items(alternatives)) + ")"
        raise Unsupported(f"property path {node}")

    # -- shapes -------------------------------------------------------------------------
    def deactivated(self, shape: Node) -> bool:
        return self.g.value(shape, SH.deactivated) == Literal(True)

    def counts(self, shape: Node, top: bool) -> bool:
        """Whether a shape's results make the graph non-conforming (violations only, at the top)."""
        severity = self.g.value(shape, SH.severity)
        return not top or severity is None or severity == SH.Violation

    # -- conditions on a bound variable: flags ------------------------------------------------
    def flag(
        self,
        keys: list[str],
        pattern: str,
        condition: Callable[[], str] | None = None,
        witness: bool = False,
        having: str = "",
        lookup: str = "",
        scan: str = "",
    ) -> str:
        """An expression, true when ``pattern`` (with ``condition`` as its filter) matches for the
        current values of ``keys``: ``EXISTS { pattern FILTER (condition) }``.

        A flag is written two ways, for the two ways pyoxigraph (0.5) reads the store:

        - in a shape's query, which streams over the focus nodes, as that ``EXISTS``: index
          lookups for the node at hand, so the query's memory does not grow with the graph (a
          flag as a hash join, ``OPTIONAL { SELECT DISTINCT keys ... }``, holds a table of the
          whole graph's matches: +1.5 GB for kg's shapes on a 2.4M-triple graph);
        - in a query that scans the whole graph for the pattern (a witness, below), a flag
          nested in the pattern's condition as such a hash join: the table is of the nested
          pattern's matches only (the members of a class, for ``sh:class``), and one table
          probed per row is much faster than one lookup per row.

        The expression returned is ``BOUND(?v...)``; :func:`_shape_query` puts the ``EXISTS``
        in its place. ``having`` (over the pattern's rows, grouped by ``keys``) replaces the
        filter of the hash join for counting conditions, ``lookup`` the ``EXISTS`` and ``scan``
        the witness's ASK query (see :meth:`count_at_least`).

        A ``witness`` flag is true only where something is wrong (a bad value, a value too
        many), so in a conforming graph it matches nothing: :func:`check_store` first asks
        whether it matches anything at all (its ASK query, a scan), once for all the shapes
        that share it, and drops it from the shape's query when it does not.
        """
        self.scopes.append([])
        cond = condition() if condition is not None else ""
        inner = self.scopes.pop()
        if cond == "false":
            return "false"
        name = self.var()
        where = f" FILTER ({cond})" if cond and cond != "true" else ""
        hashed = " ".join([pattern, *(clause for _, clause, _ in inner)]) + where
        looked_up = pattern + _exists(where, {n: e for n, _, e in inner})
        select = " ".join(keys)
        if having:
            sub = f"SELECT {select} (true AS {name}) WHERE {{ {hashed} }} GROUP BY {select} HAVING ({having})"
        else:
            sub = f"SELECT DISTINCT {select} (true AS {name}) WHERE {{ {hashed} }}"
        clause = f"OPTIONAL {{ {sub} }}"
        self.scopes[-1].append((name, clause, lookup or f"EXISTS {{ {looked_up} }}"))
        if witness and len(self.scopes) == 1:
            self.witnesses[name] = scan or f"ASK {{ {hashed} }}"
        return f"BOUND({name})"

    def has_type(self, x: str, cls: Node) -> str:
        return self.flag([x], f"{x} {self.type_path} <{cls}>")

    def violates(self, shape: Node, x: str, top: bool = False) -> str:
        """A SPARQL expression, true when the node ``x`` does not conform to ``shape``."""
        return _any(self.checks(shape, x, top))

    def value_constraints(self, shape: Node, x: str, skip: tuple[Node, ...] = ()) -> list[str]:
        """Expressions for the constraints that apply to each value node ``x`` of ``shape``."""
        g = self.g
        out: list[str] = []
        for pred, obj in sorted(g.predicate_objects(shape), key=lambda t: (str(t[0]), str(t[1]))):
            if pred in skip:
                continue
            if pred in _IGNORED or pred in (
                SH.property,
                SH.minCount,
                SH.maxCount,
                SH.lessThan,
                SH.lessThanOrEquals,
                SH.equals,
                SH.disjoint,
                SH.sparql,
            ):
                if pred == SH.sparql and g.value(shape, SH.path) is not None:
                    raise Unsupported("SHACL-SPARQL constraints on property shapes")
                continue
            if pred == SH["class"]:
                out.append(f"!{self.has_type(x, obj)}")
            elif pred == SH.datatype:
                ok = f"isLiteral({x}) && DATATYPE({x}) = <{obj}>"
                if obj in _CASTS:
                    ok += f" && COALESCE(<{obj}>(STR({x})) = {x}, false)"
                out.append(f"!({ok})")
            elif pred == SH.nodeKind:
                if obj not in _NODE_KINDS:
                    raise Unsupported(f"sh:nodeKind {obj}")
                out.append(_NODE_KINDS[obj].format(x=x))
            elif pred == SH.minLength:
                out.append(f"(isBlank({x}) || STRLEN(STR({x})) < {int(obj)})")
            elif pred == SH.maxLength:
                out.append(f"(isBlank({x}) || STRLEN(STR({x})) > {int(obj)})")
            elif pred == SH.pattern:
                flags = g.value(shape, SH.flags)
                args = json.dumps(str(obj), ensure_ascii=False)
                if flags is not None:
                    args += ", " + json.dumps(str(flags))
                out.append(f"(isBlank({x}) || !REGEX(STR({x}), {args}))")
            elif pred in _COMPARE:
                out.append(f"COALESCE(!({x} {_COMPARE[pred]} {_sparql_term(obj)}), true)")
            elif pred == SH["in"]:
                members = " || ".join(f"sameTerm({x}, {_sparql_term(m)})" for m in self.items(obj))
                out.append(f"!({members or 'false'})")
            elif pred == SH.hasValue:
                out.append(f"!sameTerm({x}, {_sparql_term(obj)})")
            elif pred == SH.node:
                out.append(self.violates(obj, x))
            elif pred == SH["not"]:
                out.append(f"!({self.violates(obj, x)})")
            elif pred == SH["and"]:
                out.append(_any([self.violates(s, x) for s in self.items(obj)]))
            elif pred == SH["or"]:
                out.append(_all([self.violates(s, x) for s in self.items(obj)]))
            elif pred == SH.xone:
                conforming = " + ".join(f"IF({self.violates(s, x)}, 0, 1)" for s in self.items(obj))
                out.append(f"({conforming or '0'}) != 1")
            elif pred == SH.closed:
                if obj == Literal(True):
                    raise Unsupported("sh:closed")
            else:
                raise Unsupported(f"constraint {pred}")
        return out

    def checks(self, shape: Node, x: str, top: bool) -> list[str]:
        """The ways ``x`` can fail ``shape``, each an expression that is true when it does.

        ``sh:node`` and ``sh:and`` of the shape are spread into their parts, so a report names
        each failing part once, as a query per part did.
        """
        if self.deactivated(shape):
            return []
        if self.g.value(shape, SH.path) is not None:
            return self.property_checks(shape, x)
        out: list[str] = []
        if self.counts(shape, top):
            for pred, obj in sorted(self.g.predicate_objects(shape), key=lambda t: (str(t[0]), str(t[1]))):
                if pred == SH.node:
                    out += self.checks(obj, x, top=False)
                elif pred == SH["and"]:
                    for member in self.items(obj):
                        out += self.checks(member, x, top=False)
            out += self.value_constraints(shape, x, skip=(SH.node, SH["and"]))
        for prop in sorted(self.g.objects(shape, SH.property), key=str):
            if not self.deactivated(prop) and self.counts(prop, top):
                out += self.property_checks(prop, x)
        return [c for c in out if c != "false"]

    def property_checks(self, prop: Node, x: str) -> list[str]:
        g = self.g
        path = self.path(g.value(prop, SH.path))
        out: list[str] = []
        v = self.var()
        out.append(
            self.flag([x], f"{x} {path} {v}", lambda: _any(self.value_constraints(prop, v)), witness=True)
        )
        min_count = g.value(prop, SH.minCount)
        if min_count is not None and int(min_count) > 0:
            out.append(f"!{self.count_at_least(x, path, int(min_count))}")
        max_count = g.value(prop, SH.maxCount)
        if max_count is not None:
            out.append(self.count_at_least(x, path, int(max_count) + 1, witness=True))
        for pred, op in ((SH.lessThan, "<"), (SH.lessThanOrEquals, "<=")):
            for other in g.objects(prop, pred):
                a, b = self.var(), self.var()
                pattern = f"{x} {path} {a} . {x} <{other}> {b}"
                compare = f"COALESCE(!({a} {op} {b}), true)"
                out.append(self.flag([x], pattern, lambda compare=compare: compare, witness=True))
        for other in g.objects(prop, SH.equals):
            a, b = self.var(), self.var()
            out.append(
                self.flag(
                    [x],
                    f"{x} {path} {a}",
                    lambda a=a, o=other: f"!{self.flag([x, a], f'{x} <{o}> {a}')}",
                    witness=True,
                )
            )
            out.append(
                self.flag(
                    [x],
                    f"{x} <{other}> {b}",
                    lambda b=b: f"!{self.flag([x, b], f'{x} {path} {b}')}",
                    witness=True,
                )
            )
        for other in g.objects(prop, SH.disjoint):
            a = self.var()
            out.append(self.flag([x], f"{x} {path} {a} . {x} <{other}> {a}", witness=True))
        for value in g.objects(prop, SH.hasValue):
            out.append(f"!{self.flag([x], f'{x} {path} {_sparql_term(value)}')}")
        return [c for c in out if c != "false"]

    def count_at_least(self, x: str, path: str, n: int, witness: bool = False) -> str:
        """True when ``x`` has at least ``n`` distinct values on ``path``."""
        if n <= 0:
            return "true"
        v = self.var()
        pattern = f"{x} {path} {v}"
        if n == 1:
            return self.flag([x], pattern, witness=witness)
        grouped = f"SELECT {x} WHERE {{ {pattern} }} GROUP BY {x} HAVING (COUNT(DISTINCT {v}) >= {n})"
        if n == 2:
            # two values that are not the same term: two lookups for a focus node
            w = self.var()
            lookup = f"EXISTS {{ {pattern} . {x} {path} {w} FILTER (!sameTerm({v}, {w})) }}"
        else:
            lookup = f"EXISTS {{ {grouped} }}"
        scan = f"ASK {{ {{ {grouped} }} }}"
        if n == 2 and re.fullmatch(r"<[^<>]*>", path):
            # A predicate gives each subject distinct values (a graph has no duplicate triples),
            # so some subject has two values when there are more triples than subjects: a set
            # of the subjects, a quarter of the memory of the groups of GROUP BY.
            n_, m_ = self.var(), self.var()
            scan = (
                f"ASK {{ {{ SELECT (COUNT(*) AS {n_}) (COUNT(DISTINCT {x}) AS {m_}) WHERE {{ {pattern} }} }}"
                f" FILTER ({n_} > {m_}) }}"
            )
        having = f"COUNT(DISTINCT {v}) >= {n}"
        return self.flag([x], pattern, witness=witness, having=having, lookup=lookup, scan=scan)

    # -- targets ------------------------------------------------------------------------
    def targets(self, shape: Node) -> list[str]:
        g = self.g
        out = []
        classes = set(g.objects(shape, SH.targetClass))
        if (shape, RDF.type, RDFS.Class) in g or (shape, RDF.type, OWL.Class) in g:
            classes.add(shape)
        for cls in sorted(classes, key=str):
            out.append(f"{{ ?this {self.type_path} <{cls}> }}")
        for p in sorted(g.objects(shape, SH.targetSubjectsOf), key=str):
            out.append(f"{{ ?this <{p}> [] }}")
        for p in sorted(g.objects(shape, SH.targetObjectsOf), key=str):
            out.append(f"{{ [] <{p}> ?this }}")
        nodes = sorted(g.objects(shape, SH.targetNode), key=str)
        if nodes:
            out.append("{ VALUES ?this { " + " ".join(_sparql_term(n) for n in nodes) + " } }")
        return out

    def prefixes(self, constraint: Node) -> str:
        lines = []
        for source in self.g.objects(constraint, SH.prefixes):
            for decl in self.g.objects(source, SH.declare):
                prefix, ns = self.g.value(decl, SH.prefix), self.g.value(decl, SH.namespace)
                lines.append(f"PREFIX {prefix}: <{ns}>")
        return "\n".join(sorted(set(lines)))

    def sparql_constraints(self, shape: Node) -> Iterator[_Query]:
        g = self.g
        for constraint in sorted(g.objects(shape, SH.sparql), key=str):
            if self.deactivated(constraint):
                continue
            select = g.value(constraint, SH.select)
            if select is None:
                raise Unsupported("SHACL-SPARQL constraint without sh:select")
            text = str(select)
            if re.search(r"[?$](shapesGraph|currentShape|PATH)\b", text):
                raise Unsupported("SHACL-SPARQL with $shapesGraph, $currentShape or $PATH")
            if set(g.predicates(shape)) & {SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf}:
                raise Unsupported("SHACL-SPARQL constraints on shapes with targets other than sh:targetNode")
            message = str(g.value(constraint, SH.message) or g.value(shape, SH.message) or "")
            head, brace, body = text.partition("{")
            if not brace or not re.search(r"\bSELECT\b", head, re.IGNORECASE):
                raise Unsupported("SHACL-SPARQL query that is not a SELECT")
            for node in sorted(g.objects(shape, SH.targetNode), key=str):
                term = _sparql_term(node)
                this_head = re.sub(r"[?$]this\b", f"({term} AS ?this)", head)
                this_body = re.sub(r"[?$]this\b", term, body)
                query = f"{self.prefixes(constraint)}\n{this_head}{brace}{this_body}"
                yield _Query(str(shape), message, query)


def _any(parts: list[str]) -> str:
    parts = [p for p in parts if p != "false"]
    if not parts:
        return "false"
    return "(" + " || ".join(parts) + ")"


def _all(parts: list[str]) -> str:
    if not parts:
        return "true"
    if "false" in parts:
        return "false"
    return "(" + " && ".join(parts) + ")"


def compile_shapes(shapes: Graph, subclasses: bool = True) -> CompiledShapes:
    """Turn every shape with targets into queries for its violating focus nodes.

    Parameters
    ----------
    shapes:
        The shapes graph.
    subclasses:
        Whether the data graph may hold ``rdfs:subClassOf`` triples; if it holds none, False
        gives queries that look at ``rdf:type`` only, and the same answers.

    Raises
    ------
    Unsupported
        For a SHACL feature the compiler does not implement.

    Example
    -------
    >>> from kg.validate import shapes_graph
    >>> len(compile_shapes(shapes_graph()).queries) > 20
    True
    """
    c = _Compiler(shapes, subclasses)
    queries: list[_Query] = []
    shapes_with_targets = set()
    for pred in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf):
        shapes_with_targets.update(shapes.subjects(pred, None))
    for cls in (RDFS.Class, OWL.Class):
        shapes_with_targets.update(
            s for s in shapes.subjects(RDF.type, cls) if (s, RDF.type, SH.NodeShape) in shapes
        )
    for shape in sorted(shapes_with_targets, key=str):
        name = f"_:{shape}" if isinstance(shape, BNode) else str(shape)
        if c.deactivated(shape):
            continue
        if shapes.value(shape, SH.path) is not None and not c.counts(shape, top=True):
            continue  # a property shape whose results are warnings
        message = str(shapes.value(shape, SH.message) or "")
        targets = c.targets(shape)
        if targets:
            # One query per shape: its targets, scanned once, with a variable per check that
            # is true where the focus node fails it (ordered as the checks, so the report is).
            c.scopes = [[]]
            c.witnesses = {}
            conditions = c.checks(shape, "?this", top=True)
            clauses = tuple((name, exists) for name, _, exists in c.scopes.pop())
            if conditions:
                union = "{ " + " UNION ".join(targets) + " }"
                sparql = _shape_query(union, clauses, list(enumerate(conditions)))
                witnesses = tuple(c.witnesses.items())
                queries.append(
                    _Query(
                        name, message, sparql, len(conditions), union, clauses, tuple(conditions), witnesses
                    )
                )
        if c.counts(shape, top=True):
            queries.extend(c.sparql_constraints(shape))
    return CompiledShapes(tuple(queries))


@functools.cache
def kg_shapes(subclasses: bool = True) -> CompiledShapes:
    """The compiled ``ontology/shapes.ttl`` (compiled once per process)."""
    from kg.validate import shapes_graph

    return compile_shapes(shapes_graph(), subclasses)


def check_store(store: object, shapes: CompiledShapes | None = None, limit: int = 1000) -> FastResult:
    """Validate the union graph of a :class:`kg.store.GraphStore` (or any pyoxigraph store).

    Parameters
    ----------
    store:
        A :class:`kg.store.GraphStore`, or a ``pyoxigraph.Store`` whose default graph is checked.
    shapes:
        Compiled shapes; default: ``ontology/shapes.ttl``.
    limit:
        Stop collecting violations after this many.

    Raises
    ------
    Unsupported
        When the shapes use a feature the compiler does not implement.
    """
    query = store.query
    if shapes is None:
        subclasses = bool(query(f"ASK {{ ?a <{RDFS.subClassOf}> ?b }}"))
        shapes = kg_shapes(subclasses)
    result = FastResult(conforms=True)
    found = result.violations
    # Witness flags first: each distinct one is asked once whether it matches anything.
    matches: dict[str, bool] = {}
    constants: dict[str, bool] = {}

    def false(condition: str) -> bool:
        if condition not in constants:
            constants[condition] = not bool(query(f"ASK {{ FILTER ({condition}) }}"))
        return constants[condition]

    for q in shapes.queries:
        if q.checks:
            never = set()
            for name, ask in q.witnesses:
                key = _canonical(ask)
                if key not in matches:
                    matches[key] = bool(query(ask))
                if not matches[key]:
                    never.add(name)
            sparql, live = q.without(never, false)
            if sparql is None:
                continue
        else:
            sparql, live = q.sparql, []
        rows = list(query(sparql))
        if not rows:
            continue
        result.conforms = False
        if not q.checks:
            failed = [[row["this"]] for row in rows]
        else:
            failed = [[row["this"] for row in rows if _true(row[f"check{i}"])] for i in live]
        for nodes in failed:
            for this in nodes:
                found.append(Violation(q.shape, str(getattr(this, "value", this)), q.message))
                if len(found) >= limit:
                    return result
    return result


def _canonical(sparql: str) -> str:
    """A query with its variables renamed in order of appearance (the same subquery made for
    two shapes has different variable names)."""
    names: dict[str, str] = {}
    return re.sub(r"\?v\d+\b", lambda m: names.setdefault(m.group(0), f"?v{len(names)}"), sparql)


def _true(term: object) -> bool:
    return term is not None and getattr(term, "value", None) == "true"
