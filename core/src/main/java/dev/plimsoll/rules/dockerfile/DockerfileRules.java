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
          new ConsistentInstructionCasing(),
          new DnfAssumeYes(),
          new DnfCleanAll(),
          new DnfPinVersions(),
          new JsonArgsRecommended(),
          new MaintainerDeprecated(),
          new PinBaseImageVersion(),
          new StageNameUnique(),
          new UseAptGet(),
          new WorkdirAbsolute(),
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
