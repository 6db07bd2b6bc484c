/**
 * The originals of documents: scans (JPEG, PNG, TIFF) and PDFs of the paper a translation was
 * made from, kept for preservation beside the catalog's description of them.
 *
 * <p>{@link org.opis.files.FileStore} is the port: it keeps a document's files as one object,
 * each change a new version that never overwrites an older one, every file addressed by its
 * SHA-512 digest, and it can read every file again to check that the digest still holds (what
 * {@code opis fixity} builds on). {@link org.opis.files.OriginalType} tells a file's type from its
 * first bytes, not its name, and {@link org.opis.files.Examiner} measures what a viewer needs
 * (pages and pixel sizes) and refuses what would harm the server (decompression bombs).
 * {@link org.opis.files.Originals} is how the importer and {@code opis attach} bring files in:
 * everything checked first, then kept, so a bad file rejects the whole import. The OCFL adapter
 * is in {@code files.ocfl}.
 */
package org.opis.files;
