package dev.plimsoll.secrets;

import java.util.List;
import java.util.function.Consumer;

/**
 * One kind of secret, as trivy's and gitleaks' rules are: an id, a title, a severity, the keywords
 * a line must hold for the detector to look at it, and the detection itself. Most detectors are one
 * {@link PatternDetector} entry in {@link Detectors}; those that decode, measure or read more than
 * one line are classes of their own.
 */
abstract class Detector {
  private final String id;
  private final String title;
  private final SecretSeverity severity;
  private final List<String> keywords;

  /**
   * A detector.
   *
   * @param id lower-case, stable, the name users disable and reports show, e.g. {@code github-pat}
   * @param keywords lower-case ASCII words of which a line must hold one (in any case) to be looked
   *     at: the prefilter that makes most lines cost a single pass
   */
  Detector(String id, String title, SecretSeverity severity, List<String> keywords) {
    this.id = id;
    this.title = title;
    this.severity = severity;
    this.keywords = List.copyOf(keywords);
  }

  final String id() {
    return id;
  }

  final String title() {
    return title;
  }

  final SecretSeverity severity() {
    return severity;
  }

  final List<String> keywords() {
    return keywords;
  }

  /** A reading of one file: its state, when the detector has any, lives for that file only. */
  abstract Reading read();

  /** Reads the lines of one file. */
  interface Reading {
    /**
     * Looks at one line that holds a keyword (or any line while {@link #pending}), reporting every
     * secret in it.
     *
     * @param number the 1-based line number
     */
    void line(int number, String text, Consumer<Hit> out);

    /** True while the detector needs to see the next lines whatever they hold. */
    default boolean pending() {
      return false;
    }
  }

  /**
   * A secret where it was seen. The value stays in this package: the scanner turns it into a
   * redacted excerpt and drops it.
   *
   * @param line 1-based
   * @param start 0-based index of the first character in the line
   * @param end index after the last character
   * @param value the secret
   */
  record Hit(int line, int start, int end, String value) {}
}
