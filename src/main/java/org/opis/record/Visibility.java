package org.opis.record;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may see a document: everyone; signed-in editors only; or editors only until a date, after
 * which everyone (an embargo lifts by itself).
 *
 * @param access public, restricted or embargoed
 * @param until the first day an embargoed document is public; present only for embargoes
 */
public record Visibility(Access access, Optional<LocalDate> until) {
  public static final Visibility PUBLIC = new Visibility(Access.PUBLIC, Optional.empty());
  public static final Visibility RESTRICTED = new Visibility(Access.RESTRICTED, Optional.empty());
  /**
   * What a reader gives a record that does not say who may see it (a spreadsheet correcting
   * titles, a JSON record rebuilt by a script, a TEI file): public as a new document, but an
   * update keeps the visibility the document has, so that a correction never publishes what an
   * editor restricted. Equal to {@link #PUBLIC} in every other respect; told apart by {@link
   * #isUnstated}, by identity, and never stored.
   */
  public static final Visibility UNSTATED = new Visibility(Access.PUBLIC, Optional.empty());

  public Visibility {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(until, "until");
    if ((access == Access.EMBARGOED) != until.isPresent()) {
      throw new IllegalArgumentException("an embargo, and only an embargo, has an end date");
    }
  }

  /** Whether this is {@link #UNSTATED}: the record read did not say. */
  @SuppressWarnings("ReferenceEquality")
  public boolean isUnstated() {
    return this == UNSTATED;
  }

  /** This visibility, or, when it is {@link #UNSTATED}, the one {@code kept} the document has. */
  public Visibility or(Optional<Visibility> kept) {
    return isUnstated() ? kept.orElse(PUBLIC) : this;
  }

  public static Visibility embargoedUntil(LocalDate day) {
    return new Visibility(Access.EMBARGOED, Optional.of(day));
  }

  /** Whether anyone, signed in or not, may see the document on this day. */
  public boolean isPublicOn(LocalDate today) {
    switch (access) {
      case PUBLIC:
        return true;
      case EMBARGOED:
        return !today.isBefore(until.orElseThrow());
      default:
        return false;
    }
  }

  /** The three degrees of access. */
  public enum Access {
    PUBLIC,
    RESTRICTED,
    EMBARGOED;

    public String term() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Access> fromTerm(String term) {
      String t = term.trim().toLowerCase(Locale.ROOT);
      for (Access a : values()) {
        if (a.term().equals(t)) {
          return Optional.of(a);
        }
      }
      return Optional.empty();
    }
  }
}
