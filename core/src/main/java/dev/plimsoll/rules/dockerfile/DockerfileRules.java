package dev.plimsoll.rules.dockerfile;

import java.util.List;

/** Every Dockerfile rule, sorted by name. A catalogue test fails when a rule is left out. */
public final class DockerfileRules {
  private static final List<DockerfileRule> ALL =
      List.of(
          new ApkNoCache(),
          new ApkPinVersions(),
          new AptAssumeYes(),
          new AptDeleteLists(),
          new AptNoInstallRecommends(),
          new AptPinVersions(),
          new BaseImagePlatformMatches(),
          new ConsistentInstructionCasing(),
          new CopyDestinationIsFolder(),
          new CopyFromOtherStage(),
          new CopyFromPreviousStage(),
          new CopyFromStageNotRoot(),
          new CopyInsteadOfAdd(),
          new CopyNotDockerignored(),
          new DefinitionDescriptionFormat(),
          new DnfAssumeYes(),
          new DnfCleanAll(),
          new DnfPinVersions(),
          new EnvNoSelfReference(),
          new ExposeContainerPortOnly(),
          new ExposeProtocolLowercase(),
          new ExposeValidPort(),
          new FromArgsDeclared(),
          new FromAsCasing(),
          new FromDefaultArgsValid(),
          new FromPlatformNotConstant(),
          new FromPlatformNotRedundant(),
          new HealthcheckPresent(),
          new JsonArgsRecommended(),
          new KeyValueWithEquals(),
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
          new NoEmptyContinuation(),
          new NoInlineIgnorePragma(),
          new NoSecretsInArgEnv(),
          new PinBaseImageVersion(),
          new RunAsNonRoot(),
          new SingleCmdEntrypointHealthcheck(),
          new StageNameLowercase(),
          new StageNameNotReserved(),
          new StageNameUnique(),
          new TrustedRegistry(),
          new UseAptGet(),
          new UserNumericId(),
          new VariablesDefined(),
          new WorkdirAbsolute(),
          new WorkdirBeforeRelativeCopy(),
          new YumAssumeYes(),
          new YumCleanAll(),
          new YumPinVersions(),
          new ZypperClean(),
          new ZypperNoDistUpgrade(),
          new ZypperNonInteractive(),
          new ZypperPinVersions());

  private DockerfileRules() {}

  public static List<DockerfileRule> all() {
    return ALL;
  }
}
