/**
 * Rules about the build context a Dockerfile is built with: what {@code .dockerignore} lets
 * through, and whether COPY and ADD find their sources. They read the context through {@link
 * dev.plimsoll.rules.dockerfile.RuleContext#buildContext()} and stay silent without one.
 */
package dev.plimsoll.rules.context;
