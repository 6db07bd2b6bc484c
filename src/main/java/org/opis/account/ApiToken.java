package org.opis.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A token a script sends instead of a password ({@code Authorization: Bearer ...}). Only its
 * hash is kept; the token itself is shown once, when it is made.
 *
 * @param id a short public name for the token, to list and revoke it by
 * @param label what its owner said it is for
 */
public record ApiToken(String id, String account, String label, Scope scope, Instant created,
    Optional<Instant> revoked) {
  public ApiToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(revoked, "revoked");
  }
}
