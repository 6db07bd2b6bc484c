package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"serve", "demo", "import", "export", "reindex", "generate"})
  void everyCommandExplainsItselfWithHelp(String command) {
    Console c = Console.run(command, "--help");
    assertThat(c.exit()).isZero();
    assertThat(c.out()).startsWith("Usage: opis " + command + " ");
  }

  @Test
  void theProgramListsItsCommands() {
    Console c = Console.run("--help");
    assertThat(c.exit()).isZero();
    assertThat(c.out()).contains("serve ", "demo ", "import ", "export ", "reindex ", "generate ");
  }

  @Test
  void listsEachCommandWithAWholeSentenceAndWrapsNoSentenceTwice() {
    String list = Console.run("--help").out();
    assertThat(list).contains("Copies the archive into OUT (a new folder) while the server may")
        .doesNotContain("the SQLite catalog as one\n").doesNotContain("measured in the same run,\n");
    String help = Console.run("import", "--help").out();
    assertThat(help).contains("Formats: json (a record, a list, or JSON Lines: .json, .jsonl), csv (a")
        .doesNotContain("header row),\n");
  }

  @Test
  void joinsTheLinesOfASentenceButKeepsExamplesAndSentencesApart() {
    assertThat(Paragraphs.joined(new String[] {"One sentence", "over two lines.", "Another: try", "  opis x", "end."}))
        .containsExactly("One sentence over two lines.", "Another: try", "  opis x", "end.");
  }

  @Test
  void aCommandThatDoesNotExistIsAUsageError() {
    Console c = Console.run("imprt", "x.json");
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.err()).contains("Unmatched arguments from index 0: 'imprt', 'x.json'");
  }
}
