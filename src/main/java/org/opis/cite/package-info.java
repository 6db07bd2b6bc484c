/**
 * Citations: how a reader refers to a document in print, so that another reader can find it.
 *
 * <p>A citation names the document (its title in quotation marks), when it was written, where
 * the original is kept (the repository and its archival reference, exactly as written), who
 * translated it, and where this edition of it lives (the archive's name and the document's
 * permalink). {@link org.opis.cite.CitationLine} writes the one line the Wilson Center's Digital
 * Archive prints under each document; full citation styles (Chicago, MLA, APA through CSL) are
 * a later addition and will sit beside it here.
 */
package org.opis.cite;
