package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.dockerfile.shell.Word;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A RUN that deletes or uninstalls what an earlier RUN left in its layer: apt lists, a package
 * manager's cache, packages ({@code apk del .build-deps}, {@code apt-get purge}), a downloaded
 * archive. The earlier layer keeps the files whatever later layers do, so the clean-up only adds a
 * layer of whiteouts. Checked in the stages that end up in the image (the last stage and those it
 * is built {@code FROM}); in a stage that is only copied from, a clean-up does change what gets
 * copied. A RUN that made the same thing itself is cleaning its own layer and is left alone. Once
 * per RUN; ONBUILD triggers are not checked.
 */
final class CleanupInSeparateLayer implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "cleanup-in-separate-layer",
          List.of(),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Clean up in the RUN that made the mess: deleting an earlier layer's files saves nothing");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    Set<Integer> shipped = StageLineage.shipped(file, ctx.runStage());
    Map<Integer, Map<String, Instruction>> ends = new HashMap<>();
    for (Stage stage : file.stages()) {
      if (!shipped.contains(stage.index())) {
        continue;
      }
      Map<String, Instruction> left =
          StageLineage.parent(file, stage)
              .map(p -> new HashMap<>(ends.get(p.index())))
              .orElseGet(HashMap::new);
      for (Run run : stage.all(Run.class)) {
        if (!RunMentions.any(run, RunLeftovers.PROGRAMS)) {
          continue;
        }
        RunLeftovers now = RunLeftovers.of(run, ctx.script(run));
        for (Map.Entry<String, SimpleCommand> e : now.cleaned.entrySet()) {
          Instruction earlier = left.get(e.getKey());
          if (earlier != null && !now.made.contains(e.getKey())) {
            ctx.report(run, message(e.getKey(), e.getValue(), earlier));
            break;
          }
        }
        left.keySet().removeAll(now.cleaned.keySet());
        now.left.forEach(key -> left.put(key, run));
      }
      ends.put(stage.index(), left);
    }
  }

  private static String message(String key, SimpleCommand cleanup, Instruction earlier) {
    String what =
        switch (key.substring(0, key.indexOf(':') < 0 ? key.length() : key.indexOf(':'))) {
          case "lists" -> "the apt lists";
          case "cache" -> "the download cache";
          case "package" -> "package " + key.substring(key.lastIndexOf(':') + 1);
          default -> key.substring(key.indexOf(':') + 1);
        };
    String written = cleanup.words().stream().map(Word::raw).collect(Collectors.joining(" "));
    if (written.length() > 60) {
      written = written.substring(0, 57) + "...";
    }
    return "`"
        + written
        + "` saves nothing: "
        + what
        + " came from the RUN on line "
        + earlier.node().startLine()
        + ", whose layer keeps it; clean up in that RUN instead";
  }
}
