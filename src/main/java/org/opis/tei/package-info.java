/**
 * TEI P5, the scholars' encoding of texts: documents exported as TEI and TEI files imported.
 *
 * <p><b>Export</b> ({@link org.opis.tei.TeiWriter}): one {@code TEI} element per document, its
 * teiHeader describing the document bibliographically (titleStmt, publicationStmt with the
 * archive and the permalink), archivally (sourceDesc/msDesc/msIdentifier) and by content
 * (profileDesc: creation, langUsage, correspDesc, textClass), its texts as {@code div}s in
 * their languages, with each editorial mark as the TEI element it is named after, and the
 * authority records it names in a {@code standOff}.
 *
 * <p><b>Import</b> ({@link org.opis.tei.TeiFormat}): a file with one document, or a documentary
 * edition such as a volume of the Foreign Relations of the United States, whose documents are
 * {@code div type="document"} with a head, a dateline and footnotes, and whose persons and terms
 * lists become authority records and glosses. Files are read by {@link org.opis.tei.SafeXml},
 * which refuses document type declarations and never fetches anything a file points to.
 */
package org.opis.tei;
