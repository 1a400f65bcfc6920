package dev.plimsoll.rules.image;

import java.util.List;

/** The image rules, sorted by name. */
public final class ImageRules {
  private ImageRules() {}

  public static List<ImageRule> all() {
    return List.of(
        new ImageAddInstruction(),
        new ImageBuildToolsLeft(),
        new ImageDuplicateUid(),
        new ImageEfficiencyGate(),
        new ImageEmptyPassword(),
        new ImageHealthcheckMissing(),
        new ImageLatestTag(),
        new ImagePackageCacheLeft(),
        new ImageRunsAsRoot(),
        new ImageSecretsInEnv(),
        new ImageSecretsInHistory(),
        new ImageSetuidFiles(),
        new ImageSudoInstalled(),
        new ImageUnneededFiles(),
        new ImageUserWastedGate(),
        new ImageWastedBytesGate(),
        new ImageWastedSpace(),
        new ImageWorldWritable());
  }

  /** The gate rules, which run only when the gates are asked for ({@code image --ci}). */
  public static boolean isGate(String name) {
    return name.equals(ImageEfficiencyGate.META.name())
        || name.equals(ImageUserWastedGate.META.name())
        || name.equals(ImageWastedBytesGate.META.name());
  }
}
