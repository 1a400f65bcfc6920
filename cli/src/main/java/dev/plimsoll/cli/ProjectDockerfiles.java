package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.rules.LintConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A project's Dockerfiles, as {@code lint DIR} finds them, each with its text and the build context
 * {@code check} gives it (a compose file's {@code build:}, else the likeliest folder). Shared by
 * {@code check} and {@code cache --history}.
 *
 * @param file the Dockerfile
 * @param name the name reports give it
 * @param text its text, read once
 * @param choice its build context, and why
 */
record ProjectDockerfiles(Path file, String name, String text, ContextChoice choice) {

  /**
   * Finds them under {@code root}; a compose file or Dockerfile that cannot be read goes to {@code
   * errors} and the others are still returned.
   */
  static List<ProjectDockerfiles> find(
      Path root, String dir, LintConfig config, List<BadInputException> errors)
      throws BadInputException {
    return find(root, dir, config, errors, LintCommand.find(root, dir, config));
  }

  /** As above, over the Dockerfiles already found (none is fine: check audits compose files). */
  static List<ProjectDockerfiles> find(
      Path root, String dir, LintConfig config, List<BadInputException> errors, List<Path> files)
      throws BadInputException {
    Map<Path, ComposeContexts.Declared> declared;
    try {
      declared = ComposeContexts.read(ComposeContexts.find(root), errors);
    } catch (IOException e) {
      throw new BadInputException(dir, "cannot search the folder: " + e.getMessage());
    }
    List<ProjectDockerfiles> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.normalize().toString();
      String text;
      try {
        text = Inputs.readText(name);
      } catch (BadInputException e) {
        errors.add(e);
        continue;
      }
      ComposeContexts.Declared d = declared.get(f.toAbsolutePath().normalize());
      ContextChoice choice =
          d != null ? ContextChoice.declared(name, d) : ContextChoice.guess(name, text, root);
      out.add(new ProjectDockerfiles(f, name, text, choice));
    }
    return out;
  }
}
