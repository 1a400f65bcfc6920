package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageManager;
import dev.plimsoll.dockerfile.shell.PackageRef;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The final image keeps compilers, headers or build tools: a RUN of the final stage (or of a stage
 * it is built on) installs {@code gcc}, {@code make}, {@code build-essential}, {@code *-dev} or
 * {@code *-devel} packages and the like, or builds ({@code go build}, {@code cargo build}, {@code
 * mvn package}, {@code npm run build}) with a toolchain that stays in the image. A RUN that also
 * uninstalls packages ({@code apk del .build-deps}, {@code apt-get purge --auto-remove}) is the
 * official images' way of building without keeping the tools, and is left alone; so are {@code
 * make} and {@code configure} in such a RUN. An image whose command is a shell or language prompt
 * ({@link PromptImage}) is an SDK meant to be built on, like the official language images, and
 * keeps its toolchain on purpose.
 */
final class FinalStageHasBuildTools implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "final-stage-has-build-tools",
          List.of(),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Compilers and build tools should stay in a build stage, out of the final image");

  private static final Set<String> TOOL_PACKAGES =
      Set.of(
          "gcc",
          "g++",
          "gcc-c++",
          "clang",
          "make",
          "cmake",
          "build-essential",
          "build-base",
          "alpine-sdk",
          "autoconf",
          "automake",
          "libtool",
          "pkg-config",
          "pkgconf",
          "pkgconfig",
          "musl-dev",
          "libc6-dev",
          "libc-dev",
          "linux-headers",
          "kernel-headers",
          "glibc-devel",
          "gfortran",
          "ninja-build",
          "meson",
          "bison",
          "flex",
          "rustc",
          "cargo",
          "golang");

  /** The builds whose toolchain is the base image itself, so nothing can remove it after. */
  private static final Set<String> BUILD_VERBS =
      Set.of("build", "package", "install", "verify", "assemble", "bootJar", "shadowJar");

  /** What a RUN must name to be worth parsing: a package manager, a build tool, or make. */
  private static final List<String> MENTIONS =
      List.of(
          "apt", "apk", "yum", "dnf", "zypper", "go", "cargo", "npm", "yarn", "pnpm", "mvn",
          "gradle", "make");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    StageChain chain = StageChain.ofRun(ctx);
    if (PromptImage.is(chain)) {
      return;
    }
    String advice =
        file.stages().size() > 1
            ? "do this in a build stage and COPY --from it only what runs"
            : "use a multi-stage build: build in one stage, COPY --from it only what runs";
    boolean compilerReported = false;
    for (Run run : chain.runsMentioning(MENTIONS)) {
      ShellScript script = ctx.script(run);
      List<PackageCommand> packages = PackageCommand.in(script);
      boolean removes = packages.stream().anyMatch(p -> p.action() == PackageCommand.Action.REMOVE);
      if (removes) {
        continue;
      }
      Optional<String> found = installedTool(packages);
      if (found.isEmpty()) {
        found = toolchainBuild(script, packages);
      }
      // Once the compiler's install is reported, each later make only repeats it.
      if (found.isEmpty() && !compilerReported) {
        found = make(script);
      }
      compilerReported |= found.isPresent();
      found.ifPresent(
          what ->
              ctx.report(
                  run,
                  "Final image keeps "
                      + what
                      + "; "
                      + advice
                      + " (or remove the tools again in the same RUN)"));
    }
  }

  private static Optional<String> installedTool(List<PackageCommand> packages) {
    for (PackageCommand p : packages) {
      if (!p.installs() || !isSystem(p.manager())) {
        continue;
      }
      for (PackageRef ref : p.packages()) {
        String name = ref.name();
        if (TOOL_PACKAGES.contains(name)
            || (name.endsWith("-dev") && p.manager() != PackageManager.YUM)
            || name.endsWith("-devel")) {
          return Optional.of("build package " + name + " (" + p.program() + " " + p.verb() + ")");
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isSystem(PackageManager m) {
    return m == PackageManager.APT
        || m == PackageManager.APK
        || m == PackageManager.YUM
        || m == PackageManager.ZYPPER;
  }

  private static Optional<String> toolchainBuild(
      ShellScript script, List<PackageCommand> packages) {
    for (PackageCommand p : packages) {
      if (p.action() == PackageCommand.Action.BUILD) {
        return Optional.of("the toolchain of '" + p.program() + " " + p.verb() + "'");
      }
    }
    for (SimpleCommand c : script.running("mvn", "mvnw", "gradle", "gradlew")) {
      Optional<String> goal =
          c.argsWithoutFlags().stream()
              .map(w -> w.literal().orElse(""))
              .filter(BUILD_VERBS::contains)
              .findFirst();
      if (goal.isPresent()) {
        return Optional.of("the toolchain of '" + c.program() + " " + goal.get() + "'");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> make(ShellScript script) {
    return script.running("make", "cmake").stream()
        .findFirst()
        .map(c -> "the compiler that '" + c.program() + "' runs");
  }
}
