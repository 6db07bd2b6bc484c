package org.opis.catalog.sql;

import org.jdbi.v3.core.Handle;
import org.opis.canonical.CanonicalJson;
import org.opis.catalog.NamedAuthorities;

/**
 * Migration 3.1: fills {@code document_authority} (created by migration 3) for the documents
 * saved before it existed. Their names are read from the stored JSON by {@link NamedAuthorities},
 * the code every save uses, so old and new links cannot differ; SQL's JSON functions, which
 * differ between SQLite and PostgreSQL, would have been a second reading of the same format.
 */
final class LinkStoredDocuments extends EveryStoredDocument {
  LinkStoredDocuments() {
    super("3.1", "authority links of stored documents");
  }

  @Override
  void visit(Handle h, String id) {
    String json = h.createQuery("SELECT json FROM document WHERE id = :id").bind("id", id).mapTo(String.class).one();
    // the table as migration 3 made it; migration 13 copies each document's columns beside its links
    for (String authority : NamedAuthorities.in(CanonicalJson.readStored(json)).all()) {
      h.createUpdate("INSERT INTO document_authority (document_id, authority_id) VALUES (:document, :authority)")
          .bind("document", id)
          .bind("authority", authority)
          .execute();
    }
  }
}
