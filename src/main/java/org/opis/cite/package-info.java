/**
 * Citations: how a reader refers to a document in print, so that another reader can find it.
 *
 * <p>A citation names the document (its title), who wrote it and to whom, when, where the
 * original is kept (the repository and its archival reference, exactly as written), who
 * translated it, and where this edition of it lives (the archive's name and the document's
 * permalink). {@link org.opis.cite.Citable} is that description, made once from a record;
 * everything here is written from it: {@link org.opis.cite.Citations} formats it in Chicago
 * (notes and bibliography), MLA and APA through a real CSL processor (citeproc-java) with the
 * official styles and locales; {@link org.opis.cite.BibTex}, {@link org.opis.cite.Ris} and
 * {@link org.opis.cite.CslJson} write it for reference managers; {@link org.opis.cite.MetaTag}
 * gives the Highwire and Dublin Core tags Zotero reads in a page's head. {@link
 * org.opis.cite.CitationLine} is the one line the Wilson Center's Digital Archive prints under
 * each document.
 */
package org.opis.cite;
