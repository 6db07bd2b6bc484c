/**
 * Search: finding documents by any word, name or date, and showing why they matched.
 *
 * <p>{@link org.opis.search.SearchIndex} is the port every search engine implements (embedded
 * Lucene by default, in {@code org.opis.search.lucene}); it knows nothing of Lucene. The index
 * is derived from the catalog and never the only copy of anything: the
 * {@link org.opis.search.Indexer} follows the catalog's outbox and applies each change, and the
 * index remembers the last outbox position it applied, durably and together with the changes,
 * so after a crash it resumes where it stopped, and {@code opis reindex} can always rebuild it.
 * A new spelling of a person or place reaches every document naming them, and a document the
 * engine refuses is left out and logged rather than stopping the index for everything after it.
 * Restricted and embargoed documents are indexed but filtered at query time for the
 * {@link org.opis.catalog.Viewer}, so an embargo lifts on its day without reindexing and no
 * count, facet or snippet ever includes what the viewer may not see.
 *
 * <p>What a reader types is read by {@link org.opis.search.query.QueryParser} into a small
 * query language of its own, the same for every engine.
 */
package org.opis.search;
