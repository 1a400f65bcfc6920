package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;

/** {@code STOPSIGNAL signal}. */
public record Stopsignal(Node node, String signal) implements Instruction {}
