package org.opis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildCommandTest {

  @Test
  void handsOnEachDrawingOfABarAndABlankWhenItIsClosed() throws Exception {
    List<String> heard = new ArrayList<>();
    String drawn = "\rc.jsonl 256 records, 98/s\u001b[K\rc.jsonl 512 records, 139/s\u001b[K\r\u001b[K"
        + "c.jsonl: a message\n\rindexing 500 changes, 95/s\u001b[K\r\u001b[Kthe end, unfinished";

    ChildCommand.lines(new StringReader(drawn), heard::add);

    assertThat(heard).containsExactly("c.jsonl 256 records, 98/s", "c.jsonl 512 records, 139/s", "",
        "c.jsonl: a message", "indexing 500 changes, 95/s", "", "the end, unfinished");
  }
}
