package dev.plimsoll.dockerfile;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Which files are Dockerfiles, and finding them in a folder. */
public final class DockerfileFiles {
  /** Folders that hold dependencies, build output or history, never a project's Dockerfiles. */
  private static final Set<String> SKIPPED_FOLDERS =
      Set.of(".git", ".hg", ".svn", "node_modules", "target", ".venv", "__pycache__", ".idea");

  /**
   * Extensions that make {@code Dockerfile.*} something else: {@code Dockerfile.dockerignore} is
   * BuildKit's per-Dockerfile ignore file, and {@code Dockerfile.java} or {@code Dockerfile.md} is
   * source code or documentation about Dockerfiles.
   */
  private static final Set<String> NOT_DOCKERFILE_EXTENSIONS =
      Set.of(
          "dockerignore",
          "java",
          "class",
          "kt",
          "scala",
          "groovy",
          "go",
          "py",
          "pyc",
          "rb",
          "rs",
          "js",
          "mjs",
          "ts",
          "c",
          "h",
          "cpp",
          "cs",
          "php",
          "pl",
          "sh",
          "md",
          "rst",
          "txt",
          "adoc",
          "html",
          "json",
          "yaml",
          "yml",
          "toml",
          "xml",
          "orig",
          "rej",
          "bak",
          "swp",
          "tmp",
          "jar",
          "zip",
          "gz",
          "tgz",
          "tar",
          "patch",
          "diff");

  private DockerfileFiles() {}

  /**
   * True for {@code Dockerfile}, {@code Containerfile}, {@code *.Dockerfile}, {@code Dockerfile.*}
   * and {@code *.dockerfile}: the names of the CLI contract.
   */
  public static boolean isDockerfileName(String fileName) {
    if (fileName.equals("Dockerfile") || fileName.equals("Containerfile")) {
      return true;
    }
    if (fileName.startsWith("Dockerfile.") || fileName.startsWith("Containerfile.")) {
      String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      return !ext.isEmpty() && !NOT_DOCKERFILE_EXTENSIONS.contains(ext);
    }
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".dockerfile") && lower.length() > ".dockerfile".length();
  }

  /**
   * The Dockerfiles under {@code dir}, sorted by path. Symbolic links are not followed (a link
   * cycle or a link out of the folder must not make the search wander). Folders in {@link
   * #SKIPPED_FOLDERS}, and paths for which {@code excluded} (given the path relative to {@code
   * dir}) is true, are skipped.
   */
  public static List<Path> find(Path dir, Predicate<Path> excluded) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            if (d.equals(dir)) {
              return FileVisitResult.CONTINUE;
            }
            Path rel = dir.relativize(d);
            boolean skip =
                SKIPPED_FOLDERS.contains(d.getFileName().toString()) || excluded.test(rel);
            return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()
                && isDockerfileName(f.getFileName().toString())
                && !excluded.test(dir.relativize(f))) {
              found.add(f);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            // An unreadable corner of a project is not a reason to lint nothing.
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(null);
    return found;
  }
}
