package dev.plimsoll.secrets;

import static dev.plimsoll.secrets.SecretSeverity.CRITICAL;
import static dev.plimsoll.secrets.SecretSeverity.HIGH;
import static dev.plimsoll.secrets.SecretSeverity.MEDIUM;

import java.util.List;

/**
 * Every detector, most specific first: where two find the same characters, the earlier one's
 * finding is kept (a service-account file's key is reported as that, not also as a bare private
 * key; {@code aws_secret_access_key = ...} as an AWS key, not as a generic assignment).
 *
 * <p>The token shapes are those the vendors document and trivy's and gitleaks' builtin rules match;
 * {@code docs/secrets.md} lists each with an example shape.
 */
final class Detectors {
  /** Not a letter, digit, {@code _} or {@code -} before a token: a token is a whole word. */
  private static final String START = "(?:^|[^0-9A-Za-z_-])";

  /** Nor after it, so that a longer string that only contains a token's shape is not one. */
  private static final String END = "(?:$|[^0-9A-Za-z_-])";

  /** Before a base64 value, not a base64 character either. */
  private static final String START64 = "(?:^|[^0-9A-Za-z_+/=-])";

  private static final String END64 = "(?:$|[^0-9A-Za-z_+/=-])";

  static final List<Detector> ALL =
      List.of(
          PatternDetector.of(
              "aws-access-key-id",
              "AWS access key ID",
              CRITICAL,
              START64
                  + "((?:A3T[A-Z0-9]|AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16})"
                  + END64,
              "akia",
              "asia",
              "agpa",
              "aida",
              "aroa",
              "aipa",
              "anpa",
              "anva",
              "a3t"),
          PatternDetector.of(
              "aws-secret-access-key",
              "AWS secret access key",
              CRITICAL,
              "(?i)aws_?(?:sec(?:ret)?_?)?(?:access_?)?key[\"']?\\s*(?::|=>|=)\\s*[\"']?"
                  + "([A-Za-z0-9/+=]{40})"
                  + END64,
              "aws"),
          new GcpServiceAccountDetector(),
          PatternDetector.of(
              "azure-storage-account-key",
              "Azure storage account key",
              CRITICAL,
              "(?i)AccountKey\\s*=\\s*([A-Za-z0-9+/]{86}==)",
              "accountkey"),
          PatternDetector.of(
              "azure-client-secret",
              "Azure (Entra ID) client secret",
              CRITICAL,
              "(?:^|[\\\\'\"`\\s>=:(,)])([A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34})"
                  + "(?:$|[\\\\'\"`\\s<),])",
              "q~"),
          token("github-pat", "GitHub personal access token", "ghp_[0-9A-Za-z]{36}", "ghp_"),
          token(
              "github-fine-grained-pat",
              "GitHub fine-grained personal access token",
              "github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}",
              "github_pat_"),
          token("github-oauth-token", "GitHub OAuth access token", "gho_[0-9A-Za-z]{36}", "gho_"),
          token(
              "github-app-token",
              "GitHub App token",
              "(?:ghu|ghs)_[0-9A-Za-z]{36}",
              "ghu_",
              "ghs_"),
          token("github-refresh-token", "GitHub refresh token", "ghr_[0-9A-Za-z]{36,76}", "ghr_"),
          token("gitlab-pat", "GitLab personal access token", "glpat-[0-9A-Za-z_-]{20,}", "glpat-"),
          token("gitlab-deploy-token", "GitLab deploy token", "gldt-[0-9A-Za-z_-]{20,}", "gldt-"),
          token(
              "gitlab-runner-token",
              "GitLab runner authentication token",
              "glrt-[0-9A-Za-z_-]{20,}",
              "glrt-"),
          token(
              "gitlab-pipeline-trigger-token",
              "GitLab pipeline trigger token",
              "glptt-[0-9a-f]{40}",
              "glptt-"),
          token("npm-access-token", "npm access token", "npm_[0-9A-Za-z]{36}", "npm_"),
          token(
              "pypi-upload-token",
              "PyPI upload token",
              // "AgEIcHlwaS5vcmc" is the base64 of the macaroon's location, pypi.org.
              "pypi-AgEIcHlwaS5vcmc[0-9A-Za-z_-]{50,1000}",
              "pypi-ageichlwas5vcmc"),
          token(
              "dockerhub-pat",
              "Docker Hub personal access token",
              "dckr_pat_[0-9A-Za-z_-]{27,}",
              "dckr_pat_"),
          PatternDetector.of(
              "slack-token",
              "Slack bot, user or legacy token",
              HIGH,
              START + "(xox[abeoprs]-[0-9A-Za-z]{10,48}(?:-[0-9A-Za-z]{1,64}){0,5})" + END,
              "xoxa-",
              "xoxb-",
              "xoxe-",
              "xoxo-",
              "xoxp-",
              "xoxr-",
              "xoxs-"),
          PatternDetector.of(
              "slack-app-token",
              "Slack app-level token",
              HIGH,
              START + "((?i:xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]+))" + END,
              "xapp-"),
          PatternDetector.of(
              "slack-webhook",
              "Slack incoming webhook URL",
              MEDIUM,
              "https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/([A-Za-z0-9+/]{43,56})",
              "hooks.slack.com"),
          token(
              "stripe-secret-key",
              "Stripe live secret or restricted key",
              "(?:sk|rk)_live_[0-9A-Za-z]{10,99}",
              "sk_live_",
              "rk_live_"),
          new PrivateKeyDetector(),
          new JwtDetector(),
          new BasicAuthUrlDetector(),
          new GenericAssignmentDetector());

  private Detectors() {}

  /** A vendor's token: a fixed prefix, a known alphabet, a whole word; critical when it leaks. */
  private static PatternDetector token(String id, String title, String shape, String... keywords) {
    return PatternDetector.of(id, title, CRITICAL, START + "(" + shape + ")" + END, keywords);
  }
}
