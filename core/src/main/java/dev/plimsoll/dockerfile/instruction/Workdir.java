package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;

/** {@code WORKDIR path}. */
public record Workdir(Node node, String path) implements Instruction {}
