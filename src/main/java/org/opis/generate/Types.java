package org.opis.generate;

import java.util.List;

/**
 * The types of synthetic documents, as the archive names them, how common each is, and who
 * writes them and to whom.
 */
final class Types {
  /** Every type, in the lower-case terms of {@code Document.type()}. */
  static final List<String> ALL = List.of(
      "telegram", "cable", "letter", "memorandum", "memorandum of conversation", "minutes",
      "report", "diary", "speech", "note", "resolution");
  private static final int[] WEIGHTS = {16, 9, 14, 12, 14, 8, 12, 4, 5, 4, 2};

  private Types() {}

  static String pick(Chance chance) {
    int ticket = chance.below(100);
    for (int i = 0; i < ALL.size(); i++) {
      ticket -= WEIGHTS[i];
      if (ticket < 0) {
        return ALL.get(i);
      }
    }
    return ALL.get(0);
  }

  /** Whether the type is sent to someone: a telegram is, a diary is not. */
  static boolean addressed(String type) {
    return !(type.equals("minutes") || type.equals("resolution") || type.equals("diary") || type.equals("speech"));
  }

  /** Whether only a body that meets writes it. */
  static boolean byBody(String type) {
    return type.equals("minutes") || type.equals("resolution");
  }

  /** Whether only a person writes it. */
  static boolean byPerson(String type) {
    return type.equals("diary") || type.equals("speech") || type.equals("memorandum of conversation");
  }
}
