package dev.plimsoll.image.model;

import dev.plimsoll.image.files.EntryKind;
import dev.plimsoll.image.files.FileNode;
import dev.plimsoll.image.files.FileTree;
import dev.plimsoll.image.model.Leftover.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the caches and residue that a Dockerfile usually meant to clean up, and the build tools a
 * runtime image rarely needs.
 */
final class Leftovers {
  /** A place where a tool leaves files it does not need at run time. */
  private record Place(Kind kind, String what, String folder, Predicate<String> keeps) {
    Place(Kind kind, String what, String folder) {
      this(kind, what, folder, name -> true);
    }
  }

  /** GCC's drivers: gcc, g++, c++, cpp, each maybe with a target prefix and a version suffix. */
  private static final Pattern COMPILER_DRIVER =
      Pattern.compile("([a-z0-9_]+-)*(gcc|g\\+\\+|c\\+\\+|cpp)(-[0-9.]+)?");

  private static final List<Place> PLACES =
      List.of(
          // apt-get update's indexes; apt-get install re-downloads them (apt(8)).
          new Place(Kind.CACHE, "apt package lists", "var/lib/apt/lists"),
          new Place(
              Kind.CACHE,
              "apt package archives",
              "var/cache/apt/archives",
              n -> n.endsWith(".deb")),
          new Place(Kind.CACHE, "apt package cache", "var/cache/apt", n -> n.endsWith(".bin")),
          new Place(Kind.CACHE, "apk cache", "var/cache/apk"),
          new Place(Kind.CACHE, "yum cache", "var/cache/yum"),
          new Place(Kind.CACHE, "dnf cache", "var/cache/dnf"),
          new Place(Kind.CACHE, "npm cache", "root/.npm"),
          new Place(Kind.CACHE, "yarn cache", "usr/local/share/.cache/yarn"),
          new Place(Kind.CACHE, "yarn cache", "root/.cache/yarn"),
          new Place(Kind.CACHE, "pip cache", "root/.cache/pip"),
          new Place(Kind.CACHE, "Go build cache", "root/.cache/go-build"),
          new Place(Kind.CACHE, "Maven repository", "root/.m2/repository"),
          new Place(Kind.CACHE, "Gradle caches", "root/.gradle/caches"),
          new Place(Kind.TEMPORARY, "temporary files", "tmp"),
          new Place(Kind.TEMPORARY, "temporary files", "var/tmp"),
          // GCC's programs (cc1, cc1plus, collect2, lto1) and libraries: Debian and Fedora keep
          // them in /usr/lib/gcc, Alpine its programs in /usr/libexec/gcc. The run-time library
          // (libgcc_s, libstdc++) lives elsewhere.
          new Place(Kind.BUILD_TOOL, "GCC compiler", "usr/lib/gcc"),
          new Place(Kind.BUILD_TOOL, "GCC compiler", "usr/libexec/gcc"),
          new Place(
              Kind.BUILD_TOOL,
              "GCC compiler drivers",
              "usr/bin",
              n -> COMPILER_DRIVER.matcher(n).matches()),
          // The C library's and the -dev packages' headers (libc6-dev, musl-dev, *-dev).
          new Place(Kind.BUILD_TOOL, "C headers", "usr/include"),
          new Place(Kind.BUILD_TOOL, "Go toolchain", "usr/local/go"),
          new Place(Kind.BUILD_TOOL, "Go toolchain", "usr/lib/go"),
          new Place(Kind.BUILD_TOOL, "Rust toolchain", "usr/local/rustup"));

  private Leftovers() {}

  static List<Leftover> in(FileTree tree) {
    List<Leftover> out = new ArrayList<>();
    for (Place place : PLACES) {
      long bytes = 0;
      int files = 0;
      TreeSet<Integer> layers = new TreeSet<>();
      for (FileNode node : tree.under(place.folder())) {
        String name = node.path().substring(node.path().lastIndexOf('/') + 1);
        if (node.kind() == EntryKind.DIRECTORY || !place.keeps().test(name)) {
          continue;
        }
        bytes += node.size();
        files++;
        layers.add(node.changedIn());
      }
      if (bytes > 0) {
        out.add(
            new Leftover(
                place.kind(), place.what(), place.folder(), bytes, files, List.copyOf(layers)));
      }
    }
    return out;
  }
}
