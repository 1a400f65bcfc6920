package dev.plimsoll.compose;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.interpolate.DotEnv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables a project is interpolated with: its {@code --env-file}s in order (or its {@code
 * .env}), under the process environment, which wins as in compose. A value in an env file may use
 * the environment and the variables set before it.
 */
final class ProjectEnvironment {
  private ProjectEnvironment() {}

  static Map<String, String> of(Map<String, String> process, List<Path> envFiles, Path projectDir)
      throws BadInputException {
    Map<String, String> files = new HashMap<>();
    if (envFiles.isEmpty()) {
      Path dotenv = projectDir.resolve(".env");
      if (Files.isRegularFile(dotenv)) {
        files.putAll(read(dotenv, process, files));
      }
    } else {
      for (Path f : envFiles) {
        if (!Files.isRegularFile(f)) {
          throw new BadInputException(f.toString(), "no such env file");
        }
        files.putAll(read(f, process, files));
      }
    }
    Map<String, String> out = new HashMap<>(files);
    out.putAll(process);
    return out;
  }

  private static Map<String, String> read(
      Path file, Map<String, String> process, Map<String, String> earlier)
      throws BadInputException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
    return DotEnv.parse(
        file.toString(),
        text,
        name -> Optional.ofNullable(process.getOrDefault(name, earlier.get(name))));
  }
}
