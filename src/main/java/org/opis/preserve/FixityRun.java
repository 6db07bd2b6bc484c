package org.opis.preserve;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One fixity check of the whole archive, as it is recorded and shown to administrators.
 *
 * @param actor who or what asked: "opis fixity", "schedule", or an administrator's account
 * @param files originals read again
 * @param records record versions read again
 * @param pending records whose newest revision the preserver had yet to keep when checked; not
 *     problems, since it keeps them shortly
 * @param problems everything found wrong, originals first, each document in identifier order
 */
public record FixityRun(Instant started, Instant finished, String actor, long files, long records, long pending,
    List<FixityProblem> problems) {
  public FixityRun {
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finished, "finished");
    Objects.requireNonNull(actor, "actor");
    problems = List.copyOf(problems);
  }

  /** Whether everything read back as kept. */
  public boolean intact() {
    return problems.isEmpty();
  }

  /** "checked 2 files and 5 record versions: every one intact", or "...: 1 problem". */
  public String summary() {
    String checked = String.format("checked %,d file%s and %,d record version%s", files, files == 1 ? "" : "s",
        records, records == 1 ? "" : "s");
    String waiting = pending == 0 ? "" : String.format(" (%,d newer revision%s not yet preserved)", pending,
        pending == 1 ? "" : "s");
    String found = problems.isEmpty() ? "every one intact"
        : problems.size() + (problems.size() == 1 ? " problem" : " problems");
    return checked + waiting + ": " + found;
  }
}
