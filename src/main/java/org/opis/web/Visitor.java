package org.opis.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.opis.account.Account;
import org.opis.account.Gate;
import org.opis.account.Role;
import org.opis.problem.ForbiddenException;
import org.opis.problem.SignInRequiredException;

/**
 * Who is asking: a browser signed in by its session cookie, a script by its API token, or the
 * public. Worked out once a request. A token that is sent but unknown is refused, never taken
 * for the public: a script should learn that its token no longer works.
 */
record Visitor(Optional<Gate.SignedIn> signedIn, Optional<Gate.Bearer> bearer) {
  /** The session cookie: HttpOnly, SameSite=Lax, Secure over TLS. */
  static final String SESSION_COOKIE = "opis_session";
  private static final String KEY = Visitor.class.getName();
  // a session secret is 43 characters; anything far longer is no cookie of ours
  private static final int LONGEST_SECRET = 128;

  static Visitor of(Context ctx, Gate gate) {
    Visitor known = ctx.attribute(KEY);
    if (known != null) {
      return known;
    }
    Optional<Gate.Bearer> bearer = Optional.empty();
    String authorization = ctx.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String secret = authorization.substring(7).strip();
      bearer = secret.length() > LONGEST_SECRET ? Optional.empty() : gate.bearer(secret);
      if (bearer.isEmpty()) {
        throw new SignInRequiredException("the API token sent is unknown or revoked, or its account is disabled;"
            + " make a new one on the account page");
      }
    }
    Optional<Gate.SignedIn> signedIn = Optional.ofNullable(ctx.cookie(SESSION_COOKIE))
        .filter(secret -> !secret.isEmpty() && secret.length() <= LONGEST_SECRET).flatMap(gate::session);
    Visitor visitor = new Visitor(signedIn, bearer);
    ctx.attribute(KEY, visitor);
    return visitor;
  }

  /** The account asking, by token first; empty for the public. */
  Optional<Account> account() {
    return bearer.map(Gate.Bearer::account).or(() -> signedIn.map(Gate.SignedIn::account));
  }

  /**
   * The account asking, when it may edit the archive.
   *
   * @param work what only editors do, to say why not ("documents are edited")
   * @throws SignInRequiredException when no one is signed in
   * @throws ForbiddenException when a reader is
   */
  Account editor(String work) {
    Account asking = account().orElseThrow(() -> new SignInRequiredException(work + " by editors; sign in"));
    if (!asking.role().seesRestricted()) {
      throw new ForbiddenException(work + " by editors; " + asking.name() + " is a reader");
    }
    return asking;
  }

  /**
   * The account asking, when it administers the archive.
   *
   * @param work what only administrators do, to say why not ("the audit log is read")
   * @throws SignInRequiredException when no one is signed in
   * @throws ForbiddenException when a reader or an editor is
   */
  Account administrator(String work) {
    Account asking = editor(work);
    if (asking.role() != Role.ADMINISTRATOR) {
      throw new ForbiddenException(work + " by administrators; " + asking.name() + " is an editor");
    }
    return asking;
  }

  /** The token a signed-in browser's forms carry; empty for a script or the public. */
  String formToken() {
    return signedIn.map(s -> s.session().formToken()).orElse("");
  }

  /** Writes to the audit log what this visitor did, from where. */
  void record(Context ctx, Gate gate, String action, String subject, Optional<String> detail) {
    gate.record(account().map(Account::name).orElse("the public"), action, subject, detail, Optional.of(ctx.ip()));
  }

  /** Whether restricted and embargoed documents exist for this visitor. */
  boolean seesRestricted() {
    return account().map(a -> a.role().seesRestricted()).orElse(false);
  }
}
