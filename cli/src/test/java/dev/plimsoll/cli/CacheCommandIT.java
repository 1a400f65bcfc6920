package dev.plimsoll.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plimsoll cache} end to end, without a Docker Engine: the JSON contract, the advice, the
 * git modes on a repository made here, and the bad usage that must be one line and exit 2. (The
 * predictions themselves are checked against a real BuildKit in {@link CacheIT}.)
 */
class CacheCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The usual mistake: the whole context copied before the dependency install. */
  private static final String NODE =
      """
      FROM node:20.11-bookworm-slim
      WORKDIR /app
      COPY . .
      RUN npm ci
      RUN npm run build
      USER node
      CMD ["node", "dist/index.js"]
      """;

  @TempDir Path dir;

  private void write(String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, UTF_8);
  }

  private void nodeProject() throws IOException {
    write("Dockerfile", NODE);
    write("package.json", "{\"name\":\"web\"}\n");
    write("package-lock.json", "{\"lockfileVersion\":3}\n");
    write("src/index.js", "console.log(1)\n");
    write("README.md", "# web\n");
  }

  @Test
  void changedFileGivesTheSpecKeysTheFirstInvalidatedStepAndTheAdvice() throws IOException {
    nodeProject();
    Cli.Result r =
        Cli.run(dir, null, Map.of(), "cache", ".", "--changed", "src/index.js", "-f", "json");
    assertThat(r.exit()).as(r.err()).isEqualTo(1); // the advice is a warning
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("tool").asText()).isEqualTo("plimsoll");
    List<String> steps = new ArrayList<>();
    for (JsonNode s : j.get("steps")) {
      assertThat(s.has("stage")).isTrue();
      steps.add(
          s.get("line").asInt()
              + " "
              + s.get("instruction").asText()
              + " "
              + s.get("cached").asBoolean());
    }
    assertThat(steps)
        .containsExactly(
            "1 FROM node:20.11-bookworm-slim true",
            "2 WORKDIR /app true",
            "3 COPY . . false",
            "4 RUN npm ci false",
            "5 RUN npm run build false");
    JsonNode first = j.get("firstInvalidated");
    assertThat(first.get("line").asInt()).isEqualTo(3);
    assertThat(first.get("instruction").asText()).isEqualTo("COPY . .");
    assertThat(first.get("reason").asText())
        .isEqualTo("in the build context: src/index.js changed");
    assertThat(j.get("findings").get(0).get("rule").asText()).isEqualTo("copy-all-before-install");
  }

  @Test
  void ttyNamesEachStepAndWhy() throws IOException {
    nodeProject();
    Cli.Result r =
        Cli.run(dir, null, Map.of(), "cache", ".", "--changed", "README.md", "--fail-on", "none");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Dockerfile: 3 of 4 steps rebuilt after README.md changed")
        .contains("[3/5] REBUILT  line 3: COPY . .")
        .contains("in the build context: README.md changed")
        .contains("builds on line 3 (`COPY . .`), which is rebuilt")
        .contains("first invalidated: line 3 `COPY . .`")
        .contains("copy-all-before-install");
  }

  @Test
  void aChangedBuildArgumentRebuildsFromTheFirstRunAfterItsArg() throws IOException {
    write("Dockerfile", "FROM alpine:3.20\nCOPY a.txt /a\nARG V=1\nCOPY b.txt /b\nRUN true\n");
    write("a.txt", "a\n");
    write("b.txt", "b\n");
    Cli.Result r = Cli.run(dir, null, Map.of(), "cache", ".", "--changed-arg", "V=2", "-f", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("firstInvalidated").get("line").asInt()).isEqualTo(5);
    assertThat(j.get("firstInvalidated").get("reason").asText())
        .isEqualTo("ARG V changed: \"1\" → \"2\"");
    assertThat(j.get("rebuilt").asInt()).isEqualTo(1);
  }

  @Test
  void historyReplaysCommitsAndSaysWhatTheSuggestedOrderSaves() throws Exception {
    nodeProject();
    try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
      commit(git, 0);
      write("src/index.js", "console.log(2)\n");
      commit(git, 1);
      write("src/index.js", "console.log(3)\n");
      commit(git, 2);
      write("package.json", "{\"name\":\"web\",\"dependencies\":{\"a\":\"1\"}}\n");
      commit(git, 3);
      write("src/index.js", "console.log(4)\n");
      commit(git, 4);
      write("README.md", "# web app\n");
      commit(git, 5);
    }
    Cli.Result r = Cli.run(dir, null, Map.of(), "cache", ".", "--history", "10", "-f", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode d = JSON.readTree(r.out()).get("dockerfiles").get(0);
    assertThat(d.get("requested").asInt()).isEqualTo(10);
    assertThat(d.get("commits").asInt()).isEqualTo(5);
    // WORKDIR, COPY . ., npm ci, build: every change rebuilds the last three, npm ci included.
    assertThat(d.get("current").get("steps").asInt()).isEqualTo(20);
    assertThat(d.get("current").get("rebuilt").asInt()).isEqualTo(15);
    assertThat(d.get("current").get("installsRerun").asInt()).isEqualTo(5);
    assertThat(d.get("culprits").get(0).get("line").asInt()).isEqualTo(3);
    assertThat(d.get("culprits").get(0).get("commits").asInt()).isEqualTo(5);
    JsonNode s = d.get("suggestion");
    assertThat(s.get("dockerfile").asText())
        .contains(
            "COPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n");
    // Manifests first: only the package.json commit reinstalls; sources rebuild COPY . . and build.
    assertThat(s.get("figures").get("steps").asInt()).isEqualTo(25);
    assertThat(s.get("figures").get("rebuilt").asInt()).isEqualTo(12);
    assertThat(s.get("figures").get("installsRerun").asInt()).isEqualTo(1);
    assertThat(s.get("installsSaved").asInt()).isEqualTo(4);

    Cli.Result git =
        Cli.run(dir, null, Map.of(), "cache", ".", "--git", "HEAD~2..HEAD~1", "-f", "json");
    assertThat(git.exit()).as(git.err()).isIn(0, 1);
    JsonNode g = JSON.readTree(git.out());
    assertThat(g.get("firstInvalidated").get("reason").asText())
        .isEqualTo("in the build context: src/index.js changed");

    Cli.Result tty = Cli.run(dir, null, Map.of(), "cache", ".", "--history", "10");
    assertThat(tty.out())
        .contains("5 commits replayed (the history holds 5 of the 10 asked for)")
        .contains("steps rebuilt: 15 of 20 (75.0%); dependency installs rerun: 5")
        .contains("line 3 `COPY . .`: first in 5 commits, 15 steps rebuilt")
        .contains(
            "copy package.json, package-lock.json and run `npm ci` before `COPY . .` (line 3)")
        .contains("4 installs saved");
  }

  @Test
  void historyWithoutFileReplaysEveryDockerfileWithTheContextCheckChooses() throws Exception {
    write("Dockerfile", "FROM alpine:3.20\nCOPY app.txt /app.txt\nUSER 1000\n");
    write("app.txt", "app\n");
    write("worker/Dockerfile", "FROM python:3.12-slim\nCOPY main.py /main.py\nUSER 1000\n");
    write("worker/main.py", "print(1)\n");
    try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
      commit(git, 0);
      write("worker/main.py", "print(2)\n");
      commit(git, 1);
    }
    Cli.Result r = Cli.run(dir, null, Map.of(), "cache", ".", "--history", "5", "-f", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode all = JSON.readTree(r.out()).get("dockerfiles");
    List<String> seen = new ArrayList<>();
    for (JsonNode d : all) {
      seen.add(d.get("dockerfile").asText() + " " + d.get("current").get("rebuilt").asInt());
    }
    // The worker's context is its own folder (its COPY source is there), so main.py is found.
    assertThat(seen).containsExactly("Dockerfile 0", "worker/Dockerfile 1");
  }

  @Test
  void badUsageIsOneLineAndExit2() throws IOException {
    nodeProject();
    assertOneLine(Cli.run(dir, null, Map.of(), "cache", "."), "say what changed");
    assertOneLine(
        Cli.run(dir, null, Map.of(), "cache", ".", "--git", "HEAD~1..HEAD", "--history", "3"),
        "stand alone");
    assertOneLine(Cli.run(dir, null, Map.of(), "cache", "missing", "--changed", "x"), "missing");
    assertOneLine(
        Cli.run(dir, null, Map.of(), "cache", ".", "--git", "HEAD~1..HEAD"),
        "not inside a git repository");
    assertOneLine(Cli.run(dir, null, Map.of(), "cache", ".", "--git", "HEAD"), "A..B");
    assertOneLine(
        Cli.run(dir, null, Map.of(), "cache", ".", "--changed", "x", "--target", "nope"),
        "no stage named nope");
    write("Dockerfile", "FROM\n");
    assertOneLine(Cli.run(dir, null, Map.of(), "cache", ".", "--changed", "x"), "Dockerfile");
  }

  @Test
  void anUnknownRevisionIsOneLine() throws Exception {
    nodeProject();
    try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
      commit(git, 0);
    }
    assertOneLine(
        Cli.run(dir, null, Map.of(), "cache", ".", "--git", "HEAD..nosuchbranch"),
        "unknown revision nosuchbranch");
  }

  private static void assertOneLine(Cli.Result r, String part) {
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().contains(part).doesNotContain("Exception");
  }

  private static void commit(Git git, int n) throws GitAPIException {
    PersonIdent who =
        new PersonIdent(
            "plimsoll",
            "plimsoll@example.com",
            Instant.ofEpochSecond(1_700_000_000L + 60L * n),
            ZoneOffset.UTC);
    git.add().addFilepattern(".").call();
    git.commit().setMessage("change " + n).setAuthor(who).setCommitter(who).setSign(false).call();
  }
}
