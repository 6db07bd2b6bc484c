package org.opis.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who may sign in. The name is what they sign in with, kept in lower case so that
 * "Olga" and "olga" are one account.
 *
 * @param disabled a disabled account cannot sign in, and its sessions and tokens stop working
 */
public record Account(String name, String displayName, Role role, boolean disabled, Instant created) {
  public Account {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(created, "created");
  }
}
