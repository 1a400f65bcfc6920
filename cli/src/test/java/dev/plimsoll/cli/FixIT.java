package dev.plimsoll.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plimsoll lint --fix} and {@code --diff} as a user sees them. */
class FixIT {
  private static final String BEFORE =
      """
      FROM debian:12.5\r
      RUN apt-get update \\\r
          # keep this comment\r
       && apt-get install curl=7.88.1-10\r
      MAINTAINER Jane "JD" Doe\r
      """;
  private static final String AFTER =
      """
      FROM debian:12.5\r
      RUN apt-get update \\\r
          # keep this comment\r
       && apt-get install -y --no-install-recommends curl=7.88.1-10 \
      && rm -rf /var/lib/apt/lists/*\r
      LABEL org.opencontainers.image.authors="Jane \\"JD\\" Doe"\r
      """;

  @Test
  void diffShowsTheFixesWritesNothingAndExitsOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, BEFORE, UTF_8);
    Cli.Result r = Cli.run(dir, null, Map.of(), "lint", "--no-shellcheck", "--diff");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().replace("\r", ""))
        .startsWith("--- Dockerfile\n+++ Dockerfile\n@@ -1,5 +1,5 @@\n")
        .contains("\n- && apt-get install curl=7.88.1-10\n")
        .contains(
            "\n+ && apt-get install -y --no-install-recommends curl=7.88.1-10 && rm -rf"
                + " /var/lib/apt/lists/*\n")
        .contains("\n+LABEL org.opencontainers.image.authors=\"Jane \\\"JD\\\" Doe\"\n");
    assertThat(r.err()).isEmpty();
    assertThat(Files.readString(file, UTF_8)).isEqualTo(BEFORE);
  }

  @Test
  void fixWritesTheFileKeepsCrlfAndReportsWhatIsLeft(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, BEFORE, UTF_8);
    Cli.Result r = Cli.run(dir, null, Map.of(), "lint", "--no-shellcheck", "--fix");
    assertThat(Files.readString(file, UTF_8)).isEqualTo(AFTER);
    assertThat(r.errLines())
        .containsExactly(
            "fixed: Dockerfile: 5 edits (apt-assume-yes, apt-delete-lists,"
                + " apt-no-install-recommends, maintainer-deprecated)");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).doesNotContain("apt-assume-yes").doesNotContain("maintainer");
    assertThat(dir.toFile().list()).containsExactly("Dockerfile");

    Cli.Result again = Cli.run(dir, null, Map.of(), "lint", "--no-shellcheck", "--diff");
    assertThat(again.out()).isEmpty();
    assertThat(again.exit()).isZero();
  }

  @Test
  void fixExitCodeFollowsWhatIsLeft(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), "FROM debian\nMAINTAINER me\n");
    Cli.Result r = Cli.run(dir, null, Map.of(), "lint", "--no-shellcheck", "--fix");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("pin-base-image-version").doesNotContain("maintainer");
  }

  @Test
  void aReadOnlyFileIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, BEFORE, UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    Cli.Result r = Cli.run(dir, null, Map.of(), "lint", "--no-shellcheck", "--fix");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly("error: Dockerfile: cannot write the fixed file: it is read-only");
    assertThat(Files.readString(file, UTF_8)).isEqualTo(BEFORE);
  }

  @Test
  void standardInputCanBeDiffedButNotFixed(@TempDir Path dir) {
    byte[] in = "FROM debian:12.5\nMAINTAINER me\n".getBytes(UTF_8);
    Cli.Result diff = Cli.run(dir, in, Map.of(), "lint", "--no-shellcheck", "--diff", "-");
    assertThat(diff.exit()).isEqualTo(1);
    assertThat(diff.out()).contains("+LABEL org.opencontainers.image.authors=\"me\"");
    Cli.Result fix = Cli.run(dir, in, Map.of(), "lint", "--no-shellcheck", "--fix", "-");
    assertThat(fix.exit()).isEqualTo(2);
    assertThat(fix.errLines())
        .containsExactly("error: <stdin>: --fix cannot rewrite standard input: use --diff");
  }

  @Test
  void fixAndDiffTogetherIsAUsageError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), "FROM debian:12.5\n");
    Cli.Result r = Cli.run(dir, null, Map.of(), "lint", "--fix", "--diff");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("--fix and --diff cannot be used together");
  }
}
