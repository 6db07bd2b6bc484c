package org.opis.ingest.pagetext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The vocabulary of document types in the archive's titles: each type is a lower-case term
 * ("ciphered telegram") with the ways titles spell it ("Ciphered Telegram", "Coded Telegram").
 * A title starts with its type, so the longest spelling at the start of a title wins:
 * "Memorandum of Conversation" before "Memorandum".
 */
final class DocumentTypes {
  private static final String[][] TERMS = {
      {"ciphered telegram", "ciphered telegram", "cipher telegram", "coded telegram",
          "encoded telegram", "encrypted telegram", "ciphered cable", "cryptogram"},
      {"telegram", "telegram", "telegrams", "cablegram"},
      {"cable", "cable", "cables"},
      {"airgram", "airgram"},
      {"letter", "letter", "letters"},
      {"memorandum of conversation", "memorandum of conversation", "memorandum of a conversation",
          "memorandum of the conversation", "memorandum of conversations", "memcon"},
      {"record of conversation", "record of conversation", "record of a conversation",
          "record of the conversation", "record of conversations", "minutes of conversation",
          "minutes of a conversation", "minutes of the conversation", "notes of conversation",
          "notes of a conversation", "summary of conversation", "summary of a conversation",
          "conversation"},
      {"memorandum", "memorandum", "memoranda", "memo"},
      {"intelligence report", "intelligence report", "intelligence information report"},
      {"minutes", "minutes"},
      {"report", "report", "reports"},
      {"note", "note", "notes", "note verbale"},
      {"diary", "diary", "diary entry", "journal entry"},
      {"speech", "speech", "remarks", "address"},
      {"transcript", "transcript", "stenographic record", "stenogram", "verbatim record"},
      {"decree", "decree"},
      {"resolution", "resolution", "resolutions"},
      {"directive", "directive", "directives"},
      {"instruction", "instruction", "instructions"},
      {"information", "information"},
      {"protocol", "protocol"},
      {"statement", "statement"},
      {"order", "order"},
      {"message", "message"},
      {"appeal", "appeal"},
      {"bulletin", "bulletin", "information bulletin"},
      {"circular", "circular"},
      {"communiqué", "communiqué", "communique"},
      {"declaration", "declaration"},
      {"agreement", "agreement"},
      {"treaty", "treaty"},
      {"dispatch", "dispatch", "despatch"},
      {"notification", "notification"},
      {"proposal", "proposal"},
      {"decision", "decision"},
      {"interview", "interview"},
      {"plan", "plan"},
  };
  private static final List<Spelling> SPELLINGS = spellings();

  private DocumentTypes() {}

  /** The type a title starts with, and how many of its characters name it. */
  static Optional<AtStart> atStart(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    for (Spelling s : SPELLINGS) {
      if (lower.startsWith(s.written())
          && (lower.length() == s.written().length() || !Character.isLetter(lower.charAt(s.written().length())))) {
        return Optional.of(new AtStart(s.term(), s.written().length()));
      }
    }
    return Optional.empty();
  }

  /** The term for a type as a "Type" label gives it: a known spelling's term, else the label in lower case. */
  static String term(String written) {
    String lower = Block.flatten(written).toLowerCase(Locale.ROOT);
    return SPELLINGS.stream().filter(s -> s.written().equals(lower)).map(Spelling::term).findFirst().orElse(lower);
  }

  /** A type found at the start of a title: its term, and the length of its spelling there. */
  record AtStart(String term, int length) {}

  private record Spelling(String written, String term) {}

  private static List<Spelling> spellings() {
    List<Spelling> all = new ArrayList<>();
    for (String[] term : TERMS) {
      for (int i = 1; i < term.length; i++) {
        all.add(new Spelling(term[i], term[0]));
      }
    }
    all.sort(Comparator.comparingInt((Spelling s) -> s.written().length()).reversed());
    return List.copyOf(all);
  }
}
