package dev.plimsoll.dockerfile.instruction;

import java.util.Optional;

/** One name of an ARG, with its default value if it has one. */
public record ArgDefinition(String name, Optional<String> defaultValue) {}
