package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Cmd;
import dev.plimsoll.dockerfile.instruction.CommandLine;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Entrypoint;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The final image runs on a JDK ({@code eclipse-temurin:17}, {@code openjdk:17}, {@code
 * amazoncorretto:21}) or on a Java build tool image ({@code maven}, {@code gradle}) when a JRE
 * would run the application: the compiler, {@code jshell} and the build tool add size and attack
 * surface for nothing. Maven and Gradle images count: in a final stage they are a single-stage
 * build. Not reported when the image's ENTRYPOINT or CMD itself runs a JDK or build tool ({@code
 * jshell}, {@code javac}, {@code mvn}, {@code gradle}, {@code ./mvnw}): then it is a tool image and
 * needs them. Build stages are not checked.
 */
final class JdkInRuntimeImage implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "jdk-in-runtime-image",
          List.of(),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "The final stage should run on a JRE, not a JDK or a Java build image");

  private static final String[] JDK_TOOLS = {
    "javac", "jshell", "jar", "jlink", "jdb", "jcmd", "jstack", "jmap", "javadoc", "mvn", "mvnw",
    "gradle", "gradlew", "sbt", "lein", "clojure", "kotlinc"
  };

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    StageChain chain = StageChain.ofRun(ctx);
    Optional<KnownBaseImages.Image> base = chain.base();
    if (base.isEmpty() || runsJdkTool(chain)) {
      return;
    }
    String repo = base.get().repo();
    boolean buildTool = repo.equals("maven") || repo.equals("gradle");
    KnownBaseImages.jreFor(base.get())
        .ifPresent(
            jre ->
                ctx.report(
                    chain.root().from(),
                    "Final image is built on '"
                        + base.get().written()
                        + (buildTool
                            ? "', a " + repo + " build image (JDK plus " + repo + ")"
                            : "', a JDK")
                        + "; build in an earlier stage and run the application on '"
                        + jre
                        + "'"));
  }

  private static boolean runsJdkTool(StageChain chain) {
    List<CommandLine> starts = new ArrayList<>();
    chain.last(Entrypoint.class).ifPresent(e -> starts.add(e.command()));
    chain.last(Cmd.class).ifPresent(c -> starts.add(c.command()));
    for (CommandLine line : starts) {
      if (line.exec()) {
        if (!line.args().isEmpty() && is(line.args().get(0))) {
          return true;
        }
        continue;
      }
      for (SimpleCommand c : ShellScript.parse(line.text()).commands()) {
        if (c.unwrapped().is(JDK_TOOLS)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean is(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    for (String tool : JDK_TOOLS) {
      if (tool.equals(name)) {
        return true;
      }
    }
    return false;
  }
}
