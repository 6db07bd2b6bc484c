package org.opis.problem;

import java.util.List;

/** Input a person supplied (a file, a form, a query, a command-line argument) cannot be used. */
public final class InvalidInputException extends OpisException {
  public InvalidInputException(Problem problem) {
    this(List.of(problem));
  }

  public InvalidInputException(List<Problem> problems) {
    super(summary(problems), problems, null);
  }

  public InvalidInputException(String message) {
    super(message, List.of(), null);
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      return "invalid input";
    }
    String first = problems.get(0).toString();
    return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
  }
}
