package dev.plimsoll.context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a build context usually holds by accident. Names alone decide only where they cannot mean
 * anything else ({@code .git}, {@code node_modules}); {@code target}, {@code build}, {@code dist},
 * {@code vendor} and {@code venv} are build output or installed dependencies only beside the file
 * of the tool that makes them, since many projects keep sources in a folder called {@code build}.
 */
final class ShouldExclude {
  private static final Set<String> VCS = Set.of(".git", ".hg", ".svn");
  private static final Set<String> IDE = Set.of(".idea", ".vscode");
  private static final Set<String> KEYS =
      Set.of("id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".netrc", ".pgpass");
  private static final Set<String> KEY_SUFFIXES = Set.of(".key", ".p12", ".pfx", ".jks");
  private static final Set<String> ENV_TEMPLATES = Set.of("example", "sample", "template", "dist");

  private ShouldExclude() {}

  /** Why the folder should not be sent, if it should not. */
  static Optional<BuildContext.Kind> folder(Path dir, String name) {
    if (VCS.contains(name)) {
      return Optional.of(BuildContext.Kind.VCS);
    }
    if (IDE.contains(name)) {
      return Optional.of(BuildContext.Kind.IDE);
    }
    boolean deps =
        switch (name) {
          case "node_modules", "__pycache__" -> true;
          case ".venv", "venv" -> Files.isRegularFile(dir.resolve("pyvenv.cfg"));
          // Go's vendor folder is meant to be built from; PHP's and Ruby's are installed output.
          case "vendor" -> beside(dir, "composer.json", "Gemfile");
          default -> false;
        };
    if (deps) {
      return Optional.of(BuildContext.Kind.DEPENDENCIES);
    }
    boolean output =
        switch (name) {
          case "target" -> beside(dir, "pom.xml", "Cargo.toml", "build.sbt");
          case "build" ->
              beside(dir, "build.gradle", "build.gradle.kts", "package.json", "CMakeLists.txt");
          case "dist" -> beside(dir, "package.json", "setup.py", "pyproject.toml");
          default -> false;
        };
    return output ? Optional.of(BuildContext.Kind.BUILD_OUTPUT) : Optional.empty();
  }

  /** Why the file should not be sent (local settings, private keys), if it should not. */
  static Optional<BuildContext.Kind> file(Path file, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals(".env")
        || (lower.startsWith(".env.") && !ENV_TEMPLATES.contains(lower.substring(5)))) {
      return Optional.of(BuildContext.Kind.SECRETS);
    }
    if (KEYS.contains(lower)) {
      return Optional.of(BuildContext.Kind.SECRETS);
    }
    int dot = lower.lastIndexOf('.');
    if (dot > 0 && lower.endsWith(".pem")) {
      // Certificates are often meant to be copied; only a private key is a leak.
      return privateKey(file) ? Optional.of(BuildContext.Kind.SECRETS) : Optional.empty();
    }
    if (dot > 0 && KEY_SUFFIXES.contains(lower.substring(dot))) {
      return Optional.of(BuildContext.Kind.SECRETS);
    }
    return Optional.empty();
  }

  private static boolean privateKey(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(8192);
      return new String(head, StandardCharsets.ISO_8859_1).contains("PRIVATE KEY-----");
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean beside(Path dir, String... files) {
    Path parent = dir.getParent();
    if (parent == null) {
      return false;
    }
    for (String f : files) {
      if (Files.isRegularFile(parent.resolve(f))) {
        return true;
      }
    }
    return false;
  }
}
