package dev.plimsoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's decisions, as a user sees them in the findings. */
class LintTest {
  private static final String FILE =
      """
      FROM ubuntu
      MAINTAINER jane
      WORKDIR app
      CMD run
      USER 10001
      """;

  private static List<String> found(LintConfig config, String text) {
    return new Lint(config)
        .text("Dockerfile", text).findings().stream()
            .map(f -> f.line() + " " + f.rule() + " " + f.severity().label())
            .toList();
  }

  private static LintConfig config(Set<String> ignore, Map<String, Severity> severity) {
    return new LintConfig(
        ignore,
        severity,
        Optional.empty(),
        false,
        List.of(),
        List.of(),
        Map.of(),
        false,
        List.of(),
        true);
  }

  @Test
  void findingsAreSortedByLineAndCarryDefaultSeverities() {
    assertThat(found(LintConfig.DEFAULT, FILE))
        .containsExactly(
            "1 pin-base-image-version warning",
            "2 maintainer-deprecated error",
            "3 workdir-absolute error",
            "4 json-args-recommended warning");
  }

  @Test
  void rulesAboutTheRunningImageReadTheTargetStage() {
    String text =
        """
        FROM debian:12.5 AS runtime
        USER 10001
        CMD ["/app"]

        FROM debian:12.5 AS debug
        CMD ["sleep", "infinity"]
        """;
    Lint lint = new Lint(LintConfig.DEFAULT.withShellcheck(false));
    List<String> last =
        lint.texts(List.of(new Lint.Input("Dockerfile", text))).findings().stream()
            .map(f -> f.line() + " " + f.rule())
            .toList();
    List<String> runtime =
        lint
            .texts(List.of(new Lint.Input("Dockerfile", text).withTarget(Optional.of("Runtime"))))
            .findings()
            .stream()
            .map(f -> f.line() + " " + f.rule())
            .toList();
    // Without a target the debug stage runs, as root; with target runtime, its USER holds.
    assertThat(last).contains("5 run-as-non-root");
    assertThat(runtime).doesNotContain("5 run-as-non-root").isNotEmpty();
  }

  @Test
  void aRunStageFindingNamesTheTargetStage() {
    String text =
        """
        FROM debian:12.5 AS runtime
        CMD ["/app"]

        FROM runtime AS debug
        CMD ["sleep", "infinity"]
        """;
    Lint lint = new Lint(LintConfig.DEFAULT.withShellcheck(false));
    java.util.function.Function<Optional<String>, List<String>> root =
        target ->
            lint
                .texts(List.of(new Lint.Input("Dockerfile", text).withTarget(target)))
                .findings()
                .stream()
                .filter(f -> f.rule().equals("run-as-non-root"))
                .map(f -> f.line() + " " + f.message())
                .toList();
    assertThat(root.apply(Optional.empty()))
        .singleElement()
        .asString()
        .startsWith("4 Final stage debug has no USER");
    assertThat(root.apply(Optional.of("runtime")))
        .singleElement()
        .asString()
        .startsWith("1 Target stage runtime has no USER");
  }

  @Test
  void aTargetSkipsTheStagesItDoesNotNeed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("app.sh"), "#!/bin/sh\n");
    String text =
        """
        FROM debian:12.5 AS runtime
        COPY app.sh /app.sh

        FROM runtime AS test
        COPY tests/ /tests/
        """;
    dev.plimsoll.context.BuildContext context =
        dev.plimsoll.context.ContextWalk.walk(dir, dir.resolve("Dockerfile"), false, 0);
    Lint lint = new Lint(LintConfig.DEFAULT.withShellcheck(false));
    java.util.function.Function<Optional<String>, List<String>> missing =
        target ->
            lint
                .texts(
                    List.of(
                        new Lint.Input("Dockerfile", text).withContext(context).withTarget(target)))
                .findings()
                .stream()
                .filter(f -> f.rule().equals("copy-source-missing"))
                .map(f -> f.line() + " " + f.rule())
                .toList();
    // BuildKit builds the test stage only when it is the target (or the last, without one).
    assertThat(missing.apply(Optional.empty())).containsExactly("5 copy-source-missing");
    assertThat(missing.apply(Optional.of("test"))).containsExactly("5 copy-source-missing");
    assertThat(missing.apply(Optional.of("runtime"))).isEmpty();
  }

  @Test
  void findingSpansTheWholeInstruction() {
    Finding f =
        new Lint(LintConfig.DEFAULT)
            .text("x/Dockerfile", "FROM alpine:3.19\nCMD echo \\\n  one \\\n  two\nUSER 10001\n")
            .findings()
            .get(0);
    assertThat(f)
        .isEqualTo(
            new Finding(
                "json-args-recommended",
                List.of("DL3025", "JSONArgsRecommended"),
                Severity.WARNING,
                f.message(),
                "x/Dockerfile",
                2,
                1,
                4));
  }

  @Test
  void ignoreAcceptsNamesAndAliasesInAnyCase() {
    LintConfig c =
        LintConfig.DEFAULT.withIgnored(
            List.of("dl3006", "MaintainerDeprecated", "workdir-absolute"));
    assertThat(found(c, FILE)).containsExactly("4 json-args-recommended warning");
  }

  @Test
  void severityOverrideByNameOrAlias() {
    LintConfig c =
        config(Set.of(), Map.of("DL3006", Severity.STYLE, "json-args-recommended", Severity.ERROR));
    assertThat(found(c, FILE))
        .containsExactly(
            "1 pin-base-image-version style",
            "2 maintainer-deprecated error",
            "3 workdir-absolute error",
            "4 json-args-recommended error");
  }

  @Test
  void inlinePragmasPlimsollAndHadolintWithReasons() {
    String text =
        """
        # plimsoll ignore=pin-base-image-version -- upstream has no tags
        FROM ubuntu
        # some other comment
        # hadolint ignore=DL4000,DL3000 # legacy image
        MAINTAINER jane
        # plimsoll ignore=DL3000, JSONArgsRecommended
        WORKDIR app
        CMD run
        USER 10001
        """;
    assertThat(found(LintConfig.DEFAULT, text)).containsExactly("8 json-args-recommended warning");
  }

  @Test
  void pragmaOnlyCoversTheNextInstruction() {
    String text = "# hadolint ignore=DL3025\nFROM alpine:3.19\nCMD run\nUSER 10001\n";
    assertThat(found(LintConfig.DEFAULT, text)).containsExactly("3 json-args-recommended warning");
  }

  @Test
  void globalPragmasCoverTheWholeFile() {
    String text =
        FILE + "# hadolint global ignore=DL3006\n# plimsoll global ignore=maintainer-deprecated\n";
    assertThat(found(LintConfig.DEFAULT, text))
        .containsExactly("3 workdir-absolute error", "4 json-args-recommended warning");
  }

  @Test
  void disablePragmasKeepsEveryFinding() {
    String text = "# hadolint global ignore=DL3006\n" + "# hadolint ignore=DL3006\n" + FILE;
    LintConfig c =
        new LintConfig(
            Set.of(),
            Map.of(),
            Optional.empty(),
            true,
            List.of(),
            List.of(),
            Map.of(),
            false,
            List.of(),
            true);
    assertThat(found(c, text)).hasSize(4);
    assertThat(found(LintConfig.DEFAULT, text)).hasSize(3);
  }

  @Test
  void checkDirectiveSkipsOnlyBuildkitChecksAndErrorTrueRaisesThem() {
    String skip = "# check=skip=MaintainerDeprecated,WorkdirRelativePath\n" + FILE;
    assertThat(found(LintConfig.DEFAULT, skip))
        .containsExactly("2 pin-base-image-version warning", "5 json-args-recommended warning");
    String all = "# check=skip=all\n" + FILE;
    assertThat(found(LintConfig.DEFAULT, all)).containsExactly("2 pin-base-image-version warning");
    String error = "# check=error=true\n" + FILE;
    assertThat(found(LintConfig.DEFAULT, error))
        .containsExactly(
            "2 pin-base-image-version warning",
            "3 maintainer-deprecated error",
            "4 workdir-absolute error",
            "5 json-args-recommended error");
    // An explicit override in the configuration wins over the file's error=true.
    assertThat(found(config(Set.of(), Map.of("DL3025", Severity.INFO)), error))
        .contains("5 json-args-recommended info");
  }

  @Test
  void syntaxErrorIsAFindingAtTheParsersLine() {
    LintResult r = new Lint(LintConfig.DEFAULT).text("bad", "FROM alpine:3.19\nRUN x\nFORM y\n");
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax-error");
              assertThat(f.aliases()).containsExactly("DL1000");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.line()).isEqualTo(3);
              assertThat(f.message()).contains("unknown instruction: FORM");
            });
    assertThat(r.files()).containsExactly("bad");
    assertThat(r.sources().get("bad")).startsWith("FROM alpine:3.19", "RUN x", "FORM y");
    assertThat(r.exitCode(FailOn.WARNING)).isEqualTo(1);
    assertThat(found(LintConfig.DEFAULT.withIgnored(List.of("DL1000")), "FORM y\n")).isEmpty();
  }

  @Test
  void unreadableFilesAreErrorsAfterTheOthersAreLinted(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("Dockerfile");
    Files.writeString(good, "FROM alpine:3.19\n");
    Path bad = dir.resolve("Dockerfile.bin");
    Files.write(bad, new byte[] {0, 1, 2, (byte) 0xff});
    Path missing = dir.resolve("nope");
    Path dirty = dir.resolve("Dockerfile.dirty");
    Files.writeString(dirty, "FROM debian\n");
    LintResult r = new Lint(LintConfig.DEFAULT).paths(List.of(bad, good, missing, dirty));
    assertThat(r.files()).containsExactly(good.toString(), dirty.toString());
    assertThat(r.errors())
        .extracting(e -> e.file())
        .containsExactly(bad.toString(), missing.toString());
    assertThat(r.findings()).singleElement().extracting(Finding::file).isEqualTo(dirty.toString());
    assertThat(r.sources()).containsKeys(good.toString(), dirty.toString());
    assertThat(r.exitCode(FailOn.NONE)).isEqualTo(2);
    assertThat(r.rules())
        .extracting(RuleMeta::name)
        .contains("syntax-error", "pin-base-image-version");
  }

  @Test
  void exitCodeFollowsTheThreshold() {
    LintResult r = new Lint(LintConfig.DEFAULT).text("Dockerfile", "FROM debian\n");
    assertThat(r.exitCode(FailOn.WARNING)).isEqualTo(1);
    assertThat(r.exitCode(FailOn.ERROR)).isZero();
    assertThat(r.exitCode(FailOn.NONE)).isZero();
  }

  @Test
  void ignoredRulesAreNotListedAsRun() {
    LintResult r =
        new Lint(LintConfig.DEFAULT.withIgnored(List.of("DL4000")))
            .text("Dockerfile", "FROM a:1\n");
    assertThat(r.rules()).extracting(RuleMeta::name).doesNotContain("maintainer-deprecated");
  }
}
