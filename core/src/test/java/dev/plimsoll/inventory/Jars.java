package dev.plimsoll.inventory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Builds Java archives in memory, as jar, war and Spring Boot tooling lay them out. */
final class Jars {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes);

  /** The commons-compress jar on the test class path: a real jar from Maven Central. */
  static Path commonsCompress() {
    try {
      return Path.of(
          ZipArchiveInputStream.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Jars text(String name, String content) {
    return deflated(name, content.getBytes(StandardCharsets.UTF_8));
  }

  Jars deflated(String name, byte[] content) {
    ZipArchiveEntry e = new ZipArchiveEntry(name);
    e.setMethod(ZipArchiveEntry.DEFLATED);
    return put(e, content);
  }

  /** Stored, as Spring Boot stores its nested jars. */
  Jars stored(String name, byte[] content) {
    ZipArchiveEntry e = new ZipArchiveEntry(name);
    e.setMethod(ZipArchiveEntry.STORED);
    e.setSize(content.length);
    CRC32 crc = new CRC32();
    crc.update(content);
    e.setCrc(crc.getValue());
    return put(e, content);
  }

  Jars pom(String group, String artifact, String version) {
    return text(
        "META-INF/maven/" + group + "/" + artifact + "/pom.properties",
        "#Created by Apache Maven 3.9.6\nartifactId="
            + artifact
            + "\ngroupId="
            + group
            + "\nversion="
            + version
            + "\n");
  }

  private Jars put(ZipArchiveEntry e, byte[] content) {
    try {
      zip.putArchiveEntry(e);
      zip.write(content);
      zip.closeArchiveEntry();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    return this;
  }

  byte[] build() {
    try {
      zip.finish();
      zip.close();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    return bytes.toByteArray();
  }
}
