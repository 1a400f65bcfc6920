package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Java archives: jars, wars, ears, and the archives nested in them (Spring Boot's {@code
 * BOOT-INF/lib/*.jar}, a war's {@code WEB-INF/lib/*.jar}, an ear's modules). Each archive is
 * identified by its {@code META-INF/maven/GROUP/ARTIFACT/pom.properties}, one package per file (a
 * shaded jar holds several), else by its manifest, else by its file name ({@link JarReading}). Read
 * as a stream, nested archives as nested streams: nothing is written to disk, and nothing is held
 * but the few small entries that identify a package.
 */
final class JavaArchive implements Cataloger {
  @Override
  public String name() {
    return "java";
  }

  @Override
  public boolean wants(String path, long size, int mode) {
    return isArchive(path);
  }

  /** Streamed; the bounds are {@link JarReading}'s counts of entries and inflated bytes. */
  @Override
  public long maxBytes() {
    return 4L * 1024 * 1024 * 1024;
  }

  @Override
  public List<FoundPackage> read(String path, InputStream content)
      throws BadInputException, IOException {
    return new JarReading(path).read(content);
  }

  static boolean isArchive(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".jar")
        || n.endsWith(".war")
        || n.endsWith(".ear")
        || n.endsWith(".hpi")
        || n.endsWith(".jpi");
  }
}
