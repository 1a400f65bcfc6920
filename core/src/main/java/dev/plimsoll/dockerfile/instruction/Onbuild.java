package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;
import java.util.Optional;

/**
 * {@code ONBUILD instruction}: a trigger that runs when another build uses this image as its base.
 * BuildKit stores the trigger as text and types it only then (dispatch of ONBUILD in
 * dockerfile2llb/convert.go), so a trigger it would refuse does not stop this build.
 *
 * @param trigger the typed trigger, when it types
 * @param triggerProblem why BuildKit will refuse the trigger in the child build, when it will
 */
public record Onbuild(Node node, Optional<Instruction> trigger, Optional<String> triggerProblem)
    implements Instruction {
  public Onbuild {
    if (trigger.isPresent() == triggerProblem.isPresent()) {
      throw new IllegalArgumentException("an ONBUILD has either a trigger or a problem");
    }
  }
}
