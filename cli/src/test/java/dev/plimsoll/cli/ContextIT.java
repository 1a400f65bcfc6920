package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plimsoll lint --context DIR}: the build context's {@code .dockerignore} is read. */
class ContextIT {
  private static final String COPIES_SECRET = "FROM alpine:3.19\nCOPY secrets/x /etc/x\n";

  private static Path project(Path dir, String dockerignore) throws IOException {
    Files.createDirectories(dir.resolve("secrets"));
    Files.writeString(dir.resolve("secrets/x"), "token\n");
    Files.writeString(dir.resolve(".dockerignore"), dockerignore);
    Files.writeString(dir.resolve("Dockerfile"), COPIES_SECRET);
    return dir;
  }

  @Test
  void aCopyOfAnIgnoredFileIsFoundOnlyWithTheContext(@TempDir Path dir) throws IOException {
    project(dir, "# keep secrets out\nsecrets/\n");

    Cli.Result with = Cli.run(dir, null, Map.of(), "lint", "--no-shellcheck", "--context", ".");
    assertThat(with.out())
        .contains("copy-not-dockerignored")
        .contains("\"secrets/x\" that is excluded by .dockerignore");
    assertThat(with.exit()).isEqualTo(1);

    Cli.Result without = Cli.run(dir, null, Map.of(), "lint", "--no-shellcheck");
    assertThat(without.out()).doesNotContain("copy-not-dockerignored");
    assertThat(without.exit()).isZero();
  }

  @Test
  void theDockerfilesOwnIgnoreFileWins(@TempDir Path dir) throws IOException {
    project(dir, "secrets/\n");
    Files.writeString(dir.resolve("Dockerfile.dockerignore"), "node_modules\n");

    Cli.Result r = Cli.run(dir, null, Map.of(), "lint", "--no-shellcheck", "--context", ".");
    assertThat(r.out()).doesNotContain("copy-not-dockerignored");
  }

  @Test
  void aBadPatternIsOneLineNamingTheIgnoreFile(@TempDir Path dir) throws IOException {
    project(dir, "secrets/\n[\n");

    Cli.Result r = Cli.run(dir, null, Map.of(), "lint", "--no-shellcheck", "--context", ".");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("error: .dockerignore:2: ").contains("\"[\"");
  }

  @Test
  void aContextThatIsNotAFolderIsBadUsage(@TempDir Path dir) throws IOException {
    project(dir, "secrets/\n");

    Cli.Result r = Cli.run(dir, null, Map.of(), "lint", "--context", "missing");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("missing").contains("--context");
  }
}
