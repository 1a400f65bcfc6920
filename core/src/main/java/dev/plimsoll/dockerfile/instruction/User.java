package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;

/** {@code USER user[:group]}. */
public record User(Node node, String user) implements Instruction {}
