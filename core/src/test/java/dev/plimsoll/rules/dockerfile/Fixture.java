package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.BadInputException;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.LintConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Dockerfile that carries its own expectations: {@code # expect: rule-name "part of message"} on
 * a line before the instruction that should get the finding. Markers become blank comments, so line
 * numbers stay as written. A blank comment ends a comment block in BuildKit's parser, so a marker
 * goes above any ignore pragma it sits next to, never between the pragma and its instruction.
 *
 * @param name the path under the fixtures folder, e.g. {@code workdir-absolute/relative.Dockerfile}
 * @param text the Dockerfile without its markers
 * @param expected what the rules should find
 * @param config the configuration to lint with: a sibling {@code NAME.plimsoll.yaml} when there is
 *     one (for rules that read the label schema or trusted registries, or are off by default), else
 *     the default
 */
record Fixture(String name, String text, List<Expectation> expected, LintConfig config) {
  static final Path ROOT = Path.of("src/test/resources/fixtures/dockerfile");

  private static final Pattern MARKER =
      Pattern.compile("^\\s*#\\s*expect:\\s*([A-Za-z0-9-]+)(?:\\s+\"(.*)\")?\\s*$");

  /** One expected finding: the rule, the instruction's first line, part of the message. */
  record Expectation(String rule, int line, Optional<String> fragment) {
    boolean matches(Finding f) {
      return f.rule().equals(rule)
          && f.line() == line
          && fragment.map(s -> f.message().contains(s)).orElse(true);
    }

    @Override
    public String toString() {
      return line + ": " + rule + fragment.map(s -> " \"" + s + "\"").orElse("");
    }
  }

  static List<Fixture> all() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(p -> p.toString().endsWith(".Dockerfile"))
          .sorted()
          .map(Fixture::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Fixture read(Path file) {
    try {
      Fixture f =
          parse(
              ROOT.relativize(file).toString().replace('\\', '/'),
              Files.readString(file, StandardCharsets.UTF_8));
      Path config =
          file.resolveSibling(
              file.getFileName().toString().replace(".Dockerfile", ".plimsoll.yaml"));
      return Files.isRegularFile(config)
          ? new Fixture(f.name(), f.text(), f.expected(), LintConfig.load(config))
          : f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BadInputException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  static Fixture parse(String name, String source) {
    List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
    List<Expectation> expected = new ArrayList<>();
    List<Matcher> pending = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i));
      if (m.matches()) {
        pending.add(m);
        lines.set(i, "#");
      } else if (!pending.isEmpty() && isInstructionStart(lines.get(i))) {
        for (Matcher p : pending) {
          expected.add(new Expectation(p.group(1), i + 1, Optional.ofNullable(p.group(2))));
        }
        pending.clear();
      }
    }
    if (!pending.isEmpty()) {
      throw new IllegalStateException(name + ": an expect marker with no instruction after it");
    }
    return new Fixture(name, String.join("\n", lines), expected, LintConfig.DEFAULT);
  }

  private static boolean isInstructionStart(String line) {
    String t = line.strip();
    return !t.isEmpty() && !t.startsWith("#");
  }

  /** The rule folder the fixture sits in. */
  String ruleFolder() {
    return name.substring(0, name.indexOf('/'));
  }

  @Override
  public String toString() {
    return name;
  }
}
