package org.opis.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opis.problem.ConflictException;

/**
 * The accounts of a reading room that keeps none (one embedded in a program or a test that
 * serves only the public): nobody can sign in, no token is known, and nothing can be added.
 */
public final class NoAccounts implements Accounts {
  @Override
  public Account add(Account account, String passwordHash) {
    throw new ConflictException("this reading room keeps no accounts; add them with opis user add on the archive");
  }

  @Override
  public Optional<Account> account(String name) {
    return Optional.empty();
  }

  @Override
  public List<Account> accounts() {
    return List.of();
  }

  @Override
  public Optional<String> passwordHash(String name) {
    return Optional.empty();
  }

  @Override
  public boolean changePassword(String name, String passwordHash) {
    return false;
  }

  @Override
  public boolean changeRole(String name, Role role) {
    return false;
  }

  @Override
  public boolean changeDisabled(String name, boolean disabled) {
    return false;
  }

  @Override
  public void startSession(String secretHash, Session session) {
    throw new IllegalStateException("no account exists to start a session for");
  }

  @Override
  public Optional<Session> session(String secretHash, Instant now) {
    return Optional.empty();
  }

  @Override
  public void endSession(String secretHash) {}

  @Override
  public void endSessions(String account) {}

  @Override
  public void addToken(ApiToken token, String secretHash) {
    throw new IllegalStateException("no account exists to make a token for");
  }

  @Override
  public Optional<ApiToken> token(String secretHash) {
    return Optional.empty();
  }

  @Override
  public List<ApiToken> tokens(String account) {
    return List.of();
  }

  @Override
  public boolean revokeToken(String account, String id, Instant when) {
    return false;
  }
}
