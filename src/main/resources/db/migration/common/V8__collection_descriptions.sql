-- Collections as curators describe them: an introduction (Markdown), the collection or theme
-- they belong to, and the order in which their documents are best read (documents not placed
-- follow, by date).
ALTER TABLE collection ADD COLUMN introduction TEXT;
ALTER TABLE collection ADD COLUMN within_id TEXT;

CREATE TABLE collection_order (
  collection_id TEXT NOT NULL REFERENCES collection (id),
  document_id   TEXT NOT NULL,
  position      INTEGER NOT NULL,
  PRIMARY KEY (collection_id, document_id)
);
