package dev.plimsoll.sbom;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.plimsoll.BadInputException;
import dev.plimsoll.BoundedFiles;
import dev.plimsoll.inventory.Ecosystem;
import dev.plimsoll.inventory.FoundPackage;
import dev.plimsoll.inventory.Inventory;
import dev.plimsoll.inventory.OsRelease;
import dev.plimsoll.inventory.SourcePackage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A CycloneDX JSON SBOM (any 1.x) as an {@link Inventory}, so that {@code scan} can match it: each
 * component's purl gives the ecosystem, name and version; the OS comes from the {@code
 * operating-system} component, else from the OS packages' {@code distro} qualifier; a deb or apk
 * package's source comes from Plimsoll's {@code plimsoll:package:source} property, else from the
 * purl's {@code upstream} qualifier (syft writes {@code upstream=glibc} or {@code glibc@2.36-9}).
 * The layer, instruction and path come back from Plimsoll's own properties.
 *
 * <p>Read as a Jackson tree rather than through cyclonedx-core-java's parser: only purls, versions
 * and properties are wanted, and the tree keeps hostile input inside Jackson's limits and one
 * {@link BadInputException} instead of the model's many deserializers.
 */
public final class CycloneDxReader {
  /** Syft's SBOM of a large image is tens of MiB; the tree costs several times the file. */
  static final int MAX_BYTES = 64 << 20;

  private static final int MAX_DEPTH = 64;

  /** A layer index beyond this is not one a real image has (Docker allows 127 layers). */
  private static final int MAX_LAYER = 10_000;

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(MAX_DEPTH)
                      .maxDocumentLength(MAX_BYTES)
                      .build())
              .build());

  private final String file;
  private final List<FoundPackage> packages = new ArrayList<>();
  private final Map<String, Integer> unknownTypes = new TreeMap<>();
  private int withoutPurl;
  private int withoutVersion;
  private Optional<OsRelease> os = Optional.empty();

  private CycloneDxReader(String file) {
    this.file = file;
  }

  /**
   * True when {@code path} is a regular file whose first non-blank byte opens a JSON object: a bare
   * SOURCE path that is neither an image archive nor a folder; {@link #read} then says whether it
   * is CycloneDX.
   */
  public static boolean looksLikeJson(Path path) {
    if (!Files.isRegularFile(path)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(512);
      for (byte b : head) {
        if (b == '{') {
          return true;
        }
        if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
          return false;
        }
      }
      return false;
    } catch (IOException e) {
      return false; // read() names the file and the problem
    }
  }

  /**
   * The packages the SBOM lists.
   *
   * @throws BadInputException naming the file: unreadable, larger than 64 MiB, not JSON, not
   *     CycloneDX, or a component whose purl does not parse
   */
  public static Inventory read(Path path) throws BadInputException {
    String name = path.toString();
    byte[] bytes = BoundedFiles.read(path, MAX_BYTES, "larger than 64 MiB; is it an SBOM?");
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      String first = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
      throw new BadInputException(name, "not valid JSON: " + first);
    } catch (IOException e) {
      // Jackson's encoding detection: bytes that look like UTF-16 or UTF-32 and are not.
      String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      throw new BadInputException(name, "not valid JSON: " + shown(first));
    }
    if (root == null || !root.isObject()) {
      throw new BadInputException(name, "not a CycloneDX SBOM: not a JSON object");
    }
    JsonNode format = root.path("bomFormat");
    if (!format.asText("").equals("CycloneDX")) {
      throw new BadInputException(
          name,
          "not a CycloneDX SBOM: bomFormat is "
              + (format.isMissingNode() ? "missing" : shown(format.toString())));
    }
    CycloneDxReader reader = new CycloneDxReader(name);
    reader.component(root.path("metadata").path("component"), false);
    reader.components(root.path("components"));
    return Inventory.of(reader.os(), reader.packages, reader.notes());
  }

  private void components(JsonNode list) throws BadInputException {
    if (list.isMissingNode() || list.isNull()) {
      return;
    }
    if (!list.isArray()) {
      throw new BadInputException(file, "components: not a list");
    }
    for (JsonNode c : list) {
      component(c, true);
      components(c.path("components")); // nested components: CycloneDX allows an assembly
    }
  }

  /** One component; the metadata's (the subject) only tells the OS, it is no package. */
  private void component(JsonNode c, boolean isPackage) throws BadInputException {
    if (!c.isObject()) {
      if (isPackage) {
        throw new BadInputException(
            file, "components: " + shown(c.toString()) + " is not an object");
      }
      return;
    }
    if (c.path("type").asText("").equals("operating-system")) {
      String id = c.path("name").asText("");
      if (os.isEmpty() && !id.isBlank()) {
        os = Optional.of(release(id, text(c, "version"), text(c, "description")));
      }
      return;
    }
    if (!isPackage) {
      return;
    }
    Optional<String> purl = text(c, "purl");
    if (purl.isEmpty()) {
      withoutPurl++;
      return;
    }
    PackageURL p;
    try {
      p = new PackageURL(purl.get());
    } catch (MalformedPackageURLException e) {
      throw new BadInputException(
          file,
          "component "
              + shown(c.path("name").asText("?"))
              + ": bad package URL "
              + shown(purl.get())
              + ": "
              + shown(String.valueOf(e.getMessage())));
    }
    Optional<Ecosystem> ecosystem = Ecosystem.ofPurlType(p.getType());
    if (ecosystem.isEmpty()) {
      unknownTypes.merge(p.getType(), 1, Integer::sum);
      return;
    }
    if (text(c, "version").isEmpty() && (p.getVersion() == null || p.getVersion().isBlank())) {
      withoutVersion++; // nothing to match: every advisory range is about versions
      return;
    }
    packages.add(found(c, p, ecosystem.get()));
  }

  private FoundPackage found(JsonNode c, PackageURL p, Ecosystem ecosystem) {
    Map<String, String> properties = properties(c);
    Map<String, String> qualifiers = p.getQualifiers() == null ? Map.of() : p.getQualifiers();
    String version = text(c, "version").orElse(p.getVersion() == null ? "" : p.getVersion());
    if (ecosystem == Ecosystem.RPM) {
      version = withEpoch(version, qualifiers.get("epoch"));
    }
    String name =
        ecosystem.isOs() || p.getNamespace() == null
            ? spelled(p.getName(), text(c, "name"))
            : p.getNamespace() + (ecosystem == Ecosystem.MAVEN ? ":" : "/") + p.getName();
    if (ecosystem.isOs() && os.isEmpty() && qualifiers.containsKey("distro")) {
      os = distro(qualifiers.get("distro"));
    }
    return new FoundPackage(
        ecosystem,
        name,
        version,
        p.canonicalize(),
        source(properties, qualifiers, version, ecosystem),
        List.of(),
        Optional.ofNullable(properties.get(CycloneDxWriter.PATH)).orElse(file),
        layer(properties.get(CycloneDxWriter.LAYER_INDEX)),
        Optional.ofNullable(properties.get(CycloneDxWriter.INSTRUCTION)));
  }

  /**
   * The component's own spelling of the name when the purl's is the same name normalized (purl-spec
   * lower-cases PyPI names and turns {@code _} into {@code -}: {@code PyYAML} is {@code pyyaml}),
   * so that reports show the name the package gives itself.
   */
  private static String spelled(String purlName, Optional<String> componentName) {
    return componentName.filter(n -> normalized(n).equals(normalized(purlName))).orElse(purlName);
  }

  private static String normalized(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[-_.]+", "-");
  }

  /**
   * An rpm's {@code epoch:version-release}, as the inventory writes it and rpm advisories compare
   * it: purl-spec keeps a non-zero epoch in the {@code epoch} qualifier, so a version from the purl
   * alone lacks it.
   */
  private static String withEpoch(String version, String epoch) {
    if (epoch == null || !epoch.matches("[0-9]{1,9}") || Integer.parseInt(epoch) == 0) {
      return version;
    }
    return version.matches("[0-9]+:.*") ? version : Integer.parseInt(epoch) + ":" + version;
  }

  /**
   * Plimsoll's {@code NAME VERSION}, else syft's {@code upstream=NAME[@VERSION]}, for an rpm the
   * source rpm's file name ({@code upstream=openssl-3.0.7-27.el9.src.rpm}).
   */
  private static Optional<SourcePackage> source(
      Map<String, String> properties,
      Map<String, String> qualifiers,
      String version,
      Ecosystem ecosystem) {
    String ours = properties.get(CycloneDxWriter.SOURCE);
    if (ours != null && ours.indexOf(' ') > 0) {
      int space = ours.indexOf(' ');
      return Optional.of(new SourcePackage(ours.substring(0, space), ours.substring(space + 1)));
    }
    String upstream = qualifiers.get("upstream");
    if (upstream == null || upstream.isBlank()) {
      return Optional.empty();
    }
    if (ecosystem == Ecosystem.RPM && upstream.endsWith(".rpm")) {
      return SourcePackage.ofSourceRpm(upstream);
    }
    int at = upstream.indexOf('@');
    return Optional.of(
        at > 0
            ? new SourcePackage(upstream.substring(0, at), upstream.substring(at + 1))
            : new SourcePackage(upstream, version));
  }

  private static OptionalInt layer(String index) {
    if (index == null || !index.matches("[0-9]{1,5}")) {
      return OptionalInt.empty();
    }
    int i = Integer.parseInt(index);
    return i <= MAX_LAYER ? OptionalInt.of(i) : OptionalInt.empty();
  }

  private static Map<String, String> properties(JsonNode c) {
    Map<String, String> out = new TreeMap<>();
    for (JsonNode p : c.path("properties")) {
      if (p.path("name").isTextual() && p.path("value").isTextual()) {
        out.putIfAbsent(p.get("name").asText(), p.get("value").asText());
      }
    }
    return out;
  }

  /** purl's {@code distro} qualifier: {@code debian-12}, {@code alpine-3.19.1}. */
  private static Optional<OsRelease> distro(String distro) {
    int dash = distro.lastIndexOf('-');
    if (dash <= 0 || dash == distro.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(
        release(
            distro.substring(0, dash), Optional.of(distro.substring(dash + 1)), Optional.empty()));
  }

  private static OsRelease release(String id, Optional<String> version, Optional<String> pretty) {
    return new OsRelease(id.toLowerCase(java.util.Locale.ROOT), version, Optional.empty(), pretty);
  }

  private static Optional<String> text(JsonNode c, String key) {
    JsonNode v = c.path(key);
    return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
  }

  /** Text from the file in a message: at most 100 characters (BadInputException escapes it). */
  private static String shown(String text) {
    return text.length() <= 100 ? text : text.substring(0, 97) + "...";
  }

  private Optional<OsRelease> os() {
    return os;
  }

  private List<String> notes() {
    List<String> out = new ArrayList<>();
    if (withoutPurl > 0) {
      out.add(file + ": " + withoutPurl + " components without a package URL are not matched");
    }
    if (withoutVersion > 0) {
      out.add(file + ": " + withoutVersion + " components without a version are not matched");
    }
    unknownTypes.forEach(
        (type, n) ->
            out.add(
                file
                    + ": "
                    + n
                    + " components of package URL type "
                    + shown(type)
                    + " are not matched"));
    return out;
  }
}
