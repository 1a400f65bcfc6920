package dev.plimsoll.rules;

import java.util.Locale;

/** What a rule looks at. */
public enum Domain {
  DOCKERFILE,
  CONTEXT,
  IMAGE,
  COMPOSE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
