package dev.plimsoll.context.cache;

import dev.plimsoll.context.BuildContext;
import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpandedArgs;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.shell.DependencyInstall;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order an expert would give a stage so source changes rebuild less, as a rewritten Dockerfile:
 * the dependency manifests copied and installed before {@code COPY . .}, and the RUNs that read
 * nothing of the context (system packages, users, folders) moved above it. The rewrite is for
 * measuring what the order saves over a history; it is not a fix to apply blindly (a build step may
 * need sources the manifests do not name).
 */
public final class CacheReorder {
  /** Programs whose RUNs read nothing copied from the context. */
  private static final Set<String> CONTEXT_FREE =
      Set.of(
          "apt-get",
          "apt",
          "apk",
          "yum",
          "dnf",
          "microdnf",
          "zypper",
          "rm",
          "mkdir",
          "useradd",
          "groupadd",
          "adduser",
          "addgroup",
          "set",
          "true",
          "ln",
          "update-ca-certificates");

  private CacheReorder() {}

  /**
   * The rewritten text and what moved.
   *
   * @param text the Dockerfile in the suggested order
   * @param moves one line per change, for people
   */
  public record Suggestion(String text, List<String> moves) {
    public Suggestion {
      moves = List.copyOf(moves);
    }
  }

  /** The suggested order of {@code df}, whose source is {@code text}; empty when it is good. */
  public static Optional<Suggestion> suggest(Dockerfile df, String text, ContextSnapshot files) {
    String[] lines = text.split("(?<=\n)", -1);
    Map<Integer, StringBuilder> insertBefore = new HashMap<>();
    Set<Integer> dropped = new HashSet<>();
    List<String> moves = new ArrayList<>();
    for (Stage stage : df.stages()) {
      Optional<Instruction> whole =
          stage.instructions().stream().filter(i -> copiesAll(df, i)).findFirst();
      if (whole.isEmpty()) {
        continue;
      }
      Instruction wc = whole.get();
      StringBuilder block = new StringBuilder();
      StringBuilder deps = new StringBuilder();
      Set<String> ecosystems = new HashSet<>();
      boolean after = false;
      for (Instruction i : stage.instructions()) {
        if (i == wc) {
          after = true;
          continue;
        }
        if (!after || !(i instanceof Run run) || !run.flags().values("mount").isEmpty()) {
          continue;
        }
        List<SimpleCommand> commands = ShellScript.of(run, df).commands();
        if (!commands.isEmpty() && commands.stream().allMatch(CacheReorder::contextFree)) {
          block.append(source(lines, i));
          dropped.add(i.line());
          moves.add(
              "move `"
                  + StepChanges.shorten(run.node().original().strip())
                  + "` (line "
                  + i.line()
                  + ") above `"
                  + wc.node().original().strip()
                  + "` (line "
                  + wc.line()
                  + ")");
          continue;
        }
        for (SimpleCommand c : commands) {
          Optional<DependencyInstall> install = DependencyInstall.recognise(c);
          if (install.isEmpty() || !ecosystems.add(install.get().ecosystem())) {
            continue;
          }
          List<String> present =
              install.get().manifestFiles().stream().filter(files.files()::containsKey).toList();
          if (present.isEmpty()) {
            continue;
          }
          String dest = destinationFolder(wc);
          deps.append("COPY ")
              .append(String.join(" ", present))
              .append(' ')
              .append(dest)
              .append('\n');
          boolean alone =
              commands.size() == 1 && install.get().text().equals(install.get().depsOnly());
          if (alone) {
            deps.append(source(lines, i));
            dropped.add(i.line());
          } else {
            deps.append("RUN ").append(install.get().depsOnly()).append('\n');
          }
          moves.add(
              "copy "
                  + String.join(", ", present)
                  + " and run `"
                  + install.get().depsOnly()
                  + "` before `"
                  + wc.node().original().strip()
                  + "` (line "
                  + wc.line()
                  + ")");
        }
      }
      block.append(deps);
      if (block.length() > 0) {
        insertBefore.put(wc.line(), block);
      }
    }
    if (moves.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    Map<Integer, Integer> spans = new HashMap<>();
    for (Instruction i : df.instructions()) {
      spans.put(i.line(), i.endLine());
    }
    for (int n = 1; n <= lines.length; n++) {
      StringBuilder block = insertBefore.get(n);
      if (block != null) {
        out.append(block);
      }
      if (dropped.contains(n)) {
        n = spans.get(n);
        continue;
      }
      out.append(lines[n - 1]);
    }
    return Optional.of(new Suggestion(out.toString(), moves));
  }

  private static boolean contextFree(SimpleCommand written) {
    SimpleCommand c = written.unwrapped();
    // A system package manager reads the distribution's archive, not the context; a language's
    // (npm run build, yarn test, composer dump-autoload) reads the project even when it installs
    // nothing.
    if (PackageCommand.recognise(c).map(CacheReorder::isSystem).orElse(false)) {
      return true;
    }
    return CONTEXT_FREE.contains(c.program());
  }

  private static boolean isSystem(PackageCommand p) {
    return switch (p.manager()) {
      case APT, APK, YUM, ZYPPER -> true;
      default -> false;
    };
  }

  private static boolean copiesAll(Dockerfile df, Instruction i) {
    if (!(i instanceof Copy || i instanceof Add) || i.flags().has("from")) {
      return false;
    }
    List<String> expanded = ExpandedArgs.of(df, i).orElse(List.of());
    for (int s = 0; s < expanded.size() - 1; s++) {
      if (BuildContext.sourcePath(expanded.get(s)).equals(".")) {
        return true;
      }
    }
    return false;
  }

  private static String destinationFolder(Instruction wc) {
    List<String> values = wc.node().values();
    String dest = values.isEmpty() ? "./" : values.get(values.size() - 1);
    return dest.endsWith("/") ? dest : dest + "/";
  }

  /** The instruction's lines as written, continuation lines and heredocs included. */
  private static String source(String[] lines, Instruction i) {
    StringBuilder b = new StringBuilder();
    for (int n = i.line(); n <= i.endLine() && n <= lines.length; n++) {
      b.append(lines[n - 1]);
    }
    String s = b.toString();
    return s.endsWith("\n") ? s : s + "\n";
  }
}
