package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.DockerfileSyntaxException;

/**
 * A well-formed instruction where BuildKit refuses it. Kept apart from other syntax errors because
 * hadolint names these failures on their own (DL3061, DL3043), so users can tell them apart and
 * turn them off alone.
 */
public final class MisplacedInstructionException extends DockerfileSyntaxException {
  private static final long serialVersionUID = 1L;

  /** Where the instruction was. */
  public enum Place {
    /** Before the first FROM, where only ARG may stand ("no build stage in current context"). */
    BEFORE_FROM,
    /** As the trigger of an ONBUILD: ONBUILD, FROM and MAINTAINER may not be. */
    ONBUILD_TRIGGER
  }

  private final Place place;

  MisplacedInstructionException(String file, int line, Place place, String problem) {
    super(file, line, problem);
    this.place = place;
  }

  public Place place() {
    return place;
  }
}
