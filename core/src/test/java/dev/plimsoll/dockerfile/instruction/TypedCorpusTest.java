package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.BadInputException;
import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import dev.plimsoll.dockerfile.syntax.DockerfileText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared corpora through the typed layer. The docker-library gold set must all build; of
 * BuildKit's parser test files, which only test the parser, the typed layer refuses exactly those
 * that BuildKit's instructions.Parse refuses too.
 */
class TypedCorpusTest {
  private static final Path CORPUS = Path.of(System.getProperty("plimsoll.corpus"));
  private static final String NO_STAGE = "/Dockerfile:1: no build stage in current context";

  private static Dockerfile typed(Path file, String name) throws BadInputException {
    return Dockerfile.of(DockerfileParser.parse(name, DockerfileText.read(file, name)));
  }

  @Test
  void everyGoldDockerfileBuilds() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(CORPUS.resolve("dockerfiles/binnacle-gold"))) {
      files = list.filter(p -> p.toString().endsWith(".Dockerfile")).sorted().toList();
    }
    List<String> failures = new ArrayList<>();
    int stages = 0;
    for (Path file : files) {
      try {
        stages += typed(file, file.getFileName().toString()).stages().size();
      } catch (BadInputException e) {
        failures.add(e.getMessage());
      }
    }
    assertThat(files).hasSize(405);
    assertThat(failures).isEmpty();
    assertThat(stages).isGreaterThanOrEqualTo(405);
  }

  @Test
  void buildkitParserFilesAreRefusedExactlyWhereBuildkitRefusesThem() throws IOException {
    List<Path> folders;
    try (Stream<Path> list = Files.list(CORPUS.resolve("buildkit-parser"))) {
      folders = list.filter(Files::isDirectory).sorted().toList();
    }
    Map<String, String> refused = new TreeMap<>();
    for (Path folder : folders) {
      String name = folder.getFileName() + "/Dockerfile";
      try {
        typed(folder.resolve("Dockerfile"), name);
      } catch (BadInputException e) {
        refused.put(folder.getFileName().toString(), e.getMessage());
      }
    }
    Map<String, String> expected = new TreeMap<>();
    // COPY registers no --user flag (bflag.go); the first refusal in the file wins.
    expected.put("flags", "flags/Dockerfile:3: unknown flag: --user");
    // A bare HEALTHCHECK (parseHealthcheck).
    expected.put("health", "health/Dockerfile:4: HEALTHCHECK requires at least one argument");
    // These test JSON parsing with a CMD and no FROM at all (CurrentStage).
    for (String json :
        List.of(
            "jeztah-invalid-json-json-inside-string",
            "jeztah-invalid-json-json-inside-string-double",
            "jeztah-invalid-json-single-quotes",
            "jeztah-invalid-json-unterminated-bracket",
            "jeztah-invalid-json-unterminated-string",
            "json")) {
      expected.put(json, json + NO_STAGE);
    }
    assertThat(folders).hasSize(33);
    assertThat(refused).containsExactlyEntriesOf(expected);
  }
}
