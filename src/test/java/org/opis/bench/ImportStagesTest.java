package org.opis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportStagesTest {
  private static final long S = 1_000_000_000L;

  @Test
  void putsTogetherTheStagesOfAnImportOfTwoFilesFromWhatItDraws() {
    List<String> told = new ArrayList<>();
    ImportStages stages = new ImportStages(List.of(Path.of("c/part-0001.jsonl"), Path.of("c/part-0002.jsonl")),
        List.of(600L, 400L), 0, new ImportStages.Listener() {
          @Override
          public void counted(String stage, String unit, long done, long units) {
            told.add(stage + " " + done + "/" + units + " " + unit);
          }

          @Override
          public void passed(String stage, int percent) {
            told.add(stage + " passed " + percent + "%");
          }
        });
    String[] drawn = {
        "1", "c/part-0001.jsonl 256 records, 98/s",
        "2", "c/part-0001.jsonl 512 records, 139/s",
        "3", "",
        "3", "importing [###############               ] 50% 1/2 files, 0/s",
        "4", "c/part-0002.jsonl 256 records, 200/s",
        "5", "",
        "5", "",
        "5", "importing [##############################] 100% 2/2 files, 0/s",
        "6", "",
        "6", "a message between two bars",
        "8", "indexing [###############               ] 50% 500/1,000 changes, ETA 0:00:02, 250/s",
        "9", "indexing [##############################] 100% 1,000/1,000 changes, 333/s",
        "9", "indexing [##############################] 100% 1,000/1,000 changes, 333/s; merging ... ...",
        "11", "",
        "12", "preserving [##############################] 100% 1,000/1,000 changes, 1,000/s"};
    for (int i = 0; i < drawn.length; i += 2) {
      stages.heard(Long.parseLong(drawn[i]) * S, drawn[i + 1]);
    }

    List<Stage> all = stages.stages(13 * S, Map.of("indexing", Map.of(10, 5L << 20)));

    assertThat(all).extracting(Stage::name).containsExactly("cataloguing", "indexing", "preserving");
    Stage cataloguing = all.get(0);
    assertThat(cataloguing.units()).isEqualTo(1_000);
    assertThat(cataloguing.unit()).isEqualTo("records");
    assertThat(cataloguing.start()).isZero();
    assertThat(cataloguing.end()).isEqualTo(6 * S); // the bar of files closed
    assertThat(cataloguing.samples()).containsExactly(new Stage.Sample(S, 256), new Stage.Sample(2 * S, 512),
        new Stage.Sample(4 * S, 856));
    Stage indexing = all.get(1);
    assertThat(indexing.start()).isEqualTo(6 * S);
    assertThat(indexing.end()).isEqualTo(11 * S); // merged, then closed
    assertThat(indexing.units()).isEqualTo(1_000);
    assertThat(indexing.liveHeap()).containsExactly(Map.entry(10, 5L << 20));
    Stage preserving = all.get(2);
    assertThat(preserving.start()).isEqualTo(11 * S);
    assertThat(preserving.end()).isEqualTo(13 * S); // no blank after its last line: the command's end
    assertThat(told).containsExactly(
        "cataloguing 256/1000 records", "cataloguing passed 10%",
        "cataloguing 512/1000 records", "cataloguing passed 50%",
        "cataloguing 856/1000 records",
        "indexing 500/1000 changes", "indexing passed 10%", "indexing passed 50%",
        "indexing 1000/1000 changes", "indexing passed 90%",
        "indexing 1000/1000 changes",
        "preserving 1000/1000 changes", "preserving passed 10%", "preserving passed 50%", "preserving passed 90%");
  }
}
