"""GEXF 1.3 export for Gephi: the same property-graph view as GraphML, coloured and sized.

Gephi merges parallel edges when it reads GraphML. GEXF 1.3 keeps them apart when
their ``kind`` differs, so every edge carries its relation type as ``kind`` (and as
``label``); nodes carry ``viz:color`` by entity type and ``viz:size`` by degree, and
every attribute is declared with its type. The view is :func:`kg.export.graphml.to_networkx`
(so GraphML, GEXF and the Neo4j files never disagree). :func:`write_gexf` writes what
networkx's GEXF 1.3 writer makes, with what networkx gets wrong for the schema repaired
(``graph@name``, a wrong ``xsi`` namespace, a ``lastmodifieddate`` that changes every
day, an extra ``networkx_key`` attribute), so the file validates against the GEXF 1.3
RelaxNG schema and the same graph gives the same bytes. It writes one element at a time;
:func:`_fix_document` repairs networkx's own document, which is still made for graphs
with dynamic (list-valued) attributes and is the reference the streamed bytes are tested
against.
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import networkx as nx
from lxml import etree
from networkx.readwrite.gexf import GEXF, GEXFWriter
from rdflib import Graph

from kg.errors import ExportError
from kg.export.graphml import EDGE_TYPE_KEY, NODE_LABELS_KEY, _escape_attr, _write_chunked, to_networkx
from kg.fileio import atomic_write

__all__ = ["TYPE_COLORS", "export_gexf", "read_gexf", "to_gexf_graph", "write_gexf"]

log = logging.getLogger(__name__)

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
#: Node colour (r, g, b) by entity type: the first four colours of the Tableau 10 palette.
TYPE_COLORS: dict[str, tuple[int, int, int]] = {
    "Person": (78, 121, 167),
    "Organisation": (242, 142, 43),
    "Country": (89, 161, 79),
    "Location": (225, 87, 89),
}
_OTHER_COLOR = (186, 176, 172)
#: Node size = BASE + STEP * sqrt(degree): hubs stand out without dwarfing everything else.
SIZE_BASE = 10.0
SIZE_STEP = 5.0
_NETWORKX_KEY = "networkx_key"
# networkx reads "start"/"end" as a GEXF spell (time interval), so the offsets keep their ontology names.
_EDGE_RENAMES = {"e_begin": "beginOffset", "e_end": "endOffset"}
# Data keys networkx's GEXF writer turns into structure (times, hierarchy) rather than attributes.
_RESERVED = frozenset({"start", "end", "spells", "slices", "pid", "parents"})


def _strip(name: str, prefix: str) -> str:
    return name[len(prefix) :] if name.startswith(prefix) else name


def to_gexf_graph(view: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The GEXF form of a :func:`~kg.export.graphml.to_networkx` view.

    Node ids stay ``n0, n1, ...``; a node's ``label`` is its name, its attributes lose
    the ``n_`` prefix (``iri``, ``name``, ``type``, ``aliases``, ``mentions``, ...), and
    ``viz`` holds its colour (by type) and size (by degree, parallel edges counted).
    Edges keep their ids ``e0, e1, ...``, get ``label`` and ``kind`` (the relation type),
    ``weight`` (the confidence) and attributes without the ``e_`` prefix (the offsets as
    ``beginOffset``/``endOffset``: networkx would take ``end`` for a time).

    Example
    -------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("n0", labels=":Person", n_name="Xi Jinping", n_type="Person")
    >>> g.add_node("n1", labels=":Country", n_name="Cuba", n_type="Country")
    >>> _ = g.add_edge("n0", "n1", key="e0", label="consults", e_confidence=0.9)
    >>> gexf = to_gexf_graph(g)
    >>> gexf.nodes["n0"]["label"], gexf.nodes["n0"]["viz"]["size"], gexf.edges["n0", "n1", "e0"]["kind"]
    ('Xi Jinping', 15.0, 'consults')
    """
    out = nx.MultiDiGraph()
    for node, data in view.nodes(data=True):
        attrs = {_strip(k, "n_"): v for k, v in data.items() if k != NODE_LABELS_KEY}
        kind = str(attrs.get("type", ""))
        r, g, b = TYPE_COLORS.get(kind, _OTHER_COLOR)
        size = round(SIZE_BASE + SIZE_STEP * math.sqrt(view.degree(node)), 3)
        out.add_node(
            node,
            label=str(attrs.get("name", node)),
            viz={"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": size},
            **attrs,
        )
    for source, target, key, data in view.edges(keys=True, data=True):
        attrs = {_EDGE_RENAMES.get(k, _strip(k, "e_")): v for k, v in data.items() if k != EDGE_TYPE_KEY}
        relation = str(data[EDGE_TYPE_KEY])
        weight = attrs.get("confidence", 1.0)
        out.add_edge(
            source, target, key=key, id=str(key), label=relation, kind=relation, weight=weight, **attrs
        )
    return out


def _fix_document(raw: bytes, g: nx.MultiDiGraph, kinds: list[str]) -> bytes:
    """Make networkx's GEXF 1.3 valid against the RelaxNG schema, with ``kind`` on every edge."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    root = etree.fromstring(raw, parser)

    def q(tag: str) -> str:
        return f"{{{GEXF_NS}}}{tag}"

    if root.tag != q("gexf"):  # pragma: no cover - depends on the networkx version
        raise ExportError(f"networkx wrote a GEXF root {root.tag!r}, not a GEXF 1.3 document")
    # networkx declares xsi as "http://w3.org/2001/XMLSchema-instance" (sic) and a
    # schemaLocation the RelaxNG schema does not allow; the file needs neither.
    for name in list(root.attrib):
        if name.startswith("{") and not name.startswith(f"{{{GEXF_NS}}}"):
            del root.attrib[name]
    meta = root.find(q("meta"))
    if meta is not None:
        meta.attrib.pop("lastmodifieddate", None)  # today's date: the same graph must give the same bytes
        creator = meta.find(q("creator"))
        if creator is not None:
            creator.text = "kg"
    graph_el = root.find(q("graph"))
    if graph_el is None:  # pragma: no cover
        raise ExportError("networkx wrote GEXF without a <graph> element")
    graph_el.attrib.pop("name", None)

    # Node attributes before edge attributes; drop networkx_key (the edge id already is the
    # key) and number the rest "0", "1", ... in that order.
    blocks = graph_el.findall(q("attributes"))
    for block in blocks:
        graph_el.remove(block)
    blocks.sort(key=lambda b: 0 if b.get("class") == "node" else 1)
    new_ids: dict[tuple[str, str], str] = {}
    for i, block in enumerate(blocks):
        graph_el.insert(i, block)
        scope = block.get("class", "")
        for attribute in block.findall(q("attribute")):
            if scope == "edge" and attribute.get("title") == _NETWORKX_KEY:
                block.remove(attribute)
                continue
            new_ids[(scope, attribute.get("id", ""))] = str(len(new_ids))
            attribute.set("id", new_ids[(scope, attribute.get("id", ""))])
    for scope in ("node", "edge"):
        for element in graph_el.iter(q(scope)):
            for attvalues in element.findall(q("attvalues")):
                for value in attvalues.findall(q("attvalue")):
                    new_id = new_ids.get((scope, value.get("for", "")))
                    if new_id is None:
                        attvalues.remove(value)
                    else:
                        value.set("for", new_id)

    nodes = graph_el.find(q("nodes"))
    edges = graph_el.find(q("edges"))
    if nodes is None or edges is None:  # pragma: no cover
        raise ExportError("networkx wrote GEXF without <nodes> or <edges>")
    nodes.set("count", str(g.number_of_nodes()))
    edges.set("count", str(g.number_of_edges()))
    edge_elements = edges.findall(q("edge"))
    if len(edge_elements) != g.number_of_edges():  # pragma: no cover
        raise ExportError("networkx wrote a different number of edges than the graph has")
    # The kind attribute is GEXF 1.3's, which networkx does not write: it goes right after label.
    for element, kind in zip(edge_elements, kinds, strict=True):
        attrib = dict(element.attrib)
        element.attrib.clear()
        for name, value in attrib.items():
            element.set(name, value)
            if name == "label":
                element.set("kind", kind)
        if element.get("kind") is None:
            element.set("kind", kind)
        for attvalues in element.findall(q("attvalues")):
            if len(attvalues) == 0:
                element.remove(attvalues)

    etree.cleanup_namespaces(root)
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def _gexf_types() -> dict[type, str]:
    spec = GEXF()
    spec.construct_types()
    return dict(spec.xml_type)


#: The GEXF attribute type of a Python value, as networkx's writer declares it.
_GEXF_TYPES = _gexf_types()
_FLOAT_WORDS = {"inf": "INF", "nan": "NaN", "-inf": "-INF"}
_VIZ_PARTS = ("color", "size", "thickness", "shape", "position")


def _node_fields(node: Any, data: Mapping[Any, Any]) -> tuple[str, str, Any, list[tuple[Any, Any]]]:
    """A node as networkx's GEXF writer takes it apart: id, label, viz and the other attributes."""
    rest = [(k, v) for k, v in data.items() if k not in ("id", "label", "viz")]
    return str(data.get("id", node)), str(data.get("label", node)), data.get("viz", False), rest


def _edge_fields(key: Any, data: Mapping[Any, Any]) -> tuple[Any, dict[str, str], Any, list[tuple[Any, Any]]]:
    """An edge (without ``kind``) as networkx's writer takes it apart: id (or None), the XML
    attributes ``label``/``weight``/``type``, viz, and the other attributes (the key among them)."""
    edge_data = {k: v for k, v in data.items() if k != "kind"}
    edge_data.update(key=key)
    edge_id = edge_data.pop("id", None)
    xml = {name: str(edge_data.pop(name)) for name in ("label", "weight", "type") if name in edge_data}
    viz = edge_data.pop("viz", False)
    return edge_id, xml, viz, list(edge_data.items())


def _title(name: Any) -> str:
    return _NETWORKX_KEY if name == "key" else str(name)


def _checked_type(value: Any) -> str:
    xml_type = _GEXF_TYPES.get(type(value))
    if xml_type is None:
        raise ExportError(
            f"networkx cannot write the graph as GEXF: attribute value type is not allowed: {type(value)}"
        )
    return xml_type


def _has_viz(viz: Any) -> bool:
    return bool(viz) and any(viz.get(part) is not None for part in _VIZ_PARTS)


def _gexf_plan(g: nx.MultiDiGraph) -> tuple[dict[str, str], dict[str, str], bool, bool] | None:
    """What the document declares before its nodes: node and edge attributes (title -> type,
    in the order networkx meets them), whether any ``viz`` element is written, and whether
    some edge has no ``id``. None when an attribute holds a list (a dynamic GEXF attribute)."""
    declared: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    uses_viz = missing_ids = False

    def declare(scope: str, items: Iterable[tuple[Any, Any]]) -> bool:
        for name, value in items:
            if isinstance(value, list):
                return False
            xml_type = _checked_type(value)
            declared[scope].setdefault(_title(name), xml_type)
        return True

    for node, data in g.nodes(data=True):
        _id, _label, viz, rest = _node_fields(node, data)
        uses_viz = uses_viz or _has_viz(viz)
        if not declare("node", rest):
            return None
    for _source, _target, key, data in g.edges(keys=True, data=True):
        edge_id, _xml, viz, rest = _edge_fields(key, data)
        missing_ids = missing_ids or edge_id is None
        uses_viz = uses_viz or _has_viz(viz)
        if not declare("edge", rest):
            return None
    declared["edge"].pop(_NETWORKX_KEY, None)  # the edge id already is the key
    return declared["node"], declared["edge"], uses_viz, missing_ids


def _viz_lines(viz: Any, indent: str) -> list[str]:
    if not viz:
        return []
    a = _escape_attr
    lines = []
    color = viz.get("color")
    if color is not None:
        lines.append(
            f'{indent}<viz:color r="{a(str(color.get("r")))}" g="{a(str(color.get("g")))}" '
            f'b="{a(str(color.get("b")))}" a="{a(str(color.get("a", 1.0)))}"/>\n'
        )
    for part in ("size", "thickness"):
        value = viz.get(part)
        if value is not None:
            lines.append(f'{indent}<viz:{part} value="{a(str(value))}"/>\n')
    shape = viz.get("shape")
    if shape is not None:
        if shape.startswith("http"):
            lines.append(f'{indent}<viz:shape value="image" uri="{a(str(shape))}"/>\n')
        else:
            lines.append(f'{indent}<viz:shape value="{a(str(shape))}"/>\n')
    position = viz.get("position")
    if position is not None:
        lines.append(
            f'{indent}<viz:position x="{a(str(position.get("x")))}" y="{a(str(position.get("y")))}" '
            f'z="{a(str(position.get("z")))}"/>\n'
        )
    return lines


def _attvalue(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value)
    if type(value) is float:
        return _FLOAT_WORDS.get(text, text)
    return _escape_attr(text)


def _element(tag: str, head: str, children: list[str], indent: str) -> list[str]:
    if not children:
        return [f"{indent}<{tag}{head}/>\n"]
    return [f"{indent}<{tag}{head}>\n", *children, f"{indent}</{tag}>\n"]


def _attribute_lines(types: Mapping[str, str], ids: Mapping[str, str]) -> list[str]:
    return [
        f'      <attribute id="{ids[title]}" title="{_escape_attr(title)}" type="{xml_type}"/>\n'
        for title, xml_type in types.items()
    ]


def _attvalue_lines(items: list[tuple[Any, Any]], ids: Mapping[str, str]) -> list[str]:
    lines = [
        f'          <attvalue for="{ids[title]}" value="{_attvalue(value)}"/>\n'
        for title, value in ((_title(name), value) for name, value in items)
        if title in ids
    ]
    return _element("attvalues", "", lines, "        ") if lines else []


def _gexf_lines(
    g: nx.MultiDiGraph,
    node_types: Mapping[str, str],
    edge_types: Mapping[str, str],
    uses_viz: bool,
    missing_ids: bool,
) -> Iterator[str]:
    """The GEXF document, a piece at a time, as ``_fix_document`` lays out networkx's."""
    viz_ns = f'xmlns:viz="{VIZ_NS}" ' if uses_viz else ""
    yield (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        f'<gexf {viz_ns}xmlns="{GEXF_NS}" version="1.3">\n'
        "  <meta>\n    <creator>kg</creator>\n  </meta>\n"
        '  <graph defaultedgetype="directed" mode="static">\n'
    )
    node_ids = {title: str(i) for i, title in enumerate(node_types)}
    edge_ids = {title: str(len(node_ids) + i) for i, title in enumerate(edge_types)}
    if node_types:
        yield '    <attributes mode="static" class="node">\n'
        yield from _attribute_lines(node_types, node_ids)
        yield "    </attributes>\n"
    if g.number_of_edges():  # networkx declares networkx_key for every edge; only that goes
        lines = _attribute_lines(edge_types, edge_ids)
        yield from _element("attributes", ' mode="static" class="edge"', lines, "    ")

    count = g.number_of_nodes()
    yield f'    <nodes count="{count}"' + (">\n" if count else "/>\n")
    for node, data in g.nodes(data=True):
        node_id, label, viz, rest = _node_fields(node, data)
        children = _viz_lines(viz, "        ") + _attvalue_lines(rest, node_ids)
        yield from _element(
            "node", f' id="{_escape_attr(node_id)}" label="{_escape_attr(label)}"', children, "      "
        )
    if count:
        yield "    </nodes>\n"

    taken = (
        {str(d["id"]) for *_e, d in g.edges(data=True) if d.get("id") is not None} if missing_ids else set()
    )
    numbers = itertools.count()
    count = g.number_of_edges()
    yield f'    <edges count="{count}"' + (">\n" if count else "/>\n")
    for source, target, key, data in g.edges(keys=True, data=True):
        edge_id, xml, viz, rest = _edge_fields(key, data)
        if edge_id is None:  # networkx numbers them, skipping the ids other edges have
            edge_id = next(numbers)
            while str(edge_id) in taken:
                edge_id = next(numbers)
            taken.add(str(edge_id))
        source_id, target_id = (_escape_attr(str(g.nodes[end].get("id", end))) for end in (source, target))
        head = f' source="{source_id}" target="{target_id}" id="{_escape_attr(str(edge_id))}"'
        kind = f' kind="{_escape_attr(str(data["kind"]))}"'
        if "label" in xml:
            head += f' label="{_escape_attr(xml["label"])}"' + kind
        for name in ("weight", "type"):
            if name in xml:
                head += f' {name}="{_escape_attr(xml[name])}"'
        if "label" not in xml:
            head += kind
        children = _viz_lines(viz, "        ") + _attvalue_lines(rest, edge_ids)
        yield from _element("edge", head, children, "      ")
    if count:
        yield "    </edges>\n"
    yield "  </graph>\n</gexf>\n"


def write_gexf(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write a :func:`to_gexf_graph` graph as GEXF 1.3, atomically and deterministically.

    The document is what networkx's GEXF 1.3 writer makes, repaired for the schema
    (see the module docstring) and laid out two spaces an indent; it is written one
    element at a time, so memory does not grow with the graph. (A graph with a dynamic
    attribute, a list of ``(value, start, end)``, is still written through networkx's
    document in memory.)

    Parameters
    ----------
    g:
        Node ``label``/``viz`` and edge ``id``/``label``/``kind``/``weight`` as
        :func:`to_gexf_graph` makes them; other attributes bool, int, float or str.
    path:
        The ``.gexf`` file; replaced only once the new one is complete.

    Raises
    ------
    ExportError
        If networkx cannot write the graph or the file cannot be written.

    Example
    -------
    >>> write_gexf(to_gexf_graph(view), "graph.gexf")  # doctest: +SKIP
    """
    for source, target, _key, data in g.edges(keys=True, data=True):
        if not data.get("kind"):
            raise ExportError(f"edge {source} -> {target} has no 'kind' (its relation type)")
        if "key" in data:  # networkx's writer takes the edge key under that name (it used to crash here)
            raise ExportError(
                f"edge {source} -> {target} has an attribute 'key', the edge key to GEXF; rename it"
            )
    for scope, items in (("node", g.nodes(data=True)), ("edge", g.edges(data=True))):
        for *_ends, data in items:
            if bad := sorted(_RESERVED & set(data)):
                raise ExportError(
                    f"{scope} attribute(s) {', '.join(bad)} mean something else to GEXF; rename them"
                )
    plan = _gexf_plan(g)
    try:
        if plan is None:
            document = _networkx_document(g)
            with atomic_write(path, "wb") as fh:
                fh.write(document)
        else:
            with atomic_write(path, "w") as fh:
                _write_chunked(fh, _gexf_lines(g, *plan))
    except OSError as err:
        raise ExportError(f"cannot write GEXF to {os.fspath(path)}: {err}") from err
    log.info("wrote %s (%d nodes, %d edges)", os.fspath(path), g.number_of_nodes(), g.number_of_edges())


def _networkx_document(g: nx.MultiDiGraph) -> bytes:
    """The document through networkx's writer and :func:`_fix_document`, all in memory: for
    dynamic attributes, which the streaming writer leaves to networkx."""
    kinds: list[str] = []
    plain = nx.MultiDiGraph()
    plain.add_nodes_from(g.nodes(data=True))
    for source, target, key, data in g.edges(keys=True, data=True):
        kinds.append(str(data["kind"]))
        plain.add_edge(source, target, key=key)
        plain.edges[source, target, key].update((k, v) for k, v in data.items() if k != "kind")
    writer = GEXFWriter(encoding="utf-8", prettyprint=False, version="1.3")
    try:
        writer.add_graph(plain)
        buffer = io.BytesIO()
        ET.ElementTree(writer.xml).write(buffer, encoding="utf-8", xml_declaration=True)
    except (nx.NetworkXError, TypeError) as err:
        raise ExportError(f"networkx cannot write the graph as GEXF: {err}") from err
    return _fix_document(buffer.getvalue(), plain, kinds)


def read_gexf(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a GEXF file (1.1, 1.2 or 1.3) with networkx.

    Example
    -------
    >>> view = read_gexf("exports/graph.gexf")  # doctest: +SKIP
    >>> view.nodes["n0"]["label"]  # doctest: +SKIP
    'Beijing'
    """
    try:
        return nx.read_gexf(path, version="1.3")
    except (OSError, ET.ParseError, nx.NetworkXError, KeyError, ValueError) as err:
        raise ExportError(f"cannot read GEXF from {os.fspath(path)}: {err}") from err


def export_gexf(
    graph: Graph, path: str | os.PathLike[str], view: nx.MultiDiGraph | None = None
) -> tuple[int, int]:
    """Write the property-graph view of a kg graph as GEXF 1.3.

    Parameters
    ----------
    graph:
        A built kg graph.
    path:
        The ``.gexf`` file to write.
    view:
        The graph's :func:`~kg.export.graphml.to_networkx` view, if already made.

    Returns
    -------
    tuple of int
        The numbers of nodes and edges written.

    Example
    -------
    >>> export_gexf(built_graph, "exports/graph.gexf")  # doctest: +SKIP
    (19, 32)
    """
    gexf = to_gexf_graph(view if view is not None else to_networkx(graph))
    write_gexf(gexf, path)
    return gexf.number_of_nodes(), gexf.number_of_edges()
