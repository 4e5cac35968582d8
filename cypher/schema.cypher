// Constraints and indexes of the explorer's Neo4j database. Every statement is IF NOT EXISTS: safe to re-run.
// Applied by the store at start-up (server/store/neo4j/schema.ts), one statement per `;`-terminated block.

// Entities: the `id` property is the key (elementId never leaves the database).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

// Search candidates: `searchText` holds the normalised name and aliases (domain/search-score.ts
// normalizeText), joined by " | ". A TEXT index serves `CONTAINS`, so substring matches are index-backed
// and the candidate set equals the memory store's; ranking then happens in TypeScript with scoreNode.
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText);

// The best tier of search (a name or alias starting with q) reads `searchKey` through a RANGE index: a B-tree
// range seek, ~20x cheaper per match than the trigram TEXT index. For a name alone (no alias, under 1,000 code
// points) the key is its length in 3 digits, then searchText ("013karitek 1234"), so search seeks the prefix
// length by length and meets the shortest, best-scoring names first; for any other node it is "~" and the first
// 1,000 code points of searchText (rows.ts searchKey). Capped so every key fits a RANGE index (~8 KB) even in
// 4-byte characters. Back-filled on nodes written before it existed when the schema is applied
// (search-key-migration.ts, which also drops the entity_search_prefix index of the version before).
// Its kind is spelled out (RANGE) as the TEXT and FULLTEXT ones are: a bulk load defers the indexes declared
// so (search-indexes.ts) and keeps the plain `CREATE INDEX` ones.
CREATE RANGE INDEX entity_search_key IF NOT EXISTS FOR (n:Entity) ON (n.searchKey);

// Full-text (Lucene) over name, aliases and searchText: for the Cypher console and fuzzy search
// (db.index.fulltext.queryNodes("entity_fulltext", "tsmc~")). Not used for the API's ranking.
CREATE FULLTEXT INDEX entity_fulltext IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases, n.searchText];

// Sources of evidence.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;

// Relationship ids: unique per type, and the index the loader seeks when upserting by id.
// One line per type of server/domain/vocabulary.ts REL_TYPES (a test checks none is missing).
CREATE CONSTRAINT rel_funds_id IF NOT EXISTS FOR ()-[r:FUNDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_pledges_id IF NOT EXISTS FOR ()-[r:PLEDGES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_channels_through_id IF NOT EXISTS FOR ()-[r:CHANNELS_THROUGH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_benefits_from_id IF NOT EXISTS FOR ()-[r:BENEFITS_FROM]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_party_to_id IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_partners_with_id IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_participates_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_represents_id IF NOT EXISTS FOR ()-[r:REPRESENTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_operates_id IF NOT EXISTS FOR ()-[r:OPERATES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_headquartered_in_id IF NOT EXISTS FOR ()-[r:HEADQUARTERED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_develops_id IF NOT EXISTS FOR ()-[r:DEVELOPS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_produces_id IF NOT EXISTS FOR ()-[r:PRODUCES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_manufactures_for_id IF NOT EXISTS FOR ()-[r:MANUFACTURES_FOR]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_halted_supply_to_id IF NOT EXISTS FOR ()-[r:HALTED_SUPPLY_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_restricts_id IF NOT EXISTS FOR ()-[r:RESTRICTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_pressures_id IF NOT EXISTS FOR ()-[r:PRESSURES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_affects_id IF NOT EXISTS FOR ()-[r:AFFECTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_modelled_on_id IF NOT EXISTS FOR ()-[r:MODELLED_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_reports_on_id IF NOT EXISTS FOR ()-[r:REPORTS_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_publishes_id IF NOT EXISTS FOR ()-[r:PUBLISHES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_cites_id IF NOT EXISTS FOR ()-[r:CITES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_related_to_id IF NOT EXISTS FOR ()-[r:RELATED_TO]-() REQUIRE r.id IS UNIQUE;

// The audit log (server/domain/audit.ts): append-only :AuditEntry nodes, read newest first, per entity.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
