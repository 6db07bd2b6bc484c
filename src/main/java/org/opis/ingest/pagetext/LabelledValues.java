package org.opis.ingest.pagetext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opis.ingest.pagetext.Information.Value;
import org.opis.problem.Location;
import org.opis.record.Languages;
import org.opis.problem.Problem;
import org.opis.reference.ArchivalReference;
import org.opis.reference.ReferenceParser;
import org.opis.reference.ReferenceSystem;

/** Reads the values of the labels that need more than copying: languages, sources, the upload date. */
final class LabelledValues {
  private static final List<DateTimeFormatter> UPLOAD_FORMS = List.of(
      form("uuuu-MM-dd"), form("MMMM d, uuuu"), form("MMM d, uuuu"), form("MMM. d, uuuu"),
      form("d MMMM uuuu"), form("MM/dd/uuuu"));

  private LabelledValues() {}

  /** The BCP 47 tags of the "Language" values; a name that is no language is a problem. */
  static List<String> languages(List<Value> values, Location file, List<Problem> problems) {
    List<String> tags = new ArrayList<>();
    for (Value value : values) {
      for (String name : value.text().split("\\s*(?:[,;/]|\\band\\b)\\s*")) {
        if (name.isBlank()) {
          continue;
        }
        Optional<String> tag = Languages.tag(name);
        if (tag.isEmpty()) {
          problems.add(Problem.at(file.atLine(value.line()).atField("language"),
              "cannot tell which language \"" + name.strip() + "\" is"));
        } else if (!tags.contains(tag.get())) {
          tags.add(tag.get());
        }
      }
    }
    return tags;
  }

  /**
   * The archival references, each with the "Original Archive" as its repository when the
   * reference itself does not name one; the archive alone when there is no reference.
   */
  static List<ArchivalReference> sources(List<String> references, Optional<String> archive) {
    List<ArchivalReference> sources = new ArrayList<>();
    for (String written : references) {
      ArchivalReference reference = ReferenceParser.parse(written);
      if (reference.repository().isEmpty() && archive.isPresent()) {
        reference = new ArchivalReference(reference.asWritten(), archive, reference.system(), reference.levels());
      }
      sources.add(reference);
    }
    if (sources.isEmpty() && archive.isPresent()) {
      sources.add(new ArchivalReference(archive.get(), archive, ReferenceSystem.UNSTRUCTURED, List.of()));
    }
    return sources;
  }

  /** The start, in UTC, of the day an "Original Uploaded Date" names ("2019-11-08", "November 8, 2019"). */
  static Optional<Instant> uploaded(Value value, Location file, List<Problem> problems) {
    String text = value.text().replaceFirst("^(\\d{4}-\\d{2}-\\d{2})[T ].*$", "$1");
    for (DateTimeFormatter form : UPLOAD_FORMS) {
      try {
        return Optional.of(LocalDate.parse(text, form).atStartOfDay(ZoneOffset.UTC).toInstant());
      } catch (DateTimeParseException notThisForm) {
        // try the next form
      }
    }
    problems.add(Problem.at(file.atLine(value.line()).atField("uploaded"),
        "cannot read \"" + value.text() + "\" as the date the record was first uploaded"));
    return Optional.empty();
  }

  private static DateTimeFormatter form(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }
}
