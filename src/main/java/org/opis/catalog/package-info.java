/**
 * The catalog: the source of truth for every record Opis holds, and the port every storage
 * engine implements.
 *
 * <p>{@link org.opis.catalog.Catalog} reads; {@link org.opis.catalog.Catalog#write} runs a unit
 * of work in one transaction, through a {@link org.opis.catalog.CatalogWriter}, so that an
 * import of a file lands whole or not at all. Saving never overwrites: each change of a
 * document or authority record keeps the previous version as a {@link
 * org.opis.catalog.Revision} with who, when and why, and appends to an outbox in the same
 * transaction, from which derived stores (the search index) catch up. Saving also resolves
 * names to authority records and collection titles to collections, and gives new documents
 * identifiers that are never reused. Reads take a {@link org.opis.catalog.Viewer}, so a
 * restricted document cannot reach a public page by forgetting a filter.
 *
 * <p>The SQL adapter lives in {@code org.opis.catalog.sql}; a contract test suite runs against
 * every adapter.
 */
package org.opis.catalog;
