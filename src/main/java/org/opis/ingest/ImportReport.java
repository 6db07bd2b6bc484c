package org.opis.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opis.problem.Problem;

/**
 * What importing one file did: how many records it created, updated or found unchanged, or
 * why it was rejected as a whole (in which case nothing of it was stored).
 *
 * @param file the file's name as the person gave it
 * @param format the format it was read as; empty when no format recognised it
 * @param outcome imported, rejected or skipped
 * @param created documents that were new
 * @param updated documents that changed
 * @param unchanged documents already there exactly as in the file
 * @param authorities authority records (people, organisations, places) read from the file
 * @param merges records merged away, as an export records them, read from the file
 * @param collections collections' descriptions read from the file
 * @param problems why the file was rejected or skipped, each with its place in the file
 */
public record ImportReport(
    String file,
    Optional<String> format,
    Outcome outcome,
    int created,
    int updated,
    int unchanged,
    int authorities,
    int merges,
    int collections,
    List<Problem> problems) {
  /** How many problems a report keeps; a file with more is rejected all the same. */
  public static final int MAX_PROBLEMS = 100;

  public ImportReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(outcome, "outcome");
    problems = List.copyOf(problems);
  }

  public static ImportReport rejected(String file, Optional<String> format, List<Problem> problems) {
    return new ImportReport(file, format, Outcome.REJECTED, 0, 0, 0, 0, 0, 0, problems);
  }

  public static ImportReport skipped(String file, Problem why) {
    return new ImportReport(file, Optional.empty(), Outcome.SKIPPED, 0, 0, 0, 0, 0, 0, List.of(why));
  }

  /** Documents read from the file, whatever happened to them. */
  public int documents() {
    return created + updated + unchanged;
  }

  /** The line a person reads: "imported 3 documents (2 new, 1 updated)" or "rejected: ...". */
  public String summary() {
    switch (outcome) {
      case IMPORTED:
        StringBuilder s = new StringBuilder("imported ").append(plural(documents(), "document"));
        StringBuilder detail = new StringBuilder();
        part(detail, created, "new");
        part(detail, updated, "updated");
        part(detail, unchanged, "unchanged");
        part(detail, authorities, authorities == 1 ? "authority record" : "authority records");
        part(detail, merges, merges == 1 ? "merge" : "merges");
        part(detail, collections, collections == 1 ? "collection" : "collections");
        return detail.length() == 0 ? s.toString() : s.append(" (").append(detail).append(')').toString();
      case SKIPPED:
        return "skipped: " + problems.get(0).message();
      default:
        return "rejected: " + (problems.isEmpty() ? "unknown reason" : problems.get(0).toString())
            + (problems.size() > 2 ? " (and " + (problems.size() - 1) + " more problems)"
                : problems.size() == 2 ? " (and 1 more problem)" : "");
    }
  }

  private static void part(StringBuilder s, int n, String word) {
    if (n > 0) {
      s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(word);
    }
  }

  static String plural(int n, String noun) {
    return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  /** What happened to a file. */
  public enum Outcome {
    IMPORTED,
    REJECTED,
    SKIPPED
  }
}
