"""The kg ontology's terms as Python constants.

Mirrors ``ontology/kg.ttl``; ``tests/test_ontology.py`` checks that the two agree
term for term. ``_fail = True`` makes a typo (``KG.locatedin``) an error instead of a
silently minted IRI.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

#: The ontology namespace: the one place it is declared.
KG_NS = "https://w3id.org/kgnews/ontology#"
#: Default base for instance IRIs (entities, articles, evidence nodes); ``--base-iri`` overrides it.
DEFAULT_BASE_IRI = "https://w3id.org/kgnews/id/"
CAMEO_NS = "https://w3id.org/kgnews/cameo/"
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")


class KG(DefinedNamespace):
    """Classes and properties of the kg ontology."""

    _fail = True
    _NS = Namespace(KG_NS)

    # Classes
    Entity: URIRef
    Actor: URIRef
    Person: URIRef
    Organisation: URIRef
    Country: URIRef
    Location: URIRef
    Article: URIRef
    Evidence: URIRef
    Position: URIRef
    Event: URIRef
    Statement: URIRef
    Assertion: URIRef
    CoreferenceLink: URIRef
    EdgeSupport: URIRef

    # Direct ("truthy") edges between entities
    affiliatedWith: URIRef
    holdsPositionIn: URIRef
    leads: URIRef
    memberOf: URIRef
    worksFor: URIRef
    founded: URIRef
    locatedIn: URIRef
    partOf: URIRef
    citizenOf: URIRef
    residesIn: URIRef
    interactsWith: URIRef
    makesPublicStatementAbout: URIRef  # CAMEO 01
    appealsTo: URIRef  # 02
    intendsToCooperateWith: URIRef  # 03
    consults: URIRef  # 04
    cooperatesWith: URIRef  # 05
    cooperatesMateriallyWith: URIRef  # 06
    providesAidTo: URIRef  # 07
    yieldsTo: URIRef  # 08
    investigates: URIRef  # 09
    demandsFrom: URIRef  # 10
    disapprovesOf: URIRef  # 11
    accuses: URIRef  # 112
    rejects: URIRef  # 12
    threatens: URIRef  # 13
    protestsAgainst: URIRef  # 14
    exhibitsForcePostureToward: URIRef  # 15
    reducesRelationsWith: URIRef  # 16
    sanctions: URIRef  # 163
    expels: URIRef  # 166
    coerces: URIRef  # 17
    assaults: URIRef  # 18
    fights: URIRef  # 19
    usesMassViolenceAgainst: URIRef  # 20

    # Entity description
    mentionCount: URIRef
    mentionedIn: URIRef
    iso3166Alpha2: URIRef
    iso3166Alpha3: URIRef

    # Article description
    articleId: URIRef
    headline: URIRef
    datePublished: URIRef
    url: URIRef
    source: URIRef

    # Evidence (on Position, Event, Statement and Assertion nodes)
    sentence: URIRef
    beginOffset: URIRef
    endOffset: URIRef
    rule: URIRef
    confidence: URIRef
    directProperty: URIRef

    # Edge support (on EdgeSupport nodes)
    evidenceCount: URIRef
    articleCount: URIRef

    # Position
    holder: URIRef
    postIn: URIRef
    title: URIRef
    isFormer: URIRef

    # Event
    actor: URIRef
    target: URIRef
    cameoCode: URIRef
    cameoConcept: URIRef
    trigger: URIRef
    date: URIRef
    negated: URIRef
    modality: URIRef

    # Statement
    speaker: URIRef
    quote: URIRef
    isDirect: URIRef
    speakerRole: URIRef

    # Coreference link
    anaphor: URIRef
    refersTo: URIRef
