package org.opis.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.record.DocumentId;

/**
 * Reads typed values out of a JSON tree, collecting every problem with its JSON pointer instead
 * of stopping at the first, so a person can fix a file in one pass.
 */
final class Reading {
  static final int SHORT_LIMIT = 4_000;
  static final int LONG_LIMIT = 1_000_000;

  private final Location base;
  private final List<Problem> problems = new ArrayList<>();

  Reading(Location base) {
    this.base = base;
  }

  Location at(String pointer) {
    String prefix = base.pointer().orElse("");
    return base.atPointer(prefix + pointer);
  }

  void problem(String pointer, String message) {
    problems.add(Problem.at(at(pointer), message));
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** Runs a parser that reports by exception, keeping its problems with the others. */
  <T> Optional<T> attempt(java.util.function.Supplier<T> parse) {
    try {
      return Optional.of(parse.get());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems().isEmpty() ? List.of(Problem.at(base, e.getMessage())) : e.problems());
      return Optional.empty();
    }
  }

  void rejectUnknown(JsonNode object, String pointer, Set<String> known) {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        problem(pointer + "/" + escape(name), "unknown field \"" + name + "\"; known fields are " + String.join(", ", new java.util.TreeSet<>(known)));
      }
    }
  }

  Optional<String> text(JsonNode parent, String pointer, String name, int limit) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    String here = pointer + "/" + name;
    if (!node.isTextual()) {
      problem(here, "\"" + name + "\" should be text, not " + describe(node));
      return Optional.empty();
    }
    String value = node.textValue().strip();
    if (value.length() > limit) {
      problem(here, "\"" + name + "\" is " + String.format("%,d", value.length())
          + " characters long; the most a field of this kind may hold is " + String.format("%,d", limit));
      return Optional.empty();
    }
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  String requiredText(JsonNode parent, String pointer, String name, int limit, String what) {
    Optional<String> value = text(parent, pointer, name, limit);
    if (value.isEmpty() && (parent.get(name) == null || parent.get(name).isNull()
        || (parent.get(name).isTextual() && parent.get(name).textValue().isBlank()))) {
      problem(pointer.isEmpty() ? "" : pointer, what + " needs " + ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an" : "a")
          + " \"" + name + "\"");
    }
    return value.orElse("");
  }

  /** A list whose items are read by {@code item}, given each item's pointer; a lone item counts as a list of one. */
  <T> List<T> list(JsonNode parent, String pointer, String name, ItemReader<T> item) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return List.of();
    }
    String here = pointer + "/" + name;
    List<T> out = new ArrayList<>();
    if (!node.isArray()) {
      item.read(node, here).ifPresent(out::add);
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      item.read(node.get(i), here + "/" + i).ifPresent(out::add);
    }
    return out;
  }

  List<String> texts(JsonNode parent, String pointer, String name) {
    return list(parent, pointer, name, (node, here) -> string(node, here, name));
  }

  Optional<String> string(JsonNode node, String here, String what) {
    if (!node.isTextual()) {
      problem(here, "each of \"" + what + "\" should be text, not " + describe(node));
      return Optional.empty();
    }
    String value = node.textValue().strip();
    if (value.length() > SHORT_LIMIT) {
      problem(here, "a value of \"" + what + "\" is longer than " + String.format("%,d", SHORT_LIMIT) + " characters");
      return Optional.empty();
    }
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  <T> Optional<T> term(JsonNode parent, String pointer, String name, Function<String, Optional<T>> lookup, String choices) {
    return term(parent, pointer, name, name, lookup, choices);
  }

  /** A value from a fixed vocabulary; {@code noun} is what a person calls it ("visibility"). */
  <T> Optional<T> term(JsonNode parent, String pointer, String name, String noun,
      Function<String, Optional<T>> lookup, String choices) {
    return text(parent, pointer, name, 100).flatMap(t -> {
      Optional<T> found = lookup.apply(t);
      if (found.isEmpty()) {
        problem(pointer + "/" + name, "\"" + t + "\" is not a " + noun + "; use one of " + choices);
      }
      return found;
    });
  }

  boolean object(JsonNode node, String pointer, String what) {
    if (!node.isObject()) {
      problem(pointer, what + " should be an object with named fields, not " + describe(node));
      return false;
    }
    return true;
  }

  static String describe(JsonNode node) {
    if (node.isTextual()) {
      return "the text \"" + abbreviate(node.textValue()) + "\"";
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "an object";
    }
    return "null";
  }

  /** {@code id} as given, with a problem at {@code pointer} when it is not a well-formed identifier. */
  String identifier(String pointer, String id) {
    if (!id.isEmpty() && !DocumentId.isWellFormed(id)) {
      problem(pointer, "\"" + abbreviate(id) + "\" is not an identifier: use letters, digits, dots, hyphens, underscores");
    }
    return id;
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** Reads one item of a list, reporting its own problems. */
  @FunctionalInterface
  interface ItemReader<T> {
    Optional<T> read(JsonNode node, String pointer);
  }
}
