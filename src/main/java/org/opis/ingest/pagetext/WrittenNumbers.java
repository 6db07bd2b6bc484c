package org.opis.ingest.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers written on a document ("Nº 176/s", "№ 176", "No. 176/s"), which stand on a line of
 * their own or close a paragraph after its last sentence. "No." in running prose ("telegram
 * No. 5 of the Politburo") is a reference to another document and is not taken.
 */
final class WrittenNumbers {
  private static final String NUMBER =
      "(?:Nº|№|N°|No\\.|Nr\\.)\\s?\\d[\\p{L}\\p{N}]*(?:[/-][\\p{L}\\p{N}]+)*";
  private static final Pattern OWN_LINE = Pattern.compile("(?<number>" + NUMBER + ")\\.?");
  private static final Pattern CLOSING = Pattern.compile(
      "(?:^|[.!?;:»”\")\\]]\\s+)(?<number>" + NUMBER + ")\\.?$");

  private WrittenNumbers() {}

  /** The numbers written on a document with this body, in order, each once. */
  static List<String> in(String body) {
    List<String> numbers = new ArrayList<>();
    for (String paragraph : body.split("\n\n")) {
      String[] lines = paragraph.split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = Block.flatten(lines[i]);
        Matcher m = (i == lines.length - 1 ? CLOSING : OWN_LINE).matcher(line);
        boolean found = i == lines.length - 1 ? m.find() : m.matches();
        if (found && !numbers.contains(m.group("number"))) {
          numbers.add(m.group("number"));
        }
      }
    }
    return numbers;
  }
}
