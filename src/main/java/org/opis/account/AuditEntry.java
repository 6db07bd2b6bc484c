package org.opis.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit log: who did what to what, when, and from where.
 *
 * @param actor the account, or {@code opis user} for the command line, or the name a failed
 *     sign-in gave
 * @param action what was done, in a word or two ("signed in", "made public", "withdrew")
 * @param subject the account, document or record it was done to
 * @param detail what else a reader of the log needs ("until 2030-01-01", the reason)
 * @param address the network address of a web request
 */
public record AuditEntry(Instant at, String actor, String action, String subject, Optional<String> detail,
    Optional<String> address) {
  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(address, "address");
  }
}
