package org.opis.problem;

import java.util.List;

/** The one asking is known but may not do this: a reader asking to edit, a form sent without its anti-forgery token, a token without the scope. */
public final class ForbiddenException extends OpisException {
  public ForbiddenException(String message) {
    super(message, List.of(), null);
  }
}
