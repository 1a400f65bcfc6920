package dev.plimsoll.rules.compose;

import dev.plimsoll.rules.Finding;
import java.util.Optional;

/** A finding about a compose project, with the service it is about, when it is about one. */
public record ComposeFinding(Finding finding, Optional<String> service) {}
