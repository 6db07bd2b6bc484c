/**
 * Import of the archivist's spreadsheet: CSV with a header row, one document a row, several
 * values in a cell separated by {@code |}.
 *
 * <p>A row is turned into canonical JSON and read by the same reader as JSON files, so a date,
 * a name or a reference means the same whichever format it came in; problems are reported by
 * line and column, in the spreadsheet's own terms. {@link org.opis.ingest.csv.Columns} is the
 * documented header.
 */
package org.opis.ingest.csv;
