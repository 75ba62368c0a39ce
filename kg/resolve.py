"""Mentions -> entities across the articles of one build, and their stable IRIs.

Within an article, coreference is done by ``kg.extract.mentions``; here the entities of all
articles are merged by key: countries by ISO code (so by Wikidata id), the others by type
and normalised canonical name. Two articles that call a person by the same full name give
one node; a surname alone never crosses an article boundary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.model import ArticleFacts, Entity

_TYPE_PATH = {
    "Person": "person",
    "Organisation": "organisation",
    "Location": "location",
    "Country": "country",
}


def slugify(text: str) -> str:
    """A stable, readable IRI segment: ASCII letters, digits and hyphens.

    Example
    -------
    >>> slugify("Miguel Díaz-Canel"), slugify("Western Returned Students’ Association")
    ('miguel-diaz-canel', 'western-returned-students-association')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['\u2019]", "", text.lower())
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text or "unnamed"


def entity_path(entity: Entity) -> str:
    """The IRI path of an entity below the base IRI: type + normalised name, or Wikidata id."""
    if entity.type == "Country" and entity.wikidata:
        return f"country/{entity.wikidata}"
    ident = entity.key.split(":", 1)[1]
    return f"{_TYPE_PATH[entity.type]}/{slugify(ident)}"


@dataclass
class Resolved:
    """Every entity of a build, keyed by entity key, plus the key -> IRI path table."""

    entities: dict[str, Entity] = field(default_factory=dict)
    paths: dict[str, str] = field(default_factory=dict)


def resolve(facts: Iterable[ArticleFacts]) -> Resolved:
    """Merge the per-article entities of a build into one table with stable IRI paths."""
    out = Resolved()
    for af in facts:
        for key, ent in af.entities.items():
            merged = out.entities.get(key)
            if merged is None:
                out.entities[key] = Entity(
                    key=key,
                    type=ent.type,
                    name=ent.name,
                    aliases=set(ent.aliases),
                    mentions=ent.mentions,
                    articles=set(ent.articles),
                    wikidata=ent.wikidata,
                    iso2=ent.iso2,
                    iso3=ent.iso3,
                )
                continue
            merged.mentions += ent.mentions
            merged.articles |= ent.articles
            names = {merged.name, ent.name} | merged.aliases | ent.aliases
            if ent.type != "Country":
                merged.name = sorted({merged.name, ent.name}, key=lambda n: (-len(n.split()), -len(n), n))[0]
            merged.aliases = names - {merged.name}
    for key, ent in out.entities.items():
        out.paths[key] = entity_path(ent)
    return out
