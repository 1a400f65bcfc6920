package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;

/** The deprecated {@code MAINTAINER name}. */
public record Maintainer(Node node, String maintainer) implements Instruction {}
