package dev.plimsoll.rules.dockerfile.shellcheck;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The ShellCheck program, or a stand-in for it: checks scripts of one dialect in one go. It never
 * throws for a ShellCheck that is missing, hangs, crashes or writes garbage; it says so in {@link
 * Outcome#problem()} instead, and the lint run goes on without its findings.
 */
public interface ShellCheck {
  /** The {@code shellcheck} on the PATH. */
  static ShellCheck onPath() {
    return at(Path.of("shellcheck"));
  }

  /** The program at {@code binary}; a bare name is looked up on the PATH. */
  static ShellCheck at(Path binary) {
    return new ShellCheckProcess(binary, ShellCheckProcess.DEFAULT_TIMEOUT);
  }

  /** As {@link #at(Path)}, giving up after {@code timeout} for the whole run. */
  static ShellCheck at(Path binary, Duration timeout) {
    return new ShellCheckProcess(binary, timeout);
  }

  /**
   * Checks each script on its own, as ShellCheck's {@code -s DIALECT} would.
   *
   * @param dialect {@code sh}, {@code bash}, {@code dash} or {@code ksh}
   * @param scripts the scripts' text
   * @return one list of comments per script, in the order given
   */
  Outcome check(String dialect, List<String> scripts);

  /**
   * What came back.
   *
   * @param comments one list per script given, in order; all empty when there is a problem
   * @param problem why the scripts were not checked, one line, e.g. ShellCheck is not installed
   */
  record Outcome(List<List<Comment>> comments, Optional<String> problem) {
    public Outcome {
      comments = comments.stream().map(List::copyOf).toList();
    }

    static Outcome failed(int scripts, String problem) {
      return new Outcome(java.util.Collections.nCopies(scripts, List.of()), Optional.of(problem));
    }
  }
}
