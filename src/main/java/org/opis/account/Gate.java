package org.opis.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opis.problem.ConflictException;
import org.opis.problem.InvalidInputException;
import org.opis.problem.NotFoundException;
import org.opis.problem.SignInRequiredException;
import org.opis.problem.TooManyAttemptsException;

/**
 * The way in: signing in and out, the sessions and API tokens that stand for an account, and
 * the keeping of accounts. Failed sign-ins are counted per account and per address, and past a
 * few of them the next waits; a name no account has is checked against a decoy hash, so that
 * the time an answer takes does not tell which names exist.
 */
public final class Gate {
  /** How long a sign-in lasts. */
  public static final Duration SESSION_LIFETIME = Duration.ofDays(7);
  static final int FAILURES_PER_ACCOUNT = 5;
  static final int FAILURES_PER_ADDRESS = 20;
  /** The time over which failed sign-ins are counted. */
  public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
  private static final String TOKEN_PREFIX = "opis_";
  // accounts are kept on the command line, by whoever may run it on the server
  private static final String KEEPER = "opis user";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

  private final Accounts accounts;
  private final Audit audit;
  private final Clock clock;
  private final Attempts byAccount = new Attempts(FAILURES_PER_ACCOUNT, FAILURE_WINDOW);
  private final Attempts byAddress = new Attempts(FAILURES_PER_ADDRESS, FAILURE_WINDOW);

  /** A gate that keeps no audit log. */
  public Gate(Accounts accounts, Clock clock) {
    this(accounts, Audit.NONE, clock);
  }

  /** A gate that writes every sign-in and change of accounts to {@code audit}. */
  public Gate(Accounts accounts, Audit audit, Clock clock) {
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  /** Adds a line to the audit log, stamped now: a publication, a withdrawal, a merge. */
  public void record(String actor, String action, String subject, Optional<String> detail, Optional<String> address) {
    audit.record(new AuditEntry(clock.instant(), actor, action, subject, detail, address));
  }

  /** The newest lines of the audit log first. */
  public List<AuditEntry> audit(int offset, int limit) {
    return audit.recent(offset, limit);
  }

  /** How many lines the audit log has. */
  public long auditSize() {
    return audit.size();
  }

  /** A signed-in browser: the secret its cookie holds, and whose it is. */
  public record SignedIn(String secret, Account account, Session session) {}

  /** A script's token, checked: whose it is and what it may do. */
  public record Bearer(Account account, Scope scope) {}

  /** A token just made: its secret, shown this once, and what is kept of it. */
  public record Issued(String secret, ApiToken token) {}

  /**
   * Signs in.
   *
   * @param address where the attempt comes from, to slow down one guesser trying many names
   * @throws TooManyAttemptsException after too many recent failures for the name or the address
   * @throws SignInRequiredException when the name and password do not match an enabled account
   */
  public SignedIn signIn(String name, String password, String address) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    Instant now = clock.instant();
    Optional<Duration> wait = byAccount.waitFor(key, now).or(() -> byAddress.waitFor(address, now));
    if (wait.isPresent()) {
      record(key, "was refused a sign-in (too many failures)", key, Optional.empty(), Optional.of(address));
      long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
      throw new TooManyAttemptsException("too many failed sign-ins in the last " + FAILURE_WINDOW.toMinutes()
          + " minutes; try again in " + minutes + (minutes == 1 ? " minute" : " minutes"));
    }
    Optional<Account> account = accounts.account(key);
    String hash = account.flatMap(a -> accounts.passwordHash(a.name())).orElseGet(Passwords::decoy);
    boolean matches = Passwords.matches(password, hash);
    if (!matches || account.isEmpty() || account.get().disabled()) {
      byAccount.failed(key, now);
      byAddress.failed(address, now);
      record(key, "failed to sign in", key, Optional.empty(), Optional.of(address));
      throw new SignInRequiredException("the name and password do not match an account that may sign in");
    }
    byAccount.cleared(key);
    String secret = Secrets.random();
    Session session = new Session(account.get().name(), Secrets.random(), now.plus(SESSION_LIFETIME));
    accounts.startSession(Secrets.hash(secret), session);
    record(key, "signed in", key, Optional.empty(), Optional.of(address));
    return new SignedIn(secret, account.get(), session);
  }

  /** Whose session a cookie's secret is; empty when it is unknown, expired, or its account disabled. */
  public Optional<SignedIn> session(String secret) {
    return accounts.session(Secrets.hash(secret), clock.instant()).flatMap(session -> accounts.account(session.account())
        .filter(a -> !a.disabled()).map(a -> new SignedIn(secret, a, session)));
  }

  public void signOut(String secret) {
    accounts.endSession(Secrets.hash(secret));
  }

  /** Ends every session of the account, on every browser. */
  public void signOutEverywhere(String account) {
    accounts.endSessions(account);
    record(account, "signed out everywhere", account, Optional.empty(), Optional.empty());
  }

  /** Whose token this is; empty when it is unknown, revoked, or its account disabled. */
  public Optional<Bearer> bearer(String secret) {
    if (!secret.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    return accounts.token(Secrets.hash(secret)).filter(t -> t.revoked().isEmpty())
        .flatMap(t -> accounts.account(t.account()).filter(a -> !a.disabled()).map(a -> new Bearer(a, t.scope())));
  }

  /** Makes a token for a script; its secret is in the answer and nowhere else. */
  public Issued issueToken(String account, String label, Scope scope) {
    String shown = label.strip();
    if (shown.isEmpty() || shown.length() > 200) {
      throw new InvalidInputException("\"label\" is " + (shown.isEmpty() ? "empty" : "longer than 200 characters")
          + "; say in a few words what the token is for (\"nightly export\")");
    }
    String secret = TOKEN_PREFIX + Secrets.random();
    ApiToken token = new ApiToken(secret.substring(TOKEN_PREFIX.length(), TOKEN_PREFIX.length() + 8), account, shown,
        scope, clock.instant(), Optional.empty());
    accounts.addToken(token, Secrets.hash(secret));
    record(account, "made an API token", account, Optional.of(token.id() + ", " + scope.word() + ": " + shown),
        Optional.empty());
    return new Issued(secret, token);
  }

  public List<ApiToken> tokens(String account) {
    return accounts.tokens(account);
  }

  /** @throws NotFoundException when the account has no token with this id */
  public void revokeToken(String account, String id) {
    if (!accounts.revokeToken(account, id, clock.instant())) {
      throw new NotFoundException("there is no token \"" + id + "\" of the account " + account);
    }
    record(account, "revoked an API token", account, Optional.of(id), Optional.empty());
  }

  /**
   * Adds an account.
   *
   * @throws InvalidInputException for a name that cannot be one or a password too short
   * @throws ConflictException when the name is taken
   */
  public Account addAccount(String name, String displayName, Role role, String password) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    if (!NAME.matcher(key).matches()) {
      throw new InvalidInputException("\"" + name + "\" cannot be an account's name; use up to 64 letters a-z, digits,"
          + " and . _ @ - (\"olga.ivanova\"), beginning with a letter or digit");
    }
    String shown = displayName.isBlank() ? key : displayName.strip();
    Account added = accounts.add(new Account(key, shown, role, false, clock.instant()), Passwords.hash(password));
    record(KEEPER, "added the account", key, Optional.of(role.word()), Optional.empty());
    return added;
  }

  /** Gives the account a new password and ends its sessions, wherever they are. */
  public void changePassword(String name, String password) {
    String key = known(name);
    accounts.changePassword(key, Passwords.hash(password));
    accounts.endSessions(key);
    record(KEEPER, "changed the password", key, Optional.empty(), Optional.empty());
  }

  public void changeRole(String name, Role role) {
    String key = known(name);
    if (role != Role.ADMINISTRATOR) {
      requireAnotherAdministrator(key, "made a " + role.word());
    }
    accounts.changeRole(key, role);
    record(KEEPER, "changed the role", name.strip().toLowerCase(Locale.ROOT), Optional.of(role.word()), Optional.empty());
  }

  /** Disables the account and ends its sessions; its tokens stop working while it is disabled. */
  public void disable(String name) {
    String key = known(name);
    requireAnotherAdministrator(key, "disabled");
    accounts.changeDisabled(key, true);
    accounts.endSessions(key);
    record(KEEPER, "disabled the account", key, Optional.empty(), Optional.empty());
  }

  public void enable(String name) {
    String key = known(name);
    accounts.changeDisabled(key, false);
    record(KEEPER, "enabled the account", key, Optional.empty(), Optional.empty());
  }

  public List<Account> accounts() {
    return accounts.accounts();
  }

  // an archive without an enabled administrator has no one to read its audit log or keep its accounts
  private void requireAnotherAdministrator(String key, String what) {
    List<Account> all = accounts.accounts();
    boolean isAdministrator = all.stream()
        .anyMatch(a -> a.name().equals(key) && a.role() == Role.ADMINISTRATOR && !a.disabled());
    boolean another = all.stream()
        .anyMatch(a -> !a.name().equals(key) && a.role() == Role.ADMINISTRATOR && !a.disabled());
    if (isAdministrator && !another) {
      throw new org.opis.problem.InvalidInputException("\"" + key + "\" is the only administrator, and cannot be " + what
          + ": make another account an administrator first");
    }
  }

  /** A new random secret, for the token of a form shown before sign-in. */
  public static String newSecret() {
    return Secrets.random();
  }

  private String known(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    if (accounts.account(key).isEmpty()) {
      throw new NotFoundException("there is no account \"" + name + "\"");
    }
    return key;
  }
}
