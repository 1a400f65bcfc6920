package dev.plimsoll.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextWalkTest {
  @TempDir Path dir;

  private void write(String rel, int size) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.write(p, new byte[size]);
  }

  private BuildContext walk(String ignore, boolean measure) throws Exception {
    Files.writeString(dir.resolve(".dockerignore"), ignore, StandardCharsets.UTF_8);
    return ContextWalk.walk(dir, dir.resolve("Dockerfile"), measure, 5);
  }

  @Test
  void countsWhatIsSentAndWhatIsKeptOut() throws Exception {
    write("Dockerfile", 10);
    write("src/a.js", 100);
    write("src/b.js", 200);
    write("node_modules/x/index.js", 1000);
    write("node_modules/y/index.js", 2000);
    write("debug.log", 5);
    BuildContext ctx = walk("node_modules\n*.log\n", true);
    assertThat(ctx.included())
        .containsExactly(".dockerignore", "Dockerfile", "src/a.js", "src/b.js");
    assertThat(ctx.files()).isEqualTo(4);
    assertThat(ctx.bytes()).isEqualTo(10 + 100 + 200 + "node_modules\n*.log\n".length());
    assertThat(ctx.excludedFiles()).isEqualTo(3);
    assertThat(ctx.excludedBytes()).isEqualTo(3005);
    assertThat(ctx.excluded())
        .containsExactly(
            new BuildContext.Entry("node_modules", 2, 3000, true),
            new BuildContext.Entry("debug.log", 1, 5, false));
    assertThat(ctx.largest().get(0)).isEqualTo(new BuildContext.Entry("src", 2, 300, true));
    assertThat(ctx.shouldExclude()).isEmpty();
    assertThat(ctx.sends("src")).isTrue();
    assertThat(ctx.sends("node_modules")).isFalse();
    assertThat(ctx.sendsMatch("src/*.js")).isTrue();
    assertThat(ctx.sendsMatch("lib/*.js")).isFalse();
  }

  @Test
  void skipsAnExcludedFolderWithoutMeasuringWhenAsked() throws Exception {
    write("node_modules/x/index.js", 1000);
    write("app.js", 1);
    BuildContext ctx = walk("node_modules\n", false);
    assertThat(ctx.unmeasuredFolders()).isEqualTo(1);
    assertThat(ctx.excludedFiles()).isZero();
    assertThat(ctx.included()).containsExactly(".dockerignore", "app.js");
  }

  @Test
  void aFileReincludedInsideAnExcludedFolderIsStillFound() throws Exception {
    write("docs/a.md", 1);
    write("docs/api/spec.yaml", 7);
    write("docs/api/other.md", 1);
    BuildContext ctx = walk("docs\n!docs/api/spec.yaml\n", false);
    assertThat(ctx.included()).containsExactly(".dockerignore", "docs/api/spec.yaml");
    assertThat(ctx.unmeasuredFolders()).isZero();
    assertThat(ctx.excludedFiles()).isEqualTo(2);
    assertThat(ctx.sends("docs/api")).isTrue();
    assertThat(ctx.sends("docs")).isTrue();
  }

  @Test
  void aWildcardExceptionKeepsTheWalkDescending() throws Exception {
    write("build/out/keep.txt", 1);
    write("build/out/drop.bin", 1);
    BuildContext ctx = walk("build\n!**/keep.txt\n", false);
    assertThat(ctx.included()).containsExactly(".dockerignore", "build/out/keep.txt");
  }

  @Test
  void anExceptionElsewhereLetsTheFolderBeSkipped() throws Exception {
    write("node_modules/x/keep.txt", 1);
    write("src/keep.txt", 1);
    BuildContext ctx = walk("node_modules\nsrc\n!src/keep.txt\n", false);
    assertThat(ctx.unmeasuredFolders()).isEqualTo(1);
    assertThat(ctx.included()).containsExactly(".dockerignore", "src/keep.txt");
  }

  @Test
  void namesWhatShouldBeExcluded() throws Exception {
    write(".git/HEAD", 20);
    write("node_modules/a/index.js", 50);
    write("pom.xml", 1);
    write("target/app.jar", 500);
    write("build/scripts/run.sh", 5); // no build tool beside it: sources
    write(".env", 3);
    write(".env.example", 3);
    write("certs/ca.pem", 30);
    Files.writeString(
        dir.resolve("certs/server.pem"),
        "-----BEGIN PRIVATE KEY-----\nabc\n",
        StandardCharsets.UTF_8);
    write(".idea/workspace.xml", 4);
    BuildContext ctx = ContextWalk.walk(dir, Optional.empty(), true, 3);
    assertThat(ctx.ignoreFile()).isEmpty();
    assertThat(ctx.shouldExclude().stream().map(u -> u.path() + ":" + u.kind().label()))
        .containsExactlyInAnyOrder(
            ".git:vcs",
            "node_modules:dependencies",
            "target:build-output",
            ".env:secrets",
            "certs/server.pem:secrets",
            ".idea:ide");
    assertThat(ctx.shouldExcludeWithin("certs")).hasSize(1);
    assertThat(ctx.largest()).hasSize(3);
  }

  @Test
  void linksAreSentAsLinksNotFollowed() throws Exception {
    write("real/big.bin", 4096);
    Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("real"));
    BuildContext ctx = ContextWalk.walk(dir, Optional.empty(), true, 5);
    assertThat(ctx.included()).containsExactly("alias", "real/big.bin");
    assertThat(ctx.bytes()).isLessThan(4096 + 1024);
    assertThat(List.of(ctx.files())).containsExactly(2L);
  }
}
