/**
 * The search box's query language: words, "exact phrases", -exclusions, OR, prefix*, and
 * fielded terms a historian would try (title:, person:, place:, from:, to:, archive:, type:,
 * language:, subject:, collection:, translator:, date:).
 *
 * <p>{@link org.opis.search.query.QueryParser} reads whatever a person types into a
 * {@link org.opis.search.query.QueryNode} tree and never fails: what it cannot read as typed
 * (an unclosed quotation mark, a lone {@code *}, a query of 10,000 characters) it reads the
 * nearest sensible way and says so in a notice. Every search engine translates the same tree,
 * so the language means the same whichever engine answers.
 */
package org.opis.search.query;
