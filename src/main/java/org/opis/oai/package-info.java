/**
 * OAI-PMH 2.0: the protocol by which library catalogues and aggregators harvest the archive's
 * records, served at {@code /oai}.
 *
 * <p>{@link org.opis.oai.OaiRepository} answers the six verbs over the catalog, as the public
 * sees it on the day of the request; it knows nothing of HTTP, which the reading room adds. A
 * request is read and checked whole ({@link org.opis.oai.OaiRequest}) before anything is looked
 * up, and every way it can be wrong is answered with the protocol's error code, never an HTTP
 * error. Records are offered as unqualified Dublin Core ({@link org.opis.oai.DublinCore}) and as
 * the canonical JSON of Opis wrapped in an element of its own namespace ({@link
 * org.opis.oai.MetadataFormat}). Lists come in pages of {@value org.opis.oai.OaiRepository#PAGE}
 * ordered by (datestamp, identifier); a {@link org.opis.oai.ResumptionToken} carries everything
 * needed to continue, so tokens outlive the server that gave them, and fixes the moment the
 * harvest started, so a document saved between two pages is neither repeated nor skipped. A
 * document that was public and is hidden again is reported as deleted, for as long as the
 * archive keeps it.
 */
package org.opis.oai;
