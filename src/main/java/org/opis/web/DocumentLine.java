package org.opis.web;

import java.util.List;
import java.util.Optional;
import org.opis.authority.AgentRef;
import org.opis.record.Document;

/**
 * A document as one entry of a list: title, date, type, from and to, and the start of its
 * summary.
 *
 * @param link the document's page
 * @param title its title
 * @param date its date as written
 * @param type its type, capitalised
 * @param from who wrote it, names joined
 * @param to to whom, names joined
 * @param summaryStart the first words of its summary, cut at a word
 */
public record DocumentLine(
    String link,
    String title,
    Optional<String> date,
    Optional<String> type,
    Optional<String> from,
    Optional<String> to,
    Optional<String> summaryStart) {
  private static final int SUMMARY_START = 240;

  static DocumentLine of(Document d) {
    return new DocumentLine(
        "/documents/" + d.requireId().value(),
        d.title(),
        d.date().map(date -> date.asWritten()),
        d.type().map(DocumentLine::capitalised),
        names(d.creators()),
        names(d.recipients()),
        d.summary().map(DocumentLine::start));
  }

  static String capitalised(String term) {
    return term.isEmpty() ? term : term.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + term.substring(1);
  }

  static Optional<String> names(List<AgentRef> agents) {
    return agents.isEmpty()
        ? Optional.empty()
        : Optional.of(String.join("; ", agents.stream().map(AgentRef::name).toList()));
  }

  private static String start(String summary) {
    String s = summary.strip().replaceAll("\\s+", " ");
    if (s.length() <= SUMMARY_START) {
      return s;
    }
    int cut = s.lastIndexOf(' ', SUMMARY_START);
    if (cut <= SUMMARY_START / 2) {
      cut = Character.isHighSurrogate(s.charAt(SUMMARY_START - 1)) ? SUMMARY_START - 1 : SUMMARY_START;
    }
    return s.substring(0, cut).stripTrailing() + "\u2026";
  }
}
