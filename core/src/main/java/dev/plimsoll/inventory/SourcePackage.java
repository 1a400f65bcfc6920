package dev.plimsoll.inventory;

import java.util.Optional;

/**
 * The source package a binary package was built from: dpkg's {@code Source:} field, apk's origin
 * ({@code o:}), rpm's source rpm. Debian and Alpine advisories name source packages.
 *
 * @param name the source package's name
 * @param version its version: the one given with it ({@code Source: glibc (2.36-9)}), else the
 *     binary package's own, as {@code dpkg-query -f '${source:Version}'} answers
 */
public record SourcePackage(String name, String version) {

  /**
   * The source package a source rpm file name gives ({@code bash-5.2.15-3.fc38.src.rpm}, as rpm's
   * {@code SOURCERPM} tag and syft's {@code upstream} qualifier write it): name, then version and
   * release split at the last two dashes. The file name has no epoch.
   */
  public static Optional<SourcePackage> ofSourceRpm(String file) {
    String f = file.replaceFirst("\\.(no)?src\\.rpm$", "");
    int release = f.lastIndexOf('-');
    int version = release <= 0 ? -1 : f.lastIndexOf('-', release - 1);
    if (version <= 0) {
      return Optional.empty();
    }
    return Optional.of(new SourcePackage(f.substring(0, version), f.substring(version + 1)));
  }
}
