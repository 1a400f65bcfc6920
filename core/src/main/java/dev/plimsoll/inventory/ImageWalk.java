package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.files.EntryKind;
import dev.plimsoll.image.files.FileNode;
import dev.plimsoll.image.files.FileTree;
import dev.plimsoll.image.files.LayerListing;
import dev.plimsoll.image.files.LayerTar;
import dev.plimsoll.image.model.ImageAnalysis;
import dev.plimsoll.image.source.ImageSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The packages of an image, each with the layer that added it.
 *
 * <p><b>One read per layer.</b> Each layer's tar is streamed once, through {@link LayerTar}, which
 * lists it for the {@link FileTree} and hands every regular file to {@link Cataloging}: the files a
 * cataloger wants are read as they pass, and only their packages are kept. Nothing else of the
 * layer is held.
 *
 * <p><b>What the final file system shows.</b> A file is read in every layer that writes it, and
 * layers later than it may delete it (a whiteout, an opaque folder) or write it again. After the
 * last layer the stacked {@link FileTree} says which version of each path is visible: a file read
 * in layer {@code i} counts only when the final file system shows a regular file at its path that
 * layer {@code i} wrote last ({@link FileNode#changedIn()}). The packages of every other version
 * are dropped: a deleted jar's package is gone, and a status file rewritten by a later layer
 * replaces the earlier one's list.
 *
 * <p><b>The layer that added a package.</b> A package database is rewritten whole by every layer
 * that installs something: Debian's status file is written again by each {@code apt-get install}.
 * The visible version is the last one, but the layer that brought a package in is earlier. So the
 * versions of one path form its lineage: those written since the path last came into being ({@link
 * FileNode#addedIn()}, which a deletion resets). A package of the visible version was added by the
 * earliest layer from which every version of the lineage lists it, with the same name, version and
 * path: a package removed and installed again was added by the layer that installed it again, and
 * an upgrade is added by the layer that upgraded it. A file written once (a jar, a {@code
 * METADATA}) is its own lineage.
 */
final class ImageWalk {
  /** One version of a wanted file: the layer that wrote it and what it held. */
  private record Version(int layer, Cataloging.FileResult result) {}

  private ImageWalk() {}

  static Inventory read(ImageSource source, Cataloging cataloging) throws BadInputException {
    int count = source.layers().size();
    Map<String, List<Version>> versions = new LinkedHashMap<>();
    List<LayerListing> listings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int layer = i;
      LayerTar.FileContents files =
          (path, size, mode, content) -> {
            if (cataloging.wants(path, size, mode)) {
              Cataloging.FileResult result = cataloging.read(path, size, mode, content);
              versions
                  .computeIfAbsent(path, p -> new ArrayList<>())
                  .add(new Version(layer, result));
            }
          };
      listings.add(readLayer(source, i, files));
    }
    FileTree tree = FileTree.stack(listings);
    List<Optional<String>> createdBy = ImageAnalysis.createdBy(source.config(), count);
    List<FoundPackage> packages = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Map<String, OsRelease> releases = new LinkedHashMap<>();
    for (Map.Entry<String, List<Version>> e : versions.entrySet()) {
      List<Version> lineage = visibleLineage(tree, e.getKey(), e.getValue());
      if (lineage.isEmpty()) {
        continue;
      }
      Version last = lineage.get(lineage.size() - 1);
      last.result().os().ifPresent(os -> releases.put(e.getKey(), os));
      for (String problem : last.result().problems()) {
        skipped.add("layer " + last.layer() + ": " + problem);
      }
      for (FoundPackage p : last.result().packages()) {
        int added = addedIn(p, lineage);
        packages.add(p.addedBy(added, createdBy.get(added)));
      }
    }
    Optional<OsRelease> os =
        Optional.ofNullable(releases.get(OsRelease.ETC))
            .or(() -> Optional.ofNullable(releases.get(OsRelease.USR_LIB)));
    return Inventory.of(os, RpmDatabases.oneEach(packages), skipped);
  }

  /**
   * The versions of {@code path} since it last came into being, when the final file system shows
   * the last one; else none.
   */
  static List<Version> visibleLineage(FileTree tree, String path, List<Version> all) {
    Optional<FileNode> node = tree.get(path);
    Version last = all.get(all.size() - 1);
    if (node.isEmpty()
        || node.get().kind() != EntryKind.FILE
        || node.get().changedIn() != last.layer()) {
      return List.of();
    }
    int since = node.get().addedIn();
    List<Version> out = new ArrayList<>();
    for (Version v : all) {
      if (v.layer() >= since) {
        out.add(v);
      }
    }
    return out;
  }

  /** The earliest layer from which every version up to the last lists {@code p}. */
  private static int addedIn(FoundPackage p, List<Version> lineage) {
    int added = lineage.get(lineage.size() - 1).layer();
    for (int i = lineage.size() - 2; i >= 0; i--) {
      if (!lists(lineage.get(i), p)) {
        break;
      }
      added = lineage.get(i).layer();
    }
    return added;
  }

  private static boolean lists(Version v, FoundPackage p) {
    for (FoundPackage q : v.result().packages()) {
      if (q.ecosystem() == p.ecosystem()
          && q.name().equals(p.name())
          && q.version().equals(p.version())
          && q.path().equals(p.path())) {
        return true;
      }
    }
    return false;
  }

  private static LayerListing readLayer(ImageSource source, int index, LayerTar.FileContents files)
      throws BadInputException {
    String layer = "layer " + index + " (" + source.layers().get(index).digest() + ")";
    try (InputStream tar = source.openLayer(index)) {
      return LayerTar.read(layer, tar, files);
    } catch (BadInputException e) {
      String message = e.getMessage();
      String problem = message.startsWith(layer) ? message : layer + ": " + e.problem();
      throw new BadInputException(source.name(), problem, e);
    } catch (IOException e) {
      throw new BadInputException(source.name(), layer + ": " + e.getMessage(), e);
    }
  }
}
