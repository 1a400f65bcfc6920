package dev.plimsoll.context.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import dev.plimsoll.context.cache.CacheSimulation.Build;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRevisionsTest {
  private static final String DOCKERFILE =
      """
      FROM node:20
      WORKDIR /app
      COPY . .
      RUN npm ci
      """;

  @TempDir Path dir;

  @Test
  void aSnapshotHoldsTheCommitsFilesByModeAndBlobLessWhatItsDockerignoreExcludes()
      throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("Dockerfile", DOCKERFILE)
          .write(".dockerignore", "README.md\nlogs\n")
          .write("README.md", "# app\n")
          .write("logs/today.log", "x\n")
          .write("package.json", "{}\n")
          .write("src/server.js", "listen()\n")
          .commit("first");
      RevCommit executable = repo.executable("src/server.js").commit("server.js executable");

      try (GitRevisions git = GitRevisions.open(dir, dir.resolve("Dockerfile"))) {
        ContextSnapshot files = git.snapshot(executable);

        assertThat(files.files())
            .containsExactly(
                Map.entry(".dockerignore", "100644:" + GitFixture.blob("README.md\nlogs\n")),
                Map.entry("Dockerfile", "100644:" + GitFixture.blob(DOCKERFILE)),
                Map.entry("package.json", "100644:" + GitFixture.blob("{}\n")),
                Map.entry("src/server.js", "100755:" + GitFixture.blob("listen()\n")));
        assertThat(git.snapshot(git.commit("HEAD~1")).files())
            .containsEntry("src/server.js", "100644:" + GitFixture.blob("listen()\n"));
      }
    }
  }

  @Test
  void anExecutableBitChangeRebuildsCopyDotButAnIgnoredFileDoesNot() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("Dockerfile", DOCKERFILE)
          .write(".dockerignore", "README.md\n")
          .write("README.md", "# app\n")
          .write("package.json", "{}\n")
          .commit("first");
      repo.write("README.md", "# the app\n").commit("readme");
      repo.executable("package.json").commit("chmod");

      try (GitRevisions git = GitRevisions.open(dir, dir.resolve("Dockerfile"))) {
        Build first = git.build("HEAD~2", Map.of());
        Build readme = git.build("HEAD~1", Map.of());
        Build chmod = git.build("HEAD", Map.of());

        assertThat(predict(first, readme).rebuilt()).isZero();
        CachePrediction p = predict(readme, chmod);
        assertThat(p.rebuilt()).isEqualTo(2);
        assertThat(p.firstInvalidated().orElseThrow().reason())
            .contains("in the build context: package.json changed");
      }
    }
  }

  @Test
  void editingDockerignoreRebuildsCopyDot() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("Dockerfile", DOCKERFILE)
          .write(".dockerignore", "README.md\n")
          .write("package.json", "{}\n")
          .commit("first");
      repo.write(".dockerignore", "README.md\n# a comment\n").commit("comment");

      try (GitRevisions git = GitRevisions.open(dir, dir.resolve("Dockerfile"))) {
        CachePrediction p = predict(git.build("HEAD~1", Map.of()), git.build("HEAD", Map.of()));

        assertThat(p.rebuilt()).isEqualTo(2);
        assertThat(p.firstInvalidated().orElseThrow().reason())
            .contains("in the build context: .dockerignore changed");
      }
    }
  }

  @Test
  void theDockerfilesOwnIgnoreFileWinsOverTheContexts() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      RevCommit c =
          repo.write("app/Dockerfile", DOCKERFILE)
              .write("app/.dockerignore", "README.md\n")
              .write("app/Dockerfile.dockerignore", "secret.txt\n")
              .write("app/README.md", "# app\n")
              .write("app/secret.txt", "s\n")
              .write("other/file.txt", "o\n")
              .commit("first");

      try (GitRevisions git =
          GitRevisions.open(dir.resolve("app"), dir.resolve("app/Dockerfile"))) {
        assertThat(git.snapshot(c).files().keySet())
            .containsExactly(".dockerignore", "Dockerfile", "Dockerfile.dockerignore", "README.md");
      }
    }
  }

  @Test
  void buildReadsTheDockerfileAndContextAtARevisionWithTheArgs() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("Dockerfile", DOCKERFILE).write("package.json", "{}\n").commit("first");
      repo.write("Dockerfile", DOCKERFILE.replace("/app", "/srv")).commit("srv");

      try (GitRevisions git = GitRevisions.open(dir, dir.resolve("Dockerfile"))) {
        Build b = git.build("HEAD~1", Map.of("V", "1"));

        assertThat(b.dockerfile()).isEqualTo(DOCKERFILE);
        assertThat(b.buildArgs()).containsExactly(Map.entry("V", "1"));
        assertThat(b.files().files().keySet()).containsExactly("Dockerfile", "package.json");
        assertThat(git.build("main", Map.of()).dockerfile()).contains("WORKDIR /srv");
      }
    }
  }

  @Test
  void aCommitWithoutTheDockerfileHasNoBuild() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      RevCommit none = repo.write("package.json", "{}\n").commit("no Dockerfile yet");
      repo.write("Dockerfile", DOCKERFILE).commit("Dockerfile");

      try (GitRevisions git = GitRevisions.open(dir, dir.resolve("Dockerfile"))) {
        assertThat(git.dockerfile(none)).isEmpty();
        assertThatThrownBy(() -> git.build("HEAD~1", Map.of()))
            .isInstanceOf(BadInputException.class)
            .hasMessage(dir.resolve("Dockerfile") + ": not in commit HEAD~1");
      }
    }
  }

  @Test
  void anUnknownRevisionIsRefusedOnOneLine() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("Dockerfile", DOCKERFILE).commit("first");

      try (GitRevisions git = GitRevisions.open(dir, dir.resolve("Dockerfile"))) {
        assertThatThrownBy(() -> git.build("no-such-branch", Map.of()))
            .isInstanceOf(BadInputException.class)
            .hasMessage("--git: unknown revision no-such-branch");
        assertThatThrownBy(() -> git.commit("HEAD~5"))
            .isInstanceOf(BadInputException.class)
            .hasMessage("--git: unknown revision HEAD~5");
      }
    }
  }

  @Test
  void aFolderInNoRepositoryIsRefused() {
    assertThatThrownBy(() -> GitRevisions.open(dir, dir.resolve("Dockerfile")))
        .isInstanceOf(BadInputException.class)
        .hasMessage(dir + ": not inside a git repository");
  }

  private static CachePrediction predict(Build first, Build second) throws BadInputException {
    return CacheSimulation.predict("Dockerfile", first, second, Optional.empty());
  }
}
