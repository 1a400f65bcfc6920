package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;

/** {@code ENTRYPOINT command}. */
public record Entrypoint(Node node, CommandLine command) implements Instruction {}
