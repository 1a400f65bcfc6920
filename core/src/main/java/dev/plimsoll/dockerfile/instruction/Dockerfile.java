package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.DockerfileSyntaxException;
import dev.plimsoll.dockerfile.syntax.SyntaxTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A Dockerfile as BuildKit's dispatcher sees it: global ARGs, stages, and the variable scope at
 * every instruction. Instructions are looked up by identity (two {@code RUN true} lines are equal
 * records but different instructions), through maps built once, so rules may ask for every
 * instruction's scope and stage without walking the file each time.
 */
public final class Dockerfile {
  private final SyntaxTree syntax;
  private final List<Arg> globalArgs;
  private final List<Stage> stages;
  private final List<Instruction> instructions;
  private final IdentityHashMap<Instruction, Variables> scopes = new IdentityHashMap<>();
  private final IdentityHashMap<Instruction, Stage> stageOf = new IdentityHashMap<>();

  /** The stages of each (lower-cased) name, in order, so lookups by name need no scan. */
  private final Map<String, List<Stage>> named = new HashMap<>();

  /**
   * @param syntax the parsed text
   * @param globalArgs the ARGs before the first FROM (BuildKit's meta args)
   * @param stages the stages in order
   * @param instructions every instruction in file order, global ARGs and FROMs included
   * @param scopes the variables visible at each instruction, parallel to {@code instructions}
   */
  Dockerfile(
      SyntaxTree syntax,
      List<Arg> globalArgs,
      List<Stage> stages,
      List<Instruction> instructions,
      List<Variables> scopes) {
    if (instructions.size() != scopes.size()) {
      throw new IllegalArgumentException("one scope per instruction");
    }
    this.syntax = syntax;
    this.globalArgs = List.copyOf(globalArgs);
    this.stages = List.copyOf(stages);
    this.instructions = List.copyOf(instructions);
    for (int i = 0; i < instructions.size(); i++) {
      this.scopes.put(instructions.get(i), scopes.get(i));
    }
    for (Stage s : stages) {
      s.name().ifPresent(n -> named.computeIfAbsent(n, k -> new ArrayList<>()).add(s));
      stageOf.put(s.from(), s);
      for (Instruction i : s.instructions()) {
        stageOf.put(i, s);
      }
    }
  }

  /** Builds the typed model with default build options. */
  public static Dockerfile of(SyntaxTree tree) throws DockerfileSyntaxException {
    return of(tree, BuildOptions.DEFAULT);
  }

  public static Dockerfile of(SyntaxTree tree, BuildOptions options)
      throws DockerfileSyntaxException {
    return new DockerfileBuilder(tree, options).build();
  }

  public SyntaxTree syntax() {
    return syntax;
  }

  /** The ARGs before the first FROM (BuildKit's meta args). */
  public List<Arg> globalArgs() {
    return globalArgs;
  }

  /** The stages in order; never empty. */
  public List<Stage> stages() {
    return stages;
  }

  /** Every instruction in file order, global ARGs and FROMs included. */
  public List<Instruction> instructions() {
    return instructions;
  }

  public String file() {
    return syntax.file();
  }

  /**
   * The variables visible when {@code instruction} runs: for a FROM, the global ARGs; elsewhere,
   * the stage's ARGs and ENVs declared before it (and ENVs inherited from a parent stage).
   */
  public Variables variablesAt(Instruction instruction) {
    Variables scope = scopes.get(instruction);
    if (scope == null) {
      throw new IllegalArgumentException("not an instruction of " + file() + ": " + instruction);
    }
    return scope;
  }

  /**
   * Expands {@code word} as BuildKit would at {@code instruction}: in its scope, with the file's
   * escape character, removing quotes. The result also says which variables were used and which
   * were referenced but not set.
   *
   * @throws ExpansionException where BuildKit would fail the build, e.g. {@code ${V:?msg}}
   */
  public ExpansionResult expand(String word, Instruction instruction) throws ExpansionException {
    return new VariableExpansion(syntax.escape()).expand(word, variablesAt(instruction));
  }

  /** The stage {@code instruction} belongs to; empty for global ARGs. */
  public Optional<Stage> stageOf(Instruction instruction) {
    return Optional.ofNullable(stageOf.get(instruction));
  }

  /** The stage named or numbered {@code ref} that comes before {@code before}, if any. */
  public Optional<Stage> stage(String ref, int before) {
    // A name first, then a number (Stage.answersTo): two lookups, no scan, since rules ask this
    // for every COPY --from and a file may hold thousands of stages.
    List<Stage> byName = stagesNamed(ref);
    if (!byName.isEmpty() && byName.get(0).index() < before) {
      return Optional.of(byName.get(0));
    }
    OptionalInt index = Stage.number(ref);
    if (index.isPresent()
        && index.getAsInt() >= 0
        && index.getAsInt() < Math.min(before, stages.size())) {
      return Optional.of(stages.get(index.getAsInt()));
    }
    return Optional.empty();
  }

  /** The stages named {@code name} (compared lower-cased, as BuildKit does), in order. */
  public List<Stage> stagesNamed(String name) {
    List<Stage> found = named.get(name.toLowerCase(Locale.ROOT));
    return found == null ? List.of() : Collections.unmodifiableList(found);
  }

  /**
   * The stages a build of {@code target} runs, by index: BuildKit solves only the target and what
   * it needs, the stage it is built FROM, the stages its {@code COPY --from} and {@code RUN
   * --mount=from=} name, and theirs in turn. References are taken as written (a stage named through
   * an ARG counts as not needed).
   */
  public Set<Integer> stagesNeededBy(Stage target) {
    Set<Integer> out = new HashSet<>();
    Deque<Stage> todo = new ArrayDeque<>(List.of(target));
    while (!todo.isEmpty()) {
      Stage s = todo.pop();
      if (!out.add(s.index())) {
        continue;
      }
      List<String> refs = new ArrayList<>();
      refs.add(s.from().image());
      for (Instruction i : s.instructions()) {
        if (i instanceof Copy c) {
          c.from().ifPresent(refs::add);
        } else if (i instanceof Run r) {
          RunMount.of(r)
              .forEach(m -> Optional.ofNullable(m.fields().get("from")).ifPresent(refs::add));
        }
      }
      for (String ref : refs) {
        stage(ref, s.index()).ifPresent(todo::push);
      }
    }
    return out;
  }

  /** The last stage: what {@code docker build} produces without {@code --target}. */
  public Stage finalStage() {
    return stages.get(stages.size() - 1);
  }
}
