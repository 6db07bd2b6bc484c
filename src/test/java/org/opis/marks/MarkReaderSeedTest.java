package org.opis.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkReaderSeedTest {
  private static String seed() throws IOException {
    Path file = Path.of(System.getProperty("opis.shared"), "seed", "wilson-center-telegram-1920-11-16.txt");
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void classifiesEveryMarkOfTheSeedPage() throws IOException {
    String body = seed();
    List<String> read = MarkReader.read(body).stream()
        .map(m -> m.kind().term() + " " + m.written(body))
        .toList();
    String note = body.substring(body.indexOf("[the handwritten"), body.indexOf("[SIC]”") + 5);
    assertThat(read).containsExactly(
        "gloss [Central Committee]",
        "gloss [Central Committee]",
        "supplied [Ehsanullah]",
        "supplied [Ehsanullah]",
        "supplied [that]",
        "foreign [kordony]",
        "sic [SIC]",
        "note " + note,
        "foreign [rst]",
        "unclear [illegible word/name]",
        "sic [voyen - SIC]",
        "sic [SIC]",
        "gap [email\u00a0protected]");
  }

  @Test
  void readsTheNoteThatLostItsClosingBracketAsHoldingItsMarks() throws IOException {
    String body = seed();
    List<Bracketed> tree = Bracketed.arrange(body, MarkReader.read(body));
    Bracketed note = tree.stream().filter(b -> b.kind() == MarkKind.NOTE).findFirst().orElseThrow();
    assertThat(note.closed()).isFalse();
    assertThat(note.content(body))
        .startsWith("the handwritten original follows, followed by “[rst]. 208")
        .endsWith("Politk Perepepilisina???? [SIC]");
    assertThat(note.inside()).extracting(b -> b.content(body))
        .containsExactly("rst", "illegible word/name", "voyen - SIC", "SIC");
    assertThat(note.inside()).allMatch(Bracketed::closed);
  }
}
