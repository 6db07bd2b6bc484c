package org.opis.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where accounts, their sessions and their API tokens are kept. Secrets never reach it: only
 * password hashes (Argon2id) and the SHA-256 of session and token secrets. Safe for use by many
 * threads at once.
 */
public interface Accounts {

  /**
   * Adds an account.
   *
   * @throws org.opis.problem.ConflictException when an account has the name already
   */
  Account add(Account account, String passwordHash);

  /** The account with this name (in lower case), disabled or not. */
  Optional<Account> account(String name);

  /** Every account, by name. */
  List<Account> accounts();

  /** The stored hash of the account's password. */
  Optional<String> passwordHash(String name);

  /** Replaces the account's password hash; false when there is no such account. */
  boolean changePassword(String name, String passwordHash);

  /** Gives the account another role; false when there is no such account. */
  boolean changeRole(String name, Role role);

  /** Disables or enables the account; false when there is no such account. */
  boolean changeDisabled(String name, boolean disabled);

  /** Keeps a session under the hash of its cookie's secret. */
  void startSession(String secretHash, Session session);

  /** The session kept under this hash, unless it has expired by {@code now}. */
  Optional<Session> session(String secretHash, Instant now);

  /** Ends one session. */
  void endSession(String secretHash);

  /** Ends every session of an account: "sign out everywhere". */
  void endSessions(String account);

  /** Keeps a token under the hash of its secret. */
  void addToken(ApiToken token, String secretHash);

  /** The token kept under this hash, revoked or not. */
  Optional<ApiToken> token(String secretHash);

  /** An account's tokens, newest first, revoked ones too. */
  List<ApiToken> tokens(String account);

  /** Revokes one of an account's tokens; false when it has no such token. */
  boolean revokeToken(String account, String id, Instant when);
}
