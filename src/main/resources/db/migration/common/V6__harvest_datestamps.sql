-- What OAI-PMH harvesters read (org.opis.oai): when each document last changed for the public,
-- in microseconds since 1970 like the other moments.
--   published_stamp: when the current version was saved, or midnight UTC of the day its embargo
--                    lifts when that is later; the datestamp while the document is public.
--   withdrawn_stamp: when the document last stopped being public (a save made a public document
--                    restricted, or embargoed again); null while it never was public. The
--                    datestamp of its "deleted" record while it is not public.
-- Kept by every save (SqlWriter). Documents saved before this migration get theirs from the Java
-- migration 6.1 (StampStoredDocuments), which replays their revisions as the saves would have.
ALTER TABLE document ADD COLUMN published_stamp BIGINT;
ALTER TABLE document ADD COLUMN withdrawn_stamp BIGINT;
CREATE INDEX document_published_stamp ON document (published_stamp);
CREATE INDEX document_withdrawn_stamp ON document (withdrawn_stamp);
