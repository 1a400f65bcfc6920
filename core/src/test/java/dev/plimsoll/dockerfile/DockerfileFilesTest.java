package dev.plimsoll.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DockerfileFilesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dockerfile",
        "Containerfile",
        "api.Dockerfile",
        "Dockerfile.prod",
        "Dockerfile.dev",
        "web.dockerfile",
        "Containerfile.arm64"
      })
  void namesOfTheContractAreDockerfiles(String name) {
    assertThat(DockerfileFiles.isDockerfileName(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dockerfile.dockerignore",
        "Dockerfile.java",
        "Dockerfile.md",
        "dockerfile",
        "Dockerfile.",
        ".dockerfile",
        "docker-compose.yml",
        "MyDockerfile"
      })
  void otherNamesAreNot(String name) {
    assertThat(DockerfileFiles.isDockerfileName(name)).isFalse();
  }

  @Test
  void searchIsRecursiveSortedAndSkipsDependencyFoldersAndExclusions(@TempDir Path dir)
      throws IOException {
    for (String f :
        List.of(
            "Dockerfile",
            "svc/api/Dockerfile.prod",
            "svc/web/web.Dockerfile",
            "node_modules/pkg/Dockerfile",
            ".git/Dockerfile",
            "fixtures/bad/Dockerfile",
            "svc/README.md")) {
      Path p = dir.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "FROM scratch\n");
    }
    List<Path> found =
        DockerfileFiles.find(dir, rel -> rel.toString().replace('\\', '/').startsWith("fixtures"));
    assertThat(found.stream().map(p -> dir.relativize(p).toString().replace('\\', '/')))
        .containsExactly("Dockerfile", "svc/api/Dockerfile.prod", "svc/web/web.Dockerfile");
  }

  @Test
  void symbolicLinkCyclesDoNotLoop(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
    Files.createDirectories(dir.resolve("a"));
    Files.createSymbolicLink(dir.resolve("a/loop"), dir);
    assertThat(DockerfileFiles.find(dir, rel -> false)).containsExactly(dir.resolve("Dockerfile"));
  }
}
