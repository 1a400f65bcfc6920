package dev.plimsoll.rules;

/**
 * A check. Rules hold no mutable state and only detect: whether a rule runs, at what severity, and
 * whether a finding is suppressed is decided once, by the engine.
 */
public interface Rule {
  /** The rule's name, aliases, default severity, domain and summary. */
  RuleMeta meta();
}
