package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into what the user sees: one line on standard error and exit code 2 for bad usage
 * and bad input; a stack trace only with {@code --debug}. Anything else is a bug in Plimsoll: one
 * line asking for a report, exit code 3.
 */
final class Errors implements IExecutionExceptionHandler {
  static final int BAD_INPUT = 2;
  static final int INTERNAL = 3;

  private final Plimsoll root;

  Errors(Plimsoll root) {
    this.root = root;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (root.debug) {
      e.printStackTrace(err);
    }
    if (e instanceof BadInputException bad) {
      err.println("error: " + oneLine(bad.getMessage()));
      err.flush();
      return BAD_INPUT;
    }
    if (e instanceof ParameterException pe) {
      return usage(pe, new String[0]);
    }
    err.println(
        "internal error: "
            + oneLine(String.valueOf(e))
            + (root.debug ? "" : " (run with --debug for the stack trace)"));
    err.flush();
    return INTERNAL;
  }

  /** A usage error: one line naming what is wrong and where help is. */
  static int usage(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println(
        "error: "
            + oneLine(e.getMessage())
            + " (see '"
            + cl.getCommandSpec().qualifiedName()
            + " --help')");
    err.flush();
    return BAD_INPUT;
  }

  /** Messages from outside (file names, parser text) must not break the one-line promise. */
  /**
   * Prints the run's warnings and errors, one line each, and gives the exit code: {@link
   * #BAD_INPUT} after an error, else {@code findingsExit}.
   */
  static int finish(
      PrintWriter err, List<String> warnings, List<BadInputException> errors, int findingsExit) {
    for (String w : warnings) {
      err.println("warning: " + oneLine(w));
    }
    for (BadInputException e : errors) {
      err.println("error: " + oneLine(e.getMessage()));
    }
    err.flush();
    return errors.isEmpty() ? findingsExit : BAD_INPUT;
  }

  static String oneLine(String message) {
    String m = message == null ? "" : message;
    StringBuilder sb = new StringBuilder(Math.min(m.length(), 500));
    for (int i = 0; i < m.length() && sb.length() < 500; i++) {
      char c = m.charAt(i);
      sb.append(c == '\n' || c == '\r' ? ' ' : Character.isISOControl(c) ? '?' : c);
    }
    if (m.length() > 500) {
      sb.append("...");
    }
    return sb.toString();
  }
}
