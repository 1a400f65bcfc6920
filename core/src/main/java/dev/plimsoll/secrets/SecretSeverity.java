package dev.plimsoll.secrets;

/**
 * How bad a leaked secret of a kind is, on trivy's scale for its secret rules: a key that opens a
 * cloud account is critical, a webhook that only posts messages is medium.
 */
public enum SecretSeverity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW
}
