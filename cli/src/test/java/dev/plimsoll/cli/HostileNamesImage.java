package dev.plimsoll.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A {@code docker save} archive whose file names and instruction are markup that would run if a
 * report pasted them into HTML: an image tag whose error handler marks the page.
 */
final class HostileNamesImage {
  /** Sets {@code data-pwned} on the body when it runs: an {@code img} that fails to load. */
  static final String PAYLOAD = "<img src=x onerror=\"document.body.dataset.pwned=1\">";

  static final String FILE = "app/" + PAYLOAD.replace('/', '_') + ".txt";
  static final String SCRIPT_FILE = "app/</script><script>document.body.dataset.pwned=2</script>";

  private HostileNamesImage() {}

  static Path write(Path dir) throws IOException {
    byte[] layer = tar(FILE, SCRIPT_FILE);
    String diffId = "sha256:" + sha256(layer);
    String config =
        "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},"
            + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\""
            + diffId
            + "\"]},\"history\":[{\"created_by\":\"RUN touch '"
            + PAYLOAD.replace("\"", "\\\"")
            + "'\"}]}";
    byte[] configBytes = config.getBytes(UTF_8);
    String configName = sha256(configBytes) + ".json";
    String manifest =
        "[{\"Config\":\""
            + configName
            + "\",\"RepoTags\":[\"hostile:1\"],\"Layers\":[\"l/layer.tar\"]}]";
    Path archive = dir.resolve("hostile.tar");
    try (OutputStream out = Files.newOutputStream(archive);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      put(tar, "manifest.json", manifest.getBytes(UTF_8));
      put(tar, configName, configBytes);
      put(tar, "l/layer.tar", layer);
    }
    return archive;
  }

  private static byte[] tar(String... files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      put(tar, "app/", new byte[0]);
      for (String f : files) {
        put(tar, f, "x\n".getBytes(UTF_8));
      }
    }
    return bytes.toByteArray();
  }

  private static void put(TarArchiveOutputStream tar, String name, byte[] content)
      throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setSize(content.length);
    tar.putArchiveEntry(e);
    tar.write(content);
    tar.closeArchiveEntry();
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
