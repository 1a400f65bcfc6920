package dev.plimsoll.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** BuildKit's refused Dockerfiles, and the docker-library gold set that must all parse. */
class DockerfileCorpusTest {
  private static final Path CORPUS = BuildkitParserConformanceTest.CORPUS;

  private static BadInputException refusal(String folder) {
    Path path = CORPUS.resolve("buildkit-parser-negative").resolve(folder).resolve("Dockerfile");
    return catchThrowableOfType(
        BadInputException.class,
        () -> DockerfileParser.parse("Dockerfile", DockerfileText.read(path, "Dockerfile")));
  }

  @Test
  void emptyFileIsRefusedAsEmpty() {
    assertThat(refusal("empty_dockerfile")).hasMessage("Dockerfile: file is empty");
  }

  @Test
  void onlyCommentsIsRefusedAsHavingNoInstructions() {
    assertThat(refusal("only_comments")).hasMessage("Dockerfile: file with no instructions");
  }

  @Test
  void envWithoutValueIsRefusedAtItsLine() {
    BadInputException e = refusal("env_no_value");
    assertThat(e).isInstanceOf(DockerfileSyntaxException.class);
    assertThat(e).hasMessage("Dockerfile:3: ENV must have two arguments");
  }

  @Test
  void nestedJsonIsRefusedAtItsLine() {
    assertThat(refusal("shykes-nested-json"))
        .hasMessage(
            "Dockerfile:1: when using JSON array syntax, arrays must be comprised of strings only");
  }

  @Test
  void everyNegativeCaseIsCovered() throws IOException {
    try (Stream<Path> folders = Files.list(CORPUS.resolve("buildkit-parser-negative"))) {
      List<String> names =
          folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
      assertThat(names)
          .containsExactlyInAnyOrder(
              "empty_dockerfile", "env_no_value", "only_comments", "shykes-nested-json");
      for (String name : names) {
        assertThat(refusal(name).getMessage()).doesNotContain("\n").startsWith("Dockerfile");
      }
    }
  }

  @Test
  void everyGoldDockerfileParses() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(CORPUS.resolve("dockerfiles/binnacle-gold"))) {
      files = list.filter(p -> p.toString().endsWith(".Dockerfile")).sorted().toList();
    }
    List<String> failures = new ArrayList<>();
    int instructions = 0;
    for (Path file : files) {
      try {
        String name = file.getFileName().toString();
        instructions +=
            DockerfileParser.parse(name, DockerfileText.read(file, name)).nodes().size();
      } catch (BadInputException e) {
        failures.add(e.getMessage());
      }
    }
    // The folder holds 405 Dockerfiles and the LICENSE.md they came with.
    assertThat(files).hasSize(405);
    assertThat(failures).isEmpty();
    assertThat(instructions).isGreaterThan(405 * 3);
  }
}
