package dev.plimsoll.rules.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.compose.Compose;
import dev.plimsoll.compose.ComposeOptions;
import dev.plimsoll.rules.ExpectedFindings;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.RuleCatalog;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.compose.ComposeFixture.Expectation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every compose rule against its fixtures, both ways, and the catalogue: listed, sorted,
 * documented, with a doc page whose bad example fires and whose good example does not.
 *
 * <p>A fixture is checked for the rule of its folder and the rules its markers name, not for every
 * rule: a service that shows one problem would otherwise have to be hardened against a dozen
 * others, and the fixture would stop showing what it is about. The {@code all-rules} folder holds
 * the fixtures held to every rule.
 */
class ComposeRulesTest {
  private static final Path DOCS =
      Path.of(System.getProperty("user.dir")).getParent().resolve("docs/rules");
  private static final Pattern YAML = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern DOCKERFILE =
      Pattern.compile("```dockerfile\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path tmp;

  static List<ComposeFixture> fixtures() {
    return ComposeFixture.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void findingsAreExactlyTheExpectedOnes(ComposeFixture fixture) throws Exception {
    Set<String> checked =
        fixture.expected().stream().map(Expectation::rule).collect(Collectors.toSet());
    checked.add(fixture.ruleFolder());
    boolean all = fixture.ruleFolder().equals(ComposeFixture.ALL_RULES);
    List<ComposeFinding> actual =
        new ComposeLint(LintConfig.DEFAULT)
            .check(fixture.load()).stream()
                .filter(f -> all || checked.contains(f.finding().rule()))
                .toList();
    ExpectedFindings.assertExactly(
        fixture.name() + "\n" + fixture.listing(),
        fixture.expected(),
        actual,
        Expectation::matches,
        ComposeRulesTest::describe);
  }

  private static String describe(ComposeFinding f) {
    return ComposeFixture.describe(
            f.finding().rule(), f.service().orElse(""), f.finding().file(), f.finding().line())
        + " \""
        + f.finding().message()
        + "\"";
  }

  @Test
  void everyRuleHasAFlaggedAndACleanFixture() {
    List<ComposeFixture> all = fixtures();
    for (ComposeRule r : ComposeRules.all()) {
      String name = r.meta().name();
      List<ComposeFixture> own = all.stream().filter(f -> f.ruleFolder().equals(name)).toList();
      assertThat(own)
          .as("fixtures of %s", name)
          .anyMatch(f -> f.expected().stream().anyMatch(e -> e.rule().equals(name)))
          .anyMatch(f -> f.expected().stream().noneMatch(e -> e.rule().equals(name)));
    }
  }

  @Test
  void everyRuleIsListedSortedDocumentedAndCarriesItsMetadata() throws Exception {
    List<String> names = ComposeRules.all().stream().map(r -> r.meta().name()).toList();
    assertThat(names).isSorted().doesNotHaveDuplicates().allMatch(n -> n.startsWith("compose-"));
    for (ComposeRule r : ComposeRules.all()) {
      RuleMeta meta = r.meta();
      assertThat(r.getClass().getDeclaredField("META").get(null)).isEqualTo(meta);
      assertThat(RuleCatalog.all()).contains(meta);
      assertThat(meta.domain().label()).isEqualTo("compose");
      assertThat(RuleCatalog.documentation(meta).orElseThrow())
          .startsWith("# " + meta.name() + "\n")
          .contains("**Domain:** compose");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void docPageBadExampleFiresAndGoodExampleDoesNot(String name) throws Exception {
    String doc = Files.readString(DOCS.resolve(name + ".md"), StandardCharsets.UTF_8);
    List<String> yaml = blocks(YAML, doc);
    List<String> dockerfiles = blocks(DOCKERFILE, doc);
    assertThat(yaml).as("bad and good compose examples of %s", name).hasSize(2);
    assertThat(rulesFound(yaml.get(0), dockerfiles, "bad")).as("bad example").contains(name);
    assertThat(rulesFound(yaml.get(1), dockerfiles, "good"))
        .as("good example")
        .doesNotContain(name);
  }

  static List<String> rules() {
    return ComposeRules.all().stream().map(r -> r.meta().name()).toList();
  }

  private static List<String> blocks(Pattern p, String doc) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(doc);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The rules that fire on a compose file, next to the page's Dockerfile when it shows one. */
  private List<String> rulesFound(String compose, List<String> dockerfiles, String folder)
      throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(folder));
    Files.writeString(dir.resolve("compose.yaml"), compose);
    if (!dockerfiles.isEmpty()) {
      Files.writeString(dir.resolve("Dockerfile"), dockerfiles.get(0));
    }
    return new ComposeLint(LintConfig.DEFAULT)
        .check(Compose.load(ComposeOptions.in(dir))).stream().map(f -> f.finding().rule()).toList();
  }
}
