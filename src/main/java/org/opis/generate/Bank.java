package org.opis.generate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The word bank of one original language (banks/ru.txt, ...): the sentences transcriptions are
 * made of, and how the language writes a date and its digits.
 */
final class Bank {
  final String language;
  final List<Template> sentences;
  /** Month names in the form a date uses ("ноября"); empty when the bank writes no dates. */
  final List<String> months;
  /** How a date is written, with {d}, {m}, {month} and {yyyy}; empty when the bank has none. */
  final Optional<String> datePattern;
  /** The digits 0 to 9 of the language, when they are not ASCII. */
  final Optional<String> digits;
  /** UTF-8 bytes per character of its sentences, to size transcriptions in bytes. */
  final double bytesPerChar;

  Bank(String language, Sheet sheet) {
    this.language = language;
    List<String> lines = sheet.lines("sentences");
    this.sentences = Template.parseAll(lines);
    this.months = sheet.has("months") ? sheet.rows("months").get(0).list(0) : List.of();
    this.datePattern = sheet.has("date") ? Optional.of(sheet.lines("date").get(0)) : Optional.empty();
    this.digits = sheet.has("digits") ? Optional.of(sheet.lines("digits").get(0)) : Optional.empty();
    String all = String.join(" ", lines);
    this.bytesPerChar = (double) all.getBytes(StandardCharsets.UTF_8).length / all.length();
    if (!months.isEmpty() && months.size() != 12) {
      throw new IllegalStateException("banks/" + language + ".txt: expected 12 months, found " + months.size());
    }
  }

  /** A day written the way this language writes dates; empty when the bank writes no dates. */
  Optional<String> date(int year, int month, int day) {
    return datePattern.map(p -> p.replace("{d}", String.valueOf(day))
        .replace("{m}", String.valueOf(month))
        .replace("{month}", months.isEmpty() ? "" : months.get(month - 1))
        .replace("{yyyy}", String.valueOf(year)));
  }

  /** {@code number} in the language's digits. */
  String number(int number) {
    String ascii = String.valueOf(number);
    if (digits.isEmpty()) {
      return ascii;
    }
    StringBuilder out = new StringBuilder(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      out.append(digits.get().charAt(ascii.charAt(i) - '0'));
    }
    return out.toString();
  }
}
