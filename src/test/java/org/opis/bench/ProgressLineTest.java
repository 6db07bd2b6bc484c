package org.opis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

  @Test
  void readsABarWithItsTotalAndTheTimeLeft() {
    assertThat(ProgressLine.parse("indexing [######                        ] 20% 4,000/20,228 changes, ETA 0:01:17, 171/s"))
        .contains(new ProgressLine("indexing", 4_000, 20_228, "changes", true, ""));
  }

  @Test
  void readsACountWithoutTotalUnderAFileNameWithSpaces() {
    assertThat(ProgressLine.parse("/tmp/my corpus/part-0001.jsonl 12,032 records, 711/s"))
        .contains(new ProgressLine("/tmp/my corpus/part-0001.jsonl", 12_032, 0, "records", false, ""));
  }

  @Test
  void readsTheStageTheWorkMovedOnTo() {
    assertThat(ProgressLine.parse("indexing [##############################] 100% 300/300 documents, 35/s; "
        + "merging the index into one part, for faster searches ..."))
        .contains(new ProgressLine("indexing", 300, 300, "documents", false,
            "merging the index into one part, for faster searches"));
  }

  @Test
  void readsDigitsGroupedAsAnotherLocaleGroupsThem() {
    assertThat(ProgressLine.parse("preserving [#    ] 2% 1.500/20.228 changes, ETA 0:00:34, 1.568/s"))
        .contains(new ProgressLine("preserving", 1_500, 20_228, "changes", true, ""));
    assertThat(ProgressLine.parse("indexing 1\u202f234 changes, 5\u202f000/s").orElseThrow().done()).isEqualTo(1_234);
  }

  @Test
  void takesAMessageOrABlankForNoBar() {
    assertThat(ProgressLine.parse("")).isEmpty();
    assertThat(ProgressLine.parse("c.jsonl: imported 20,000 documents (20000 new, 228 authority records)")).isEmpty();
    assertThat(ProgressLine.parse("opis import: the documents are saved, but the search index could not be brought up"
        + " to date (disk full); 'opis serve' will do it when it starts, or run 'opis reindex'")).isEmpty();
  }
}
