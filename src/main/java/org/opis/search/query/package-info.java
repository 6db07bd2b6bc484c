/**
 * The search box's query language: words, "exact phrases", -exclusions, OR, prefix*, and
 * fielded terms a historian would try (title:, person:, place:, from:, to:, archive:, type:,
 * language:, subject:, collection:, translator:, date:).
 *
 * <p>{@link org.opis.search.query.QueryParser} reads whatever a person types into a
 * {@link org.opis.search.query.QueryNode} tree and never fails: what it cannot read as typed
 * (an unclosed quotation mark, a lone {@code *}, a query of 10,000 characters) it reads the
 * nearest sensible way and says so in a notice. Every search engine translates the same tree,
 * so the language means the same whichever engine answers; {@link org.opis.search.query.QueryNode}
 * describes the shape an engine may rely on, such as a query of exclusions alone meaning every
 * document except those.
 *
 * <p>{@link org.opis.search.query.QueryText} writes a tree back as text, for "did you mean" and
 * for looser queries built from a reader's: the text reads back as the same tree.
 *
 * <p>Reading is one pass over the text ({@code Tokens}), then one pass over its pieces with a
 * stack of open parentheses ({@code Group}), never recursion, so no query is too deep to read;
 * {@code Leaves} makes the words, phrases and prefixes and counts them, {@code QueryDates} reads
 * dates, and {@code Notices} words what the reader is told.
 */
package org.opis.search.query;
