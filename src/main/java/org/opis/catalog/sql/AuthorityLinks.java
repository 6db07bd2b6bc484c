package org.opis.catalog.sql;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.opis.catalog.NamedAuthorities;
import org.opis.record.DocumentId;

/**
 * The {@code document_authority} table: for each document, the authority records its current
 * version names, so the documents naming a record are found by index when the record changes.
 */
final class AuthorityLinks {
  private AuthorityLinks() {}

  /** Records that the document now names exactly these records. */
  static void replace(Handle h, DocumentRow row, NamedAuthorities named, boolean isNew) {
    LinkTable.NAMING.place(h, row, named.all(), isNew);
  }

  /** The documents naming a record, in identifier order. */
  static List<DocumentId> documentsNaming(Handle h, String authorityId) {
    return h.createQuery("SELECT d.id FROM document_authority a JOIN document d ON d.id = a.document_id"
            + " WHERE a.authority_id = :authority ORDER BY d.order_key")
        .bind("authority", authorityId)
        .mapTo(String.class)
        .map(DocumentId::new)
        .list();
  }
}
