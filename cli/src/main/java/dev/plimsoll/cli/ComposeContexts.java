package dev.plimsoll.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plimsoll.BadInputException;
import dev.plimsoll.rules.ConfigYaml;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The build contexts that a project's compose files declare ({@code build: DIR}, or {@code build:
 * {context, dockerfile}}), by Dockerfile. Only {@code build:} is read, with the configuration
 * file's hardened YAML loader, without interpolation. {@code cache --history} chooses contexts by
 * it, and {@code check} for the Dockerfiles that no loaded compose project builds ({@link
 * ComposeProjects} loads and audits the projects themselves).
 */
final class ComposeContexts {
  private static final Set<String> SKIPPED =
      Set.of(".git", ".hg", ".svn", "node_modules", "target", ".venv", "__pycache__", ".idea");

  /** One declaration: where it was made, and the context it names. */
  record Declared(Path context, String composeFile, String service) {}

  private ComposeContexts() {}

  static boolean isComposeName(String name) {
    return name.matches("(docker-)?compose(\\.[^.]+)?\\.ya?ml");
  }

  static List<Path> find(Path dir) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            return !d.equals(dir) && SKIPPED.contains(d.getFileName().toString())
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && isComposeName(f.getFileName().toString())) {
              found.add(f);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(null);
    return found;
  }

  /** Absolute, normalized Dockerfile path to its declared context; the first declaration wins. */
  static Map<Path, Declared> read(List<Path> composeFiles, List<BadInputException> errors) {
    Map<Path, Declared> out = new HashMap<>();
    for (Path file : composeFiles) {
      JsonNode root;
      try {
        root = ConfigYaml.read(file).orElse(null);
      } catch (BadInputException e) {
        errors.add(e);
        continue;
      }
      JsonNode services = root == null ? null : root.get("services");
      if (services == null || !services.isObject()) {
        continue;
      }
      Path base = file.toAbsolutePath().normalize().getParent();
      for (Map.Entry<String, JsonNode> service : services.properties()) {
        JsonNode build = service.getValue().get("build");
        String context;
        String dockerfile = "Dockerfile";
        if (build == null) {
          continue;
        } else if (build.isTextual()) {
          context = build.asText();
        } else if (build.isObject()) {
          context = build.path("context").isTextual() ? build.get("context").asText() : ".";
          if (build.path("dockerfile").isTextual()) {
            dockerfile = build.get("dockerfile").asText();
          }
        } else {
          continue;
        }
        // A URL context (git, https) has no folder here; ${VAR} is not interpolated yet.
        if (context.contains("://") || context.startsWith("git@") || context.contains("${")) {
          continue;
        }
        Path ctx = base.resolve(context).normalize();
        Path df = ctx.resolve(dockerfile).normalize();
        out.putIfAbsent(df, new Declared(ctx, file.normalize().toString(), service.getKey()));
      }
    }
    return out;
  }
}
