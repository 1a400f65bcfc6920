/**
 * The Dockerfile syntax layer: text to {@link dev.plimsoll.dockerfile.syntax.SyntaxTree}.
 *
 * <p>{@link dev.plimsoll.dockerfile.syntax.DockerfileText} turns bytes into text (refusing empty,
 * binary and non-UTF-8 files); {@link dev.plimsoll.dockerfile.syntax.DockerfileParser} is a port of
 * BuildKit's Dockerfile parser (moby/buildkit, {@code frontend/dockerfile/parser}): parser
 * directives, the escape character, line continuations, comments, heredocs, flags, exec and shell
 * forms. It agrees with BuildKit's parse tree, which {@link
 * dev.plimsoll.dockerfile.syntax.BuildkitDump} prints in BuildKit's own {@code Node.Dump} format so
 * that BuildKit's parser test files check it byte for byte. Typed instructions, variable expansion
 * and the checks BuildKit's dispatcher makes (unknown instructions, bad flags) belong to later
 * layers.
 */
package dev.plimsoll.dockerfile.syntax;
