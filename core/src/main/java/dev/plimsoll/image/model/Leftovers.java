package dev.plimsoll.image.model;

import dev.plimsoll.image.files.EntryKind;
import dev.plimsoll.image.files.FileNode;
import dev.plimsoll.image.files.FileTree;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Finds the caches and residue that a Dockerfile usually meant to clean up. */
final class Leftovers {
  /** A place where a tool leaves files it does not need at run time. */
  private record Place(String what, String folder, Predicate<String> keeps) {
    Place(String what, String folder) {
      this(what, folder, name -> true);
    }
  }

  private static final List<Place> PLACES =
      List.of(
          // apt-get update's indexes; apt-get install re-downloads them (apt(8)).
          new Place("apt package lists", "var/lib/apt/lists"),
          new Place("apt package archives", "var/cache/apt/archives", n -> n.endsWith(".deb")),
          new Place("apt package cache", "var/cache/apt", n -> n.endsWith(".bin")),
          new Place("apk cache", "var/cache/apk"),
          new Place("yum cache", "var/cache/yum"),
          new Place("dnf cache", "var/cache/dnf"),
          new Place("npm cache", "root/.npm"),
          new Place("yarn cache", "usr/local/share/.cache/yarn"),
          new Place("yarn cache", "root/.cache/yarn"),
          new Place("pip cache", "root/.cache/pip"),
          new Place("Go build cache", "root/.cache/go-build"),
          new Place("Maven repository", "root/.m2/repository"),
          new Place("Gradle caches", "root/.gradle/caches"),
          new Place("temporary files", "tmp"),
          new Place("temporary files", "var/tmp"));

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
        out.add(new Leftover(place.what(), place.folder(), bytes, files, List.copyOf(layers)));
      }
    }
    return out;
  }
}
