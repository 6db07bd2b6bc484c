package org.opis.preserve.sql;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.opis.preserve.FixityLog;
import org.opis.preserve.FixityProblem;
import org.opis.preserve.FixityRun;
import org.opis.preserve.Ledger;
import org.opis.problem.StorageException;
import org.opis.record.DocumentId;

/**
 * The {@link Ledger} of record versions preserved and the {@link FixityLog}, in the tables of
 * migration 10 in the catalog's database: a backup of the catalog carries both.
 */
public final class SqlPreservation implements Ledger, FixityLog {
  /** Problems of one run kept in the log at most; a run finding more says how many in its count. */
  static final int KEPT_PROBLEMS = 10_000;
  private static final int LONGEST = 2_000;
  private final Jdbi jdbi;

  public SqlPreservation(DataSource database) {
    this.jdbi = Jdbi.create(database);
  }

  @Override
  public long preserved() {
    return read("how far the record versions are preserved", h -> h.createQuery(
        "SELECT position FROM preservation WHERE name = 'records'").mapTo(Long.class).findOne().orElse(0L));
  }

  @Override
  public void preservedUpTo(long position) {
    write("how far the record versions are preserved", h -> h.createUpdate(
        "UPDATE preservation SET position = :position WHERE name = 'records' AND position < :position")
        .bind("position", position).execute());
  }

  @Override
  public void record(FixityRun run) {
    write("the fixity check's findings", h -> {
      h.begin();
      h.createUpdate("INSERT INTO fixity_run (started_at, finished_at, actor, files, records, pending, problems)"
              + " VALUES (:started, :finished, :actor, :files, :records, :pending, :problems)")
          .bind("started", run.started().toString()).bind("finished", run.finished().toString())
          .bind("actor", cut(run.actor())).bind("files", run.files()).bind("records", run.records())
          .bind("pending", run.pending()).bind("problems", (long) run.problems().size()).execute();
      long id = h.createQuery("SELECT MAX(id) FROM fixity_run").mapTo(Long.class).one();
      var batch = h.prepareBatch("INSERT INTO fixity_problem (run_id, record_kind, record_id, subject, condition, detail)"
          + " VALUES (:run, :kind, :id, :subject, :condition, :detail)");
      for (FixityProblem p : run.problems().subList(0, Math.min(KEPT_PROBLEMS, run.problems().size()))) {
        batch.bind("run", id).bind("kind", p.kind()).bind("id", p.id()).bind("subject", cut(p.subject()))
            .bind("condition", p.condition().word()).bind("detail", cut(p.detail())).add();
      }
      if (!run.problems().isEmpty()) {
        batch.execute();
      }
      h.commit();
      return null;
    });
  }

  @Override
  public Optional<FixityRun> last() {
    return read("the last fixity check", h -> h.createQuery("SELECT id, started_at, finished_at, actor, files, records,"
            + " pending FROM fixity_run ORDER BY id DESC LIMIT 1")
        .map((rs, ctx) -> new Row(rs.getLong(1), Instant.parse(rs.getString(2)), Instant.parse(rs.getString(3)),
            rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)))
        .findOne()
        .map(r -> new FixityRun(r.started(), r.finished(), r.actor(), r.files(), r.records(), r.pending(),
            problems(h, r.id(), Optional.empty()))));
  }

  @Override
  public List<FixityProblem> lastProblems(DocumentId document) {
    return read("the last fixity check", h -> h.createQuery("SELECT MAX(id) FROM fixity_run").mapTo(Long.class)
        .findOne().map(id -> problems(h, id, Optional.of(document))).orElse(List.of()));
  }

  private static List<FixityProblem> problems(Handle h, long run, Optional<DocumentId> document) {
    return h.createQuery("SELECT record_kind, record_id, subject, condition, detail FROM fixity_problem"
            + " WHERE run_id = :run" + (document.isPresent() ? " AND record_kind = 'document' AND record_id = :id" : ""))
        .bind("run", run).bind("id", document.map(DocumentId::value).orElse(""))
        .map((rs, ctx) -> new FixityProblem(rs.getString(1), rs.getString(2), rs.getString(3),
            FixityProblem.Condition.of(rs.getString(4)), rs.getString(5)))
        .list();
  }

  private <T> T read(String what, org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
    try {
      return jdbi.withHandle(work);
    } catch (JdbiException failed) {
      throw new StorageException("could not read " + what + " (in the catalog's database)", failed);
    }
  }

  private <T> T write(String what, org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
    try {
      return jdbi.withHandle(work);
    } catch (JdbiException failed) {
      throw new StorageException("could not record " + what + " (in the catalog's database)", failed);
    }
  }

  private static String cut(String s) {
    return s.length() > LONGEST ? s.substring(0, LONGEST) : s;
  }

  private record Row(long id, Instant started, Instant finished, String actor, long files, long records, long pending) {}
}
