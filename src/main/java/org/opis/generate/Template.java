package org.opis.generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A line of text with slots in braces ("{P} requests an answer by {DAY}."), parsed once so that
 * filling it is a few appends. A document uses only templates whose slots it can fill.
 */
final class Template {
  private final String[] literals; // one more than slots: the text around and between them
  private final Slot[] slots;
  private final boolean[] opensSentence;
  private final Set<Slot> needs;

  private Template(String[] literals, Slot[] slots, boolean[] opensSentence) {
    this.literals = literals;
    this.slots = slots;
    this.opensSentence = opensSentence;
    this.needs = slots.length == 0 ? EnumSet.noneOf(Slot.class) : EnumSet.copyOf(List.of(slots));
  }

  /** Fills the slots of a template for one document. */
  @FunctionalInterface
  interface Filler {
    /** Appends what {@code slot} stands for; {@code opensSentence} asks for a capital letter. */
    void fill(Slot slot, StringBuilder out, boolean opensSentence);
  }

  /** The template written as {@code text}, where "\n" stands for a line break. */
  static Template parse(String text) {
    String source = text.replace("\\n", "\n");
    List<String> literals = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    int from = 0;
    for (int open = source.indexOf('{'); open >= 0; open = source.indexOf('{', from)) {
      int close = source.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed \"{\" in the template \"" + text + "\"");
      }
      literals.add(source.substring(from, open));
      String name = source.substring(open + 1, close);
      try {
        slots.add(Slot.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown slot {" + name + "} in the template \"" + text + "\"");
      }
      from = close + 1;
    }
    literals.add(source.substring(from));
    boolean[] opens = new boolean[slots.size()];
    for (int i = 0; i < opens.length; i++) {
      String before = literals.get(i);
      opens[i] = before.isEmpty() ? i == 0 : before.endsWith("\n") || before.endsWith(". ") || before.endsWith("! ");
    }
    return new Template(literals.toArray(String[]::new), slots.toArray(Slot[]::new), opens);
  }

  static List<Template> parseAll(List<String> texts) {
    return texts.stream().map(Template::parse).toList();
  }

  /** Whether a document offering {@code available} can fill every slot. */
  boolean fits(Set<Slot> available) {
    return available.containsAll(needs);
  }

  /**
   * A template of {@code choices} that fits, chosen at random; null when none does, which
   * callers treat as "leave this part out".
   */
  static Template choose(List<Template> choices, Set<Slot> available, Chance chance) {
    if (choices.isEmpty()) {
      return null;
    }
    int start = chance.below(choices.size());
    for (int i = 0; i < choices.size(); i++) {
      Template t = choices.get((start + i) % choices.size());
      if (t.fits(available)) {
        return t;
      }
    }
    return null;
  }

  /**
   * Appends the template filled. With {@code continuing}, the text continues a sentence begun
   * before it (after "Moreover,"), so its first word loses its capital and no slot opens it.
   */
  void fill(StringBuilder out, Filler filler, boolean continuing) {
    String first = literals[0];
    if (continuing && canLower()) {
      out.append(Character.toLowerCase(first.charAt(0))).append(first, 1, first.length());
    } else {
      out.append(first);
    }
    for (int i = 0; i < slots.length; i++) {
      filler.fill(slots[i], out, opensSentence[i] && !(continuing && i == 0 && first.isEmpty()));
      out.append(literals[i + 1]);
    }
  }

  // "The" may become "the" after an opener; "I" and names may not
  private boolean canLower() {
    String first = literals[0];
    return first.length() > 2 && Character.isUpperCase(first.charAt(0)) && !first.startsWith("I ");
  }
}
