/**
 * The history of a record read by people: what changed between two of its revisions, field by
 * field, in the words of the record's own fields. Revisions themselves are kept by the catalog.
 */
package org.opis.history;
