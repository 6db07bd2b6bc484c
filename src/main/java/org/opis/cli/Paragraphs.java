package org.opis.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Reflows the commands' descriptions into whole sentences before help is shown. They are written
 * as short lines to keep the sources readable; picocli wraps each line again at its own width,
 * so a line break written mid-sentence showed as a ragged break in every {@code --help}, and the
 * command list (the first line of each description) cut sentences off.
 */
final class Paragraphs {
  private Paragraphs() {}

  /** The command line with every command's description, its subcommands' too, reflowed. */
  static CommandLine reflowed(CommandLine command) {
    CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
    usage.description(joined(usage.description()));
    command.getSubcommands().values().forEach(Paragraphs::reflowed);
    return command;
  }

  // a line joins the one before it unless that one ends a sentence or introduces what follows,
  // or either is indented (an example to type)
  static String[] joined(String[] lines) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : lines) {
      int last = paragraphs.size() - 1;
      boolean continues = last >= 0 && !line.startsWith(" ") && !line.isBlank()
          && !paragraphs.get(last).isBlank() && !paragraphs.get(last).startsWith(" ")
          && !paragraphs.get(last).matches("(?s).*[.:!?]\\s*$");
      if (continues) {
        paragraphs.set(last, paragraphs.get(last).stripTrailing() + " " + line.strip());
      } else {
        paragraphs.add(line);
      }
    }
    return paragraphs.toArray(String[]::new);
  }
}
