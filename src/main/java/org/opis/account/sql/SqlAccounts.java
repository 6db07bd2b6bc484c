package org.opis.account.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.opis.account.Account;
import org.opis.account.Accounts;
import org.opis.account.ApiToken;
import org.opis.account.Role;
import org.opis.account.Scope;
import org.opis.account.Session;
import org.opis.problem.ConflictException;
import org.opis.problem.StorageException;

/** {@link Accounts} in the tables of migration 4, in the same database as the catalog. */
public final class SqlAccounts implements Accounts {
  private static final String ACCOUNT = "SELECT name, display_name, role, disabled, created_at FROM account";
  private static final String TOKEN = "SELECT id, account, label, scope, created_at, revoked_at FROM api_token";

  private final Jdbi jdbi;

  /** @param database the catalog's database, its tables already made */
  public SqlAccounts(DataSource database) {
    this.jdbi = Jdbi.create(database);
  }

  @Override
  public Account add(Account account, String passwordHash) {
    return attempt("add the account " + account.name(), h -> h.inTransaction(t -> {
      if (h.createQuery("SELECT count(*) FROM account WHERE name = :name").bind("name", account.name())
          .mapTo(Integer.class).one() > 0) {
        throw new ConflictException("there is an account \"" + account.name() + "\" already");
      }
      h.createUpdate("INSERT INTO account (name, display_name, role, password_hash, disabled, created_at)"
              + " VALUES (:name, :display, :role, :hash, :disabled, :created)")
          .bind("name", account.name()).bind("display", account.displayName()).bind("role", account.role().word())
          .bind("hash", passwordHash).bind("disabled", account.disabled() ? 1 : 0)
          .bind("created", account.created().toEpochMilli()).execute();
      return account;
    }));
  }

  @Override
  public Optional<Account> account(String name) {
    return attempt("read the account " + name, h -> h.createQuery(ACCOUNT + " WHERE name = :name").bind("name", name)
        .map((rs, ctx) -> account(rs)).findOne());
  }

  @Override
  public List<Account> accounts() {
    return attempt("list the accounts", h -> h.createQuery(ACCOUNT + " ORDER BY name").map((rs, ctx) -> account(rs)).list());
  }

  @Override
  public Optional<String> passwordHash(String name) {
    return attempt("read the account " + name, h -> h.createQuery("SELECT password_hash FROM account WHERE name = :name")
        .bind("name", name).mapTo(String.class).findOne());
  }

  @Override
  public boolean changePassword(String name, String passwordHash) {
    return update("change the password of " + name, "UPDATE account SET password_hash = :v WHERE name = :name", name,
        passwordHash);
  }

  @Override
  public boolean changeRole(String name, Role role) {
    return update("change the role of " + name, "UPDATE account SET role = :v WHERE name = :name", name, role.word());
  }

  @Override
  public boolean changeDisabled(String name, boolean disabled) {
    return update((disabled ? "disable " : "enable ") + name, "UPDATE account SET disabled = :v WHERE name = :name",
        name, disabled ? 1 : 0);
  }

  @Override
  public void startSession(String secretHash, Session session) {
    attempt("sign in " + session.account(), h -> h.createUpdate("INSERT INTO account_session (secret_hash, account,"
            + " form_token, expires_at) VALUES (:hash, :account, :form, :expires)").bind("hash", secretHash)
        .bind("account", session.account()).bind("form", session.formToken())
        .bind("expires", session.expires().toEpochMilli()).execute());
  }

  @Override
  public Optional<Session> session(String secretHash, Instant now) {
    return attempt("read a session", h -> h.createQuery("SELECT account, form_token, expires_at FROM account_session"
            + " WHERE secret_hash = :hash AND expires_at > :now").bind("hash", secretHash).bind("now", now.toEpochMilli())
        .map((rs, ctx) -> new Session(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)))).findOne());
  }

  @Override
  public void endSession(String secretHash) {
    attempt("sign out", h -> h.createUpdate("DELETE FROM account_session WHERE secret_hash = :hash")
        .bind("hash", secretHash).execute());
  }

  @Override
  public void endSessions(String account) {
    attempt("sign " + account + " out everywhere", h -> h.createUpdate("DELETE FROM account_session WHERE account = :a")
        .bind("a", account).execute());
  }

  @Override
  public void addToken(ApiToken token, String secretHash) {
    attempt("make a token for " + token.account(), h -> h.createUpdate("INSERT INTO api_token (secret_hash, id, account,"
            + " label, scope, created_at) VALUES (:hash, :id, :account, :label, :scope, :created)")
        .bind("hash", secretHash).bind("id", token.id()).bind("account", token.account()).bind("label", token.label())
        .bind("scope", token.scope().word()).bind("created", token.created().toEpochMilli()).execute());
  }

  @Override
  public Optional<ApiToken> token(String secretHash) {
    return attempt("read a token", h -> h.createQuery(TOKEN + " WHERE secret_hash = :hash").bind("hash", secretHash)
        .map((rs, ctx) -> token(rs)).findOne());
  }

  @Override
  public List<ApiToken> tokens(String account) {
    return attempt("list the tokens of " + account, h -> h.createQuery(TOKEN + " WHERE account = :a"
        + " ORDER BY created_at DESC, id").bind("a", account).map((rs, ctx) -> token(rs)).list());
  }

  @Override
  public boolean revokeToken(String account, String id, Instant when) {
    return attempt("revoke a token of " + account, h -> h.createUpdate("UPDATE api_token SET revoked_at = :when"
            + " WHERE account = :a AND id = :id AND revoked_at IS NULL").bind("when", when.toEpochMilli())
        .bind("a", account).bind("id", id).execute() > 0);
  }

  private boolean update(String doing, String sql, String name, Object value) {
    return attempt(doing, h -> h.createUpdate(sql).bind("name", name).bind("v", value).execute() > 0);
  }

  // one statement each, but for adding: reads and single updates need no transaction of their own
  private <T> T attempt(String doing, Function<Handle, T> work) {
    try {
      return jdbi.withHandle(work::apply);
    } catch (JdbiException e) {
      throw new StorageException("could not " + doing + " (accounts in the catalog's database)", e);
    }
  }

  private static Account account(ResultSet rs) throws SQLException {
    return new Account(rs.getString(1), rs.getString(2), Role.of(rs.getString(3)), rs.getInt(4) != 0,
        Instant.ofEpochMilli(rs.getLong(5)));
  }

  private static ApiToken token(ResultSet rs) throws SQLException {
    long revoked = rs.getLong(6);
    Optional<Instant> when = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(revoked));
    return new ApiToken(rs.getString(1), rs.getString(2), rs.getString(3), Scope.of(rs.getString(4)),
        Instant.ofEpochMilli(rs.getLong(5)), when);
  }
}
