"""A browsable view of a kg graph: one self-contained HTML page.

The page embeds everything it needs: the vendored cytoscape.js build (``kg/static/``,
MIT licence), its own script and style sheet, and the graph as JSON in a
``<script type="application/json">`` block. It loads nothing at view time (a
Content-Security-Policy forbids it), so it opens from a file, an e-mail attachment or
an air-gapped machine.

The data is derived from the RDF graph, never from extraction records: nodes and
direct edges from :func:`kg.export.graphml.to_networkx` (so the page agrees with the
GraphML export), events, statements, aliases and articles with SPARQL over the contract
terms (``ontology/README.md``). The same graph gives the same bytes.
"""

from __future__ import annotations

import html
import json
import logging
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.errors import ExportError, KgError
from kg.export.graphml import ENTITY_CLASSES, local_name, to_networkx
from kg.fileio import atomic_write
from kg.vocab import KG, KG_NS

__all__ = [
    "CYTOSCAPE_VERSION",
    "ViewSummary",
    "default_output",
    "load_graph",
    "render_html",
    "view_data",
    "write_view",
]

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
#: The vendored build in ``kg/static/cytoscape.min.js`` (npm package ``cytoscape``).
CYTOSCAPE_VERSION = "3.35.0"
#: Version of the embedded JSON layout; bump it when a key changes meaning.
DATA_VERSION = 1

#: Node colour per entity type, in legend order: the first four of Tableau 10 (distinct,
#: colour-blind friendly), the same as the GEXF export gives Gephi.
TYPE_COLOURS: dict[str, str] = {
    "Person": "#4e79a7",
    "Organisation": "#f28e2b",
    "Country": "#59a14f",
    "Location": "#e15759",
}

# Relation families, in legend order, with a colour for each relation type the ontology
# declares: affiliation in blues and purples, place and membership in browns and teals,
# interactions by CAMEO root from cooperative (green) through verbal conflict (amber) to
# material conflict (red).
_FAMILIES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "affiliation",
        (
            ("affiliatedWith", "#7f7fbf"),
            ("holdsPositionIn", "#5b5fc7"),
            ("leads", "#3b3eac"),
            ("memberOf", "#8e6bbf"),
            ("worksFor", "#6f9fd8"),
            ("founded", "#a05195"),
        ),
    ),
    (
        "place",
        (
            ("locatedIn", "#8c6d31"),
            ("partOf", "#bd9e39"),
            ("citizenOf", "#17a2b8"),
            ("residesIn", "#6cc5d3"),
        ),
    ),
    (
        "interaction",
        (
            ("interactsWith", "#8c8c8c"),
            ("makesPublicStatementAbout", "#9aa36b"),
            ("appealsTo", "#a3b86c"),
            ("intendsToCooperateWith", "#7fbf7b"),
            ("consults", "#2ca25f"),
            ("cooperatesWith", "#238b45"),
            ("cooperatesMateriallyWith", "#1b7837"),
            ("providesAidTo", "#00a087"),
            ("yieldsTo", "#66c2a4"),
            ("investigates", "#d4a017"),
            ("demandsFrom", "#e6a532"),
            ("disapprovesOf", "#f0883e"),
            ("accuses", "#e8743b"),
            ("rejects", "#d95f02"),
            ("threatens", "#e34a33"),
            ("protestsAgainst", "#fc8d59"),
            ("exhibitsForcePostureToward", "#d7301f"),
            ("reducesRelationsWith", "#c51b8a"),
            ("sanctions", "#ae017e"),
            ("expels", "#7a0177"),
            ("coerces", "#b30000"),
            ("assaults", "#990000"),
            ("fights", "#7f0000"),
            ("usesMassViolenceAgainst", "#4d0000"),
        ),
    ),
)
RELATION_COLOURS: dict[str, str] = {name: colour for _, members in _FAMILIES for name, colour in members}
_RELATION_FAMILY: dict[str, str] = {name: family for family, members in _FAMILIES for name, _ in members}
_RELATION_ORDER: dict[str, int] = {name: i for i, name in enumerate(RELATION_COLOURS)}
# For sub-properties a graph declares itself (rdfs:subPropertyOf): stable colours by name.
_EXTRA_PALETTE = ("#1f77b4", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")

_INIT_NS = {"kg": KG_NS, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "owl": OWL, "prov": PROV}

# Entities come from to_networkx; these fetch what it does not carry, restricted to its
# entities in Python (rdflib joins VALUES slowly: fixed predicates are index look-ups).
_ALIAS_QUERY = "SELECT ?e ?value WHERE { ?e skos:altLabel ?value . }"
_MENTIONED_IN_QUERY = "SELECT ?e ?value WHERE { ?e kg:mentionedIn ?value . }"

_ARTICLE_QUERY = """
SELECT ?a ?prop ?value WHERE {
  VALUES ?prop { kg:articleId kg:headline kg:datePublished kg:url kg:source }
  ?a a kg:Article ; ?prop ?value .
}"""

_EVIDENCE_QUERY = """
SELECT ?n ?cls ?prop ?value WHERE {
  { ?n a kg:Event ; ?prop ?value . BIND(kg:Event AS ?cls) }
  UNION
  { ?n a kg:Statement ; ?prop ?value . BIND(kg:Statement AS ?cls) }
}"""
_EVIDENCE_PROPS = frozenset(
    {
        KG.actor,
        KG.target,
        KG.cameoCode,
        KG.trigger,
        KG.date,
        KG.negated,
        KG.modality,
        KG.speaker,
        KG.quote,
        KG.isDirect,
        KG.confidence,
        KG.rule,
        KG.sentence,
        PROV.wasDerivedFrom,
    }
)

_CAMEO_LABEL_QUERY = """
SELECT ?code ?label WHERE { ?c skos:notation ?code ; skos:prefLabel ?label . }"""

# What may not appear raw inside <script>: "</" ends the element, "<!--" switches the
# parser's state; ">" and "&" too for good measure (as Go's html/template does).
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")
_MARKER_RE = re.compile(r"<!--KG:([A-Z_]+)-->")

_RDF_FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".trig": "trig",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
}
_DATASET_FORMATS = {"trig", "nquads"}


@dataclass(frozen=True)
class ViewSummary:
    """What :func:`write_view` wrote: the file and how much of the graph it shows."""

    path: Path
    nodes: int
    edges: int
    facts: int
    events: int
    statements: int
    bytes: int


def load_graph(path: str | os.PathLike[str]) -> Graph:
    """Read a built graph from Turtle, N-Triples, TriG, N-Quads, JSON-LD or RDF/XML.

    The format comes from the file's suffix. The named graphs of a TriG or N-Quads file
    are merged into one graph.

    Raises
    ------
    ExportError
        If the file is missing, its suffix is not an RDF format, or it does not parse.

    Example
    -------
    >>> graph = load_graph("exports/graph.ttl")  # doctest: +SKIP
    """
    source = Path(path)
    fmt = _RDF_FORMATS.get(source.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(_RDF_FORMATS))
        raise ExportError(f"{source}: cannot tell the RDF format from the suffix (use one of {known})")
    if not source.is_file():
        raise ExportError(f"{source}: no such file; build a graph first, e.g. kg build seeds -o exports")
    try:
        if fmt in _DATASET_FORMATS:
            dataset = Dataset()
            dataset.parse(str(source), format=fmt)
            graph = Graph()
            for prefix, namespace in dataset.namespaces():
                graph.bind(prefix, namespace)
            for s, p, o, _g in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        return Graph().parse(str(source), format=fmt)
    except Exception as err:  # rdflib raises parser-specific exception types
        raise ExportError(f"{source}: not readable as {fmt}: {err}") from err


def default_output(graph_path: str | os.PathLike[str]) -> Path:
    """Where ``kg view GRAPH`` writes by default: beside GRAPH, same stem, ``.html``.

    Example
    -------
    >>> default_output("exports/graph.ttl").as_posix()
    'exports/graph.html'
    """
    return Path(graph_path).with_suffix(".html")


def _first(values: Iterable[Node]) -> Node | None:
    ordered = sorted(set(values), key=lambda v: (str(v), str(getattr(v, "datatype", "") or "")))
    return ordered[0] if ordered else None


def _native(value: Node | None) -> Any:
    if value is None:
        return None
    if isinstance(value, Literal):
        native = value.toPython()
        if isinstance(native, bool | int | float | str):
            return native
        if hasattr(native, "is_finite"):  # Decimal
            return float(native)
        return str(value)
    return str(value)


def _float(value: Node | None) -> float | None:
    try:
        return None if value is None else float(_native(value))
    except (TypeError, ValueError):
        log.warning("cannot read %r as a number; left out of the view", str(value))
        return None


def _bool(value: Node | None) -> bool | None:
    native = _native(value)
    if isinstance(native, bool) or native is None:
        return native
    return {"true": True, "1": True, "false": False, "0": False}.get(str(native).strip().lower())


def _relation_colour(name: str) -> str:
    if name in RELATION_COLOURS:
        return RELATION_COLOURS[name]
    return _EXTRA_PALETTE[sum(name.encode()) % len(_EXTRA_PALETTE)]


def _node_size(degree: int) -> int:
    """Node diameter in pixels: grows with the square root of the degree, 18 to 72."""
    return min(72, round(18 + 9 * math.sqrt(degree)))


def _cameo_labels(graph: Graph) -> dict[str, str]:
    """CAMEO code -> label, from the graph itself or else from ``ontology/cameo.ttl``."""
    labels: dict[str, str] = {}
    for source in (graph, None):
        if source is None:
            try:
                from kg.validate import ontology_path

                source = Graph().parse(ontology_path("cameo.ttl"), format="turtle")
            except (KgError, OSError, ValueError) as err:
                log.debug("no CAMEO labels: %s", err)
                break
        for row in source.query(_CAMEO_LABEL_QUERY, initNs=_INIT_NS):
            code = str(row.code)
            if code not in labels or str(row.label) < labels[code]:
                labels[code] = str(row.label)
        if labels:
            break
    return labels


class _Sentences:
    """Sentences in order of first use, each stored once and referred to by index."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def add(self, text: object) -> int | None:
        if text is None or str(text) == "":
            return None
        key = str(text)
        if key not in self.index:
            self.index[key] = len(self.index)
        return self.index[key]

    def table(self) -> list[str]:
        return list(self.index)


def _evidence(values: Mapping[Node, list[Node]], article_ids: Mapping[Node, str], sentences: _Sentences):
    """Evidence keys of an event or statement: confidence, rule, sentence index, article id."""
    out: dict[str, Any] = {}
    confidence = _float(_first(values.get(KG.confidence, ())))
    if confidence is not None:
        out["confidence"] = confidence
    rule = _first(values.get(KG.rule, ()))
    if rule is not None:
        out["rule"] = str(rule)
    sentence = sentences.add(_first(values.get(KG.sentence, ())))
    if sentence is not None:
        out["sentence"] = sentence
    article = _first(values.get(PROV.wasDerivedFrom, ()))
    if article is not None:
        out["article"] = article_ids.get(article, str(article))
    return out


def view_data(graph: Graph, title: str = "kg graph") -> dict[str, Any]:
    """The JSON the page embeds: entities, drawn edges, facts, events, statements, articles.

    Parameters
    ----------
    graph:
        A built kg graph (``ontology/README.md``).
    title:
        Shown in the page's header and tab.

    Returns
    -------
    dict
        ``nodes`` (one per entity, ids ``n0, n1, ...`` as in the GraphML export, with
        ``name``, ``type``, ``aliases``, ``degree``, ``size``, ...), ``edges`` (one per
        source, relation type and target, with the indices of the ``facts`` behind it
        and their highest ``confidence``), ``facts`` (one per evidence node backing a
        direct edge, as :func:`kg.export.graphml.to_networkx` has them), ``events``
        (every ``kg:Event``, with or without a target), ``statements``, ``articles``,
        ``sentences`` (each sentence once; facts refer to them by index), ``types`` and
        ``relations`` (legend entries with colours and counts) and ``counts``.

    Example
    -------
    >>> from rdflib import Graph, Literal, Namespace, RDF, RDFS
    >>> from kg.vocab import KG
    >>> ID = Namespace("https://w3id.org/kgnews/id/")
    >>> g = Graph()
    >>> _ = g.add((ID["person/xi-jinping"], RDF.type, KG.Person))
    >>> _ = g.add((ID["person/xi-jinping"], RDFS.label, Literal("Xi Jinping")))
    >>> data = view_data(g)
    >>> data["counts"]["nodes"], data["nodes"][0]["name"], data["nodes"][0]["type"]
    (1, 'Xi Jinping', 'Person')
    """
    view = to_networkx(graph)
    iri_to_id: dict[str, str] = {attrs["n_iri"]: node for node, attrs in view.nodes(data=True)}

    entity_values: dict[tuple[str, URIRef], list[Node]] = defaultdict(list)
    for query, prop in ((_ALIAS_QUERY, SKOS.altLabel), (_MENTIONED_IN_QUERY, KG.mentionedIn)):
        for row in graph.query(query, initNs=_INIT_NS):
            if str(row.e) in iri_to_id:
                entity_values[(str(row.e), prop)].append(row.value)

    article_values: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for row in graph.query(_ARTICLE_QUERY, initNs=_INIT_NS):
        article_values[row.a][row.prop].append(row.value)
    article_ids: dict[Node, str] = {}
    articles: list[dict[str, Any]] = []
    for article, props in article_values.items():
        ident = _first(props.get(KG.articleId, ()))
        if ident is None:
            continue
        article_ids[article] = str(ident)
        entry: dict[str, Any] = {"id": str(ident), "iri": str(article)}
        for prop, key in ((KG.headline, "headline"), (KG.datePublished, "date"), (KG.url, "url")):
            value = _first(props.get(prop, ()))
            if value is not None and str(value):
                entry[key] = str(value)
        source = _first(props.get(KG.source, ()))
        if source is not None and str(source):
            entry["source"] = str(source)
        articles.append(entry)
    articles.sort(key=lambda a: a["id"])

    sentences = _Sentences()

    # Facts (one per evidence node behind a direct edge), grouped into drawn edges.
    facts: list[dict[str, Any]] = []
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    degree: Counter[str] = Counter()
    for source, target, _key, attrs in view.edges(keys=True, data=True):
        fact: dict[str, Any] = {"source": source, "target": target, "type": attrs["label"]}
        for attr, key in (
            ("e_iri", "iri"),
            ("e_confidence", "confidence"),
            ("e_rule", "rule"),
            ("e_article", "article"),
            ("e_title", "title"),
            ("e_former", "former"),
            ("e_cameo", "cameo"),
            ("e_trigger", "trigger"),
            ("e_date", "date"),
            ("e_negated", "negated"),
        ):
            if attr in attrs:
                fact[key] = attrs[attr]
        sentence = sentences.add(attrs.get("e_sentence"))
        if sentence is not None:
            fact["sentence"] = sentence
        groups[(source, attrs["label"], target)].append(len(facts))
        degree[source] += 1
        degree[target] += 1
        facts.append(fact)

    edges: list[dict[str, Any]] = []
    for i, ((source, kind, target), members) in enumerate(groups.items()):
        confidences = [facts[m].get("confidence", 1.0) for m in members]
        edge = {
            "id": f"r{i}",
            "source": source,
            "target": target,
            "type": kind,
            "facts": members,
            "confidence": max(confidences),
        }
        for m in members:
            facts[m]["edge"] = edge["id"]
        edges.append(edge)

    # Events and statements, straight from their evidence nodes.
    node_values: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
    node_class: dict[Node, Node] = {}
    for row in graph.query(_EVIDENCE_QUERY, initNs=_INIT_NS):
        if row.prop in _EVIDENCE_PROPS:
            node_values[row.n][row.prop].append(row.value)
            node_class[row.n] = row.cls
    cameo_labels = _cameo_labels(graph) if any(c == KG.Event for c in node_class.values()) else {}
    events: list[dict[str, Any]] = []
    statements: list[dict[str, Any]] = []
    for node in sorted(node_values, key=str):
        values = node_values[node]
        if node_class[node] == KG.Event:
            actor = iri_to_id.get(str(_first(values.get(KG.actor, ()))))
            if actor is None:
                log.debug("%s: actor is not an entity; left out of the view", node)
                continue
            event: dict[str, Any] = {"iri": str(node), "actor": actor}
            target_iri = _first(values.get(KG.target, ()))
            if target_iri is not None:
                target = iri_to_id.get(str(target_iri))
                if target is None:
                    log.debug("%s: target is not an entity; left out of the view", node)
                    continue
                event["target"] = target
            code = _first(values.get(KG.cameoCode, ()))
            if code is not None:
                event["cameo"] = str(code)
                if str(code) in cameo_labels:
                    event["cameoLabel"] = cameo_labels[str(code)]
            for prop, key in ((KG.trigger, "trigger"), (KG.date, "date"), (KG.modality, "modality")):
                value = _first(values.get(prop, ()))
                if value is not None and str(value):
                    event[key] = str(value)
            negated = _bool(_first(values.get(KG.negated, ())))
            if negated is not None:
                event["negated"] = negated
            event.update(_evidence(values, article_ids, sentences))
            events.append(event)
        else:
            speaker = iri_to_id.get(str(_first(values.get(KG.speaker, ()))))
            if speaker is None:
                log.debug("%s: speaker is not an entity; left out of the view", node)
                continue
            statement: dict[str, Any] = {"iri": str(node), "speaker": speaker}
            quote = _first(values.get(KG.quote, ()))
            statement["quote"] = "" if quote is None else str(quote)
            direct = _bool(_first(values.get(KG.isDirect, ())))
            if direct is not None:
                statement["direct"] = direct
            statement.update(_evidence(values, article_ids, sentences))
            statements.append(statement)

    nodes: list[dict[str, Any]] = []
    type_counts: Counter[str] = Counter()
    for node, attrs in view.nodes(data=True):
        iri = attrs["n_iri"]
        aliases = sorted({str(v) for v in entity_values[(iri, SKOS.altLabel)]} - {"", attrs.get("n_name")})
        mentioned = sorted(
            {article_ids.get(a, str(a)) for a in entity_values[(iri, KG.mentionedIn)]},
        )
        entry = {
            "id": node,
            "iri": iri,
            "name": attrs.get("n_name") or local_name(URIRef(iri)),
            "type": attrs["n_type"],
            "aliases": aliases,
            "articles": mentioned,
            "degree": degree[node],
            "size": _node_size(degree[node]),
        }
        if "n_mentions" in attrs:
            entry["mentions"] = attrs["n_mentions"]
        for attr, key in (("n_wikidata", "wikidata"), ("n_iso3", "iso3")):
            if attr in attrs:
                entry[key] = attrs[attr]
        type_counts[entry["type"]] += 1
        nodes.append(entry)

    relation_counts: Counter[str] = Counter(f["type"] for f in facts)
    relations = [
        {
            "type": name,
            "family": _RELATION_FAMILY.get(name, "other"),
            "colour": _relation_colour(name),
            "facts": relation_counts[name],
            "edges": sum(1 for e in edges if e["type"] == name),
        }
        for name in sorted(relation_counts, key=lambda n: (_RELATION_ORDER.get(n, len(_RELATION_ORDER)), n))
    ]
    known_types = [local_name(cls) for cls in ENTITY_CLASSES]
    types = [
        {"type": name, "colour": TYPE_COLOURS.get(name, "#999999"), "count": type_counts[name]}
        for name in known_types + sorted(set(type_counts) - set(known_types))
    ]
    return {
        "version": DATA_VERSION,
        "title": title,
        "counts": {
            "nodes": len(nodes),
            "edges": len(edges),
            "facts": len(facts),
            "events": len(events),
            "statements": len(statements),
            "articles": len(articles),
        },
        "types": types,
        "relations": relations,
        "nodes": nodes,
        "edges": edges,
        "facts": facts,
        "events": events,
        "statements": statements,
        "articles": articles,
        "sentences": sentences.table(),
    }


def _script_json(data: Any) -> str:
    """JSON that cannot end or confuse the ``<script>`` element it is embedded in."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return _SCRIPT_ESCAPE_RE.sub(lambda m: _SCRIPT_ESCAPES[m.group()], text)


def _static(name: str) -> str:
    path = STATIC_DIR / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise ExportError(
            f"{path} is missing: kg was installed without its static files; reinstall kg"
        ) from err


def _inline(text: str, element: str, name: str) -> str:
    """``text`` checked to be safe as the raw content of a ``<script>``/``<style>`` element."""
    lowered = text.lower()
    if f"</{element}" in lowered or "<!--" in lowered:
        raise ExportError(f"kg/static/{name} contains '</{element}' or '<!--' and cannot be inlined")
    return text


def render_html(data: Mapping[str, Any]) -> str:
    """The page: the template with the style sheet, scripts and data inlined.

    Example
    -------
    >>> from rdflib import Graph
    >>> page = render_html(view_data(Graph(), title="empty"))
    >>> page.startswith("<!DOCTYPE html>") and "<title>empty</title>" in page
    True
    """
    parts = {
        "TITLE": html.escape(str(data.get("title", "kg graph"))),
        "CSS": _inline(_static("view.css"), "style", "view.css"),
        "CYTOSCAPE": _inline(_static("cytoscape.min.js"), "script", "cytoscape.min.js"),
        "DATA": _script_json(data),
        "JS": _inline(_static("view.js"), "script", "view.js"),
        "CYTOSCAPE_VERSION": CYTOSCAPE_VERSION,
    }
    template = _static("view.html")

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in parts:
            raise ExportError(f"kg/static/view.html has an unknown marker {match.group()}")
        return parts[key]

    return _MARKER_RE.sub(fill, template)


def write_view(graph: Graph, path: str | os.PathLike[str], title: str = "kg graph") -> ViewSummary:
    """Write the self-contained HTML view of ``graph`` to ``path`` (atomically).

    Parameters
    ----------
    graph:
        A built kg graph.
    path:
        The HTML file to write; an existing file is replaced only once the new one is complete.
    title:
        The page title.

    Returns
    -------
    ViewSummary
        The path and the numbers of nodes, drawn edges, facts, events and statements.

    Raises
    ------
    ExportError
        If the static files are missing or the file cannot be written.

    Example
    -------
    >>> from kg.view import load_graph, write_view
    >>> summary = write_view(load_graph("exports/graph.ttl"), "exports/graph.html")  # doctest: +SKIP
    >>> summary.nodes  # doctest: +SKIP
    19
    """
    data = view_data(graph, title=title)
    page = render_html(data)
    target = Path(path)
    try:
        with atomic_write(target) as fh:
            fh.write(page)
    except OSError as err:
        raise ExportError(f"cannot write {target}: {err}") from err
    counts = data["counts"]
    log.info("wrote %s (%d nodes, %d edges)", target, counts["nodes"], counts["edges"])
    return ViewSummary(
        path=target,
        nodes=counts["nodes"],
        edges=counts["edges"],
        facts=counts["facts"],
        events=counts["events"],
        statements=counts["statements"],
        bytes=len(page.encode("utf-8")),
    )
