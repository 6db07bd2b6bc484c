/**
 * The embedded search engine: {@link org.opis.search.SearchIndex} on Apache Lucene, in the data
 * folder's {@code index/} directory. The outbox position it has applied is kept in each
 * commit's user data, so the position and the documents are always durable together.
 */
package org.opis.search.lucene;
