package dev.plimsoll.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.BadInputException;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Lint;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.RuleCatalog;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.dockerfile.shellcheck.ShellCheckPass;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule is listed, uniquely named, documented, and has fixtures both ways. The {@code
 * shellcheck} entry is one documented family whose findings are named {@code SCnnnn}: its doc page
 * and fixtures are held to the same checks, with "fires" meaning "some SC code fires".
 */
class CatalogueTest {
  private static final Path DOCS =
      Path.of(System.getProperty("user.dir")).getParent().resolve("docs/rules");
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
  private static final Pattern BLOCK = Pattern.compile("```dockerfile\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern YAML = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

  /**
   * Rules that need what a Dockerfile alone does not hold (the build context, base images): linted
   * on their own they stay silent, so their bad example and fixtures show silence, and {@link
   * OutsideInputRulesTest} gives them the input and shows them fire.
   */
  static final Set<String> NEED_OUTSIDE_INPUT =
      Set.of("base-image-platform-matches", "copy-not-dockerignored");

  static List<DockerfileRule> rules() {
    return DockerfileRules.all();
  }

  @Test
  void everyRuleClassInThePackageIsListed() throws IOException, URISyntaxException {
    Path classes =
        Path.of(DockerfileRule.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("dev/plimsoll/rules/dockerfile");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(classes)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String simple = p.getFileName().toString().replace(".class", "");
        Class<?> c = loadClass("dev.plimsoll.rules.dockerfile." + simple);
        if (DockerfileRule.class.isAssignableFrom(c)
            && !c.isInterface()
            && !Modifier.isAbstract(c.getModifiers())
            && !c.isAnonymousClass()) {
          found.add(c.getName());
        }
      }
    }
    assertThat(rules().stream().map(r -> r.getClass().getName()))
        .containsExactlyInAnyOrderElementsOf(found);
  }

  @Test
  void listIsSortedByNameAndNamesAndAliasesAreUnique() {
    List<String> names = rules().stream().map(r -> r.meta().name()).toList();
    assertThat(names).isSorted().doesNotHaveDuplicates().allMatch(n -> KEBAB.matcher(n).matches());
    Set<String> aliases = new HashSet<>();
    for (DockerfileRule r : rules()) {
      for (String a : r.meta().aliases()) {
        assertThat(aliases.add(a.toLowerCase(Locale.ROOT)))
            .as("alias %s of %s is used twice", a, r.meta().name())
            .isTrue();
        assertThat(names).as("alias %s is also a rule name", a).doesNotContain(a);
      }
    }
  }

  @Test
  void metadataSitsOnTheClass() throws ReflectiveOperationException {
    for (DockerfileRule r : rules()) {
      Object meta = r.getClass().getDeclaredField("META").get(null);
      assertThat(meta).isEqualTo(r.meta());
      assertThat(r.meta().summary()).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void docPageBadExampleTriggersAndGoodExampleDoesNot(DockerfileRule rule) throws IOException {
    docPage(rule.meta(), List.of(rule.meta().name()));
  }

  @Test
  void shellcheckIsCataloguedDocumentedAndHasFixturesBothWays() throws IOException {
    RuleMeta meta = ShellCheckPass.META;
    assertThat(RuleCatalog.all()).contains(meta);
    assertThat(RuleCatalog.documentation(meta)).isPresent();
    List<String> codes =
        new Lint(LintConfig.DEFAULT)
            .text("Dockerfile", docBlocks(meta).get(0)).findings().stream()
                .map(Finding::rule)
                .filter(ShellCheckPass::isCode)
                .toList();
    assertThat(codes).as("SC codes of the bad example").isNotEmpty();
    docPage(meta, codes);
    assertThat(rulesFound(LintConfig.DEFAULT, docBlocks(meta).get(1)))
        .as("good example of shellcheck")
        .noneMatch(ShellCheckPass::isCode);
    List<Fixture> own =
        Fixture.all().stream().filter(f -> f.ruleFolder().equals(meta.name())).toList();
    assertThat(own)
        .anyMatch(f -> f.expected().stream().anyMatch(e -> ShellCheckPass.isCode(e.rule())));
    assertThat(own)
        .anyMatch(f -> f.expected().stream().noneMatch(e -> ShellCheckPass.isCode(e.rule())));
  }

  private static List<String> docBlocks(RuleMeta meta) throws IOException {
    String doc = Files.readString(DOCS.resolve(meta.name() + ".md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(doc);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  /** The page exists, and its first example finds all of {@code names}, its second none. */
  private static void docPage(RuleMeta meta, List<String> names) throws IOException {
    Path page = DOCS.resolve(meta.name() + ".md");
    assertThat(page).as("doc page of %s", meta.name()).isRegularFile();
    String doc = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(doc).startsWith("# " + meta.name() + "\n");
    List<String> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(doc);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).as("dockerfile blocks in %s", page).hasSizeGreaterThanOrEqualTo(2);
    LintConfig config = config(doc);
    if (NEED_OUTSIDE_INPUT.contains(meta.name())) {
      assertThat(rulesFound(config, blocks.get(0)))
          .as("bad example of %s, without the input it needs", meta.name())
          .doesNotContainAnyElementsOf(names);
    } else {
      assertThat(rulesFound(config, blocks.get(0)))
          .as("bad example of %s", meta.name())
          .containsAll(names);
    }
    assertThat(rulesFound(config, blocks.get(1)))
        .as("good example of %s", meta.name())
        .doesNotContainAnyElementsOf(names);
    for (String alias : meta.aliases()) {
      assertThat(doc).as("doc of %s names alias %s", meta.name(), alias).contains(alias);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void fixturesExistBothWays(DockerfileRule rule) {
    String name = rule.meta().name();
    List<Fixture> own = Fixture.all().stream().filter(f -> f.ruleFolder().equals(name)).toList();
    if (NEED_OUTSIDE_INPUT.contains(name)) {
      assertThat(own).as("fixtures of %s", name).isNotEmpty();
      assertThat(own).allMatch(f -> f.expected().stream().noneMatch(e -> e.rule().equals(name)));
      return;
    }
    assertThat(own)
        .as("fixtures where %s fires", name)
        .anyMatch(f -> f.expected().stream().anyMatch(e -> e.rule().equals(name)));
    assertThat(own)
        .as("fixtures where %s stays quiet", name)
        .anyMatch(f -> f.expected().stream().noneMatch(e -> e.rule().equals(name)));
  }

  @Test
  void fixtureFoldersNameRules() {
    Set<String> names = new HashSet<>();
    rules().forEach(r -> names.add(r.meta().name()));
    RuleCatalog.all().forEach(r -> names.add(r.name()));
    assertThat(Fixture.all()).allMatch(f -> names.contains(f.ruleFolder()));
  }

  /**
   * The configuration a doc page's examples need: its first {@code yaml} block, a {@code
   * .plimsoll.yaml}, for rules that read the label schema or are off by default.
   */
  private static LintConfig config(String doc) throws IOException {
    Matcher m = YAML.matcher(doc);
    if (!m.find()) {
      return LintConfig.DEFAULT;
    }
    Path dir = Files.createTempDirectory("plimsoll-doc");
    Path file = Files.writeString(dir.resolve(".plimsoll.yaml"), m.group(1));
    try {
      return LintConfig.load(file);
    } catch (BadInputException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } finally {
      Files.delete(file);
      Files.delete(dir);
    }
  }

  private static List<String> rulesFound(LintConfig config, String dockerfile) {
    return new Lint(config)
        .text("Dockerfile", dockerfile).findings().stream().map(Finding::rule).toList();
  }

  private static Class<?> loadClass(String name) {
    try {
      return Class.forName(name, false, CatalogueTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
