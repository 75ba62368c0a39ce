"""Entities across the articles of one build: one node per person, organisation, country or place.

Within an article, coreference is done by ``kg.extract.mentions`` ("Xi" -> "Xi Jinping",
"WHO" -> "World Health Organization", "Cuban" -> Cuba). Here the article-local entities of
every article of a build are merged into the build's entities, in two passes:

1. ``exact``: the same local key in several articles (type + normalised name, or ISO code
   for countries), then the same type and normalised canonical name.
2. For persons and organisations, an entity whose name is a shorter form of exactly one
   other entity of the build joins it:

   - ``alias``: its name is an alias of the other ("Xi" in one article, "Xi Jinping" with
     the alias "Xi" in another);
   - ``acronym``: the same with an acronym ("WHO" in one article, "World Health Organization
     (WHO)" in another);
   - ``surname``: a one-word person name that is the surname of exactly one full-name person
     of the build.

Kept apart: entities of different types (a person "Jordan" and the country Jordan); two
entities of the same article (the extractor already decided they differ); two different full
names, even when they share a surname or an alias ("Xi" names Xi Jinping and Xi Mingze); a
shorter name that fits two or more full names, counting first names ("Jordan" when both
Michael Jordan and Jordan Peterson are in the build: it stays its own node); a shorter name
whose article ties it to other countries than the full name's (citizen of, located in, part
of, a post in). A first name alone never joins a full name.

The work is about linear in the number of entities: dict indexes by key, name, alias,
surname and first word, and a union-find over the article-local entities. The result does not
depend on the order of the articles, and an entity merged from several keeps the IRI its
fullest name gives (:func:`entity_path`).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.fileio import atomic_write
from kg.lexicon import fold
from kg.model import ArticleFacts, Entity

log = logging.getLogger(__name__)

_TYPE_PATH = {
    "Person": "person",
    "Organisation": "organisation",
    "Location": "location",
    "Country": "country",
}
#: The types that are merged by alias, acronym and surname; the others by exact key and name only.
_ALIAS_TYPES = frozenset({"Person", "Organisation"})
#: Merge reasons, in the order merges are listed.
REASONS = ("exact", "alias", "acronym", "surname")


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
    """The IRI path of an entity below the base IRI: type + normalised name, or Wikidata id.

    Example
    -------
    >>> entity_path(Entity(key="Person:xi jinping", type="Person", name="Xi Jinping"))
    'person/xi-jinping'
    """
    if entity.type == "Country" and entity.wikidata:
        return f"country/{entity.wikidata}"
    ident = entity.key.split(":", 1)[1]
    return f"{_TYPE_PATH[entity.type]}/{slugify(ident)}"


@functools.lru_cache(maxsize=1 << 17)
def normalise(name: str) -> str:
    """A name as kg compares names: no leading article, no possessive, folded.

    The same normalisation as the extractor's entity keys (``kg.extract.mentions``).

    Example
    -------
    >>> normalise("The World Health Organization's")
    'world health organization'
    """
    name = re.sub(r"^(the|a|an)\s+", "", name.strip(), flags=re.I)
    name = re.sub(r"(['\u2019]s?)$", "", name)
    return fold(name)


@functools.lru_cache(maxsize=1 << 17)
def _form(name: str) -> str:
    """A name as the alias index compares it: normalised, and "W.H.O." written "who"."""
    norm = normalise(name)
    if "." in norm and " " not in norm and re.fullmatch(r"(?:[^\W\d_]\.?)+", norm):
        return norm.replace(".", "")
    return norm


def _looks_like_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace("-", "").replace("&", "")
    return (
        " " not in name.strip()
        and letters.isalpha()
        and 2 <= len(letters) <= 10
        and sum(c.isupper() for c in letters) >= 2
    )


@dataclass(frozen=True)
class Merge:
    """One merge of article-local entities into an entity of the build.

    Attributes
    ----------
    key:
        The key of the build's entity they became (``Resolved.entities``).
    reason:
        ``exact``, ``alias``, ``acronym`` or ``surname``.
    members:
        The ``(article id, local key)`` pairs merged: for ``exact`` every local entity of the
        group; for the others the local entities that joined ``into``.
    into:
        For ``alias``, ``acronym`` and ``surname``: the local key of the entity joined.
    form:
        The normalised name that linked them.
    """

    key: str
    reason: str
    members: tuple[tuple[str, str], ...]
    into: str = ""
    form: str = ""

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict (members as ``{"article", "key"}`` objects).

        Example
        -------
        >>> m = Merge("Person:xi jinping", "alias", (("b", "Person:xi"),), "Person:xi jinping", "xi")
        >>> m.as_dict()["members"]
        [{'article': 'b', 'key': 'Person:xi'}]
        """
        return {
            "key": self.key,
            "reason": self.reason,
            "form": self.form,
            "into": self.into,
            "members": [{"article": a, "key": k} for a, k in self.members],
        }


@dataclass
class Resolved:
    """The entities of a build and how the article-local keys map onto them.

    Attributes
    ----------
    entities:
        The build's entities by their (global) key; one node each in the graph.
    paths:
        Key -> IRI path below the base IRI, for every global key and every article-local
        key (so records that name an article-local key find their merged entity's IRI).
    key_of:
        ``(article id, local key)`` -> global key. Today a local key stands for one entity in
        every article (the article-local entities with one key are merged first), which is why
        ``paths`` can answer for local keys without the article id.
    merges:
        Every merge made, sorted (see :func:`write_merges`).
    """

    entities: dict[str, Entity] = field(default_factory=dict)
    paths: dict[str, str] = field(default_factory=dict)
    key_of: dict[tuple[str, str], str] = field(default_factory=dict)
    merges: list[Merge] = field(default_factory=list)


@dataclass(slots=True)
class _Node:
    """One article-local entity (one article id + local key); its sets are read, never changed."""

    article: str
    key: str
    type: str
    names: dict[str, int]  # canonical name(s) used in the article -> mentions
    aliases: set[str] | frozenset[str]
    mentions: int
    articles: set[str] | frozenset[str]
    wikidata: str | None
    iso2: str | None
    iso3: str | None
    countries: frozenset[str]  # country keys the article ties it to (citizenOf, locatedIn, partOf, posts)

    @property
    def name(self) -> str:
        return _pick_name(self.names)


def _pick_name(weights: dict[str, int]) -> str:
    """The fullest name (most words), not in capitals, then the most frequent, then alphabetical."""
    if len(weights) == 1:
        return next(iter(weights))
    return min(weights, key=lambda n: (-len(normalise(n).split()), n.isupper(), -weights[n], n))


class _UnionFind:
    """Union-find over node indices that never joins two different local keys of one article."""

    def __init__(self, nodes: Sequence[_Node]) -> None:
        self.nodes = nodes
        self.parent = list(range(len(nodes)))
        # Per root of two or more nodes: article id -> local key (a lone node's is its own).
        self.local: dict[int, dict[str, str]] = {}

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def _local(self, root: int) -> dict[str, str]:
        found = self.local.get(root)
        if found is None:
            node = self.nodes[root]
            found = self.local[root] = {node.article: node.key}
        return found

    def union(self, a: int, b: int) -> bool:
        """Join the groups of ``a`` and ``b``; False when they hold two entities of one article."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        la, lb = self._local(ra), self._local(rb)
        if len(la) < len(lb):
            ra, rb, la, lb = rb, ra, lb, la
        for article, key in lb.items():
            if la.get(article, key) != key:
                return False
        la.update(lb)
        del self.local[rb]
        self.parent[rb] = ra
        return True


@dataclass
class _Group:
    """A group of nodes after the exact pass."""

    root: int
    members: list[int]
    type: str
    name: str  # canonical surface form
    canon: str  # its _form
    key: str  # the local key that names the group
    forms: set[str]
    countries: frozenset[str]


def resolve(facts: Iterable[ArticleFacts]) -> Resolved:
    """Merge the article-local entities of a build into the build's entities, with stable IRI paths.

    Parameters
    ----------
    facts:
        The extracted facts of every article of the build, in any order.

    Returns
    -------
    Resolved
        ``entities`` (merged, by global key), ``paths`` (global and local keys -> IRI path),
        ``key_of`` ((article id, local key) -> global key) and ``merges``.

    Example
    -------
    >>> from kg.model import Article
    >>> def facts(aid, key, name, *aliases):
    ...     ent = Entity(key, key.split(":")[0], name, set(aliases), 1, {aid})
    ...     return ArticleFacts(Article(aid, ""), entities={key: ent})
    >>> r = resolve([facts("a", "Person:xi jinping", "Xi Jinping", "Xi"), facts("b", "Person:xi", "Xi")])
    >>> sorted(r.entities), r.paths["Person:xi"], r.merges[0].reason
    (['Person:xi jinping'], 'person/xi-jinping', 'alias')
    """
    with _collector_paused():
        return _resolve(facts)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while resolving.

    Resolution makes tens of thousands of small objects and no reference cycles; left on, the
    collector walks the whole heap (every article's facts) again and again as they are made,
    which costs a third of the time at 20,000 entities and grows faster than the build.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _resolve(facts: Iterable[ArticleFacts]) -> Resolved:
    nodes = _collect(facts)
    uf = _UnionFind(nodes)
    _exact_pass(nodes, uf)
    groups = _groups(nodes, uf)
    exact_groups = [g for g in groups if len(g.members) > 1]
    planned = _alias_plan(groups)
    by_root = {g.root: g for g in groups}
    applied: list[tuple[_Group, str, str, str]] = []  # (group, into key, reason, form)
    for g_root, t_root, reason, form in planned:
        g, t = by_root[g_root], by_root[t_root]
        if uf.union(g.root, t.root):
            applied.append((g, t.key, reason, form))
        else:
            log.debug("kept apart (entities of one article): %s and %s via %r", g.key, t.key, form)

    out = Resolved()
    final: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        final[uf.find(i)].append(i)
    global_key: dict[int, str] = {}
    taken: dict[str, str] = {}  # IRI path -> the entity key that has it
    for root, members in final.items():
        ent = _merged_entity([nodes[i] for i in members])
        global_key[root] = ent.key
        out.entities[ent.key] = ent
        path = entity_path(ent)
        # two entities kept apart whose names slug alike: the later key gets a numbered path
        n = 1
        while taken.setdefault(path, ent.key) != ent.key:
            n += 1
            path = f"{entity_path(ent)}-{n}"
        out.paths[ent.key] = path
        for i in members:
            out.paths[nodes[i].key] = path
            out.key_of[(nodes[i].article, nodes[i].key)] = ent.key
    # paths and key_of are in node order already (articles sorted, then keys): deterministic.
    out.entities = dict(sorted(out.entities.items()))

    for g in exact_groups:
        members = tuple((nodes[i].article, nodes[i].key) for i in g.members)
        out.merges.append(Merge(global_key[uf.find(g.root)], "exact", members, "", g.canon))
    for g, into, reason, form in applied:
        members = tuple((nodes[i].article, nodes[i].key) for i in g.members)
        out.merges.append(Merge(global_key[uf.find(g.root)], reason, members, into, form))
    out.merges.sort(key=lambda m: (m.key, REASONS.index(m.reason), m.members, m.into))
    for m in out.merges:
        log.debug("merge %s (%s, %r): %s", m.key, m.reason, m.form, m.members)
    log.debug(
        "resolve: %d article-local entities -> %d entities, %d merge(s)",
        len(nodes),
        len(out.entities),
        len(out.merges),
    )
    return out


def _collect(facts: Iterable[ArticleFacts]) -> list[_Node]:
    """One node per (article id, local key), in a fixed order whatever the order of the articles.

    Only the entities (and each one's country ties) are kept, not the articles' other records.
    """
    by_article: dict[str, dict[str, _Node]] = defaultdict(dict)
    for af in facts:
        article = af.article.id
        found = by_article[article]
        ties = _country_ties(af)
        for key, ent in af.entities.items():
            node = found.get(key)
            if node is None:
                found[key] = _Node(
                    article=article,
                    key=key,
                    type=ent.type,
                    names={ent.name: ent.mentions},
                    aliases=ent.aliases,
                    mentions=ent.mentions,
                    articles=ent.articles,
                    wikidata=ent.wikidata,
                    iso2=ent.iso2,
                    iso3=ent.iso3,
                    countries=ties.get(key, frozenset()),
                )
                continue
            # The same article given twice: one node, as the previous resolver did.
            node.names[ent.name] = node.names.get(ent.name, 0) + ent.mentions
            node.aliases = node.aliases | ent.aliases
            node.mentions += ent.mentions
            node.articles = node.articles | ent.articles
            node.wikidata, node.iso2, node.iso3 = (
                node.wikidata or ent.wikidata,
                node.iso2 or ent.iso2,
                node.iso3 or ent.iso3,
            )
    return [
        found[k] for article in sorted(by_article) for found in (by_article[article],) for k in sorted(found)
    ]


_TIES = frozenset({"citizenOf", "locatedIn", "partOf"})


def _country_ties(af: ArticleFacts) -> dict[str, frozenset[str]]:
    """Entity key -> the countries its article ties it to: citizen of, located in, part of, a post in."""
    ties: dict[str, set[str]] = defaultdict(set)
    for r in af.relations:
        if r.kind in _TIES and r.object.startswith("Country:"):
            ties[r.subject].add(r.object)
    for p in af.positions:
        if p.org.startswith("Country:"):
            ties[p.holder].add(p.org)
    return {k: frozenset(v) for k, v in ties.items()}


def _exact_pass(nodes: Sequence[_Node], uf: _UnionFind) -> None:
    """Same local key (always joined first), then same type and normalised canonical name."""
    by_key: dict[str, int] = {}
    for i, n in enumerate(nodes):
        first = by_key.setdefault(n.key, i)
        if first != i:
            uf.union(first, i)  # never refused: a key occurs once per article
    by_name: dict[tuple[str, str], int] = {}
    for i, n in enumerate(nodes):
        if n.type == "Country":
            continue  # countries are keyed by ISO code already
        # names that differ only in punctuation, case or accents ("Kano" and "Kano.") are one:
        # they would get one IRI
        first = by_name.setdefault((n.type, slugify(normalise(n.name))), i)
        if first != i and not uf.union(first, i):
            log.debug("kept apart (entities of one article): %s and %s", nodes[first].key, n.key)


def _groups(nodes: Sequence[_Node], uf: _UnionFind) -> list[_Group]:
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        members[uf.find(i)].append(i)
    groups = []
    for root, idx in members.items():
        group_nodes = [nodes[i] for i in idx]
        name, key = _name_and_key(group_nodes)
        kind = group_nodes[0].type
        forms = (
            {_form(s) for n in group_nodes for s in (*n.names, *n.aliases)} if kind in _ALIAS_TYPES else set()
        )
        countries = frozenset().union(*(n.countries for n in group_nodes))
        groups.append(_Group(root, idx, kind, name, _form(name), key, forms, countries))
    groups.sort(key=lambda g: g.key)
    return groups


def _name_and_key(members: Sequence[_Node]) -> tuple[str, str]:
    """The canonical name of a group, and the (smallest) local key of a member that uses it."""
    if len(members) == 1:
        return members[0].name, members[0].key
    weights: dict[str, int] = defaultdict(int)
    for n in members:
        for name, count in n.names.items():
            weights[name] += count
    name = _pick_name(weights)
    return name, min(n.key for n in members if name in n.names)


def _alias_plan(groups: Sequence[_Group]) -> list[tuple[int, int, str, str]]:
    """The alias, acronym and surname merges, decided on the groups of the exact pass.

    Each group whose name is a shorter form of exactly one other group (after dropping
    candidates that are themselves shorter forms of another candidate) is planned to join it.
    Deciding on fixed groups keeps the result independent of the order of the articles.
    """
    holders: dict[tuple[str, str], list[_Group]] = defaultdict(list)  # (type, form) -> groups with it
    surname: dict[str, list[_Group]] = defaultdict(list)  # persons with a full name, by last word
    first_word: dict[tuple[str, str], list[_Group]] = defaultdict(list)
    for g in groups:
        if g.type not in _ALIAS_TYPES:
            continue
        for form in g.forms:
            holders[(g.type, form)].append(g)
        words = g.canon.split()
        if len(words) >= 2:
            first_word[(g.type, words[0])].append(g)
            if g.type == "Person":
                surname[words[-1]].append(g)

    plan = []
    for g in groups:
        if g.type not in _ALIAS_TYPES:
            continue
        f = g.canon
        via: dict[int, tuple[_Group, str]] = {}
        for h in holders.get((g.type, f), ()):
            if h.canon != f:
                via[h.root] = (h, "alias")
        if " " not in f:
            if g.type == "Person":
                for h in surname.get(f, ()):
                    via.setdefault(h.root, (h, "surname"))
            # A first name or an organisation's first word makes the short name ambiguous, but
            # is never enough to join: "Jordan" is kept apart when "Jordan Peterson" exists.
            for h in first_word.get((g.type, f), ()):
                via.setdefault(h.root, (h, "first"))
        if not any(how != "first" for _, how in via.values()):
            continue
        identities = []
        for h, _ in via.values():
            if not _shorter_form_of_another(h, via, holders):
                identities.append(h)
                if len(identities) > 1:
                    break
        if not identities:  # candidates that all name each other are one entity
            identities = [min((h for h, _ in via.values()), key=lambda h: h.key)]
        if len(identities) > 1:
            log.debug("kept apart (ambiguous): %s matches %s and more", g.key, identities[0].key)
            continue
        target = identities[0]
        if g.countries and target.countries and not g.countries & target.countries:
            log.debug("kept apart (countries differ): %s and %s", g.key, target.key)
            continue
        how = via[target.root][1]
        if how == "first":
            how = "alias" if any(h == "alias" for _, h in via.values()) else "surname"
        if how == "alias" and g.type == "Organisation" and _looks_like_acronym(g.name):
            how = "acronym"
        plan.append((g.root, target.root, how, f))
    return plan


def _shorter_form_of_another(
    h: _Group, via: dict[int, tuple[_Group, str]], holders: dict[tuple[str, str], list[_Group]]
) -> bool:
    return any(o.root != h.root and o.root in via for o in holders.get((h.type, h.canon), ()))


def _merged_entity(members: Sequence[_Node]) -> Entity:
    name, key = _name_and_key(members)
    country = next((n for n in members if n.wikidata), members[0])
    return Entity(
        key=key,
        type=members[0].type,
        name=name,
        aliases={a for n in members for a in (*n.names, *n.aliases) if a != name},
        mentions=sum(n.mentions for n in members),
        articles={a for n in members for a in n.articles},
        wikidata=country.wikidata,
        iso2=country.iso2,
        iso3=country.iso3,
    )


def write_merges(merges: Iterable[Merge], path: str | Path) -> int:
    """Write merges as JSON lines (one object per merge, keys sorted); returns how many.

    Example
    -------
    >>> write_merges(resolve([]).merges, "merges.jsonl")  # doctest: +SKIP
    0
    """
    count = 0
    with atomic_write(path) as fh:
        for m in merges:
            fh.write(json.dumps(m.as_dict(), ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    return count
