package org.opis.catalog.sql;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.opis.record.DocumentId;

/**
 * The {@code document_authority} table: for each document, the authority records its current
 * version names, so the documents naming a record are found by index when the record changes.
 * Every save writes it ({@link LinkTable#NAMING}).
 */
final class AuthorityLinks {
  private AuthorityLinks() {}

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
