package org.opis.search.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class NameQueriesTest {
  /** The texts of the documents found for a name, best first. */
  private static List<String> search(String name, String... texts) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    var analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
        Map.of("name", Analysis.names()));
    try (NameLexicon lexicon = NameLexicon.inMemory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (String text : texts) {
          Document d = new Document();
          d.add(new StoredField("text", text));
          for (String candidate : NameCandidates.in(text)) {
            d.add(new TextField("name", candidate, Field.Store.NO));
          }
          lexicon.fileNames(NameCandidates.in(text));
          writer.addDocument(d);
        }
      }
      lexicon.refresh();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> found = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(NameQueries.build(name, "name", lexicon).orElseThrow(), 10).scoreDocs) {
          found.add(searcher.storedFields().document(hit.doc).get("text"));
        }
        return found;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void findsTheIssuesSpellings() {
    assertThat(search("Kuchik Khan", "Kuchuk-Khan fled.", "Liaquat Ali Khan spoke.")).containsExactly("Kuchuk-Khan fled.");
    assertThat(search("Ehsanullah", "there [Ihsanullah], an honest person")).hasSize(1);
    assertThat(search("Khrushchev", "Khrushchov came.", "Chruschtschow kam.", "Приехал Хрущёв.")).hasSize(3);
    assertThat(search("Mossadegh", "Mosaddegh spoke.", "Mosaddeq spoke.", "Musaddiq spoke.")).hasSize(3);
    assertThat(search("Tabriz", "They reached Tebriz.", "Отряд прибыл в Тебриз.")).hasSize(2);
  }

  @Test
  void ranksTheExactSpellingFirst() {
    assertThat(search("Mossadegh", "Mosaddeq spoke.", "Mossadegh spoke.", "Musaddiq spoke."))
        .first().isEqualTo("Mossadegh spoke.");
    assertThat(search("Хрущёв", "Chruschtschow kam.", "Khrushchev came."))
        .containsExactly("Khrushchev came.", "Chruschtschow kam.");
  }

  @Test
  void needsEveryWordOfTheName() {
    assertThat(search("Saddam Hussein", "King Hussein spoke.", "Saddam Husain spoke."))
        .containsExactly("Saddam Husain spoke.");
  }

  @Test
  void ranksTheWordsTogetherAboveTheWordsApart() {
    assertThat(search("Reza Shah", "Reza met the Shah.", "Reza Shah spoke."))
        .containsExactly("Reza Shah spoke.", "Reza met the Shah.");
  }

  @Test
  void doesNotNeedParticlesOrInitials() {
    assertThat(search("I. V. Stalin", "Stalin wrote.")).hasSize(1);
    assertThat(search("Abd al-Karim Qasim", "Abd Karim Qasim spoke.")).hasSize(1);
  }

  @Test
  void doesNotFindNamesThatOnlyShareAKey() {
    assertThat(search("Zhukov", "Fuad Chehab spoke.", "Schukow kam.")).containsExactly("Schukow kam.");
  }

  @Test
  void isEmptyForANameWithoutLetters() {
    assertThat(NameQueries.build(" -- ", "name", NameLexicon.inMemory())).isEmpty();
  }
}
