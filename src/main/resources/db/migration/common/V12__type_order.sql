-- A list narrowed to one type (/browse?type=telegram) read in date order from this index, and
-- counted from it for what the viewer may see: without it, every document of the type was read
-- (each row holds its record's JSON) and sorted to show twenty, seconds at a million documents.
CREATE INDEX document_type_order ON document
  (type, (CASE WHEN earliest_day IS NULL THEN 1 ELSE 0 END), earliest_day, latest_day, order_key, access, embargo_until);
