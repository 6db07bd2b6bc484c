package org.opis.account.sql;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.opis.account.Audit;
import org.opis.account.AuditEntry;
import org.opis.problem.StorageException;

/** The {@link Audit} log in the table of migration 9, in the catalog's database. */
public final class SqlAudit implements Audit {
  private static final int LONGEST = 2_000;
  private final Jdbi jdbi;

  public SqlAudit(DataSource database) {
    this.jdbi = Jdbi.create(database);
  }

  @Override
  public void record(AuditEntry e) {
    try {
      jdbi.useHandle(h -> h.createUpdate("INSERT INTO audit (at, actor, action, subject, detail, address)"
              + " VALUES (:at, :actor, :action, :subject, :detail, :address)")
          .bind("at", e.at().toString()).bind("actor", cut(e.actor())).bind("action", e.action())
          .bind("subject", cut(e.subject())).bind("detail", e.detail().map(SqlAudit::cut).orElse(null))
          .bind("address", e.address().orElse(null)).execute());
    } catch (JdbiException failed) {
      throw new StorageException("could not write the audit log (in the catalog's database)", failed);
    }
  }

  @Override
  public List<AuditEntry> recent(int offset, int limit) {
    try {
      return jdbi.withHandle(h -> h.createQuery("SELECT at, actor, action, subject, detail, address FROM audit"
              + " ORDER BY id DESC LIMIT :limit OFFSET :offset").bind("limit", limit).bind("offset", offset)
          .map((rs, ctx) -> new AuditEntry(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
              rs.getString(4), Optional.ofNullable(rs.getString(5)), Optional.ofNullable(rs.getString(6))))
          .list());
    } catch (JdbiException failed) {
      throw new StorageException("could not read the audit log (in the catalog's database)", failed);
    }
  }

  @Override
  public long size() {
    try {
      return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM audit").mapTo(Long.class).one());
    } catch (JdbiException failed) {
      throw new StorageException("could not read the audit log (in the catalog's database)", failed);
    }
  }

  // a name typed at a failed sign-in may be anything; the log keeps a sensible length of it
  private static String cut(String s) {
    return s.length() > LONGEST ? s.substring(0, LONGEST) : s;
  }
}
