package org.opis.preserve;

import java.util.List;
import java.util.Optional;
import org.opis.record.DocumentId;

/** Every fixity check that ran, with what it found, kept beside the catalog. */
public interface FixityLog {

  /**
   * Records a finished run with its problems.
   *
   * @throws org.opis.problem.StorageException when it cannot be recorded
   */
  void record(FixityRun run);

  /** The run that finished last; empty when none ever ran. */
  Optional<FixityRun> last();

  /** What the last run found wrong with a document's originals and record; empty when nothing. */
  List<FixityProblem> lastProblems(DocumentId document);
}
