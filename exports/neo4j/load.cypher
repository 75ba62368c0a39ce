// Load kg's Neo4j CSV files with LOAD CSV (no admin rights, no plugins needed).
// Copy nodes.csv and relationships.csv into the database's import folder, then run
//   cypher-shell -u neo4j -p PASSWORD -f load.cypher
// Running it again updates the graph in place (MERGE on IRIs).

CREATE CONSTRAINT kg_entity_iri IF NOT EXISTS FOR (e:Entity) REQUIRE e.iri IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
MERGE (e:Entity {iri: row.`iri:ID(Entity)`})
SET e.name = row.`name`,
    e.type = row.`type`,
    e.aliases = split(row.`aliases:string[]`, ';'),
    e.mentionCount = toInteger(row.`mentionCount:long`),
    e.articleCount = toInteger(row.`articleCount:long`),
    e.wikidata = row.`wikidata`,
    e.iso3166Alpha3 = row.`iso3166Alpha3`;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.type = 'Country'
MATCH (e:Entity {iri: row.`iri:ID(Entity)`})
SET e:`Country`;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.type = 'Location'
MATCH (e:Entity {iri: row.`iri:ID(Entity)`})
SET e:`Location`;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.type = 'Organisation'
MATCH (e:Entity {iri: row.`iri:ID(Entity)`})
SET e:`Organisation`;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.type = 'Person'
MATCH (e:Entity {iri: row.`iri:ID(Entity)`})
SET e:`Person`;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'accuses'
MATCH (s:Entity {iri: row.`:START_ID(Entity)`}), (o:Entity {iri: row.`:END_ID(Entity)`})
MERGE (s)-[r:`accuses` {evidence: coalesce(row.evidence, '')}]->(o)
SET r.confidence = toFloat(row.`confidence:double`),
    r.rule = row.`rule`,
    r.sentence = row.`sentence`,
    r.beginOffset = toInteger(row.`beginOffset:long`),
    r.endOffset = toInteger(row.`endOffset:long`),
    r.article = row.`article`,
    r.title = row.`title`,
    r.isFormer = toBoolean(row.`isFormer:boolean`),
    r.cameoCode = row.`cameoCode`,
    r.trigger = row.`trigger`,
    r.date = date(row.`date:date`),
    r.negated = toBoolean(row.`negated:boolean`);

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'citizenOf'
MATCH (s:Entity {iri: row.`:START_ID(Entity)`}), (o:Entity {iri: row.`:END_ID(Entity)`})
MERGE (s)-[r:`citizenOf` {evidence: coalesce(row.evidence, '')}]->(o)
SET r.confidence = toFloat(row.`confidence:double`),
    r.rule = row.`rule`,
    r.sentence = row.`sentence`,
    r.beginOffset = toInteger(row.`beginOffset:long`),
    r.endOffset = toInteger(row.`endOffset:long`),
    r.article = row.`article`,
    r.title = row.`title`,
    r.isFormer = toBoolean(row.`isFormer:boolean`),
    r.cameoCode = row.`cameoCode`,
    r.trigger = row.`trigger`,
    r.date = date(row.`date:date`),
    r.negated = toBoolean(row.`negated:boolean`);

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'consults'
MATCH (s:Entity {iri: row.`:START_ID(Entity)`}), (o:Entity {iri: row.`:END_ID(Entity)`})
MERGE (s)-[r:`consults` {evidence: coalesce(row.evidence, '')}]->(o)
SET r.confidence = toFloat(row.`confidence:double`),
    r.rule = row.`rule`,
    r.sentence = row.`sentence`,
    r.beginOffset = toInteger(row.`beginOffset:long`),
    r.endOffset = toInteger(row.`endOffset:long`),
    r.article = row.`article`,
    r.title = row.`title`,
    r.isFormer = toBoolean(row.`isFormer:boolean`),
    r.cameoCode = row.`cameoCode`,
    r.trigger = row.`trigger`,
    r.date = date(row.`date:date`),
    r.negated = toBoolean(row.`negated:boolean`);

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'cooperatesWith'
MATCH (s:Entity {iri: row.`:START_ID(Entity)`}), (o:Entity {iri: row.`:END_ID(Entity)`})
MERGE (s)-[r:`cooperatesWith` {evidence: coalesce(row.evidence, '')}]->(o)
SET r.confidence = toFloat(row.`confidence:double`),
    r.rule = row.`rule`,
    r.sentence = row.`sentence`,
    r.beginOffset = toInteger(row.`beginOffset:long`),
    r.endOffset = toInteger(row.`endOffset:long`),
    r.article = row.`article`,
    r.title = row.`title`,
    r.isFormer = toBoolean(row.`isFormer:boolean`),
    r.cameoCode = row.`cameoCode`,
    r.trigger = row.`trigger`,
    r.date = date(row.`date:date`),
    r.negated = toBoolean(row.`negated:boolean`);

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'intendsToCooperateWith'
MATCH (s:Entity {iri: row.`:START_ID(Entity)`}), (o:Entity {iri: row.`:END_ID(Entity)`})
MERGE (s)-[r:`intendsToCooperateWith` {evidence: coalesce(row.evidence, '')}]->(o)
SET r.confidence = toFloat(row.`confidence:double`),
    r.rule = row.`rule`,
    r.sentence = row.`sentence`,
    r.beginOffset = toInteger(row.`beginOffset:long`),
    r.endOffset = toInteger(row.`endOffset:long`),
    r.article = row.`article`,
    r.title = row.`title`,
    r.isFormer = toBoolean(row.`isFormer:boolean`),
    r.cameoCode = row.`cameoCode`,
    r.trigger = row.`trigger`,
    r.date = date(row.`date:date`),
    r.negated = toBoolean(row.`negated:boolean`);

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'leads'
MATCH (s:Entity {iri: row.`:START_ID(Entity)`}), (o:Entity {iri: row.`:END_ID(Entity)`})
MERGE (s)-[r:`leads` {evidence: coalesce(row.evidence, '')}]->(o)
SET r.confidence = toFloat(row.`confidence:double`),
    r.rule = row.`rule`,
    r.sentence = row.`sentence`,
    r.beginOffset = toInteger(row.`beginOffset:long`),
    r.endOffset = toInteger(row.`endOffset:long`),
    r.article = row.`article`,
    r.title = row.`title`,
    r.isFormer = toBoolean(row.`isFormer:boolean`),
    r.cameoCode = row.`cameoCode`,
    r.trigger = row.`trigger`,
    r.date = date(row.`date:date`),
    r.negated = toBoolean(row.`negated:boolean`);

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'locatedIn'
MATCH (s:Entity {iri: row.`:START_ID(Entity)`}), (o:Entity {iri: row.`:END_ID(Entity)`})
MERGE (s)-[r:`locatedIn` {evidence: coalesce(row.evidence, '')}]->(o)
SET r.confidence = toFloat(row.`confidence:double`),
    r.rule = row.`rule`,
    r.sentence = row.`sentence`,
    r.beginOffset = toInteger(row.`beginOffset:long`),
    r.endOffset = toInteger(row.`endOffset:long`),
    r.article = row.`article`,
    r.title = row.`title`,
    r.isFormer = toBoolean(row.`isFormer:boolean`),
    r.cameoCode = row.`cameoCode`,
    r.trigger = row.`trigger`,
    r.date = date(row.`date:date`),
    r.negated = toBoolean(row.`negated:boolean`);

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'partOf'
MATCH (s:Entity {iri: row.`:START_ID(Entity)`}), (o:Entity {iri: row.`:END_ID(Entity)`})
MERGE (s)-[r:`partOf` {evidence: coalesce(row.evidence, '')}]->(o)
SET r.confidence = toFloat(row.`confidence:double`),
    r.rule = row.`rule`,
    r.sentence = row.`sentence`,
    r.beginOffset = toInteger(row.`beginOffset:long`),
    r.endOffset = toInteger(row.`endOffset:long`),
    r.article = row.`article`,
    r.title = row.`title`,
    r.isFormer = toBoolean(row.`isFormer:boolean`),
    r.cameoCode = row.`cameoCode`,
    r.trigger = row.`trigger`,
    r.date = date(row.`date:date`),
    r.negated = toBoolean(row.`negated:boolean`);

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'providesAidTo'
MATCH (s:Entity {iri: row.`:START_ID(Entity)`}), (o:Entity {iri: row.`:END_ID(Entity)`})
MERGE (s)-[r:`providesAidTo` {evidence: coalesce(row.evidence, '')}]->(o)
SET r.confidence = toFloat(row.`confidence:double`),
    r.rule = row.`rule`,
    r.sentence = row.`sentence`,
    r.beginOffset = toInteger(row.`beginOffset:long`),
    r.endOffset = toInteger(row.`endOffset:long`),
    r.article = row.`article`,
    r.title = row.`title`,
    r.isFormer = toBoolean(row.`isFormer:boolean`),
    r.cameoCode = row.`cameoCode`,
    r.trigger = row.`trigger`,
    r.date = date(row.`date:date`),
    r.negated = toBoolean(row.`negated:boolean`);
