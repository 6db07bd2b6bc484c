package org.opis.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.catalog.Viewer;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Text;
import org.opis.search.Facet;
import org.opis.search.Hit;
import org.opis.search.IndexEntry;
import org.opis.search.SearchIndex;
import org.opis.search.SearchQuery;
import org.opis.search.SearchResult;
import org.opis.search.SearchResult.FacetCount;
import org.opis.search.Snippet;

/**
 * A search index in memory for the reading room's tests, until the Lucene index lands: it
 * honours the port's contract on a handful of documents (words, "phrases", -exclusions, an
 * unclosed quotation mark read as closed, filters, dates, the viewer, facets, years, orders,
 * pages, snippets, a spelling suggestion, related documents and the same file), by scanning.
 */
final class MemoryIndex implements SearchIndex {
  private static final Pattern PIECE = Pattern.compile("(-?)\"([^\"]*)(\"?)|(-?)(\\S+)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> LEAVES = Set.of("list", "listy", "folio", "page", "item");
  private static final int LONGEST = 1000;

  private final Map<DocumentId, IndexEntry.Indexed> documents = new LinkedHashMap<>();
  private long position;

  @Override
  public long position() {
    return position;
  }

  @Override
  public synchronized void apply(List<IndexEntry> entries, long at) {
    entries.forEach(e -> e.document().ifPresentOrElse(d -> documents.put(e.id(), d), () -> documents.remove(e.id())));
    position = at;
  }

  @Override
  public synchronized void clear() {
    documents.clear();
    position = 0;
  }

  @Override
  public synchronized SearchResult search(SearchQuery query, Viewer viewer) {
    List<String> notices = new ArrayList<>();
    String text = query.text();
    if (text.length() > LONGEST) {
      text = text.substring(0, LONGEST);
      notices.add("the search was " + query.text().length() + " characters long; only its first " + LONGEST
          + " were searched");
    }
    List<String> wanted = new ArrayList<>();
    List<String> unwanted = new ArrayList<>();
    Matcher m = PIECE.matcher(text);
    while (m.find()) {
      boolean phrase = m.group(2) != null;
      if (phrase && m.group(3).isEmpty()) {
        notices.add("the quotation mark before \u201c" + m.group(2).strip() + "\u201d was never closed; searched as if"
            + " it were");
      }
      String words = String.join(" ", words(phrase ? m.group(2) : m.group(5)));
      if (!words.isEmpty()) {
        ("-".equals(phrase ? m.group(1) : m.group(4)) ? unwanted : wanted).add(words);
      }
    }
    List<IndexEntry.Indexed> found = visible(viewer).filter(d -> matches(d, wanted, unwanted, query)).toList();
    Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      Map<String, Long> counts = new TreeMap<>();
      found.forEach(d -> values(d.document(), f).stream().distinct().forEach(v -> counts.merge(v, 1L, Long::sum)));
      facets.put(f, counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .map(e -> new FacetCount(e.getKey(), e.getValue())).limit(50).toList());
    }
    TreeMap<Integer, Long> years = new TreeMap<>();
    found.forEach(d -> d.document().date().ifPresent(date -> years.merge(date.earliest().getYear(), 1L, Long::sum)));
    List<Hit> hits = found.stream().sorted(order(query, wanted)).skip((long) (query.page() - 1) * query.size())
        .limit(query.size()).map(d -> hit(d, wanted)).toList();
    Optional<String> suggestion = found.isEmpty() && !wanted.isEmpty() ? suggestion(text, viewer) : Optional.empty();
    return new SearchResult(found.size(), hits, facets, years, notices, suggestion, query.page(), query.size());
  }

  @Override
  public synchronized List<Hit> related(DocumentId id, Viewer viewer, int count) {
    Optional<IndexEntry.Indexed> self = visible(viewer).filter(d -> d.document().requireId().equals(id)).findFirst();
    if (self.isEmpty()) {
      return List.of();
    }
    List<String> names = names(self.get().document());
    return visible(viewer).filter(d -> !d.document().requireId().equals(id))
        .filter(d -> shared(names, d) > 0)
        .sorted(Comparator.comparingLong((IndexEntry.Indexed d) -> -shared(names, d)))
        .limit(count).map(d -> hit(d, List.of())).toList();
  }

  @Override
  public synchronized List<Hit> sameFile(DocumentId id, Viewer viewer, int count) {
    Optional<IndexEntry.Indexed> self = visible(viewer).filter(d -> d.document().requireId().equals(id)).findFirst();
    if (self.isEmpty() || files(self.get().document()).isEmpty()) {
      return List.of();
    }
    List<String> files = files(self.get().document());
    return visible(viewer).filter(d -> !d.document().requireId().equals(id))
        .filter(d -> files(d.document()).stream().anyMatch(files::contains))
        .sorted(Comparator.comparing(MemoryIndex::earliest)).limit(count).map(d -> hit(d, List.of())).toList();
  }

  @Override
  public synchronized void forEachIndexed(BiConsumer<DocumentId, Integer> each) {
    documents.forEach((id, d) -> each.accept(id, d.revision()));
  }

  @Override
  public void close() {}

  private Stream<IndexEntry.Indexed> visible(Viewer viewer) {
    return documents.values().stream().filter(d -> viewer.editor() || d.document().isPublicOn(viewer.today()));
  }

  private static boolean matches(IndexEntry.Indexed d, List<String> wanted, List<String> unwanted, SearchQuery q) {
    String all = " " + String.join(" ", words(everything(d))) + " ";
    boolean words = wanted.stream().allMatch(w -> all.contains(" " + w + " "))
        && unwanted.stream().noneMatch(w -> all.contains(" " + w + " "));
    boolean filtered = q.filters().entrySet().stream()
        .allMatch(f -> values(d.document(), f.getKey()).stream().anyMatch(f.getValue()::contains));
    Optional<LocalDate[]> span = d.document().date().map(x -> new LocalDate[] {x.earliest(), x.latest()});
    boolean dated = (q.from().isEmpty() && q.to().isEmpty()) || span.isPresent()
        && q.from().map(f -> !span.get()[1].isBefore(f)).orElse(true)
        && q.to().map(t -> !span.get()[0].isAfter(t)).orElse(true);
    return words && filtered && dated;
  }

  private static Comparator<IndexEntry.Indexed> order(SearchQuery query, List<String> wanted) {
    Comparator<IndexEntry.Indexed> byId = Comparator.comparing(d -> d.document().requireId().value());
    switch (query.order()) {
      case DATE_ASCENDING:
        return Comparator.comparing(MemoryIndex::earliest).thenComparing(byId);
      case DATE_DESCENDING:
        return Comparator.comparing((IndexEntry.Indexed d) -> d.document().date().isEmpty())
            .thenComparing(d -> earliest(d), Comparator.reverseOrder()).thenComparing(byId);
      default:
        return Comparator.comparingInt((IndexEntry.Indexed d) -> -titleMatches(d, wanted)).thenComparing(byId);
    }
  }

  private static int titleMatches(IndexEntry.Indexed d, List<String> wanted) {
    String title = " " + String.join(" ", words(d.document().title())) + " ";
    return (int) wanted.stream().filter(w -> title.contains(" " + w + " ")).count();
  }

  private static LocalDate earliest(IndexEntry.Indexed d) {
    return d.document().date().map(x -> x.earliest()).orElse(LocalDate.MAX);
  }

  private Optional<String> suggestion(String text, Viewer viewer) {
    Set<String> vocabulary = new java.util.TreeSet<>();
    visible(viewer).forEach(d -> vocabulary.addAll(words(everything(d))));
    String suggested = text;
    for (String w : words(text)) {
      if (!vocabulary.contains(w)) {
        Optional<String> near = vocabulary.stream().filter(v -> distance(v, w) <= 2).findFirst();
        if (near.isPresent()) {
          suggested = suggested.replaceAll("(?i)\\b" + Pattern.quote(w) + "\\b", near.get());
        }
      }
    }
    return suggested.equals(text) ? Optional.empty() : Optional.of(suggested);
  }

  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
            d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
    }
    return d[a.length()][b.length()];
  }

  private static Hit hit(IndexEntry.Indexed indexed, List<String> wanted) {
    Document d = indexed.document();
    List<Snippet> snippets = new ArrayList<>();
    d.summary().flatMap(s -> snippet("summary", s, wanted)).ifPresent(snippets::add);
    d.texts().stream().flatMap(t -> snippet("text", t.body(), wanted).stream()).findFirst().ifPresent(snippets::add);
    return new Hit(d.requireId(), d.title(), d.date().map(x -> x.asWritten()), d.type(),
        d.creators().stream().map(AgentRef::name).toList(), d.recipients().stream().map(AgentRef::name).toList(),
        snippets);
  }

  // the passage around the first word matched, every matched word in it marked
  private static Optional<Snippet> snippet(String source, String text, List<String> wanted) {
    Set<String> single = new java.util.HashSet<>();
    wanted.forEach(w -> single.addAll(List.of(w.split(" "))));
    Matcher m = WORD.matcher(text);
    int first = -1;
    while (m.find() && first < 0) {
      first = single.contains(m.group().toLowerCase(Locale.ROOT)) ? m.start() : -1;
    }
    if (first < 0) {
      return Optional.empty();
    }
    int start = Math.max(0, text.lastIndexOf(' ', Math.max(0, first - 40)) + 1);
    int end = Math.min(text.length(), first + 80);
    List<Snippet.Part> parts = new ArrayList<>();
    int at = start;
    Matcher w = WORD.matcher(text).region(start, end);
    while (w.find()) {
      if (single.contains(w.group().toLowerCase(Locale.ROOT))) {
        if (w.start() > at) {
          parts.add(new Snippet.Part(text.substring(at, w.start()), false));
        }
        parts.add(new Snippet.Part(w.group(), true));
        at = w.end();
      }
    }
    parts.add(new Snippet.Part(text.substring(at, end), false));
    return Optional.of(new Snippet(source, parts));
  }

  private static String everything(IndexEntry.Indexed indexed) {
    Document d = indexed.document();
    List<String> all = new ArrayList<>(names(d));
    all.add(d.title());
    d.summary().ifPresent(all::add);
    d.type().ifPresent(all::add);
    d.texts().forEach(t -> all.add(t.body()));
    d.sources().forEach(s -> all.add(s.asWritten()));
    indexed.authorityNames().values().forEach(all::addAll);
    return String.join(" ", all);
  }

  private static List<String> names(Document d) {
    List<String> names = new ArrayList<>();
    Stream.of(d.creators(), d.recipients(), d.mentions().people(), d.mentions().organisations())
        .flatMap(List::stream).map(AgentRef::name).forEach(names::add);
    d.mentions().places().stream().map(PlaceRef::name).forEach(names::add);
    names.addAll(d.subjects());
    return names;
  }

  private static long shared(List<String> names, IndexEntry.Indexed d) {
    List<String> theirs = names(d.document());
    return names.stream().filter(theirs::contains).count();
  }

  private static List<String> files(Document d) {
    return d.sources().stream().filter(s -> s.repository().isPresent() && !s.levels().isEmpty())
        .map(s -> s.repository().get() + "|" + s.levels().stream().filter(l -> !LEAVES.contains(l.unit()))
            .map(l -> l.unit() + " " + l.value()).toList())
        .toList();
  }

  static List<String> values(Document d, Facet facet) {
    switch (facet) {
      case TYPE:
        return d.type().stream().toList();
      case LANGUAGE:
        return Stream.concat(d.languages().stream(), d.texts().stream().map(Text::language)).distinct().toList();
      case COLLECTION:
        return d.collections().stream().map(CollectionRef::title).toList();
      case ARCHIVE:
        return d.sources().stream().flatMap(s -> s.repository().stream()).toList();
      case PERSON:
        return Stream.of(d.creators(), d.recipients(), d.mentions().people(), d.mentions().organisations(),
            d.texts().stream().flatMap(t -> t.translators().stream()).toList())
            .flatMap(List::stream).map(AgentRef::name).distinct().toList();
      case PLACE:
        return Stream.concat(d.dateline().place().stream(), d.mentions().places().stream()).map(PlaceRef::name)
            .distinct().toList();
      case SUBJECT:
        return d.subjects();
      case TRANSLATOR:
        return d.texts().stream().flatMap(t -> t.translators().stream()).map(AgentRef::name).distinct().toList();
      default:
        return d.funders();
    }
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
