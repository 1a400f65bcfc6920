package dev.plimsoll.secrets;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.function.Consumer;

/**
 * A detector that is one regular expression, whose group 1 is the secret: the declarative entries
 * of {@link Detectors}. RE2 syntax (re2j): matching takes linear time whatever a hostile line
 * holds, which {@code java.util.regex} does not promise.
 */
final class PatternDetector extends Detector implements Detector.Reading {
  private final Pattern regex;

  private PatternDetector(
      String id, String title, SecretSeverity severity, List<String> keywords, Pattern regex) {
    super(id, title, severity, keywords);
    this.regex = regex;
  }

  static PatternDetector of(
      String id, String title, SecretSeverity severity, String regex, String... keywords) {
    return new PatternDetector(id, title, severity, List.of(keywords), Pattern.compile(regex));
  }

  @Override
  Reading read() {
    return this;
  }

  @Override
  public void line(int number, String text, Consumer<Hit> out) {
    Matcher m = regex.matcher(text);
    while (m.find()) {
      out.accept(new Hit(number, m.start(1), m.end(1), m.group(1)));
    }
  }
}
