/**
 * Import: turning files people bring (canonical JSON, CSV spreadsheets, scraped Digital Archive
 * pages) into catalogued records, whole files at a time.
 *
 * <p>Each {@link org.opis.ingest.Format} reads one kind of file into records and problems. The
 * importer runs each file in one catalog transaction: a file with any problem is rejected as a
 * whole and changes nothing, and a file imported twice creates no duplicates. The result of an
 * import is data (what was imported, what was rejected and why), never only the first
 * exception.
 */
package org.opis.ingest;
