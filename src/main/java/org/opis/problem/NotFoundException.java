package org.opis.problem;

import java.util.List;

/** The record, page or file asked for does not exist, or is not visible to the one asking. */
public final class NotFoundException extends OpisException {
  public NotFoundException(String message) {
    super(message, List.of(), null);
  }
}
