package dev.plimsoll.dockerfile.shell;

import java.util.Optional;

/**
 * Each ecosystem's way of writing a package and its version, read by hand (no regular expressions).
 * Pinning follows the hadolint rule of each ecosystem (DL3008 apt, DL3018 apk, DL3033 yum, DL3037
 * zypper, DL3013 pip, DL3016 npm, DL3028 gem).
 */
final class PackageSpecs {
  private PackageSpecs() {}

  /** {@code pkg=1.2}, {@code pkg/bookworm-backports}, {@code ./local.deb}. */
  static PackageRef apt(Word word) {
    String text = word.unquoted();
    if (text.endsWith(".deb") || text.startsWith("/") || text.startsWith(".")) {
      return new PackageRef(text, Optional.empty(), true, word);
    }
    int eq = text.indexOf('=');
    if (eq > 0) {
      return split(word, text, eq, eq + 1);
    }
    int slash = text.indexOf('/');
    return new PackageRef(
        slash > 0 ? text.substring(0, slash) : text, Optional.empty(), slash > 0, word);
  }

  /**
   * {@code pkg=1.2}, {@code pkg~1.2}, {@code pkg>=1.2}, {@code ./local.apk}. As hadolint's DL3018
   * reads it, only {@code =} or {@code ~} pins: {@code pkg>1.2} names a version but lets it float.
   */
  static PackageRef apk(Word word) {
    String text = word.unquoted();
    if (text.endsWith(".apk")) {
      return new PackageRef(text, Optional.empty(), true, word);
    }
    int at = firstOf(text, "=~<>");
    if (at <= 0) {
      return plain(word);
    }
    boolean pinned = text.indexOf('=') > 0 || text.indexOf('~') > 0;
    return new PackageRef(text.substring(0, at), Optional.of(text.substring(at)), pinned, word);
  }

  /**
   * {@code pkg-1.2-3.el8}, {@code ./local.rpm}. The name ends at the first hyphen before a digit.
   * Pinning follows hadolint's DL3033 and DL3041: what follows the first hyphen, split at hyphens,
   * holds only version characters and has a part that starts with a digit ({@code
   * java-1.8.0-openjdk} is pinned, {@code python3-devel} and {@code nodejs-16*} are not). A part
   * that holds an expansion ({@code pkg-${VERSION}}) counts as a version.
   */
  static PackageRef rpm(Word word) {
    String text = word.unquoted();
    if (text.endsWith(".rpm")) {
      return new PackageRef(text, Optional.empty(), true, word);
    }
    int first = text.indexOf('-');
    boolean pinned = first > 0 && versionLike(text.substring(first + 1));
    for (int i = 1; i + 1 < text.length(); i++) {
      if (text.charAt(i) == '-'
          && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '$')) {
        return new PackageRef(
            text.substring(0, i), Optional.of(text.substring(i + 1)), pinned, word);
      }
    }
    return new PackageRef(text, Optional.empty(), pinned, word);
  }

  /** hadolint's {@code isVersionLike} over the hyphen-separated parts of {@code rest}. */
  private static boolean versionLike(String rest) {
    boolean digit = false;
    for (String part : rest.split("-", -1)) {
      if (part.indexOf('$') >= 0) {
        digit = true;
        continue;
      }
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        boolean ok = (c < 128 && Character.isLetterOrDigit(c)) || ".~^_:+".indexOf(c) >= 0;
        if (!ok) {
          return false;
        }
      }
      digit |= !part.isEmpty() && Character.isDigit(part.charAt(0));
    }
    return digit;
  }

  /** {@code pkg=1.2}, {@code pkg>=1.2}, {@code pkg<1.2}, {@code ./local.rpm}. */
  static PackageRef zypper(Word word) {
    String text = word.unquoted();
    if (text.endsWith(".rpm")) {
      return new PackageRef(text, Optional.empty(), true, word);
    }
    int at = firstOf(text, "=<>");
    return at > 0 ? split(word, text, at, at) : plain(word);
  }

  /**
   * PEP 508: {@code pkg==1.2}, {@code pkg[extra]>=1.2}, {@code pkg @ https://...}, a URL, a path or
   * an archive. A VCS URL ({@code git+https://host/repo}) is pinned only with a reference after the
   * path ({@code @v1.2}), as DL3013 reads it.
   */
  static PackageRef pip(Word word) {
    String text = word.unquoted();
    if (isVcs(text)) {
      int path = text.indexOf('/', text.indexOf("://") + 3);
      boolean ref = path > 0 && text.indexOf('@', path) > 0;
      return new PackageRef(text, Optional.empty(), ref, word);
    }
    if (text.contains("://")
        || text.startsWith(".")
        || text.startsWith("/")
        || text.endsWith(".whl")
        || text.endsWith(".tar.gz")
        || text.endsWith(".zip")) {
      return new PackageRef(text, Optional.empty(), true, word);
    }
    int at = firstOf(text, "=<>!~@;");
    String name = at > 0 ? text.substring(0, at) : text;
    int bracket = name.indexOf('[');
    name = (bracket > 0 ? name.substring(0, bracket) : name).strip();
    if (at <= 0) {
      return new PackageRef(name, Optional.empty(), false, word);
    }
    String version = text.substring(at).strip();
    return new PackageRef(name, Optional.of(version), !version.startsWith(";"), word);
  }

  /** pip's VCS schemes: {@code git+https://}, {@code hg+ssh://}, {@code svn+http://}, ... */
  private static boolean isVcs(String text) {
    int scheme = text.indexOf("://");
    if (scheme <= 0) {
      return false;
    }
    String prefix = text.substring(0, scheme);
    return prefix.equals("git")
        || prefix.startsWith("git+")
        || prefix.startsWith("hg+")
        || prefix.startsWith("svn")
        || prefix.startsWith("bzr+");
  }

  /**
   * {@code pkg@1.2}, {@code @scope/pkg@^1}, a tarball, a path, a URL. A git source ({@code
   * git+https://...}, {@code github:user/repo}) is pinned only with a {@code #commit} or {@code
   * #semver:} suffix, as DL3016 reads it.
   */
  static PackageRef npm(Word word) {
    String text = word.unquoted();
    for (String git : NPM_GIT) {
      if (text.startsWith(git)) {
        return new PackageRef(text, Optional.empty(), text.indexOf('#') > 0, word);
      }
    }
    if (text.contains("://")
        || text.startsWith(".")
        || text.startsWith("/")
        || text.startsWith("~/")
        || text.startsWith("file:")
        || text.endsWith(".tgz")
        || text.endsWith(".tar")
        || text.endsWith(".tar.gz")) {
      return new PackageRef(text, Optional.empty(), true, word);
    }
    int at = text.indexOf('@', 1);
    return at > 0 ? version(word, text, at, at + 1, "latest") : plain(word);
  }

  private static final String[] NPM_GIT = {
    "git://", "git+", "github:", "gitlab:", "bitbucket:", "gist:"
  };

  /** {@code pkg:1.2}; {@code -v} is read by the caller. */
  static PackageRef gem(Word word) {
    String text = word.unquoted();
    int colon = text.indexOf(':');
    return colon > 0 ? split(word, text, colon, colon + 1) : plain(word);
  }

  /** {@code module/path@v1.2.3}; {@code @latest} is not a pin. Also cargo's {@code pkg@1.2}. */
  static PackageRef atVersion(Word word) {
    String text = word.unquoted();
    int at = text.lastIndexOf('@');
    return at > 0 ? version(word, text, at, at + 1, "latest") : plain(word);
  }

  /** {@code vendor/pkg:^1.2}, {@code vendor/pkg=1.2}. */
  static PackageRef composer(Word word) {
    String text = word.unquoted();
    int at = firstOf(text, ":=");
    return at > 0 ? split(word, text, at, at + 1) : plain(word);
  }

  private static PackageRef plain(Word word) {
    return new PackageRef(word.unquoted(), Optional.empty(), false, word);
  }

  private static PackageRef split(Word word, String text, int nameEnd, int versionStart) {
    return version(word, text, nameEnd, versionStart, "");
  }

  private static PackageRef version(
      Word word, String text, int nameEnd, int versionStart, String floating) {
    String version = text.substring(versionStart);
    boolean pinned = !version.isEmpty() && !version.equals(floating);
    return new PackageRef(text.substring(0, nameEnd), Optional.of(version), pinned, word);
  }

  private static int firstOf(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
