package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.instruction.Workdir;
import dev.plimsoll.dockerfile.shell.Options;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.dockerfile.shell.Word;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code RUN chown -R} or {@code chmod -R} over what an earlier COPY or ADD of the stage (or of a
 * stage it is built {@code FROM}) added, or a {@code chown} of a file one added, in the stages
 * whose layers make the image (the last stage and those it is built {@code FROM}). Changing an
 * owner or a mode rewrites the whole file into the RUN's layer, so the image holds it twice. Paths
 * are compared after WORKDIR, {@code cd} and ENV are applied; a path the RUN creates itself ({@code
 * mkdir}) or one nothing copied is left alone, and so is a path inside a copied folder, which may
 * have been made by another RUN. Once per RUN; ONBUILD triggers are not checked.
 */
final class ChownInSeparateLayer implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "chown-in-separate-layer",
          List.of(),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Set ownership and modes with COPY --chown/--chmod, not a later RUN chown -R that"
              + " stores the files twice");

  /** What one COPY or ADD wrote: its destination, and the files it named when that is known. */
  private record Copied(Instruction at, String dest, List<String> files) {}

  /** A stage's working folder and copies so far; a child stage starts from its parent's. */
  private static final class State {
    String workdir = "/";
    final List<Copied> copied = new ArrayList<>();

    State fork() {
      State s = new State();
      s.workdir = workdir;
      s.copied.addAll(copied);
      return s;
    }
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    Set<Integer> shipped = StageLineage.shipped(file, ctx.runStage());
    Map<Integer, State> ends = new HashMap<>();
    for (Stage stage : file.stages()) {
      if (!shipped.contains(stage.index())) {
        continue;
      }
      State state =
          StageLineage.parent(file, stage)
              .map(p -> ends.get(p.index()).fork())
              .orElseGet(State::new);
      for (Instruction i : stage.instructions()) {
        if (i instanceof Workdir w) {
          KnownValue.of(file, i, w.path())
              .ifPresent(p -> state.workdir = ImagePaths.resolve(state.workdir, p));
        } else if (i instanceof Copy c) {
          copied(file, i, c.sources(), c.destination(), state);
        } else if (i instanceof Add a) {
          copied(file, i, a.sources(), a.destination(), state);
        } else if (i instanceof Run run
            && !state.copied.isEmpty()
            && RunMentions.any(run, List.of("chown", "chmod"))) {
          check(run, state, ctx);
        }
      }
      ends.put(stage.index(), state);
    }
  }

  private static void copied(
      Dockerfile file, Instruction at, List<String> sources, String dest, State state) {
    Optional<String> known = KnownValue.of(file, at, dest).map(KnownValue::unquote);
    if (known.isEmpty() || sources.stream().anyMatch(s -> s.startsWith("<<"))) {
      return;
    }
    String resolved = ImagePaths.resolve(state.workdir, known.get());
    List<String> files = new ArrayList<>();
    if (known.get().endsWith("/") || sources.size() > 1) {
      for (String source : sources) {
        String name = ImagePaths.baseName(KnownValue.unquote(source));
        if (looksLikeFile(name)) {
          files.add(ImagePaths.resolve(resolved, name));
        }
      }
    } else if (looksLikeFile(ImagePaths.baseName(KnownValue.unquote(sources.get(0))))) {
      files.add(resolved);
    }
    state.copied.add(new Copied(at, resolved, files));
  }

  /** A name with an extension and no glob: {@code app.jar}, not {@code src} or {@code *.py}. */
  private static boolean looksLikeFile(String name) {
    return name.lastIndexOf('.') > 0 && !name.contains("*") && !name.contains("?");
  }

  private static void check(Run run, State state, RuleContext ctx) {
    Dockerfile file = ctx.dockerfile();
    String cwd = state.workdir;
    List<String> made = new ArrayList<>();
    for (SimpleCommand written : ctx.script(run).commands()) {
      SimpleCommand c = written.unwrapped();
      List<String> paths = new ArrayList<>();
      for (Word w : c.argsWithoutFlags()) {
        ImagePaths.known(file, run, w).ifPresent(p -> paths.add(p));
      }
      if (c.is("cd") && paths.size() == 1) {
        cwd = ImagePaths.resolve(cwd, paths.get(0));
      } else if (c.is("mkdir")) {
        for (String p : paths) {
          made.add(ImagePaths.resolve(cwd, p));
        }
      } else if (c.is("chown", "chmod")) {
        Options options = c.options();
        boolean recursive = options.has("-R", "--recursive");
        if (c.is("chmod") && !recursive) {
          continue;
        }
        List<Word> operands = options.operands();
        int skip = options.has("--reference") ? 0 : 1;
        for (Word w : operands.subList(Math.min(skip, operands.size()), operands.size())) {
          String dir = cwd;
          Optional<String> path =
              ImagePaths.known(file, run, w).map(p -> ImagePaths.resolve(dir, p));
          Optional<Copied> hit =
              path.filter(p -> made.stream().noneMatch(m -> ImagePaths.within(p, m)))
                  .flatMap(p -> match(state.copied, p, recursive));
          if (hit.isPresent()) {
            ctx.report(run, message(c, operands, skip, hit.get()));
            return;
          }
        }
      }
    }
  }

  private static Optional<Copied> match(List<Copied> copied, String target, boolean recursive) {
    for (Copied c : copied) {
      boolean hit =
          c.files().contains(target)
              || (recursive && ImagePaths.within(c.dest(), ImagePaths.trimGlob(target)));
      if (hit) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static String message(SimpleCommand c, List<Word> operands, int skip, Copied hit) {
    String value = skip == 1 && !operands.isEmpty() ? operands.get(0).unquoted() : "...";
    String flag =
        c.is("chown")
            ? "--chown=" + value
            : "--chmod=" + (value.matches("[0-7]{3,4}") ? value : "<octal mode>");
    return "`"
        + c.program()
        + "` rewrites what `"
        + hit.at().node().original().strip()
        + "` (line "
        + hit.at().node().startLine()
        + ") added, so the image stores those files twice: use `"
        + hit.at().keyword()
        + " "
        + flag
        + "` instead";
  }
}
