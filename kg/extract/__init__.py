"""Extraction: parsed spaCy Docs -> plain records (mentions, positions, relations, events, statements).

One module per family of rules; ``extract_article`` runs them all on one article. Nothing
after this stage imports spaCy.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from kg.extract.context import Context
from kg.extract.events import (
    designation_lists,
    disapproving_quotes,
    extract_events,
    reported_acts,
    spoken_for,
)
from kg.extract.mentions import build_index
from kg.extract.places import extract_places, extract_residence
from kg.extract.quotes import extract_statements
from kg.extract.roles import extract_positions, national_posts
from kg.lexicon import countries
from kg.model import Article, ArticleFacts, CorefLink, Entity, Mention


def extract_article(article: Article, doc: Doc) -> ArticleFacts:
    """Run every rule family on one parsed article.

    Example
    -------
    >>> from kg.nlp import load_pipeline  # doctest: +SKIP
    >>> art = Article(id="a", text="Kenyan President Ana Ruiz met Uganda's Tom Lee.")  # doctest: +SKIP
    >>> facts = extract_article(art, load_pipeline()(art.text))  # doctest: +SKIP
    """
    index = build_index(doc)
    ctx = Context(article, doc, index)
    facts = ArticleFacts(article=article)
    for m in index.mentions:
        facts.mentions.append(
            Mention(
                text=m.text,
                begin=doc[m.start].idx,
                end=doc[m.end - 1].idx + len(doc[m.end - 1]),
                label=m.label,
                entity=m.key,
                rule=m.rule,
                country=m.key.split(":", 1)[1] if m.key.startswith("Country:") else None,
            )
        )
    for key, forms in index.surface.items():
        kind, _, ident = key.partition(":")
        ent = Entity(
            key=key, type=kind, name=index.names[key], mentions=sum(forms.values()), articles={article.id}
        )
        ent.aliases = {f for f in forms if f != ent.name}
        if kind == "Country":
            c = countries().get(ident)
            if c is not None:
                ent.wikidata, ent.iso2, ent.iso3 = c.wikidata, c.iso2, c.iso3
                ent.aliases.discard(c.name)
        facts.entities[key] = ent
    positions, nationality = extract_positions(ctx)
    facts.positions = positions
    facts.relations = extract_places(ctx) + nationality + extract_residence(ctx)
    facts.positions += national_posts(ctx, positions, facts.relations)
    ctx.located = {(r.subject, r.object) for r in facts.relations if r.kind == "locatedIn"}
    ctx.served = {(p.holder, p.org) for p in positions}
    events = extract_events(ctx)
    facts.events = events + designation_lists(ctx, events)
    facts.statements = extract_statements(ctx)
    facts.events += reported_acts(ctx, facts.events, facts.statements, facts.positions, facts.relations)
    facts.events += disapproving_quotes(ctx, facts.events, facts.statements, facts.positions, facts.relations)
    facts.events += spoken_for(ctx, facts.events, facts.statements, facts.positions)
    facts.links = coref_links(ctx, facts)
    return facts


def coref_links(ctx: Context, facts: ArticleFacts) -> list[CorefLink]:
    """The coreference links the facts relied on, as evidence: every anaphor resolved while
    extracting ("he", "the minister", "its", "the company") and every mention resolved by name
    rather than by the NER (a surname or first name alone, an acronym, a short form), kept when a
    fact about its entity comes from the same sentence or the one before or after it (a quote's
    speaker is often named in the next sentence). In text order.
    """
    doc = ctx.doc
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]

    def sentence_of(char: int) -> int:
        return max(0, bisect.bisect_right(starts, char) - 1)

    used: set[tuple[str, int]] = set()
    for p in facts.positions:
        used.update((k, sentence_of(p.evidence.begin)) for k in (p.holder, p.org))
    for r in facts.relations:
        used.update((k, sentence_of(r.evidence.begin)) for k in (r.subject, r.object))
    for e in facts.events:
        used.update((k, sentence_of(e.evidence.begin)) for k in (e.actor, e.target) if k)
    for st in facts.statements:
        used.add((st.speaker, sentence_of(st.evidence.begin)))

    def relied_on(key: str, sent: int) -> bool:
        return any((key, n) in used for n in (sent - 1, sent, sent + 1))

    found: dict[tuple[int, int, str], CorefLink] = {}
    for (i, key), rule in ctx.anaphors.items():
        start = i
        for child in doc[i].lefts:  # "the minister", "the Norwegian", "the two leaders"
            if child.dep_ in {"det", "predet", "amod", "compound", "nummod"} and i - child.i <= 3:
                start = min(start, child.i)
        begin, end = doc[start].idx, doc[i].idx + len(doc[i])
        n = sentence_of(begin)
        if relied_on(key, n):
            ev = ctx.evidence(rule, begin, end, sents[n])
            found[(begin, end, key)] = CorefLink(ctx.text[begin:end], key, ev)
    for m in facts.mentions:
        if not m.rule.startswith("alias.") or not m.entity:
            continue
        n = sentence_of(m.begin)
        if relied_on(m.entity, n) and (m.begin, m.end, m.entity) not in found:
            ev = ctx.evidence(f"coref.{m.rule}.v1", m.begin, m.end, sents[n])
            found[(m.begin, m.end, m.entity)] = CorefLink(m.text, m.entity, ev)
    return [found[k] for k in sorted(found)]
