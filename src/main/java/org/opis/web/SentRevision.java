package org.opis.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.opis.problem.InvalidInputException;

/**
 * The revision a form was filled from, which every form that changes a record sends back: a
 * change sent without it would overwrite one made since without a word, so it is required.
 */
final class SentRevision {
  private SentRevision() {}

  /**
   * The revision number in form field {@code field}.
   *
   * @param page where the form comes from, for the message ("the document's history page")
   * @throws InvalidInputException when it is missing or not a number
   */
  static int required(Context ctx, String field, String page) {
    String sent = Optional.ofNullable(ctx.formParam(field)).orElse("").strip();
    if (sent.isEmpty()) {
      throw new InvalidInputException("\"" + field + "\" is missing: send the form from " + page);
    }
    try {
      return Integer.parseInt(sent);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("\"" + field + "\" is \"" + Quote.shortened(sent) + "\"; it is the number of the"
          + " revision the form was sent from, such as 3");
    }
  }

  /** The revision number in {@code field}, or {@code otherwise} when it cannot be read: to fill a form again. */
  static int orElse(Context ctx, String field, int otherwise) {
    try {
      return Integer.parseInt(Optional.ofNullable(ctx.formParam(field)).orElse("").strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
