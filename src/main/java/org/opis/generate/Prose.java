package org.opis.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The texts of synthetic documents: the English text (a translation, or the original of an
 * English document) with the opening and closing lines of its type and the marks an editor
 * leaves in brackets, and transcriptions in the original language made from its word bank.
 * Every text begins with {@link #SYNTHETIC_NOTE}.
 */
final class Prose {
  /** The editor's note that opens every text of the corpus. */
  static final String SYNTHETIC_NOTE = "[Synthetic document: not a historical source.]";
  private static final Template SIGNATURE = Template.parse("{C}");
  private static final int MAX_WORDS = 64;

  private final English english;
  private final Chance chance;
  private final StringBuilder sentence = new StringBuilder(512);
  private final int[] wordStarts = new int[MAX_WORDS];
  private final int[] wordEnds = new int[MAX_WORDS];
  // the sentences used last, so that a text does not say the same thing twice in a row
  private final Template[] recent = new Template[12];
  private int recentNext;
  private List<Template> fittingOf;
  private List<Template> fitting;

  Prose(English english, Chance chance) {
    this.english = english;
    this.chance = chance;
  }

  /** The English text of a document of {@code type}, of about {@code bytes} bytes in UTF-8. */
  String english(Voice voice, String type, int bytes) {
    int length = (int) (bytes / english.bytesPerChar);
    // room for the paragraph that crosses the length, the closing lines and a note
    StringBuilder body = new StringBuilder(length + 2_000);
    body.append(SYNTHETIC_NOTE).append("\n\n");
    Template opening = Template.choose(english.openings.getOrDefault(type, List.of()), voice.slots(), chance);
    if (opening != null) {
      opening.fill(body, voice, false);
      body.append("\n\n");
    }
    for (int paragraph = 1; body.length() < length; paragraph++) {
      if (paragraph > 1) {
        body.append("\n\n");
      }
      if (type.equals("resolution")) {
        body.append(paragraph).append(". ");
      }
      int sentences = chance.between(2, 6);
      for (int i = 0; i < sentences; i++) {
        sentence.setLength(0);
        boolean opener = i == 0 && chance.of(0.3);
        if (opener) {
          sentence.append(chance.pick(english.openers)).append(' ');
        }
        fresh(english.sentences, voice).fill(sentence, voice, opener);
        edit(sentence);
        body.append(i > 0 ? " " : "").append(sentence);
      }
    }
    Template closing = Template.choose(english.closings.getOrDefault(type, List.of()), voice.slots(), chance);
    if (closing != null) {
      body.append("\n\n");
      closing.fill(body, voice, false);
    }
    if (chance.of(0.3)) {
      body.append("\n\n").append(chance.pick(english.notes));
    }
    return body.toString();
  }

  /** A transcription in the bank's language, of about {@code bytes} bytes in UTF-8. */
  String original(Bank bank, Voice voice, int bytes) {
    int length = (int) (bytes / bank.bytesPerChar);
    StringBuilder body = new StringBuilder(length + 1_500);
    body.append(SYNTHETIC_NOTE).append("\n\n");
    for (int paragraph = 1; body.length() < length; paragraph++) {
      if (paragraph > 1) {
        body.append("\n\n");
      }
      int sentences = chance.between(2, 6);
      for (int i = 0; i < sentences; i++) {
        // Chinese runs its sentences together after the full-width stop
        if (i > 0 && body.charAt(body.length() - 1) != '。') {
          body.append(' ');
        }
        fresh(bank.sentences, voice).fill(body, voice, false);
        if (chance.of(0.02)) {
          body.append(body.charAt(body.length() - 1) == '。' ? "[...]" : " [...]");
        }
      }
    }
    body.append("\n\n");
    SIGNATURE.fill(body, voice, false);
    return body.toString();
  }

  // a sentence the document can fill, not among the last few unless the bank is too small
  private Template fresh(List<Template> sentences, Voice voice) {
    List<Template> fitting = fitting(sentences, voice);
    Template t = chance.pick(fitting);
    for (int tries = 0; tries < 4 && wasRecent(t); tries++) {
      t = chance.pick(fitting);
    }
    recent[recentNext] = t;
    recentNext = (recentNext + 1) % recent.length;
    return t;
  }

  // the sentences of a bank that this document can fill, worked out once per bank
  private List<Template> fitting(List<Template> sentences, Voice voice) {
    if (sentences != fittingOf) {
      fittingOf = sentences;
      fitting = new ArrayList<>(sentences.size());
      for (Template t : sentences) {
        if (t.fits(voice.slots())) {
          fitting.add(t);
        }
      }
    }
    return fitting;
  }

  private boolean wasRecent(Template t) {
    for (Template r : recent) {
      if (r == t) {
        return true;
      }
    }
    return false;
  }

  // leaves now and then one of the marks an editor makes in a sentence: [SIC] after a word
  // misspelled in the original, [illegible] for a word, [...] for words left out, [that] supplied
  private void edit(StringBuilder s) {
    double r = chance.fraction();
    if (r >= 0.08) {
      return;
    }
    int words = words(s);
    if (words < 3) {
      return;
    }
    int w = chance.between(1, words - 1);
    int start = wordStarts[w];
    int end = wordEnds[w];
    if (r < 0.025) {
      int middle = start + (end - start) / 2;
      s.insert(middle, s.charAt(middle));
      s.insert(end + 1, " [SIC]");
    } else if (r < 0.05) {
      s.replace(start, end, chance.pick(english.illegible));
    } else if (r < 0.065) {
      s.setLength(start);
      s.append("[...].");
    } else {
      s.insert(start, "[" + chance.pick(english.supplied) + "] ");
    }
  }

  // the ordinary words of a sentence (lower case, four letters or more, outside brackets), as
  // spans in wordStarts and wordEnds; returns how many
  private int words(StringBuilder s) {
    int count = 0;
    int depth = 0;
    int i = 0;
    while (i < s.length() && count < MAX_WORDS) {
      char c = s.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      }
      if (depth == 0 && Character.isLowerCase(c) && (i == 0 || s.charAt(i - 1) == ' ')) {
        int end = i;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
          end++;
        }
        boolean whole = end == s.length() || !Character.isLetterOrDigit(s.charAt(end)) && s.charAt(end) != '\'';
        if (end - i >= 4 && whole) {
          wordStarts[count] = i;
          wordEnds[count] = end;
          count++;
        }
        i = end;
      } else {
        i++;
      }
    }
    return count;
  }
}
