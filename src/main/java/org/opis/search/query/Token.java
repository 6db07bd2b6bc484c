package org.opis.search.query;

/**
 * One piece of the search box's text: a word, a phrase, an operator or a parenthesis.
 *
 * @param text the word; the phrase between its quotation marks; the field's name before the
 *     colon; or the operator as typed ("OR", "|", "-", "NOT")
 * @param start where the piece begins in the text read
 * @param end where it ends (exclusive)
 */
record Token(Kind kind, String text, int start, int end) {

  /** What a piece of the text is. */
  enum Kind {
    WORD,
    PHRASE,
    /** A phrase whose quotation mark was never closed: it runs to the end of the text. */
    UNCLOSED_PHRASE,
    /** "title:", "person:", "date:": the field the next word, phrase or group is looked for in. */
    FIELD,
    /** "-" before a word, or "NOT". */
    NOT,
    /** "OR", "|" or "||". */
    OR,
    /** "AND" or "&&", which change nothing: words must all match anyway. */
    AND,
    OPEN,
    CLOSE
  }
}
