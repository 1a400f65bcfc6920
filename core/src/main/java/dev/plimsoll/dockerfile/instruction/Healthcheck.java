package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;
import java.util.Optional;

/**
 * {@code HEALTHCHECK [options] CMD command}, or {@code HEALTHCHECK NONE} (an empty command).
 *
 * @param command the check; empty for {@code NONE}, which turns off an inherited check
 */
public record Healthcheck(Node node, Flags flags, Optional<CommandLine> command)
    implements Instruction {}
