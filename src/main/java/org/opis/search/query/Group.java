package org.opis.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opis.search.query.QueryNode.All;
import org.opis.search.query.QueryNode.Any;
import org.opis.search.query.QueryNode.Not;

/**
 * A part of a query in parentheses, or the whole query, as it is being read: its clauses so
 * far, each a list of alternatives joined by "OR", and the operators typed before its next word.
 */
final class Group {
  private final boolean excluded;
  private final Scope scope;
  private final int opened;
  private final Notices notices;
  private final List<List<QueryNode>> clauses = new ArrayList<>();
  private Modifiers pending = Modifiers.NONE;
  private Optional<Token> or = Optional.empty();

  private Group(boolean excluded, Scope scope, int opened, Notices notices) {
    this.excluded = excluded;
    this.scope = scope;
    this.opened = opened;
    this.notices = notices;
  }

  /** The whole query, whose words are looked for everywhere. */
  static Group whole(Notices notices) {
    return new Group(false, Scope.ANYWHERE, 0, notices);
  }

  /** Where the text of this group begins, just after its opening parenthesis. */
  int opened() {
    return opened;
  }

  /** A group opened by {@code paren}, to which the operators typed before it apply. */
  Group open(Token paren) {
    Group inner = new Group(pending.excluded(), next(), paren.end(), notices);
    pending = Modifiers.NONE;
    return inner;
  }

  /** Where the next word is looked for: in the field typed before it, else in this group's. */
  Scope next() {
    return pending.scope().orElse(scope);
  }

  /** Excludes the next word or group ("-", "NOT"). */
  void exclude(Token not) {
    pending = pending.with(not, true, pending.scope());
  }

  /** Looks for the next word or group in a field ("person:"); the last field typed wins. */
  void lookIn(Token field) {
    pending = pending.with(field, pending.excluded(), Scope.named(field.text()));
  }

  /** Adds a word, phrase or date, empty when it held nothing to search for. */
  void add(Optional<QueryNode> leaf) {
    boolean excludedLeaf = pending.excluded();
    pending = Modifiers.NONE;
    join(leaf, excludedLeaf);
  }

  /** Adds a group once it is closed. */
  void add(Group inner) {
    join(inner.close(), inner.excluded);
  }

  /** Joins the clause before this "OR" to the next one. */
  void or(Token token) {
    dropPending();
    if (clauses.isEmpty()) {
      String before = notices.wordAfter(token.end());
      notices.syntax(orphan(token, before.isEmpty() ? "at the start" : "before " + before));
    } else if (or.isEmpty()) {
      or = Optional.of(token);
    }
  }

  /** Reads an "AND", which joins what already must all match. */
  void and() {
    dropPending();
  }

  /** What this group asks for, once its text is read; empty when nothing is left in it. */
  Optional<QueryNode> close() {
    dropPending();
    or.ifPresent(token -> {
      String after = notices.wordBefore(token.start());
      notices.syntax(orphan(token, after.isEmpty() ? "at the end" : "after " + after));
    });
    or = Optional.empty();
    return shape(clauses);
  }

  private void join(Optional<QueryNode> operand, boolean negated) {
    if (operand.isEmpty()) {
      return;
    }
    QueryNode node = negated ? new Not(operand.get()) : operand.get();
    if (or.isPresent()) {
      clauses.get(clauses.size() - 1).add(node);
      or = Optional.empty();
    } else {
      clauses.add(new ArrayList<>(List.of(node)));
    }
  }

  private void dropPending() {
    if (!pending.isEmpty()) {
      notices.syntax(notices.quoted(pending.start(), pending.end())
          + " has nothing after it to apply to, so it was ignored");
      pending = Modifiers.NONE;
    }
  }

  private static String orphan(Token or, String where) {
    return "\"" + or.text() + "\" needs something to search for on each side; the one " + where
        + " was ignored";
  }

  /**
   * The tree of clauses in the shape every engine can rely on: an {@link Any} of each clause's
   * alternatives, an {@link All} of the clauses, neither holding its own kind, and a
   * {@link Not} only directly inside an {@link All}.
   */
  static Optional<QueryNode> shape(List<List<QueryNode>> clauses) {
    List<QueryNode> parts = new ArrayList<>();
    for (List<QueryNode> clause : clauses) {
      if (clause.size() == 1) {
        QueryNode only = clause.get(0);
        if (only instanceof All all) {
          parts.addAll(all.parts());
        } else {
          parts.add(only);
        }
        continue;
      }
      List<QueryNode> alternatives = new ArrayList<>();
      for (QueryNode node : clause) {
        if (node instanceof Any any) {
          alternatives.addAll(any.parts());
        } else {
          alternatives.add(node instanceof Not ? new All(List.of(node)) : node);
        }
      }
      parts.add(new Any(alternatives));
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(parts.size() == 1 && !(parts.get(0) instanceof Not) ? parts.get(0) : new All(parts));
  }

  /**
   * The operators typed before a word or group and not yet applied.
   *
   * @param start where the first of them begins, -1 for none
   * @param end where the last ends
   */
  private record Modifiers(boolean excluded, Optional<Scope> scope, int start, int end) {
    static final Modifiers NONE = new Modifiers(false, Optional.empty(), -1, -1);

    boolean isEmpty() {
      return start < 0;
    }

    Modifiers with(Token token, boolean exclude, Optional<Scope> in) {
      return new Modifiers(exclude, in, isEmpty() ? token.start() : start, token.end());
    }
  }
}
