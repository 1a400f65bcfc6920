package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;

/** {@code CMD command}: the default command of the container. */
public record Cmd(Node node, CommandLine command) implements Instruction {}
