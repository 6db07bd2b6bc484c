package org.opis.tei;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** FRUS source notes: the first sentence is where the original is, a sentence of classification words its marking. */
class SourceNoteTest {
  @Test
  void takesTheReferenceAndTheMarking() {
    SourceNote note = SourceNote.read("Source: Department of State, Central Files, POL 15–1 IRAN. Secret; Priority; "
        + "Exdis. Drafted by Bowling on Jan. 3 and approved by Talbot. Repeated to London.");
    assertThat(note.reference().orElseThrow().asWritten()).isEqualTo("Department of State, Central Files, POL 15–1 IRAN");
    assertThat(note.reference().orElseThrow().repository()).contains("Department of State");
    assertThat(note.classification()).contains("Secret; Priority; Exdis");
  }

  @Test
  void findsTheRepositoryWhenTheReferenceNamesIt() {
    SourceNote note = SourceNote.read("Source: Johnson Library, National Security File, Robert W. Komer Files, Iran, "
        + "November 1963–December 1964. Confidential.");
    assertThat(note.reference().orElseThrow().repository()).contains("Johnson Library");
    assertThat(note.classification()).contains("Confidential");
  }

  @Test
  void readsNoClassificationMarkingAsNoMarking() {
    SourceNote note = SourceNote.read("Source: Johnson Library, National Security File, Special Head of State "
        + "Correspondence File, Iran—Presidential Correspondence. No classification marking.");
    assertThat(note.classification()).isEmpty();
  }

  @Test
  void doesNotEndTheReferenceAtAnAbbreviationOrAnInitial() {
    SourceNote note = SourceNote.read("Source: National Archives, RG 59, Central Files, Vol. I. Top Secret.");
    assertThat(note.reference().orElseThrow().asWritten()).isEqualTo("National Archives, RG 59, Central Files, Vol. I");
    assertThat(note.classification()).contains("Top Secret");
  }
}
