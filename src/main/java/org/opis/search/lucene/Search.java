package org.opis.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.opis.catalog.Viewer;
import org.opis.search.Hit;
import org.opis.search.SearchQuery;
import org.opis.search.SearchResult;
import org.opis.search.lucene.analysis.NameLexicon;
import org.opis.search.query.ParsedQuery;
import org.opis.search.query.QueryParser;

/**
 * One search of the index for one viewer: the query as typed is parsed, written for Lucene,
 * narrowed by the viewer's visibility, the dates and the facets chosen, then run once to rank a
 * page and count every match.
 */
final class Search {
  private final IndexSearcher searcher;
  private final FieldAnalyzer analyzer;
  private final FieldQueries fields;
  private final Viewer viewer;

  Search(IndexSearcher searcher, FieldAnalyzer analyzer, NameLexicon lexicon, Viewer viewer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.fields = new FieldQueries(analyzer, searcher.getIndexReader(), lexicon);
    this.viewer = viewer;
  }

  SearchResult run(SearchQuery asked) throws IOException {
    ParsedQuery parsed = QueryParser.parse(asked.text());
    QueryWriter.Written written = new QueryWriter(fields, searcher.getIndexReader()).write(parsed);
    Query whole = Filters.narrowed(written.query(), filters(asked));
    List<String> notices = new ArrayList<>(written.notices());
    long window = (long) asked.page() * asked.size();
    boolean beyond = window > SearchQuery.MAX_WINDOW;
    Tally tally;
    List<Hit> hits = List.of();
    if (beyond) {
      tally = tally(written.query(), asked);
      notices.add(String.format(Locale.ROOT, "only the first %,d results can be paged through, and page %,d lies"
          + " beyond them; narrow the search with more words, a filter or dates", SearchQuery.MAX_WINDOW, asked.page()));
    } else {
      // ranked and counted apart: ranking alone may skip what cannot reach the page (block-max
      // WAND), and counting alone reads the matches in bulk, unscored
      ScoreDoc[] ranked = Ranking.of(searcher, whole, () -> ranking(asked, (int) window)).scoreDocs;
      tally = tally(written.query(), asked);
      int from = (asked.page() - 1) * asked.size();
      int[] page = Arrays.stream(ranked, Math.min(from, ranked.length), ranked.length).mapToInt(d -> d.doc).toArray();
      hits = hits(written.marks(), page);
      if (page.length == 0 && asked.page() > 1 && tally.total() > 0) {
        long last = (tally.total() + asked.size() - 1) / asked.size();
        notices.add(String.format(Locale.ROOT, "there are %,d results, so page %,d is empty; the last page is %,d",
            tally.total(), asked.page(), last));
      }
    }
    Optional<String> suggestion = new Speller(fields).suggest(asked.text(), parsed.root(), tally.total(), searcher,
        Filters.visibleTo(viewer), typed -> count(asked, typed));
    return new SearchResult(tally.total(), hits, tally.facets(), tally.years(), notices, suggestion, asked.page(),
        asked.size());
  }

  private Tally tally(Query query, SearchQuery asked) throws IOException {
    List<Query> filters = filters(asked);
    // the first filter, the viewer's, is the holdings' own
    return Tally.of(new Counting(searcher, query, filters.subList(1, filters.size())), filters.get(0));
  }

  private List<Query> filters(SearchQuery asked) {
    List<Query> filters = new ArrayList<>();
    filters.add(Filters.visibleTo(viewer));
    Filters.dated(asked.from(), asked.to()).ifPresent(filters::add);
    filters.addAll(Filters.chosen(asked.filters()));
    return filters;
  }

  private List<Hit> hits(Optional<Query> marks, int[] page) throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    List<Card> cards = Card.read(searcher, page, true);
    List<List<org.opis.search.Snippet>> passages = new ArrayList<>();
    if (marks.isPresent()) {
      passages = new Passages(searcher, analyzer).of(marks.get(), fields.passageFields(), page, cards);
    } else {
      for (int i = 0; i < page.length; i++) {
        passages.add(List.of());
      }
    }
    return Hits.of(cards, passages, true);
  }


  /** How many documents a search typed this way would find, with the same filters. */
  private long count(SearchQuery asked, String typed) {
    try {
      Query q = new QueryWriter(fields, searcher.getIndexReader()).write(QueryParser.parse(typed)).query();
      return searcher.count(Filters.narrowed(q, filters(asked)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CollectorManager<?, ? extends TopDocs> ranking(SearchQuery asked, int window) {
    // the tally counts every match, so the ranking need not count exactly
    return switch (asked.order()) {
      case RELEVANCE -> new TopScoreDocCollectorManager(window, window);
      case DATE_ASCENDING -> new TopFieldCollectorManager(byDate(false), window, window);
      case DATE_DESCENDING -> new TopFieldCollectorManager(byDate(true), window, window);
    };
  }

  /** By the first day of the date, undated documents last either way; equal dates by relevance. */
  static Sort byDate(boolean newestFirst) {
    SortField date = new SortField(Fields.DATE_ORDER, SortField.Type.LONG, newestFirst);
    date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(date, SortField.FIELD_SCORE, KeywordField.newSortField(Fields.ID, false, SortedSetSelector.Type.MIN));
  }
}
