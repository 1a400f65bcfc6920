package dev.plimsoll.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code plimsoll cache} against a real BuildKit: each project under {@code cache-it/} is built,
 * changed as its {@code scenario.properties} says (a file, a build argument, or a second git
 * commit), built again, and every step BuildKit reports must be predicted as it reports it, cached
 * or not. {@code expect.rebuilt} guards the scenario itself: BuildKit must rebuild that many steps,
 * so a scenario that stops exercising anything fails instead of passing trivially.
 */
class CacheIT {
  private static final Path FIXTURES = Path.of("src/test/resources/cache-it");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  static Stream<String> projects() throws IOException {
    try (Stream<Path> s = Files.list(FIXTURES)) {
      return s
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("projects")
  void predictionAgreesWithBuildKitOnEveryStep(String name) throws Exception {
    DockerStack stack = DockerStack.get();
    Path project = work.resolve(name);
    Fixtures.copy(FIXTURES.resolve(name), project);
    Properties scenario = new Properties();
    try (Reader r = Files.newBufferedReader(project.resolve("scenario.properties"), UTF_8)) {
      scenario.load(r);
    }
    Files.delete(project.resolve("scenario.properties"));
    markBuild(project.resolve("Dockerfile"));

    List<String> plimsoll = new ArrayList<>(List.of("cache", ".", "--format", "json"));
    List<String> secondArgs = new ArrayList<>();
    String gitReplace = scenario.getProperty("change.git.replace");
    String file = scenario.getProperty("change.file");
    String arg = scenario.getProperty("change.arg");
    try (Git git = gitReplace == null ? null : commitAll(project, null)) {
      build(stack, project, List.of());
      if (gitReplace != null) {
        String[] ab = gitReplace.split("\\|", 2);
        Path df = project.resolve("Dockerfile");
        String text = Files.readString(df, UTF_8);
        assertThat(text).contains(ab[0]);
        Files.writeString(df, text.replace(ab[0], ab[1]), UTF_8);
      }
      if (file != null) {
        Files.writeString(
            project.resolve(file),
            Files.readString(project.resolve(file), UTF_8) + "changed\n",
            UTF_8);
      }
      if (arg != null) {
        secondArgs.addAll(List.of("--build-arg", arg));
      }
      if (git != null) {
        commitAll(project, git);
        plimsoll.addAll(List.of("--git", "HEAD~1..HEAD"));
      } else {
        if (file != null) {
          plimsoll.addAll(List.of("--changed", file));
        }
        if (arg != null) {
          plimsoll.addAll(List.of("--changed-arg", arg));
        }
      }
    }
    BuildProgress second = build(stack, project, secondArgs);

    Cli.Result r = Cli.run(project, null, Map.of(), plimsoll.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isIn(0, 1);
    JsonNode predicted = JSON.readTree(r.out());

    Map<String, Boolean> buildKit = new TreeMap<>();
    for (BuildProgress.Step s : second.buildSteps()) {
      buildKit.put(
          label(s.stage(), s.index(), s.total()) + " " + keyword(s.instruction()), s.cached());
    }
    Map<String, Boolean> ours = new TreeMap<>();
    for (JsonNode s : predicted.get("steps")) {
      String keyword = keyword(s.get("instruction").asText());
      if (keyword.equals("FROM")) {
        continue; // BuildKit reports a FROM as CACHED or not at random (see BuildProgress)
      }
      ours.put(
          s.get("progress").asText().replaceAll(" +(?=\\d)", " ").replace("[ ", "[")
              + " "
              + keyword,
          s.get("cached").asBoolean());
    }
    assertThat(ours)
        .as("plimsoll's prediction vs BuildKit's second build:\n%s\n%s", r.out(), second.steps())
        .isEqualTo(buildKit);
    long rebuilt = buildKit.values().stream().filter(c -> !c).count();
    assertThat(rebuilt)
        .as("steps BuildKit rebuilt in scenario %s", name)
        .isEqualTo(Long.parseLong(scenario.getProperty("expect.rebuilt")));
    assertThat(predicted.get("rebuilt").asLong()).isEqualTo(rebuilt);
  }

  private static String label(String stage, int index, int total) {
    return "[" + (stage.isEmpty() ? "" : stage + " ") + index + "/" + total + "]";
  }

  private static String keyword(String instruction) {
    return instruction.strip().split("\\s+", 2)[0].toUpperCase(java.util.Locale.ROOT);
  }

  private BuildProgress build(DockerStack stack, Path project, List<String> args) {
    List<String> cmd = new ArrayList<>(List.of("build", "--network", "host", "--progress=plain"));
    cmd.addAll(args);
    cmd.add(".");
    return BuildProgress.parse(stack.docker(project, cmd.toArray(String[]::new)).ok().err());
  }

  /**
   * A step of its own after each FROM of an image, different in every run and stage, so a stack
   * that keeps its cache between runs (or stages that would otherwise share a first step) cannot
   * make a step cached that this build never made. plimsoll sees the same Dockerfile.
   */
  private static void markBuild(Path dockerfile) throws IOException {
    String nonce = UUID.randomUUID().toString();
    StringBuilder out = new StringBuilder();
    int stage = 0;
    for (String line : Files.readAllLines(dockerfile, UTF_8)) {
      out.append(line).append('\n');
      if (line.startsWith("FROM local/")) {
        out.append("RUN echo ").append(nonce).append('-').append(stage++).append(" > /.build\n");
      }
    }
    Files.writeString(dockerfile, out.toString(), UTF_8);
  }

  private static Git commitAll(Path project, Git existing) throws GitAPIException {
    Git git = existing != null ? existing : Git.init().setDirectory(project.toFile()).call();
    git.add().addFilepattern(".").call();
    git.commit()
        .setMessage(existing == null ? "first" : "second")
        .setAuthor("plimsoll", "plimsoll@example.com")
        .setCommitter("plimsoll", "plimsoll@example.com")
        .setSign(false)
        .call();
    return git;
  }
}
