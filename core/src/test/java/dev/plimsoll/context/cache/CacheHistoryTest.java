package dev.plimsoll.context.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small history replayed, its figures worked out by hand. Steps leave FROM out: the Dockerfile
 * has 4 (apt-get, WORKDIR, COPY . ., npm ci) and the suggested order 5 (the manifest's COPY added).
 */
class CacheHistoryTest {
  private static final String DOCKERFILE =
      """
      FROM node:20
      RUN apt-get update && apt-get install -y %s
      WORKDIR /app
      COPY . .
      RUN npm ci
      CMD ["node", "server.js"]
      """;

  @TempDir Path dir;

  @Test
  void replayCountsRebuildsPerChangeAndWhatTheSuggestedOrderWouldHaveSaved() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      // c0: no Dockerfile yet. c1 adds it. Changes replayed, newest first:
      repo.write("README.md", "# app\n")
          .write("package.json", "{}\n")
          .write("server.js", "v1\n")
          .commit("c0");
      repo.write("Dockerfile", DOCKERFILE.formatted("curl"))
          .write(".dockerignore", "README.md\n")
          .commit("c1"); // c1 after c0: skipped, c0 has no Dockerfile
      // c2: a source change. COPY . . and npm ci rebuilt (2 of 4); suggested: COPY . . (1 of 5).
      repo.write("server.js", "v2\n").commit("c2");
      // c3: an ignored file. Nothing rebuilt either way.
      repo.write("README.md", "# the app\n").commit("c3");
      // c4: a Dockerfile that does not parse; c5 repairs it. Both changes skipped.
      repo.write("Dockerfile", "RUN echo no stage yet\n" + DOCKERFILE.formatted("curl git"))
          .commit("c4");
      repo.write("Dockerfile", DOCKERFILE.formatted("curl git")).commit("c5");
      // c6: the executable bit. 2 of 4; suggested 1 of 5.
      repo.executable("server.js").commit("c6");
      // c7: the apt-get line. Everything after FROM: 4 of 4; suggested 5 of 5.
      repo.write("Dockerfile", DOCKERFILE.formatted("curl git make")).commit("c7");
      // c8: a source change again. 2 of 4; suggested 1 of 5.
      repo.write("server.js", "v3\n").commit("c8");

      CacheHistory.Report r;
      try (GitRevisions git = GitRevisions.open(dir, dir.resolve("Dockerfile"))) {
        r = CacheHistory.replay(git, 8, Map.of(), Optional.empty());
      }

      assertThat(r.dockerfile()).isEqualTo(dir.resolve("Dockerfile").toString());
      assertThat(r.requested()).isEqualTo(8);
      assertThat(r.commits()).isEqualTo(5);
      assertThat(r.skipped()).isEqualTo(3);
      // 5 changes of 4 steps; 2 + 0 + 2 + 4 + 2 rebuilt; npm ci in c2, c6, c7, c8; c3 untouched.
      assertThat(r.current()).isEqualTo(new CacheHistory.Figures(20, 10, 4, 1));
      assertThat(r.current().share()).isEqualTo(0.5);
      assertThat(r.culprits())
          .containsExactly(
              new CacheHistory.Culprit("COPY . .", 4, 3, 6),
              new CacheHistory.Culprit(
                  "RUN apt-get update && apt-get install -y curl git make", 2, 1, 4));
      CacheReorder.Suggestion s = r.suggestion().orElseThrow();
      assertThat(s.text())
          .isEqualTo(
              """
              FROM node:20
              RUN apt-get update && apt-get install -y curl git make
              WORKDIR /app
              COPY package.json ./
              RUN npm ci
              COPY . .
              CMD ["node", "server.js"]
              """);
      assertThat(s.moves())
          .containsExactly("copy package.json and run `npm ci` before `COPY . .` (line 4)");
      // 5 changes of 5 steps; 1 + 0 + 1 + 5 + 1 rebuilt; npm ci only in c7.
      assertThat(r.suggested()).contains(new CacheHistory.Figures(25, 8, 1, 1));
      assertThat(r.suggested().orElseThrow().share()).isEqualTo(0.32);
    }
  }

  @Test
  void culpritsWithEqualRebuildsAreOrderedByLine() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("Dockerfile", DOCKERFILE.formatted("curl"))
          .write("package.json", "{}\n")
          .write("server.js", "v1\n")
          .commit("c0");
      // c1: the source (COPY . ., line 4): 2 rebuilt. c2: the same again: 2 more.
      repo.write("server.js", "v2\n").commit("c1");
      repo.write("server.js", "v3\n").commit("c2");
      // c3: apt-get (line 2): 4 rebuilt. A tie with COPY . . at 4; the earlier line comes first.
      repo.write("Dockerfile", DOCKERFILE.formatted("curl git")).commit("c3");

      CacheHistory.Report r;
      try (GitRevisions git = GitRevisions.open(dir, dir.resolve("Dockerfile"))) {
        r = CacheHistory.replay(git, 3, Map.of(), Optional.empty());
      }

      assertThat(r.commits()).isEqualTo(3);
      assertThat(r.skipped()).isZero();
      assertThat(r.culprits())
          .containsExactly(
              new CacheHistory.Culprit(
                  "RUN apt-get update && apt-get install -y curl git", 2, 1, 4),
              new CacheHistory.Culprit("COPY . .", 4, 2, 4));
      assertThat(r.current()).isEqualTo(new CacheHistory.Figures(12, 8, 3, 0));
    }
  }

  @Test
  void aGoodOrderHasNoSuggestionAndAShortHistoryReplaysWhatThereIs() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write(
              "Dockerfile",
              """
              FROM node:20
              WORKDIR /app
              COPY package.json ./
              RUN npm ci
              COPY . .
              """)
          .write("package.json", "{}\n")
          .write("server.js", "v1\n")
          .commit("c0");
      repo.write("server.js", "v2\n").commit("c1");

      CacheHistory.Report r;
      try (GitRevisions git = GitRevisions.open(dir, dir.resolve("Dockerfile"))) {
        r = CacheHistory.replay(git, 10, Map.of(), Optional.empty());
      }

      assertThat(r.requested()).isEqualTo(10);
      assertThat(r.commits()).isEqualTo(1);
      assertThat(r.skipped()).isZero();
      assertThat(r.current()).isEqualTo(new CacheHistory.Figures(4, 1, 0, 0));
      assertThat(r.culprits()).containsExactly(new CacheHistory.Culprit("COPY . .", 5, 1, 1));
      assertThat(r.suggestion()).isEmpty();
      assertThat(r.suggested()).isEmpty();
    }
  }
}
