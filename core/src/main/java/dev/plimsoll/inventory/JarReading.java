package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * One read of one Java archive and the archives nested in it, with the bounds that keep a zip bomb
 * from costing more than a large real archive: at most {@value #MAX_ENTRIES} entries and {@value
 * #MAX_INFLATED} inflated bytes over all the levels, and archives nested at most {@value
 * #MAX_DEPTH} deep (an ear's war's jar). commons-compress's {@code ZipArchiveInputStream} reads the
 * local headers as they come, and accepts the stored entries with data descriptors that Spring
 * Boot's nested jars use, which {@code java.util.zip.ZipInputStream} refuses.
 */
final class JarReading {
  static final int MAX_ENTRIES = 200_000;
  static final long MAX_INFLATED = 2L * 1024 * 1024 * 1024;
  static final int MAX_DEPTH = 3;
  private static final int MAX_SMALL_ENTRY = 1024 * 1024;
  private static final Pattern POM_PROPERTIES =
      Pattern.compile("META-INF/maven/[^/]+/[^/]+/pom\\.properties");
  private static final Pattern VERSIONED_NAME =
      Pattern.compile("(.+?)-(\\d[^/]*)\\.(?:jar|war|ear|hpi|jpi)", Pattern.CASE_INSENSITIVE);

  private final String path;
  private final int maxEntries;
  private final long maxInflated;
  private int entries;
  private long inflated;

  JarReading(String path) {
    this(path, MAX_ENTRIES, MAX_INFLATED);
  }

  /** With other bounds, for tests that would otherwise build gigabytes. */
  JarReading(String path, int maxEntries, long maxInflated) {
    this.path = path;
    this.maxEntries = maxEntries;
    this.maxInflated = maxInflated;
  }

  List<FoundPackage> read(InputStream content) throws BadInputException, IOException {
    return archive(path, path, content, 0);
  }

  private List<FoundPackage> archive(String where, String fileName, InputStream in, int depth)
      throws BadInputException, IOException {
    @SuppressWarnings("resource") // closing it would close the enclosing archive's stream
    ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true);
    List<FoundPackage> own = new ArrayList<>();
    List<FoundPackage> nested = new ArrayList<>();
    Optional<Attributes> manifest = Optional.empty();
    ZipArchiveEntry entry;
    while ((entry = zip.getNextEntry()) != null) {
      if (++entries > maxEntries) {
        throw new BadInputException(path, "more than " + maxEntries + " archive entries");
      }
      String name = entry.getName();
      Limited data = new Limited(zip, maxInflated - inflated);
      if (entry.isDirectory()) {
        continue;
      }
      if (POM_PROPERTIES.matcher(name).matches()) {
        pom(small(data), where).ifPresent(own::add);
      } else if (name.equalsIgnoreCase("META-INF/MANIFEST.MF")) {
        manifest = manifest(small(data));
      } else if (JavaArchive.isArchive(name) && depth < MAX_DEPTH) {
        nested.addAll(archive(where + "!" + name, name, data, depth + 1));
      }
      data.transferTo(OutputStream.nullOutputStream());
      inflated += data.count();
    }
    if (own.isEmpty()) {
      fromManifest(manifest, where).or(() -> fromFileName(fileName, where)).ifPresent(own::add);
    }
    own.addAll(nested);
    return own;
  }

  private static Optional<FoundPackage> pom(byte[] bytes, String where) throws IOException {
    Properties p = new Properties();
    p.load(new ByteArrayInputStream(bytes));
    String group = p.getProperty("groupId", "").strip();
    String artifact = p.getProperty("artifactId", "").strip();
    String version = p.getProperty("version", "").strip();
    if (group.isEmpty() || artifact.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(maven(group, artifact, version, where));
  }

  /** A manifest that does not parse identifies nothing; the file name may still. */
  private static Optional<Attributes> manifest(byte[] bytes) {
    try {
      return Optional.of(new Manifest(new ByteArrayInputStream(bytes)).getMainAttributes());
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Implementation-Title/Version, else Bundle-SymbolicName/Version (OSGi core, 3.2.1). */
  private static Optional<FoundPackage> fromManifest(Optional<Attributes> main, String where) {
    if (main.isEmpty()) {
      return Optional.empty();
    }
    Attributes a = main.get();
    String title = value(a, "Implementation-Title");
    String version = value(a, "Implementation-Version");
    if (title.isEmpty() || version.isEmpty()) {
      title = value(a, "Bundle-SymbolicName").split(";", 2)[0].strip();
      version = value(a, "Bundle-Version");
    }
    if (title.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    String group = value(a, "Implementation-Vendor-Id");
    return Optional.of(maven(group.isEmpty() ? title : group, title, version, where));
  }

  /** {@code commons-compress-1.28.0.jar}: the name, then the version from its first digit. */
  private static Optional<FoundPackage> fromFileName(String fileName, String where) {
    String base = fileName.substring(fileName.lastIndexOf('/') + 1);
    Matcher m = VERSIONED_NAME.matcher(base);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(maven(m.group(1), m.group(1), m.group(2), where));
  }

  /**
   * A Maven package. purl-spec requires a Maven namespace; where no group is known (a manifest or a
   * file name), the artifact stands in for it, as syft does.
   */
  private static FoundPackage maven(String group, String artifact, String version, String where) {
    return FoundPackage.of(Ecosystem.MAVEN, Optional.of(group), artifact, version, Map.of(), where);
  }

  private static String value(Attributes a, String key) {
    String v = a.getValue(key);
    return v == null ? "" : v.strip();
  }

  private byte[] small(InputStream data) throws BadInputException, IOException {
    byte[] bytes = data.readNBytes(MAX_SMALL_ENTRY + 1);
    if (bytes.length > MAX_SMALL_ENTRY) {
      throw new BadInputException(
          path, "a metadata entry larger than " + MAX_SMALL_ENTRY + " bytes");
    }
    return bytes;
  }
}
