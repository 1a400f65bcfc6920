package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Arg;
import dev.plimsoll.dockerfile.instruction.ArgDefinition;
import dev.plimsoll.dockerfile.instruction.Env;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.KeyValue;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An ARG or ENV whose name says it holds a secret (hadolint's DL3064): ARG values stay in the image
 * history and ENV values in the image config, readable by anyone who pulls it. Use {@code RUN
 * --mount=type=secret} instead. The names are hadolint's: a list of well-known variables and a few
 * telling substrings.
 */
final class NoSecretsInArgOrEnv implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "no-secrets-in-arg-or-env",
          List.of("DL3064"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Secrets should not be passed in ARG or ENV");

  private static final Set<String> KNOWN =
      Set.of(
          "ACCESS_TOKEN",
          "APPLICATION_KEY",
          "APP_SECRET",
          "AUTH_TOKEN",
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "BITTREX_API_KEY",
          "BITTREX_API_SECRET",
          "CF_PASSWORD",
          "CF_USERNAME",
          "CIRCLE_TOKEN",
          "CI_DEPLOY_PASSWORD",
          "CI_DEPLOY_USER",
          "DOCKERHUB_PASSWORD",
          "DOCKER_EMAIL",
          "DOCKER_PASSWORD",
          "DOCKER_USERNAME",
          "FACEBOOK_ACCESS_TOKEN",
          "FACEBOOK_APP_ID",
          "FACEBOOK_APP_SECRET",
          "FIREBASE_API_TOKEN",
          "FIREBASE_TOKEN",
          "FOSSA_API_KEY",
          "GH_ENTERPRISE_TOKEN",
          "GH_TOKEN",
          "GITHUB_ENTERPRISE_TOKEN",
          "GITHUB_TOKEN",
          "HEROKU_API_KEY",
          "HEROKU_API_USER",
          "NPM_AUTH_TOKEN",
          "NPM_TOKEN",
          "OKTA_AUTHN_GROUPID",
          "OKTA_CLIENT_ORGURL",
          "OKTA_CLIENT_TOKEN",
          "OKTA_OAUTH2_CLIENTID",
          "OKTA_OAUTH2_CLIENTSECRET",
          "OPENAI_API_KEY",
          "OS_PASSWORD",
          "OS_USERNAME",
          "POSTGRES_PASSWORD",
          "SLACK_TOKEN",
          "STRIPE_API_KEY",
          "STRIPE_DEVICE_NAME",
          "TRAVIS_OS_NAME",
          "TRAVIS_SECURE_ENV_VARS",
          "TRAVIS_SUDO",
          "VAULT_CLIENT_KEY",
          "VAULT_TOKEN");

  private static final List<String> SUSPICIOUS =
      List.of("api_key", "client_key", "password", "private", "secret", "token", "username");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitArg(Arg arg, RuleContext ctx) {
    for (ArgDefinition d : arg.definitions()) {
      check(arg, d.name(), ctx);
    }
  }

  @Override
  public void visitEnv(Env env, RuleContext ctx) {
    for (KeyValue kv : env.pairs()) {
      check(env, kv.key(), ctx);
    }
  }

  private static void check(Instruction at, String name, RuleContext ctx) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (KNOWN.contains(name.toUpperCase(Locale.ROOT))
        || SUSPICIOUS.stream().anyMatch(lower::contains)) {
      ctx.report(
          at,
          at.keyword()
              + " "
              + name
              + " looks like a secret: its value stays in the image; use RUN"
              + " --mount=type=secret instead");
    }
  }
}
