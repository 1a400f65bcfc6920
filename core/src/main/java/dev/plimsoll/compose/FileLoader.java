package dev.plimsoll.compose;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.interpolate.Interpolation;
import dev.plimsoll.compose.interpolate.UnsetVariable;
import dev.plimsoll.compose.model.EnvVar;
import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.compose.yaml.YNode;
import dev.plimsoll.compose.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one compose file: YAML, then interpolation with the project's variables and bare
 * environment names resolved from them ({@link BareEnvironment}), then the schema, as compose-go
 * checks each file before merging. Each file is read once per project.
 */
final class FileLoader {
  private final Map<String, String> variables;
  private final Path workingDir;
  private final Map<Path, YMap> cache = new HashMap<>();
  private final List<UnsetVariable> unset = new ArrayList<>();
  private final Set<EnvVar.BareName> bare = new HashSet<>();

  FileLoader(Map<String, String> variables, Path workingDir) {
    this.variables = Map.copyOf(variables);
    this.workingDir = workingDir;
  }

  Map<String, String> variables() {
    return variables;
  }

  List<UnsetVariable> unset() {
    return List.copyOf(unset);
  }

  /** Where environment entries were written as bare names, in every file read. */
  Set<EnvVar.BareName> bareNames() {
    return Set.copyOf(bare);
  }

  /** Takes over what an included project's loader recorded. */
  void adopt(FileLoader included) {
    unset.addAll(included.unset);
    bare.addAll(included.bare);
  }

  /** The file as the user sees it: relative to the current folder when under it. */
  String display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(workingDir) && !abs.equals(workingDir)
        ? workingDir.relativize(abs).toString()
        : abs.toString();
  }

  YMap load(Path file) throws BadInputException {
    Path abs = file.toAbsolutePath().normalize();
    YMap cached = cache.get(abs);
    if (cached != null) {
      return cached;
    }
    String name = display(abs);
    String text;
    try {
      text = Files.readString(abs, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException(name, "no such file");
    } catch (MalformedInputException e) {
      throw new BadInputException(name, "not UTF-8 text");
    } catch (IOException e) {
      throw new BadInputException(name, "cannot read: " + e.getMessage(), e);
    }
    YNode root = YamlReader.read(name, text);
    if (!(root instanceof YMap map)) {
      throw new BadInputException(name, root.pos().line(), "the top level must be a mapping");
    }
    Interpolation interpolation = new Interpolation(variables);
    YMap out = BareEnvironment.resolve((YMap) interpolation.apply(map), variables, bare::add);
    unset.addAll(interpolation.unset());
    SchemaCheck.validate((YMap) Merger.strip(out));
    cache.put(abs, out);
    return out;
  }
}
