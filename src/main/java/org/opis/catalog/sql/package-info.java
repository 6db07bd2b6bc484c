/**
 * The catalog in a SQL database: SQLite by default, one file beside the archive; PostgreSQL
 * where an institution runs one. Both use one schema, migrated by Flyway from
 * {@code db/migration/common} plus a folder per engine for the little SQL that differs.
 *
 * <p>Each document is stored whole as its canonical JSON, with copies of the few values that
 * lists and filters need (dates as day numbers, type, access) in columns beside it. Every save
 * also writes a revision row holding the JSON of that version and an outbox row announcing it,
 * in the same transaction, so the history and the search index can never disagree with the
 * catalog. One writer at a time: a lock in the process, plus an immediate transaction on SQLite
 * and an advisory lock on PostgreSQL; readers are never blocked by it.
 *
 * <p>Names are resolved to authority records while a document is saved: {@link
 * org.opis.authority.NameKey} and {@link org.opis.authority.NameMatcher} decide, and the
 * {@code agent_name} and {@code place_name} tables find the candidates by key. The
 * {@code document_authority} table, kept by every save, links each document to the records it
 * names, so that a record's new spelling can reach every document naming it in the search index.
 * It and {@code document_collection} are {@link org.opis.catalog.sql.LinkTable shelves}: each link
 * keeps a copy of what a list of the record's documents sorts and filters on, so that such a list
 * never reads the documents' rows. Which documents a viewer may see is decided in one place, as one
 * SQL condition.
 */
package org.opis.catalog.sql;
