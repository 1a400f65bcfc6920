package dev.plimsoll.inventory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One package the inventory found. (Not {@code Package}: that name is {@code java.lang}'s.)
 *
 * @param ecosystem the package manager or language ecosystem
 * @param name the name as its ecosystem writes it ({@code org.apache.commons:commons-compress} for
 *     Maven, {@code @babel/core} for npm)
 * @param version the version as installed
 * @param purl the package URL (purl-spec); OS packages name the distribution once the inventory
 *     knows it ({@code pkg:deb/debian/bash@5.2.15-2%2Bb2?arch=amd64&distro=debian-12})
 * @param source the source package, for the OS packages that record one
 * @param licenses the licenses the package declares, where its metadata gives them
 * @param path the file it was found in, relative to the root ({@code var/lib/dpkg/status}); inside
 *     an archive, the entries after {@code !} ({@code app.jar!BOOT-INF/lib/x.jar})
 * @param layer the index of the layer that added it, base first, when it came from an image
 * @param instruction that layer's instruction from the image history, when known
 */
public record FoundPackage(
    Ecosystem ecosystem,
    String name,
    String version,
    String purl,
    Optional<SourcePackage> source,
    List<String> licenses,
    String path,
    OptionalInt layer,
    Optional<String> instruction) {

  public FoundPackage {
    licenses = List.copyOf(licenses);
  }

  /**
   * A package found outside any image, without source or licenses.
   *
   * @param namespace the purl namespace: a Maven group, an npm scope, a Go module's host and path
   * @param qualifiers the purl qualifiers, such as {@code arch}
   */
  static FoundPackage of(
      Ecosystem ecosystem,
      Optional<String> namespace,
      String name,
      String version,
      Map<String, String> qualifiers,
      String path) {
    String shown =
        namespace
            .map(ns -> ecosystem == Ecosystem.MAVEN ? ns + ":" + name : ns + "/" + name)
            .orElse(name);
    String purl = Purls.of(ecosystem.purlType(), namespace, name, version, qualifiers);
    return new FoundPackage(
        ecosystem,
        shown,
        version,
        purl,
        Optional.empty(),
        List.of(),
        path,
        OptionalInt.empty(),
        Optional.empty());
  }

  FoundPackage withSource(SourcePackage value) {
    return new FoundPackage(
        ecosystem, name, version, purl, Optional.of(value), licenses, path, layer, instruction);
  }

  FoundPackage withLicenses(List<String> value) {
    return new FoundPackage(
        ecosystem, name, version, purl, source, value, path, layer, instruction);
  }

  /** The version as shown, when the package URL writes it otherwise (an rpm epoch). */
  FoundPackage withVersion(String value) {
    return new FoundPackage(
        ecosystem, name, value, purl, source, licenses, path, layer, instruction);
  }

  /** The package as added by {@code index}, the layer {@code createdBy} made. */
  FoundPackage addedBy(int index, Optional<String> createdBy) {
    return new FoundPackage(
        ecosystem, name, version, purl, source, licenses, path, OptionalInt.of(index), createdBy);
  }

  /** An OS package's URL with the distribution's namespace and {@code distro} qualifier. */
  FoundPackage inDistro(OsRelease os) {
    if (!ecosystem.isOs()) {
      return this;
    }
    return new FoundPackage(
        ecosystem,
        name,
        version,
        Purls.inDistro(purl, os),
        source,
        licenses,
        path,
        layer,
        instruction);
  }
}
