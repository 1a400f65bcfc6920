package dev.plimsoll.rules.compose;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.Compose;
import dev.plimsoll.compose.ComposeOptions;
import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.rules.ExpectedFindings;
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
 * A compose project that carries its own expectations, in YAML comments: {@code # expect:
 * RULE@SERVICE:LINE "part of message"}. The service is left out ({@code RULE:LINE}) for a finding
 * about no service; the line is left out for a trailing comment on the line it expects. A fixture
 * is a {@code .yaml} file in a rule's folder (loaded alone), or a folder (loaded as {@code docker
 * compose} would there, with its Dockerfiles, {@code .env} and other files).
 *
 * @param name the path under the fixtures folder, e.g. {@code compose-privileged/flagged.yaml}
 * @param dir the folder compose runs in
 * @param files the compose files; empty for a folder fixture
 */
record ComposeFixture(String name, Path dir, List<Path> files, List<Expectation> expected) {
  static final Path ROOT = Path.of("src/test/resources/fixtures/compose").toAbsolutePath();

  /** A folder of this name holds fixtures checked against every rule rather than their own. */
  static final String ALL_RULES = "all-rules";

  private static final Pattern MARKER =
      Pattern.compile(
          "#\\s*expect:\\s*([a-z0-9-]+)(?:@([A-Za-z0-9._-]*))?(?::(\\d+))?(?:\\s+\"([^\"]*)\")?");

  /** One expected finding: rule, service (empty: none), file, line, part of the message. */
  record Expectation(
      String rule, String service, String file, int line, Optional<String> fragment) {
    boolean matches(ComposeFinding f) {
      return f.finding().rule().equals(rule)
          && f.service().orElse("").equals(service)
          && f.finding().file().equals(file)
          && f.finding().line() == line
          && fragment.map(s -> f.finding().message().contains(s)).orElse(true);
    }

    @Override
    public String toString() {
      return describe(rule, service, file, line) + fragment.map(s -> " \"" + s + "\"").orElse("");
    }
  }

  static String describe(String rule, String service, String file, int line) {
    return rule + "@" + service + " " + file + ":" + line;
  }

  static List<ComposeFixture> all() {
    List<ComposeFixture> out = new ArrayList<>();
    try (Stream<Path> folders = Files.list(ROOT)) {
      for (Path rule : folders.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> entries = Files.list(rule)) {
          for (Path p : entries.sorted().toList()) {
            if (Files.isDirectory(p)) {
              out.add(read(p, List.of()));
            } else if (p.toString().endsWith(".yaml")) {
              out.add(read(rule, List.of(p)));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static ComposeFixture read(Path dir, List<Path> files) throws IOException {
    List<Expectation> expected = new ArrayList<>();
    List<Path> marked = files;
    if (files.isEmpty()) {
      try (Stream<Path> all = Files.walk(dir)) {
        marked = all.filter(p -> p.toString().matches(".*\\.ya?ml")).sorted().toList();
      }
    }
    for (Path f : marked) {
      String file = dir.relativize(f).toString();
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = MARKER.matcher(lines.get(i));
        while (m.find()) {
          expected.add(
              new Expectation(
                  m.group(1),
                  m.group(2) == null ? "" : m.group(2),
                  file,
                  m.group(3) == null ? i + 1 : Integer.parseInt(m.group(3)),
                  Optional.ofNullable(m.group(4))));
        }
      }
    }
    Path rel = ROOT.relativize(files.isEmpty() ? dir : files.get(0));
    return new ComposeFixture(rel.toString(), dir, files, expected);
  }

  /** The rule folder the fixture sits in. */
  String ruleFolder() {
    return Path.of(name).getName(0).toString();
  }

  ComposeProject load() throws BadInputException {
    return Compose.load(ComposeOptions.in(dir).withFiles(files));
  }

  /** The fixture's text with line numbers, for a failure message. */
  String listing() {
    Path main = files.isEmpty() ? dir.resolve("compose.yaml") : files.get(0);
    try {
      return ExpectedFindings.listing(Files.readAllLines(main, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return "(" + main + ": " + e.getMessage() + ")\n";
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
