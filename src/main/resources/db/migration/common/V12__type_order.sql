-- A list narrowed to one type (/browse?type=telegram) read in date order, oldest or newest first,
-- from these indexes, and counted from them for what the viewer may see: without them, every
-- document of the type was read (each row holds its record's JSON) and sorted to show twenty,
-- seven seconds at a million documents.
CREATE INDEX document_type_order ON document
  (type, (CASE WHEN earliest_day IS NULL THEN 1 ELSE 0 END), earliest_day, latest_day, order_key, access, embargo_until);
CREATE INDEX document_type_order_desc ON document
  (type, (CASE WHEN earliest_day IS NULL THEN 1 ELSE 0 END), earliest_day DESC, latest_day DESC, order_key, access,
   embargo_until);
