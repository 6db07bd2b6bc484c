-- A document that was never public has no moment it was withdrawn (withdrawn_stamp NULL). Until
-- this version, a second save of such a document stored 0 there instead (the catalog read the
-- stamp back as present when it was NULL), and OAI-PMH then listed the restricted or embargoed
-- document to every harvester as deleted on 1970-01-01, and said its earliest datestamp was that
-- day. No document was withdrawn at that moment, so every 0 is one of those.
UPDATE document SET withdrawn_stamp = NULL WHERE withdrawn_stamp = 0;
