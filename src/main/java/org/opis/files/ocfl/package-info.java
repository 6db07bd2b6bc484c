/**
 * The file store on OCFL 1.1 (the Oxford Common File Layout), through the {@code ocfl-java}
 * library: a storage root in the data folder ({@code DIR/ocfl}) where each document is one OCFL
 * object, each change one new immutable version, every file recorded in the object's inventory
 * by its SHA-512 digest. The layout is the standard's own, so any OCFL tool can read and
 * validate an archive's originals without Opis.
 */
package org.opis.files.ocfl;
