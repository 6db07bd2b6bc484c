package org.opis.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.opis.authority.AgentRef;
import org.opis.catalog.Viewer;
import org.opis.date.Calendar;
import org.opis.date.DocumentDate;
import org.opis.record.Document;
import org.opis.record.DocumentBuilder;
import org.opis.record.DocumentId;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.reference.ArchivalReference;
import org.opis.reference.ReferenceParser;

/** What the search index contract's tests share: the index under test, viewers, and documents to index. */
public interface SearchFixture {
  LocalDate TODAY = LocalDate.of(2026, 3, 1);
  Viewer EDITOR = Viewer.editorOn(TODAY);
  Viewer PUBLIC = Viewer.publicOn(TODAY);

  /** The index under test, empty at the start of each test. */
  SearchIndex index();

  /** Closes the index and opens it again on the same storage. */
  void reopen();

  /** Indexes these documents, each at revision 1 with no authority records, at the next position. */
  default void add(DocumentBuilder... documents) {
    apply(Arrays.stream(documents).map(d -> IndexEntry.of(d.build(), 1, Map.of())).toArray(IndexEntry[]::new));
  }

  /** Applies these entries at the position after the index's current one. */
  default void apply(IndexEntry... entries) {
    index().apply(List.of(entries), index().position() + 1);
  }

  /** The first page of what an editor finds for this text, as identifiers in order. */
  default List<String> find(String text) {
    return ids(index().search(SearchQuery.of(text), EDITOR).hits());
  }

  /** The first page of what the public finds today for this text, as identifiers in order. */
  default List<String> findAsPublic(String text) {
    return ids(index().search(SearchQuery.of(text), PUBLIC).hits());
  }

  default SearchResult search(SearchQuery query) {
    return index().search(query, EDITOR);
  }

  /** The identifiers of these hits, in order. */
  static List<String> ids(List<Hit> hits) {
    return hits.stream().map(h -> h.id().value()).toList();
  }

  /** Every identifier the index holds, with its revision, in identifier order. */
  default List<String> indexed() {
    List<String> all = new ArrayList<>();
    index().forEachIndexed((id, revision) -> all.add(id.value() + "@" + revision));
    return all.stream().sorted().toList();
  }

  static DocumentBuilder doc(String id, String title) {
    return Document.titled(title).id(new DocumentId(id));
  }

  static Text english(String body) {
    return new Text(TextKind.TRANSLATION, "en", List.of(), body, List.of());
  }

  static Text russian(String body) {
    return new Text(TextKind.TRANSCRIPTION, "ru", List.of(), body, List.of());
  }

  static Text translatedBy(String translator, String body) {
    return new Text(TextKind.TRANSLATION, "en", List.of(AgentRef.person(translator)), body, List.of());
  }

  static DocumentDate day(String iso) {
    LocalDate day = LocalDate.parse(iso);
    return new DocumentDate(iso, iso, day, day, Calendar.GREGORIAN, false);
  }

  static DocumentDate month(String iso) {
    YearMonth month = YearMonth.parse(iso);
    return new DocumentDate(iso, iso, month.atDay(1), month.atEndOfMonth(), Calendar.GREGORIAN, false);
  }

  static DocumentDate year(int year) {
    return new DocumentDate(Integer.toString(year), Integer.toString(year), LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31), Calendar.GREGORIAN, false);
  }

  /** The 1920s for {@code decade(192)}. */
  static DocumentDate decade(int decade) {
    return new DocumentDate(decade + "0s", decade + "X", LocalDate.of(decade * 10, 1, 1),
        LocalDate.of(decade * 10 + 9, 12, 31), Calendar.GREGORIAN, false);
  }

  static ArchivalReference reference(String asWritten) {
    return ReferenceParser.parse(asWritten);
  }
}
