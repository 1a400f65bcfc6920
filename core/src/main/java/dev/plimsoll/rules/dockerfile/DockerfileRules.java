package dev.plimsoll.rules.dockerfile;

import java.util.List;

/** Every Dockerfile rule, sorted by name. A catalogue test fails when a rule is left out. */
public final class DockerfileRules {
  private static final List<DockerfileRule> ALL =
      List.of(
          new ConsistentInstructionCasing(),
          new JsonArgsRecommended(),
          new MaintainerDeprecated(),
          new PinBaseImageVersion(),
          new StageNameUnique(),
          new WorkdirAbsolute());

  private DockerfileRules() {}

  public static List<DockerfileRule> all() {
    return ALL;
  }
}
