package dev.plimsoll.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.plimsoll.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerIgnoreTest {
  @TempDir Path dir;

  @Test
  void commentsOnlyInTheFirstColumnAndBlankLinesAreSkipped() throws Exception {
    DockerIgnore ignore = DockerIgnore.parse(".dockerignore", "# secrets\n\n   \n #keep\nlogs\n");

    assertThat(ignore.excludes("secrets")).isFalse();
    assertThat(ignore.excludes("# secrets")).isFalse();
    // ReadAll trims after the comment check: " #keep" is the pattern "#keep".
    assertThat(ignore.excludes("#keep")).isTrue();
    assertThat(ignore.excludes("logs/app.log")).isTrue();
  }

  @Test
  void crlfLinesAndABomAreReadAsLf() throws Exception {
    DockerIgnore ignore =
        DockerIgnore.parse(".dockerignore", "\uFEFFsecrets\r\n!secrets/public\r\n");

    assertThat(ignore.excludes("secrets/key.pem")).isTrue();
    assertThat(ignore.excludes("secrets/public")).isFalse();
    assertThat(ignore.hasExceptions()).isTrue();
  }

  @Test
  void leadingSlashDotSlashAndSpacesAfterTheBangAreCleaned() throws Exception {
    DockerIgnore ignore = DockerIgnore.parse(".dockerignore", "/build\n./dist/\n*\n! ./src\n");

    assertThat(ignore.excludes("build/out.o")).isTrue();
    assertThat(ignore.excludes("dist/app.js")).isTrue();
    assertThat(ignore.excludes("src/main.c")).isFalse();
    assertThat(ignore.excludes("README.md")).isTrue();
  }

  @Test
  void theLastMatchingPatternWins() throws Exception {
    DockerIgnore ignore = DockerIgnore.parse(".dockerignore", "*.md\n!README.md\nREADME.md\n");

    assertThat(ignore.excludes("README.md")).isTrue();
  }

  @Test
  void theContextItselfIsNeverExcludedButBuildkitsCopyCheckMatchesDot() throws Exception {
    DockerIgnore ignore = DockerIgnore.parse(".dockerignore", "*\n");

    assertThat(ignore.excludes(".")).isFalse();
    assertThat(ignore.matchesOrParentMatches(".")).isTrue();
  }

  @Test
  void aBadPatternNamesTheFileAndLine() {
    assertThatThrownBy(() -> DockerIgnore.parse("app/.dockerignore", "ok\n# fine\n[\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("app/.dockerignore:3: ")
        .hasMessageContaining("[");
    assertThatThrownBy(() -> DockerIgnore.parse(".dockerignore", "!\n"))
        .hasMessage(".dockerignore:1: illegal exclusion pattern: \"!\"");
    assertThatThrownBy(() -> DockerIgnore.parse(".dockerignore", "a\\"))
        .hasMessageStartingWith(".dockerignore:1: ");
    // filepath.Match accepts [z-a]; Go's regexp does not, so the build fails on it.
    assertThatThrownBy(() -> DockerIgnore.parse(".dockerignore", "[z-a]"))
        .hasMessageStartingWith(".dockerignore:1: ");
  }

  @Test
  void patternmatchersRegexQuirksAreKept() throws Exception {
    // "**" first with a literal rest is a plain suffix test, so it matches inside a name.
    assertThat(DockerIgnore.of("p", java.util.List.of("**foo")).excludes("barfoo")).isTrue();
    // A "*" inside a class is turned into "[^/]*" before the class is read.
    assertThat(DockerIgnore.of("p", java.util.List.of("[*]")).excludes("*")).isFalse();
    assertThat(DockerIgnore.of("p", java.util.List.of("[*]")).excludes("[]")).isTrue();
    assertThat(DockerIgnore.of("p", java.util.List.of("a[[:digit:]]")).excludes("a7")).isTrue();
  }

  @Test
  void theDockerfilesOwnIgnoreFileTakesPrecedence() throws Exception {
    Path app = Files.createDirectories(dir.resolve("app"));
    Path dockerfile = Files.writeString(app.resolve("Dockerfile"), "FROM scratch\n");
    Files.writeString(dir.resolve(".dockerignore"), "shared\n");

    assertThat(DockerIgnore.find(dir, dockerfile)).contains(dir.resolve(".dockerignore"));

    Files.writeString(app.resolve("Dockerfile.dockerignore"), "own\n");
    Path found = DockerIgnore.find(dir, dockerfile).orElseThrow();
    assertThat(found).isEqualTo(app.resolve("Dockerfile.dockerignore"));
    DockerIgnore ignore = DockerIgnore.read(found, "app/Dockerfile.dockerignore");
    assertThat(ignore.excludes("own")).isTrue();
    assertThat(ignore.excludes("shared")).isFalse();
  }

  @Test
  void noIgnoreFileMeansNone() {
    assertThat(DockerIgnore.find(dir, dir.resolve("Dockerfile"))).isEmpty();
  }

  /**
   * Go's regexp never backtracks; java.util.regex did on patternmatcher's regexes, and the fuzzer
   * found a pattern of a few hundred stars that hung the matcher. Matching is now linear.
   */
  @Test
  void hundredsOfStarsDoNotHang() throws Exception {
    String pattern = "*".repeat(300) + "a" + "*".repeat(300) + "b[.]";
    DockerIgnore ignore = DockerIgnore.parse(".dockerignore", pattern + "\n");
    String path = "a".repeat(4000);
    boolean excluded =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ignore.excludes(path));
    assertThat(excluded).isFalse();
    // An even run of stars is patternmatcher's "**" over and over: any folders, then the name.
    assertThat(ignore.excludes("x/y/ab.")).isTrue();
    assertThat(ignore.excludes("xab.")).isFalse();
  }
}
