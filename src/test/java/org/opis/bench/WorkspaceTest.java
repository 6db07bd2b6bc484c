package org.opis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
  @TempDir Path dir;

  @Test
  void aTemporaryFolderIsRemovedWhole() throws Exception {
    Path folder;
    try (Workspace w = Workspace.open(Optional.empty(), false)) {
      folder = w.folder();
      Files.writeString(w.corpus(10, 42), "x");
      Files.writeString(w.fresh("archive").resolve("catalog.db"), "x");
    }
    assertThat(folder).doesNotExist();
  }

  @Test
  void aNamedFolderKeepsItsCorpusForTheNextRun() throws Exception {
    Path work = dir.resolve("work");
    try (Workspace w = Workspace.open(Optional.of(work), false)) {
      assertThat(w.corpus(1000, 42)).isEqualTo(work.resolve("corpus-1000-seed-42"));
      Files.writeString(w.corpus(1000, 42), "x");
      Files.writeString(w.fresh("archive").resolve("catalog.db"), "x");
    }
    assertThat(work.resolve("corpus-1000-seed-42")).exists();
    assertThat(work.resolve("archive")).doesNotExist();
  }

  @Test
  void keepLeavesEverything() throws Exception {
    Path folder;
    try (Workspace w = Workspace.open(Optional.empty(), true)) {
      folder = w.folder();
      Files.writeString(w.fresh("baseline").resolve("segments_1"), "x");
    }
    try {
      assertThat(folder.resolve("baseline/segments_1")).exists();
    } finally {
      Files.walk(folder).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void aFreshFolderIsEmptiedOfAnEarlierRun() throws Exception {
    try (Workspace w = Workspace.open(Optional.of(dir), true)) {
      Files.writeString(w.fresh("archive").resolve("old"), "x");
      assertThat(w.fresh("archive")).isEmptyDirectory();
    }
  }
}
