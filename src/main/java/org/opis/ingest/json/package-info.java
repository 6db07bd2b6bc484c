/**
 * Import of canonical JSON: one record, a list of records, or JSON Lines (one record a line).
 *
 * <p>JSON Lines files are read line by line, so a malformed line is reported with its line
 * number and the lines after it are still checked; other files are read as a stream of values,
 * so a list of a million records never sits in memory at once.
 */
package org.opis.ingest.json;
