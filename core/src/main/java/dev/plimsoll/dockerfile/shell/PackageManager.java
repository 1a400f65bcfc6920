package dev.plimsoll.dockerfile.shell;

import java.util.Set;

/** The package managers and language installers that {@link PackageCommand} recognises. */
public enum PackageManager {
  /** {@code apt-get}, {@code apt}. */
  APT,
  /** Alpine's {@code apk}. */
  APK,
  /** {@code yum}, {@code dnf}, {@code microdnf}, {@code tdnf}. */
  YUM,
  /** SUSE's {@code zypper}. */
  ZYPPER,
  /** {@code pip}, {@code pip3}, {@code python -m pip}, {@code uv pip}. */
  PIP,
  /** {@code npm}, {@code yarn}, {@code pnpm}. */
  NPM,
  /** Ruby's {@code gem}. */
  GEM,
  /** The {@code go} tool: {@code go install}, {@code go build}, {@code go get}. */
  GO,
  /** Rust's {@code cargo}. */
  CARGO,
  /** PHP's {@code composer}. */
  COMPOSER;

  /** The program names, as {@link SimpleCommand#program()} gives them. */
  public Set<String> programs() {
    return switch (this) {
      case APT -> Set.of("apt-get", "apt");
      case APK -> Set.of("apk");
      case YUM -> Set.of("yum", "dnf", "microdnf", "tdnf");
      case ZYPPER -> Set.of("zypper");
      case PIP -> Set.of("pip", "pip3");
      case NPM -> Set.of("npm", "yarn", "pnpm");
      case GEM -> Set.of("gem");
      case GO -> Set.of("go");
      case CARGO -> Set.of("cargo");
      case COMPOSER -> Set.of("composer", "composer.phar");
    };
  }
}
