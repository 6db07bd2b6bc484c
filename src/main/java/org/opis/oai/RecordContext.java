package org.opis.oai;

import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * What writing a record needs beyond the document: where the repository and the reading room
 * are, and the archive's name.
 *
 * @param siteBase the reading room's address, without a trailing slash ("http://localhost:8080")
 * @param archiveName the archive's name, its publisher and repositoryName
 */
record RecordContext(String siteBase, String archiveName) {
  /** The base URL of the repository. */
  String oaiBase() {
    return siteBase + "/oai";
  }

  /** The permalink of a document in the reading room. */
  String permalink(DocumentId id) {
    return siteBase + "/documents/" + id.value();
  }

  DublinCore dublinCore(Document d) {
    return DublinCore.of(d, permalink(d.requireId()), archiveName, this::permalink);
  }
}
