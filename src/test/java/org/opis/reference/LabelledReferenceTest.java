package org.opis.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelledReferenceTest {
  @Test
  void readsBoxAndFolder() {
    ArchivalReference r = ReferenceParser.parse("Box 3, Folder 12");
    assertThat(r.system()).isEqualTo(ReferenceSystem.LABELLED);
    assertThat(r.repository()).isEmpty();
    assertThat(Levels.of(r)).containsExactly("box 3", "folder 12");
  }

  @Test
  void takesTheNamesBeforeTheFirstLabelForTheRepository() {
    ArchivalReference r = ReferenceParser.parse("Hoover Institution Archives, Boris Nicolaevsky Collection, Box 3, Folder 12");
    assertThat(r.repository()).contains("Hoover Institution Archives, Boris Nicolaevsky Collection");
    assertThat(Levels.of(r)).containsExactly("box 3", "folder 12");
  }

  @Test
  void keepsTheWordOfEachTradition() {
    assertThat(Levels.of(ReferenceParser.parse("Archives nationales, Carton 4, Dossier 2")))
        .containsExactly("carton 4", "dossier 2");
    assertThat(Levels.of(ReferenceParser.parse("Staatsarchiv Hamburg, Bd. 3, Nr. 17")))
        .containsExactly("band 3", "number 17");
  }

  @Test
  void leavesUnstructuredAReferenceWithAnUnlabelledCode() {
    ArchivalReference r = ReferenceParser.parse("Politisches Archiv des Auswärtigen Amts, B 150, Bd. 12");
    assertThat(r.system()).isEqualTo(ReferenceSystem.UNSTRUCTURED);
    assertThat(r.levels()).isEmpty();
    assertThat(r.repository()).contains("Politisches Archiv des Auswärtigen Amts");
  }

  @Test
  void doesNotReadASingleLetterAsAFolioOrPage() {
    assertThat(ReferenceParser.parse("The Smith Papers, f. 23").system()).isEqualTo(ReferenceSystem.UNSTRUCTURED);
    assertThat(ReferenceParser.parse("p. 5").system()).isEqualTo(ReferenceSystem.UNSTRUCTURED);
  }

  @Test
  void readsQuotedTitlesWithCommasAsOneLevel() {
    assertThat(Levels.of(ReferenceParser.parse("Box 3, Folder \u201cIran, 1953\u201d")))
        .containsExactly("box 3", "folder Iran, 1953");
  }

  @Test
  void doesNotReadAPhraseAsAFileTitle() {
    ArchivalReference r = ReferenceParser.parse("Box 3, File copy");
    assertThat(r.system()).isEqualTo(ReferenceSystem.UNSTRUCTURED);
    assertThat(r.levels()).isEmpty();
  }
}
