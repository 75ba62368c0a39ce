"""Records -> an rdflib Dataset with one named graph per article, in the ontology's terms only.

The union of the named graphs is the build's graph (``exports/graph.ttl``); the named
graphs go to ``exports/graph.trig``. Entity descriptions (labels, aliases, counts, Wikidata
links) live in the ``{base}graph/entities`` graph; each article's graph holds its article
node, the evidence nodes drawn from it and the direct edges they back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from decimal import Decimal

from rdflib import OWL, PROV, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef

from kg.errors import OntologyError
from kg.model import ArticleFacts, Evidence, Position
from kg.resolve import Resolved, slugify
from kg.vocab import CAMEO_NS, DEFAULT_BASE_IRI, KG, WD

CAMEO = Namespace(CAMEO_NS)
_XSD_DATE = str(XSD.date)
_XSD_ANYURI = str(XSD.anyURI)

#: CAMEO code -> the interactsWith sub-property that carries it; a 3-digit code listed here
#: wins over its root.
CAMEO_PROPERTY: dict[str, URIRef] = {
    "01": KG.makesPublicStatementAbout,
    "02": KG.appealsTo,
    "03": KG.intendsToCooperateWith,
    "04": KG.consults,
    "05": KG.cooperatesWith,
    "06": KG.cooperatesMateriallyWith,
    "07": KG.providesAidTo,
    "08": KG.yieldsTo,
    "09": KG.investigates,
    "10": KG.demandsFrom,
    "11": KG.disapprovesOf,
    "112": KG.accuses,
    "12": KG.rejects,
    "13": KG.threatens,
    "14": KG.protestsAgainst,
    "15": KG.exhibitsForcePostureToward,
    "16": KG.reducesRelationsWith,
    "163": KG.sanctions,
    "166": KG.expels,
    "17": KG.coerces,
    "18": KG.assaults,
    "19": KG.fights,
    "20": KG.usesMassViolenceAgainst,
}
RELATION_PROPERTY = {
    "locatedIn": KG.locatedIn,
    "partOf": KG.partOf,
    "citizenOf": KG.citizenOf,
    "residesIn": KG.residesIn,
}
AFFILIATION_PROPERTY = {
    "holdsPositionIn": KG.holdsPositionIn,
    "leads": KG.leads,
    "memberOf": KG.memberOf,
    "worksFor": KG.worksFor,
    "founded": KG.founded,
}
_CLASS = {
    "Person": KG.Person,
    "Organisation": KG.Organisation,
    "Country": KG.Country,
    "Location": KG.Location,
}


def cameo_property(code: str) -> URIRef:
    """The interactsWith sub-property for a CAMEO code ("041" -> kg:consults)."""
    try:
        return CAMEO_PROPERTY.get(code[:3]) or CAMEO_PROPERTY[code[:2]]
    except KeyError as err:
        raise OntologyError(f"CAMEO code {code!r} has no root in 01-20") from err


class GraphBuilder:
    """Accumulates the triples of a build into a Dataset.

    Parameters
    ----------
    resolved:
        The entity table of the build (``kg.resolve.resolve``).
    base_iri:
        Where instance IRIs start; default ``https://w3id.org/kgnews/id/``.
    min_confidence:
        Facts below this confidence are left out.
    """

    #: Makers of IRIs (from a string) and literals (from a Python value, or a lexical form and a
    #: datatype IRI): rdflib's terms here; a builder that writes straight into a pyoxigraph store
    #: (:class:`kg.store.StoreGraphBuilder`) makes pyoxigraph's instead, with no rdflib term between.
    iri = staticmethod(URIRef)

    @staticmethod
    def literal(value: object, datatype: str | None = None) -> Literal:
        return Literal(value, datatype=datatype)

    def __init__(
        self, resolved: Resolved, base_iri: str = DEFAULT_BASE_IRI, min_confidence: float = 0.0
    ) -> None:
        if not base_iri.endswith(("/", "#")):
            base_iri += "/"
        self.base = Namespace(base_iri)
        self.resolved = resolved
        self.min_confidence = min_confidence
        self._entities: dict[str, object] = {}
        self._articles: dict[str, tuple[str, object]] = {}
        self.ds = self.new_dataset()
        self.entities_graph = self.ds.graph(self.base["graph/entities"])

    def new_dataset(self) -> Dataset:
        """Where the named graphs go: an rdflib Dataset (a store's builder gives a sink instead)."""
        ds = Dataset()
        bind_namespaces(ds, str(self.base))
        return ds

    # -- IRIs ---------------------------------------------------------------------------
    def entity(self, key: str) -> URIRef:
        found = self._entities.get(key)
        if found is None:
            found = self._entities[key] = self.iri(f"{self.base}{self.resolved.paths[key]}")
        return found

    def _article_slug(self, article_id: str) -> tuple[str, URIRef]:
        found = self._articles.get(article_id)
        if found is None:
            slug = slugify(article_id)
            found = self._articles[article_id] = (slug, self.iri(f"{self.base}article/{slug}"))
        return found

    def article(self, article_id: str) -> URIRef:
        return self._article_slug(article_id)[1]

    def evidence_iri(self, kind: str, ev: Evidence, *fields: object) -> URIRef:
        digest = hashlib.sha1("|".join([ev.rule, *map(str, fields)]).encode("utf-8")).hexdigest()[:10]
        slug = self._article_slug(ev.article_id)[0]
        return self.iri(f"{self.base}{kind}/{slug}/{ev.begin}-{ev.end}/{digest}")

    # -- triples ------------------------------------------------------------------------
    def add_entities(self) -> None:
        g = self.entities_graph
        for key in sorted(self.resolved.entities):
            ent = self.resolved.entities[key]
            node = self.entity(key)
            g.add((node, RDF.type, _CLASS[ent.type]))
            g.add((node, RDFS.label, self.literal(ent.name)))
            for alias in sorted(ent.aliases):
                g.add((node, SKOS.altLabel, self.literal(alias)))
            g.add((node, KG.mentionCount, self.literal(ent.mentions)))
            for art in sorted(ent.articles):
                g.add((node, KG.mentionedIn, self.article(art)))
            if ent.type == "Country":
                g.add((node, OWL.sameAs, self.iri(f"{WD}{ent.wikidata}")))
                g.add((node, KG.iso3166Alpha2, self.literal(ent.iso2)))
                g.add((node, KG.iso3166Alpha3, self.literal(ent.iso3)))

    def add_article(self, facts: ArticleFacts) -> None:
        art = facts.article
        g = self.ds.graph(self.article(art.id))
        a = self.article(art.id)
        g.add((a, RDF.type, KG.Article))
        g.add((a, KG.articleId, self.literal(art.id)))
        if art.title:
            g.add((a, KG.headline, self.literal(art.title)))
        if art.date:
            g.add((a, KG.datePublished, self.literal(art.date, _XSD_DATE)))
        if art.url:
            g.add((a, KG.url, self.literal(art.url, _XSD_ANYURI)))
        if art.source:
            g.add((a, KG.source, self.literal(art.source)))

        # The speaker's role is chosen among all the article's positions, then written only if
        # its node is (so --min-confidence on build and on export cut the same triples).
        posts: dict[str, list[tuple[Position, URIRef]]] = {}
        kept_posts: set[URIRef] = set()
        for p in facts.positions:
            if p.holder not in self.resolved.paths or p.org not in self.resolved.paths:
                continue
            node = self.evidence_iri("position", p.evidence, p.holder, p.org, p.title, p.former)
            posts.setdefault(p.holder, []).append((p, node))
            if not self._keep(p.evidence):
                continue
            kept_posts.add(node)
            prop = AFFILIATION_PROPERTY[p.prop]
            holder, org = self.entity(p.holder), self.entity(p.org)
            g.add((node, RDF.type, KG.Position))
            g.add((node, KG.holder, holder))
            g.add((node, KG.postIn, org))
            g.add((node, KG.title, self.literal(p.title)))
            g.add((node, KG.isFormer, self.literal(p.former)))
            g.add((node, KG.directProperty, prop))
            self._evidence(g, node, p.evidence)
            g.add((holder, prop, org))
            g.add((holder, KG.affiliatedWith, org))

        for r in facts.relations:
            if (
                not self._keep(r.evidence)
                or r.subject not in self.resolved.paths
                or r.object not in self.resolved.paths
            ):
                continue
            prop = RELATION_PROPERTY[r.kind]
            node = self.evidence_iri("assertion", r.evidence, r.kind, r.subject, r.object)
            s, o = self.entity(r.subject), self.entity(r.object)
            g.add((node, RDF.type, KG.Assertion))
            g.add((node, RDF.subject, s))
            g.add((node, RDF.predicate, prop))
            g.add((node, RDF.object, o))
            self._evidence(g, node, r.evidence)
            g.add((s, prop, o))

        for e in facts.events:
            if not self._keep(e.evidence) or e.actor not in self.resolved.paths:
                continue
            if e.target is not None and e.target not in self.resolved.paths:
                continue
            node = self.evidence_iri("event", e.evidence, e.actor, e.target, e.cameo)
            actor = self.entity(e.actor)
            g.add((node, RDF.type, KG.Event))
            g.add((node, KG.actor, actor))
            g.add((node, KG.cameoCode, self.literal(e.cameo)))
            g.add((node, KG.cameoConcept, self.iri(f"{CAMEO_NS}{e.cameo}")))
            g.add((node, KG.trigger, self.literal(e.trigger)))
            g.add((node, KG.negated, self.literal(e.negated)))
            if e.modality:
                g.add((node, KG.modality, self.literal(e.modality)))
            if e.date:
                g.add((node, KG.date, self.literal(e.date, _XSD_DATE)))
            self._evidence(g, node, e.evidence)
            if e.target is not None:
                target = self.entity(e.target)
                prop = cameo_property(e.cameo)
                g.add((node, KG.target, target))
                g.add((node, KG.directProperty, prop))
                # A negated event ("did not meet") keeps its node but asserts no edge.
                if not e.negated:
                    g.add((actor, prop, target))
                    g.add((actor, KG.interactsWith, target))

        for st in facts.statements:
            if not self._keep(st.evidence) or st.speaker not in self.resolved.paths:
                continue
            node = self.evidence_iri("statement", st.evidence, st.speaker)
            g.add((node, RDF.type, KG.Statement))
            g.add((node, KG.speaker, self.entity(st.speaker)))
            g.add((node, KG.quote, self.literal(st.quote)))
            g.add((node, KG.isDirect, self.literal(st.direct)))
            self._evidence(g, node, st.evidence)
            role = _role_at(posts.get(st.speaker, ()), st.evidence.begin)
            if role in kept_posts:
                g.add((node, KG.speakerRole, role))

        for link in facts.links:
            if not self._keep(link.evidence) or link.entity not in self.resolved.paths:
                continue
            node = self.evidence_iri("coref", link.evidence, link.entity)
            g.add((node, RDF.type, KG.CoreferenceLink))
            g.add((node, KG.anaphor, self.literal(link.anaphor)))
            g.add((node, KG.refersTo, self.entity(link.entity)))
            self._evidence(g, node, link.evidence)

    def _keep(self, ev: Evidence) -> bool:
        return ev.confidence >= self.min_confidence

    def _evidence(self, g: Graph, node: URIRef, ev: Evidence) -> None:
        g.add((node, PROV.wasDerivedFrom, self.article(ev.article_id)))
        g.add((node, KG.sentence, self.literal(ev.sentence)))
        g.add((node, KG.beginOffset, self.literal(ev.begin)))
        g.add((node, KG.endOffset, self.literal(ev.end)))
        g.add((node, KG.rule, self.literal(ev.rule)))
        g.add((node, KG.confidence, self.literal(Decimal(f"{ev.confidence:.2f}"))))

    def add_supports(self, counts: Mapping[tuple[str, str, str], tuple[int, int]]) -> None:
        """One kg:EdgeSupport node per assertion-backed edge, in the entities graph: ``counts``
        maps (subject, predicate, object) IRIs to (assertions, articles) backing the edge
        (:func:`support_counts`, or the store's :data:`SUPPORT_QUERY`)."""
        g = self.entities_graph
        for (s, p, o), (evidence, articles) in sorted(counts.items()):
            node = self.iri(support_iri(str(self.base), s, p, o))
            g.add((node, RDF.type, KG.EdgeSupport))
            g.add((node, RDF.subject, self.iri(s)))
            g.add((node, RDF.predicate, self.iri(p)))
            g.add((node, RDF.object, self.iri(o)))
            g.add((node, KG.evidenceCount, self.literal(evidence)))
            g.add((node, KG.articleCount, self.literal(articles)))

    def union(self) -> Graph:
        """All named graphs merged into one plain Graph."""
        g = Graph()
        bind_namespaces(g, str(self.base))
        for ctx in self.ds.graphs():
            for t in ctx:
                g.add(t)
        return g


#: Per direct edge that kg:Assertion nodes back: how many back it, and from how many articles.
SUPPORT_QUERY = """
PREFIX kg: <https://w3id.org/kgnews/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?s ?p ?o (COUNT(?a) AS ?evidence) (COUNT(DISTINCT ?article) AS ?articles)
WHERE {
  ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?a prov:wasDerivedFrom ?article }
}
GROUP BY ?s ?p ?o
"""


def support_iri(base_iri: str, subject: str, predicate: str, obj: str) -> str:
    """The IRI of an edge's kg:EdgeSupport node: a hash of the edge, so the same edge has the
    same node in every build."""
    digest = hashlib.sha1(f"{subject} {predicate} {obj}".encode()).hexdigest()[:16]
    return f"{base_iri}support/{digest}"


def support_counts(graphs: Iterable[Graph]) -> dict[tuple[str, str, str], tuple[int, int]]:
    """What :data:`SUPPORT_QUERY` counts, read from rdflib graphs (a Dataset's named graphs, or
    one plain graph): (subject, predicate, object) -> (assertions, articles)."""
    evidence: dict[tuple[str, str, str], set[str]] = {}
    articles: dict[tuple[str, str, str], set[str]] = {}
    for g in graphs:
        for a in g.subjects(RDF.type, KG.Assertion):
            s, p, o = g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object)
            if s is None or p is None or o is None:
                continue
            edge = (str(s), str(p), str(o))
            evidence.setdefault(edge, set()).add(str(a))
            found = articles.setdefault(edge, set())
            found.update(str(art) for art in g.objects(a, PROV.wasDerivedFrom))
    return {edge: (len(nodes), len(articles[edge])) for edge, nodes in evidence.items()}


def _role_at(posts: Iterable[tuple[Position, URIRef]], begin: int) -> URIRef | None:
    """The post a speaker held when speaking, as the article gives it: the current (not former)
    position named last before the statement, else the first one named after it."""
    current = [(p.evidence.begin, str(node), node) for p, node in posts if not p.former]
    if not current:
        return None
    before = [c for c in current if c[0] <= begin]
    return max(before)[2] if before else min(current)[2]


def build_graph(
    facts: Iterable[ArticleFacts],
    resolved: Resolved,
    base_iri: str = DEFAULT_BASE_IRI,
    min_confidence: float = 0.0,
) -> GraphBuilder:
    """Map the records of a build to RDF.

    Example
    -------
    >>> from kg.resolve import resolve
    >>> builder = build_graph([], resolve([]))
    >>> len(builder.union())
    0
    """
    facts = list(facts)
    builder = GraphBuilder(resolved, base_iri, min_confidence)
    builder.add_entities()
    for af in facts:
        builder.add_article(af)
    builder.add_supports(support_counts(builder.ds.graphs()))
    return builder


def bind_namespaces(g: Graph, base_iri: str) -> None:
    """Bind the prefixes kg writes (kg, cameo, wd, skos, prov, owl, xsd and kgi for the base IRI)."""
    g.bind("kg", KG._NS)
    g.bind("cameo", CAMEO)
    g.bind("wd", WD)
    g.bind("skos", SKOS)
    g.bind("prov", PROV)
    g.bind("owl", OWL)
    g.bind("xsd", XSD)
    g.bind("kgi", Namespace(base_iri))
