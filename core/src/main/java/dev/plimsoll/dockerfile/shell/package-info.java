/**
 * RUN bodies parsed once into commands, shared by every rule.
 *
 * <p>hadolint hands RUN scripts to ShellCheck's parser; no well-kept Java library parses POSIX
 * shell, so Plimsoll has its own, written for what appears in Dockerfiles. {@link
 * dev.plimsoll.dockerfile.shell.ShellScript#parse} reads a script; {@link
 * dev.plimsoll.dockerfile.shell.ShellScript#of} reads the script a RUN runs (shell form with its
 * continuation lines joined as BuildKit joins them, a {@code RUN <<EOF} body, or the command line
 * followed by its heredocs) and gives each word its Dockerfile line.
 *
 * <p>The model: a script is a list of {@link dev.plimsoll.dockerfile.shell.AndOr} lists ({@code
 * &&}, {@code ||}, ended by {@code ;}, {@code &} or a newline) of {@link
 * dev.plimsoll.dockerfile.shell.Pipeline}s of {@link dev.plimsoll.dockerfile.shell.Command}s: a
 * {@link dev.plimsoll.dockerfile.shell.SimpleCommand} (prefixes, {@link
 * dev.plimsoll.dockerfile.shell.Word}s, redirections) or a {@link
 * dev.plimsoll.dockerfile.shell.CompoundCommand} (subshell, group, if, loops, case, function) that
 * holds lists. {@link dev.plimsoll.dockerfile.shell.ShellScript#commands()} flattens every simple
 * command in order. Options are read hadolint's way ({@code -abc} is three options) with, in
 * addition, options that take a value ({@link dev.plimsoll.dockerfile.shell.Options}). {@link
 * dev.plimsoll.dockerfile.shell.PackageCommand}, {@link dev.plimsoll.dockerfile.shell.Download} and
 * {@link dev.plimsoll.dockerfile.shell.Removal} recognise package managers, curl and wget, and rm
 * from words, never from raw text.
 *
 * <p>Parsing never throws: a malformed script gives a best-effort model and {@link
 * dev.plimsoll.dockerfile.shell.Problem}s. It is linear, uses no regular expression, and bounds
 * nesting (64 levels inside a word, 100 levels of compound commands) with a problem past the bound.
 *
 * <p>Deliberate limits:
 *
 * <ul>
 *   <li>Command substitutions ({@code $(...)}, backticks), process substitutions and strings given
 *       to {@code sh -c} are opaque parts of words: the commands inside are not listed, as in
 *       hadolint. A rule that needs them (a pipe inside {@code $(...)}) parses a command's
 *       substitutions on demand with {@link
 *       dev.plimsoll.dockerfile.shell.SimpleCommand#substitutions()}.
 *   <li>Compound commands are parsed loosely: an {@code if}'s branches and conditions are one list
 *       in order; a {@code case} pattern inside {@code $(...)} that lacks its opening parenthesis
 *       may end the substitution early.
 *   <li>Reserved words are recognised at the start of a command only, aliases are not expanded, and
 *       nothing is evaluated: a word with an expansion has no literal value.
 *   <li>{@link dev.plimsoll.dockerfile.shell.Pipeline#pipefail()} follows the script in the order
 *       written, so a {@code set} inside a subshell counts for what follows it.
 *   <li>A RUN under a PowerShell or {@code cmd} SHELL (set earlier in the stage), or a heredoc
 *       whose {@code #!} names another language, is not parsed; a SHELL inherited from a parent
 *       stage is not seen.
 *   <li>A carriage return is a blank, so scripts with Windows line endings read as intended.
 * </ul>
 */
package dev.plimsoll.dockerfile.shell;
