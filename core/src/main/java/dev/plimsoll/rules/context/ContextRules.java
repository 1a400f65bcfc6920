package dev.plimsoll.rules.context;

import dev.plimsoll.rules.dockerfile.DockerfileRule;
import java.util.List;

/** Every context rule, sorted by class name. */
public final class ContextRules {
  private ContextRules() {}

  public static List<DockerfileRule> all() {
    return List.of(
        new CopySourceMissing(), new DockerignoreIncomplete(), new DockerignoreMissing());
  }
}
