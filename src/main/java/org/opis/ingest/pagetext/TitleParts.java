package org.opis.ingest.pagetext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.authority.AgentKind;
import org.opis.authority.AgentRef;

/**
 * What the archive's title of a document says about it. Titles follow a few patterns: a type
 * and who wrote to whom ("Telegram, Stalin to LENIN and the TsEKA [Central Committee]",
 * "Letter from Mao Zedong to Stalin", "Ciphered Telegram No. 123 from Gromyko to Molotov"), the
 * people of a conversation ("Memorandum of Conversation between Mao Zedong and Nikita
 * Khrushchev"), the body that met ("Minutes of the Meeting of the CPSU CC Presidium"), or a
 * diarist ("Diary of ..."), with an optional subtitle in quotation marks or after a colon.
 *
 * @param type the type term ("telegram"), when the title starts with one
 * @param number the document's number in the title ("No. 123")
 * @param creators who wrote it
 * @param recipients to whom
 * @param participants the people and bodies of a conversation or meeting, who are neither
 */
public record TitleParts(
    Optional<String> type,
    Optional<String> number,
    List<AgentRef> creators,
    List<AgentRef> recipients,
    List<AgentRef> participants) {
  private static final Pattern DIARY =
      Pattern.compile("(?i)^(?:from\\s+)?(?:the\\s+)?diary\\s+of\\s+(?<diarist>[^,:]+)(?:[,:]\\s*(?<rest>.*))?$");
  private static final Pattern FROM_DIARY =
      Pattern.compile("(?i)[,:]?\\s+from\\s+the\\s+diary\\s+of\\s+(?<diarist>[^,:]+)");
  private static final Pattern NUMBER =
      Pattern.compile("^(?:No\\.|Nº|№|N°|#)\\s*(?<n>[\\p{L}\\p{N}]+(?:[/-][\\p{L}\\p{N}]+)*)");
  private static final Pattern MEETING =
      Pattern.compile("(?i)^(?:the\\s+)?(?:(?:joint|enlarged|extended|extraordinary)\\s+)?"
          + "(?:meeting|session|sitting|plenum|conference|congress)\\s+of\\s+");
  private static final Pattern QUALIFIER = Pattern.compile(
      "(?i),\\s*['\"‘“]|:\\s|\\s+(?:regarding|concerning|about|re:?|at\\s+the)\\s+|,\\s*(?=\\d|"
          + Months.ANY + "\\s)|\\s+on\\s+(?!the\\s+(?:affairs|question)\\b)");
  private static final Set<String> CONVERSATIONS = Set.of("memorandum of conversation", "record of conversation");
  private static final Set<String> MEETINGS = Set.of("minutes", "protocol", "transcript");
  private static final Set<String> ROLES = Set.of(
      "ambassador", "ambassadors", "envoy", "representative", "minister", "consul", "consul-general",
      "counselor", "counsellor", "attaché", "attache", "chargé", "charge", "d'affaires",
      "delegation", "delegate", "embassy", "legation", "mission", "adviser", "advisor", "advisers",
      "advisors", "plenipotentiary", "commissioner", "emissary", "resident", "correspondent");
  private static final Set<String> SUBJECT_WORDS = Set.of("on", "about", "concerning", "regarding", "re", "re:");
  private static final Set<String> BODIES_BEFORE_ON = Set.of("committee", "commission", "council", "conference");

  /** What a title says about its document; parts the title does not give are empty. */
  public static TitleParts of(String title) {
    String text = Block.flatten(title);
    Matcher diary = DIARY.matcher(text);
    if (diary.matches()) {
      List<AgentRef> diarist = List.of(AgentNames.ref(diary.group("diarist")));
      if (diary.group("rest") == null || diary.group("rest").isBlank()) {
        return new TitleParts(Optional.of("diary"), Optional.empty(), diarist, List.of(), List.of());
      }
      return withDiarist(of(diary.group("rest")), diarist);
    }
    Matcher fromDiary = FROM_DIARY.matcher(text);
    if (fromDiary.find()) {
      List<AgentRef> diarist = List.of(AgentNames.ref(fromDiary.group("diarist")));
      String rest = text.substring(0, fromDiary.start()) + text.substring(fromDiary.end());
      return withDiarist(of(rest), diarist);
    }
    return afterType(text);
  }

  private static TitleParts withDiarist(TitleParts parts, List<AgentRef> diarist) {
    return new TitleParts(
        parts.type.or(() -> Optional.of("diary")), parts.number,
        parts.creators.isEmpty() ? diarist : parts.creators, parts.recipients, parts.participants);
  }

  private static TitleParts afterType(String text) {
    String rest = text.replaceFirst("(?i)^draft\\s+", "");
    Optional<DocumentTypes.AtStart> found = DocumentTypes.atStart(rest);
    Optional<String> type = found.map(DocumentTypes.AtStart::term);
    rest = rest.substring(found.map(DocumentTypes.AtStart::length).orElse(0)).strip();
    Optional<String> number = Optional.empty();
    Matcher n = NUMBER.matcher(rest);
    if (n.find()) {
      number = Optional.of(n.group());
      rest = rest.substring(n.end()).strip();
    }
    rest = rest.replaceFirst("^[,:–—-]\\s*", "");
    String word = rest.contains(" ") ? rest.substring(0, rest.indexOf(' ')).toLowerCase(Locale.ROOT) : "";
    String names = cutQualifier(word.isEmpty() ? rest : rest.substring(word.length() + 1));
    String term = type.orElse("");
    if (CONVERSATIONS.contains(term) || word.equals("between") || word.equals("with")) {
      String people = Set.of("between", "with").contains(word) ? names : cutQualifier(rest);
      return new TitleParts(type, number, List.of(), List.of(), AgentNames.refs(withoutPlace(people)));
    }
    if (word.equals("of") && MEETINGS.contains(term)) {
      String body = MEETING.matcher(names).replaceFirst("");
      // "Minutes of the Meeting of the Sovnarkom": what meets as "the" something is a body
      boolean bodies = body.regionMatches(true, 0, "the ", 0, 4) && AgentNames.split(body).size() == 1;
      List<AgentRef> met = AgentNames.refs(body).stream()
          .map(r -> bodies ? new AgentRef(r.name(), AgentKind.ORGANISATION, r.id()) : r).toList();
      return new TitleParts(type, number, List.of(), List.of(), met);
    }
    if (word.equals("to") || word.equals("for")) {
      return new TitleParts(type, number, List.of(), AgentNames.refs(names), List.of());
    }
    if (type.isEmpty() || SUBJECT_WORDS.contains(word)) {
      // without a type the title is a description ("The Road to Tehran"), not "X to Y"; and a
      // type followed by its subject ("Report on the Situation in Iran") names nobody
      return new TitleParts(type, number, List.of(), List.of(), List.of());
    }
    if (!Set.of("from", "by", "of").contains(word)) {
      names = cutQualifier(rest);
    }
    int to = toAt(names);
    if (to < 0) {
      return new TitleParts(type, number, AgentNames.refs(names), List.of(), List.of());
    }
    return new TitleParts(type, number,
        AgentNames.refs(names.substring(0, to)), AgentNames.refs(names.substring(to + 4)), List.of());
  }

  /**
   * The people of a conversation without the place after them: in "between N. S. Khrushchev and
   * Mao Zedong, Beijing" the list ends with its "and", and what a comma adds after it is where
   * they met.
   */
  private static String withoutPlace(String people) {
    int and = people.lastIndexOf(" and ");
    int comma = and < 0 ? -1 : AgentNames.outsideBrackets(people, and, i -> people.charAt(i) == ',');
    return comma < 0 ? people : people.substring(0, comma).strip();
  }

  /** The text before its subtitle, date or subject ("..., 'Soviet Views on ...'", "regarding ..."). */
  private static String cutQualifier(String names) {
    Matcher q = QUALIFIER.matcher(names);
    while (q.find()) {
      if (q.group().strip().toLowerCase(Locale.ROOT).startsWith("on")
          && BODIES_BEFORE_ON.contains(lastWord(names.substring(0, q.start())))) {
        continue;
      }
      return names.substring(0, q.start()).strip();
    }
    return names.strip();
  }

  /**
   * Where " to " divides writer from addressee, outside brackets and not after a title that
   * takes "to" ("Soviet Ambassador to Iran to Molotov" divides before "Molotov"); -1 if nowhere.
   */
  private static int toAt(String names) {
    return AgentNames.outsideBrackets(names, 0,
        i -> names.startsWith(" to ", i) && !ROLES.contains(lastWord(names.substring(0, i))));
  }

  private static String lastWord(String text) {
    String stripped = text.strip();
    return stripped.substring(stripped.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }
}
