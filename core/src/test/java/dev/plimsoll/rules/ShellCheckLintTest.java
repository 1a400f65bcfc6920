package dev.plimsoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.rules.dockerfile.shellcheck.ShellCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ShellCheck on RUN instructions, as a user sees it: with the real {@code shellcheck}, which the
 * test command installs. Only the faults a real ShellCheck cannot be made to show (garbage output,
 * a crash, a hang) use a stand-in script.
 */
class ShellCheckLintTest {
  private static List<Finding> lint(LintConfig config, String text) {
    return new Lint(config).text("Dockerfile", text).findings();
  }

  private static List<String> shown(LintConfig config, String text) {
    return lint(config, text).stream()
        .filter(f -> f.rule().startsWith("SC"))
        .map(f -> f.line() + ":" + f.column() + " " + f.rule() + " " + f.severity().label())
        .toList();
  }

  private static int column(String text, int line, String part) {
    return text.split("\n", -1)[line - 1].indexOf(part) + 1;
  }

  @Test
  void unquotedVariableOnTheThirdLineOfAContinuedRunIsReportedThere() {
    String text =
        """
        FROM debian:12.5
        RUN set -e \\
            && echo start \\
            && for f in /etc/*.conf; do echo $f; done
        """;
    Finding f = lint(LintConfig.DEFAULT, text).get(0);
    assertThat(f.rule()).isEqualTo("SC2086");
    assertThat(f.aliases()).isEmpty();
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).isEqualTo("Double quote to prevent globbing and word splitting.");
    assertThat(f.line()).isEqualTo(4);
    assertThat(f.column()).isEqualTo(column(text, 4, "$f"));
    assertThat(f.endLine()).isEqualTo(4);
    assertThat(shown(LintConfig.DEFAULT, text)).hasSize(1);
  }

  @Test
  void firstLineColumnsCountTheKeywordAndFlags() {
    String text = "FROM debian:12.5\nRUN --network=none  echo $1\n";
    assertThat(shown(LintConfig.DEFAULT, text))
        .containsExactly("2:" + column(text, 2, "$1") + " SC2086 info");
  }

  @Test
  void heredocBodyFindingsPointAtTheBodyLine() {
    String text =
        """
        FROM debian:12.5
        RUN <<EOF
        set -e
        for f in /etc/*.conf; do
          echo $f
        done
        EOF
        """;
    assertThat(shown(LintConfig.DEFAULT, text))
        .containsExactly("5:" + column(text, 5, "$f") + " SC2086 info");
  }

  @Test
  void heredocWithABashShebangIsCheckedAsBash() {
    String bash =
        "FROM debian:12.5\nRUN <<EOF\n#!/bin/bash\nsource /etc/os-release\necho \"$ID\"\nEOF\n";
    String sh = bash.replace("#!/bin/bash\n", "");
    assertThat(shown(LintConfig.DEFAULT, bash)).containsExactly("4:8 SC1091 info");
    assertThat(shown(LintConfig.DEFAULT, sh)).contains("3:1 SC3046 warning");
  }

  @Test
  void declaredArgsAndEnvsAreSetForShellCheckAndUndeclaredOnesAreNot() {
    String text =
        """
        FROM debian:12.5
        ARG version
        ENV APP_HOME=/app
        RUN if [ $version = 1 ]; then echo $APP_HOME; fi
        RUN if [ $release = 1 ]; then echo $HTTP_PROXY; fi
        """;
    assertThat(shown(LintConfig.DEFAULT, text))
        .containsExactly(
            "5:" + column(text, 5, "$release") + " SC2086 info",
            "5:" + column(text, 5, "$release") + " SC2154 warning");
  }

  @Test
  void variablesOfAnotherStageAreNotInScope() {
    String text = "FROM debian:12.5 AS a\nARG version\nFROM debian:12.5\nRUN echo \"$version\"\n";
    assertThat(shown(LintConfig.DEFAULT, text)).containsExactly("4:11 SC2154 warning");
  }

  @Test
  void hadolintsExcludedCodesAreNotReported() {
    // SC1090: a source of a computed path; a Dockerfile cannot carry the directive that fixes it.
    String text = "FROM debian:12.5\nRUN for f in /etc/profile.d/*.sh; do . \"$f\"; done\n";
    assertThat(shown(LintConfig.DEFAULT, text)).isEmpty();
  }

  @Test
  void aBashShellStageIsCheckedAsBashAndTheNextStageAsSh() {
    String text =
        """
        FROM debian:12.5 AS build
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN arr=(a b) && echo "${arr[@]}"
        FROM debian:12.5
        RUN arr=(a b) && echo "${arr[@]}"
        """;
    assertThat(shown(LintConfig.DEFAULT, text))
        .containsExactly(
            "5:" + column(text, 5, "(a b)") + " SC3030 warning",
            "5:" + column(text, 5, "${arr") + " SC3054 warning");
  }

  @Test
  void powershellAndExecFormRunsAreNotChecked() {
    String text =
        """
        FROM mcr.microsoft.com/powershell:7.4-debian-12
        SHELL ["pwsh", "-Command"]
        RUN Write-Host $env:FOO; $x = [int]$env:BAR
        RUN ["sh", "-c", "echo $1"]
        """;
    assertThat(shown(LintConfig.DEFAULT, text)).isEmpty();
  }

  @Test
  void pragmasIgnoreAndOverridesApplyToShellCheckCodes(@TempDir Path dir) throws Exception {
    String run = "RUN for f in *; do echo $f; done\n";
    String text = "FROM debian:12.5\n" + run;
    assertThat(shown(LintConfig.DEFAULT, text)).containsExactly("2:25 SC2086 info");
    assertThat(shown(LintConfig.DEFAULT, "FROM debian:12.5\n# hadolint ignore=SC2086\n" + run))
        .isEmpty();
    assertThat(
            shown(LintConfig.DEFAULT, "# hadolint global ignore=SC2086\nFROM debian:12.5\n" + run))
        .isEmpty();
    assertThat(shown(LintConfig.DEFAULT, "FROM debian:12.5\n# plimsoll ignore=shellcheck\n" + run))
        .isEmpty();
    assertThat(shown(LintConfig.DEFAULT.withIgnored(List.of("SC2086")), text)).isEmpty();
    assertThat(shown(LintConfig.DEFAULT.withIgnored(List.of("shellcheck")), text)).isEmpty();

    Path hadolint = dir.resolve(".hadolint.yaml");
    Files.writeString(hadolint, "ignored: [SC2086]\n");
    assertThat(shown(LintConfig.load(hadolint), text)).isEmpty();
    assertThat(LintConfig.load(hadolint).warnings()).isEmpty();

    Files.writeString(hadolint, "override:\n  error: [SC2086]\n");
    LintConfig strict = LintConfig.load(hadolint);
    assertThat(shown(strict, text)).containsExactly("2:25 SC2086 error");
    LintResult result = new Lint(strict).text("Dockerfile", text);
    assertThat(result.exitCode(FailOn.ERROR)).isEqualTo(1);
    assertThat(new Lint(LintConfig.DEFAULT).text("Dockerfile", text).exitCode(FailOn.WARNING))
        .isZero();
    assertThat(new Lint(LintConfig.DEFAULT).text("Dockerfile", text).exitCode(FailOn.INFO))
        .isEqualTo(1);
  }

  @Test
  void shellcheckFalseInTheConfigurationTurnsItOff(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(".plimsoll.yaml");
    Files.writeString(file, "shellcheck: false\n");
    LintConfig off = LintConfig.load(file);
    String text = "FROM debian:12.5\nRUN for f in *; do echo $f; done\n";
    LintResult result =
        new Lint(off, ShellCheck.at(dir.resolve("no-such-shellcheck"))).text("Dockerfile", text);
    assertThat(result.findings()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    assertThat(shown(LintConfig.DEFAULT.withShellcheck(false), text)).isEmpty();
  }

  @Test
  void codesFoundHaveRuleMetadataWithShellChecksWikiAsHelp() {
    LintResult result =
        new Lint(LintConfig.DEFAULT)
            .text("Dockerfile", "FROM debian:12.5\nRUN for f in *; do echo $f; done\n");
    RuleMeta meta =
        result.rules().stream().filter(r -> r.name().equals("SC2086")).findFirst().orElseThrow();
    assertThat(meta.helpUri()).isEqualTo("https://www.shellcheck.net/wiki/SC2086");
    assertThat(meta.severity()).isEqualTo(Severity.INFO);
    assertThat(result.rules()).extracting(RuleMeta::name).contains("shellcheck");
    assertThat(RuleCatalog.find("SC2086")).map(RuleMeta::name).hasValue("shellcheck");
    assertThat(LintConfig.unknownRules(List.of("SC2086", "SC9999X"))).containsExactly("SC9999X");
  }

  @Test
  void aMissingShellCheckIsOneWarningAndNoFindings(@TempDir Path dir) {
    String text =
        "FROM debian\nRUN for f in *; do echo $f; done\nSHELL [\"/bin/bash\", \"-c\"]\nRUN echo $1\n";
    LintResult result =
        new Lint(LintConfig.DEFAULT, ShellCheck.at(dir.resolve("no-such-shellcheck")))
            .texts(List.of(new Lint.Input("a", text), new Lint.Input("b", text)));
    assertThat(result.findings()).extracting(Finding::rule).containsOnly("pin-base-image-version");
    assertThat(result.warnings()).hasSize(1);
    assertThat(result.warnings().get(0))
        .contains("ShellCheck is not installed")
        .contains("no-such-shellcheck")
        .doesNotContain("\n");
    assertThat(result.exitCode(FailOn.WARNING)).isEqualTo(1);
  }

  @Test
  void aFileWithoutShellRunsNeverStartsShellCheck(@TempDir Path dir) {
    LintResult result =
        new Lint(LintConfig.DEFAULT, ShellCheck.at(dir.resolve("no-such-shellcheck")))
            .text("Dockerfile", "FROM debian:12.5\nRUN [\"true\"]\n");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void oneShellCheckProcessPerDialectForAWholeRun(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("calls.log");
    Path wrapper =
        script(dir, "shellcheck", "echo called >> '" + log + "'\nexec shellcheck \"$@\"\n");
    String sh = "FROM debian:12.5\nRUN echo $1\nRUN echo $2\n";
    String bash = "FROM debian:12.5\nSHELL [\"/bin/bash\", \"-c\"]\nRUN echo $1\n";
    LintResult result =
        new Lint(LintConfig.DEFAULT, ShellCheck.at(wrapper))
            .texts(
                List.of(
                    new Lint.Input("a", sh), new Lint.Input("b", sh), new Lint.Input("c", bash)));
    assertThat(result.findings())
        .filteredOn(f -> f.rule().startsWith("SC"))
        .extracting(f -> f.file() + ":" + f.line() + " " + f.rule())
        .containsExactly("a:2 SC2086", "a:3 SC2086", "b:2 SC2086", "b:3 SC2086", "c:3 SC2086");
    assertThat(Files.readAllLines(log)).hasSize(2);
  }

  @Test
  void garbageACrashAndAHangAreWarningsNotExceptions(@TempDir Path dir) throws IOException {
    String text = "FROM debian:12.5\nRUN echo $1\n";
    Path garbage = script(dir, "garbage", "echo 'this is not json'\nexit 1\n");
    Path crash = script(dir, "crash", "echo 'shellcheck: internal error' >&2\nexit 3\n");
    Path hang = script(dir, "hang", "exec sleep 30\n");
    assertThat(warnings(ShellCheck.at(garbage), text))
        .singleElement()
        .asString()
        .contains("could not be read");
    assertThat(warnings(ShellCheck.at(crash), text))
        .singleElement()
        .asString()
        .contains("exit code 3")
        .contains("internal error");
    long start = System.nanoTime();
    assertThat(warnings(ShellCheck.at(hang, Duration.ofMillis(500)), text))
        .singleElement()
        .asString()
        .contains("did not finish");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  private static List<String> warnings(ShellCheck checker, String text) {
    LintResult result = new Lint(LintConfig.DEFAULT, checker).text("Dockerfile", text);
    assertThat(result.findings()).isEmpty();
    return result.warnings();
  }

  private static Path script(Path dir, String name, String body) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }
}
