package dev.plimsoll.secrets;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The secrets of a folder, a root file system or a project checkout: every regular file under it.
 * Symbolic links are not followed, so the walk never leaves the folder (a root file system's {@code
 * /etc/mtab} points into {@code /proc}); a link's target is read where it lies, if it lies inside.
 * Files the walk may not read (permissions) are skipped, as {@code grep -r -s} does; folders whose
 * path an allow rule matches are not entered.
 */
public final class FolderSecrets {
  private FolderSecrets() {}

  /**
   * Reads every regular file under {@code root}.
   *
   * @param root a folder, or a single file (reported by its name)
   * @throws BadInputException when {@code root} does not exist or cannot be listed
   */
  public static SecretScan scan(Path root, SecretScanner scanner) throws BadInputException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      throw new BadInputException(root.toString(), "no such file or folder");
    }
    Walk walk = new Walk(root, scanner);
    try {
      if (Files.isRegularFile(root, LinkOption.NOFOLLOW_LINKS)) {
        walk.read(root, root.getFileName().toString());
      } else {
        Files.walkFileTree(root, walk);
      }
    } catch (IOException e) {
      throw new BadInputException(root.toString(), "cannot read: " + e.getMessage(), e);
    }
    return new SecretScan(walk.findings, walk.truncated, walk.files);
  }

  private static final class Walk extends SimpleFileVisitor<Path> {
    private final Path root;
    private final SecretScanner scanner;
    private final List<SecretFinding> findings = new ArrayList<>();
    private final List<String> truncated = new ArrayList<>();
    private int files;

    Walk(Path root, SecretScanner scanner) {
      this.root = root;
      this.scanner = scanner;
    }

    private String relative(Path file) {
      return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (dir.equals(root)) {
        return FileVisitResult.CONTINUE;
      }
      boolean allowed = scanner.allowsFolder(relative(dir) + "/");
      return allowed ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      if (attrs.isRegularFile()) {
        read(file, relative(file));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
      if (e instanceof AccessDeniedException && !file.equals(root)) {
        return FileVisitResult.CONTINUE;
      }
      throw e;
    }

    void read(Path file, String path) throws IOException {
      SecretScanner.FileScan scan;
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        scan = scanner.scan(path, in, OptionalInt.empty());
      } catch (AccessDeniedException e) {
        return;
      }
      findings.addAll(scan.findings());
      if (scan.coverage() == SecretScanner.Coverage.TRUNCATED) {
        truncated.add(path);
      }
      if (scan.coverage() != SecretScanner.Coverage.ALLOWED) {
        files++;
      }
    }
  }
}
