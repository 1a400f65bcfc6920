package dev.plimsoll.rules.dockerfile;

import java.util.List;

/** Every Dockerfile rule, sorted by name. A catalogue test fails when a rule is left out. */
public final class DockerfileRules {
  private static final List<DockerfileRule> ALL =
      List.of(
          new BaseImagePlatformMatches(),
          new ConsistentInstructionCasing(),
          new CopyNotDockerignored(),
          new DefinitionDescriptionFormat(),
          new ExposeContainerPortOnly(),
          new ExposeProtocolLowercase(),
          new FromArgsDeclared(),
          new FromAsCasing(),
          new FromDefaultArgsValid(),
          new FromPlatformNotConstant(),
          new FromPlatformNotRedundant(),
          new JsonArgsRecommended(),
          new KeyValueWithEquals(),
          new MaintainerDeprecated(),
          new NoEmptyContinuation(),
          new NoSecretsInArgEnv(),
          new PinBaseImageVersion(),
          new SingleCmdEntrypointHealthcheck(),
          new StageNameLowercase(),
          new StageNameNotReserved(),
          new StageNameUnique(),
          new VariablesDefined(),
          new WorkdirAbsolute());

  private DockerfileRules() {}

  public static List<DockerfileRule> all() {
    return ALL;
  }
}
