package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.DockerfileSyntaxException;
import dev.plimsoll.dockerfile.syntax.SyntaxTree;
import java.util.List;
import java.util.Optional;

/**
 * A Dockerfile as BuildKit's dispatcher sees it: global ARGs, stages, and the variable scope at
 * every instruction.
 *
 * @param syntax the parsed text
 * @param globalArgs the ARGs before the first FROM (BuildKit's meta args)
 * @param stages the stages in order
 * @param instructions every instruction in file order, global ARGs and FROMs included
 * @param scopes the variables visible at each instruction, parallel to {@code instructions}
 */
public record Dockerfile(
    SyntaxTree syntax,
    List<Arg> globalArgs,
    List<Stage> stages,
    List<Instruction> instructions,
    List<Variables> scopes) {

  public Dockerfile {
    globalArgs = List.copyOf(globalArgs);
    stages = List.copyOf(stages);
    instructions = List.copyOf(instructions);
    scopes = List.copyOf(scopes);
  }

  /** Builds the typed model with default build options. */
  public static Dockerfile of(SyntaxTree tree) throws DockerfileSyntaxException {
    return of(tree, BuildOptions.DEFAULT);
  }

  public static Dockerfile of(SyntaxTree tree, BuildOptions options)
      throws DockerfileSyntaxException {
    return new DockerfileBuilder(tree, options).build();
  }

  public String file() {
    return syntax.file();
  }

  /**
   * The variables visible when {@code instruction} runs: for a FROM, the global ARGs; elsewhere,
   * the stage's ARGs and ENVs declared before it (and ENVs inherited from a parent stage).
   */
  public Variables variablesAt(Instruction instruction) {
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i) == instruction) {
        return scopes.get(i);
      }
    }
    throw new IllegalArgumentException("not an instruction of " + file() + ": " + instruction);
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
    for (Stage s : stages) {
      if (s.from() == instruction || s.instructions().stream().anyMatch(i -> i == instruction)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The stage named or numbered {@code ref} that comes before {@code before}, if any. */
  public Optional<Stage> stage(String ref, int before) {
    for (Stage s : stages) {
      if (s.index() < before && s.answersTo(ref)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The last stage: what {@code docker build} produces without {@code --target}. */
  public Stage finalStage() {
    return stages.get(stages.size() - 1);
  }
}
