package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a folder and hands the files the catalogers want to them. Symbolic links are never followed
 * (a root file system's links point into the host otherwise), so nothing outside the folder is
 * read; {@code .git} folders are passed over. A file that cannot be read is skipped with a note.
 */
final class FolderWalk extends SimpleFileVisitor<Path> {
  private final Path root;
  private final Cataloging cataloging;
  private final List<FoundPackage> packages = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private final Map<String, OsRelease> releases = new HashMap<>();

  private FolderWalk(Path root, Cataloging cataloging) {
    this.root = root;
    this.cataloging = cataloging;
  }

  static Inventory walk(Path folder, Cataloging cataloging) throws BadInputException {
    Path root;
    try {
      root = folder.toRealPath();
    } catch (IOException e) {
      throw new BadInputException(folder.toString(), "cannot read: " + e.getMessage(), e);
    }
    if (!Files.isDirectory(root)) {
      throw new BadInputException(folder.toString(), "not a folder");
    }
    FolderWalk walk = new FolderWalk(root, cataloging);
    try {
      Files.walkFileTree(root, walk);
    } catch (IOException e) {
      throw new BadInputException(folder.toString(), "cannot walk: " + e.getMessage(), e);
    }
    Optional<OsRelease> os =
        Optional.ofNullable(walk.releases.get(OsRelease.ETC))
            .or(() -> Optional.ofNullable(walk.releases.get(OsRelease.USR_LIB)));
    return Inventory.of(os, RpmDatabases.oneEach(walk.packages), walk.skipped);
  }

  @Override
  public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
    return dir.getFileName() != null && dir.getFileName().toString().equals(".git")
        ? FileVisitResult.SKIP_SUBTREE
        : FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
    if (!attrs.isRegularFile()) {
      return FileVisitResult.CONTINUE;
    }
    String path = relative(file);
    int mode = mode(file);
    if (!cataloging.wants(path, attrs.size(), mode)) {
      return FileVisitResult.CONTINUE;
    }
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      Cataloging.FileResult result = cataloging.read(path, attrs.size(), mode, in);
      packages.addAll(result.packages());
      skipped.addAll(result.problems());
      result.os().ifPresent(os -> releases.put(path, os));
    } catch (IOException e) {
      skipped.add(new BadInputException(path, "cannot read: " + e.getMessage()).getMessage());
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException e) {
    skipped.add(
        new BadInputException(relative(file), "cannot read: " + e.getMessage()).getMessage());
    return FileVisitResult.CONTINUE;
  }

  private String relative(Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /** The permission bits; 0644 where the file system has none (only executables need them). */
  private static int mode(Path file) {
    try {
      return (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return Files.isExecutable(file) ? 0755 : 0644;
    }
  }
}
