package org.opis.authority;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules by which a name written in a document is recognised as an existing authority record,
 * so that "Joseph Stalin", "Stalin", "I. V. Stalin" and "Сталин" in four documents are one
 * person.
 *
 * <p>A name matches a record of the same kind when its {@link NameKey key} equals the key of any
 * of the record's names. A person's name also matches when it is a shorter form of one of the
 * record's names: the same surname, with given names that are equal or initials of them ("I. V.
 * Stalin" of "Iosif Vissarionovich Stalin"), or the surname alone; a shorter form that fits more
 * than one record matches none, because guessing wrong would merge two people. Surnames are
 * found in "Given Surname", in "Surname, Given" and in the Russian "Сталин И. В.".
 *
 * <p>The rule works in both directions, so that the order in which documents are imported does not
 * decide how many people there are: a fuller name matches a record that knows only shorter forms
 * of it ("Joseph Stalin" the record "Stalin" made from an earlier telegram) when that record is
 * the only one of the surname, and the fuller name then becomes the record's preferred name
 * ({@link #named}), as it would have been had it come first. A fuller name never matches a record
 * with a different fuller name, nor a shorter record when others share the surname.
 *
 * <p>Pure: the catalog chooses the candidates (usually those sharing a key or a {@link
 * #surnameKey surname}); this class only decides.
 */
public final class NameMatcher {
  private NameMatcher() {}

  /**
   * The record among {@code candidates} that a person or organisation named {@code name} is;
   * empty when none is, or when a shortened name fits more than one.
   *
   * @param candidates records in the order to prefer when several share the exact key
   */
  public static Optional<Agent> agent(String name, AgentKind kind, List<Agent> candidates) {
    String key = NameKey.of(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    List<Agent> sameKind = candidates.stream().filter(a -> a.kind() == kind).toList();
    for (Agent a : sameKind) {
      if (a.allNames().stream().anyMatch(n -> NameKey.of(n).equals(key))) {
        return Optional.of(a);
      }
    }
    if (kind != AgentKind.PERSON) {
      return Optional.empty();
    }
    Optional<PersonName> written = PersonName.parse(name);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    List<Agent> fitting = sameKind.stream()
        .filter(a -> a.allNames().stream()
            .map(PersonName::parse)
            .flatMap(Optional::stream)
            .anyMatch(full -> written.get().isShortFormOf(full)))
        .toList();
    if (!fitting.isEmpty()) {
      return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }
    List<Agent> sameSurname = sameKind.stream()
        .filter(a -> a.allNames().stream().map(PersonName::parse).flatMap(Optional::stream)
            .anyMatch(n -> n.surname().equals(written.get().surname())))
        .toList();
    return sameSurname.size() == 1 && knowsOnlyShorterFormsOf(sameSurname.get(0), written.get())
        ? Optional.of(sameSurname.get(0))
        : Optional.empty();
  }

  /**
   * The record {@code name} matched, holding that spelling too: as its preferred name when every
   * name the record knows is a shorter form of it ("Stalin" becomes a variant of "Joseph
   * Stalin"), otherwise as a variant.
   */
  public static Agent named(Agent matched, String name) {
    Optional<PersonName> written = matched.kind() == AgentKind.PERSON ? PersonName.parse(name) : Optional.empty();
    if (written.isEmpty() || !knowsOnlyShorterFormsOf(matched, written.get())) {
      return matched.withVariant(name);
    }
    List<String> variants = matched.allNames().stream().filter(n -> !n.equals(name)).toList();
    return new Agent(matched.id(), matched.kind(), name, variants, matched.dates(), matched.description(),
        matched.sameAs());
  }

  private static boolean knowsOnlyShorterFormsOf(Agent record, PersonName written) {
    return record.allNames().stream().allMatch(n -> PersonName.parse(n)
        .filter(known -> known.isShortFormOf(written) && !written.isShortFormOf(known))
        .isPresent());
  }

  /** The place among {@code candidates} that {@code name} is, the first whose names share its key. */
  public static Optional<Place> place(String name, List<Place> candidates) {
    String key = NameKey.of(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return candidates.stream()
        .filter(p -> p.allNames().stream().anyMatch(n -> NameKey.of(n).equals(key)))
        .findFirst();
  }

  /**
   * The key of the surname in a person's name ("stalin" for "I. V. Stalin", "Stalin, Joseph" and
   * "Сталин И. В."), by which a catalog finds the candidates for a shortened name; empty when the
   * name has no letters.
   */
  public static Optional<String> surnameKey(String name) {
    return PersonName.parse(name).map(PersonName::surname);
  }

  /** One given name or initial, as a word of a name key. */
  private record Given(String word, boolean initial) {
    boolean isShortFormOf(Given full) {
      return word.equals(full.word) || (initial && full.word.startsWith(word));
    }
  }

  /** A person's name as given names (in order) and a surname key. */
  private record PersonName(List<Given> given, String surname) {
    static Optional<PersonName> parse(String name) {
      int comma = name.indexOf(',');
      if (comma >= 0) {
        // "Stalin, I. V.": the library's inverted form
        String surname = NameKey.of(name.substring(0, comma));
        List<Given> given = words(name.substring(comma + 1));
        return surname.isEmpty() ? parse(name.substring(comma + 1)) : Optional.of(new PersonName(given, surname));
      }
      List<Given> words = words(name);
      if (words.isEmpty()) {
        return Optional.empty();
      }
      int firstInitial = 0;
      while (firstInitial < words.size() && !words.get(firstInitial).initial()) {
        firstInitial++;
      }
      boolean russianOrder = firstInitial > 0 && firstInitial < words.size()
          && words.subList(firstInitial, words.size()).stream().allMatch(Given::initial);
      if (russianOrder) {
        // "Сталин И. В.": surname first, initials after
        String surname = String.join(" ", words.subList(0, firstInitial).stream().map(Given::word).toList());
        return Optional.of(new PersonName(words.subList(firstInitial, words.size()), surname));
      }
      Given last = words.get(words.size() - 1);
      return Optional.of(new PersonName(words.subList(0, words.size() - 1), last.word()));
    }

    // a word is an initial when it is one letter, or was written abbreviated with a full stop
    // ("Ya." is the transliteration of the one letter "Я.")
    private static List<Given> words(String text) {
      List<Given> words = new ArrayList<>();
      for (String part : text.strip().split("\\s+")) {
        boolean abbreviated = part.endsWith(".");
        for (String word : NameKey.words(part)) {
          words.add(new Given(word, abbreviated || word.length() == 1));
        }
      }
      return words;
    }

    boolean isShortFormOf(PersonName full) {
      if (!surname.equals(full.surname) || given.size() > full.given.size()) {
        return false;
      }
      for (int i = 0; i < given.size(); i++) {
        if (!given.get(i).isShortFormOf(full.given.get(i))) {
          return false;
        }
      }
      return true;
    }
  }
}
