package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.context.BuildContext;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.rules.Edit;
import dev.plimsoll.rules.LintConfig;
import java.util.List;
import java.util.Optional;

/**
 * What a rule sees besides the instruction in hand, and how it reports. The engine turns a report
 * into a finding spanning the instruction's lines, then applies severity overrides and suppression.
 */
public interface RuleContext {
  /** The file being linted: stages, variable scopes, source lines. */
  Dockerfile dockerfile();

  /**
   * The configuration of the run, for the few rules that read it: trusted registries (hadolint's
   * DL3026) and the label schema (DL3049 and following).
   */
  LintConfig config();

  /**
   * The RUN's script, parsed once per file and shared by every rule (the engine keeps it; this
   * default parses it each time).
   */
  default ShellScript script(Run run) {
    return ShellScript.of(run, dockerfile());
  }

  /** Reports that {@code at} breaks the rule; {@code message} says what is wrong, on one line. */
  void report(Instruction at, String message);

  /**
   * Reports, with the edits that fix every case of it in {@code at} ({@code plimsoll lint --fix}).
   * A rule offers edits only where the rewrite keeps the build's meaning; empty edits mean "no
   * mechanical fix".
   */
  default void report(Instruction at, String message, List<Edit> fix) {
    report(at, message);
  }

  /**
   * The build context's {@code .dockerignore}, when the lint was given a build context. Empty when
   * linting a Dockerfile on its own: rules that need it stay silent.
   */
  default Optional<IgnoreMatcher> dockerignore() {
    return Optional.empty();
  }

  /**
   * The build context, walked, when the lint was given one: what is sent after {@code
   * .dockerignore}. Empty otherwise: the context rules stay silent.
   */
  default Optional<BuildContext> buildContext() {
    return Optional.empty();
  }

  /**
   * The stage the build produces: the build's target ({@code build.target} of a compose service)
   * when one is given and the file has it, else the last stage, as {@code docker build} without
   * {@code --target}. Rules about the image that runs read this stage, not the last one.
   */
  default Stage runStage() {
    return dockerfile().finalStage();
  }

  /** {@link #runStage()} as messages name it: "Final stage x", or "Target stage x" for a target. */
  default String runStageName() {
    Stage run = runStage();
    boolean last = run.equals(dockerfile().finalStage());
    return (last ? "Final stage " : "Target stage ") + run.label();
  }

  /**
   * Whether the build runs {@code stage}: always without a target; with one, BuildKit skips the
   * stages the target does not need, so a COPY there cannot fail the build.
   */
  default boolean builds(Stage stage) {
    return true;
  }

  /**
   * What is known of the image that {@code stage} starts from, when the lint was given a way to
   * read images. Empty when it was not, and for {@code scratch} and stages built on other stages.
   */
  default Optional<BaseImage> baseImage(Stage stage) {
    return Optional.empty();
  }
}
