package dev.plimsoll.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.plimsoll.context.BuildContext;
import dev.plimsoll.context.ContextWalk;
import dev.plimsoll.context.DockerIgnore;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Lint;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.RuleCatalog;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.context.ContextRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The context rules' fixtures: each case is a folder, {@code fixtures/context/RULE/CASE/}, holding
 * a {@code Dockerfile} with {@code # expect:} markers, the files of the context as they are (an
 * ignore file among them), and {@code tree.txt} for what a repository cannot hold or should not (a
 * {@code .git} folder, large files): one line per entry, {@code path [bytes]}, {@code path/} for an
 * empty folder, {@code path -> target} for a link. The case is copied to a temporary context,
 * walked, and linted with every rule; findings of the context rules (and of copy-not-dockerignored,
 * which needs the context too) are compared with the markers.
 */
class ContextFixtureTest {
  static final Path ROOT = Path.of("src/test/resources/fixtures/context");
  private static final Path DOCS =
      Path.of(System.getProperty("user.dir")).getParent().resolve("docs/rules");

  @TempDir Path tmp;

  static List<Path> cases() throws IOException {
    try (Stream<Path> s = Files.walk(ROOT, 2)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("Dockerfile"))).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsWhatTheMarkersExpect(Path dir) throws Exception {
    Path ctx = materialize(dir, tmp);
    Fixture fixture =
        Fixture.parse(
            ROOT.relativize(dir) + "/Dockerfile",
            Files.readString(dir.resolve("Dockerfile"), StandardCharsets.UTF_8));
    Files.writeString(ctx.resolve("Dockerfile"), fixture.text(), StandardCharsets.UTF_8);
    List<Finding> actual = lint(ctx, fixture.name(), fixture.text());
    List<Fixture.Expectation> missing = new ArrayList<>(fixture.expected());
    List<Finding> unexpected = new ArrayList<>();
    for (Finding f : actual) {
      if (!missing.removeIf(e -> e.matches(f))) {
        unexpected.add(f);
      }
    }
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      StringBuilder out = new StringBuilder(fixture.name()).append('\n');
      missing.forEach(e -> out.append("MISSING ").append(e).append('\n'));
      unexpected.forEach(
          f ->
              out.append("UNEXPECTED ")
                  .append(f.line())
                  .append(": ")
                  .append(f.rule())
                  .append(" \"")
                  .append(f.message())
                  .append("\"\n"));
      fail(out.toString());
    }
  }

  /** Lints as {@code lint --context} does; keeps the findings that need the context. */
  static List<Finding> lint(Path ctx, String name, String text) throws Exception {
    Path dockerfile = ctx.resolve("Dockerfile");
    BuildContext walked = ContextWalk.walk(ctx, dockerfile, false, 0);
    Lint.Input in = new Lint.Input(name, text).withContext(walked);
    Optional<Path> ignore = DockerIgnore.find(ctx, dockerfile);
    if (ignore.isPresent()) {
      DockerIgnore read = DockerIgnore.read(ignore.get(), ".dockerignore");
      in =
          in.withDockerignore(
              new IgnoreMatcher() {
                @Override
                public boolean excludes(String path) {
                  return read.matchesOrParentMatches(DockerIgnore.clean(path));
                }

                @Override
                public boolean hasExceptions() {
                  return read.hasExceptions();
                }
              });
    }
    return new Lint(LintConfig.DEFAULT.withShellcheck(false))
        .texts(List.of(in)).findings().stream().filter(f -> needsContext(f.rule())).toList();
  }

  private static boolean needsContext(String rule) {
    return rule.equals("copy-not-dockerignored")
        || RuleCatalog.find(rule).map(m -> m.domain() == Domain.CONTEXT).orElse(false);
  }

  /** The case's files, and what tree.txt lists, in a fresh folder. */
  static Path materialize(Path dir, Path tmp) throws IOException {
    Path ctx = Files.createDirectories(tmp.resolve("ctx"));
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(p).toString();
        if (!rel.equals("tree.txt")) {
          Path to = ctx.resolve(rel);
          Files.createDirectories(to.getParent());
          Files.copy(p, to);
        }
      }
    }
    Path tree = dir.resolve("tree.txt");
    if (Files.isRegularFile(tree)) {
      for (String line : Files.readAllLines(tree, StandardCharsets.UTF_8)) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        if (t.contains(" -> ")) {
          String[] parts = t.split(" -> ", 2);
          Path link = ctx.resolve(parts[0]);
          Files.createDirectories(link.getParent());
          Files.createSymbolicLink(link, Path.of(parts[1]));
        } else if (t.endsWith("/")) {
          Files.createDirectories(ctx.resolve(t));
        } else {
          String[] parts = t.split("\\s+", -1);
          Path file = ctx.resolve(parts[0]);
          Files.createDirectories(file.getParent());
          Files.write(file, new byte[parts.length > 1 ? Integer.parseInt(parts[1]) : 1]);
        }
      }
    }
    return ctx;
  }

  @Test
  void everyContextRuleIsListedSortedDocumentedAndHasFixturesBothWays() throws Exception {
    List<String> classes =
        ContextRules.all().stream().map(r -> r.getClass().getSimpleName()).toList();
    assertThat(classes).isSorted();
    for (DockerfileRule rule : ContextRules.all()) {
      RuleMeta meta = rule.meta();
      assertThat(meta.domain()).isEqualTo(Domain.CONTEXT);
      assertThat(RuleCatalog.find(meta.name())).contains(meta);
      java.lang.reflect.Field field = rule.getClass().getDeclaredField("META");
      field.setAccessible(true);
      assertThat(field.get(null)).isEqualTo(meta);
      Path page = DOCS.resolve(meta.name() + ".md");
      assertThat(page).as("doc page of %s", meta.name()).isRegularFile();
      assertThat(Files.readString(page)).startsWith("# " + meta.name() + "\n");
      List<Path> own =
          cases().stream()
              .filter(c -> c.getParent().getFileName().toString().equals(meta.name()))
              .toList();
      List<Boolean> fires = new ArrayList<>();
      for (Path c : own) {
        String text = Files.readString(c.resolve("Dockerfile"), StandardCharsets.UTF_8);
        fires.add(
            Fixture.parse(c.toString(), text).expected().stream()
                .anyMatch(e -> e.rule().equals(meta.name())));
      }
      assertThat(fires).as("fixtures of %s", meta.name()).contains(true, false);
    }
  }
}
