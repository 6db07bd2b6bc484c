/**
 * The file store on OCFL 1.1 (the Oxford Common File Layout), through the {@code ocfl-java}
 * library: a storage root in the data folder ({@code DIR/ocfl}) where each document's originals
 * are one OCFL object and each record's saved versions another, each change one new immutable
 * version, every file recorded in the object's inventory by its SHA-512 digest. The layout is
 * the standard's own, so any OCFL tool can read and validate an archive's store without Opis.
 * A file is read only once it is known to be intact ({@code ReadChecks}), and an object a kill
 * left half-written is repaired before it is written again ({@code CutShort}).
 */
package org.opis.files.ocfl;
