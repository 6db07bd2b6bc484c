/**
 * The reading room: the archive as readers meet it on the web, server-rendered pages that need
 * no JavaScript, with a JSON API beside them.
 *
 * <p>{@link org.opis.web.ReadingRoom} holds the whole HTTP surface in one route table: the home
 * page (what the archive holds), each document's page (the whole record laid out as a historian
 * reads it, with its editorial marks shown and explained, a citation, and the documents the
 * search index finds like it or kept in the same file), the browse and collection lists, the
 * search page and the same search as JSON, the canonical JSON of each document, and
 * {@code /health}. Every reader is the public on today's date: a restricted or still-embargoed
 * document does not exist for them, so it answers 404, never 403, and is absent from every list,
 * count, facet and search result. Failures become HTTP statuses in one place only,
 * {@code Failures}.
 *
 * <p>Search is a form and plain GET links: every state of the search page (its words, facets,
 * dates, order and page) is its address, read by {@link org.opis.web.SearchRequest}, so a search
 * can be shared and the back button works without any script. The words are never refused;
 * what the index could not search as typed comes back as notices on the page.
 *
 * <p>Pages are jte templates in {@code src/main/jte}, precompiled and HTML-escaping everything
 * they print; the records handed to them ({@link org.opis.web.DocumentView},
 * {@link org.opis.web.SearchView}, ...) carry what is worked out from a record or a search,
 * such as the nesting of editorial marks ({@link org.opis.web.MarkedText}) or the bars of the
 * year histogram ({@link org.opis.web.Histogram}), so templates only lay out.
 */
package org.opis.web;
