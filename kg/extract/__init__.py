"""Extraction: parsed spaCy Docs -> plain records (mentions, positions, relations, events, statements).

One module per family of rules; ``extract_article`` runs them all on one article. Nothing
after this stage imports spaCy.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.context import Context
from kg.extract.events import extract_events
from kg.extract.mentions import build_index
from kg.extract.places import extract_places, extract_residence
from kg.extract.quotes import extract_statements
from kg.extract.roles import extract_positions
from kg.lexicon import countries
from kg.model import Article, ArticleFacts, Entity, Mention


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
    ctx.located = {(r.subject, r.object) for r in facts.relations if r.kind == "locatedIn"}
    facts.events = extract_events(ctx)
    facts.statements = extract_statements(ctx)
    return facts
