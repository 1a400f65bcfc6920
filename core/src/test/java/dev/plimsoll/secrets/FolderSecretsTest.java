package dev.plimsoll.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder's secrets: every regular file under it, never through a link out of it. */
class FolderSecretsTest {
  private static final String TOKEN = "ghp_" + "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5";

  @Test
  void readsEveryFileAndFollowsNoLinkOutOfTheFolder(@TempDir Path tmp) throws Exception {
    Path root = Files.createDirectories(tmp.resolve("rootfs"));
    Path outside = Files.writeString(tmp.resolve("outside.env"), "GH=" + TOKEN + "\n");
    Files.createDirectories(root.resolve("etc/app"));
    Files.writeString(root.resolve("etc/app/deploy.env"), "# deploy\nGH=" + TOKEN + "\n");
    Files.createSymbolicLink(root.resolve("etc/app/linked.env"), outside);
    Files.createSymbolicLink(root.resolve("up"), tmp);
    Files.createDirectories(root.resolve(".git"));
    Files.writeString(root.resolve(".git/config"), "GH=" + TOKEN + "\n");

    SecretScan scan = FolderSecrets.scan(root, SecretScanner.builtin());

    assertThat(scan.findings())
        .extracting(SecretFinding::path, SecretFinding::line, SecretFinding::detector)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("etc/app/deploy.env", 2, "github-pat"));
    assertThat(scan.filesRead()).isEqualTo(1);
  }

  @Test
  void aSingleFileIsReportedByItsName(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("Dockerfile"), "FROM x\nENV GH=" + TOKEN + "\n");
    SecretScan scan = FolderSecrets.scan(file, SecretScanner.builtin());
    assertThat(scan.findings()).extracting(SecretFinding::path).containsExactly("Dockerfile");
  }

  @Test
  void aMissingFolderIsRefusedInOneLine(@TempDir Path tmp) {
    assertThatThrownBy(() -> FolderSecrets.scan(tmp.resolve("nope"), SecretScanner.builtin()))
        .isInstanceOf(BadInputException.class)
        .hasMessageEndingWith("nope: no such file or folder");
  }
}
