/**
 * Keeping originals so that a crash at any moment loses nothing and leaves nothing half-applied.
 *
 * <p>A change that brings scans or PDFs (an import, an editor's upload, {@code opis attach}) puts
 * them in the file store <em>before</em> the catalog's transaction commits, so the catalog never
 * describes a file the store lacks. The catalog's commit is the point of truth: if the process
 * dies, or the change fails, between the two, the store holds files of a change that never
 * happened. So each keep is first written down as a {@link Note} (which files, with which
 * digests, for which document); a later writer, holding the catalog's write lock so that no
 * other change is under way, reads the notes left behind and puts the store back as the catalog
 * describes it ({@link Safekeeping#settle}).
 */
package org.opis.keeping;
