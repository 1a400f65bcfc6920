package dev.plimsoll.sbom;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plimsoll.inventory.FoundPackage;
import dev.plimsoll.inventory.OsRelease;
import dev.plimsoll.json.JsonLayout;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SPDX 2.3 JSON (SPDX specification 2.3, clauses 6 and 7, and its JSON schema), written with
 * Jackson's streaming generator. The SPDX Java tools (java-spdx-library and its stores) would pull
 * in tens of megabytes of RDF and model code to write these few fields, so they are written here.
 *
 * <p>The document {@code DESCRIBES} one package for the image or folder, which {@code CONTAINS} the
 * OS and every package found. Each package has its purl as a {@code PACKAGE-MANAGER} external
 * reference, {@code downloadLocation} and {@code licenseConcluded} {@code NOASSERTION} (Plimsoll
 * downloads and concludes nothing), the declared licenses as an SPDX expression (a license the SPDX
 * list does not have becomes a {@code LicenseRef-}, listed in {@code hasExtractedLicensingInfos}),
 * and in {@code sourceInfo} where it was found: the file, and the layer and instruction that added
 * it.
 */
final class SpdxWriter {
  static final String NOASSERTION = "NOASSERTION";

  private SpdxWriter() {}

  static void write(Sbom sbom, Writer out) throws IOException {
    SbomSubject subject = sbom.subject();
    String root = subject instanceof SbomSubject.Image ? "SPDXRef-Image" : "SPDXRef-Folder";
    Map<String, String> licenseRefs = new LinkedHashMap<>();
    List<String> contained = new ArrayList<>();
    JsonGenerator json = JsonLayout.open(out);
    json.writeStartObject();
    json.writeStringField("spdxVersion", "SPDX-2.3");
    json.writeStringField("dataLicense", "CC0-1.0");
    json.writeStringField("SPDXID", "SPDXRef-DOCUMENT");
    json.writeStringField("name", subject.name());
    json.writeStringField("documentNamespace", namespace(sbom));
    json.writeObjectFieldStart("creationInfo");
    json.writeStringField("created", sbom.created().toString());
    JsonLayout.stringArray(
        json, "creators", List.of("Tool: " + Sbom.TOOL + "-" + sbom.toolVersion()));
    json.writeEndObject();
    json.writeArrayFieldStart("packages");
    subject(json, subject, root);
    Optional<OsRelease> os = sbom.inventory().os();
    if (os.isPresent()) {
      os(json, os.get());
      contained.add("SPDXRef-OperatingSystem");
    }
    List<FoundPackage> packages = sbom.inventory().packages();
    for (int i = 0; i < packages.size(); i++) {
      FoundPackage p = packages.get(i);
      String id =
          "SPDXRef-Package-" + p.ecosystem().purlType() + "-" + idstring(p.name()) + "-" + i;
      contained.add(id);
      json.writeStartObject();
      json.writeStringField("name", p.name());
      json.writeStringField("SPDXID", id);
      json.writeStringField("versionInfo", p.version());
      json.writeStringField("downloadLocation", NOASSERTION);
      json.writeBooleanField("filesAnalyzed", false);
      json.writeStringField("licenseConcluded", NOASSERTION);
      json.writeStringField("licenseDeclared", declared(p.licenses(), licenseRefs));
      json.writeStringField("copyrightText", NOASSERTION);
      json.writeStringField("sourceInfo", sourceInfo(sbom, p));
      json.writeArrayFieldStart("externalRefs");
      purl(json, p.purl());
      json.writeEndArray();
      json.writeStringField("primaryPackagePurpose", "LIBRARY");
      json.writeEndObject();
    }
    json.writeEndArray();
    if (!licenseRefs.isEmpty()) {
      json.writeArrayFieldStart("hasExtractedLicensingInfos");
      for (Map.Entry<String, String> e : licenseRefs.entrySet()) {
        json.writeStartObject();
        json.writeStringField("licenseId", e.getValue());
        json.writeStringField("name", e.getKey());
        // The package databases name a license; they do not carry its text.
        json.writeStringField("extractedText", e.getKey());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeArrayFieldStart("relationships");
    relationship(json, "SPDXRef-DOCUMENT", "DESCRIBES", root);
    for (String id : contained) {
      relationship(json, root, "CONTAINS", id);
    }
    json.writeEndArray();
    json.writeEndObject();
    JsonLayout.close(json, out);
  }

  /** A URI unique to this document (clause 6.5): Plimsoll's prefix, the subject, the serial. */
  private static String namespace(Sbom sbom) {
    String kind = sbom.subject() instanceof SbomSubject.Image ? "image" : "folder";
    return "https://plimsoll.dev/spdx/"
        + kind
        + "/"
        + idstring(sbom.subject().name())
        + "-"
        + sbom.serial();
  }

  private static void subject(JsonGenerator json, SbomSubject subject, String id)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("name", subject.name());
    json.writeStringField("SPDXID", id);
    if (subject instanceof SbomSubject.Image image) {
      json.writeStringField("versionInfo", image.id());
    }
    json.writeStringField("downloadLocation", NOASSERTION);
    json.writeBooleanField("filesAnalyzed", false);
    Optional<String> sha256 =
        subject instanceof SbomSubject.Image image ? image.sha256() : Optional.empty();
    if (sha256.isPresent()) {
      json.writeArrayFieldStart("checksums");
      json.writeStartObject();
      json.writeStringField("algorithm", "SHA256");
      json.writeStringField("checksumValue", sha256.get());
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeStringField("licenseConcluded", NOASSERTION);
    json.writeStringField("licenseDeclared", NOASSERTION);
    json.writeStringField("copyrightText", NOASSERTION);
    json.writeStringField(
        "primaryPackagePurpose", subject instanceof SbomSubject.Image ? "CONTAINER" : "FILE");
    json.writeEndObject();
  }

  private static void os(JsonGenerator json, OsRelease os) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", os.id());
    json.writeStringField("SPDXID", "SPDXRef-OperatingSystem");
    if (os.versionId().isPresent()) {
      json.writeStringField("versionInfo", os.versionId().get());
    }
    json.writeStringField("downloadLocation", NOASSERTION);
    json.writeBooleanField("filesAnalyzed", false);
    json.writeStringField("licenseConcluded", NOASSERTION);
    json.writeStringField("licenseDeclared", NOASSERTION);
    json.writeStringField("copyrightText", NOASSERTION);
    if (os.prettyName().isPresent()) {
      json.writeStringField("description", os.prettyName().get());
    }
    json.writeArrayFieldStart("externalRefs");
    purl(json, "pkg:generic/" + os.id() + os.versionId().map(v -> "@" + v).orElse(""));
    json.writeEndArray();
    // The JSON schema spells the tag-value OPERATING-SYSTEM with an underscore.
    json.writeStringField("primaryPackagePurpose", "OPERATING_SYSTEM");
    json.writeEndObject();
  }

  private static void purl(JsonGenerator json, String purl) throws IOException {
    json.writeStartObject();
    json.writeStringField("referenceCategory", "PACKAGE-MANAGER");
    json.writeStringField("referenceType", "purl");
    json.writeStringField("referenceLocator", purl);
    json.writeEndObject();
  }

  private static void relationship(JsonGenerator json, String from, String type, String to)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("spdxElementId", from);
    json.writeStringField("relationshipType", type);
    json.writeStringField("relatedSpdxElement", to);
    json.writeEndObject();
  }

  /** Where the package was found, and in an image which layer and instruction added it. */
  private static String sourceInfo(Sbom sbom, FoundPackage p) {
    StringBuilder s = new StringBuilder("found in ").append(p.path());
    if (p.layer().isPresent()) {
      s.append("; added by layer ").append(p.layer().getAsInt());
      sbom.layerOf(p).ifPresent(l -> s.append(" (").append(l.digest()).append(')'));
      p.instruction().ifPresent(i -> s.append(": ").append(i));
    }
    p.source()
        .ifPresent(
            src ->
                s.append("; source package ").append(src.name()).append(' ').append(src.version()));
    return s.toString();
  }

  /**
   * The declared licenses as one SPDX expression: each one as it is when it is an SPDX expression,
   * else a {@code LicenseRef-} named for it; several are all declared, so joined by {@code AND}.
   */
  private static String declared(List<String> licenses, Map<String, String> refs) {
    if (licenses.isEmpty()) {
      return NOASSERTION;
    }
    List<String> terms = new ArrayList<>();
    for (String text : licenses) {
      String term =
          SpdxLicenseList.expression(text)
              .orElseGet(() -> refs.computeIfAbsent(text, t -> licenseRef(t, refs)));
      terms.add(licenses.size() > 1 && term.contains(" ") ? "(" + term + ")" : term);
    }
    return String.join(" AND ", terms);
  }

  private static String licenseRef(String text, Map<String, String> refs) {
    String base = "LicenseRef-" + idstring(text);
    String ref = base;
    for (int n = 2; refs.containsValue(ref); n++) {
      ref = base + "-" + n;
    }
    return ref;
  }

  /** SPDX's idstring: letters, digits, {@code .} and {@code -}; anything else becomes {@code -}. */
  static String idstring(String text) {
    String s = text.replaceAll("[^A-Za-z0-9.\\-]+", "-");
    return s.isEmpty() ? "unnamed" : s;
  }
}
