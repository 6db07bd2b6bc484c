-- What lets a catalog of a million documents list them in milliseconds rather than seconds
-- (BENCHMARKS.md, "The reading room at a million documents"). Each document row holds its
-- record's JSON, several kilobytes, so a count or a sort that reads the table reads gigabytes.

-- Counts of what a viewer may see, by type and decade, read from this index alone; and the
-- few documents the public may not see, by their identifiers, to count them out of a list.
CREATE INDEX document_shelf ON document (access, embargo_until, type, decade, earliest_day, latest_day, id);

-- Pages in date order (undated documents last) read in order from these, instead of sorting
-- every visible document to show twenty.
CREATE INDEX document_date_order
  ON document ((CASE WHEN earliest_day IS NULL THEN 1 ELSE 0 END), earliest_day, latest_day, order_key);
CREATE INDEX document_date_order_desc
  ON document ((CASE WHEN earliest_day IS NULL THEN 1 ELSE 0 END), earliest_day DESC, latest_day DESC, order_key);
