package dev.plimsoll.rules.dockerfile;

import java.util.List;

/** Every Dockerfile rule, sorted by name. A catalogue test fails when a rule is left out. */
public final class DockerfileRules {
  private static final List<DockerfileRule> ALL =
      List.of(
          new AddToExtractArchives(),
          new ConsistentInstructionCasing(),
          new GemPinVersions(),
          new GoPinVersions(),
          new JsonArgsRecommended(),
          new MaintainerDeprecated(),
          new NoSudo(),
          new NoSystemCommands(),
          new NpmPinVersions(),
          new OneDownloadTool(),
          new PinBaseImageVersion(),
          new PipNoCacheDir(),
          new PipPinVersions(),
          new PipefailForPipes(),
          new StageNameUnique(),
          new UseShellInstruction(),
          new UseraddNoLogInit(),
          new WgetQuietProgress(),
          new WorkdirAbsolute(),
          new WorkdirNotCd(),
          new YarnCacheClean());

  private DockerfileRules() {}

  public static List<DockerfileRule> all() {
    return ALL;
  }
}
