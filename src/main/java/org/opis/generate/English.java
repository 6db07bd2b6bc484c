package org.opis.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The English of the corpus (english.txt): the sentences of translations and English
 * originals, the titles, summaries, opening and closing lines of each type of document, and the
 * words of editing (terms kept in the original, glosses, notes, supplied words).
 */
final class English {
  final List<Template> sentences;
  final List<String> openers;
  final List<Template> summaries;
  final Map<String, List<Template>> titles;
  final Map<String, List<Template>> openings;
  final Map<String, List<Template>> closings;
  /** Terms kept in the original language, by language: "customs cordons [kordony]". */
  final Map<String, List<String>> terms;
  /** Abbreviations with the editor's gloss, by country: "TsEKA [Central Committee]". */
  final Map<String, List<Usage>> glosses;
  final List<String> notes;
  final List<String> supplied;
  final List<String> illegible;
  final List<String> funders;
  /** Fictional translators by the language they translate from; "*" for any other. */
  final Map<String, List<String>> translators;
  final List<String> relations;
  final double bytesPerChar;

  English(Sheet sheet) {
    List<String> lines = sheet.lines("sentences");
    sentences = Template.parseAll(lines);
    openers = sheet.lines("openers");
    summaries = Template.parseAll(sheet.lines("summaries"));
    titles = templates(sheet.lists("titles"));
    openings = templates(sheet.lists("openings"));
    closings = templates(sheet.lists("closings"));
    terms = sheet.lists("terms");
    glosses = new LinkedHashMap<>();
    for (Sheet.Row row : sheet.rows("glosses")) {
      row.expect(3);
      glosses.computeIfAbsent(row.field(0), k -> new ArrayList<>())
          .add(new Usage(row.field(2), Years.parse(row.field(1)), Script.LATIN));
    }
    notes = sheet.lines("notes");
    supplied = sheet.lines("supplied");
    illegible = sheet.lines("illegible");
    funders = sheet.lines("funders");
    translators = sheet.lists("translators");
    relations = sheet.lines("relations");
    String all = String.join(" ", lines);
    bytesPerChar = (double) all.getBytes(StandardCharsets.UTF_8).length / all.length();
  }

  /** The translators from {@code language}, or the translators of any language. */
  List<String> translatorsFrom(String language) {
    return translators.getOrDefault(language, translators.get("*"));
  }

  /** Every translator, each once, for the authority records. */
  List<String> allTranslators() {
    return translators.values().stream().flatMap(List::stream).distinct().toList();
  }

  private static Map<String, List<Template>> templates(Map<String, List<String>> lists) {
    Map<String, List<Template>> out = new LinkedHashMap<>();
    lists.forEach((key, texts) -> out.put(key, Template.parseAll(texts)));
    return out;
  }
}
