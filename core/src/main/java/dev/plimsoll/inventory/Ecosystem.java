package dev.plimsoll.inventory;

/** Where a package comes from, with its package URL type (purl-spec, PURL-TYPES.rst). */
public enum Ecosystem {
  DEB("deb", true),
  APK("apk", true),
  RPM("rpm", true),
  NPM("npm", false),
  MAVEN("maven", false),
  PYPI("pypi", false),
  GOLANG("golang", false),
  GEM("gem", false),
  CARGO("cargo", false);

  private final String purlType;
  private final boolean os;

  Ecosystem(String purlType, boolean os) {
    this.purlType = purlType;
    this.os = os;
  }

  /** The package URL type: {@code deb}, {@code npm}, ... */
  public String purlType() {
    return purlType;
  }

  /** The ecosystem of a package URL type, when Plimsoll knows it. */
  public static java.util.Optional<Ecosystem> ofPurlType(String type) {
    for (Ecosystem e : values()) {
      if (e.purlType.equals(type)) {
        return java.util.Optional.of(e);
      }
    }
    return java.util.Optional.empty();
  }

  /** True for the operating system's package managers, whose URLs name the distribution. */
  public boolean isOs() {
    return os;
  }
}
