package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;

/** {@code ONBUILD instruction}: a trigger that runs when another build uses this image. */
public record Onbuild(Node node, Instruction trigger) implements Instruction {}
