"""Neo4j export: CSV files for ``neo4j-admin database import`` and a ``LOAD CSV`` script.

The folder (``exports/neo4j/``) holds:

- ``nodes.csv``: one row per entity, header
  ``iri:ID(Entity),name,type,aliases:string[],mentionCount:long,articleCount:long,wikidata,iso3166Alpha3,:LABEL``
  (``:LABEL`` is ``Entity;Person`` style, arrays are ``;``-separated);
- ``relationships.csv``: one row per edge of the GraphML view (per evidence node that
  backs a direct edge), header
  ``:START_ID(Entity),:END_ID(Entity),:TYPE,confidence:double,rule,sentence,beginOffset:long,endOffset:long,article,evidence,title,isFormer:boolean,cameoCode,trigger,date:date,negated:boolean``;
  the type is the ontology's name (``leads``, ``consults``), as in GraphML;
- ``load.cypher``: ``LOAD CSV WITH HEADERS`` + ``MERGE`` statements that load the same two
  files into a running database without admin rights (no APOC needed);
- ``README.md``: the commands.

Nodes and relationships are the GraphML view's (:func:`kg.export.graphml.to_networkx`), so
the Neo4j graph is the one Gephi and igraph see. Property names are the ontology's where
it has one. Sentences may hold line breaks: ``neo4j-admin`` needs ``--multiline-fields=true``.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from kg.errors import ExportError
from kg.export.graphml import to_networkx
from kg.export.tables import edge_rows, entity_rows, write_csv
from kg.fileio import atomic_write

__all__ = ["NODE_HEADER", "RELATIONSHIP_HEADER", "export_neo4j", "load_cypher"]

log = logging.getLogger(__name__)

#: The ID space of every node: ``:START_ID(Entity)`` / ``:END_ID(Entity)`` refer to it.
ID_SPACE = "Entity"
ARRAY_DELIMITER = ";"
NODE_HEADER: tuple[str, ...] = (
    f"iri:ID({ID_SPACE})",
    "name",
    "type",
    "aliases:string[]",
    "mentionCount:long",
    "articleCount:long",
    "wikidata",
    "iso3166Alpha3",
    ":LABEL",
)
RELATIONSHIP_HEADER: tuple[str, ...] = (
    f":START_ID({ID_SPACE})",
    f":END_ID({ID_SPACE})",
    ":TYPE",
    "confidence:double",
    "rule",
    "sentence",
    "beginOffset:long",
    "endOffset:long",
    "article",
    "evidence",
    "title",
    "isFormer:boolean",
    "cameoCode",
    "trigger",
    "date:date",
    "negated:boolean",
)
NODES_FILE = "nodes.csv"
RELATIONSHIPS_FILE = "relationships.csv"

# Cypher conversion of each typed column in LOAD CSV (where every field is a string or null).
_CONVERT = {
    "long": "toInteger({})",
    "double": "toFloat({})",
    "boolean": "toBoolean({})",
    "date": "date({})",
    "string[]": f"split({{}}, '{ARRAY_DELIMITER}')",
}


def _array(values: list[str], where: str) -> str:
    clean = []
    for value in values:
        if ARRAY_DELIMITER in value:
            log.warning(
                "%s: %r contains %r, which separates array items; written with ','", where, value, ";"
            )
            value = value.replace(ARRAY_DELIMITER, ",")
        clean.append(value)
    return ARRAY_DELIMITER.join(clean)


def _name(column: str) -> tuple[str, str | None]:
    """(property name, type or None) of a header column such as ``confidence:double``."""
    name, _sep, kind = column.partition(":")
    return name, (kind or None)


def _set_clause(variable: str, header: tuple[str, ...], skip: set[str]) -> str:
    parts = []
    for column in header:
        if column in skip or column.startswith(":"):
            continue
        name, kind = _name(column)
        value = f"row.`{column}`"
        if kind in _CONVERT:
            value = _CONVERT[kind].format(value)
        parts.append(f"{variable}.{name} = {value}")
    return ",\n    ".join(parts)


def _quote(identifier: str) -> str:
    return "`" + identifier.replace("`", "``") + "`"


def _string(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def load_cypher(labels: list[str], types: list[str]) -> str:
    """The ``load.cypher`` script for the given node labels and relationship types.

    One ``LOAD CSV`` pass creates the nodes, one per label adds it, one per relationship
    type creates those relationships (plain Cypher cannot take a label or type from a
    column). ``MERGE`` on the IRI (nodes) and the evidence IRI (relationships) makes the
    script safe to run again.

    Example
    -------
    >>> print(load_cypher(["Person"], ["leads"]).splitlines()[0])
    // Load kg's Neo4j CSV files with LOAD CSV (no admin rights, no plugins needed).
    """
    iri = f"row.`{NODE_HEADER[0]}`"
    lines = [
        "// Load kg's Neo4j CSV files with LOAD CSV (no admin rights, no plugins needed).",
        f"// Copy {NODES_FILE} and {RELATIONSHIPS_FILE} into the database's import folder, then run",
        "//   cypher-shell -u neo4j -p PASSWORD -f load.cypher",
        "// Running it again updates the graph in place (MERGE on IRIs).",
        "",
        f"CREATE CONSTRAINT kg_entity_iri IF NOT EXISTS FOR (e:{ID_SPACE}) REQUIRE e.iri IS UNIQUE;",
        "",
        f"LOAD CSV WITH HEADERS FROM 'file:///{NODES_FILE}' AS row",
        f"MERGE (e:{ID_SPACE} {{iri: {iri}}})",
        f"SET {_set_clause('e', NODE_HEADER, {NODE_HEADER[0]})};",
    ]
    for label in labels:
        lines += [
            "",
            f"LOAD CSV WITH HEADERS FROM 'file:///{NODES_FILE}' AS row",
            f"WITH row WHERE row.type = {_string(label)}",
            f"MATCH (e:{ID_SPACE} {{iri: {iri}}})",
            f"SET e:{_quote(label)};",
        ]
    for kind in types:
        lines += [
            "",
            f"LOAD CSV WITH HEADERS FROM 'file:///{RELATIONSHIPS_FILE}' AS row",
            f"WITH row WHERE row.`:TYPE` = {_string(kind)}",
            f"MATCH (s:{ID_SPACE} {{iri: row.`{RELATIONSHIP_HEADER[0]}`}}), "
            f"(o:{ID_SPACE} {{iri: row.`{RELATIONSHIP_HEADER[1]}`}})",
            f"MERGE (s)-[r:{_quote(kind)} {{evidence: coalesce(row.evidence, '')}}]->(o)",
            f"SET {_set_clause('r', RELATIONSHIP_HEADER, {'evidence'})};",
        ]
    return "\n".join(lines) + "\n"


_README = """# kg graph for Neo4j

- `{nodes}`: {n} entities; `{rels}`: {m} relationships ({types}).
- Relationship types and property names are the kg ontology's (`leads`, `consults`, `confidence`, ...).

## Option 1: neo4j-admin (new database, fastest)

Stop the database, then from the Neo4j home folder:

    bin/neo4j-admin database import full \\
        --nodes=import/{nodes} --relationships=import/{rels} \\
        --multiline-fields=true --array-delimiter=';' --overwrite-destination neo4j

## Option 2: LOAD CSV (running database, no admin rights)

Copy both files into the database's `import/` folder and run:

    cypher-shell -u neo4j -p PASSWORD -f load.cypher

## Example query

    MATCH (p:Person)-[r:leads]->(o:Entity)
    RETURN p.name AS person, o.name AS organisation, r.title AS title ORDER BY person;

The RDF itself (`graph.ttl`) also loads directly with neosemantics (n10s); see docs/neo4j.md.
"""


def export_neo4j(
    graph: Graph, folder: str | os.PathLike[str], view: nx.MultiDiGraph | None = None
) -> tuple[int, int]:
    """Write ``nodes.csv``, ``relationships.csv``, ``load.cypher`` and ``README.md`` into ``folder``.

    Parameters
    ----------
    graph:
        A built kg graph.
    folder:
        The folder to write into (created if missing).
    view:
        The graph's :func:`~kg.export.graphml.to_networkx` view, if already made.

    Returns
    -------
    tuple of int
        The numbers of nodes and relationships written.

    Example
    -------
    >>> export_neo4j(built_graph, "exports/neo4j")  # doctest: +SKIP
    (19, 23)
    """
    folder = Path(folder)
    view = view if view is not None else to_networkx(graph)
    labels: set[str] = set()
    node_rows: list[list[Any]] = []
    for row in entity_rows(graph, view):
        kind = row["type"]
        labels.add(kind)
        node_rows.append(
            [
                row["iri"],
                row["name"],
                kind,
                _array(row["aliases"], row["iri"]) if row["aliases"] else None,
                row["mentions"],
                row["articles"],
                row["wikidata"],
                row["iso3"],
                f"{ID_SPACE}{ARRAY_DELIMITER}{kind}",
            ]
        )
    types: set[str] = set()
    rel_rows: list[list[Any]] = []
    for row in edge_rows(view):
        types.add(row["type"])
        rel_rows.append(
            [
                row["source"],
                row["target"],
                row["type"],
                row["confidence"],
                row["rule"],
                row["sentence"],
                row["begin"],
                row["end"],
                row["article"],
                row["evidence"],
                row["title"],
                row["former"],
                row["cameo"],
                row["trigger"],
                row["date"],
                row["negated"],
            ]
        )
    n = write_csv(folder / NODES_FILE, NODE_HEADER, node_rows)
    m = write_csv(folder / RELATIONSHIPS_FILE, RELATIONSHIP_HEADER, rel_rows)
    readme = _README.format(
        nodes=NODES_FILE, rels=RELATIONSHIPS_FILE, n=n, m=m, types=", ".join(sorted(types)) or "none"
    )
    try:
        with atomic_write(folder / "load.cypher") as fh:
            fh.write(load_cypher(sorted(labels), sorted(types)))
        with atomic_write(folder / "README.md") as fh:
            fh.write(readme)
    except OSError as err:
        raise ExportError(f"cannot write into {folder}: {err}") from err
    log.info("wrote %s (%d nodes, %d relationships)", folder, n, m)
    return n, m
