package dev.plimsoll.sbom;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plimsoll.image.source.LayerBlob;
import dev.plimsoll.inventory.FoundPackage;
import dev.plimsoll.inventory.OsRelease;
import dev.plimsoll.json.JsonLayout;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cyclonedx.Version;
import org.cyclonedx.generators.json.BomJsonGenerator;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.license.Expression;
import org.cyclonedx.model.metadata.ToolInformation;

/**
 * CycloneDX 1.6 JSON, through cyclonedx-core-java's model and generator: the image (a {@code
 * container} with its ID as a SHA-256 hash) or the folder is {@code metadata.component}; the OS is
 * an {@code operating-system} component; every package is a {@code library} with its purl, version,
 * licenses and, in {@code plimsoll:} properties, the layer that added it, that layer's digest and
 * instruction, the file it was found in and its source package.
 */
final class CycloneDxWriter {
  static final Version VERSION = Version.VERSION_16;

  /** The properties Plimsoll adds to a component, which {@link CycloneDxReader} reads back. */
  static final String LAYER_INDEX = "plimsoll:layer:index";

  static final String INSTRUCTION = "plimsoll:layer:instruction";
  static final String PATH = "plimsoll:location:path";

  /** {@code NAME VERSION} of the source package. */
  static final String SOURCE = "plimsoll:package:source";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CycloneDxWriter() {}

  static void write(Sbom sbom, Writer out) throws IOException {
    write(bom(sbom, new HashMap<>()), out);
  }

  static void write(Bom bom, Writer out) throws IOException {
    JsonGenerator json = JsonLayout.open(out);
    MAPPER.writeTree(json, new BomJsonGenerator(bom, VERSION).toJsonNode());
    JsonLayout.close(json, out);
  }

  /**
   * The BOM of {@code sbom}.
   *
   * @param refs filled with each package's {@code bom-ref}, for what refers to it
   */
  static Bom bom(Sbom sbom, Map<FoundPackage, String> refs) {
    Bom bom = new Bom();
    bom.setSerialNumber("urn:uuid:" + sbom.serial());
    bom.setMetadata(metadata(sbom));
    List<Component> components = new ArrayList<>();
    sbom.inventory().os().ifPresent(os -> components.add(os(os)));
    Map<String, Integer> seen = new HashMap<>();
    for (FoundPackage p : sbom.inventory().packages()) {
      // bom-ref must be unique; one purl can be found in several files (a lock file and
      // node_modules), each its own component.
      int n = seen.merge(p.purl(), 1, Integer::sum);
      String ref = n == 1 ? p.purl() : p.purl() + "#" + n;
      refs.putIfAbsent(p, ref);
      components.add(library(sbom, p, ref));
    }
    bom.setComponents(components);
    return bom;
  }

  private static Metadata metadata(Sbom sbom) {
    Metadata metadata = new Metadata();
    metadata.setTimestamp(Date.from(sbom.created()));
    Component tool = new Component();
    tool.setType(Component.Type.APPLICATION);
    tool.setName(Sbom.TOOL);
    tool.setVersion(sbom.toolVersion());
    ToolInformation tools = new ToolInformation();
    tools.setComponents(List.of(tool));
    metadata.setToolChoice(tools);
    metadata.setComponent(subject(sbom.subject()));
    return metadata;
  }

  private static Component subject(SbomSubject subject) {
    Component c = new Component();
    c.setName(subject.name());
    if (subject instanceof SbomSubject.Image image) {
      c.setType(Component.Type.CONTAINER);
      c.setBomRef(image.id());
      c.setVersion(image.id());
      image.sha256().ifPresent(hex -> c.setHashes(List.of(new Hash(Hash.Algorithm.SHA_256, hex))));
    } else {
      c.setType(Component.Type.FILE);
      c.setBomRef("folder:" + subject.name());
    }
    return c;
  }

  /**
   * The OS has no purl type; {@code pkg:generic} keeps the promise that every component has one.
   */
  private static Component os(OsRelease os) {
    Component c = new Component();
    c.setType(Component.Type.OPERATING_SYSTEM);
    c.setName(os.id());
    os.versionId().ifPresent(c::setVersion);
    String purl = "pkg:generic/" + os.id() + os.versionId().map(v -> "@" + v).orElse("");
    c.setPurl(purl);
    c.setBomRef(purl);
    os.prettyName().ifPresent(c::setDescription);
    return c;
  }

  private static Component library(Sbom sbom, FoundPackage p, String ref) {
    Component c = new Component();
    c.setType(Component.Type.LIBRARY);
    c.setBomRef(ref);
    c.setName(p.name());
    c.setVersion(p.version());
    c.setPurl(p.purl());
    licenses(p.licenses()).ifPresent(c::setLicenses);
    List<Property> properties = new ArrayList<>();
    p.layer().ifPresent(i -> properties.add(new Property(LAYER_INDEX, "" + i)));
    Optional<LayerBlob> layer = sbom.layerOf(p);
    layer.ifPresent(l -> properties.add(new Property("plimsoll:layer:digest", l.digest())));
    layer
        .flatMap(LayerBlob::diffId)
        .ifPresent(d -> properties.add(new Property("plimsoll:layer:diffID", d)));
    p.instruction().ifPresent(i -> properties.add(new Property(INSTRUCTION, i)));
    properties.add(new Property(PATH, p.path()));
    p.source().ifPresent(s -> properties.add(new Property(SOURCE, s.name() + " " + s.version())));
    c.setProperties(properties);
    return c;
  }

  /**
   * One SPDX expression stays an expression; otherwise each license is an SPDX {@code id} when the
   * list has it, else a {@code name} (the schema checks ids against the list, and allows no mix of
   * expressions and licenses).
   */
  private static Optional<LicenseChoice> licenses(List<String> licenses) {
    if (licenses.isEmpty()) {
      return Optional.empty();
    }
    LicenseChoice choice = new LicenseChoice();
    if (licenses.size() == 1 && SpdxLicenseList.id(licenses.get(0)).isEmpty()) {
      Optional<String> expression = SpdxLicenseList.expression(licenses.get(0));
      if (expression.isPresent()) {
        choice.setExpression(new Expression(expression.get()));
        return Optional.of(choice);
      }
    }
    for (String text : licenses) {
      License license = new License();
      Optional<String> id = SpdxLicenseList.id(text).filter(i -> !i.endsWith("+"));
      if (id.isPresent()) {
        license.setId(id.get());
      } else {
        license.setName(text);
      }
      choice.addLicense(license);
    }
    return Optional.of(choice);
  }
}
