package dev.plimsoll.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every awesome-compose project of the shared corpus loads and validates without error. */
class AwesomeComposeTest {
  static final Path CORPUS =
      Path.of(System.getProperty("plimsoll.corpus"), "compose", "awesome-compose");

  static Stream<Path> projects() throws IOException {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("projects")
  void loads(Path project) throws Exception {
    ComposeProject p = Compose.load(ComposeOptions.in(project));

    assertThat(p.services()).isNotEmpty();
    assertThat(p.name())
        .isEqualTo(project.getFileName().toString().toLowerCase(java.util.Locale.ROOT));
    for (Service s : p.services()) {
      assertThat(s.image().isPresent() || s.build().isPresent()).as(s.name()).isTrue();
    }
  }

  @org.junit.jupiter.api.Test
  void corpusHasThirtyNineProjects() throws Exception {
    List<Path> all = projects().toList();
    assertThat(all).hasSize(39);
  }
}
