-- A list narrowed to one type (/browse?type=telegram) read in date order, oldest or newest first,
-- from these indexes, and counted from them for what the viewer may see: without them, every
-- document of the type was read (each row holds its record's JSON) and sorted to show twenty,
-- seven seconds at a million documents.
CREATE INDEX document_type_order ON document
  (type, (CASE WHEN earliest_day IS NULL THEN 1 ELSE 0 END), earliest_day, latest_day, order_key, access, embargo_until);
CREATE INDEX document_type_order_desc ON document
  (type, (CASE WHEN earliest_day IS NULL THEN 1 ELSE 0 END), earliest_day DESC, latest_day DESC, order_key, access,
   embargo_until);

-- A list narrowed to years (a decade from the home page) counted from this index alone: the
-- index of the last day a document may be dated gains the first day and who may see it, so the
-- count no longer reads the row of every document dated in or after those years.
DROP INDEX document_latest;
CREATE INDEX document_latest ON document (latest_day, earliest_day, access, embargo_until);
