package dev.plimsoll.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.image.source.ImageSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Real images and real Dockerfiles: what the scanner reports on them, false positives included. */
class SecretCorpusTest {
  private static final Path CORPUS = Path.of(System.getProperty("plimsoll.corpus"));
  private static final SecretScanner SCANNER = SecretScanner.builtin();

  @Test
  void divesTestImagesHoldNoSecrets() throws Exception {
    for (String archive : List.of("test-docker-image.tar", "test-kaniko-image.tar")) {
      Path tar = CORPUS.resolve("images/dive").resolve(archive);
      try (ImageSource image = ImageSources.open("docker-archive:" + tar)) {
        SecretScan scan = ImageSecrets.scan(image, SCANNER);
        assertThat(scan.findings()).as(archive).isEmpty();
        // busybox's files and the test's own: the scan did read them.
        assertThat(scan.filesRead()).as(archive).isGreaterThan(5);
      }
    }
  }

  /**
   * The 406 Dockerfiles of binnacle's gold set, most of them Docker's official images. They hold
   * dozens of {@code GPG_KEY}/{@code GPG_KEYS} fingerprints, which are not secrets.
   */
  @Test
  void binnacleGoldDockerfiles() throws Exception {
    List<String> found = new ArrayList<>();
    int files = 0;
    int fingerprints = 0;
    try (Stream<Path> all = Files.list(CORPUS.resolve("dockerfiles/binnacle-gold"))) {
      for (Path file : all.sorted().toList()) {
        files++;
        String name = file.getFileName().toString();
        fingerprints += Files.readString(file).split("GPG_KEY", -1).length - 1;
        for (SecretFinding f : SCANNER.scanText(name, Files.readString(file))) {
          found.add(name.substring(0, 8) + ":" + f.line() + " " + f.detector() + " " + f.excerpt());
        }
      }
    }
    assertThat(files).isEqualTo(406);
    assertThat(fingerprints).isGreaterThan(100);
    // Before unquoted values stopped at a colon, seven postgres images' comment quoting grep's
    // output, "/etc/passwd:22:postgres:x:70:70::/var/lib/postgresql:/bin/sh", was a password.
    assertThat(found).isEmpty();
  }
}
