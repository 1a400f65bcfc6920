package dev.plimsoll.compose;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.compose.yaml.YNode;
import dev.plimsoll.compose.yaml.YScalar;
import dev.plimsoll.compose.yaml.YSeq;
import dev.plimsoll.compose.yaml.YamlWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code include} (include.md): each entry is loaded as a project of its own (its files relative to
 * the including file, its {@code project_directory} for relative paths and its {@code .env} or
 * {@code env_file} for interpolation), then its services, networks, volumes, secrets and configs
 * are added to the including model. A resource defined differently on both sides is an error, as in
 * compose; an include cycle too.
 */
final class Includes {
  private static final List<String> SECTIONS =
      List.of("services", "networks", "volumes", "secrets", "configs");

  private Includes() {}

  static YMap apply(YMap root, Path file, Compose.Loading loading) throws BadInputException {
    if (!(root.get("include").orElse(null) instanceof YSeq entries)) {
      return root.without("include");
    }
    Path dir = file.toAbsolutePath().getParent();
    YMap out = root.without("include");
    for (YNode entry : entries.items()) {
      List<Path> paths = new ArrayList<>();
      Optional<Path> projectDir = Optional.empty();
      List<Path> envFiles = new ArrayList<>();
      if (entry instanceof YScalar s) {
        paths.add(dir.resolve(s.value()).normalize());
      } else if (entry instanceof YMap m) {
        strings(m.get("path")).forEach(p -> paths.add(dir.resolve(p).normalize()));
        projectDir = m.text("project_directory").map(p -> dir.resolve(p).normalize());
        strings(m.get("env_file")).forEach(p -> envFiles.add(dir.resolve(p).normalize()));
      }
      if (paths.isEmpty()) {
        continue;
      }
      YMap included = loading.include(paths, projectDir, envFiles, entry);
      for (String section : SECTIONS) {
        out = add(out, section, included.map(section).orElse(null));
      }
    }
    return out;
  }

  private static YMap add(YMap root, String section, YMap imported) throws BadInputException {
    if (imported == null || imported.entries().isEmpty()) {
      return root;
    }
    YMap own = root.map(section).orElse(YMap.empty(imported.pos()));
    List<YMap.Entry> merged = new ArrayList<>(imported.entries());
    for (YMap.Entry e : own.entries()) {
      Optional<YNode> theirs = imported.get(e.key());
      if (theirs.isPresent()) {
        if (!YamlWriter.plain(theirs.get()).equals(YamlWriter.plain(e.value()))) {
          throw new BadInputException(
              e.keyPos().file(),
              e.keyPos().line(),
              section + "." + e.key() + " conflicts with an included resource of the same name");
        }
        continue;
      }
      merged.add(e);
    }
    return root.with(section, new YMap(merged, own.pos()));
  }

  private static List<String> strings(Optional<YNode> n) {
    List<String> out = new ArrayList<>();
    n.ifPresent(
        v -> {
          if (v instanceof YScalar s && !s.isNull()) {
            out.add(s.value());
          } else if (v instanceof YSeq seq) {
            seq.items().forEach(i -> ((YScalar) i).text().ifPresent(out::add));
          }
        });
    return out;
  }
}
