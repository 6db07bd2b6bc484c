/**
 * The embedded search engine: {@link org.opis.search.SearchIndex} on Apache Lucene, in the data
 * folder's {@code index/} directory.
 *
 * <p>Each document becomes one index card ({@code IndexCard}), whoever may see it. Its texts go
 * to a field of their language ({@code text.en}, {@code text.ru}, or {@code text.other}), cut by
 * that language's analyzer so that "negotiations" finds "negotiated"; its title, summary,
 * references and subjects are folded into Latin; its people and places go to a field per role
 * (person, place, from, to, translator), with every spelling their authority records know, as
 * spelled; names picked out of its texts go to a field of their own. The words of all names are
 * filed by sound once each, not on every card, in a lexicon kept in the index folder's {@code
 * lexicon/} ({@code NameLexicon}), committed before the index and so never behind it. A
 * catch-all field holds every word once, folded, for words beginning with a stem and for
 * spelling suggestions. Each text is kept once more in a phrase field of its language, word for
 * word with common pairs as terms of their own, for exact phrases. Facet values and the year sit
 * in one field of doc values, counted by number ({@code FacetOrdinals}).
 *
 * <p>A card records the first day the public may see its document, so every search, count,
 * suggestion, related document and same-file document is filtered for its viewer as it runs, and
 * an embargo lifts on its day without the card being rewritten. Counts are made over every
 * match of the filtered query ({@code Tally}, from bit sets {@code Counting} reads in bulk,
 * apart from the ranking, which alone scores), so a facet never counts what the viewer may not
 * see; where a search matches most of a segment, they are counted as the segment's {@code
 * Holdings} for that viewer less the documents not matched, exact either way.
 *
 * <p>Changes are committed with the outbox position they bring the index to, in the commit's
 * user data ({@code Shelf}): Lucene writes a commit point last and atomically, so after a crash
 * the index holds exactly what its position says, and the indexer resumes from there. A change
 * that fails half-way is rolled back. The commit also records the layout of the cards, and an
 * index of another layout is started afresh, to be rebuilt from the outbox.
 */
package org.opis.search.lucene;
