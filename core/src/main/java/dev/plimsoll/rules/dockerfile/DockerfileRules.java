package dev.plimsoll.rules.dockerfile;

import java.util.List;

/** Every Dockerfile rule, sorted by name. A catalogue test fails when a rule is left out. */
public final class DockerfileRules {
  private static final List<DockerfileRule> ALL =
      List.of(
          new ConsistentInstructionCasing(),
          new CopyDestinationIsFolder(),
          new CopyFromOtherStage(),
          new CopyFromPreviousStage(),
          new CopyFromStageNotRoot(),
          new CopyInsteadOfAdd(),
          new EnvNoSelfReference(),
          new ExposeValidPort(),
          new FromWithoutPlatform(),
          new HealthcheckPresent(),
          new JsonArgsRecommended(),
          new LabelEmailValid(),
          new LabelHashValid(),
          new LabelInSchema(),
          new LabelKeyValid(),
          new LabelLicenseValid(),
          new LabelNotEmpty(),
          new LabelRequired(),
          new LabelTimeValid(),
          new LabelUrlValid(),
          new LabelVersionValid(),
          new MaintainerDeprecated(),
          new MergeConsecutiveRuns(),
          new NoInlineIgnorePragma(),
          new NoRedundantTargetPlatform(),
          new NoSecretsInArgOrEnv(),
          new PinBaseImageVersion(),
          new RunAsNonRoot(),
          new StageNameNotReserved(),
          new StageNameUnique(),
          new TrustedRegistry(),
          new UserNumericId(),
          new WorkdirAbsolute(),
          new WorkdirBeforeRelativeCopy());

  private DockerfileRules() {}

  public static List<DockerfileRule> all() {
    return ALL;
  }
}
