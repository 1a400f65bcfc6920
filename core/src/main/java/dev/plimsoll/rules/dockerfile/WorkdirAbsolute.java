package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.ExpansionResult;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.instruction.Workdir;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A relative WORKDIR lands wherever the base image's working directory happens to be (hadolint's
 * DL3000, BuildKit's WorkdirRelativePath). Like BuildKit, the path is checked after expanding the
 * stage's ARGs and ENVs ({@code ENV DIR=app} then {@code WORKDIR $DIR} is relative), and only the
 * first WORKDIR of a stage is checked: once a stage has set its directory, a relative WORKDIR after
 * it is well defined. A stage built on an earlier stage that set a WORKDIR is exempt for the same
 * reason. Like hadolint, paths that use a variable whose value is unknown here, and Windows paths
 * ({@code C:\app}, {@code \app}), are not flagged.
 */
final class WorkdirAbsolute implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "workdir-absolute",
          List.of("DL3000", "WorkdirRelativePath"),
          Severity.ERROR,
          Domain.DOCKERFILE,
          "The first WORKDIR of a stage should be an absolute path");

  private static final Pattern ABSOLUTE = Pattern.compile("^(?:[/\\\\$]|[A-Za-z]:).*");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitWorkdir(Workdir workdir, RuleContext ctx) {
    Dockerfile file = ctx.dockerfile();
    Optional<Stage> stage = file.stageOf(workdir);
    if (stage.isEmpty() || !stage.get().all(Workdir.class).get(0).equals(workdir)) {
      return;
    }
    if (setsWorkdir(file, file.stage(stage.get().from().image(), stage.get().index()))) {
      return;
    }
    String path = expanded(file, workdir);
    if (!ABSOLUTE.matcher(path).matches()) {
      ctx.report(
          workdir,
          "Relative workdir '"
              + path
              + "' can have unexpected results if the base image changes; use an absolute path"
              + " such as '/"
              + path.replaceFirst("^\\./", "")
              + "'");
    }
  }

  /**
   * The path as BuildKit checks it, after expansion; as written when it has no variable (so a
   * Windows path keeps its backslashes) or when a variable's value is unknown here.
   */
  private static String expanded(Dockerfile file, Workdir workdir) {
    String path = unquote(workdir.path());
    if (!workdir.path().contains("$")) {
      return path;
    }
    try {
      ExpansionResult r = file.expand(workdir.path(), workdir);
      return r.unmatched().isEmpty() ? r.value() : path;
    } catch (ExpansionException e) {
      return path;
    }
  }

  private static boolean setsWorkdir(Dockerfile file, Optional<Stage> stage) {
    if (stage.isEmpty()) {
      return false;
    }
    Stage s = stage.get();
    return !s.all(Workdir.class).isEmpty()
        || setsWorkdir(file, file.stage(s.from().image(), s.index()));
  }

  private static String unquote(String path) {
    boolean quoted =
        path.length() >= 2
            && (path.charAt(0) == '"' || path.charAt(0) == '\'')
            && path.charAt(path.length() - 1) == path.charAt(0);
    if (quoted) {
      return path.substring(1, path.length() - 1);
    }
    return path;
  }
}
