package dev.plimsoll.context.cache;

import dev.plimsoll.context.BuildContext;
import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpandedArgs;
import dev.plimsoll.dockerfile.instruction.Flags;
import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.RunMount;
import dev.plimsoll.dockerfile.instruction.Shell;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.instruction.User;
import dev.plimsoll.dockerfile.instruction.Variables;
import dev.plimsoll.dockerfile.instruction.Workdir;
import dev.plimsoll.dockerfile.syntax.Heredoc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The steps of one stage, each keyed from the one before (see {@link CacheGraph}). */
final class StageSteps {
  private final Dockerfile df;
  private final Stage stage;
  private final ContextSnapshot files;
  private final StageLinks links;
  private final Map<Integer, CacheGraph.StepState> ends;
  private final List<CacheStep> steps = new ArrayList<>();
  private CacheGraph.StepState end;
  private int hidden;

  /** A step before numbering: BuildKit numbers a stage's steps once it knows how many. */
  private record Pending(
      Instruction ins,
      String key,
      Optional<String> parent,
      Map<String, String> parts,
      Map<String, NavigableMap<String, String>> reads,
      List<Integer> stagesRead,
      String result) {}

  StageSteps(
      Dockerfile df,
      Stage stage,
      String label,
      ContextSnapshot files,
      StageLinks links,
      Map<Integer, CacheGraph.StepState> ends) {
    this.df = df;
    this.stage = stage;
    this.files = files;
    this.links = links;
    this.ends = ends;
    List<Pending> pending = new ArrayList<>();
    Optional<Stage> base = links.base(stage);
    CacheGraph.StepState state;
    if (base.isPresent() && ends.containsKey(base.get().index())) {
      state = ends.get(base.get().index());
    } else {
      Map<String, String> parts = new LinkedHashMap<>();
      From from = stage.from();
      parts.put("base", Keys.image(CacheGraph.firstExpanded(df, from, from.image())));
      ExpandedArgs.flag(df, from, "platform").ifPresent(p -> parts.put("platform", p));
      String key = Keys.digest(Optional.empty(), parts);
      pending.add(new Pending(from, key, Optional.empty(), parts, Map.of(), List.of(), key));
      state = new CacheGraph.StepState(Optional.of(key), "", "/", CacheGraph.defaultShell());
    }
    for (Instruction ins : stage.instructions()) {
      state = step(ins, state, pending);
    }
    end = state;
    for (int i = 0; i < pending.size(); i++) {
      Pending p = pending.get(i);
      steps.add(
          new CacheStep(
              stage.index(),
              label,
              i + 1,
              pending.size() + hidden,
              p.ins(),
              p.key(),
              p.parent(),
              p.parts(),
              p.reads(),
              p.stagesRead(),
              p.result()));
    }
  }

  List<CacheStep> steps() {
    return steps;
  }

  CacheGraph.StepState end() {
    return end;
  }

  private CacheGraph.StepState step(
      Instruction ins, CacheGraph.StepState state, List<Pending> pending) {
    if (ins instanceof User u) {
      return new CacheGraph.StepState(
          state.key(), CacheGraph.firstExpanded(df, u, u.user()), state.workdir(), state.shell());
    }
    if (ins instanceof Shell s) {
      return new CacheGraph.StepState(state.key(), state.user(), state.workdir(), s.shell());
    }
    Map<String, String> parts = new LinkedHashMap<>();
    Map<String, NavigableMap<String, String>> reads = new LinkedHashMap<>();
    List<Integer> stagesRead = new ArrayList<>();
    String workdir = state.workdir();
    if (ins instanceof Workdir w) {
      workdir = Keys.resolve(state.workdir(), CacheGraph.firstExpanded(df, w, w.path()));
      if (workdir.equals("/")) {
        hidden++; // BuildKit counts it in the stage's total but makes no step of it
        return new CacheGraph.StepState(state.key(), state.user(), workdir, state.shell());
      }
      parts.put("instruction", "WORKDIR " + workdir);
      parts.put("user", state.user());
    } else if (ins instanceof Run run) {
      run(run, state, parts, reads, stagesRead);
    } else if (ins instanceof Copy || ins instanceof Add) {
      copy(ins, state, parts, reads, stagesRead);
    } else {
      return state;
    }
    if (linked(ins)) {
      // COPY --link: the layer is made on its own, keyed without what is below it, then placed
      // on the parent; what follows builds on that placement.
      String key = Keys.digest(Optional.empty(), parts);
      String result = Keys.digest(state.key(), Map.of("link", key));
      pending.add(new Pending(ins, key, state.key(), parts, reads, stagesRead, result));
      return new CacheGraph.StepState(Optional.of(result), state.user(), workdir, state.shell());
    }
    String key = Keys.digest(state.key(), parts);
    pending.add(new Pending(ins, key, state.key(), parts, reads, stagesRead, key));
    return new CacheGraph.StepState(Optional.of(key), state.user(), workdir, state.shell());
  }

  private static boolean linked(Instruction ins) {
    return (ins instanceof Copy || ins instanceof Add)
        && ins.flags().has("link")
        && !ins.flags().value("link").orElse("true").equalsIgnoreCase("false");
  }

  private void run(
      Run run,
      CacheGraph.StepState state,
      Map<String, String> parts,
      Map<String, NavigableMap<String, String>> reads,
      List<Integer> stagesRead) {
    StringBuilder text = new StringBuilder("RUN");
    for (Flags.Flag f : run.flags().all()) {
      if (!f.name().equals("mount")) {
        text.append(' ').append(Keys.expand(df, run, f.text()));
      }
    }
    text.append(run.command().exec() ? " exec " + run.command().args() : " ")
        .append(run.command().exec() ? "" : run.command().text().strip());
    for (Heredoc h : run.command().heredocs()) {
      text.append("\n<<").append(h.name()).append('\n').append(h.content());
    }
    parts.put("instruction", text.toString());
    if (!run.command().exec()) {
      parts.put("shell", String.join(" ", state.shell()));
    }
    Variables scope = df.variablesAt(run);
    for (String name : scope.inFirstDefinedOrder()) {
      String kind =
          scope.definition(name).map(d -> d.kind() == Variables.Kind.ENV).orElse(true)
              ? "env"
              : "arg";
      parts.put(kind + " " + name, scope.get(name).orElse(""));
    }
    parts.put("user", state.user());
    parts.put("workdir", state.workdir());
    List<RunMount> mounts = RunMount.of(run);
    for (int i = 0; i < mounts.size(); i++) {
      RunMount m = RunMount.parse(Keys.expand(df, run, run.flags().values("mount").get(i)));
      parts.put("mount " + (i + 1), m.type() + " " + new TreeMap<>(m.fields()));
      String from = m.fields().getOrDefault("from", "");
      if (!from.isEmpty()) {
        Optional<Stage> s = links.resolve(from, stage);
        if (s.isPresent() && ends.containsKey(s.get().index())) {
          stagesRead.add(s.get().index());
          parts.put("stage " + s.get().label(), ends.get(s.get().index()).key().orElse(from));
        }
      } else if (m.type().equals("bind")
          && !m.fields().containsKey("rw")
          && !m.fields().containsKey("readwrite")) {
        String source = BuildContext.sourcePath(m.fields().getOrDefault("source", "."));
        select("files " + source, source, parts, reads);
      }
    }
  }

  private void copy(
      Instruction ins,
      CacheGraph.StepState state,
      Map<String, String> parts,
      Map<String, NavigableMap<String, String>> reads,
      List<Integer> stagesRead) {
    List<String> sources = ins instanceof Copy c ? c.sources() : ((Add) ins).sources();
    List<String> expanded = ExpandedArgs.of(df, ins).orElse(List.of());
    StringBuilder text = new StringBuilder(ins.keyword());
    for (Flags.Flag f : ins.flags().all()) {
      text.append(' ').append(Keys.expand(df, ins, f.text()));
    }
    for (String e : expanded) {
      text.append(' ').append(e);
    }
    parts.put("instruction", text.toString());
    String dest = expanded.isEmpty() ? "" : expanded.get(expanded.size() - 1);
    if (!dest.startsWith("/")) {
      parts.put("workdir", state.workdir());
    }
    Optional<String> from = ExpandedArgs.flag(df, ins, "from");
    if (from.isPresent()) {
      Optional<Stage> s = links.resolve(from.get(), stage);
      if (s.isPresent() && ends.containsKey(s.get().index())) {
        stagesRead.add(s.get().index());
        parts.put("stage " + s.get().label(), ends.get(s.get().index()).key().orElse(""));
      }
      return;
    }
    for (int i = 0; i < sources.size() && i < expanded.size() - 1; i++) {
      String written = sources.get(i);
      if (written.startsWith("<<")) {
        continue; // the heredoc's text is part of the instruction node
      }
      String value = expanded.get(i);
      if (value.contains("://") || value.startsWith("git@")) {
        continue; // a remote source: its content is fetched at build time and unknown here
      }
      String source = BuildContext.sourcePath(value);
      select("files " + source, source, parts, reads);
    }
    for (Heredoc h : ins.node().heredocs()) {
      parts.put("heredoc " + h.name(), h.content());
    }
  }

  private void select(
      String label,
      String source,
      Map<String, String> parts,
      Map<String, NavigableMap<String, String>> reads) {
    NavigableMap<String, String> selected;
    try {
      selected = files.select(source);
    } catch (IllegalArgumentException e) {
      selected = new TreeMap<>(); // a malformed wildcard: BuildKit fails the build itself
    }
    parts.put(label, Keys.files(selected));
    reads.put(label, selected);
  }
}
