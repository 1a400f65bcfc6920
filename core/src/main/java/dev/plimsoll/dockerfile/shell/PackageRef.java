package dev.plimsoll.dockerfile.shell;

import java.util.Optional;

/**
 * A package named on a command line, read with its ecosystem's syntax: {@code curl=7.88.1-10}
 * (apt), {@code curl=8.5.0-r0} (apk), {@code curl-7.61.1} (yum), {@code requests==2.31.0} (pip),
 * {@code @scope/pkg@1.2.3} (npm), {@code rails:7.1.0} (gem), {@code golang.org/x/tools@v0.1.0}
 * (go), {@code vendor/pkg:^1.2} (composer).
 *
 * @param name the package name, without version or extras
 * @param version the version or version constraint as written, e.g. {@code 1.2}, {@code >=1.2},
 *     {@code ^1.2}
 * @param pinned true when the package cannot drift between builds as its ecosystem's hadolint rule
 *     reads it: a version (not {@code latest}), a release or file for apt, a URL, a local file or a
 *     VCS reference
 * @param word the word it was written in
 */
public record PackageRef(String name, Optional<String> version, boolean pinned, Word word) {}
