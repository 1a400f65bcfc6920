package dev.plimsoll.compose;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.yaml.Position;
import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.compose.yaml.YNode;
import dev.plimsoll.compose.yaml.YScalar;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * {@code extends} (services.md): a service starts from another one, in the same file or in another
 * ({@code file:}, relative to the file that extends), recursively; the extending service is merged
 * over the base by the merge rules. The base's relative paths stay relative to its own file's
 * folder. A cycle is an error that names it.
 */
final class Extends {
  private final FileLoader loader;
  private final String home;

  Extends(FileLoader loader, String home) {
    this.loader = loader;
    this.home = home;
  }

  /** The file's services, normalized against {@code base}, with every extends applied. */
  YMap apply(YMap root, Path file, Path base) throws BadInputException {
    YMap normalized = new Normalizer(base, home).file(root);
    if (!(normalized.get("services").orElse(null) instanceof YMap services)) {
      return normalized;
    }
    List<YMap.Entry> out = new ArrayList<>();
    for (YMap.Entry e : services.entries()) {
      YNode v = e.value();
      if (v instanceof YMap s && s.get("extends").isPresent()) {
        v = resolve(root, file, base, e.key(), e.keyPos(), new ArrayDeque<>());
      }
      out.add(new YMap.Entry(e.key(), e.keyPos(), v));
    }
    return normalized.with("services", new YMap(out, services.pos(), services.tag()));
  }

  private YMap resolve(
      YMap root, Path file, Path base, String name, Position at, Deque<String> stack)
      throws BadInputException {
    String id = file.toAbsolutePath().normalize() + "#" + name;
    if (stack.contains(id)) {
      throw new BadInputException(
          at.file(), at.line(), "extends cycle: service " + name + " extends itself");
    }
    YMap service =
        root.map("services")
            .flatMap(s -> s.map(name))
            .orElseThrow(
                () ->
                    new BadInputException(
                        at.file(),
                        at.line(),
                        "extends: no service " + name + " in " + loader.display(file)));
    Normalizer normalizer = new Normalizer(base, home);
    YNode ext = service.get("extends").orElse(null);
    if (ext == null) {
      return normalizer.service(service);
    }
    String baseName;
    Path baseFile = file;
    YMap baseRoot = root;
    Path baseDir = base;
    if (ext instanceof YScalar s) {
      baseName = s.value();
    } else {
      YMap m = (YMap) ext;
      baseName = m.text("service").orElse("");
      if (m.text("file").isPresent()) {
        baseFile = file.toAbsolutePath().getParent().resolve(m.text("file").get()).normalize();
        baseRoot = loader.load(baseFile);
        baseDir = baseFile.getParent();
      }
    }
    stack.push(id);
    YMap parent = resolve(baseRoot, baseFile, baseDir, baseName, ext.pos(), stack);
    stack.pop();
    YMap own = normalizer.service(service.without("extends"));
    return Merger.mergeService(name, parent, own);
  }
}
