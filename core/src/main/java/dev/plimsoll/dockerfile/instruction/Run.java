package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;

/** {@code RUN [--mount=...] [--network=...] [--security=...] command}. */
public record Run(Node node, Flags flags, CommandLine command) implements Instruction {}
