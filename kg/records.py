"""Per-article extraction records as JSON: what the build cache and the distributed workers pass on.

An :class:`~kg.model.ArticleFacts` is turned into plain JSON (no pickle: a cache file can be
read by any version of Python, inspected with ``jq``, and never runs code when loaded). The
encoding is deterministic: the same facts always give the same bytes (keys sorted, sets
sorted, the order of lists kept), and decoding gives back equal dataclasses.

Example
-------
>>> from kg.model import Article, ArticleFacts, Entity
>>> af = ArticleFacts(Article("a", "Xi spoke."), entities={"Person:xi": Entity("Person:xi", "Person", "Xi")})
>>> loads_facts(dumps_facts(af)) == af
True
"""

from __future__ import annotations

import json
from typing import Any

from kg.model import (
    Article,
    ArticleFacts,
    CorefLink,
    Entity,
    Event,
    Evidence,
    Mention,
    Position,
    Relation,
    Statement,
)

__all__ = ["RECORD_FORMAT", "dumps_facts", "facts_from_dict", "facts_to_dict", "loads_facts"]

#: Bumped whenever the layout below changes; a cache file of another format is not read.
RECORD_FORMAT = 2


def _article(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "text": a.text,
        "title": a.title,
        "date": a.date,
        "url": a.url,
        "source": a.source,
        "path": a.path,
    }


def _evidence(ev: Evidence) -> dict[str, Any]:
    return {
        "article_id": ev.article_id,
        "sentence": ev.sentence,
        "begin": ev.begin,
        "end": ev.end,
        "rule": ev.rule,
        "confidence": ev.confidence,
    }


def _entity(e: Entity) -> dict[str, Any]:
    return {
        "key": e.key,
        "type": e.type,
        "name": e.name,
        "aliases": sorted(e.aliases),
        "mentions": e.mentions,
        "articles": sorted(e.articles),
        "wikidata": e.wikidata,
        "iso2": e.iso2,
        "iso3": e.iso3,
    }


def facts_to_dict(af: ArticleFacts) -> dict[str, Any]:
    """The facts of one article as JSON-ready data (lists keep their order; sets are sorted).

    Example
    -------
    >>> facts_to_dict(ArticleFacts(Article("a", "")))["format"]
    2
    """
    return {
        "format": RECORD_FORMAT,
        "article": _article(af.article),
        "mentions": [
            {
                "text": m.text,
                "begin": m.begin,
                "end": m.end,
                "label": m.label,
                "entity": m.entity,
                "rule": m.rule,
                "country": m.country,
            }
            for m in af.mentions
        ],
        # A list, not an object: the order of the entities is kept as extraction made it.
        "entities": [_entity(e) | {"slot": k} for k, e in af.entities.items()],
        "relations": [
            {"kind": r.kind, "subject": r.subject, "object": r.object, "evidence": _evidence(r.evidence)}
            for r in af.relations
        ],
        "positions": [
            {
                "holder": p.holder,
                "org": p.org,
                "title": p.title,
                "former": p.former,
                "prop": p.prop,
                "evidence": _evidence(p.evidence),
            }
            for p in af.positions
        ],
        "events": [
            {
                "actor": e.actor,
                "target": e.target,
                "cameo": e.cameo,
                "trigger": e.trigger,
                "evidence": _evidence(e.evidence),
                "date": e.date,
                "negated": e.negated,
                "modality": e.modality,
            }
            for e in af.events
        ],
        "statements": [
            {"speaker": s.speaker, "quote": s.quote, "direct": s.direct, "evidence": _evidence(s.evidence)}
            for s in af.statements
        ],
        "links": [
            {"anaphor": k.anaphor, "entity": k.entity, "evidence": _evidence(k.evidence)} for k in af.links
        ],
    }


def facts_from_dict(data: dict[str, Any]) -> ArticleFacts:
    """Rebuild the facts written by :func:`facts_to_dict`.

    Raises
    ------
    ValueError
        When ``data`` is of another record format or lacks a field.

    Example
    -------
    >>> facts_from_dict(facts_to_dict(ArticleFacts(Article("a", "")))).article.id
    'a'
    """
    if data.get("format") != RECORD_FORMAT:
        raise ValueError(f"record format {data.get('format')!r}, expected {RECORD_FORMAT}")
    try:
        article = Article(**data["article"])
        entities = {}
        for e in data["entities"]:
            fields = dict(e)
            slot = fields.pop("slot")
            fields["aliases"] = set(fields["aliases"])
            fields["articles"] = set(fields["articles"])
            entities[slot] = Entity(**fields)
        return ArticleFacts(
            article=article,
            mentions=[Mention(**m) for m in data["mentions"]],
            entities=entities,
            relations=[
                Relation(r["kind"], r["subject"], r["object"], Evidence(**r["evidence"]))
                for r in data["relations"]
            ],
            positions=[
                Position(p["holder"], p["org"], p["title"], p["former"], p["prop"], Evidence(**p["evidence"]))
                for p in data["positions"]
            ],
            events=[
                Event(
                    e["actor"],
                    e["target"],
                    e["cameo"],
                    e["trigger"],
                    Evidence(**e["evidence"]),
                    e["date"],
                    e["negated"],
                    e["modality"],
                )
                for e in data["events"]
            ],
            statements=[
                Statement(s["speaker"], s["quote"], s["direct"], Evidence(**s["evidence"]))
                for s in data["statements"]
            ],
            links=[CorefLink(k["anaphor"], k["entity"], Evidence(**k["evidence"])) for k in data["links"]],
        )
    except (KeyError, TypeError) as err:
        raise ValueError(f"malformed record: {err}") from err


def dumps_facts(af: ArticleFacts) -> str:
    """One line of JSON (no newline inside; keys sorted): the same facts give the same text.

    Example
    -------
    >>> dumps_facts(ArticleFacts(Article("a", "")))[:30]
    '{"article":{"date":null,"id":"a'
    """
    return json.dumps(facts_to_dict(af), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def loads_facts(text: str | bytes) -> ArticleFacts:
    """Parse what :func:`dumps_facts` wrote.

    Raises
    ------
    ValueError
        For text that is not JSON or not a record of this format.
    """
    return facts_from_dict(json.loads(text))
