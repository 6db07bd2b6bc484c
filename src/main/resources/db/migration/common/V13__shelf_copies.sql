-- A list of one collection's documents, or of the documents naming one person or place, is read
-- from the link table alone: each link keeps a copy of what such a list sorts and filters on, and
-- every save of a document rewrites its links with it (catalog.sql.LinkTable). Before, a count and a
-- page of /places/russia (282,742 documents at a million) read every linked document's row, several
-- kilobytes each, for its date and access: 15 to 52 seconds a page from a cold disk (BENCHMARKS.md).

ALTER TABLE document_collection ADD COLUMN type TEXT;
ALTER TABLE document_collection ADD COLUMN earliest_day BIGINT;
ALTER TABLE document_collection ADD COLUMN latest_day BIGINT;
ALTER TABLE document_collection ADD COLUMN order_key TEXT;
ALTER TABLE document_collection ADD COLUMN access TEXT;
ALTER TABLE document_collection ADD COLUMN embargo_until BIGINT;
ALTER TABLE document_collection ADD COLUMN uploaded BIGINT;

UPDATE document_collection SET (type, earliest_day, latest_day, order_key, access, embargo_until, uploaded) =
  (SELECT d.type, d.earliest_day, d.latest_day, d.order_key, d.access, d.embargo_until, d.uploaded
   FROM document d WHERE d.id = document_collection.document_id);

ALTER TABLE document_authority ADD COLUMN type TEXT;
ALTER TABLE document_authority ADD COLUMN earliest_day BIGINT;
ALTER TABLE document_authority ADD COLUMN latest_day BIGINT;
ALTER TABLE document_authority ADD COLUMN order_key TEXT;
ALTER TABLE document_authority ADD COLUMN access TEXT;
ALTER TABLE document_authority ADD COLUMN embargo_until BIGINT;
ALTER TABLE document_authority ADD COLUMN uploaded BIGINT;

UPDATE document_authority SET (type, earliest_day, latest_day, order_key, access, embargo_until, uploaded) =
  (SELECT d.type, d.earliest_day, d.latest_day, d.order_key, d.access, d.embargo_until, d.uploaded
   FROM document d WHERE d.id = document_authority.document_id);

-- A record's documents in date order, oldest or newest first (undated last in both, as
-- Shelves.order sorts them), with who may see them and the document's identifier: a page is read
-- from these in order until it is full, and a count of what a viewer may see from these alone.
CREATE INDEX document_collection_order ON document_collection
  (collection_id, (CASE WHEN earliest_day IS NULL THEN 1 ELSE 0 END), earliest_day, latest_day, order_key, access,
   embargo_until, document_id);
CREATE INDEX document_collection_order_desc ON document_collection
  (collection_id, (CASE WHEN earliest_day IS NULL THEN 1 ELSE 0 END), earliest_day DESC, latest_day DESC, order_key,
   access, embargo_until, document_id);
CREATE INDEX document_authority_order ON document_authority
  (authority_id, (CASE WHEN earliest_day IS NULL THEN 1 ELSE 0 END), earliest_day, latest_day, order_key, access,
   embargo_until, document_id);
CREATE INDEX document_authority_order_desc ON document_authority
  (authority_id, (CASE WHEN earliest_day IS NULL THEN 1 ELSE 0 END), earliest_day DESC, latest_day DESC, order_key,
   access, embargo_until, document_id);
