package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plimsoll image} end to end on dive's own archive, without a Docker Engine: dive's figures
 * through the CLI, the gates and their exit codes, the report formats, and bad input.
 */
class ImageCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DIVE = Cli.CORPUS.resolve("images/dive/test-docker-image.tar");

  @TempDir Path dir;

  @Test
  void divesFiguresComeThroughTheCli() throws IOException {
    Cli.Result r = Cli.run("image", "docker-archive:" + DIVE, "-f", "json", "--fail-on", "none");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("efficiency").asDouble()).isEqualTo(0.9844212134184309);
    assertThat(j.get("sizeBytes").asLong()).isEqualTo(1220598L);
    assertThat(j.get("userSizeBytes").asLong()).isEqualTo(66237L);
    assertThat(j.get("wastedBytes").asLong()).isEqualTo(32025L);
    assertThat(j.get("userWastedPercent").asDouble()).isEqualTo(0.4834911001404049);
    assertThat(j.get("layers")).hasSize(14);
    assertThat(j.get("layers").get(0).get("sizeBytes").asLong()).isEqualTo(1154361L);
    assertThat(j.get("leftovers").get(0).get("kind").asText()).isEqualTo("temporary");
    // busybox of 2018: root:: in /etc/shadow; the Dockerfile's two ADDs, not the base's.
    List<String> rules = new ArrayList<>();
    j.get("findings").forEach(f -> rules.add(f.get("rule").asText() + "@" + f.get("line").asInt()));
    assertThat(rules)
        .contains("image-empty-password@1", "image-add-instruction@2", "image-add-instruction@11")
        .doesNotContain("image-add-instruction@1", "image-duplicate-uid@1");
    assertThat(j.get("findings").toString()).contains("/etc/shadow gives root an empty password");
  }

  @Test
  void gatesFailTheRunWithDivesMessagesInEveryFormat() throws IOException {
    Cli.Result pass =
        Cli.run(
            "image",
            DIVE.toString(),
            "--ci",
            "--highestUserWastedPercent",
            "0.5",
            "--fail-on",
            "error");
    assertThat(pass.exit()).as(pass.out() + pass.err()).isZero();

    Cli.Result fail =
        Cli.run(
            "image", DIVE.toString(), "--ci", "--lowestEfficiency", "0.99", "--fail-on", "error");
    assertThat(fail.exit()).isEqualTo(1);
    assertThat(fail.out())
        .contains("image-efficiency [lowestEfficiency]")
        .contains("image efficiency is too low (efficiency=0.9844212134184309 < threshold=0.99)");

    Files.writeString(
        dir.resolve(".dive-ci"),
        "rules:\n  lowestEfficiency: disabled\n  highestUserWastedPercent: 0.2\n  highestWastedBytes: 30KB\n");
    Cli.Result sarif =
        Cli.run(
            dir,
            null,
            Map.of(),
            "image",
            DIVE.toString(),
            "--ci",
            "-f",
            "sarif",
            "--fail-on",
            "error");
    assertThat(sarif.exit()).isEqualTo(1);
    assertThat(sarif.out())
        .contains("\"ruleId\": \"image-user-wasted-share\"")
        .contains("\"ruleId\": \"image-wasted-bytes\"")
        .doesNotContain("\"ruleId\": \"image-efficiency\"");
    Cli.Result junit =
        Cli.run(dir, null, Map.of(), "image", DIVE.toString(), "--ci", "-f", "junit");
    assertThat(junit.out())
        .contains("too many bytes wasted (wasted-bytes=32025 &gt; threshold=30000)");
  }

  @Test
  void treeShowsTheLayersMarksAsATreeAndAsJson() throws IOException {
    Cli.Result rm = Cli.run("image", DIVE.toString(), "--tree", "10", "--fail-on", "none");
    assertThat(rm.exit()).as(rm.err()).isZero();
    assertThat(rm.out())
        .startsWith(DIVE + " layer 10 of 14 `RUN rm -rf /root/example/`: + added, ~ changed")
        .contains(
            """
            ~ drwx------         0:0   12.8 kB  |-- root
              -rw-r--r--         0:0    6.4 kB  |   |-- .saved.txt
            - drwxr-xr-x         0:0   12.8 kB  |   |-- example
            - drwxr-xr-x         0:0       0 B  |   |   |-- really
            - drwxr-xr-x         0:0       0 B  |   |   |   `-- nested
            - -r--r--r--         0:0    6.4 kB  |   |   |-- somefile1.txt
            """)
        .contains("  -rwxr-xr-x         0:0       0 B  |   |-- ls link to /bin/[\n")
        .doesNotContain("efficiency"); // the tree replaces the table
    Cli.Result last =
        Cli.run("image", DIVE.toString(), "--tree", "last", "--tree-changes", "--fail-on", "none");
    assertThat(last.out().lines().skip(1))
        .containsExactly(
            "~ drwx------         0:0   21.4 kB  `-- root",
            "~ -rwxr-xr-x         0:0    6.4 kB      `-- saved.txt");

    Cli.Result json =
        Cli.run("image", DIVE.toString(), "--tree", "8", "--tree-changes", "-f", "json");
    JsonNode tree = JSON.readTree(json.out()).get("tree");
    assertThat(tree.get("layer").asInt()).isEqualTo(7); // JSON counts from 0, as its index
    assertThat(tree.get("paths").findValuesAsText("path"))
        .containsExactly(
            "/root", "/root/example", "/root/example/somefile3.txt", "/root/saved.txt");
    assertThat(tree.get("paths").findValuesAsText("mark"))
        .containsExactly("changed", "changed", "removed", "added");
    assertThat(tree.get("paths").get(3).get("bytes").asLong()).isEqualTo(6405);
    assertThat(tree.get("paths").get(3).get("permissions").asText()).isEqualTo("-rw-r--r--");
    // Without --tree, no tree key.
    assertThat(JSON.readTree(Cli.run("image", DIVE.toString(), "-f", "json").out()).has("tree"))
        .isFalse();
  }

  @Test
  void aLayerTheImageHasNotIsAUsageError() throws IOException {
    assertOneLine(
        Cli.run("image", DIVE.toString(), "--tree", "15"),
        "--tree 15: " + DIVE + " has layers 1 to 14");
    assertOneLine(
        Cli.run("image", DIVE.toString(), "--tree", "0"), "--tree takes a layer number from 1");
    assertOneLine(
        Cli.run("image", DIVE.toString(), "--tree", "-1"), "--tree takes a layer number from 1");
    Path out = dir.resolve("tree.txt");
    assertOneLine(
        Cli.run("image", DIVE.toString(), "--tree", "first", "-o", out.toString()), "'first'");
    assertThat(out).doesNotExist();
  }

  @Test
  void badImagesAreOneLineAndExit2() throws IOException {
    byte[] whole = Files.readAllBytes(DIVE);
    Path cut = dir.resolve("cut.tar");
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
    assertOneLine(Cli.run("image", "docker-archive:" + cut), "cut.tar");
    Path text = dir.resolve("notes.txt");
    Files.writeString(text, "not an image\n");
    assertOneLine(Cli.run("image", text.toString()), "not a tar archive");
    assertOneLine(Cli.run("image", "docker-archive:" + dir.resolve("missing.tar")), "no such file");
    assertOneLine(
        Cli.run(
            Cli.REPO,
            null,
            Map.of("DOCKER_HOST", "unix://" + dir.resolve("no-engine.sock")),
            "image",
            "docker:alpine"),
        "cannot connect to the Docker Engine at unix://");
    assertOneLine(
        Cli.run("image", DIVE.toString(), "--ci", "--lowestEfficiency", "high"),
        "lowestEfficiency");
    assertOneLine(Cli.run("image", "registry:127.0.0.1:1/none:1"), "cannot reach");
    try (java.util.stream.Stream<Path> left = Files.list(dir)) {
      assertThat(left.count()).isEqualTo(2); // nothing written beside the inputs
    }
  }

  private static void assertOneLine(Cli.Result r, String part) {
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().contains(part).doesNotContain("Exception");
  }
}
