package org.opis.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in browser: kept by the hash of the cookie's secret, with the anti-forgery token its
 * forms carry.
 */
public record Session(String account, String formToken, Instant expires) {
  public Session {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(formToken, "formToken");
    Objects.requireNonNull(expires, "expires");
  }
}
