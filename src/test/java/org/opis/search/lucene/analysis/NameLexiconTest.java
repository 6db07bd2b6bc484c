package org.opis.search.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NameLexiconTest {
  private final NameLexicon lexicon = NameLexicon.inMemory();

  @AfterEach
  void close() throws IOException {
    lexicon.close();
  }

  @Test
  void filesEachWordUnderItsCodesAndKeys() throws IOException {
    lexicon.fileNames(List.of("Nikita Khrushchev", "Chruschtschow", "Andrei Gromyko"));
    lexicon.refresh();
    assertThat(filedWith("khrushchev")).contains("khrushchev", "chruschtschow").doesNotContain("gromyko", "nikita");
    assertThat(filedWith("gromyko")).contains("gromyko").doesNotContain("khrushchev");
  }

  @Test
  void filesAgainTheWordsARollBackUndid() throws IOException {
    lexicon.fileNames(List.of("Gromyko"));
    lexicon.commit();
    lexicon.fileNames(List.of("Mosaddeq"));
    lexicon.rollBack();
    lexicon.refresh();
    assertThat(filedWith("mosaddeq")).isEmpty();
    assertThat(filedWith("gromyko")).contains("gromyko");
    lexicon.fileNames(List.of("Mosaddeq"));
    lexicon.refresh();
    assertThat(filedWith("mosaddeq")).contains("mosaddeq");
  }

  @Test
  void filesAgainAfterBeingClearedTheWordsItKnewBefore() throws IOException {
    lexicon.fileNames(List.of("Lenin"));
    lexicon.refresh();
    lexicon.clear();
    lexicon.fileNames(List.of("Lenin"));
    lexicon.refresh();
    assertThat(filedWith("lenin")).contains("lenin");
  }

  @Test
  void findsEveryWordFiledPastWhatItsMemoryHolds() throws IOException {
    try (NameLexicon small = NameLexicon.inMemory(2)) {
      List<String> names = List.of("Lenin", "Stalin", "Trotsky", "Bukharin", "Zinoviev");
      small.fileNames(names);
      small.fileNames(names);
      small.refresh();
      for (String word : List.of("lenin", "stalin", "trotsky", "bukharin", "zinoviev")) {
        assertThat(small.soundingLike(word)).as(word).contains(word);
      }
    }
  }

  @Test
  void isEmptyUntilAWordWithASoundIsFiled() throws IOException {
    assertThat(lexicon.isEmpty()).isTrue();
    lexicon.fileNames(List.of("1917"));
    assertThat(lexicon.isEmpty()).isTrue();
    lexicon.fileNames(List.of("Lenin"));
    assertThat(lexicon.isEmpty()).isFalse();
    lexicon.clear();
    assertThat(lexicon.isEmpty()).isTrue();
  }

  private Set<String> filedWith(String word) throws IOException {
    return lexicon.soundingLike(word);
  }
}
