package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.Build;
import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * A service built from a multi-stage Dockerfile without {@code build.target}: compose builds the
 * last stage, which is right only as long as no one appends a stage (a test or a debug stage) to
 * the file. Naming the stage says which image runs in production.
 */
final class BuildTargetMissing extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-build-target-missing",
          List.of(),
          Severity.INFO,
          Domain.COMPOSE,
          "Name the stage of a multi-stage Dockerfile with build.target");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    if (s.build().flatMap(Build::target).isPresent()) {
      return;
    }
    Dockerfile d = ServiceDockerfile.of(project, s).orElse(null);
    if (d == null || d.stages().size() < 2) {
      return;
    }
    Stage last = d.finalStage();
    report.at(
        at(s, "build"),
        "service "
            + s.name()
            + " builds a Dockerfile of "
            + d.stages().size()
            + " stages without target, so it gets whatever stage is last ("
            + last.label()
            + "): set build.target"
            + last.name().map(n -> ": " + n).orElse(" after naming the stage (FROM ... AS name)"));
  }
}
