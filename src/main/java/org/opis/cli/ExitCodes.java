package org.opis.cli;

import java.io.PrintWriter;
import org.opis.problem.ConflictException;
import org.opis.problem.DamagedFileException;
import org.opis.problem.ForbiddenException;
import org.opis.problem.InvalidInputException;
import org.opis.problem.NotFoundException;
import org.opis.problem.OpisException;
import org.opis.problem.Problem;
import org.opis.problem.SignInRequiredException;
import org.opis.problem.StorageException;
import org.opis.problem.TooManyAttemptsException;
import org.opis.problem.WithdrawnException;
import picocli.CommandLine;

/** The exit codes of {@code opis}, and the one place exceptions become them. */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler {
  static final int OK = 0;
  static final int BUG = 1;
  static final int USAGE = 2;
  static final int REJECTED = 3;
  static final int NOT_FOUND = 4;
  static final int CONFLICT = 5;
  static final int STORAGE = 6;
  static final int NOT_ALLOWED = 7;
  /** {@code opis bench check}: a ratio more than the tolerance worse than recorded. */
  static final int REGRESSED = 8;

  static int of(Throwable e) {
    if (e instanceof InvalidInputException) {
      return REJECTED;
    }
    if (e instanceof NotFoundException || e instanceof WithdrawnException) {
      return NOT_FOUND;
    }
    if (e instanceof ConflictException) {
      return CONFLICT;
    }
    if (e instanceof StorageException || e instanceof DamagedFileException) {
      return STORAGE;
    }
    if (e instanceof SignInRequiredException || e instanceof ForbiddenException || e instanceof TooManyAttemptsException) {
      return NOT_ALLOWED;
    }
    return BUG;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof OpisException opis) {
      err.println(cmd.getCommandSpec().qualifiedName() + ": " + opis.getMessage());
      for (Problem p : opis.problems().subList(Math.min(1, opis.problems().size()), opis.problems().size())) {
        err.println("  " + p);
      }
    } else {
      err.println(cmd.getCommandSpec().qualifiedName() + ": an unexpected error; please report it with this trace:");
      e.printStackTrace(err);
    }
    err.flush();
    return of(e);
  }
}
