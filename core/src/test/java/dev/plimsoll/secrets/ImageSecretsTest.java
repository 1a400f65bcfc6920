package dev.plimsoll.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.files.TarBuilder;
import dev.plimsoll.image.format.ImageConfig;
import dev.plimsoll.image.format.ImageConfig.ContainerConfig;
import dev.plimsoll.image.model.SyntheticImage;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.image.source.LayerBlob;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** An image's secrets: in its layers' files, deleted ones included, and in its config. */
class ImageSecretsTest {
  private static final String KEY_ID = "AKIA" + "Q7Z3M2K8W4N6P5R1";
  private static final String PASSWORD = "Xk9pL2mQ7vRzT4";

  private static ContainerConfig config(List<String> env, Map<String, String> labels) {
    return new ContainerConfig(
        Optional.empty(),
        env,
        List.of(),
        List.of(),
        Optional.empty(),
        List.of(),
        List.of(),
        labels,
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void aFileALaterLayerDeletesIsStillFoundInTheLayerThatAddedIt() throws Exception {
    SyntheticImage image =
        new SyntheticImage()
            .layer("ADD rootfs.tar /", new TarBuilder().dir("root").file("root/notes.txt", "hi\n"))
            .layer(
                "COPY credentials /root/.aws/credentials",
                new TarBuilder()
                    .dir("root/.aws")
                    .file(
                        "root/.aws/credentials", "[default]\naws_access_key_id = " + KEY_ID + "\n"))
            .layer(
                "RUN rm /root/.aws/credentials",
                new TarBuilder().whiteout("root/.aws/credentials"));

    SecretScan scan = ImageSecrets.scan(image, SecretScanner.builtin());

    assertThat(scan.findings())
        .extracting(
            SecretFinding::detector, SecretFinding::path, SecretFinding::line, SecretFinding::layer)
        .containsExactly(tuple("aws-access-key-id", "root/.aws/credentials", 2, OptionalInt.of(1)));
    assertThat(scan.findings().get(0).excerpt()).isEqualTo("AKIA****");
    assertThat(scan.filesRead()).isEqualTo(2);
  }

  @Test
  void theConfigsEnvLabelsAndHistoryAreScanned() throws Exception {
    SyntheticImage image =
        new SyntheticImage()
            .defaults(
                config(
                    List.of("PATH=/usr/bin", "DB_PASSWORD=" + PASSWORD),
                    Map.of("maintainer", "ops", "ci.token", "Zr8" + PASSWORD)))
            .layer("ADD rootfs.tar /", new TarBuilder().file("etc/hostname", "box\n"))
            .noLayer("ENV GPG_KEY=0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D")
            .layer(
                "RUN /bin/sh -c curl -u builder:" + PASSWORD + " https://x/ # buildkit",
                new TarBuilder().file("opt/app", "ok\n"))
            .layer(
                "RUN /bin/sh -c git clone https://builder:" + PASSWORD + "@git.internal/app",
                new TarBuilder().file("opt/app2", "ok\n"));

    SecretScan scan = ImageSecrets.scan(image, SecretScanner.builtin());

    assertThat(scan.findings())
        .extracting(
            SecretFinding::detector, SecretFinding::path, SecretFinding::line, SecretFinding::layer)
        .containsExactly(
            tuple("generic-secret-assignment", ImageSecrets.ENV, 2, OptionalInt.empty()),
            tuple("generic-secret-assignment", ImageSecrets.LABELS, 1, OptionalInt.empty()),
            tuple("basic-auth-url", ImageSecrets.HISTORY, 4, OptionalInt.of(2)));
  }

  @Test
  void aLayerThatIsNotATarIsRefusedInOneLine() {
    SyntheticImage real = new SyntheticImage().layer("ADD x /", new TarBuilder().file("a", "b\n"));
    ImageSource garbled =
        new ImageSource() {
          @Override
          public String name() {
            return real.name();
          }

          @Override
          public List<String> tags() {
            return real.tags();
          }

          @Override
          public String configDigest() {
            return real.configDigest();
          }

          @Override
          public ImageConfig config() {
            return real.config();
          }

          @Override
          public List<LayerBlob> layers() {
            return real.layers();
          }

          @Override
          public InputStream openLayer(int index) {
            byte[] junk = "not a tar at all ".repeat(64).getBytes(StandardCharsets.UTF_8);
            return new ByteArrayInputStream(junk);
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> ImageSecrets.scan(garbled, SecretScanner.builtin()))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("synthetic:test layer 0: ")
        .hasMessageNotContaining("\n");
  }
}
